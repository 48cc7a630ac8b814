"""The leader pipeline (DESIGN.md §6 "The leader pipeline"): who could lead a network, who leads
one now, who is free.

NS3 (seed 002, 'Netværksledelse'): "er man netværksleder, når man har netværksledelse på
diplomniveau og når man har drevet netværk tidligere – enten som netværksleder eller co-driver";
'Co-driver': "er co-driving et led i at blive netværksleder". The pool is everyone on that path:
trained, or already leading or co-driving.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.load import LOOKAHEAD_WEEKS, person_weeks
from data.labels import ENUM_LABELS, LeaderMsg, fmt_date

LEADER_POOL_COLUMNS = ["person_id", "name", "department_id", "qualified", "leading", "free"]


def leader_pool(
    con: duckdb.DuckDBPyConnection, on: dt.date, *, today: dt.date | None = None
) -> pd.DataFrame:
    """person_id, name, department_id, qualified, leading, free — one row per employee with a
    leader diploma or a co-driver training dated on or before `on`, or a `network_leader` or
    `co_driver` role in a network that started on or before `on`; by name, then id.

    - `qualified`: a diploma dated on or before `on` and a `network_leader` or `co_driver` role in
      a network that started before `on` (the `leader_qualified` reading; the network the person
      leads now counts when it started before `on`). A network starting on `on` itself does not
      count yet. One definition with `series('pool_size')`: the macro `ns_qualified_since`.
    - `leading`: network leader on `on` (the role's span, `ns_holds_on`: an empty `to_date` =
      the network's end) of a network running on `on` (the portfolio reading, `ns_runs_on`: to
      its end_date, or to today while it has none, never past today — so on a day after today
      nobody is leading, and every qualified person is free).
    - `free` = qualified and not leading.
    """
    return con.execute(
        """
        WITH led AS (
            SELECT ra.person_id, ra.role, ra.from_date, ra.to_date,
                   n.start_date, n.end_date
            FROM role_assignment ra JOIN network n ON n.id = ra.network_id
            WHERE ra.role IN ('network_leader', 'co_driver')
        ),
        pool AS (
            SELECT p.id AS person_id, p.name, p.department_id,
                   coalesce(q.qualified_from <= $on, false) AS qualified,
                   EXISTS (SELECT 1 FROM led
                           WHERE led.person_id = p.id AND led.role = 'network_leader'
                             AND ns_runs_on(led.start_date, led.end_date, $on, $today)
                             AND ns_holds_on(led.from_date, led.to_date, led.start_date,
                                             led.end_date, $on)) AS "leading"
            FROM person p LEFT JOIN ns_qualified_since() q ON q.person_id = p.id
            WHERE p.kind = 'employee'
              AND (p.leader_diploma_on <= $on OR p.co_driver_trained_on <= $on
                   OR EXISTS (SELECT 1 FROM led WHERE led.person_id = p.id
                                                  AND led.start_date <= $on))
        )
        SELECT *, qualified AND NOT "leading" AS free FROM pool
        ORDER BY name, person_id
        """,
        {"on": on, "today": today or dt.date.today()},
    ).df()[LEADER_POOL_COLUMNS]


# --- Participation and outside perspectives -------------------------------------------------------
PARTICIPATION_COLUMNS = [
    "department_id",
    "department",
    "employees",
    "participants",
    "share",
    "repeat",
]


def participation(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date | None = None,
    *,
    grain: str = "year",
    today: dt.date | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """How broadly the employees take part (NS3, seed 002: networks "på tværs af faggrupper i
    organisationen"), from `start` to `end` (default today). Two frames:

    - per period: period_start, period, department_id, department, employees, participants
      (distinct employees of the department who were members in the period: the `series`
      reading of `participants`), share (participants / employees), new (of those, the ones
      in no network in an earlier period of the window), repeat (the others);
    - over the whole window, one row per department (PARTICIPATION_COLUMNS): participants =
      distinct employees who have been members at any time in the window, share, repeat = of
      those, the ones who were members of two networks or more.

    `employees` is the department's employees in the person table today: the register keeps no
    history of employment, so the share of an earlier year is read against today's staff (an
    assumption the page says). Members: network leader, co-driver, participant (`ns_is_member`),
    a role counting while it overlaps the network's run (`ns_member_spans`)."""
    params = {"start": start, "end": end or today or dt.date.today()}
    params["today"] = today or dt.date.today()
    staff = """
        staff AS (
            SELECT d.id AS department_id, d.name AS department,
                   count(pe.id) FILTER (WHERE pe.kind = 'employee') AS employees
            FROM department d LEFT JOIN person pe ON pe.department_id = d.id
            GROUP BY ALL
        ),
        spans AS (
            SELECT * FROM ns_member_spans($today)
            WHERE kind = 'employee' AND department_id IS NOT NULL
              AND greatest(span_from, $start) <= least(span_to, $end)
        )
    """
    per_period = con.execute(
        f"""
        WITH {staff},
        periods AS (SELECT * FROM ns_periods($start, $end, $grain)),
        took_part AS (
            SELECT DISTINCT p.period_start, p.period, s.person_id, s.department_id
            FROM spans s JOIN periods p
              ON greatest(s.span_from, p.p_first) <= least(s.span_to, p.p_last)
        ),
        first_time AS (SELECT person_id, min(period_start) AS first FROM took_part GROUP BY 1),
        counted AS (
            SELECT t.period_start, t.department_id, count(*) AS participants,
                   count(*) FILTER (WHERE f.first = t.period_start) AS new
            FROM took_part t JOIN first_time f USING (person_id)
            GROUP BY ALL
        )
        SELECT p.period_start, p.period, st.department_id, st.department, st.employees,
               coalesce(c.participants, 0) AS participants,
               coalesce(c.participants, 0) / nullif(st.employees, 0) AS share,
               coalesce(c.new, 0) AS new,
               coalesce(c.participants - c.new, 0) AS repeat
        FROM periods p CROSS JOIN staff st
        LEFT JOIN counted c
          ON c.period_start = p.period_start AND c.department_id = st.department_id
        ORDER BY p.period_start, st.department_id
        """,
        params | {"grain": grain},
    ).df()
    whole = con.execute(
        f"""
        WITH {staff},
        people AS (
            SELECT person_id, department_id, count(DISTINCT network_id) AS networks
            FROM spans GROUP BY ALL
        ),
        counted AS (
            SELECT department_id, count(*) AS participants,
                   count(*) FILTER (WHERE networks >= 2) AS repeat
            FROM people GROUP BY 1
        )
        SELECT st.department_id, st.department, st.employees,
               coalesce(c.participants, 0) AS participants,
               coalesce(c.participants, 0) / nullif(st.employees, 0) AS share,
               coalesce(c.repeat, 0) AS repeat
        FROM staff st LEFT JOIN counted c USING (department_id)
        ORDER BY st.department_id
        """,
        params,
    ).df()
    per_period["period_start"] = pd.to_datetime(per_period["period_start"]).dt.date
    return per_period, whole[PARTICIPATION_COLUMNS]


