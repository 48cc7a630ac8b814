"""How broadly the employees take part in the networks, and the outside members they bring in
(analytics.people.participation, external_involvement): a part of Tendenser. NS3 (seed 002):
networks "på tværs af faggrupper i organisationen"; seed 003: "flere eksterne perspektiver".
Not a page (leading underscore)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analytics.people import external_involvement, participation
from charts.leaders import breadth_bars, outside_bars
from data.labels import ENUM_LABELS, UI
from pages import _store as store
from pages import _tables as tables

FIRST_NS3_YEAR = 2016  # NS3 rules judge networks from 2016 (DESIGN.md §4 `rules_from`)


def as_percent(frame):
    """The share as a whole percentage, for reading (the analytics keep the fraction)."""
    return frame.assign(share=(100 * frame["share"]).round(0)).rename(
        columns={"share": "share_pct"}
    )


def show(today: dt.date, first_year: int) -> None:
    """Participation since a year the user picks (default 2016, NS3's first), per department and
    per year, and the outside members per year and network."""
    years = list(range(first_year, today.year + 1))
    since = st.selectbox(
        UI["breadth_since"],
        years,
        index=years.index(FIRST_NS3_YEAR) if FIRST_NS3_YEAR in years else 0,
        key="breadth_since",
    )
    start = dt.date(since, 1, 1)
    per_year, whole = store.query(participation, start, today=today)
    st.caption(UI["breadth_intro"].format(year=since))
    left, right = st.columns([3, 2])
    with left:
        st.plotly_chart(
            breadth_bars(whole, UI["breadth_chart"].format(year=since)), width="stretch"
        )
    with right:
        shown = tables.danish_table(as_percent(whole).drop(columns=["department_id"]))
        tables.table(shown)
        tables.download_row(shown, f"deltagelse-siden-{since}", "breadth")
    with st.expander(UI["breadth_per_year"]):
        shown = tables.danish_table(
            as_percent(per_year).drop(columns=["period_start", "department_id"])
        )
        tables.table(shown, height=400)
        tables.download_row(shown, f"deltagelse-pr-aar-siden-{since}", "breadth_years")

    st.subheader(UI["outside"])
    st.caption(UI["outside_intro"])
    outside = store.query(external_involvement, start, per_network=False, today=today)
    if outside.empty:
        st.info(UI["outside_none"].format(year=since), icon=":material/groups:")
        return
    st.plotly_chart(outside_bars(outside, UI["outside_chart"]), width="stretch")
    per_network = store.query(external_involvement, start, today=today)
    shown = tables.danish_table(
        per_network.drop(columns=["network_id"]).assign(
            kind=per_network["kind"].map(ENUM_LABELS["person_kind"])
        ),
        {"type": "network_type"},
    )
    tables.table(shown, height=300)
    tables.download_row(shown, f"eksterne-deltagere-siden-{since}", "outside")
