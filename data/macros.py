"""The shared meanings, defined once in SQL: DuckDB macros created with the schema (and by
migration 3 in an older file), so every query of analytics/ names them instead of pasting its
own copy, and any query can be run as it stands in the DuckDB shell on the database file.

- `ns_half_year(day)`, `ns_period_start(day, grain)`: the calendar of `data.calendar`.
- `ns_run_end(end_date, today)`: the last day a network runs (DESIGN.md §6: to `end_date`, or to
  today while it has none, never past today); `ns_runs_on(...)`, `ns_runs_in(...)` test a day or a
  period against that run.
- `ns_planned_in(...)`: the plan's reading for lists and the sidebar's period: a network also
  counts from its start to its planned end when that lies ahead (a planned network shows up).
- `ns_is_member(role)`: network leader, co-driver or participant — reference leaders and staff
  managers are links to the base organisation, not members (DESIGN.md §6, `cross_cutting`).
- `ns_in_scope(network_id, type, types, deps)`: a network of one of `types` with, unless `deps`
  is NULL, a member from one of the departments `deps` (the sidebar's scope, analytics.scope).
- `ns_forecast_on(start_date, end_date, planned_end, day)`: the plan's forecast of a day ahead:
  a network runs to its end_date, else its planned end, else on (the load model's and the mix
  check's reading; seed 002 'Forløb og ressourcetræk').
- `ns_holds_on(from_date, to_date, start_date, end_date, day)`: a role's span covers `day`; an
  empty `from_date` is the network's start, an empty `to_date` its end or open (seed 002).
- `ns_member_on(role, from_date, to_date, start_date, end_date, day)`: a member on `day`.
- `ns_period_label(period_start, grain)`: a period's stored label (`data.calendar.period_label`).
- `ns_periods(first_day, last_day, grain)`: table of every `grain` period from the one holding
  `first_day` to the one holding `last_day` (DESIGN.md §6 "Trends"): `period_start`, `period`
  (its label), and `p_first`, `p_last`: the period's days inside [first_day, last_day].
- `ns_member_spans(today)`: table of every member role (`ns_is_member`) with its network's type
  and the person's kind and department, and `span_from`, `span_to`: the role's days inside the
  network's run (empty `from_date` = the start, empty `to_date` = open; the run as `ns_run_end`).
  A role that lies outside the run has `span_from` > `span_to`.
- `ns_weekdays(first, last)`: the weekdays (Monday–Friday) in [first, last]; 0 when last < first.
- `ns_qualified_since()`: table of employees who are qualified network leaders and the first day
  they are (DESIGN.md §6 "The leader pipeline": a diploma dated on or before the day, and a
  `network_leader` or `co_driver` role in a network that started before it; seed 002
  'Netværksledelse'): `person_id`, `qualified_from` = the later of the diploma and the day after
  the first such network's start.
- `ns_in_window(day, since, until)`: since < day ≤ until (what changed after a meeting, up to
  and including the next: analytics.meeting.changes).
- `ns_judged(generation, start_date, rules_from)`: the networks the NS3 rules judge
  (generation NS3, started on or after the setting `rules_from`).
- `ns_shelf_reason(status, status_on, handed_over_on, today, shelf_days)`: why a solution is
  on the shelf — 'on_shelf' (marked so) or 'waiting' (still `handed_over` more than `shelf_days`
  after its last status: the rule `solution_on_shelf`, seed 004 'At give en gave') — else NULL.
- `ns_theme_type(...)`: the network type a theme's criteria point to, from NS3's type
  definitions (seed 002, 'Definition af netværkstyper'): welfare = "borgernær velfærd ...
  relationel koordinering mellem afdelinger" (citizen welfare + cross-cutting); learning =
  "generere viden" with "andre aktører fra det omkringliggende samfund" (learning + new
  perspectives); innovation = "radikal innovation" (innovation + complexity). Ties go to
  welfare, then learning.
- `ns_judged_runs(rules_from, today)`: table of judged networks that have started, with
  `run_from` and `run_to` (the rules' view of a run).

The macros are (re)created on every writable open (`data.db.connect`), so a file always has this
code's definitions; a read-only open of a file without them gets them as TEMP macros. Statements
are split at ';', so none may hold a ';' of its own.
"""

