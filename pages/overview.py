"""Overblik: the kommunaldirektør's one screen (JOURNEYS.md): networks running now, NS3's rhythm
this half-year, people over the load threshold, coordination across departments, solutions in
daily practice, today's flower, and the alerts, each a link to the page that explains it."""

import plotly.graph_objects as go
import streamlit as st

from analytics.flower import petals_over_time
from analytics.load import threshold
from analytics.networks import departments
from analytics.overview import alerts, kpis, rc_change
from analytics.rc import trend
from analytics.scope import Scope
from charts.flower import flower_figure
from data.calendar import half_year
from data.labels import TYPE_SHORT, UI, fmt_date, fmt_decimal, fmt_half_year, fmt_number
from pages import _access as access
from pages import _store as store
from pages import _widgets as ui
from pages._registry import PAGES

SHOWN_ALERTS = 6  # what fits beside the flower at 1920 × 1080

ui.page_title("overview")
today = ui.filters().day
k = store.query(kpis, today=today)
found = store.query(alerts, today=today)
shown = found.head(SHOWN_ALERTS)
linked = any(access.may_open(p) for p in shown["page"])  # the direction reads some as text
intro = f"{UI['overview_intro']} {UI['overview_click']}" if linked else UI["overview_intro"]
st.caption(f"{UI['overview_today'].format(date=fmt_date(today))} · {intro}")
change = store.query(rc_change, today=today)
history = store.query(trend)  # the organisation-wide waves: the RC tile's line


def band_note(n: int, lo: int, hi: int) -> tuple[str, str]:
    """The starts' note and colour: inside NS3's band green, under it orange (the half-year may
    still catch up), over it red."""
    if n < lo:
        return UI["overview_band_low"].format(lo=lo, hi=hi), "orange"
    if n > hi:
        return UI["overview_band_high"].format(lo=lo, hi=hi), "red"
    return UI["overview_band_ok"].format(lo=lo, hi=hi), "green"


def rc_tile() -> tuple:
    """The latest organisation-wide index, and its change since the wave before with the 95 %
    interval: green or red when the interval is clear of 0, else grey."""
    if k["rc_index"] is None:
        return "–", UI["overview_rc_none"]
    value = fmt_decimal(k["rc_index"], 2)
    if change is None:
        return value, UI["overview_rc_first"]
    note = UI["overview_rc_change"].format(
        change=fmt_number(change["change"], 2, signed=True),
        low=fmt_number(change["low"], 2, signed=True),
        high=fmt_number(change["high"], 2, signed=True),
    )
    color = ("green" if change["change"] > 0 else "red") if change["clear"] else None
    return value, note, color


lo, hi = k["starts_band"]
limit = store.query(threshold)
main, side = st.columns([5, 4], gap="medium")
with main:
    ui.tiles(
        {
            **{
                UI["overview_running"].format(type=TYPE_SHORT[t]): (
                    n,
                    UI["overview_running_note"].format(n=sum(k["running"].values())),
                )
                for t, n in k["running"].items()
            },
            UI["overview_starts"].format(half=fmt_half_year(half_year(today))): (
                k["starts_half_year"],
                *band_note(k["starts_half_year"], lo, hi),
            ),
        },
        {
            UI["overview_starts"].format(half=fmt_half_year(half_year(today))): UI[
                "overview_starts_help"
            ]
        },
    )
    over_max = k["innovation_running"] > k["innovation_max"]
    ui.tiles(
        {
            UI["overview_innovation"].format(max=k["innovation_max"]): (
                k["innovation_running"],
                UI["overview_over_max"] if over_max else UI["overview_within_max"],
                "red" if over_max else "green",
            ),
            UI["overview_overloaded"]: (
                k["overloaded_people"],
                UI["overview_overloaded_note"].format(limit=fmt_decimal(limit)),
                "red" if k["overloaded_people"] else "green",
            ),
            UI["overview_rc"]: rc_tile(),
            UI["overview_implemented"]: (
                k["solutions_implemented"],
                UI["overview_shelf"].format(n=k["solutions_on_shelf"]),
                "orange" if k["solutions_on_shelf"] else None,
            ),
        },
        {
            UI["overview_rc"]: UI["overview_rc_help"].format(
                wave=change["latest"] if change else "–",
                previous=change["previous"] if change else "–",
            )
        },
        {UI["overview_rc"]: list(history.loc[history["tie"] == "all", "rc_index"].dropna())},
    )
    st.subheader(UI["overview_alerts"])
    if found.empty:
        st.success(UI["overview_no_alerts"], icon=":material/check_circle:")
    for alert in shown.itertuples(index=False):
        ui.link(
            alert.page,
            f"{alert.text} → {PAGES[alert.page].title}",
            ":material/error:" if alert.severity == "error" else ":material/pending_actions:",
            query_params={"network": alert.network_id} if alert.network_id else None,
            plain=alert.text,
        )
    if len(found) > SHOWN_ALERTS:  # the rest are on pages the direction may not open
        more = (
            "overview_more_alerts" if access.may_open("meeting") else "overview_more_alerts_plain"
        )
        st.caption(UI[more].format(n=len(found) - SHOWN_ALERTS))


@st.cache_resource(max_entries=4, show_spinner=False)
def small_flower(version, day, _frames, _deps) -> go.Figure:
    """Today's flower, still and small, built once per database version and day; the legend
    under the drawing (beside it, it would cover the society ring at this size)."""
    figure = flower_figure(_frames, [day], day, _deps, animated=False, height=520)
    return figure.update_layout(
        legend={"orientation": "h", "x": 0.5, "xanchor": "center", "y": 0, "yanchor": "top"},
        margin={"b": 30},
    )


with side:
    frames = store.query(petals_over_time, [today], Scope(today=today))
    figure = small_flower(store.version(), today, frames, store.query(departments))
    st.plotly_chart(figure, width="stretch", config={"displayModeBar": False})
