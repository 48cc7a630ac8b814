"""analytics.rc with expectations worked out by hand (DESIGN.md §6 'Relational coordination')."""

from __future__ import annotations

import datetime as dt
import math

import numpy as np
import pandas as pd
import pytest

from analytics import rc
from data.db import set_setting
from data.schema import RC_DIMENSIONS
from tests.builders import D, N, network, organisation, same, wave


@pytest.fixture()
def small_wave():
    """Group A rates B (5 respondents, some items missing, one empty row); B rates A with 4
    respondents (one below the default threshold of 5); one person of A rates A."""
    con = organisation()
    rows = [
        ("r1", "A", "B", [5, 5, 5, 5, 5, 5, 5]),  # complete, mean 5
        ("r2", "A", "B", [4, 4, 4, 4, 4, 4, 4]),  # complete, mean 4
        ("r3", "A", "B", [3, 3, 3, 3, 3, 3, N]),  # no mutual_respect
        ("r4", "A", "B", [N, 2, 2, 2, 2, 2, 2]),  # no frequency
        ("r5", "A", "B", [1, 1, 1, 1, 1, 1, 1]),  # complete, mean 1
        ("r6", "A", "B", [N] * 7),  # all empty: not an answer
        ("r1", "A", "A", [2, 2, 2, 2, 2, 2, 2]),
        *same(4, "B", "A", 4),
    ]
    wave(con, "W1", D(2026, 10, 1), {"A": "A", "B": "B"}, rows)
    yield con
    con.close()


def test_pair_scores_dimension_means_and_the_complete_row_index_differ(small_wave):
    pairs = rc.pair_scores(small_wave, "W1").set_index(["from_group", "to_group"])
    ab = pairs.loc[("A", "B")]
    assert ab["respondents"] == 5  # r1–r5; r6 answered nothing
    assert ab["complete"] == 3  # r1, r2, r5
    assert ab["frequency"] == pytest.approx((5 + 4 + 3 + 1) / 4)  # 3.25, r4 left it empty
    assert ab["timeliness"] == pytest.approx((5 + 4 + 3 + 2 + 1) / 5)  # 3.0
    assert ab["mutual_respect"] == pytest.approx((5 + 4 + 2 + 1) / 4)  # 3.0, r3 left it empty
    assert ab["rc_index"] == pytest.approx((5 + 4 + 1) / 3)  # 3.33: complete rows only
    assert not ab["suppressed"] and ab["band"] == "weak"  # 3.33 < 3.5


def test_suppression_at_4_and_5_respondents(small_wave):
    pairs = rc.pair_scores(small_wave, "W1").set_index(["from_group", "to_group"])
    ba = pairs.loc[("B", "A")]
    assert ba["respondents"] == 4 and ba["suppressed"]  # 4 < rc_min_respondents = 5
    assert all(pd.isna(ba[s]) for s in rc.SCORES) and pd.isna(ba["band"])
    assert pairs.loc[("A", "A"), "suppressed"]  # one respondent rating their own group
    set_setting(small_wave, "rc_min_respondents", "4")
    ba = rc.pair_scores(small_wave, "W1").set_index(["from_group", "to_group"]).loc[("B", "A")]
    assert not ba["suppressed"] and ba["rc_index"] == pytest.approx(4.0)


def test_the_threshold_is_never_below_3(small_wave):
    set_setting(small_wave, "rc_min_respondents", "2")
    assert rc.min_respondents(small_wave) == 3
    set_setting(small_wave, "rc_min_respondents", "fem")
    assert rc.min_respondents(small_wave) == 5  # unreadable: the default


def test_group_scores_leave_out_a_groups_rating_of_itself(small_wave):
    groups = rc.group_scores(small_wave, "W1").set_index("to_group")
    # B is rated by A only (the same 5 respondents as the pair); A by B's 4 only, a suppressed
    # pair whose answers count in no other score (DESIGN.md §6 "No differencing"): 0 used
    assert groups.loc["B", "respondents"] == 5
    assert groups.loc["B", "rc_index"] == pytest.approx(10 / 3)
    assert groups.loc["A", "respondents"] == 0 and groups.loc["A", "suppressed"]


