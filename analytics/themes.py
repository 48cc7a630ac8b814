"""Themes: the pipeline, suitability against the 7 criteria of NS3, a ranked proposal for the
coming half-year, and a check of a start list against the NS3 mix.

NS3 (seed 002, 'Tema'): "drøfter chefforum halvårligt de mulige temaer" and "spiller chefforum en
aktiv rolle i kvalificering og prioritering af temaerne"; 'Netværk – type og antal': "sættes 4-5
netværk i gang halvårligt", "som oftest ... 1 læringsnetværk og 3-4 velfærdsnetværk", "kører højst
2 innovationsnetværk af gangen".
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from data.calendar import half_year_bounds, next_half_year
from data.labels import MixCheck, fmt_half_year
from data.schema import ENUMS, THEME_CRITERIA
from data.settings import read_settings

MAX_SCORE = 3 * len(THEME_CRITERIA)  # 7 criteria scored 0-3 (DESIGN.md §4): 0..21
OPEN_STATUSES = ("prioritised", "qualified", "proposed")  # not yet launched or rejected


def pipeline(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """status, origin, themes — every status × origin, zeros included, in pipeline order."""
    frame = con.execute(
        """
        SELECT s.status, o.origin, count(t.id) AS themes
        FROM unnest($statuses) s(status) CROSS JOIN unnest($origins) o(origin)
        LEFT JOIN theme t ON t.status = s.status AND t.origin = o.origin
        GROUP BY s.status, o.origin
        """,
        {"statuses": list(ENUMS["theme_status"]), "origins": list(ENUMS["theme_origin"])},
    ).df()
    order = {s: i for i, s in enumerate(ENUMS["theme_status"])}
    order_origin = {o: i for i, o in enumerate(ENUMS["theme_origin"])}
    return frame.sort_values(
        ["status", "origin"], key=lambda c: c.map(order if c.name == "status" else order_origin)
    ).reset_index(drop=True)


def suitability(
    con: duckdb.DuckDBPyConnection, statuses: list[str] | tuple[str, ...] | None = None
) -> pd.DataFrame:
    """id, title, status, origin, proposed_on, owner, the 7 criteria, score (0-21, empty unless
    all 7 are scored), suitability (% of 21), suggested_type (registered or derived) and
    type_source ('registered' / 'criteria' / '')."""
    return con.execute(
        """
        WITH scored AS (
            SELECT t.*,
                   t.crit_citizen_welfare + t.crit_current + t.crit_cross_cutting
                   + t.crit_complexity + t.crit_learning + t.crit_innovation
                   + t.crit_new_perspectives AS score
            FROM theme t
        )
        SELECT t.id, t.title, t.status, t.origin, t.proposed_on, p.name AS owner,
               t.crit_citizen_welfare, t.crit_current, t.crit_cross_cutting, t.crit_complexity,
               t.crit_learning, t.crit_innovation, t.crit_new_perspectives,
               t.score,
               round(100.0 * t.score / $max_score, 1) AS suitability,
               coalesce(t.suggested_type,
                        ns_theme_type(t.crit_citizen_welfare, t.crit_cross_cutting,
                                      t.crit_learning, t.crit_new_perspectives,
                                      t.crit_innovation, t.crit_complexity)) AS suggested_type,
               CASE WHEN t.suggested_type IS NOT NULL THEN 'registered'
                    WHEN t.score IS NOT NULL THEN 'criteria' ELSE '' END AS type_source
        FROM scored t LEFT JOIN person p ON p.id = t.owner_id
        WHERE $statuses IS NULL OR list_contains($statuses, t.status)
        ORDER BY score DESC NULLS LAST, t.proposed_on, t.id
        """,
        {"statuses": list(statuses) if statuses is not None else None, "max_score": MAX_SCORE},
    ).df()


def status_totals(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """{status: themes} for every status of DESIGN.md §4, zeros included."""
    frame = pipeline(con).groupby("status", sort=False)["themes"].sum()
    return {status: int(frame[status]) for status in ENUMS["theme_status"]}


def suitability_pct(scores: dict[str, int]) -> float:
    """Suitability of one theme's 7 criteria scores: their sum as a % of 21, one decimal."""
    return round(100.0 * sum(scores[c] for c in THEME_CRITERIA) / MAX_SCORE, 1)


