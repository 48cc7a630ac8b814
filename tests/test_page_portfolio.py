"""The portfolio page (pages/portfolio.py), the start page, on the demo database through AppTest."""

import datetime as dt

import duckdb

from data.labels import TYPE_SHORT
from tests.conftest import assert_clean


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


def test_portfolio_with_no_types_chosen_still_draws(app):
    app.multiselect(key="flt_types").set_value([]).run()
    assert_clean(app)
    assert any("Ingen netværk passer" in i.value for i in app.info)


def test_portfolio_tiles_count_the_networks_running_today_by_type(app, demo_file):
    # A network runs on a day from its start_date to its end_date, or on while end_date is empty
    # (DESIGN.md §6); every generation, no department filter. The page counts on the real today.
    today = dt.date.today()
    with duckdb.connect(demo_file, read_only=True) as con:
        running = dict(
            con.execute(
                """
                SELECT type, count(*) FROM network
                WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)
                GROUP BY type
                """,
                [today, today],
            ).fetchall()
        )
    tiles = {m.label: m.value for m in app.metric}
    for network_type, short in TYPE_SHORT.items():
        assert tiles[f"Kører nu: {short}"] == str(running.get(network_type, 0)), network_type
