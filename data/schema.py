"""The data model of DESIGN.md §4, in one place.

Every table is described once here. The DDL of the migrations, the import validation, the
templates and the exports are all derived from these descriptions. A column added later gets
`since=N` and migration N adds it with ALTER TABLE; a table added later gets `since=N` and
migration N creates it (the older migrations skip it: `tables_at`). So an existing database file
is upgraded in place, and a fresh one is created at the latest version in one step.

References between tables (`Column.ref`, `Table.composite`) are checked by the import's
validator, not declared as FOREIGN KEY constraints (schema version 2 dropped them): DuckDB
rewrites an update of a row that another table references as delete + insert, which a declared
foreign key refuses, so a referenced person, network or theme could not be corrected at all
(DuckDB's documented foreign-key limitations). Every write goes through `data.importer`, which
checks each reference before anything is written, including the rows that still refer to a row
being deleted or renamed. Keys, NOT NULL, enum and range checks stay declared in the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

NETWORK_TYPES = ("learning", "welfare", "innovation")
ROLES = ("network_leader", "co_driver", "reference_leader", "participant", "staff_manager")
INTENSITIES = ("intensive", "break", "test")
# The person kinds of the surrounding society (seed 002: "borgere, virksomheder,
# vidensinstitutioner og foreninger"): Blomsten's outer ring, in its order round the ring.
SOCIETY_KINDS = ("citizen", "business", "knowledge_institution", "association")
RC_DIMENSIONS = (
    "frequency",
    "timeliness",
    "accuracy",
    "problem_solving",
    "shared_goals",
    "shared_knowledge",
    "mutual_respect",
)
# Chefforum's decisions (data.meetings): the kinds of matter of DESIGN.md §6 "Chefforum's meeting"
# `decisions`, in that order, and 'other'. Only a theme is qualified, prioritised or rejected;
# every other kind of matter is noted.
DECISION_KINDS = (
    "theme_to_qualify",
    "theme_to_prioritise",
    "network_leader_missing",
    "reference_leader_missing",
    "person_overloaded",
    "solution_on_shelf",
    "solution_unreceived",
    "other",
)
DECISION_OUTCOMES = ("qualified", "prioritised", "rejected", "noted")
THEME_DECISION_KINDS = ("theme_to_qualify", "theme_to_prioritise")
# Who may see and change what (data.access): the secretariat keeps the data, chefforum and the
# direction read.
ACCESS_ROLES = ("sekretariat", "chefforum", "direktion")
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
    "decision_kind": DECISION_KINDS,
    "decision_outcome": DECISION_OUTCOMES,
    "access_role": ACCESS_ROLES,
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text | date | int | float | bool | timestamp
    required: bool = False  # NOT NULL
    enum: str | None = None  # key of ENUMS
    lo: float | None = None
    hi: float | None = None
    ref: str | None = None  # "table.column", checked by the validator (not a declared FK)
    identifier: bool = False  # names a thing (like a key): normalised, compared without case
    case_sensitive: bool = False  # an identifier compared as written (a survey respondent)
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
    # table-level (composite) references: ((columns here), table, (its key columns))
    composite: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()
    fixed: tuple[str, ...] = ()  # key columns a correction may not change
    example: dict[str, str] = field(default_factory=dict)  # one example row for templates
    since: int = 1  # schema version that added the table

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def references(self) -> list[Reference]:
        """Every reference this table makes: one per `ref` column, and the composite ones."""
        single = [
            Reference((c.name,), c.ref.split(".")[0], (c.ref.split(".")[1],))
            for c in self.columns
            if c.ref
        ]
        return single + [Reference(cols, table, keys) for cols, table, keys in self.composite]

    @property
    def identifiers(self) -> set[str]:
        """Text columns that name something: key, reference and `identifier` columns. Their
        values are normalised (spaces, Unicode form) and compared without regard to case."""
        return {
            c.name
            for c in self.columns
            if c.kind == "text" and not c.enum and (c.identifier or c.ref or c.name in self.key)
        }


@dataclass(frozen=True)
class Reference:
    columns: tuple[str, ...]  # in the referring table
    table: str  # the referenced table
    keys: tuple[str, ...]  # its columns (its key, or a key-like pair)


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
            fixed=("id",),  # the answers' pseudonyms are salted with it (DESIGN.md §6)
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
            fixed=("wave_id",),  # a group belongs to its wave, and so do its answers
            example={"wave_id": "RC2026", "name": "Miljø & Teknik", "department_id": "AFD-MT"},
        ),
        Table(
            "rc_response",
            (
                Column("wave_id", required=True, ref="rc_wave.id"),
                Column("respondent", required=True, case_sensitive=True),
                Column("from_group", required=True, identifier=True),
                Column("to_group", required=True, identifier=True),
                *(_rc(c) for c in RC_DIMENSIONS),
            ),
            key=("wave_id", "respondent", "to_group"),
            # rc_group rows are created for every group a response file names (DESIGN.md §4).
            composite=(
                (("wave_id", "from_group"), "rc_group", ("wave_id", "name")),
                (("wave_id", "to_group"), "rc_group", ("wave_id", "name")),
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
        # Chefforum's monthly meeting and what it decided (data.meetings), schema version 4.
        Table(
            "meeting",
            (
                Column("id", required=True),
                Column("held_on", "date", required=True),
                Column("minutes_status"),
                Column("minutes_decisions"),
                Column("minutes_handovers"),
                Column("minutes_learning"),
            ),
            key=("id",),
            since=4,
            example={
                "id": "M2026-11-25",
                "held_on": "2026-11-25",
                "minutes_status": "Porteføljen gennemgået; to velfærdsnetværk i gang.",
                "minutes_decisions": "Temaet om ensomhed blandt ældre er prioriteret.",
                "minutes_handovers": "Fælles udskrivningssamtale overdraget til Miljø & Teknik.",
                "minutes_learning": "Co-driverne ønsker en fælles opstartsdag.",
            },
        ),
        Table(
            "meeting_decision",
            (
                Column("meeting_id", required=True, ref="meeting.id"),
                Column("seq", "int", required=True, lo=1, hi=999),
                Column("kind", required=True, enum="decision_kind"),
                # A theme, network, person or solution id by `kind` (data.meetings); no `ref`,
                # since the table it names depends on the kind.
                Column("subject_id", identifier=True),
                Column("outcome", required=True, enum="decision_outcome"),
                Column("note"),
            ),
            key=("meeting_id", "seq"),
            checks=("outcome = 'noted' OR kind IN ('theme_to_qualify', 'theme_to_prioritise')",),
            since=4,
            example={
                "meeting_id": "M2026-11-25",
                "seq": "1",
                "kind": "theme_to_prioritise",
                "subject_id": "T2026-01",
                "outcome": "prioritised",
                "note": "Starter som velfærdsnetværk i foråret.",
            },
        ),
        # Who may log in, and with which role (data.access), schema version 5.
        Table(
            "app_user",
            (
                Column("email", required=True, identifier=True),
                Column("name"),
                Column("role", required=True, enum="access_role"),
                Column("active", "bool", required=True, default="true"),
            ),
            key=("email",),
            since=5,
            example={
                "email": "netvaerkssekretariatet@albertslund.dk",
                "name": "Sekretariat for Netværksstrukturen",
                "role": "sekretariat",
                "active": "ja",
            },
        ),
        # Written by the dashboard itself, never imported or edited (data.db.write_audit).
        Table(
            "audit_log",
            (
                Column("at", "timestamp", required=True, default="current_timestamp"),
                Column("user", required=True),
                Column("action", required=True),
                Column("table_name"),
                Column("row_key"),
                Column("detail"),
                Column("row_count", "int", since=5),  # the rows the write touched
            ),
        ),
    )
}

# Tables in dependency order: importing the files of an export in this order rebuilds the database.
TABLE_ORDER: tuple[str, ...] = tuple(TABLES)
IMPORTABLE: tuple[str, ...] = tuple(t for t in TABLE_ORDER if t != "audit_log")


def tables_at(version: int) -> tuple[str, ...]:
    """The tables of TABLE_ORDER that existed at schema `version` (for the migrations)."""
    return tuple(t for t in TABLE_ORDER if TABLES[t].since <= version)


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


REFERENCES_DECLARED_UNTIL = 1  # schema version 2 checks references in the validator instead


def column_ddl(c: Column, version: int) -> str:
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
    if c.ref and version <= REFERENCES_DECLARED_UNTIL:
        table, col = c.ref.split(".")
        parts.append(f"REFERENCES {table} ({col})")
    return " ".join(parts)


def create_table_ddl(table: Table, version: int, name: str | None = None) -> str:
    """CREATE TABLE for the table as it was at schema `version` (under `name` if given)."""
    lines = [column_ddl(c, version) for c in table.columns if c.since <= version]
    if table.key:
        lines.append("PRIMARY KEY (" + ", ".join(f'"{k}"' for k in table.key) + ")")
    lines += [f"CHECK ({c})" for c in table.checks]
    if version <= REFERENCES_DECLARED_UNTIL:
        lines += [
            f"FOREIGN KEY ({', '.join(cols)}) REFERENCES {ref} ({', '.join(keys)})"
            for cols, ref, keys in table.composite
        ]
    body = ",\n    ".join(lines)
    return f"CREATE TABLE IF NOT EXISTS {name or table.name} (\n    {body}\n)"


def referenced_by(table: str) -> list[tuple[str, Reference]]:
    """(referring table, reference) for every reference to `table` in the data model."""
    return [
        (name, ref)
        for name, spec in TABLES.items()
        for ref in spec.references
        if ref.table == table
    ]


# --- Settings (DESIGN.md §4 "Settings and their defaults") ---------------------------------------
@dataclass(frozen=True)
class Setting:
    default: str
    kind: str  # int | float | date | bool | choice
    lo: float | str | None = None  # a number, or an ISO date for kind 'date'
    hi: float | str | None = None
    choices: tuple[str, ...] = ()


# The NS3 rules of DESIGN.md §6 (`analytics.rules`) and their default severities; each may get a
# setting `severity_<rule>` (one of SEVERITY_CHOICES) that overrides its default.
RULE_SEVERITIES = {
    "starts_per_half_year": "warning",
    "learning_per_half_year": "info",
    "welfare_per_half_year": "info",
    "innovation_concurrency": "error",
    "network_leader_count": "error",
    "leader_qualified": "warning",
    "reference_leader_count": "error",
    "reference_leader_level": "warning",
    "leader_concurrency": "warning",
    "cross_cutting": "warning",
    "co_driver": "info",
    "political_link": "info",
    "solution_on_shelf": "warning",
}
RULE_NAMES = tuple(RULE_SEVERITIES)
SEVERITY_CHOICES = ("error", "warning", "info", "off")

SETTINGS: dict[str, Setting] = {
    "rules_from": Setting("2016-01-01", "date", "2000-01-01", "2099-12-31"),
    "starts_min": Setting("4", "int", 0, 50),
    "starts_max": Setting("5", "int", 0, 50),
    "learning_per_half_year": Setting("1", "int", 0, 50),
    "welfare_min": Setting("3", "int", 0, 50),
    "welfare_max": Setting("4", "int", 0, 50),
    "innovation_max_running": Setting("2", "int", 0, 50),
    "load_threshold_hours": Setting("10", "float", 1, 60),
    "shelf_days": Setting("180", "int", 1, 3650),
    "rc_min_respondents": Setting("5", "int", 3, 1000),  # never below 3 (DESIGN.md §4)
    "rc_weak_below": Setting("3.5", "float", 1, 5),
    "rc_strong_above": Setting("4.0", "float", 1, 5),
}
# Not shown in the defaults, but valid keys: the demo's marks and the rules' severities.
EXTRA_SETTINGS: dict[str, Setting] = {
    "demo_data": Setting("false", "bool"),
    "demo_scale": Setting("1", "int", 1, 1000),
    **{f"severity_{rule}": Setting("", "choice", choices=SEVERITY_CHOICES) for rule in RULE_NAMES},
}
# Pairs (low, high) of settings where low may not exceed high.
SETTING_ORDER = (
    ("starts_min", "starts_max"),
    ("welfare_min", "welfare_max"),
    ("rc_weak_below", "rc_strong_above"),
)


def setting_spec(key: str) -> Setting | None:
    return SETTINGS.get(key) or EXTRA_SETTINGS.get(key)
