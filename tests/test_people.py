"""The leader pipeline and participation (analytics.people; DESIGN.md §6 "The leader pipeline"),
on a small organisation whose every figure is worked out by hand below.

tests.builders' organisation (departments A: dir, cf_a, pro, a1, a2; B: cf_b, new, b1; C: c1)
with OLD (NS2 welfare 2015-02-02 – 2015-07-19: leader cf_a, co-driver pro, participant b1) and:
  N1  welfare     2016-03-01 – 2016-08-31  leader pro, co-driver a1, participants b1, c1
  N2  learning    2016-09-01 – (planned end 2017-12-31)  leader new, co-driver a2,
                                           participants c1 and the citizen 'cit'
  N3  innovation  2017-01-01 – (planned end 2017-12-31)  leader pro, participant b1; one
                                           intensive phase 2017-07-31 – 2017-08-11
  N4  welfare     2016-10-03 – 2017-02-28  leader a1, participant a2
The reference leader is 'dir' everywhere after OLD. Diplomas: cf_a 2015-01-01, pro 2016-01-15,
new 2016-06-01, a1 2017-08-01. Co-driver training: b1 2014-08-01; a1, a2 2016-02-01; c1
2017-08-01. Today is 2017-06-30.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analytics import people
from analytics.load import plan_frames
from tests.builders import D, network, organisation

TODAY = D(2017, 6, 30)


@pytest.fixture(scope="module")
def con():
    con = organisation()
    common = {"reference": "dir"}
    network(con, "N1", "welfare", D(2016, 3, 1), D(2016, 8, 31), leader="pro", co_driver="a1",
            participants=("b1", "c1"), **common)  # fmt: skip
    network(con, "N2", "learning", D(2016, 9, 1), None, leader="new", co_driver="a2",
            participants=("c1",), planned_end=D(2017, 12, 31), **common)  # fmt: skip
    network(con, "N3", "innovation", D(2017, 1, 1), None, leader="pro", co_driver=None,
            participants=("b1",), planned_end=D(2017, 12, 31), **common)  # fmt: skip
    network(con, "N4", "welfare", D(2016, 10, 3), D(2017, 2, 28), leader="a1", co_driver=None,
            participants=("a2",), **common)  # fmt: skip
    con.execute("INSERT INTO person (id, name, kind) VALUES ('cit', 'Carl Borger', 'citizen')")
    con.execute(
        "INSERT INTO role_assignment VALUES ('N2', 'cit', 'participant', '2016-09-01', NULL)"
    )
    con.execute(
        "INSERT INTO phase VALUES ('N3', 1, 'Intensiv', '2017-07-31', '2017-08-11', 'intensive')"
    )
    diplomas = {"cf_a": "2015-01-01", "pro": "2016-01-15", "new": "2016-06-01", "a1": "2017-08-01"}
    trained = {"b1": "2014-08-01", "a1": "2016-02-01", "a2": "2016-02-01", "c1": "2017-08-01"}
    for column, days in (("leader_diploma_on", diplomas), ("co_driver_trained_on", trained)):
        for person, day in days.items():
            con.execute(f"UPDATE person SET {column} = ? WHERE id = ?", [day, person])
    yield con
    con.close()


def test_leader_pool_today(con):
    # pool: cf_a (led OLD), pro, new, a1 (led/co-drove), a2 (co-drove N2), b1 (trained 2014);
    # c1's training lies ahead. Qualified (diploma + an earlier network led or co-driven):
    # cf_a (2015-01-01, OLD 2015-02-02), pro (2016-01-15, OLD), new (2016-06-01, N2 2016-09-01);
    # a1's diploma comes 2017-08-01. Leading today: new (N2), pro (N3). Free: cf_a.
    pool = people.leader_pool(con, TODAY, today=TODAY).set_index("person_id")
    assert sorted(pool.index) == ["a1", "a2", "b1", "cf_a", "new", "pro"]
    assert sorted(pool.index[pool["qualified"]]) == ["cf_a", "new", "pro"]
    assert sorted(pool.index[pool["leading"]]) == ["new", "pro"]
    assert list(pool.index[pool["free"]]) == ["cf_a"]


def test_pool_over_time_counts_each_periods_last_day(con):
    # pool from (the earliest of diploma, training, first network led/co-driven): cf_a
    # 2015-01-01, pro 2015-02-02, b1 2014-08-01, a1 & a2 2016-02-01, new 2016-06-01, c1 2017-08-01
    # qualified from: cf_a 2015-02-03, pro 2016-01-15, new 2016-09-02, a1 2017-08-01
    # 2015-12-31: pool cf_a, pro, b1 = 3; qualified cf_a = 1; nobody leads; free 1
    # 2016-12-31: pool 6; qualified cf_a, pro, new = 3; leading new (N2) — a1 leads N4 but is
    #             not qualified — = 1; free 2
    # 2017 to today: pool 6; qualified 3; leading new, pro = 2; free 1 (= leader_pool today)
    pool = people.pool_over_time(con, grain="year", today=TODAY)
    assert pool["period"].tolist() == ["2015", "2016", "2017"]
    assert pool["in_pool"].tolist() == [3, 6, 6]
    assert pool["qualified"].tolist() == [1, 3, 3]
    assert pool["leading"].tolist() == [0, 1, 2]
    assert pool["free"].tolist() == [1, 2, 1]


def test_candidates_for_a_welfare_and_a_learning_network(con):
    # starting 2017-08-01: the pool also holds c1 (trained that day) = 7; a1 is qualified that
    # day (diploma 2017-08-01, N1 co-driven from 2016-03-01). The plan still runs N2 and N3 then
    # (planned end 2017-12-31): new and pro are busy. Welfare fits: qualified and not busy =
    # cf_a ("Anders Chef") and a1 ("Asta A"), both without load: by name.
    found = people.candidates(con, D(2017, 8, 1), "welfare", today=TODAY)
    assert list(found.columns) == people.CANDIDATE_COLUMNS
    assert len(found) == 7
    assert found.loc[found["fits"], "person_id"].tolist() == ["cf_a", "a1"]
    row = found.set_index("person_id")
    assert row.loc["pro", "busy"] and row.loc["new", "busy"] and not row.loc["a1", "busy"]
    assert row.loc["a1", "led_before"] == 1 and row.loc["a1", "co_drove_before"] == 1
    assert row.loc["b1", "trained"] and not row.loc["b1", "qualified"]
    # pro leads N3, whose one phase (intensive, 2017-07-31 – 08-11) gives the leader 10 h a week
    assert row.loc["pro", "peak_hours"] == pytest.approx(10.0)
    # a learning network may have an untested leader: everyone not busy fits (7 − 2 = 5)
    learning = people.candidates(con, D(2017, 8, 1), "learning", today=TODAY)
    assert sorted(learning.loc[learning["fits"], "person_id"]) == ["a1", "a2", "b1", "c1", "cf_a"]


def test_the_planner_is_told_when_a_leader_is_not_qualified(con):
    planned = plan_frames(
        [
            {"name": "Plan 1", "type": "welfare", "start_date": D(2017, 8, 1), "leader": "a2"},
            {"name": "Plan 2", "type": "learning", "start_date": D(2017, 8, 1), "leader": "a2"},
            {"name": "Plan 3", "type": "innovation", "start_date": D(2017, 8, 1), "leader": "cf_a"},
        ],
        {},
    )
    warnings = people.plan_leader_warnings(con, planned)
    assert len(warnings) == 1  # a2 has no diploma; learning needs none; cf_a is qualified
    assert "Aksel A" in warnings[0] and "Plan 1" in warnings[0] and "velfærdsnetværk" in warnings[0]


def test_co_driver_paths_and_their_summary(con):
    # pro: co-driver of OLD from 2015-02-02, led N1 from 2016-03-01: 365 + 28 = 393 days,
    #      393 / 30.4375 = 12.9 months
    # a1:  co-driver of N1 from 2016-03-01, led N4 from 2016-10-03: 214 + 2 = 216 days = 7.1
    # a2:  co-driver of N2, has not led
    paths = people.co_driver_paths(con, today=TODAY)
    assert paths["person_id"].tolist() == ["pro", "a1", "a2"]
    assert paths["led_network"].tolist()[:2] == ["N1", "N4"] and pd.isna(paths["led_network"][2])
    assert paths["months"].tolist()[:2] == [12.9, 7.1]
    summary = people.path_summary(paths)
    # 2 of 3 later led; median of 12.9 and 7.1 = 10.0
    assert summary == {
        "co_drivers": 3,
        "later_led": 2,
        "share": pytest.approx(2 / 3),
        "median_months": pytest.approx(10.0),
    }


def test_training_cohorts_against_the_rhythm(con):
    # b1 2014-08-01 (1); a1, a2 2016-02-01 (2): 365 + 184 = 549 days = 18.0 months apart;
    # c1's 2017-08-01 lies after today. Since the 2016 training: a1 co-drove N1, a2 co-drove N2
    # (2); a1 led N4 (1).
    cohorts = people.training_cohorts(con, size=(2, 3), today=TODAY)
    assert cohorts["trained_on"].tolist() == [pd.Timestamp(2014, 8, 1), pd.Timestamp(2016, 2, 1)]
    assert cohorts["size"].tolist() == [1, 2]
    assert pd.isna(cohorts["months_since_previous"][0])
    assert cohorts["months_since_previous"][1] == 18.0
    assert cohorts["off_rhythm_months"][1] == 0.0
    assert cohorts["size_in_band"].tolist() == [False, True]
    assert cohorts["co_drove_since"].tolist() == [0, 2] and cohorts["led_since"].tolist() == [0, 1]
    # NS3's own band (12–15) holds neither; the rhythm puts the next one 18 months after the last
    assert not people.training_cohorts(con, today=TODAY)["size_in_band"].any()
    assert people.next_training(cohorts) == D(2017, 8, 1)


def test_leaders_who_led_again_soon(con):
    # pro's N1 ended 2016-08-31; pro began leading N3 2017-01-01: 122 + 1 = 123 days = 4.0
    # months. cf_a (OLD) and a1 (N4) have not led again.
    again = people.repeat_leaders(con, within_months=6, today=TODAY)
    assert again[["person_id", "ended_network", "next_network"]].values.tolist() == [
        ["pro", "N1", "N3"]
    ]
    assert again["months_between"].tolist() == [4.0]
    assert people.repeat_leaders(con, within_months=3, today=TODAY).empty


def test_participation_breadth_per_year_and_since_the_start(con):
    # employees: A dir, cf_a, pro, a1, a2 = 5; B cf_b, new, b1 = 3; C c1 = 1
    # 2016: N1 pro, a1, b1, c1; N2 new, a2, c1; N4 a1, a2 → A pro, a1, a2 = 3; B b1, new = 2;
    #       C c1 = 1 — all new in the window
    # 2017 (to today): N2 new, a2, c1; N3 pro, b1; N4 a1, a2 → A 3, B 2, C 1 — all repeat
    years, whole = people.participation(con, D(2016, 1, 1), today=TODAY)
    y2016 = years[years["period"] == "2016"].set_index("department_id")
    assert y2016["participants"].to_dict() == {"A": 3, "B": 2, "C": 1}
    assert y2016["share"].to_dict() == pytest.approx({"A": 3 / 5, "B": 2 / 3, "C": 1.0})
    assert y2016["new"].to_dict() == {"A": 3, "B": 2, "C": 1}
    y2017 = years[years["period"] == "2017"].set_index("department_id")
    assert y2017["repeat"].to_dict() == {"A": 3, "B": 2, "C": 1}
    assert y2017["new"].sum() == 0
    # since 2016: A pro (N1, N3), a1 (N1, N4), a2 (N2, N4): 3, all in two networks;
    # B b1 (N1, N3), new (N2): 2, one repeat; C c1 (N1, N2): 1, a repeat
    total = whole.set_index("department_id")
    assert total["participants"].to_dict() == {"A": 3, "B": 2, "C": 1}
    assert total["repeat"].to_dict() == {"A": 3, "B": 1, "C": 1}
    assert total.loc["A", "employees"] == 5


def test_external_involvement_per_network_and_year(con):
    # the citizen in N2 from 2016-09-01: one citizen in 2016 and in 2017
    found = people.external_involvement(con, D(2016, 1, 1), today=TODAY)
    assert found[["network_id", "year", "kind", "people"]].values.tolist() == [
        ["N2", 2016, "citizen", 1],
        ["N2", 2017, "citizen", 1],
    ]
    # over all networks: the same citizen once a year
    per_year = people.external_involvement(con, D(2016, 1, 1), per_network=False, today=TODAY)
    assert per_year.values.tolist() == [[2016, "citizen", 1], [2017, "citizen", 1]]


def test_a_persons_networks_leader_roles_first(con):
    held = people.person_networks(con, "pro")
    # leader of N3 (2017) and N1 (2016), newest first; then co-driver of OLD
    assert held[["network_id", "role"]].values.tolist() == [
        ["N3", "network_leader"],
        ["N1", "network_leader"],
        ["OLD", "co_driver"],
    ]
