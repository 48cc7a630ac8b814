"""Chefforum-møde (pages/meeting.py) on the demo database through AppTest: the last meeting's
date is remembered, the status block counts what `analytics.meeting.changes` finds, a theme is
prioritised in the meeting (its status changes in the database, the decision is kept and
logged), a minute is saved, and the briefing is made and read back as one PDF page."""

import datetime as dt
import io
import os

import pytest
from pypdf import PdfReader

from analytics.meeting import changes, decisions
from data import db, meetings
from data.labels import UI, Briefing
from pages._registry import PAGES
from tests.conftest import assert_clean

TODAY = dt.date.today()


def app_db():
    """A connection to the app's own copy of the demo (the same process, the same file)."""
    return db.connect(os.environ["NS_DB_PATH"])


@pytest.fixture()
def meeting(app):
    app.switch_page(PAGES["meeting"].path).run()
    assert_clean(app)
    return app


def open_block(app, block: str):
    label = UI["meeting_block"].format(
        block=Briefing.BLOCKS[block], minutes=Briefing.MINUTES[block]
    )
    app.session_state["meeting_block"] = label
    app.run()
    assert_clean(app)
    return app


def test_without_a_recorded_meeting_the_status_counts_the_last_four_weeks(meeting):
    since = TODAY - dt.timedelta(weeks=4)
    assert meeting.date_input(key="meeting_since").value == since
    c = changes(app_db(), since, TODAY, today=TODAY)
    assert {m.label: int(m.value) for m in meeting.metric} == {
        UI["status_started"]: len(c["started"]),
        UI["status_closed"]: len(c["closed"]),
        UI["status_themes"]: len(c["themes"]),
        UI["status_findings"]: len(c["findings"]),
        UI["status_solutions"]: len(c["solutions"]),
    }


def test_the_last_recorded_meeting_is_remembered(app):
    held = TODAY - dt.timedelta(days=33)
    assert meetings.record_meeting(app_db(), held).ok
    app.switch_page(PAGES["meeting"].path).run()
    assert app.date_input(key="meeting_since").value == held


def test_a_theme_is_prioritised_in_the_meeting_and_kept(meeting):
    con = app_db()
    waiting = decisions(con, today=TODAY)
    theme = waiting.loc[waiting["kind"] == "theme_to_qualify", "subject_id"].iloc[0]
    open_block(meeting, "decisions")
    meeting.selectbox(key="record_matter").set_value(f"theme_to_qualify|{theme}").run()
    meeting.radio[0].set_value("prioritised")
    meeting.text_input[0].input("Startes i foråret")
    next(b for b in meeting.button if b.label == UI["record_save"]).click().run()
    assert_clean(meeting)
    assert any(f"Temaet {theme} har nu status 'Prioriteret'" in s.value for s in meeting.success)
    status = con.execute("SELECT status FROM theme WHERE id = ?", [theme]).fetchall()
    assert status == [("prioritised",)]
    taken = meetings.meeting_decisions(con, meetings.meeting_id(TODAY))
    assert taken[["kind", "subject_id", "outcome", "note"]].values.tolist() == [
        ["theme_to_qualify", theme, "prioritised", "Startes i foråret"]
    ]
    logged = con.execute(
        "SELECT \"user\" FROM audit_log WHERE table_name = 'theme' AND row_key = ?", [theme]
    ).fetchall()
    assert logged == [("system",)]  # the local mode's user
    # today's meeting is now recorded; "since" stays the meeting before it (none: 4 weeks)
    assert meeting.date_input(key="meeting_since").value == TODAY - dt.timedelta(weeks=4)


def test_a_minute_is_saved_on_todays_meeting(meeting):
    open_block(meeting, "learning")
    meeting.text_area[0].input("RC-resultatet drøftet; følges op i foråret.")
    next(b for b in meeting.button if b.label == UI["minutes_save"]).click().run()
    assert_clean(meeting)
    saved = meetings.last_meeting(app_db())
    assert saved["id"] == meetings.meeting_id(TODAY)
    assert saved["minutes_learning"] == "RC-resultatet drøftet; følges op i foråret."


def test_the_briefing_is_one_pdf_page_with_the_four_blocks(meeting):
    next(b for b in meeting.button if b.label == UI["briefing_make"]).click().run()
    assert_clean(meeting)
    pdf = meeting.session_state["briefing"][1]
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    for heading in (Briefing.MUNICIPALITY, Briefing.TITLE, *Briefing.BLOCKS.values()):
        assert heading in text, heading
    html = meeting.session_state["briefing"][2].decode("utf-8")
    assert html.startswith("<!doctype html>") and "<svg" in html and "<script" not in html
    assert {b.label for b in meeting.get("download_button")} >= {
        UI["briefing_pdf"],
        UI["briefing_html"],
        UI["briefing_xlsx"],
    }
