"""Netværksledere: the pool of network leaders NS3 asks the secretariat to grow (seed 002,
'Netværksledelse', 'Co-driver', 'Kompetenceudvikling') — who could lead a network starting on a
day, the pool over time, co-driver → leader paths, the trainings against NS3's rhythm, and
leaders who led again soon after a network ended. Each person opens the networks they had a
role in."""

import streamlit as st

from analytics.people import (
    COHORT_SIZE,
    TRAINING_EVERY_MONTHS,
    candidates,
    co_driver_paths,
    leader_pool,
    next_training,
    path_summary,
    person_networks,
    pool_over_time,
    repeat_leaders,
    training_cohorts,
)
from charts.leaders import cohort_bars, pool_lines
from data.calendar import GRAINS, add_months
from data.labels import (
    ENUM_LABELS,
    UI,
    LeaderMsg,
    fmt_date,
    fmt_decimal,
    fmt_number,
)
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui

ui.page_title("leaders")
st.caption(UI["leaders_intro"])
today = ui.filters().day

pool = store.query(leader_pool, today, today=today)
paths = store.query(co_driver_paths, today=today)
summary = path_summary(paths)
ui.tiles(
    {
        UI["kpi_pool"]: len(pool),
        UI["kpi_qualified"]: int(pool["qualified"].sum()),
        UI["kpi_free"]: int(pool["free"].sum()),
        UI["kpi_leading"]: int(pool["leading"].sum()),
        UI["kpi_paths"]: f"{summary['later_led']} / {summary['co_drivers']}",
    },
    helps={UI["kpi_pool"]: UI["kpi_pool_help"], UI["kpi_free"]: UI["kpi_free_help"]},
)


def person_panel(person_id: str, name: str, key: str) -> None:
    """The networks a person had a role in, leader roles first, each one openable."""
    held = store.query(person_networks, person_id)
    if held.empty:
        st.info(UI["person_none"].format(name=name), icon=":material/person:")
        return
    st.markdown(f"**{UI['person_networks'].format(name=name)}**")
    shown = tables.danish_table(
        held.drop(columns=["network_id"]).rename(columns={"network": "name"}),
        {"type": "network_type", "role": "role"},
    )
    row = tables.table(shown, key=f"{key}_networks_{person_id}")
    chosen = held["network_id"].iloc[row or 0]
    ui.open_network_button(chosen, key=f"{key}_open_{person_id}")


def pickable(frame, shown, key: str) -> int | None:
    """A table whose one selected row picks a person (the row's position in `frame`)."""
    row = tables.table(shown, key=key, height=min(38 + 35 * len(shown), 420))
    if row is None:
        st.caption(UI["pick_person_hint"])
    return row


tab_who, tab_pool, tab_paths, tab_cohorts, tab_again = st.tabs(
    [UI["tab_candidates"], UI["tab_pool"], UI["tab_paths"], UI["tab_cohorts"], UI["tab_again"]],
    key="leaders_tab",
    on_change="rerun",
)

if tab_who.open:
    with tab_who:
        st.caption(UI["candidates_intro"])
        left, right, _ = st.columns([1, 1, 2])
        starts = left.date_input(
            UI["candidates_start"],
            value=add_months(today, 1),
            format="DD-MM-YYYY",
            key="leaders_start",
        )
        network_type = ui.type_picker(key="leaders_type", container=right)
        found = store.query(candidates, starts, network_type, today=today)
        type_name = ENUM_LABELS["network_type"][network_type].lower()
        fits = int(found["fits"].sum())
        if fits:
            st.success(
                UI["candidates_count"].format(
                    fits=fits, pool=len(found), type=type_name, day=fmt_date(starts)
                ),
                icon=":material/how_to_reg:",
            )
        else:
            st.warning(
                UI["candidates_none"].format(type=type_name, day=fmt_date(starts)),
                icon=":material/person_off:",
            )
        if not st.toggle(UI["candidates_all"], key="leaders_all"):
            found = found[found["fits"]].reset_index(drop=True)
        shown = tables.danish_table(found.drop(columns=["person_id"]))
        row = pickable(found, shown, f"leaders_candidates_{starts}_{network_type}")
        tables.download_row(shown, f"kandidater-{network_type}-{starts.isoformat()}", "cands")
        if row is not None:
            person_panel(found["person_id"].iloc[row], found["name"].iloc[row], "cand")

