"""Chefforum's monthly meeting (DESIGN.md §6 "Chefforum's meeting"): what changed since the last
meeting, and what chefforum must decide now.

NS3 (seed 002, 'Samarbejde med chefforum'): chefforum "drøfter ... halvårligt de mulige temaer",
"spiller ... en aktiv rolle i kvalificering og prioritering af temaerne", discusses the portfolio
and hears about the handover of solutions to the base organisation. The meeting's fixed slot for
networks is 20 minutes (JOURNEYS.md): status 5, decisions 8, handovers 4, learning 3.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.load import lookahead, overloaded_people, person_networks, threshold
from analytics.people import leader_pool
from analytics.rc import effect_text, org_waves
from analytics.rules import FINDING_COLUMNS, rule_findings
from analytics.scope import Scope
from analytics.solutions import shelf_by_department, shelf_now
from analytics.themes import mix_check, suitability
from data.calendar import next_half_year
from data.labels import (
    NO_RECEIVER,
    Decision,
    fmt_date,
    fmt_days,
    fmt_decimal,
    fmt_half_year,
)
from data.schema import DECISION_KINDS as SCHEMA_DECISION_KINDS
from data.settings import read_settings

# DESIGN.md §6: the kinds of `decisions`, in this order (a recorded decision may also be 'other').
DECISION_KINDS = tuple(k for k in SCHEMA_DECISION_KINDS if k != "other")
DECISION_COLUMNS = ["kind", "subject_id", "message", "subject"]
FINDING_KEY = ["rule", "network_id", "period"]


# --- Status: what changed ------------------------------------------------------------------------
def _between(con: duckdb.DuckDBPyConnection, sql: str, since: dt.date, until: dt.date):
    return con.execute(sql, {"since": since, "until": until}).df()


def new_findings(con: duckdb.DuckDBPyConnection, since: dt.date, until: dt.date) -> pd.DataFrame:
    """The rows of `rule_findings(today=until)` whose (rule, network_id, period) is not among
    `rule_findings(today=since)` (a half-year finding has no network: compared as empty)."""
    now = rule_findings(con, today=until)
    then = rule_findings(con, today=since)
    seen = set(
        then[FINDING_KEY]
        .astype(object)
        .where(then[FINDING_KEY].notna(), None)
        .itertuples(index=False, name=None)
    )
    keys = now[FINDING_KEY].astype(object).where(now[FINDING_KEY].notna(), None)
    fresh = [key not in seen for key in keys.itertuples(index=False, name=None)]
    return now[fresh].reset_index(drop=True).reindex(columns=FINDING_COLUMNS)


def changes(
    con: duckdb.DuckDBPyConnection,
    since: dt.date,
    until: dt.date,
    *,
    today: dt.date | None = None,
) -> dict[str, pd.DataFrame]:
    """What happened after `since` up to and including `until` (all generations), each frame
    with an `id` column — findings are keyed by (rule, network_id, period) instead:

    - `started`: networks with since < start_date ≤ until (id, name, type, generation,
      start_date, status), by start;
    - `closed`: networks with since < end_date ≤ until (id, name, type, generation, end_date,
      status), by end;
    - `themes`: themes with since < proposed_on ≤ until (id, title, origin, status, proposed_on);
    - `solutions`: solutions with since < handed_over_on ≤ until (id, title, network_id,
      network_name, department, status, handed_over_on);
    - `findings`: the rows of `rule_findings(today=until)` whose (rule, network_id, period) is
      not among `rule_findings(today=since)`.

    Exactly the window (since, until], whatever `today` is (it is accepted for the contract's
    uniformity): the page asks up to the meeting's day, which is today."""
    started = _between(
        con,
        """
        SELECT id, name, type, generation, start_date, status FROM network
        WHERE ns_in_window(start_date, $since, $until) ORDER BY start_date, id
        """,
        since,
        until,
    )
    closed = _between(
        con,
        """
        SELECT id, name, type, generation, end_date, status FROM network
        WHERE ns_in_window(end_date, $since, $until) ORDER BY end_date, id
        """,
        since,
        until,
    )
    themes = _between(
        con,
        """
        SELECT id, title, origin, status, proposed_on FROM theme
        WHERE ns_in_window(proposed_on, $since, $until) ORDER BY proposed_on, id
        """,
        since,
        until,
    )
    solutions = _between(
        con,
        """
        SELECT s.id, s.title, s.network_id, n.name AS network_name,
               coalesce(d.name, '') AS department, s.status, s.handed_over_on
        FROM solution s JOIN network n ON n.id = s.network_id
        LEFT JOIN department d ON d.id = s.receiving_department_id
        WHERE ns_in_window(s.handed_over_on, $since, $until)
        ORDER BY s.handed_over_on, s.id
        """,
        since,
        until,
    )
    findings = (
        new_findings(con, since, until) if since < until else pd.DataFrame(columns=FINDING_COLUMNS)
    )
    return {
        "started": started,
        "closed": closed,
        "themes": themes,
        "findings": findings,
        "solutions": solutions,
    }


