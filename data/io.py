"""Import and export of the contract tables (DESIGN.md §4 "Import").

An import reads one CSV or XLSX sheet, validates every row (columns, types, enums, dates, ranges,
references, duplicate keys) and only then writes, inside one transaction: rows whose key exists
are updated, new keys inserted, nothing deleted. On any error nothing changes and the report
names file, row (as a spreadsheet numbers it: header = row 1), column, value and reason.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import duckdb
import pandas as pd

from data.db import write_audit
from data.labels import (
    ENUM_LABELS,
    RC_ANSWERS,
    RC_DONT_KNOW,
    RC_FREQUENCY_RECODE,
    TABLE_LABELS,
    Msg,
    fmt_count,
)
from data.schema import (
    IMPORTABLE,
    RC_DIMENSIONS,
    TABLE_ORDER,
    TABLES,
    Column,
    Table,
    enum_values,
    ident,
    ident_list,
)

MAX_ERRORS = 500  # errors kept in a report; the total is always counted
FORMULA_START = "=+-@\t\r"
_FORMULA_RE = r"^[=+\-@\t\r]"
_DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y")
_TRUE = {"true", "1", "ja", "sand", "yes", "j", "x"}
_FALSE = {"false", "0", "nej", "falsk", "no", "n"}
_BOOLS = {v: "true" for v in _TRUE} | {v: "false" for v in _FALSE}
# Pairs of date columns where the second may not lie before the first.
_DATE_PAIRS = (("start_date", "end_date"), ("start_date", "planned_end"), ("from_date", "to_date"))

Source = str | os.PathLike | bytes | BinaryIO
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class RowError:
    row: int | None  # spreadsheet row: header = 1, first data row = 2
    column: str | None
    value: str | None
    message: str


@dataclass
class ImportReport:
    table: str
    file: str
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    replaced: int = 0  # rows a form's `replace` removed before writing its own
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def add(self, row, column, value, message) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(
                RowError(row, column, None if value is None else str(value), message)
            )

    def summary(self) -> str:
        label = TABLE_LABELS.get(self.table, self.table)
        if self.ok and self.replaced:
            return Msg.REPLACED.format(
                table=label, rows=fmt_count(self.rows, "række", "rækker"),
                replaced=fmt_count(self.replaced, "række", "rækker"),
            )  # fmt: skip
        if self.ok:
            return Msg.OK.format(
                rows=self.rows, table=label, inserted=self.inserted, updated=self.updated
            )
        return Msg.FAILED.format(n=self.error_count, file=self.file)

    def errors_frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(
            [(e.row, e.column, e.value, e.message) for e in self.errors],
            columns=["Række", "Kolonne", "Værdi", "Fejl"],
        )
        if self.error_count > len(self.errors):
            more = Msg.TOO_MANY.format(n=self.error_count - len(self.errors))
            frame.loc[len(frame)] = [None, None, None, more]
        return frame


class _FileProblem(Exception):
    def __init__(self, message: str, row: int | None = None, column: str | None = None):
        super().__init__(message)
        self.message, self.row, self.column = message, row, column


# --- Reading ------------------------------------------------------------------------------------
def _read_bytes(source: Source) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray):
        return bytes(source), "fil"
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        return path.read_bytes(), path.name
    data = source.getvalue() if hasattr(source, "getvalue") else source.read()
    return data, Path(getattr(source, "name", "fil")).name


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")


def _cell_text(value) -> str:
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):  # numpy/pandas scalar
        value = value.item() if getattr(value, "ndim", 1) == 0 else value
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):  # NaN, NaT, NA
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def _read_csv(data: bytes) -> pd.DataFrame:
    text = _decode(data)
    header = re.sub(r'"(?:[^"]|"")*"', "", text.split("\n", 1)[0])  # separators outside quotes
    sep = max((",", ";", "\t"), key=header.count)  # a tie goes to the comma
    try:
        return pd.read_csv(
            io.StringIO(text),
            sep=sep,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            quoting=csv.QUOTE_MINIMAL,
        )
    except pd.errors.ParserError as exc:
        match = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", str(exc))
        if not match:
            raise _FileProblem(Msg.BAD_CSV.format(detail=str(exc).strip())) from exc
        expected, line, saw = match.groups()
        raise _FileProblem(
            Msg.BAD_CSV_LINE.format(saw=saw, expected=expected), row=int(line)
        ) from exc


def _read_xlsx(data: bytes, table: str) -> pd.DataFrame:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged or non-Excel zip
        raise _FileProblem(Msg.UNREADABLE.format(detail=type(exc).__name__)) from exc
    names = book.sheetnames
    if table in names:
        sheet = book[table]
    elif len(names) == 1:
        sheet = book[names[0]]  # a one-sheet workbook: its columns are checked next
    else:
        raise _FileProblem(Msg.NO_SHEET.format(table=table, sheets=", ".join(names)), row=None)
    rows = [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    if not rows:
        return pd.DataFrame()
    header, body = rows[0], rows[1:]
    while header and header[-1] == "":
        header.pop()
    width = len(header)
    return pd.DataFrame([r[:width] + [""] * (width - len(r)) for r in body], columns=header)


def read_frame(data: bytes, table: str) -> pd.DataFrame:
    """Text cells of a CSV or XLSX file; index = spreadsheet row numbers; empty rows dropped."""
    if not data.strip():
        raise _FileProblem(Msg.EMPTY_FILE, row=1)
    frame = _read_xlsx(data, table) if data[:4] == b"PK\x03\x04" else _read_csv(data)
    frame.columns = [str(c).strip().lstrip("\ufeff").lower() for c in frame.columns]
    frame.index = pd.RangeIndex(2, len(frame) + 2)
    frame = frame.fillna("")
    if len(frame.columns):
        frame = frame[(frame != "").any(axis=1)]
    if frame.empty:
        raise _FileProblem(Msg.NO_DATA_ROWS, row=2)
    return frame


# --- Converting and checking columns ------------------------------------------------------------
def _numbers(text: pd.Series) -> pd.Series:
    """'1.234,5' and '1234.5' -> 1234.5 (decimal comma accepted)."""
    cleaned = text.str.replace(" ", "", regex=False)
    has_comma = cleaned.str.contains(",", regex=False)
    danish = cleaned.where(~has_comma, cleaned.str.replace(".", "", regex=False))
    danish = danish.str.replace(",", ".", regex=False)
    return pd.to_numeric(danish, errors="coerce")


def _dates(text: pd.Series) -> pd.Series:
    parsed = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns]")
    for fmt in _DATE_FORMATS:
        missing = parsed.isna()
        if not missing.any():
            break
        parsed[missing] = pd.to_datetime(text[missing], format=fmt, errors="coerce")
    return parsed


def _python_default(column: Column) -> str | None:
    if column.default is None or column.kind == "timestamp":
        return None
    return column.default.strip("'")


def _convert(column: Column, raw: pd.Series) -> tuple[pd.Series, pd.Series, str, pd.Series]:
    """Normalised text values (None = empty), a mask of invalid cells with its message, and a
    mask of numbers outside the column's range."""
    text = raw.astype(str).str.replace(r"^'(?=[=+\-@\t\r])", "", regex=True)
    text = text.str.strip(" ") if column.kind == "text" else text.str.strip()
    empty = text == ""
    bad = pd.Series(False, index=text.index)
    out_of_range = bad
    message = ""
    if column.enum:
        codes = {v.lower(): v for v in enum_values(column)}
        codes |= {label.lower(): code for code, label in ENUM_LABELS[column.enum].items()}
        out = text.str.lower().map(codes)
        bad = ~empty & out.isna()
        message = Msg.BAD_ENUM.format(allowed=", ".join(enum_values(column)))
    elif column.kind == "date":
        parsed = _dates(text)
        bad = ~empty & parsed.isna()
        out = parsed.dt.strftime("%Y-%m-%d")
        message = Msg.BAD_DATE
    elif column.kind in ("int", "float"):
        number = _numbers(text)
        bad = ~empty & number.isna()
        message = Msg.BAD_FLOAT
        if column.kind == "int":
            bad |= ~empty & number.notna() & (number % 1 != 0)
            message = Msg.BAD_INT
        if column.kind == "int":
            out = number.where(number % 1 == 0).astype("Int64").astype(str)
        else:
            out = number.astype(str)
        if column.lo is not None:
            out_of_range = ~bad & number.notna() & ~number.between(column.lo, column.hi)
    elif column.kind == "bool":
        out = text.str.lower().map(_BOOLS)
        bad = ~empty & out.isna()
        message = Msg.BAD_BOOL
    else:
        out = text
    return out.where(~empty & ~bad, None), bad, message, out_of_range


