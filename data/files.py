"""Reading an uploaded CSV or XLSX file into text cells, with limits (DESIGN.md §4 "Import").

The result is a frame of text cells whose index is the row number a spreadsheet shows (header =
row 1) and whose columns are the header as written. Nothing here knows the data model; a file
that cannot be read as a table raises `FileProblem` with a Danish message and, where it has one,
the row. Limits keep a hostile file from taking the server down: its size, columns, rows and the
length of one cell, checked while reading (an XLSX sheet is streamed, never laid out in memory).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
import re
import sys
import unicodedata
import zipfile
from pathlib import Path
from typing import BinaryIO

import pandas as pd

from data.labels import XLSX_CUT_MARK, Msg, fmt_number

MAX_FILE_BYTES = 200 * 1024 * 1024  # as Streamlit's upload limit (.streamlit/config.toml)
MAX_COLUMNS = 100  # the widest table has 16 columns
MAX_ROWS = 2_000_000  # 100 times the demo's survey answers is 1,24 million
MAX_CELL_CHARS = 1_000_000
MAX_XLSX_UNPACKED = 500 * 1024 * 1024  # an XLSX is a zip: what it unpacks to is limited too
MAX_BAD_ROWS = 500  # rows with a wrong number of fields listed before reading stops

Source = str | os.PathLike | bytes | BinaryIO
_XLSX_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")  # ECMA-376 §22.4.2.4: a character by number
_SPACES = re.compile(r"\s+")


class FileProblem(Exception):
    def __init__(self, message: str, row: int | None = None, column: str | None = None):
        super().__init__(message)
        self.message, self.row, self.column = message, row, column
        self.more: list[tuple[int, str]] = []  # further (row, message) of the same kind


def read_source(source: Source, *, limits: bool = True) -> tuple[bytes, str]:
    """The bytes of a path, bytes or file object, and a name for the report; refused when larger
    than MAX_FILE_BYTES (without reading more than that), unless `limits` is False."""
    cap = MAX_FILE_BYTES if limits else float("inf")
    if isinstance(source, bytes | bytearray):
        data, name = bytes(source), "fil"
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        try:
            if path.stat().st_size > cap:
                raise FileProblem(_too_big(path.stat().st_size))
            data, name = path.read_bytes(), path.name
        except OSError as exc:
            raise FileProblem(Msg.CANNOT_READ.format(file=path.name)) from exc
    else:
        if hasattr(source, "seek"):
            source.seek(0)
        data = source.read(MAX_FILE_BYTES + 1) if limits else source.read()
        name = Path(str(getattr(source, "name", "fil"))).name
    if len(data) > cap:
        raise FileProblem(_too_big(len(data)))
    return data, name


def _too_big(size: int) -> str:
    mb = 1024 * 1024
    return Msg.TOO_BIG.format(size=fmt_number(size / mb, 1), limit=fmt_number(MAX_FILE_BYTES // mb))


def header_name(text: str) -> str:
    """A header cell as compared with column names: BOM, spaces and case ignored."""
    text = unicodedata.normalize("NFC", str(text).lstrip("\ufeff"))
    return _SPACES.sub(" ", text).strip().casefold()


def read_frame(data: bytes, table: str, *, limits: bool = True) -> pd.DataFrame:
    """Text cells of a CSV or XLSX file; index = spreadsheet row numbers; empty rows dropped;
    columns = the header cells normalised by `header_name`. `limits=False` lifts the row limit
    (a verified backup: a table may have grown past it import by import)."""
    max_rows = MAX_ROWS if limits else sys.maxsize
    if data[:4] == b"PK\x03\x04":
        unpacked = MAX_XLSX_UNPACKED if limits else sys.maxsize
        header, rows, numbers = _read_xlsx(data, table, max_rows, unpacked)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise FileProblem(Msg.OLD_EXCEL)
    else:
        header, rows, numbers = _read_csv(data, max_rows)
    frame = pd.DataFrame(
        rows, columns=[header_name(h) for h in header], index=numbers, dtype=object
    )
    frame = frame.fillna("")
    if len(frame.columns):
        frame = frame[(frame != "").any(axis=1)]
    if frame.empty:
        raise FileProblem(Msg.NO_DATA_ROWS, row=2)
    return frame


# --- CSV ----------------------------------------------------------------------------------------
def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; a file that is not all UTF-8 is decoded
    line by line, each line as UTF-8 if it is, else Windows-1252 (Danish Excel's CSV), so a
    UTF-8 row beside a Latin-1 row gives the same letters in both."""
    if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise FileProblem(Msg.NOT_TEXT) from exc
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return "\n".join(_decode_line(line) for line in data.split(b"\n"))


