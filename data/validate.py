"""Every row of an import or a form checked before anything is written (DESIGN.md §4 "Import").

`validate` takes the text cells of one table (from `data.files` or a form) and returns them
converted and normalised, reporting each bad cell with its row, column, value and a Danish
reason: the header (English column names or the Danish labels the pages show), types, enums,
dates, ranges, settings, references to rows in the database or in the same file, and duplicate
keys. Identifiers (ids, keys, group names) are compared without regard to case or spaces and
take the spelling already in the database, so `p00100` and `P00100 ` are the same person.

References are checked here, not by the engine (see data.schema): `referring` finds the rows
that still refer to rows about to be deleted or renamed.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from data import values
from data.labels import ENUM_LABELS, FIELD_LABELS, TABLE_LABELS, AccessMsg, Msg
from data.report import MAX_ERRORS, ImportReport
from data.schema import (
    IMPORTABLE,
    SETTING_ORDER,
    THEME_DECISION_KINDS,
    Column,
    Table,
    enum_values,
    ident,
    ident_list,
    setting_spec,
)

# Pairs of date columns where the second may not lie before the first.
_DATE_PAIRS = (("start_date", "end_date"), ("start_date", "planned_end"), ("from_date", "to_date"))
_FORMULA_PREFIX = "'" + values.FORMULA_CLASS  # a ' before what a spreadsheet would run
ERASED_PREFIX = AccessMsg.ERASED_NAME.format(n="")  # 'Slettet person ' (data.privacy)
_EMAIL = r"[^@\s]+@[^@\s]+\.[^@\s]+"  # name@albertslund.dk: one @, a dot in the domain


# --- Header -------------------------------------------------------------------------------------
def header_aliases(spec: Table) -> dict[str, str]:
    """What a header cell may say for each column: its name or its Danish label, any case."""
    from data.files import header_name

    aliases = {}
    for c in spec.columns:
        aliases[header_name(c.name)] = c.name
        if c.name in FIELD_LABELS:
            aliases.setdefault(header_name(FIELD_LABELS[c.name]), c.name)
    return aliases


def map_header(spec: Table, frame: pd.DataFrame, report: ImportReport) -> pd.DataFrame:
    """Row 1: every column known (by name or label) and given once, and every NOT NULL column
    without a default present. Returns the frame with the columns' names."""
    aliases = header_aliases(spec)
    seen: dict[str, str] = {}
    names = []
    for written in frame.columns:
        name = aliases.get(written)
        if name is None:
            allowed = ", ".join(spec.names)
            report.add(
                1, written, written, Msg.UNKNOWN_COLUMN.format(column=written, allowed=allowed)
            )
        elif name in seen:
            twice = Msg.DUPLICATE_COLUMN.format(column=name, first=seen[name], second=written)
            report.add(1, name, written, twice)
        else:
            seen[name] = written
        names.append(name or written)
    for column in spec.columns:
        if column.needed_in_file and column.name not in seen:
            report.add(
                1, column.name, None, Msg.MISSING_COLUMN.format(column=column.name, table=spec.name)
            )
    return frame.set_axis(names, axis=1) if report.ok else frame


