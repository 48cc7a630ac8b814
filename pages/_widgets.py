"""Widgets more than one page draws: the page title, the sidebar's shared filters, a date window,
the network picker, KPI tiles, facts and the network type's chip. Not a page (leading
underscore)."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pandas as pd
import streamlit as st

from analytics.networks import network_profile
from analytics.scope import FIRST_DAY, Scope
from charts.style import TYPE_COLORS
from data.labels import (
    DEMO_BADGE,
    DEMO_HELP,
    ENUM_LABELS,
    PLACEHOLDERS,
    SCOPE_NOTES,
    UI,
    fmt_number,
)
from pages import _access as access
from pages._registry import FILTERS, PAGES, Page
from pages._store import query


def page_title(key: str) -> None:
    """The page's heading: its title in the registry (data.labels PAGE_TITLES)."""
    st.title(PAGES[key].title)


# --- Sidebar: the shared filters -----------------------------------------------------------------
def date_window(
    label: str,
    value: tuple[dt.date, dt.date],
    *,
    key: str,
    if_empty: tuple[dt.date, dt.date] | None = None,
    help: str | None = None,
    min_value: dt.date | None = None,
    max_value: dt.date | None = None,
    container=None,
    disabled: bool = False,
) -> tuple[dt.date, dt.date]:
    """A from–to date picker (Danish day order) that always gives two days: while only the first
    day is picked, the window is that one day; with nothing picked, `if_empty` (or `value`)."""
    picked = (container or st).date_input(
        label,
        value=value,
        min_value=min_value,
        max_value=max_value,
        format="DD-MM-YYYY",
        key=key,
        help=help,
        disabled=disabled,
    )
    if not len(picked):
        return if_empty or value
    return (picked + (picked[0],))[:2]


def sidebar(departments: pd.DataFrame, demo: bool, page: Page | None = None) -> Scope:
    """The filters every page shares, kept in session state across pages. A filter `page` does
    not use is greyed out, and a note under the filters says why (data.labels SCOPE_NOTES)."""
    today = dt.date.today()
    uses = page.filters if page else FILTERS
    with st.sidebar:
        if demo:
            st.badge(DEMO_BADGE, icon=":material/science:", color="orange", help=DEMO_HELP)
        st.subheader(UI["filters"])
        start, end = date_window(
            UI["period"],
            (FIRST_DAY, today),
            min_value=FIRST_DAY,
            max_value=dt.date(today.year + 2, 12, 31),
            key="flt_period",
            help=UI["period_help"],
            disabled="period" not in uses,
        )
        types = st.multiselect(
            UI["types"],
            options=list(ENUM_LABELS["network_type"]),
            default=list(ENUM_LABELS["network_type"]),
            format_func=ENUM_LABELS["network_type"].get,
            key="flt_types",
            placeholder=PLACEHOLDERS["types"],
            disabled="types" not in uses,
        )
        names = dict(zip(departments["id"], departments["name"], strict=True))
        chosen = st.multiselect(
            UI["departments"],
            options=list(names),
            format_func=names.get,
            key="flt_departments",
            placeholder=UI["all_departments"],
            disabled="departments" not in uses,
        )
        if page and (note := SCOPE_NOTES.get(page.key)):
            st.caption(f":material/info: {note}")
    return Scope(start, end, tuple(types), tuple(chosen), today=today)


def filters() -> Scope:
    """The scope the sidebar picked (analytics.scope.Scope: period, types, departments, today)."""
    return st.session_state["filters"]


# --- Pickers -------------------------------------------------------------------------------------
def type_picker(*, key: str, container=None) -> str:
    """One network type, in Danish, welfare first chosen (the most common type in NS3)."""
    types = ENUM_LABELS["network_type"]
    return (container or st).selectbox(
        UI["type"],
        list(types),
        format_func=types.get,
        index=1,
        key=key,
        placeholder=PLACEHOLDERS["one"],
    )


SHOWN_OPTIONS = 300  # a picker lists at most this many; beyond, a search narrows the list


