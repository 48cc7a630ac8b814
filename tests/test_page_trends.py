"""Tendenser (pages/trends.py) on the demo database through AppTest: the chart and the table
follow the measure, breakdown and grain; the table's numbers are analytics.trends.series's on
the same database; group names, never ids; every measure × breakdown draws; the downloads; the
second measure; two ranges of years side by side; the empty states."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from analytics import people, trends
from data import db
from data.labels import UI, TrendText
from pages._registry import PAGES
from tests.conftest import assert_clean


@pytest.fixture()
def app(app):
    """The dashboard on Tendenser."""
    app.switch_page(PAGES["trends"].path).run()
    assert_clean(app)
    return app


@pytest.fixture()
def demo(demo_file):
    con = db.connect(demo_file, read_only=True)
    yield con
    con.close()


def chart(app) -> dict:
    """The page's first Plotly figure as the browser gets it."""
    return json.loads(app.get("plotly_chart")[0].proto.spec)


def table(app):
    return app.dataframe[0].value


def pick(app, measure: str, by: str | None = None, grain: str | None = None):
    app.selectbox(key="trend_measure").set_value(measure).run()
    if by is not None:
        app.radio(key="trend_by").set_value(by).run()
    if grain is not None:
        app.radio(key="trend_grain").set_value(grain).run()
    assert_clean(app)
    return app


def test_the_default_is_networks_started_per_year_from_series(app, demo):
    assert app.title[0].value == "Tendenser"
    assert app.selectbox(key="trend_measure").value == "networks_started"
    assert app.radio(key="trend_by").value == "none"
    assert app.radio(key="trend_grain").value == "year"
    assert chart(app)["layout"]["title"]["text"] == "Netværk startet pr. år"
    # the sidebar's period: 1 Jan 2013 to today, every type, every department
    expected = trends.series(demo, "networks_started", start=dt.date(2013, 1, 1))
    shown = table(app)
    assert list(shown.columns) == ["Periode", "Netværk startet"]
    assert shown["Periode"].tolist() == expected["period"].tolist()
    assert shown["Netværk startet"].tolist() == expected["value"].tolist()
    assert any(TrendText.READINGS["networks_started"] == c.value for c in app.caption)


def test_participants_by_department_show_names_and_series_values(app, demo):
    pick(app, "participants", "department")
    figure = chart(app)
    assert (
        figure["layout"]["title"]["text"] == "Deltagere (medarbejdere) pr. år, fordelt på afdeling"
    )
    names = dict(demo.execute("SELECT id, name FROM department").fetchall())
    shown = table(app).set_index("Periode")
    assert set(shown.columns) == set(names.values())  # names, never ids
    assert {t["name"] for t in figure["data"]} == set(names.values())
    assert {t["type"] for t in figure["data"]} == {"bar"}  # a person is in one department
    series = trends.series(demo, "participants", by="department", start=dt.date(2013, 1, 1))
    dagtilbud = next(i for i, n in names.items() if n == "Dagtilbud")
    row = series[(series["group"] == dagtilbud) & (series["period"] == "2016")]
    assert shown.loc["2016", "Dagtilbud"] == row["value"].item() > 0


def test_a_grain_and_a_type_filter_change_chart_and_table(app, demo):
    pick(app, "networks_running", "type", "half_year")
    assert table(app)["Periode"].iloc[0] == "1. halvår 2013"
    app.multiselect(key="flt_types").set_value(["welfare"]).run()
    assert_clean(app)
    shown = table(app)
    assert list(shown.columns) == ["Periode", "Velfærdsnetværk"]
    expected = trends.series(
        demo, "networks_running", grain="half_year", by="type", start=dt.date(2013, 1, 1),
        types=["welfare"],
    )  # fmt: skip
    assert shown["Velfærdsnetværk"].tolist() == expected["value"].tolist()
    assert [t["name"] for t in chart(app)["data"]] == ["Velfærdsnetværk"]


def test_the_rc_index_has_no_type_breakdown_and_a_picked_type_falls_back(app):
    pick(app, "networks_running", "type")
    app.selectbox(key="trend_second").set_value("rc_index").run()
    pick(app, "rc_index")
    assert app.selectbox(key="trend_second").value == "none"  # not itself beside itself
    assert app.radio(key="trend_by").options == ["Ingen", "Afdeling", "Direktørområde"]
    assert app.radio(key="trend_by").value == "none"
    figure = chart(app)
    assert {t["type"] for t in figure["data"]} == {"scatter"}  # a level: a line
    assert table(app)["RC-indeks (organisationsmålinger)"].isna().any()  # years before waves


def test_a_second_measure_is_a_line_on_the_right_and_a_column(app, demo):
    pick(app, "networks_running", "type")
    app.selectbox(key="trend_second").set_value("rc_index").run()
    assert_clean(app)
    figure = chart(app)
    line = figure["data"][-1]
    assert line["yaxis"] == "y2" and line["name"] == "RC-indeks (organisationsmålinger)"
    assert figure["layout"]["yaxis2"]["title"]["text"] == "RC-indeks (1–5)"
    rc = trends.series(demo, "rc_index", start=dt.date(2013, 1, 1)).set_index("period")
    shown = table(app).set_index("Periode")["RC-indeks (organisationsmålinger)"]
    assert shown["2016"] == pytest.approx(rc.loc["2016", "value"], abs=0.005)


