"""Chefforum-møde: the monthly 20 minutes for networks (seed 002, "Samarbejde med chefforum";
JOURNEYS.md), run from the dashboard. The chair picks the last meeting's date; four blocks with
their minutes and a timer each (status, decisions, handovers, learning), computed only when
opened; the secretary records decisions (a theme qualified, prioritised or rejected) and a short
minute per block; the one-page briefing is made on request."""

import datetime as dt
import logging

import pandas as pd
import streamlit as st

from analytics.meeting import (
    changes,
    decisions,
    leader_candidates,
    learning,
    overloaded_detail,
    prioritised_mix,
    shelf,
)
from analytics.rc import band_limits, trend
from analytics.solutions import shelf_by_department
from analytics.themes import suitability
from charts.briefing import build
from charts.rc import trend_lines
from charts.solutions import shelf_bars
from data import meetings
from data.export import workbook
from data.labels import ENUM_LABELS, SEVERITY_LABELS, SHELF_REASONS, UI, Briefing, fmt_date
from data.schema import THEME_DECISION_KINDS
from data.settings import read_settings
from pages import _access as access
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui

ui.page_title("meeting")
st.caption(UI["meeting_intro"] if access.may_write() else UI["read_only_meeting"])
today = ui.filters().day
this_meeting = meetings.meeting_id(today)
last = store.query(meetings.last_meeting, before=today - dt.timedelta(days=1))
left, middle, right = st.columns([1, 1, 2], vertical_alignment="bottom")
since = left.date_input(
    UI["meeting_since"],
    value=last["held_on"] if last else today - dt.timedelta(weeks=4),
    max_value=today,
    format="DD-MM-YYYY",
    key="meeting_since",
    help=UI["meeting_since_help"],
)
recorded = store.query(meetings.last_meeting, before=today)
recorded = recorded if recorded and recorded["id"] == this_meeting else None
middle.markdown(
    f"**{UI['meeting_today']}:** {fmt_date(today)} · "
    + (UI["meeting_recorded"].format(id=this_meeting) if recorded else UI["meeting_not_recorded"])
)


# --- The briefing: made on request, downloaded as PDF, HTML and the decision lists --------------
def briefing_buttons(row) -> None:
    """Make the briefing (PDF and HTML, a few seconds: behind a spinner) and download it, and the
    decision lists as Excel (built when clicked)."""
    made_for = (store.version(), since, today)

    def decision_lists() -> bytes:
        """What waits and what was decided, as two sheets (built when clicked)."""
        waiting = tables.danish_table(
            store.query(decisions, today=today)[["kind", "subject_id", "subject", "message"]],
            {"kind": "decision_kind"},
        )
        taken = tables.danish_table(
            store.query(meetings.meeting_decisions, this_meeting)[
                ["seq", "kind", "subject_id", "subject", "outcome", "note"]
            ],
            {"kind": "decision_kind", "outcome": "decision_outcome"},
        )
        return workbook({"Venter": waiting, "Besluttet": taken})

    made = st.session_state.get("briefing")
    if made and made[0] == made_for:
        slug = f"briefing-chefforum-{today.isoformat()}"
        tables.download_button(
            UI["briefing_pdf"], lambda: made[1], f"{slug}.pdf", "briefing_pdf", "application/pdf",
            container=row,
        )  # fmt: skip
        tables.download_button(
            UI["briefing_html"], lambda: made[2], f"{slug}.html", "briefing_html", "text/html",
            container=row,
        )  # fmt: skip
    elif row.button(UI["briefing_make"], icon=":material/description:", help=UI["briefing_help"]):
        with st.spinner(UI["briefing_making"]):
            try:
                pdf, page = build(store.cursor(), since, today, today=today)
                st.session_state["briefing"] = (made_for, pdf, page.encode("utf-8"))
            except Exception as exc:  # no Chromium, a kaleido failure: say so, keep the page
                st.warning(UI["briefing_failed"], icon=":material/broken_image:")
                logging.getLogger("ns_dashboard").warning("Briefingen mislykkedes: %s", exc)
            else:
                st.rerun()
    tables.download_button(
        UI["briefing_xlsx"], decision_lists, f"beslutninger-{today.isoformat()}.xlsx",
        "briefing_xlsx", tables.XLSX_MIME, container=row,
    )  # fmt: skip


briefing_buttons(right.container(horizontal=True, horizontal_alignment="right"))
if said := st.session_state.pop("meeting_saved", None):
    (st.success if said[0] else st.error)(said[1])


def save(fn, *args, **kwargs) -> None:
    """A write of data.meetings; its Danish message is shown after the rerun that shows it."""
    report = store.save(fn, *args, **kwargs)
    text = report.message if report.ok else "\n".join(e.message for e in report.errors)
    st.session_state["meeting_saved"] = (report.ok, text)
    st.rerun()


