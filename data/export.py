"""Exports and backups of the contract tables (DESIGN.md §4 "Export"), and the one function that
makes any table safe to open in a spreadsheet.

- `spreadsheet_safe`: text that starts with `=`, `+`, `-`, `@`, tab or CR gets a `'` in front
  (formula injection). Every download of every page goes through it (pages/_tables.py), the
  exports do the same in SQL, and the importer removes that one prefix again.
- `export_csv` writes a folder of CSV files that imports back into an identical database: UTF-8
  with BOM, every field quoted (a lone CR or a line break inside a value stays inside it), decimal
  numbers with a decimal comma (never mistaken for a thousands separator), and a `manifest.json`
  with each file's rows and checksum, written last. Each file is written to a temporary name and
  renamed when complete, so a crash leaves the previous files, never a cut one.
- `export_xlsx` is for reading (the annual report): Excel holds at most 32.767 characters in a
  cell, so a longer text is cut there, marked, and named in the result; the importer refuses a
  marked cell. Control characters are written as Excel writes them (`_x001F_`) and read back.
- `write_backup` is the full backup: the CSV folder as a zip, plus the log and the salt of the
  respondent pseudonyms (never in the exports), kept beside the database file.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

import duckdb
import pandas as pd
import xlsxwriter

from data.access import SYSTEM, require_secretariat
from data.db import row_counts as db_row_counts
from data.db import schema_version, snapshot
from data.labels import XLSX_CUT_MARK, XLSX_TOO_BIG
from data.schema import IMPORTABLE, TABLE_ORDER, TABLES, Table, ident, ident_list
from data.values import FORMULA_CLASS, FORMULA_START

_FORMULA_RE = "^" + FORMULA_CLASS
XLSX_MAX_CHARS = 32_767
XLSX_MAX_ROWS = 1_048_575  # an Excel sheet's rows below its heading
BACKUP_FORMAT = "ns-dashboard-backup"
MANIFEST = "manifest.json"
KEEP_BACKUPS = 14  # of each kind (daily, manual, before a restore, before "replace all")
_XLSX_LITERAL = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_XLSX_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# --- Safe for a spreadsheet ---------------------------------------------------------------------
def safe_text(value):
    """One cell: formula-like text gets a leading `'`; anything else is returned as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells cannot run as formulas in Excel or LibreOffice; column
    headings too. Numbers, dates and empty cells are unchanged."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(safe_text).astype(object)
    return safe.rename(columns=safe_text)


def table_csv(frame: pd.DataFrame) -> bytes:
    """A table shown on a page as a Danish CSV download (semicolons, decimal comma, BOM). Rows
    end in CRLF (RFC 4180), so a cell holding a lone carriage return is quoted: with pandas'
    '\\n' it would be left bare and split the row in two when read."""
    safe = spreadsheet_safe(frame)
    return safe.to_csv(index=False, sep=";", decimal=",", lineterminator="\r\n").encode("utf-8-sig")


