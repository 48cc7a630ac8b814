import datetime as dt

from data.labels import ENUM_LABELS, fmt_date, fmt_number
from data.schema import ENUMS


def test_danish_dates():
    assert fmt_date(dt.date(2026, 11, 24)) == "24. nov. 2026"
    assert fmt_date(dt.datetime(2015, 5, 1, 12, 0)) == "1. maj 2015"
    assert fmt_date(None) == ""


def test_danish_numbers():
    assert fmt_number(1234.5, 1) == "1.234,5"
    assert fmt_number(1234567) == "1.234.567"
    assert fmt_number(float("nan")) == ""


def test_every_enum_value_has_a_danish_label():
    for enum, values in ENUMS.items():
        assert set(ENUM_LABELS[enum]) == set(values), enum
