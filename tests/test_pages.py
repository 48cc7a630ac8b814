"""Every page on the demo database through Streamlit's AppTest: no exception, key elements."""

import os

import duckdb
from streamlit.testing.v1 import AppTest

from data import db
from tests.conftest import DASHBOARD, assert_clean


def test_portfolio_is_the_start_page_with_tiles_findings_and_charts(app):
    assert app.title[0].value == "Portefølje"
    tiles = {m.label: m.value for m in app.metric}
    # the demo (built for 24 Nov 2026): three errors — a running network without a network
    # leader, one without a reference leader, and the 2018 innovation episode
    assert tiles["Fejl"] == "3"
    assert {"Kører nu: læring", "Kører nu: velfærd", "Kører nu: innovation"} <= set(tiles)
    assert {"Regeltjek", "Netværk over tid", "Tidslinje over alle netværk"} <= {
        s.value for s in app.subheader
    }
    assert any("Demodata" in m.value for m in app.sidebar.markdown)


def test_network_page_shows_a_profile_with_findings_and_solutions(app):
    app.switch_page("pages/network.py").run()
    assert_clean(app)
    assert app.title[0].value == "Netværk"
    assert app.selectbox[0].label == "Vælg netværk"
    assert {"Personer", "Faser", "Regeltjek for netværket", "Løsninger"} <= {
        s.value for s in app.subheader
    }


def test_network_page_opens_the_network_named_in_the_link(app):
    app.switch_page("pages/network.py")
    app.query_params["network"] = "N2019-03"
    app.run()
    assert_clean(app)
    assert app.selectbox[0].value == "N2019-03"
    # the demo's one-department network: its cross-cutting finding is on its profile
    assert not any("følger NS3-reglerne" in s.value for s in app.success)
    app.query_params["network"] = "N2015-02"
    app.run()
    assert_clean(app)
    # an NS2 network has no registered phases: the template note is shown
    assert any("standardskabelonen" in c.value for c in app.caption)


def test_network_page_explains_when_no_network_matches_the_filters(app):
    app.switch_page("pages/network.py").run()
    app.multiselect(key="flt_types").set_value([]).run()
    assert_clean(app)
    assert "Ingen netværk passer" in app.info[0].value


def test_department_filter_narrows_the_network_list(app):
    app.switch_page("pages/network.py").run()
    everything = len(app.selectbox[0].options)
    app.multiselect(key="flt_departments").set_value(["AFD-MT"]).run()
    assert_clean(app)
    assert 0 < len(app.selectbox[0].options) < everything


def test_data_page_shows_tabs_templates_and_tables(app):
    app.switch_page("pages/data.py").run()
    assert_clean(app)
    assert app.title[0].value == "Data"
    assert [t.label for t in app.tabs] == [
        "Importér",
        "Ret og tilføj",
        "Skabeloner",
        "Antagelser",
        "Tabeller",
        "Eksport og sikkerhedskopier",
        "Log",
    ]
    app.selectbox(key="browse_table").set_value("rc_response").run()
    assert "vises aldrig række for række" in app.info[0].value
    app.selectbox(key="browse_table").set_value("person").run()
    assert any("Viser 282 af 282 rækker" in c.value for c in app.caption)


def test_filters_survive_a_page_change(app):
    app.switch_page("pages/network.py").run()
    app.multiselect(key="flt_types").set_value(["learning"]).run()
    app.switch_page("pages/data.py").run()
    app.switch_page("pages/network.py").run()
    # AppTest drops the main script's sidebar from its tree after a page switch (the browser
    # test checks the widgets); the state behind them must survive.
    assert app.session_state["filters"].types == ("learning",)
    assert all("Læringsnetværk" in option for option in app.selectbox[0].options)


def test_portfolio_with_no_types_chosen_still_draws(app):
    app.multiselect(key="flt_types").set_value([]).run()
    assert_clean(app)
    assert any("Ingen netværk passer" in i.value for i in app.info)


def test_themes_page_proposes_a_start_list_that_fits_the_mix(app):
    app.switch_page("pages/themes.py").run()
    assert_clean(app)
    assert app.title[0].value == "Temaer"
    picked = app.multiselect(key="proposal_pick").value
    # 2027H1 already has a learning and a welfare network: room for 2 welfare + 1 innovation
    assert len(picked) == 3
    assert len(app.success) == 4 and not app.warning  # all four mix checks pass
    app.multiselect(key="proposal_pick").set_value(picked[:1]).run()
    assert any("velfærdsnetværk" in w.value for w in app.warning)  # too few welfare


def test_a_new_theme_is_scored_saved_and_proposed(app):
    app.switch_page("pages/themes.py").run()
    before = len(app.multiselect(key="proposal_pick").options)
    app.button[0].click().run()  # empty title: refused, named
    assert_clean(app)
    assert any("Titel" in e.value and "ikke gemt" in e.value for e in app.error)
    app.text_input[0].input("Sammenhængende forløb for unge")
    app.button[0].click().run()
    assert_clean(app)
    assert any("er gemt med egnethed 33,3 %" in s.value for s in app.success)  # 7 x 1 / 21
    assert len(app.multiselect(key="proposal_pick").options) == before + 1


