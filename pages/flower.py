"""Blomsten: the network organisation drawn as the municipality draws it (seed 002), any month
from the first network to today, and played in the browser from 2013 to today."""

import plotly.graph_objects as go
import streamlit as st

from analytics.flower import (
    busiest_day,
    on_day,
    petal_days,
    petal_list,
    petals_over_time,
    running_by_type,
)
from analytics.networks import departments
from analytics.scope import FIRST_DAY
from charts.flower import animation_days, flower_figure
from data.labels import TYPE_SHORT, UI, FlowerText, fmt_date, fmt_month
from pages import _access as access
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui

ui.page_title("flower")
st.caption(UI["flower_intro"])

# The page has its own month picker: the sidebar's period is not used (nor cached on).
scope = ui.filters().but(start=FIRST_DAY, end=None)
days = store.query(petal_days, today=scope.day)
if not days:
    st.info(UI["flower_empty"], icon=":material/local_florist:")
    st.stop()
monthly = store.query(petals_over_time, days, scope)
deps = store.query(departments)


def month_name(day) -> str:
    """'marts 2018', or 'i dag (25. nov. 2026)' for the last day."""
    return UI["flower_today"].format(date=fmt_date(day)) if day == days[-1] else fmt_month(day)


def when(day) -> str:
    """'i dag (25. nov. 2026)' or 'i marts 2018'."""
    if day == days[-1]:
        return month_name(day)
    return UI["flower_in_month"].format(month=month_name(day))


shown = st.select_slider(
    UI["flower_month"],
    options=days,
    value=days[-1],
    format_func=month_name,
    key="flower_month",
    help=UI["flower_month_help"],
)
petals = on_day(monthly, shown)
counts = running_by_type(petals)
ui.tiles(
    {
        **{UI["flower_running"].format(type=TYPE_SHORT[t]): counts[t] for t in counts},
        UI["flower_total"]: len(petals),
    }
)
if busiest := busiest_day(monthly):
    st.caption(UI["flower_busiest"].format(month=fmt_month(busiest[0]), n=busiest[1]))


@st.cache_resource(max_entries=16, show_spinner=False)
def animated(version, scope, shown, _monthly, _days, _deps) -> tuple[str, go.Figure]:
    """The animation's grain and figure, built once per database version, scope and month (the
    data arguments follow from those, so they are not hashed) and shared without copying
    (st.plotly_chart does not change it); a write changes `version`."""
    grain, frame_days = animation_days(_monthly, _days)
    if grain is None:  # too many petals to play: the month shown only
        frames = _monthly[_monthly["day"].dt.date == shown]
        return grain, flower_figure(frames, [shown], shown, _deps, animated=False)
    frame_days = sorted({*frame_days, shown})
    frames = _monthly[_monthly["day"].dt.date.isin(frame_days)]
    return grain, flower_figure(frames, frame_days, shown, _deps)


drawing, listing = st.columns([2, 1])
with drawing:
    grain, figure = animated(store.version(), scope, shown, monthly, days, deps)
    if grain is None:
        st.caption(UI["flower_no_play"])
    elif grain != "month":
        st.caption(UI["flower_coarse"].format(grain=UI[f"flower_grain_{grain}"]))
    st.plotly_chart(figure, width="stretch", config={"displayModeBar": False})

shown_table = tables.danish_table(
    petal_list(petals, deps, FlowerText.SOCIETY),
    {"type": "network_type", "political_link": "political_link"},
)
with listing:
    st.subheader(UI["flower_list"].format(when=when(shown)))
    if petals.empty:
        st.info(UI["flower_no_networks"].format(when=when(shown)))
    else:
        # A new month or filter is a new list: a row picked in another list is not carried over.
        event = st.dataframe(
            shown_table,
            key=f"flower_list_{shown}_{scope.types}_{scope.departments}",
            on_select="rerun",
            selection_mode="single-row",
            hide_index=True,
            width="stretch",
            height=min(38 + 35 * len(shown_table), 600),
        )
        rows = [r for r in (event.selection.rows if event else []) if r < len(petals)]
        if rows:
            ui.open_network_button(petals["network_id"].iloc[rows[0]], key="flower_open")
        elif access.may_open("network"):
            st.caption(UI["flower_list_hint"])

row = st.container(horizontal=True)
slug = f"blomsten-{shown.isoformat()}"
tables.png_download(
    lambda: flower_figure(monthly, days, shown, deps, animated=False, height=1000),
    f"{slug}.png",
    "flower_png",
    (store.version(), shown, scope),
    help=UI["flower_png_help"],
    drawing=UI["flower_drawing_png"],
    container=row,
)
tables.download_row(shown_table, slug, "flower_table", container=row)
