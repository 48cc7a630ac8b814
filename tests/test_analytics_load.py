"""The load model of DESIGN.md §6 on a small organisation, every expected hour worked out by hand
from the default `role_hours` (intensive: leader 10, co-driver 6, reference leader 2,
participant 4; break: 2, 1, 0,5, 0)."""

import datetime as dt

import pandas as pd
import pytest

from analytics import load
from analytics.scope import Scope
from data import db
from tests.builders import D, network, organisation

WINDOW = (D(2025, 3, 1), D(2025, 4, 30))  # weeks from Mon 24 Feb to Sun 4 May 2025


@pytest.fixture()
def con():
    """X: welfare from Wed 5 Mar 2025, own phases — intensive Wed 5 Mar .. Tue 18 Mar (both
    mid-week), break Wed 19 Mar .. Sun 30 Mar. Leader pro, co-driver a1, reference cf_a,
    participant b1 for the whole network; c1 joins mid-phase (Thu 13 Mar); a2 leaves mid-phase
    (Tue 11 Mar).
    Y: learning from Wed 12 Mar 2025 without phases: the template, counted from Mon 10 Mar
    (intensive week 10–16 Mar, break 3 weeks, intensive 7–13 Apr, …). Leader new, reference
    cf_b, participant pro (so pro is in two overlapping networks)."""
    con = organisation()
    network(
        con, "X", "welfare", D(2025, 3, 5), None, planned_end=D(2025, 4, 30), participants=("b1",)
    )
    con.execute(
        "INSERT INTO phase VALUES ('X', 1, 'Intensiv', '2025-03-05', '2025-03-18', 'intensive'),"
        " ('X', 2, 'Pause', '2025-03-19', '2025-03-30', 'break')"
    )
    con.execute(
        "INSERT INTO role_assignment VALUES ('X', 'c1', 'participant', '2025-03-13', NULL),"
        " ('X', 'a2', 'participant', '2025-03-05', '2025-03-11')"
    )
    network(
        con,
        "Y",
        "learning",
        D(2025, 3, 12),
        None,
        planned_end=D(2025, 7, 13),
        leader="new",
        co_driver=None,
        reference="cf_b",
        participants=("pro",),
    )
    yield con
    con.close()


def hours(frame: pd.DataFrame, **where) -> list[float]:
    rows = frame
    for column, value in where.items():
        rows = rows[rows[column] == value]
    return [round(h, 6) for h in rows["hours"]]


def weeks(*days: tuple[int, int]) -> list[pd.Timestamp]:
    """Mondays of 2025 as the week_start values DuckDB returns."""
    return [pd.Timestamp(2025, m, d) for m, d in days]


def test_phase_starting_and_ending_mid_week(con):
    w = load.weekly_load(con, *WINDOW, network_ids=["X"])
    leader = w[(w["person_id"] == "pro") & (w["role"] == "network_leader")]
    assert list(leader["week_start"]) == weeks((3, 3), (3, 10), (3, 17), (3, 24))
    # week of 3 Mar: intensive Wed–Fri = 3 weekdays -> 10 × 3/5 = 6
    # week of 10 Mar: intensive Mon–Fri -> 10
    # week of 17 Mar: intensive Mon–Tue 10 × 2/5 = 4, break Wed–Fri 2 × 3/5 = 1,2 -> 5,2
    # week of 24 Mar: break Mon–Fri -> 2;   week of 31 Mar: no phase left -> no row
    assert hours(leader) == [6.0, 10.0, 5.2, 2.0]
    # co-driver a1: 6 × 3/5 = 3,6; 6; 6 × 2/5 + 1 × 3/5 = 3,0; 1
    assert hours(w, person_id="a1") == [3.6, 6.0, 3.0, 1.0]
    # reference cf_a: 2 × 3/5 = 1,2; 2; 2 × 2/5 + 0,5 × 3/5 = 1,1; 0,5
    assert hours(w, person_id="cf_a") == [1.2, 2.0, 1.1, 0.5]
    # participant b1: 4 × 3/5 = 2,4; 4; 4 × 2/5 = 1,6 (break: 0 h -> no row)
    assert hours(w, person_id="b1") == [2.4, 4.0, 1.6]


def test_role_starting_and_ending_mid_phase(con):
    w = load.weekly_load(con, *WINDOW, network_ids=["X"])
    # c1 from Thu 13 Mar: week of 10 Mar Thu–Fri 4 × 2/5 = 1,6; week of 17 Mar Mon–Tue 1,6
    assert list(w[w["person_id"] == "c1"]["week_start"]) == weeks((3, 10), (3, 17))
    assert hours(w, person_id="c1") == [1.6, 1.6]
    # a2 from Wed 5 to Tue 11 Mar: 4 × 3/5 = 2,4; then Mon–Tue 4 × 2/5 = 1,6
    assert hours(w, person_id="a2") == [2.4, 1.6]


