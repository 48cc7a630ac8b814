"""The NS3 rules of DESIGN.md §6, each on a small organisation where it fires and one where it
does not, with the expected finding written out; then the portfolio series and the demo."""

import datetime as dt

import pytest

from analytics.portfolio import (
    department_pairs,
    findings_in,
    mix_shares,
    network_departments,
    rule_findings,
    running_per_day,
    running_today,
    severity_counts,
    starts_per_half_year,
)
from analytics.scope import Scope
from data import db
from data.calendar import half_years
from data.demo import DEMO_BREACHES
from tests.builders import D, network, organisation


@pytest.fixture()
def con():
    con = organisation()
    db.set_setting(con, "rules_from", "2024-01-01")
    yield con
    con.close()


def findings(con, rule, today):
    f = rule_findings(con, today=today)
    return f[f["rule"] == rule].reset_index(drop=True)


def four_welfare_and_one_learning(con, year, month):
    """A compliant half-year: 5 starts, 1 learning, 4 welfare."""
    for i in range(4):
        network(con, f"W{year}{month}{i}", "welfare", D(year, month, 1 + i), D(year, month + 5, 20))
    network(con, f"L{year}{month}", "learning", D(year, month, 10), D(year, month + 4, 20))


# --- half-year rules ---------------------------------------------------------------------------
def test_a_compliant_half_year_gives_no_half_year_finding(con):
    four_welfare_and_one_learning(con, 2024, 1)
    f = rule_findings(con, today=D(2024, 6, 30))
    assert (
        not f["rule"]
        .isin(["starts_per_half_year", "learning_per_half_year", "welfare_per_half_year"])
        .any()
    )


def test_starts_per_half_year_fires_for_three_starts_and_for_an_empty_half_year(con):
    for i in range(3):  # 2024H1: 3 welfare starts, no learning
        network(con, f"W{i}", "welfare", D(2024, 2, 5 + i), D(2024, 8, 1))
    four_welfare_and_one_learning(con, 2024, 7)  # 2024H2 compliant; 2025H1 (today) empty
    f = findings(con, "starts_per_half_year", D(2025, 3, 1))
    assert list(f["period"]) == ["2025H1", "2024H1"]  # newest first
    assert f["message"][1] == (
        "I 1. halvår 2024 startede 3 netværk; NS3 sætter 4–5 netværk i gang hvert halvår."
    )
    assert f["severity"].eq("warning").all() and f["network_id"].isna().all()
    # 2024H1: 0 learning (expected 1) and 3 welfare (inside 3–4): only the learning info
    learning = findings(con, "learning_per_half_year", D(2024, 6, 30))
    assert learning["message"].tolist() == [
        "I 1. halvår 2024 startede 0 læringsnetværk; NS3 forventer som oftest 1 pr. halvår."
    ]
    assert findings(con, "welfare_per_half_year", D(2024, 6, 30)).empty


def test_a_finding_carries_its_fact_reference_and_source_as_fields(con):
    for i in range(3):  # 2024H1: 3 starts (NS3: 4-5)
        network(con, f"W{i}", "welfare", D(2024, 2, 5 + i), D(2024, 8, 1))
    f = findings(con, "starts_per_half_year", D(2024, 6, 30)).iloc[0]
    assert f["fact"] == "I 1. halvår 2024 startede 3 netværk"
    assert f["reference"] == "NS3 sætter 4–5 netværk i gang hvert halvår."
    assert f["source"] == "NS3, 'Netværk – type og antal'"
    assert f["message"] == f"{f['fact']}; {f['reference']}"  # the one sentence of DESIGN.md §5
    # two leaders at once: the sentence says it itself (message = fact), and the rule's NS3
    # reference is still a field of its own
    network(con, "X", "welfare", D(2024, 3, 4), None)
    con.execute(
        "INSERT INTO role_assignment (network_id, person_id, role, from_date)"
        " VALUES ('X', 'a1', 'network_leader', DATE '2024-03-04')"
    )
    two = findings(con, "network_leader_count", D(2024, 6, 30)).iloc[0]
    assert two["message"] == two["fact"]
    assert two["reference"] == "NS3: et netværk drives af én netværksleder ad gangen."


