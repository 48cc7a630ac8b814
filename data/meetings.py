"""Chefforum's monthly meeting as the secretary records it: the meeting of a day with a short
minute per block, and what it decided, matter by matter.

NS3 (seed 002, 'Samarbejde med chefforum'): "Det er chefforums ansvar at: Finde de mulige temaer
og brændende platforme; Kvalificere og prioritere temaerne; Være referenceleder; Motivere og
vælge netværksleder", and "der på chefforums løbende møder én gang månedligt afsættes 20 min til
netværks-drøftelser". The matters are the `decisions` of DESIGN.md §6 "Chefforum's meeting"
(data.schema.DECISION_KINDS); the minutes follow the meeting's blocks: what changed (status),
what was decided, the solutions handed over to the base organisation, and what was learnt.

Every write goes through the data layer's write path (`data.importer.save_rows`: validated like
an import, all or nothing, logged) while holding the write lock from the first check to the
commit, and never raises: a refusal is a Danish message in the returned report and nothing is
written. A decision that qualifies, prioritises or rejects a theme changes the theme's status in
the same transaction, with its own line in the log.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from data.db import scalar, write_audit
from data.importer import reported, save_rows
from data.labels import TABLE_LABELS, MeetingMsg, Msg, enum_label, fmt_date
from data.report import ImportReport
from data.schema import DECISION_KINDS, DECISION_OUTCOMES, THEME_DECISION_KINDS, ident

# The table a decision's `subject_id` names, by its kind ('other' names nothing in particular).
SUBJECT_TABLE = {
    "theme_to_qualify": "theme",
    "theme_to_prioritise": "theme",
    "network_leader_missing": "network",
    "reference_leader_missing": "network",
    "person_overloaded": "person",
    "solution_on_shelf": "solution",
    "solution_unreceived": "solution",
}
# The statuses from which a decision moves a theme to its outcome (seed 002: chefforum qualifies
# and prioritises the themes). A proposed theme may be prioritised at once; a launched theme is
# past deciding, and a rejected one is not taken up again. A theme already at the outcome stays.
THEME_MOVES_FROM = {
    "qualified": ("proposed",),
    "prioritised": ("proposed", "qualified"),
    "rejected": ("proposed", "qualified", "prioritised"),
}
MINUTES = ("status", "decisions", "handovers", "learning")  # minutes_<block>


def meeting_id(held_on: dt.date) -> str:
    """The id of the meeting held on a day: 'M' + the ISO date ('M2026-11-25')."""
    return f"M{held_on.isoformat()}"


# --- Reading ------------------------------------------------------------------------------------
def meeting_list(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """id, held_on, minutes_status, minutes_decisions, minutes_handovers, minutes_learning,
    decisions (how many were recorded) — the newest meeting first."""
    return con.execute(
        """
        SELECT m.id, m.held_on, m.minutes_status, m.minutes_decisions, m.minutes_handovers,
               m.minutes_learning, count(d.seq) AS decisions
        FROM meeting m
        LEFT JOIN meeting_decision d ON d.meeting_id = m.id
        GROUP BY ALL
        ORDER BY m.held_on DESC, m.id DESC
        """
    ).df()


def last_meeting(con: duckdb.DuckDBPyConnection, *, before: dt.date | None = None) -> dict | None:
    """The latest recorded meeting, held on or before `before` when given (of two on one day, the
    larger id): {column: value} as stored, or None when there is none."""
    cursor = con.execute(
        """
        SELECT id, held_on, minutes_status, minutes_decisions, minutes_handovers,
               minutes_learning
        FROM meeting
        WHERE CAST($before AS DATE) IS NULL OR held_on <= CAST($before AS DATE)
        ORDER BY held_on DESC, id DESC
        LIMIT 1
        """,
        {"before": before},
    )
    rows = cursor.fetchall()
    if not rows:
        return None
    return dict(zip([d[0] for d in cursor.description], rows[0], strict=True))


def meeting_decisions(
    con: duckdb.DuckDBPyConnection, meeting_id: str | None = None
) -> pd.DataFrame:
    """meeting_id, held_on, seq, kind, subject_id, subject (the title of the theme or solution,
    the name of the network or person the subject_id names by kind; '' for none), outcome,
    note — of one meeting or of all, by held_on and seq."""
    by_table = {t: [k for k, s in SUBJECT_TABLE.items() if s == t] for t in SUBJECT_TABLE.values()}
    return con.execute(
        """
        SELECT d.meeting_id, m.held_on, d.seq, d.kind, d.subject_id,
               coalesce(CASE
                   WHEN list_contains($themes, d.kind) THEN t.title
                   WHEN list_contains($networks, d.kind) THEN n.name
                   WHEN list_contains($people, d.kind) THEN p.name
                   WHEN list_contains($solutions, d.kind) THEN s.title
               END, '') AS subject,
               d.outcome, d.note
        FROM meeting_decision d
        JOIN meeting m ON m.id = d.meeting_id
        LEFT JOIN theme t ON t.id = d.subject_id
        LEFT JOIN network n ON n.id = d.subject_id
        LEFT JOIN person p ON p.id = d.subject_id
        LEFT JOIN solution s ON s.id = d.subject_id
        WHERE CAST($meeting AS VARCHAR) IS NULL OR d.meeting_id = $meeting
        ORDER BY m.held_on, d.meeting_id, d.seq
        """,
        {
            "themes": by_table["theme"],
            "networks": by_table["network"],
            "people": by_table["person"],
            "solutions": by_table["solution"],
            "meeting": meeting_id,
        },
    ).df()


# --- Writing ------------------------------------------------------------------------------------
@reported(table="meeting")
def record_meeting(
    con: duckdb.DuckDBPyConnection,
    held_on: dt.date,
    *,
    minutes: dict[str, str] | None = None,
    user: str = "system",
) -> ImportReport:
    """Create the meeting of `held_on` (id `meeting_id(held_on)`), or update its minutes: each
    block of `minutes` ('status', 'decisions', 'handovers', 'learning') is written to its column
    minutes_<block> ('' empties it); blocks not given keep what they hold. Validated and written
    like a form row (`save_rows`); the report's `key` and `message` say what was saved."""
    meeting = meeting_id(held_on)
    row = {"id": meeting, "held_on": held_on}
    row |= {f"minutes_{block}": text for block, text in (minutes or {}).items()}
    source = MeetingMsg.SOURCE.format(meeting=meeting)
    report = save_rows(con, "meeting", [row], user=user, source=source)
    if report.ok:
        report.key = {"id": meeting}
        said = MeetingMsg.CREATED if report.inserted else MeetingMsg.UPDATED
        report.message = said.format(day=fmt_date(held_on), meeting=meeting)
    return report


