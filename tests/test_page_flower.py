"""Blomsten (pages/flower.py), on the demo database through AppTest: the tiles
count the networks running on the shown month's last day, the month picker and the type filter
change them, and the PNG is drawn by kaleido with the system's Chromium."""

import datetime as dt

import duckdb
import pytest

from data.labels import TYPE_SHORT
from pages._registry import PAGES
from tests.conftest import assert_clean


@pytest.fixture()
def app(app):
    """The dashboard on Blomsten."""
    app.switch_page(PAGES["flower"].path).run()
    assert_clean(app)
    return app


def _running(demo_file, day: dt.date) -> dict[str, int]:
    """Independent SQL: networks of any generation with start_date <= day <= end_date (or no
    end_date), by type (DESIGN.md §6: a network runs to its end, or to today while it has none)."""
    with duckdb.connect(demo_file, read_only=True) as con:
        return dict(
            con.execute(
                """
                SELECT type, count(*) FROM network
                WHERE start_date <= $day AND coalesce(end_date, $day) >= $day
                GROUP BY type
                """,
                {"day": day},
            ).fetchall()
        )


def _tiles(app) -> dict[str, int]:
    return {m.label: int(m.value) for m in app.metric}


def test_blomsten_counts_todays_networks(app, demo_file):
    assert app.title[0].value == "Blomsten"
    today = dt.date.today()
    running = _running(demo_file, today)
    tiles = _tiles(app)
    for network_type, short in TYPE_SHORT.items():
        assert tiles[f"Kører: {short}"] == running.get(network_type, 0), network_type
    assert tiles["Kører i alt"] == sum(running.values())
    assert app.select_slider(key="flower_month").value == today
    assert any(s.value.startswith("Netværk i dag") for s in app.subheader)


def test_picking_the_busiest_month_and_one_type(app, demo_file):
    # The demo's busiest month is April 2015 (seed README: NS2's spring of many welfare
    # networks); its shown day is 30 April 2015, the month's last day.
    assert any("Flest netværk på én gang: april 2015" in c.value for c in app.caption)
    april = dt.date(2015, 4, 30)
    app.select_slider(key="flower_month").set_value(april).run()
    assert_clean(app)
    running = _running(demo_file, april)
    assert _tiles(app)["Kører i alt"] == sum(running.values()) >= 15
    assert any(s.value == "Netværk i april 2015" for s in app.subheader)
    app.multiselect(key="flt_types").set_value(["innovation"]).run()
    assert_clean(app)
    tiles = _tiles(app)
    assert tiles["Kører i alt"] == tiles["Kører: innovation"] == running.get("innovation", 0)


def test_no_types_chosen_says_so_and_the_png_is_drawn(app):
    app.multiselect(key="flt_types").set_value([]).run()
    assert_clean(app)
    assert any("Ingen netværk af de valgte typer" in i.value for i in app.info)
    app.multiselect(key="flt_types").set_value(["welfare", "learning", "innovation"]).run()
    make = next(b for b in app.button if b.label == "Lav billede (PNG)")
    make.click().run()  # kaleido and the system's Chromium
    assert_clean(app)
    assert not app.warning, [w.value for w in app.warning]
    picture = app.session_state["flower_png"][1]
    assert picture[:8] == b"\x89PNG\r\n\x1a\n" and len(picture) > 50_000
    assert any(b.label == "Hent billedet (PNG)" for b in app.get("download_button"))
