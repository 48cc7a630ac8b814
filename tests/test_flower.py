"""Blomsten: `petals` on a hand-made organisation (DESIGN.md §6 "The flower"), the animation's
days, and the drawing's geometry (charts/flower.py): each petal enters exactly its departments'
sectors at the department ring, reaches society and the political level only where it should,
and is a closed curve inside the drawing."""

from __future__ import annotations

import datetime as dt
import json
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analytics.flower import (
    PETAL_COLUMNS,
    busiest_day,
    on_day,
    petal_days,
    petal_list,
    petals,
    petals_over_time,
    running_by_type,
)
from analytics.networks import departments
from analytics.scope import Scope
from charts import flower as geo
from charts.flower import FRAME_BUDGET, animation_days
from charts.style import TYPE_COLORS
from data.schema import SOCIETY_KINDS
from tests.builders import network, organisation

D = dt.date
TODAY = D(2026, 6, 30)
ON = D(2026, 3, 1)
EXTERNALS = [
    ("cit", "Carl Borger", "citizen"),
    ("biz", "Bo Virksomhed", "business"),
    ("kno", "Karen Forsker", "knowledge_institution"),
    ("ass", "Asger Forening", "association"),
    ("pol", "Poul Politiker", "politician"),
]
# A politician registered with a department: a member, but no employee (no department).
POLITICIAN_OF_A = ("pold", "Pernille Politiker", "A", "politician")


def _role(con, network_id, person, role, start, end=None):
    con.execute(
        "INSERT INTO role_assignment VALUES (?, ?, ?, ?, ?)", [network_id, person, role, start, end]
    )


@pytest.fixture
def flower_con():
    """organisation() (departments A, B, C; OLD, an NS2 network of 2015) and:
    W1 welfare 5 Jan 2026 – running, fagudvalg: leader pro (A), co-driver a1 (A), participants
       b1 (B), c1 (C), reference cf_a; biz (business) joins from 5 Jan; a2 (A) only from
       1 Apr (after ON); cit (citizen) left on 15 Feb (before ON); pro is a participant too
       (one person, two roles).
    L1 learning 1 Feb 2026 – running: leader new (B), reference cf_b, participants kno and ass
       (externals only beside the leader) and pold (a politician with department A); a1 (A)
       led it too, 1–20 Feb (a leader gone before ON beside the current one).
    I1 innovation 1 Sep 2025 – 27 Feb 2026 (closed before ON).
    I2 innovation 1 Oct 2025 – running, innovationsudvalg: leaders pro (whole run) and a2
       (from 1 Jan 2026), participants c1 (C) and pol (a politician: not society), reference dir.
    W0 welfare from 2 Mar 2026 (starts after ON).
    F  welfare 1 May 2026 – 1 Mar 2027 (an end_date after TODAY: it runs until today)."""
    con = organisation()
    con.executemany(
        "INSERT INTO person (id, name, department_id, kind) VALUES (?, ?, NULL, ?)", EXTERNALS
    )
    network(con, "W1", "welfare", D(2026, 1, 5), None, political_link="fagudvalg")
    _role(con, "W1", "biz", "participant", D(2026, 1, 5))
    _role(con, "W1", "a2", "participant", D(2026, 4, 1))
    _role(con, "W1", "cit", "participant", D(2026, 1, 5), D(2026, 2, 15))
    _role(con, "W1", "pro", "participant", D(2026, 1, 5))
    con.execute("INSERT INTO person (id, name, department_id, kind) VALUES (?, ?, ?, ?)",
                list(POLITICIAN_OF_A))  # fmt: skip
    network(
        con, "L1", "learning", D(2026, 2, 1), None, leader="new", co_driver=None,
        reference="cf_b", participants=("kno", "ass", "pold"),
    )  # fmt: skip
    _role(con, "L1", "a1", "network_leader", D(2026, 2, 1), D(2026, 2, 20))
    network(con, "I1", "innovation", D(2025, 9, 1), D(2026, 2, 27), reference="dir")
    network(
        con, "I2", "innovation", D(2025, 10, 1), None, co_driver=None, reference="dir",
        participants=("c1", "pol"), political_link="innovationsudvalg",
    )  # fmt: skip
    _role(con, "I2", "a2", "network_leader", D(2026, 1, 1))
    network(con, "W0", "welfare", D(2026, 3, 2), None)
    network(con, "F", "welfare", D(2026, 5, 1), D(2027, 3, 1))
    yield con
    con.close()