def external_involvement(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date | None = None,
    *,
    per_network: bool = True,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """network_id, network, type, year, kind, people — per network and year from `start` to
    `end` (default today), the distinct members who are not employees (citizens, businesses,
    knowledge institutions, associations, politicians), by kind (seed 003: "flere eksterne
    perspektiver"; seed 002: "inddragelse af nye perspektiver"); a member counts in a year their
    role overlaps within the network's run. Only networks and years with such members; by year,
    network, kind. Not `per_network`: year, kind, people — distinct people over all networks."""
    today = today or dt.date.today()
    keys = "s.network_id, n.name AS network, s.type, " if per_network else ""
    return con.execute(
        f"""
        SELECT {keys}year(p.period_start) AS year, s.kind,
               count(DISTINCT s.person_id) AS people
        FROM ns_member_spans($today) s
        JOIN network n ON n.id = s.network_id
        JOIN ns_periods($start, $end, 'year') p
          ON greatest(s.span_from, p.p_first) <= least(s.span_to, p.p_last)
        WHERE s.kind <> 'employee'
        GROUP BY ALL
        ORDER BY ALL
        """,
        {"start": start, "end": end or today, "today": today},
    ).df()


# --- The pool over time, and who could lead -------------------------------------------------------
# Who is on the path to leading, from which day: a diploma, a co-driver training, or the start of
# a network led or co-driven (the rows of `leader_pool`).
_POOL_SINCE = """
    pool_since AS (
        SELECT p.id AS person_id,
               least(p.leader_diploma_on, p.co_driver_trained_on,
                     (SELECT min(n.start_date) FROM role_assignment ra
                      JOIN network n ON n.id = ra.network_id
                      WHERE ra.person_id = p.id
                        AND ra.role IN ('network_leader', 'co_driver'))) AS pool_from
        FROM person p WHERE p.kind = 'employee'
    )
"""


def pool_over_time(
    con: duckdb.DuckDBPyConnection,
    *,
    grain: str = "half_year",
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """period_start, period, in_pool, qualified, leading, free — `leader_pool` counted on each
    period's last day (the current period's last day is `end`, default today), from `start`
    (default the first network's start): NS3's "pulje af professionelle netværksledere" (seed
    002) as it grew. `leading` counts the qualified who lead then (the ones not free)."""
    today = today or dt.date.today()
    frame = con.execute(
        f"""
        WITH {_POOL_SINCE},
        periods AS (
            SELECT * FROM ns_periods(coalesce($start, (SELECT min(start_date) FROM network)),
                                     $end, $grain)
        ),
        leaders AS (
            SELECT DISTINCT p.period_start, ra.person_id
            FROM role_assignment ra JOIN network n ON n.id = ra.network_id
            JOIN periods p
              ON ns_runs_on(n.start_date, n.end_date, p.p_last, $today)
             AND ns_holds_on(ra.from_date, ra.to_date, n.start_date, n.end_date, p.p_last)
            WHERE ra.role = 'network_leader'
        ),
        counted AS (
            SELECT p.period_start,
                   count(*) FILTER (WHERE s.pool_from <= p.p_last) AS in_pool,
                   count(*) FILTER (WHERE q.qualified_from <= p.p_last) AS qualified,
                   count(*) FILTER (WHERE q.qualified_from <= p.p_last AND l.person_id IS NOT NULL)
                       AS "leading"
            FROM periods p CROSS JOIN pool_since s
            LEFT JOIN ns_qualified_since() q ON q.person_id = s.person_id
            LEFT JOIN leaders l ON l.period_start = p.period_start AND l.person_id = s.person_id
            GROUP BY 1
        )
        SELECT p.period_start, p.period, coalesce(c.in_pool, 0) AS in_pool,
               coalesce(c.qualified, 0) AS qualified, coalesce(c."leading", 0) AS "leading",
               coalesce(c.qualified - c."leading", 0) AS free
        FROM periods p LEFT JOIN counted c USING (period_start)
        ORDER BY p.period_start
        """,
        {"start": start, "end": end or today, "today": today, "grain": grain},
    ).df()
    frame["period_start"] = pd.to_datetime(frame["period_start"]).dt.date
    return frame


CANDIDATE_COLUMNS = [
    "person_id",
    "name",
    "department",
    "qualified",
    "trained",
    "led_before",
    "co_drove_before",
    "busy",
    "peak_hours",
    "fits",
]


def candidates(
    con: duckdb.DuckDBPyConnection,
    on: dt.date,
    network_type: str,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """Who could lead a network of `network_type` starting on `on` — every row of
    `leader_pool(con, on)` with CANDIDATE_COLUMNS, the best first:

    - `qualified` as in `leader_pool`; `trained`: a co-driver training on or before `on`;
      `led_before` / `co_drove_before`: networks led / co-driven that started before `on`;
    - `busy`: network leader, on `on`, of a network the plan still runs then (`ns_planned_in`:
      to its end_date, else to its planned end or at least today — on a day ahead the plan is
      what tells, where `leader_pool` reads only what is);
    - `peak_hours`: the person's most network hours in a week of the 8 weeks from `on`'s Monday
      (the load model, DESIGN.md §6 "Load", forecast included);
    - `fits`: may lead the type (NS3, seed 002 'Netværksledelse': welfare and innovation need a
      qualified leader; "kan uprøvede netværksledere dog godt være leder for et
      læringsnetværk") and is not busy.

    Order: fits first, then qualified, then the lightest load, then name."""
    today = today or dt.date.today()
    pool = con.execute(
        f"""
        WITH {_POOL_SINCE},
        roles AS (
            SELECT ra.person_id, ra.role, ra.from_date, ra.to_date, n.start_date, n.end_date,
                   n.planned_end
            FROM role_assignment ra JOIN network n ON n.id = ra.network_id
            WHERE ra.role IN ('network_leader', 'co_driver')
        )
        SELECT pe.id AS person_id, pe.name, d.name AS department,
               coalesce(q.qualified_from <= $on, false) AS qualified,
               coalesce(pe.co_driver_trained_on <= $on, false) AS trained,
               (SELECT count(*) FROM roles r WHERE r.person_id = pe.id
                  AND r.role = 'network_leader' AND r.start_date < $on) AS led_before,
               (SELECT count(*) FROM roles r WHERE r.person_id = pe.id
                  AND r.role = 'co_driver' AND r.start_date < $on) AS co_drove_before,
               EXISTS (SELECT 1 FROM roles r WHERE r.person_id = pe.id
                         AND r.role = 'network_leader'
                         AND ns_planned_in(r.start_date, r.end_date, r.planned_end, $on, $on,
                                           $today)
                         AND ns_holds_on(r.from_date, r.to_date, r.start_date, r.end_date, $on))
                   AS busy
        FROM pool_since s
        JOIN person pe ON pe.id = s.person_id
        LEFT JOIN department d ON d.id = pe.department_id
        LEFT JOIN ns_qualified_since() q ON q.person_id = pe.id
        WHERE s.pool_from <= $on
        """,
        {"on": on, "today": today},
    ).df()
    weeks = person_weeks(
        con,
        on,
        on + dt.timedelta(weeks=LOOKAHEAD_WEEKS - 1),
        person_ids=list(pool["person_id"]) or ["-"],
    )
    peak = weeks.groupby("person_id")["hours"].max()
    pool["peak_hours"] = pool["person_id"].map(peak).fillna(0.0).astype(float)
    may_lead = pool["qualified"] | (network_type == "learning")
    pool["fits"] = may_lead & ~pool["busy"]
    pool = pool.sort_values(
        ["fits", "qualified", "peak_hours", "name", "person_id"],
        ascending=[False, False, True, True, True],
    )
    return pool[CANDIDATE_COLUMNS].reset_index(drop=True)


def plan_leader_warnings(con: duckdb.DuckDBPyConnection, planned: dict) -> list[str]:
    """The Ressourcetræk planner's candidate networks (`planned`, DESIGN.md §5) whose picked
    network leader may not lead that type on its start (NS3, seed 002 'Netværksledelse':
    welfare and innovation need a diploma and an earlier network as leader or co-driver; a
    learning network may have an untested leader): one Danish sentence each."""
    networks = planned.get("network")
    roles = planned.get("role_assignment")
    if networks is None or roles is None or networks.empty:
        return []
    leaders = roles[roles["role"] == "network_leader"].merge(
        networks, left_on="network_id", right_on="id"
    )
    leaders = leaders[leaders["type"] != "learning"]
    known = con.execute(
        """SELECT pe.id AS person_id, pe.name AS person, q.qualified_from
           FROM person pe LEFT JOIN ns_qualified_since() q ON q.person_id = pe.id
           WHERE list_contains($ids, pe.id)""",
        {"ids": list(leaders["person_id"])},
    ).df()
    leaders = leaders.merge(known, on="person_id", how="left")
    qualified = pd.to_datetime(leaders["qualified_from"]) <= pd.to_datetime(leaders["start_date"])
    unqualified = leaders[~qualified]
    return [
        LeaderMsg.not_qualified.format(
            person=person if isinstance(person, str) else person_id,
            network=network,
            type=ENUM_LABELS["network_type"][network_type].lower(),
            day=fmt_date(pd.Timestamp(start).date()),
        )
        for person_id, person, network, network_type, start in zip(
            unqualified["person_id"],
            unqualified["person"],
            unqualified["name"],
            unqualified["type"],
            unqualified["start_date"],
            strict=True,
        )
    ]


# --- Paths, cohorts and returns ------------------------------------------------------------------
DAYS_PER_MONTH = 365.25 / 12  # months between two days, to one decimal


def co_driver_paths(
    con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None
) -> pd.DataFrame:
    """person_id, name, department, co_network, co_from, led_network, led_from, months — one
    row per employee who has co-driven a network (NS3, seed 002 'Co-driver': "er co-driving et
    led i at blive netværksleder"): the first network co-driven (`co_from` = the day the role
    began) and the first network the person led that began after it (empty when none yet),
    with the months between the two beginnings (days / 30.44, one decimal). Roles beginning
    after today are not yet a path. By co_from, then name."""
    return con.execute(
        f"""
        WITH roles AS (
            SELECT ra.person_id, ra.role, ra.network_id,
                   greatest(coalesce(ra.from_date, n.start_date), n.start_date) AS began
            FROM role_assignment ra JOIN network n ON n.id = ra.network_id
            WHERE ra.role IN ('network_leader', 'co_driver')
        ),
        first_co AS (
            SELECT person_id, arg_min(network_id, began) AS co_network, min(began) AS co_from
            FROM roles WHERE role = 'co_driver' AND began <= $today GROUP BY 1
        ),
        first_led AS (
            SELECT f.person_id, arg_min(r.network_id, r.began) AS led_network,
                   min(r.began) AS led_from
            FROM first_co f JOIN roles r
              ON r.person_id = f.person_id AND r.role = 'network_leader'
             AND r.began > f.co_from AND r.began <= $today
            GROUP BY 1
        )
        SELECT pe.id AS person_id, pe.name, d.name AS department, f.co_network, f.co_from,
               l.led_network, l.led_from,
               round(date_diff('day', f.co_from, l.led_from) / {DAYS_PER_MONTH}, 1) AS months
        FROM first_co f
        JOIN person pe ON pe.id = f.person_id AND pe.kind = 'employee'
        LEFT JOIN department d ON d.id = pe.department_id
        LEFT JOIN first_led l USING (person_id)
        ORDER BY f.co_from, pe.name, pe.id
        """,
        {"today": today or dt.date.today()},
    ).df()


def path_summary(paths: pd.DataFrame) -> dict:
    """co_drivers, later_led, share (later_led / co_drivers, None without co-drivers),
    median_months (None when nobody has led yet) — of a `co_driver_paths` frame."""
    led = paths["led_network"].notna()
    return {
        "co_drivers": len(paths),
        "later_led": int(led.sum()),
        "share": float(led.mean()) if len(paths) else None,
        "median_months": float(paths.loc[led, "months"].median()) if led.any() else None,
    }


# NS3's rhythm of co-driver training (seed 002, 'Kompetenceudvikling': "afholdes uddannelse hvert
# 1½ år for mellem 12-15 co-drivere") — an assumption the page lets the user change.
TRAINING_EVERY_MONTHS = 18
COHORT_SIZE = (12, 15)


def training_cohorts(
    con: duckdb.DuckDBPyConnection,
    *,
    every_months: float = TRAINING_EVERY_MONTHS,
    size: tuple[int, int] = COHORT_SIZE,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """trained_on, size, months_since_previous, off_rhythm_months, size_in_band, co_drove_since,
    led_since — the co-driver trainings (employees' `co_driver_trained_on`, one cohort per
    date, on or before today), oldest first: the months since the cohort before (days / 30.44,
    one decimal; empty for the first), how far that is from the rhythm `every_months`
    (positive: later than the rhythm), whether the size lies in `size`, and how many of the
    cohort have since co-driven / led a network that began after the training."""
    frame = con.execute(
        f"""
        WITH trained AS (
            SELECT pe.id, pe.co_driver_trained_on AS trained_on,
                   EXISTS (SELECT 1 FROM role_assignment ra JOIN network n ON n.id = ra.network_id
                           WHERE ra.person_id = pe.id AND ra.role = 'co_driver'
                             AND coalesce(ra.from_date, n.start_date) >= pe.co_driver_trained_on
                             AND n.start_date <= $today) AS co_drove,
                   EXISTS (SELECT 1 FROM role_assignment ra JOIN network n ON n.id = ra.network_id
                           WHERE ra.person_id = pe.id AND ra.role = 'network_leader'
                             AND coalesce(ra.from_date, n.start_date) >= pe.co_driver_trained_on
                             AND n.start_date <= $today) AS led
            FROM person pe
            WHERE pe.kind = 'employee' AND pe.co_driver_trained_on <= $today
        ),
        cohorts AS (
            SELECT trained_on, count(*) AS size, count(*) FILTER (WHERE co_drove) AS co_drove_since,
                   count(*) FILTER (WHERE led) AS led_since
            FROM trained GROUP BY 1
        )
        SELECT trained_on, size,
               round(date_diff('day', lag(trained_on) OVER (ORDER BY trained_on), trained_on)
                     / {DAYS_PER_MONTH}, 1) AS months_since_previous,
               co_drove_since, led_since
        FROM cohorts ORDER BY trained_on
        """,
        {"today": today or dt.date.today()},
    ).df()
    frame["off_rhythm_months"] = (frame["months_since_previous"] - every_months).round(1)
    frame["size_in_band"] = frame["size"].between(*size)
    columns = ["trained_on", "size", "months_since_previous", "off_rhythm_months", "size_in_band"]
    return frame[[*columns, "co_drove_since", "led_since"]]


def next_training(cohorts: pd.DataFrame, every_months: int = TRAINING_EVERY_MONTHS):
    """The day the rhythm puts the next training: the last cohort's day + `every_months`
    calendar months (None without cohorts)."""
    if cohorts.empty:
        return None
    return (pd.Timestamp(cohorts["trained_on"].max()) + pd.DateOffset(months=every_months)).date()


def repeat_leaders(
    con: duckdb.DuckDBPyConnection, *, within_months: float = 6, today: dt.date | None = None
) -> pd.DataFrame:
    """person_id, name, ended_network, ended_on, next_network, next_start, months_between —
    network leaders who led again soon after a network they led ended: the next network they
    led that started after that end, within `within_months` (days / 30.44), started by today.
    NS3 (seed 002, 'Netværksledelse') counts on leaders giving their time "afhængigt af bl.a.
    timing ift. basisopgaver": a quick return is worth seeing. By ended_on, then name."""
    return con.execute(
        f"""
        WITH led AS (
            SELECT ra.person_id, n.id, n.start_date, n.end_date
            FROM role_assignment ra JOIN network n ON n.id = ra.network_id
            WHERE ra.role = 'network_leader' AND n.start_date <= $today
        ),
        again AS (
            SELECT a.person_id, a.id AS ended_network, a.end_date AS ended_on,
                   b.id AS next_network, b.start_date AS next_start,
                   round(date_diff('day', a.end_date, b.start_date) / {DAYS_PER_MONTH}, 1)
                       AS months_between
            FROM led a JOIN led b
              ON b.person_id = a.person_id AND b.start_date > a.end_date
             AND date_diff('day', a.end_date, b.start_date) <= $within * {DAYS_PER_MONTH}
            WHERE a.end_date <= $today
            QUALIFY row_number() OVER (PARTITION BY a.person_id, a.id
                                       ORDER BY b.start_date, b.id) = 1
        )
        SELECT g.person_id, pe.name, g.ended_network, g.ended_on, g.next_network,
               g.next_start, g.months_between
        FROM again g JOIN person pe ON pe.id = g.person_id
        ORDER BY g.ended_on, pe.name, g.ended_network
        """,
        {"within": within_months, "today": today or dt.date.today()},
    ).df()


def person_networks(con: duckdb.DuckDBPyConnection, person_id: str) -> pd.DataFrame:
    """network_id, network, type, generation, role, from_date, to_date, start_date, end_date —
    every role a person has held, the network leader roles first, then newest first."""
    return con.execute(
        """
        SELECT n.id AS network_id, n.name AS network, n.type, n.generation, ra.role,
               coalesce(ra.from_date, n.start_date) AS from_date,
               coalesce(ra.to_date, n.end_date) AS to_date, n.start_date, n.end_date
        FROM role_assignment ra JOIN network n ON n.id = ra.network_id
        WHERE ra.person_id = $person
        ORDER BY ra.role <> 'network_leader', n.start_date DESC, n.id
        """,
        {"person": person_id},
    ).df()