def minutes_form(block: str) -> None:
    """The block's short minute, saved on the meeting of today (created when needed)."""
    label = Briefing.BLOCKS[block]
    if not access.may_write():  # chefforum follows; the secretariat records (data.access)
        if written := (recorded or {}).get(f"minutes_{block}"):
            st.markdown(f"**{UI['minutes_label'].format(block=label.lower())}**")
            st.text(written)
        return
    with st.form(f"minutes_{block}", border=False):
        text = st.text_area(
            UI["minutes_label"].format(block=label.lower()),
            value=(recorded or {}).get(f"minutes_{block}") or "",
            max_chars=1000,
            height=80,
        )
        if st.form_submit_button(UI["minutes_save"], icon=":material/save:"):
            save(meetings.record_meeting, today, minutes={block: text.strip()})


def record_form(waiting: pd.DataFrame, kinds: dict[str, str]) -> tuple[str | None, str | None]:
    """The secretary records a decision: the matter, the outcome, a note. Returns the matter
    picked (kind, subject id), which the mix check beside it tries; chefforum only follows."""
    if not access.may_write():  # the page's intro says who records
        return None, None
    matters = waiting[["kind", "subject_id", "subject"]].drop_duplicates()
    labels = {f"{k}|{s}": f"{kinds[k]}: {n}" for k, s, n in matters.itertuples(index=False)}
    picked = st.selectbox(
        UI["record_matter"],
        list(labels),
        format_func=labels.get,
        key="record_matter",
        placeholder=UI["record_matter"],
    )
    kind, subject = picked.split("|", 1) if picked else (None, None)
    outcomes = (
        ["qualified", "prioritised", "rejected", "noted"]
        if kind in THEME_DECISION_KINDS
        else ["noted"]
    )
    if kind == "theme_to_prioritise":
        outcomes.remove("qualified")
    with st.form("record_decision", border=True):
        outcome = st.radio(
            UI["record_outcome"],
            outcomes,
            format_func=ENUM_LABELS["decision_outcome"].get,
            horizontal=True,
        )
        note = st.text_input(UI["record_note"], max_chars=300)
        if st.form_submit_button(
            UI["record_save"], icon=":material/gavel:", type="primary", disabled=not kind
        ):
            if not recorded:
                store.save(meetings.record_meeting, today)
            save(meetings.record_decision, this_meeting, kind, subject, outcome, note=note)
    return kind, subject


blocks = list(Briefing.BLOCKS)
tabs = st.tabs(
    [
        UI["meeting_block"].format(block=Briefing.BLOCKS[b], minutes=Briefing.MINUTES[b])
        for b in blocks
    ],
    key="meeting_block",
    on_change="rerun",
)
status_tab, decisions_tab, handovers_tab, learning_tab = tabs

if status_tab.open:
    with status_tab:
        ui.block_timer(f"{this_meeting}-status", Briefing.MINUTES["status"])
        c = store.query(changes, since, today, today=today)
        ui.tiles(
            {
                UI["status_started"]: len(c["started"]),
                UI["status_closed"]: len(c["closed"]),
                UI["status_themes"]: len(c["themes"]),
                UI["status_findings"]: len(c["findings"]),
                UI["status_solutions"]: len(c["solutions"]),
            }
        )
        when = fmt_date(since)
        networks, findings = st.columns(2)
        with networks:
            st.markdown(f"**{UI['status_networks'].format(since=when)}**")
            moved = pd.concat(
                [
                    c["started"].assign(what=UI["status_started"], day=c["started"]["start_date"]),
                    c["closed"].assign(what=UI["status_closed"], day=c["closed"]["end_date"]),
                ]
            )[["what", "day", "id", "name", "type"]]
            if moved.empty:
                st.caption(UI["status_nothing"].format(since=when))
            else:
                tables.table(tables.danish_table(moved, {"type": "network_type"}))
            st.markdown(f"**{UI['status_new_themes']}**")
            if c["themes"].empty:
                st.caption(UI["status_nothing"].format(since=when))
            else:
                themes = c["themes"][["id", "title", "origin", "status", "proposed_on"]]
                tables.table(
                    tables.danish_table(
                        themes, {"origin": "theme_origin", "status": "theme_status"}
                    )
                )
        with findings:
            st.markdown(f"**{UI['status_new_findings'].format(since=when)}**")
            if c["findings"].empty:
                st.caption(UI["status_nothing"].format(since=when))
            else:
                new = c["findings"][["severity", "network_id", "fact"]].assign(
                    severity=c["findings"]["severity"].map(SEVERITY_LABELS)
                )
                tables.table(tables.danish_table(new), height=360)
        minutes_form("status")