def test_petals_on_a_day_follow_the_reading_of_design_6(flower_con):
    got = petals(flower_con, ON, today=TODAY)
    assert list(got.columns) == PETAL_COLUMNS
    # Running on 1 Mar 2026: W1, L1, I2 (I1 closed 27 Feb, W0 starts 2 Mar, OLD closed 2015).
    # Order: learning, welfare, innovation.
    rows = got.set_index("network_id")
    assert list(got["network_id"]) == ["L1", "W1", "I2"]
    # W1: members pro (A, leader and participant: one person), a1 (A), b1 (B), c1 (C), biz = 5;
    # a2 not yet, cit gone; cf_a is a reference leader (a link, not a member).
    assert rows.loc["W1", "departments"] == ["A", "B", "C"]
    assert rows.loc["W1", "society"] == ["business"]
    assert rows.loc["W1", "members"] == 5
    assert rows.loc["W1", "leader"] == "Pia Prøvet"
    assert rows.loc["W1", "political_link"] == "fagudvalg"
    assert pd.isna(rows.loc["W1", "end_date"])
    # L1: the leader new (B; a1 led until 20 Feb only), kno, ass and pold: departments [B]
    # (pold is no employee), society sorted (a politician is no society kind), 4 members.
    assert rows.loc["L1", "departments"] == ["B"]
    assert rows.loc["L1", "society"] == ["association", "knowledge_institution"]
    assert rows.loc["L1", "members"] == 4
    assert rows.loc["L1", "leader"] == "Niels Ny"
    assert rows.loc["L1", "political_link"] == "none"
    # I2: two leaders at once, names sorted and joined; departments A (pro, a2) and C (c1);
    # the politician is a member but no society kind: members pro, a2, c1, pol = 4.
    assert rows.loc["I2", "leader"] == "Aksel A, Pia Prøvet"
    assert rows.loc["I2", "departments"] == ["A", "C"]
    assert rows.loc["I2", "society"] == []
    assert rows.loc["I2", "members"] == 4


def test_a_closed_network_is_a_petal_up_to_its_last_day(flower_con):
    on_last_day = petals(flower_con, D(2026, 2, 27), today=TODAY)
    assert "I1" in set(on_last_day["network_id"])
    i1 = on_last_day.set_index("network_id").loc["I1"]
    assert i1["end_date"] == pd.Timestamp(2026, 2, 27)
    # leader pro, co-driver a1 (A), participants b1 (B), c1 (C): 4 members.
    assert (i1["departments"], i1["members"]) == (["A", "B", "C"], 4)
    # On 27 Feb cit has left W1 (15 Feb); biz is still there: society [business].
    assert on_last_day.set_index("network_id").loc["W1", "society"] == ["business"]
    # Before 15 Feb cit was a member too: society [business, citizen], 6 members.
    feb = petals(flower_con, D(2026, 2, 10), today=TODAY).set_index("network_id")
    assert (feb.loc["W1", "society"], feb.loc["W1", "members"]) == (["business", "citizen"], 6)
    # On 10 Feb a1 still led L1 beside new: both names, sorted; a1's department A counts.
    assert feb.loc["L1", "leader"] == "Asta A, Niels Ny"
    assert (feb.loc["L1", "departments"], feb.loc["L1", "members"]) == (["A", "B"], 5)


def test_a_day_after_today_is_read_as_today_and_open_roles_run_to_today(flower_con):
    # From 1 Apr a2 joins W1 (open to_date: a member up to today); W0 runs from 2 Mar.
    ahead = petals(flower_con, D(2027, 1, 1), today=TODAY)
    now = petals(flower_con, TODAY, today=TODAY)
    pd.testing.assert_frame_equal(ahead, now)
    # The day may come as a Timestamp or ISO text too (a page, a notebook).
    as_text = petals(flower_con, "2026-06-30", today=pd.Timestamp(TODAY))
    pd.testing.assert_frame_equal(as_text, now)
    # Welfare by start: W1, W0, F (F's end_date lies after today: it runs today).
    assert list(now["network_id"]) == ["L1", "W1", "W0", "F", "I2"]
    after_f = petals(flower_con, D(2027, 6, 1), today=TODAY)  # after F's end, read as today
    pd.testing.assert_frame_equal(after_f, now)
    assert now.set_index("network_id").loc["W1", "members"] == 6  # + a2 (cit gone)
    # A day before the first network: no petals, the columns still there.
    before = petals(flower_con, D(2010, 1, 1), today=TODAY)
    assert before.empty and list(before.columns) == PETAL_COLUMNS