def test_within_and_between_and_the_wave_headline(small_wave):
    set_setting(small_wave, "rc_min_respondents", "3")
    ties = rc.tie_scores(small_wave, "W1").set_index("tie")
    # between: A→B (5 respondents, complete 5, 4, 1) and B→A (4 respondents, all 4)
    assert ties.loc["between", "respondents"] == 9
    assert ties.loc["between", "rc_index"] == pytest.approx((5 + 4 + 1 + 4 * 4) / 7)  # 26/7
    # within: only r1 about A, a pair of one respondent < 3: hidden, its answer not used
    assert ties.loc["within", "respondents"] == 0 and pd.isna(ties.loc["within", "rc_index"])
    s = rc.summary(small_wave, "W1")
    assert (s["respondents"], s["answers"], s["complete"]) == (9, 10, 8)  # r6 is no answer
    # the wave's index over the shown pairs' complete answers: A→B 5, 4, 1 and B→A 4 × 4;
    # r1's 2 about A belongs to a hidden pair: (5 + 4 + 1 + 16) / 7 = 26/7 (not 28/8)
    assert s["rc_index"] == pytest.approx((5 + 4 + 1 + 16) / 7)
    assert s["within"] is None and (s["shown_pairs"], s["hidden_pairs"]) == (2, 1)


def test_profile_gives_each_dimension_over_the_shown_pairs_answers(small_wave):
    profile = rc.profile(small_wave, "W1")
    assert list(profile["dimension"].unique()) == list(RC_DIMENSIONS)  # seed 004's order
    freq = profile[(profile["dimension"] == "frequency") & (profile["tie"] == "all")].iloc[0]
    # A→B 5, 4, 3, 1 (r4 left it empty); B→A (4 respondents) and A→A (1) are hidden at the
    # default threshold 5, so their answers count in no score: 13 / 4
    assert freq["mean"] == pytest.approx(13 / 4)
    assert freq["band"] == "weak"  # 3.25 < 3.5
    set_setting(small_wave, "rc_min_respondents", "3")  # B→A shown now: (13 + 16) / 8
    profile = rc.profile(small_wave, "W1")
    freq = profile[(profile["dimension"] == "frequency") & (profile["tie"] == "all")].iloc[0]
    assert freq["mean"] == pytest.approx(29 / 8)


def test_bands_at_their_edges():
    assert rc.band(3.49, 3.5, 4.0) == "weak"
    assert rc.band(3.5, 3.5, 4.0) == "moderate"
    assert rc.band(4.0, 3.5, 4.0) == "moderate"
    assert rc.band(4.01, 3.5, 4.0) == "strong"
    assert rc.band(float("nan"), 3.5, 4.0) is None


def test_cronbach_alpha_by_hand():
    con = organisation()
    rows = [
        ("p1", "A", "B", [1, 1, 1, 1, 1, 1, 1]),  # sum 7
        ("p2", "A", "B", [2, 2, 2, 2, 2, 2, 2]),  # sum 14
        ("p3", "A", "B", [3, 3, 3, 3, 3, 3, 3]),  # sum 21
        ("p4", "A", "B", [4, 4, 4, 4, 4, 4, 3]),  # sum 27
        ("p5", "A", "B", [5, 1, N, 1, 5, 1, 5]),  # incomplete: left out
    ]
    wave(con, "W", D(2026, 1, 1), {"A": "A", "B": "B"}, rows)
    # items 1–6: 1, 2, 3, 4 -> mean 2.5, squares 2.25 + .25 + .25 + 2.25 = 5, variance 5/3
    # item 7: 1, 2, 3, 3 -> mean 2.25, squares 1.5625 + .0625 + .5625 + .5625 = 2.75, var 2.75/3
    # sums 7, 14, 21, 27 -> mean 17.25, squares 105.0625 + 10.5625 + 14.0625 + 95.0625 = 224.75
    items = 6 * 5 / 3 + 2.75 / 3
    total = 224.75 / 3
    assert rc.cronbach_alpha(con, "W") == pytest.approx(7 / 6 * (1 - items / total))  # 0.9967
    wave(con, "ONE", D(2026, 2, 1), {"A": "A"}, [("q", "A", "A", [3] * 7)])
    assert math.isnan(rc.cronbach_alpha(con, "ONE"))  # one row: no variance


