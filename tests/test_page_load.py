"""The load page (pages/load.py) and its what-if planner on the demo database through AppTest."""

import datetime as dt
import os

import duckdb

from analytics import load
from data import db
from data.calendar import half_year_bounds, next_half_year
from pages._registry import PAGES
from tests.conftest import assert_clean, open_tab


def newest_leader(demo_file) -> tuple[str, str]:
    """The leader of the newest running network of the demo (N2026-10), id and name."""
    with duckdb.connect(demo_file, read_only=True) as con:
        return con.execute(
            "SELECT p.id, p.name FROM role_assignment r JOIN person p ON p.id = r.person_id"
            " WHERE r.network_id = 'N2026-10' AND r.role = 'network_leader'"
        ).fetchall()[0]


def test_load_page_shows_tiles_heat_map_and_the_forecast_overload(app, demo_file):
    app.switch_page(PAGES["load"].path).run()
    assert_clean(app)
    assert app.title[0].value == "Ressourcetræk"
    assert [t.label for t in app.tabs] == [
        "Personer",
        "Afdelinger og roller",
        "Overbelastning",
        "Personaleleder",
        "Planlægning (hvad nu hvis)",
    ]
    tiles = {m.label: m.value for m in app.metric}
    # the demo's planted forecast: N2026-10's leader also takes part in N2026-09 -> one person
    # over 10 h in the default window (12 weeks back to the end of the next half-year)
    assert tiles["Over grænsen i perioden"] == "1"
    assert not any("Uger over grænsen" in t.value.columns for t in app.dataframe)  # not opened
    open_tab(app, "load_tab", "Overbelastning")
    assert any("1 person har mindst én uge" in c.value for c in app.caption)
    _, name = newest_leader(demo_file)
    overload = [t for t in app.dataframe if "Uger over grænsen" in t.value.columns]
    assert list(overload[0].value["Navn"]) == [name]
    assert any("Timetallene er antagelser" in m.value for m in app.markdown)
    # the staff-manager view of another department, and no roles chosen
    open_tab(app, "load_tab", "Personaleleder")
    app.selectbox(key="load_staff_dep").set_value("AFD-SPO").run()
    assert_clean(app)
    app.multiselect(key="load_roles").set_value([]).run()
    assert "Vælg mindst én rolle" in app.info[0].value


def test_planner_flags_a_leader_of_two_networks_and_writes_nothing(app, demo_file):
    leader, name = newest_leader(demo_file)
    app.switch_page(PAGES["load"].path).run()
    open_tab(app, "load_tab", "Planlægning (hvad nu hvis)")
    assert any("Planen er tom" in i.value for i in app.info)
    app.text_input(key="plan_name").input("Ensomhed blandt ældre")
    app.selectbox(key="plan_leader").set_value(leader)
    app.number_input(key="plan_count_AFD-SPO").set_value(3)
    app.button(key="FormSubmitter:plan_form-Tilføj til planen").click().run()
    assert_clean(app)
    # N2026-10 runs to its planned end 27 Jun 2027; the candidate starts the first Monday of
    # the next half-year -> the same leader twice at once
    warnings = [w.value for w in app.warning]
    assert any(
        w.startswith(f"{name} ville lede både «Ensomhed blandt ældre» og N2026-10")
        for w in warnings
    ), warnings
    compared = [t for t in app.dataframe if "Kommer over grænsen" in t.value.columns][0].value
    assert compared.iloc[0]["Navn"] == name and compared.iloc[0]["Kommer over grænsen"] == "Ja"
    assert len(compared) == 4  # the leader and three placeholder participants
    app.button(key="FormSubmitter:plan_form-Tilføj til planen").click().run()  # an empty one
    assert len(app.session_state["plan_candidates"]) == 2
    # the plan lives in the session only: the app's database has the demo's rows, no more
    with duckdb.connect(demo_file, read_only=True) as demo:
        before = db.row_counts(demo)
    assert db.row_counts(db.connect(os.environ["NS_DB_PATH"])) == before


def test_threshold_saved_on_the_data_page_changes_the_load_page(app):
    app.switch_page(PAGES["data"].path).run()
    app.number_input(key="threshold_input").set_value(8.0)
    app.button(key="save_threshold").click().run()
    assert_clean(app)
    assert any("1 række" in s.value or "opdateret" in s.value for s in app.success)
    app.button(key="save_role_hours").click().run()  # unchanged hours save as they are
    assert_clean(app)
    app.switch_page(PAGES["load"].path).run()
    tiles = {m.label: m.value for m in app.metric}
    assert int(tiles["Over grænsen i perioden"]) > 1  # more people pass 8 h than 10 h
    assert any("8,0 timer" in m.value for m in app.markdown)
    # Exactly: the people with some week over 8 h in the page's default window (12 weeks back
    # to the end of the next half-year), by the contract's person_weeks (DESIGN.md §5) on the
    # saved database — not the page's person_summary. Both read the one load model, whose hours
    # test_analytics_load.py checks by hand.
    today = dt.date.today()
    window = (
        load.monday(today) - dt.timedelta(weeks=12),
        half_year_bounds(next_half_year(today))[1],
    )
    weeks = load.person_weeks(db.connect(os.environ["NS_DB_PATH"]), *window)
    assert tiles["Over grænsen i perioden"] == str(
        weeks.loc[weeks["over_threshold"], "person_id"].nunique()
    )
