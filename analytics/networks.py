"""Questions about networks as such: which exist in a period, and one network's profile."""

from __future__ import annotations

import duckdb
import pandas as pd

from analytics.scope import Scope
from data.labels import LoadMsg, network_label


def departments(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """id, name, directorate_id, directorate — in directorate order."""
    return con.execute(
        """
        SELECT d.id, d.name, d.directorate_id, r.name AS directorate
        FROM department d JOIN directorate r ON r.id = d.directorate_id
        ORDER BY r.id, d.name
        """
    ).df()


def chefforum(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """id, name, department — the members of chefforum, by name."""
    return con.execute(
        """
        SELECT p.id, p.name, coalesce(d.name, '') AS department
        FROM person p LEFT JOIN department d ON d.id = p.department_id
        WHERE p.in_chefforum
        ORDER BY p.name
        """
    ).df()


def network_list(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """id, name, type, generation, status, start_date, end_date, planned_end, label — the
    networks in the scope that run, or are planned to run, at some day of its period
    (`ns_planned_in`: a network without end_date lasts until today, or until its planned end
    if that is later), newest first."""
    frame = con.execute(
        """
        SELECT n.id, n.name, n.type, n.generation, n.status, n.start_date, n.end_date,
               n.planned_end
        FROM network n
        WHERE ns_planned_in(n.start_date, n.end_date, n.planned_end, $start, $end, $today)
          AND ns_in_scope(n.id, n.type, $types, $deps)
        ORDER BY n.start_date DESC, n.id
        """,
        scope.params(),
    ).df()
    return _with_label(frame)


def _with_label(frame: pd.DataFrame) -> pd.DataFrame:
    frame["label"] = [
        network_label(i, n, t, s.year)
        for i, n, t, s in zip(
            frame["id"], frame["name"], frame["type"], frame["start_date"], strict=True
        )
    ]
    return frame


def network_profile(con: duckdb.DuckDBPyConnection, network_id: str) -> dict | None:
    """One network with its theme: a dict of the network's columns plus theme fields."""
    frame = con.execute(
        """
        SELECT n.*, t.title AS theme_title, t.description AS theme_description,
               t.origin AS theme_origin
        FROM network n LEFT JOIN theme t ON t.id = n.theme_id
        WHERE n.id = ?
        """,
        [network_id],
    ).df()
    return None if frame.empty else _with_label(frame).iloc[0].to_dict()


def network_people(con: duckdb.DuckDBPyConnection, network_id: str) -> pd.DataFrame:
    """role, person_id, name, kind, department, from_date, to_date — leaders first."""
    return con.execute(
        """
        SELECT ra.role, p.id AS person_id, p.name, p.kind,
               coalesce(d.name, '') AS department, ra.from_date, ra.to_date
        FROM role_assignment ra
        JOIN person p ON p.id = ra.person_id
        LEFT JOIN department d ON d.id = p.department_id
        WHERE ra.network_id = ?
        ORDER BY array_position(
                   ['network_leader', 'co_driver', 'reference_leader', 'staff_manager',
                    'participant'], ra.role),
                 department, p.name, ra.from_date
        """,
        [network_id],
    ).df()


def people_by_department(con: duckdb.DuckDBPyConnection, network_id: str) -> pd.DataFrame:
    """department, role, people — head count per department and role (externals by kind)."""
    return con.execute(
        """
        SELECT coalesce(d.name, ?) AS department, ra.role,
               count(DISTINCT p.id) AS people
        FROM role_assignment ra
        JOIN person p ON p.id = ra.person_id
        LEFT JOIN department d ON d.id = p.department_id
        WHERE ra.network_id = ?
        GROUP BY ALL
        ORDER BY department, ra.role
        """,
        [LoadMsg.EXTERNAL, network_id],
    ).df()


def employees(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """id, name, department_id, department, in_chefforum, is_director — every employee, by name
    (the people a planner can give a role)."""
    return con.execute(
        """
        SELECT p.id, p.name, p.department_id, d.name AS department, p.in_chefforum,
               p.is_director
        FROM person p JOIN department d ON d.id = p.department_id
        WHERE p.kind = 'employee'
        ORDER BY p.name, p.id
        """
    ).df()
