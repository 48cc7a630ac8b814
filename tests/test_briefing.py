"""The one-page briefing (charts/briefing.py) on a hand-made organisation: what a user typed is
escaped, the decisions taken are listed (a long list is cut and counted), and however much is
written the PDF is exactly one A4 page."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from analytics.meeting import briefing
from charts.briefing import TAKEN_ROWS, briefing_html, build
from data import meetings
from data.labels import Briefing
from tests.builders import D, network, organisation

TODAY = D(2024, 6, 12)
SINCE = D(2024, 5, 15)


@pytest.fixture()
def con():
    con = organisation()
    network(con, "W1", "welfare", D(2024, 5, 20), None)
    con.execute(
        "INSERT INTO theme (id, title, origin, proposed_on, status) VALUES"
        " ('T1', 'Ensomhed <blandt> ældre', 'bottom_up', '2024-05-30', 'proposed')"
    )
    assert meetings.record_meeting(con, TODAY, minutes={"status": "<script>x</script>"}).ok
    yield con
    con.close()


def test_typed_text_is_escaped_and_the_decision_is_listed(con):
    assert meetings.record_decision(
        con, meetings.meeting_id(TODAY), "theme_to_qualify", "T1", "prioritised", note="A & B"
    ).ok
    taken = meetings.meeting_decisions(con, meetings.meeting_id(TODAY))
    minutes = {"status": "<script>x</script>"}
    page = briefing_html(briefing(con, SINCE, TODAY, today=TODAY), taken, minutes, ("", ""))
    assert "<script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "Ensomhed &lt;blandt&gt; ældre" in page  # the theme's title, escaped
    assert "Prioriteret" in page and "A &amp; B" in page
    assert "Møde 12. jun. 2024 · ændringer siden 15. maj 2024" in page
    # Status: W1 started 20 May, T1 proposed 30 May (the rows of the status table)
    assert "Netværk W1" in page


def test_a_long_list_of_decisions_is_cut_and_counted(con):
    meeting = meetings.meeting_id(TODAY)
    for i in range(TAKEN_ROWS + 3):
        assert meetings.record_decision(con, meeting, "other", None, "noted", note=f"nr {i}").ok
    taken = meetings.meeting_decisions(con, meeting)
    page = briefing_html(briefing(con, SINCE, TODAY, today=TODAY), taken, {}, ("", ""))
    assert f"nr {TAKEN_ROWS - 1}" in page and f"nr {TAKEN_ROWS}" not in page
    assert Briefing.MORE.format(n=3) in page  # 13 − 10


def test_the_pdf_is_one_page_however_long_the_minutes(con):
    long = "Chefforum drøftede netværkene grundigt. " * 120
    minutes = {block: long for block in Briefing.BLOCKS}
    assert meetings.record_meeting(con, TODAY, minutes=minutes).ok
    pdf, page = build(con, SINCE, TODAY, today=TODAY)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert all(block in text for block in Briefing.BLOCKS.values())
    assert page.count("<svg") >= 2  # the two charts, inline
    assert dt.date.today().strftime("%d-%m-%Y") in text  # dated when made
