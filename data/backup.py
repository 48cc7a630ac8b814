"""Restoring a backup (DESIGN.md §4): validated first, the current database backed up before.

A backup is a zip of CSV files with a `manifest.json` (data.export): the Data page's export, or
a full backup from the `backups/` folder beside the database (which also holds the log and the
salt of the respondent pseudonyms). `restore` checks the manifest (every file there, whole, with
the rows it should have), imports every table into an empty scratch database with the same
validation as any import, and only when all of it is right: takes a full backup of the current
database, then replaces every table's rows in one transaction. The log is never replaced: it
records what happened, the restore included.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import duckdb
import pandas as pd

from data import db
from data.access import SYSTEM
from data.export import BACKUP_FORMAT, MANIFEST, backup_dir, write_backup
from data.files import FileProblem, Source, read_source
from data.importer import import_table, reported
from data.labels import BACKUP_REASONS, BackupMsg, fmt_count
from data.report import ImportReport
from data.schema import IMPORTABLE, TABLES, ident, ident_list

# Tables a restore leaves as they are: who may log in is not rolled back with the data (a
# revoked user stays revoked, the current secretary keeps access). The log is never restored.
KEPT = ("app_user",)
_STAMP = re.compile(r"ns-(\d{8}-\d{6})-\d+-([a-z_]+)\.zip$")
_SALT = re.compile(r"^[0-9a-f]{32}$")


def list_backups(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The full backups beside the database, newest first: file, taken, reason, size_mb."""
    rows = []
    for path in sorted(backup_dir(con).glob("ns-*.zip"), reverse=True):
        match = _STAMP.match(path.name)
        if not match:
            continue
        taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        reason = BACKUP_REASONS.get(match.group(2), match.group(2))
        rows.append((path.name, taken, reason, round(path.stat().st_size / 1024 / 1024, 2)))
    return pd.DataFrame(rows, columns=["file", "taken", "reason", "size_mb"])


def backup_file(con: duckdb.DuckDBPyConnection, name: str) -> Path:
    """A file of the backups folder by its name (never a path from elsewhere)."""
    path = backup_dir(con) / Path(name).name
    if not path.is_file():
        raise FileNotFoundError(name)
    return path


def read_backup(data: bytes) -> dict[str, bytes]:
    """The files of a backup zip whose manifest they match; FileProblem (Danish) otherwise."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
        if MANIFEST not in names:
            raise FileProblem(BackupMsg.NO_MANIFEST)
        manifest = json.loads(archive.read(MANIFEST))
        if manifest.get("format") != BACKUP_FORMAT:
            raise FileProblem(BackupMsg.NO_MANIFEST)
        if manifest.get("schema_version", 1) > db.latest_version():
            raise FileProblem(BackupMsg.NEWER)
        files = {}
        for name, facts in manifest["files"].items():
            if name not in names:
                raise FileProblem(BackupMsg.MISSING_FILE.format(file=name))
            content = archive.read(name)
            if hashlib.sha256(content).hexdigest() != facts["sha256"]:
                raise FileProblem(BackupMsg.DAMAGED_FILE.format(file=name))
            files[name] = content
    except FileProblem:
        raise
    except (zipfile.BadZipFile, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise FileProblem(BackupMsg.NOT_A_BACKUP) from exc
    # A table added after the backup's schema version (the users of version 5) is not in it:
    # restoring keeps that table as it is (restoring an old backup must not lock anyone out).
    taken_at = manifest.get("schema_version", 1)
    missing = [
        f"{t}.csv" for t in IMPORTABLE if f"{t}.csv" not in files and TABLES[t].since <= taken_at
    ]
    if missing:
        raise FileProblem(BackupMsg.MISSING_FILE.format(file=", ".join(missing)))
    return files


def _scratch(files: dict[str, bytes], report: ImportReport, tick) -> duckdb.DuckDBPyConnection:
    """An in-memory database holding exactly the backup's tables, each imported (validated)."""
    scratch = db.connect(":memory:")
    for table in ("setting", "phase_template", "role_hours"):  # the defaults are in the backup
        sql = f"DELETE FROM {ident(table)}"
        scratch.execute(sql)
    for i, table in enumerate(IMPORTABLE):
        if table in KEPT:
            continue
        tick(0.1 + 0.6 * i / len(IMPORTABLE), BackupMsg.CHECKING.format(file=f"{table}.csv"))
        data = files.get(f"{table}.csv", b"")  # none: a table newer than the backup (kept)
        if not data.decode("utf-8-sig").partition("\n")[2].strip():
            continue  # a header and no rows: an empty table
        # the scratch database is this function's own, written as `system`
        part = import_table(scratch, table, io.BytesIO(data), user=SYSTEM, limits=False)
        for error in part.errors:
            where = f"{table}.csv" + (f", række {error.row}" if error.row else "")
            report.add(error.row, error.column, error.value, f"{where}: {error.message}")
        report.error_count += part.error_count - len(part.errors)
    return scratch


