"""Theme pipeline, suitability, the proposal with the NS3 mix check, and the solution funnel,
shelf and time to implementation — on hand-made rows with the arithmetic written out."""

import pandas as pd
import pytest

from analytics.scope import Scope
from analytics.solutions import (
    closed_networks_with_implementation,
    funnel,
    implementation_summary,
    network_solutions,
    on_shelf,
    shelf_by_department,
    solution_list,
    status_counts,
)
from analytics.themes import (
    mix_check,
    pipeline,
    proposal,
    status_totals,
    suitability,
    suitability_pct,
)
from data.schema import THEME_CRITERIA
from tests.builders import D, network, organisation

TODAY = D(2026, 11, 24)  # coming half-year: 2027H1 (1 Jan – 30 Jun 2027)
SEPTEMBER = D(2026, 9, 1)


@pytest.fixture()
def con():
    con = organisation()
    yield con
    con.close()


def theme(con, theme_id, status, scores, *, origin="bottom_up", suggested=None, proposed=SEPTEMBER):
    con.execute(
        "INSERT INTO theme (id, title, origin, proposed_on, status, suggested_type, "
        + ", ".join(THEME_CRITERIA)
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [theme_id, f"Tema {theme_id}", origin, proposed, status, suggested, *scores],
    )


# --- themes ------------------------------------------------------------------------------------
def test_pipeline_counts_every_status_and_origin(con):
    theme(con, "T1", "proposed", [1] * 7)
    theme(con, "T2", "proposed", [1] * 7, origin="top_down")
    theme(con, "T3", "launched", [2] * 7)
    frame = pipeline(con).set_index(["status", "origin"])["themes"]
    assert len(frame) == 5 * 3  # 5 statuses x 3 origins, zeros included
    assert frame[("proposed", "bottom_up")] == 1 and frame[("proposed", "top_down")] == 1
    assert frame[("launched", "bottom_up")] == 1 and frame.sum() == 3
    assert list(frame.index.get_level_values(0).unique())[:2] == ["proposed", "qualified"]


def test_suitability_is_the_sum_of_the_seven_criteria_as_a_percentage(con):
    # citizen 3, current 3, cross 2, complexity 2, learning 1, innovation 0, perspectives 1
    theme(con, "T1", "qualified", [3, 3, 2, 2, 1, 0, 1])
    theme(con, "T2", "proposed", [3, 3, None, 2, 1, 0, 1])  # not fully scored
    frame = suitability(con).set_index("id")
    assert frame.loc["T1", "score"] == 12  # 3+3+2+2+1+0+1
    assert frame.loc["T1", "suitability"] == pytest.approx(57.1)  # 12/21 = 57,14 %
    assert pd.isna(frame.loc["T2", "score"])  # one criterion unscored: no sum
    assert list(frame.index) == ["T1", "T2"]  # scored first


def test_status_totals_and_the_suitability_of_a_form(con):
    theme(con, "T1", "proposed", [1] * 7)
    theme(con, "T2", "launched", [2] * 7)
    assert status_totals(con) == {
        "proposed": 1,
        "qualified": 0,
        "prioritised": 0,
        "launched": 1,
        "rejected": 0,
    }
    scores = dict(zip(THEME_CRITERIA, [3, 3, 3, 2, 1, 0, 0], strict=True))
    assert suitability_pct(scores) == 57.1  # 12 / 21 = 0,5714


def test_suggested_type_is_derived_from_the_criteria_when_not_registered(con):
    # welfare = citizen + cross; learning = learning + perspectives; innovation = innov. + compl.
    theme(con, "W", "proposed", [3, 0, 3, 0, 0, 0, 0])  # 6 / 0 / 0 -> welfare
    theme(con, "L", "proposed", [1, 0, 0, 0, 3, 0, 3])  # 1 / 6 / 0 -> learning
    theme(con, "I", "proposed", [1, 0, 1, 3, 1, 3, 1])  # 2 / 2 / 6 -> innovation
    theme(con, "R", "proposed", [0, 0, 0, 0, 0, 3, 3], suggested="welfare")  # registered wins
    frame = suitability(con).set_index("id")
    assert frame["suggested_type"].to_dict() == {
        "W": "welfare",
        "L": "learning",
        "I": "innovation",
        "R": "welfare",
    }
    assert frame.loc["R", "type_source"] == "registered"
    assert frame.loc["W", "type_source"] == "criteria"


