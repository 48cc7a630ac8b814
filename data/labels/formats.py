"""Danish formats of numbers, dates, weeks, half-years, days and counts (1.234,5; 24. nov. 2026)."""

from __future__ import annotations

import datetime as dt
import math

_MONTHS = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """24. nov. 2026"""
    if value is None or value != value:  # None or NaT
        return ""
    if hasattr(value, "date") and callable(value.date):
        value = value.date()
    return f"{value.day}. {_MONTHS[value.month - 1]} {value.year}"


def fmt_moment(value: dt.datetime | None) -> str:
    """24. nov. 2026 kl. 14.05 (a line of the audit log)."""
    if value is None or value != value:
        return ""
    return f"{fmt_date(value)} kl. {value.hour:02d}.{value.minute:02d}"


def fmt_number(value: float | int | None, decimals: int = 0, *, signed: bool = False) -> str:
    """1.234,5 — Danish thousands separator and decimal comma; `signed`: +0,25 / −0,10."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:{'+' if signed else ''},.{decimals}f}".replace("-", "−" if signed else "-")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fmt_decimal(value: float | int | None, decimals: int = 1) -> str:
    """10 -> '10', 10.5 -> '10,5': a whole number without a trailing ',0' (an hours setting, a
    threshold), else `decimals` places with the decimal comma."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return fmt_number(value, 0 if float(value).is_integer() else decimals)


_MONTH_NAMES = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)


def fmt_month(value: dt.date, *, short: bool = False) -> str:
    """'marts 2018' (`short`: 'mar. 2018', a slider's tick)."""
    names = _MONTHS if short else _MONTH_NAMES
    return f"{names[value.month - 1]} {value.year}"


def fmt_week(week) -> str:
    """'uge 48 (23. nov. 2026)' — the ISO week number and its Monday; empty when missing."""
    if week is None or week != week:  # None or NaT
        return ""
    return f"uge {week.isocalendar()[1]} ({fmt_date(week)})"


def fmt_count(n: int, one: str, many: str) -> str:
    """'1 række', '3 rækker' — a count with the Danish singular or plural."""
    return f"{fmt_number(n)} {one if n == 1 else many}"


def fmt_people(n: int) -> str:
    """'1 person', '3 personer'"""
    return fmt_count(n, "person", "personer")


def fmt_half_year(half_year: str) -> str:
    """'2020H1' -> '1. halvår 2020'"""
    return f"{half_year[-1]}. halvår {half_year[:4]}"


def fmt_half_year_short(half_year: str) -> str:
    """'2020H1' -> '1. hv. 2020' (a chart's tick, where '1. halvår 2020' takes too much room)"""
    return f"{half_year[-1]}. hv. {half_year[:4]}"


def fmt_period(label: str, grain: str, *, short: bool = False) -> str:
    """A trend period's label (data.calendar.period_label) in Danish: '2016', '1. halvår 2016',
    '1. kvartal 2016', 'januar 2016'; `short` for a chart's tick: '1. hv. 2016', '1. kvt. 2016',
    'jan. 2016'."""
    if grain == "half_year":
        return fmt_half_year_short(label) if short else fmt_half_year(label)
    if grain == "quarter":
        return f"{label[-1]}. {'kvt.' if short else 'kvartal'} {label[:4]}"
    if grain == "month":
        names = _MONTHS if short else _MONTH_NAMES
        return f"{names[int(label[5:7]) - 1]} {label[:4]}"
    return label


def fmt_days(days: int) -> str:
    return "1 dag" if days == 1 else f"{fmt_number(days)} dage"


_WORDS = {2: "to", 3: "tre", 4: "fire", 5: "fem", 6: "seks", 7: "syv", 8: "otte", 9: "ni"}


def fmt_number_word(n: int) -> str:
    """2..9 in Danish words (as in "højst to"), other numbers as digits."""
    return _WORDS.get(int(n), str(int(n)))
