"""Ressourcetræk: who carries the network work, week by week — people, departments, overload,
the staff manager's view and a what-if planner (DESIGN.md §6 "Load", seed 002 'Forløb og
ressourcetræk')."""

import datetime as dt

import streamlit as st

from analytics import load
from analytics.networks import departments
from analytics.scope import FIRST_DAY
from charts.load import department_bars, person_heatmap, role_bars
from data.calendar import load_window
from data.labels import ENUM_LABELS, PLACEHOLDERS, UI, fmt_number, fmt_people, fmt_week
from pages import _planner as planner
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui

STAFF_TOP = 100  # people in the staff manager's heat map: rows a screen can show

ui.page_title("load")
st.caption(UI["load_intro"])
f = ui.filters()
today = f.day
limit = store.query(load.threshold)
limit_text = fmt_number(limit, 1)

with st.container(border=True):
    st.markdown(UI["load_assumptions"].format(threshold=limit_text))
    ui.link("data", UI["load_edit_assumptions"], ":material/tune:", writes=True)

# The page's own window: load is about now and the coming half-year, not the sidebar's years.
window = load_window(today)
left, right = st.columns([2, 3])
start, end = ui.date_window(
    UI["load_window"],
    window,
    if_empty=(today, window[1]),
    min_value=FIRST_DAY,  # Streamlit's default refuses days ten years back, in English
    max_value=dt.date(today.year + 2, 12, 31),
    key="load_window",
    help=UI["load_window_help"],
    container=left,
)
role_names = ENUM_LABELS["role"]
roles = right.multiselect(
    UI["load_roles"],
    list(role_names),
    default=list(role_names),
    format_func=role_names.get,
    key="load_roles",
    placeholder=PLACEHOLDERS["roles"],
)
# the period is the page's own (weeks): only the types and departments of the sidebar count
scope = {"scope": f.but(start=FIRST_DAY, end=None), "roles": roles}
if not roles or not f.types:
    st.info(UI["load_nothing_chosen"], icon=":material/filter_alt_off:")
    st.stop()
weeks = load.week_starts(start, end)

now = store.query(load.week_totals, today, **scope)
people = store.query(load.person_summary, start, end, **scope)  # one query: tiles and overload
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

all_deps = store.query(departments)
names = dict(zip(all_deps["id"], all_deps["name"], strict=True))
tab_people, tab_deps, tab_over, tab_staff, tab_plan = st.tabs(
    [
        UI["load_tab_people"],
        UI["load_tab_departments"],
        UI["load_tab_over"],
        UI["load_tab_staff"],
        UI["load_tab_plan"],
    ],
    key="load_tab",
    on_change="rerun",  # a tab computed only when opened
)

if tab_people.open:
    with tab_people:
        top = st.slider(UI["load_top"], 10, 100, 40, step=10, key="load_top")
        grid = store.query(load.heatmap, start, end, top=top, **scope)
        if grid.empty:
            st.info(UI["load_empty"])
        else:
            title = UI["load_heatmap"].format(n=grid["person_id"].nunique())
            st.plotly_chart(person_heatmap(grid, weeks, limit, title, today=today), width="stretch")
            st.caption(UI["load_heatmap_help"].format(threshold=limit_text))
            shown = tables.danish_table(grid[["name", "department", "week_start", "hours"]])
            tables.download_row(shown, "ressourcetraek-personer", "load_people")

if tab_deps.open:
    with tab_deps:
        deps = store.query(load.department_weeks, start, end, **scope)
        if deps.empty:
            st.info(UI["load_empty"])
        else:
            st.plotly_chart(
                department_bars(deps, UI["load_departments_chart"], today=today), width="stretch"
            )
            by_role = store.query(load.role_weeks, start, end, **scope)
            st.plotly_chart(
                role_bars(by_role, UI["load_roles_chart"], today=today), width="stretch"
            )
            shown = tables.danish_table(deps.drop(columns="department_id"))
            tables.download_row(shown, "ressourcetraek-afdelinger", "load_deps")

if tab_over.open:
    with tab_over:
        over = load.overloaded(people)
        if over.empty:
            st.success(
                UI["load_no_over"].format(threshold=limit_text), icon=":material/check_circle:"
            )
        else:
            st.caption(
                UI["load_over_intro"].format(people=fmt_people(len(over)), threshold=limit_text)
            )
            shown = tables.danish_table(
                over.drop(columns=["person_id", "weeks_with_load"]).assign(
                    peak_week=over["peak_week"].map(fmt_week),
                    first_week_over=over["first_week_over"].map(fmt_week),
                    last_week_over=over["last_week_over"].map(fmt_week),
                )
            )
            tables.table(shown)
            tables.download_row(shown, "ressourcetraek-overbelastning", "load_over")

if tab_staff.open:
    with tab_staff:
        st.caption(UI["load_staff_intro"])
        first = f.departments[0] if f.departments else next(iter(names))
        dep = st.selectbox(
            UI["load_staff_department"],
            list(names),
            index=list(names).index(first),
            format_func=names.get,
            key="load_staff_dep",
            placeholder=PLACEHOLDERS["department"],
        )
        own = {**scope, "scope": scope["scope"].but(departments=(dep,))}
        grid = store.query(load.heatmap, start, end, top=STAFF_TOP, **own)
        if grid.empty:
            st.info(UI["load_staff_empty"].format(department=names[dep]))
        else:
            title = UI["load_staff_heatmap"].format(department=names[dep])
            if grid["person_id"].nunique() == STAFF_TOP:  # cut: say which are shown
                title += UI["load_staff_top"].format(n=STAFF_TOP)
            st.plotly_chart(person_heatmap(grid, weeks, limit, title, today=today), width="stretch")
            rows = store.query(load.person_networks, start, end, **own)
            shown = tables.danish_table(
                rows.drop(columns=["person_id"]).assign(
                    first_week=rows["first_week"].map(fmt_week),
                    last_week=rows["last_week"].map(fmt_week),
                ),
                {"type": "network_type", "role": "role"},
            )
            tables.table(shown)
            tables.download_row(shown, f"ressourcetraek-{dep}", "load_staff")

if tab_plan.open:
    with tab_plan:
        planner.show(start, end, weeks, limit, names, today)
