"""Data you can trust, tried in a real browser: the correction that failed before works through
the Data page; no download of any page carries a live formula; and the RC page's and the network
profile's own downloads give an attacker no hidden score."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile

import openpyxl
import pandas as pd
import pytest

from analytics import rc
from data import db
from data import io as dio
from data.export import FORMULA_START
from data.labels import COLUMN_LABELS, RC_BAND_LABELS, RC_DIMENSION_LABELS, RC_TIE_LABELS
from pages._registry import PAGES, START
from tests.browser import SHOTS, download_all, idle, no_exception, open_page, serve
from tests.builders import organisation
from tests.test_rc_privacy import SMALL, all_pairs, attack, figures, fill_varied, true_pairs

pytestmark = pytest.mark.browser


def test_a_diploma_for_a_person_with_roles_is_saved_through_the_page(demo_file, tmp_path, page):
    """The update that failed before (a referenced person could not be changed at all)."""
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_file, path)
    with serve(path) as base:
        open_page(page, f"{base}/")
        open_page(page, f"{base}/{PAGES['data'].url_path}")
        page.get_by_role("tab", name="Ret og tilføj").click()
        idle(page)
        page.get_by_label("Søg").fill("P00100")
        page.keyboard.press("Enter")
        idle(page)
        form = page.locator("[data-testid='stForm']")
        form.get_by_role("spinbutton", name="day, Diplom i netværksledelse").click()
        page.keyboard.type("01112026")
        form.get_by_role("button", name="Gem ændringer").click()
        page.wait_for_selector("text=Rækken (P00100) i Personer er gemt", timeout=30_000)
        idle(page)
        no_exception(page)
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / "data-rettelse.png"), full_page=True)
    con = db.connect(path)
    assert str(db.scalar(con, "SELECT leader_diploma_on FROM person WHERE id = 'P00100'")) == (
        "2026-11-01"
    )
    assert db.scalar(con, "SELECT count(*) FROM role_assignment WHERE person_id = 'P00100'") > 0
    assert db.scalar(con, 'SELECT action FROM audit_log ORDER BY "at" DESC LIMIT 1') == "edit"
    con.close()


# --- No live formula in any download ------------------------------------------------------------
PLANTED = {  # text a user may type that a spreadsheet would run as a formula
    ("network", "N2016-01", "name"): '=HYPERLINK("http://example.invalid","klik")',
    ("person", "P00001", "name"): "@SUM(1+1)",
    ("department", "AFD-MT", "name"): "+Miljø & Teknik",
    ("rc_group", ("RC2026", "Dagtilbud"), "name"): "-Dagtilbud",
}
# every page of the app (the start page at the root), a network's profile with its link
ADDRESSES = [
    "" if key == START else p.url_path + ("?network=N2016-01" if key == "network" else "")
    for key, p in PAGES.items()
]


def _plant(path) -> None:
    con = db.connect(path)
    for (table, key, column), text in PLANTED.items():
        names = dio.TABLES[table].key
        key = dict(zip(names, key if isinstance(key, tuple) else (key,), strict=True))
        row = dio.row_values(con, table, key)
        assert dio.update_row(con, table, key, {**row, column: text}).ok
    con.execute("CHECKPOINT")
    con.close()


def _is_number(text: str) -> bool:
    return bool(
        pd.to_numeric(
            pd.Series([text.replace(".", "").replace(",", ".")]), errors="coerce"
        ).notna()[0]
    )


def _live_cells(name: str, data: bytes) -> list[str]:
    """Cells a spreadsheet would run: text starting with = + - @ tab or CR (a number like -0,5
    is a number), and formula cells of a workbook."""
    if name.endswith(".zip"):
        archive = zipfile.ZipFile(io.BytesIO(data))
        return [
            c
            for n in archive.namelist()
            if n.endswith(".csv")
            for c in _live_cells(n, archive.read(n))
        ]
    if name.endswith(".csv"):
        text = data.decode("utf-8-sig")
        sep = ";" if text.split("\n", 1)[0].count(";") >= text.split("\n", 1)[0].count(",") else ","
        cells = [c for row in csv.reader(io.StringIO(text, newline=""), delimiter=sep) for c in row]
        return [c for c in cells if c.startswith(FORMULA_START) and not _is_number(c)]
    book = openpyxl.load_workbook(io.BytesIO(data))
    live = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" or (
                    isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)
                ):
                    live.append(f"{sheet.title}!{cell.coordinate}: {cell.value}")
    return live


def test_no_download_of_any_page_carries_a_live_formula(demo_file, tmp_path, page):
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_file, path)
    _plant(path)
    files: dict[str, bytes] = {}
    with serve(path) as base:
        open_page(page, f"{base}/")
        for where in ADDRESSES:
            open_page(page, f"{base}/{where}")
            tabs = page.get_by_role("tab")
            for i in range(max(tabs.count(), 1)):
                if tabs.count():
                    tabs.nth(i).click()
                    idle(page)
                files |= download_all(page)
            no_exception(page)
    assert len(files) >= 40, sorted(files)
    live = {name: _live_cells(name, data) for name, data in files.items()}
    assert {name: cells for name, cells in live.items() if cells} == {}
    # the planted texts did reach the downloads, escaped with a leading '
    escaped = "'" + PLANTED[("network", "N2016-01", "name")].split("(")[0]
    assert any(escaped.encode() in data for data in files.values() if not data[:2] == b"PK")


# --- The RC downloads against an attacker -------------------------------------------------------
_LABELS = {label: column for column, label in COLUMN_LABELS.items()}
_CODES = {
    **{v: k for k, v in RC_TIE_LABELS.items()},
    **{v: k for k, v in RC_BAND_LABELS.items()},
    **{v: k for k, v in RC_DIMENSION_LABELS.items()},
}


def _frame(data: bytes) -> pd.DataFrame:
    frame = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")
    frame = frame.rename(columns=lambda c: _LABELS.get(c, c))
    for column in ("tie", "band", "dimension"):
        if column in frame:
            frame[column] = frame[column].map(lambda v: _CODES.get(v, v))
    for column in frame.columns:  # yes/no as the pages write it
        if set(frame[column].dropna()) <= {"ja", "nej"} and frame[column].notna().any():
            frame[column] = frame[column] == "ja"
    return frame


def _found(files: dict[str, bytes]) -> dict:
    """The downloads as the attacker reads them: {(kind, wave or waves): frame}."""
    found = {}
    for name, data in files.items():
        parts = name.removesuffix(".csv").split("-")
        if not name.endswith(".csv"):
            continue
        if parts[0] == "rc" and len(parts) == 3:
            kind = {
                "par": "pairs",
                "grupper": "groups",
                "dimensioner": "profile",
                "relationer": "network_ties",
            }.get(parts[2])
            if kind:
                found[kind, parts[1]] = _frame(data)
        elif parts[0] == "rc" and parts[3] == "dimensioner":
            found["dimension_change", (parts[1], parts[2])] = _frame(data)
        elif parts[-1] == "rc":  # a network profile's RC table: waves by name (= id here)
            found["trend", parts[0]] = _frame(data).assign(wave_id=lambda f: f["name"])
    return found


def test_the_rc_downloads_give_an_attacker_no_hidden_score(tmp_path, page):
    path = tmp_path / "rc.duckdb"
    con = organisation(str(path))
    fill_varied(con)
    truth = true_pairs(con)
    con.close()
    files: dict[str, bytes] = {}
    with serve(path) as base:
        open_page(page, f"{base}/")
        for wave in ("W1", "W2", "W3"):
            open_page(page, f"{base}/{PAGES['rc'].url_path}?wave={wave}")
            for name in ("Dimensioner", "Gruppe × gruppe", "Netværkskort", "Udvikling"):
                page.get_by_role("tab", name=name).click()
                idle(page)
                files |= download_all(page)
        open_page(page, f"{base}/{PAGES['network'].url_path}?network=N1")
        files |= download_all(page)
        no_exception(page)
    found = _found(files)
    assert {k for k, _ in found} == {
        "pairs",
        "groups",
        "profile",
        "network_ties",
        "dimension_change",
        "trend",
    }, sorted(files)
    pairs = all_pairs(found)
    hidden = pairs[pairs["suppressed"]]
    assert set(hidden["from_group"]) == {SMALL}
    assert hidden[list(rc.SCORES)].isna().all().all()  # counts only, never a score
    guesses = attack(figures(found), pairs)
    assert len(guesses) > 100
    recovered = [g for g in guesses if abs(g[3] - _truth(truth, *g[:3])) < 1e-6]
    assert recovered == []


def _truth(truth: pd.DataFrame, wave: str, score: str, hidden: frozenset) -> float:
    from tests.test_rc_privacy import truth_of

    return truth_of(truth, wave, score, hidden)


def test_a_fresh_servers_first_request_for_a_page_goes_through_the_dashboard(
    demo_file, tmp_path, page
):
    """Streamlit would run pages/data.py on its own for a fresh server's first /data request
    (no sidebar, no filters, English errors); it must come through dashboard.py."""
    path = tmp_path / "app.duckdb"
    shutil.copy(demo_file, path)
    with serve(path) as base:
        open_page(page, f"{base}/{PAGES['data'].url_path}")
        sidebar = page.locator("[data-testid='stSidebar']")
        assert page.locator("h1").first.inner_text().strip() == "Data"
        assert sidebar.get_by_role("link", name="Portefølje").count() == 1
        assert sidebar.get_by_text("Demodata").count() >= 1
        assert sidebar.get_by_role("link", name="components").count() == 0
        no_exception(page)
