"""The kommunaldirektør's overview (DESIGN.md §6 "The overview"): the whole picture in a handful
of numbers — networks running, NS3's rhythm this half-year, innovation against its maximum,
people carrying too much, coordination across departments and solutions in daily practice.

Seed 000/001: "strukturere platformen – sætte netværket fri"; the numbers are NS3's own
(seed 002, 'Netværk – type og antal': "sættes 4-5 netværk i gang halvårligt", "kører højst 2
innovationsnetværk af gangen"; 'Forløb og ressourcetræk'), seed 004 (relational coordination)
and seed 003 ("outcome fremfor output": solutions taken into operation).
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from analytics.load import overloaded_people
from analytics.meeting import DECISION_KINDS, decisions
from analytics.portfolio import running_today
from analytics.rc import dimension_change, org_waves, wave_index
from analytics.rules import rule_findings
from analytics.scope import Scope
from data.labels import Alert
from data.settings import read_settings


def kpis(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> dict:
    """The overview's numbers, exactly the keys of DESIGN.md §6 "The overview":

    - `running`: {type: networks of any generation running today}, every type present;
    - `starts_half_year`: networks the `starts_per_half_year` rule judges (NS3, started on or
      after `rules_from`) that started in the half-year holding today, on or before today;
      `starts_band`: (`starts_min`, `starts_max`);
    - `innovation_running`: innovation networks running today — the same count as
      `running['innovation']` (any generation: the tile beside it must agree with it);
      `innovation_max`: `innovation_max_running`;
    - `overloaded_people`: distinct people over the threshold in some week of the 8 weeks that
      start on today's Monday;
    - `rc_index`, `rc_previous`: the index of the latest and of the one before of the
      organisation-wide waves fielded on or before today (None when missing);
    - `solutions_implemented`: solutions whose status is `implemented`; `solutions_on_shelf`:
      status `on_shelf`, or `handed_over` more than `shelf_days` after `status_on` (as in
      `analytics.meeting.decisions`); any generation.
    """
    today = today or dt.date.today()
    lim = read_settings(con)
    running = running_today(con, Scope(today=today))
    starts, implemented, on_shelf = con.execute(
        """
        SELECT
          (SELECT count(*) FROM network
           WHERE ns_judged(generation, start_date, $rules_from)
             AND ns_half_year(start_date) = ns_half_year($today) AND start_date <= $today),
          (SELECT count(*) FROM solution WHERE status = 'implemented'),
          (SELECT count(*) FROM solution
           WHERE ns_shelf_reason(status, status_on, handed_over_on, $today, $shelf_days)
                 IS NOT NULL)
        """,
        {"rules_from": lim.rules_from, "today": today, "shelf_days": lim.shelf_days},
    ).fetchall()[0]
    waves = org_waves(con, today)[:2]
    scored = wave_index(con, waves).dropna()
    index = dict(zip(scored["wave_id"], scored["rc_index"].astype(float), strict=True))
    return {
        "running": running,
        "starts_half_year": int(starts),
        "starts_band": (lim.starts_min, lim.starts_max),
        "innovation_running": running["innovation"],
        "innovation_max": lim.innovation_max_running,
        "overloaded_people": len(overloaded_people(con, today)),
        "rc_index": index.get(waves[0]) if waves else None,
        "rc_previous": index.get(waves[1]) if len(waves) > 1 else None,
        "solutions_implemented": int(implemented),
        "solutions_on_shelf": int(on_shelf),
    }


def rc_change(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> dict | None:
    """The change of the organisation-wide index from the wave before to the latest: latest,
    previous (wave ids), change, low, high (its 95 % bootstrap interval, analytics.rc), clear
    (the interval excludes 0) — None with fewer than two waves or a hidden index."""
    waves = org_waves(con, today or dt.date.today())
    if len(waves) < 2:
        return None
    change = dimension_change(con, waves[1], waves[0], dimensions=("rc_index",)).iloc[0]
    if pd.isna(change["change"]):
        return None
    return {
        "latest": waves[0],
        "previous": waves[1],
        "change": float(change["change"]),
        "low": float(change["low"]),
        "high": float(change["high"]),
        "clear": bool(change["clear"]),
    }


# Where a decision kind is explained: the page (pages/_registry.py key), and whether one
# subject of that kind opens its own row there (?network=ID on the Netværk page).
_KIND_PAGES = {
    "theme_to_qualify": "themes",
    "theme_to_prioritise": "themes",
    "network_leader_missing": "network",
    "reference_leader_missing": "network",
    "person_overloaded": "load",
    "solution_on_shelf": "solutions",
    "solution_unreceived": "solutions",
}
ALERT_COLUMNS = ["severity", "text", "page", "network_id", "count"]
# The rule whose finding says what a decision kind says (the alert is given once).
_SAME_AS = {
    "network_leader_count": "network_leader_missing",
    "reference_leader_count": "reference_leader_missing",
}


def alerts(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> pd.DataFrame:
    """severity, text, page, network_id, count — the overview's alerts, most urgent first:
    every rule finding of severity `error` (what it found: its `fact`; page 'network' with its
    network, or 'portfolio' for a half-year), then what waits for chefforum (`decisions`), one
    line per kind in the kind order of DESIGN.md §6 with its count (severity 'decision'; one
    network without a leader opens that network's page, several the Chefforum-møde page). A
    network whose missing leader is already an error finding is not said twice."""
    today = today or dt.date.today()
    findings = rule_findings(con, today=today)
    errors = findings[findings["severity"] == "error"]
    rows = [
        (
            "error",
            text,
            "network" if pd.notna(nid) else "portfolio",
            nid if pd.notna(nid) else "",
            1,
        )
        for text, nid in zip(errors["fact"], errors["network_id"], strict=True)
    ]
    waiting = decisions(con, today=today)
    # a network whose missing role is already an error finding is not said twice
    said = {
        (_SAME_AS[rule], network_id)
        for rule, network_id in zip(errors["rule"], errors["network_id"], strict=True)
        if rule in _SAME_AS
    }
    repeated = [k in said for k in zip(waiting["kind"], waiting["subject_id"], strict=True)]
    waiting = waiting[~pd.Series(repeated, index=waiting.index, dtype=bool)]
    for kind in DECISION_KINDS:
        these = waiting[waiting["kind"] == kind]
        if these.empty:
            continue
        one, many = Alert.KINDS[kind]
        n = len(these)
        text = one.format(first=f"«{these['subject'].iloc[0]}»") if n == 1 else many.format(n=n)
        page = _KIND_PAGES[kind]
        network_id = these["subject_id"].iloc[0] if page == "network" and n == 1 else ""
        if page == "network" and n > 1:
            page = "meeting"
        rows.append(("decision", text, page, network_id, n))
    return pd.DataFrame(rows, columns=ALERT_COLUMNS)
