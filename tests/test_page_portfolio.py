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


def _timeline(app) -> list[str]:
    """The networks (ids) on the timeline chart, top to bottom."""
    import json

    for chart in app.get("plotly_chart"):
        spec = json.loads(chart.proto.spec)
        if spec["layout"].get("title", {}).get("text") == "Netværkenes forløb":
            return [label.split(" · ")[0] for label in spec["layout"]["yaxis"]["categoryarray"]]
    raise AssertionError("no timeline")


def test_the_timeline_shows_a_page_of_40_networks_newest_first_and_one_half_year(
    portfolio, demo_file
):
    """The demo's networks in the sidebar's default period (2013 to today, planned ones
    included): 139, newest first, so 4 pages (40, 40, 40, 19); page 2 holds the 41st to the 80th.
    2. halvår 2018: the networks running or planned in 1 Jul – 31 Dec 2018."""
    from analytics.networks import network_list

    app = portfolio
    with duckdb.connect(demo_file, read_only=True) as con:
        listed = network_list(con, app.session_state["filters"])
        in_2018 = network_list(
            con,
            app.session_state["filters"].but(start=dt.date(2018, 7, 1), end=dt.date(2018, 12, 31)),
        )
    ids = list(listed["id"])  # newest first
    assert len(ids) == 139 and _timeline(app) == ids[:40]
    assert any("Viser 1–40 af 139, nyeste først (4 sider)" in c.value for c in app.caption)
    app.number_input(key="timeline_page").set_value(2).run()
    assert_clean(app)
    assert _timeline(app) == ids[40:80]
    app.selectbox(key="timeline_half").set_value("2018H2").run()
    assert_clean(app)
    assert "timeline_page" not in [n.key for n in app.number_input]  # one page: no number
    assert _timeline(app) == list(in_2018["id"]) and 0 < len(in_2018) <= 40
