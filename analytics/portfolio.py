"""The portfolio of networks over time (DESIGN.md §7 "Portefølje"): starts per half-year, networks
running per day, the mix of types, the departments each network brings together and the political
links. The NS3 rule checks live in `analytics.rules` (`rule_findings` is re-exported here, where
DESIGN.md §5 names it).

Readings (DESIGN.md §6), each one SQL macro of `data.macros`: a half-year is `YYYYH1` or `YYYYH2`
by `start_date` (`ns_half_year`); a network *runs* from `start_date` to `end_date`, or to today
while `end_date` is empty, never past today (`ns_runs_on`); the lists and coverage of a period
also show the networks planned in it (`ns_planned_in`).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
import pandas as pd

from analytics.rules import findings_for_network, findings_in, in_scope, rule_findings
from analytics.scope import Scope
from data.calendar import half_year_bounds, half_years
from data.labels import SEVERITY_ORDER
from data.schema import NETWORK_TYPES

# the rules, where §5 looks
__all__ = ["findings_for_network", "findings_in", "in_scope", "rule_findings"]


# --- Portfolio over time ---------------------------------------------------------------------
def starts_per_half_year(
    con: duckdb.DuckDBPyConnection, scope: Scope | None = None
) -> pd.DataFrame:
    """half_year ('2016H1'), type, started, generation — every half-year from the first start to
    the last (planned starts included), every type, zeros included. The scope's types and
    departments count; its period does not (the chart shows the whole history against NS3)."""
    frame = con.execute(
        """
        SELECT ns_half_year(n.start_date) AS half_year, n.type, n.generation
        FROM network n
        WHERE ns_in_scope(n.id, n.type, $types, $deps)
        """,
        (scope or Scope()).filter_params(),
    ).df()
    return starts_grid(frame)


def starts_grid(frame: pd.DataFrame) -> pd.DataFrame:
    """`starts_per_half_year` of the started networks' rows (half_year, type, generation): the
    count per half-year and type, every half-year from the first to the last, zeros included,
    and the half-year's generation."""
    if frame.empty:
        return pd.DataFrame(columns=["half_year", "type", "started", "generation"])
    first, last = frame["half_year"].min(), frame["half_year"].max()
    halves = half_years(half_year_bounds(first)[0], half_year_bounds(last)[0])
    grid = pd.MultiIndex.from_product([halves, NETWORK_TYPES], names=["half_year", "type"])
    started = frame.groupby(["half_year", "type"]).size().reindex(grid, fill_value=0)
    generation = frame.groupby("half_year")["generation"].max()
    out = started.rename("started").reset_index()
    out["generation"] = out["half_year"].map(generation).fillna("")
    return out


def mix_shares(con: duckdb.DuckDBPyConnection, scope: Scope | None = None) -> pd.DataFrame:
    """half_year, type, started, share — each type's share of the half-year's starts (0 when
    nothing started)."""
    frame = starts_per_half_year(con, scope)
    total = frame.groupby("half_year")["started"].transform("sum")
    frame["share"] = (frame["started"] / total.where(total > 0)).fillna(0.0)
    return frame


def running_per_day(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date | None = None,
    scope: Scope | None = None,
) -> pd.DataFrame:
    """day, type, running — networks running (`ns_runs_on`) on each day of
    [start, min(end, today)], every type on every day (zeros included). `scope` picks the types
    and departments counted (default: all); the days are [start, end].

    A sweep: the database gives, per type, +1 on the first day shown of each run and -1 the day
    after it ends; the running count of a day is the sum of the changes up to it (numpy over the
    days, not a join of every day with every network)."""
    scope = (scope or Scope()).but(start=start, end=end, today=today or (scope and scope.today))
    params = scope.params()
    steps = con.execute(
        """
        WITH runs AS (
            SELECT n.type, greatest(n.start_date, $start) AS run_from,
                   ns_run_end(n.end_date, $today) AS run_to
            FROM network n
            WHERE ns_in_scope(n.id, n.type, $types, $deps)
              AND ns_run_end(n.end_date, $today) >= greatest(n.start_date, $start)
        )
        SELECT type, datediff('day', $start, day) AS pos, sum(delta) AS delta
        FROM (SELECT type, run_from AS day, 1 AS delta FROM runs
              UNION ALL SELECT type, run_to + 1, -1 FROM runs)
        WHERE day <= least($end, $today)
        GROUP BY ALL
        """,
        {k: params[k] for k in ("start", "end", "today", "types", "deps")},
    ).df()
    days = pd.date_range(params["start"], min(params["end"], params["today"]), freq="D")
    change = np.zeros((len(days), len(NETWORK_TYPES)), dtype=np.int64)
    kind = steps["type"].map({t: i for i, t in enumerate(NETWORK_TYPES)})
    np.add.at(change, (steps["pos"].to_numpy(), kind.to_numpy()), steps["delta"].to_numpy())
    return pd.DataFrame(
        {
            "day": np.repeat(days.to_numpy(dtype="datetime64[us]"), len(NETWORK_TYPES)),
            "type": np.tile(np.array(NETWORK_TYPES, dtype=object), len(days)),
            "running": change.cumsum(axis=0).ravel(),
        }
    )


