"""The load page's what-if planner (DESIGN.md §5 `planned`): candidate networks typed into a
form, kept in the session only, and their load added to the database's — conflicts, who would
go over the threshold, the weekly totals with and without the plan. Nothing is written. Not a
page (leading underscore)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import load
from analytics.networks import chefforum, employees
from analytics.people import leader_pool, plan_leader_warnings
from charts.load import person_heatmap, plan_lines
from data import calendar
from data.calendar import half_year_bounds, next_half_year
from data.labels import PLACEHOLDERS, UI, fmt_number, fmt_people, fmt_week
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui


def show(
    start: dt.date,
    end: dt.date,
    weeks: list[pd.Timestamp],
    limit: float,
    departments: dict[str, str],
    today: dt.date,
) -> None:
    """The planner for the load window [start, end] (its Mondays `weeks`), the threshold `limit`
    in hours and the departments {id: name} whose placeholder participants may be counted."""
    limit_text = fmt_number(limit, 1)
    st.caption(UI["plan_intro"])
    staff = store.query(employees)
    person_names = dict(
        zip(staff["id"], staff["name"] + " (" + staff["department"] + ")", strict=True)
    )
    # NS3 (seed 002, 'Netværksledelse'): the free, qualified network leaders are offered first
    free = store.query(leader_pool, today, today=today).query("free")["person_id"]
    free_names = {p: f"{person_names[p]} · {UI['plan_free']}" for p in free}
    leader_names = free_names | {p: n for p, n in person_names.items() if p not in free_names}
    refs = store.query(chefforum)
    ref_names = dict(zip(refs["id"], refs["name"] + " (" + refs["department"] + ")", strict=True))
    candidates: list[dict] = st.session_state.setdefault("plan_candidates", [])
    first_monday = calendar.first_monday(half_year_bounds(next_half_year(today))[0])
    # Outside the form, so that typing narrows the lists of people in it (a form reruns only
    # when it is sent); what is picked stays on the lists.
    text = ui.search_field(len(person_names), key="plan_search")

    def options(key: str, labels: dict[str, str]) -> list[str]:
        picked = st.session_state.get(key) or []
        return ui.matches(labels, text, picked if isinstance(picked, list) else [picked])

    with st.form("plan_form", clear_on_submit=True, border=True):
        st.markdown(f"**{UI['plan_add']}**")
        c1, c2, c3 = st.columns([2, 1, 1])
        name = c1.text_input(
            UI["plan_name"], placeholder=UI["plan_name_placeholder"], key="plan_name"
        )
        network_type = ui.type_picker(key="plan_type", container=c2)
        start_date = c3.date_input(
            UI["plan_start"], value=first_monday, format="DD-MM-YYYY", key="plan_start"
        )
        c1, c2, c3 = st.columns(3)
        pick = {
            "format_func": lambda p: person_names.get(p, UI["plan_nobody"]),
            "placeholder": PLACEHOLDERS["person"],
        }
        leader = c1.selectbox(
            UI["plan_leader"],
            [None, *options("plan_leader", leader_names)],
            key="plan_leader",
            help=UI["plan_leader_help"],
            **pick | {"format_func": lambda p: leader_names.get(p, UI["plan_nobody"])},
        )
        co_driver = c2.selectbox(
            UI["plan_co_driver"],
            [None, *options("plan_co_driver", person_names)],
            key="plan_co_driver",
            **pick,
        )
        reference = c3.selectbox(
            UI["plan_reference"],
            [None, *ref_names],
            format_func=lambda p: ref_names.get(p, UI["plan_nobody"]),
            key="plan_reference",
            placeholder=PLACEHOLDERS["person"],
        )
        participants = st.multiselect(
            UI["plan_participants"],
            options("plan_participants", person_names),
            format_func=person_names.get,
            placeholder=UI["plan_pick_people"],
            key="plan_participants",
        )
        st.caption(UI["plan_counts"])
        count_cols = st.columns(4)
        counts = {
            d: count_cols[i % 4].number_input(departments[d], 0, 30, 0, key=f"plan_count_{d}")
            for i, d in enumerate(departments)
        }
        if st.form_submit_button(UI["plan_add_button"], icon=":material/add:", type="primary"):
            candidates.append(
                {
                    "name": name.strip() or None,
                    "type": network_type,
                    "start_date": start_date,
                    "leader": leader,
                    "co_driver": co_driver,
                    "reference": reference,
                    "participants": participants,
                    "counts": {d: n for d, n in counts.items() if n},
                }
            )
    if not candidates:
        st.info(UI["plan_empty"], icon=":material/edit_calendar:")
        return
    planned = load.plan_frames(candidates, departments)
    listed = load.plan_summary(planned)
    listed["leader_id"] = listed["leader_id"].map(person_names)
    picked = st.dataframe(
        tables.danish_table(listed.drop(columns="id"), {"type": "network_type"}),
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="multi-row",
        key="plan_table",
    )
    row = st.container(horizontal=True)
    chosen_rows = picked.selection.rows if picked else []
    if row.button(UI["plan_remove"], icon=":material/remove:", disabled=not chosen_rows):
        for i in sorted(chosen_rows, reverse=True):
            candidates.pop(i)
        st.rerun()
    if row.button(UI["plan_clear"], icon=":material/delete:"):
        candidates.clear()
        st.rerun()
    with st.spinner(UI["plan_computing"]):
        conflicts = store.query(load.plan_conflicts, planned)
        compared = store.query(load.plan_comparison, start, end, planned)
        totals = store.query(load.plan_weekly_totals, start, end, planned)
    conflicts = [*conflicts, *store.query(plan_leader_warnings, planned)]
    for message in conflicts:
        st.warning(message, icon=":material/warning:")
    going_over = compared[compared["goes_over"]]
    if going_over.empty and not conflicts:
        st.success(UI["plan_ok"].format(threshold=limit_text), icon=":material/check_circle:")
    elif not going_over.empty:
        st.error(
            UI["plan_over"].format(people=fmt_people(len(going_over)), threshold=limit_text),
            icon=":material/error:",
        )
    st.plotly_chart(plan_lines(totals, limit, UI["plan_chart"]), width="stretch")
    shown = tables.danish_table(
        compared.drop(columns=["person_id"]).assign(
            first_new_week_over=compared["first_new_week_over"].map(fmt_week),
            goes_over=compared["goes_over"].map({True: UI["yes"], False: UI["no"]}),
        )
    )
    tables.table(shown)
    tables.download_row(shown, "ressourcetraek-plan", "load_plan")
    plan_people = list(planned["role_assignment"]["person_id"].unique())
    grid = store.query(load.heatmap, start, end, planned=planned, top=500, person_ids=plan_people)
    if not grid.empty:
        st.plotly_chart(
            person_heatmap(grid, weeks, limit, UI["plan_heatmap"], today=today), width="stretch"
        )
