"""Netværk: one network's profile — type, status, dates, theme, political link, people, phases,
rule findings, solutions and the RC waves scoped to it."""

import pandas as pd
import streamlit as st

from analytics import rc
from analytics.load import network_load
from analytics.networks import network_list, network_people, network_profile, people_by_department
from analytics.phases import network_phases
from analytics.portfolio import rule_findings
from analytics.rules import of_network
from analytics.solutions import network_solutions
from charts.load import role_bars
from charts.networks import people_by_department as people_chart
from charts.networks import phase_timeline
from charts.rc import trend_lines
from data.labels import UI, enum_label, fmt_date
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui
from pages._findings import findings_table
from pages._registry import PAGES

ui.page_title("network")
st.caption(UI["network_intro"])

f = ui.filters()
networks = store.query(network_list, f)
if networks.empty:
    st.info(UI["no_networks"], icon=":material/filter_alt_off:")
    st.stop()

chosen = ui.network_picker(networks)  # a link (?network=ID) opens that network once
p = store.query(network_profile, chosen)

st.header(p["name"], divider="gray")
period = f"{fmt_date(p['start_date'])} – {fmt_date(p['end_date'])}"
if pd.isna(p["end_date"]):
    planned = UI["planned_end"].format(date=fmt_date(p["planned_end"]))
    period = f"{fmt_date(p['start_date'])} – ({planned})"
ui.facts(
    {
        UI["type"]: ui.type_chip(p["type"]),
        UI["status"]: enum_label("network_status", p["status"]),
        UI["generation"]: p["generation"],
        UI["period_short"]: period,
        UI["political_link"]: enum_label("political_link", p["political_link"]),
    }
)
if p.get("theme_title"):
    origin = enum_label("theme_origin", p["theme_origin"])
    st.markdown(
        f"**{UI['theme']}:** {p['theme_title']} · *{origin}*  \n{p['theme_description'] or ''}"
    )

st.subheader(UI["people"])
people = store.query(network_people, chosen)
if people.empty:
    st.info(UI["no_people"])
else:
    left, right = st.columns([1, 1])
    with left:
        shown = tables.danish_table(
            people.drop(columns=["person_id"]), {"role": "role", "kind": "person_kind"}
        )
        tables.table(shown)
        tables.download_row(shown, f"{chosen}-personer", "people")
    with right:
        counts = store.query(people_by_department, chosen)
        st.plotly_chart(people_chart(counts, UI["people_chart"]), width="stretch")

st.subheader(UI["phases"])
phases = store.query(network_phases, chosen)
if phases["from_template"].all():
    st.caption(UI["phases_from_template"])
st.plotly_chart(phase_timeline(phases, UI["phase_chart"]), width="stretch")
shown = tables.danish_table(
    phases.drop(columns=["network_id", "from_template"]), {"intensity": "intensity"}
)
tables.table(shown)
tables.download_row(shown, f"{chosen}-faser", "phases")

st.subheader(UI["network_load"])
curve = store.query(network_load, chosen)
if curve.empty:
    st.info(UI["network_no_load"])
else:
    st.plotly_chart(role_bars(curve, UI["network_load_chart"], today=f.day), width="stretch")
    st.caption(UI["network_load_help"])
    shown = tables.danish_table(curve, {"role": "role"})
    tables.download_row(shown, f"{chosen}-ressourcetraek", "network_load")

st.subheader(UI["network_findings"])
found = of_network(store.query(rule_findings, today=f.day), chosen)
if found.empty:
    st.success(UI["network_no_findings"], icon=":material/check_circle:")
else:
    findings_table(found, key="network_findings", link=False)

st.subheader(UI["network_solutions"])
solutions = store.query(network_solutions, chosen, today=f.day)
if solutions.empty:
    st.info(UI["network_no_solutions"])
else:
    shown = tables.danish_table(
        solutions[
            [
                "id",
                "title",
                "department",
                "handed_over_on",
                "status",
                "status_on",
                "days_to_implementation",
            ]
        ],
        {"status": "solution_status"},
    )
    tables.table(shown)
    tables.download_row(shown, f"{chosen}-loesninger", "network_solutions")

st.subheader(UI["rc_network"])
rc_history = store.query(rc.trend, chosen)
if rc_history.empty:
    st.info(UI["rc_network_none"])
else:
    weak, strong = store.query(rc.band_limits)
    title = UI["rc_trend_network"].format(network=chosen)
    st.plotly_chart(trend_lines(rc_history, weak, strong, title), width="stretch")
    enums = {"tie": "rc_tie", "band": "rc_band"}
    shown = tables.danish_table(rc_history.drop(columns="wave_id"), enums)
    tables.table(shown)
    tables.download_row(shown, f"{chosen}-rc", "network_rc")
    latest = rc_history.iloc[-1]  # oldest first: the newest wave is last
    if st.button(
        UI["rc_network_open"].format(wave=latest["name"]),
        icon=":material/open_in_new:",
        key="network_rc_open",
    ):
        st.switch_page(PAGES["rc"].path, query_params={"wave": latest["wave_id"]})