def test_welfare_per_half_year_fires_above_four(con):
    for i in range(5):
        network(con, f"W{i}", "welfare", D(2024, 2, 5 + i), D(2024, 8, 1))
    f = findings(con, "welfare_per_half_year", D(2024, 6, 30))
    assert f["message"].tolist() == [
        "I 1. halvår 2024 startede 5 velfærdsnetværk; NS3 forventer som oftest 3–4 pr. halvår."
    ]
    assert f["severity"][0] == "info"


def test_half_year_rules_do_not_judge_older_generations(con):
    for i in range(3):
        network(con, f"W{i}", "welfare", D(2024, 2, 5 + i), D(2024, 8, 1), generation="NS2")
    # NS2 networks do not count: 2024H1 has 0 NS3 starts, not 3
    assert findings(con, "starts_per_half_year", D(2024, 6, 30))["message"][0].startswith(
        "I 1. halvår 2024 startede 0 netværk"
    )


# --- innovation_concurrency ---------------------------------------------------------------------
def test_innovation_concurrency_fires_on_the_first_day_three_run(con):
    network(con, "I1", "innovation", D(2024, 1, 1), D(2024, 6, 30), reference="dir")
    network(con, "I2", "innovation", D(2024, 2, 5), D(2024, 9, 30), reference="dir")
    network(con, "I3", "innovation", D(2024, 3, 4), D(2024, 4, 30), reference="dir")
    f = findings(con, "innovation_concurrency", D(2024, 12, 31))
    # three run from I3's start (4 March) to its end (30 April); I3 made it three
    assert f[["network_id", "period", "severity"]].values.tolist() == [
        ["I3", "2024-03-04", "error"]
    ]
    assert f["message"][0] == (
        "Tre innovationsnetværk kørte samtidig fra 4. mar. 2024 til 30. apr. 2024 "
        "(I1, I2, I3); NS3 tillader højst to."
    )


def test_innovation_concurrency_is_quiet_when_the_third_starts_after_the_first_ends(con):
    network(con, "I1", "innovation", D(2024, 1, 1), D(2024, 6, 30), reference="dir")
    network(con, "I2", "innovation", D(2024, 2, 5), D(2024, 9, 30), reference="dir")
    network(con, "I3", "innovation", D(2024, 7, 1), None, reference="dir")
    assert findings(con, "innovation_concurrency", D(2024, 12, 31)).empty


def test_innovation_concurrency_gives_one_finding_per_episode_and_stops_at_today(con):
    network(con, "I1", "innovation", D(2024, 1, 1), None, reference="dir")
    network(con, "I2", "innovation", D(2024, 1, 8), None, reference="dir")
    network(con, "I3", "innovation", D(2024, 2, 5), D(2024, 2, 9), reference="dir")
    network(con, "I4", "innovation", D(2024, 5, 6), None, reference="dir")
    f = findings(con, "innovation_concurrency", D(2024, 5, 10))
    # episode 1: 5–9 Feb (I3); episode 2: from 6 May (I4), still running on 'today' 10 May
    assert f["period"].tolist() == ["2024-05-06", "2024-02-05"]
    assert f["message"][0] == (
        "Tre innovationsnetværk kører samtidig fra 6. maj 2024 (I1, I2, I4); NS3 tillader højst to."
    )


# --- network_leader_count and reference_leader_count ---------------------------------------------
def test_network_leader_count_fires_from_the_day_after_the_leader_left(con):
    network(con, "W", "welfare", D(2024, 2, 5), None)
    con.execute("UPDATE role_assignment SET to_date = '2024-05-31' WHERE role = 'network_leader'")
    f = findings(con, "network_leader_count", D(2024, 6, 10))
    assert f[["network_id", "period"]].values.tolist() == [["W", "2024-06-01"]]
    assert f["message"][0] == (
        "«Netværk W» har ingen netværksleder siden 1. jun. 2024; et netværk drives af en "
        "netværksleder."
    )
    # the same gap on a network that has closed is history, not a running problem
    assert findings(con, "network_leader_count", D(2024, 5, 30)).empty