def test_proposal_ranks_prioritised_first_and_fills_the_mix(con):
    theme(con, "P1", "prioritised", [2] * 7, suggested="welfare")  # 14
    theme(con, "P2", "prioritised", [3] * 7, suggested="innovation")  # 21
    theme(con, "Q1", "qualified", [3] * 7, suggested="learning")  # 21
    theme(con, "Q2", "qualified", [3] * 7, suggested="learning")  # 21, second learning
    theme(con, "Q3", "qualified", [2] * 7, suggested="welfare", proposed=D(2026, 1, 1))
    theme(con, "O1", "proposed", [1] * 7, suggested="welfare")
    theme(con, "O2", "proposed", [1] * 7, suggested="welfare", proposed=D(2026, 10, 1))
    theme(con, "X", "launched", [3] * 7, suggested="welfare")  # not open: left out
    frame = proposal(con, today=TODAY)
    assert frame["id"].tolist() == ["P2", "P1", "Q1", "Q2", "Q3", "O1", "O2"]
    # room in 2027H1: 5 starts, 1 learning, 4 welfare, 2 innovation; walking down the list:
    # P2 innovation (1 left), P1 welfare, Q1 learning, Q2 no (learning full), Q3 welfare,
    # O1 welfare -> 5 starts; O2 no (total full)
    assert frame.loc[frame["selected"], "id"].tolist() == ["P2", "P1", "Q1", "Q3", "O1"]


def test_mix_check_counts_registered_starts_and_running_innovation(con):
    # already registered for 2027H1: one learning network; innovation I1 runs into 2027
    network(con, "L27", "learning", D(2027, 2, 1), None, planned_end=D(2027, 6, 1))
    network(
        con, "I1", "innovation", D(2026, 9, 7), None, reference="dir", planned_end=D(2027, 5, 16)
    )
    check = mix_check(con, ["welfare", "welfare", "innovation", "innovation"], today=TODAY)
    got = check.set_index("check")[["count", "ok"]].to_dict("index")
    assert got == {
        "starts": {"count": 5, "ok": True},  # 1 registered + 4 proposed
        "learning": {"count": 1, "ok": True},  # L27
        "welfare": {"count": 2, "ok": False},  # 2 < 3
        "innovation": {"count": 3, "ok": False},  # I1 running + 2 proposed > 2
    }
    assert check.set_index("check").loc["innovation", "message"] == (
        "3 innovationsnetværk kører samtidig (1 kører allerede ved halvårets start); "
        "NS3: højst 2 ad gangen."
    )
    ok = mix_check(con, ["welfare", "welfare", "welfare", "innovation"], today=TODAY)
    assert ok["ok"].all()  # 5 starts, 1 learning, 3 welfare, 2 innovation


def test_an_open_innovation_network_without_a_planned_end_still_runs_next_half_year(con):
    # I2 started 2026-09-07 with neither end nor planned end: the forecast runs it on
    network(con, "I2", "innovation", D(2026, 9, 7), None, reference="dir")
    con.execute("UPDATE network SET planned_end = NULL WHERE id = 'I2'")
    check = mix_check(con, ["innovation", "innovation"], today=TODAY)
    # I2 + 2 proposed = 3 > 2
    assert check.set_index("check").loc["innovation", "count"] == 3


