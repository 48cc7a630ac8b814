"""Data the secretariat can trust (issue "Data you can trust"): every row can be corrected,
backups restore exactly and are never left half-written, survey pseudonyms cannot be linked,
writers do not trip over each other, and the demo never overwrites real data."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import duckdb
import pytest

from data import backup, db, export
from data import io as dio
from data.demo import build_demo
from data.schema import tables_at
from tests.conftest import TODAY, fingerprint

ROOT = Path(__file__).resolve().parent.parent


# --- The schema's second version ----------------------------------------------------------------
def version_1_database(path: Path) -> None:
    """A database as the previous release left it: references declared as foreign keys, and
    pseudonyms salted once for all waves."""
    con = duckdb.connect(str(path))
    db.schema_version(con)
    db._migration_1(con)
    con.execute("INSERT INTO schema_version (version) VALUES (1)")
    build_demo(con, today=TODAY)
    # survey answers as version 1 stored them: h(salt, raw id), the same in every wave
    for raw in ("anne.jensen@albertslund.dk", "MED-017"):
        con.execute(
            "INSERT INTO rc_response (wave_id, respondent, from_group, to_group, frequency)"
            " SELECT 'RC2026', 'h:' || substr(sha256(value || ?), 1, 24),"
            " 'Dagtilbud', 'Skole (PPR)', 4 FROM secret WHERE key = 'rc_salt'",
            [raw],
        )
    con.close()


def test_a_version_1_file_is_upgraded_in_place_and_its_rows_become_correctable(tmp_path):
    path = tmp_path / "v1.duckdb"
    version_1_database(path)
    old = duckdb.connect(str(path))
    counts = {t: db.scalar(old, f"SELECT count(*) FROM {t}") for t in tables_at(1)}
    assert (
        old.execute(
            "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"
        ).fetchall()[0][0]
        > 0
    )
    old.close()
    con = db.connect(path)
    # v2: no FKs; v3: the macros; v4: chefforum's meetings; v5: the users
    assert db.schema_version(con) == db.latest_version() == 5
    assert con.execute("SELECT ns_half_year(DATE '2016-07-01')").fetchall() == [("2016H2",)]
    new_tables = {"meeting": 0, "meeting_decision": 0, "app_user": 0}
    assert db.row_counts(con) == {**counts, **new_tables}  # rows kept
    fks = "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"
    assert con.execute(fks).fetchall()[0][0] == 0
    # the update that failed before: a person who leads networks gets a diploma date
    row = dio.row_values(con, "person", {"id": "P00100"})
    assert con.execute("SELECT count(*) FROM role_assignment WHERE person_id = 'P00100'")
    report = dio.update_row(
        con,
        "person",
        {"id": "P00100"},
        {**row, "leader_diploma_on": "2026-11-01"},
        user="system",
    )
    assert report.ok, report.errors
    assert str(db.scalar(con, "SELECT leader_diploma_on FROM person WHERE id = 'P00100'")) == (
        "2026-11-01"
    )
    # the migrated pseudonyms are what importing the raw ids into that wave gives today
    survey = "wave_id,respondent,from_group,to_group,frequency\n"
    survey += "RC2026, anne.jensen@albertslund.dk ,Dagtilbud,Skole (PPR),5\n"
    survey += "RC2026,MED-017,Dagtilbud,Skole (PPR),5\n"
    before = db.row_counts(con)["rc_response"]
    report = dio.import_table(con, "rc_response", survey.encode())
    assert report.ok and (report.inserted, report.updated) == (0, 2)  # not two more people
    assert db.row_counts(con)["rc_response"] == before
    con.close()


def test_pseudonyms_are_salted_per_wave_and_never_keep_a_raw_id(empty_con):
    con = empty_con
    con.execute(
        "INSERT INTO rc_wave (id, name, fielded_on) VALUES"
        " ('W1', 'Før', '2025-10-01'), ('W2', 'Efter', '2026-10-01')"
    )
    survey = "wave_id,respondent,from_group,to_group,frequency\n"
    survey += "W1,anne@albertslund.dk,A,B,5\nW2,anne@albertslund.dk,A,B,4\n"
    survey += "W1,h:anne.jensen@albertslund.dk,A,B,3\n"  # looks pseudonymous, is not
    survey += "W1,h:0123456789abcdef01234567,A,B,2\n"  # the pseudonym form exactly: kept
    assert dio.import_table(con, "rc_response", survey.encode()).ok
    stored = dict(con.execute("SELECT frequency, respondent FROM rc_response").fetchall())
    assert stored[5] != stored[4]  # the same person in two waves: not linkable
    assert all(len(p) == 26 and p.startswith("h:") for p in stored.values())
    assert stored[2] == "h:0123456789abcdef01234567"
    assert "anne" not in "".join(stored.values())
    # the same person again in the same wave (spaces around the id do not count): updated
    again = "wave_id,respondent,from_group,to_group,frequency\nW1, anne@albertslund.dk ,A,B,1\n"
    assert dio.import_table(con, "rc_response", again.encode()).ok
    assert db.row_counts(con)["rc_response"] == 4


# --- Correcting rows ----------------------------------------------------------------------------
def test_the_products_own_person_export_imports_back_into_the_same_database(demo_con, tmp_path):
    dio.export_csv(demo_con, tmp_path)
    report = dio.import_table(demo_con, "person", tmp_path / "person.csv")
    assert report.ok, report.errors
    assert (report.inserted, report.updated) == (0, 282)


def test_references_can_change_by_import_and_by_form(demo_con):
    con = demo_con
    network_id, theme = con.execute(
        "SELECT id, theme_id FROM network WHERE theme_id IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchall()[0]
    other = db.scalar(con, "SELECT min(id) FROM theme WHERE id <> ?", [theme])
    content = f"id,name,type,generation,start_date,status,theme_id\n{network_id},Nyt navn,welfare,"
    start = db.scalar(
        con, "SELECT CAST(start_date AS VARCHAR) FROM network WHERE id = ?", [network_id]
    )
    content += f"NS3,{start},closed,{other}\n"
    assert dio.import_table(con, "network", content.encode()).ok
    assert db.scalar(con, "SELECT theme_id FROM network WHERE id = ?", [network_id]) == other
    person = dio.row_values(con, "person", {"id": "P00100"})
    assert dio.update_row(con, "person", {"id": "P00100"}, {**person, "department_id": "AFD-MT"}).ok
    assert db.scalar(con, "SELECT department_id FROM person WHERE id = 'P00100'") == "AFD-MT"
    group = {"wave_id": "RC2026", "name": "Drift & Service", "department_id": "AFD-MT"}
    assert dio.save_rows(con, "rc_group", [group]).ok


def test_a_new_key_takes_its_references_along(demo_con):
    con = demo_con
    counts = {
        t: db.scalar(con, f"SELECT count(*) FROM {t} WHERE network_id = 'N2016-01'")
        for t in ("role_assignment", "phase", "solution")
    }
    row = dio.row_values(con, "network", {"id": "N2016-01"})
    report = dio.update_row(con, "network", {"id": "N2016-01"}, {**row, "id": "N2016-91"})
    assert report.ok, report.errors
    moved = sum(counts.values())
    assert (
        report.notes[-1] == f"{moved} henvisninger i andre tabeller fulgte med til den nye nøgle."
    )
    for table, n in counts.items():
        assert db.scalar(con, f"SELECT count(*) FROM {table} WHERE network_id = 'N2016-91'") == n
        assert db.scalar(con, f"SELECT count(*) FROM {table} WHERE network_id = 'N2016-01'") == 0
    log = con.execute('SELECT action, row_key, detail FROM audit_log ORDER BY "at" DESC LIMIT 1')
    action, key, detail = log.fetchall()[0]
    assert (action, key) == ("edit", "N2016-01") and "ny nøgle: N2016-91" in detail
    # an RC group renamed: its answers follow (wave and name are its key)
    answers = db.scalar(
        con,
        "SELECT count(*) FROM rc_response WHERE wave_id = 'RC2026'"
        " AND (from_group = 'Dagtilbud' OR to_group = 'Dagtilbud')",
    )
    group = dio.row_values(con, "rc_group", {"wave_id": "RC2026", "name": "Dagtilbud"})
    assert dio.update_row(
        con, "rc_group", {"wave_id": "RC2026", "name": "Dagtilbud"}, {**group, "name": "Børnehaver"}
    ).ok
    assert (
        db.scalar(
            con,
            "SELECT count(*) FROM rc_response WHERE wave_id = 'RC2026'"
            " AND (from_group = 'Børnehaver' OR to_group = 'Børnehaver')",
        )
        == answers
    )


def test_a_row_is_added_deleted_and_refused_when_its_key_is_taken(demo_con):
    con = demo_con
    row = {"id": "DIR-NY", "name": "Nyt direktørområde"}
    assert dio.insert_row(con, "directorate", row).ok
    refused = dio.insert_row(con, "directorate", {**row, "name": "Andet navn"})
    assert not refused.ok and "findes allerede" in refused.errors[0].message
    assert db.scalar(con, "SELECT name FROM directorate WHERE id = 'DIR-NY'") == row["name"]
    assert dio.delete_row(con, "directorate", {"id": "DIR-NY"}).ok
    assert db.scalar(con, "SELECT count(*) FROM directorate WHERE id = 'DIR-NY'") == 0


def test_replace_all_takes_a_backup_first_and_leaves_only_the_files_rows(demo_con):
    con = demo_con
    content = b"network_id,seq,name,start_date,end_date,intensity\n"
    content += b"N2016-01,1,Eneste fase,2016-02-01,2016-03-01,intensive\n"
    report = dio.import_table(con, "phase", content, replace_all=True)
    assert report.ok, report.errors
    assert db.row_counts(con)["phase"] == 1 and report.replaced > 100
    assert any("sikkerhedskopi" in note for note in report.notes)
    taken = backup.list_backups(con)
    assert "Før 'erstat hele tabellen'" in set(taken["reason"])
    # the backup taken first gives every phase back
    path = backup.backup_file(
        con, taken[taken["reason"] == "Før 'erstat hele tabellen'"]["file"].iloc[0]
    )
    assert backup.restore(con, path).ok
    assert db.row_counts(con)["phase"] == report.replaced + 1


# --- Backups ------------------------------------------------------------------------------------
def test_a_restore_after_a_bad_edit_gives_back_exactly_the_backup(demo_con):
    con = demo_con
    saved = dio.export_csv_zip(con)  # yesterday's export
    good = export.backup_files(con)
    con.execute("UPDATE network SET name = 'Forkert' WHERE id LIKE 'N2016%'")  # the bad edit
    report = backup.restore(con, saved, user="system")
    assert report.ok, report.errors
    assert any("gemt først" in note for note in report.notes)  # the bad state is kept too
    restored = export.backup_files(con)
    same = [name for name in good if name not in ("audit_log.csv", "manifest.json")]
    assert all(restored[name] == good[name] for name in same)
    assert db.scalar(con, 'SELECT action FROM audit_log ORDER BY "at" DESC LIMIT 1') == "restore"


def _rezip(data: bytes, change) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            content = change(name, source.read(name))
            if content is not None:
                target.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("damage", "phrase"),
    [
        (lambda n, d: d[: len(d) // 2] if n == "rc_response.csv" else d, "forkortet"),
        (lambda n, d: None if n == "person.csv" else d, "mangler person.csv"),
        (lambda n, d: None if n == "manifest.json" else d, "manifest.json"),
        (lambda n, d: d.replace(b"Anne", b"Anna") if n == "person.csv" else d, "beskadiget"),
    ],
    ids=["a cut file", "a missing file", "no manifest", "a changed file"],
)
def test_a_damaged_backup_is_refused_and_nothing_changes(demo_con, damage, phrase):
    data = _rezip(dio.export_csv_zip(demo_con), damage)
    before = fingerprint(demo_con)
    report = backup.restore(demo_con, data)
    assert not report.ok and phrase in report.errors[0].message
    assert fingerprint(demo_con) == before
    assert backup.list_backups(demo_con).empty  # refused before any backup was taken


def test_a_backup_with_a_bad_row_is_refused_before_anything_changes(demo_con):
    data = _rezip(dio.export_csv_zip(demo_con), lambda n, d: d)
    files = backup.read_backup(data)
    text = files["network.csv"].decode("utf-8-sig")
    header, first, rest = text.split("\n", 2)
    start = header.split(",").index('"start_date"')
    cells = first.split(",")
    cells[start] = '"31-02-2016"'  # row 2: a day that does not exist
    files["network.csv"] = "\n".join([header, ",".join(cells), rest]).encode("utf-8-sig")
    manifest = export.manifest(demo_con, {k: v for k, v in files.items() if k.endswith(".csv")})
    data = export._zip({**files, "manifest.json": manifest})
    before = fingerprint(demo_con)
    report = backup.restore(demo_con, data)
    assert not report.ok
    assert report.errors[0].message.startswith("network.csv, række 2: Ugyldig dato")
    assert fingerprint(demo_con) == before


def test_the_days_first_change_takes_a_backup_and_only_the_first(tmp_path):
    con = db.connect(tmp_path / "ns.duckdb")
    report = dio.save_rows(con, "directorate", [{"id": "D1", "name": "Et"}])
    assert any("sikkerhedskopi" in n for n in report.notes)
    report = dio.save_rows(con, "directorate", [{"id": "D2", "name": "To"}])
    assert report.notes == []
    listed = backup.list_backups(con)
    assert list(listed["reason"]) == ["Dagens første ændring"]
    assert (tmp_path / "backups" / listed["file"][0]).is_file()


# --- Never half-written -------------------------------------------------------------------------
EXPORT_LOOP = """
import sys
from data import db, io as dio
con = db.connect(sys.argv[1], read_only=True)
while True:
    dio.export_xlsx(con, sys.argv[2])
    dio.export_csv(con, sys.argv[3])
