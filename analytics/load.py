"""Ressourcetræk: who carries the network work, week by week (DESIGN.md §6 "Load").

NS3 (seed 002, 'Forløb og ressourcetræk'): "er det tydeligere hvilket ressourcetræk
netværkslederen har – og hvornår intensiteten er i forløbet", and "skal tidsestimeringen og
intensiteten i de forskellige perioder bl.a. understøtte personalelederne i at prioritere
netværksledningens basisopgaver".

The model, exactly as DESIGN.md §6:
- a network's phases come from `phase`, else from `phase_template` for its type, counted from
  the Monday of its start week (`analytics.phases.all_phases_sql`);
- a role covers the days [`from_date`, `to_date`]; an empty `from_date` is the network's start,
  an empty `to_date` the network's `end_date`, or its `planned_end` while it runs (forecast);
- in each ISO week (Monday `week_start`) a phase gives
  `hours_per_week × (weekdays Mon–Fri of the week in both the phase and the role) / 5`,
  with `hours_per_week` from `role_hours` for the phase's intensity and the role;
- a person is over the threshold in a week when the week's total > `load_threshold_hours`.

Everything is one SQL query: the phase × role spans, each joined to its calendar of weeks. A what-if
plan (`planned`, DESIGN.md §5) joins the query as registered in-memory relations: nothing is
written to the database.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pandas as pd

from analytics.phases import all_phases_sql
from analytics.scope import Scope
from data.calendar import monday
from data.labels import ENUM_LABELS, LoadMsg, fmt_date
from data.settings import read_settings

HOURS_PER_FTE = 37.0  # a full-time week in Danish municipalities (OK24: 37 timer)
NO_END = dt.date(9999, 12, 31)  # a role with no end at all is bounded by the phases only

# The columns of the what-if frames (DESIGN.md §4 table formats); missing optional ones are None.
_PLAN_COLUMNS = {
    "network": ("id", "name", "type", "start_date", "planned_end", "end_date"),
    "role_assignment": ("network_id", "person_id", "role", "from_date", "to_date"),
    "phase": ("network_id", "seq", "name", "start_date", "end_date", "intensity"),
    "person": ("id", "name", "department_id"),
}
# The relations of the model when no plan is added: the database's own tables.
TABLES = {"network": "network", "role": "role_assignment", "phase": "phase", "person": "person"}
_DATE_COLUMNS = ("start_date", "planned_end", "end_date", "from_date", "to_date")


def threshold(con: duckdb.DuckDBPyConnection) -> float:
    """`load_threshold_hours` (DESIGN.md §4), typed by `data.settings`."""
    return read_settings(con).load_threshold_hours


def week_starts(start: dt.date, end: dt.date) -> list[pd.Timestamp]:
    """The Mondays of the ISO weeks touching [start, end], as the `week_start` values of the
    load frames (the columns of a heat map, empty weeks included)."""
    return list(pd.date_range(monday(start), monday(end), freq="7D"))


def _plan_frame(planned: dict | None, table: str) -> pd.DataFrame:
    """One what-if frame with every column of its table, dates as dates (empty if not given)."""
    columns = _PLAN_COLUMNS[table]
    given = (planned or {}).get(table)
    frame = pd.DataFrame(columns=columns) if given is None else given.copy()
    for column in columns:
        if column not in frame:
            frame[column] = None
    frame = frame[list(columns)].astype(object)
    for column in _DATE_COLUMNS:
        if column in frame:
            frame[column] = pd.to_datetime(frame[column]).dt.date
    return frame.astype(object).where(frame.notna(), None)


@contextmanager
def _relations(con: duckdb.DuckDBPyConnection, planned: dict | None) -> Iterator[dict]:
    """SQL for the network, role, phase and person relations: the database's tables, joined
    (UNION ALL) with the plan's frames registered in memory for the duration of one query."""
    if not planned:
        yield TABLES
        return
    tag = uuid.uuid4().hex[:8]
    names = {table: f"_plan_{table}_{tag}" for table in _PLAN_COLUMNS}
    for table, name in names.items():
        con.register(name, _plan_frame(planned, table))
    n, r, p, s = (names[t] for t in ("network", "role_assignment", "phase", "person"))
    try:
        yield {
            "network": f"""(SELECT id, name, type, start_date, end_date, planned_end FROM network
                UNION ALL SELECT CAST(id AS VARCHAR), CAST(name AS VARCHAR), CAST(type AS VARCHAR),
                CAST(start_date AS DATE), CAST(end_date AS DATE), CAST(planned_end AS DATE)
                FROM {n})""",
            "role": f"""(SELECT network_id, person_id, role, from_date, to_date
                FROM role_assignment UNION ALL SELECT CAST(network_id AS VARCHAR),
                CAST(person_id AS VARCHAR), CAST(role AS VARCHAR), CAST(from_date AS DATE),
                CAST(to_date AS DATE) FROM {r})""",
            "phase": f"""(SELECT network_id, seq, name, start_date, end_date, intensity FROM phase
                UNION ALL SELECT CAST(network_id AS VARCHAR), CAST(seq AS INTEGER),
                CAST(name AS VARCHAR), CAST(start_date AS DATE), CAST(end_date AS DATE),
                CAST(intensity AS VARCHAR) FROM {p})""",
            "person": f"""(SELECT id, name, department_id FROM person UNION ALL
                SELECT CAST(id AS VARCHAR), CAST(name AS VARCHAR),
                CAST(department_id AS VARCHAR) FROM {s})""",
        }
    finally:
        for name in names.values():
            con.unregister(name)


