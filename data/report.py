"""What an import, a form or a restore reports: rows written, or every error with its row."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from data.labels import FIELD_LABELS, TABLE_LABELS, Msg, fmt_count

MAX_ERRORS = 500  # errors kept in a report; the total is always counted


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
    replaced: int = 0  # rows removed before writing: a form's `replace`, or "replace all"
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    notes: list[str] = field(default_factory=list)  # what else was done (e.g. a backup taken)
    message: str | None = None  # the success line of a one-row edit or delete
    key: dict | None = None  # the row's key as saved (a one-row edit)

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def add(self, row, column, value, message) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            text = None if value is None else str(value)
            if text is not None and len(text) > 200:
                text = text[:200] + "…"
            self.errors.append(RowError(row, column, text, message))

    def flag(self, mask: pd.Series, column: str, raw: pd.Series, message) -> None:
        """Report the rows of `mask` (the first ones in full, the rest counted). `message` is a
        text, or a Series of texts by row."""
        rows = mask[mask.fillna(False).astype(bool)].index
        for row in rows[: MAX_ERRORS + 1]:
            text = message if isinstance(message, str) else message[row]
            self.add(row, column, raw.get(row), text)
        self.error_count += max(0, len(rows) - (MAX_ERRORS + 1))

    def summary(self) -> str:
        label = TABLE_LABELS.get(self.table, self.table)
        if self.ok and self.message:
            return self.message
        if self.ok and self.replaced:
            return Msg.REPLACED.format(
                table=label,
                rows=fmt_count(self.rows, "række", "rækker"),
                replaced=fmt_count(self.replaced, "række", "rækker"),
            )
        if self.ok:
            return Msg.OK.format(
                rows=fmt_count(self.rows, "række", "rækker"),
                table=label,
                inserted=self.inserted,
                updated=self.updated,
            )
        return Msg.FAILED.format(n=self.error_count, file=self.file)

    def errors_frame(self) -> pd.DataFrame:
        """The errors as the page shows them: a column by its Danish label and its name in the
        file format ('Start (start_date)')."""
        frame = pd.DataFrame(
            [(e.row, _column_label(e.column), e.value, e.message) for e in self.errors],
            columns=["Række", "Kolonne", "Værdi", "Fejl"],
        )
        if self.error_count > len(self.errors):
            more = Msg.TOO_MANY.format(n=self.error_count - len(self.errors))
            frame.loc[len(frame)] = [None, None, None, more]
        # row numbers stay whole numbers ('4', not '4.0') beside the empty row of the count
        return frame.astype({"Række": "Int64"}).astype({"Række": object})


def _column_label(column: str | None) -> str | None:
    if not column:
        return column
    names = [c.strip() for c in column.split(",")]
    if not all(c in FIELD_LABELS for c in names):
        return column  # a header as written in the file
    return ", ".join(f"{FIELD_LABELS[c]} ({c})" for c in names)
