"""Bad input of every kind the secretariat (or a hostile file) can bring, one table-driven
battery: each case must give a Danish report naming the row (and column where there is one),
raise nothing, and leave the database exactly as it was (DESIGN.md §4 "Import", issue "Data you
can trust"). The rows that should pass beside them are tested at the end."""

from __future__ import annotations

import io
import os
import time

import openpyxl
import pytest

from data import db
from data import io as dio
from data.files import MAX_FILE_BYTES
from data.labels import XLSX_CUT_MARK
from tests.builders import D, network, organisation
from tests.conftest import fingerprint

NET = "id,name,type,generation,start_date,status\n"
THEME = "id,title,origin,proposed_on,status,crit_current\n"
RC = "wave_id,respondent,from_group,to_group,frequency,timeliness\n"


@pytest.fixture(scope="module")
def con():
    """The small organisation of tests/builders.py, a network, and one RC wave with groups."""
    con = organisation()
    network(con, "N1", "welfare", D(2025, 12, 1), None)
    con.execute("INSERT INTO rc_wave (id, name, fielded_on) VALUES ('W', 'Måling', '2026-10-01')")
    con.execute("INSERT INTO rc_group VALUES ('W', 'Skole', 'A'), ('W', 'Dagtilbud', 'B')")
    yield con
    con.close()


def xlsx(rows: list[list], *, title="directorate", extra=None) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if extra:
        extra(book, sheet)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _error_cell(book, sheet):
    sheet["B2"].value = "#REF!"
    sheet["B2"].data_type = "e"


def _far_cell(book, sheet):
    sheet["XFD1048576"] = "langt væk"  # a 5 KB file claiming 17 billion cells


def _two_sheets(book, sheet):
    book.create_sheet("Ark2")


