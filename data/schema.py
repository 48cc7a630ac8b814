"""The data model of DESIGN.md §4, in one place.

Every table is described once here. The DDL of the migrations, the import validation, the
templates and the exports are all derived from these descriptions. A column added later gets
`since=N` and migration N adds it with ALTER TABLE, so an existing database file is upgraded in
place and a fresh one is built by replaying every migration in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NETWORK_TYPES = ("learning", "welfare", "innovation")
ROLES = ("network_leader", "co_driver", "reference_leader", "participant", "staff_manager")
INTENSITIES = ("intensive", "break", "test")
RC_DIMENSIONS = (
    "frequency",
    "timeliness",
    "accuracy",
    "problem_solving",
    "shared_goals",
    "shared_knowledge",
    "mutual_respect",
)
THEME_CRITERIA = (
    "crit_citizen_welfare",
    "crit_current",
    "crit_cross_cutting",
    "crit_complexity",
    "crit_learning",
    "crit_innovation",
    "crit_new_perspectives",
)

ENUMS: dict[str, tuple[str, ...]] = {
    "person_kind": (
        "employee",
        "citizen",
        "business",
        "knowledge_institution",
        "association",
        "politician",
    ),
    "theme_origin": ("bottom_up", "outside_in", "top_down"),
    "theme_status": ("proposed", "qualified", "prioritised", "launched", "rejected"),
    "network_type": NETWORK_TYPES,
    "generation": ("NS1", "NS2", "NS3"),
    "network_status": ("planned", "active", "testing", "closed", "stopped"),
    "political_link": ("none", "fagudvalg", "innovationsudvalg", "kommunalbestyrelse"),
    "role": ROLES,
    "intensity": INTENSITIES,
    "solution_status": ("handed_over", "testing", "implemented", "on_shelf", "dropped"),
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text | date | int | float | bool | timestamp
    required: bool = False  # NOT NULL
    enum: str | None = None  # key of ENUMS
    lo: float | None = None
    hi: float | None = None
    ref: str | None = None  # "table.column"
    default: str | None = None  # SQL default; a column with a default may be left out of a file
    fill: str | None = None  # "network_start": an empty cell in a file takes the network's start
    since: int = 1  # schema version that added the column

    @property
    def sql_type(self) -> str:
        return {
            "text": "VARCHAR",
            "date": "DATE",
            "int": "INTEGER",
            "float": "DOUBLE",
            "bool": "BOOLEAN",
            "timestamp": "TIMESTAMP",
        }[self.kind]

    @property
    def needed_in_file(self) -> bool:
        return self.required and self.default is None and self.fill is None


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    checks: tuple[str, ...] = ()  # table-level CHECK expressions
    foreign: tuple[str, ...] = ()  # table-level (composite) FOREIGN KEY clauses
    example: dict[str, str] = field(default_factory=dict)  # one example row for templates

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def indexed(self) -> set[str]:
        """Columns DuckDB indexes besides the key: foreign key columns."""
        composite = {
            name.strip()
            for clause in self.foreign
            for name in clause.split("(", 1)[1].split(")", 1)[0].split(",")
        }
        return {c.name for c in self.columns if c.ref} | composite


def _crit(name: str) -> Column:
    return Column(name, "int", lo=0, hi=3)


def _rc(name: str) -> Column:
    return Column(name, "int", lo=1, hi=5)


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "directorate",
            (Column("id", required=True), Column("name", required=True)),
            key=("id",),
            example={"id": "DIR-BKMB", "name": "By, Kultur, Miljø & Beskæftigelse"},
        ),
        Table(
            "department",
            (
                Column("id", required=True),
                Column("name", required=True),
                Column("directorate_id", required=True, ref="directorate.id"),
            ),
            key=("id",),
            example={"id": "AFD-MT", "name": "Miljø & Teknik", "directorate_id": "DIR-BKMB"},
        ),
        Table(
            "person",
            (
                Column("id", required=True),
                Column("name", required=True),
                Column("department_id", ref="department.id"),
                Column("kind", required=True, enum="person_kind", default="'employee'"),
                Column("in_chefforum", "bool", required=True, default="false"),
                Column("is_director", "bool", required=True, default="false"),
                Column("leader_diploma_on", "date"),
                Column("co_driver_trained_on", "date"),
            ),
            key=("id",),
            checks=("kind <> 'employee' OR department_id IS NOT NULL",),
            example={
                "id": "P9001",
                "name": "Eksempel Person",
                "department_id": "AFD-MT",
                "kind": "employee",
                "in_chefforum": "nej",
                "is_director": "nej",
                "leader_diploma_on": "2016-06-01",
                "co_driver_trained_on": "2015-01-15",
            },
        ),
        Table(
            "theme",
            (
                Column("id", required=True),
                Column("title", required=True),
                Column("description"),
                Column("origin", required=True, enum="theme_origin"),
                Column("proposed_on", "date", required=True),
                Column("status", required=True, enum="theme_status"),
                Column("suggested_type", enum="network_type"),
                Column("owner_id", ref="person.id"),
                *(_crit(c) for c in THEME_CRITERIA),
            ),
            key=("id",),
            example={
                "id": "T2026-01",
                "title": "Ensomhed blandt ældre",
                "description": "Flere ældre oplever ensomhed efter udskrivning.",
                "origin": "bottom_up",
                "proposed_on": "2026-09-01",
                "status": "proposed",
                "suggested_type": "welfare",
                "owner_id": "P9001",
                **{c: "2" for c in THEME_CRITERIA},
            },
        ),
        Table(
            "network",
            (
                Column("id", required=True),
                Column("name", required=True),
                Column("type", required=True, enum="network_type"),
                Column("theme_id", ref="theme.id"),
                Column("generation", required=True, enum="generation"),
                Column("start_date", "date", required=True),
                Column("planned_end", "date"),
                Column("end_date", "date"),
                Column("status", required=True, enum="network_status"),
                Column("political_link", required=True, enum="political_link", default="'none'"),
            ),
            key=("id",),
            checks=(
                "end_date IS NULL OR end_date >= start_date",
                "planned_end IS NULL OR planned_end >= start_date",
            ),
            example={
                "id": "N2026-09",
                "name": "Ensomhed blandt ældre",
                "type": "welfare",
                "theme_id": "T2026-01",
                "generation": "NS3",
                "start_date": "2026-09-07",
                "planned_end": "2027-02-21",
                "end_date": "",
                "status": "active",
                "political_link": "fagudvalg",
            },
        ),
        Table(
            "role_assignment",
            (
                Column("network_id", required=True, ref="network.id"),
                Column("person_id", required=True, ref="person.id"),
                Column("role", required=True, enum="role"),
                # Empty in a file = the network's start (DESIGN.md §4); never NULL in the table.
                Column("from_date", "date", required=True, fill="network_start"),
                Column("to_date", "date"),
            ),
            key=("network_id", "person_id", "role", "from_date"),
            checks=("to_date IS NULL OR to_date >= from_date",),
            example={
                "network_id": "N2026-09",
                "person_id": "P9001",
                "role": "network_leader",
                "from_date": "",
                "to_date": "",
            },
        ),
        Table(
            "phase",
            (
                Column("network_id", required=True, ref="network.id"),
                Column("seq", "int", required=True, lo=1, hi=99),
                Column("name", required=True),
                Column("start_date", "date", required=True),
                Column("end_date", "date", required=True),
                Column("intensity", required=True, enum="intensity"),
            ),
            key=("network_id", "seq"),
            checks=("end_date >= start_date",),
            example={
                "network_id": "N2026-09",
                "seq": "1",
                "name": "Intensiv periode 1",
                "start_date": "2026-09-07",
                "end_date": "2026-09-18",
                "intensity": "intensive",
            },
        ),
        Table(
            "phase_template",
            (
                Column("network_type", required=True, enum="network_type"),
                Column("seq", "int", required=True, lo=1, hi=99),
                Column("name", required=True),
                Column("offset_weeks", "int", required=True, lo=0, hi=260),
                Column("duration_weeks", "int", required=True, lo=1, hi=104),
                Column("intensity", required=True, enum="intensity"),
            ),
            key=("network_type", "seq"),
            example={
                "network_type": "welfare",
                "seq": "1",
                "name": "Intensiv periode 1",
                "offset_weeks": "0",
                "duration_weeks": "2",
                "intensity": "intensive",
            },
        ),
        Table(
            "role_hours",
            (
                Column("intensity", required=True, enum="intensity"),
                Column("role", required=True, enum="role"),
                Column("hours_per_week", "float", required=True, lo=0, hi=60),
            ),
            key=("intensity", "role"),
            example={"intensity": "intensive", "role": "network_leader", "hours_per_week": "10"},
        ),
        Table(
            "solution",
            (
                Column("id", required=True),
                Column("network_id", required=True, ref="network.id"),
                Column("title", required=True),
                Column("handed_over_on", "date"),
                Column("receiving_department_id", ref="department.id"),
                Column("status", required=True, enum="solution_status"),
                Column("status_on", "date"),
                Column("note"),
            ),
            key=("id",),
            example={
                "id": "S2026-01",
                "network_id": "N2026-09",
                "title": "Fælles udskrivningssamtale",
                "handed_over_on": "2027-02-21",
                "receiving_department_id": "AFD-MT",
                "status": "handed_over",
                "status_on": "2027-02-21",
                "note": "",
            },
        ),
        Table(
            "rc_wave",
            (
                Column("id", required=True),
                Column("name", required=True),
                Column("fielded_on", "date", required=True),
                Column("scope"),
                Column("network_id", ref="network.id"),
            ),
            key=("id",),
            example={
                "id": "RC2026",
                "name": "RC-måling 2026",
                "fielded_on": "2026-10-01",
                "scope": "Hele organisationen",
                "network_id": "",
            },
        ),
        Table(
            "rc_group",
            (
                Column("wave_id", required=True, ref="rc_wave.id"),
                Column("name", required=True),
                Column("department_id", ref="department.id"),
            ),
            key=("wave_id", "name"),
            example={"wave_id": "RC2026", "name": "Miljø & Teknik", "department_id": "AFD-MT"},
        ),
        Table(
            "rc_response",
            (
                Column("wave_id", required=True, ref="rc_wave.id"),
                Column("respondent", required=True),
                Column("from_group", required=True),
                Column("to_group", required=True),
                *(_rc(c) for c in RC_DIMENSIONS),
            ),
            key=("wave_id", "respondent", "to_group"),
            foreign=(
                "FOREIGN KEY (wave_id, from_group) REFERENCES rc_group (wave_id, name)",
                "FOREIGN KEY (wave_id, to_group) REFERENCES rc_group (wave_id, name)",
            ),
            example={
                "wave_id": "RC2026",
                "respondent": "medarbejder-017",
                "from_group": "Miljø & Teknik",
                "to_group": "Miljø & Teknik",
                **{c: "4" for c in RC_DIMENSIONS},
            },
        ),
        Table(
            "setting",
            (Column("key", required=True), Column("value", required=True)),
            key=("key",),
            example={"key": "load_threshold_hours", "value": "10"},
        ),
        Table(
            "audit_log",
            (
                Column("at", "timestamp", required=True, default="current_timestamp"),
                Column("user", required=True),
                Column("action", required=True),
                Column("table_name"),
                Column("row_key"),
                Column("detail"),
            ),
        ),
    )
}

# Tables in dependency order: importing the files of an export in this order rebuilds the database.
TABLE_ORDER: tuple[str, ...] = tuple(TABLES)
IMPORTABLE: tuple[str, ...] = tuple(t for t in TABLE_ORDER if t != "audit_log")


_KNOWN_NAMES = set(TABLES) | {c.name for t in TABLES.values() for c in t.columns}


def ident(name: str) -> str:
    """A table or column name of the data model, quoted for SQL. The one way a name enters a
    statement: values always travel as `?` parameters or registered frames, and a name that is
    not part of the model (say, a column header from an uploaded file) is refused here."""
    if name not in _KNOWN_NAMES:
        raise ValueError(f"not a name of the data model: {name!r}")
    return f'"{name}"'


def ident_list(names) -> str:
    return ", ".join(ident(n) for n in names)


def enum_values(column: Column) -> tuple[str, ...]:
    return ENUMS[column.enum] if column.enum else ()


def column_ddl(c: Column) -> str:
    parts = [f'"{c.name}"', c.sql_type]
    if c.required:
        parts.append("NOT NULL")
    if c.default is not None:
        parts.append(f"DEFAULT {c.default}")
    if c.enum:
        values = ", ".join(f"'{v}'" for v in ENUMS[c.enum])
        parts.append(f'CHECK ("{c.name}" IN ({values}))')
    if c.lo is not None:
        parts.append(f'CHECK ("{c.name}" BETWEEN {c.lo:g} AND {c.hi:g})')
    if c.ref:
        table, col = c.ref.split(".")
        parts.append(f"REFERENCES {table} ({col})")
    return " ".join(parts)


def create_table_ddl(table: Table, version: int) -> str:
    """CREATE TABLE for the table as it was at schema `version`."""
    lines = [column_ddl(c) for c in table.columns if c.since <= version]
    if table.key:
        lines.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in table.key) + ")")
    lines += [f"CHECK ({c})" for c in table.checks]
    lines += list(table.foreign)
    body = ",\n    ".join(lines)
    return f"CREATE TABLE IF NOT EXISTS {table.name} (\n    {body}\n)"
