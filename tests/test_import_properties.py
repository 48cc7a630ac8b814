"""Properties of the importer and the backups, tried on random input (hypothesis):

- whatever the bytes, shape, encoding or values of a file: a report, never an exception (and
  never the importer's last-resort "unexpected error"); refused ⇒ the database is unchanged;
- an accepted value survives export and import again unchanged;
- a backup restores exactly: random text with control characters, line breaks, quotes,
  separators and very long values, through the CSV zip and (within Excel's limit) the XLSX.
"""

from __future__ import annotations

import io
import os
import string

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from data import backup, db, export
from data import io as dio
from data.labels import Msg
from data.schema import IMPORTABLE, TABLES
from tests.conftest import fingerprint

# NS_EXAMPLES=2000 for a longer hunt than CI's
EXAMPLES = int(os.environ.get("NS_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def templates_db():
    """A database holding every table's template row (so references resolve)."""
    con = db.connect(":memory:")
    for table in IMPORTABLE:
        assert dio.import_table(con, table, dio.template_csv(table)).ok
    return con


CON = templates_db()


def assert_report(con, table: str, content, before: dict) -> dio.ImportReport:
    report = dio.import_table(con, table, content)  # must not raise
    assert all(e.message != Msg.UNEXPECTED for e in report.errors), report.errors
    if not report.ok:
        assert fingerprint(con) == before
        assert report.errors and all(isinstance(e.message, str) for e in report.errors)
    return report


@SETTINGS
@given(table=st.sampled_from(IMPORTABLE), data=st.binary(max_size=3000))
def test_random_bytes_give_a_report_and_change_nothing_when_refused(table, data):
    assert_report(CON, table, data, fingerprint(CON))


@SETTINGS
@given(
    table=st.sampled_from(IMPORTABLE),
    data=st.binary(max_size=2000),
)
def test_random_bytes_behind_an_xlsx_or_xls_signature(table, data):
    for magic in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        assert_report(CON, table, magic + data, fingerprint(CON))


CELL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "ja",
            "nej",
            "x",
            "2026-11-24",
            "31-02-2026",
            "0001-01-01",
            "10.000",
            "1.234,5",
            "12,5",
            "1e20",
            "inf",
            "NaN",
            "-0",
            "welfare",
            "Velfærdsnetværk",
            '"',
            '""',
            "'=1+1",
            "\u00a0",
            "A\x00B",
            "N2026-09",
            "P9001",
            "RC2026",
        ]
    ),
)


@st.composite
def csv_files(draw):
    """A CSV of random shape: some of a table's columns (in any case, maybe Danish labels, maybe
    unknown or repeated), rows of random length, a random separator, quoting and encoding."""
    table = draw(st.sampled_from(IMPORTABLE))
    names = TABLES[table].names
    header = draw(
        st.lists(
            st.sampled_from([*names, *map(str.upper, names), "ukendt", "Navn"]),
            min_size=1,
            max_size=len(names) + 2,
        )
    )
    width = len(header)
    rows = draw(
        st.lists(st.lists(CELL, min_size=max(width - 1, 0), max_size=width + 1), max_size=6)
    )
    sep = draw(st.sampled_from([",", ";", "\t"]))
    quote_all = draw(st.booleans())

    def field(value: str) -> str:
        if quote_all or any(c in value for c in (sep, '"', "\n", "\r")):
            return '"' + value.replace('"', '""') + '"'
        return value

    lines = [sep.join(field(v) for v in line) for line in [header, *rows]]
    text = draw(st.sampled_from(["\n", "\r\n"])).join(lines) + "\n"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    return table, text.encode(encoding, errors="replace")


@SETTINGS
@given(csv_files())
def test_random_csv_shapes_and_encodings_give_a_report(file):
    table, content = file
    assert_report(CON, table, content, fingerprint(CON))


VALUE = st.one_of(
    st.text(max_size=30),
    st.from_regex(r"[+-−]?[0-9]{0,4}([.,  ][0-9]{1,4}){0,3}([eE][+-]?[0-9]{1,3})?", fullmatch=True),
    st.from_regex(r"[0-9]{1,4}[-./][0-9]{1,2}[-./][0-9]{1,4}", fullmatch=True),
    st.sampled_from(["ja", "Nej", "TRUE", "0", "ved ikke", "passende", "Fagudvalg", "NS3"]),
)


