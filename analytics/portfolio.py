"""The portfolio of networks against NS3 (seed 002): starts per half-year, networks running per day,
the mix of types, the departments each network covers, political links, and the rule checks of
DESIGN.md §6 (`rule_findings`).

Readings shared by every question here (DESIGN.md §6):
- A half-year is `YYYYH1` (January–June) or `YYYYH2`, by `start_date`.
- A network *runs* from `start_date` to `end_date`, or to `today` while `end_date` is empty, never
  past `today`.
- The rules judge networks of generation NS3 that started on or after the setting `rules_from`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import duckdb
import pandas as pd

from analytics.networks import (
    MEMBER_ROLES,
    in_period_sql,
    network_filter_params,
    network_filter_sql,
    network_list,
    period_params,
)
from data.db import setting_values, settings
from data.labels import RULE_LABELS, SEVERITY_ORDER, Finding, fmt_date, fmt_days, fmt_half_year
from data.schema import NETWORK_TYPES


def half_year_sql(column: str) -> str:
    """SQL for the half-year ('2016H1') of a date column."""
    return (
        f"(CAST(year({column}) AS VARCHAR)"
        f" || CASE WHEN month({column}) <= 6 THEN 'H1' ELSE 'H2' END)"
    )


def half_year(day: dt.date) -> str:
    return f"{day.year}H{1 if day.month <= 6 else 2}"


def half_years(first: dt.date, last: dt.date) -> list[str]:
    """Every half-year from the one holding `first` to the one holding `last`, in order."""
    out, year, h = [], first.year, 1 if first.month <= 6 else 2
    while (year, h) <= (last.year, 1 if last.month <= 6 else 2):
        out.append(f"{year}H{h}")
        year, h = (year, 2) if h == 1 else (year + 1, 1)
    return out


def half_year_bounds(label: str) -> tuple[dt.date, dt.date]:
    year, h = int(label[:4]), label[-1]
    return (
        (dt.date(year, 1, 1), dt.date(year, 6, 30))
        if h == "1"
        else (dt.date(year, 7, 1), dt.date(year, 12, 31))
    )


def next_half_year(today: dt.date) -> str:
    return f"{today.year}H2" if today.month <= 6 else f"{today.year + 1}H1"


# --- Limits from the `setting` table ---------------------------------------------------------
def limits(con: duckdb.DuckDBPyConnection) -> dict:
    """The settings the rules use, typed; a value that does not parse falls back to its default
    (a bad setting must not stop the rule checks)."""
    raw = settings(con)
    keys = (
        "starts_min",
        "starts_max",
        "learning_per_half_year",
        "welfare_min",
        "welfare_max",
        "innovation_max_running",
        "shelf_days",
    )
    severities = {
        rule: raw.get(f"severity_{rule}", default)
        if raw.get(f"severity_{rule}") in (*SEVERITY_ORDER, "off")
        else default
        for rule, (default, _) in RULES.items()
    }
    typed = setting_values(con)
    return {
        "rules_from": typed["rules_from"],
        **{k: typed[k] for k in keys},
        "severity": severities,
    }


# --- Portfolio over time ---------------------------------------------------------------------
def starts_per_half_year(
    con: duckdb.DuckDBPyConnection,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
) -> pd.DataFrame:
    """half_year ('2016H1'), type, started, generation — every half-year from the first start to
    the last (planned starts included), every type, zeros included."""
    frame = con.execute(
        f"""
        SELECT {half_year_sql("n.start_date")} AS half_year, n.type, n.generation
        FROM network n
        WHERE {network_filter_sql()}
        """,
        network_filter_params(types, department_ids),
    ).df()
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


def mix_shares(
    con: duckdb.DuckDBPyConnection,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
) -> pd.DataFrame:
    """half_year, type, started, share — each type's share of the half-year's starts (0 when
    nothing started)."""
    frame = starts_per_half_year(con, types, department_ids)
    total = frame.groupby("half_year")["started"].transform("sum")
    frame["share"] = (frame["started"] / total.where(total > 0)).fillna(0.0)
    return frame


def running_per_day(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """day, type, running — networks running on each day of [start, min(end, today)], every
    type on every day (zeros included)."""
    return con.execute(
        f"""
        WITH runs AS (
            SELECT n.type, n.start_date AS run_from,
                   least(coalesce(n.end_date, $today), $today) AS run_to
            FROM network n
            WHERE n.start_date <= $today AND {network_filter_sql()}
        ),
        days AS (
            SELECT CAST(d AS DATE) AS day
            FROM generate_series(CAST($start AS TIMESTAMP),
                                 CAST(least($end, $today) AS TIMESTAMP), INTERVAL 1 DAY) t(d)
        ),
        kinds AS (SELECT unnest($all_types) AS type, generate_subscripts($all_types, 1) AS pos),
        grid AS (SELECT day, type, pos FROM days CROSS JOIN kinds)
        SELECT g.day, g.type, count(r.type) AS running
        FROM grid g LEFT JOIN runs r
          ON r.type = g.type AND g.day BETWEEN r.run_from AND r.run_to
        GROUP BY g.day, g.type, g.pos
        ORDER BY g.day, g.pos
        """,
        {
            **period_params(start, end, types, department_ids, today),
            "all_types": list(NETWORK_TYPES),
        },
    ).df()


def running_today(
    con: duckdb.DuckDBPyConnection,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
    *,
    today: dt.date | None = None,
) -> dict[str, int]:
    """{type: networks running today} for every type."""
    today = today or dt.date.today()
    frame = running_per_day(con, today, today, types, department_ids, today=today)
    return dict(zip(frame["type"], frame["running"].astype(int), strict=True))


def severity_counts(findings: pd.DataFrame) -> dict[str, int]:
    """{severity: findings} for error, warning and info (zeros included)."""
    counts = findings["severity"].value_counts()
    return {s: int(counts.get(s, 0)) for s in SEVERITY_ORDER}


def network_departments(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """network_id, network_name, type, start_date, department_id, department, members — employee
    members (leader, co-driver, participants) per department of the networks running in the
    period. The departments a network covers."""
    return con.execute(
        f"""
        SELECT n.id AS network_id, n.name AS network_name, n.type, n.start_date,
               d.id AS department_id, d.name AS department, d.directorate_id,
               count(DISTINCT p.id) AS members
        FROM network n
        JOIN role_assignment ra ON ra.network_id = n.id AND list_contains($member_roles, ra.role)
        JOIN person p ON p.id = ra.person_id AND p.kind = 'employee'
        JOIN department d ON d.id = p.department_id
        WHERE {in_period_sql()} AND {network_filter_sql()}
        GROUP BY ALL
        ORDER BY n.start_date, n.id, d.directorate_id, d.name
        """,
        period_params(start, end, types, department_ids, today),
    ).df()


def departments_covered(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """network_id, network_name, type, departments — how many departments each network's
    employee members come from."""
    frame = network_departments(con, start, end, types, department_ids, today=today)
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
    """department_a, department_b (ids, a < b), networks — how many networks running in the
    period had employee members from both departments (for the flower and the RC analysis)."""
    return con.execute(
        f"""
        WITH covered AS (
            SELECT DISTINCT n.id AS network_id, p.department_id
            FROM network n
            JOIN role_assignment ra ON ra.network_id = n.id
             AND list_contains($member_roles, ra.role)
            JOIN person p ON p.id = ra.person_id
            WHERE p.kind = 'employee' AND p.department_id IS NOT NULL
              AND {in_period_sql()}
        )
        SELECT a.department_id AS department_a, b.department_id AS department_b,
               count(*) AS networks
        FROM covered a JOIN covered b
          ON a.network_id = b.network_id AND a.department_id < b.department_id
        GROUP BY ALL
        ORDER BY networks DESC, department_a, department_b
        """,
        {
            "start": start,
            "end": end,
            "today": today or dt.date.today(),
            "member_roles": list(MEMBER_ROLES),
        },
    ).df()


def political_links(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """type, political_link, networks — networks running in the period by type and link."""
    return con.execute(
        f"""
        SELECT n.type, n.political_link, count(*) AS networks
        FROM network n
        WHERE {in_period_sql()} AND {network_filter_sql()}
        GROUP BY n.type, n.political_link
        ORDER BY array_position($all_types, n.type), n.political_link
        """,
        {
            **period_params(start, end, types, department_ids, today),
            "all_types": list(NETWORK_TYPES),
        },
    ).df()


# --- Rule findings (DESIGN.md §6) --------------------------------------------------------------
FINDING_COLUMNS = ["rule", "severity", "network_id", "period", "message", "network_name", "day"]

# The networks the rules judge, and the days each runs (never past today).
_JUDGED = """
judged AS (
    SELECT * FROM network WHERE generation = 'NS3' AND start_date >= $rules_from
),
runs AS (
    SELECT id, name, type, start_date AS run_from,
           least(coalesce(end_date, $today), $today) AS run_to
    FROM judged WHERE start_date <= $today
)
"""


def _sql(con, sql: str, params: dict) -> pd.DataFrame:
    used = {k: v for k, v in params.items() if f"${k}" in sql}
    return con.execute(sql, used).df()


def _half_year_counts(con, p: dict) -> pd.DataFrame:
    halves = half_years(p["rules_from"], p["today"])
    return _sql(
        con,
        f"""
        WITH {_JUDGED}
        SELECT h.half_year,
               count(n.id) AS total,
               count(n.id) FILTER (WHERE n.type = 'learning') AS learning,
               count(n.id) FILTER (WHERE n.type = 'welfare') AS welfare
        FROM unnest($halves) h(half_year)
        LEFT JOIN judged n ON {half_year_sql("n.start_date")} = h.half_year
        GROUP BY ALL ORDER BY h.half_year
        """,
        {**p, "halves": halves},
    )


def _per_half_year(frame, column, lo, hi, message, **extra) -> pd.DataFrame:
    hit = frame[(frame[column] < lo) | (frame[column] > hi)]
    return pd.DataFrame(
        {
            "network_id": None,
            "period": hit["half_year"],
            "day": [half_year_bounds(h)[0] for h in hit["half_year"]],
            "message": [
                message.format(half=fmt_half_year(h), n=n, lo=lo, hi=hi, **extra)
                for h, n in zip(hit["half_year"], hit[column], strict=True)
            ],
        }
    )


def _starts_per_half_year(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværk – type og antal'): "sættes 4-5 netværk i gang halvårligt"."""
    counts = _half_year_counts(con, p)
    return _per_half_year(counts, "total", p["starts_min"], p["starts_max"], Finding.STARTS)