def test_a_running_network_without_members_on_the_day_is_an_empty_petal(flower_con):
    flower_con.execute("INSERT INTO network (id, name, type, generation, start_date, status,"
                       " political_link) VALUES ('E', 'Tom', 'welfare', 'NS3', ?, 'active',"
                       " 'kommunalbestyrelse')", [D(2026, 1, 1)])  # fmt: skip
    e = petals(flower_con, ON, today=TODAY).set_index("network_id").loc["E"]
    assert (e["departments"], e["society"], e["members"], e["leader"]) == ([], [], 0, "")
    assert e["political_link"] == "kommunalbestyrelse"


def test_the_months_of_the_animation_in_one_query(flower_con):
    days = petal_days(flower_con, today=TODAY)
    # The first network (OLD) started 2 Feb 2015: months Feb 2015 .. Jun 2026, the last today.
    assert days[0] == D(2015, 2, 28) and days[-1] == TODAY and D(2026, 2, 28) in days
    assert len(days) == (2026 - 2015) * 12 + (6 - 2) + 1
    monthly = petals_over_time(flower_con, days, Scope(today=TODAY))
    # Each month's rows are exactly petals() on that day.
    for day in (D(2015, 3, 31), D(2026, 2, 28), TODAY):
        one = monthly[monthly["day"] == pd.Timestamp(day)][PETAL_COLUMNS].reset_index(drop=True)
        pd.testing.assert_frame_equal(one, petals(flower_con, day, today=TODAY))
    # OLD ran Feb–Jul 2015: the months Feb..Jun 2015 (19 Jul is before 31 Jul) = 5 rows.
    assert (monthly["network_id"] == "OLD").sum() == 5
    # The scope's types: innovation alone.
    innovation = petals_over_time(flower_con, days, Scope(types=("innovation",), today=TODAY))
    assert set(innovation["network_id"]) == {"I1", "I2"}
    assert running_by_type(on_day(monthly, TODAY)) == {
        "learning": 1, "welfare": 3, "innovation": 1,
    }  # fmt: skip
    # The busiest month: Jan 2026 has W1, I1, I2 = 3; Feb 2026 (28 Feb): W1, L1, I2 = 3 (I1
    # closed 27 Feb); Mar and Apr: L1, W1, W0, I2 = 4; May and Jun: + F = 5, May first.
    assert busiest_day(monthly) == (D(2026, 5, 31), 5)


def test_animation_days_get_coarser_past_the_budget(flower_con):
    days = petal_days(flower_con, today=TODAY)
    monthly = petals_over_time(flower_con, days, Scope(today=TODAY))
    # Petals on the months' last days, Feb 2015 .. Jun 2026 (today, 30 Jun, is one):
    #   OLD Feb–Jun 2015 = 5; I1 Sep 2025 – Jan 2026 = 5; I2 Oct 2025 – Jun 2026 = 9;
    #   W1 Jan–Jun = 6; L1 Feb–Jun = 5; W0 Mar–Jun = 4; F May–Jun = 2: 36 in all.
    # Quarter ends: OLD Mar, Jun 2015 = 2; I1 Sep, Dec 2025 = 2; I2 Dec, Mar, Jun = 3;
    #   W1, L1, W0 Mar, Jun = 2 each; F Jun = 1: 14.
    # Half-year ends: OLD 1; I1 1; I2 Dec, Jun = 2; W1, L1, W0, F Jun = 1 each: 8.
    # Year ends and today: I1 Dec 2025 = 1; I2 Dec 2025, today = 2; W1, L1, W0, F today: 7.
    assert len(monthly) == 36
    assert animation_days(monthly, days, budget=36) == ("month", days)
    grain, quarters = animation_days(monthly, days, budget=35)
    assert grain == "quarter" and quarters[-1] == TODAY
    assert quarters[:2] == [D(2015, 3, 31), D(2015, 6, 30)]
    assert sum(on_day_counts(monthly, quarters)) == 14
    assert animation_days(monthly, days, budget=13)[0] == "half_year"
    grain, years = animation_days(monthly, days, budget=7)
    assert grain == "year" and years[-2:] == [D(2025, 12, 31), TODAY]
    # none fits: no animation, the last day only (a screenful of petals, not 11 MB at 100x)
    assert animation_days(monthly, days, budget=6) == (None, [TODAY])
    assert animation_days(monthly.iloc[0:0], []) == ("month", [])


def on_day_counts(monthly: pd.DataFrame, days: list[dt.date]) -> list[int]:
    return [len(on_day(monthly, d)) for d in days]