def test_solutions_page_shows_the_funnel_and_the_shelf(app):
    app.switch_page("pages/solutions.py").run()
    assert_clean(app)
    assert app.title[0].value == "Løsninger"
    tiles = {m.label: m.value for m in app.metric}
    assert int(tiles["Overdraget"]) >= int(tiles["Implementeret"]) > 0
    assert int(tiles["På hylden"]) > 0
    assert {"På hylden", "Tid til implementering"} <= {s.value for s in app.subheader}


def newest_leader(demo_file) -> tuple[str, str]:
    """The leader of the newest running network of the demo (N2026-10), id and name."""
    with duckdb.connect(demo_file, read_only=True) as con:
        return con.execute(
            "SELECT p.id, p.name FROM role_assignment r JOIN person p ON p.id = r.person_id"
            " WHERE r.network_id = 'N2026-10' AND r.role = 'network_leader'"
        ).fetchall()[0]


def test_load_page_shows_tiles_heat_map_and_the_forecast_overload(app, demo_file):
    app.switch_page("pages/load.py").run()
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
    assert any("1 person har mindst én uge" in c.value for c in app.caption)
    _, name = newest_leader(demo_file)
    overload = [t for t in app.dataframe if "Uger over grænsen" in t.value.columns]
    assert list(overload[0].value["Navn"]) == [name]
    assert any("Timetallene er antagelser" in m.value for m in app.markdown)
    # the staff-manager view of another department, and no roles chosen
    app.selectbox(key="load_staff_dep").set_value("AFD-SPO").run()
    assert_clean(app)
    app.multiselect(key="load_roles").set_value([]).run()
    assert "Vælg mindst én rolle" in app.info[0].value


def test_planner_flags_a_leader_of_two_networks_and_writes_nothing(app, demo_file):
    leader, name = newest_leader(demo_file)
    app.switch_page("pages/load.py").run()
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
    app.switch_page("pages/data.py").run()
    app.number_input(key="threshold_input").set_value(8.0)
    app.button(key="save_threshold").click().run()
    assert_clean(app)
    assert any("1 række" in s.value or "opdateret" in s.value for s in app.success)
    app.button(key="save_role_hours").click().run()  # unchanged hours save as they are
    assert_clean(app)
    app.switch_page("pages/load.py").run()
    tiles = {m.label: m.value for m in app.metric}
    assert int(tiles["Over grænsen i perioden"]) > 1  # more people pass 8 h than 10 h
    assert any("8,0 timer" in m.value for m in app.markdown)


def test_network_profile_shows_the_load_curve(app):
    app.switch_page("pages/network.py")
    app.query_params["network"] = "N2026-07"
    app.run()
    assert_clean(app)
    assert "Ressourcetræk" in {s.value for s in app.subheader}
    assert any("Antagelser" in c.value for c in app.caption)


def test_rc_page_shows_the_wave_tiles_tabs_and_the_network_effect(app):
    app.switch_page("pages/rc.py").run()
    assert_clean(app)
    assert app.title[0].value == "Relationel koordinering"
    assert app.selectbox(key="rc_wave").value == "RC2026"
    assert app.selectbox(key="rc_compare_RC2026").value == "RC2025"
    tiles = {m.label: m.value for m in app.metric}
    assert tiles["Svarpersoner"] == "112"  # 9 groups × 12 + the small group's 4
    assert tiles["Skjulte par"] == "10 af 100"  # the small group's 10 ratings
    assert [t.label for t in app.tabs] == [
        "Dimensioner",
        "Gruppe × gruppe",
        "Netværkskort",
        "Udvikling",
        "Netværkseffekt",
        "Spørgeskema og grupper",
    ]
    assert any(m.value.startswith("**Ja.** Mellem afdelinger") for m in app.markdown)


def test_rc_group_mapping_saves_and_a_network_wave_opens_from_the_profile(app):
    app.switch_page("pages/rc.py").run()
    app.button(key="rc_mapping_save").click().run()
    assert_clean(app)
    assert any("RC-grupper" in s.value for s in app.success)
    app.switch_page("pages/network.py")
    app.query_params["network"] = "N2026-04"
    app.run()
    assert_clean(app)
    assert "Relationel koordinering" in {s.value for s in app.subheader}
    app.button(key="network_rc_open").click().run()
    assert_clean(app)
    assert app.selectbox(key="rc_wave").value == "RC-N2026-04-2"
    assert app.selectbox(key="rc_compare_RC-N2026-04-2").value == "RC-N2026-04-1"


def test_data_page_offers_the_frequency_recode_for_rc_responses(app):
    app.switch_page("pages/data.py").run()
    app.selectbox(key="import_table").set_value("rc_response").run()
    assert_clean(app)
    assert app.checkbox(key="rc_raw_frequency").label.startswith("Spørgsmål 1 (hyppighed)")


def test_rc_page_on_a_database_without_waves_offers_the_kit(tmp_path, monkeypatch):
    path = tmp_path / "tom.duckdb"
    db.connect(path).close()  # schema and defaults, no data
    monkeypatch.setenv("NS_DB_PATH", str(path))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    at.switch_page("pages/rc.py").run()
    assert_clean(at)
    assert at.info[0].value.startswith("Der er ingen RC-målinger endnu")
    assert not at.metric  # no tiles without a wave
