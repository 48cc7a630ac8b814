"""The NS3 rule checks of DESIGN.md §6 ("Portfolio rules", seed 002): `rule_findings` and the
findings under the sidebar's scope.

Readings shared by every check (DESIGN.md §6):
- The rules judge networks of generation NS3 that started on or after the setting `rules_from`
  (the SQL macro `ns_judged`); a judged network *runs* from `start_date` to `end_date`, or to
  `today` while `end_date` is empty, never past `today` (`ns_judged_runs`).
- Half-year rules cover every half-year from `rules_from` to the one holding `today`.
- Rules judge only networks that have started by `today` (and a leader who has taken over by
  it): the findings on a past day are what the checks said that day, so a meeting can tell new
  findings from old ones (`analytics.meeting.changes`).
- Each check returns network_id, network_name, period, day and message; `rule_findings` adds the
  rule and its severity (default in `data.schema.RULE_SEVERITIES`, changed by a setting).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import pandas as pd

from analytics.networks import network_list
from analytics.scope import Scope
from data.calendar import half_year_bounds, half_years
from data.labels import (
    RULE_LABELS,
    RULE_REFERENCES,
    RULE_SOURCES,
    SEVERITY_ORDER,
    Finding,
    Said,
    fmt_date,
    fmt_days,
    fmt_half_year,
    fmt_number_word,
    message,
    said,
)
from data.schema import RULE_SEVERITIES
from data.settings import Settings, read_settings

# DESIGN.md §5 names the first five; a finding's parts follow, for each page to show its way.
FINDING_COLUMNS = [
    "rule",
    "severity",
    "network_id",
    "period",
    "message",
    "network_name",
    "day",
    "fact",
    "reference",
    "source",
]


@dataclass(frozen=True)
class Judging:
    """What every check reads: the typed settings and the day that counts as today."""

    settings: Settings
    today: dt.date

    def __getattr__(self, name: str):
        if name == "settings":  # not set yet (a copy being built): no endless lookup
            raise AttributeError(name)
        return getattr(self.settings, name)


def _frame(con: duckdb.DuckDBPyConnection, sql: str, **params) -> pd.DataFrame:
    return con.execute(sql, params).df()


def _half_year_counts(con, p: Judging) -> pd.DataFrame:
    halves = half_years(p.rules_from, p.today)
    return _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from))
        SELECT h.half_year,
               count(n.id) AS total,
               count(n.id) FILTER (WHERE n.type = 'learning') AS learning,
               count(n.id) FILTER (WHERE n.type = 'welfare') AS welfare
        FROM unnest($halves) h(half_year)
        LEFT JOIN judged n ON ns_half_year(n.start_date) = h.half_year
                          AND n.start_date <= $today
        GROUP BY ALL ORDER BY h.half_year
        """,
        halves=halves,
        rules_from=p.rules_from,
        today=p.today,
    )


def _per_half_year(frame, column, lo, hi, template, **extra) -> pd.DataFrame:
    hit = frame[(frame[column] < lo) | (frame[column] > hi)]
    return pd.DataFrame(
        {
            "network_id": None,
            "period": hit["half_year"],
            "day": [half_year_bounds(h)[0] for h in hit["half_year"]],
            "said": [
                said(template, half=fmt_half_year(h), n=n, lo=lo, hi=hi, **extra)
                for h, n in zip(hit["half_year"], hit[column], strict=True)
            ],
        }
    )


def _say_starts(counts, p) -> pd.DataFrame:
    return _per_half_year(counts, "total", p.starts_min, p.starts_max, Finding.STARTS)


def _say_learning(counts, p) -> pd.DataFrame:
    want = p.learning_per_half_year
    return _per_half_year(counts, "learning", want, want, Finding.LEARNING, want=want)


def _say_welfare(counts, p) -> pd.DataFrame:
    return _per_half_year(counts, "welfare", p.welfare_min, p.welfare_max, Finding.WELFARE)


