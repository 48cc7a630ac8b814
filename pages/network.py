"""Netværk: one network's profile — type, status, dates, theme, political link, people, phases,
rule findings, solutions and the RC waves scoped to it."""

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import rc
from analytics.load import network_load
from analytics.networks import network_list, network_people, network_profile, people_by_department
from analytics.phases import network_phases
from analytics.portfolio import findings_for_network
from analytics.solutions import network_solutions
from charts.load import role_bars
from charts.networks import people_by_department as people_chart
from charts.networks import phase_timeline
from charts.rc import trend_lines
from data.labels import UI, enum_label, fmt_date
from pages import _components as ui

st.title("Netværk")
st.caption(UI["network_intro"])

f = ui.filters()
networks = ui.query(network_list, f)
if networks.empty:
    st.info(UI["no_networks"], icon=":material/filter_alt_off:")
    st.stop()

ids = list(networks["id"])
labels = dict(zip(networks["id"], networks["label"], strict=True))
linked = st.query_params.pop("network", None)  # a link (?network=ID) opens that network once
if linked:
    profile = ui.query(network_profile, linked)
    if profile is None:
        st.warning(UI["unknown_network"].format(id=linked))
    else:
        if linked not in ids:  # outside the filters: shown anyway, since it was asked for
            ids.insert(0, linked)
            labels[linked] = profile["label"]
        st.session_state["network_pick"] = linked
if st.session_state.get("network_pick") not in ids:
    st.session_state.pop("network_pick", None)
chosen = st.selectbox(UI["pick_network"], ids, format_func=labels.get, key="network_pick")
p = ui.query(network_profile, chosen)

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
people = ui.query(network_people, chosen)
if people.empty:
    st.info(UI["no_people"])
else:
    left, right = st.columns([1, 1])
    with left:
        shown = ui.danish_table(
            people.drop(columns=["person_id"]), {"role": "role", "kind": "person_kind"}
        )
        ui.table(shown)
        ui.download_row(shown, f"{chosen}-personer", "people")
    with right:
        counts = ui.query(people_by_department, chosen)
        st.plotly_chart(people_chart(counts, UI["people_chart"]), width="stretch")

st.subheader(UI["phases"])
phases = ui.query(network_phases, chosen)
if phases["from_template"].all():
    st.caption(UI["phases_from_template"])
st.plotly_chart(phase_timeline(phases, UI["phase_chart"]), width="stretch")
shown = ui.danish_table(
    phases.drop(columns=["network_id", "from_template"]), {"intensity": "intensity"}
)
ui.table(shown)
ui.download_row(shown, f"{chosen}-faser", "phases")

st.subheader(UI["network_load"])
curve = ui.query(network_load, chosen)
if curve.empty:
    st.info(UI["network_no_load"])
else:
    st.plotly_chart(
        role_bars(curve, UI["network_load_chart"], today=dt.date.today()), width="stretch"
    )
    st.caption(UI["network_load_help"])
    shown = ui.danish_table(curve, {"role": "role"})
    ui.download_row(shown, f"{chosen}-ressourcetraek", "network_load")

st.subheader(UI["network_findings"])
found = ui.query(findings_for_network, chosen, today=dt.date.today())
if found.empty:
    st.success(UI["network_no_findings"], icon=":material/check_circle:")
else:
    ui.findings_table(found, key="network_findings", link=False)

st.subheader(UI["network_solutions"])
solutions = ui.query(network_solutions, chosen, today=dt.date.today())
if solutions.empty:
    st.info(UI["network_no_solutions"])
else:
    shown = ui.danish_table(
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
    ui.table(shown)
    ui.download_row(shown, f"{chosen}-loesninger", "network_solutions")

st.subheader(UI["rc_network"])
rc_history = ui.query(rc.trend, chosen)
if rc_history.empty:
    st.info(UI["rc_network_none"])
else:
    weak, strong = ui.query(rc.band_limits)
    title = UI["rc_trend_network"].format(network=chosen)
    st.plotly_chart(trend_lines(rc_history, weak, strong, title), width="stretch")
    enums = {"tie": "rc_tie", "band": "rc_band"}
    shown = ui.danish_table(rc_history.drop(columns="wave_id"), enums)
    ui.table(shown)
    ui.download_row(shown, f"{chosen}-rc", "network_rc")
    latest = rc_history.iloc[-1]  # oldest first: the newest wave is last
    if st.button(
        UI["rc_network_open"].format(wave=latest["name"]),
        icon=":material/open_in_new:",
        key="network_rc_open",
    ):
        st.switch_page("pages/rc.py", query_params={"wave": latest["wave_id"]})