def test_a_change_with_identical_answers_is_certain_and_one_with_three_people_is_not():
    con = organisation()
    set_setting(con, "rc_min_respondents", "3")
    groups = {"A": "A", "B": "B"}
    spread = lambda prefix, base: [(f"{prefix}{i}", "B", "A", [base + i] * 7) for i in range(3)]  # noqa: E731
    wave(con, "W1", D(2025, 10, 1), groups, same(3, "A", "B", 3, "x") + spread("y", 2))
    wave(con, "W2", D(2026, 10, 1), groups, same(3, "A", "B", 4, "x") + spread("y", 3))
    change = rc.pair_change(con, "W2", "W1").set_index(["from_group", "to_group"])  # any order
    ab = change.loc[("A", "B")]
    assert (ab["before"], ab["after"], ab["change"]) == (3, 4, 1)
    assert (ab["low"], ab["high"]) == (1, 1) and ab["clear"]  # no respondent differs
    ba = change.loc[("B", "A")]
    assert ba["before"] == pytest.approx(3) and ba["change"] == pytest.approx(1)  # 2,3,4 -> 3,4,5
    # Resampling 3 of {2,3,4} and of {3,4,5}: the change is 1 + (6 draws of −1/0/+1)/3; it is
    # ≤ 0 in (1 + 6 + 21 + 50)/729 = 10.7 % of resamples, so the 95 % interval includes 0.
    assert -1 <= ba["low"] <= 0 < 1 < ba["high"] <= 3 and not ba["clear"]
    again = rc.pair_change(con, "W1", "W2").set_index(["from_group", "to_group"])
    assert again.loc[("B", "A"), "low"] == ba["low"]  # seeded: the same interval every time


def test_the_bootstrap_interval_matches_the_normal_approximation_for_many_respondents():
    con = organisation()
    groups = {"A": "A", "B": "B"}
    rng = np.random.default_rng(1)
    before = [(f"b{i}", "A", "B", [int(v)] * 7) for i, v in enumerate(rng.integers(1, 6, 400))]
    after = [(f"a{i}", "A", "B", [int(v)] * 7) for i, v in enumerate(rng.integers(2, 6, 400))]
    wave(con, "W1", D(2025, 10, 1), groups, before)
    wave(con, "W2", D(2026, 10, 1), groups, after)
    row = rc.pair_change(con, "W1", "W2").iloc[0]
    b = np.array([r[3][0] for r in before], float)
    a = np.array([r[3][0] for r in after], float)
    se = math.sqrt(a.var(ddof=1) / 400 + b.var(ddof=1) / 400)
    assert row["change"] == pytest.approx(a.mean() - b.mean())
    assert (row["high"] - row["low"]) / 2 == pytest.approx(1.96 * se, rel=0.1)


def test_dimension_change_per_dimension_and_index():
    con = organisation()
    groups = {"A": "A", "B": "B"}
    wave(con, "W1", D(2025, 10, 1), groups, same(5, "A", "B", 3))
    wave(
        con,
        "W2",
        D(2026, 10, 1),
        groups,
        [(f"r{i}", "A", "B", [3, 3, 3, 3, 3, 3, 5]) for i in range(5)],
    )
    change = rc.dimension_change(con, "W1", "W2").set_index("dimension")
    assert change.loc["mutual_respect", "change"] == 2
    assert change.loc["frequency", "change"] == 0
    assert change.loc["rc_index", "change"] == pytest.approx(2 / 7)  # (6·3 + 5)/7 − 3
    assert change.loc["mutual_respect", "clear"] and not change.loc["frequency", "clear"]