@reported(table="meeting_decision")
def record_decision(
    con: duckdb.DuckDBPyConnection,
    meeting_id: str,
    kind: str,
    subject_id: str | None,
    outcome: str,
    *,
    note: str = "",
    user: str = "system",
) -> ImportReport:
    """Append a decision to a meeting, numbered after its last one (seq 1, 2, …). A decision on
    a theme (`theme_to_qualify`, `theme_to_prioritise`) with outcome qualified, prioritised or
    rejected moves the theme to that status in the same transaction, logged as an edit of the
    theme. Refused, nothing written: an unknown meeting, kind, outcome or subject (theme,
    network, person, solution by kind), an outcome that does not fit the kind (every kind but
    the themes' is only noted), and a theme that cannot move to the outcome (THEME_MOVES_FROM)."""
    source = MeetingMsg.SOURCE.format(meeting=meeting_id)
    report = ImportReport(table="meeting_decision", file=source)
    meeting = _stored_id(con, "meeting", meeting_id)
    if meeting is None:
        message = MeetingMsg.UNKNOWN_MEETING.format(meeting=meeting_id)
        report.add(None, "meeting_id", meeting_id, message)
        return report
    _check_kind_and_outcome(kind, outcome, report)
    if not report.ok:
        return report
    subject = _subject(con, kind, subject_id, report)
    move = _theme_move(con, kind, subject, outcome, report)
    if not report.ok:
        return report

    seq = scalar(
        con,
        "SELECT coalesce(max(seq), 0) + 1 FROM meeting_decision WHERE meeting_id = ?",
        [meeting],
    )
    row = {
        "meeting_id": meeting,
        "seq": seq,
        "kind": kind,
        "subject_id": subject,
        "outcome": outcome,
        "note": note,
    }

    def move_theme(con: duckdb.DuckDBPyConnection) -> None:
        old, new = move
        con.execute("UPDATE theme SET status = ? WHERE id = ?", [new, subject])
        detail = MeetingMsg.THEME_DETAIL.format(old=old, new=new, meeting=meeting)
        write_audit(con, user, "edit", "theme", subject, detail, 1)

    source = MeetingMsg.SOURCE.format(meeting=meeting)
    also = move_theme if move else None
    report = save_rows(con, "meeting_decision", [row], user=user, source=source, also=also)
    if report.ok:
        report.key = {"meeting_id": meeting, "seq": str(seq)}
        report.message = MeetingMsg.DECIDED.format(seq=seq, meeting=meeting)
        if move:
            status = enum_label("theme_status", move[1])
            report.message += " " + MeetingMsg.THEME_MOVED.format(theme=subject, status=status)
    return report