def test_network_without_phases_uses_the_template(con):
    w = load.weekly_load(con, *WINDOW, network_ids=["Y"])
    leader = w[w["person_id"] == "new"]
    # template from Mon 10 Mar, the role from the start Wed 12 Mar:
    # week of 10 Mar intensive Wed–Fri 10 × 3/5 = 6; three break weeks of 2 h (17, 24, 31
    # Mar); intensive week of 7 Apr = 10; break 14, 21, 28 Apr = 2 each
    assert list(leader["week_start"]) == weeks(
        (3, 10), (3, 17), (3, 24), (3, 31), (4, 7), (4, 14), (4, 21), (4, 28)
    )
    assert hours(leader) == [6.0, 2.0, 2.0, 2.0, 10.0, 2.0, 2.0, 2.0]
    # pro as participant: 4 × 3/5 = 2,4 and 4 in the intensive weeks, 0 in breaks
    assert hours(w, person_id="pro") == [2.4, 4.0]


def test_person_in_two_overlapping_networks_and_the_threshold(con):
    pw = load.person_weeks(con, *WINDOW)
    pro = pw[pw["person_id"] == "pro"]
    assert list(pro["week_start"]) == weeks((3, 3), (3, 10), (3, 17), (3, 24), (4, 7))
    # week of 10 Mar: leader of X 10 + participant of Y 2,4 = 12,4 > 10 -> over
    # week of 7 Apr: X has no phase left, Y intensive 4
    assert hours(pro) == [6.0, 12.4, 5.2, 2.0, 4.0]
    assert list(pro["over_threshold"]) == [False, True, False, False, False]
    assert pw["over_threshold"].sum() == 1  # nobody else passes 10 h
    db.set_setting(con, "load_threshold_hours", "12,5")  # decimal comma accepted
    assert not load.person_weeks(con, *WINDOW)["over_threshold"].any()  # 12,4 ≤ 12,5
    db.set_setting(con, "load_threshold_hours", "mange")  # unreadable -> the default 10
    assert load.threshold(con) == 10.0


def test_overload_table_and_heat_map(con):
    people = load.person_summary(con, *WINDOW)
    over = load.overloaded(people)
    assert list(over["person_id"]) == ["pro"]
    row = over.iloc[0]
    assert (row["weeks_over"], row["peak_hours"]) == (1, pytest.approx(12.4))
    assert row["peak_week"] == row["first_week_over"] == pd.Timestamp(2025, 3, 10)
    # total 6 + 12,4 + 5,2 + 2 + 4 = 29,6 over 5 weeks, in 2 networks
    assert row["total_hours"] == pytest.approx(29.6)
    assert (row["weeks_with_load"], row["networks"], row["department"]) == (5, 2, "Afdeling A")
    # the period: 8 people with load, 1 over in 1 week, the largest week 12,4
    assert load.period_totals(people) == {
        "people": 8,
        "over": 1,
        "weeks_over": 1,
        "peak": pytest.approx(12.4),
    }
    top = load.heatmap(con, *WINDOW, top=2)
    # the two highest peaks: pro 12,4, then new 10 (Y's intensive week of 7 Apr) — a1 peaks at 6
    assert list(dict.fromkeys(top["person_id"])) == ["pro", "new"]


def test_filters_by_role_department_and_type(con):
    leaders = load.person_weeks(con, *WINDOW, roles=["network_leader"])
    assert set(leaders["person_id"]) == {"pro", "new"}
    only_b = load.person_weeks(con, *WINDOW, scope=Scope.of(department_ids=["B"]))
    assert set(only_b["person_id"]) == {"b1", "new", "cf_b"}
    learning = load.weekly_load(con, *WINDOW, scope=Scope.of(types=["learning"]))
    assert set(learning["network_id"]) == {"Y"}


