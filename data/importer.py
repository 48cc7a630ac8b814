"""The write path of the contract tables (DESIGN.md §4 "Import"): imports, form rows and
row edits.

An import reads one CSV or XLSX sheet (`data.files`), validates every row (`data.validate`:
columns, types, enums, dates, ranges, settings, references, duplicate keys) and only then writes,
inside one transaction (`data.db.write_transaction`): rows whose key exists are updated, new keys
inserted, nothing deleted — unless the secretariat asks to replace the whole table, which takes a
full backup first. On any error nothing changes and the report names file, row (as a spreadsheet
numbers it: header = row 1), column, value and reason, in Danish; no exception leaves here.

Rows typed into a form (`save_rows`) and one row corrected on the Data page (`update_row`,
`delete_row`) go through the same validation and the same write. Changing a row's key (a
mistyped id) carries every reference to it along; deleting a row another table still refers to
is refused with the places that refer to it.

Other code imports these through the façade `data.io` (DESIGN.md §5).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from collections.abc import Callable
from typing import BinaryIO

import duckdb
import pandas as pd

from data import access
from data.db import (
    WriteRefused,
    exclusive,
    log_failure,
    pseudonym_sql,
    write_audit,
    write_transaction,
)
from data.export import daily_backup, write_backup
from data.files import FileProblem, cell_text, read_frame, read_source
from data.labels import (
    ENUM_LABELS,
    RC_ANSWERS,
    RC_DONT_KNOW,
    RC_FREQUENCY_RECODE,
    TABLE_LABELS,
    AccessMsg,
    Msg,
    fmt_count,
    fmt_date,
)
from data.report import ImportReport
from data.schema import IMPORTABLE, RC_DIMENSIONS, TABLES, Table, ident, ident_list, referenced_by
from data.validate import map_header, referring, validate

Source = str | os.PathLike | bytes | BinaryIO
Progress = Callable[[float, str], None]
EDITABLE = tuple(t for t in IMPORTABLE if t != "rc_response")  # answers are never shown raw
log = logging.getLogger("ns_dashboard")


def reported(fn=None, *, table: str | None = None):
    """A write of the data layer (this module, data.backup.restore, data.meetings): refused with
    PermissionError before anything is read or written unless the call's `user` is the
    secretariat (data.access.require_secretariat; `user` defaults to `system`), then done while
    holding the process's write lock from its first check to its commit (what was validated is
    still true when written: no other session can delete a referenced row in between), and never
    raising: a busy lock or an unexpected error becomes a report saying nothing was saved, and the
    log gets the error's type and place. The report names the table of the write's second
    argument, or `table` (`@reported(table="meeting")`) when that argument is something else."""
    if fn is None:
        return functools.partial(reported, table=table)

    @functools.wraps(fn)
    def wrapper(con, first, *args, **kwargs):
        access.require_secretariat(con, kwargs.get("user", access.SYSTEM))  # raises, writes nothing
        name = table or (first if isinstance(first, str) else "backup")  # restore(con, source)
        report = ImportReport(table=name, file=str(kwargs.get("source", "")) or "fil")
        try:
            with exclusive():
                return fn(con, first, *args, **kwargs)
        except WriteRefused as refused:
            report.add(None, None, None, str(refused))
        except Exception as exc:
            log_failure(f"{fn.__name__} ({name})", exc)
            report.add(None, None, None, Msg.UNEXPECTED)
        return report

    return wrapper


# --- Import -------------------------------------------------------------------------------------
@reported
def import_table(
    con: duckdb.DuckDBPyConnection,
    table: str,
    source: Source,
    *,
    user: str = "system",
    progress: Progress | None = None,
    rc_raw_frequency: bool = False,
    replace_all: bool = False,
    limits: bool = True,
) -> ImportReport:
    """Validate a whole file, then upsert it in one transaction, or change nothing.

    `rc_raw_frequency`: an RC response file holds raw answers 1–5 to the frequency question
    (alt for sjældent … alt for ofte), to be scored 1, 3, 5, 4, 2 (DESIGN.md §6).
    `replace_all`: the file's rows become the table's rows (rows not in it are deleted, refused
    while other tables refer to them); a full backup is written first (DESIGN.md §4).
    `limits=False`: no size or row limit (a backup whose checksum was verified)."""
    spec = TABLES[table]
    tick = progress or (lambda fraction, text: None)
    report = ImportReport(table=table, file=getattr(source, "name", None) or "fil")
    try:
        tick(0.1, "Læser filen")
        data, report.file = read_source(source, limits=limits)
        frame = read_frame(data, table, limits=limits)
        tick(0.3, f"Kontrollerer {len(frame):,} rækker".replace(",", "."))
        frame = map_header(spec, frame, report)
        if not report.ok:
            return report
        if table == "rc_response":
            frame = rc_answers(frame, raw_frequency=rc_raw_frequency)
        clean = validate(con, spec, frame, report)
        if not report.ok:
            return report
        if replace_all:
            tick(0.6, "Tager en sikkerhedskopi")
            path = write_backup(con, "replace_all", user=user)
            report.notes.append(Msg.BACKUP_TAKEN.format(file=path.name))
        tick(0.7, "Gemmer i databasen")
        _write(con, spec, clean, report, user, replace_all=replace_all)
        tick(1.0, "Færdig")
    except FileProblem as problem:
        report.add(problem.row, problem.column, None, problem.message)
        for row, message in problem.more:
            report.add(row, None, None, message)
    return report


@reported
def save_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: list[dict],
    *,
    user: str = "system",
    source: str = "formular",
    replace: dict | None = None,
    also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
) -> ImportReport:
    """Rows typed into a form, saved exactly like an imported file: every value validated by the
    same rules, all-or-nothing, upserted and logged. Values may be text, numbers, dates, None.
    `replace` ({column: value}) first deletes the table's rows that match, in the same
    transaction: the form's rows replace that set (a row removed in the form is removed).
    `also(con)` is a further write, checked by the caller under the same lock, done in the same
    transaction after the rows (a meeting's decision and the theme status it changes)."""
    spec = TABLES[table]
    report = ImportReport(table=table, file=source)
    clean = validate(con, spec, _form_frame(rows), report)
    if report.ok:
        _write(con, spec, clean, report, user, replace=replace, also=also)
    return report


def _form_frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame([{k: cell_text(v) for k, v in row.items()} for row in rows], dtype=object)
    frame.index = pd.RangeIndex(2, len(frame) + 2)
    return frame


# --- One row: read, correct, delete -------------------------------------------------------------
def _where(spec: Table, alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return " AND ".join(f"{prefix}{ident(k)} = ?" for k in spec.key)


def row_values(con: duckdb.DuckDBPyConnection, table: str, key: dict) -> dict | None:
    """One row as a form shows it: every column as file text (dates ISO, yes/no as true/false),
    or None when the row does not exist."""
    spec = TABLES[table]
    frame = con.execute(
        f"SELECT {ident_list(spec.names)} FROM {ident(table)} WHERE {_where(spec)}",
        [key[k] for k in spec.key],
    ).df()
    if frame.empty:
        return None
    return {name: cell_text(value) for name, value in frame.iloc[0].items()}


# A column that names a row, shown beside its key in pickers.
_NAME_COLUMN = {
    "directorate": "name",
    "department": "name",
    "person": "name",
    "theme": "title",
    "network": "name",
    "solution": "title",
    "rc_wave": "name",
    "setting": "value",
}


def row_choices(
    con: duckdb.DuckDBPyConnection, table: str, search: str = "", limit: int = 200
) -> pd.DataFrame:
    """Rows to pick for editing: the key columns and a `label` ('N2016-03 · Fælles ungdomsklub';
    a role as 'N2016-03 · Anne Jensen · Netværksleder · fra 1. mar. 2016'), those whose key or
    name contains `search` (any case), in key order, at most `limit`."""
    spec = TABLES[table]
    return _choices(con, spec, _NAME_COLUMN.get(table), "person_id" in spec.key, search, limit)


def _choices(con, spec: Table, name: str | None, with_person: bool, search: str, limit: int):
    keys = [f"t.{ident(k)}" for k in spec.key]
    as_text = [f"CAST({k} AS VARCHAR) AS {ident(n)}" for k, n in zip(keys, spec.key, strict=True)]
    extra = [f"t.{ident(name)} AS _name"] if name else []
    join = ""
    if with_person:
        extra.append("p.name AS _person")
        join = "LEFT JOIN person p ON p.id = t.person_id"
    text = [f"CAST({k} AS VARCHAR)" for k in keys]
    text += [f"t.{ident(name)}"] if name else []
    text += ["p.name"] if with_person else []
    frame = con.execute(
        f"SELECT {', '.join(as_text + extra)} FROM {ident(spec.name)} t {join}"
        f" WHERE contains(lower(concat_ws(' ', {', '.join(text)})), lower(?))"
        f" ORDER BY {', '.join(keys)} LIMIT ?",
        [search.strip(), limit],
    ).df()
    frame["label"] = [_label(spec, row) for row in frame.to_dict("records")]
    return frame[[*spec.key, "label"]]


def _label(spec: Table, row: dict) -> str:
    parts = []
    for k in spec.key:
        value = row[k]
        column = spec.column(k)
        if k == "person_id" and row.get("_person"):
            value = row["_person"]
        elif column.enum:
            value = ENUM_LABELS[column.enum].get(value, value)
        elif column.kind == "date":
            value = f"fra {fmt_date(dt.date.fromisoformat(value))}"
        parts.append(str(value))
    if row.get("_name") is not None and not pd.isna(row.get("_name")):
        parts.append(str(row["_name"]))
    return " · ".join(parts)


def reference_options(
    con: duckdb.DuckDBPyConnection, table: str, limit: int = 2000
) -> dict[str, str] | None:
    """{id: 'id · name'} of a referenced table for a picker, or None when it has more rows than
    `limit` (the form then takes the id as text)."""
    spec = TABLES[table]
    sql = f"SELECT count(*) FROM {ident(table)}"
    (count,) = con.execute(sql).fetchall()[0]
    if count > limit:
        return None
    name = _NAME_COLUMN.get(table)
    label = f"t.{ident(spec.key[0])} || ' · ' || t.{ident(name)}" if name else "t.id"
    rows = con.execute(
        f"SELECT t.{ident(spec.key[0])}, {label} FROM {ident(table)} t ORDER BY 1"
    ).fetchall()
    return dict(rows)


def _shown(table: str, key: dict) -> str:
    return " | ".join(str(key.get(k, "")) for k in TABLES[table].key)


def _one_row(table: str, key: dict, source: str) -> tuple[Table, str, ImportReport]:
    """The spec, the key as shown, and a report (refused for the tables that are never edited
    row by row: the survey answers and the log)."""
    report = ImportReport(table=table, file=source)
    if table not in EDITABLE:
        report.add(None, None, None, Msg.NOT_EDITABLE.format(table=TABLE_LABELS[table]))
    return TABLES[table], _shown(table, key), report


@reported
def insert_row(
    con: duckdb.DuckDBPyConnection, table: str, row: dict, *, user: str = "system"
) -> ImportReport:
    """A new row typed into the Data page's form: validated like an import, refused when its key
    is taken (a form that adds must not overwrite)."""
    spec, _, report = _one_row(table, {}, Msg.NEW_SOURCE)
    if not report.ok:
        return report
    clean = validate(con, spec, _form_frame([row]), report)
    if not report.ok:
        return report
    key = {k: clean[k].iloc[0] for k in spec.key}
    if row_values(con, table, key) is not None:
        shown = " | ".join(map(str, key.values()))
        report.add(
            2,
            ", ".join(spec.key),
            shown,
            Msg.KEY_TAKEN.format(key=shown, table=TABLE_LABELS[table]),
        )
        return report
    shown = " | ".join(map(str, key.values()))
    _write(con, spec, clean, report, user, added=shown)
    if report.ok:
        report.message = Msg.ADDED_ROW.format(key=shown, table=TABLE_LABELS[table])
    return report


@reported
def update_row(
    con: duckdb.DuckDBPyConnection,
    table: str,
    key: dict,
    row: dict,
    *,
    user: str = "system",
) -> ImportReport:
    """Correct one row (identified by its current `key`) to the values of `row`, validated like an
    import. A changed key renames the row: every row of another table that refers to it is
    changed along in the same transaction (a person's new id follows them into their roles and
    themes). The new key must be free. Logged with the columns that changed."""
    spec, shown_key, report = _one_row(table, key, Msg.EDIT_SOURCE.format(key=_shown(table, key)))
    if not report.ok:
        return report
    clean = validate(con, spec, _form_frame([row]), report)
    if report.ok:
        _write(con, spec, clean, report, user, rename=key)
    if report.ok:
        report.key = {k: str(clean[k].iloc[0]) for k in spec.key}
        shown = " | ".join(report.key.values())
        report.message = Msg.SAVED_ROW.format(key=shown, table=TABLE_LABELS[table])
    return report


@reported
def delete_row(
    con: duckdb.DuckDBPyConnection, table: str, key: dict, *, user: str = "system"
) -> ImportReport:
    """Delete one row, refused (nothing changed) while rows of other tables refer to it."""
    spec, shown_key, report = _one_row(table, key, Msg.EDIT_SOURCE.format(key=_shown(table, key)))
    if not report.ok:
        return report
    params = [key[k] for k in spec.key]
    _daily_backup(con, report, user)
    try:
        with write_transaction(con):
            secretaries = _secretaries(con)
            sql = f"DELETE FROM {ident(table)} WHERE {_where(spec)} RETURNING 1"
            _refuse_references(con, spec, pd.DataFrame([key]), report)
            if not report.ok:
                raise _Refused
            if not con.execute(sql, params).fetchall():
                gone = Msg.ROW_GONE.format(key=shown_key, table=TABLE_LABELS[table])
                report.add(None, None, shown_key, gone)
                raise _Refused
            _keep_a_secretary(con, table, secretaries, report)
            write_audit(con, user, "delete", table, shown_key, None, 1)
        report.replaced = 1
        report.message = Msg.DELETED_ROW.format(key=shown_key, table=TABLE_LABELS[table])
    except _Refused:
        pass
    except WriteRefused as refused:
        report.add(None, None, None, str(refused))
    return report


def _daily_backup(con, report: ImportReport, user: str) -> None:
    """The day's first change takes a full backup first (data.export.daily_backup); a backup
    that cannot be written is said, and does not stop the change."""
    try:
        path = daily_backup(con, user=user)
    except PermissionError:  # an OSError too, but a refusal, not a disk problem
        raise
    except OSError:
        log.warning("Dagens sikkerhedskopi kunne ikke skrives")
        report.notes.append(Msg.BACKUP_FAILED)
        return
    if path is not None:
        report.notes.append(Msg.BACKUP_TAKEN.format(file=path.name))


class _Refused(Exception):
    """Roll the transaction back: the report already says why."""


def _refuse_references(con, spec: Table, keys: pd.DataFrame, report: ImportReport) -> None:
    """Report rows of other tables that refer to `keys` (rows about to go or be renamed)."""
    for name, rows in referring(con, spec.name, keys):
        report.add(
            None,
            None,
            None,
            Msg.STILL_REFERRED.format(
                table=TABLE_LABELS[name], rows=fmt_count(rows, "række", "rækker")
            ),
        )


# --- Writing ------------------------------------------------------------------------------------
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
    con,
    spec: Table,
    clean: pd.DataFrame,
    report: ImportReport,
    user: str,
    *,
    replace: dict | None = None,
    replace_all: bool = False,
    rename: dict | None = None,
    also: Callable[[duckdb.DuckDBPyConnection], None] | None = None,
    added: str | None = None,
) -> None:
    """Stage the validated rows as `_import` and write them in one transaction (with `also`, if
    given); on any refusal the report says why and nothing is changed. `added`: the key of the
    one row a form adds (logged as 'add' with its key, not as an import)."""
    columns = list(clean.columns)
    casts = []
    for name in columns:
        expr = f"CAST(src.{ident(name)} AS {spec.column(name).sql_type})"
        if spec.name == "rc_response" and name == "respondent":
            expr = pseudonym_sql(f"src.{ident(name)}", f"src.{ident('wave_id')}")
        casts.append(f"{expr} AS {ident(name)}")
    staged = f"SELECT {', '.join(casts)} FROM _import_src AS src"
    _daily_backup(con, report, user)
    con.register("_import_src", clean.astype(object).where(clean.notna(), None))
    detail = []
    try:
        with write_transaction(con):
            secretaries = _secretaries(con)
            con.execute(f"CREATE TEMP TABLE _import AS {staged}")
            if spec.name == "rc_response":  # an rc_group row for every group the file names
                con.execute(_NEW_RC_GROUPS_SQL)
            if replace:  # the rows a form replaces as a whole (e.g. one network type's template)
                where = " AND ".join(f"{ident(c)} = ?" for c in replace)
                sql = f"DELETE FROM {ident(spec.name)} WHERE {where} RETURNING 1"
                report.replaced = len(con.execute(sql, list(replace.values())).fetchall())
                detail.append(f"{report.replaced} erstattet")
            if replace_all:
                report.replaced = _delete_missing(con, spec, report)
                detail.append(f"{report.replaced} slettet (erstat alle)")
            if rename is not None:
                detail += _rename(con, spec, rename, report)
            join = " AND ".join(f"t.{ident(k)} = i.{ident(k)}" for k in spec.key)
            sql = f"SELECT count(*) FROM {ident(spec.name)} t JOIN _import i ON {join}"
            report.updated = con.execute(sql).fetchall()[0][0]
            _upsert(con, spec, columns)
            _keep_a_secretary(con, spec.name, secretaries, report)
            report.rows = len(clean)
            report.inserted = report.rows - report.updated
            if added is not None:
                write_audit(con, user, "add", spec.name, added, report.file, 1)
            elif rename is None:
                summary = f"{report.file}: {report.inserted} nye, {report.updated} opdateret"
                detail = "; ".join([summary, *detail])
                write_audit(con, user, "import", spec.name, None, detail, report.rows)
            else:
                row_key = " | ".join(str(rename[k]) for k in spec.key)
                write_audit(con, user, "edit", spec.name, row_key, "; ".join(detail), 1)
            con.execute("DROP TABLE _import")
            if also is not None:
                also(con)
    except _Refused:
        report.updated = report.inserted = report.rows = report.replaced = 0
    except WriteRefused as refused:
        report.updated = report.inserted = report.rows = report.replaced = 0
        report.add(None, None, None, str(refused))
    finally:
        con.unregister("_import_src")


def _secretaries(con) -> int:
    """Active users with the secretariat's role (data.access)."""
    sql = "SELECT count(*) FROM app_user WHERE active AND role = ?"
    return con.execute(sql, [access.SECRETARIAT]).fetchall()[0][0]


def _keep_a_secretary(con, table: str, before: int, report: ImportReport) -> None:
    """A change of the users may not leave none of `before` (≥ 1) active secretaries: nobody
    could then change data or give access again once login is on. (A database without any, as
    a new one, may stay so: the local mode and the command line are the secretariat.)"""
    if table == "app_user" and before and not _secretaries(con):
        report.add(None, "role", None, AccessMsg.LAST_SECRETARY)
        raise _Refused


def _delete_missing(con, spec: Table, report: ImportReport) -> int:
    """Replace all: delete the table's rows whose key is not in `_import`; refused while rows of
    other tables refer to them."""
    match = " AND ".join(f"t.{ident(k)} = i.{ident(k)}" for k in spec.key)
    missing = f"NOT EXISTS (SELECT 1 FROM _import i WHERE {match})"
    sql = f"SELECT {ident_list(spec.key)} FROM {ident(spec.name)} t WHERE {missing}"
    gone = con.execute(sql)
    _refuse_references(con, spec, gone.df(), report)
    if not report.ok:
        raise _Refused
    sql = f"DELETE FROM {ident(spec.name)} t WHERE {missing} RETURNING 1"
    return len(con.execute(sql).fetchall())


def _rename(con, spec: Table, old: dict, report: ImportReport) -> list[str]:
    """The one row of `_import` replaces the row with key `old`: the row must still exist, a
    changed key must be free, and references to the old key follow it. Returns log details."""
    shown = " | ".join(str(old[k]) for k in spec.key)
    label = TABLE_LABELS[spec.name]
    params = [old[k] for k in spec.key]
    staged = [r[0] for r in con.execute("DESCRIBE _import").fetchall()]
    tests = ", ".join(f"t.{ident(c)} IS DISTINCT FROM i.{ident(c)}" for c in staged)
    rows = con.execute(
        f"SELECT {tests} FROM {ident(spec.name)} t, _import i WHERE {_where(spec, 't')}", params
    ).fetchall()
    if not rows:
        report.add(None, None, shown, Msg.ROW_GONE.format(key=shown, table=label))
        raise _Refused
    changed = [c for c, differs in zip(staged, rows[0], strict=True) if differs]
    for column in set(changed) & set(spec.fixed):
        report.add(2, column, shown, Msg.FIXED_KEY.format(column=column, table=label))
        raise _Refused
    if not set(changed) & set(spec.key):
        return [f"ændret: {', '.join(changed) or 'intet'}"]
    sql = f"SELECT {ident_list(spec.key)} FROM _import"
    new = con.execute(sql).fetchall()[0]
    key = " | ".join(map(str, new))
    taken = f"SELECT count(*) FROM {ident(spec.name)} WHERE {_where(spec)}"
    if con.execute(taken, list(new)).fetchall()[0][0]:
        report.add(None, ", ".join(spec.key), key, Msg.KEY_TAKEN.format(key=key, table=label))
        raise _Refused
    moved = 0
    for name, reference in referenced_by(spec.name):
        pairs = list(zip(reference.columns, reference.keys, strict=True))
        assign = ", ".join(f"{ident(c)} = i.{ident(k)}" for c, k in pairs)
        where = " AND ".join(f"{ident(name)}.{ident(c)} = ?" for c, _ in pairs)
        sql = f"UPDATE {ident(name)} SET {assign} FROM _import i WHERE {where} RETURNING 1"
        moved += len(con.execute(sql, [old[k] for _, k in pairs]).fetchall())
    sql = f"DELETE FROM {ident(spec.name)} WHERE {_where(spec)}"
    con.execute(sql, params)
    if moved:
        report.notes.append(Msg.RENAMED.format(n=moved))
    return [f"ny nøgle: {key}", f"{moved} henvisninger fulgte med", f"ændret: {', '.join(changed)}"]


def _upsert(con, spec: Table, columns: list[str]) -> None:
    """Update rows whose key exists, insert the rest, delete nothing (one statement)."""
    table, cols = ident(spec.name), ident_list(columns)
    plain = [c for c in columns if c not in spec.key]
    action = (
        "DO UPDATE SET " + ", ".join(f"{ident(c)} = excluded.{ident(c)}" for c in plain)
        if plain
        else "DO NOTHING"
    )
    con.execute(
        f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _import"
        f" ON CONFLICT ({ident_list(spec.key)}) {action}"
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


def next_id(con: duckdb.DuckDBPyConnection, table: str, prefix: str) -> str:
    """The next free id of the form '<prefix>NN' (e.g. 'T2026-' -> 'T2026-24')."""
    spec = TABLES[table]
    key = spec.key[0]
    taken = con.execute(
        f"SELECT {ident(key)} FROM {ident(spec.name)} WHERE starts_with({ident(key)}, ?)",
        [prefix],
    ).fetchall()
    numbers = [int(k[len(prefix) :]) for (k,) in taken if k[len(prefix) :].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:02d}"
