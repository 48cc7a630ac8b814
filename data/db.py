"""The one place that opens the database, migrates its schema, writes and reads settings.

`connect()` opens (or creates) the DuckDB file. A new file gets the latest schema at once; an
existing one gets every migration it has not seen yet, in order, inside one transaction each,
recorded in `schema_version`: upgraded in place, never rebuilt from scratch.

Every write of the product runs inside `write_transaction`: one writer at a time in this process
(others wait, then get a Danish "try again"), all or nothing, and a DuckDB error turned into a
Danish message (`WriteRefused`) with the English detail kept for the server log only.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import secrets
import threading
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pandas as pd

from data import access
from data.labels import DbMsg, Msg
from data.macros import create_macros, has_macros
from data.schema import TABLE_ORDER, TABLES, create_table_ddl, ident, ident_list, tables_at
from data.settings import DEFAULT_SETTINGS, read_settings, stored, typed

DEFAULT_PATH = Path(__file__).resolve().parent / "ns.duckdb"
log = logging.getLogger("ns_dashboard")


# DESIGN.md §6 "Load", default templates. Assumptions, editable on the Data page.
# Welfare: NS3 (seed 002, 'Forløb og ressourcetræk'): "tager et velfærdsnetværk pga. breaks ca.
# ½ år ... 4 intensive perioder som sammenlagt tager ca. 9 uger" -> 24 weeks, 2+2+3+2 intensive.
# Learning: "tager et læringsnetværk omkring 4-5 mdr." -> 18 weeks, one intensive week every ~4.
# Innovation: "samme faser som et velfærdsnetværk, men tidsestimeringen er anderledes" and NS3
# gives no model -> the welfare phases about 1.5 times as long (36 weeks).
_WELFARE = [
    (2, "intensive"),
    (5, "break"),
    (2, "intensive"),
    (5, "break"),
    (3, "intensive"),
    (5, "break"),
    (2, "intensive"),
]
_LEARNING = [
    (1, "intensive"),
    (3, "break"),
    (1, "intensive"),
    (3, "break"),
    (1, "intensive"),
    (3, "break"),
    (1, "intensive"),
    (4, "break"),
    (1, "intensive"),
]
_INNOVATION = [
    (3, "intensive"),
    (8, "break"),
    (3, "intensive"),
    (7, "break"),
    (4, "intensive"),
    (8, "break"),
    (3, "intensive"),
]


def default_phase_templates() -> list[tuple[str, int, str, int, int, str]]:
    rows = []
    for network_type, phases in (
        ("learning", _LEARNING),
        ("welfare", _WELFARE),
        ("innovation", _INNOVATION),
    ):
        offset, n_intensive, n_break = 0, 0, 0
        for seq, (weeks, intensity) in enumerate(phases, start=1):
            if intensity == "intensive":
                n_intensive += 1
                name = f"Intensiv periode {n_intensive}"
            else:
                n_break += 1
                name = f"Pause {n_break}"
            rows.append((network_type, seq, name, offset, weeks, intensity))
            offset += weeks
    return rows


# DESIGN.md §6: intensive — leader 10, co-driver 6, reference leader 2, participant 4, staff
# manager 0.5; break — 2, 1, 0.5, 0, 0; test — 4, 2, 1, 2, 0.5.
DEFAULT_ROLE_HOURS: dict[str, tuple[float, float, float, float, float]] = {
    "intensive": (10, 6, 2, 4, 0.5),
    "break": (2, 1, 0.5, 0, 0),
    "test": (4, 2, 1, 2, 0.5),
}
_ROLE_ORDER = ("network_leader", "co_driver", "reference_leader", "participant", "staff_manager")


# --- Pseudonyms (DESIGN.md §4 and §6) ------------------------------------------------------------
PSEUDONYM_FORM = "^h:[0-9a-f]{24}$"  # what a stored respondent id looks like
_SALT = "(SELECT value FROM secret WHERE key = 'rc_salt')"


def _hash_sql(text: str) -> str:
    return f"'h:' || substr(sha256({_SALT} || {text}), 1, 24)"


def wave_pseudonym_sql(wave: str, pseudonym: str) -> str:
    """A respondent's pseudonym within one wave: salted with the wave, so the same person has
    unrelated pseudonyms in two waves (schema version 2)."""
    return _hash_sql(f"':' || {wave} || ':' || {pseudonym}")


def pseudonym_sql(respondent: str, wave: str) -> str:
    """A respondent id as stored: an id already in the pseudonym form ('h:' + 24 hex digits,
    e.g. from an export) is kept as it is; any other id (trimmed by the importer) becomes the
    salted hash of the wave and of the id's version-1 pseudonym h(salt, id), so an answer
    stored before schema version 2 and the same answer imported again are one respondent. Ids
    are compared as written, case included: a survey tool writes a person's id the same way
    every time, and folding case would split people from their earlier answers."""
    return (
        f"CASE WHEN regexp_full_match({respondent}, '{PSEUDONYM_FORM[1:-1]}') THEN {respondent}"
        f" ELSE {wave_pseudonym_sql(wave, _hash_sql(respondent))} END"
    )


# --- Schema and migrations ----------------------------------------------------------------------
def _fill_defaults(con: duckdb.DuckDBPyConnection) -> None:
    """The salt table and the defaults of DESIGN.md §4 and §6."""
    # The pseudonymisation salt lives apart from `setting`: never exported to CSV/XLSX.
    con.execute("CREATE TABLE secret (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    con.execute("INSERT INTO secret VALUES ('rc_salt', ?)", [secrets.token_hex(16)])
    con.executemany("INSERT INTO setting VALUES (?, ?)", list(DEFAULT_SETTINGS.items()))
    con.executemany(
        "INSERT INTO phase_template VALUES (?, ?, ?, ?, ?, ?)", default_phase_templates()
    )
    con.executemany(
        "INSERT INTO role_hours VALUES (?, ?, ?)",
        [
            (intensity, role, hours)
            for intensity, hours_by_role in DEFAULT_ROLE_HOURS.items()
            for role, hours in zip(_ROLE_ORDER, hours_by_role, strict=True)
        ],
    )


def _migration_1(con: duckdb.DuckDBPyConnection) -> None:
    """Every table of DESIGN.md §4 (references declared as foreign keys), the salt table, and
    the defaults of §4 and §6."""
    for name in tables_at(1):
        con.execute(create_table_ddl(TABLES[name], version=1))
    _fill_defaults(con)


def _migration_2(con: duckdb.DuckDBPyConnection) -> None:
    """References checked by the validator instead of declared foreign keys (data.schema says
    why): every table that made or received one is rebuilt without them, its rows copied as they
    are. Respondent pseudonyms become salted per wave: h(wave, old pseudonym), exactly what a
    new import of the same raw id gives (`pseudonym_sql`)."""
    names = [n for n in tables_at(2) if TABLES[n].references or _is_referenced(n)]
    for name in names:
        columns = TABLES[name].names
        con.execute(create_table_ddl(TABLES[name], version=2, name=f"{name}__v2"))
        select = ident_list(columns)
        if name == "rc_response":
            select = select.replace(
                ident("respondent"), wave_pseudonym_sql("wave_id", "respondent"), 1
            )
        sql = f"INSERT INTO {name}__v2 SELECT {select} FROM {ident(name)}"
        con.execute(sql)
    for name in reversed(names):  # referring tables first
        con.execute(f"DROP TABLE {ident(name)}")
    for name in names:
        con.execute(f"ALTER TABLE {name}__v2 RENAME TO {ident(name)}")
    _note_look_alike_keys(con)


def _note_look_alike_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Version 2 compares ids without case and spaces; version 1 kept 'P1' and 'p1 ' apart. Such
    ids are kept as they are (nothing is merged behind anyone's back) and named in the log, so
    the secretariat can correct them on the Data page (each stays reachable: data.validate)."""
    for name in tables_at(2):
        spec = TABLES[name]
        if len(spec.key) != 1 or spec.key[0] not in spec.identifiers:
            continue
        key = ident(spec.key[0])
        sql = (
            f"SELECT string_agg({key}, ' / ' ORDER BY {key}) FROM {ident(name)}"
            f" GROUP BY lower(trim({key})) HAVING count(*) > 1"
        )
        for (keys,) in con.execute(sql).fetchall():
            write_audit(con, "system", "migration", name, keys, DbMsg.LOOK_ALIKE)


