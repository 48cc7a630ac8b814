import datetime as dt
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from data import db, meetings
from data import io as dio
from data.schema import IMPORTABLE, THEME_CRITERIA

NETWORK_HEADER = (
    "id,name,type,theme_id,generation,start_date,planned_end,end_date,status,political_link"
)


def snapshot(con, folder: Path) -> dict[str, bytes]:
    dio.export_csv(con, folder)
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def import_refused(con, tmp_path, table, content, *, name="fil.csv"):
    """Import that must fail; returns the report after checking the database is unchanged."""
    before = snapshot(con, tmp_path / "before")
    log_before = db.row_counts(con)["audit_log"]
    source = tmp_path / name
    source.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    report = dio.import_table(con, table, source)
    assert not report.ok
    assert snapshot(con, tmp_path / "after") == before  # byte for byte
    assert db.row_counts(con)["audit_log"] == log_before
    return report


def only_error(report):
    assert report.error_count == 1, report.errors
    return report.errors[0]


def test_missing_required_column_names_row_1_and_the_column(demo_con, tmp_path):
    content = "id,name,generation,start_date,status\nN2027-90,Nyt netværk,NS3,2027-02-01,planned\n"
    error = only_error(import_refused(demo_con, tmp_path, "network", content))
    assert (error.row, error.column) == (1, "type")
    assert "mangler" in error.message


def test_unknown_column_is_an_error(demo_con, tmp_path):
    content = NETWORK_HEADER + ",farve\nN2027-90,Nyt,welfare,,NS3,2027-02-01,,,planned,none,blå\n"
    error = only_error(import_refused(demo_con, tmp_path, "network", content))
    assert (error.row, error.column) == (1, "farve")
    assert "Ukendt kolonne" in error.message


def test_impossible_date_names_its_row_and_column(demo_con, tmp_path):
    content = (
        NETWORK_HEADER + "\n"
        "N2027-90,Nyt A,welfare,,NS3,01-02-2027,,,planned,none\n"
        "N2027-91,Nyt B,welfare,,NS3,31-02-2026,,,planned,none\n"
    )
    error = only_error(import_refused(demo_con, tmp_path, "network", content))
    assert (error.row, error.column, error.value) == (3, "start_date", "31-02-2026")
    assert "Ugyldig dato" in error.message


def test_enum_typo_lists_the_allowed_values(demo_con, tmp_path):
    content = NETWORK_HEADER + "\nN2027-90,Nyt,velfaerd,,NS3,2027-02-01,,,planned,none\n"
    error = only_error(import_refused(demo_con, tmp_path, "network", content))
    assert (error.row, error.column, error.value) == (2, "type", "velfaerd")
    assert "learning, welfare, innovation" in error.message


def test_score_out_of_range(demo_con, tmp_path):
    content = (
        "id,title,origin,proposed_on,status,crit_current\n"
        "T2027-90,Nyt tema,bottom_up,2026-11-01,proposed,2\n"
        "T2027-91,Andet tema,bottom_up,2026-11-01,proposed,7\n"
    )
    error = only_error(import_refused(demo_con, tmp_path, "theme", content))
    assert (error.row, error.column, error.value) == (3, "crit_current", "7")
    assert "mellem 0 og 3" in error.message


def test_rc_answer_of_7_is_refused(demo_con, tmp_path):
    content = "wave_id,respondent,from_group,to_group,frequency\nRC2026,x1,Dagtilbud,Dagtilbud,7\n"
    error = only_error(import_refused(demo_con, tmp_path, "rc_response", content))
    assert (error.row, error.column) == (2, "frequency")


def test_duplicate_key_in_the_file_points_at_the_first_row(demo_con, tmp_path):
    content = (
        NETWORK_HEADER + "\n"
        "N2027-90,A,welfare,,NS3,2027-02-01,,,planned,none\n"
        "N2027-91,B,welfare,,NS3,2027-02-01,,,planned,none\n"
        "N2027-90,C,welfare,,NS3,2027-02-01,,,planned,none\n"
    )
    error = only_error(import_refused(demo_con, tmp_path, "network", content))
    assert (error.row, error.column, error.value) == (4, "id", "N2027-90")
    assert "række 2" in error.message


