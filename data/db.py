"""The one place that opens the database, migrates its schema and reads settings.

`connect()` opens (or creates) the DuckDB file, applies every migration the file has not seen yet,
in order, inside one transaction each, and records them in `schema_version`. An existing file is
upgraded in place, never rebuilt.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path

import duckdb
import pandas as pd

from data.schema import TABLE_ORDER, TABLES, create_table_ddl, ident, ident_list

DEFAULT_PATH = Path(__file__).resolve().parent / "ns.duckdb"

# DESIGN.md §4 "Settings and their defaults".
DEFAULT_SETTINGS: dict[str, str] = {
    "rules_from": "2016-01-01",
    "starts_min": "4",
    "starts_max": "5",
    "learning_per_half_year": "1",
    "welfare_min": "3",
    "welfare_max": "4",
    "innovation_max_running": "2",
    "load_threshold_hours": "10",
    "shelf_days": "180",
    "rc_min_respondents": "5",
    "rc_weak_below": "3.5",
    "rc_strong_above": "4.0",
}

# DESIGN.md §6 "Load", default templates. Assumptions, editable on the Data page.
# Welfare: NS3 (seed 002, 'Forløb og ressourcetræk'): "tager et velfærdsnetværk pga. breaks ca.
# ½ år ... 4 intensive perioder som sammenlagt tager ca. 9 uger" -> 24 weeks, 2+2+3+2 intensive.
# Learning: "tager et læringsnetværk omkring 4-5 mdr." -> 18 weeks, one intensive week every ~4.
# Innovation: "samme faser som et velfærdsnetværk, men tidsestimeringen er anderledes" and NS3
# gives no model -> the welfare phases about 1.5 times as long (36 weeks).
_WELFARE = [(2, "intensive"), (5, "break"), (2, "intensive"), (5, "break"), (3, "intensive"),
            (5, "break"), (2, "intensive")]  # fmt: skip
_LEARNING = [(1, "intensive"), (3, "break"), (1, "intensive"), (3, "break"), (1, "intensive"),
             (3, "break"), (1, "intensive"), (4, "break"), (1, "intensive")]  # fmt: skip
_INNOVATION = [(3, "intensive"), (8, "break"), (3, "intensive"), (7, "break"), (4, "intensive"),
               (8, "break"), (3, "intensive")]  # fmt: skip


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


def _migration_1(con: duckdb.DuckDBPyConnection) -> None:
    """Every table of DESIGN.md §4, the salt table, and the defaults of §4 and §6."""
    for name in TABLE_ORDER:
        con.execute(create_table_ddl(TABLES[name], version=1))
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
            for intensity, values in DEFAULT_ROLE_HOURS.items()
            for role, hours in zip(_ROLE_ORDER, values, strict=True)
        ],
    )


# Ordered migrations: (version, function). Append, never edit a released one.
MIGRATIONS: list[tuple[int, Callable[[duckdb.DuckDBPyConnection], None]]] = [
    (1, _migration_1),
]


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
    """Apply the migrations the database has not seen; returns the versions applied."""
    current = schema_version(con)
    applied = []
    for version, step in MIGRATIONS:
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            step(con)
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


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
    return con


def settings(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    rows = con.execute("SELECT key, value FROM setting").fetchall()
    return {**DEFAULT_SETTINGS, **dict(rows)}


def set_setting(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
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
) -> None:
    con.execute(
        'INSERT INTO audit_log ("user", action, table_name, row_key, detail)'
        " VALUES (?, ?, ?, ?, ?)",
        [user, action, table_name, row_key, detail],
    )


def main() -> None:
    """`python -m data.db PATH`: create an empty database (schema and defaults, no demo)."""
    import sys

    target = sys.argv[1] if len(sys.argv) > 1 else None
    con = connect(target)
    print(f"Database klar: {resolve_path(target)} (skemaversion {schema_version(con)})")
    con.close()


if __name__ == "__main__":
    main()
