"""Solutions handed by networks to the base organisation: the funnel, the ones left on the shelf,
the time to implementation and the share of closed networks whose work became daily practice.

Seed 004 ('At give en gave'): the gift the base organisation "lægger ... på en hylde – plastfolien
er stadig på"; seed 003: "mere fokus på outcome fremfor output" — a solution counts when the base
organisation takes it into operation (`implemented`), not when it is handed over.

The sidebar's filters apply as: period = solutions handed over in it; network types = the type
of the network that made the solution; departments = the receiving department.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.scope import Scope
from data.labels import NO_RECEIVER
from data.schema import ENUMS
from data.settings import read_settings

FUNNEL_STAGES = ("handed_over", "taken_up", "implemented")


def solution_list(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """id, title, network_id, network_name, type, generation, handed_over_on,
    receiving_department_id, department, status, status_on, days_since_handover,
    days_in_status, days_to_implementation (implemented only), shelf ('on_shelf', 'waiting' or
    empty: `ns_shelf_reason`) — the solutions handed over in the scope's period by networks of
    its types to its departments (none chosen: all), newest handover first."""
    return con.execute(
        """
        SELECT s.id, s.title, s.network_id, n.name AS network_name, n.type, n.generation,
               s.handed_over_on, s.receiving_department_id,
               coalesce(d.name, '') AS department, s.status, s.status_on,
               date_diff('day', s.handed_over_on, $today) AS days_since_handover,
               date_diff('day', coalesce(s.status_on, s.handed_over_on), $today)
                   AS days_in_status,
               CASE WHEN s.status = 'implemented'
                    THEN date_diff('day', s.handed_over_on, s.status_on) END
                   AS days_to_implementation,
               ns_shelf_reason(s.status, s.status_on, s.handed_over_on, $today, $shelf_days)
                   AS shelf
        FROM solution s
        JOIN network n ON n.id = s.network_id
        LEFT JOIN department d ON d.id = s.receiving_department_id
        WHERE coalesce(s.handed_over_on, s.status_on) BETWEEN $start AND $end
          AND list_contains($types, n.type)
          AND ($deps IS NULL OR list_contains($deps, s.receiving_department_id))
        ORDER BY s.handed_over_on DESC NULLS LAST, s.id
        """,
        {**scope.params(), "shelf_days": read_settings(con).shelf_days},
    ).df()


def network_solutions(
    con: duckdb.DuckDBPyConnection, network_id: str, *, today: dt.date | None = None
) -> pd.DataFrame:
    """The solutions of one network, columns as `solution_list`."""
    frame = solution_list(con, Scope(dt.date.min, dt.date.max, today=today))
    return frame[frame["network_id"] == network_id].reset_index(drop=True)


def status_counts(solutions: pd.DataFrame) -> pd.DataFrame:
    """status, solutions, share — every status of DESIGN.md §4 in order, zeros included."""
    counts = solutions["status"].value_counts().reindex(ENUMS["solution_status"], fill_value=0)
    total = counts.sum()
    return pd.DataFrame(
        {
            "status": counts.index,
            "solutions": counts.to_numpy(),
            "share": counts.to_numpy() / total if total else 0.0,
        }
    )


def funnel(solutions: pd.DataFrame) -> pd.DataFrame:
    """stage, solutions — handed over (all) → taken up by the base organisation (in test or
    implemented) → implemented. What leaks out: still waiting, on the shelf, dropped."""
    status = solutions["status"]
    return pd.DataFrame(
        {
            "stage": list(FUNNEL_STAGES),
            "solutions": [
                len(status),
                int(status.isin(["testing", "implemented"]).sum()),
                int((status == "implemented").sum()),
            ],
        }
    )


def on_shelf(solutions: pd.DataFrame) -> pd.DataFrame:
    """The solutions on the shelf (`shelf` set by `solution_list`: marked `on_shelf`, or still
    `handed_over` more than `shelf_days` after their last status — the rule
    `solution_on_shelf`). Longest waiting first; `reason` = the `shelf` value."""
    out = solutions[solutions["shelf"].notna()].copy()
    out["reason"] = out["shelf"]
    return out.sort_values(["days_since_handover", "id"], ascending=[False, True]).reset_index(
        drop=True
    )


def shelf_now(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """The solutions not taken into use on the scope's today (`on_shelf`), of its types and
    receiving departments, whenever they were handed over: the shelf is a state, not an event
    of the period, so a short period (a month before a meeting) does not empty it."""
    return on_shelf(solution_list(con, scope.but(start=dt.date.min, end=scope.day)))


def shelf_by_department(shelf: pd.DataFrame) -> pd.DataFrame:
    """department, solutions — solutions on the shelf per receiving department, most first."""
    named = shelf.assign(department=shelf["department"].replace("", NO_RECEIVER))
    return (
        named.groupby("department")
        .size()
        .rename("solutions")
        .reset_index()
        .sort_values(["solutions", "department"], ascending=[False, True])
        .reset_index(drop=True)
    )


def implementation_summary(solutions: pd.DataFrame) -> dict:
    """implemented, median_days, mean_days, min_days, max_days — from handover to the day the
    solution was marked implemented (None when nothing is implemented)."""
    days = solutions["days_to_implementation"].dropna()
    if days.empty:
        return {
            "implemented": 0,
            "median_days": None,
            "mean_days": None,
            "min_days": None,
            "max_days": None,
        }
    return {
        "implemented": int(len(days)),
        "median_days": float(days.median()),
        "mean_days": float(days.mean()),
        "min_days": int(days.min()),
        "max_days": int(days.max()),
    }


def closed_networks_with_implementation(
    con: duckdb.DuckDBPyConnection, scope: Scope
) -> pd.DataFrame:
    """type, closed, with_implemented, share — networks of the scope closed in its period
    (status `closed`, end_date in it) and how many produced at least one implemented solution
    (seed 003: outcome over output). Departments = networks with a member from them."""
    frame = con.execute(
        """
        SELECT n.type, count(*) AS closed,
               count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM solution s
                   WHERE s.network_id = n.id AND s.status = 'implemented')) AS with_implemented
        FROM network n
        WHERE n.status = 'closed' AND n.end_date BETWEEN $start AND $end
          AND ns_in_scope(n.id, n.type, $types, $deps)
        GROUP BY n.type
        """,
        {"start": scope.start, "end": scope.last, **scope.filter_params()},
    ).df()
    frame = frame.set_index("type").reindex(ENUMS["network_type"], fill_value=0)
    frame.loc["all"] = frame.sum()
    frame = frame.rename_axis("type").reset_index()
    frame["share"] = frame["with_implemented"] / frame["closed"].where(frame["closed"] > 0)
    return frame