# --- solutions ---------------------------------------------------------------------------------
@pytest.fixture()
def solutions(con):
    network(con, "W", "welfare", D(2024, 1, 1), D(2024, 6, 30))
    network(con, "V", "welfare", D(2024, 1, 8), D(2024, 7, 7))
    network(con, "L", "learning", D(2024, 1, 8), D(2024, 5, 5))
    con.execute(
        "INSERT INTO solution VALUES"
        " ('S1', 'W', 'Et', '2024-07-01', 'A', 'implemented', '2024-09-29', NULL),"  # 90 days
        " ('S2', 'W', 'To', '2024-07-01', 'B', 'implemented', '2025-01-27', NULL),"  # 210 days
        " ('S3', 'V', 'Tre', '2024-07-08', 'B', 'testing', '2024-08-01', NULL),"
        " ('S4', 'V', 'Fire', '2024-07-08', 'B', 'on_shelf', '2025-01-01', NULL),"
        " ('S5', 'V', 'Fem', '2024-07-08', 'C', 'handed_over', '2024-07-08', NULL),"
        " ('S6', 'V', 'Seks', '2024-07-08', NULL, 'dropped', '2024-12-01', NULL)"
    )
    return solution_list(con, Scope.of(D(2013, 1, 1), D(2026, 12, 31), today=D(2025, 1, 15)))


def test_status_counts_and_funnel(solutions):
    counts = status_counts(solutions).set_index("status")["solutions"].to_dict()
    assert counts == {"handed_over": 1, "testing": 1, "implemented": 2, "on_shelf": 1, "dropped": 1}
    # all 6 handed over; taken up = testing 1 + implemented 2 = 3; implemented 2
    assert funnel(solutions)["solutions"].tolist() == [6, 3, 2]


def test_time_to_implementation(solutions):
    # S1: 2024-07-01 -> 2024-09-29 = 30 (rest of Jul) + 31 (Aug) + 29 = 90 days
    # S2: 2024-07-01 -> 2025-01-27 = 184 (Jul..Dec) + 26 = 210 days
    summary = implementation_summary(solutions)
    assert summary == {
        "implemented": 2,
        "median_days": 150.0,
        "mean_days": 150.0,
        "min_days": 90,
        "max_days": 210,
    }


def test_on_shelf_lists_marked_and_long_waiting_solutions(con, solutions):
    # S5 handed over 2024-07-08 and waiting; on 2025-01-15 that is 23+31+30+31+30+31+15 = 191
    # days > 180. S4 is marked on_shelf.
    shelf = on_shelf(solutions)
    assert shelf[["id", "reason"]].values.tolist() == [["S4", "on_shelf"], ["S5", "waiting"]]
    assert shelf.loc[shelf["id"] == "S5", "days_in_status"].item() == 191
    assert shelf_by_department(shelf).values.tolist() == [["Afdeling B", 1], ["Afdeling C", 1]]


def test_filters_apply_to_handover_date_network_type_and_receiving_department(con, solutions):
    assert solution_list(con, Scope.of(D(2024, 7, 2), D(2024, 12, 31), today=TODAY))[
        "id"
    ].tolist() == [
        "S3",
        "S4",
        "S5",
        "S6",
    ]
    assert solution_list(
        con, Scope.of(D(2013, 1, 1), D(2026, 1, 1), ["learning"], today=TODAY)
    ).empty
    by_b = solution_list(con, Scope.of(D(2013, 1, 1), D(2026, 1, 1), None, ["B"], today=TODAY))
    assert sorted(by_b["id"]) == ["S2", "S3", "S4"]


def test_network_solutions_are_the_network_s_own(con, solutions):
    assert network_solutions(con, "W", today=TODAY)["id"].tolist() == ["S1", "S2"]
    assert network_solutions(con, "L", today=TODAY).empty


def test_share_of_closed_networks_with_an_implemented_solution(con, solutions):
    frame = closed_networks_with_implementation(con, Scope.of(D(2024, 1, 1), D(2024, 12, 31)))
    got = frame.set_index("type")[["closed", "with_implemented", "share"]]
    # closed in 2024: W, V (welfare), L (learning); only W has an implemented solution
    assert got.loc["welfare"].tolist() == [2, 1, 0.5]
    assert got.loc["learning"].tolist() == [1, 0, 0.0]
    assert got.loc["all"].tolist()[:2] == [3, 1]
    assert got.loc["all", "share"] == pytest.approx(1 / 3)
    assert got.loc["innovation", "closed"] == 0  # share undefined, not 0
    assert pd.isna(got.loc["innovation", "share"])