def test_the_demos_animation_stays_under_2_mb(demo_con):
    # issue 13's budget, on the demo at 1x (about 790 monthly petals, under FRAME_BUDGET)
    days = petal_days(demo_con)
    monthly = petals_over_time(demo_con, days)
    grain, frame_days = animation_days(monthly, days)
    assert grain == "month" and len(monthly) <= FRAME_BUDGET
    fig = geo.flower_figure(monthly, frame_days, frame_days[-1], departments(demo_con))
    assert len(fig.to_json()) < 2_000_000


def test_the_list_of_a_day_names_departments_and_society(flower_con):
    listed = petal_list(
        petals(flower_con, ON, today=TODAY), departments(flower_con), {"business": "Firmaer"}
    )
    w1 = listed.set_index("network_id").loc["W1"]
    assert w1["departments"] == "Afdeling A, Afdeling B, Afdeling C"
    assert w1["society"] == "Firmaer"
    assert w1["petal_members"] == 5
    assert list(listed.columns)[-2:] == ["political_link", "petal_members"]


# --- Geometry ------------------------------------------------------------------------------------
DEPARTMENTS = pd.DataFrame(
    {
        "id": ["D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8"],
        "name": [f"Afdeling {i}" for i in range(1, 9)],
        "directorate_id": ["X"] * 4 + ["Y"] * 4,
        "directorate": ["Direktørområde X"] * 4 + ["Direktørområde Y"] * 4,
    }
)
SECTORS = geo.department_sectors(DEPARTMENTS)
GAPS = geo.department_gaps(SECTORS)
FINE = np.arange(0.0, 360.0, 0.05)  # angles to look at, 0.05° apart


def test_the_ring_is_two_directorates_of_four_sectors_leaving_the_top_to_politics():
    # 280° from 130° round to 50°, one 12° gap between the directorates: (280 − 12) / 8 = 33.5°
    # per department, the sector itself 33.5 − 10 = 23.5° (half 11.75°). D1's centre: 130 +
    # 33.5/2 = 146.75°; D5's: 130 + 4·33.5 + 12 + 16.75 = 292.75°.
    assert SECTORS["D1"] == pytest.approx(geo.Sector(146.75, 11.75))
    assert SECTORS["D5"] == pytest.approx(geo.Sector(292.75, 11.75))
    assert len(GAPS) == 7  # between neighbours; the top corridor is not a gap
    assert GAPS[3].half == pytest.approx((12 + 10) / 2)  # between the directorates
    for sector in SECTORS.values():  # no department in the corridor 50°–130°
        assert not any(geo.in_sector(a, sector) for a in np.arange(50, 130.01, 0.5))
    arcs = geo.directorate_arcs(DEPARTMENTS, SECTORS)
    assert [a[0] for a in arcs] == ["X", "Y"]
    assert arcs[0][1] == pytest.approx(135.0) and arcs[1][2] == pytest.approx(405.0)
    segments = geo.society_segments()
    assert list(segments) == ["citizen", "business", "knowledge_institution", "association"]
    assert segments["citizen"] == pytest.approx(geo.Sector(165.0, 35.0))


def _entered(lobes) -> set[str]:
    """The departments whose sector the petal covers at the department ring's radius."""
    r = geo.petal_radius(lobes, FINE)
    inside = FINE[r >= geo.R_DEPARTMENT]
    return {d for d, s in SECTORS.items() if any(geo.in_sector(a, s) for a in inside)}


def _society_reached(lobes) -> set[str]:
    r = geo.petal_radius(lobes, FINE)
    out = FINE[r >= geo.R_SOCIETY]
    return {k for k, s in geo.society_segments().items() if any(geo.in_sector(a, s) for a in out)}


def _reaches_politics(lobes, link) -> bool:
    x, y = geo.political_point(link)
    angle = math.degrees(math.atan2(y, x))
    return geo.petal_radius(lobes, [angle])[0] >= math.hypot(x, y) - 1e-9


def test_a_petal_of_departments_1_and_5_enters_their_sectors_and_no_other():
    lobes = geo.petal_lobes(["D1", "D5"], [], "none", SECTORS, GAPS)
    assert _entered(lobes) == {"D1", "D5"}
    assert _society_reached(lobes) == set()
    # Between the two lobes the petal stays at its body: at D3's centre r is the base.
    assert geo.petal_radius(lobes, [SECTORS["D3"].centre])[0] == pytest.approx(geo.R_BASE)


