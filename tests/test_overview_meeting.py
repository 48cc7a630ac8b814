"""The overview's `kpis`, the meeting's `changes` and `decisions` and the leader pool of DESIGN.md
§6, on one hand-made organisation where every expected id is written out.

The day is Wednesday 2024-06-12; its Monday is 2024-06-10, so the 8 weeks ahead are
2024-06-10 .. 2024-08-04. The last meeting was 2024-05-15.
"""

import datetime as dt

import pytest

from analytics.load import lookahead, overloaded_people
from analytics.meeting import (
    DECISION_KINDS,
    changes,
    decisions,
    leader_candidates,
    overloaded_detail,
)
from analytics.overview import alerts, kpis, rc_change
from analytics.people import leader_pool
from data import db
from tests.builders import D, network, organisation, same, wave

TODAY = D(2024, 6, 12)
SINCE = D(2024, 5, 15)


def phase(con, network_id, seq, start, end, intensity):
    con.execute(
        "INSERT INTO phase VALUES (?, ?, ?, ?, ?, ?)",
        [network_id, seq, f"Fase {seq}", start, end, intensity],
    )


@pytest.fixture(scope="module")
def con():
    """Networks (leader pro, co-driver a1, reference cf_a, participants b1 and c1 unless said):
    W0  welfare NS3 2023-03-06..2023-09-29 (closed), with solutions S2 and S3
    L1  learning NS3 2024-01-08..2024-05-31, led by the untested 'new' (allowed)
    W1  welfare NS3 2024-02-05.., intensive 2024-06-10..06-21
    W2  welfare NS3 2024-05-20.., led by 'new' (untested), no reference leader, intensive
        2024-06-17..06-21
    I1  innovation NS3 2024-06-03.., no leader, reference 'dir', a break phase
    N2  welfare NS2 2023-09-04.., 'new' led it until 2024-05-31, a break phase
    F   welfare NS3 2024-06-24.. (after today), a break phase
    (OLD, welfare NS2 2015, from the organisation: pro was its co-driver)"""
    con = organisation()
    db.set_setting(con, "rules_from", "2023-01-01")
    db.set_setting(con, "rc_min_respondents", "3")
    network(con, "W0", "welfare", D(2023, 3, 6), D(2023, 9, 29))
    network(con, "L1", "learning", D(2024, 1, 8), D(2024, 5, 31), leader="new")
    network(con, "W1", "welfare", D(2024, 2, 5), None)
    network(con, "W2", "welfare", D(2024, 5, 20), None, leader="new", reference=None)
    network(con, "I1", "innovation", D(2024, 6, 3), None, leader=None, reference="dir")
    network(con, "N2", "welfare", D(2023, 9, 4), None, generation="NS2", leader=None)
    con.execute(
        "INSERT INTO role_assignment VALUES ('N2', 'new', 'network_leader', ?, ?)",
        [D(2023, 9, 4), D(2024, 5, 31)],
    )
    network(con, "F", "welfare", D(2024, 6, 24), None)
    con.execute("INSERT INTO role_assignment VALUES ('W1', 'cf_b', 'staff_manager', ?, NULL)",
                [D(2024, 2, 5)])  # fmt: skip
    # a free, qualified leader: diploma 2020, co-driver of OLD (2015), leads nothing now
    con.execute(
        "INSERT INTO person (id, name, department_id, kind, leader_diploma_on) VALUES"
        " ('fri', 'Frida Fri', 'C', 'employee', '2020-01-01')"
    )
    con.execute("INSERT INTO role_assignment VALUES ('OLD', 'fri', 'co_driver', ?, NULL)",
                [D(2015, 2, 2)])  # fmt: skip
    phase(con, "W1", 1, D(2024, 6, 10), D(2024, 6, 21), "intensive")
    phase(con, "W2", 1, D(2024, 6, 17), D(2024, 6, 21), "intensive")
    phase(con, "I1", 1, D(2024, 6, 3), D(2024, 12, 31), "break")
    phase(con, "N2", 1, D(2023, 9, 4), D(2024, 12, 31), "break")
    phase(con, "F", 1, D(2024, 6, 24), D(2024, 12, 31), "break")
    con.execute(
        "INSERT INTO solution VALUES"
        " ('S1', 'W0', 'I brug', '2023-10-02', 'A', 'implemented', '2024-03-01', NULL),"
        " ('S2', 'W0', 'Lige over', '2023-10-02', 'B', 'handed_over', '2023-12-14', NULL),"
        " ('S3', 'W0', 'Lige inden', '2023-10-02', 'B', 'handed_over', '2023-12-15', NULL),"
        " ('S4', 'W1', 'På hylden', '2024-04-02', 'C', 'on_shelf', '2024-05-01', NULL),"
        " ('S5', 'W1', 'Uden modtager', '2024-06-01', NULL, 'handed_over', '2024-06-01', NULL),"
        " ('S6', 'OLD', 'Gammel', '2015-07-19', 'A', 'handed_over', '2016-01-01', NULL)"
    )
    crit = ", ".join(["2"] * 7)
    con.execute(
        "INSERT INTO theme (id, title, origin, proposed_on, status, crit_citizen_welfare,"
        " crit_current, crit_cross_cutting, crit_complexity, crit_learning, crit_innovation,"
        f" crit_new_perspectives) VALUES ('T1', 'Ensomhed', 'bottom_up', '2024-05-15',"
        f" 'proposed', {crit})"
    )
    con.execute(
        "INSERT INTO theme (id, title, origin, proposed_on, status) VALUES"
        " ('T2', 'Mad', 'outside_in', '2024-06-01', 'proposed'),"
        " ('T3', 'Trafik', 'top_down', '2024-03-01', 'qualified'),"
        " ('T4', 'Skole', 'bottom_up', '2024-02-01', 'prioritised'),"
        " ('T5', 'Park', 'bottom_up', '2024-02-01', 'rejected')"
    )
    groups = {"A": "A", "B": "B", "C": "C"}
    # RCA (2023-10-01): A→B 3 complete answers of 3, and one answer missing an item (not used
    # in the index): index 3.0.
    wave(
        con,
        "RCA",
        D(2023, 10, 1),
        groups,
        same(3, "A", "B", 3) + [("ABx", "A", "B", [5, 5, 5, 5, 5, 5, None])],
    )
    # RCB (2024-05-01): A→B 3 answers of 4, B→A 3 answers of 2, C→A only 2 respondents of 5
    # (suppressed, so not counted): (3·4 + 3·2) / 6 = 3.0 ... with C→A it would be
    # (12 + 6 + 10) / 8 = 3.5.
    wave(
        con,
        "RCB",
        D(2024, 5, 1),
        groups,
        same(3, "A", "B", 4) + same(3, "B", "A", 2) + same(2, "C", "A", 5),
    )
    # A network's wave and a wave after today do not count.
    wave(con, "RCN", D(2024, 6, 1), groups, same(3, "A", "B", 1), network_id="W1")
    wave(con, "RCF", D(2024, 9, 1), groups, same(3, "A", "B", 1))
    yield con
    con.close()


