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
from analytics.portfolio import running_today
from analytics.rc import dimension_change, wave_scores
from analytics.scope import Scope
from data.settings import read_settings


def org_waves(con: duckdb.DuckDBPyConnection, today: dt.date) -> list[str]:
    """The organisation-wide RC waves (no `network_id`) fielded on or before today, latest first
    (ties: the larger id first)."""
    rows = con.execute(
        """
        SELECT id FROM rc_wave
        WHERE network_id IS NULL AND fielded_on <= $today
        ORDER BY fielded_on DESC, id DESC
        """,
        {"today": today},
    ).fetchall()
    return [r[0] for r in rows]


def _wave_index(con: duckdb.DuckDBPyConnection, wave_id: str | None) -> float | None:
    """A wave's index: the mean, over its complete answers in shown pairs, of their 7-item mean
    (`analytics.rc.wave_scores`, tie 'all'); None when it has none."""
    if wave_id is None:
        return None
    scores = wave_scores(con, [wave_id])
    value = scores.loc[scores["tie"] == "all", "rc_index"]
    return None if value.empty or pd.isna(value.iloc[0]) else float(value.iloc[0])


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
    waves = org_waves(con, today) + [None, None]
    return {
        "running": running,
        "starts_half_year": int(starts),
        "starts_band": (lim.starts_min, lim.starts_max),
        "innovation_running": running["innovation"],
        "innovation_max": lim.innovation_max_running,
        "overloaded_people": len(overloaded_people(con, today)),
        "rc_index": _wave_index(con, waves[0]),
        "rc_previous": _wave_index(con, waves[1]),
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
    change = dimension_change(con, waves[1], waves[0]).set_index("dimension").loc["rc_index"]
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
