"""Tendenser: any measure of the network structure over the years (DESIGN.md §6 "Trends").

The secretariat follows how the structure develops and reports on it (seed 002, "Sekretariat
for Netværksstrukturen"); NS3 asks for a pool of professional network leaders (seed 002,
'Netværksledelse') and seed 003 for more outside perspectives in the networks — both are
measures here.

`series(con, measure, grain=, by=, start=, end=)` is one SQL query per call: the periods are
generated in SQL, every measure's items are joined to them, and empty periods come back with 0
(None for `rc_index`). The readings, as DESIGN.md §6 and where it is silent:

- Periods: every `grain` period from the one holding `start` (default: the first network's
  start) to the one holding `end` (default today). A period counts the days of the window
  [start, end] that lie in it, so the current period runs to today and `pool_size` of the
  current period is the pool today (not on a day to come).
- `networks_started`: networks by `start_date` in the period (a planned start after `end` is
  not a start). `networks_running`: the portfolio reading (`ns_runs_in`: from `start_date` to
  `end_date`, or to today while it has none, never past today) touching the period.
- `participants`: distinct employees who are members (`ns_is_member`) with a role span (empty
  `from_date` = the start, empty `to_date` = open) overlapping both the period and the network's
  run. `external_members`: the same for members who are not employees (citizens, businesses,
  knowledge institutions, associations, politicians).
- `load_hours`: the load model's hours (`analytics.load`, DESIGN.md §6 "Load": phases or the
  type's template, hours per week × weekdays / 5) on the weekdays of the period.
- `rc_index`: the organisation-wide waves (no `network_id`) fielded in the period: the mean,
  over their answer rows with all 7 items that belong to shown (not suppressed) pairs, of the
  row's 7-item mean — the rows of all the period's waves pooled (as `kpis`' wave index). The
  answers of suppressed pairs count nowhere (DESIGN.md §6 "No differencing").
- `solutions_implemented`: solutions with status `implemented` and `status_on` in the period.
- `pool_size`: employees qualified to lead (`ns_qualified_since`, the `leader_pool` reading) on
  the period's last day.

Breakdowns (`by`): None (`group` = 'alle'), `type` (the network's type), `department` and
`directorate` (ids). A network counts in each department that one of its employee members works
in (the sidebar's reading, `ns_in_scope`); a person in their own department; external members
in the departments of their network; a solution in its receiving department; an RC answer in
the department of the respondent's group (`rc_group.department_id` of `from_group`: how the
department's own people rate coordination). A group that is not one department (or a network
with no employee members) counts in 'alle' and its type only. Every group of the breakdown is
listed in every period. `rc_index` and `pool_size` have no network type: `by='type'` is refused.

Filters (the sidebar's): `types` keeps the items of those network types (not applied to the two
measures without a type); `departments` keeps the items that the department breakdown would
place in one of them — so a filtered series is the same as the matching groups of the
breakdown, counted once.
"""

from __future__ import annotations

import datetime as dt
import re

import duckdb
import pandas as pd

from analytics.load import NO_END, TABLES, spans_sql
from analytics.rc import min_respondents, used_sql
from data.calendar import GRAINS
from data.schema import NETWORK_TYPES

ALL = "alle"
SERIES_COLUMNS = ["period_start", "period", "group", "value"]
BREAKDOWNS = (None, "type", "department", "directorate")
_EARLIEST = dt.date(1900, 1, 1)  # the load spans' lower clip: the periods cut them anyway

# The members' departments per network: employees who are network leader, co-driver or
# participant (the sidebar's reading, analytics.scope / ns_in_scope).
_DEPARTMENTS_JOIN = "LEFT JOIN network_departments nd ON nd.network_id = n.id"  # as written below
_NETWORK_DEPARTMENTS = """
    SELECT DISTINCT ra.network_id, pe.department_id
    FROM role_assignment ra JOIN person pe ON pe.id = ra.person_id
    WHERE ns_is_member(ra.role) AND pe.kind = 'employee' AND pe.department_id IS NOT NULL
"""

