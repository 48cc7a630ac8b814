"""analytics.trends.series (DESIGN.md §6 "Trends"): every measure, grain and breakdown on a small
organisation whose every value is worked out by hand below.

The organisation (tests.builders, departments A, B, C in the directorate DIR) plus:
  OLD  welfare NS2  2015-02-02 – 2015-07-19  leader cf_a (A), co-driver pro (A), reference cf_b,
                                             participant b1 (B)
  N1   welfare      2016-03-01 – 2016-08-31  leader pro (A), co-driver a1 (A), reference cf_a,
                                             participants b1 (B), c1 (C); one intensive phase
                                             2016-03-28 (Mon) – 2016-04-08 (Fri)
  N2   learning     2016-09-01 – (running)   leader new (B), co-driver a2 (A), reference cf_a,
                                             participants c1 (C) and the citizen 'cit'
  N3   innovation   2017-01-01 – 2017-12-31  leader pro (A), no co-driver, reference dir,
                                             participant b1 (B)
Today is 2017-06-30. Diplomas: pro 2016-01-15, new 2016-06-01, a1 2017-08-01.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analytics import trends
from tests.builders import D, N, network, organisation, same, wave

TODAY = D(2017, 6, 30)


@pytest.fixture(scope="module")
def con():
    con = organisation()
    network(
        con,
        "N1",
        "welfare",
        D(2016, 3, 1),
        D(2016, 8, 31),
        leader="pro",
        co_driver="a1",
        reference="cf_a",
        participants=("b1", "c1"),
    )
    network(
        con,
        "N2",
        "learning",
        D(2016, 9, 1),
        None,
        leader="new",
        co_driver="a2",
        reference="cf_a",
        participants=("c1",),
    )
    network(
        con,
        "N3",
        "innovation",
        D(2017, 1, 1),
        D(2017, 12, 31),
        leader="pro",
        co_driver=None,
        reference="dir",
        participants=("b1",),
    )
    con.execute("INSERT INTO person (id, name, kind) VALUES ('cit', 'Carl Borger', 'citizen')")
    con.execute(
        "INSERT INTO role_assignment VALUES ('N2', 'cit', 'participant', '2016-09-01', NULL)"
    )
    con.execute(
        "INSERT INTO phase VALUES ('N1', 1, 'Intensiv', '2016-03-28', '2016-04-08', 'intensive')"
    )
    for person, day in (("pro", "2016-01-15"), ("new", "2016-06-01"), ("a1", "2017-08-01")):
        con.execute("UPDATE person SET leader_diploma_on = ? WHERE id = ?", [day, person])
    con.execute(
        "INSERT INTO solution (id, network_id, title, handed_over_on, receiving_department_id,"
        " status, status_on) VALUES"
        " ('S1', 'N1', 'Ny praksis', '2016-09-01', 'B', 'implemented', '2017-03-01'),"
        " ('S2', 'N1', 'Senere', '2016-09-01', 'C', 'implemented', '2017-09-01'),"
        " ('S3', 'N1', 'Afleveret', '2016-09-01', 'A', 'handed_over', '2016-09-01')"
    )
    groups = {"A": "A", "B": "B", "C": "C"}
    # W1 (May 2016): 5 of A rate A with 4 everywhere, a 6th leaves one item empty (answers 1).
    wave(
        con,
        "W1",
        D(2016, 5, 1),
        groups,
        [*same(5, "A", "A", 4), ("AA9", "A", "A", [1, 1, 1, 1, 1, 1, N])],
    )
    # W2 (Oct 2016): 6 of B rate B with 2; 3 of C rate A with 1 (a pair below 5: hidden).
    wave(con, "W2", D(2016, 10, 1), groups, [*same(6, "B", "B", 2), *same(3, "C", "A", 1)])
    # W3 scopes network N1: not organisation-wide, never in the series.
    wave(con, "W3", D(2016, 6, 1), groups, same(5, "A", "A", 5), network_id="N1")
    yield con
    con.close()


def values(frame, group=trends.ALL) -> dict[str, object]:
    rows = frame[frame["group"] == group]
    return dict(zip(rows["period"], rows["value"], strict=True))


def test_networks_started_by_year_type_and_department(con):
    # 2015: OLD; 2016: N1, N2; 2017: N3 — the first network's start (2015-02-02) opens the range
    s = trends.series(con, "networks_started", today=TODAY)
    assert list(s.columns) == ["period_start", "period", "group", "value"]
    assert values(s) == {"2015": 1, "2016": 2, "2017": 1}
    assert s["period_start"].tolist() == [D(2015, 1, 1), D(2016, 1, 1), D(2017, 1, 1)]
    by_type = trends.series(con, "networks_started", by="type", today=TODAY)
    assert len(by_type) == 3 * 3  # every type in every year, empty ones with 0
    assert values(by_type, "welfare") == {"2015": 1, "2016": 1, "2017": 0}
    assert values(by_type, "learning") == {"2015": 0, "2016": 1, "2017": 0}
    assert values(by_type, "innovation") == {"2015": 0, "2016": 0, "2017": 1}
    # members' departments: OLD A, B; N1 A, B, C; N2 A, B, C; N3 A, B
    by_dep = trends.series(con, "networks_started", by="department", today=TODAY)
    assert values(by_dep, "A") == {"2015": 1, "2016": 2, "2017": 1}
    assert values(by_dep, "C") == {"2015": 0, "2016": 2, "2017": 0}
    # one directorate: each network once, not once per department
    assert values(trends.series(con, "networks_started", by="directorate", today=TODAY), "DIR") == {
        "2015": 1,
        "2016": 2,
        "2017": 1,
    }


def test_networks_running_reads_the_run_to_today(con):
    # 2015: OLD; 2016: N1, N2; 2017 (to today): N2 still running, N3 since January
    assert values(trends.series(con, "networks_running", today=TODAY)) == {
        "2015": 1,
        "2016": 2,
        "2017": 2,
    }
    # half-years: 2016H1 N1 only (N2 starts in September); 2016H2 N1 (to Aug 31) and N2
    s = trends.series(con, "networks_running", grain="half_year", start=D(2016, 1, 1), today=TODAY)
    assert values(s) == {"2016H1": 1, "2016H2": 2, "2017H1": 2}


def test_participants_are_distinct_employee_members(con):
    # 2015: cf_a, pro, b1 = 3 (cf_b is the reference leader: not a member)
    # 2016: N1 pro, a1, b1, c1 + N2 new, a2, c1 = {pro, a1, b1, c1, new, a2} = 6 (c1 once)
    # 2017: N2 new, a2, c1 + N3 pro, b1 = 5 (the citizen is not an employee)
    assert values(trends.series(con, "participants", today=TODAY)) == {
        "2015": 3,
        "2016": 6,
        "2017": 5,
    }
    by_dep = trends.series(con, "participants", by="department", today=TODAY)
    # 2016 by the member's department: A pro, a1, a2 = 3; B b1, new = 2; C c1 = 1
    assert by_dep[by_dep["period"] == "2016"].set_index("group")["value"].to_dict() == {
        "A": 3,
        "B": 2,
        "C": 1,
    }
    # filters: learning networks only in 2016 = N2's new, a2, c1 = 3; department A = 3
    assert values(trends.series(con, "participants", types=["learning"], today=TODAY))["2016"] == 3
    assert values(trends.series(con, "participants", departments=["A"], today=TODAY)) == {
        "2015": 2,  # cf_a, pro
        "2016": 3,
        "2017": 2,  # a2, pro
    }


def test_external_members_count_in_their_networks_departments(con):
    # the citizen in N2 (from 2016-09-01, open): 2016 and 2017; N2's departments are A, B, C
    assert values(trends.series(con, "external_members", today=TODAY)) == {
        "2015": 0,
        "2016": 1,
        "2017": 1,
    }
    by_dep = trends.series(con, "external_members", by="department", today=TODAY)
    assert values(by_dep, "C") == {"2015": 0, "2016": 1, "2017": 1}
    by_type = trends.series(con, "external_members", by="type", today=TODAY)
    assert values(by_type, "learning")["2016"] == 1 and values(by_type, "welfare")["2016"] == 0


def test_load_hours_are_cut_at_the_period_boundary_by_weekdays(con):
    # N1's intensive phase 2016-03-28 – 04-08: hours per week leader 10 + co-driver 6 +
    # reference 2 + 2 participants × 4 = 26. March holds 4 weekdays of it (28–31), April 6
    # (1, 4–8): March 26 × 4/5 = 20.8, April 26 × 6/5 = 31.2, together 2 weeks × 26 = 52.
    s = trends.series(
        con,
        "load_hours",
        grain="month",
        start=D(2016, 3, 1),
        end=D(2016, 4, 30),
        types=["welfare"],
        today=TODAY,
    )
    assert values(s) == pytest.approx({"2016-03": 20.8, "2016-04": 31.2})
    by_dep = trends.series(
        con,
        "load_hours",
        grain="month",
        by="department",
        start=D(2016, 3, 1),
        end=D(2016, 3, 31),
        today=TODAY,
    )
    # March by person's department: A pro 10 + a1 6 + cf_a 2 = 18 × 4/5 = 14.4; B b1 4 × 4/5 =
    # 3.2; C c1 3.2 — 14.4 + 3.2 + 3.2 = 20.8
    assert by_dep.set_index("group")["value"].to_dict() == pytest.approx(
        {"A": 14.4, "B": 3.2, "C": 3.2}
    )


def test_rc_index_pools_the_periods_shown_complete_answers(con):
    # 2016: W1 A→A 5 complete rows of 4 (the 6th lacks an item: not in the index), W2 B→B 6 rows
    # of 2; C→A has 3 respondents < 5: hidden, counted nowhere; W3 is a network's wave.
    # (5 × 4 + 6 × 2) / 11 = 32 / 11
    s = trends.series(con, "rc_index", today=TODAY)
    assert values(s)["2016"] == pytest.approx(32 / 11)
    assert values(s)["2015"] is None and values(s)["2017"] is None  # no wave: None, not 0
    by_dep = trends.series(con, "rc_index", by="department", today=TODAY)
    # by the answering group's department: A 4.0, B 2.0, C only the hidden pair: None
    assert by_dep[by_dep["period"] == "2016"].set_index("group")["value"].to_dict() == {
        "A": 4.0,
        "B": 2.0,
        "C": None,
    }
    with pytest.raises(ValueError):
        trends.series(con, "rc_index", by="type", today=TODAY)


def test_solutions_implemented_by_status_day_and_receiving_department(con):
    # S1 implemented 2017-03-01 (received by B); S2's 2017-09-01 lies after today; S3 handed over
    s = trends.series(con, "solutions_implemented", by="department", today=TODAY)
    assert values(s, "B") == {"2015": 0, "2016": 0, "2017": 1}
    assert values(s, "C")["2017"] == 0
    whole = trends.series(con, "solutions_implemented", end=D(2017, 12, 31), today=TODAY)
    assert values(whole)["2017"] == 2  # asked to the year's end, S2 counts too


def test_pool_size_is_the_qualified_on_the_periods_last_day(con):
    # qualified from the later of the diploma and the day after the first network led or
    # co-driven: pro max(2016-01-15, 2015-02-03) = 2016-01-15; new max(2016-06-01, 2016-09-02) =
    # 2016-09-02; a1 max(2017-08-01, 2016-03-02) = 2017-08-01.
    # 2015-12-31: nobody; 2016-12-31: pro, new; 2017 ends today (06-30): pro, new (a1 not yet)
    assert values(trends.series(con, "pool_size", today=TODAY)) == {
        "2015": 0,
        "2016": 2,
        "2017": 2,
    }
    q = trends.series(
        con,
        "pool_size",
        grain="quarter",
        start=D(2016, 1, 1),
        end=D(2016, 12, 31),
        by="department",
        today=TODAY,
    )
    # Q1 (03-31): pro (A); Q2 (06-30): pro; Q3 (09-30): pro, new (B); Q4: pro, new
    assert values(q, "A") == {"2016Q1": 1, "2016Q2": 1, "2016Q3": 1, "2016Q4": 1}
    assert values(q, "B") == {"2016Q1": 0, "2016Q2": 0, "2016Q3": 1, "2016Q4": 1}


def test_labels_grains_and_a_clipped_window(con):
    s = trends.series(
        con, "networks_started", grain="month", start=D(2016, 2, 1), end=D(2016, 4, 30), today=TODAY
    )
    assert values(s) == {"2016-02": 0, "2016-03": 1, "2016-04": 0}
    # a window starting mid-quarter counts its own days: N1 (2016-03-01) lies before it
    q = trends.series(
        con,
        "networks_started",
        grain="quarter",
        start=D(2016, 3, 15),
        end=D(2016, 9, 30),
        today=TODAY,
    )
    assert values(q) == {"2016Q1": 0, "2016Q2": 0, "2016Q3": 1}
    assert q["period_start"].tolist() == [D(2016, 1, 1), D(2016, 4, 1), D(2016, 7, 1)]


def test_an_empty_database_and_bad_arguments():
    con = organisation()
    con.execute("DELETE FROM role_assignment; DELETE FROM network")
    assert trends.series(con, "networks_started", today=TODAY).empty  # no first network
    filled = trends.series(con, "participants", start=D(2017, 1, 1), today=TODAY)
    assert values(filled) == {"2017": 0}
    for bad in ({"grain": "week"}, {"by": "person"}):
        with pytest.raises(ValueError):
            trends.series(con, "participants", today=TODAY, **bad)
    with pytest.raises(ValueError):
        trends.series(con, "visits", today=TODAY)


# --- Reading a series: stacking, the wide table, two ranges of years ----------------------------
def test_stacking_is_honest_only_where_the_groups_split_the_items(con):
    # networks started in 2016 by department: N1 (members in A, B, C) and N2 (A, B, C) count in
    # every department: 2 + 2 + 2 = 6 bars' worth for 2 networks -> not stackable
    by_dep = trends.series(con, "networks_started", by="department", today=TODAY)
    assert by_dep[by_dep["period"] == "2016"]["value"].sum() == 6
    assert not trends.adds_up("networks_started", "department")
    # participants in 2016 by type: welfare N1 pro, a1, b1, c1 = 4; learning N2 new, a2, c1 = 3;
    # 4 + 3 = 7 > the 6 distinct people (c1 in both) -> not stackable by type
    by_type = trends.series(con, "participants", by="type", today=TODAY)
    assert by_type[by_type["period"] == "2016"]["value"].sum() == 7
    assert not trends.adds_up("participants", "type")
    # ... but by department each person is in one: A 3 + B 2 + C 1 = 6 = everyone
    assert trends.adds_up("participants", "department")
    assert trends.adds_up("rc_index", None) and not trends.adds_up("rc_index", "department")
    # every breakdown called stackable sums to at most 'alle' in every period
    for measure in trends.MEASURES:
        whole = values(trends.series(con, measure, today=TODAY))
        for by in trends.breakdowns(measure):
            if by is None or not trends.adds_up(measure, by):
                continue
            split = trends.series(con, measure, by=by, today=TODAY)
            sums = split.groupby("period")["value"].sum()
            for period, total in sums.items():
                assert total <= whole[period] + 1e-9, (measure, by, period)


def test_the_wide_table_has_a_row_per_period_and_a_column_per_group(con):
    started = trends.series(con, "networks_started", by="type", today=TODAY)
    rc = trends.series(con, "rc_index", today=TODAY)
    table = trends.wide(started, rc)
    assert list(table.columns) == ["period", "learning", "welfare", "innovation", "second"]
    assert table["period"].tolist() == ["2015", "2016", "2017"]
    assert table["welfare"].tolist() == [1, 1, 0] and str(table["welfare"].dtype) == "Int64"
    assert table["innovation"].tolist() == [0, 0, 1]
    # the RC index of 2016 is 32 / 11 = 2.909… -> 2.91; no wave in 2015 or 2017: empty
    second = table["second"].tolist()
    assert second[1] == 2.91 and pd.isna(second[0]) and pd.isna(second[2])


def test_two_ranges_of_years_side_by_side(con):
    # networks started per type, 2015 against 2016–2017 (2017 up to today, 06-30):
    # welfare  2015: OLD = 1 -> 1/1 = 1.0;  2016: N1, 2017: none -> (1 + 0) / 2 = 0.5
    # learning 2015: 0;                     2016: N2 -> (1 + 0) / 2 = 0.5
    # innovation 2015: 0;                   2017: N3 -> (0 + 1) / 2 = 0.5
    started = trends.ranges(con, "networks_started", (2015, 2015), (2016, 2017), by="type",
                            today=TODAY)  # fmt: skip
    rows = started.set_index("group")
    assert list(started.columns) == [
        "group", "first", "second", "change", "first_total", "second_total"
    ]  # fmt: skip
    assert rows.loc["welfare", ["first", "second", "change"]].tolist() == [1.0, 0.5, -0.5]
    assert rows.loc["learning", ["first", "second", "change"]].tolist() == [0.0, 0.5, 0.5]
    assert rows.loc["welfare", ["first_total", "second_total"]].tolist() == [1.0, 1.0]
    assert rows.loc["innovation", "second_total"] == 1.0
    # participants are distinct per year, so no totals: 2015 3; 2016–2017 (6 + 5) / 2 = 5.5
    people = trends.ranges(con, "participants", (2015, 2015), (2016, 2017), today=TODAY)
    assert list(people.columns) == ["group", "first", "second", "change"]
    assert people.iloc[0].tolist() == ["alle", 3.0, 5.5, 2.5]
    # the RC index: 2015 has no wave (empty); 2016–2017 only 2016's 32/11 = 2.909… -> 2.91
    rc = trends.ranges(con, "rc_index", (2015, 2015), (2016, 2017), today=TODAY).iloc[0]
    assert pd.isna(rc["first"]) and rc["second"] == 2.91 and pd.isna(rc["change"])
    # the pool is a level: 2015 0; 2016 2 and 2017 2 -> (2 + 2) / 2 = 2.0
    pool = trends.ranges(con, "pool_size", (2015, 2015), (2016, 2017), today=TODAY).iloc[0]
    assert (pool["first"], pool["second"]) == (0.0, 2.0)
    # the RC range without a wave is said to be empty; a 0 is a value, not empty
    both = trends.ranges(con, "rc_index", (2015, 2015), (2016, 2017), today=TODAY)
    assert trends.empty_ranges(both, (2015, 2015), (2016, 2017)) == [(2015, 2015)]
    pools = trends.ranges(con, "pool_size", (2015, 2015), (2016, 2017), today=TODAY)
    assert trends.empty_ranges(pools, (2015, 2015), (2016, 2017)) == []
    assert [trends.kind(m) for m in ("load_hours", "participants", "rc_index")] == [
        "flows", "counts", "levels"
    ]  # fmt: skip


def test_the_generations_years_give_the_default_ranges(con):
    # OLD is NS2 (2015); N1, N2 (2016) and N3 (2017) NS3
    years = trends.generation_years(con, today=TODAY)
    assert years.values.tolist() == [["NS2", 2015, 2015], ["NS3", 2016, 2017]]
    assert trends.default_ranges(years, TODAY) == ((2015, 2015), (2016, 2017))
    assert trends.year_choices(years, TODAY) == [2015, 2016, 2017]
    # a start after today is not a year of its generation yet: on 2016-12-31 N3 is planned
    assert trends.generation_years(con, today=D(2016, 12, 31)).values.tolist()[1] == [
        "NS3", 2016, 2016
    ]  # fmt: skip
    # one generation 2016–2026: split at (2016 + 2026) // 2 = 2021
    one = pd.DataFrame({"generation": ["NS3"], "first_year": [2016], "last_year": [2026]})
    assert trends.default_ranges(one, D(2026, 11, 25)) == ((2016, 2021), (2022, 2026))
    assert trends.default_ranges(one.iloc[:0], D(2026, 11, 25)) is None


def test_group_names_and_values(con):
    assert trends.group_names(con, "department") == {
        "A": "Afdeling A",
        "B": "Afdeling B",
        "C": "Afdeling C",
    }
    assert trends.group_names(con, "directorate") == {"DIR": "Direktørområdet"}
    assert trends.group_names(con, "type") == {} == trends.group_names(con, None)
    assert trends.has_values(trends.series(con, "networks_started", today=TODAY))
    # 2017 has no organisation-wide wave: nothing to draw
    later = trends.series(con, "rc_index", start=D(2017, 1, 1), today=TODAY)
    assert not trends.has_values(later)
