"""Every page on the demo database through Streamlit's AppTest: no exception, key elements."""

import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from data.labels import UI

DASHBOARD = str(Path(__file__).resolve().parent.parent / "dashboard.py")


@pytest.fixture()
def app(demo_file, tmp_path, monkeypatch):
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_file, path)
    monkeypatch.setenv("NS_DB_PATH", str(path))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    assert_clean(at)
    return at


def assert_clean(at: AppTest) -> None:
    """No exception, and not the friendly error box that replaces one."""
    assert not at.exception, at.exception
    assert all(UI["error"] != e.value for e in at.error), [e.value for e in at.error]


def test_network_page_is_the_start_page_and_shows_a_profile(app):
    assert app.title[0].value == "Netværk"
    assert app.selectbox[0].label == "Vælg netværk"
    assert {s.value for s in app.subheader} == {"Filtre", "Personer", "Faser"}
    assert len(app.dataframe) == 2  # people and phases
    assert any("Demodata" in m.value for m in app.sidebar.markdown)


def test_network_page_opens_the_network_named_in_the_link(app):
    app.query_params["network"] = "N2015-02"
    app.run()
    assert_clean(app)
    assert app.selectbox[0].value == "N2015-02"
    # an NS2 network has no registered phases: the template note is shown
    assert any("standardskabelonen" in c.value for c in app.caption)


def test_network_page_explains_when_no_network_matches_the_filters(app):
    app.multiselect(key="flt_types").set_value([]).run()
    assert_clean(app)
    assert "Ingen netværk passer" in app.info[0].value


def test_department_filter_narrows_the_network_list(app):
    everything = len(app.selectbox[0].options)
    app.multiselect(key="flt_departments").set_value(["AFD-MT"]).run()
    assert_clean(app)
    assert 0 < len(app.selectbox[0].options) < everything


def test_data_page_shows_tabs_templates_and_tables(app):
    app.switch_page("pages/data.py").run()
    assert_clean(app)
    assert app.title[0].value == "Data"
    assert [t.label for t in app.tabs] == ["Importér", "Skabeloner", "Tabeller", "Eksportér", "Log"]
    app.selectbox(key="browse_table").set_value("rc_response").run()
    assert "vises aldrig række for række" in app.info[0].value
    app.selectbox(key="browse_table").set_value("person").run()
    assert any("Viser 282 af 282 rækker" in c.value for c in app.caption)


def test_filters_survive_a_page_change(app):
    app.multiselect(key="flt_types").set_value(["learning"]).run()
    app.switch_page("pages/data.py").run()
    app.switch_page("pages/network.py").run()
    # AppTest drops the main script's sidebar from its tree after a page switch (the browser
    # test checks the widgets); the state behind them must survive.
    assert app.session_state["filters"].types == ("learning",)
    assert all("Læringsnetværk" in option for option in app.selectbox[0].options)