def _check_header(spec: Table, frame: pd.DataFrame, report: ImportReport) -> None:
    """Row 1: no unknown or repeated column, every NOT NULL column without a default present."""
    allowed = spec.names
    seen = set()
    for name in frame.columns:
        if name in seen:
            report.add(1, name, name, Msg.DUPLICATE_COLUMN.format(column=name))
        seen.add(name)
        if name not in allowed:
            report.add(
                1, name, name, Msg.UNKNOWN_COLUMN.format(column=name, allowed=", ".join(allowed))
            )
    for column in spec.columns:
        if column.needed_in_file and column.name not in frame.columns:
            report.add(
                1, column.name, None, Msg.MISSING_COLUMN.format(column=column.name, table=spec.name)
            )


def _validate(con, spec: Table, frame: pd.DataFrame, report: ImportReport) -> pd.DataFrame:
    """Every cell converted and checked; returns normalised text cells (None = empty)."""
    _check_header(spec, frame, report)
    if not report.ok:
        return frame

    clean = pd.DataFrame(index=frame.index)
    for column in spec.columns:
        if column.name not in frame.columns:
            continue
        raw = frame[column.name]
        values, bad, message, out_of_range = _convert(column, raw)
        _flag(report, bad, column.name, raw, message)
        if out_of_range.any():
            limits = {"lo": f"{column.lo:g}", "hi": f"{column.hi:g}"}
            _flag(report, out_of_range, column.name, raw, Msg.OUT_OF_RANGE.format(**limits))
        default = _python_default(column)
        if default is not None:
            values = values.fillna(default)
        clean[column.name] = values
        if column.required and column.fill is None:
            _flag(report, values.isna() & ~bad, column.name, raw, Msg.REQUIRED)

    for first, second in _DATE_PAIRS:
        if first in clean and second in clean:
            before = clean[second].notna() & clean[first].notna() & (clean[second] < clean[first])
            _flag(report, before, second, clean[second], Msg.END_BEFORE_START, clean[first])
    if spec.name == "person":
        kind = clean.get("kind", pd.Series("employee", index=clean.index))
        no_dep = (kind == "employee") & clean.get(
            "department_id", pd.Series(None, index=clean.index)
        ).isna()
        _flag(
            report,
            no_dep,
            "department_id",
            frame.get("department_id", kind),
            Msg.EMPLOYEE_NEEDS_DEPARTMENT,
        )

    _check_references(con, spec, clean, frame, report)
    for column in spec.columns:
        if column.fill == "network_start":  # DESIGN.md §4: empty from_date = the network's start
            starts = _lookup(con, "SELECT id, CAST(start_date AS VARCHAR) FROM network")
            given = clean.get(column.name, pd.Series(None, index=clean.index, dtype=object))
            clean[column.name] = given.fillna(clean["network_id"].map(starts))
    if spec.key and report.ok:
        _check_duplicates(spec, clean, report)
    return clean