"""


def test_kill_9_during_exports_leaves_whole_files_only(demo_file, tmp_path):
    """An export process killed at 8 moments: the Excel file is always a whole workbook and
    every CSV file matches its rows; the folder restores, or is refused as a whole."""
    xlsx, folder = tmp_path / "ns.xlsx", tmp_path / "csv"
    for delay in (0.15, 0.3, 0.45, 0.6, 0.8, 1.0, 1.3, 1.7):
        child = subprocess.Popen(
            [sys.executable, "-c", EXPORT_LOOP, demo_file, str(xlsx), str(folder)], cwd=ROOT
        )
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if xlsx.exists():
            import openpyxl

            assert "rc_response" in openpyxl.load_workbook(xlsx, read_only=True).sheetnames
        if (folder / "manifest.json").exists():
            files = {p.name: p.read_bytes() for p in folder.iterdir() if not p.name.startswith(".")}
            fresh = db.connect(":memory:")
            report = backup.restore(fresh, export._zip(files))
            # a whole export restores; one interrupted between files is refused as a whole
            assert report.ok or "beskadiget" in report.errors[0].message, report.errors
        leftovers = [p for p in tmp_path.rglob(".*") if p.is_file()]
        for p in leftovers:  # a temporary file of the killed writer is never read as a table
            assert not p.name.endswith(".csv")


# --- Writers at the same time -------------------------------------------------------------------
def test_two_sessions_importing_survey_answers_at_once_both_land(demo_con):
    con = demo_con
    files = []
    for n in range(2):
        rows = "".join(f"RC2026,person-{n}-{i},Dagtilbud,Skole (PPR),4\n" for i in range(3000))
        files.append(("wave_id,respondent,from_group,to_group,frequency\n" + rows).encode())
    before = db.row_counts(con)["rc_response"]
    reports, errors = [None, None], []
    start = threading.Barrier(2)

    def work(n):
        try:
            start.wait()
            reports[n] = dio.import_table(con.cursor(), "rc_response", files[n])
        except Exception as exc:  # the test fails on any exception
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and all(r.ok for r in reports), [r.errors for r in reports]
    assert db.row_counts(con)["rc_response"] == before + 6000


def test_a_write_that_collides_with_another_is_refused_in_danish(demo_con):
    other = demo_con.cursor()
    other.execute("BEGIN TRANSACTION")
    other.execute("UPDATE directorate SET name = 'Samtidig' WHERE id = 'DIR-BSV'")
    before = demo_con.execute("SELECT name FROM directorate ORDER BY id").fetchall()
    report = dio.import_table(demo_con.cursor(), "directorate", b"id,name\nDIR-BSV,Min\n")
    assert not report.ok and "prøv igen" in report.errors[0].message
    other.execute("ROLLBACK")
    assert demo_con.execute("SELECT name FROM directorate ORDER BY id").fetchall() == before


def test_a_writer_that_waits_too_long_is_told_to_try_again(empty_con, monkeypatch):
    monkeypatch.setattr(db, "WRITE_WAIT_SECONDS", 0.2)
    held = threading.Event()
    release = threading.Event()

    def hold():
        with db.write_transaction(empty_con.cursor()):
            held.set()
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(5)
    report = dio.save_rows(empty_con.cursor(), "directorate", [{"id": "D1", "name": "x"}])
    release.set()
    holder.join()
    assert not report.ok and "optaget" in report.errors[0].message
    assert db.row_counts(empty_con)["directorate"] == 0


# --- The demo never overwrites real data --------------------------------------------------------
def _demo(*args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "data.demo", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_demo_command_refuses_to_overwrite_a_database_that_is_not_the_demo(tmp_path):
    path = tmp_path / "albertslund.duckdb"
    con = db.connect(path)
    dio.save_rows(con, "directorate", [{"id": "D1", "name": "Kommunens egne data"}])
    con.execute("CHECKPOINT")
    con.close()
    content = path.read_bytes()
    result = _demo("--path", str(path))
    assert result.returncode == 2 and "ikke en demodatabase" in result.stdout
    assert path.read_bytes() == content
    result = _demo("--path", str(path), "--force")
    assert result.returncode == 0
    con = db.connect(path)
    assert db.is_demo(con)
    con.close()
    assert _demo("--path", str(path)).returncode == 0  # a demo may be rebuilt


def test_daily_backups_are_not_taken_for_an_in_memory_database(empty_con):
    assert export.daily_backup(empty_con) is None


# --- What a review found (each failed before its fix) -------------------------------------------
def test_a_row_deleted_while_an_import_waits_is_seen_by_its_validation(demo_con):
    """The import checks its references after it has the write lock, not before: a person
    deleted while it waits makes it refuse, instead of writing a role for nobody."""
    con = demo_con
    person = {"id": "P9001", "name": "Ny", "department_id": "AFD-MT"}
    assert dio.insert_row(con, "person", person).ok
    role = b"network_id,person_id,role\nN2026-01,P9001,participant\n"
    reports = []
    with db.exclusive():  # another session is writing
        waiting = threading.Thread(
            target=lambda: reports.append(dio.import_table(con.cursor(), "role_assignment", role))
        )
        waiting.start()
        time.sleep(0.5)  # the import has started and waits for the lock
        assert dio.delete_row(con, "person", {"id": "P9001"}).ok  # the other session's delete
    waiting.join()
    assert not reports[0].ok and "Findes ikke i Personer" in reports[0].errors[0].message
    dangling = "SELECT count(*) FROM role_assignment r LEFT JOIN person p ON p.id = r.person_id"
    assert db.scalar(con, dangling + " WHERE p.id IS NULL") == 0


def test_a_survey_group_cannot_move_to_another_wave_nor_a_wave_get_a_new_id(demo_con):
    group = dio.row_values(demo_con, "rc_group", {"wave_id": "RC2026", "name": "Dagtilbud"})
    before = fingerprint(demo_con)
    moved = dio.update_row(
        demo_con,
        "rc_group",
        {"wave_id": "RC2026", "name": "Dagtilbud"},
        {**group, "wave_id": "RC2025"},
    )
    assert not moved.ok and "'wave_id' kan ikke ændres" in moved.errors[0].message
    wave = dio.row_values(demo_con, "rc_wave", {"id": "RC2026"})
    renamed = dio.update_row(demo_con, "rc_wave", {"id": "RC2026"}, {**wave, "id": "RC2026-B"})
    assert not renamed.ok and "'id' kan ikke ændres" in renamed.errors[0].message
    assert fingerprint(demo_con) == before


def test_a_snapshot_does_not_see_what_is_committed_while_it_reads(demo_con):
    """Backups read every table inside `db.snapshot`: one moment of the database, so a person
    and their role committed by another session between two tables' reads are in the backup
    together or not at all."""
    reader, writer = demo_con.cursor(), demo_con.cursor()
    with db.snapshot(reader):
        before = db.scalar(reader, "SELECT count(*) FROM person")
        assert dio.insert_row(
            writer, "person", {"id": "P7001", "name": "Ny", "department_id": "AFD-MT"}
        ).ok
        assert db.scalar(reader, "SELECT count(*) FROM person") == before
    assert db.scalar(reader, "SELECT count(*) FROM person") == before + 1


def test_every_backup_taken_while_others_write_restores(demo_con):
    """Backups taken while another session adds people and their roles all restore."""
    con = demo_con
    stop = threading.Event()

    def write():
        n = 0
        while not stop.is_set():
            n += 1
            person = {"id": f"P8{n:03d}", "name": f"Person {n}", "department_id": "AFD-MT"}
            dio.insert_row(con.cursor(), "person", person)
            dio.save_rows(
                con.cursor(),
                "role_assignment",
                [{"network_id": "N2026-01", "person_id": person["id"], "role": "participant"}],
            )

    writer = threading.Thread(target=write)
    writer.start()
    try:
        backups = [export.backup_files(con.cursor()) for _ in range(6)]
    finally:
        stop.set()
        writer.join()
    for files in backups:
        data = export._zip({k: v for k, v in files.items()})
        fresh = db.connect(":memory:")
        report = backup.restore(fresh, data)
        assert report.ok, report.errors[:2]


def test_an_xlsx_that_unpacks_to_more_than_the_limit_is_refused_unread(con_empty_memory):
    from data.files import MAX_XLSX_UNPACKED

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/sharedStrings.xml", "w") as strings:  # 1,5 million long strings
            chunk = b"<si><t>" + b"x" * 1000 + b"</t></si>"
            for _ in range(MAX_XLSX_UNPACKED // len(chunk) + 1):
                strings.write(chunk)
    started = time.perf_counter()
    report = dio.import_table(con_empty_memory, "directorate", buffer.getvalue())
    assert time.perf_counter() - started < 5
    assert not report.ok and "udpakket" in report.errors[0].message


@pytest.fixture()
def con_empty_memory():
    con = db.connect(":memory:")
    yield con
    con.close()


def test_look_alike_ids_from_version_1_are_named_and_each_stays_correctable(tmp_path):
    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    db.schema_version(con)
    db._migration_1(con)
    con.execute("INSERT INTO schema_version (version) VALUES (1)")
    con.execute("INSERT INTO directorate VALUES ('D1', 'Et'), ('d1', 'Et igen')")
    con.close()
    con = db.connect(path)
    log = con.execute("SELECT action, table_name, row_key FROM audit_log").fetchall()
    assert log == [("migration", "directorate", "D1 / d1")]
    assert dio.update_row(con, "directorate", {"id": "d1"}, {"id": "d1", "name": "Rettet"}).ok
    assert dio.import_table(con, "directorate", "id,name\nD1,Også rettet\n".encode()).ok
    assert con.execute("SELECT id, name FROM directorate ORDER BY id").fetchall() == [
        ("D1", "Også rettet"),
        ("d1", "Rettet"),
    ]


def test_a_group_name_in_other_capitals_under_a_wave_id_in_other_capitals_is_one_group(demo_con):
    survey = b"wave_id,respondent,from_group,to_group,frequency\nrc2026,x1,dagtilbud,DAGTILBUD,4\n"
    assert dio.import_table(demo_con, "rc_response", survey).ok
    group = {"wave_id": "rc2026", "name": "DAGTILBUD", "department_id": "AFD-DT"}
    assert dio.save_rows(demo_con, "rc_group", [group]).ok
    names = demo_con.execute(
        "SELECT name FROM rc_group WHERE wave_id = 'RC2026' AND lower(name) = 'dagtilbud'"
    ).fetchall()
    assert names == [("Dagtilbud",)]


def test_a_demo_someone_has_worked_in_is_not_rebuilt_without_force(tmp_path):
    path = tmp_path / "demo.duckdb"
    assert _demo("--path", str(path)).returncode == 0  # a new demo
    con = db.connect(path)
    assert dio.save_rows(con, "directorate", [{"id": "D-EGEN", "name": "Egne data"}]).ok
    con.close()
    result = _demo("--path", str(path))
    assert result.returncode == 2 and "ikke en demodatabase" in result.stdout
