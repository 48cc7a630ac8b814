"""The settings of DESIGN.md §4, read once into a typed value: the one place that knows their
types, defaults, ranges and fallbacks (`data.schema.SETTINGS`).

A stored value that does not read as its type gives the default, and a number outside its range
is moved to the range's end (`rc_min_respondents` never below 3), so a bad value — from before
settings were validated — cannot stop a page or a rule check.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass

import duckdb

from data import values
from data.schema import RULE_SEVERITIES, SETTINGS, SEVERITY_CHOICES

DEFAULT_SETTINGS: dict[str, str] = {key: spec.default for key, spec in SETTINGS.items()}


@dataclass(frozen=True)
class Settings:
    """Every setting typed. `severity` maps each NS3 rule to error/warning/info/off."""

    rules_from: dt.date
    starts_min: int
    starts_max: int
    learning_per_half_year: int
    welfare_min: int
    welfare_max: int
    innovation_max_running: int
    load_threshold_hours: float
    shelf_days: int
    rc_min_respondents: int
    rc_weak_below: float
    rc_strong_above: float
    severity: Mapping[str, str]

    def __getitem__(self, key: str):
        """`settings["starts_min"]` reads like the dict the pages knew."""
        return getattr(self, key)

    def as_dict(self) -> dict:
        return {key: getattr(self, key) for key in (*SETTINGS, "severity")}


def stored(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The raw text of every setting, defaults filled in (one query)."""
    rows = con.execute("SELECT key, value FROM setting").fetchall()
    return {**DEFAULT_SETTINGS, **dict(rows)}


def typed(raw: Mapping[str, str]) -> dict:
    """The settings of data.schema.SETTINGS typed (int, float, date, bool), with fallbacks."""
    return dict(_typed(tuple(sorted((k, str(v)) for k, v in raw.items() if k in SETTINGS))))


@functools.lru_cache(maxsize=64)
def _typed(raw: tuple[tuple[str, str], ...]) -> dict:
    """`typed` of the same texts, parsed once (every analytics call reads the settings: the
    parsing, not the query, was 60 ms of each)."""
    raw = dict(raw)
    out = {}
    for key, spec in SETTINGS.items():
        try:
            out[key] = values.setting(spec, raw.get(key, spec.default), clamp=True)[0]
        except ValueError:
            out[key] = values.setting(spec, spec.default)[0]
    return out


def read_settings(con: duckdb.DuckDBPyConnection) -> Settings:
    """Every setting, typed, from one query."""
    raw = stored(con)
    severity = {
        rule: raw.get(f"severity_{rule}")
        if raw.get(f"severity_{rule}") in SEVERITY_CHOICES
        else default
        for rule, default in RULE_SEVERITIES.items()
    }
    return Settings(**typed(raw), severity=severity)