def _starts_per_half_year(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværk – type og antal'): "sættes 4-5 netværk i gang halvårligt"."""
    return _say_starts(_half_year_counts(con, p), p)


def _learning_per_half_year(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværk – type og antal'): "er forventningen, at der som oftest
    igangsættes 1 læringsnetværk og 3-4 velfærdsnetværk" (the learning half)."""
    return _say_learning(_half_year_counts(con, p), p)


def _welfare_per_half_year(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværk – type og antal'): "... som oftest igangsættes 1 læringsnetværk
    og 3-4 velfærdsnetværk" (the welfare half)."""
    return _say_welfare(_half_year_counts(con, p), p)


def _innovation_concurrency(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværk – type og antal'): "kører højst 2 innovationsnetværk af gangen".
    One finding per episode of days with too many running; network = the last one to start.
    A sweep over the days the count changes (not a list per day): an episode is a run of
    adjacent crowded stretches, its networks those running on its first day."""
    episodes = _frame(
        con,
        """
        WITH inno AS (SELECT * FROM ns_judged_runs($rules_from, $today) WHERE type = 'innovation'),
        steps AS (  -- +1 on the day a network starts, -1 the day after it ends
            SELECT day, sum(delta) AS delta
            FROM (SELECT run_from AS day, 1 AS delta FROM inno
                  UNION ALL SELECT run_to + 1, -1 FROM inno)
            GROUP BY day
        ),
        levels AS (  -- from each change to the day before the next, how many run
            SELECT day AS seg_from, lead(day) OVER (ORDER BY day) - 1 AS seg_to,
                   CAST(sum(delta) OVER (ORDER BY day) AS INTEGER) AS running
            FROM steps
        ),
        crowded AS (
            SELECT *, coalesce(lag(seg_to) OVER (ORDER BY seg_from) + 1 <> seg_from, true) AS fresh
            FROM levels WHERE running > $innovation_max_running
        ),
        episodes AS (
            SELECT min(seg_from) AS first_day, max(seg_to) AS last_day, max(running) AS peak
            FROM (SELECT *, sum(CAST(fresh AS INTEGER)) OVER (ORDER BY seg_from) AS island
                  FROM crowded)
            GROUP BY island
        )
        SELECT e.first_day, e.last_day, e.peak,
               list(i.id ORDER BY i.run_from, i.id) AS ids,
               list(i.name ORDER BY i.run_from, i.id) AS names
        FROM episodes e JOIN inno i ON e.first_day BETWEEN i.run_from AND i.run_to
        GROUP BY ALL ORDER BY e.first_day
        """,
        innovation_max_running=p.innovation_max_running,
        rules_from=p.rules_from,
        today=p.today,
    )
    return _say_innovation(episodes, p)


def _say_innovation(episodes: pd.DataFrame, p) -> pd.DataFrame:
    """first_day, last_day, peak, ids, names (those running on the first day, in start order)
    of each episode: the finding, about the last of them to start."""
    texts = []
    for first, last, peak, ids in zip(
        episodes["first_day"],
        episodes["last_day"],
        episodes["peak"],
        episodes["ids"],
        strict=True,
    ):
        template = Finding.INNOVATION_NOW if last.date() >= p.today else Finding.INNOVATION
        texts.append(
            said(
                template,
                n=fmt_number_word(peak).capitalize(),
                first=fmt_date(first),
                last=fmt_date(last),
                ids=", ".join(ids),
                max=fmt_number_word(p.innovation_max_running),
            )
        )
    return pd.DataFrame(
        {
            "network_id": [ids[-1] for ids in episodes["ids"]],
            "network_name": [names[-1] for names in episodes["names"]],
            "period": [d.date().isoformat() for d in episodes["first_day"]],
            "day": [d.date() for d in episodes["first_day"]],
            "said": texts,
        }
    )


def _role_count_today(con, p, role: str, none_message: str, many_message: str) -> pd.DataFrame:
    frame = _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from)),
        runs AS (SELECT * FROM ns_judged_runs($rules_from, $today)),
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
        role=role,
        rules_from=p.rules_from,
        today=p.today,
    )
    return _say_role_count(frame, none_message, many_message)


def _say_role_count(frame: pd.DataFrame, none_message: str, many_message: str) -> pd.DataFrame:
    """id, name, run_from, holders (≠ 1), names, last_left, last_came per running network: no
    holder since the last one left (or the start), or several since the last came."""
    days, texts = [], []
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
            texts.append(said(none_message, name=name, since=fmt_date(since)))
        else:
            since = came
            texts.append(
                said(
                    many_message,
                    name=name,
                    n=fmt_number_word(holders),
                    names=names,
                    since=fmt_date(since),
                )
            )
        days.append(since)
    return _network_frame(frame.assign(since=days), "since", texts)


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
    frame = _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from)),
        leaders AS (
            SELECT n.id, n.name, p.name AS person, p.id AS person_id, p.leader_diploma_on,
                   greatest(n.start_date, ra.from_date) AS took_over
            FROM judged n
            JOIN role_assignment ra ON ra.network_id = n.id AND ra.role = 'network_leader'
            JOIN person p ON p.id = ra.person_id
            WHERE n.type IN ('welfare', 'innovation')
              AND greatest(n.start_date, ra.from_date) <= $today
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
        rules_from=p.rules_from,
        today=p.today,
    )
    return _say_not_qualified(frame)


def _say_not_qualified(frame: pd.DataFrame) -> pd.DataFrame:
    """id, name, person, took_over, has_diploma, has_experience of leaders not qualified."""
    texts = []
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
        texts.append(
            said(
                Finding.NOT_QUALIFIED,
                person=person,
                name=name,
                start=fmt_date(took),
                missing=Finding.MISSING_JOIN.join(missing),
            )
        )
    return _network_frame(frame, "took_over", texts)


def _network_frame(frame: pd.DataFrame, day_column: str, texts: list[Said]) -> pd.DataFrame:
    days = [pd.Timestamp(d).date() for d in frame[day_column]]
    return pd.DataFrame(
        {
            "network_id": frame["id"],
            "network_name": frame["name"],
            "period": [d.isoformat() for d in days],
            "day": days,
            "said": texts,
        }
    )


def _reference_leader_level(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Referenceledelse'): "er referenceledere som udgangspunkt placeret i
    chefforum, men det kan evt. ændres efter behov senere i forløbet"; innovation networks
    ('Definition af netværkstyper'): "kobles netværket via referenceleder på direktørniveau".
    Judged for the reference leader(s) at the network's start."""
    frame = _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from))
        SELECT n.id, n.name, n.type, n.start_date, p.name AS person
        FROM judged n
        JOIN role_assignment ra ON ra.network_id = n.id AND ra.role = 'reference_leader'
             AND ra.from_date <= n.start_date
        JOIN person p ON p.id = ra.person_id
        WHERE n.start_date <= $today
          AND CASE WHEN n.type = 'innovation' THEN NOT coalesce(p.is_director, false)
                   ELSE NOT coalesce(p.in_chefforum, false) END
        ORDER BY n.start_date, n.id
        """,
        rules_from=p.rules_from,
        today=p.today,
    )
    return _say_reference_level(frame)


def _say_reference_level(frame: pd.DataFrame) -> pd.DataFrame:
    """id, name, type, start_date, person of the reference leaders at the wrong level."""
    texts = [
        said(
            Finding.REFERENCE_NOT_DIRECTOR if t == "innovation" else Finding.REFERENCE_NOT_CF,
            name=name,
            person=person,
        )
        for t, name, person in zip(frame["type"], frame["name"], frame["person"], strict=True)
    ]
    return _network_frame(frame, "start_date", texts)


def _leader_concurrency(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Netværksledelse' and 'Forløb og ressourcetræk'): network leadership is
    planned network by network ("er det tydeligere hvilket ressourcetræk netværkslederen har"); a
    person leading two networks at once is flagged. One finding per overlapping pair, on the
    later network."""
    frame = _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from)),
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
        rules_from=p.rules_from,
        today=p.today,
    )
    return _say_two_networks(frame)