def _migration_4(con: duckdb.DuckDBPyConnection) -> None:
    """Chefforum's meetings and their decisions (data.meetings): two new tables, empty."""
    for name in ("meeting", "meeting_decision"):
        con.execute(create_table_ddl(TABLES[name], version=4))


def _migration_5(con: duckdb.DuckDBPyConnection) -> None:
    """Who may see and change what (data.access): the users table, empty, and the rows a write
    touched in the log (older lines have none)."""
    con.execute(create_table_ddl(TABLES["app_user"], version=5))
    con.execute("ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS row_count INTEGER")


def _is_referenced(name: str) -> bool:
    return any(ref.table == name for spec in TABLES.values() for ref in spec.references)


def _create_latest(con: duckdb.DuckDBPyConnection) -> None:
    """A new database: every table as the latest schema version has it, and the defaults."""
    for name in tables_at(latest_version()):
        con.execute(create_table_ddl(TABLES[name], version=latest_version()))
    create_macros(con)
    _fill_defaults(con)


# Ordered migrations: (version, function). Append, never edit a released one.
MIGRATIONS: list[tuple[int, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, _migration_1),
    (2, _migration_2),
    (3, create_macros),  # the shared meanings in SQL (data.macros)
    (4, _migration_4),
    (5, _migration_5),
]


