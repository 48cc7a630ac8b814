"""UI pieces shared by every page: the connection, cached queries, the sidebar filters, tables
and download rows. Not a page (leading underscore)."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable

import pandas as pd
import streamlit as st

from analytics.scope import FIRST_DAY, Scope
from charts.style import SEVERITY_COLORS, TYPE_COLORS
from data import db
from data.demo import open_or_create
from data.export import table_csv, workbook
from data.labels import (
    COLUMN_LABELS,
    DEMO_BADGE,
    DEMO_HELP,
    ENUM_LABELS,
    RULE_LABELS,
    SEVERITY_LABELS,
    UI,
    fmt_date,
    fmt_half_year,
)


def _through_the_dashboard() -> None:
    """On a fresh server, Streamlit runs the first request for a page's URL (say /data) as the
    file pages/data.py itself (its multipage v1 mode, chosen because pages/ exists), before
    dashboard.py has declared the navigation: no sidebar, no filters, no Danish error page.
    Every page imports this module first, so switch that mode off and run again — through
    dashboard.py, whose st.navigation opens the page asked for (Streamlit 1.67's PagesManager)."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


_through_the_dashboard()


@st.cache_resource(show_spinner="Åbner databasen …")
def _connection(path: str):
    return open_or_create(path)


def database_path() -> str:
    return db.resolve_path()


def cursor():
    """A cursor on the process's one connection (DESIGN.md §3: one connection, cursor per run)."""
    return _connection(database_path()).cursor()


def database_problem() -> str | None:
    """None when the database opens; else what the user reads (Danish: which file, why, what to
    do). A locked or broken file is left untouched; the next page load tries again."""
    path = database_path()
    try:
        _connection(path)
    except Exception as exc:  # duckdb's IO/serialisation errors, a newer schema, a lock
        logging.getLogger("ns_dashboard").warning("Databasen %s kan ikke åbnes: %s", path, exc)
        return db.describe_open_error(exc, path)
    return None


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(name: str, path: str, args: tuple, kwargs: tuple):
    module, func = name.rsplit(".", 1)
    fn = getattr(importlib.import_module(module), func)
    return fn(cursor(), *args, **dict(kwargs))


def query(fn: Callable, *args, **kwargs):
    """Call an analytics/data function with a cursor, cached until the next write."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    return _cached(name, database_path(), args, tuple(sorted(kwargs.items())))


def clear_caches() -> None:
    """After every write: cached query results are stale."""
    _cached.clear()


# --- Sidebar: the shared filters -----------------------------------------------------------------
def sidebar(departments: pd.DataFrame, demo: bool) -> Scope:
    """The filters every page shares, kept in session state across pages."""
    today = dt.date.today()
    with st.sidebar:
        if demo:
            st.badge(DEMO_BADGE, icon=":material/science:", color="orange", help=DEMO_HELP)
        st.subheader(UI["filters"])
        period = st.date_input(
            UI["period"],
            value=(FIRST_DAY, today),
            min_value=FIRST_DAY,
            max_value=dt.date(today.year + 2, 12, 31),
            format="DD-MM-YYYY",
            key="flt_period",
            help=UI["period_help"],
        )
        types = st.multiselect(
            UI["types"],
            options=list(ENUM_LABELS["network_type"]),
            default=list(ENUM_LABELS["network_type"]),
            format_func=ENUM_LABELS["network_type"].get,
            key="flt_types",
        )
        names = dict(zip(departments["id"], departments["name"], strict=True))
        chosen = st.multiselect(
            UI["departments"],
            options=list(names),
            format_func=names.get,
            key="flt_departments",
            placeholder=UI["all_departments"],
        )
    start, end = (period + (period[0],))[:2] if len(period) else (FIRST_DAY, today)
    return Scope(start, end, tuple(types), tuple(chosen), today=today)


def filters() -> Scope:
    """The scope the sidebar picked (analytics.scope.Scope: period, types, departments, today)."""
    return st.session_state["filters"]


def facts(items: dict[str, str]) -> None:
    """A row of small label/value pairs (long Danish values do not fit st.metric). Values are
    trusted markdown/HTML built by the pages from labels, never raw user text."""
    for column, (label, value) in zip(st.columns(len(items)), items.items(), strict=True):
        column.caption(label)
        column.markdown(f"**{value}**", unsafe_allow_html=True)


def type_chip(network_type: str) -> str:
    """The network type's Danish name on its colour, the same colour as in every chart."""
    color = TYPE_COLORS.get(network_type, "#666")
    label = ENUM_LABELS["network_type"].get(network_type, network_type)
    return (
        f'<span style="background:{color};color:white;padding:2px 8px;'
        f'border-radius:10px">{label}</span>'
    )


# --- Tables and downloads ------------------------------------------------------------------------
def danish_table(frame: pd.DataFrame, enums: dict[str, str] | None = None) -> pd.DataFrame:
    """Enum codes as Danish labels, dates as '2. feb. 2015' (empty when missing), yes/no as
    'ja'/'nej' and Danish column headings, for showing and downloading."""
    shown = frame.copy()
    for column in shown.columns:
        if pd.api.types.is_datetime64_any_dtype(shown[column]):
            shown[column] = shown[column].map(fmt_date)
        elif pd.api.types.is_bool_dtype(shown[column]):
            shown[column] = shown[column].map({True: "ja", False: "nej"})
    for column, enum in (enums or {}).items():
        if column in shown:
            shown[column] = shown[column].map(lambda v, e=enum: ENUM_LABELS[e].get(v, v))
    return shown.rename(columns=lambda c: COLUMN_LABELS.get(c, c))


def table(frame: pd.DataFrame, *, height: int | None = None) -> None:
    """A read-only table with Danish date format, and decimals with at most two digits in the
    reader's own number format (a Danish browser shows 37,5)."""
    config = {}
    for c in frame.columns:
        if pd.api.types.is_float_dtype(frame[c]):
            frame = frame.assign(**{c: frame[c].round(2)})
            config[c] = st.column_config.NumberColumn(c, format="localized")
        if pd.api.types.is_datetime64_any_dtype(frame[c]):
            has_time = (frame[c].dropna().dt.normalize() != frame[c].dropna()).any()
            config[c] = (
                st.column_config.DatetimeColumn(c, format="DD-MM-YYYY HH:mm")
                if has_time
                else st.column_config.DateColumn(c, format="DD-MM-YYYY")
            )
    st.dataframe(
        frame, hide_index=True, width="stretch", column_config=config, height=height or "auto"
    )


def download_button(
    label: str,
    data: Callable[[], bytes],
    file_name: str,
    key: str,
    mime: str | None = None,
    icon: str = ":material/download:",
    container=None,
) -> None:
    """Every download of the product: the file is built when clicked (`data` is called then),
    from builders that escape formulas (data.export: `table_csv`, `workbook`, the exports)."""
    (container or st).download_button(
        label, data, file_name=file_name, mime=mime, key=key, icon=icon, on_click="ignore"
    )


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def download_row(frame: pd.DataFrame, filename: str, key: str) -> None:
    """CSV and Excel downloads of exactly the table shown, formula-safe, built when clicked."""
    row = st.container(horizontal=True)
    download_button(
        UI["download_csv"],
        lambda: table_csv(frame),
        f"{filename}.csv",
        f"{key}_csv",
        "text/csv",
        container=row,
    )
    download_button(
        UI["download_xlsx"],
        lambda: workbook({filename[:31]: frame}),
        f"{filename}.xlsx",
        f"{key}_xlsx",
        XLSX_MIME,
        container=row,
    )


def tiles(items: dict[str, str | int | tuple[str, str]]) -> None:
    """A row of KPI tiles (short values only; long Danish text goes in `facts`). A value may be
    (value, note): the note is shown small under the value, without an arrow or colour."""
    for column, (label, value) in zip(st.columns(len(items)), items.items(), strict=True):
        value, note = value if isinstance(value, tuple) else (value, None)
        column.metric(label, value, delta=note, delta_color="off", delta_arrow="off", border=True)


def findings_table(findings: pd.DataFrame, *, key: str, link: bool = True) -> None:
    """Rule findings with the severity as a coloured cell, the finding's fact in one line and
    the NS3 reason beside it. Selecting a row shows the whole message and, when `link`, a button
    to the network's profile. `findings` from analytics.portfolio.rule_findings."""
    fact, _, reason = findings["message"].str.partition("; ").T.to_numpy()
    shown = pd.DataFrame(
        {
            "severity": findings["severity"].map(SEVERITY_LABELS),
            "network_id": findings["network_id"].fillna(""),
            "period": [
                fmt_half_year(p) if "H" in p else fmt_date(d)
                for p, d in zip(findings["period"], findings["day"], strict=True)
            ],
            "message": fact,
            "ns3": [r[:1].upper() + r[1:] for r in reason],
            "rule": findings["rule"].map(RULE_LABELS),
        }
    ).rename(columns=lambda c: COLUMN_LABELS.get(c, c))
    colors = dict(zip(SEVERITY_LABELS.values(), SEVERITY_COLORS.values(), strict=True))
    styled = shown.style.map(
        lambda v: f"background-color: {colors.get(v, 'white')}",
        subset=[COLUMN_LABELS["severity"]],
    )
    config = {
        COLUMN_LABELS["severity"]: st.column_config.TextColumn(width=120),
        COLUMN_LABELS["network_id"]: st.column_config.TextColumn(width="small"),
        COLUMN_LABELS["period"]: st.column_config.TextColumn(width=110),
        COLUMN_LABELS["message"]: st.column_config.TextColumn(width=700),
    }
    event = st.dataframe(
        styled,
        key=key,
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        column_config=config,
        height=min(38 + 35 * len(shown), 420),
    )
    rows = event.selection.rows if event else []
    if not rows:
        st.caption(UI["finding_hint_link"] if link else UI["finding_hint"])
    else:
        chosen = findings.iloc[rows[0]]
        box = st.container(border=True)
        box.markdown(f"**{RULE_LABELS[chosen['rule']]}** · {SEVERITY_LABELS[chosen['severity']]}")
        box.write(chosen["message"])
        if link and isinstance(chosen["network_id"], str):
            if box.button(
                UI["open_network"].format(id=chosen["network_id"]),
                icon=":material/open_in_new:",
                key=f"{key}_open",
            ):
                st.switch_page("pages/network.py", query_params={"network": chosen["network_id"]})
    download_row(shown, "regeltjek", f"{key}_dl")