def test_reference_to_a_missing_person(demo_con, tmp_path):
    content = "network_id,person_id,role\nN2026-01,P99999,participant\n"
    error = only_error(import_refused(demo_con, tmp_path, "role_assignment", content))
    assert (error.row, error.column, error.value) == (2, "person_id", "P99999")
    assert "Personer" in error.message


def test_empty_file(demo_con, tmp_path):
    error = only_error(import_refused(demo_con, tmp_path, "network", b""))
    assert error.row == 1 and "tom" in error.message


def test_file_with_only_a_header(demo_con, tmp_path):
    error = only_error(import_refused(demo_con, tmp_path, "network", NETWORK_HEADER + "\n"))
    assert error.row == 2 and "ingen datarækker" in error.message


def test_end_before_start(demo_con, tmp_path):
    content = NETWORK_HEADER + "\nN2027-90,A,welfare,,NS3,2027-02-01,,2027-01-01,closed,none\n"
    error = only_error(import_refused(demo_con, tmp_path, "network", content))
    assert (error.row, error.column) == (2, "end_date")


def test_every_bad_row_is_reported_not_just_the_first(demo_con, tmp_path):
    content = (
        NETWORK_HEADER + "\n"
        "N2027-90,A,welfare,,NS3,2027-02-30,,,planned,none\n"
        "N2027-91,,welfare,,NS9,2027-02-01,,,planned,none\n"
    )
    report = import_refused(demo_con, tmp_path, "network", content)
    assert {(e.row, e.column) for e in report.errors} == {
        (2, "start_date"),
        (3, "generation"),
        (3, "name"),
    }


def test_danish_excel_csv_semicolon_decimal_comma_bom(demo_con, tmp_path):
    content = "\ufeffintensity;role;hours_per_week\nintensive;network_leader;12,5\n"
    path = tmp_path / "timer.csv"
    path.write_bytes(content.encode("utf-8"))
    report = dio.import_table(demo_con, "role_hours", path)
    assert report.ok, report.errors
    assert (report.inserted, report.updated) == (0, 1)
    hours = db.scalar(
        demo_con,
        "SELECT hours_per_week FROM role_hours"
        " WHERE intensity = 'intensive' AND role = 'network_leader'",
    )
    assert hours == 12.5


def test_latin1_file_with_danish_dates_and_labels(demo_con, tmp_path):
    content = (
        "id;name;type;generation;start_date;status;political_link\n"
        "N2027-90;Ældre i fællesskab;Velfærdsnetværk;NS3;01-02-2027;Planlagt;Fagudvalg\n"
    )
    path = tmp_path / "net.csv"
    path.write_bytes(content.encode("latin-1"))
    report = dio.import_table(demo_con, "network", path)
    assert report.ok, report.errors
    row = demo_con.execute(
        "SELECT name, type, CAST(start_date AS VARCHAR), status, political_link FROM network"
        " WHERE id = 'N2027-90'"
    ).fetchall()
    assert row == [("Ældre i fællesskab", "welfare", "2027-02-01", "planned", "fagudvalg")]


def test_empty_from_date_means_the_network_start(demo_con, tmp_path):
    start = db.scalar(
        demo_con, "SELECT CAST(start_date AS VARCHAR) FROM network WHERE id = 'N2026-01'"
    )
    path = tmp_path / "roller.csv"
    path.write_text("network_id,person_id,role,from_date\nN2026-01,P00100,participant,\n")
    report = dio.import_table(demo_con, "role_assignment", path)
    assert report.ok, report.errors
    got = db.scalar(
        demo_con,
        "SELECT CAST(from_date AS VARCHAR) FROM role_assignment"
        " WHERE network_id = 'N2026-01' AND person_id = 'P00100' AND role = 'participant'",
    )
    assert got == start