def test_department_and_role_totals(con):
    deps = load.department_weeks(con, *WINDOW)
    week = deps[deps["week_start"] == pd.Timestamp(2025, 3, 10)].set_index("department_id")
    # A: pro 12,4 + a1 6 + cf_a 2 + a2 1,6 = 22,0 h = 22/37 = 0,5946 FTE
    assert week.loc["A", "hours"] == pytest.approx(22.0)
    assert week.loc["A", "fte"] == pytest.approx(22 / 37)
    # B: b1 4 + new 6 + cf_b 2 × 3/5 = 1,2 -> 11,2;  C: c1 1,6
    assert week.loc["B", "hours"] == pytest.approx(11.2)
    assert week.loc["C", "hours"] == pytest.approx(1.6)
    roles = load.role_weeks(con, *WINDOW)
    week = roles[roles["week_start"] == pd.Timestamp(2025, 3, 10)]
    part = week[week["role"] == "participant"]
    # participants that week: b1 4 + c1 1,6 + a2 1,6 + pro (in Y) 2,4 = 9,6 by 4 people
    assert part["hours"].item() == pytest.approx(9.6) and part["people"].item() == 4


def test_this_week_totals(con):
    week = load.week_totals(con, D(2025, 3, 12))  # a Wednesday: the week of 10 Mar
    # with load: pro, a1, cf_a, a2 (A), b1, new, cf_b (B), c1 (C) = 8 people, 1 over (pro);
    # hours 22,0 + 11,2 + 1,6 = 34,8 = 34,8 / 37 = 0,94 FTE
    assert (week["people"], week["over"]) == (8, 1)
    assert week["hours"] == pytest.approx(34.8) and week["fte"] == pytest.approx(34.8 / 37)
    assert load.week_totals(con, D(2024, 1, 1)) == {
        "people": 0,
        "over": 0,
        "hours": 0.0,
        "fte": 0.0,
    }


def test_network_curve_per_role(con):
    curve = load.network_load(con, "Y")
    first = curve[curve["week_start"] == pd.Timestamp(2025, 3, 10)].set_index("role")["hours"]
    assert first.to_dict() == pytest.approx(
        {"network_leader": 6.0, "participant": 2.4, "reference_leader": 1.2}
    )
    # the curve covers the whole course: Y's template is 18 weeks, from 10 Mar to Sun 13 Jul
    assert curve["week_start"].max() == pd.Timestamp(2025, 7, 7)
    assert load.network_span(con, "Y") == (D(2025, 3, 12), D(2025, 7, 13))


def test_person_breakdown_by_network(con):
    rows = load.person_networks(con, *WINDOW, scope=Scope.of(department_ids=["A"]))
    pro = rows[rows["person_id"] == "pro"].set_index("network_id")
    # X as leader: 6 + 10 + 5,2 + 2 = 23,2 h in 4 weeks; Y as participant 2,4 + 4 = 6,4 in 2
    assert pro.loc["X", "total_hours"] == pytest.approx(23.2) and pro.loc["X", "weeks"] == 4
    assert pro.loc["Y", "total_hours"] == pytest.approx(6.4) and pro.loc["Y", "weeks"] == 2
    assert pro.loc["Y", "role"] == "participant" and pro.loc["Y", "network_name"] == "Netværk Y"


def snapshot(con) -> dict:
    return {
        t: con.execute(f"SELECT count(*), sum(hash(COLUMNS(*))) FROM {t}").fetchall()
        for t in ("network", "role_assignment", "phase", "person", "audit_log")
    }