# --- Decisions: what chefforum must decide -------------------------------------------------------
def decision_messages(
    kind: str, frame: pd.DataFrame, *, today: dt.date, limit: float | None = None
) -> list[str]:
    """The Danish sentence of each decision of `kind` (data.schema.DECISION_KINDS), from the
    subjects' rows (`subject` and, by kind: proposed_on and score; start_date; weeks_over and
    peak_hours with the threshold `limit`; network, department and days). One place for the
    texts: `decisions` and the pandas baseline of `make bench` say them with this."""
    subjects = frame["subject"]
    if kind in ("theme_to_qualify", "theme_to_prioritise"):
        half = fmt_half_year(next_half_year(today))
        template = Decision.QUALIFY if kind == "theme_to_qualify" else Decision.PRIORITISE
        return [
            template.format(
                title=title,
                date=fmt_date(on),
                half=half,
                score=Decision.UNSCORED if pd.isna(score) else Decision.SCORE.format(n=int(score)),
            )
            for title, on, score in zip(subjects, frame["proposed_on"], frame["score"], strict=True)
        ]
    if kind in ("network_leader_missing", "reference_leader_missing"):
        template = Decision.NO_LEADER if kind == "network_leader_missing" else Decision.NO_REFERENCE
        return [
            template.format(name=name, date=fmt_date(start))
            for name, start in zip(subjects, frame["start_date"], strict=True)
        ]
    if kind == "person_overloaded":
        first = fmt_date(lookahead(today)[0])
        return [
            Decision.OVERLOADED.format(
                name=name, limit=fmt_decimal(limit), weeks=weeks, peak=fmt_decimal(peak), date=first
            )
            for name, weeks, peak in zip(
                subjects, frame["weeks_over"], frame["peak_hours"], strict=True
            )
        ]
    if kind == "solution_on_shelf":
        return [
            Decision.ON_SHELF.format(title=t, network=n, department=d, days=fmt_days(int(x)))
            if pd.notna(x)
            else Decision.ON_SHELF_UNDATED.format(title=t, network=n, department=d)
            for t, n, d, x in zip(
                subjects, frame["network"], frame["department"], frame["days"], strict=True
            )
        ]
    return [  # solution_unreceived
        Decision.UNRECEIVED.format(title=t, network=n)
        for t, n in zip(subjects, frame["network"], strict=True)
    ]


def _themes(con, status: str, kind: str, today: dt.date) -> pd.DataFrame:
    frame = suitability(con, [status]).rename(columns={"id": "subject_id", "title": "subject"})
    frame["message"] = decision_messages(kind, frame, today=today)
    return frame.assign(kind=kind)


def _missing_role(con, role: str, kind: str, today: dt.date) -> pd.DataFrame:
    """Networks running today (any generation) with no `role` whose span covers today (an empty
    `to_date` = the network's end, open while it runs)."""
    frame = con.execute(
        """
        SELECT n.id AS subject_id, n.name AS subject, n.start_date FROM network n
        WHERE ns_runs_on(n.start_date, n.end_date, $today, $today)
          AND NOT EXISTS (
              SELECT 1 FROM role_assignment ra
              WHERE ra.network_id = n.id AND ra.role = $role
                AND ns_holds_on(ra.from_date, ra.to_date, n.start_date, n.end_date, $today))
        """,
        {"role": role, "today": today},
    ).df()
    frame["message"] = decision_messages(kind, frame, today=today)
    return frame.assign(kind=kind)


def _people(con, ids: list[str]) -> pd.DataFrame:
    """person_id, name, department (name, '' for externals) of the people `ids`."""
    return con.execute(
        """
        SELECT p.id AS person_id, p.name, coalesce(d.name, '') AS department
        FROM person p LEFT JOIN department d ON d.id = p.department_id
        WHERE list_contains($ids, p.id)
        """,
        {"ids": ids},
    ).df()


