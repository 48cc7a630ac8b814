"""The Netværksledere page (pages/leaders.py) and the planner's leader picker on the demo
database through AppTest: every number checked against analytics.people on the same file."""

import datetime as dt
import json

import duckdb

from analytics import people
from data.calendar import add_months
from pages._registry import PAGES
from tests.conftest import assert_clean
from tests.conftest import open_tab as shared_open_tab

TABS = ["Hvem kan lede?", "Puljen over tid", "Co-driver → netværksleder", "Uddannelseshold",
        "Ledere igen"]  # fmt: skip


def open_tab(app, label: str) -> None:
    shared_open_tab(app, "leaders_tab", label)


def test_the_tiles_are_the_pool_today(app, demo_file):
    today = dt.date.today()
    with duckdb.connect(demo_file, read_only=True) as con:
        pool = people.leader_pool(con, today, today=today)
        summary = people.path_summary(people.co_driver_paths(con, today=today))
    app.switch_page(PAGES["leaders"].path).run()
    assert_clean(app)
    assert app.title[0].value == "Netværksledere"
    assert [t.label for t in app.tabs] == TABS
    tiles = {m.label: m.value for m in app.metric}
    assert tiles["I puljen"] == str(len(pool))
    assert tiles["Kvalificerede"] == str(int(pool["qualified"].sum()))
    assert tiles["Frie og kvalificerede"] == str(int(pool["free"].sum()))
    assert tiles["Leder et netværk nu"] == str(int(pool["leading"].sum()))
    assert tiles["Co-drivere, der siden har ledet"] == (
        f"{summary['later_led']} / {summary['co_drivers']}"
    )


def test_who_could_lead_a_welfare_network_next_month(app, demo_file):
    today = dt.date.today()
    starts = add_months(today, 1)
    with duckdb.connect(demo_file, read_only=True) as con:
        found = people.candidates(con, starts, "welfare", today=today)
        learning = people.candidates(con, starts, "learning", today=today)
    app.switch_page(PAGES["leaders"].path).run()
    table = app.dataframe[0].value
    # only those who may lead the type and are free that day, best first
    assert table["Navn"].tolist() == found.loc[found["fits"], "name"].tolist()
    assert set(table["Kan lede typen"]) == {"ja"}
    assert any(f"{int(found['fits'].sum())} af {len(found)}" in s.value for s in app.success)
    app.toggle(key="leaders_all").set_value(True).run()
    assert len(app.dataframe[0].value) == len(found)
    app.selectbox(key="leaders_type").set_value("learning").run()
    assert_clean(app)
    assert len(app.dataframe[0].value) == len(learning)
    assert int(learning["fits"].sum()) >= int(found["fits"].sum())  # untested leaders may lead


def test_every_tab_renders_and_the_pool_ends_today(app, demo_file):
    today = dt.date.today()
    app.switch_page(PAGES["leaders"].path).run()
    open_tab(app, "Puljen over tid")
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["title"]["text"] == "Puljen af netværksledere over tid"
    last = app.dataframe[0].value.iloc[-1]
    tiles = {m.label: m.value for m in app.metric}
    # the current period's last day is today: its row is the pool today (the tiles)
    assert str(last["I puljen"]) == tiles["I puljen"]
    assert str(last["Fri og kvalificeret"]) == tiles["Frie og kvalificerede"]
    for label in TABS[2:]:
        open_tab(app, label)
        assert app.dataframe, label
    with duckdb.connect(demo_file, read_only=True) as con:
        again = people.repeat_leaders(con, within_months=6, today=today)
    assert len(app.dataframe[0].value) == len(again)


def test_the_training_rhythm_is_an_assumption_the_user_changes(app, demo_file):
    app.switch_page(PAGES["leaders"].path).run()
    open_tab(app, "Uddannelseshold")
    table = app.dataframe[0].value
    # the demo trains every 18 months, as NS3 says: 0 months off the rhythm (the first cohort
    # has none before it: empty)
    assert set(table["Måneder fra rytmen"].dropna()) == {0.0}
    app.number_input(key="leaders_every").set_value(12).run()
    assert_clean(app)
    # the same cohorts read against a 12-month rhythm: 18 − 12 = 6 months late each
    assert set(app.dataframe[0].value["Måneder fra rytmen"].dropna()) == {6.0}


def test_the_planner_offers_the_free_qualified_first_and_warns_of_an_untested_leader(
    app, demo_file
):
    today = dt.date.today()
    with duckdb.connect(demo_file, read_only=True) as con:
        pool = people.leader_pool(con, today, today=today)
        untested = con.execute(
            "SELECT id, name FROM person WHERE kind = 'employee' AND leader_diploma_on IS NULL"
            " ORDER BY id LIMIT 1"
        ).fetchall()[0]
    app.switch_page(PAGES["load"].path).run()
    shared_open_tab(app, "load_tab", "Planlægning (hvad nu hvis)")
    picker = app.selectbox(key="plan_leader")
    free = set(pool.loc[pool["free"], "person_id"])
    assert set(picker.options[1 : 1 + len(free)]) == {
        picker.format_func(p) for p in free
    }  # the free, qualified people come right after 'nobody'
    app.text_input(key="plan_name").input("Ny velfærd")
    app.selectbox(key="plan_type").set_value("welfare")
    picker.set_value(untested[0])
    app.button(key="FormSubmitter:plan_form-Tilføj til planen").click().run()
    assert_clean(app)
    warnings = [w.value for w in app.warning]
    assert any(w.startswith(f"{untested[1]} er ikke kvalificeret") for w in warnings), warnings