def _flag(
    report: ImportReport,
    mask: pd.Series,
    column: str,
    raw: pd.Series,
    message: str,
    start: pd.Series | None = None,
) -> None:
    """Report the rows of mask (the first ones in full, the rest counted)."""
    for row in mask[mask].index[: MAX_ERRORS + 1]:
        text = message if start is None else message.format(start=start[row])
        report.add(row, column, raw.get(row), text)
    report.error_count += max(0, int(mask.sum()) - (MAX_ERRORS + 1))


def _lookup(con, sql: str) -> dict:
    return dict(con.execute(sql).fetchall())


def _check_references(con, spec: Table, clean, frame, report: ImportReport) -> None:
    for column in spec.columns:
        if not column.ref or column.name not in clean:
            continue
        table, key = column.ref.split(".")
        sql = f"SELECT DISTINCT {ident(key)} FROM {ident(table)}"
        known = {r[0] for r in con.execute(sql).fetchall()}
        if table == spec.name and key in clean:
            known |= set(clean[key].dropna())
        values = clean[column.name]
        missing = values.notna() & ~values.isin(known)
        _flag(
            report,
            missing,
            column.name,
            frame[column.name],
            Msg.MISSING_REF.format(table=TABLE_LABELS[table]),
        )


def _check_duplicates(spec: Table, clean: pd.DataFrame, report: ImportReport) -> None:
    parts = [clean[k].astype(str) for k in spec.key]
    keys = parts[0]
    for part in parts[1:]:
        keys = keys + " | " + part
    duplicated = keys.duplicated(keep="first")
    if not duplicated.any():
        return
    first_row = pd.Series(keys.index, index=keys.index).groupby(keys.values).transform("min")
    for row in duplicated[duplicated].index[:MAX_ERRORS]:
        report.add(
            row,
            ", ".join(spec.key),
            keys[row],
            Msg.DUPLICATE_KEY.format(key=keys[row], first=first_row[row]),
        )


