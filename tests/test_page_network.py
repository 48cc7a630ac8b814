"""The network profile page (pages/network.py) on the demo database through AppTest."""

import datetime as dt

import duckdb

from pages._registry import PAGES
from tests.conftest import assert_clean


def test_network_page_shows_a_profile_with_findings_and_solutions(app):
    app.switch_page(PAGES["network"].path).run()
    assert_clean(app)
    assert app.title[0].value == "Netværk"
    assert app.selectbox[0].label == "Vælg netværk"
    assert {"Personer", "Faser", "Regeltjek for netværket", "Løsninger"} <= {
        s.value for s in app.subheader
    }


def test_network_page_opens_the_network_named_in_the_link(app):
    app.switch_page(PAGES["network"].path)
    app.query_params["network"] = "N2019-03"
    app.run()
    assert_clean(app)
    assert app.selectbox[0].value == "N2019-03"
    # the demo's one-department network: its cross-cutting finding is on its profile
    assert not any("følger NS3-reglerne" in s.value for s in app.success)
    app.query_params["network"] = "N2015-02"
    app.run()
    assert_clean(app)
    # an NS2 network has no registered phases: the template note is shown
    assert any("standardskabelonen" in c.value for c in app.caption)


def test_network_page_explains_when_no_network_matches_the_filters(app):
    app.switch_page(PAGES["network"].path).run()
    app.multiselect(key="flt_types").set_value([]).run()
    assert_clean(app)
    assert "Ingen netværk passer" in app.info[0].value


def test_department_filter_narrows_the_network_list(app):
    app.switch_page(PAGES["network"].path).run()
    everything = len(app.selectbox[0].options)
    app.multiselect(key="flt_departments").set_value(["AFD-MT"]).run()
    assert_clean(app)
    assert 0 < len(app.selectbox[0].options) < everything


def test_network_profile_shows_the_load_curve(app):
    app.switch_page(PAGES["network"].path)
    app.query_params["network"] = "N2026-07"
    app.run()
    assert_clean(app)
    assert "Ressourcetræk" in {s.value for s in app.subheader}
    assert any("Antagelser" in c.value for c in app.caption)


def test_department_filter_lists_exactly_the_networks_with_a_member_from_it(app, demo_file):
    # The sidebar's period runs from 1 Jan 2013 to today: every network started by today runs in
    # it. A department filter keeps the networks with a member (leader, co-driver, participant)
    # from that department.
    today = dt.date.today()
    with duckdb.connect(demo_file, read_only=True) as con:
        everything, from_mt = con.execute(
            """
            SELECT count(*),
                   count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM role_assignment r JOIN person p ON p.id = r.person_id
                       WHERE r.network_id = n.id AND p.department_id = 'AFD-MT'
                         AND r.role IN ('network_leader', 'co_driver', 'participant')))
            FROM network n WHERE n.start_date <= ?
            """,
            [today],
        ).fetchall()[0]
    app.switch_page(PAGES["network"].path).run()
    assert len(app.selectbox(key="network_pick").options) == everything
    app.multiselect(key="flt_departments").set_value(["AFD-MT"]).run()
    assert_clean(app)
    assert len(app.selectbox(key="network_pick").options) == from_mt