if decisions_tab.open:
    with decisions_tab:
        ui.block_timer(f"{this_meeting}-decisions", Briefing.MINUTES["decisions"])
        waiting = store.query(decisions, today=today)
        kinds = ENUM_LABELS["decision_kind"]
        themes_col, people_col = st.columns([3, 2])
        with themes_col:
            st.markdown(f"**{UI['decisions_themes']}**")
            open_themes = store.query(suitability, ["proposed", "qualified"])
            tables.table(
                tables.danish_table(
                    open_themes[
                        ["id", "title", "status", "score", "suitability", "suggested_type"]
                    ],
                    {"status": "theme_status", "suggested_type": "network_type"},
                ),
                height=200,
            )
            if access.may_write():
                st.markdown(f"**{UI['record_title']}**")
            kind, subject = record_form(waiting, kinds)
            taken = store.query(meetings.meeting_decisions, this_meeting)
            st.markdown(f"**{UI['record_taken']}**")
            if taken.empty:
                st.caption(UI["record_none"])
            else:
                tables.table(
                    tables.danish_table(
                        taken[["seq", "kind", "subject", "outcome", "note"]].fillna(""),
                        {"kind": "decision_kind", "outcome": "decision_outcome"},
                    )
                )
        with people_col:
            trial = []
            if kind in THEME_DECISION_KINDS:
                theme = open_themes.set_index("id")["suggested_type"].get(subject)
                trial = [theme] if isinstance(theme, str) else []
            mix = store.query(prioritised_mix, trial, today=today)
            st.markdown(f"**{UI['decisions_mix'].format(half=mix.attrs.get('half_year', ''))}**")
            if trial:
                title = open_themes.set_index("id")["title"].get(subject, subject)
                st.caption(UI["decisions_mix_with"].format(theme=title))
            for ok, message in mix[["ok", "message"]].itertuples(index=False):
                (st.success if ok else st.warning)(
                    message, icon=":material/check:" if ok else ":material/warning:"
                )
            st.markdown(f"**{UI['decisions_leaders']}**")
            candidates = store.query(leader_candidates, today=today)
            for row in candidates.itertuples(index=False):
                who = ", ".join(row.candidates) or UI["decisions_no_candidates"]
                st.markdown(f"- **{row.network}** ({ENUM_LABELS['network_type'][row.type]}): {who}")
            for row in waiting[waiting["kind"] == "reference_leader_missing"].itertuples():
                st.markdown(f"- {row.message}")
            over = store.query(overloaded_detail, today=today)
            if not over.empty:
                st.markdown(f"**{UI['decisions_overloaded']}**")
                tables.table(tables.danish_table(over.drop(columns="person_id")), height=160)
            shelved = waiting.loc[
                waiting["kind"].str.startswith("solution_"), "subject_id"
            ].nunique()
            if shelved:
                st.caption(UI["decisions_shelf"].format(n=int(shelved)))
        minutes_form("decisions")

if handovers_tab.open:
    with handovers_tab:
        ui.block_timer(f"{this_meeting}-handovers", Briefing.MINUTES["handovers"])
        on_shelf = store.query(shelf, today=today)
        listed, chart = st.columns([3, 2])
        with listed:
            st.markdown(f"**{UI['handovers_shelf']}** ({len(on_shelf)})")
            if on_shelf.empty:
                st.info(UI["handovers_none"])
            else:
                days = store.query(read_settings).shelf_days
                shown = on_shelf[
                    ["title", "network_name", "department", "reason", "days_since_handover"]
                ].assign(
                    reason=on_shelf["reason"].map(lambda r: SHELF_REASONS[r].format(days=days))
                )
                tables.table(tables.danish_table(shown), height=300)
            handed = store.query(changes, since, today, today=today)["solutions"]
            st.markdown(f"**{UI['handovers_since'].format(since=fmt_date(since))}**")
            if handed.empty:
                st.caption(UI["status_nothing"].format(since=fmt_date(since)))
            else:
                tables.table(tables.danish_table(handed, {"status": "solution_status"}))
        with chart:
            if not on_shelf.empty:
                by = shelf_by_department(on_shelf)
                st.plotly_chart(shelf_bars(by, UI["handovers_by"]), width="stretch")
        minutes_form("handovers")

if learning_tab.open:
    with learning_tab:
        ui.block_timer(f"{this_meeting}-learning", Briefing.MINUTES["learning"])
        learnt = store.query(learning, today=today)
        if learnt is None:
            st.info(UI["learning_none"])
        else:
            st.markdown(learnt["text"])
        history = store.query(trend)
        if not history.empty:
            weak, strong = store.query(band_limits)
            title = UI["learning_trend"]
            st.plotly_chart(trend_lines(history, weak, strong, title), width="stretch")
        minutes_form("learning")