# A member's role span (inside the network's run: ns_member_spans) overlapping the period.
_MEMBERS = """
    SELECT p.period_start, m.person_id AS item, m.type, {department} AS department_id,
           NULL::DOUBLE AS x
    FROM ns_member_spans($today) m
    {join}
    JOIN periods p ON greatest(m.span_from, p.p_first) <= least(m.span_to, p.p_last)
    WHERE m.kind {kind}
"""

# measure -> (the items: period_start, item, type, department_id, x ; the aggregate of a group)
_ITEMS = {
    "networks_started": (
        """
        SELECT p.period_start, n.id AS item, n.type, nd.department_id, NULL::DOUBLE AS x
        FROM network n
        JOIN periods p ON n.start_date BETWEEN p.p_first AND p.p_last
        LEFT JOIN network_departments nd ON nd.network_id = n.id
        """,
        "count(DISTINCT item)",
    ),
    "networks_running": (
        """
        SELECT p.period_start, n.id AS item, n.type, nd.department_id, NULL::DOUBLE AS x
        FROM network n
        JOIN periods p ON ns_runs_in(n.start_date, n.end_date, p.p_first, p.p_last, $today)
        LEFT JOIN network_departments nd ON nd.network_id = n.id
        """,
        "count(DISTINCT item)",
    ),
    "participants": (
        _MEMBERS.format(department="m.department_id", join="", kind="= 'employee'"),
        "count(DISTINCT item)",
    ),
    "external_members": (
        _MEMBERS.format(
            department="nd.department_id",
            join="LEFT JOIN network_departments nd ON nd.network_id = m.network_id",
            kind="<> 'employee'",
        ),
        "count(DISTINCT item)",
    ),
    "load_hours": (
        f"""
        , {spans_sql(TABLES)}
        SELECT p.period_start, NULL AS item, n.type, pe.department_id,
               s.hours_per_week * ns_weekdays(greatest(s.d0, p.p_first),
                                              least(s.d1, p.p_last)) / 5.0 AS x
        FROM spans s
        JOIN network n ON n.id = s.network_id
        JOIN person pe ON pe.id = s.person_id
        JOIN periods p ON greatest(s.d0, p.p_first) <= least(s.d1, p.p_last)
        """,
        "sum(x)",
    ),
    "rc_index": (
        f"""
        , {used_sql("wave_id IN (SELECT id FROM rc_wave WHERE network_id IS NULL)")}
        SELECT p.period_start, NULL AS item, NULL AS type, g.department_id, s.item_sum AS x
        FROM shown s
        JOIN rc_wave w ON w.id = s.wave_id
        JOIN periods p ON w.fielded_on BETWEEN p.p_first AND p.p_last
        LEFT JOIN rc_group g ON g.wave_id = s.wave_id AND g.name = s.from_group
        WHERE s.item_sum IS NOT NULL
        """,
        "sum(x) / (7.0 * count(x))",  # exact for integer answers (analytics.rc.INDEX_SQL)
    ),
    "solutions_implemented": (
        """
        SELECT p.period_start, s.id AS item, n.type, s.receiving_department_id AS department_id,
               NULL::DOUBLE AS x
        FROM solution s
        JOIN network n ON n.id = s.network_id
        JOIN periods p ON s.status_on BETWEEN p.p_first AND p.p_last
        WHERE s.status = 'implemented'
        """,
        "count(DISTINCT item)",
    ),
    "pool_size": (
        """
        SELECT p.period_start, q.person_id AS item, NULL AS type, pe.department_id,
               NULL::DOUBLE AS x
        FROM ns_qualified_since() q
        JOIN person pe ON pe.id = q.person_id
        JOIN periods p ON q.qualified_from <= p.p_last
        """,
        "count(DISTINCT item)",
    ),
}
MEASURES = tuple(_ITEMS)
UNTYPED = ("rc_index", "pool_size")  # measures without a network type: no `by='type'`
AVERAGES = ("rc_index",)  # an empty period is None, not 0
FLOATS = ("load_hours", "rc_index")

