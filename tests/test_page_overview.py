"""Overblik (pages/overview.py), the start page, on the demo database through AppTest: its tiles
are `analytics.overview.kpis` as the director reads them, its alerts link to the page that
explains each."""

import datetime as dt

import duckdb

from analytics.overview import alerts, kpis
from data import db
from data.labels import TYPE_SHORT, UI
from pages._registry import PAGES, START


def _tiles(app) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.delta) for m in app.metric}


def test_overblik_is_the_start_page_with_todays_numbers(app, demo_file):
    assert START == "overview" and app.title[0].value == "Overblik"
    with duckdb.connect(demo_file, read_only=True) as raw:
        # independent SQL: networks of any generation running today, by type
        running = dict(
            raw.execute(
                "SELECT type, count(*) FROM network WHERE start_date <= current_date"
                " AND coalesce(end_date, current_date) >= current_date GROUP BY type"
            ).fetchall()
        )
    tiles = _tiles(app)
    for network_type, short in TYPE_SHORT.items():
        value, note = tiles[UI["overview_running"].format(type=short)]
        assert value == str(running.get(network_type, 0)), network_type
        assert note == UI["overview_running_note"].format(n=sum(running.values()))
    con = db.connect(demo_file, read_only=True)
    k = kpis(con, today=dt.date.today())
    value, note = tiles[UI["overview_implemented"]]
    assert value == str(k["solutions_implemented"])
    assert note == UI["overview_shelf"].format(n=k["solutions_on_shelf"])
    value, _ = tiles[UI["overview_innovation"].format(max=k["innovation_max"])]
    assert value == str(k["innovation_running"])
    rc_value, _ = tiles[UI["overview_rc"]]
    assert rc_value == f"{k['rc_index']:.2f}".replace(".", ",")
    con.close()


def test_every_alert_is_a_link_to_the_page_that_explains_it(app, demo_file):
    con = db.connect(demo_file, read_only=True)
    expected = alerts(con, today=dt.date.today())
    con.close()
    links = app.get("page_link")
    assert len(links) == min(len(expected), 6)  # the first six; the rest are counted
    for link, alert in zip(links, expected.itertuples(), strict=False):
        assert link.proto.label == f"{alert.text} → {PAGES[alert.page].title}"
        assert link.proto.page == PAGES[alert.page].url_path
        if alert.network_id:  # a network's alert opens that network's profile
            assert link.proto.query_string == f"network={alert.network_id}"