def rc_answers(frame: pd.DataFrame, *, raw_frequency: bool = False) -> pd.DataFrame:
    """RC items as the survey tool may export them, made scores 1–5 (DESIGN.md §6): 'ved ikke'
    becomes empty; an answer label of the survey kit (e.g. 'passende', 'altid') becomes its score,
    the frequency labels scored the RC way; with `raw_frequency`, frequency answers 1–5 are raw
    positions on 'alt for sjældent … alt for ofte' and are scored 1, 3, 5, 4, 2. Anything else is
    left for the validation to report with its row."""
    frame = frame.copy()
    for dimension in RC_DIMENSIONS:
        if dimension not in frame:
            continue
        text = frame[dimension].astype(str).str.strip()
        lower = text.str.lower()
        labels = {label: position for position, label in enumerate(RC_ANSWERS[dimension], 1)}
        position = lower.map(labels)
        if dimension == "frequency":
            raw = position.isna() & lower.isin([str(k) for k in RC_FREQUENCY_RECODE])
            if raw_frequency:
                position = position.where(~raw, pd.to_numeric(lower, errors="coerce"))
            scored = position.map(RC_FREQUENCY_RECODE)
        else:
            scored = position
        out = text.where(scored.isna(), scored.astype("Int64").astype(str))
        frame[dimension] = out.where(~lower.isin(RC_DONT_KNOW), "")
    return frame


# --- Writing ------------------------------------------------------------------------------------
def pseudonym_sql(column: str) -> str:
    """Respondent ids are replaced by a salted hash, 'h:' + hex; an 'h:' id is kept as it is."""
    return (
        f"CASE WHEN {column} LIKE 'h:%' THEN {column} ELSE 'h:' || substr(sha256("
        f"(SELECT value FROM secret WHERE key = 'rc_salt') || {column}), 1, 24) END"
    )


# A new group named like a department (its name or id) is mapped to it; others stay unmapped.
_NEW_RC_GROUPS_SQL = """
    INSERT INTO rc_group (wave_id, name, department_id)
    SELECT wave_id, g, (SELECT min(d.id) FROM department d
                        WHERE lower(d.name) = lower(g) OR lower(d.id) = lower(g))
    FROM (SELECT wave_id, from_group AS g FROM _import
          UNION SELECT wave_id, to_group FROM _import)
    ON CONFLICT DO NOTHING
"""


