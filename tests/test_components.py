"""The pages' shared pieces (pages/_*.py) and the frame (dashboard.py): the page registry, the
store's cached queries and writes, the widgets, tables and downloads — through AppTest where they
draw, on private copies of the demo database."""

from __future__ import annotations

import ast
import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from data import db
from data.labels import NOT_FOUND, PAGE_TITLES, SECTIONS
from pages import _tables as tables
from pages._registry import PAGES, START, by_section, by_url
from tests.conftest import DASHBOARD, assert_clean

ROOT = Path(DASHBOARD).parent


@pytest.fixture()
def demo_env(demo_file, tmp_path, monkeypatch) -> Path:
    """NS_DB_PATH on a private copy of the demo database, for scripts run by AppTest."""
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_file, path)
    monkeypatch.setenv("NS_DB_PATH", str(path))
    return path


# --- The registry --------------------------------------------------------------------------------
def test_every_registered_page_has_its_file_title_section_and_a_unique_address():
    assert set(PAGES) == set(PAGE_TITLES)
    for key, page in PAGES.items():
        assert page.key == key and (ROOT / page.path).is_file(), page
        assert page.title == PAGE_TITLES[key] and page.section in SECTIONS and page.users
        assert page.icon.startswith(":material/") and page.url_path.isascii()
    addresses = [p.url_path for p in PAGES.values()]
    assert len(set(addresses)) == len(addresses)
    assert by_url("") == PAGES[START] and by_url("temaer") == PAGES["themes"]
    assert by_url("finnes-ikke") is None
    assert [p.key for pages in by_section().values() for p in pages] == list(PAGES)


def test_no_shared_module_is_named_like_a_page():
    # Streamlit's first run on a fresh server reads pages/ as a folder of pages (its v1 mode),
    # naming pages/_store.py "store": a shared module named like a page (_data.py beside
    # data.py) breaks that run with "Two pages resolve to the URL pathname".
    names = [p.stem.lstrip("_") for p in (ROOT / "pages").glob("*.py") if p.stem != "__init__"]
    assert len(set(names)) == len(names), sorted(names)