def _decode_line(line: bytes) -> str:
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("latin-1")  # decodes every byte


def _separator(text: str) -> str:
    first = text.split("\n", 1)[0]
    outside = re.sub(r'"(?:[^"]|"")*"', "", first)  # separators outside quotes
    return max((",", ";", "\t"), key=outside.count)  # a tie goes to the comma


def _read_csv(data: bytes, max_rows: int) -> tuple[list[str], list[list[str]], list[int]]:
    text = decode(data)
    if not text.strip():
        raise FileProblem(Msg.EMPTY_FILE, row=1)
    if "\x00" in text:
        raise FileProblem(Msg.NOT_TEXT, row=text.count("\n", 0, text.index("\x00")) + 1)
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_separator(text), quotechar='"', strict=True
    )
    rows: list[list[str]] = []
    numbers: list[int] = []
    bad: list[tuple[int, str]] = []
    header: list[str] = []
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number == 1:
                header = _header(record)
                continue
            if number > max_rows + 1:
                raise FileProblem(Msg.TOO_MANY_ROWS.format(limit=fmt_number(MAX_ROWS)), row=number)
            if not any(field.strip() for field in record):
                continue  # a blank line: a row in the spreadsheet, nothing in it
            while len(record) > len(header) and record[-1] == "":
                record.pop()  # separators at the end of a line, as some programs write them
            if len(record) != len(header):
                bad.append((number, Msg.BAD_CSV_LINE.format(saw=len(record), expected=len(header))))
                if len(bad) > MAX_BAD_ROWS:
                    break
                continue
            rows.append(record)
            numbers.append(number)
    except csv.Error as exc:
        too_long = "field larger" in str(exc)
        limit = fmt_number(MAX_CELL_CHARS)
        message = Msg.CELL_TOO_LONG.format(limit=limit) if too_long else Msg.BAD_CSV
        raise FileProblem(message, row=number + 1) from exc
    if bad:
        problem = FileProblem(bad[0][1], row=bad[0][0])
        problem.more = bad[1:]
        raise problem
    return header, rows, numbers


def _header(record: list[str]) -> list[str]:
    if len(record) > MAX_COLUMNS:
        raise FileProblem(
            Msg.TOO_MANY_COLUMNS.format(n=fmt_number(len(record)), limit=MAX_COLUMNS), row=1
        )
    while record and record[-1].strip() == "":
        record.pop()  # empty header cells at the end (a spreadsheet's unused columns)
    if not record:
        raise FileProblem(Msg.NO_HEADER, row=1)
    return record


# --- XLSX ---------------------------------------------------------------------------------------
def cell_text(value) -> str:
    """One cell (from a spreadsheet or a form) as the text the validator reads. A fractional
    number is written with a decimal comma ('12,5'), so it cannot be mistaken for a Danish
    thousands separator; a whole number without decimals."""
    if hasattr(value, "item") and not isinstance(value, str | bytes):  # numpy/pandas scalar
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
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    return str(value)