def running_today(con: duckdb.DuckDBPyConnection, scope: Scope) -> dict[str, int]:
    """{type: networks running on the scope's today} for every type."""
    frame = running_per_day(con, scope.day, scope.day, scope=scope)
    return dict(zip(frame["type"], frame["running"].astype(int), strict=True))


def severity_counts(findings: pd.DataFrame) -> dict[str, int]:
    """{severity: findings} for error, warning and info (zeros included)."""
    counts = findings["severity"].value_counts()
    return {s: int(counts.get(s, 0)) for s in SEVERITY_ORDER}


def network_departments(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """network_id, network_name, type, start_date, department_id, department, directorate_id,
    members — employee members (`ns_is_member`) per department of the networks in the scope
    that run or are planned in its period. The departments a network covers."""
    return con.execute(
        """
        SELECT n.id AS network_id, n.name AS network_name, n.type, n.start_date,
               d.id AS department_id, d.name AS department, d.directorate_id,
               count(DISTINCT p.id) AS members
        FROM network n
        JOIN role_assignment ra ON ra.network_id = n.id AND ns_is_member(ra.role)
        JOIN person p ON p.id = ra.person_id AND p.kind = 'employee'
        JOIN department d ON d.id = p.department_id
        WHERE ns_planned_in(n.start_date, n.end_date, n.planned_end, $start, $end, $today)
          AND ns_in_scope(n.id, n.type, $types, $deps)
        GROUP BY ALL
        ORDER BY n.start_date, n.id, d.directorate_id, d.name
        """,
        scope.params(),
    ).df()


def departments_covered(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """network_id, network_name, type, departments — how many departments each network's
    employee members come from."""
    frame = network_departments(con, scope)
    return (
        frame.groupby(["network_id", "network_name", "type"], sort=False)["department_id"]
        .nunique()
        .rename("departments")
        .reset_index()
    )


def department_pairs(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """department_a, department_b (ids, a < b), networks — how many networks running or
    planned in [start, end] had employee members from both departments (every type: the RC
    analysis compares departments, not types)."""
    return con.execute(
        """
        WITH covered AS (
            SELECT DISTINCT n.id AS network_id, p.department_id
            FROM network n
            JOIN role_assignment ra ON ra.network_id = n.id AND ns_is_member(ra.role)
            JOIN person p ON p.id = ra.person_id
            WHERE p.kind = 'employee' AND p.department_id IS NOT NULL
              AND ns_planned_in(n.start_date, n.end_date, n.planned_end, $start, $end, $today)
        )
        SELECT a.department_id AS department_a, b.department_id AS department_b,
               count(*) AS networks
        FROM covered a JOIN covered b
          ON a.network_id = b.network_id AND a.department_id < b.department_id
        GROUP BY ALL
        ORDER BY networks DESC, department_a, department_b
        """,
        {"start": start, "end": end, "today": today or dt.date.today()},
    ).df()


def political_links(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """type, political_link, networks — networks in the scope that run or are planned in its
    period, by type and link."""
    return con.execute(
        """
        SELECT n.type, n.political_link, count(*) AS networks
        FROM network n
        WHERE ns_planned_in(n.start_date, n.end_date, n.planned_end, $start, $end, $today)
          AND ns_in_scope(n.id, n.type, $types, $deps)
        GROUP BY n.type, n.political_link
        ORDER BY array_position($all_types, n.type), n.political_link
        """,
        {**scope.params(), "all_types": list(NETWORK_TYPES)},
    ).df()