def test_every_page_imports_the_store_which_sends_a_cold_start_through_the_dashboard():
    # pages/_store.py runs the cold-start fix on import (see _through_the_dashboard)
    for page in PAGES.values():
        tree = ast.parse((ROOT / page.path).read_text(encoding="utf-8"))
        imported = {
            (node.module, alias.name)
            for node in tree.body
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert ("pages", "_store") in imported, page.path


def _navigation(at: AppTest) -> set[tuple[str, str, str]]:
    """(file, title, address) of every page the last run gave st.navigation (AppTest's record)."""
    pages = set()
    for info in at._registered_pages.values():
        script = info.get("script_path")
        file = Path(script).resolve().relative_to(ROOT).as_posix() if script else ""
        pages.add((file, info["page_name"], info["url_pathname"]))
    return pages


def _registry_navigation() -> set[tuple[str, str, str]]:
    # the start page is served at the root: Streamlit records its address as ''
    return {(p.path, p.title, "" if p.key == START else p.url_path) for p in PAGES.values()}


def test_the_dashboards_navigation_has_exactly_the_registrys_pages(app):
    assert _navigation(app) == _registry_navigation()
    for page in PAGES.values():
        app.switch_page(page.path).run()
        assert_clean(app)
        assert app.title[0].value == page.title


def test_an_unknown_address_gets_a_hidden_danish_page_and_a_known_one_none(demo_env):
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.context["url"] = "http://localhost:8501/temaer"
    at.run()
    assert _navigation(at) == _registry_navigation()
    at.context["url"] = "http://localhost:8501/finnes-ikke"
    at.run()
    assert_clean(at)
    assert _navigation(at) == _registry_navigation() | {("", NOT_FOUND["title"], "finnes-ikke")}


# --- The store -----------------------------------------------------------------------------------
def _save_script():
    import streamlit as st

    from data import io as dio
    from data.settings import read_settings
    from pages import _store as store

    if st.button("Direkte", key="direct"):  # past the data layer: the cache does not know
        store.cursor().execute("UPDATE setting SET value = '181' WHERE key = 'shelf_days'")
    if st.button("Gem", key="save"):
        row = {"key": "shelf_days", "value": "200"}
        st.session_state["report"] = store.save(dio.save_rows, "setting", [row]).ok
    st.text(f"shelf_days={store.query(read_settings).shelf_days}")


def test_save_writes_through_the_data_layer_and_clears_the_cached_queries(demo_env):
    at = AppTest.from_function(_save_script, default_timeout=60)
    at.run()
    assert at.text[0].value == "shelf_days=180"  # the default setting
    at.button(key="direct").click().run()
    assert at.text[0].value == "shelf_days=180"  # cached: a write outside `save` is not seen
    at.button(key="save").click().run()
    assert not at.exception and at.session_state["report"] is True
    assert at.text[0].value == "shelf_days=200"  # `save` cleared the cache
    con = db.connect(demo_env)  # the app's own database instance in this process
    assert db.scalar(con, "SELECT value FROM setting WHERE key = 'shelf_days'") == "200"


# --- Widgets -------------------------------------------------------------------------------------
def _picker_script():
    import streamlit as st

    from analytics.networks import network_list
    from analytics.scope import Scope
    from pages import _store as store
    from pages import _widgets as ui

    scope = Scope(types=tuple(st.session_state.get("types", ("learning", "welfare", "innovation"))))
    st.text(ui.network_picker(store.query(network_list, scope)))


def test_the_network_picker_offers_the_demos_networks_and_opens_a_linked_one(demo_env):
    today = dt.date.today()
    with duckdb.connect(str(demo_env), read_only=True) as con:
        # every network started by today runs in [1 Jan 2013, today]; newest first, then by id
        ids = [
            i
            for (i,) in con.execute(
                "SELECT id FROM network WHERE start_date <= ? ORDER BY start_date DESC, id",
                [today],
            ).fetchall()
        ]
        welfare = con.execute(
            "SELECT min(id) FROM network WHERE type = 'welfare' AND start_date <= ?", [today]
        ).fetchall()[0][0]
    at = AppTest.from_function(_picker_script, default_timeout=60)
    at.run()
    picker = at.selectbox(key="network_pick")
    assert [o.split(" · ")[0] for o in picker.options] == ids
    assert picker.value == ids[0] and picker.placeholder == "Vælg et netværk"
    at.query_params["network"] = "N2019-03"  # a link to the network's profile
    at.run()
    assert at.selectbox(key="network_pick").value == "N2019-03"
    assert "network" not in at.query_params  # opened once: the address lets the picker be
    at.session_state["types"] = ["learning"]  # a filter that leaves the linked network out
    at.query_params["network"] = welfare
    at.run()
    assert at.selectbox(key="network_pick").value == welfare  # shown anyway, first
    assert at.selectbox(key="network_pick").options[0].startswith(welfare)
    at.query_params["network"] = "N1999-99"
    at.run()
    assert not at.exception
    assert at.warning[0].value == "Netværket 'N1999-99' findes ikke. Vælg et netværk på listen."


def test_a_long_network_list_gets_a_search_and_keeps_the_chosen_network(demo_env, monkeypatch):
    """With at most 20 options a list (the demo's 139 started networks are more), a search
    field appears, the list holds the first 20 networks, and typing '2016' keeps those whose
    label holds it: the chosen network first, then the 2016 ones, newest first."""
    from analytics.networks import network_list
    from analytics.scope import Scope
    from pages import _widgets as ui

    with duckdb.connect(str(demo_env), read_only=True) as con:
        labels = network_list(con, Scope())["label"]
    with_2016 = int(labels.str.contains("2016").sum())  # by id, name or start year
    monkeypatch.setattr(ui, "SHOWN_OPTIONS", 20)
    at = AppTest.from_function(_picker_script, default_timeout=60)
    at.run()
    picker = at.selectbox(key="network_pick")
    assert len(picker.options) == 20
    chosen = picker.value  # the newest network, a 2026 one
    at.text_input(key="network_pick_search").input("2016").run()
    options = at.selectbox(key="network_pick").options
    assert options[0].startswith(chosen) and at.selectbox(key="network_pick").value == chosen
    assert all("2016" in o for o in options[1:])
    assert len(options) - 1 == min(with_2016, 19) > 0


def test_matches_keeps_the_picked_and_cuts_at_the_limit(monkeypatch):
    from pages import _widgets as ui

    labels = {f"P{i}": f"Person {i} (Afdeling {'A' if i % 2 else 'B'})" for i in range(10)}
    assert ui.matches(labels, "zzz", ["P3"]) == ["P3", *[f"P{i}" for i in range(10) if i != 3]]
    monkeypatch.setattr(ui, "SHOWN_OPTIONS", 4)  # 10 labels: a search is needed
    assert ui.matches(labels, "afdeling a", ["P0"]) == ["P0", "P1", "P3", "P5"]  # 4 in all
    assert ui.matches(labels, "", []) == ["P0", "P1", "P2", "P3"]
    assert ui.matches(labels, "zzz", ["P9", "gone"]) == ["P9"]  # a picked id no longer listed


def _tiles_script():
    from pages import _widgets as ui

    ui.tiles({"Kører nu": 7, "Fejl": "3", "Index": ("3,87", "moderat"), "Løsninger": 14539})


def test_tiles_show_each_value_and_its_note():
    at = AppTest.from_function(_tiles_script).run()
    assert [(m.label, m.value, m.delta) for m in at.metric] == [
        ("Kører nu", "7", ""),
        ("Fejl", "3", ""),
        ("Index", "3,87", "moderat"),
        ("Løsninger", "14.539", ""),  # a whole number the Danish way
    ]


def test_filters_survive_a_page_change(app):
    app.switch_page(PAGES["network"].path).run()
    app.multiselect(key="flt_types").set_value(["learning"]).run()
    app.switch_page(PAGES["data"].path).run()
    app.switch_page(PAGES["network"].path).run()
    # AppTest drops the main script's sidebar from its tree after a page switch (the browser
    # test checks the widgets); the state behind them must survive.
    assert app.session_state["filters"].types == ("learning",)
    assert all("Læringsnetværk" in option for option in app.selectbox[0].options)


def test_every_picker_on_every_page_has_a_danish_placeholder(app):
    # Streamlit's own placeholder is the English "Choose an option"; an empty one means that
    seen = 0
    for page in PAGES.values():
        app.switch_page(page.path).run()
        assert_clean(app)
        for picker in [*app.selectbox, *app.multiselect]:
            assert picker.placeholder and "Choose" not in picker.placeholder, (page, picker.label)
            seen += 1
    assert seen >= 20


# --- Tables and downloads ------------------------------------------------------------------------
def test_danish_table_shows_enums_dates_and_yes_no_in_danish_under_danish_headings():
    frame = pd.DataFrame(
        {
            "type": ["welfare", "learning"],
            "start_date": pd.to_datetime(["2015-02-02", None]),
            "goes_over": [True, False],
        }
    )
    shown = tables.danish_table(frame, {"type": "network_type"})
    assert list(shown.columns) == ["Type", "Start", "Kommer over grænsen"]
    assert shown.to_dict("list") == {
        "Type": ["Velfærdsnetværk", "Læringsnetværk"],
        "Start": ["2. feb. 2015", ""],
        "Kommer over grænsen": ["ja", "nej"],
    }


def test_download_row_offers_a_formula_safe_danish_csv_and_a_workbook(monkeypatch):
    offered = {}

    def capture(label, data, file_name, key, mime=None, icon=None, container=None):
        offered[file_name] = (key, mime, data())  # built as on the click

    monkeypatch.setattr(tables, "download_button", capture)
    frame = pd.DataFrame({"name": ["=HYPERLINK(1)", "Anne"], "hours": [2.5, 10.0]})
    tables.download_row(frame, "timer", "hours")
    assert set(offered) == {"timer.csv", "timer.xlsx"}
    key, mime, csv = offered["timer.csv"]
    assert (key, mime) == ("hours_csv", "text/csv")
    # semicolons, decimal comma, a BOM; the formula gets a ' in front
    assert csv.decode("utf-8-sig").splitlines() == ["name;hours", "'=HYPERLINK(1);2,5", "Anne;10,0"]
    key, mime, xlsx = offered["timer.xlsx"]
    assert key == "hours_xlsx" and mime == tables.XLSX_MIME and xlsx[:2] == b"PK"


def _sidebar_script():
    import pandas as pd

    from pages import _widgets as ui
    from pages._registry import PAGES

    departments = pd.DataFrame({"id": ["A"], "name": ["Afdeling A"]})
    ui.sidebar(departments, False, PAGES["rc"])


def test_a_page_that_does_not_use_the_filters_greys_them_out_and_says_why(demo_env):
    from data.labels import SCOPE_NOTES

    at = AppTest.from_function(_sidebar_script).run()
    assert_clean(at)
    assert at.sidebar.date_input(key="flt_period").disabled
    assert at.sidebar.multiselect(key="flt_types").disabled
    assert at.sidebar.multiselect(key="flt_departments").disabled
    assert SCOPE_NOTES["rc"] in at.sidebar.caption[-1].value


def test_every_page_uses_the_filters_or_says_which_it_does_not():
    from data.labels import SCOPE_NOTES
    from pages._registry import FILTERS

    for page in PAGES.values():
        assert set(page.filters) <= set(FILTERS)
        if set(page.filters) != set(FILTERS):
            assert page.key in SCOPE_NOTES, page.key
