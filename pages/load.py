"""Ressourcetræk: who carries the network work, week by week — people, departments, overload,
the staff manager's view and a what-if planner (DESIGN.md §6 "Load", seed 002 'Forløb og
ressourcetræk')."""

import datetime as dt

import pandas as pd
import streamlit as st

from analytics import load
from analytics.networks import chefforum, departments, employees
from charts.load import department_bars, person_heatmap, plan_lines, role_bars
from data.calendar import half_year_bounds, next_half_year
from data.labels import ENUM_LABELS, UI, fmt_number, fmt_people, fmt_week
from pages import _components as ui

st.title("Ressourcetræk")
st.caption(UI["load_intro"])
today = dt.date.today()
f = ui.filters()
limit = ui.query(load.threshold)
limit_text = fmt_number(limit, 1)

with st.container(border=True):
    st.markdown(UI["load_assumptions"].format(threshold=limit_text))
    st.page_link("pages/data.py", label=UI["load_edit_assumptions"], icon=":material/tune:")

# The page's own window: load is about now and the coming half-year, not the sidebar's years.
default_end = half_year_bounds(next_half_year(today))[1]
left, right = st.columns([2, 3])
window = left.date_input(
    UI["load_window"],
    value=(load.monday(today) - dt.timedelta(weeks=12), default_end),
    format="DD-MM-YYYY",
    key="load_window",
    help=UI["load_window_help"],
)
start, end = (window + (window[0],))[:2] if len(window) else (today, default_end)
role_names = ENUM_LABELS["role"]
roles = right.multiselect(
    UI["load_roles"],
    list(role_names),
    default=list(role_names),
    format_func=role_names.get,
    key="load_roles",
)
scope = {"scope": f, "roles": roles}
if not roles or not f.types:
    st.info(UI["load_nothing_chosen"], icon=":material/filter_alt_off:")
    st.stop()
weeks = list(pd.date_range(load.monday(start), load.monday(end), freq="7D"))

now = ui.query(load.week_totals, today, **scope)
people = ui.query(load.person_summary, start, end, **scope)  # one query: tiles and overload
period = load.period_totals(people)
ui.tiles(
    {
        UI["load_now_people"]: now["people"],
        UI["load_now_over"]: now["over"],
        UI["load_now_fte"]: fmt_number(now["fte"], 1),
        UI["load_period_over"]: period["over"],
        UI["load_period_peak"]: f"{fmt_number(period['peak'], 1)} t",
    }
)

tab_people, tab_deps, tab_over, tab_staff, tab_plan = st.tabs(
    [
        UI["load_tab_people"],
        UI["load_tab_departments"],
        UI["load_tab_over"],
        UI["load_tab_staff"],
        UI["load_tab_plan"],
    ]
)

with tab_people:
    top = st.slider(UI["load_top"], 10, 100, 40, step=10, key="load_top")
    grid = ui.query(load.heatmap, start, end, top=top, **scope)
    if grid.empty:
        st.info(UI["load_empty"])
    else:
        title = UI["load_heatmap"].format(n=grid["person_id"].nunique())
        st.plotly_chart(person_heatmap(grid, weeks, limit, title, today=today), width="stretch")
        st.caption(UI["load_heatmap_help"].format(threshold=limit_text))
        shown = ui.danish_table(grid[["name", "department", "week_start", "hours"]])
        ui.download_row(shown, "ressourcetraek-personer", "load_people")

with tab_deps:
    deps = ui.query(load.department_weeks, start, end, **scope)
    if deps.empty:
        st.info(UI["load_empty"])
    else:
        st.plotly_chart(
            department_bars(deps, UI["load_departments_chart"], today=today), width="stretch"
        )
        by_role = ui.query(load.role_weeks, start, end, **scope)
        st.plotly_chart(role_bars(by_role, UI["load_roles_chart"], today=today), width="stretch")
        shown = ui.danish_table(deps.drop(columns="department_id"))
        ui.download_row(shown, "ressourcetraek-afdelinger", "load_deps")

with tab_over:
    over = load.overloaded(people)
    if over.empty:
        st.success(UI["load_no_over"].format(threshold=limit_text), icon=":material/check_circle:")
    else:
        st.caption(UI["load_over_intro"].format(people=fmt_people(len(over)), threshold=limit_text))
        shown = ui.danish_table(
            over.drop(columns=["person_id", "weeks_with_load"]).assign(
                peak_week=over["peak_week"].map(fmt_week),
                first_week_over=over["first_week_over"].map(fmt_week),
                last_week_over=over["last_week_over"].map(fmt_week),
            )
        )
        ui.table(shown)
        ui.download_row(shown, "ressourcetraek-overbelastning", "load_over")