if tab_pool.open:
    with tab_pool:
        st.caption(UI["pool_intro"])
        grain = (
            st.segmented_control(
                UI["pool_grain"],
                list(GRAINS),
                default="half_year",
                format_func=ENUM_LABELS["grain"].get,
                key="leaders_grain",
            )
            or "half_year"
        )
        over_time = store.query(pool_over_time, grain=grain, today=today)
        st.plotly_chart(pool_lines(over_time, UI["pool_chart"]), width="stretch")
        shown = tables.danish_table(over_time.drop(columns=["period_start"]))
        tables.table(shown, height=300)
        tables.download_row(shown, f"puljen-{grain}", "pool")

if tab_paths.open:
    with tab_paths:
        st.caption(UI["paths_intro"])
        if paths.empty:
            st.info(UI["paths_none"], icon=":material/route:")
        else:
            if summary["later_led"]:
                st.markdown(
                    LeaderMsg.paths.format(
                        led=summary["later_led"],
                        co_drivers=summary["co_drivers"],
                        share=f"{fmt_number(100 * summary['share'])} %",
                        months=fmt_decimal(summary["median_months"], 1),
                    )
                )
            else:
                st.markdown(LeaderMsg.paths_none_led.format(co_drivers=summary["co_drivers"]))
            shown = tables.danish_table(paths.drop(columns=["person_id"]))
            row = pickable(paths, shown, "leaders_paths")
            tables.download_row(shown, "co-driver-til-leder", "paths")
            if row is not None:
                person_panel(paths["person_id"].iloc[row], paths["name"].iloc[row], "path")

if tab_cohorts.open:
    with tab_cohorts:
        st.caption(UI["cohorts_intro"])
        c1, c2, c3, _ = st.columns([1, 1, 1, 2])
        every = c1.number_input(
            UI["cohorts_every"], 1, 60, TRAINING_EVERY_MONTHS, key="leaders_every"
        )
        low = c2.number_input(UI["cohorts_min"], 1, 100, COHORT_SIZE[0], key="leaders_low")
        high = c3.number_input(
            UI["cohorts_max"], int(low), 100, max(COHORT_SIZE[1], int(low)), key="leaders_high"
        )
        cohorts = store.query(training_cohorts, every_months=every, size=(low, high), today=today)
        if cohorts.empty:
            st.info(UI["cohorts_none"], icon=":material/school:")
        else:
            st.plotly_chart(cohort_bars(cohorts, (low, high), UI["cohorts_chart"]), width="stretch")
            st.markdown(LeaderMsg.next_training.format(day=fmt_date(next_training(cohorts, every))))
            shown = tables.danish_table(cohorts)
            tables.table(shown)
            tables.download_row(shown, "co-driver-hold", "cohorts")

if tab_again.open:
    with tab_again:
        st.caption(UI["again_intro"])
        within = st.slider(UI["again_within"], 1, 24, 6, key="leaders_within")
        again = store.query(repeat_leaders, within_months=within, today=today)
        if again.empty:
            st.info(UI["again_none"].format(months=within), icon=":material/event_repeat:")
        else:
            shown = tables.danish_table(again.drop(columns=["person_id"]))
            row = pickable(again, shown, f"leaders_again_{within}")
            tables.download_row(shown, f"ledere-igen-{within}-mdr", "again")
            if row is not None:
                person_panel(again["person_id"].iloc[row], again["name"].iloc[row], "again")
