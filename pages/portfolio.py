"""Portefølje: the networks against NS3 — rule findings, running and started over time, a
timeline of every network, and the departments they bring together."""

import streamlit as st

from analytics.networks import departments, network_list
from analytics.portfolio import (
    department_pairs,
    in_scope,
    network_departments,
    political_links,
    rule_findings,
    running_per_day,
    running_today,
    severity_counts,
    starts_per_half_year,
)
from charts.portfolio import (
    coverage_heatmap,
    network_gantt,
    pairs_heatmap,
    running_area,
    starts_bars,
)
from data.calendar import half_year, half_year_bounds, half_years
from data.labels import (
    ENUM_LABELS,
    PLACEHOLDERS,
    SEVERITY_LABELS,
    TYPE_SHORT,
    UI,
    fmt_date,
    fmt_half_year,
)
from data.schema import NETWORK_TYPES
from data.settings import read_settings
from pages import _access as access
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui
from pages._findings import findings_table

ui.page_title("portfolio")
st.caption(
    UI["portfolio_intro"] + (f" {UI['portfolio_click']}" if access.may_open("network") else "")
)

scope = ui.filters()
now = store.query(running_today, scope)
networks = store.query(network_list, scope)
# the day's findings are judged once (cached for every page); a filter only picks among them
findings = in_scope(store.query(rule_findings, today=scope.day), networks["id"], scope)
severities = severity_counts(findings)
ui.tiles(
    {
        **{UI["running_now"].format(type=TYPE_SHORT[t]): now[t] for t in now},
        **{SEVERITY_LABELS[s]: n for s, n in severities.items()},
    }
)

lim = store.query(read_settings)
rules_help = UI["findings_help"].format(rules_from=fmt_date(lim["rules_from"]))
st.subheader(UI["findings"], help=rules_help)
if findings.empty:
    st.success(UI["no_findings"], icon=":material/check_circle:")
else:
    findings_table(findings, key="portfolio_findings")

st.subheader(UI["over_time"])
left, right = st.columns(2)
with left:
    running = store.query(running_per_day, scope.start, scope.last, scope=scope)
    st.plotly_chart(running_area(running, UI["running_chart"]), width="stretch")
with right:
    starts = store.query(starts_per_half_year, scope)
    band = (lim["starts_min"], lim["starts_max"])
    chart = starts_bars(starts, band, half_year(lim["rules_from"]), UI["starts_chart"])
    st.plotly_chart(chart, width="stretch")
with st.expander(UI["mix_table"]):
    wide = starts.pivot(index="half_year", columns="type", values="started")
    wide = wide.reindex(columns=list(NETWORK_TYPES)).reset_index()  # the charts' order of types
    wide["half_year"] = wide["half_year"].map(fmt_half_year)  # as the chart: 1. halvår 2013
    shown = tables.danish_table(wide.rename(columns=ENUM_LABELS["network_type"]))
    tables.table(shown)
    tables.download_row(shown, "starter-pr-halvaar", "starts")

st.subheader(UI["timeline"])
if networks.empty:
    st.info(UI["no_networks"], icon=":material/filter_alt_off:")
else:
    # A page of the networks (newest first) of the whole period or of one half-year of it: the
    # chart stays readable however many there are; the charts above are the overview.
    pick, paging, _ = st.columns([2, 1, 3], vertical_alignment="bottom")
    halves = half_years(scope.start, scope.last)[::-1]
    half = pick.selectbox(
        UI["timeline_half"],
        [None, *halves],
        format_func=lambda h: UI["timeline_all_halves"] if h is None else fmt_half_year(h),
        key="timeline_half",
        placeholder=PLACEHOLDERS["one"],
    )
    if half is not None:
        first_day, last_day = half_year_bounds(half)
        networks = store.query(network_list, scope.but(start=first_day, end=last_day))
    rows = ui.pager(len(networks), key="timeline_page", container=paging)
    if networks.empty:
        st.info(UI["timeline_none"].format(half=fmt_half_year(half)))
    else:
        chart = network_gantt(networks.iloc[rows], UI["timeline_chart"])
        st.plotly_chart(chart, width="stretch")

st.subheader(UI["coverage"])
coverage, pairs, links = st.tabs(
    [UI["tab_coverage"], UI["tab_pairs"], UI["tab_links"]],
    key="portfolio_tab",
    on_change="rerun",  # a tab computed only when opened
)
if coverage.open:
    with coverage:
        covered = store.query(network_departments, scope)
        if covered.empty:
            st.info(UI["no_networks"])
        else:  # a page of the networks, newest first, as the timeline
            ids = list(dict.fromkeys(covered["network_id"]))[::-1]
            page = ids[ui.pager(len(ids), key="coverage_page", container=st.columns(4)[0])]
            chart = coverage_heatmap(
                covered[covered["network_id"].isin(page)], UI["coverage_chart"]
            )
            st.plotly_chart(chart, width="stretch")
if pairs.open:
    with pairs:
        shared = store.query(department_pairs, scope.start, scope.last, today=scope.day)
        chart = pairs_heatmap(shared, store.query(departments), UI["pairs_chart"])
        st.plotly_chart(chart, width="stretch")
if links.open:
    with links:
        st.caption(UI["links_intro"])
        linked = store.query(political_links, scope)
        shown = tables.danish_table(
            linked, {"type": "network_type", "political_link": "political_link"}
        )
        tables.table(shown)
        tables.download_row(shown, "politisk-kobling", "links")