def test_network_leader_count_fires_for_two_leaders_at_once(con):
    network(con, "W", "welfare", D(2024, 2, 5), None)
    con.execute(
        "INSERT INTO role_assignment VALUES ('W', 'new', 'network_leader', '2024-03-01', NULL)"
    )
    f = findings(con, "network_leader_count", D(2024, 6, 10))
    assert f["message"][0] == (
        "«Netværk W» har to netværksledere på samme tid (Niels Ny, Pia Prøvet) siden 1. mar. 2024."
    )


def test_reference_leader_count_fires_without_a_reference_leader_and_not_with_one(con):
    network(con, "W", "welfare", D(2024, 2, 5), None, reference=None)
    network(con, "V", "welfare", D(2024, 2, 5), None)
    f = findings(con, "reference_leader_count", D(2024, 6, 10))
    # W never had one: the gap starts on its first day
    assert f[["network_id", "period", "severity"]].values.tolist() == [["W", "2024-02-05", "error"]]


# --- leader_qualified --------------------------------------------------------------------------
def test_leader_qualified_fires_for_an_untested_welfare_leader_only(con):
    network(con, "W", "welfare", D(2024, 2, 5), D(2024, 8, 1), leader="new")
    network(con, "L", "learning", D(2024, 2, 5), D(2024, 6, 1), leader="new")  # allowed
    network(con, "V", "welfare", D(2024, 2, 12), D(2024, 8, 1), leader="pro")  # qualified
    f = findings(con, "leader_qualified", D(2024, 12, 31))
    assert f["network_id"].tolist() == ["W"]
    assert f["message"][0] == (
        "Niels Ny ledte «Netværk W» fra 5. feb. 2024 uden diplom i netværksledelse og uden "
        "erfaring fra et tidligere netværk; NS3 kræver diplom i netværksledelse og erfaring som "
        "netværksleder eller co-driver (uprøvede ledere kun i læringsnetværk)."
    )


def test_leader_qualified_needs_the_diploma_by_the_start(con):
    # both were co-drivers of OLD (2015); 'late' gets the diploma after W starts, 'ontime' on
    # the day V starts
    con.execute(
        "INSERT INTO person (id, name, department_id, kind, leader_diploma_on) VALUES"
        " ('late', 'Lise Sen', 'C', 'employee', '2024-03-01'),"
        " ('ontime', 'Ole Tid', 'C', 'employee', '2024-02-05')"
    )
    con.execute(
        "INSERT INTO role_assignment VALUES ('OLD', 'late', 'co_driver', '2015-02-02', NULL),"
        " ('OLD', 'ontime', 'co_driver', '2015-02-02', NULL)"
    )
    network(con, "W", "welfare", D(2024, 2, 5), D(2024, 8, 1), leader="late")
    network(con, "V", "welfare", D(2024, 2, 5), D(2024, 8, 1), leader="ontime")
    f = findings(con, "leader_qualified", D(2024, 12, 31))
    assert f["network_id"].tolist() == ["W"]
    assert "fra 5. feb. 2024 uden diplom i netværksledelse; NS3" in f["message"][0]


# --- reference_leader_level ---------------------------------------------------------------------
def test_reference_leader_level_wants_chefforum_and_a_director_for_innovation(con):
    network(con, "W", "welfare", D(2024, 2, 5), D(2024, 8, 1), reference="a2")  # not CF
    network(con, "V", "welfare", D(2024, 2, 5), D(2024, 8, 1), reference="cf_b")  # fine
    network(con, "I", "innovation", D(2024, 2, 5), D(2024, 8, 1), reference="cf_b")  # not dir.
    network(con, "J", "innovation", D(2024, 2, 5), D(2024, 8, 1), reference="dir")  # fine
    f = findings(con, "reference_leader_level", D(2024, 12, 31))
    assert sorted(f["network_id"]) == ["I", "W"]
    assert set(f["message"]) == {
        "Referencelederen for «Netværk W», Aksel A, sidder ikke i chefforum; NS3 placerer "
        "referenceledere i chefforum.",
        "Referencelederen for innovationsnetværket «Netværk I», Birgit Chef, er ikke direktør; "
        "NS3 kobler innovationsnetværk via en referenceleder på direktørniveau.",
    }


