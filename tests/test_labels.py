import datetime as dt

import pandas as pd

from data.labels import ENUM_LABELS, fmt_date, fmt_number, fmt_people, fmt_week
from data.schema import ENUMS


def test_danish_dates():
    assert fmt_date(dt.date(2026, 11, 24)) == "24. nov. 2026"
    assert fmt_date(dt.datetime(2015, 5, 1, 12, 0)) == "1. maj 2015"
    assert fmt_date(None) == ""


def test_iso_weeks():
    # Monday 23 Nov 2026 is in ISO week 48 (1 Jan 2026 is a Thursday, so week 1 starts 29 Dec
    # 2025; 23 Nov is 329 days later = 47 weeks -> week 48)
    assert fmt_week(pd.Timestamp(2026, 11, 23)) == "uge 48 (23. nov. 2026)"
    assert fmt_week(dt.date(2026, 11, 23)) == "uge 48 (23. nov. 2026)"
    assert fmt_week(pd.NaT) == "" and fmt_week(None) == ""


def test_danish_numbers():
    assert fmt_number(1234.5, 1) == "1.234,5"
    assert fmt_number(1234567) == "1.234.567"
    assert fmt_number(float("nan")) == ""
    assert (fmt_people(1), fmt_people(2), fmt_people(1200)) == (
        "1 person",
        "2 personer",
        "1.200 personer",
    )


def test_every_enum_value_has_a_danish_label():
    for enum, values in ENUMS.items():
        assert set(ENUM_LABELS[enum]) == set(values), enum