_GROUPS = {
    None: f"SELECT '{ALL}' AS grp, 0 AS ord",
    "type": "SELECT t.grp, t.ord FROM unnest($types) WITH ORDINALITY AS t(grp, ord)",
    "department": """SELECT id AS grp, row_number() OVER (ORDER BY id) AS ord FROM department
                     WHERE $deps IS NULL OR list_contains($deps, id)""",
    "directorate": """SELECT id AS grp, row_number() OVER (ORDER BY id) AS ord FROM directorate
                      WHERE $deps IS NULL OR id IN (SELECT directorate_id FROM department
                                                    WHERE list_contains($deps, id))""",
}
_GROUP_KEY = {
    None: f"'{ALL}'",
    "type": "i.type",
    "department": "i.department_id",
    "directorate": "d.directorate_id",
}


def breakdowns(measure: str) -> tuple[str | None, ...]:
    """The breakdowns a measure has (`rc_index` and `pool_size` have no network type)."""
    return tuple(b for b in BREAKDOWNS if not (b == "type" and measure in UNTYPED))


def _sql(measure: str, by: str | None, *, departments: bool = True) -> str:
    """The series' query. Without `departments` (no breakdown by department or directorate, no
    department filter) a network's departments are not joined in: a count of networks is the
    same without them, and the join of every member is most of the query's work."""
    items, aggregate = _ITEMS[measure]
    if not departments:
        items = items.replace(_DEPARTMENTS_JOIN, "").replace(
            "nd.department_id,", "NULL::VARCHAR AS department_id,"
        )
    # `load_hours` and `rc_index` continue the WITH clause before their SELECT.
    head, _, select = items.rpartition("SELECT p.period_start")
    value = aggregate if measure in AVERAGES else f"coalesce({aggregate}, 0)"
    return f"""
    WITH periods AS (
        SELECT * FROM ns_periods(coalesce($start, (SELECT min(start_date) FROM network)), $end,
                                 $grain)
    ),
    network_departments AS ({_NETWORK_DEPARTMENTS})
    {head},
    items AS (SELECT p.period_start{select}),
    kept AS (
        SELECT i.*, {_GROUP_KEY[by]} AS grp
        FROM items i LEFT JOIN department d ON d.id = i.department_id
        WHERE (i.type IS NULL OR list_contains($types, i.type))
          AND ($deps IS NULL OR list_contains($deps, i.department_id))
    ),
    agg AS (SELECT period_start, grp, {aggregate} AS value FROM kept GROUP BY ALL),
    groups AS ({_GROUPS[by]})
    SELECT p.period_start, p.period, g.grp AS "group",
           {value.replace(aggregate, "a.value")} AS value
    FROM periods p CROSS JOIN groups g
    LEFT JOIN agg a ON a.period_start = p.period_start AND a.grp = g.grp
    ORDER BY p.period_start, g.ord
    """