def _overloaded(con, today: dt.date) -> pd.DataFrame:
    over = overloaded_people(con, today)
    frame = over.merge(_people(con, list(over["person_id"])), on="person_id", how="left")
    frame = frame.rename(columns={"person_id": "subject_id", "name": "subject"})
    kind = "person_overloaded"
    frame["message"] = decision_messages(kind, frame, today=today, limit=threshold(con))
    return frame.assign(kind=kind)


def _solutions(con, today: dt.date, shelf_days: int) -> pd.DataFrame:
    frame = con.execute(
        """
        SELECT s.id AS subject_id, s.title AS subject, n.name AS network,
               coalesce(d.name, $no_receiver) AS department,
               coalesce(s.status_on, s.handed_over_on) AS since,
               ns_shelf_reason(s.status, s.status_on, s.handed_over_on, $today, $shelf_days)
                   AS shelf,
               s.status = 'handed_over' AND s.receiving_department_id IS NULL AS unreceived
        FROM solution s JOIN network n ON n.id = s.network_id
        LEFT JOIN department d ON d.id = s.receiving_department_id
        """,
        {"today": today, "shelf_days": shelf_days, "no_receiver": NO_RECEIVER},
    ).df()
    days = [(today - pd.Timestamp(s).date()).days if pd.notna(s) else None for s in frame["since"]]
    frame["days"] = days
    shelf = frame[frame["shelf"].notna()].copy()
    shelf["message"] = decision_messages("solution_on_shelf", shelf, today=today)
    unreceived = frame[frame["unreceived"]].copy()
    unreceived["message"] = decision_messages("solution_unreceived", unreceived, today=today)
    return pd.concat(
        [shelf.assign(kind="solution_on_shelf"), unreceived.assign(kind="solution_unreceived")]
    )


