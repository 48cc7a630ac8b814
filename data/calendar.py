"""The calendar every layer shares: ISO weeks (Mondays), half-years and the four grains of the
trends (DESIGN.md §6 "Trends": month, quarter, half-year, year).

A half-year is `YYYYH1` (January–June) or `YYYYH2` (DESIGN.md §6 "Portfolio rules"); NS3 plans
its starts per half-year (seed 002, 'Netværk – type og antal': "sættes 4-5 netværk i gang
halvårligt"). Labels are the stored codes (`2016-01`, `2016Q1`, `2016H1`, `2016`); the Danish
words for them live in `data.labels` (`fmt_half_year`, `fmt_period`).

In SQL the same readings are the macros `ns_half_year(day)` and `ns_period_start(day, grain)`
(`data.macros`), so a query and this module agree.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Grain = Literal["month", "quarter", "half_year", "year"]
GRAINS: tuple[Grain, ...] = ("month", "quarter", "half_year", "year")
_MONTHS_PER = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}


def monday(day: dt.date) -> dt.date:
    """The Monday of `day`'s ISO week (the load model's `week_start`)."""
    return day - dt.timedelta(days=day.weekday())


def first_monday(day: dt.date) -> dt.date:
    """The first Monday on or after `day`."""
    return monday(day + dt.timedelta(days=6))


def half_year(day: dt.date) -> str:
    """'2016H1' for a day in January–June 2016, '2016H2' for July–December."""
    return f"{day.year}H{1 if day.month <= 6 else 2}"


def half_year_bounds(label: str) -> tuple[dt.date, dt.date]:
    """First and last day of the half-year '2016H1'."""
    year, h = int(label[:4]), label[-1]
    if h == "1":
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    return dt.date(year, 7, 1), dt.date(year, 12, 31)


def half_years(first: dt.date, last: dt.date) -> list[str]:
    """Every half-year from the one holding `first` to the one holding `last`, in order."""
    return [label for _, label in periods(first, last, "half_year")]


def next_half_year(today: dt.date) -> str:
    """The half-year after the one holding `today`."""
    return half_year(add_months(period_start(today, "half_year"), 6))


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month `months` after `day`'s month (day of month dropped)."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_start(day: dt.date, grain: Grain) -> dt.date:
    """The first day of the `grain` period holding `day`."""
    step = _MONTHS_PER[grain]
    return dt.date(day.year, (day.month - 1) // step * step + 1, 1)


def period_end(start: dt.date, grain: Grain) -> dt.date:
    """The last day of the `grain` period that starts on `start`."""
    return add_months(start, _MONTHS_PER[grain]) - dt.timedelta(days=1)


def period_label(start: dt.date, grain: Grain) -> str:
    """The stored label of a period (DESIGN.md §6 "Trends"): 2016-01, 2016Q1, 2016H1, 2016."""
    if grain == "month":
        return f"{start.year}-{start.month:02d}"
    if grain == "quarter":
        return f"{start.year}Q{(start.month - 1) // 3 + 1}"
    if grain == "half_year":
        return half_year(start)
    return str(start.year)


def periods(first: dt.date, last: dt.date, grain: Grain) -> list[tuple[dt.date, str]]:
    """(period_start, label) of every `grain` period from the one holding `first` to the one
    holding `last`, empty ones included; [] when `last` is before `first`."""
    out, start = [], period_start(first, grain)
    while start <= last:
        out.append((start, period_label(start, grain)))
        start = add_months(start, _MONTHS_PER[grain])
    return out


def load_window(today: dt.date) -> tuple[dt.date, dt.date]:
    """The load page's default weeks: from the Monday 12 weeks before today's to the end of the
    coming half-year (now, and the plan NS3 makes per half-year)."""
    return monday(today) - dt.timedelta(weeks=12), half_year_bounds(next_half_year(today))[1]