@reported
def restore(
    con: duckdb.DuckDBPyConnection,
    source: Source,
    *,
    user: str = "system",
    progress=None,
) -> ImportReport:
    """Replace every table's rows by a backup's, or change nothing (a Danish report says why)."""
    tick = progress or (lambda fraction, text: None)
    report = ImportReport(table="backup", file=getattr(source, "name", None) or "sikkerhedskopi")
    try:
        data, report.file = read_source(source, limits=False)  # an upload is limited by Streamlit
        files = read_backup(data)
    except FileProblem as problem:
        report.add(None, None, None, problem.message)
        return report
    scratch = _scratch(files, report, tick)
    salt = _salt(files.get("secret.csv"), report)
    if not report.ok:
        scratch.close()
        return report
    tick(0.75, BackupMsg.BACKING_UP)
    path = write_backup(con, "restore", user=user)
    report.notes.append(BackupMsg.TAKEN.format(file=path.name))
    tick(0.85, BackupMsg.WRITING)
    try:
        with db.write_transaction(con):
            restored = [t for t in IMPORTABLE if f"{t}.csv" in files and t not in KEPT]
            for table in reversed(restored):
                sql = f"DELETE FROM {ident(table)}"
                con.execute(sql)
            for table in restored:
                columns = ident_list(TABLES[table].names)
                sql = f"SELECT {columns} FROM {ident(table)}"
                rows = scratch.sql(sql).to_arrow_table()
                con.register("_restore", rows)
                con.execute(
                    f"INSERT INTO {ident(table)} ({columns}) SELECT {columns} FROM _restore"
                )
                con.unregister("_restore")
                report.rows += rows.num_rows
            if salt:
                con.execute("UPDATE secret SET value = ? WHERE key = 'rc_salt'", [salt])
            detail = f"{report.file}: {fmt_count(report.rows, 'række', 'rækker')}"
            db.write_audit(con, user, "restore", None, None, detail, report.rows)
    except db.WriteRefused as refused:
        report.rows = 0
        report.add(None, None, None, str(refused))
    finally:
        scratch.close()
    if report.ok:
        report.message = BackupMsg.RESTORED.format(
            file=report.file, rows=fmt_count(report.rows, "række", "rækker")
        )
        report.notes.append(BackupMsg.USERS_KEPT)
    tick(1.0, BackupMsg.DONE)
    return report


def _salt(data: bytes | None, report: ImportReport) -> str | None:
    """The pseudonyms' salt of a full backup (None in an export, which never carries it)."""
    if data is None:
        return None
    frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False)
    values = dict(zip(frame.get("key", []), frame.get("value", []), strict=True))
    salt = values.get("rc_salt", "")
    if not _SALT.match(salt):
        report.add(None, None, None, BackupMsg.DAMAGED_FILE.format(file="secret.csv"))
        return None
    return salt