def matches(labels: dict[str, str], text: str, keep=()) -> list[str]:
    """The ids whose label holds `text` (any case), at most SHOWN_OPTIONS, in the given order;
    the ids in `keep` (what is chosen already) first, so a narrower search never unpicks."""
    kept = [k for k in keep if k in labels]
    if len(labels) <= SHOWN_OPTIONS:
        return kept + [k for k in labels if k not in kept]
    found = pd.Series(labels)
    if text.strip():
        found = found[found.str.contains(text.strip(), case=False, regex=False)]
    found = found[~found.index.isin(kept)]
    return kept + list(found.index[: SHOWN_OPTIONS - len(kept)])


def search_field(count: int, *, key: str, container=None) -> str:
    """The search of a long list (more than SHOWN_OPTIONS): the text typed, '' when none is
    needed. Streamlit sends a list's every option to the browser (a megabyte for 28,000 people);
    a search sends the matches only."""
    if count <= SHOWN_OPTIONS:
        return ""
    return (container or st).text_input(
        UI["search"],
        key=key,
        placeholder=UI["search_placeholder"],
        help=UI["search_help"].format(n=fmt_number(count), shown=SHOWN_OPTIONS),
    )


def network_picker(networks: pd.DataFrame, *, key: str = "network_pick") -> str:
    """Pick one of `networks` (id, label: analytics.networks.network_list), with a search when
    they are many. A link's ?network=ID opens that network once (the parameter is then taken
    off the address), also when the filters leave it out, since it was asked for; an id that
    does not exist is said."""
    labels = dict(zip(networks["id"], networks["label"], strict=True))
    linked = st.query_params.pop("network", None)
    if linked:
        profile = query(network_profile, linked)
        if profile is None:
            st.warning(UI["unknown_network"].format(id=linked))
        else:
            if linked not in labels:  # outside the filters: shown anyway, since it was asked for
                labels = {linked: profile["label"], **labels}
            st.session_state[key] = linked
    if st.session_state.get(key) not in labels:
        st.session_state.pop(key, None)
    left, right = st.columns([1, 2]) if len(labels) > SHOWN_OPTIONS else (None, st)
    text = search_field(len(labels), key=f"{key}_search", container=left)
    chosen = st.session_state.get(key)
    return right.selectbox(
        UI["pick_network"],
        matches(labels, text, [chosen] if chosen else ()),
        format_func=labels.get,
        key=key,
        placeholder=PLACEHOLDERS["network"],
    )


PAGE_SIZE = 40  # rows of a chart that lists networks: as many as a screen can label