# --- kpis ----------------------------------------------------------------------------------------
def test_kpis_on_the_hand_made_organisation(con):
    assert kpis(con, today=TODAY) == {
        # running 12 June: W1, W2, N2 (NS2 counts) welfare; I1 innovation; L1 ended 31 May
        "running": {"learning": 0, "welfare": 3, "innovation": 1},
        # NS3 starts in 2024H1 by 12 June: L1, W1, W2, I1 (F starts 24 June, N2 is NS2)
        "starts_half_year": 4,
        "starts_band": (4, 5),
        "innovation_running": 1,
        "innovation_max": 2,
        # a1 in week 2024-06-17: co-driver of W1 and W2 intensive (6 + 6) and of I1 on a break
        # (1) = 13 > 10 (N2's role is forecast to its planned end, 2 March: no hours); pro
        # leads W1 only: 10, not over
        "overloaded_people": 1,
        "rc_index": 3.0,  # RCB: (3·4 + 3·2) / 6, C→A suppressed
        "rc_previous": 3.0,  # RCA: 3 complete answers of 3; the incomplete one is left out
        "solutions_implemented": 1,  # S1
        # S2 waited 181 days (17 + 31 + 29 + 31 + 30 + 31 + 12 since 14 Dec) > 180; S4 is on
        # the shelf; S6 (NS2) counts too; S3 waited exactly 180 days: not yet
        "solutions_on_shelf": 3,
    }


def test_kpis_on_an_empty_database_are_zeros_and_none():
    empty = db.connect(":memory:")
    k = kpis(empty, today=TODAY)
    assert k["running"] == {"learning": 0, "welfare": 0, "innovation": 0}
    assert k["starts_half_year"] == 0 and k["overloaded_people"] == 0
    assert k["rc_index"] is None and k["rc_previous"] is None
    assert rc_change(empty, today=TODAY) is None


def test_the_rc_change_is_the_latest_minus_the_previous_with_an_interval(con):
    change = rc_change(con, today=TODAY)
    assert (change["latest"], change["previous"]) == ("RCB", "RCA")
    assert change["change"] == pytest.approx(0.0)  # 3.0 − 3.0
    assert change["low"] <= 0.0 <= change["high"] and not change["clear"]


