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


def test_every_part_of_the_labels_package_imports_on_its_own():
    import importlib
    import pkgutil

    import data.labels

    names = sorted(m.name for m in pkgutil.iter_modules(data.labels.__path__))
    assert names == sorted(part.__name__.rsplit(".", 1)[1] for part in data.labels.PARTS)
    for name in names:
        part = importlib.import_module(f"data.labels.{name}")
        assert part.__doc__, name  # each part says what its one job is


def test_no_ui_key_is_defined_in_two_parts():
    from data.labels import UI, UI_PARTS

    seen: dict[str, str] = {}
    for part in UI_PARTS:
        for key in part.UI:
            assert key not in seen, f"UI[{key!r}] in {seen.get(key)} and {part.__name__}"
            seen[key] = part.__name__
    # the merged dict holds every key of every part, each with its part's text
    assert len(UI) == len(seen) == sum(len(part.UI) for part in UI_PARTS)
    assert all(UI[key] == part.UI[key] for part in UI_PARTS for key in part.UI)


def test_the_package_re_exports_every_public_name_of_its_parts():
    import inspect

    import data.labels

    for part in data.labels.PARTS:
        for name, value in vars(part).items():
            if name.startswith("_") or name in ("UI", "annotations") or inspect.ismodule(value):
                continue
            assert getattr(data.labels, name) is value, (part.__name__, name)
    assert set(data.labels.__all__) <= set(dir(data.labels))


def test_whole_numbers_without_a_trailing_zero_and_short_half_years():
    from data.labels import fmt_decimal, fmt_half_year, fmt_half_year_short

    assert (fmt_decimal(10.0), fmt_decimal(10.5), fmt_decimal(1234.25, 2)) == (
        "10",
        "10,5",
        "1.234,25",
    )
    assert fmt_decimal(None) == "" and fmt_decimal(float("nan")) == ""
    assert (fmt_half_year("2013H1"), fmt_half_year_short("2013H2")) == (
        "1. halvår 2013",
        "2. hv. 2013",
    )


def test_trend_periods_in_danish_long_and_short():
    from data.labels import fmt_period

    assert fmt_period("2016", "year") == fmt_period("2016", "year", short=True) == "2016"
    assert fmt_period("2016H2", "half_year") == "2. halvår 2016"
    assert fmt_period("2016H2", "half_year", short=True) == "2. hv. 2016"
    assert fmt_period("2016Q3", "quarter") == "3. kvartal 2016"
    assert fmt_period("2016Q3", "quarter", short=True) == "3. kvt. 2016"
    assert fmt_period("2016-03", "month") == "marts 2016"
    assert fmt_period("2016-12", "month", short=True) == "dec. 2016"


def test_every_trend_measure_breakdown_and_grain_has_danish_text():
    from analytics.trends import BREAKDOWNS, MEASURES
    from data.calendar import GRAINS
    from data.labels import TrendText

    for names in (TrendText.MEASURES, TrendText.READINGS, TrendText.Y_TITLES):
        assert set(names) == set(MEASURES)
    assert set(TrendText.MEASURE_SLUGS) == set(MEASURES)
    assert set(TrendText.BREAKDOWNS) == set(TrendText.BY_SLUGS) == {b or "none" for b in BREAKDOWNS}
    assert set(TrendText.GRAINS) == set(TrendText.GRAIN_SLUGS) == set(GRAINS)
    assert all(
        s.isascii() for s in (*TrendText.MEASURE_SLUGS.values(), *TrendText.BY_SLUGS.values())
    )
