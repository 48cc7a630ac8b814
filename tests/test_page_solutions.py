"""The solutions page (pages/solutions.py) on the demo database through AppTest."""

import datetime as dt

import duckdb

from pages._registry import PAGES
from tests.conftest import assert_clean


def test_solutions_page_shows_the_funnel_and_the_shelf(app):
    app.switch_page(PAGES["solutions"].path).run()
    assert_clean(app)
    assert app.title[0].value == "Løsninger"
    tiles = {m.label: m.value for m in app.metric}
    assert int(tiles["Overdraget i alt"]) >= int(tiles["Implementeret"]) > 0
    assert int(tiles["Ikke taget i brug"]) > 0
    assert {"Ikke taget i brug", "Tid til implementering"} <= {s.value for s in app.subheader}


def test_solutions_tiles_count_the_demos_solutions(app, demo_file):
    # The sidebar's period (1 Jan 2013 to today) holds every solution handed over by today.
    # Handed over = all of them; implemented = status 'implemented'; on the shelf = status
    # 'on_shelf', or still 'handed_over' more than shelf_days (setting, 180) after status_on.
    today = dt.date.today()
    with duckdb.connect(demo_file, read_only=True) as con:
        handed, implemented, shelf = con.execute(
            """
            WITH limits AS (
                SELECT coalesce(max(CAST(value AS INTEGER)), 180) AS shelf_days
                FROM setting WHERE key = 'shelf_days'
            )
            SELECT count(*),
                   count(*) FILTER (WHERE status = 'implemented'),
                   count(*) FILTER (WHERE status = 'on_shelf' OR (status = 'handed_over'
                       AND date_diff('day', coalesce(status_on, handed_over_on), ?)
                           > (SELECT shelf_days FROM limits)))
            FROM solution
            WHERE coalesce(handed_over_on, status_on) BETWEEN DATE '2013-01-01' AND ?
            """,
            [today, today],
        ).fetchall()[0]
    app.switch_page(PAGES["solutions"].path).run()
    tiles = {m.label: m.value for m in app.metric}
    assert (tiles["Overdraget i alt"], tiles["Implementeret"], tiles["Ikke taget i brug"]) == (
        str(handed),
        str(implemented),
        str(shelf),
    )


def test_a_meeting_sized_period_keeps_what_is_not_taken_into_use(app):
    # The shelf is a state today: a one-month period with no handovers still lists every
    # solution not taken into use (the tile equals the whole-history count).
    app.switch_page(PAGES["solutions"].path).run()
    everything = {m.label: m.value for m in app.metric}["Ikke taget i brug"]
    today = dt.date.today()
    app.date_input(key="flt_period").set_value((today - dt.timedelta(days=1), today)).run()
    assert_clean(app)
    tiles = {m.label: m.value for m in app.metric}
    assert tiles["Ikke taget i brug"] == everything != "0"
    assert "Ikke taget i brug" in {s.value for s in app.subheader}