def test_the_eight_weeks_ahead_and_who_is_over_in_them(con):
    assert lookahead(TODAY) == (D(2024, 6, 10), D(2024, 8, 4))  # Monday + 8 weeks − 1 day
    over = overloaded_people(con, TODAY)
    assert over.to_dict("records") == [
        {"person_id": "a1", "weeks_over": 1, "peak_hours": 13.0}
    ]  # 6 + 6 + 1


def test_alerts_errors_first_then_what_waits_each_said_once(con):
    a = alerts(con, today=TODAY)
    assert a[["severity", "page", "network_id", "count"]].values.tolist() == [
        ["error", "network", "I1", 1],  # no network leader since 3 June (the newest error)
        ["error", "network", "W2", 1],  # no reference leader since 20 May
        ["decision", "themes", "", 2],  # T1, T2 to qualify
        ["decision", "themes", "", 1],  # T3 to prioritise
        # I1's missing leader is the error above; N2 (NS2, not judged by the rules) is said here
        ["decision", "network", "N2", 1],
        # W2's missing reference leader is the error above: not said again
        ["decision", "load", "", 1],  # a1
        ["decision", "solutions", "", 3],  # S2, S4, S6 on the shelf
        ["decision", "solutions", "", 1],  # S5 without a receiver
    ]
    assert a["text"][2] == "2 temaer venter på kvalificering"
    assert a["text"][3] == "Temaet «Trafik» kan prioriteres"


# --- changes -------------------------------------------------------------------------------------
def test_changes_since_the_last_meeting(con):
    c = changes(con, SINCE, TODAY, today=TODAY)
    assert list(c["started"]["id"]) == ["W2", "I1"]  # 20 May, 3 June; F starts after today
    assert list(c["closed"]["id"]) == ["L1"]  # 31 May
    assert list(c["themes"]["id"]) == ["T2"]  # T1 was proposed on the meeting day itself
    assert list(c["solutions"]["id"]) == ["S5"]  # handed over 1 June
    new = set(c["findings"][["rule", "network_id", "period"]].itertuples(index=False, name=None))
    assert new == {
        ("leader_qualified", "W2", "2024-05-20"),  # 'new' has no diploma
        ("reference_leader_count", "W2", "2024-05-20"),  # never had one: from its start
        ("network_leader_count", "I1", "2024-06-03"),
        # 'new' led N2 until 31 May and W2 from 20 May: the overlap's first day
        ("leader_concurrency", "W2", "2024-05-20"),
        # S2: 2023-12-14 + 180 + 1 day = 2024-06-12; on 15 May it had waited 153 days
        ("solution_on_shelf", "W0", "2024-06-12"),
    }
    # welfare 2024H1 (1 start on 15 May, 2 now) was flagged then and is still: not new
    now = c["findings"]
    assert not (now["rule"] == "welfare_per_half_year").any()


def test_changes_are_exactly_the_window_whatever_today_is(con):
    c = changes(con, SINCE, D(2024, 7, 1), today=TODAY)
    assert list(c["started"]["id"]) == ["W2", "I1", "F"]  # F starts 24 June, inside the window


def test_no_changes_in_an_empty_window(con):
    c = changes(con, TODAY, TODAY, today=TODAY)
    assert all(frame.empty for frame in c.values())
    assert set(c) == {"started", "closed", "themes", "findings", "solutions"}


# --- decisions -----------------------------------------------------------------------------------
def test_decisions_in_kind_order_with_their_subjects(con):
    d = decisions(con, today=TODAY)
    assert list(zip(d["kind"], d["subject_id"], strict=True)) == [
        ("theme_to_qualify", "T1"),
        ("theme_to_qualify", "T2"),
        ("theme_to_prioritise", "T3"),
        ("network_leader_missing", "I1"),
        ("network_leader_missing", "N2"),  # NS2 counts; 'new' left it on 31 May
        ("reference_leader_missing", "W2"),
        ("person_overloaded", "a1"),
        ("solution_on_shelf", "S2"),  # 181 days
        ("solution_on_shelf", "S4"),  # marked on_shelf
        ("solution_on_shelf", "S6"),  # an NS2 network's
        ("solution_unreceived", "S5"),
    ]
    assert tuple(d["kind"].drop_duplicates()) == DECISION_KINDS  # every kind, in order
    messages = dict(zip(d["subject_id"], d["message"], strict=True))
    assert messages["T1"] == (
        "«Ensomhed» blev foreslået 15. maj 2024 og venter på kvalificering "
        "(kriteriescore 14 af 21)."  # 7 criteria × 2
    )
    assert messages["a1"] == (
        "Asta A ligger over 10 timer om ugen i 1 af de 8 uger fra 10. jun. 2024 (højst 13 timer)."
    )