def pager(count: int, *, key: str, size: int = PAGE_SIZE, container=None) -> slice:
    """The rows of page n of `count` (size a page), with a page number when there is more than
    one page and a caption saying which rows are shown ("41–80 af 1.410"). A page number past
    the last (the list got shorter) becomes the last."""
    pages = max(1, -(-count // size))
    if pages == 1:
        return slice(0, count)
    target = container or st
    if st.session_state.get(key, 1) > pages:
        st.session_state[key] = pages
    page = target.number_input(UI["page"], 1, pages, step=1, key=key, help=UI["page_help"])
    first = (int(page) - 1) * size
    last = min(count, first + size)
    target.caption(
        UI["page_caption"].format(
            first=fmt_number(first + 1), last=fmt_number(last), n=fmt_number(count), pages=pages
        )
    )
    return slice(first, last)


_MARKDOWN = r"[\\`*_\[\]<>#~|$]"  # what markdown would read as markup


def link(
    key: str,
    label: str,
    icon: str,
    *,
    query_params: dict | None = None,
    writes: bool = False,
    plain: str | None = None,
) -> None:
    """A link to the page `key`, when this session's role may open it (and, for a link to a
    change — `writes` — may change data: pages._access). Otherwise nothing, or the text
    `plain` (an alert the direction reads, without the page that explains it)."""
    if access.may_open(key) and (access.may_write() or not writes):
        st.page_link(PAGES[key].path, label=label, icon=icon, query_params=query_params)
    elif plain:  # the text as written (a network's name may hold * or [ ]), not as markdown
        st.markdown(icon + " " + re.sub(_MARKDOWN, r"\\\g<0>", plain))


def open_network_button(network_id: str, *, key: str, container=None) -> None:
    """A button that opens the network's profile (the Netværk page, ?network=ID), for the roles
    that may open it."""
    if not access.may_open("network"):
        return
    if (container or st).button(
        UI["open_network"].format(id=network_id), icon=":material/open_in_new:", key=key
    ):
        st.switch_page(PAGES["network"].path, query_params={"network": network_id})


# --- Figures in a row ----------------------------------------------------------------------------
def tiles(
    items: dict[str, str | int | tuple],
    helps: dict[str, str] | None = None,
    lines: dict[str, list[float]] | None = None,
) -> None:
    """A row of KPI tiles (short values only; long Danish text goes in `facts`). A value may be
    (value, note) or (value, note, colour): the note is shown small under the value, without an
    arrow, grey or in the colour given ('green' for inside NS3, 'red' for outside). `helps`:
    a tooltip per label; `lines`: a small line of the values behind a tile (its history). A
    whole number is written the Danish way (14.539)."""
    for column, (label, value) in zip(st.columns(len(items)), items.items(), strict=True):
        value, note, color = (*value, None)[:3] if isinstance(value, tuple) else (value, None, None)
        if isinstance(value, int | np.integer) and not isinstance(value, bool):
            value = fmt_number(value)  # 14.539, as every number the dashboard writes
        column.metric(
            label,
            value,
            delta=note,
            delta_color=color or "off",
            delta_arrow="off",
            border=True,
            help=(helps or {}).get(label),
            chart_data=(lines or {}).get(label),
            chart_type="line",
        )


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


# --- A countdown that runs in the browser --------------------------------------------------------
_TIMER = """
<style>button {{ font: 14px 'Source Sans Pro', sans-serif; padding: 4px 14px; cursor: pointer;
  border: 1px solid #c9ced6; border-radius: 8px; background: #fff; }}</style>
<div style="font-family:'Source Sans Pro',sans-serif;display:flex;gap:10px;align-items:center">
  <span id="clock" style="font-size:26px;font-weight:600;font-variant-numeric:tabular-nums">
  </span>
  <button id="go"></button><button id="reset">{reset}</button><span id="note"></span>
</div>
<script>
const key = "ns-timer-{key}", total = {seconds};
let memory = {{left: total, since: null}};
const load = () => {{ try {{ return JSON.parse(localStorage.getItem(key)) || memory; }}
                      catch (e) {{ return memory; }} }};
const save = (s) => {{ memory = s; try {{ localStorage.setItem(key, JSON.stringify(s)); }}
                        catch (e) {{}} }};
let st = load();
const left = () => st.since ? Math.max(0, st.left - (Date.now() - st.since) / 1000) : st.left;
function draw() {{
  const s = Math.ceil(left());
  clock.textContent = String(Math.floor(s / 60)).padStart(2, "0") + ":"
    + String(s % 60).padStart(2, "0");
  clock.style.color = s <= 0 ? "#C8453B" : (s <= 60 ? "#E07B24" : "#1F3B5C");
  go.textContent = st.since ? "{pause}" : "{start}";
  note.textContent = s <= 0 ? "{done}" : "";
}}
go.onclick = () => {{
  st = st.since ? {{left: left(), since: null}} : {{left: st.left, since: Date.now()}};
  save(st); draw();
}};
reset.onclick = () => {{ st = {{left: total, since: null}}; save(st); draw(); }};
setInterval(draw, 250); draw();
</script>
"""


def block_timer(key: str, minutes: int) -> None:
    """A countdown of `minutes` with start/pause and reset, run by the browser (no rerun of the
    page per tick); it keeps its state in the browser's storage under `key`, so a rerun of the
    page (a decision recorded) does not reset it."""
    st.iframe(
        _TIMER.format(
            key=key,
            seconds=minutes * 60,
            start=UI["timer_start"],
            pause=UI["timer_pause"],
            reset=UI["timer_reset"],
            done=UI["timer_done"],
        ),
        height=48,
    )
