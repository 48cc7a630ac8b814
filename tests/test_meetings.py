"""Chefforum's meetings (data.meetings): recorded, read back, decisions that move themes, and the
refusals that leave everything as it was."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from data import db, meetings
from data import io as dio
from data.schema import DECISION_KINDS, IMPORTABLE, TABLE_ORDER
from tests.builders import organisation

D = dt.date

# One theme in each status; proposed on 1 Sep 2026.
THEMES = [
    ("T-PRO", "Ensomhed blandt ældre", "proposed"),
    ("T-QUA", "Unge uden job", "qualified"),
    ("T-PRI", "Borgere i gæld", "prioritised"),
    ("T-LAU", "Fælles ungdomsklub", "launched"),
    ("T-REJ", "Urban farming", "rejected"),
]


@pytest.fixture()
def con():
    """The builders' organisation (network OLD, people such as 'pro' = Pia Prøvet), the five
    themes above and one solution of OLD on the shelf."""
    con = organisation()
    con.executemany(
        "INSERT INTO theme (id, title, origin, proposed_on, status)"
        " VALUES (?, ?, 'bottom_up', DATE '2026-09-01', ?)",
        THEMES,
    )
    con.execute(
        "INSERT INTO solution (id, network_id, title, status, status_on)"
        " VALUES ('S1', 'OLD', 'Fælles udskrivningssamtale', 'on_shelf', DATE '2016-01-04')"
    )
    yield con
    con.close()


def theme_status(con, theme: str) -> str:
    return db.scalar(con, "SELECT status FROM theme WHERE id = ?", [theme])


def audit(con) -> list[tuple]:
    return con.execute(
        'SELECT "user", action, table_name, row_key, detail FROM audit_log ORDER BY "at", action'
    ).fetchall()


def written(con) -> dict[str, pd.DataFrame]:
    """What a refusal must leave as it was: the themes, the decisions and the log."""
    return {t: db.read_table(con, t) for t in ("theme", "meeting_decision", "audit_log")}


# --- Meetings -----------------------------------------------------------------------------------
def test_a_recorded_meeting_reads_back_with_its_minutes(con):
    minutes = {"status": "Porteføljen gennemgået.", "learning": "Co-driverne vil mødes."}
    report = meetings.record_meeting(con, D(2026, 11, 25), minutes=minutes, user="system")
    assert report.ok, report.errors
    assert report.key == {"id": "M2026-11-25"}
    assert report.message == "Mødet den 25. nov. 2026 er oprettet (M2026-11-25)."
    assert meetings.meeting_list(con).to_dict("records") == [
        {
            "id": "M2026-11-25",
            "held_on": pd.Timestamp(2026, 11, 25),
            "minutes_status": "Porteføljen gennemgået.",
            "minutes_decisions": None,
            "minutes_handovers": None,
            "minutes_learning": "Co-driverne vil mødes.",
            "decisions": 0,
        }
    ]
    assert audit(con) == [
        ("system", "import", "meeting", None, "møde M2026-11-25: 1 nye, 0 opdateret")
    ]


def test_recording_the_same_day_again_updates_its_minutes_in_the_one_row(con):
    meetings.record_meeting(con, D(2026, 11, 25), minutes={"status": "Kort.", "learning": "Få."})
    report = meetings.record_meeting(
        con, D(2026, 11, 25), minutes={"status": "Længere status.", "decisions": "To temaer."}
    )
    assert report.ok and (report.inserted, report.updated) == (0, 1)
    assert report.message == "Referatet af mødet den 25. nov. 2026 er gemt (M2026-11-25)."
    rows = meetings.meeting_list(con)
    assert len(rows) == 1
    # the blocks given are replaced, the block not given ('learning') keeps its text
    assert rows.iloc[0][["minutes_status", "minutes_decisions", "minutes_learning"]].tolist() == [
        "Længere status.",
        "To temaer.",
        "Få.",
    ]


def test_meetings_are_listed_newest_first_with_their_decision_counts(con):
    meetings.record_meeting(con, D(2026, 9, 30))
    meetings.record_meeting(con, D(2026, 10, 28))
    meetings.record_decision(con, "M2026-09-30", "other", None, "noted")
    meetings.record_decision(con, "M2026-09-30", "other", None, "noted")
    listed = meetings.meeting_list(con)
    assert listed[["id", "decisions"]].values.tolist() == [["M2026-10-28", 0], ["M2026-09-30", 2]]


def test_last_meeting_is_the_latest_or_the_latest_on_or_before_a_day(con):
    assert meetings.last_meeting(con) is None
    meetings.record_meeting(con, D(2026, 9, 30), minutes={"status": "September."})
    meetings.record_meeting(con, D(2026, 10, 28))
    # an imported meeting of the same day under its own id: of the two, the larger id
    assert dio.save_rows(con, "meeting", [{"id": "MX", "held_on": D(2026, 9, 30)}]).ok
    assert meetings.last_meeting(con)["id"] == "M2026-10-28"
    assert meetings.last_meeting(con, before=D(2026, 10, 28))["id"] == "M2026-10-28"  # inclusive
    assert meetings.last_meeting(con, before=D(2026, 10, 27))["id"] == "MX"  # 'MX' > 'M2026-…'
    assert meetings.last_meeting(con, before=D(2026, 9, 29)) is None
    assert dio.save_rows(con, "meeting", [{"id": "MX", "held_on": D(2026, 9, 1)}]).ok
    assert meetings.last_meeting(con, before=D(2026, 10, 27)) == {
        "id": "M2026-09-30",
        "held_on": D(2026, 9, 30),
        "minutes_status": "September.",
        "minutes_decisions": None,
        "minutes_handovers": None,
        "minutes_learning": None,
    }


# --- Decisions ----------------------------------------------------------------------------------
def test_prioritising_a_proposed_theme_moves_it_and_logs_the_move(con):
    meetings.record_meeting(con, D(2026, 11, 25))
    report = meetings.record_decision(
        con, "M2026-11-25", "theme_to_prioritise", "t-pro", "prioritised", user="system"
    )
    assert report.ok, report.errors
    assert report.key == {"meeting_id": "M2026-11-25", "seq": "1"}
    assert report.message == (
        "Beslutning nr. 1 på mødet M2026-11-25 er gemt. Temaet T-PRO har nu status 'Prioriteret'."
    )
    assert theme_status(con, "T-PRO") == "prioritised"  # straight from proposed: allowed
    assert audit(con)[-2:] == [
        (
            "system",
            "edit",
            "theme",
            "T-PRO",
            "status: proposed → prioritised (møde M2026-11-25)",
        ),
        ("system", "import", "meeting_decision", None, "møde M2026-11-25: 1 nye, 0 opdateret"),
    ]
    decisions = meetings.meeting_decisions(con, "M2026-11-25")
    assert decisions.to_dict("records") == [
        {
            "meeting_id": "M2026-11-25",
            "held_on": pd.Timestamp(2026, 11, 25),
            "seq": 1,
            "kind": "theme_to_prioritise",
            "subject_id": "T-PRO",  # the theme's own spelling of the id typed as 't-pro'
            "subject": "Ensomhed blandt ældre",
            "outcome": "prioritised",
            "note": None,
        }
    ]


@pytest.mark.parametrize(
    ("theme", "outcome", "after"),
    [
        ("T-PRO", "qualified", "qualified"),
        ("T-QUA", "prioritised", "prioritised"),
        ("T-QUA", "rejected", "rejected"),
        ("T-PRI", "rejected", "rejected"),
    ],
)
def test_a_theme_decision_moves_the_theme_to_its_outcome(con, theme, outcome, after):
    meetings.record_meeting(con, D(2026, 11, 25))
    assert meetings.record_decision(con, "M2026-11-25", "theme_to_qualify", theme, outcome).ok
    assert theme_status(con, theme) == after


@pytest.mark.parametrize(
    ("theme", "outcome"),
    [
        ("T-QUA", "noted"),  # noted: nothing moves
        ("T-QUA", "qualified"),  # already there
        ("T-LAU", "noted"),  # a launched theme may still be talked about
    ],
)
def test_a_theme_decision_that_moves_nothing_is_kept_without_a_status_change(con, theme, outcome):
    meetings.record_meeting(con, D(2026, 11, 25))
    before = theme_status(con, theme)
    report = meetings.record_decision(con, "M2026-11-25", "theme_to_qualify", theme, outcome)
    assert report.ok and report.message == "Beslutning nr. 1 på mødet M2026-11-25 er gemt."
    assert theme_status(con, theme) == before
    assert [row[1:3] for row in audit(con)] == [
        ("import", "meeting"),
        ("import", "meeting_decision"),
    ]


def test_decisions_are_numbered_one_after_another_within_each_meeting(con):
    meetings.record_meeting(con, D(2026, 10, 28))
    meetings.record_meeting(con, D(2026, 11, 25))
    for meeting in ("M2026-11-25", "M2026-11-25", "M2026-10-28", "M2026-11-25"):
        assert meetings.record_decision(con, meeting, "other", None, "noted").ok
    rows = meetings.meeting_decisions(con)[["meeting_id", "seq"]].values.tolist()
    assert rows == [  # by meeting day, then number
        ["M2026-10-28", 1],
        ["M2026-11-25", 1],
        ["M2026-11-25", 2],
        ["M2026-11-25", 3],
    ]


def test_each_decision_names_its_subject_by_its_kind(con):
    meetings.record_meeting(con, D(2026, 11, 25))
    for kind, subject in [
        ("theme_to_qualify", "T-PRO"),
        ("network_leader_missing", "OLD"),
        ("person_overloaded", "pro"),
        ("solution_on_shelf", "S1"),
        ("other", "Budget 2027"),
        ("other", None),
    ]:
        assert meetings.record_decision(con, "M2026-11-25", kind, subject, "noted").ok, kind
    decisions = meetings.meeting_decisions(con)
    assert decisions[["subject_id", "subject"]].fillna("").values.tolist() == [
        ["T-PRO", "Ensomhed blandt ældre"],  # a theme's title
        ["OLD", "Netværk OLD"],  # a network's name
        ["pro", "Pia Prøvet"],  # a person's name
        ["S1", "Fælles udskrivningssamtale"],  # a solution's title
        ["Budget 2027", ""],  # 'other' names nothing in the database
        ["", ""],  # no subject at all
    ]


@pytest.mark.parametrize(
    ("meeting", "kind", "subject", "outcome", "column", "message"),
    [
        (
            "M2026-12-16",
            "other",
            None,
            "noted",
            "meeting_id",
            "Mødet M2026-12-16 findes ikke; opret mødet først.",
        ),
        (
            "M2026-11-25",
            "theme_to_qualify",
            "T-NOPE",
            "qualified",
            "subject_id",
            "T-NOPE findes ikke i Temaer.",
        ),
        (
            "M2026-11-25",
            "theme_to_prioritise",
            None,
            "prioritised",
            "subject_id",
            "Vælg det tema, beslutningen gælder.",
        ),
        (
            "M2026-11-25",
            "person_overloaded",
            "nobody",
            "noted",
            "subject_id",
            "nobody findes ikke i Personer.",
        ),
        (
            "M2026-11-25",
            "person_overloaded",
            "pro",
            "prioritised",
            "outcome",
            "Kun et tema kan kvalificeres, prioriteres eller afvises; andre slags beslutninger "
            "tages til efterretning (noted).",
        ),
        (
            "M2026-11-25",
            "theme_to_qualify",
            "T-PRO",
            "approved",
            "outcome",
            "Ukendt værdi; tilladt er: qualified, prioritised, rejected, noted.",
        ),
        (
            "M2026-11-25",
            "theme_to_qualify",
            "T-LAU",
            "qualified",
            "outcome",
            "Temaet T-LAU har status 'Igangsat' og kan derfor ikke blive 'Kvalificeret'.",
        ),
        (
            "M2026-11-25",
            "theme_to_prioritise",
            "T-REJ",
            "prioritised",
            "outcome",
            "Temaet T-REJ har status 'Fravalgt' og kan derfor ikke blive 'Prioriteret'.",
        ),
        (
            "M2026-11-25",
            "theme_to_qualify",
            "T-PRI",
            "qualified",
            "outcome",
            "Temaet T-PRI har status 'Prioriteret' og kan derfor ikke blive 'Kvalificeret'.",
        ),
        (
            "M2026-11-25",
            "theme_to_qualify",
            "T-LAU",
            "rejected",
            "outcome",
            "Temaet T-LAU har status 'Igangsat' og kan derfor ikke blive 'Fravalgt'.",
        ),
    ],
)
def test_a_refused_decision_says_why_and_writes_nothing(
    con, meeting, kind, subject, outcome, column, message
):
    meetings.record_meeting(con, D(2026, 11, 25))
    meetings.record_decision(con, "M2026-11-25", "other", None, "noted")  # seq 1, already there
    before = written(con)
    report = meetings.record_decision(con, meeting, kind, subject, outcome, user="system")
    assert not report.ok
    assert [(e.column, e.message) for e in report.errors] == [(column, message)]
    after = written(con)
    for table, frame in before.items():
        pd.testing.assert_frame_equal(after[table], frame, obj=table)


def test_a_write_that_fails_inside_the_transaction_leaves_neither_decision_nor_theme(
    con, monkeypatch
):
    meetings.record_meeting(con, D(2026, 11, 25))
    before = written(con)

    def fail(*args):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(meetings, "write_audit", fail)  # the theme's log line, after its update
    report = meetings.record_decision(con, "M2026-11-25", "theme_to_qualify", "T-PRO", "qualified")
    assert not report.ok and "uventet fejl" in report.errors[0].message
    after = written(con)
    for table, frame in before.items():
        pd.testing.assert_frame_equal(after[table], frame, obj=table)
    assert theme_status(con, "T-PRO") == "proposed"


# --- Import and export --------------------------------------------------------------------------
def test_meetings_and_decisions_survive_a_csv_export_and_import_exactly(con, tmp_path):
    minutes = {"status": "=ikke en formel", "handovers": 'Linje 1\nLinje 2; "citat"'}
    meetings.record_meeting(con, D(2026, 11, 25), minutes=minutes)
    meetings.record_decision(con, "M2026-11-25", "theme_to_qualify", "T-PRO", "qualified")
    meetings.record_decision(con, "M2026-11-25", "solution_on_shelf", "S1", "noted", note="Ring")
    dio.export_csv(con, tmp_path / "export")
    fresh = db.connect(":memory:")
    for table in TABLE_ORDER:  # audit_log is not exported
        path = tmp_path / "export" / f"{table}.csv"
        if table in IMPORTABLE and path.read_text(encoding="utf-8-sig").count("\n") > 1:
            assert dio.import_table(fresh, table, path).ok, table
    for table in ("meeting", "meeting_decision", "theme"):
        pd.testing.assert_frame_equal(db.read_table(fresh, table), db.read_table(con, table))
    assert len(db.read_table(fresh, "meeting_decision")) == 2


def test_an_imported_decision_of_an_unknown_meeting_is_refused_with_its_row(con):
    meetings.record_meeting(con, D(2026, 11, 25))
    content = (
        "meeting_id,seq,kind,subject_id,outcome,note\n"
        "M2026-11-25,1,other,,noted,\n"
        "M2026-12-16,1,other,,noted,\n"
    )
    before = written(con)
    report = dio.import_table(con, "meeting_decision", content.encode())
    assert [(e.row, e.column, e.value, e.message) for e in report.errors] == [
        (3, "meeting_id", "M2026-12-16", "Findes ikke i Møder (hverken i databasen eller i filen).")
    ]
    pd.testing.assert_frame_equal(written(con)["meeting_decision"], before["meeting_decision"])


def test_an_imported_decision_whose_outcome_does_not_fit_its_kind_is_refused(con):
    meetings.record_meeting(con, D(2026, 11, 25))
    content = "Møde;Nr.;Slags;Emne;Udfald\nM2026-11-25;1;person_overloaded;pro;prioritised\n"
    report = dio.import_table(con, "meeting_decision", content.encode())
    assert [(e.row, e.column, e.value) for e in report.errors] == [(2, "outcome", "prioritised")]
    assert db.row_counts(con)["meeting_decision"] == 0


def test_the_kinds_are_chefforums_decisions_in_their_order_and_other():
    assert DECISION_KINDS == (
        "theme_to_qualify",
        "theme_to_prioritise",
        "network_leader_missing",
        "reference_leader_missing",
        "person_overloaded",
        "solution_on_shelf",
        "solution_unreceived",
        "other",
    )
    assert set(meetings.SUBJECT_TABLE) == set(DECISION_KINDS) - {"other"}