def test_who_could_lead_the_networks_without_a_leader(con):
    c = leader_candidates(con, today=TODAY)
    # pro is qualified but leads W1; 'new' has no diploma; Frida is free and qualified
    assert c[["network_id", "candidates"]].values.tolist() == [
        ["I1", ["Frida Fri (Afdeling C)"]],
        ["N2", ["Frida Fri (Afdeling C)"]],
    ]


def test_the_overloaded_with_their_networks_and_staff_managers(con):
    d = overloaded_detail(con, today=TODAY)
    assert d.to_dict("records") == [
        {
            "person_id": "a1",
            "name": "Asta A",
            "department": "Afdeling A",
            "weeks_over": 1,
            "peak_hours": 13.0,
            # by the first week of load: I1 and W1 from 10 June, W2 from 17 June, F from 24 June
            "networks": "Netværk I1, Netværk W1, Netværk W2, Netværk F",
            "staff_managers": "Birgit Chef",  # W1's
        }
    ]


# --- leader_pool ---------------------------------------------------------------------------------
@pytest.fixture()
def pool_con():
    """xd: diploma 2024-06-12, co-driver of OLD (2015); yc: diploma 2020, co-driver only of Z
    which starts 2024-06-12; zt: co-driver trained 2024-06-12, nothing else; ext: a citizen with
    a diploma; pro leads W1 (running); gone led G until 2024-05-31."""
    con = organisation()
    con.execute(
        "INSERT INTO person (id, name, department_id, kind, leader_diploma_on,"
        " co_driver_trained_on) VALUES"
        " ('xd', 'Xenia Dag', 'A', 'employee', '2024-06-12', NULL),"
        " ('yc', 'Yrsa Co', 'B', 'employee', '2020-01-01', NULL),"
        " ('zt', 'Zenia Trænet', 'C', 'employee', NULL, '2024-06-12'),"
        " ('gone', 'Gorm Gået', 'C', 'employee', '2019-01-01', NULL),"
        " ('ext', 'Ekstern Borger', NULL, 'citizen', '2019-01-01', NULL)"
    )
    con.execute(
        "INSERT INTO role_assignment VALUES ('OLD', 'xd', 'co_driver', '2015-02-02', NULL),"
        " ('OLD', 'gone', 'co_driver', '2015-02-02', NULL)"
    )
    network(con, "Z", "learning", D(2024, 6, 12), None, leader="new", co_driver="yc")
    network(con, "W1", "welfare", D(2024, 2, 5), None)
    network(con, "G", "welfare", D(2024, 1, 8), None, leader=None)
    con.execute(
        "INSERT INTO role_assignment VALUES ('G', 'gone', 'network_leader', '2024-01-08',"
        " '2024-05-31')"
    )
    yield con
    con.close()


def rows(frame):
    return {r.person_id: (r.qualified, r.leading, r.free) for r in frame.itertuples(index=False)}


def test_leader_pool_on_the_edges_of_its_reading(pool_con):
    assert rows(leader_pool(pool_con, TODAY, today=TODAY)) == {
        "xd": (True, False, True),  # diploma dated on the day counts; OLD started before
        "yc": (False, False, False),  # Z starts on the day: in the pool, not yet qualified
        "zt": (False, False, False),  # trained on the day: in the pool
        "pro": (True, True, False),  # leads W1 today
        "gone": (True, False, True),  # left G on 31 May
        "new": (False, True, False),  # leads Z from today, no diploma
        "cf_a": (False, False, False),  # led OLD (2015), no diploma
        "a1": (False, False, False),  # co-driver of W1 and Z
    }


def test_leader_pool_the_day_before(pool_con):
    before = rows(leader_pool(pool_con, TODAY - dt.timedelta(days=1)))
    assert before["xd"] == (False, False, False)  # diploma tomorrow; in the pool by OLD
    assert "zt" not in before and "yc" in before  # yc has a diploma from 2020
    assert before["gone"] == (True, False, True)
    assert "new" not in before  # no diploma, Z not started, no earlier network


def test_leader_pool_the_day_after(pool_con):
    after = rows(leader_pool(pool_con, TODAY + dt.timedelta(days=1)))
    assert after["yc"] == (True, False, True)  # Z started before the day now


def test_on_a_day_after_today_nobody_is_leading(pool_con):
    # the portfolio reading: an open network runs to today, never past it
    ahead = rows(leader_pool(pool_con, TODAY + dt.timedelta(days=30), today=TODAY))
    assert ahead["pro"] == (True, False, True) and ahead["new"] == (False, False, False)