# --- leader_concurrency --------------------------------------------------------------------------
def test_leader_concurrency_fires_once_on_the_later_network(con):
    network(con, "W", "welfare", D(2024, 1, 1), D(2024, 6, 30))
    network(con, "V", "welfare", D(2024, 3, 4), D(2024, 9, 30))  # 'pro' leads both
    f = findings(con, "leader_concurrency", D(2024, 12, 31))
    # overlap = 4 March (V starts) .. 30 June (W ends)
    assert f[["network_id", "period"]].values.tolist() == [["V", "2024-03-04"]]
    assert f["message"][0] == (
        "Pia Prøvet var netværksleder af både «Netværk W» og «Netværk V» fra 4. mar. 2024 til "
        "30. jun. 2024; NS3 planlægger med én netværksleder pr. netværk ad gangen."
    )


def test_leader_concurrency_is_quiet_for_consecutive_networks(con):
    network(con, "W", "welfare", D(2024, 1, 1), D(2024, 6, 30))
    network(con, "V", "welfare", D(2024, 7, 1), D(2024, 9, 30))
    assert findings(con, "leader_concurrency", D(2024, 12, 31)).empty


# --- cross_cutting, co_driver, political_link ----------------------------------------------
def test_cross_cutting_counts_members_not_the_reference_leader(con):
    # members pro, a1, a2 all from A; the reference leader cf_b (B) is a link, not a member
    network(
        con,
        "W",
        "welfare",
        D(2024, 2, 5),
        None,
        co_driver="a1",
        participants=("a2",),
        reference="cf_b",
    )
    network(con, "V", "welfare", D(2024, 2, 5), None, participants=("a2", "b1"))  # A and B
    f = findings(con, "cross_cutting", D(2024, 6, 1))
    assert f["network_id"].tolist() == ["W"]
    assert f["message"][0] == (
        "Alle medarbejdere i «Netværk W» kommer fra Afdeling A; et NS3-tema går på tværs af "
        "afdelingerne."
    )


def test_co_driver_fires_for_a_network_that_never_had_one(con):
    network(con, "W", "welfare", D(2024, 2, 5), None, co_driver=None)
    network(con, "V", "welfare", D(2024, 2, 5), None)
    f = findings(con, "co_driver", D(2024, 6, 1))
    assert f[["network_id", "severity"]].values.tolist() == [["W", "info"]]


def test_political_link_fires_for_the_wrong_committee(con):
    network(
        con, "I", "innovation", D(2024, 2, 5), None, reference="dir", political_link="fagudvalg"
    )
    network(
        con,
        "J",
        "innovation",
        D(2024, 2, 5),
        None,
        reference="dir",
        political_link="innovationsudvalg",
    )
    network(con, "W", "welfare", D(2024, 2, 5), None, political_link="innovationsudvalg")
    network(con, "V", "welfare", D(2024, 2, 5), None, political_link="fagudvalg")
    f = findings(con, "political_link", D(2024, 6, 1))
    assert sorted(f["network_id"]) == ["I", "W"]


# --- solution_on_shelf --------------------------------------------------------------------------
def test_solution_on_shelf_fires_the_day_after_180_days(con):
    network(con, "W", "welfare", D(2023, 7, 3), D(2023, 12, 15))
    con.execute(
        "INSERT INTO solution VALUES ('S1', 'W', 'Fælles tjekliste', '2024-01-01', 'B',"
        " 'handed_over', '2024-01-01', NULL),"
        " ('S2', 'W', 'Taget i brug', '2024-01-01', 'B', 'implemented', '2024-03-01', NULL)"
    )
    db.set_setting(con, "rules_from", "2023-01-01")
    # 2024-01-01 + 180 days = 2024-06-29 (Jan..May = 31+29+31+30+31 = 152 days to 1 June, + 28)
    assert findings(con, "solution_on_shelf", D(2024, 6, 29)).empty  # 180 days: not more
    f = findings(con, "solution_on_shelf", D(2024, 6, 30))  # 181 days
    assert f[["network_id", "period"]].values.tolist() == [["W", "2024-06-30"]]
    assert f["message"][0] == (
        "Løsningen «Fælles tjekliste» blev overdraget til Afdeling B 1. jan. 2024 og er efter "
        "181 dage stadig ikke taget i brug (grænse: 180 dage)."
    )