def test_what_if_plan_adds_load_in_memory_only(con):
    before = snapshot(con)
    plan = load.plan_frames(
        [
            {
                "name": "Ny velfærd",
                "type": "welfare",
                "start_date": D(2025, 3, 10),
                "leader": "pro",
                "counts": {"C": 2},
            }
        ],
        {"C": "Afdeling C"},
    )
    compared = load.plan_comparison(con, *WINDOW, plan)
    pro = compared.set_index("person_id").loc["pro"]
    # the welfare template from Mon 10 Mar: intensive 2 weeks (10 h), break 5 weeks (2 h), then
    # intensive again from 28 Apr. pro's week of 10 Mar: 12,4 + 10 = 22,4; 17 Mar: 5,2 + 10 =
    # 15,2 -> 2 weeks over instead of 1
    assert (pro["peak_hours_before"], pro["peak_hours"]) == pytest.approx((12.4, 22.4))
    assert (pro["weeks_over_before"], pro["weeks_over"]) == (1, 2)
    assert pro["goes_over"] and pro["first_new_week_over"] == pd.Timestamp(2025, 3, 17)
    assert pro["most_over"] == pytest.approx(5.2)  # 15,2 − 10 in the newly-over week
    # extra: 10 + 10 (intensive) + 5 × 2 (break, 24 Mar–27 Apr) + 10 (week of 28 Apr) = 40
    assert pro["extra_hours"] == pytest.approx(40.0)
    # two placeholder participants of C, 4 h each in the intensive weeks -> C's week of 10 Mar:
    # c1 1,6 + 2 × 4 = 9,6
    deps = load.department_weeks(con, *WINDOW, planned=plan)
    c = deps[(deps["week_start"] == pd.Timestamp(2025, 3, 10)) & (deps["department_id"] == "C")]
    assert c["hours"].item() == pytest.approx(9.6)
    assert "Deltager 2 fra Afdeling C i «Ny velfærd»" in set(compared["name"])
    totals = load.plan_weekly_totals(con, *WINDOW, plan)
    week = totals[totals["week_start"] == pd.Timestamp(2025, 3, 17)].set_index("scenario")
    # week of 17 Mar without: X 5,2 + 3 + 1,1 + b1 1,6 + c1 1,6 = 12,5, Y 2 + 0,5 -> 15,0;
    # with: + pro 10 + 2 placeholders × 4 = 33,0
    assert week["hours"].to_dict() == pytest.approx({"Uden planen": 15.0, "Med planen": 33.0})
    summary = load.plan_summary(plan).iloc[0]
    # pro as leader + 2 placeholders = 3 people
    assert (summary["name"], summary["leader_id"], summary["people"]) == ("Ny velfærd", "pro", 3)
    grid = load.heatmap(con, *WINDOW, planned=plan, top=500, person_ids=["pro"])
    assert set(grid["person_id"]) == {"pro"} and grid["hours"].max() == pytest.approx(22.4)
    assert snapshot(con) == before  # nothing written
    registered = con.execute("SELECT count(*) FROM duckdb_views() WHERE view_name LIKE '_plan%'")
    assert registered.fetchall() == [(0,)]  # and nothing left behind


def test_plan_flags_a_leader_of_two_networks_at_once(con):
    plan = load.plan_frames(
        [
            {
                "name": "Ny velfærd",
                "type": "welfare",
                "start_date": D(2025, 3, 10),
                "leader": "pro",
            },
            {
                "name": "Andet forløb",
                "type": "learning",
                "start_date": D(2025, 9, 1),
                "leader": "pro",
            },
        ],
        {},
    )
    # pro leads X until its planned end 30 Apr 2025; the first candidate starts 10 Mar. The
    # second starts 1 Sep, after both X and the first candidate's 24 weeks (to 24 Aug): no
    # conflict.
    assert load.plan_conflicts(con, plan) == [
        "Pia Prøvet ville lede både «Ny velfærd» og X «Netværk X» fra 10. mar. 2025 til "
        "30. apr. 2025; NS3 planlægger med én netværksleder pr. netværk ad gangen."
    ]
    clear = load.plan_frames(
        [{"type": "welfare", "start_date": D(2025, 3, 10), "leader": "a1"}], {}
    )
    assert load.plan_conflicts(con, clear) == []
    twice = load.plan_frames(
        [
            {"type": "welfare", "start_date": D(2025, 3, 10), "leader": "a1"},
            {"type": "welfare", "start_date": D(2025, 4, 7), "leader": "a1"},
        ],
        {},
    )
    # within the plan: the first runs its 24 template weeks to Sun 24 Aug 2025 (10 Mar + 168
    # days − 1), the second starts 7 Apr -> one message, for the pair
    assert load.plan_conflicts(con, twice) == [
        "Asta A ville lede både «Kandidat 1» og «Kandidat 2» fra 7. apr. 2025 til 24. aug. 2025; "
        "NS3 planlægger med én netværksleder pr. netværk ad gangen."
    ]


def test_template_warnings_against_the_ns3_description(con):
    defaults = con.execute("SELECT * FROM phase_template").df()
    assert load.template_warnings(defaults) == []
    # welfare default: 2+5+2+5+3+5+2 = 24 weeks, intensive 2+2+3+2 = 9 in 4 periods
    welfare_default = defaults[defaults["network_type"] == "welfare"]
    assert load.template_shape(welfare_default) == {"weeks": 24, "intensive_weeks": 9, "periods": 4}
    welfare = pd.DataFrame(
        [("welfare", i + 1, f"P{i}", 6 * i, 4, "intensive") for i in range(3)],
        columns=["network_type", "seq", "name", "offset_weeks", "duration_weeks", "intensity"],
    )
    learning = pd.DataFrame([("learning", 1, "Lang", 0, 30, "intensive")], columns=welfare.columns)
    warnings = load.template_warnings(pd.concat([welfare, learning]))
    # welfare: 3 periods of 4 weeks = 12 intensive weeks, ending at week 12 + 4 = 16 (< 22);
    # learning: 30 weeks (> 22); innovation: no template at all
    assert warnings == [
        "Læringsnetværk: forløbet varer 30 uger; NS3 siger omkring 4–5 måneder (17–22 uger).",
        "Velfærdsnetværk: skabelonen har 3 intensive perioder; NS3 beskriver 4 intensive "
        "perioder (som i velfærdsnetværk).",
        "Velfærdsnetværk: de intensive perioder varer i alt 12 uger; NS3 siger ca. 9 uger.",
        "Velfærdsnetværk: forløbet varer 16 uger; NS3 siger ca. ½ år (ca. 26 uger).",
        "Innovationsnetværk har ingen faser i skabelonen; netværk uden egne faser får ingen timer.",
    ]