def latest_version() -> int:
    """The schema version this code writes."""
    return MIGRATIONS[-1][0]


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: list | None = None):
    """The single value of a one-row query, fetched fully (DuckDB 2 streams results)."""
    rows = con.execute(sql, params or []).fetchall()
    return rows[0][0] if rows else None


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    return scalar(con, "SELECT coalesce(max(version), 0) FROM schema_version")


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations the database has not seen; returns the versions applied. A new
    database is created at the latest version in one step (and every version recorded)."""
    current = schema_version(con)
    if current == 0 and not _has_tables(con):
        with write_transaction(con):
            _create_latest(con)
            con.executemany(
                "INSERT INTO schema_version (version) VALUES (?)", [(v,) for v, _ in MIGRATIONS]
            )
        return [v for v, _ in MIGRATIONS]
    if current > latest_version():
        raise NewerSchema(current)
    applied = []
    for version, step in MIGRATIONS:
        if version <= current:
            continue
        with write_transaction(con):
            step(con)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
        applied.append(version)
    return applied


def _has_tables(con: duckdb.DuckDBPyConnection) -> bool:
    names = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    return bool(names & set(TABLE_ORDER))


class NewerSchema(Exception):
    """The file was written by a newer version of the dashboard."""


# --- One writer at a time, all or nothing ---------------------------------------------------------
_WRITE_LOCK = threading.RLock()
WRITE_WAIT_SECONDS = 60


class WriteRefused(Exception):
    """A write that did not happen, with a Danish message for the user; nothing was changed."""


@contextlib.contextmanager
def exclusive() -> Iterator[None]:
    """This process's one writer: held from the first check of what is to be written to its
    commit, so what was validated is still true when it is written. A second writer waits up to
    a minute, then gets `WriteRefused(Msg.BUSY)`."""
    if not _WRITE_LOCK.acquire(timeout=WRITE_WAIT_SECONDS):
        raise WriteRefused(Msg.BUSY)
    try:
        yield
    finally:
        _WRITE_LOCK.release()


@contextlib.contextmanager
def write_transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """One transaction, holding the write lock (`exclusive`). On any error everything is
    rolled back; DuckDB's own errors become `WriteRefused` with a Danish message (the English
    one goes to the log)."""
    with exclusive():
        con.execute("BEGIN TRANSACTION")
        try:
            yield
            con.execute("COMMIT")
        except BaseException as exc:
            _rollback(con)
            if isinstance(exc, duckdb.Error):
                raise WriteRefused(_write_message(exc)) from exc
            raise


@contextlib.contextmanager
def snapshot(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Reads that see one moment of the database (a backup of many tables, say), whatever is
    committed meanwhile."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    finally:
        _rollback(con)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is still open (DuckDB ends a failed commit's by itself)."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def log_failure(what: str, exc: BaseException) -> None:
    """An unexpected error in the server log: its type and where it happened, never its message
    (a message can quote a cell of the file, and survey answers are never logged)."""
    frames = traceback.extract_tb(exc.__traceback__)[-4:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    log.error("%s fejlede: %s i %s", what, type(exc).__name__, where)


def _write_message(exc: duckdb.Error) -> str:
    log.warning("Skrivning afvist af DuckDB: %s", type(exc).__name__)
    if isinstance(exc, duckdb.TransactionException):
        return Msg.CONFLICT
    if isinstance(exc, duckdb.IOException | duckdb.OutOfMemoryException):
        return Msg.DB_WRITE_FAILED
    return Msg.DB_REJECTED


# --- Opening ------------------------------------------------------------------------------------
def describe_open_error(exc: BaseException, path: str) -> str:
    """What a user reads when the database file cannot be opened: which file, why, what to do.
    The file itself is left as it is."""
    text = str(exc).lower()
    if isinstance(exc, NewerSchema):
        return DbMsg.NEWER.format(path=path)
    if "lock" in text:
        return DbMsg.LOCKED.format(path=path)
    if "permission" in text or "read-only" in text or "readonly" in text:
        return DbMsg.NO_ACCESS.format(path=path)
    if "not a valid duckdb" in text or "corrupt" in text or "magic" in text or "serializ" in text:
        return DbMsg.BROKEN.format(path=path)
    return DbMsg.OTHER.format(path=path)


def resolve_path(path: str | os.PathLike | None = None) -> str:
    if path is None:
        path = os.environ.get("NS_DB_PATH") or DEFAULT_PATH
    return str(path)


def connect(
    path: str | os.PathLike | None = None, *, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """Open the database; None -> NS_DB_PATH or data/ns.duckdb; ':memory:' allowed.

    Creates or migrates the schema and fills the defaults, but adds no demo data.
    """
    target = resolve_path(path)
    if target != ":memory:":
        Path(target).parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(target, read_only=read_only)
    if not read_only:
        migrate(con)
        with write_transaction(con):
            create_macros(con)  # this code's definitions, also in a file made by an older one
    elif not has_macros(con):
        create_macros(con, temporary=True)
    return con


def settings(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The raw text of every setting, defaults filled in (`data.settings.stored`)."""
    return stored(con)