def spans_sql(rel: dict) -> str:
    """The CTEs `nets`, `roles` and `spans` (network_id, person_id, role, hours_per_week, d0, d1:
    the days in [$first, $last] that a role and a phase share) of the model of DESIGN.md §6, with
    optional filters ($types, $deps, $roles, $networks, $persons: NULL = no filter). The hours
    of a span are `hours_per_week × ns_weekdays(d0, d1) / 5`, whatever calendar they are cut by
    (ISO weeks here, the periods of `analytics.trends`)."""
    phases = all_phases_sql(rel["network"], rel["phase"])
    return f"""
    nets AS (SELECT * FROM {rel["network"]}),
    roles AS (
        SELECT ra.network_id, ra.person_id, ra.role,
               coalesce(ra.from_date, n.start_date) AS r_from,
               coalesce(ra.to_date, n.end_date, n.planned_end, $no_end) AS r_to
        FROM {rel["role"]} ra
        JOIN nets n ON n.id = ra.network_id
        LEFT JOIN {rel["person"]} pe ON pe.id = ra.person_id
        WHERE ($types IS NULL OR list_contains($types, n.type))
          AND ($roles IS NULL OR list_contains($roles, ra.role))
          AND ($networks IS NULL OR list_contains($networks, n.id))
          AND ($deps IS NULL OR list_contains($deps, pe.department_id))
          AND ($persons IS NULL OR list_contains($persons, ra.person_id))
    ),
    spans AS (  -- the days a role and a phase share, inside the weeks asked for
        SELECT r.network_id, r.person_id, r.role, h.hours_per_week,
               greatest(r.r_from, p.start_date, $first) AS d0,
               least(r.r_to, p.end_date, $last) AS d1
        FROM roles r
        JOIN ({phases}) p ON p.network_id = r.network_id
        JOIN role_hours h ON h.intensity = p.intensity AND h.role = r.role
        WHERE h.hours_per_week > 0
          AND greatest(r.r_from, p.start_date, $first) <= least(r.r_to, p.end_date, $last)
    )
    """


def _load_sql(rel: dict) -> str:
    """week_start, person_id, network_id, role, hours — the model of DESIGN.md §6, for the weeks
    from the Monday of $first to $last (filters as `spans_sql`)."""
    return f"""
    WITH {spans_sql(rel)},
    weeks AS (  -- the calendar of ISO weeks each span touches (measured 3x faster at 100x than
                -- a range join of the spans to one calendar table)
        SELECT s.*, CAST(unnest(generate_series(date_trunc('week', s.d0), s.d1,
                                                INTERVAL 7 DAY)) AS DATE) AS week_start
        FROM spans s
    )
    SELECT week_start, person_id, network_id, role,
           sum(hours_per_week
               * (date_diff('day', greatest(d0, week_start), least(d1, week_start + 4)) + 1)
               / 5.0) AS hours
    FROM weeks
    WHERE greatest(d0, week_start) <= least(d1, week_start + 4)  -- a weekday of the span
    GROUP BY week_start, person_id, network_id, role
    """