@pytest.fixture()
def two_waves():
    """Departments A and B share a network between the waves; C shares none. Every pair has 3
    respondents with identical answers, so only the pairs themselves vary."""
    con = organisation()
    set_setting(con, "rc_min_respondents", "3")
    network(
        con,
        "N1",
        "welfare",
        D(2020, 3, 2),
        D(2020, 9, 13),
        leader="pro",
        co_driver="a1",
        reference="cf_b",
        participants=("b1",),
    )
    groups = {"A": "A", "B": "B", "C": "C", "Stab": None}
    # item sums (7-item mean = sum / 7): every pair 21 (mean 3) before
    pairs = [("A", "B"), ("B", "A"), ("A", "C"), ("C", "A"), ("B", "C"), ("C", "B"), ("A", "Stab")]
    before = dict.fromkeys(pairs, 21)
    after = dict(zip(pairs, [28, 25, 21, 23, 19, 21, 35], strict=True))

    def rows(sums, tag):
        return [
            (f"{tag}{a}{b}{i}", a, b, seven(total))
            for (a, b), total in sums.items()
            for i in range(3)
        ]

    wave(con, "W1", D(2020, 1, 1), groups, rows(before, "x"))
    wave(con, "W2", D(2021, 1, 1), groups, rows(after, "y"))
    yield con
    con.close()


def seven(total: int) -> list[int]:
    """7 answers 1–5 that add up to `total` (e.g. 25 -> 4, 4, 4, 4, 3, 3, 3)."""
    base, extra = divmod(total, 7)
    return [base + 1] * extra + [base] * (7 - extra)


def test_effect_pairs_lists_department_pairs_and_whether_they_shared_a_network(two_waves):
    pairs = rc.effect_pairs(two_waves, "W1", "W2").set_index(["from_group", "to_group"])
    assert len(pairs) == 6  # A, B, C: 3 × 2 directed pairs; 'Stab' is no department
    assert pairs.loc[("A", "B"), "shared"] and pairs.loc[("B", "A"), "networks"] == 1
    assert not pairs.loc[("A", "C"), "shared"] and not pairs.loc[("C", "B"), "shared"]
    assert pairs.loc[("A", "B"), "from_department"] == "Afdeling A"


def test_network_effect_by_hand(two_waves):
    # 7-item means: A→B 3 -> 4 (+1), B→A 3 -> 25/7 (3.571, +4/7); A→C 0, C→A 23/7 (+2/7),
    # B→C 19/7 (−2/7), C→B 0
    effect = rc.network_effect(two_waves, "W1", "W2").set_index("category")
    shared = (1 + 4 / 7) / 2  # 0.786
    other = (0 + 2 / 7 - 2 / 7 + 0) / 4  # 0
    assert effect.loc["shared", "pairs"] == 2 and effect.loc["not_shared", "pairs"] == 4
    assert effect.loc["shared", "mean_change"] == pytest.approx(shared)
    assert effect.loc["not_shared", "mean_change"] == pytest.approx(other)
    assert effect.loc["difference", "mean_change"] == pytest.approx(shared - other)
    # the intervals resample the pairs: means of {1, 4/7} lie in [4/7, 1], of the other four
    # in [−2/7, 2/7]; so the difference is at least 4/7 − 2/7 > 0: clearly more
    assert 4 / 7 - 1e-9 <= effect.loc["shared", "low"] <= effect.loc["shared", "high"] <= 1 + 1e-9
    assert effect.loc["difference", "low"] >= 2 / 7 - 1e-9
    assert rc.verdict(effect.reset_index()) == "more"


def test_network_effect_leaves_out_suppressed_pairs_and_says_when_it_cannot_compare(two_waves):
    set_setting(two_waves, "rc_min_respondents", "5")  # every pair has 3: all hidden
    pairs = rc.effect_pairs(two_waves, "W1", "W2")
    assert pairs["suppressed"].all() and pairs["change"].isna().all()
    effect = rc.network_effect(two_waves, "W1", "W2")
    assert effect["pairs"].tolist() == [0, 0, 0]
    assert rc.verdict(effect) == "none"


