"""Løsninger: what the networks handed to the base organisation and what became of it — the
funnel, the solutions on the shelf and the time to implementation."""

import streamlit as st

from analytics.solutions import (
    closed_networks_with_implementation,
    funnel,
    implementation_summary,
    shelf_by_department,
    shelf_now,
    solution_list,
    status_counts,
)
from charts.solutions import funnel_chart, implementation_box, shelf_bars, status_bars
from data.labels import ALL_TYPES, ENUM_LABELS, SHELF_REASONS, UI, fmt_number
from data.settings import read_settings
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui

ui.page_title("solutions")
st.caption(UI["solutions_intro"])

f = ui.filters()
solutions = store.query(solution_list, f)
shelf = store.query(shelf_now, f)
summary = implementation_summary(solutions)
closed = store.query(closed_networks_with_implementation, f)
share = closed.set_index("type").loc["all", "share"]
counts = status_counts(solutions)
stages = funnel(solutions).set_index("stage")["solutions"]
ui.tiles(
    {
        UI["kpi_handed_over"]: int(stages["handed_over"]),
        UI["kpi_implemented"]: int(stages["implemented"]),
        UI["kpi_on_shelf"]: len(shelf),
        UI["kpi_median_days"]: fmt_number(summary["median_days"]) or "–",
        UI["kpi_closed_share"]: f"{fmt_number(100 * share)} %" if share == share else "–",
    }
)

if solutions.empty:
    st.info(UI["no_solutions"], icon=":material/filter_alt_off:")
else:
    left, right = st.columns(2)
    with left:
        st.plotly_chart(funnel_chart(funnel(solutions), UI["funnel_chart"]), width="stretch")
    with right:
        st.plotly_chart(status_bars(counts, UI["status_chart"]), width="stretch")

shelf_days = store.query(read_settings).shelf_days
st.subheader(UI["shelf"])
st.caption(UI["shelf_intro"].format(days=shelf_days))
if shelf.empty:
    st.success(UI["no_shelf"], icon=":material/check_circle:")
else:
    left, right = st.columns([3, 2])
    with left:
        reasons = {k: v.format(days=shelf_days) for k, v in SHELF_REASONS.items()}
        shown = tables.danish_table(
            shelf.assign(reason=shelf["reason"].map(reasons))[
                [
                    "id",
                    "title",
                    "network_id",
                    "department",
                    "handed_over_on",
                    "days_since_handover",
                    "reason",
                ]
            ]
        )
        tables.table(shown)
        tables.download_row(shown, "loesninger-paa-hylden", "shelf")
    with right:
        chart = shelf_bars(shelf_by_department(shelf), UI["shelf_chart"])
        st.plotly_chart(chart, width="stretch")

st.subheader(UI["implementation"])
left, right = st.columns([3, 2])
with left:
    st.plotly_chart(implementation_box(solutions, UI["implementation_chart"]), width="stretch")
with right:
    st.markdown(f"**{UI['closed_table']}**")
    shown = closed.assign(
        type=closed["type"].map({**ENUM_LABELS["network_type"], "all": ALL_TYPES}),
        share=(100 * closed["share"]).round(0).astype("Int64"),
    )
    tables.table(tables.danish_table(shown.rename(columns={"share": "share_pct"})))
with st.expander(UI["all_solutions"]):
    shown = tables.danish_table(
        solutions[
            [
                "id",
                "title",
                "network_id",
                "type",
                "department",
                "handed_over_on",
                "status",
                "status_on",
                "days_to_implementation",
            ]
        ],
        {"type": "network_type", "status": "solution_status"},
    )
    tables.table(shown)
    tables.download_row(shown, "loesninger", "solutions")