def test_role_hours_grid_round_trip(con):
    from data.io import save_rows

    grid = load.role_hours_grid(con)
    # DESIGN.md §6 defaults: intensive leader 10, break co-driver 1, test participant 2
    assert grid.loc["intensive", "network_leader"] == 10
    assert grid.loc["break", "co_driver"] == 1 and grid.loc["test", "participant"] == 2
    grid.loc["intensive", "network_leader"] = 12
    report = save_rows(con, "role_hours", load.role_hours_rows(grid), source="test")
    assert report.ok and report.rows == 15 and report.updated == 15  # 3 intensities × 5 roles
    # X's leader, week of 10 Mar: now 12 h (was 10)
    w = load.weekly_load(con, *WINDOW, network_ids=["X"], roles=["network_leader"])
    assert hours(w[w["week_start"] == pd.Timestamp(2025, 3, 10)]) == [12.0]
    grid.loc["break", "participant"] = 61  # above the column's limit of 60: refused, nothing saved
    assert not save_rows(con, "role_hours", load.role_hours_rows(grid)).ok
    assert load.role_hours_grid(con).loc["break", "participant"] == 0


def test_template_form_replaces_one_type(con):
    from data.io import save_rows

    rows = [
        {
            "network_type": "learning",
            "seq": 1,
            "name": "Hele forløbet",
            "offset_weeks": 0,
            "duration_weeks": 18,
            "intensity": "intensive",
        }
    ]
    report = save_rows(con, "phase_template", rows, replace={"network_type": "learning"})
    # the learning template had 9 phases; now 1 — the other types keep theirs
    assert report.ok and report.replaced == 9
    assert report.summary() == "Faseskabeloner er gemt: 1 række erstatter 9 rækker, der var før."
    counts = dict(
        con.execute("SELECT network_type, count(*) FROM phase_template GROUP BY ALL").fetchall()
    )
    assert counts == {"learning": 1, "welfare": 7, "innovation": 7}
    # Y (learning, no phases) now has 10 h for its leader every week from 10 Mar: Wed–Fri 6
    w = load.weekly_load(con, *WINDOW, network_ids=["Y"], roles=["network_leader"])
    assert hours(w)[:3] == [6.0, 10.0, 10.0]
    bad = [{**rows[0], "duration_weeks": 0}]  # below 1: refused, the one phase stays
    assert not save_rows(con, "phase_template", bad, replace={"network_type": "learning"}).ok
    assert counts == dict(
        con.execute("SELECT network_type, count(*) FROM phase_template GROUP BY ALL").fetchall()
    )


def test_demo_load_is_believable(demo_con):
    today = dt.date(2026, 11, 24)
    half = (today - dt.timedelta(weeks=13), today + dt.timedelta(weeks=39))
    leaders = load.person_weeks(demo_con, *half, roles=["network_leader"])
    # leaders between 2 h (break) and 10 h (intensive) a week; less only in a week a leader
    # starts or leaves mid-week (the planted departure of N2026-07's leader: 2 h × 3/5 = 1,2)
    assert leaders["hours"].max() == pytest.approx(10)
    assert (leaders["hours"] >= 2).mean() > 0.95 and leaders["hours"].min() > 1
    over = load.overloaded(load.person_summary(demo_con, *half))
    # the planted forecast: N2026-10's leader also takes part in N2026-09 (both start with
    # intensive weeks) -> over 10 h, also in weeks still to come (the forecast)
    assert len(over) == 1 and over.iloc[0]["last_week_over"] > pd.Timestamp(today)


def test_week_starts_are_the_mondays_of_the_weeks_touching_the_window():
    # Wed 2026-11-25 .. Mon 2026-12-07: the weeks of 23 Nov, 30 Nov and 7 Dec
    assert [w.date() for w in load.week_starts(D(2026, 11, 25), D(2026, 12, 7))] == [
        D(2026, 11, 23),
        D(2026, 11, 30),
        D(2026, 12, 7),
    ]