def _params(start, end, scope, roles, network_ids, person_ids=None) -> dict:
    """The whole ISO weeks that touch [start, end]: from the Monday of `start` to the Sunday
    of `end`'s week; the scope's types and departments (None: all), roles, networks, people."""
    scoped = scope.params() if scope else {"types": None, "deps": None}
    return {
        "first": monday(start),
        "last": monday(end) + dt.timedelta(days=6),
        "types": scoped["types"],
        "deps": scoped["deps"],
        "roles": list(roles) if roles else None,
        "networks": list(network_ids) if network_ids else None,
        "persons": list(person_ids) if person_ids else None,
        "no_end": NO_END,
    }


def _run(
    con,
    start,
    end,
    planned,
    sql_around,
    *,
    scope=None,
    roles=None,
    network_ids=None,
    person_ids=None,
    extra: dict | None = None,
) -> pd.DataFrame:
    """Run `sql_around` (a query over the relation `load`) on the load of the weeks asked for.
    It names the relations by `{person}` (the database's people, with a plan's new ones) and
    may continue the WITH clause with `{person_summary}` (PERSON_SUMMARY: per_week, summary,
    nets)."""
    params = _params(start, end, scope, roles, network_ids, person_ids)
    params |= extra or {}
    with _relations(con, planned) as rel:
        around = sql_around.format(**rel, person_summary=PERSON_SUMMARY)
        sql = f"WITH load AS ({_load_sql(rel)}) {around}"
        return con.execute(sql, params).df()


# --- The contract of DESIGN.md §5 ----------------------------------------------------------------
def weekly_load(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    *,
    planned: dict | None = None,
    scope: Scope | None = None,
    roles: list[str] | None = None,
    network_ids: list[str] | None = None,
) -> pd.DataFrame:
    """week_start, person_id, network_id, role, hours — the weeks touching [start, end]; a row
    only where the hours are above 0."""
    return _run(
        con,
        start,
        end,
        planned,
        "SELECT * FROM load ORDER BY week_start, person_id, network_id, role",
        scope=scope,
        roles=roles,
        network_ids=network_ids,
    )


def person_weeks(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    *,
    planned: dict | None = None,
    scope: Scope | None = None,
    roles: list[str] | None = None,
    person_ids: list[str] | None = None,
) -> pd.DataFrame:
    """week_start, person_id, hours, over_threshold (hours > `load_threshold_hours`) — one row
    per person and week with load."""
    return _run(
        con,
        start,
        end,
        planned,
        """SELECT week_start, person_id, sum(hours) AS hours, sum(hours) > $threshold AS
               over_threshold
           FROM load GROUP BY week_start, person_id ORDER BY week_start, person_id""",
        scope=scope,
        roles=roles,
        person_ids=person_ids,
        extra={"threshold": threshold(con)},
    )


def week_totals(con, day: dt.date, *, planned=None, scope=None, roles=None) -> dict:
    """For the week holding `day`: people with network load, people over the threshold, the
    hours and the full-time equivalents (hours / 37)."""
    weeks = person_weeks(con, day, day, planned=planned, scope=scope, roles=roles)
    hours = float(weeks["hours"].sum())
    return {
        "people": len(weeks),
        "over": int(weeks["over_threshold"].sum()),
        "hours": hours,
        "fte": hours / HOURS_PER_FTE,
    }


# --- Aggregations for the page -------------------------------------------------------------------
def department_weeks(con, start, end, *, planned=None, scope=None, roles=None) -> pd.DataFrame:
    """week_start, department_id, department, hours, fte (hours / 37) — people outside the
    departments (citizens, businesses …) as department 'Eksterne'."""
    return _run(
        con,
        start,
        end,
        planned,
        """SELECT l.week_start, pe.department_id,
                  coalesce(d.name, $external) AS department,
                  sum(l.hours) AS hours, sum(l.hours) / $fte AS fte
           FROM load l JOIN {person} pe ON pe.id = l.person_id
           LEFT JOIN department d ON d.id = pe.department_id
           GROUP BY l.week_start, pe.department_id, d.name
           ORDER BY l.week_start, department""",
        scope=scope,
        roles=roles,
        extra={"external": LoadMsg.EXTERNAL, "fte": HOURS_PER_FTE},
    )