from __future__ import annotations

import re

import duckdb

MACROS = """
CREATE OR REPLACE MACRO ns_half_year(day) AS
    CAST(year(day) AS VARCHAR) || CASE WHEN month(day) <= 6 THEN 'H1' ELSE 'H2' END;

CREATE OR REPLACE MACRO ns_period_start(day, grain) AS
    CASE grain
        WHEN 'month' THEN make_date(year(day), month(day), 1)
        WHEN 'quarter' THEN make_date(year(day), (month(day) - 1) // 3 * 3 + 1, 1)
        WHEN 'half_year' THEN make_date(year(day), CASE WHEN month(day) <= 6 THEN 1 ELSE 7 END, 1)
        ELSE make_date(year(day), 1, 1)
    END;

CREATE OR REPLACE MACRO ns_period_label(period_start, grain) AS
    CASE grain
        WHEN 'month' THEN strftime(period_start, '%Y-%m')
        WHEN 'quarter' THEN
            CAST(year(period_start) AS VARCHAR) || 'Q' || CAST(quarter(period_start) AS VARCHAR)
        WHEN 'half_year' THEN ns_half_year(period_start)
        ELSE CAST(year(period_start) AS VARCHAR)
    END;

CREATE OR REPLACE MACRO ns_weekdays_before(day) AS
    5 * (date_diff('day', DATE '1900-01-01', day) // 7)
    + least(date_diff('day', DATE '1900-01-01', day) % 7, 5);

CREATE OR REPLACE MACRO ns_weekdays(first, last) AS
    greatest(ns_weekdays_before(last + 1) - ns_weekdays_before(first), 0);

CREATE OR REPLACE MACRO ns_run_end(end_date, today) AS
    least(coalesce(end_date, today), today);

CREATE OR REPLACE MACRO ns_runs_on(start_date, end_date, day, today) AS
    start_date <= day AND day <= ns_run_end(end_date, today);

CREATE OR REPLACE MACRO ns_runs_in(start_date, end_date, first, last, today) AS
    start_date <= least(last, today) AND ns_run_end(end_date, today) >= first;

CREATE OR REPLACE MACRO ns_planned_in(start_date, end_date, planned_end, first, last, today) AS
    start_date <= last
    AND coalesce(end_date, greatest(today, coalesce(planned_end, start_date))) >= first;

CREATE OR REPLACE MACRO ns_is_member(role) AS
    role IN ('network_leader', 'co_driver', 'participant');

CREATE OR REPLACE MACRO ns_in_scope(nid, network_type, types, deps) AS
    list_contains(types, network_type)
    AND (deps IS NULL OR EXISTS (
        SELECT 1
        FROM role_assignment sra JOIN person sp ON sp.id = sra.person_id
        WHERE sra.network_id = nid AND ns_is_member(sra.role)
          AND list_contains(deps, sp.department_id)));

CREATE OR REPLACE MACRO ns_forecast_on(start_date, end_date, planned_end, day) AS
    start_date <= day AND coalesce(end_date, planned_end, day) >= day;

CREATE OR REPLACE MACRO ns_holds_on(from_date, to_date, start_date, end_date, day) AS
    coalesce(from_date, start_date) <= day
    AND day <= coalesce(to_date, end_date, day);

CREATE OR REPLACE MACRO ns_member_on(role, from_date, to_date, start_date, end_date, day) AS
    ns_is_member(role) AND ns_holds_on(from_date, to_date, start_date, end_date, day);

CREATE OR REPLACE MACRO ns_in_window(day, since, until) AS
    since < day AND day <= until;

CREATE OR REPLACE MACRO ns_judged(generation, start_date, rules_from) AS
    generation = 'NS3' AND start_date >= rules_from;

CREATE OR REPLACE MACRO ns_shelf_reason(status, status_on, handed_over_on, today, shelf_days) AS
    CASE
        WHEN status = 'on_shelf' THEN 'on_shelf'
        WHEN status = 'handed_over'
         AND date_diff('day', coalesce(status_on, handed_over_on), today) > shelf_days
        THEN 'waiting'
    END;

CREATE OR REPLACE MACRO ns_theme_type(citizen_welfare, cross_cutting, learning, new_perspectives,
                                      innovation, complexity) AS
    CASE
        WHEN citizen_welfare + cross_cutting
             >= greatest(learning + new_perspectives, innovation + complexity) THEN 'welfare'
        WHEN learning + new_perspectives >= innovation + complexity THEN 'learning'
        ELSE 'innovation'
    END;

CREATE OR REPLACE MACRO ns_judged_runs(rules_from, today) AS TABLE
    SELECT id, name, type, start_date AS run_from, ns_run_end(end_date, today) AS run_to
    FROM network
    WHERE ns_judged(generation, start_date, rules_from) AND start_date <= today;

CREATE OR REPLACE MACRO ns_periods(first_day, last_day, grain) AS TABLE
    SELECT CAST(t.p AS DATE) AS period_start, ns_period_label(CAST(t.p AS DATE), grain) AS period,
           greatest(CAST(t.p AS DATE), first_day) AS p_first,
           least(CAST(t.p + to_months(g.months) - INTERVAL 1 DAY AS DATE), last_day) AS p_last
    FROM (SELECT CASE grain WHEN 'month' THEN 1 WHEN 'quarter' THEN 3 WHEN 'half_year' THEN 6
                            ELSE 12 END AS months) g,
         unnest(generate_series(ns_period_start(first_day, grain), last_day,
                                to_months(g.months))) AS t(p);

CREATE OR REPLACE MACRO ns_member_spans(today) AS TABLE
    SELECT ra.network_id, ra.person_id, ra.role, n.type, pe.kind, pe.department_id,
           greatest(coalesce(ra.from_date, n.start_date), n.start_date) AS span_from,
           least(coalesce(ra.to_date, n.end_date, today), ns_run_end(n.end_date, today))
               AS span_to
    FROM role_assignment ra
    JOIN network n ON n.id = ra.network_id
    JOIN person pe ON pe.id = ra.person_id
    WHERE ns_is_member(ra.role);

CREATE OR REPLACE MACRO ns_qualified_since() AS TABLE
    SELECT p.id AS person_id,
           greatest(p.leader_diploma_on, min(n.start_date) + 1) AS qualified_from
    FROM person p
    JOIN role_assignment ra ON ra.person_id = p.id AND ra.role IN ('network_leader', 'co_driver')
    JOIN network n ON n.id = ra.network_id
    WHERE p.kind = 'employee' AND p.leader_diploma_on IS NOT NULL
    GROUP BY p.id, p.leader_diploma_on;
"""


def create_macros(con: duckdb.DuckDBPyConnection, *, temporary: bool = False) -> None:
    """(Re)define every macro of this module in the database (`temporary`: for this connection
    only, as a read-only connection needs)."""
    for statement in MACROS.split(";"):
        if statement.strip():
            if temporary:
                statement = statement.replace(
                    "CREATE OR REPLACE MACRO", "CREATE OR REPLACE TEMP MACRO"
                )
            con.execute(statement)


NAMES = tuple(re.findall(r"CREATE OR REPLACE MACRO (\w+)", MACROS))


def has_macros(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the database knows every macro of this module (a file from before schema version
    3 knows none, one written by an older version of this code not the newest)."""
    rows = con.execute(
        "SELECT count(DISTINCT function_name) FROM duckdb_functions()"
        " WHERE list_contains($names, function_name)",
        {"names": list(NAMES)},
    ).fetchall()
    return rows[0][0] == len(NAMES)