def _write(
    con, spec: Table, clean: pd.DataFrame, report: ImportReport, user: str,
    replace: dict | None = None,
) -> None:  # fmt: skip
    columns = list(clean.columns)
    casts = []
    for name in columns:
        expr = f"CAST(src.{ident(name)} AS {spec.column(name).sql_type})"
        if spec.name == "rc_response" and name == "respondent":
            expr = pseudonym_sql(f"src.{ident(name)}")
        casts.append(f"{expr} AS {ident(name)}")
    staged = f"SELECT {', '.join(casts)} FROM _import_src AS src"
    con.register("_import_src", clean.astype(object).where(clean.notna(), None))
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(f"CREATE TEMP TABLE _import AS {staged}")
        if spec.name == "rc_response":  # an rc_group row for every group name the file mentions
            con.execute(_NEW_RC_GROUPS_SQL)
        if replace:  # the rows a form replaces as a whole (e.g. one network type's template)
            where = " AND ".join(f"{ident(c)} = ?" for c in replace)
            sql = f"DELETE FROM {ident(spec.name)} WHERE {where} RETURNING 1"
            report.replaced = len(con.execute(sql, list(replace.values())).fetchall())
        if spec.key:
            join = " AND ".join(f"t.{ident(k)} = i.{ident(k)}" for k in spec.key)
            sql = f"SELECT count(*) FROM {ident(spec.name)} t JOIN _import i ON {join}"
            report.updated = con.execute(sql).fetchall()[0][0]
        _upsert(con, spec, columns)
        report.rows = len(clean)
        report.inserted = report.rows - report.updated
        write_audit(
            con,
            user,
            "import",
            spec.name,
            None,
            f"{report.file}: {report.inserted} nye, {report.updated} opdateret"
            + (f", {report.replaced} erstattet" if replace else ""),
        )
        con.execute("DROP TABLE _import")
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        report.updated = report.inserted = report.rows = 0
        report.add(None, None, None, Msg.DB_REJECTED.format(detail=str(exc).splitlines()[0]))
    finally:
        con.unregister("_import_src")


def _upsert(con, spec: Table, columns: list[str]) -> None:
    """Update rows whose key exists, insert the rest, delete nothing.

    DuckDB rewrites an update of an indexed (foreign key) column as delete + insert, which a row
    referenced from another table cannot survive; so foreign key columns are only set on rows
    where they really change (see DuckDB's "foreign key limitations")."""
    table, cols = ident(spec.name), ident_list(columns)
    if not spec.key:
        statement = f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _import"
        con.execute(statement)
        return
    match = " AND ".join(f"{table}.{ident(k)} = i.{ident(k)}" for k in spec.key)
    plain = [c for c in columns if c not in spec.key and c not in spec.indexed]
    if plain:
        assign = ", ".join(f"{ident(c)} = i.{ident(c)}" for c in plain)
        statement = f"UPDATE {table} SET {assign} FROM _import i WHERE {match}"
        con.execute(statement)
    for c in [c for c in columns if c in spec.indexed and c not in spec.key]:
        statement = (
            f"UPDATE {table} SET {ident(c)} = i.{ident(c)} FROM _import i"
            f" WHERE {match} AND {table}.{ident(c)} IS DISTINCT FROM i.{ident(c)}"
        )
        con.execute(statement)
    exists = " AND ".join(f"t.{ident(k)} = i.{ident(k)}" for k in spec.key)
    statement = (
        f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _import i"
        f" WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE {exists})"
    )
    con.execute(statement)