def role_weeks(con, start, end, *, planned=None, scope=None, roles=None) -> pd.DataFrame:
    """week_start, role, hours, people — per role and week."""
    return _run(
        con,
        start,
        end,
        planned,
        """SELECT week_start, role, sum(hours) AS hours, count(DISTINCT person_id) AS people
           FROM load GROUP BY week_start, role ORDER BY week_start, role""",
        scope=scope,
        roles=roles,
    )


# Per person over the weeks of `load`: the weekly totals, the summary and the networks carried.
PERSON_SUMMARY = """
    per_week AS (SELECT week_start, person_id, sum(hours) AS hours FROM load
                 GROUP BY week_start, person_id),
    summary AS (
        SELECT person_id,
               count(*) FILTER (WHERE hours > $threshold) AS weeks_over,
               max(hours) AS peak_hours,
               arg_max(week_start, hours) AS peak_week,
               min(week_start) FILTER (WHERE hours > $threshold) AS first_week_over,
               max(week_start) FILTER (WHERE hours > $threshold) AS last_week_over,
               sum(hours) AS total_hours,
               count(*) AS weeks_with_load
        FROM per_week GROUP BY person_id),
    nets AS (SELECT person_id, count(DISTINCT network_id) AS networks FROM load
             GROUP BY person_id)
"""


def person_summary(con, start, end, *, planned=None, scope=None, roles=None) -> pd.DataFrame:
    """person_id, name, department, weeks_over, peak_hours, peak_week, first_week_over,
    last_week_over, total_hours, weeks_with_load, networks — everyone with load, the most
    loaded first (peak, then total)."""
    return _run(
        con,
        start,
        end,
        planned,
        """, {person_summary}
        SELECT s.person_id, pe.name, coalesce(d.name, $external) AS department, s.weeks_over,
               s.peak_hours, s.peak_week, s.first_week_over, s.last_week_over, s.total_hours,
               s.weeks_with_load, nets.networks
        FROM summary s JOIN nets USING (person_id)
        JOIN {person} pe ON pe.id = s.person_id
        LEFT JOIN department d ON d.id = pe.department_id
        ORDER BY s.peak_hours DESC, s.total_hours DESC, pe.name""",
        scope=scope,
        roles=roles,
        extra={"threshold": threshold(con), "external": LoadMsg.EXTERNAL},
    )


def overloaded(people: pd.DataFrame) -> pd.DataFrame:
    """The people over `load_threshold_hours` in at least one week: the `person_summary` rows
    with weeks_over > 0, the most weeks over first."""
    over = people[people["weeks_over"] > 0]
    return over.sort_values(["weeks_over", "peak_hours"], ascending=False, kind="stable")


def period_totals(people: pd.DataFrame) -> dict:
    """From `person_summary`: people with load, people over the threshold in at least one
    week, person-weeks over it, and the largest week of any person (0 if none)."""
    return {
        "people": len(people),
        "over": int((people["weeks_over"] > 0).sum()),
        "weeks_over": int(people["weeks_over"].sum()),
        "peak": float(people["peak_hours"].max()) if len(people) else 0.0,
    }


def heatmap(
    con,
    start,
    end,
    *,
    planned=None,
    scope=None,
    roles=None,
    top=40,
    person_ids=None,
) -> pd.DataFrame:
    """week_start, person_id, name, department, hours — the `top` most loaded people (by peak,
    then total, as `person_summary`), every week they have load; `person_ids` limits the
    people (e.g. to the people of a plan)."""
    return _run(
        con,
        start,
        end,
        planned,
        """, {person_summary},
        ranked AS (SELECT person_id, row_number() OVER (ORDER BY peak_hours DESC,
                   total_hours DESC, person_id) AS rank FROM summary)
        SELECT w.week_start, w.person_id, pe.name, coalesce(d.name, $external) AS department,
               w.hours, r.rank
        FROM per_week w JOIN ranked r USING (person_id)
        JOIN {person} pe ON pe.id = w.person_id
        LEFT JOIN department d ON d.id = pe.department_id
        WHERE r.rank <= $top
        ORDER BY r.rank, w.week_start""",
        scope=scope,
        roles=roles,
        person_ids=person_ids,
        extra={"threshold": threshold(con), "external": LoadMsg.EXTERNAL, "top": top},
    )