def test_network_ties_need_both_directions_shown(small_wave):
    set_setting(small_wave, "rc_min_respondents", "5")
    assert rc.network_ties(small_wave, "W1").empty  # B→A has 4: the A–B tie is left out
    set_setting(small_wave, "rc_min_respondents", "4")
    ties = rc.network_ties(small_wave, "W1")
    assert ties.iloc[0]["rc_index"] == pytest.approx((10 / 3 + 4) / 2)  # 3.67: moderate
    assert ties.iloc[0]["band"] == "moderate"


def test_waves_and_trend_per_network():
    con = organisation()
    network(con, "N1", "welfare", D(2020, 3, 2), D(2020, 9, 13))
    wave(con, "ORG", D(2020, 10, 1), {"A": "A"}, same(5, "A", "A", 4))
    wave(con, "N1-1", D(2020, 3, 9), {"A": "A"}, same(5, "A", "A", 3), network_id="N1")
    listed = rc.waves(con)
    assert list(listed["id"]) == ["ORG", "N1-1"]  # newest first
    assert listed.set_index("id").loc["ORG", "respondents"] == 5
    assert list(rc.waves(con, "N1")["id"]) == ["N1-1"]
    assert set(rc.trend(con)["wave_id"]) == {"ORG"}  # organisation-wide only
    scoped = rc.trend(con, "N1").set_index("tie")
    assert scoped.loc["all", "rc_index"] == 3


def test_demo_pairs_that_shared_networks_improved_more(demo_con):
    effect = rc.network_effect(demo_con, "RC2025", "RC2026", today=dt.date(2026, 11, 24))
    assert rc.verdict(effect) == "more"
    rows = effect.set_index("category")
    assert rows.loc["shared", "mean_change"] > rows.loc["not_shared", "mean_change"]


def test_network_nodes_carry_counts_and_a_hidden_own_score(small_wave):
    nodes = rc.network_nodes(small_wave, "W1").set_index("name")
    # A: 5 people rated B (1 rated A); B: 4 rated A. A's rating of itself has 1 respondent: hidden
    assert nodes.loc["A", "respondents"] == 5 and nodes.loc["B", "respondents"] == 4
    assert pd.isna(nodes.loc["A", "rc_index"]) and pd.isna(nodes.loc["B", "rc_index"])


def test_an_index_of_exactly_4_from_integer_answers_is_moderate_everywhere():
    """Five complete answers with 7-item sums 35, 35, 31, 21, 18: Σ = 140 = 28 · 5, so the index
    is 140 / (7 · 5) = 4.0 exactly, the edge of "moderate" (≤ rc_strong_above = 4.0). A mean of
    the row means 5 + 5 + 4.43 + 3 + 2.57 in floating point gives 4.000000000000001, "strong"."""
    from analytics import trends

    con = organisation()
    rows = [(f"r{i}", "A", "B", seven(t)) for i, t in enumerate([35, 35, 31, 21, 18])]
    wave(con, "W0", D(2025, 10, 1), {"A": "A", "B": "B"}, rows)
    wave(con, "W1", D(2026, 10, 1), {"A": "A", "B": "B"}, rows)
    for frame in (rc.pair_scores(con, "W1"), rc.group_scores(con, "W1"), rc.trend(con)):
        assert (frame["rc_index"] == 4.0).all() and (frame["band"] == "moderate").all()
    assert rc.summary(con, "W1")["rc_index"] == 4.0
    change = rc.dimension_change(con, "W0", "W1").set_index("dimension").loc["rc_index"]
    assert change["before"] == change["after"] == 4.0
    yearly = trends.series(con, "rc_index", today=D(2026, 12, 1)).dropna(subset=["value"])
    assert list(yearly["value"]) == [4.0, 4.0]
    assert rc.band(4.0, *rc.band_limits(con)) == "moderate"
    con.close()