def import_table(
    con: duckdb.DuckDBPyConnection,
    table: str,
    source: Source,
    *,
    user: str = "system",
    progress: Progress | None = None,
    rc_raw_frequency: bool = False,
) -> ImportReport:
    """Validate a whole file, then upsert it in one transaction, or change nothing.
    `rc_raw_frequency`: an RC response file holds raw answers 1–5 to the frequency question
    (alt for sjældent … alt for ofte), to be scored 1, 3, 5, 4, 2 (DESIGN.md §6)."""
    spec = TABLES[table]
    tick = progress or (lambda fraction, text: None)
    data, name = _read_bytes(source)
    report = ImportReport(table=table, file=name)
    tick(0.1, "Læser filen")
    try:
        frame = read_frame(data, table)
    except _FileProblem as problem:
        report.add(problem.row, problem.column, None, problem.message)
        return report
    tick(0.3, f"Kontrollerer {len(frame):,} rækker".replace(",", "."))
    if table == "rc_response":
        frame = rc_answers(frame, raw_frequency=rc_raw_frequency)
    clean = _validate(con, spec, frame, report)
    if not report.ok:
        return report
    tick(0.7, "Gemmer i databasen")
    _write(con, spec, clean, report, user)
    tick(1.0, "Færdig")
    return report


def save_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: list[dict],
    *,
    user: str = "system",
    source: str = "formular",
    replace: dict | None = None,
) -> ImportReport:
    """Rows typed into a form, saved exactly like an imported file: every value validated by the
    same rules, all-or-nothing, upserted and logged. Values may be text, numbers, dates, None.
    `replace` ({column: value}) first deletes the table's rows that match, in the same
    transaction: the form's rows replace that set (a row removed in the form is removed)."""
    spec = TABLES[table]
    report = ImportReport(table=table, file=source)
    frame = pd.DataFrame([{k: _cell_text(v) for k, v in row.items()} for row in rows], dtype=str)
    frame.index = pd.RangeIndex(2, len(frame) + 2)
    clean = _validate(con, spec, frame, report)
    if report.ok:
        _write(con, spec, clean, report, user, replace)
    return report