def series(
    con: duckdb.DuckDBPyConnection,
    measure: str,
    *,
    grain: str = "year",
    by: str | None = None,
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
    types: list[str] | tuple[str, ...] | None = None,
    departments: list[str] | tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """period_start (a date), period (its label: 2016-01, 2016Q1, 2016H1, 2016), group, value —
    one row per period and group, oldest first, the readings of the module's docstring. `types`
    and `departments` are the sidebar's filters (None or empty: all)."""
    if measure not in _ITEMS:
        raise ValueError(f"unknown measure {measure!r}: one of {', '.join(MEASURES)}")
    if grain not in GRAINS:
        raise ValueError(f"unknown grain {grain!r}: one of {', '.join(GRAINS)}")
    if by not in breakdowns(measure):
        raise ValueError(f"{measure} has no breakdown {by!r}: one of {breakdowns(measure)}")
    today = today or dt.date.today()
    params = {
        "start": start,
        "end": end or today,
        "today": today,
        "grain": grain,
        "types": list(types or NETWORK_TYPES),
        "deps": list(departments) if departments else None,
    }
    if measure == "load_hours":  # the load model's spans, cut by the periods' days
        params |= {"first": _EARLIEST, "last": params["end"], "no_end": NO_END}
        params |= dict.fromkeys(("roles", "networks", "persons"))
    if measure == "rc_index":
        params["min"] = min_respondents(con)
    sql = _sql(measure, by, departments=by in ("department", "directorate") or bool(departments))
    used = set(re.findall(r"\$(\w+)", sql))  # DuckDB refuses a parameter the query lacks
    frame = con.execute(sql, {k: v for k, v in params.items() if k in used}).df()
    frame["period_start"] = pd.to_datetime(frame["period_start"]).dt.date
    if measure in AVERAGES:
        frame["value"] = frame["value"].astype(object).where(frame["value"].notna(), None)
    elif measure in FLOATS:
        frame["value"] = frame["value"].astype(float)
    else:
        frame["value"] = frame["value"].astype("int64")
    return frame[SERIES_COLUMNS]


# --- Reading a series: stacking, the wide table, two periods side by side -------------------------
LEVELS = ("rc_index", "pool_size")  # a level in each period (a mean, a stock), not a count in it
FLOWS = ("networks_started", "solutions_implemented", "load_hours")  # add up over periods
# The breakdowns whose groups split a measure's items (each item in at most one group), so the
# groups' values add up to at most the 'alle' value: a network has one type but members in
# several departments; a person has one department but may be in networks of several types.
_SPLITS = {
    "networks_started": ("type",),
    "networks_running": ("type",),
    "participants": ("department", "directorate"),
    "external_members": (),
    "load_hours": ("type", "department", "directorate"),
    "rc_index": (),
    "solutions_implemented": ("type", "department", "directorate"),
    "pool_size": ("department", "directorate"),
}


def kind(measure: str) -> str:
    """How two ranges of years read a measure: 'flows' add up over the years (a total and a
    per-year average), 'levels' are a mean level, 'counts' are counted anew each year (a
    per-year average; summing the years would count a network or a person again)."""
    return "flows" if measure in FLOWS else "levels" if measure in LEVELS else "counts"


def adds_up(measure: str, by: str | None) -> bool:
    """Whether the groups of `by` split the measure's items, so that stacking them is honest
    (their sum is at most the value of 'alle'; less only for items in no group)."""
    return by is None or (measure not in AVERAGES and by in _SPLITS[measure])


def has_values(frame: pd.DataFrame) -> bool:
    """Whether some period of a series has a value other than 0 or empty (an `rc_index` with
    no wave in the window, or a count of nothing, has none)."""
    return bool(pd.to_numeric(frame["value"], errors="coerce").fillna(0).ne(0).any())


def wide(frame: pd.DataFrame, second: pd.DataFrame | None = None) -> pd.DataFrame:
    """A series as a table: one row per period (`period`, its label), one column per group in
    the series' order, and `second` (another measure's series over the same periods, without
    breakdown) as the column 'second'. Counts stay whole numbers, decimals are rounded to 2
    places, an empty `rc_index` period stays empty."""
    groups = list(dict.fromkeys(frame["group"]))
    table = frame.pivot(index="period_start", columns="group", values="value")
    out = pd.DataFrame({"period": frame.drop_duplicates("period_start")["period"].to_numpy()})
    for group in groups:
        out[group] = _column(table[group], frame["value"])
    if second is not None:
        out["second"] = _column(
            second.set_index("period_start")["value"].reindex(table.index), second["value"]
        )
    return out


def _column(values: pd.Series, like: pd.Series):
    """A table column: whole numbers when the series counts, else rounded to 2 places."""
    if pd.api.types.is_integer_dtype(like):
        return pd.array(values.to_numpy(), dtype="Int64")
    return pd.to_numeric(values, errors="coerce").round(2).to_numpy()


def compare_ranges(
    frame: pd.DataFrame, measure: str, first: tuple[int, int], second: tuple[int, int]
) -> pd.DataFrame:
    """Two ranges of years side by side, per group, from a yearly series (`grain='year'`):
    group, first, second, change (second − first) and, for the measures that add up over time
    (FLOWS), first_total and second_total. `first`/`second` are the per-year average: the mean
    of the range's yearly values — the count per year for counts, the mean level for LEVELS;
    a year without a value (`rc_index` without a wave) is left out of the mean; a range with no
    value is empty (NaN)."""
    years = pd.Series([d.year for d in frame["period_start"]], index=frame.index)
    values = pd.to_numeric(frame["value"], errors="coerce")
    order = list(dict.fromkeys(frame["group"]))
    out = pd.DataFrame({"group": order})
    for name, (a, b) in (("first", first), ("second", second)):
        inside = values[years.between(min(a, b), max(a, b))]
        grouped = inside.groupby(frame.loc[inside.index, "group"])
        out[name] = out["group"].map(grouped.mean()).astype(float)
        if measure in FLOWS:
            out[f"{name}_total"] = out["group"].map(grouped.sum(min_count=1)).astype(float)
    out["change"] = out["second"] - out["first"]
    out[out.columns[1:]] = out[out.columns[1:]].round(2)
    columns = ["group", "first", "second", "change"]
    if measure in FLOWS:
        columns += ["first_total", "second_total"]
    return out[columns]


def empty_ranges(
    compared: pd.DataFrame, first: tuple[int, int], second: tuple[int, int]
) -> list[tuple[int, int]]:
    """The ranges of `compare_ranges` without a value in any group (the RC index before the
    first wave)."""
    return [
        years
        for column, years in (("first", first), ("second", second))
        if compared[column].isna().all()
    ]


def generation_years(
    con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None
) -> pd.DataFrame:
    """generation, first_year, last_year — the years in which each generation's networks
    started (NS1 2013, NS2 2014–2015, NS3 from 2016 in the seeds' history), up to today (a
    planned start is not a year of the generation yet), oldest generation first."""
    return con.execute(
        """
        SELECT generation, year(min(start_date)) AS first_year,
               year(max(start_date)) AS last_year
        FROM network
        WHERE start_date <= ?
        GROUP BY generation
        ORDER BY generation
        """,
        [today or dt.date.today()],
    ).df()


def default_ranges(
    generations: pd.DataFrame, today: dt.date
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two ranges of years to compare first: the last two generations' years (NS2 and NS3),
    the latest running to today's year; with one generation, its years split in two halves
    (the earlier half one year longer); None without networks."""
    if generations.empty:
        return None
    last = (int(generations["first_year"].iloc[-1]), today.year)
    if len(generations) >= 2:
        before = generations.iloc[-2]
        return (int(before["first_year"]), int(before["last_year"])), last
    middle = (last[0] + last[1]) // 2
    if middle == last[1]:  # one year only: the same year twice
        return last, last
    return (last[0], middle), (middle + 1, last[1])


def group_names(con: duckdb.DuckDBPyConnection, by: str | None) -> dict[str, str]:
    """{group: name} of the department and directorate breakdowns, every group in the order the
    series lists them (by id), whatever the filters; {} for the other breakdowns, whose names
    are Danish labels (data.labels)."""
    sql = _GROUP_NAMES.get(by)
    return dict(con.execute(sql).fetchall()) if sql else {}


_GROUP_NAMES = {
    "department": "SELECT id, name FROM department ORDER BY id",
    "directorate": "SELECT id, name FROM directorate ORDER BY id",
}


def year_choices(generations: pd.DataFrame, today: dt.date) -> list[int]:
    """The years a range can be picked from: the first network's year to today's year."""
    first = int(generations["first_year"].min()) if len(generations) else today.year
    return list(range(first, today.year + 1))


def ranges(
    con: duckdb.DuckDBPyConnection,
    measure: str,
    first: tuple[int, int],
    second: tuple[int, int],
    *,
    by: str | None = None,
    today: dt.date | None = None,
    types: list[str] | tuple[str, ...] | None = None,
    departments: list[str] | tuple[str, ...] | None = None,
) -> pd.DataFrame:
    """Two ranges of years side by side (`compare_ranges`) from the yearly series over both,
    up to today."""
    today = today or dt.date.today()
    years = (*first, *second)
    frame = series(
        con,
        measure,
        grain="year",
        by=by,
        start=dt.date(min(years), 1, 1),
        end=min(dt.date(max(years), 12, 31), today),
        today=today,
        types=types,
        departments=departments,
    )
    return compare_ranges(frame, measure, first, second)