@pytest.mark.parametrize("measure", trends.MEASURES)
def test_every_measure_and_breakdown_draws(app, measure):
    for by in trends.breakdowns(measure):
        pick(app, measure, by or "none")
        assert app.get("plotly_chart"), (measure, by)
        assert not app.info, [i.value for i in app.info]


def test_the_table_downloads_exist_and_the_png_is_drawn_when_asked(app):
    pick(app, "participants", "department")
    ids = {b.label: b.proto.id for b in app.get("download_button")}
    assert ids["Hent CSV"].endswith("trend_table_csv")  # the table's, built when clicked
    assert ids["Hent Excel"].endswith("trend_table_xlsx")
    make = next(b for b in app.button if b.label == UI["png_make"])
    make.click().run()  # kaleido and the system's Chromium
    assert_clean(app)
    assert not app.warning, [w.value for w in app.warning]
    picture = app.session_state["trend_png"][1]
    assert picture[:8] == b"\x89PNG\r\n\x1a\n" and len(picture) > 20_000
    assert any(b.label == UI["png_download"] for b in app.get("download_button"))
    # another breakdown is another chart: the picture is made again when asked
    app.radio(key="trend_by").set_value("directorate").run()
    assert any(b.label == UI["png_make"] for b in app.button)


def test_the_file_names_say_measure_breakdown_and_grain():
    # the page's pattern, e.g. participants by department per year (the browser test downloads
    # the file itself)
    assert (
        TrendText.FILE.format(
            measure=TrendText.MEASURE_SLUGS["participants"],
            by=TrendText.BY_SLUGS["department"],
            grain=TrendText.GRAIN_SLUGS["year"],
        )
        == "tendens-deltagere-afdeling-aar"
    )


def test_two_ranges_default_to_ns2_against_ns3(app, demo):
    pick(app, "networks_started", "type")
    app.session_state["trend_tab"] = UI["trends_tab_ranges"]
    app.run()
    assert_clean(app)
    today = dt.date.today()
    # the demo's NS2 networks started 2014–2015, NS3's from 2016 (seeds/README.md)
    assert app.select_slider(key="trend_first").value == (2014, 2015)
    assert app.select_slider(key="trend_second_range").value == (2016, today.year)
    shown = table(app).set_index("Netværkstype")
    expected = trends.ranges(
        demo, "networks_started", (2014, 2015), (2016, today.year), by="type"
    ).set_index("group")
    # welfare per year in NS2: the welfare starts of 2014 and 2015 / 2
    assert shown.loc["Velfærdsnetværk", "2014–2015, pr. år"] == expected.loc["welfare", "first"]
    assert (
        shown.loc["Velfærdsnetværk", "2014–2015, i alt"] == expected.loc["welfare", "first_total"]
    )
    assert any(UI["trends_ranges_flows"] == c.value for c in app.caption)
    assert len(app.get("plotly_chart")) == 1  # the over-time tab is not drawn while shut
    app.select_slider(key="trend_first").set_value((2013, 2013)).run()
    assert_clean(app)
    assert "2013, pr. år" in table(app).columns


def test_empty_states_are_said_in_danish(app):
    pick(app, "rc_index")
    app.date_input(key="flt_period").set_value((dt.date(2013, 1, 1), dt.date(2015, 12, 31))).run()
    assert_clean(app)
    assert [i.value for i in app.info] == [UI["trends_rc_empty"]]
    assert not app.get("plotly_chart")
    pick(app, "participants")
    app.multiselect(key="flt_types").set_value([]).run()
    assert_clean(app)
    assert [i.value for i in app.info] == [
        UI["trends_no_types"].format(measure="deltagere (medarbejdere)")
    ]


def test_a_range_of_years_without_an_rc_wave_is_said(app):
    # the demo's first organisation-wide wave is from 2016: NS2's years have no RC index
    pick(app, "rc_index", "department")
    app.session_state["trend_tab"] = UI["trends_tab_ranges"]
    app.run()
    assert_clean(app)
    assert [i.value for i in app.info] == [
        UI["trends_range_empty"].format(
            measure="RC-indeks (organisationsmålinger)", years="2014–2015"
        )
    ]
    shown = table(app).set_index("Afdeling")
    assert shown["2014–2015, gennemsnit"].isna().all()
    assert shown["2016–" + str(dt.date.today().year) + ", gennemsnit"].notna().all()


def test_how_many_employees_of_a_department_have_been_in_a_network_since_2016(app, demo_file):
    """The secretary's question, answered on the breadth tab: the department's row since 2016
    is analytics.people.participation's on the same file."""
    today = dt.date.today()
    with duckdb.connect(demo_file, read_only=True) as con:
        _, whole = people.participation(con, dt.date(2016, 1, 1), today=today)
    expected = whole.set_index("department")
    app.switch_page(PAGES["trends"].path).run()
    app.session_state["trend_tab"] = "Deltagelsens bredde"
    app.run()
    assert_clean(app)
    assert app.selectbox(key="breadth_since").value == 2016
    table = app.dataframe[0].value.set_index("Afdeling")
    assert (
        table.loc["Dagtilbud", "Har været i et netværk"]
        == expected.loc["Dagtilbud", "participants"]
    )
    assert table.loc["Dagtilbud", "Medarbejdere"] == expected.loc["Dagtilbud", "employees"]
    # the share as a whole percentage: participants / employees × 100
    assert table.loc["Dagtilbud", "Andel (%)"] == round(
        100 * expected.loc["Dagtilbud", "participants"] / expected.loc["Dagtilbud", "employees"]
    )
    assert len(app.get("plotly_chart")) == 2  # the breadth and the outside members