with tab_staff:
    st.caption(UI["load_staff_intro"])
    all_deps = ui.query(departments)
    names = dict(zip(all_deps["id"], all_deps["name"], strict=True))
    first = f.departments[0] if f.departments else next(iter(names))
    dep = st.selectbox(
        UI["load_staff_department"],
        list(names),
        index=list(names).index(first),
        format_func=names.get,
        key="load_staff_dep",
    )
    own = {**scope, "scope": f.but(departments=(dep,))}
    grid = ui.query(load.heatmap, start, end, top=500, **own)
    if grid.empty:
        st.info(UI["load_staff_empty"].format(department=names[dep]))
    else:
        title = UI["load_staff_heatmap"].format(department=names[dep])
        st.plotly_chart(person_heatmap(grid, weeks, limit, title, today=today), width="stretch")
        rows = ui.query(load.person_networks, start, end, **own)
        shown = ui.danish_table(
            rows.drop(columns=["person_id"]).assign(
                first_week=rows["first_week"].map(fmt_week),
                last_week=rows["last_week"].map(fmt_week),
            ),
            {"type": "network_type", "role": "role"},
        )
        ui.table(shown)
        ui.download_row(shown, f"ressourcetraek-{dep}", "load_staff")

with tab_plan:
    st.caption(UI["plan_intro"])
    staff = ui.query(employees)
    person_names = dict(
        zip(staff["id"], staff["name"] + " (" + staff["department"] + ")", strict=True)
    )
    leaders_pick = [None, *person_names]
    refs = ui.query(chefforum)
    ref_names = dict(zip(refs["id"], refs["name"] + " (" + refs["department"] + ")", strict=True))
    candidates: list[dict] = st.session_state.setdefault("plan_candidates", [])
    first_monday = load.monday(half_year_bounds(next_half_year(today))[0] + dt.timedelta(days=6))
    with st.form("plan_form", clear_on_submit=True, border=True):
        st.markdown(f"**{UI['plan_add']}**")
        c1, c2, c3 = st.columns([2, 1, 1])
        name = c1.text_input(
            UI["plan_name"], placeholder=UI["plan_name_placeholder"], key="plan_name"
        )
        types = ENUM_LABELS["network_type"]
        network_type = c2.selectbox(
            UI["type"], list(types), format_func=types.get, index=1, key="plan_type"
        )
        start_date = c3.date_input(
            UI["plan_start"], value=first_monday, format="DD-MM-YYYY", key="plan_start"
        )
        c1, c2, c3 = st.columns(3)
        pick = {"format_func": lambda p: person_names.get(p, UI["plan_nobody"])}
        leader = c1.selectbox(UI["plan_leader"], leaders_pick, key="plan_leader", **pick)
        co_driver = c2.selectbox(UI["plan_co_driver"], leaders_pick, key="plan_co_driver", **pick)
        reference = c3.selectbox(
            UI["plan_reference"],
            [None, *ref_names],
            format_func=lambda p: ref_names.get(p, UI["plan_nobody"]),
            key="plan_reference",
        )
        participants = st.multiselect(
            UI["plan_participants"],
            list(person_names),
            format_func=person_names.get,
            placeholder=UI["plan_pick_people"],
            key="plan_participants",
        )
        st.caption(UI["plan_counts"])
        count_cols = st.columns(4)
        counts = {
            d: count_cols[i % 4].number_input(names[d], 0, 30, 0, key=f"plan_count_{d}")
            for i, d in enumerate(names)
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
        st.stop()
    planned = load.plan_frames(candidates, names)
    listed = load.plan_summary(planned)
    listed["leader_id"] = listed["leader_id"].map(person_names)
    picked = st.dataframe(
        ui.danish_table(listed.drop(columns="id"), {"type": "network_type"}),
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
        conflicts = ui.query(load.plan_conflicts, planned)
        compared = ui.query(load.plan_comparison, start, end, planned)
        totals = ui.query(load.plan_weekly_totals, start, end, planned)
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
    shown = ui.danish_table(
        compared.drop(columns=["person_id"]).assign(
            first_new_week_over=compared["first_new_week_over"].map(fmt_week),
            goes_over=compared["goes_over"].map({True: UI["yes"], False: UI["no"]}),
        )
    )
    ui.table(shown)
    ui.download_row(shown, "ressourcetraek-plan", "load_plan")
    plan_people = list(planned["role_assignment"]["person_id"].unique())
    grid = ui.query(load.heatmap, start, end, planned=planned, top=500, person_ids=plan_people)
    if not grid.empty:
        st.plotly_chart(
            person_heatmap(grid, weeks, limit, UI["plan_heatmap"], today=today), width="stretch"
        )