# (case, table, file content, row, column, a phrase of the Danish message)
CASES = [
    # the file as a whole
    ("empty file", "directorate", b"", 1, None, "Filen er tom"),
    ("byte order mark only", "directorate", b"\xef\xbb\xbf", 1, None, "Filen er tom"),
    ("blank lines only", "directorate", b"  \n\n \n", 1, None, "Filen er tom"),
    ("header only", "directorate", b"id,name\n", 2, None, "ingen datarækker"),
    ("header and blank lines", "directorate", b"id,name\n\n,\n  \n", 2, None, "ingen datarækker"),
    ("first row blank", "directorate", b"\nid,name\nD1,x\n", 1, None, "overskrift"),
    ("binary with NUL bytes", "directorate", b"id,name\nD1,a\x00b\n", 2, None, "binære data"),
    (
        "UTF-16 without BOM",
        "directorate",
        "id,name\nD1,x\n".encode("utf-16-le"),
        1,
        None,
        "binære data",
    ),
    (
        "old Excel .xls",
        "directorate",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        None,
        None,
        ".xls",
    ),
    ("damaged xlsx", "directorate", b"PK\x03\x04" + b"\x00\x01" * 300, None, None, "beskadiget"),
    (
        "xlsx with two other sheets",
        "directorate",
        xlsx([["id"]], title="Ark1", extra=_two_sheets),
        None,
        None,
        "intet ark med navnet 'directorate'",
    ),
    (
        "xlsx cell at XFD1048576",
        "directorate",
        xlsx([["id", "name"], ["D1", "x"]], extra=_far_cell),
        1048576,
        None,
        "XFD1048576",
    ),
    (
        "xlsx formula without a value",
        "directorate",
        xlsx([["id", "name"], ["D1", '=A2&"x"']]),
        2,
        None,
        "formel uden beregnet værdi",
    ),
    (
        "xlsx error cell",
        "directorate",
        xlsx([["id", "name"], ["D1", "x"]], extra=_error_cell),
        2,
        None,
        "#REF!",
    ),
    (
        "xlsx value outside the header",
        "directorate",
        xlsx([["id", "name"], ["D1", "x", "y"]]),
        2,
        None,
        "ingen overskrift",
    ),
    (
        "xlsx text cut by an export",
        "directorate",
        xlsx([["id", "name"], ["D1", "lang tekst " + XLSX_CUT_MARK]]),
        2,
        None,
        "forkortet",
    ),
    (
        "xlsx NUL written as _x0000_",
        "directorate",
        xlsx([["id", "name"], ["D1", "a_x0000_b"]]),
        2,
        "name",
        "ugyldigt tegn",
    ),
    ("a million columns", "directorate", ("a," * 1_000_000 + "\n").encode(), 1, None, "højst 100"),
    ("unbalanced quote", "directorate", b'id,name\nD1,"abc\nD2,x\n', 2, None, "anførselstegn"),
    ("text after a closing quote", "directorate", b'id,name\nD1,"ab"c\n', 2, None, "anførselstegn"),
    # the header
    (
        "required column missing",
        "network",
        b"id,name,generation,start_date,status\nN9,x,NS3,2027-02-01,planned\n",
        1,
        "type",
        "mangler",
    ),
    (
        "unknown column",
        "directorate",
        b"id,name,farve\nD1,x,bl\xc3\xa5\n",
        1,
        "farve",
        "Ukendt kolonne",
    ),
    ("same column twice", "directorate", b"id,name,name\nD1,x,y\n", 1, "name", "to gange"),
    (
        "same column in English and Danish",
        "directorate",
        b"id;name;Navn\nD1;x;y\n",
        1,
        "name",
        "to gange",
    ),
    (
        "a header that tries SQL",
        "directorate",
        b'id,"name""; DROP TABLE person; --"\nD1,x\n',
        1,
        None,
        "Ukendt kolonne",
    ),
    # rows that do not fit the header
    (
        "an extra unquoted comma",
        "directorate",
        b"id,name\nD1,Hansen, Jens\n",
        2,
        None,
        "3 felter, men overskriften har 2",
    ),
    (
        "a field too few",
        "network",
        (NET + "N9,x,welfare,NS3,2027-02-01\n").encode(),
        2,
        None,
        "5 felter, men overskriften har 6",
    ),
    # values
    (
        "31 February",
        "network",
        (NET + "N9,x,welfare,NS3,31-02-2026,planned\n").encode(),
        2,
        "start_date",
        "Ugyldig dato",
    ),
    (
        "month 13",
        "network",
        (NET + "N9,x,welfare,NS3,2026-13-01,planned\n").encode(),
        2,
        "start_date",
        "Ugyldig dato",
    ),
    (
        "two-digit year",
        "network",
        (NET + "N9,x,welfare,NS3,24/11/26,planned\n").encode(),
        2,
        "start_date",
        "Ugyldig dato",
    ),
    (
        "year 1",
        "network",
        (NET + "N9,x,welfare,NS3,0001-01-01,planned\n").encode(),
        2,
        "start_date",
        "mellem år 1900 og 2099",
    ),
    (
        "year 9999",
        "network",
        (NET + "N9,x,welfare,NS3,9999-12-31,planned\n").encode(),
        2,
        "start_date",
        "mellem år 1900 og 2099",
    ),
    (
        "end before start",
        "network",
        b"id,name,type,generation,start_date,end_date,status\n"
        b"N9,x,welfare,NS3,2027-02-01,2027-01-01,closed\n",
        2,
        "end_date",
        "før startdatoen",
    ),
    (
        "enum typo",
        "network",
        (NET + "N9,x,velfaerd,NS3,2027-02-01,planned\n").encode(),
        2,
        "type",
        "learning, welfare, innovation",
    ),
    (
        "a score of 7",
        "theme",
        (THEME + "T9,x,bottom_up,2026-11-01,proposed,7\n").encode(),
        2,
        "crit_current",
        "mellem 0 og 3",
    ),
    (
        "a score of 2.5",
        "theme",
        (THEME + "T9,x,bottom_up,2026-11-01,proposed,2.5\n").encode(),
        2,
        "crit_current",
        "heltal",
    ),
    (
        "a score of 1e20",
        "theme",
        (THEME + "T9,x,bottom_up,2026-11-01,proposed,1e20\n").encode(),
        2,
        "crit_current",
        "for stort",
    ),
    (
        "a score of inf",
        "theme",
        (THEME + "T9,x,bottom_up,2026-11-01,proposed,inf\n").encode(),
        2,
        "crit_current",
        "heltal",
    ),
    (
        "10.000 hours: ten or ten thousand?",
        "role_hours",
        b"intensity;role;hours_per_week\nintensive;network_leader;10.000\n",
        2,
        "hours_per_week",
        "Tvetydigt",
    ),
    (
        "1.000 hours",
        "role_hours",
        b"intensity;role;hours_per_week\nbreak;participant;1.000\n",
        2,
        "hours_per_week",
        "Tvetydigt",
    ),
    (
        "full-width digits",
        "role_hours",
        "intensity;role;hours_per_week\nbreak;participant;１２\n".encode(),
        2,
        "hours_per_week",
        "Ikke et tal",
    ),
    (
        "arabic-indic digits",
        "role_hours",
        "intensity;role;hours_per_week\nbreak;participant;١٢\n".encode(),
        2,
        "hours_per_week",
        "Ikke et tal",
    ),
    (
        "a date in full-width digits",
        "network",
        (NET + "N9,x,welfare,NS3,２０２０-01-01,planned\n").encode(),
        2,
        "start_date",
        "Ugyldig dato",
    ),
    (
        "NaN hours",
        "role_hours",
        b"intensity;role;hours_per_week\nbreak;participant;NaN\n",
        2,
        "hours_per_week",
        "Ikke et tal",
    ),
    (
        "10.000 weeks read as ten thousand",
        "phase_template",
        b"network_type;seq;name;offset_weeks;duration_weeks;intensity\n"
        b"welfare;9;Ekstra;10.000;2;break\n",
        2,
        "offset_weeks",
        "mellem 0 og 260",
    ),
    (
        "an RC answer of 7",
        "rc_response",
        (RC + "W,p1,Skole,Skole,7,5\n").encode(),
        2,
        "frequency",
        "mellem 1 og 5",
    ),
    (
        "an RC answer label that does not exist",
        "rc_response",
        (RC + "W,p1,Skole,Skole,passende,tit\n").encode(),
        2,
        "timeliness",
        "heltal",
    ),
    (
        "yes/no as maybe",
        "person",
        "id,name,department_id,in_chefforum\nP9,x,A,måske\n".encode(),
        2,
        "in_chefforum",
        "ja/nej",
    ),
    (
        "an employee without a department",
        "person",
        b"id,name,kind\nP9,x,employee\n",
        2,
        "department_id",
        "afdeling",
    ),
    ("a control character in an id", "directorate", b"id,name\nD\x01,x\n", 2, "id", "kontroltegn"),
    ("a required value missing", "directorate", b"id,name\nD1,\n", 2, "name", "påkrævet"),
    # keys and references
    ("the same key twice", "directorate", b"id,name\nD8,a\nD8,b\n", 3, "id", "række 2"),
    ("keys differing only by case", "directorate", b"id,name\nD8,a\nd8,b\n", 3, "id", "række 2"),
    (
        "keys differing by a no-break space",
        "directorate",
        "id,name\nD8,a\nD8\u00a0,b\n".encode(),
        3,
        "id",
        "række 2",
    ),
    (
        "keys differing by a trailing space",
        "directorate",
        b"id,name\nD8,a\nD8 ,b\n",
        3,
        "id",
        "række 2",
    ),
    (
        "a reference to nobody",
        "role_assignment",
        b"network_id,person_id,role\nN1,P404,participant\n",
        2,
        "person_id",
        "Findes ikke i Personer",
    ),
    (
        "the same answer twice",
        "rc_response",
        (RC + "W,p1,Skole,Skole,5,5\nW, p1 ,Skole,skole,4,4\n").encode(),
        3,
        "wave_id, respondent, to_group",
        "række 2",
    ),
    # settings (DESIGN.md §4: typed and within range)
    ("an unknown setting", "setting", b"key,value\nstart_min,4\n", 2, "key", "Ukendt indstilling"),
    (
        "rules from year 1",
        "setting",
        b"key,value\nrules_from,0001-01-01\n",
        2,
        "value",
        "mellem år 1900",
    ),
    (
        "rules from a date that is no date",
        "setting",
        b"key,value\nrules_from,i morgen\n",
        2,
        "value",
        "Ugyldig dato",
    ),
    (
        "an infinite load threshold",
        "setting",
        b"key,value\nload_threshold_hours,inf\n",
        2,
        "value",
        "Ikke et tal",
    ),
    (
        "an infinite anonymity threshold",
        "setting",
        b"key,value\nrc_min_respondents,inf\n",
        2,
        "value",
        "heltal",
    ),
    (
        "an anonymity threshold of 2",
        "setting",
        b"key,value\nrc_min_respondents,2\n",
        2,
        "value",
        "mellem 3 og 1000",
    ),
    (
        "a minimum above its maximum",
        "setting",
        b"key,value\nstarts_min,6\n",
        2,
        "value",
        "starts_min (6) må ikke være større end starts_max (5)",
    ),
    (
        "a weak band above the strong",
        "setting",
        b"key;value\nrc_weak_below;4,5\n",
        2,
        "value",
        "rc_weak_below (4,5) må ikke være større end rc_strong_above (4,0)",
    ),
    (
        "a severity that does not exist",
        "setting",
        b"key,value\nseverity_co_driver,kritisk\n",
        2,
        "value",
        "error, warning, info, off",
    ),
]


