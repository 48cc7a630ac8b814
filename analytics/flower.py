"""Blomsten: the networks as petals of the municipality's organisation diagram (seed 002, "Den
netværksbaserede organisation": the network structure as a flower that weaves in and out between
the base organisation's departments, out to the surrounding society and up to the political
level, with Sekretariat for Netværksstrukturen in its centre).

`petals(con, on)` is the contract of DESIGN.md §5/§6; `petals_over_time` gives the petals of
every month (or coarser period) from the first network to today in one query, for the page's
animation. Both run the one query `_PETALS` over a list of days.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.scope import Scope
from data.calendar import Grain, period_end, periods
from data.schema import NETWORK_TYPES, SOCIETY_KINDS

PETAL_COLUMNS = [
    "network_id",
    "name",
    "type",
    "start_date",
    "end_date",
    "political_link",
    "leader",
    "departments",
    "society",
    "members",
]

# One row per (day, running network). Runs: ns_runs_on (to end_date, or to today while it has
# none). Members: ns_member_on (network leader, co-driver, participant whose span covers the day;
# empty from_date = the start, empty to_date = the end, or open until today while it runs: the
# days are never after today). Order: type as NETWORK_TYPES, start, id (DESIGN.md §6).
_PETALS = """
WITH days AS (
    SELECT DISTINCT unnest($days::DATE[]) AS day
),
runs AS (
    SELECT d.day, n.id, n.name, n.type, n.start_date, n.end_date, n.political_link
    FROM days d JOIN network n ON ns_runs_on(n.start_date, n.end_date, d.day, $today)
    WHERE ns_in_scope(n.id, n.type, $types, $deps)
),
members AS (
    SELECT DISTINCT r.day, r.id AS network_id, ra.role = 'network_leader' AS leads,
           p.id AS person_id, p.name, p.kind, p.department_id
    FROM runs r
    JOIN role_assignment ra ON ra.network_id = r.id
    JOIN person p ON p.id = ra.person_id
    WHERE ns_member_on(ra.role, ra.from_date, ra.to_date, r.start_date, r.end_date, r.day)
),
leaders AS (
    SELECT day, network_id, string_agg(name, ', ' ORDER BY name, person_id) AS leader
    FROM (SELECT DISTINCT day, network_id, person_id, name FROM members WHERE leads)
    GROUP BY ALL
),
gathered AS (
    SELECT day, network_id,
           list(DISTINCT department_id ORDER BY department_id)
               FILTER (WHERE kind = 'employee') AS departments,
           list(DISTINCT kind ORDER BY kind) FILTER (WHERE list_contains($society, kind))
               AS society,
           count(DISTINCT person_id) AS members
    FROM members
    GROUP BY ALL
)
SELECT r.day, r.id AS network_id, r.name, r.type, r.start_date, r.end_date, r.political_link,
       coalesce(l.leader, '') AS leader,
       coalesce(g.departments, []::VARCHAR[]) AS departments,
       coalesce(g.society, []::VARCHAR[]) AS society,
       coalesce(g.members, 0) AS members
FROM runs r
LEFT JOIN leaders l ON l.day = r.day AND l.network_id = r.id
LEFT JOIN gathered g ON g.day = r.day AND g.network_id = r.id
ORDER BY r.day, array_position($order, r.type), r.start_date, r.id
"""


def _petals_on(con: duckdb.DuckDBPyConnection, days: list[dt.date], scope: Scope) -> pd.DataFrame:
    """day + PETAL_COLUMNS for every day of `days` (none after the scope's today), networks
    in the scope's types and departments."""
    params = {"days": days, "today": scope.day, **scope.filter_params()}
    params |= {"society": list(SOCIETY_KINDS), "order": list(NETWORK_TYPES)}
    frame = con.execute(_PETALS, params).df()
    for column in ("departments", "society"):
        frame[column] = frame[column].map(list)
    frame["members"] = frame["members"].astype("int64")
    return frame


def petals(
    con: duckdb.DuckDBPyConnection, on: dt.date, *, today: dt.date | None = None
) -> pd.DataFrame:
    """The petals of the flower on the day `on` (DESIGN.md §6 "The flower"): one row per network
    that runs on it, with network_id, name, type, start_date, end_date, political_link (as
    stored, `none` included), leader (the network leader's name on the day; two at once: both,
    sorted, joined by ", "; none: ""), departments (sorted ids of the employee members'
    departments), society (sorted kinds among citizen, business, knowledge_institution,
    association of the members), members (distinct member people). A day after today is read
    as today. Order: learning, welfare, innovation, then start date, then id."""
    on = pd.Timestamp(on).date()  # a date, datetime, Timestamp or ISO text
    scope = Scope(today=pd.Timestamp(today).date() if today is not None else None)
    frame = _petals_on(con, [min(on, scope.day)], scope)
    return frame[PETAL_COLUMNS].reset_index(drop=True)


def petal_days(
    con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None, grain: Grain = "month"
) -> list[dt.date]:
    """The days the animation shows: the last day of every `grain` period from the first
    network's start to today, the current period's day being today (the status at the end of
    each month, and now). Empty without networks."""
    today = today or dt.date.today()
    first = con.execute("SELECT min(start_date) FROM network WHERE start_date <= ?", [today])
    first = first.fetchone()[0]
    if first is None:
        return []
    return [min(period_end(start, grain), today) for start, _ in periods(first, today, grain)]


def petals_over_time(
    con: duckdb.DuckDBPyConnection, days: list[dt.date], scope: Scope | None = None
) -> pd.DataFrame:
    """day + the petal columns of every day of `days` (the animation's frames: `petal_days`),
    in one query: the networks of the scope's types and departments (`ns_in_scope`), its
    `today` (the period is the days'); days after today are read as today."""
    scope = scope or Scope()
    return _petals_on(con, [min(d, scope.day) for d in days], scope)


def running_by_type(frame: pd.DataFrame) -> dict[str, int]:
    """{type: number of petals} of one day's petals, every type present (0 when none)."""
    counts = frame["type"].value_counts()
    return {t: int(counts.get(t, 0)) for t in NETWORK_TYPES}


def busiest_day(frame: pd.DataFrame) -> tuple[dt.date, int] | None:
    """The first of the days with the most petals in `petals_over_time`'s frame, and how many
    (None if empty)."""
    if frame.empty:
        return None
    per_day = frame.groupby("day").size()
    return pd.Timestamp(per_day.idxmax()).date(), int(per_day.max())


def on_day(frame: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """One day's petals out of `petals_over_time`'s frame."""
    return frame[frame["day"].dt.date == day]


def petal_list(
    day_petals: pd.DataFrame, departments: pd.DataFrame, society_names: dict[str, str]
) -> pd.DataFrame:
    """One day's petals as a list to read and download: network_id, name, type, start_date,
    end_date, leader, departments (their names, joined by ', '), society (`society_names` of
    the kinds, joined), political_link, petal_members."""
    names = dict(zip(departments["id"], departments["name"], strict=True))
    listed = day_petals[PETAL_COLUMNS].copy()
    listed["departments"] = listed["departments"].map(
        lambda ids: ", ".join(names.get(i, i) for i in ids)
    )
    listed["society"] = listed["society"].map(
        lambda kinds: ", ".join(society_names.get(k, k) for k in kinds)
    )
    columns = [c for c in PETAL_COLUMNS if c not in ("members", "political_link")]
    listed = listed[[*columns, "political_link", "members"]]
    return listed.rename(columns={"members": "petal_members"}).reset_index(drop=True)