# --- settings ----------------------------------------------------------------------------------
def test_severity_and_thresholds_come_from_settings(con):
    network(con, "W", "welfare", D(2024, 2, 5), None, co_driver=None)
    db.set_setting(con, "severity_co_driver", "warning")
    db.set_setting(con, "starts_min", "1")
    f = rule_findings(con, today=D(2024, 6, 1))
    assert f.loc[f["rule"] == "co_driver", "severity"].tolist() == ["warning"]
    assert not (f["rule"] == "starts_per_half_year").any()  # 1 start is now enough
    db.set_setting(con, "severity_co_driver", "off")
    db.set_setting(con, "starts_min", "not a number")  # falls back to the default 4
    f = rule_findings(con, today=D(2024, 6, 1))
    assert not (f["rule"] == "co_driver").any()
    assert (f["rule"] == "starts_per_half_year").any()


def test_findings_are_ordered_errors_first(con):
    network(con, "W", "welfare", D(2024, 2, 5), None, co_driver=None, reference=None)
    f = rule_findings(con, today=D(2024, 6, 1))
    order = ["error", "warning", "info"]
    assert f["severity"].map(order.index).is_monotonic_increasing


def test_findings_in_follows_the_sidebar_filters(con):
    network(con, "W", "welfare", D(2024, 2, 5), None, co_driver=None, participants=("b1",))
    network(
        con,
        "L",
        "learning",
        D(2024, 2, 5),
        None,
        co_driver=None,
        leader="new",
        participants=("c1",),
    )
    everything = findings_in(con, Scope.of(D(2024, 1, 1), D(2024, 6, 1), today=D(2024, 6, 1)))
    assert set(everything["network_id"].dropna()) == {"W", "L"}
    assert everything["network_id"].isna().any()  # 2024H1 has 2 starts: a half-year finding
    welfare = findings_in(
        con, Scope.of(D(2024, 1, 1), D(2024, 6, 1), ["welfare"], today=D(2024, 6, 1))
    )
    assert set(welfare["network_id"].dropna()) == {"W"}
    # department C: only L has a member from C; half-year findings are not about a department
    dep_c = findings_in(
        con, Scope.of(D(2024, 1, 1), D(2024, 6, 1), None, ["C"], today=D(2024, 6, 1))
    )
    assert set(dep_c["network_id"]) == {"L"}


# --- series ------------------------------------------------------------------------------------
def test_half_years_include_empty_ones():
    assert half_years(D(2015, 12, 31), D(2017, 1, 1)) == ["2015H2", "2016H1", "2016H2", "2017H1"]


def test_starts_and_shares_per_half_year(con):
    four_welfare_and_one_learning(con, 2024, 1)
    network(con, "I", "innovation", D(2025, 1, 6), None, reference="dir")
    frame = starts_per_half_year(con).set_index(["half_year", "type"])["started"]
    # OLD (2015H1) .. 2025H1: 21 half-years x 3 types, zeros included
    assert len(frame) == 21 * 3
    assert frame[("2024H1", "welfare")] == 4 and frame[("2024H1", "learning")] == 1
    assert frame[("2024H2", "welfare")] == 0 and frame[("2025H1", "innovation")] == 1
    shares = mix_shares(con).set_index(["half_year", "type"])["share"]
    assert shares[("2024H1", "welfare")] == pytest.approx(4 / 5)  # 4 of 5 starts
    assert shares[("2024H2", "welfare")] == 0.0  # nothing started: 0, not NaN


def test_running_per_day_counts_each_day_and_stops_at_today(con):
    network(con, "W", "welfare", D(2024, 1, 1), D(2024, 1, 3))
    network(con, "V", "welfare", D(2024, 1, 3), None)
    frame = running_per_day(con, D(2024, 1, 1), D(2024, 1, 10), today=D(2024, 1, 4))
    welfare = frame[frame["type"] == "welfare"]
    # 1 Jan: W; 2 Jan: W; 3 Jan: W and V; 4 Jan: V (today); no rows after today
    assert welfare["running"].tolist() == [1, 1, 2, 1]
    assert frame[frame["type"] == "innovation"]["running"].sum() == 0