def _say_two_networks(frame: pd.DataFrame) -> pd.DataFrame:
    """id, name (the later network), other, person, first_day, last_day of each overlap."""
    texts = [
        said(
            Finding.TWO_NETWORKS,
            person=person,
            other=other,
            name=name,
            first=fmt_date(first),
            last=fmt_date(last),
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
    return _network_frame(frame, "first_day", texts)


def _cross_cutting(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Tema'): "at temaet er tværgående: temaet kan ikke løses i den enkelte
    afdeling, men går på tværs af fagligheder og organisationen" — members (leader, co-driver,
    participants who are employees) from at least 2 departments. Started networks only."""
    frame = _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from)),
        members AS (
            SELECT ra.network_id, p.department_id
            FROM role_assignment ra JOIN person p ON p.id = ra.person_id
            WHERE ns_is_member(ra.role)
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
        rules_from=p.rules_from,
        today=p.today,
    )
    return _say_cross_cutting(frame)


def _say_cross_cutting(frame: pd.DataFrame) -> pd.DataFrame:
    """id, name, start_date, departments (< 2), department (the one, if any)."""
    texts = [
        said(Finding.ONE_DEPARTMENT, name=name, department=dep)
        if count
        else said(Finding.NO_MEMBERS, name=name)
        for name, count, dep in zip(
            frame["name"], frame["departments"], frame["department"], strict=True
        )
    ]
    return _network_frame(frame, "start_date", texts)


def _co_driver(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Co-driver'): "har alle netværksledere mulighed for at tilknytte en
    co-driver" and "er co-driving et led i at blive netværksleder" — a started network that never
    had a co-driver is worth knowing (info)."""
    frame = _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from))
        SELECT n.id, n.name, n.start_date FROM judged n
        WHERE n.start_date <= $today AND NOT EXISTS (
            SELECT 1 FROM role_assignment ra
            WHERE ra.network_id = n.id AND ra.role = 'co_driver')
        ORDER BY n.start_date, n.id
        """,
        rules_from=p.rules_from,
        today=p.today,
    )
    return _say_co_driver(frame)


def _say_co_driver(frame: pd.DataFrame) -> pd.DataFrame:
    """id, name, start_date of the networks without a co-driver."""
    texts = [said(Finding.NO_CO_DRIVER, name=name) for name in frame["name"]]
    return _network_frame(frame, "start_date", texts)


def _political_link(con, p) -> pd.DataFrame:
    """NS3 (seed 002, 'Definition af netværkstyper'): innovation networks "kobles ... til
    innovationsudvalg"; welfare networks "kobles ... til fagudvalg"."""
    frame = _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from))
        SELECT n.id, n.name, n.type, n.start_date FROM judged n
        WHERE n.start_date <= $today
          AND ((n.type = 'innovation' AND n.political_link = 'fagudvalg')
               OR (n.type = 'welfare' AND n.political_link = 'innovationsudvalg'))
        ORDER BY n.start_date, n.id
        """,
        rules_from=p.rules_from,
        today=p.today,
    )
    return _say_political_link(frame)


def _say_political_link(frame: pd.DataFrame) -> pd.DataFrame:
    """id, name, type, start_date of the networks linked to the wrong committee."""
    texts = [
        said(
            Finding.INNOVATION_FAGUDVALG
            if t == "innovation"
            else Finding.WELFARE_INNOVATIONSUDVALG,
            name=name,
        )
        for t, name in zip(frame["type"], frame["name"], strict=True)
    ]
    return _network_frame(frame, "start_date", texts)


def _solution_on_shelf(con, p) -> pd.DataFrame:
    """Seed 004 ('At give en gave'): the gift the base organisation "lægger ... på en hylde";
    NS3 (seed 002, 'Referenceledelse'): the reference leader shares responsibility for
    "overgangen fra laboratorie til optagelse i basis". A solution of an NS3 network still
    'handed_over' more than `shelf_days` after `status_on`; period = the first day past."""
    frame = _frame(
        con,
        """
        WITH judged AS (SELECT * FROM network WHERE ns_judged(generation, start_date, $rules_from))
        SELECT n.id, n.name, s.title, coalesce(d.name, $no_receiver) AS department,
               coalesce(s.status_on, s.handed_over_on) AS since,
               date_diff('day', coalesce(s.status_on, s.handed_over_on), $today) AS waited,
               coalesce(s.status_on, s.handed_over_on) + $shelf_days + 1 AS broke
        FROM solution s
        JOIN judged n ON n.id = s.network_id
        LEFT JOIN department d ON d.id = s.receiving_department_id
        WHERE ns_shelf_reason(s.status, s.status_on, s.handed_over_on, $today, $shelf_days)
              = 'waiting'
        ORDER BY since, s.id
        """,
        no_receiver=Finding.NO_RECEIVER,
        rules_from=p.rules_from,
        shelf_days=p.shelf_days,
        today=p.today,
    )
    return _say_on_shelf(frame, p)


def _say_on_shelf(frame: pd.DataFrame, p) -> pd.DataFrame:
    """id, name (the network), title, department, since, waited, broke of each solution."""
    texts = [
        said(
            Finding.ON_SHELF,
            title=title,
            department=dep,
            since=fmt_date(since),
            days=fmt_days(waited),
            limit=fmt_days(p.shelf_days),
        )
        for title, dep, since, waited in zip(
            frame["title"], frame["department"], frame["since"], frame["waited"], strict=True
        )
    ]
    return _network_frame(frame, "broke", texts)


# rule id -> check, in the order of DESIGN.md §6. The severity is the rule's default
# (data.schema.RULE_SEVERITIES) unless the setting `severity_<rule>` changes it or turns it off.
RULES: dict[str, Callable[[duckdb.DuckDBPyConnection, Judging], pd.DataFrame]] = {
    "starts_per_half_year": _starts_per_half_year,
    "learning_per_half_year": _learning_per_half_year,
    "welfare_per_half_year": _welfare_per_half_year,
    "innovation_concurrency": _innovation_concurrency,
    "network_leader_count": _network_leader_count,
    "leader_qualified": _leader_qualified,
    "reference_leader_count": _reference_leader_count,
    "reference_leader_level": _reference_leader_level,
    "leader_concurrency": _leader_concurrency,
    "cross_cutting": _cross_cutting,
    "co_driver": _co_driver,
    "political_link": _political_link,
    "solution_on_shelf": _solution_on_shelf,
}
assert list(RULES) == list(RULE_SEVERITIES) and set(RULES) == set(RULE_LABELS)

# rule id -> what its check says of the rows its query found (frame, Judging) -> network_id,
# network_name, period, day, said. Each check is its query, then this; the pandas baseline of
# `make bench` (bench/baseline.py) finds the same rows its own way and says them with these.
SAYINGS: dict[str, Callable[[pd.DataFrame, Judging], pd.DataFrame]] = {
    "starts_per_half_year": _say_starts,
    "learning_per_half_year": _say_learning,
    "welfare_per_half_year": _say_welfare,
    "innovation_concurrency": _say_innovation,
    "network_leader_count": lambda f, p: _say_role_count(f, Finding.NO_LEADER, Finding.TWO_LEADERS),
    "leader_qualified": lambda f, p: _say_not_qualified(f),
    "reference_leader_count": lambda f, p: _say_role_count(
        f, Finding.NO_REFERENCE, Finding.TWO_REFERENCES
    ),
    "reference_leader_level": lambda f, p: _say_reference_level(f),
    "leader_concurrency": lambda f, p: _say_two_networks(f),
    "cross_cutting": lambda f, p: _say_cross_cutting(f),
    "co_driver": lambda f, p: _say_co_driver(f),
    "political_link": lambda f, p: _say_political_link(f),
    "solution_on_shelf": _say_on_shelf,
}
assert list(SAYINGS) == list(RULES)


def _structured(found: pd.DataFrame, rule: str, severity: str) -> pd.DataFrame:
    """A check's rows with the finding's parts as fields: fact, reference (what NS3 expects),
    source (the NS3 section) and the one-sentence `message` of DESIGN.md §5."""
    facts = [s.fact for s in found["said"]]
    references = [s.reference or RULE_REFERENCES.get(rule) for s in found["said"]]
    return found.drop(columns="said").assign(
        rule=rule,
        severity=severity,
        fact=facts,
        reference=references,
        source=RULE_SOURCES[rule],
        message=[message(s.fact, s.reference) for s in found["said"]],
    )


def rule_findings(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> pd.DataFrame:
    """rule, severity, network_id, period, message (+ network_name, day, and the finding's parts:
    fact, reference, source) — every NS3 rule of DESIGN.md §6, errors first, then warnings, then
    info; newest first within a severity."""
    p = Judging(read_settings(con), today or dt.date.today())
    return assemble({rule: RULES[rule](con, p) for rule in judged_rules(p)}, p)


def judged_rules(p: Judging) -> list[str]:
    """The rules whose severity is not 'off', in the order of RULES."""
    return [rule for rule in RULES if p.severity[rule] != "off"]


def assemble(found: dict[str, pd.DataFrame], p: Judging) -> pd.DataFrame:
    """`rule_findings` of the checks' rows ({rule: SAYINGS' frame}): the finding's parts as
    fields, errors first, then warnings, then info; newest first within a severity."""
    parts = [_structured(f, rule, p.severity[rule]) for rule, f in found.items() if not f.empty]
    if not parts:
        return pd.DataFrame(columns=FINDING_COLUMNS)
    out = pd.concat(parts, ignore_index=True).reindex(columns=FINDING_COLUMNS)
    out["_order"] = out["severity"].map(SEVERITY_ORDER.index)
    out = out.sort_values(["_order", "day", "rule"], ascending=[True, False, True])
    return out.drop(columns="_order").reset_index(drop=True)


def findings_in(con: duckdb.DuckDBPyConnection, scope: Scope) -> pd.DataFrame:
    """The findings in the scope (`in_scope` of the day's findings and the scope's networks)."""
    return in_scope(rule_findings(con, today=scope.today), network_list(con, scope)["id"], scope)


def in_scope(findings: pd.DataFrame, network_ids, scope: Scope) -> pd.DataFrame:
    """The findings about the networks `network_ids` (`network_list(scope)`), and the
    half-year findings whose half-year overlaps the period (unless departments are chosen: a
    half-year is not about one department). Pure, so a page filters the day's findings, judged
    once and cached, when a filter changes."""
    keep = findings["network_id"].isin(set(network_ids))
    if not scope.departments:
        halves = findings["network_id"].isna()
        last_day = findings.loc[halves, "period"].map(lambda h: half_year_bounds(h)[1])
        keep |= (
            halves
            & (findings["day"] <= scope.last)
            & (last_day.reindex(findings.index) >= scope.start)
        )
    return findings[keep].reset_index(drop=True)


def findings_for_network(
    con: duckdb.DuckDBPyConnection, network_id: str, *, today: dt.date | None = None
) -> pd.DataFrame:
    """The findings about one network."""
    return of_network(rule_findings(con, today=today), network_id)


def of_network(findings: pd.DataFrame, network_id: str) -> pd.DataFrame:
    """The rows of `rule_findings` about one network. The profile page filters the day's
    findings, judged once and cached for every page, instead of judging again per network."""
    return findings[findings["network_id"] == network_id].reset_index(drop=True)