def _learning_per_half_year(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværk – type og antal'): "er forventningen, at der som oftest
    igangsættes 1 læringsnetværk og 3-4 velfærdsnetværk" (the learning half)."""
    counts = _half_year_counts(con, p)
    want = p["learning_per_half_year"]
    return _per_half_year(counts, "learning", want, want, Finding.LEARNING, want=want)


def _welfare_per_half_year(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværk – type og antal'): "... som oftest igangsættes 1 læringsnetværk
    og 3-4 velfærdsnetværk" (the welfare half)."""
    counts = _half_year_counts(con, p)
    return _per_half_year(counts, "welfare", p["welfare_min"], p["welfare_max"], Finding.WELFARE)


def _innovation_concurrency(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværk – type og antal'): "kører højst 2 innovationsnetværk af gangen".
    One finding per episode of days with too many running; network = the last one to start."""
    episodes = _sql(
        con,
        f"""
        WITH {_JUDGED},
        inno AS (SELECT * FROM runs WHERE type = 'innovation'),
        days AS (
            SELECT CAST(d AS DATE) AS day
            FROM generate_series(CAST((SELECT min(run_from) FROM inno) AS TIMESTAMP),
                                 CAST((SELECT max(run_to) FROM inno) AS TIMESTAMP),
                                 INTERVAL 1 DAY) t(d)
        ),
        crowded AS (
            SELECT d.day, count(*) AS running,
                   list(i.id ORDER BY i.run_from, i.id) AS ids,
                   list(i.name ORDER BY i.run_from, i.id) AS names
            FROM days d JOIN inno i ON d.day BETWEEN i.run_from AND i.run_to
            GROUP BY d.day HAVING count(*) > $innovation_max_running
        ),
        islands AS (
            SELECT *, day - CAST(row_number() OVER (ORDER BY day) AS INTEGER) AS island
            FROM crowded
        )
        SELECT min(day) AS first_day, max(day) AS last_day, max(running) AS peak,
               arg_min(ids, day) AS ids, arg_min(names, day) AS names
        FROM islands GROUP BY island ORDER BY first_day
        """,
        p,
    )
    messages = []
    for first, last, peak, ids in zip(
        episodes["first_day"],
        episodes["last_day"],
        episodes["peak"],
        episodes["ids"],
        strict=True,
    ):
        template = Finding.INNOVATION_NOW if last.date() >= p["today"] else Finding.INNOVATION
        messages.append(
            template.format(
                n=number_word(peak).capitalize(),
                first=fmt_date(first),
                last=fmt_date(last),
                ids=", ".join(ids),
                max=number_word(p["innovation_max_running"]),
            )
        )
    return pd.DataFrame(
        {
            "network_id": [ids[-1] for ids in episodes["ids"]],
            "network_name": [names[-1] for names in episodes["names"]],
            "period": [d.date().isoformat() for d in episodes["first_day"]],
            "day": [d.date() for d in episodes["first_day"]],
            "message": messages,
        }
    )


def _role_count_today(con, p, role: str, none_message: str, many_message: str) -> pd.DataFrame:
    frame = _sql(
        con,
        f"""
        WITH {_JUDGED},
        running AS (SELECT * FROM runs WHERE run_to = $today),
        held AS (
            SELECT ra.network_id, p.name, ra.from_date,
                   coalesce(ra.to_date, n.end_date) AS to_date
            FROM role_assignment ra
            JOIN judged n ON n.id = ra.network_id
            JOIN person p ON p.id = ra.person_id
            WHERE ra.role = $role AND n.id IN (SELECT id FROM running)
        )
        SELECT n.id, n.name, n.run_from,
               count(h.name) FILTER (WHERE h.from_date <= $today
                                       AND coalesce(h.to_date, $today) >= $today) AS holders,
               string_agg(h.name, ', ' ORDER BY h.name)
                   FILTER (WHERE h.from_date <= $today
                             AND coalesce(h.to_date, $today) >= $today) AS names,
               max(h.to_date) FILTER (WHERE h.to_date < $today) AS last_left,
               max(h.from_date) FILTER (WHERE h.from_date <= $today
                                          AND coalesce(h.to_date, $today) >= $today) AS last_came
        FROM running n LEFT JOIN held h ON h.network_id = n.id
        GROUP BY ALL HAVING holders <> 1
        ORDER BY n.id
        """,
        {**p, "role": role},
    )
    days, messages = [], []
    for name, start, holders, names, left, came in zip(
        frame["name"],
        frame["run_from"],
        frame["holders"],
        frame["names"],
        frame["last_left"],
        frame["last_came"],
        strict=True,
    ):
        if holders == 0:
            since = start if pd.isna(left) else left + pd.Timedelta(days=1)
            messages.append(none_message.format(name=name, since=fmt_date(since)))
        else:
            since = came
            messages.append(
                many_message.format(
                    name=name, n=number_word(holders), names=names, since=fmt_date(since)
                )
            )
        days.append(since)
    return _network_frame(frame.assign(since=days), "since", messages)


def _network_leader_count(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Den netværksbaserede organisation'): "Netværkene er drevet af
    netværksledere" — a running network has one network leader at a time."""
    return _role_count_today(con, p, "network_leader", Finding.NO_LEADER, Finding.TWO_LEADERS)


def _reference_leader_count(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Referenceledelse'): "har netværksledere kun én referenceleder ad gangen",
    and "hvert netværk har et ledelsesmæssigt ophæng til basisorganisationen"."""
    return _role_count_today(
        con, p, "reference_leader", Finding.NO_REFERENCE, Finding.TWO_REFERENCES
    )


def _leader_qualified(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværksledelse'): "er man netværksleder, når man har netværksledelse på
    diplomniveau og når man har drevet netværk tidligere – enten som netværksleder eller
    co-drive" and "kan uprøvede netværksledere dog godt være leder for et læringsnetværk".
    Judged on the day the leader takes over (the network's start for its first leader)."""
    frame = _sql(
        con,
        f"""
        WITH {_JUDGED},
        leaders AS (
            SELECT n.id, n.name, p.name AS person, p.id AS person_id, p.leader_diploma_on,
                   greatest(n.start_date, ra.from_date) AS took_over
            FROM judged n
            JOIN role_assignment ra ON ra.network_id = n.id AND ra.role = 'network_leader'
            JOIN person p ON p.id = ra.person_id
            WHERE n.type IN ('welfare', 'innovation')
        ),
        checked AS (
            SELECT l.*,
                   coalesce(l.leader_diploma_on <= l.took_over, false) AS has_diploma,
                   EXISTS (
                       SELECT 1 FROM role_assignment e JOIN network m ON m.id = e.network_id
                       WHERE e.person_id = l.person_id AND m.id <> l.id
                         AND e.role IN ('network_leader', 'co_driver')
                         AND m.start_date < l.took_over
                   ) AS has_experience
            FROM leaders l
        )
        SELECT * FROM checked WHERE NOT (has_diploma AND has_experience)
        ORDER BY took_over, id
        """,
        p,
    )
    messages = []
    for name, person, took, diploma, experience in zip(
        frame["name"],
        frame["person"],
        frame["took_over"],
        frame["has_diploma"],
        frame["has_experience"],
        strict=True,
    ):
        missing = [Finding.MISSING_DIPLOMA] * (not diploma) + [Finding.MISSING_EXPERIENCE] * (
            not experience
        )
        messages.append(
            Finding.NOT_QUALIFIED.format(
                person=person, name=name, start=fmt_date(took), missing=" og uden ".join(missing)
            )
        )
    return _network_frame(frame, "took_over", messages)


def _network_frame(frame: pd.DataFrame, day_column: str, messages: list[str]) -> pd.DataFrame:
    days = [pd.Timestamp(d).date() for d in frame[day_column]]
    return pd.DataFrame(
        {
            "network_id": frame["id"],
            "network_name": frame["name"],
            "period": [d.isoformat() for d in days],
            "day": days,
            "message": messages,
        }
    )


def _reference_leader_level(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Referenceledelse'): "er referenceledere som udgangspunkt placeret i
    chefforum, men det kan evt. ændres efter behov senere i forløbet"; innovation networks
    ('Definition af netværkstyper'): "kobles netværket via referenceleder på direktørniveau".
    Judged for the reference leader(s) at the network's start."""
    frame = _sql(
        con,
        f"""
        WITH {_JUDGED}
        SELECT n.id, n.name, n.type, n.start_date, p.name AS person
        FROM judged n
        JOIN role_assignment ra ON ra.network_id = n.id AND ra.role = 'reference_leader'
             AND ra.from_date <= n.start_date
        JOIN person p ON p.id = ra.person_id
        WHERE CASE WHEN n.type = 'innovation' THEN NOT coalesce(p.is_director, false)
                   ELSE NOT coalesce(p.in_chefforum, false) END
        ORDER BY n.start_date, n.id
        """,
        p,
    )
    messages = [
        (Finding.REFERENCE_NOT_DIRECTOR if t == "innovation" else Finding.REFERENCE_NOT_CF).format(
            name=name, person=person
        )
        for t, name, person in zip(frame["type"], frame["name"], frame["person"], strict=True)
    ]
    return _network_frame(frame, "start_date", messages)


def _leader_concurrency(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværksledelse' and 'Forløb og ressourcetræk'): network leadership is
    planned network by network ("er det tydeligere hvilket ressourcetræk netværkslederen har"); a
    person leading two networks at once is flagged. One finding per overlapping pair, on the
    later network."""
    frame = _sql(
        con,
        f"""
        WITH {_JUDGED},
        led AS (
            SELECT n.id, n.name, n.start_date, ra.person_id, ra.from_date AS f,
                   least(coalesce(ra.to_date, n.end_date, $today), $today) AS t
            FROM role_assignment ra JOIN network n ON n.id = ra.network_id
            WHERE ra.role = 'network_leader' AND n.start_date <= $today
        )
        SELECT b.id, b.name, a.name AS other, p.name AS person,
               min(greatest(a.f, b.f)) AS first_day, max(least(a.t, b.t)) AS last_day
        FROM led a
        JOIN led b ON a.person_id = b.person_id AND a.id <> b.id
             AND (a.start_date < b.start_date OR (a.start_date = b.start_date AND a.id < b.id))
             AND a.f <= b.t AND b.f <= a.t
        JOIN person p ON p.id = a.person_id
        WHERE b.id IN (SELECT id FROM judged)
        GROUP BY ALL
        ORDER BY first_day, b.id
        """,
        p,
    )
    messages = [
        Finding.TWO_NETWORKS.format(
            person=person, other=other, name=name, first=fmt_date(first), last=fmt_date(last)
        )
        for person, other, name, first, last in zip(
            frame["person"],
            frame["other"],
            frame["name"],
            frame["first_day"],
            frame["last_day"],
            strict=True,
        )
    ]
    return _network_frame(frame, "first_day", messages)


def _cross_cutting(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Tema'): "at temaet er tværgående: temaet kan ikke løses i den enkelte
    afdeling, men går på tværs af fagligheder og organisationen" — members (leader, co-driver,
    participants who are employees) from at least 2 departments. Started networks only."""
    frame = _sql(
        con,
        f"""
        WITH {_JUDGED},
        members AS (
            SELECT ra.network_id, p.department_id
            FROM role_assignment ra JOIN person p ON p.id = ra.person_id
            WHERE list_contains($member_roles, ra.role)
              AND p.kind = 'employee' AND p.department_id IS NOT NULL
        )
        SELECT n.id, n.name, n.start_date,
               count(DISTINCT m.department_id) AS departments,
               min(d.name) AS department
        FROM judged n
        LEFT JOIN members m ON m.network_id = n.id
        LEFT JOIN department d ON d.id = m.department_id
        WHERE n.start_date <= $today
        GROUP BY ALL HAVING count(DISTINCT m.department_id) < 2
        ORDER BY n.start_date, n.id
        """,
        {**p, "member_roles": list(MEMBER_ROLES)},
    )
    messages = [
        Finding.ONE_DEPARTMENT.format(name=name, department=dep)
        if count
        else Finding.NO_MEMBERS.format(name=name)
        for name, count, dep in zip(
            frame["name"], frame["departments"], frame["department"], strict=True
        )
    ]
    return _network_frame(frame, "start_date", messages)


def _co_driver(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Co-driver'): "har alle netværksledere mulighed for at tilknytte en
    co-driver" and "er co-driving et led i at blive netværksleder" — a started network that never
    had a co-driver is worth knowing (info)."""
    frame = _sql(
        con,
        f"""
        WITH {_JUDGED}
        SELECT n.id, n.name, n.start_date FROM judged n
        WHERE n.start_date <= $today AND NOT EXISTS (
            SELECT 1 FROM role_assignment ra
            WHERE ra.network_id = n.id AND ra.role = 'co_driver')
        ORDER BY n.start_date, n.id
        """,
        p,
    )
    messages = [Finding.NO_CO_DRIVER.format(name=name) for name in frame["name"]]
    return _network_frame(frame, "start_date", messages)


def _political_link(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Definition af netværkstyper'): innovation networks "kobles ... til
    innovationsudvalg"; welfare networks "kobles ... til fagudvalg"."""
    frame = _sql(
        con,
        f"""
        WITH {_JUDGED}
        SELECT n.id, n.name, n.type, n.start_date FROM judged n
        WHERE (n.type = 'innovation' AND n.political_link = 'fagudvalg')
           OR (n.type = 'welfare' AND n.political_link = 'innovationsudvalg')
        ORDER BY n.start_date, n.id
        """,
        p,
    )
    messages = [
        (
            Finding.INNOVATION_FAGUDVALG if t == "innovation" else Finding.WELFARE_INNOVATIONSUDVALG
        ).format(name=name)
        for t, name in zip(frame["type"], frame["name"], strict=True)
    ]
    return _network_frame(frame, "start_date", messages)


def _solution_on_shelf(con, p) -> pd.DataFrame:
    """Seed 004 ('At give en gave'): the gift the base organisation "lægger ... på en hylde";
    NS3 (seed 002, 'Referenceledelse'): the reference leader shares responsibility for
    "overgangen fra laboratorie til optagelse i basis". A solution of an NS3 network still
    'handed_over' more than `shelf_days` after `status_on`; period = the first day past."""
    frame = _sql(
        con,
        f"""
        WITH {_JUDGED}
        SELECT n.id, n.name, s.title, coalesce(d.name, 'basisorganisationen') AS department,
               coalesce(s.status_on, s.handed_over_on) AS since,
               date_diff('day', coalesce(s.status_on, s.handed_over_on), $today) AS waited,
               coalesce(s.status_on, s.handed_over_on) + $shelf_days + 1 AS broke
        FROM solution s
        JOIN judged n ON n.id = s.network_id
        LEFT JOIN department d ON d.id = s.receiving_department_id
        WHERE s.status = 'handed_over'
          AND date_diff('day', coalesce(s.status_on, s.handed_over_on), $today) > $shelf_days
        ORDER BY since, s.id
        """,
        p,
    )
    messages = [
        Finding.ON_SHELF.format(
            title=title,
            department=dep,
            since=fmt_date(since),
            days=fmt_days(waited),
            limit=fmt_days(p["shelf_days"]),
        )
        for title, dep, since, waited in zip(
            frame["title"], frame["department"], frame["since"], frame["waited"], strict=True
        )
    ]
    return _network_frame(frame, "broke", messages)


# rule id -> (default severity, check). Severity can be changed (or a rule turned off) with the
# setting `severity_<rule>` = error | warning | info | off.
RULES: dict[str, tuple[str, Callable]] = {
    "starts_per_half_year": ("warning", _starts_per_half_year),
    "learning_per_half_year": ("info", _learning_per_half_year),
    "welfare_per_half_year": ("info", _welfare_per_half_year),
    "innovation_concurrency": ("error", _innovation_concurrency),
    "network_leader_count": ("error", _network_leader_count),
    "leader_qualified": ("warning", _leader_qualified),
    "reference_leader_count": ("error", _reference_leader_count),
    "reference_leader_level": ("warning", _reference_leader_level),
    "leader_concurrency": ("warning", _leader_concurrency),
    "cross_cutting": ("warning", _cross_cutting),
    "co_driver": ("info", _co_driver),
    "political_link": ("info", _political_link),
    "solution_on_shelf": ("warning", _solution_on_shelf),
}
assert set(RULES) == set(RULE_LABELS)


def rule_findings(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> pd.DataFrame:
    """rule, severity, network_id, period, message (+ network_name, day) — every NS3 rule of
    DESIGN.md §6, errors first, then warnings, then info; newest first within a severity."""
    p = {**limits(con), "today": today or dt.date.today()}
    parts = []
    for rule, (_, check) in RULES.items():
        severity = p["severity"][rule]
        if severity == "off":
            continue
        found = check(con, p)
        if not found.empty:
            parts.append(found.assign(rule=rule, severity=severity))
    if not parts:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    out = pd.concat(parts, ignore_index=True).reindex(columns=FINDING_COLUMNS)
    out["_order"] = out["severity"].map(SEVERITY_ORDER.index)
    out = out.sort_values(["_order", "day", "rule"], ascending=[True, False, True])
    return out.drop(columns="_order").reset_index(drop=True)


def findings_in(
    con: duckdb.DuckDBPyConnection,
    start: dt.date,
    end: dt.date,
    types: list[str] | None = None,
    department_ids: list[str] | None = None,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """The findings under the sidebar's filters: those about networks in the filtered list, and
    the half-year findings whose half-year overlaps the period (unless departments are chosen:
    a half-year is not about one department)."""
    findings = rule_findings(con, today=today)
    shown = set(network_list(con, start, end, types, department_ids, today=today)["id"])
    keep = findings["network_id"].isin(shown)
    if not department_ids:
        halves = findings["network_id"].isna()
        last_day = findings.loc[halves, "period"].map(lambda h: half_year_bounds(h)[1])
        keep |= halves & (findings["day"] <= end) & (last_day.reindex(findings.index) >= start)
    return findings[keep].reset_index(drop=True)


def findings_for_network(
    con: duckdb.DuckDBPyConnection, network_id: str, *, today: dt.date | None = None
) -> pd.DataFrame:
    findings = rule_findings(con, today=today)
    return findings[findings["network_id"] == network_id].reset_index(drop=True)


_WORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni"}


def number_word(n: int) -> str:
    """2..9 in Danish words (as in "højst to"), other numbers as digits."""
    return _WORDS.get(int(n), str(int(n)))
