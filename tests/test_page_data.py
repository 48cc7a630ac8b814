"""The Data page (pages/data.py): its tabs, corrections and backups, and a database file that
cannot be opened, through Streamlit's AppTest on real database files."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from data import db
from data.labels import DbMsg
from pages._registry import PAGES
from tests.conftest import DASHBOARD, assert_clean


@pytest.fixture()
def data_page(app):
    app.switch_page(PAGES["data"].path).run()
    assert_clean(app)
    return app, Path(os.environ["NS_DB_PATH"])


def _open_page(path: Path, monkeypatch) -> AppTest:
    monkeypatch.setenv("NS_DB_PATH", str(path))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_broken_database_file_gets_a_danish_page_and_is_left_as_it_is(tmp_path, monkeypatch):
    path = tmp_path / "ns.duckdb"
    path.write_bytes(b"Dette er ikke en database. " * 400)
    content = path.read_bytes()
    at = _open_page(path, monkeypatch)
    assert at.title[0].value == DbMsg.TITLE
    assert str(path) in at.error[0].value and "beskadiget" in at.error[0].value
    assert path.read_bytes() == content


def test_a_locked_database_file_names_the_file_and_what_to_do(tmp_path, monkeypatch):
    path = tmp_path / "ns.duckdb"
    db.connect(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]);"
            " print('klar', flush=True); time.sleep(120)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "klar"
        content = path.read_bytes()
        at = _open_page(path, monkeypatch)
        assert at.title[0].value == DbMsg.TITLE
        assert "låst af et andet program" in at.error[0].value and str(path) in at.error[0].value
        assert path.read_bytes() == content
    finally:
        holder.kill()
        holder.wait()


def test_a_database_from_a_newer_version_is_not_touched(tmp_path, monkeypatch):
    path = tmp_path / "ns.duckdb"
    db.connect(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version) VALUES (99)")
    con.close()
    content = path.read_bytes()
    at = _open_page(path, monkeypatch)
    assert "nyere version" in at.error[0].value
    assert path.read_bytes() == content


def test_the_edit_form_registers_a_diploma_for_a_person_with_roles(data_page):
    at, path = data_page
    at.text_input(key="edit_search_person").input("P00100").run()
    assert_clean(at)
    assert at.selectbox(key="edit_pick_person").value == 0  # 'P00100 · Ida Christiansen'
    form = "edit_person_P00100"
    at.date_input(key=f"{form}_leader_diploma_on").set_value(dt.date(2026, 11, 1))
    next(b for b in at.button if b.label == "Gem ændringer").click().run()
    assert_clean(at)
    assert any("Rækken (P00100) i Personer er gemt" in s.value for s in at.success)
    con = db.connect(path)  # the app's own database instance in this process
    assert str(db.scalar(con, "SELECT leader_diploma_on FROM person WHERE id = 'P00100'")) == (
        "2026-11-01"
    )
    assert db.scalar(con, "SELECT count(*) FROM role_assignment WHERE person_id = 'P00100'") > 0


def test_a_bad_value_in_the_edit_form_is_named_and_nothing_is_saved(data_page):
    at, _ = data_page
    at.selectbox(key="edit_table").set_value("role_hours").run()
    form = "edit_role_hours_break_co_driver"
    at.text_input(key="edit_search_role_hours").input("co_driver").run()
    at.text_input(key=f"{form}_hours_per_week").input("10.000")
    next(b for b in at.button if b.label == "Gem ændringer").click().run()
    assert_clean(at)
    assert any("Intet er gemt" in e.value for e in at.error)
    assert any("Tvetydigt" in str(t.value) for t in at.table)


def test_data_page_shows_tabs_templates_and_tables(app):
    app.switch_page(PAGES["data"].path).run()
    assert_clean(app)
    assert app.title[0].value == "Data"
    assert [t.label for t in app.tabs] == [
        "Importér",
        "Ret og tilføj",
        "Skabeloner",
        "Antagelser",
        "Tabeller",
        "Eksport og sikkerhedskopier",
        "Brugere og adgang",
        "Log",
    ]
    app.selectbox(key="browse_table").set_value("rc_response").run()
    assert "vises aldrig række for række" in app.info[0].value
    app.selectbox(key="browse_table").set_value("person").run()
    assert any("Viser 282 af 282 rækker" in c.value for c in app.caption)


def test_data_page_offers_the_frequency_recode_for_rc_responses(app):
    app.switch_page(PAGES["data"].path).run()
    app.selectbox(key="import_table").set_value("rc_response").run()
    assert_clean(app)
    assert app.checkbox(key="rc_raw_frequency").label.startswith("Spørgsmål 1 (hyppighed)")