def _stored_id(con: duckdb.DuckDBPyConnection, table: str, given: str | None) -> str | None:
    """The id of the row of `table` that `given` names (compared without case and outer spaces,
    like every identifier; an exact match first), or None."""
    if given is None or not str(given).strip():
        return None
    sql = (
        f"SELECT id FROM {ident(table)} WHERE lower(id) = lower(?) ORDER BY id = ? DESC, id LIMIT 1"
    )
    text = str(given).strip()
    return scalar(con, sql, [text, text])


def _check_kind_and_outcome(kind: str, outcome: str, report: ImportReport) -> None:
    """Both known codes, and the outcome one the kind takes (DESIGN.md §6: only a theme is
    qualified, prioritised or rejected)."""
    for column, value, allowed in (
        ("kind", kind, DECISION_KINDS),
        ("outcome", outcome, DECISION_OUTCOMES),
    ):
        if value not in allowed:
            report.add(None, column, value, Msg.BAD_ENUM.format(allowed=", ".join(allowed)))
    if report.ok and outcome != "noted" and kind not in THEME_DECISION_KINDS:
        report.add(None, "outcome", outcome, Msg.OUTCOME_NOT_FOR_KIND)


def _subject(
    con: duckdb.DuckDBPyConnection, kind: str, given: str | None, report: ImportReport
) -> str | None:
    """The stored id of the decision's subject in the table its kind names; a theme decision
    must name a theme. 'other' keeps what it was given."""
    table = SUBJECT_TABLE.get(kind)
    text = str(given).strip() if given is not None else ""
    if table is None or not text:
        if kind in THEME_DECISION_KINDS:
            report.add(None, "subject_id", given, MeetingMsg.NO_THEME)
        return text or None
    found = _stored_id(con, table, text)
    if found is None:
        message = MeetingMsg.UNKNOWN_SUBJECT.format(subject=text, table=TABLE_LABELS[table])
        report.add(None, "subject_id", text, message)
    return found


def _theme_move(
    con: duckdb.DuckDBPyConnection,
    kind: str,
    theme: str | None,
    outcome: str,
    report: ImportReport,
) -> tuple[str, str] | None:
    """(old status, new status) when the decision moves the theme; None when nothing moves (a
    decision noted, not on a theme, or a theme already at the outcome). A move that makes no
    sense is reported."""
    if kind not in THEME_DECISION_KINDS or outcome == "noted" or theme is None:
        return None
    status = scalar(con, "SELECT status FROM theme WHERE id = ?", [theme])
    if status == outcome:
        return None
    if status not in THEME_MOVES_FROM[outcome]:
        message = MeetingMsg.THEME_STEP.format(
            theme=theme,
            status=enum_label("theme_status", status),
            outcome=enum_label("theme_status", outcome),
        )
        report.add(None, "outcome", outcome, message)
        return None
    return status, outcome
