"""One demo database built once per test session (like datasette's fixtures)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from data import db
from data.demo import build_demo

TODAY = dt.date(2026, 11, 24)  # the demo is deterministic for a seed and a day
DASHBOARD = str(Path(__file__).resolve().parent.parent / "dashboard.py")


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    con = db.connect(path)
    build_demo(con, today=TODAY)
    con.execute("CHECKPOINT")
    con.close()
    return str(path)


@pytest.fixture()
def demo_con(demo_file, tmp_path):
    """A private copy of the demo database, free to write to."""
    path = tmp_path / "demo.duckdb"
    shutil.copy(demo_file, path)
    con = db.connect(path)
    yield con
    con.close()


@pytest.fixture()
def app(demo_file, tmp_path, monkeypatch):
    """The dashboard in Streamlit's AppTest on a private copy of the demo database (its path in
    NS_DB_PATH), after its first run."""
    from streamlit.testing.v1 import AppTest

    path = tmp_path / "app.duckdb"
    shutil.copy(demo_file, path)
    monkeypatch.setenv("NS_DB_PATH", str(path))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    assert_clean(at)
    return at


def assert_clean(at) -> None:
    """No exception, and not the friendly error box that replaces one."""
    from data.labels import UI

    assert not at.exception, at.exception
    assert all(UI["error"] != e.value for e in at.error), [e.value for e in at.error]


def open_tab(app, key: str, label: str) -> None:
    """Open the tab `label` of the tabs with `key` (computed only when opened) and run."""
    app.session_state[key] = label
    app.run()
    assert_clean(app)


@pytest.fixture()
def empty_con():
    con = db.connect(":memory:")
    yield con
    con.close()


def fingerprint(con) -> dict[str, tuple]:
    """Every table's rows (count and an order-free hash of their contents), the log and the salt
    included: two equal fingerprints mean nothing was written."""
    from data.schema import TABLE_ORDER

    tables = [*TABLE_ORDER, "secret"]
    sql = " UNION ALL ".join(
        f"SELECT '{t}' AS t, count(*) AS n, coalesce(sum(hash(x)), 0) AS h FROM {t} x"
        for t in tables
    )
    return {t: (n, h) for t, n, h in con.execute(sql).fetchall()}


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium, one for the whole session (never a downloaded browser)."""
    from pathlib import Path

    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    assert Path(CHROMIUM).exists(), "make test installs Debian's chromium"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(demo_file, tmp_path_factory):
    """A real Streamlit server for the browser tests of one module, on its private copy of the
    demo database; yields the base URL."""
    from tests.browser import serve

    path = tmp_path_factory.mktemp("server") / "app.duckdb"
    shutil.copy(demo_file, path)
    with serve(path) as base:
        yield base


@pytest.fixture()
def page(browser):
    context = browser.new_context(
        viewport={"width": 1600, "height": 1000}, locale="da-DK", accept_downloads=True
    )
    yield context.new_page()
    context.close()