def next_id(con: duckdb.DuckDBPyConnection, table: str, prefix: str) -> str:
    """The next free id of the form '<prefix>NN' (e.g. 'T2026-' -> 'T2026-24')."""
    spec = TABLES[table]
    key = spec.key[0]
    taken = con.execute(
        f"SELECT {ident(key)} FROM {ident(spec.name)} WHERE starts_with({ident(key)}, ?)",
        [prefix],
    ).fetchall()
    numbers = [int(k[len(prefix):]) for (k,) in taken if k[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"


# --- Exporting ----------------------------------------------------------------------------------
def _select_for_export(spec: Table, as_text: bool) -> str:
    parts = []
    for c in spec.columns:
        col = ident(c.name)
        if c.kind == "text":
            parts.append(
                f"CASE WHEN regexp_matches({col}, '{_FORMULA_RE}')"
                f" THEN '''' || {col} ELSE {col} END AS {col}"
            )
        elif as_text:
            parts.append(f"CAST({col} AS VARCHAR) AS {col}")
        else:
            parts.append(col)
    order = ident_list(spec.key) or ident("at")
    return f"SELECT {', '.join(parts)} FROM {ident(spec.name)} ORDER BY {order}"


def export_frame(con, table: str, *, as_text: bool = True) -> pd.DataFrame:
    """One table as exported: formula-like text prefixed with ', in key order."""
    return con.execute(_select_for_export(TABLES[table], as_text)).df()


def export_csv(con: duckdb.DuckDBPyConnection, folder: str | os.PathLike) -> list[Path]:
    """Every table but audit_log as `<table>.csv` (UTF-8 with BOM, comma separated)."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in IMPORTABLE:
        path = target / f"{table}.csv"
        export_frame(con, table).to_csv(path, index=False, encoding="utf-8-sig", na_rep="")
        paths.append(path)
    return paths


def export_xlsx(con: duckdb.DuckDBPyConnection, path: str | os.PathLike | BinaryIO) -> None:
    """Every table, audit_log included, one sheet each, in one workbook."""
    with pd.ExcelWriter(path, engine="xlsxwriter", date_format="yyyy-mm-dd") as writer:
        for table in TABLE_ORDER:
            frame = export_frame(con, table, as_text=False)
            for name in frame.columns:
                if TABLES[table].column(name).kind == "date":
                    frame[name] = pd.to_datetime(frame[name]).dt.date
            frame.to_excel(writer, sheet_name=table, index=False)


def export_xlsx_bytes(con: duckdb.DuckDBPyConnection) -> bytes:
    buffer = io.BytesIO()
    export_xlsx(con, buffer)
    return buffer.getvalue()


def export_csv_zip(con: duckdb.DuckDBPyConnection) -> bytes:
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory() as folder:
        paths = export_csv(con, folder)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in paths:
                archive.write(path, path.name)
    return buffer.getvalue()


# --- Templates ----------------------------------------------------------------------------------
def template_frame(table: str) -> pd.DataFrame:
    spec = TABLES[table]
    return pd.DataFrame([[spec.example.get(c, "") for c in spec.names]], columns=spec.names)


def template_csv(table: str) -> bytes:
    return template_frame(table).to_csv(index=False).encode("utf-8-sig")


def template_xlsx(table: str) -> bytes:
    return workbook({table: template_frame(table)})


def workbook(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An XLSX file with one sheet per frame, columns wide enough to read."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
            sheet = writer.sheets[name[:31]]
            for i, column in enumerate(frame.columns):
                cells = frame.iloc[:200, i].astype(str).str.len()
                width = max([len(str(column)), *cells])
                sheet.column_dimensions[sheet.cell(1, i + 1).column_letter].width = min(
                    max(width + 2, 8), 70
                )
    return buffer.getvalue()


def rc_survey_kit() -> dict[str, pd.DataFrame]:
    """The RC survey kit (seed 004; Gittell's 7 questions, DESIGN.md §6): the questionnaire
    with its answer labels and the points each answer gives, a short guide, and the import
    templates of `rc_wave`, `rc_group` and `rc_response`."""
    from data.labels import RC_DIMENSION_LABELS, RC_KIT_GUIDE, RC_QUESTIONS

    rows = []
    for n, (dimension, question) in enumerate(RC_QUESTIONS.items(), 1):
        text = question.format(group="[gruppen]", process="[arbejdsprocessen]")
        answers = RC_ANSWERS[dimension]
        points = [RC_FREQUENCY_RECODE[k] if dimension == "frequency" else k for k in range(1, 6)]
        rows.append(
            {"Nr.": n, "Kolonne i rc_response": dimension,
             "Dimension": RC_DIMENSION_LABELS[dimension], "Spørgsmål": text,
             **{f"Svar {k}": answers[k - 1] for k in range(1, 6)},
             "Point for svar 1–5": ", ".join(map(str, points))}
        )  # fmt: skip
    return {
        "Spørgeskema": pd.DataFrame(rows),
        "Vejledning": pd.DataFrame({"Vejledning": RC_KIT_GUIDE}),
        "rc_wave": template_frame("rc_wave"),
        "rc_group": template_frame("rc_group"),
        "rc_response": template_frame("rc_response"),
    }


def column_guide(table: str) -> pd.DataFrame:
    """What each column of a table takes, in Danish, for the template page."""
    from data.labels import KIND_LABELS

    rows = []
    for c in TABLES[table].columns:
        rule = KIND_LABELS[c.kind]
        if c.enum:
            rule = ", ".join(enum_values(c))
        elif c.lo is not None:
            rule += f" {c.lo:g}–{c.hi:g}"
        if c.ref:
            rule += f" (skal findes i {TABLE_LABELS[c.ref.split('.')[0]]})"
        needed = "ja" if c.needed_in_file else "nej"
        rows.append((c.name, needed, rule))
    return pd.DataFrame(rows, columns=["Kolonne", "Påkrævet", "Indhold"])
