"""data.macros: the shared meanings in SQL agree with DESIGN.md §6 and with data.calendar."""

import datetime as dt

import pytest

from data.calendar import GRAINS, half_year, period_start

D = dt.date


def one(con, sql, *params):
    return con.execute(sql, list(params)).fetchall()[0][0]


@pytest.mark.parametrize("day", [D(2016, 1, 1), D(2016, 6, 30), D(2016, 7, 1), D(2016, 12, 31)])
def test_half_year_and_period_start_agree_with_the_calendar(empty_con, day):
    assert one(empty_con, "SELECT ns_half_year(?)", day) == half_year(day)
    for grain in GRAINS:
        assert one(empty_con, "SELECT ns_period_start(?, ?)", day, grain) == period_start(
            day, grain
        )


def test_a_network_runs_to_its_end_or_to_today_never_past_today(empty_con):
    today = D(2024, 6, 1)
    runs_on = "SELECT ns_runs_on(?, ?, ?, ?)"
    assert one(empty_con, runs_on, D(2024, 1, 1), None, D(2024, 6, 1), today)  # open: to today
    assert not one(empty_con, runs_on, D(2024, 1, 1), None, D(2024, 6, 2), today)  # not past it
    assert not one(empty_con, runs_on, D(2024, 1, 1), D(2024, 3, 1), D(2024, 3, 2), today)
    assert not one(empty_con, runs_on, D(2024, 7, 1), None, D(2024, 7, 1), today)  # not started
    runs_in = "SELECT ns_runs_in(?, ?, ?, ?, ?)"
    # ended 2024-03-01: runs in [2024-03-01, 2024-04-01] (its last day), not in [03-02, 04-01]
    assert one(
        empty_con, runs_in, D(2024, 1, 1), D(2024, 3, 1), D(2024, 3, 1), D(2024, 4, 1), today
    )
    assert not one(
        empty_con, runs_in, D(2024, 1, 1), D(2024, 3, 1), D(2024, 3, 2), D(2024, 4, 1), today
    )


def test_planned_networks_count_in_the_plan_reading(empty_con):
    # starts 2024-09-01, planned to end 2025-03-01; today 2024-06-01: in the plan for Dec 2024
    sql = "SELECT ns_planned_in(?, ?, ?, ?, ?, ?)"
    args = (D(2024, 9, 1), None, D(2025, 3, 1))
    assert one(empty_con, sql, *args, D(2024, 12, 1), D(2024, 12, 31), D(2024, 6, 1))
    assert not one(empty_con, sql, *args, D(2025, 4, 1), D(2025, 4, 30), D(2024, 6, 1))


def test_members_are_leader_co_driver_and_participants_on_their_days(empty_con):
    for role, member in [
        ("network_leader", True),
        ("co_driver", True),
        ("participant", True),
        ("reference_leader", False),
        ("staff_manager", False),
    ]:
        assert one(empty_con, "SELECT ns_is_member(?)", role) is member
    sql = "SELECT ns_member_on(?, ?, ?, ?, ?, ?)"
    # joined 2024-02-01, no to_date, network ended 2024-05-31
    span = ("participant", D(2024, 2, 1), None, D(2024, 1, 1), D(2024, 5, 31))
    assert not one(empty_con, sql, *span, D(2024, 1, 31))
    assert one(empty_con, sql, *span, D(2024, 5, 31))
    assert not one(empty_con, sql, *span, D(2024, 6, 1))


def test_shelf_reason_marks_and_waits_beyond_shelf_days(empty_con):
    sql = "SELECT ns_shelf_reason(?, ?, ?, ?, 180)"
    today = D(2025, 1, 1)
    assert one(empty_con, sql, "on_shelf", D(2024, 12, 1), None, today) == "on_shelf"
    # 2024-07-04 + 181 days = 2025-01-01: waited 181 > 180
    assert one(empty_con, sql, "handed_over", D(2024, 7, 4), None, today) == "waiting"
    # 2024-07-05: 180 days, not more than 180
    assert one(empty_con, sql, "handed_over", D(2024, 7, 5), None, today) is None
    assert one(empty_con, sql, "implemented", D(2020, 1, 1), None, today) is None


def test_theme_type_follows_the_ns3_type_definitions(empty_con):
    sql = "SELECT ns_theme_type(?, ?, ?, ?, ?, ?)"
    assert one(empty_con, sql, 3, 3, 1, 1, 1, 1) == "welfare"  # 6 vs 2 vs 2
    assert one(empty_con, sql, 1, 1, 3, 2, 1, 1) == "learning"  # 2 vs 5 vs 2
    assert one(empty_con, sql, 1, 1, 1, 1, 3, 3) == "innovation"  # 2 vs 2 vs 6
    assert one(empty_con, sql, 2, 2, 2, 2, 2, 2) == "welfare"  # a tie goes to welfare


def test_a_file_without_the_macros_gets_them_when_opened_read_only_or_writable(tmp_path):
    import re

    from analytics.networks import network_list
    from analytics.scope import Scope
    from data import db
    from data.macros import MACROS

    path = tmp_path / "old.duckdb"
    con = db.connect(path)
    for name, table in re.findall(r"CREATE OR REPLACE MACRO (\w+)\([^)]*\) AS( TABLE)?", MACROS):
        con.execute(f"DROP MACRO {'TABLE ' if table else ''}{name}")  # as before version 3
    con.close()
    with db.connect(path, read_only=True) as read_only:  # temporary macros for this connection
        assert network_list(read_only, Scope(today=D(2026, 1, 1))).empty
    with db.connect(path) as writable:  # stored again
        assert writable.execute("SELECT ns_half_year(DATE '2026-01-01')").fetchall() == [
            ("2026H1",)
        ]