def _read_xlsx(
    data: bytes, table: str, max_rows: int, max_unpacked: int
) -> tuple[list[str], list[list[str]], list[int]]:
    """The sheet named after the table (or the only sheet), streamed cell by cell with openpyxl's
    read-only parser: rows and columns as the file has them, never padded to a claimed size.
    What the zip unpacks to is limited first (openpyxl holds the shared strings in memory)."""
    import openpyxl

    try:
        unpacked = sum(item.file_size for item in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, ValueError) as exc:
        raise FileProblem(Msg.UNREADABLE) from exc
    if unpacked > max_unpacked:
        mb = 1024 * 1024
        limit = fmt_number(MAX_XLSX_UNPACKED // mb)
        raise FileProblem(Msg.XLSX_UNPACKED.format(size=fmt_number(unpacked // mb), limit=limit))
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a damaged or non-Excel zip: the library's error is not shown
        raise FileProblem(Msg.UNREADABLE) from exc
    try:
        names = book.sheetnames
        if table in names:
            sheet = book[table]
        elif len(names) == 1:
            sheet = book[names[0]]  # a one-sheet workbook: its columns are checked next
        else:
            raise FileProblem(Msg.NO_SHEET.format(table=table, sheets=", ".join(names)))
        return _sheet_rows(book, sheet, max_rows)
    except FileProblem:
        raise
    except Exception as exc:  # broken XML inside a valid zip
        raise FileProblem(Msg.UNREADABLE) from exc
    finally:
        book.close()


def _sheet_rows(book, sheet, max_rows: int) -> tuple[list[str], list[list[str]], list[int]]:
    from openpyxl.worksheet._reader import FORMULA_TAG, VALUE_TAG, WorkSheetParser

    class Parser(WorkSheetParser):
        """The cached value of every cell, and whether a formula has none (openpyxl 3.1)."""

        def parse_cell(self, element):
            cell = super().parse_cell(element)
            # A formula whose result was never saved: no <v>, or an empty one (openpyxl's)
            cell["uncached"] = element.find(FORMULA_TAG) is not None and not (
                element.findtext(VALUE_TAG) or ""
            )
            return cell

    header: list[str] = []
    rows: list[list[str]] = []
    numbers: list[int] = []
    with sheet._get_source() as source:  # read-only worksheet's XML stream (openpyxl 3.1)
        parser = Parser(
            source,
            sheet._shared_strings,
            data_only=True,
            epoch=book.epoch,
            date_formats=book._date_formats,
            timedelta_formats=book._timedelta_formats,
        )
        for number, cells in parser.parse():
            if number > max_rows + 1:
                raise FileProblem(Msg.TOO_MANY_ROWS.format(limit=fmt_number(MAX_ROWS)), row=number)
            values = {}
            for cell in cells:
                column = cell["column"]
                if column > MAX_COLUMNS:
                    raise FileProblem(
                        Msg.XLSX_TOO_WIDE.format(cell=cell_name(number, column), limit=MAX_COLUMNS),
                        row=number,
                    )
                values[column] = _xlsx_value(cell, number)
            if number == 1:
                width = max((c for c, v in values.items() if v.strip()), default=0)
                header = _header([values.get(c, "") for c in range(1, width + 1)])
                continue
            if not header:
                raise FileProblem(Msg.NO_HEADER, row=1)
            extra = [c for c, v in values.items() if c > len(header) and v.strip()]
            if extra:
                raise FileProblem(
                    Msg.XLSX_OUTSIDE.format(cell=cell_name(number, extra[0])), row=number
                )
            rows.append([values.get(c, "") for c in range(1, len(header) + 1)])
            numbers.append(number)
    if not header:
        raise FileProblem(Msg.EMPTY_FILE, row=1)
    return header, rows, numbers


def cell_name(row: int, column: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column)}{row}"


def _xlsx_value(cell: dict, row: int) -> str:
    where = cell_name(row, cell["column"])
    if cell["uncached"]:
        raise FileProblem(Msg.XLSX_FORMULA.format(cell=where), row=row)
    if cell["data_type"] == "e":
        raise FileProblem(Msg.XLSX_ERROR.format(cell=where, value=cell["value"]), row=row)
    value = cell["value"]
    if isinstance(value, str):
        value = _XLSX_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)
        if XLSX_CUT_MARK in value:
            raise FileProblem(Msg.XLSX_CUT.format(cell=where), row=row)
    text = cell_text(value)
    if len(text) > MAX_CELL_CHARS:
        raise FileProblem(Msg.CELL_TOO_LONG.format(limit=fmt_number(MAX_CELL_CHARS)), row=row)
    return text
