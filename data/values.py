"""Cell values read the way a Danish municipality writes them, one column at a time.

Pure functions over pandas Series of text: each returns the normalised values (None where the
cell is empty or bad) and a Series holding a Danish message where a cell is bad (None where it is
fine). Used by the import's validator and by the typed settings reader, so a value means the
same thing wherever it is read.

- Numbers by the column's type: `1.234,5`, `12,5`, `12.5`, `10 000`; in a whole-number column
  `10.000` is ten thousand; in a decimal column `10.000` could be ten or ten thousand and is
  refused as ambiguous (DESIGN.md §4: decimal comma accepted).
- Dates `2026-11-24`, `24-11-2026`, `24.11.2026`, `24/11/2026`, between 1900 and 2099.
- Identifiers (ids, keys, group names): Unicode NFC, every run of spaces (also no-break and
  tabs) one space, trimmed; no control characters. Compared without regard to case elsewhere.
- Free text: NFC, trimmed of spaces; line breaks and tabs kept; no NUL.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from data.labels import Msg

FIRST_YEAR, LAST_YEAR = 1900, 2099
MAX_MAGNITUDE = 1e15
_GROUP = r"[.\u00a0\u202f ]"
_PATTERNS = {
    "int": r"[+-]?[0-9]+",
    "comma": r"[+-]?[0-9]+,[0-9]+",
    "point": r"[+-]?[0-9]*\.[0-9]+",
    "grouped": rf"[+-]?[1-9][0-9]{{0,2}}({_GROUP}[0-9]{{3}})+(,[0-9]+)?",
    "english": r"[+-]?[1-9][0-9]{0,2}(,[0-9]{3})+\.[0-9]+",
    "scientific": r"[+-]?[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+",
}
_ONE_DOT_GROUP = r"[+-]?[1-9][0-9]{0,2}\.[0-9]{3}"  # '10.000': ten or ten thousand?
# Text a spreadsheet would run as a formula starts with one of these (DESIGN.md §4): the exports
# put a ' before it, and the importer removes that one ' again.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
FORMULA_CLASS = r"[=+\-@\t\r]"  # the same as a regular expression class
BOOLS = {v: "true" for v in ("true", "1", "ja", "sand", "yes", "j", "x")} | {
    v: "false" for v in ("false", "0", "nej", "falsk", "no", "n")
}
_CONTROL = r"[\x00-\x1f\x7f-\x9f]"
# Every kind of space (no-break, thin, ideographic …) and the line and unit separators: one run
# becomes one space in an identifier. Spelled out, so Python's re and Arrow's RE2 agree.
_SPACES = "[\t\n\v\f\r \x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"


def _empty_problems(index) -> pd.Series:
    return pd.Series(None, index=index, dtype=object)


def text_of(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Cells as Arrow-backed text (vectorised string work), and a mask of cells that cannot be
    text at all (a lone surrogate from a broken source: not UTF-8), which become empty."""
    try:
        return values.astype(str), pd.Series(False, index=values.index)
    except (UnicodeEncodeError, ValueError, TypeError):
        bad = values.map(lambda v: not _encodable(str(v)))
        return values.where(~bad, "").astype(str), bad


def numbers(text: pd.Series, kind: str) -> tuple[pd.Series, pd.Series]:
    """(values as float, problems) for a whole-number ('int') or decimal ('float') column.
    Plain whole numbers (the usual case, e.g. survey answers) take a fast path."""
    s = text.astype(str).str.strip()
    simple = s.str.fullmatch(r"[+-]?[0-9]{1,15}")
    values = pd.Series(float("nan"), index=s.index)
    values[simple] = pd.to_numeric(s[simple]).astype(float)
    problems = _empty_problems(s.index)
    rest = ~simple & (s != "")
    if rest.any():
        values[rest], problems[rest] = _number_forms(s[rest], kind)
    return values, _tidy(problems)


def _number_forms(text: pd.Series, kind: str) -> tuple[pd.Series, pd.Series]:
    """`numbers` for cells that are not plain whole numbers: Danish and other forms."""
    s = text.str.replace("\u2212", "-", regex=False).str.replace("\u2013", "-", regex=False)
    empty = s == ""
    match = {name: s.str.fullmatch(p) for name, p in _PATTERNS.items()}
    ambiguous = s.str.fullmatch(_ONE_DOT_GROUP) & (kind == "float")
    grouped = match["grouped"] & ~ambiguous
    plain = s.where(~grouped, s.str.replace(_GROUP, "", regex=True))
    plain = plain.where(~match["english"], s.str.replace(",", "", regex=False))
    comma = match["comma"] | grouped | (match["scientific"] & s.str.contains(",", regex=False))
    plain = plain.where(~comma, plain.str.replace(",", ".", regex=False))
    known = (
        match["int"]
        | match["comma"]
        | match["point"]
        | grouped
        | match["english"]
        | match["scientific"]
    ) & ~ambiguous
    values = pd.to_numeric(plain.where(known & ~empty), errors="coerce").astype(float)
    problems = _empty_problems(s.index)
    problems[~empty & ~known] = Msg.BAD_INT if kind == "int" else Msg.BAD_FLOAT
    problems[ambiguous & ~empty] = Msg.AMBIGUOUS_NUMBER
    big = values.abs() > MAX_MAGNITUDE
    problems[big] = Msg.TOO_LARGE
    if kind == "int":
        problems[values.notna() & ~big & (values % 1 != 0)] = Msg.BAD_INT
    return values.where(problems.isna()), problems


