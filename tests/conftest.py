"""One demo database built once per test session (like datasette's fixtures)."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest

from data import db
from data.demo import build_demo

TODAY = dt.date(2026, 11, 24)  # the demo is deterministic for a seed and a day


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
def empty_con():
    con = db.connect(":memory:")
    yield con
    con.close()