@SETTINGS
@given(
    table=st.sampled_from(IMPORTABLE),
    column=st.integers(min_value=0, max_value=20),
    value=VALUE,
    as_xlsx=st.booleans(),
)
def test_a_random_value_in_any_column_is_taken_whole_or_refused_whole(
    table, column, value, as_xlsx
):
    """A template row with one cell replaced by a random value. Refused: nothing changes.
    Taken: exporting the table and importing it again changes nothing (the stored value reads
    back as itself)."""
    con = CON
    frame = dio.template_frame(table)
    name = frame.columns[column % len(frame.columns)]
    frame.loc[0, name] = value
    if as_xlsx:
        content = export.workbook({table: frame})
    else:
        content = frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")
    before = fingerprint(con)
    report = assert_report(con, table, content, before)
    if report.ok:
        again = fingerprint(con)
        # as the product writes CSV (CRLF rows, RFC 4180): a lone \r in a cell is quoted
        exported = export.table_csv(export.export_frame(con, table))
        assert dio.import_table(con, table, exported).ok
        assert {k: v for k, v in fingerprint(con).items() if k != "audit_log"} == {
            k: v for k, v in again.items() if k != "audit_log"
        }


# --- Backups that restore exactly ---------------------------------------------------------------
FREE_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=60,
).map(lambda t: t.strip(" \u00a0"))
LONG_TEXT = st.builds(
    lambda c, n: c * n,
    st.sampled_from(["x", "æ", "\r", "\n", ";", '"', "\x1f"]),
    st.integers(min_value=32_000, max_value=70_000),
)
IDS = (
    st.text(
        alphabet=string.ascii_letters + string.digits + "-_ æøåÆØÅ.@'=+", min_size=1, max_size=12
    )
    .map(str.strip)
    .filter(bool)
)


def _restored(con) -> dict[str, bytes]:
    """Every table's CSV after a round trip through the zip export and a restore into a new
    database (the log is not restored: it records the restore)."""
    fresh = db.connect(":memory:")
    report = backup.restore(fresh, dio.export_csv_zip(con))
    assert report.ok, report.errors[:3]
    files = export.backup_files(fresh)
    fresh.close()
    return files


@settings(max_examples=EXAMPLES // 4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ids=st.lists(IDS, min_size=1, max_size=4, unique_by=str.casefold),
    texts=st.lists(FREE_TEXT, min_size=4, max_size=4),
    long=st.one_of(st.just(""), LONG_TEXT),
)
def test_random_text_survives_the_backup_and_the_excel_export(ids, texts, long):
    con = db.connect(":memory:")
    rows = [{"id": i, "name": texts[n % 4] or "navn"} for n, i in enumerate(ids)]
    assert dio.save_rows(con, "directorate", rows).ok
    theme = {
        "id": "T1",
        "title": texts[1] or "titel",
        "description": texts[2] + long,
        "origin": "bottom_up",
        "proposed_on": "2026-11-24",
        "status": "proposed",
    }
    assert dio.save_rows(con, "theme", [theme]).ok
    wave = {"id": "W1", "name": "Måling", "fielded_on": "2026-10-01", "scope": texts[3]}
    assert dio.save_rows(con, "rc_wave", [wave]).ok
    before = export.backup_files(con)
    after = _restored(con)
    for name in before:
        if name not in ("audit_log.csv", "secret.csv", "manifest.json"):
            assert after[name] == before[name], name
    # Excel holds 32.767 characters a cell: shorter texts come back exactly from the XLSX
    if not long:
        workbook = dio.export_xlsx_bytes(con)
        fresh = db.connect(":memory:")
        for table in ("directorate", "theme", "rc_wave"):
            assert dio.import_table(fresh, table, workbook).ok
        for table in ("directorate", "theme", "rc_wave"):
            assert export.export_frame(fresh, table).equals(export.export_frame(con, table))
    con.close()


def test_a_text_longer_than_excel_takes_is_cut_there_marked_and_named(empty_con):
    long = "x" * 40_000
    theme = {
        "id": "T1",
        "title": "Lang",
        "description": long,
        "origin": "bottom_up",
        "proposed_on": "2026-11-24",
        "status": "proposed",
    }
    assert dio.save_rows(empty_con, "theme", [theme]).ok
    assert export.too_long_for_excel(empty_con) == 1
    buffer = io.BytesIO()
    cut = export.export_xlsx(empty_con, buffer)
    assert cut == ["theme.description (T1)"]
    fresh = db.connect(":memory:")
    report = dio.import_table(fresh, "theme", buffer.getvalue())
    assert not report.ok and "forkortet" in report.errors[0].message  # never imported cut
    frame = pd.read_excel(io.BytesIO(buffer.getvalue()), sheet_name="theme")
    assert len(frame.loc[0, "description"]) == 32_767
