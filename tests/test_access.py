"""Who may change what (data.access, DESIGN.md §5): roles from the users table, and every write of
data/ — found by inspection, not listed by hand — refusing the read-only roles with
PermissionError and an unchanged database, tried like an attacker would: straight at the data
layer, past every page."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
import shutil

import pytest

import data
from data import access, db, export
from data.demo import DEMO_USERS
from data.io import import_table, save_rows
from tests.conftest import fingerprint

SECRETARY, CHEFFORUM, DIREKTION = (email for email, _, _, _ in DEMO_USERS)
GONE = "tidligere-sekretaer@albertslund.dk"  # a secretary whose access was taken away
STRANGER = "ukendt@albertslund.dk"


# --- Roles --------------------------------------------------------------------------------------
def test_system_is_the_secretariat_and_users_have_their_roles(demo_con):
    assert access.role_of(demo_con, "system") == "sekretariat"
    assert access.role_of(demo_con, " System ") == "sekretariat"
    assert access.role_of(demo_con, SECRETARY) == "sekretariat"
    assert access.role_of(demo_con, CHEFFORUM) == "chefforum"
    assert access.role_of(demo_con, DIREKTION.upper()) == "direktion"  # an address has no case
    assert access.role_of(demo_con, STRANGER) is None
    assert access.role_of(demo_con, "") is None
    assert access.role_of(demo_con, None) is None


def test_an_inactive_user_has_no_role(demo_con):
    report = save_rows(
        demo_con, "app_user", [{"email": GONE, "role": "sekretariat", "active": "nej"}]
    )
    assert report.ok, report.errors
    assert access.role_of(demo_con, GONE) is None


def test_a_user_is_an_email_address(demo_con):
    before = fingerprint(demo_con)
    report = save_rows(demo_con, "app_user", [{"email": "system", "role": "sekretariat"}])
    assert not report.ok and report.errors[0].column == "email"
    report = save_rows(demo_con, "app_user", [{"email": "a@b.dk", "role": "administrator"}])
    assert not report.ok and report.errors[0].column == "role"
    assert fingerprint(demo_con) == before


# --- Every write of data/, found by inspection ----------------------------------------------------
# Code of data/ that writes without a `user`, and why that is not a way around the roles: none of
# it is reachable from a page.
NOT_A_SESSION = {
    "db.connect": "creates or migrates the schema when the file is opened",
    "db.migrate": "the schema's migrations",
    "db.schema_version": "the schema's version table",
    "db.main": "the command line: an empty database",
    "macros.create_macros": "the schema's macros",
    "schema.create_table_ddl": "builds the text of a CREATE TABLE for the migrations",
    "demo.build_demo": "the command line: the demo organisation in a new file",
    "demo.open_or_create": "the start of the server: the demo file when there is none",
    "demo.main": "the command line",
    "access.main": "the command line, as `system`",
    "export.export_csv": "an export to a folder the caller names (command line; reads only)",
    "export.export_xlsx": "an export to a file the caller names (command line; reads only)",
}
_WRITES = re.compile(
    r"INSERT INTO|UPDATE \w+ SET|DELETE FROM|DROP TABLE|ALTER TABLE|CREATE (TEMP )?TABLE"
    r"|\b(_write|write_audit|save_rows|write_backup|_atomic_write|set_setting)\("
)


def data_functions() -> dict[str, object]:
    """Every public function defined in a module of data/ (labels excluded: text only)."""
    found = {}
    for info in pkgutil.iter_modules(data.__path__):
        if info.name == "labels":
            continue
        module = importlib.import_module(f"data.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ == module.__name__ and not name.startswith("_"):
                found[f"{info.name}.{name}"] = fn
    return found


def writers() -> dict[str, object]:
    """The functions of data/ whose code writes (SQL that changes a table, or a call of a
    writer), but for the schema's and the command line's (NOT_A_SESSION)."""
    return {
        name: fn
        for name, fn in data_functions().items()
        if _WRITES.search(inspect.getsource(inspect.unwrap(fn))) and name not in NOT_A_SESSION
    }


def test_every_function_that_writes_takes_the_acting_user():
    blind = [n for n, fn in writers().items() if "user" not in inspect.signature(fn).parameters]
    assert not blind, f"writes without knowing who writes: {blind}"


def _csv(text: str) -> bytes:
    return text.encode()


# name -> (setup as the secretariat before the attempt, or None; the call's arguments). Each is a
# write the secretariat is allowed (test_each_case_really_writes), so a refusal is the role's.
CASES = {
    "importer.import_table": (
        None,
        ("directorate", _csv("id,name\nDIR-NY,Nyt direktørområde\n")),
    ),
    # lowering the anonymity threshold: the most tempting write of all
    "importer.save_rows": (None, ("setting", [{"key": "rc_min_respondents", "value": "3"}])),
    "importer.insert_row": (None, ("directorate", {"id": "DIR-NY", "name": "Nyt"})),
    "importer.update_row": (
        None,
        (
            "setting",
            {"key": "innovation_max_running"},
            {"key": "innovation_max_running", "value": "9"},
        ),
    ),
    "importer.delete_row": (None, ("setting", {"key": "shelf_days"})),
    "backup.restore": ("backup", ()),
    "meetings.record_meeting": (None, (dt.date(2026, 11, 25),)),
    "meetings.record_decision": ("meeting", ("M2026-11-25", "other", None, "noted")),
    "db.write_audit": (None, ("edit", "person", "P00001", "forsøg")),
    "db.set_setting": (None, ("rc_min_respondents", "3")),
    "export.write_backup": (None, ("manual",)),
    "export.daily_backup": (None, ()),
    "privacy.erase_person": (None, ("P00001",)),
}


def _prepare(con, setup: str | None, args: tuple) -> tuple:
    if setup == "meeting":
        from data.meetings import record_meeting

        assert record_meeting(con, dt.date(2026, 11, 25)).ok
    if setup == "backup":  # an export of the same database, changed after it was taken
        args = (export.export_csv_zip(con),)
        assert save_rows(con, "setting", [{"key": "shelf_days", "value": "200"}]).ok
    return args


def _backups(con) -> set[str]:
    folder = export.backup_dir(con)
    return {p.name for p in folder.glob("*.zip")} if folder.exists() else set()


def _call(fn, con, args: tuple, user: str):
    """`fn` as `user` (the log's own writer takes the user second, as it records it)."""
    second = list(inspect.signature(fn).parameters.values())[1]
    if second.name == "user" and second.kind is second.POSITIONAL_OR_KEYWORD:
        return fn(con, user, *args)
    return fn(con, *args, user=user)


def test_every_write_has_a_case():
    assert set(writers()) == set(CASES), "a write of data/ without an attack case here"


@pytest.fixture()
def demo_copy(demo_file, tmp_path):
    """A fresh copy of the demo database per call (its backups in a folder of its own)."""
    made = []

    def copy():
        folder = tmp_path / f"copy{len(made)}"
        folder.mkdir()
        path = folder / "demo.duckdb"
        shutil.copy(demo_file, path)
        con = db.connect(path)
        made.append(con)
        return con

    yield copy
    for con in made:
        con.close()


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_case_really_writes_for_the_secretariat(name, demo_copy):
    con = demo_copy()
    setup, args = CASES[name]
    args = _prepare(con, setup, args)
    before, backups = fingerprint(con), _backups(con)
    result = _call(writers()[name], con, args, SECRETARY)
    assert getattr(result, "ok", True), getattr(result, "errors", None)
    assert fingerprint(con) != before or _backups(con) != backups


@pytest.mark.parametrize("user", [CHEFFORUM, DIREKTION, GONE, STRANGER, ""])
@pytest.mark.parametrize("name", sorted(CASES))
def test_a_read_only_role_is_refused_and_nothing_changes(name, user, demo_copy):
    con = demo_copy()
    assert save_rows(con, "app_user", [{"email": GONE, "role": "sekretariat", "active": "nej"}]).ok
    setup, args = CASES[name]
    args = _prepare(con, setup, args)
    before, backups = fingerprint(con), _backups(con)
    with pytest.raises(PermissionError, match="Kun sekretariatet kan ændre data"):
        _call(writers()[name], con, args, user)
    assert fingerprint(con) == before
    assert _backups(con) == backups


def test_an_unknown_users_import_raises_and_changes_nothing(demo_con):
    """The held-out access check of issue 16, as it is worded."""
    assert access.role_of(demo_con, "system") == "sekretariat"
    before = fingerprint(demo_con)
    with pytest.raises(PermissionError):
        import_table(demo_con, "directorate", b"id,name\nDIR-X,X\n", user="nobody@example.com")
    assert fingerprint(demo_con) == before


# --- The log cannot be edited or imported over ---------------------------------------------------
def test_the_audit_log_is_not_imported_or_edited(demo_con):
    from data.io import delete_row, update_row

    before = fingerprint(demo_con)
    csv = b"at,user,action\n2020-01-01 00:00:00,someone,import\n"
    report = import_table(demo_con, "audit_log", csv)
    assert not report.ok and "Loggen" in report.errors[0].message
    assert not import_table(demo_con, "audit_log", csv, replace_all=True).ok
    assert not update_row(demo_con, "audit_log", {}, {"user": "x"}).ok
    assert not delete_row(demo_con, "audit_log", {}).ok
    assert fingerprint(demo_con) == before


def test_every_write_records_the_real_user_the_table_and_the_rows(demo_con):
    report = import_table(
        demo_con, "directorate", b"id,name\nDIR-A,A\nDIR-B,B\n", user=f" {SECRETARY.upper()} "
    )
    assert report.ok
    lines, total = db.read_audit(demo_con, by=SECRETARY)
    assert total == 1
    line = lines.iloc[0]
    # two new rows, written by the secretary (stored as the address is compared: lower case)
    assert (line["user"], line["action"], line["table_name"], line["row_count"]) == (
        SECRETARY, "import", "directorate", 2,
    )  # fmt: skip
    assert "2 nye, 0 opdateret" in line["detail"]
    # the filters: by table, by period (nothing before today), and the choices they offer
    assert db.read_audit(demo_con, table="person")[1] == 0
    today = dt.date.today()
    assert db.read_audit(demo_con, since=today, until=today)[1] == 1
    assert db.read_audit(demo_con, until=today - dt.timedelta(days=1))[1] == 0
    assert db.audit_choices(demo_con) == {"user": [SECRETARY], "table": ["directorate"]}


def test_the_command_line_grants_and_revokes(demo_file, tmp_path, capsys):
    path = tmp_path / "cli.duckdb"
    shutil.copy(demo_file, path)
    assert (
        access.main(["--db", str(path), "grant", "Ny.Sekretaer@Albertslund.dk", "sekretariat"]) == 0
    )
    con = db.connect(path)
    assert access.role_of(con, "ny.sekretaer@albertslund.dk") == "sekretariat"
    con.close()
    assert access.main(["--db", str(path), "revoke", "ny.sekretaer@albertslund.dk"]) == 0
    assert access.main(["--db", str(path), "revoke", STRANGER]) == 2
    con = db.connect(path)
    assert access.role_of(con, "ny.sekretaer@albertslund.dk") is None
    lines, _ = db.read_audit(con, table="app_user")
    assert set(lines["user"]) == {"system"}  # the command line acts as system, and says so
    con.close()


# --- What a change of the users may not do -------------------------------------------------------
def test_the_last_active_secretary_cannot_be_deactivated_or_deleted(demo_con):
    from data.io import delete_row

    # the demo has one secretary: deactivating them would lock everyone out once login is on
    before = fingerprint(demo_con)
    row = {"email": SECRETARY, "role": "sekretariat", "active": "nej"}
    report = save_rows(demo_con, "app_user", [row])
    assert not report.ok and "nogen aktiv bruger med rollen sekretariat" in report.errors[0].message
    assert not delete_row(demo_con, "app_user", {"email": SECRETARY}).ok
    demoted = {"email": SECRETARY, "role": "chefforum", "active": "ja"}
    assert not save_rows(demo_con, "app_user", [demoted]).ok
    assert fingerprint(demo_con) == before
    # with a second secretary, the first may go
    assert save_rows(
        demo_con, "app_user", [{"email": "ny@albertslund.dk", "role": "sekretariat"}]
    ).ok
    assert delete_row(demo_con, "app_user", {"email": SECRETARY}).ok
    assert access.role_of(demo_con, SECRETARY) is None


def test_a_restore_leaves_the_users_as_they_are(demo_con):
    from data.backup import restore

    taken = export.export_csv_zip(demo_con)  # the chefforum user is active in it
    row = {"email": CHEFFORUM, "role": "chefforum", "active": "nej"}
    assert save_rows(demo_con, "app_user", [row]).ok
    report = restore(demo_con, taken)
    assert report.ok, report.errors
    # a revoked user is not brought back by restoring yesterday's data
    assert access.role_of(demo_con, CHEFFORUM) is None
    assert any("Brugerne og deres roller er ikke ændret" in n for n in report.notes)


def test_the_full_export_is_the_secretariats(demo_con):
    for build in (export.export_csv_zip, export.export_xlsx_bytes):
        with pytest.raises(PermissionError):
            build(demo_con, user=CHEFFORUM)
        assert build(demo_con, user=SECRETARY)[:2] == b"PK"  # a zip (an xlsx is one too)


def test_the_log_cannot_be_written_as_form_rows_either(demo_con):
    from data.io import insert_row

    before = fingerprint(demo_con)
    for report in (
        save_rows(demo_con, "audit_log", [{"user": "x", "action": "import"}]),
        insert_row(demo_con, "audit_log", {"user": "x", "action": "import"}),
    ):
        assert not report.ok and "Log" in report.errors[0].message
    assert fingerprint(demo_con) == before


def test_a_row_added_in_the_form_is_logged_with_its_key(demo_con):
    from data.io import insert_row

    assert insert_row(demo_con, "directorate", {"id": "DIR-NY", "name": "Nyt"}, user=SECRETARY).ok
    lines, _ = db.read_audit(demo_con, table="directorate")
    assert (lines.iloc[0]["action"], lines.iloc[0]["row_key"], lines.iloc[0]["row_count"]) == (
        "add", "DIR-NY", 1,
    )  # fmt: skip


# --- Erasing a person (GDPR) ---------------------------------------------------------------------
def test_an_erased_person_keeps_their_history_and_gets_no_name_back(demo_con):
    from data.privacy import erase_person

    person = "P00002"
    roles = db.scalar(
        demo_con, "SELECT count(*) FROM role_assignment WHERE person_id = ?", [person]
    )
    assert erase_person(demo_con, person, user=SECRETARY).ok
    assert db.scalar(demo_con, "SELECT name FROM person WHERE id = ?", [person]) == (
        "Slettet person 1"
    )
    # every role is kept, so every count on the pages stays
    after = db.scalar(
        demo_con, "SELECT count(*) FROM role_assignment WHERE person_id = ?", [person]
    )
    assert after == roles > 0
    # the HR system's next file with the old name is refused, naming the row
    csv = f"id,name,department_id,kind\n{person},Mette Sørensen,AFD-DT,employee\n".encode()
    report = import_table(demo_con, "person", csv)
    assert not report.ok and report.errors[0].row == 2 and report.errors[0].column == "name"
    # the log says who erased which id, never the name
    lines, _ = db.read_audit(demo_con, table="person")
    assert lines.iloc[0]["action"] == "erase" and "Sørensen" not in str(lines.iloc[0].to_dict())


def test_pseudonyms_stay_unique_after_a_deletion(demo_con):
    from data.io import delete_row, insert_row
    from data.privacy import erase_person

    for pid in ("PX1", "PX2", "PX3"):
        row = {"id": pid, "name": f"Navn {pid}", "kind": "citizen"}
        assert insert_row(demo_con, "person", row).ok
        assert erase_person(demo_con, pid).ok
    assert delete_row(demo_con, "person", {"id": "PX1"}).ok  # 'Slettet person 1' is gone
    assert insert_row(demo_con, "person", {"id": "PX4", "name": "Navn", "kind": "citizen"}).ok
    assert erase_person(demo_con, "PX4").ok
    # 2 and 3 remain; the next is 3 + 1 = 4, not the count (2) + 1 = 3
    names = [
        n for (n,) in demo_con.execute("SELECT name FROM person WHERE id LIKE 'PX%'").fetchall()
    ]
    assert sorted(names) == ["Slettet person 2", "Slettet person 3", "Slettet person 4"]
