"""Questions about networks as such: which exist in a period, and one network's profile."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from data.labels import network_label

# Members of a network in the sense of NS3: reference leaders and staff managers are links to the
# base organisation, not members (DESIGN.md §6, reading of `cross_cutting`).
MEMBER_ROLES = ("network_leader", "co_driver", "participant")


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


def in_period_sql(alias: str = "n") -> str:
    """WHERE fragment: network `alias` runs at some day of [$start, $end] — a network without
    end_date runs until $today, or until its planned end if that is later."""
    return f"""
        {alias}.start_date <= $end
        AND coalesce({alias}.end_date,
                     greatest($today, coalesce({alias}.planned_end, {alias}.start_date))) >= $start
    """


def network_filter_sql(alias: str = "n") -> str:
    """The sidebar's type and department filters as a WHERE fragment over network `alias`, with
    named parameters $types and $deps (see `network_filter_params`)."""
    return f"""
        ($types IS NULL OR list_contains($types, {alias}.type))
        AND ($deps IS NULL OR EXISTS (
              SELECT 1 FROM role_assignment fra JOIN person fp ON fp.id = fra.person_id
              WHERE fra.network_id = {alias}.id AND list_contains($deps, fp.department_id)
                AND list_contains($member_roles, fra.role)))
    """


def network_filter_params(
    types: list[str] | tuple[str, ...] | None, department_ids: list[str] | tuple[str, ...] | None
) -> dict:
    """types None = every type, [] = none; department_ids None or empty = every department (the
    sidebar's "Alle afdelinger"); a department counts when one of its people is a member."""
    return {
        "types": list(types) if types is not None else None,
        "deps": list(department_ids) if department_ids else None,
        "member_roles": list(MEMBER_ROLES),
    }


def period_params(
    start: dt.date,
    end: dt.date,
    types: list[str] | tuple[str, ...] | None,
    department_ids: list[str] | tuple[str, ...] | None,
    today: dt.date | None,
) -> dict:
    """The named parameters of `in_period_sql` and `network_filter_sql` together: $start, $end,
    $today (default: the current date), $types, $deps, $member_roles."""
    return {
        "start": start,
        "end": end,
        "today": today or dt.date.today(),
        **network_filter_params(types, department_ids),
    }


def network_list(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """Networks that run at some day of [start, end] (a network without end_date runs until
    today, or until its planned end if it has not started), of the given types, with at least
    one member from the given departments, newest first."""
    frame = con.execute(
        f"""
        SELECT n.id, n.name, n.type, n.generation, n.status, n.start_date, n.end_date,
               n.planned_end
        FROM network n
        WHERE {in_period_sql()} AND {network_filter_sql()}
        ORDER BY n.start_date DESC, n.id
        """,
        period_params(start, end, types, department_ids, today),
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
        SELECT coalesce(d.name, 'Eksterne') AS department, ra.role,
               count(DISTINCT p.id) AS people
        FROM role_assignment ra
        JOIN person p ON p.id = ra.person_id
        LEFT JOIN department d ON d.id = p.department_id
        WHERE ra.network_id = ?
        GROUP BY ALL
        ORDER BY department, ra.role
        """,
        [network_id],
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
