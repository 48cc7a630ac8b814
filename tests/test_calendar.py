"""data.calendar: Mondays, half-years and the four grains of the trends (DESIGN.md §6)."""

import datetime as dt

import pytest

from data.calendar import (
    add_months,
    first_monday,
    half_year,
    half_year_bounds,
    half_years,
    load_window,
    monday,
    next_half_year,
    period_end,
    period_label,
    period_start,
    periods,
)

D = dt.date


def test_monday_is_the_monday_of_the_iso_week():
    # 2026-11-25 is a Wednesday: two days after Monday 2026-11-23; a Sunday belongs to its week
    assert monday(D(2026, 11, 25)) == D(2026, 11, 23)
    assert monday(D(2026, 11, 29)) == D(2026, 11, 23)
    assert monday(D(2026, 11, 23)) == D(2026, 11, 23)


def test_half_year_by_month_and_its_bounds():
    assert half_year(D(2016, 6, 30)) == "2016H1"
    assert half_year(D(2016, 7, 1)) == "2016H2"
    assert half_year_bounds("2016H1") == (D(2016, 1, 1), D(2016, 6, 30))
    assert half_year_bounds("2016H2") == (D(2016, 7, 1), D(2016, 12, 31))
    assert next_half_year(D(2026, 11, 25)) == "2027H1"
    assert next_half_year(D(2026, 2, 1)) == "2026H2"


def test_half_years_include_empty_ones_and_cross_years():
    assert half_years(D(2015, 12, 31), D(2017, 1, 1)) == ["2015H2", "2016H1", "2016H2", "2017H1"]
    assert half_years(D(2017, 1, 1), D(2016, 1, 1)) == []


@pytest.mark.parametrize(
    ("grain", "start", "label", "end"),
    [
        ("month", D(2016, 8, 1), "2016-08", D(2016, 8, 31)),
        ("quarter", D(2016, 7, 1), "2016Q3", D(2016, 9, 30)),
        ("half_year", D(2016, 7, 1), "2016H2", D(2016, 12, 31)),
        ("year", D(2016, 1, 1), "2016", D(2016, 12, 31)),
    ],
)
def test_each_grain_gives_start_label_and_end_of_the_period(grain, start, label, end):
    day = D(2016, 8, 15)
    assert period_start(day, grain) == start
    assert period_label(start, grain) == label
    assert period_end(start, grain) == end


def test_periods_run_from_the_first_to_the_last_period_empty_ones_included():
    # 2016-11-15 .. 2017-02-01 by quarter: 2016Q4, 2017Q1
    assert periods(D(2016, 11, 15), D(2017, 2, 1), "quarter") == [
        (D(2016, 10, 1), "2016Q4"),
        (D(2017, 1, 1), "2017Q1"),
    ]
    # 3 months: Dec, Jan, Feb
    assert [label for _, label in periods(D(2016, 12, 31), D(2017, 2, 1), "month")] == [
        "2016-12",
        "2017-01",
        "2017-02",
    ]
    assert add_months(D(2016, 12, 31), 2) == D(2017, 2, 1)


def test_first_monday_and_the_load_pages_default_window():
    assert first_monday(D(2027, 1, 1)) == D(2027, 1, 4)  # a Friday: the Monday after
    assert first_monday(D(2027, 1, 4)) == D(2027, 1, 4)  # a Monday: itself
    # today Wed 2026-11-25: its Monday 2026-11-23 minus 12 weeks = 2026-08-31; the coming
    # half-year 2027H1 ends 2027-06-30
    assert load_window(D(2026, 11, 25)) == (D(2026, 8, 31), D(2027, 6, 30))