# --- Cells --------------------------------------------------------------------------------------
def convert(spec: Table, column: Column, raw: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(normalised text values, None where empty or bad; problems by row, None where fine)."""
    text, broken = values.text_of(raw)
    escaped = text.str.match(_FORMULA_PREFIX)  # the exports' escape (DESIGN.md §4): removed once
    text = text.where(~escaped, text.str.slice(1))
    if broken.any() and column.kind != "text":
        text = text.where(~broken, "\x00")  # not a number, date or code: refused below
    if column.kind == "text" and not column.enum:
        if column.name in spec.identifiers:
            out, problems = values.identifiers(text)
        else:
            out, problems = values.free_text(text)
        return out.where(out != ""), problems
    text = text.str.strip()
    empty = text == ""
    problems = pd.Series(None, index=text.index, dtype=object)
    if column.enum:
        codes = {v.lower(): v for v in enum_values(column)}
        codes |= {label.lower(): code for code, label in ENUM_LABELS[column.enum].items()}
        out = text.str.lower().map(codes)
        problems[~empty & out.isna()] = Msg.BAD_ENUM.format(allowed=", ".join(enum_values(column)))
    elif column.kind == "date":
        out, problems = values.dates(text)
    elif column.kind in ("int", "float"):
        number, problems = values.numbers(text, column.kind)
        if column.lo is not None:
            outside = number.notna() & ~number.between(column.lo, column.hi)
            problems[outside] = Msg.OUT_OF_RANGE.format(lo=f"{column.lo:g}", hi=f"{column.hi:g}")
            number = number.where(~outside)
        if column.kind == "int":
            out = number.astype("Int64").astype(str)
        else:
            out = number.astype(str)  # the shortest text that reads back as the same number
    elif column.kind == "bool":
        out = text.str.lower().map(values.BOOLS)
        problems[~empty & out.isna()] = Msg.BAD_BOOL
    else:  # timestamp: the log's, never imported
        out = text
    return out.astype(object).where(~empty & problems.isna(), None), problems


def validate(
    con: duckdb.DuckDBPyConnection, spec: Table, frame: pd.DataFrame, report: ImportReport
) -> pd.DataFrame:
    """Every cell converted and checked; returns normalised text cells (None = empty)."""
    if spec.name not in IMPORTABLE:  # the audit log is written by the dashboard only
        report.add(None, None, None, AccessMsg.LOG_IS_READ_ONLY)
        return frame
    frame = map_header(spec, frame, report)
    if not report.ok:
        return frame

    clean = pd.DataFrame(index=frame.index)
    for column in spec.columns:
        if column.name not in frame.columns:
            continue
        raw = frame[column.name]
        converted, problems = convert(spec, column, raw)
        report.flag(problems.notna(), column.name, raw, problems)
        default = column.default if column.kind != "timestamp" else None
        if default is not None:
            default = default.strip("'")
            converted = converted.fillna(default)
        clean[column.name] = converted
        if column.required and column.fill is None:
            report.flag(converted.isna() & problems.isna(), column.name, raw, Msg.REQUIRED)

    for first, second in _DATE_PAIRS:
        if first in clean and second in clean:
            before = clean[second].notna() & clean[first].notna() & (clean[second] < clean[first])
            starts = clean[first].map(lambda d: Msg.END_BEFORE_START.format(start=d))
            report.flag(before, second, clean[second], starts)
    if spec.name == "person":
        kind = clean.get("kind", pd.Series("employee", index=clean.index))
        department = clean.get("department_id", pd.Series(None, index=clean.index, dtype=object))
        report.flag(
            (kind == "employee") & department.isna(),
            "department_id",
            frame.get("department_id", kind),
            Msg.EMPLOYEE_NEEDS_DEPARTMENT,
        )
    if spec.name == "meeting_decision":  # only a theme is qualified, prioritised or rejected
        kind, outcome = clean["kind"], clean["outcome"]
        report.flag(
            outcome.notna()
            & (outcome != "noted")
            & kind.notna()
            & ~kind.isin(THEME_DECISION_KINDS),
            "outcome",
            frame["outcome"],
            Msg.OUTCOME_NOT_FOR_KIND,
        )
    if spec.name == "app_user" and "email" in clean:  # a login is an email (data.access)
        email = clean["email"].astype("string")
        report.flag(
            email.notna() & ~email.str.fullmatch(_EMAIL).fillna(False).astype(bool),
            "email",
            frame["email"],
            AccessMsg.BAD_EMAIL,
        )
    if spec.name == "person" and "name" in clean and report.ok:
        _keep_erased(con, clean, frame, report)
    if spec.name == "setting" and report.ok:
        _check_settings(con, clean, frame, report)
    if not report.ok:
        return clean

    _check_references(con, spec, clean, frame, report)  # first: a key may contain a reference
    _canonical_keys(con, spec, clean)
    if spec.name == "rc_response":
        _canonical_groups(con, clean)
    for column in spec.columns:
        if column.fill == "network_start":  # DESIGN.md §4: empty from_date = the network's start
            starts = dict(
                con.execute("SELECT id, CAST(start_date AS VARCHAR) FROM network").fetchall()
            )
            given = clean.get(column.name, pd.Series(None, index=clean.index, dtype=object))
            clean[column.name] = given.fillna(clean["network_id"].map(starts))
    if spec.key and report.ok:
        _check_duplicates(spec, clean, report)
    return clean


def _keep_erased(con, clean: pd.DataFrame, frame: pd.DataFrame, report: ImportReport) -> None:
    """A person erased under GDPR (data.privacy) keeps the pseudonym: a new file from the HR
    system with the old name must not bring it back."""
    erased = dict(
        con.execute(
            "SELECT lower(id), name FROM person WHERE starts_with(name, ?)", [ERASED_PREFIX]
        ).fetchall()
    )
    if not erased:
        return
    keys = clean["id"].astype(str).str.strip().str.lower()
    for row, key, name in zip(clean.index, keys, clean["name"], strict=True):
        if key in erased and name != erased[key]:
            message = AccessMsg.STILL_ERASED.format(id=clean.at[row, "id"], name=erased[key])
            report.add(row, "name", frame.at[row, "name"], message)


# --- Settings -----------------------------------------------------------------------------------
def _check_settings(con, clean: pd.DataFrame, frame: pd.DataFrame, report: ImportReport) -> None:
    """DESIGN.md §4: only known keys, each value of its type and within its range, and the
    minimum of a pair not above its maximum (in the file and the database together)."""
    keys = clean["key"].str.lower()
    clean["key"] = keys
    typed = {}
    for row, key, value in zip(clean.index, keys, clean.get("value", keys), strict=True):
        spec = setting_spec(key)
        if spec is None:
            report.add(row, "key", frame.at[row, "key"], Msg.UNKNOWN_SETTING.format(key=key))
            continue
        try:
            typed[key], clean.at[row, "value"] = values.setting(spec, value)
        except ValueError as problem:
            report.add(row, "value", frame.at[row, "value"], str(problem))
    rows = dict(zip(keys, clean.index, strict=True))
    stored = dict(con.execute("SELECT key, value FROM setting").fetchall())
    for low, high in SETTING_ORDER:
        if low not in rows and high not in rows:
            continue
        pair = []
        for key in (low, high):
            if key in typed:
                pair.append(typed[key])
            else:
                try:
                    pair.append(values.setting(setting_spec(key), stored.get(key) or "")[0])
                except ValueError:
                    pair.append(values.setting(setting_spec(key), setting_spec(key).default)[0])
        if pair[0] > pair[1]:
            row = rows.get(low, rows.get(high))
            report.add(
                row,
                "value",
                frame.at[row, "value"],
                Msg.SETTING_ORDER.format(
                    low=low, high=high, a=_danish(pair[0]), b=_danish(pair[1])
                ),
            )


def _danish(value) -> str:
    return str(value).replace(".", ",")


# --- Identifiers and references -----------------------------------------------------------------
def _respell(
    given: pd.DataFrame, column: str, known: pd.DataFrame, exact: pd.DataFrame | None = None
) -> pd.Series:
    """`given[column]` as spelled in the first row of `known` that has the same other columns
    and the same text but for case; empty where `known` has none. A value found exactly in
    `exact` (the database's rows) keeps its spelling: a database from before ids were compared
    without case may hold both 'P1' and 'p1', and each stays reachable."""
    on = [c for c in given.columns if c != column]
    known = known.astype(object).assign(_fold=values.fold(known[column]))
    known = known.drop_duplicates([*on, "_fold"]).rename(columns={column: "_spelled"})
    given = given.astype(object).assign(_fold=values.fold(given[column]))
    merged = given.merge(known[[*on, "_fold", "_spelled"]], on=[*on, "_fold"], how="left")
    spelled = pd.Series(merged["_spelled"].to_numpy(), index=given.index, dtype=object)
    if exact is not None and len(exact):
        found = exact[[*on, column]].astype(object).drop_duplicates().assign(_exact=True)
        hit = given[[*on, column]].merge(found, on=[*on, column], how="left")["_exact"]
        spelled = spelled.where(~hit.fillna(False).astype(bool).to_numpy(), given[column])
    return spelled.where(given[column].notna(), None)


def _canonical_keys(con, spec: Table, clean: pd.DataFrame) -> None:
    """An identifier in a table's key that is not a reference (an id, a group's name) takes the
    spelling the database has for it (same text but for case), else its first spelling in the
    file."""
    for name in spec.key:
        column = spec.column(name)
        if name not in clean or name not in spec.identifiers or column.ref:
            continue
        if spec.name == "rc_response":
            continue  # the respondent: pseudonymised from its case-folded form (data.db)
        cols = [*(k for k in spec.key if k != name and k in clean), name]
        sql = f"SELECT {ident_list(cols)} FROM {ident(spec.name)}"
        stored = con.execute(sql).df()
        clean[name] = _respell(clean[cols], name, pd.concat([stored, clean[cols]]), stored)


def _check_references(con, spec: Table, clean, frame, report: ImportReport) -> None:
    """Each single-column reference must name a row of the database or of the same file (a
    self-reference); its spelling becomes the referenced row's."""
    for reference in spec.references:
        if len(reference.columns) != 1:
            continue  # rc_response → rc_group: the groups are created from the file
        (column,), (key,) = reference.columns, reference.keys
        if column not in clean:
            continue
        sql = f"SELECT DISTINCT {ident(key)} AS {ident(column)} FROM {ident(reference.table)}"
        known = con.execute(sql).df()
        if reference.table == spec.name and key in clean:
            known = pd.concat([known, clean[[key]].rename(columns={key: column})])
        given = clean[column]
        resolved = _respell(clean[[column]], column, known, known)
        message = Msg.MISSING_REF.format(table=TABLE_LABELS[reference.table])
        report.flag(given.notna() & resolved.isna(), column, frame[column], message)
        clean[column] = resolved


def _canonical_groups(con, clean: pd.DataFrame) -> None:
    """RC group names of a response file take the wave's stored spelling, else their first
    spelling in the file (from_group, then to_group)."""
    stored = con.execute("SELECT wave_id, name AS g FROM rc_group").df()
    named = [
        clean[["wave_id", c]].set_axis(["wave_id", "g"], axis=1) for c in ("from_group", "to_group")
    ]
    known = pd.concat([stored, *named])
    for column, given in zip(("from_group", "to_group"), named, strict=True):
        clean[column] = _respell(given, "g", known, stored)


def _check_duplicates(spec: Table, clean: pd.DataFrame, report: ImportReport) -> None:
    parts = [
        values.fold(clean[k])
        if k in spec.identifiers and not spec.column(k).case_sensitive
        else clean[k].astype(str)
        for k in spec.key
    ]
    keys = parts[0]
    for part in parts[1:]:
        keys = keys + " | " + part
    duplicated = keys.duplicated(keep="first")
    if not duplicated.any():
        return
    first_row = pd.Series(keys.index, index=keys.index).groupby(keys.values).transform("min")
    shown = [clean[k].astype(str) for k in spec.key]
    for row in duplicated[duplicated].index[:MAX_ERRORS]:
        key = " | ".join(s[row] for s in shown)
        report.add(
            row, ", ".join(spec.key), key, Msg.DUPLICATE_KEY.format(key=key, first=first_row[row])
        )


def referring(con, table: str, keys: pd.DataFrame) -> list[tuple[str, int]]:
    """(referring table, rows) for rows of other tables that refer to any of `keys` (a frame
    with the referenced columns) — the rows a delete or a rename would leave pointing nowhere."""
    from data.schema import referenced_by

    found = []
    con.register("_gone", keys)
    try:
        for name, reference in referenced_by(table):
            match = " AND ".join(
                f"r.{ident(c)} = g.{ident(k)}"
                for c, k in zip(reference.columns, reference.keys, strict=True)
            )
            sql = f"SELECT count(*) FROM {ident(name)} r JOIN _gone g ON {match}"
            n = con.execute(sql).fetchall()[0][0]
            if n:
                found.append((name, n))
    finally:
        con.unregister("_gone")
    return found
