"""Network list, profile, people and phases on a small hand-made organisation."""

import datetime as dt

import pytest

from analytics.networks import network_list, network_people, network_profile, people_by_department
from analytics.phases import network_phases
from analytics.scope import Scope
from data import db

D = dt.date


@pytest.fixture()
def con():
    con = db.connect(":memory:")
    con.execute("INSERT INTO directorate VALUES ('DIR', 'Direktørområde')")
    con.execute(
        "INSERT INTO department VALUES ('A', 'Afdeling A', 'DIR'), ('B', 'Afdeling B', 'DIR')"
    )
    con.execute(
        "INSERT INTO person (id, name, department_id, kind) VALUES"
        " ('p1', 'Anne', 'A', 'employee'), ('p2', 'Bo', 'B', 'employee'),"
        " ('p3', 'Cia', 'B', 'employee'), ('x1', 'Borger', NULL, 'citizen')"
    )
    con.execute(
        "INSERT INTO network"
        " (id, name, type, generation, start_date, planned_end, end_date, status) VALUES"
        # Wednesday 2024-01-03 start: template phases count from Monday 2024-01-01
        " ('W', 'Velfærd', 'welfare', 'NS3', '2024-01-03', '2024-06-16', '2024-06-16', 'closed'),"
        " ('L', 'Læring', 'learning', 'NS3', '2025-09-01', '2026-01-04', NULL, 'active'),"
        " ('F', 'Fremtid', 'innovation', 'NS3', '2027-02-01', '2027-10-10', NULL, 'planned')"
    )
    con.execute(
        "INSERT INTO role_assignment VALUES"
        " ('W', 'p1', 'network_leader', '2024-01-03', NULL),"
        " ('W', 'p2', 'reference_leader', '2024-01-03', NULL),"
        " ('W', 'p3', 'participant', '2024-01-03', NULL),"
        " ('W', 'x1', 'participant', '2024-01-03', NULL),"
        " ('L', 'p2', 'network_leader', '2025-09-01', NULL)"
    )
    con.execute(
        "INSERT INTO phase VALUES ('L', 1, 'Opstart', '2025-09-01', '2025-09-05', 'intensive'),"
        " ('L', 2, 'Pause', '2025-09-08', '2026-01-04', 'break')"
    )
    yield con
    con.close()


def ids(frame):
    return list(frame["id"])


def test_network_list_keeps_networks_running_in_the_period(con):
    today = D(2026, 11, 24)
    # W runs 2024-01-03..2024-06-16; L from 2025-09-01 with no end (runs until today);
    # F starts 2027-02-01, after the period.
    assert ids(network_list(con, Scope.of(D(2024, 6, 1), D(2024, 12, 31), today=today))) == ["W"]
    assert ids(network_list(con, Scope.of(D(2024, 6, 17), D(2025, 8, 31), today=today))) == []
    assert ids(network_list(con, Scope.of(D(2026, 1, 1), D(2026, 12, 31), today=today))) == ["L"]
    # newest first; a planned network shows in a period that reaches its start
    assert ids(network_list(con, Scope.of(D(2013, 1, 1), D(2027, 12, 31), today=today))) == [
        "F",
        "L",
        "W",
    ]


def test_network_list_filters_by_type_and_member_department(con):
    everything = (D(2013, 1, 1), D(2027, 12, 31))
    assert ids(network_list(con, Scope.of(*everything, ["learning"]))) == ["L"]
    assert ids(network_list(con, Scope.of(*everything, []))) == []  # no type chosen: no network
    # department A: p1 leads W. Department B: p2 leads L, p3 takes part in W (p2 is only W's
    # reference leader, which is not membership).
    assert ids(network_list(con, Scope.of(*everything, None, ["A"]))) == ["W"]
    assert ids(network_list(con, Scope.of(*everything, None, ["B"]))) == ["L", "W"]


def test_network_label_is_id_name_type_and_year(con):
    assert network_profile(con, "W")["label"] == "W · Velfærd (Velfærdsnetværk, 2024)"
    assert network_profile(con, "nope") is None


def test_people_are_listed_leaders_first(con):
    people = network_people(con, "W")
    assert list(people["role"]) == [
        "network_leader",
        "reference_leader",
        "participant",
        "participant",
    ]
    assert list(people["department"]) == ["Afdeling A", "Afdeling B", "", "Afdeling B"]


def test_people_by_department_counts_heads_per_role(con):
    counts = people_by_department(con, "W")
    got = {(r.department, r.role): r.people for r in counts.itertuples()}
    # A: p1 leader; B: p2 reference leader, p3 participant; the citizen is "Eksterne"
    assert got == {
        ("Afdeling A", "network_leader"): 1,
        ("Afdeling B", "reference_leader"): 1,
        ("Afdeling B", "participant"): 1,
        ("Eksterne", "participant"): 1,
    }


def test_registered_phases_win_over_the_template(con):
    phases = network_phases(con, "L")
    assert list(phases["name"]) == ["Opstart", "Pause"]
    assert not phases["from_template"].any()


def test_template_phases_count_from_the_monday_of_the_start_week(con):
    phases = network_phases(con, "W")
    assert phases["from_template"].all() and len(phases) == 7
    first, last = phases.iloc[0], phases.iloc[-1]
    # start Wednesday 2024-01-03 -> Monday 2024-01-01; phase 1: 2 weeks -> 2024-01-01..01-14
    assert (first.start_date.date(), first.end_date.date()) == (D(2024, 1, 1), D(2024, 1, 14))
    # phase 7 (intensive 4): offset 2+5+2+5+3+5 = 22 weeks -> 2024-01-01 + 154 days = 2024-06-03,
    # 2 weeks long -> ends 2024-06-16
    assert (last.start_date.date(), last.end_date.date()) == (D(2024, 6, 3), D(2024, 6, 16))
    assert list(phases["intensity"]).count("intensive") == 4
