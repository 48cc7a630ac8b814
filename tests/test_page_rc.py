"""The relational-coordination page (pages/rc.py) and its group editor through AppTest."""

from streamlit.testing.v1 import AppTest

from data import db
from pages._registry import PAGES
from tests.conftest import DASHBOARD, assert_clean, open_tab


def test_rc_page_shows_the_wave_tiles_tabs_and_the_network_effect(app):
    app.switch_page(PAGES["rc"].path).run()
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
    assert not any(m.value.startswith("**Ja.**") for m in app.markdown)  # computed when opened
    open_tab(app, "rc_tab", "Netværkseffekt")
    assert any(m.value.startswith("**Ja.** Mellem afdelinger") for m in app.markdown)


def test_rc_group_mapping_saves_and_a_network_wave_opens_from_the_profile(app):
    app.switch_page(PAGES["rc"].path).run()
    open_tab(app, "rc_tab", "Spørgeskema og grupper")
    app.button(key="rc_mapping_save").click().run()
    assert_clean(app)
    assert any("RC-grupper" in s.value for s in app.success)
    app.switch_page(PAGES["network"].path)
    app.query_params["network"] = "N2026-04"
    app.run()
    assert_clean(app)
    assert "Relationel koordinering" in {s.value for s in app.subheader}
    app.button(key="network_rc_open").click().run()
    assert_clean(app)
    assert app.selectbox(key="rc_wave").value == "RC-N2026-04-2"
    assert app.selectbox(key="rc_compare_RC-N2026-04-2").value == "RC-N2026-04-1"


def test_rc_page_on_a_database_without_waves_offers_the_kit(tmp_path, monkeypatch):
    path = tmp_path / "tom.duckdb"
    db.connect(path).close()  # schema and defaults, no data
    monkeypatch.setenv("NS_DB_PATH", str(path))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    at.switch_page(PAGES["rc"].path).run()
    assert_clean(at)
    assert at.info[0].value.startswith("Der er ingen RC-målinger endnu")
    assert not at.metric  # no tiles without a wave