def _already_planned(con, half_year: str, rules_from: dt.date) -> dict[str, int]:
    """Networks judged by NS3 (`ns_judged`) registered to start in the half-year, by type, and
    innovation networks forecast to run on its first day (`ns_forecast_on`: to end_date, else
    to the planned end, else open), stopped ones left out."""
    rows = con.execute(
        """
        SELECT
          count(*) FILTER (WHERE ns_half_year(start_date) = $half_year) AS starts,
          count(*) FILTER (WHERE ns_half_year(start_date) = $half_year
                             AND type = 'learning') AS learning,
          count(*) FILTER (WHERE ns_half_year(start_date) = $half_year
                             AND type = 'welfare') AS welfare,
          count(*) FILTER (WHERE ns_half_year(start_date) = $half_year
                             AND type = 'innovation') AS innovation,
          count(*) FILTER (WHERE type = 'innovation' AND start_date < $first_day
                             AND status <> 'stopped'
                             AND ns_forecast_on(start_date, end_date, planned_end, $first_day))
              AS innovation_running
        FROM network
        WHERE ns_judged(generation, start_date, $rules_from)
        """,
        {
            "half_year": half_year,
            "first_day": half_year_bounds(half_year)[0],
            "rules_from": rules_from,
        },
    ).fetchall()[0]
    return dict(
        zip(
            ["starts", "learning", "welfare", "innovation", "innovation_running"], rows, strict=True
        )
    )


def mix_check(
    con: duckdb.DuckDBPyConnection,
    proposed_types: list[str] | tuple[str, ...],
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """check, ok, count, message — the networks already registered for the coming half-year
    plus `proposed_types` (one type per proposed theme) against the NS3 mix: 4–5 starts,
    1 learning, 3–4 welfare, at most 2 innovation running including the ones already running."""
    today = today or dt.date.today()
    lim = read_settings(con)
    half = next_half_year(today)
    have = _already_planned(con, half, lim.rules_from)
    new = {t: list(proposed_types).count(t) for t in ("learning", "welfare", "innovation")}
    starts = have["starts"] + len(proposed_types)
    learning = have["learning"] + new["learning"]
    welfare = have["welfare"] + new["welfare"]
    innovation = have["innovation_running"] + have["innovation"] + new["innovation"]
    rows = [
        (
            "starts",
            starts,
            lim["starts_min"] <= starts <= lim["starts_max"],
            MixCheck.STARTS.format(
                n=starts, planned=have["starts"], lo=lim["starts_min"], hi=lim["starts_max"]
            ),
        ),
        (
            "learning",
            learning,
            learning == lim["learning_per_half_year"],
            MixCheck.LEARNING.format(n=learning, want=lim["learning_per_half_year"]),
        ),
        (
            "welfare",
            welfare,
            lim["welfare_min"] <= welfare <= lim["welfare_max"],
            MixCheck.WELFARE.format(n=welfare, lo=lim["welfare_min"], hi=lim["welfare_max"]),
        ),
        (
            "innovation",
            innovation,
            innovation <= lim["innovation_max_running"],
            MixCheck.INNOVATION.format(
                n=innovation, running=have["innovation_running"], max=lim["innovation_max_running"]
            ),
        ),
    ]
    frame = pd.DataFrame(rows, columns=["check", "count", "ok", "message"])
    frame.attrs["half_year"] = fmt_half_year(half)
    return frame


def proposal(con: duckdb.DuckDBPyConnection, *, today: dt.date | None = None) -> pd.DataFrame:
    """The open themes ranked for the coming half-year — prioritised before qualified before
    proposed, then by suitability, then oldest first — with `rank` and `selected`: a start list
    that fills the NS3 mix greedily from the top (the room left after networks already
    registered for the half-year and innovation networks still running)."""
    today = today or dt.date.today()
    lim = read_settings(con)
    frame = suitability(con, OPEN_STATUSES)
    frame["_status"] = frame["status"].map(OPEN_STATUSES.index)
    frame = (
        frame.sort_values(
            ["_status", "score", "proposed_on", "id"],
            ascending=[True, False, True, True],
            na_position="last",
        )
        .drop(columns="_status")
        .reset_index(drop=True)
    )
    frame.insert(0, "rank", range(1, len(frame) + 1))
    half = next_half_year(today)
    have = _already_planned(con, half, lim.rules_from)
    room = {
        "total": lim["starts_max"] - have["starts"],
        "learning": lim["learning_per_half_year"] - have["learning"],
        "welfare": lim["welfare_max"] - have["welfare"],
        "innovation": lim["innovation_max_running"]
        - have["innovation_running"]
        - have["innovation"],
    }
    selected = []
    for network_type in frame["suggested_type"]:  # a handful of themes: a short greedy walk
        take = room["total"] > 0 and room.get(network_type, 0) > 0
        if take:
            room["total"] -= 1
            room[network_type] -= 1
        selected.append(take)
    frame["selected"] = selected
    return frame