def dates(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(ISO text 'YYYY-MM-DD', problems) for a date column."""
    s = text.astype(str).str.strip()
    iso = s.str.extract(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
    danish = s.str.extract(r"^([0-9]{1,2})[-./]([0-9]{1,2})[-./]([0-9]{4})$")
    year = iso[0].fillna(danish[2])
    month = iso[1].fillna(danish[1])
    day = iso[2].fillna(danish[0])
    found = year.notna()
    number = pd.to_numeric(year, errors="coerce")
    in_range = number.between(FIRST_YEAR, LAST_YEAR)
    text_iso = year.str.zfill(4) + "-" + month.str.zfill(2) + "-" + day.str.zfill(2)
    parsed = pd.to_datetime(text_iso.where(found & in_range), format="%Y-%m-%d", errors="coerce")
    problems = _empty_problems(s.index)
    problems[(s != "") & (~found | (in_range & parsed.isna()))] = Msg.BAD_DATE
    problems[found & ~in_range] = Msg.DATE_RANGE.format(first=FIRST_YEAR, last=LAST_YEAR)
    return parsed.dt.strftime("%Y-%m-%d").where(problems.isna()), _tidy(problems)


def identifiers(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(normalised text, problems) for ids, keys and names that identify something."""
    s, broken = text_of(text)
    s = s.str.normalize("NFC").str.replace(_SPACES, " ", regex=True).str.strip()
    problems = _empty_problems(s.index)
    problems[s.str.contains(_CONTROL) | broken] = Msg.CONTROL_IN_ID
    return s.where(problems.isna()), _tidy(problems)


def free_text(text: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(text, problems) for free text: trimmed of spaces (ordinary and no-break) at both ends."""
    s, broken = text_of(text)
    s = s.str.normalize("NFC").str.strip(" \u00a0")
    problems = _empty_problems(s.index)
    problems[s.str.contains("\x00", regex=False) | broken] = Msg.NUL_IN_TEXT
    return s.where(problems.isna()), _tidy(problems)


def _tidy(problems: pd.Series) -> pd.Series:
    """None (not NaN) where a cell is fine."""
    return problems.astype(object).where(problems.notna(), None)


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a broken source
        return False
    return True


def fold(values) -> pd.Series:
    """How identifiers are compared: without regard to case (Arrow's Unicode lower case, the
    same for the file's values and the database's)."""
    return pd.Series(values, dtype=object).astype(str).str.lower()


def setting(spec, text: str, *, clamp: bool = False) -> tuple[object, str]:
    """(typed value, the text to store) of one setting by its `data.schema.Setting`; a value of
    the wrong type or outside its range raises ValueError with a Danish message (with `clamp`, a
    number outside its range is moved to the nearest end instead: 'never below 3')."""
    cell = pd.Series([str(text)])
    if spec.kind in ("int", "float"):
        number, problems = numbers(cell, spec.kind)
        if problems[0] is not None or pd.isna(number[0]):  # problems are None where fine
            raise ValueError(problems[0] or Msg.REQUIRED)
        value = int(number[0]) if spec.kind == "int" else float(number[0])
        if clamp:
            value = min(max(value, spec.lo), spec.hi)
        if not spec.lo <= value <= spec.hi:
            raise ValueError(Msg.OUT_OF_RANGE.format(lo=f"{spec.lo:g}", hi=f"{spec.hi:g}"))
        return value, str(text).strip()  # kept as written: read by this function every time
    if spec.kind == "date":
        day, problems = dates(cell)
        if problems[0] is not None or pd.isna(day[0]):
            raise ValueError(problems[0] or Msg.REQUIRED)
        if not spec.lo <= day[0] <= spec.hi:
            raise ValueError(Msg.OUT_OF_RANGE.format(lo=spec.lo, hi=spec.hi))
        return dt.date.fromisoformat(day[0]), day[0]
    choice = str(text).strip().casefold()
    if spec.kind == "bool":
        choice = BOOLS.get(choice, choice)
    choices = spec.choices or ("true", "false")
    if choice not in choices:
        raise ValueError(Msg.BAD_ENUM.format(allowed=", ".join(choices)))
    return (choice == "true" if spec.kind == "bool" else choice), choice