def workbook(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An XLSX file with one sheet per frame (formula-safe, control characters escaped, cells
    cut at Excel's limit), columns wide enough to read."""
    buffer = io.BytesIO()
    options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    with pd.ExcelWriter(buffer, engine="xlsxwriter", engine_kwargs={"options": options}) as writer:
        for name, frame in sheets.items():
            safe = spreadsheet_safe(frame)
            for column in safe.columns:
                if safe[column].dtype == object:
                    safe[column] = safe[column].map(
                        lambda v: _xlsx_text(v)[0] if isinstance(v, str) else v
                    )
            safe.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            for i, column in enumerate(safe.columns):
                cells = safe.iloc[:200, i].astype(str).str.len()
                width = max([len(str(column)), *cells])
                sheet.set_column(i, i, min(max(width + 2, 8), 70))
    return buffer.getvalue()


# --- One table as exported ----------------------------------------------------------------------
def _select_for_export(spec: Table, as_text: bool) -> str:
    parts = []
    for c in spec.columns:
        col = ident(c.name)
        if c.kind == "text":
            parts.append(
                f"CASE WHEN regexp_matches({col}, '{_FORMULA_RE}')"
                f" THEN '''' || {col} ELSE {col} END AS {col}"
            )
        elif as_text and c.kind == "float":  # decimal comma: '1,125', never '1.125'
            parts.append(f"replace(CAST({col} AS VARCHAR), '.', ',') AS {col}")
        elif as_text:
            parts.append(f"CAST({col} AS VARCHAR) AS {col}")
        else:
            parts.append(col)
    order = ident_list(spec.key) or ident("at")
    return f"SELECT {', '.join(parts)} FROM {ident(spec.name)} ORDER BY {order}"


def export_frame(con, table: str, *, as_text: bool = True) -> pd.DataFrame:
    """One table as exported: formula-like text prefixed with ', in key order."""
    return con.execute(_select_for_export(TABLES[table], as_text)).df()


# --- Writing files whole or not at all ----------------------------------------------------------
def _atomic_write(path: Path, write) -> None:
    """`write(temporary path)`, then rename over `path`: a crash leaves the old file or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def _csv_bytes(con, query: str) -> bytes:
    """A query's rows as CSV written by DuckDB: UTF-8 with BOM, a header, every value quoted
    (quotes doubled), an empty cell for NULL."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "rows.csv"
        sql = f"COPY ({query}) TO '{path}' (FORMAT csv, HEADER, FORCE_QUOTE *)"
        con.execute(sql)
        return codecs.BOM_UTF8 + path.read_bytes()


def _csv_files(con, tables: Iterable[str], *, salt: bool = False) -> dict[str, bytes]:
    """Every table of `tables` as CSV (with `salt`, the pseudonyms' salt too) and their
    manifest, all read at one moment (a snapshot): a row committed by another session meanwhile
    is in every file and count or in none."""
    with snapshot(con):
        files = {f"{t}.csv": _csv_bytes(con, _select_for_export(TABLES[t], True)) for t in tables}
        if salt:
            files["secret.csv"] = _csv_bytes(con, "SELECT key, value FROM secret ORDER BY key")
        files[MANIFEST] = manifest(con, files, tables)
    return files


def manifest(con, files: dict[str, bytes], counted=()) -> bytes:
    """What a backup holds: each file's data rows and SHA-256, so a cut file is found. Rows of
    the tables in `counted` (read in the same snapshot) are counted in SQL, others in the file."""
    counts = {t: n for t, n in db_row_counts(con).items() if t in counted}
    body = {
        "format": BACKUP_FORMAT,
        "version": 1,
        "schema_version": schema_version(con),
        "files": {
            name: {
                "rows": counts[name[:-4]] if name[:-4] in counts else _data_rows(data),
                "sha256": hashlib.sha256(data).hexdigest(),
            }
            for name, data in files.items()
        },
    }
    return json.dumps(body, indent=2, ensure_ascii=False).encode("utf-8")


def _data_rows(data: bytes) -> int:
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    return max(sum(1 for _ in reader) - 1, 0)


def export_csv(con: duckdb.DuckDBPyConnection, folder: str | os.PathLike) -> list[Path]:
    """Every table but audit_log as `<table>.csv`, and `manifest.json` last; each file
    written whole (a temporary file renamed)."""
    target = Path(folder)
    files = _csv_files(con, IMPORTABLE)
    paths = []
    for name, data in files.items():
        _atomic_write(target / name, lambda p, d=data: p.write_bytes(d))
        paths.append(target / name)
    return paths[:-1]


def export_csv_zip(con: duckdb.DuckDBPyConnection, *, user: str = SYSTEM) -> bytes:
    """The CSV export as one zip (with its manifest): every table, the users included, so the
    secretariat's only (data.access; checked when the file is built, i.e. on the click)."""
    require_secretariat(con, user)
    return _zip(_csv_files(con, IMPORTABLE))


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# --- Excel --------------------------------------------------------------------------------------
def _xlsx_text(value: str) -> tuple[str, bool]:
    """A text as Excel stores it (ECMA-376 §22.4.2.4): a literal `_xHHHH_` escaped as
    `_x005F_xHHHH_`, control characters as `_xHHHH_`; over 32.767 characters cut and marked."""
    text = _XLSX_LITERAL.sub(r"_x005F_\1", value)
    text = _XLSX_CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    if len(text) <= XLSX_MAX_CHARS:
        return text, False
    return text[: XLSX_MAX_CHARS - len(XLSX_CUT_MARK) - 1] + " " + XLSX_CUT_MARK, True


def export_xlsx(
    con: duckdb.DuckDBPyConnection,
    path: str | os.PathLike | BinaryIO,
    *,
    progress: Callable[[float, str], None] | None = None,
) -> list[str]:
    """Every table, audit_log included, one sheet each, in one workbook (a path is written
    whole or not at all). Returns `table.column (row key)` of every cell cut at Excel's limit.
    `progress(fraction, table)` is told before each table.

    Written cell by cell with xlsxwriter's typed writers: half the time of pandas' to_excel.
    (Not its constant-memory mode: that writes inline strings, whose `_xHHHH_` escapes a
    reader does not undo.)"""
    cut: list[str] = []
    if big := too_big_for_excel(con):  # xlsxwriter would drop the rows past the last in silence
        tables = ", ".join(f"{t} ({n:,})".replace(",", ".") for t, n in big.items())
        raise ValueError(XLSX_TOO_BIG.format(tables=tables))

    def write(target) -> None:
        book = xlsxwriter.Workbook(
            target,
            {
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        formats = {
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "timestamp": book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"}),
        }
        header = book.add_format({"bold": True})
        for n, table in enumerate(TABLE_ORDER):
            if progress:
                progress(n / len(TABLE_ORDER), table)
            frame = export_frame(con, table, as_text=False)
            spec = TABLES[table]
            sheet = book.add_worksheet(table)
            sheet.write_row(0, 0, list(frame.columns), header)
            columns = []
            for c, name in enumerate(frame.columns):
                kind = spec.column(name).kind
                values = frame[name]
                if kind == "text" and values.notna().any():
                    pairs = values.map(
                        lambda v: _xlsx_text(v) if isinstance(v, str) else (v, False)
                    )
                    values = pairs.str[0]
                    for i in pairs.index[pairs.str[1].astype(bool)]:
                        key = ", ".join(str(frame.at[i, k]) for k in spec.key) or str(i)
                        cut.append(f"{table}.{name} ({key})")
                if kind in formats:
                    values = pd.to_datetime(values)
                    sheet.set_column(c, c, 19 if kind == "timestamp" else 11)
                cells = values.astype(object).where(values.notna(), None).tolist()
                writer = getattr(sheet, _WRITERS.get(kind, "write_string"))
                columns.append((writer, formats.get(kind), cells))
            for r in range(len(frame)):
                for c, (writer, cell_format, cells) in enumerate(columns):
                    if (value := cells[r]) is not None:
                        writer(r + 1, c, value, cell_format)
        if progress:
            progress(1.0, "")
        book.close()

    if isinstance(path, str | os.PathLike):
        _atomic_write(Path(path), write)
    else:
        write(path)
    return cut


# xlsxwriter's writer for a column kind (data.schema.Column.kind); text and choices as strings
_WRITERS = {
    "int": "write_number",
    "float": "write_number",
    "bool": "write_boolean",
    "date": "write_datetime",
    "timestamp": "write_datetime",
}


def too_long_for_excel(con: duckdb.DuckDBPyConnection) -> int:
    """How many text cells of the database exceed Excel's 32.767 characters (they are cut in the
    XLSX export; the CSV export and the backups keep them whole)."""
    parts = []
    for table in TABLE_ORDER:
        texts = [c.name for c in TABLES[table].columns if c.kind == "text"]
        if texts:
            test = " + ".join(
                f"coalesce(length({ident(c)}) > {XLSX_MAX_CHARS}, false)::INT" for c in texts
            )
            parts.append(f"SELECT coalesce(sum({test}), 0) AS n FROM {ident(table)}")
    sql = f"SELECT sum(n) FROM ({' UNION ALL '.join(parts)})"
    return int(con.execute(sql).fetchall()[0][0])


def export_xlsx_bytes(
    con: duckdb.DuckDBPyConnection,
    *,
    user: str = SYSTEM,
    progress: Callable[[float, str], None] | None = None,
) -> bytes:
    """The Excel export of every table, the secretariat's only (as `export_csv_zip`)."""
    require_secretariat(con, user)
    buffer = io.BytesIO()
    export_xlsx(con, buffer, progress=progress)
    return buffer.getvalue()


def too_big_for_excel(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """{table: rows} of the tables with more rows than an Excel sheet holds (1.048.576 with
    its heading): the Excel export refuses them rather than cut them; the CSV export does not."""
    return {t: n for t, n in db_row_counts(con).items() if n > XLSX_MAX_ROWS and t in TABLES}


# --- Full backups beside the database -----------------------------------------------------------
def database_file(con: duckdb.DuckDBPyConnection) -> Path | None:
    """The file behind the connection (None for an in-memory database)."""
    rows = con.execute("SELECT path FROM duckdb_databases() WHERE NOT internal").fetchall()
    files = [r[0] for r in rows if r[0]]
    return Path(files[0]).resolve() if files else None


def backup_dir(con: duckdb.DuckDBPyConnection) -> Path:
    """`backups/` beside the database file (a temporary folder for an in-memory database)."""
    file = database_file(con)
    if file is not None:
        return file.parent / "backups"
    return Path(tempfile.gettempdir()) / "ns-dashboard-backups"


def daily_backup(con: duckdb.DuckDBPyConnection, *, user: str = SYSTEM) -> Path | None:
    """Before the first change of a day: a full backup, unless one was taken today (none for an
    in-memory database). So yesterday's state can always be restored after a bad edit. Only
    the secretariat writes backups (they hold every table: data.access)."""
    require_secretariat(con, user)
    if database_file(con) is None:
        return None
    today = dt.date.today().strftime("%Y%m%d")
    if any(backup_dir(con).glob(f"ns-{today}-*.zip")):
        return None
    return write_backup(con, "daily", user=user)


def backup_files(con: duckdb.DuckDBPyConnection) -> dict[str, bytes]:
    """A full backup's files: every table (the log too), the salt of the pseudonyms, manifest —
    all read at one moment."""
    return _csv_files(con, TABLE_ORDER, salt=True)


def write_backup(con: duckdb.DuckDBPyConnection, reason: str, *, user: str = SYSTEM) -> Path:
    """A full backup as one zip in `backup_dir`, named by time and `reason` (a key of
    data.labels.BACKUP_REASONS); the oldest beyond KEEP_BACKUPS are removed. Only the
    secretariat writes backups (PermissionError for the others; data.access)."""
    require_secretariat(con, user)
    folder = backup_dir(con)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"ns-{stamp}-{reason}.zip"
    data = _zip(backup_files(con))
    _atomic_write(path, lambda p: p.write_bytes(data))
    for old in sorted(folder.glob(f"ns-*-{reason}.zip"))[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return path