def test_running_today_and_severity_counts(con):
    network(con, "W", "welfare", D(2024, 1, 1), None, co_driver=None)
    network(con, "V", "welfare", D(2024, 1, 3), D(2024, 3, 1))  # closed before today
    network(con, "I", "innovation", D(2024, 5, 6), None, reference="dir")
    assert running_today(con, Scope(today=D(2024, 6, 1))) == {
        "learning": 0,
        "welfare": 1,
        "innovation": 1,
    }
    # warnings: 2024H1 has 3 starts; 'pro' leads W alongside V and alongside I (2 pairs) = 3
    # info: 0 learning and 2 welfare starts in 2024H1; W never had a co-driver = 3
    counts = severity_counts(rule_findings(con, today=D(2024, 6, 1)))
    assert counts == {"error": 0, "warning": 3, "info": 3}


def test_departments_covered_and_department_pairs(con):
    network(con, "W", "welfare", D(2024, 2, 5), None)  # pro, a1 (A), b1 (B), c1 (C)
    network(con, "V", "welfare", D(2024, 2, 5), None, participants=("b1",))  # A, B
    covered = network_departments(con, Scope.of(D(2024, 1, 1), D(2024, 6, 1), today=D(2024, 6, 1)))
    w = covered[covered["network_id"] == "W"].set_index("department_id")["members"]
    assert w.to_dict() == {"A": 2, "B": 1, "C": 1}  # A: pro and a1
    pairs = department_pairs(con, D(2024, 1, 1), D(2024, 6, 1), today=D(2024, 6, 1))
    got = {(a, b): n for a, b, n in pairs.itertuples(index=False)}
    assert got == {("A", "B"): 2, ("A", "C"): 1, ("B", "C"): 1}  # OLD (2015) is outside


# --- the demo ----------------------------------------------------------------------------------
def test_the_demo_shows_exactly_the_planted_breaches(demo_con):
    f = rule_findings(demo_con, today=dt.date(2026, 11, 24))
    fired = set(f["rule"])
    assert fired == set(DEMO_BREACHES) | {"learning_per_half_year", "welfare_per_half_year"}
    by_rule = f.groupby("rule")["period"].apply(sorted).to_dict()
    assert by_rule["starts_per_half_year"] == ["2020H1"]
    assert by_rule["learning_per_half_year"] == ["2020H1"]
    assert by_rule["welfare_per_half_year"] == ["2018H1", "2020H1"]
    assert by_rule["innovation_concurrency"] == ["2018-04-09"]
    one_each = [r for r in DEMO_BREACHES if r != "solution_on_shelf"]
    assert all(len(by_rule[r]) == 1 for r in one_each), by_rule


# --- the day the rules judge --------------------------------------------------------------------
def test_rules_judge_only_networks_started_by_today(con):
    # W starts 2024-03-04 with an untested leader, a reference leader outside chefforum and a
    # welfare network's wrong committee; judged on 2024-03-03 nothing of W is seen yet.
    network(
        con,
        "W",
        "welfare",
        D(2024, 3, 4),
        None,
        leader="new",
        reference="a2",
        political_link="innovationsudvalg",
    )
    before = rule_findings(con, today=D(2024, 3, 3))
    assert "W" not in set(before["network_id"])

    # the half-year 2024H1 has 0 starts by 3 March (W is not counted yet), 1 from 4 March
    def started(findings):
        row = findings[(findings["rule"] == "starts_per_half_year")]
        return row.loc[row["period"] == "2024H1", "message"].iloc[0]

    assert started(before).startswith("I 1. halvår 2024 startede 0 netværk;")
    after = rule_findings(con, today=D(2024, 3, 4))
    assert started(after).startswith("I 1. halvår 2024 startede 1 netværk;")
    assert set(after.loc[after["network_id"] == "W", "rule"]) == {
        "leader_qualified",
        "reference_leader_level",
        "political_link",
    }