def test_society_is_reached_in_its_kinds_segments_through_own_sectors_or_gaps():
    # D1 (146.75°) lies in the citizens' segment (130–200°): the citizens' lobe goes out
    # through D1; no department of the petal lies in the association segment (340–50°): that
    # lobe goes out through a gap, entering no other department.
    lobes = geo.petal_lobes(["D1"], ["citizen", "association"], "none", SECTORS, GAPS)
    assert _entered(lobes) == {"D1"}
    assert _society_reached(lobes) == {"citizen", "association"}
    citizens = lobes[1]
    assert citizens.centre == pytest.approx(SECTORS["D1"].centre)
    association = lobes[2]
    assert any(g.centre == pytest.approx(association.centre) for g in GAPS)


def test_a_political_link_reaches_its_body_through_the_corridor_only():
    for link in ("fagudvalg", "kommunalbestyrelse", "innovationsudvalg"):
        lobes = geo.petal_lobes(["D2", "D6"], [], link, SECTORS, GAPS)
        assert _reaches_politics(lobes, link)
        others = {"fagudvalg", "kommunalbestyrelse", "innovationsudvalg"} - {link}
        assert not any(_reaches_politics(lobes, o) for o in others)
        assert _entered(lobes) == {"D2", "D6"} and _society_reached(lobes) == set()
    assert geo.petal_lobes([], [], "none", SECTORS, GAPS) == []


@settings(max_examples=150, deadline=None)
@given(
    deps=st.lists(st.sampled_from(list(SECTORS)), unique=True, max_size=8),
    society=st.lists(st.sampled_from(SOCIETY_KINDS), unique=True, max_size=4),
    link=st.sampled_from(["none", "fagudvalg", "kommunalbestyrelse", "innovationsudvalg"]),
)
def test_any_petal_enters_exactly_its_departments_and_is_a_closed_curve_in_the_drawing(
    deps, society, link
):
    lobes = geo.petal_lobes(sorted(deps), sorted(society), link, SECTORS, GAPS)
    assert _entered(lobes) == set(deps)
    assert _society_reached(lobes) == set(society)
    if link != "none":
        assert _reaches_politics(lobes, link)
    x, y = geo.petal_outline(lobes)
    assert not np.isnan(x).any() and not np.isnan(y).any()
    assert (x[0], y[0]) == (x[-1], y[-1])  # closed
    assert x.min() > geo.X_RANGE[0] and x.max() < geo.X_RANGE[1]
    assert y.min() > geo.Y_RANGE[0] and y.max() < geo.Y_RANGE[1]
    # The outline's own points at or past the ring lie in the petal's sectors or in gaps.
    angles = np.degrees(np.arctan2(y, x)) % 360
    ring = np.hypot(x, y) >= geo.R_DEPARTMENT
    for a in angles[ring]:
        owner = [d for d, s in SECTORS.items() if geo.in_sector(a, s)]
        assert not owner or owner[0] in deps


def test_the_figure_draws_every_month_with_type_colours_and_stays_under_2_mb(flower_con):
    days = petal_days(flower_con, today=TODAY)
    monthly = petals_over_time(flower_con, days, Scope(today=TODAY))
    deps = departments(flower_con)
    shown = D(2026, 3, 31)
    fig = geo.flower_figure(monthly, days, shown, deps)
    # 3 fills + 3 hover traces (one of each per type) + 3 legend entries; a frame per month.
    assert len(fig.data) == 9 and len(fig.frames) == len(days)
    fills = [t for t in fig.data if t.fill == "toself"]
    assert [t.line.color for t in fills] == [TYPE_COLORS[t] for t in TYPE_COLORS]
    legend = [t.name for t in fig.data if t.showlegend is not False]
    assert legend == ["Læringsnetværk", "Velfærdsnetværk", "Innovationsnetværk"]
    # 31 Mar 2026 has L1, W1, W0, I2: petals per type 1, 2, 1 (a NaN after each petal); the
    # title says the day and the count.
    assert fig.layout.title.text == "Netværk der kører 31. mar. 2026: 4"
    assert [int(np.isnan(np.asarray(t.x, float)).sum()) for t in fills] == [1, 2, 1]
    hover = " ".join(fig.data[4].text)  # welfare's tips
    assert "Netværk W1" in hover and "Fagudvalg" in hover and "Borgere" not in hover
    assert fig.layout.sliders[0].active == days.index(shown)
    assert fig.frames[days.index(shown)].layout.title.text == fig.layout.title.text
    assert fig.layout.updatemenus[0].buttons[0].label == "▶ Afspil"
    assert len(fig.to_json()) < 2_000_000
    still = geo.flower_figure(monthly, days, TODAY, deps, animated=False)
    assert not still.frames and not still.layout.sliders
    assert json.loads(still.to_json())["layout"]["annotations"]  # the names are drawn