def decisions(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> pd.DataFrame:
    """kind, subject_id, message, subject (the theme's title, network's or person's name or
    solution's title) — what chefforum must decide, in the kind order of DESIGN.md §6, then by
    subject_id:

    - `theme_to_qualify`: themes `proposed`; `theme_to_prioritise`: themes `qualified`;
    - `network_leader_missing`, `reference_leader_missing`: networks running today (any
      generation) with no such role covering today;
    - `person_overloaded`: people over the threshold in some week of the 8 that start on today's
      Monday;
    - `solution_on_shelf`: status `on_shelf`, or `handed_over` with today − `status_on` >
      `shelf_days` (`ns_shelf_reason`; any generation);
    - `solution_unreceived`: status `handed_over` and no receiving department."""
    today = today or dt.date.today()
    parts = [
        _themes(con, "proposed", "theme_to_qualify", today),
        _themes(con, "qualified", "theme_to_prioritise", today),
        _missing_role(con, "network_leader", "network_leader_missing", today),
        _missing_role(con, "reference_leader", "reference_leader_missing", today),
        _overloaded(con, today),
        _solutions(con, today, read_settings(con).shelf_days),
    ]
    frame = pd.concat([p[DECISION_COLUMNS] for p in parts], ignore_index=True)
    frame["_kind"] = frame["kind"].map(DECISION_KINDS.index)
    frame = frame.sort_values(["_kind", "subject_id"]).drop(columns="_kind")
    return frame.reset_index(drop=True)


# --- Learning: the latest RC result in plain Danish ----------------------------------------------
def learning(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> dict | None:
    """The network effect between the two latest organisation-wide RC waves fielded by today
    (analytics.rc.network_effect, the RC page's verdict): verdict ('more', 'less', 'unclear',
    'none'), before and after (wave names), and text (the RC page's sentence, plain Danish);
    None with fewer than two waves."""
    today = today or dt.date.today()
    waves = org_waves(con, today)
    if len(waves) < 2:
        return None
    names = dict(con.execute("SELECT id, name FROM rc_wave").fetchall())
    said, text = effect_text(con, waves[1], waves[0], today=today)
    return {"verdict": said, "before": names[waves[1]], "after": names[waves[0]], "text": text}


# --- The meeting as a whole: the decisions' context and the briefing's content -------------------
def prioritised_mix(
    con: duckdb.DuckDBPyConnection,
    extra_types: list[str] | tuple[str, ...] = (),
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """The NS3 mix check for the coming half-year (analytics.themes.mix_check) of the themes
    chefforum has prioritised (one start each, of its suggested type), plus `extra_types`:
    the live check while a theme is being decided."""
    prioritised = suitability(con, ["prioritised"])
    types = [*prioritised["suggested_type"].dropna(), *extra_types]
    return mix_check(con, types, today=today)


def shelf(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> pd.DataFrame:
    """The solutions not taken into use today (`analytics.solutions.shelf_now`: on the shelf or
    waiting past `shelf_days`, every generation), longest waiting first."""
    return shelf_now(con, Scope(today=today))


def briefing(
    con: duckdb.DuckDBPyConnection,
    since: dt.date,
    until: dt.date,
    *,
    today: dt.date | None = None,
) -> dict:
    """What the one-page briefing says about the meeting held on `until` (the last one on
    `since`): changes, waiting (decisions by kind), mix (the prioritised themes against NS3),
    shelf (solutions on the shelf), shelf_by_department, unreceived, learning, kpis. The
    decisions taken and the minutes come from the meeting's record (data.meetings)."""
    today = today or dt.date.today()
    waiting = decisions(con, today=today)
    on_shelf = shelf(con, today=today)
    return {
        "since": since,
        "until": until,
        "changes": changes(con, since, until, today=today),
        "waiting": waiting,
        "mix": prioritised_mix(con, today=today),
        "shelf": on_shelf,
        "shelf_by_department": shelf_by_department(on_shelf),
        "unreceived": int((waiting["kind"] == "solution_unreceived").sum()),
        "learning": learning(con, today=today),
    }


def leader_candidates(
    con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None, top: int = 5
) -> pd.DataFrame:
    """network_id, network, type, candidates — for each network running today without a network
    leader (`decisions`), who in the pool could lead it (`analytics.people.leader_pool` on
    today): the free and qualified; for a learning network also an untested pool member who
    leads nothing now (NS3, seed 002 'Netværksledelse': "kan uprøvede netværksledere dog godt
    være leder for et læringsnetværk"). Qualified first, then by name; at most `top` each, as
    'Name (department)'."""
    today = today or dt.date.today()
    missing = decisions(con, today=today)
    missing = missing[missing["kind"] == "network_leader_missing"]
    pool = leader_pool(con, today, today=today).merge(
        con.execute("SELECT id AS department_id, name AS department FROM department").df(),
        on="department_id",
        how="left",
    )
    pool = pool.sort_values(["qualified", "name"], ascending=[False, True])
    pool["label"] = pool["name"] + " (" + pool["department"].fillna("") + ")"
    types = dict(con.execute("SELECT id, type FROM network").fetchall())
    rows = []
    for network_id, name in zip(missing["subject_id"], missing["subject"], strict=True):
        network_type = types[network_id]
        fits = pool["free"] | ((network_type == "learning") & ~pool["leading"] & ~pool["qualified"])
        rows.append((network_id, name, network_type, list(pool.loc[fits, "label"].head(top))))
    return pd.DataFrame(rows, columns=["network_id", "network", "type", "candidates"])


def overloaded_detail(
    con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None
) -> pd.DataFrame:
    """person_id, name, department, weeks_over, peak_hours, networks, staff_managers — the
    people over the threshold in the 8 weeks ahead, with the networks that load them then and
    those networks' staff managers (role `staff_manager`): who chefforum can talk to."""
    today = today or dt.date.today()
    over = overloaded_people(con, today)
    if over.empty:
        columns = ["person_id", "name", "department", "weeks_over", "peak_hours"]
        return pd.DataFrame(columns=[*columns, "networks", "staff_managers"])
    loads = person_networks(con, *lookahead(today))
    loads = loads[loads["person_id"].isin(over["person_id"])]
    managers = con.execute(
        """
        SELECT ra.network_id, string_agg(DISTINCT p.name, ', ' ORDER BY p.name) AS managers
        FROM role_assignment ra JOIN person p ON p.id = ra.person_id
        WHERE ra.role = 'staff_manager' AND list_contains($ids, ra.network_id)
        GROUP BY ra.network_id
        """,
        {"ids": list(loads["network_id"].unique())},
    ).df()
    loads = loads.merge(managers, on="network_id", how="left")
    per_person = loads.groupby("person_id").agg(
        networks=("network_name", lambda s: ", ".join(dict.fromkeys(s))),
        staff_managers=(
            "managers",
            lambda s: ", ".join(dict.fromkeys(n for m in s.dropna() for n in m.split(", "))),
        ),
    )
    people = _people(con, list(over["person_id"]))
    return (
        over.merge(people, on="person_id")
        .merge(per_person.reset_index(), on="person_id", how="left")
        .loc[:, ["person_id", "name", "department", "weeks_over", "peak_hours", "networks",
                 "staff_managers"]]
    )  # fmt: skip