def person_networks(con, start, end, *, planned=None, scope=None, roles=None) -> pd.DataFrame:
    """person_id, name, network_id, network_name, type, role, weeks, total_hours, peak_hours,
    first_week, last_week — each person's load broken down by network and role (the staff
    manager's view: which of my people carry which network, and when)."""
    return _run(
        con,
        start,
        end,
        planned,
        """SELECT l.person_id, pe.name, l.network_id, n.name AS network_name, n.type, l.role,
                  count(*) AS weeks, sum(l.hours) AS total_hours, max(l.hours) AS peak_hours,
                  min(l.week_start) AS first_week, max(l.week_start) AS last_week
           FROM load l JOIN {person} pe ON pe.id = l.person_id
           JOIN {network} n ON n.id = l.network_id
           GROUP BY ALL
           ORDER BY pe.name, first_week, l.network_id""",
        scope=scope,
        roles=roles,
    )


def network_span(con: duckdb.DuckDBPyConnection, network_id: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a network's load: its start, and the latest of its end (or
    planned end) and its last phase."""
    row = con.execute(
        f"""SELECT n.start_date, greatest(coalesce(n.end_date, n.planned_end, n.start_date),
                   coalesce(max(p.end_date), n.start_date))
            FROM network n LEFT JOIN ({all_phases_sql()}) p ON p.network_id = n.id
            WHERE n.id = ? GROUP BY n.start_date, n.end_date, n.planned_end""",
        [network_id],
    ).fetchall()
    return row[0] if row else (dt.date.today(), dt.date.today())


def network_load(con: duckdb.DuckDBPyConnection, network_id: str) -> pd.DataFrame:
    """week_start, role, hours, people — the load curve of one network per role, over its
    whole course."""
    start, end = network_span(con, network_id)
    return _run(
        con,
        start,
        end,
        None,
        """SELECT week_start, role, sum(hours) AS hours, count(DISTINCT person_id) AS people
           FROM load GROUP BY week_start, role ORDER BY week_start, role""",
        network_ids=[network_id],
    )


# --- What-if --------------------------------------------------------------------------------------
def plan_frames(candidates: list[dict], department_names: dict[str, str]) -> dict:
    """The `planned` dict (DESIGN.md §5) for candidate networks typed into the planner.

    A candidate: name, type, start_date, leader, co_driver, reference (person ids or None),
    participants (person ids) and counts ({department_id: n}) — participants known only as a
    number per department become placeholder people of that department ("Deltager 1 fra …")."""
    networks, roles, people = [], [], []
    for i, c in enumerate(candidates, start=1):
        nid = f"PLAN-{i}"
        networks.append(
            {
                "id": nid,
                "name": c.get("name") or LoadMsg.PLAN_NAME.format(i=i),
                "type": c["type"],
                "start_date": c["start_date"],
            }
        )
        for role, key in (
            ("network_leader", "leader"),
            ("co_driver", "co_driver"),
            ("reference_leader", "reference"),
        ):
            if c.get(key):
                roles.append({"network_id": nid, "person_id": c[key], "role": role})
        for pid in c.get("participants") or []:
            roles.append({"network_id": nid, "person_id": pid, "role": "participant"})
        for dep, n in (c.get("counts") or {}).items():
            for j in range(1, int(n) + 1):
                pid = f"{nid}:{dep}:{j}"
                name = LoadMsg.PLACEHOLDER.format(
                    j=j, department=department_names.get(dep, dep), plan=networks[-1]["name"]
                )
                people.append({"id": pid, "name": name, "department_id": dep})
                roles.append({"network_id": nid, "person_id": pid, "role": "participant"})
    return {
        "network": pd.DataFrame(networks, columns=_PLAN_COLUMNS["network"]),
        "role_assignment": pd.DataFrame(roles, columns=_PLAN_COLUMNS["role_assignment"]),
        "person": pd.DataFrame(people, columns=_PLAN_COLUMNS["person"]),
    }


def plan_summary(planned: dict) -> pd.DataFrame:
    """id, name, type, start_date, leader_id, people — one row per candidate network."""
    nets, roles = planned["network"], planned["role_assignment"]
    leaders = roles[roles["role"] == "network_leader"].set_index("network_id")["person_id"]
    sizes = roles.groupby("network_id")["person_id"].nunique()
    return nets[["id", "name", "type"]].assign(
        start_date=pd.to_datetime(nets["start_date"]),
        leader_id=nets["id"].map(leaders),
        people=nets["id"].map(sizes).fillna(0).astype(int),
    )


def plan_comparison(con, start, end, planned: dict) -> pd.DataFrame:
    """Who the plan brings over the threshold, when and by how much — for every person in the
    plan: person_id, name, department, peak_hours_before / peak_hours and weeks_over_before /
    weeks_over (without / with the plan), first_new_week_over (the first week over with the
    plan that was not over without it), most_over (the largest excess over the threshold in
    such a week), extra_hours (with − without) and goes_over (there is such a week)."""
    people = list(planned["role_assignment"]["person_id"].drop_duplicates())
    limit = threshold(con)
    before = person_weeks(con, start, end, person_ids=people)
    after = person_weeks(con, start, end, planned=planned, person_ids=people)
    weeks = after.merge(
        before, on=["week_start", "person_id"], how="outer", suffixes=("", "_before")
    )
    weeks[["hours", "hours_before"]] = weeks[["hours", "hours_before"]].fillna(0.0)
    weeks["over"] = weeks["hours"] > limit
    weeks["over_before"] = weeks["hours_before"] > limit
    weeks["new_over"] = weeks["over"] & ~weeks["over_before"]
    weeks["excess"] = (weeks["hours"] - limit).where(weeks["new_over"])
    weeks["new_week"] = weeks["week_start"].where(weeks["new_over"])
    per_person = weeks.groupby("person_id").agg(
        peak_hours_before=("hours_before", "max"),
        peak_hours=("hours", "max"),
        weeks_over_before=("over_before", "sum"),
        weeks_over=("over", "sum"),
        first_new_week_over=("new_week", "min"),
        most_over=("excess", "max"),
        hours_before=("hours_before", "sum"),
        hours_after=("hours", "sum"),
    )
    per_person["extra_hours"] = per_person["hours_after"] - per_person["hours_before"]
    per_person["goes_over"] = per_person["first_new_week_over"].notna()
    names = _person_names(con, planned, people)
    table = names.join(per_person, on="person_id", how="left")
    columns = [
        "person_id",
        "name",
        "department",
        "peak_hours_before",
        "peak_hours",
        "weeks_over_before",
        "weeks_over",
        "first_new_week_over",
        "most_over",
        "extra_hours",
        "goes_over",
    ]
    table["goes_over"] = table["goes_over"].fillna(False).astype(bool)
    return (
        table[columns]
        .sort_values(["goes_over", "peak_hours"], ascending=False, kind="stable")
        .reset_index(drop=True)
    )


def _person_names(con, planned: dict, person_ids: list[str]) -> pd.DataFrame:
    """person_id, name, department for people of the database or of the plan."""
    with _relations(con, planned) as rel:
        return con.execute(
            f"""SELECT pe.id AS person_id, pe.name, coalesce(d.name, $external) AS department
                FROM {rel["person"]} pe LEFT JOIN department d ON d.id = pe.department_id
                WHERE list_contains($ids, pe.id) ORDER BY pe.name""",
            {"ids": person_ids, "external": LoadMsg.EXTERNAL},
        ).df()


def plan_weekly_totals(con, start, end, planned: dict) -> pd.DataFrame:
    """week_start, scenario ('uden'/'med' plan), hours, people_over — the total network hours
    and the number of people over the threshold per week, without and with the plan."""
    frames = []
    for scenario, plan in ((LoadMsg.WITHOUT, None), (LoadMsg.WITH, planned)):
        weeks = person_weeks(con, start, end, planned=plan)
        total = weeks.groupby("week_start", as_index=False).agg(
            hours=("hours", "sum"), people_over=("over_threshold", "sum")
        )
        frames.append(total.assign(scenario=scenario))
    return pd.concat(frames, ignore_index=True)


def plan_conflicts(con: duckdb.DuckDBPyConnection, planned: dict) -> list[str]:
    """Danish messages for each planned network leader who would lead two networks at once —
    NS3 plans with one network leader per network at a time (seed 002, 'Forløb og
    ressourcetræk': "er det tydeligere hvilket ressourcetræk netværkslederen har"; the portfolio
    rule `leader_concurrency`). Overlaps with networks in the database and within the plan."""
    with _relations(con, planned) as rel:
        rows = con.execute(
            f"""
            WITH led AS (
                SELECT ra.network_id, ra.person_id, n.start_date,
                       coalesce(ra.from_date, n.start_date) AS f,
                       coalesce(ra.to_date, n.end_date, n.planned_end, p_end.last_day,
                                $no_end) AS t
                FROM {rel["role"]} ra JOIN {rel["network"]} n ON n.id = ra.network_id
                LEFT JOIN (SELECT network_id, max(end_date) AS last_day
                           FROM ({all_phases_sql(rel["network"], rel["phase"])})
                           GROUP BY network_id) p_end ON p_end.network_id = n.id
                WHERE ra.role = 'network_leader')
            SELECT a.network_id, b.network_id, pe.name, greatest(a.f, b.f), least(a.t, b.t)
            FROM led a JOIN led b ON a.person_id = b.person_id AND a.network_id <> b.network_id
                 AND a.f <= b.t AND b.f <= a.t
            JOIN {rel["person"]} pe ON pe.id = a.person_id
            WHERE list_contains($plan, a.network_id)
              AND (NOT list_contains($plan, b.network_id) OR a.network_id < b.network_id)
            ORDER BY a.network_id, b.network_id
            """,
            {"plan": [str(i) for i in planned["network"]["id"]], "no_end": NO_END},
        ).fetchall()
    plan_names = dict(zip(planned["network"]["id"], planned["network"]["name"], strict=True))
    db_names = dict(con.execute("SELECT id, name FROM network").fetchall())

    def label(network_id: str) -> str:
        if network_id in plan_names:
            return f"«{plan_names[network_id]}»"
        return f"{network_id} «{db_names.get(network_id, '')}»"

    return [
        LoadMsg.TWO_NETWORKS.format(
            person=person, plan=label(a), other=label(b), first=fmt_date(first), last=fmt_date(last)
        )
        for a, b, person, first, last in rows
    ]


# --- The assumptions: templates checked against the NS3 description -----------------------------
# Seed 002, 'Forløb og ressourcetræk': "tager et velfærdsnetværk pga. breaks ca. ½ år ...
# 4 intensive perioder som sammenlagt tager ca. 9 uger"; "innovationsnetværk har som
# udgangspunkt samme faser som et velfærdsnetværk"; "tager et læringsnetværk omkring 4-5 mdr."
NS3_WELFARE_INTENSIVE_PERIODS = 4
NS3_WELFARE_INTENSIVE_WEEKS = (8, 10)  # "ca. 9 uger"
NS3_WELFARE_WEEKS = (22, 30)  # "ca. ½ år" = 26 weeks, ± a month
NS3_LEARNING_WEEKS = (17, 22)  # "4-5 mdr." = 17,4–21,7 weeks


def role_hours_grid(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """`role_hours` as a grid: one row per intensity (intensive, break, test), one column per
    role, hours per week (0 where a combination is missing) — the form on the Data page."""
    rows = con.execute("SELECT intensity, role, hours_per_week FROM role_hours").df()
    grid = rows.pivot_table(index="intensity", columns="role", values="hours_per_week")
    return grid.reindex(
        index=list(ENUM_LABELS["intensity"]), columns=list(ENUM_LABELS["role"]), fill_value=0.0
    ).fillna(0.0)


def role_hours_rows(grid: pd.DataFrame) -> list[dict]:
    """The grid of `role_hours_grid` back as `role_hours` rows (intensity, role,
    hours_per_week), for `data.io.save_rows`."""
    return [
        {"intensity": intensity, "role": role, "hours_per_week": grid.loc[intensity, role]}
        for intensity in grid.index
        for role in grid.columns
    ]


def phase_template(con: duckdb.DuckDBPyConnection, network_type: str) -> pd.DataFrame:
    """seq, name, offset_weeks, duration_weeks, intensity — one type's template, in order."""
    return con.execute(
        "SELECT seq, name, offset_weeks, duration_weeks, intensity FROM phase_template"
        " WHERE network_type = ? ORDER BY seq",
        [network_type],
    ).df()