def _workbook(sheets: dict[str, list[list]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_xlsx_without_a_sheet_for_the_table(demo_con, tmp_path):
    content = _workbook({"Ark1": [["id"], ["x"]], "person": [["id", "name"], ["P1", "A"]]})
    error = only_error(import_refused(demo_con, tmp_path, "network", content, name="fil.xlsx"))
    assert "intet ark med navnet 'network'" in error.message and "Ark1, person" in error.message


def test_xlsx_with_one_sheet_of_another_table(demo_con, tmp_path):
    content = _workbook({"person": [["id", "name", "kind"], ["P1", "A", "citizen"]]})
    report = import_refused(demo_con, tmp_path, "network", content, name="fil.xlsx")
    assert (1, "kind") in {(e.row, e.column) for e in report.errors}
    assert all(e.row == 1 for e in report.errors)


def test_xlsx_with_real_dates_imports(demo_con):
    import datetime as dt

    content = _workbook(
        {
            "network": [
                ["id", "name", "type", "generation", "start_date", "status"],
                ["N2027-90", "Fra Excel", "welfare", "NS3", dt.datetime(2027, 2, 1), "planned"],
            ]
        }
    )
    report = dio.import_table(demo_con, "network", content)
    assert report.ok, report.errors
    assert (
        db.scalar(demo_con, "SELECT CAST(start_date AS VARCHAR) FROM network WHERE id = 'N2027-90'")
        == "2027-02-01"
    )


def test_upsert_updates_existing_and_inserts_new_and_logs(demo_con, tmp_path):
    path = tmp_path / "afd.csv"
    path.write_text(
        "id,name,directorate_id\nAFD-MT,Miljø og Teknik,DIR-BKMB\nAFD-NY,Ny afdeling,DIR-BSV\n"
    )
    report = dio.import_table(demo_con, "department", path, user="system")
    assert report.ok and (report.inserted, report.updated) == (1, 1)
    assert db.row_counts(demo_con)["department"] == 9  # 8 + 1, nothing deleted
    log = demo_con.execute('SELECT "user", action, table_name FROM audit_log').fetchall()
    assert log == [("system", "import", "department")]


def _import_folder(con, folder: Path) -> None:
    for table in IMPORTABLE:
        path = folder / f"{table}.csv"
        if path.read_text(encoding="utf-8-sig").count("\n") > 1:
            report = dio.import_table(con, table, path)
            assert report.ok, (table, report.errors[:3])


def with_a_meeting(con) -> None:
    """Chefforum's meeting of 25 Nov 2026 with its minutes and two decisions, so that every
    table of the export has rows."""
    minutes = {"status": "=Porteføljen gennemgået", "handovers": 'Linje 1\nLinje 2; "citat"'}
    assert meetings.record_meeting(con, dt.date(2026, 11, 25), minutes=minutes).ok
    assert meetings.record_decision(
        con, "M2026-11-25", "theme_to_prioritise", "T2026-13", "prioritised"
    ).ok
    assert meetings.record_decision(
        con, "M2026-11-25", "other", None, "noted", note="Næste møde"
    ).ok
    assert all(db.row_counts(con)[t] for t in IMPORTABLE)


def test_csv_export_imports_back_identically(demo_con, tmp_path):
    with_a_meeting(demo_con)
    first = snapshot(demo_con, tmp_path / "first")
    fresh = db.connect(":memory:")
    _import_folder(fresh, tmp_path / "first")
    assert snapshot(fresh, tmp_path / "second") == first


def test_xlsx_export_imports_back_identically(demo_con, tmp_path):
    with_a_meeting(demo_con)
    first = snapshot(demo_con, tmp_path / "first")
    workbook = dio.export_xlsx_bytes(demo_con)
    book = openpyxl.load_workbook(io.BytesIO(workbook), read_only=True)
    assert book.sheetnames[-1] == "audit_log" and "rc_response" in book.sheetnames
    fresh = db.connect(":memory:")
    for table in IMPORTABLE:
        if db.row_counts(demo_con)[table]:
            report = dio.import_table(fresh, table, workbook)
            assert report.ok, (table, report.errors[:3])
    assert snapshot(fresh, tmp_path / "second") == first


def test_formula_like_text_is_escaped_in_exports_and_restored_on_import(empty_con, tmp_path):
    path = tmp_path / "dir.csv"
    path.write_text('id,name\nD1,"=HYPERLINK(""x"")"\nD2,-minus\nD3,@navn\n')
    assert dio.import_table(empty_con, "directorate", path).ok
    exported = dio.export_frame(empty_con, "directorate")
    assert list(exported["name"]) == ['\'=HYPERLINK("x")', "'-minus", "'@navn"]
    dio.export_csv(empty_con, tmp_path / "out")
    fresh = db.connect(":memory:")
    assert dio.import_table(fresh, "directorate", tmp_path / "out" / "directorate.csv").ok
    assert fresh.execute("SELECT name FROM directorate ORDER BY id").fetchall() == [
        ('=HYPERLINK("x")',),
        ("-minus",),
        ("@navn",),
    ]


def test_respondent_ids_are_pseudonymised_and_the_raw_id_never_stored(tmp_path):
    path = tmp_path / "ns.duckdb"
    con = db.connect(path)
    con.execute("INSERT INTO rc_wave (id, name, fielded_on) VALUES ('W1', 'Måling', '2026-10-01')")
    survey = tmp_path / "svar.csv"
    survey.write_text(
        "wave_id,respondent,from_group,to_group,frequency,timeliness\n"
        "W1,hemmelig-medarbejder-4711,Skole,Dagtilbud,5,4\n"
        "W1,hemmelig-medarbejder-4711,Skole,Skole,5,\n"
    )
    assert dio.import_table(con, "rc_response", survey).ok
    ids = {r[0] for r in con.execute("SELECT respondent FROM rc_response").fetchall()}
    assert len(ids) == 1 and next(iter(ids)).startswith("h:")  # same input -> same pseudonym
    groups = con.execute("SELECT name FROM rc_group ORDER BY name").fetchall()
    assert groups == [("Dagtilbud",), ("Skole",)]  # created from the file
    dio.export_csv(con, tmp_path / "export")
    assert "hemmelig" not in (tmp_path / "export" / "rc_response.csv").read_text(
        encoding="utf-8-sig"
    )
    assert "rc_salt" not in "".join(
        p.read_text(encoding="utf-8-sig") for p in (tmp_path / "export").iterdir()
    )
    con.execute("CHECKPOINT")
    con.close()
    assert b"hemmelig-medarbejder" not in path.read_bytes()


def test_every_template_imports_in_order(empty_con):
    for table in IMPORTABLE:
        report = dio.import_table(empty_con, table, dio.template_csv(table))
        assert report.ok, (table, report.errors)
        assert dio.import_table(empty_con, table, dio.template_xlsx(table)).ok


def test_csv_zip_holds_a_file_per_table_and_its_manifest(demo_con):
    archive = zipfile.ZipFile(io.BytesIO(dio.export_csv_zip(demo_con)))
    assert sorted(archive.namelist()) == sorted(
        [*(f"{t}.csv" for t in IMPORTABLE), "manifest.json"]
    )


@pytest.mark.parametrize("table", ["network", "person", "rc_response"])
def test_column_guide_covers_every_column(table):
    guide = dio.column_guide(table)
    assert list(guide["Kolonne"]) == dio.TABLES[table].names


def test_a_header_that_tries_sql_is_just_an_unknown_column(demo_con, tmp_path):
    content = 'id,name,"directorate_id""; DROP TABLE person; --"\nD9,X,DIR-BSV\n'
    report = import_refused(demo_con, tmp_path, "department", content)
    assert any(e.column and e.column.startswith('directorate_id"') for e in report.errors)
    assert db.row_counts(demo_con)["person"] == 282


def test_only_names_of_the_data_model_reach_sql():
    from data.schema import ident

    assert ident("network") == '"network"' and ident("from_date") == '"from_date"'
    with pytest.raises(ValueError):
        ident('x"; DROP TABLE person; --')


def test_a_row_with_too_many_fields_is_named(demo_con, tmp_path):
    content = "id,name\nD1,A\nD2,B,extra,x\n"
    error = only_error(import_refused(demo_con, tmp_path, "directorate", content))
    assert error.row == 3 and error.message == "Rækken har 4 felter, men overskriften har 2."


def test_blank_lines_keep_the_spreadsheet_row_numbers(demo_con, tmp_path):
    content = "id;name\nD1;A\n\nD2;\n"  # row 3 is blank, row 4 lacks a name
    error = only_error(import_refused(demo_con, tmp_path, "directorate", content))
    assert (error.row, error.column) == (4, "name")


def test_a_huge_bad_file_reports_a_bounded_list_and_the_full_count(demo_con, tmp_path):
    rows = "".join(f"N2030-{i},Net {i},welfare,NS3,31-02-2030,planned\n" for i in range(20_000))
    content = "id,name,type,generation,start_date,status\n" + rows
    report = import_refused(demo_con, tmp_path, "network", content)
    # every one of the 20.000 rows has an impossible date; 500 are listed, the rest counted
    assert report.error_count == 20_000 and len(report.errors) == dio.MAX_ERRORS
    frame = report.errors_frame()
    assert len(frame) == 501 and frame.iloc[-1]["Fejl"] == "... og 19500 fejl mere."


# --- rows from a form --------------------------------------------------------------------------
def _form_theme(**changes) -> dict:
    row = {
        "id": "T2026-01",
        "title": "Ensomhed blandt ældre",
        "description": "",
        "origin": "bottom_up",
        "proposed_on": dt.date(2026, 11, 24),
        "status": "proposed",
        "suggested_type": "welfare",
        "owner_id": None,
        **{c: 2 for c in THEME_CRITERIA},
    }
    return {**row, **changes}


def test_a_form_row_is_validated_and_saved_like_an_import(empty_con):
    report = dio.save_rows(empty_con, "theme", [_form_theme()], user="system")
    assert report.ok and report.inserted == 1
    saved = empty_con.execute("SELECT title, crit_current, proposed_on FROM theme").fetchall()
    assert saved == [("Ensomhed blandt ældre", 2, dt.date(2026, 11, 24))]
    assert db.scalar(empty_con, "SELECT count(*) FROM audit_log WHERE \"user\" = 'system'")


def test_a_bad_form_row_names_the_field_and_saves_nothing(empty_con):
    report = dio.save_rows(empty_con, "theme", [_form_theme(crit_current=7, title="")])
    assert not report.ok
    assert {(e.column, e.row) for e in report.errors} == {("crit_current", 2), ("title", 2)}
    assert db.scalar(empty_con, "SELECT count(*) FROM theme") == 0


def test_next_id_takes_the_next_number_after_the_highest(empty_con):
    assert dio.next_id(empty_con, "theme", "T2026-") == "T2026-01"
    dio.save_rows(empty_con, "theme", [_form_theme(id="T2026-09"), _form_theme(id="T2025-30")])
    assert dio.next_id(empty_con, "theme", "T2026-") == "T2026-10"  # 9 + 1


RC_HEADER = (
    "wave_id;respondent;from_group;to_group;frequency;timeliness;accuracy;problem_solving;"
    "shared_goals;shared_knowledge;mutual_respect\n"
)


def rc_items(con):
    return con.execute(
        "SELECT to_group, frequency, timeliness, accuracy, problem_solving, shared_goals,"
        " shared_knowledge, mutual_respect FROM rc_response ORDER BY to_group"
    ).fetchall()


def test_rc_answers_as_labels_ved_ikke_and_the_raw_frequency_recode(empty_con, tmp_path):
    con = empty_con
    con.execute("INSERT INTO directorate VALUES ('D', 'Direktørområdet')")
    con.execute("INSERT INTO department VALUES ('AFD-DT', 'Dagtilbud', 'D')")
    con.execute("INSERT INTO rc_wave (id, name, fielded_on) VALUES ('W', 'Måling', '2026-10-01')")
    survey = tmp_path / "svar.csv"
    # raw frequency answers 1..5 (alt for sjældent .. alt for ofte) score 1, 3, 5, 4, 2
    survey.write_text(
        RC_HEADER + "W;p1;Dagtilbud;G1;1;altid;Aldrig;ved ikke;fuldstændig;intet;4\n"
        "W;p1;Dagtilbud;G2;2;;3;Løser altid problemet sammen med dig;slet ikke;alt;5\n"
        "W;p1;Dagtilbud;G3;3;5;5;5;5;5;5\n"
        "W;p1;Dagtilbud;G4;4;5;5;5;5;5;5\n"
        "W;p1;Dagtilbud;G5;5;5;5;5;5;5;5\n"
        "W;p1;Dagtilbud;G6;passende;5;5;5;5;5;5\n",
        encoding="utf-8",
    )
    assert dio.import_table(con, "rc_response", survey, rc_raw_frequency=True).ok
    assert rc_items(con) == [
        ("G1", 1, 5, 1, None, 5, 1, 4),  # 'ved ikke' is empty; labels are their scores
        ("G2", 3, None, 3, 5, 1, 5, 5),
        ("G3", 5, 5, 5, 5, 5, 5, 5),  # raw 3 = 'passende': the best score
        ("G4", 4, 5, 5, 5, 5, 5, 5),
        ("G5", 2, 5, 5, 5, 5, 5, 5),  # raw 5 = 'alt for ofte'
        ("G6", 5, 5, 5, 5, 5, 5, 5),  # a label is scored the RC way with or without the option
    ]
    # without the option, numbers are taken as already scored
    assert dio.import_table(con, "rc_response", survey).ok
    assert [r[1] for r in rc_items(con)] == [1, 2, 3, 4, 5, 5]
    # an rc_group row for every group; the one named like a department is mapped to it
    groups = dict(con.execute("SELECT name, department_id FROM rc_group").fetchall())
    assert groups["Dagtilbud"] == "AFD-DT" and groups["G1"] is None and len(groups) == 7


def test_an_unknown_answer_label_is_refused_with_its_row(demo_con, tmp_path):
    content = RC_HEADER + "RC2026;x1;Dagtilbud;Dagtilbud;passende;tit;;;;;\n"
    error = only_error(import_refused(demo_con, tmp_path, "rc_response", content))
    assert (error.row, error.column, error.value) == (2, "timeliness", "tit")


def test_an_exported_survey_reimports_with_the_same_pseudonyms(tmp_path):
    con = db.connect(tmp_path / "a.duckdb")
    con.execute("INSERT INTO rc_wave (id, name, fielded_on) VALUES ('W', 'Måling', '2026-10-01')")
    survey = tmp_path / "svar.csv"
    survey.write_text(RC_HEADER + "W;medarbejder-1;X;Y;5;5;5;5;5;5;5\n", encoding="utf-8")
    assert dio.import_table(con, "rc_response", survey).ok
    assert dio.import_table(con, "rc_response", survey).ok  # the same person again: updated
    (pseudonym,) = con.execute("SELECT respondent FROM rc_response").fetchall()[0]
    assert db.row_counts(con)["rc_response"] == 1 and pseudonym.startswith("h:")
    dio.export_csv(con, tmp_path / "out")
    assert dio.import_table(con, "rc_response", tmp_path / "out" / "rc_response.csv").ok
    assert con.execute("SELECT respondent FROM rc_response").fetchall() == [(pseudonym,)]


def test_the_survey_kit_has_the_7_questions_and_the_templates():
    kit = dio.rc_survey_kit()
    questions = kit["Spørgeskema"]
    assert list(questions["Kolonne i rc_response"]) == [
        "frequency",
        "timeliness",
        "accuracy",
        "problem_solving",
        "shared_goals",
        "shared_knowledge",
        "mutual_respect",
    ]
    first = questions.iloc[0]
    assert [first[f"Svar {k}"] for k in range(1, 6)] == [
        "alt for sjældent",
        "for sjældent",
        "passende",
        "for ofte",
        "alt for ofte",
    ]
    assert first["Point for svar 1–5"] == "1, 3, 5, 4, 2"
    assert questions.iloc[3]["Svar 1"] == "bebrejder altid andre"
    assert questions.iloc[5]["Svar 5"] == "alt"
    assert {"rc_wave", "rc_group", "rc_response", "Vejledning"} <= set(kit)
    book = openpyxl.load_workbook(io.BytesIO(dio.workbook(kit)))
    assert book["rc_response"]["A1"].value == "wave_id"


def test_the_excel_export_refuses_a_table_longer_than_a_sheet(demo_con, monkeypatch):
    """xlsxwriter drops rows past Excel's last in silence: the export refuses instead, naming
    the tables. With the limit set to 1.000 rows, the demo's 12.680 rc_response rows (and the
    other long tables) are too many; the CSV zip still has them all."""
    from data import export

    counts = db.row_counts(demo_con)
    monkeypatch.setattr(export, "XLSX_MAX_ROWS", 1_000)
    big = export.too_big_for_excel(demo_con)
    assert big["rc_response"] == counts["rc_response"] == 12_680
    assert all(n > 1_000 for n in big.values()) and "network" not in big  # 141 networks
    with pytest.raises(ValueError, match="rc_response \\(12.680\\)"):
        export.export_xlsx_bytes(demo_con)
    assert export.export_csv_zip(demo_con)[:2] == b"PK"