@pytest.mark.parametrize(
    ("case", "table", "content", "row", "column", "phrase"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_input_is_refused_in_danish_with_its_row_and_nothing_changes(
    con, case, table, content, row, column, phrase
):
    before = fingerprint(con)
    started = time.perf_counter()
    report = dio.import_table(con, table, io.BytesIO(content), user="system")
    assert time.perf_counter() - started < 10  # a hostile file is refused quickly
    assert not report.ok
    assert fingerprint(con) == before
    hits = [e for e in report.errors if phrase in e.message]
    assert hits, [e.message for e in report.errors]
    assert (hits[0].row, hits[0].column)[: 1 if column is None else 2] == (row, column)[
        : 1 if column is None else 2
    ]
    for error in report.errors:  # Danish, never a library's English
        assert not any(w in error.message for w in ("Error", "Exception", "Traceback", "line "))


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(con, tmp_path):
    path = tmp_path / "stor.csv"
    with open(path, "wb") as handle:  # a sparse file: 1 byte past the limit, no disk used
        handle.truncate(MAX_FILE_BYTES + 1)
    before = fingerprint(con)
    report = dio.import_table(con, "directorate", path)
    assert not report.ok and "højst importeres 200 MB" in report.errors[0].message
    assert fingerprint(con) == before


def test_a_file_with_too_many_rows_is_refused_with_the_row(con):
    from data.files import MAX_ROWS

    content = b"id,name\n" + b"D,x\n" * (MAX_ROWS + 1)
    before = fingerprint(con)
    report = dio.import_table(con, "directorate", content)
    assert not report.ok and "mere end 2.000.000 rækker" in report.errors[0].message
    assert report.errors[0].row == MAX_ROWS + 2  # the first row past the limit
    assert fingerprint(con) == before


def test_a_cell_longer_than_a_million_characters_is_refused(con):
    content = b"id,name\nD1," + b"x" * 1_000_001 + b"\n"
    before = fingerprint(con)
    report = dio.import_table(con, "directorate", content)
    assert not report.ok and "længere end 1.000.000 tegn" in report.errors[0].message
    assert fingerprint(con) == before


def test_every_row_with_a_wrong_number_of_fields_is_named(con):
    content = b"id,name\nD1,a\nD2,b,c\nD3,d\nD4\n"
    report = dio.import_table(con, "directorate", content)
    assert [(e.row, e.message) for e in report.errors] == [
        (3, "Rækken har 3 felter, men overskriften har 2."),
        (5, "Rækken har 1 felter, men overskriften har 2."),
    ]


def test_a_nul_character_typed_into_a_form_is_refused(con):
    before = fingerprint(con)
    report = dio.save_rows(con, "directorate", [{"id": "D7", "name": "a\x00b"}])
    assert not report.ok and report.errors[0].column == "name"
    assert "ugyldigt tegn" in report.errors[0].message
    assert fingerprint(con) == before


def test_replacing_a_table_is_refused_while_other_tables_refer_to_its_rows(con):
    # a person file without the people who hold roles in N1 and OLD
    before = fingerprint(con)
    report = dio.import_table(
        con, "person", b"id,name,department_id\nP9,Ny Person,A\n", replace_all=True
    )
    assert not report.ok
    assert any("Bruges stadig i Roller i netværk" in e.message for e in report.errors)
    assert fingerprint(con)["person"] == before["person"]


def test_deleting_or_renaming_onto_a_taken_key_is_refused(con):
    before = fingerprint(con)
    report = dio.delete_row(con, "person", {"id": "pro"})  # leader of OLD and N1
    assert not report.ok and "Bruges stadig i Roller i netværk" in report.errors[0].message
    row = dio.row_values(con, "person", {"id": "a1"})
    report = dio.update_row(con, "person", {"id": "a1"}, {**row, "id": "a2"})
    assert not report.ok and "findes allerede" in report.errors[0].message
    report = dio.update_row(con, "rc_response", {"wave_id": "W"}, {})
    assert not report.ok and "kan ikke rettes" in report.errors[0].message
    assert fingerprint(con) == before


# --- What passes beside them -------------------------------------------------------------------
def test_a_quoted_comma_a_utf8_row_beside_a_latin1_row_and_danish_headers(empty_con):
    con = empty_con
    content = "Id;Navn\nD1;Ærø\n".encode() + "D2;Ærø\n".encode("latin-1")
    assert dio.import_table(con, "directorate", content).ok
    assert dio.import_table(con, "directorate", b'id,name\nD3,"Hansen, Jens"\n').ok
    assert con.execute("SELECT id, name FROM directorate ORDER BY id").fetchall() == [
        ("D1", "Ærø"),
        ("D2", "Ærø"),
        ("D3", "Hansen, Jens"),
    ]
    # UTF-16 with its byte order mark (Excel's "Unicode text") reads as well
    assert dio.import_table(con, "directorate", "id\tname\nD4\tÅ\n".encode("utf-16")).ok


def test_ids_take_the_spelling_the_database_has(con):
    # ' a1 ' with a no-break space and in capitals is the person a1 (tests/builders.py)
    content = "network_id,person_id,role\nn1,\u00a0A1 ,participant\n".encode()
    report = dio.import_table(con, "role_assignment", content)
    assert report.ok, report.errors
    rows = con.execute(
        "SELECT network_id, person_id FROM role_assignment WHERE role = 'participant'"
        " AND network_id = 'N1' AND person_id = 'a1'"
    ).fetchall()
    assert rows == [("N1", "a1")]
    # the same group name in other capitals is the same group of the wave
    report = dio.import_table(con, "rc_response", (RC + "W,p1,SKOLE,dagtilbud,5,5\n").encode())
    assert report.ok, report.errors
    assert db.row_counts(con)["rc_group"] == 2


def test_danish_numbers_by_the_columns_type(empty_con):
    con = empty_con
    rows = "intensity;role;hours_per_week\nintensive;network_leader;12,5\nbreak;co_driver;1.5\n"
    assert dio.import_table(con, "role_hours", rows.encode()).ok
    hours = dict(
        con.execute(
            "SELECT role, hours_per_week FROM role_hours WHERE (intensity, role) IN"
            " (('intensive', 'network_leader'), ('break', 'co_driver'))"
        ).fetchall()
    )
    assert hours == {"network_leader": 12.5, "co_driver": 1.5}
    # a whole-number setting: 1.000 days is one thousand (a dot groups thousands)
    assert dio.import_table(con, "setting", b"key;value\nshelf_days;1.000\n").ok
    assert db.setting_value(con, "shelf_days") == 1000


def test_a_setting_stored_before_validation_cannot_stop_a_page(empty_con):
    db.set_setting(empty_con, "load_threshold_hours", "inf")  # written around the importer
    db.set_setting(empty_con, "rc_min_respondents", "2")
    assert db.setting_value(empty_con, "load_threshold_hours") == 10  # unreadable: the default
    assert db.setting_value(empty_con, "rc_min_respondents") == 3  # never below 3


def test_the_reader_survives_a_file_that_goes_away(tmp_path, con):
    path = tmp_path / "væk.csv"
    path.write_text("id,name\nD1,x\n")
    os.remove(path)
    report = dio.import_table(con, "directorate", path)
    assert not report.ok  # a report, not an exception


def test_the_springs_networks_from_a_danish_excel_sheet_row_14_named(demo_con):
    """JOURNEYS.md: the secretariat imports the spring's networks from Excel as the municipality
    keeps it — Danish headers and labels, Excel dates — and a mistake in row 14 is named."""
    import datetime as dt

    header = [
        "Id",
        "Navn",
        "Type",
        "Generation",
        "Start",
        "Planlagt slut",
        "Status",
        "Politisk kobling",
    ]
    rows = [
        [
            f"N2027-{50 + n}",
            f"Forårsnetværk {n}",
            "Velfærdsnetværk",
            "NS3",
            dt.datetime(2027, 2, n),
            dt.datetime(2027, 8, n),
            "Planlagt",
            "Fagudvalg",
        ]
        for n in range(1, 16)
    ]
    rows[12][4] = "31-02-2027"  # spreadsheet row 14 (header = row 1)
    before = fingerprint(demo_con)
    report = dio.import_table(demo_con, "network", xlsx([header, *rows], title="network"))
    assert not report.ok and fingerprint(demo_con) == before
    assert [(e.row, e.column, e.value) for e in report.errors] == [(14, "start_date", "31-02-2027")]
    rows[12][4] = dt.datetime(2027, 2, 13)
    report = dio.import_table(demo_con, "network", xlsx([header, *rows], title="network"))
    assert report.ok and report.inserted == 15
    assert db.scalar(demo_con, "SELECT type FROM network WHERE id = 'N2027-63'") == "welfare"