def template_shape(rows: pd.DataFrame) -> dict:
    """weeks (the course's length, the test phase left out: NS3 counts it "+/-"), intensive
    weeks and intensive periods of one type's template rows; rows not yet filled in are
    skipped."""
    rows = rows.dropna(subset=["offset_weeks", "duration_weeks", "intensity"])
    course = rows[rows["intensity"] != "test"]
    intensive = course[course["intensity"] == "intensive"]
    ends = course["offset_weeks"].astype(int) + course["duration_weeks"].astype(int)
    return {
        "weeks": int(ends.max()) if len(course) else 0,
        "intensive_weeks": int(intensive["duration_weeks"].astype(int).sum()),
        "periods": len(intensive),
    }


def template_warnings(templates: pd.DataFrame, types: list[str] | None = None) -> list[str]:
    """Danish warnings where `phase_template` (network_type, seq, name, offset_weeks,
    duration_weeks, intensity) departs from NS3's description of the courses — a warning, not a
    block: "Tidsestimeringen og intensiteten kan dog være forskellige i de enkelte netværk".
    `types`: check only these types (a form being edited)."""
    warnings = []
    for network_type in types or ("learning", "welfare", "innovation"):
        shape = template_shape(templates[templates["network_type"] == network_type])
        weeks, intensive_weeks, periods = shape.values()
        label = ENUM_LABELS["network_type"][network_type]
        if not weeks:
            warnings.append(LoadMsg.NO_TEMPLATE.format(type=label))
            continue
        if network_type in ("welfare", "innovation") and periods != NS3_WELFARE_INTENSIVE_PERIODS:
            warnings.append(LoadMsg.PERIODS.format(type=label, n=periods))
        if network_type == "welfare":
            lo, hi = NS3_WELFARE_INTENSIVE_WEEKS
            if not lo <= intensive_weeks <= hi:
                warnings.append(LoadMsg.INTENSIVE_WEEKS.format(type=label, n=intensive_weeks))
            lo, hi = NS3_WELFARE_WEEKS
            if not lo <= weeks <= hi:
                warnings.append(LoadMsg.WELFARE_LENGTH.format(type=label, n=weeks))
        if network_type == "learning":
            lo, hi = NS3_LEARNING_WEEKS
            if not lo <= weeks <= hi:
                warnings.append(LoadMsg.LEARNING_LENGTH.format(type=label, n=weeks))
    return warnings


# --- The weeks ahead (the overview and chefforum's meeting) ---------------------------------------
LOOKAHEAD_WEEKS = 8  # DESIGN.md §6: today's week and the 7 after it


def lookahead(today: dt.date) -> tuple[dt.date, dt.date]:
    """The 8 weeks that start on today's Monday: that Monday and the Sunday 8 weeks on."""
    first = monday(today)
    return first, first + dt.timedelta(weeks=LOOKAHEAD_WEEKS, days=-1)


def overloaded_people(con: duckdb.DuckDBPyConnection, today: dt.date) -> pd.DataFrame:
    """person_id, weeks_over, peak_hours — the people over `load_threshold_hours` in some week of
    the 8 weeks that start on today's Monday (the load model's forecast), most weeks first."""
    weeks = person_weeks(con, *lookahead(today))
    over = weeks[weeks["over_threshold"]]
    return (
        over.groupby("person_id")
        .agg(weeks_over=("week_start", "nunique"), peak_hours=("hours", "max"))
        .reset_index()
        .sort_values(["weeks_over", "peak_hours", "person_id"], ascending=[False, False, True])
        .reset_index(drop=True)
    )
