"""The portfolio page (pages/portfolio.py) on the demo database through AppTest."""

import datetime as dt

import duckdb
import pytest

from data.labels import TYPE_SHORT
from pages._registry import PAGES
from tests.conftest import assert_clean


@pytest.fixture()
def portfolio(app):
    app.switch_page(PAGES["portfolio"].path).run()
    assert_clean(app)
    return app


def test_portfolio_shows_tiles_findings_and_charts(portfolio):
    app = portfolio
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


def test_portfolio_with_no_types_chosen_still_draws(portfolio):
    app = portfolio
    app.multiselect(key="flt_types").set_value([]).run()
    assert_clean(app)
    assert any("Ingen netværk passer" in i.value for i in app.info)


def test_portfolio_tiles_count_the_networks_running_today_by_type(portfolio, demo_file):
    app = portfolio
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