def setting_values(con: duckdb.DuckDBPyConnection) -> dict:
    """Every setting of data.schema.SETTINGS typed, with the fallbacks of `data.settings`."""
    return typed(stored(con))


def setting_value(con: duckdb.DuckDBPyConnection, key: str):
    """One setting typed (see `data.settings.read_settings`)."""
    return getattr(read_settings(con), key)


def set_setting(
    con: duckdb.DuckDBPyConnection, key: str, value: str, *, user: str = access.SYSTEM
) -> None:
    """Store one setting as it is (the demo's marks; the pages save settings through
    data.importer.save_rows, which validates them)."""
    access.require_secretariat(con, user)
    con.execute(
        "INSERT INTO setting VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def is_demo(con: duckdb.DuckDBPyConnection) -> bool:
    return settings(con).get("demo_data") == "true"


def read_table(
    con: duckdb.DuckDBPyConnection, table: str, limit: int | None = None
) -> pd.DataFrame:
    """Rows of one contract table, in key order (for browsing and exports)."""
    spec = TABLES[table]  # KeyError for anything not in the contract: no free table names
    order = ident_list(spec.key) or f"{ident('at')} DESC"
    sql = f"SELECT {ident_list(spec.names)} FROM {ident(spec.name)} ORDER BY {order}"
    if limit is not None:
        sql += " LIMIT ?"
        return con.execute(sql, [int(limit)]).df()
    return con.execute(sql).df()


def row_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    sql = " UNION ALL ".join(
        f"SELECT '{name}' AS t, count(*) AS n FROM {ident(name)}" for name in TABLE_ORDER
    )
    return dict(con.execute(sql).fetchall())


def write_audit(
    con: duckdb.DuckDBPyConnection,
    user: str,
    action: str,
    table_name: str | None = None,
    row_key: str | None = None,
    detail: str | None = None,
    row_count: int | None = None,
) -> None:
    """A line of the audit log, inside the write it records: who (the real user, as logged in),
    when, what (import, edit, delete, restore, erase, migration), the table, the row's key, how
    many rows, and a short detail — column names and counts, never a cell's value."""
    access.require_secretariat(con, user)
    values = [access.normalise(user), action, table_name, row_key, detail]
    if row_count is None:  # (also the migrations' lines, from before the column: version 5)
        sql = 'INSERT INTO audit_log ("user", action, table_name, row_key, detail)'
        con.execute(sql + " VALUES (?, ?, ?, ?, ?)", values)
    else:
        sql = 'INSERT INTO audit_log ("user", action, table_name, row_key, detail, row_count)'
        con.execute(sql + " VALUES (?, ?, ?, ?, ?, ?)", [*values, row_count])


AUDIT_COLUMNS = ["at", "user", "action", "table_name", "row_key", "row_count", "detail"]


def read_audit(
    con: duckdb.DuckDBPyConnection,
    *,
    by: str | None = None,
    table: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 500,
) -> tuple[pd.DataFrame, int]:
    """The audit log's lines, newest first, filtered by who wrote them (`by`), table and days
    (since ≤ day ≤ until; None: no limit), at most `limit` of them; and how many lines match."""
    lines = con.execute(
        """
        SELECT "at", "user", action, table_name, row_key, row_count, detail,
               count(*) OVER () AS matching
        FROM audit_log
        WHERE ($user IS NULL OR "user" = $user) AND ($table IS NULL OR table_name = $table)
          AND ($since IS NULL OR CAST("at" AS DATE) >= $since)
          AND ($until IS NULL OR CAST("at" AS DATE) <= $until)
        ORDER BY "at" DESC
        LIMIT $limit
        """,
        {"user": by, "table": table, "since": since, "until": until, "limit": int(limit)},
    ).df()
    total = int(lines["matching"].iloc[0]) if len(lines) else 0
    return lines[AUDIT_COLUMNS], total


def audit_choices(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The users and tables the audit log names, sorted (the Data page's filters)."""
    rows = con.execute(
        'SELECT list(DISTINCT "user" ORDER BY "user"),'
        " list(DISTINCT table_name ORDER BY table_name) FILTER (table_name IS NOT NULL)"
        " FROM audit_log"
    ).fetchall()[0]
    return {"user": rows[0] or [], "table": rows[1] or []}


def main() -> None:
    """`python -m data.db PATH`: create an empty database (schema and defaults, no demo)."""
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else None
    con = connect(target)
    print(f"Database klar: {resolve_path(target)} (skemaversion {schema_version(con)})")
    con.close()


if __name__ == "__main__":
    main()
