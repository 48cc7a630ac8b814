"""Every page in a real browser with one thing a user would do on it (a filter, a slider, a picker,
a date, an upload, a download clicked and its file opened), each checked for the change it makes
and for any exception box, the app's Danish error box, a console error or a page error.

One server for the module, on a private copy of the demo database; the Data page's import (the
only write) runs last. A screenshot per page after its interaction lands in tests/screenshots/.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlparse

import duckdb
import openpyxl
import pandas as pd
import pytest
from playwright.sync_api import expect

from data.labels import UI
from pages._registry import PAGES, START
from tests.browser import SHOTS, idle, no_exception, open_page

pytestmark = pytest.mark.browser


# --- Shared: watching the console, checking the page, reading tiles and downloads -------------
def benign(message) -> bool:
    """Console noise that is no fault of a page, each for a reason:
    - opened at a page's address (/blomsten), Streamlit's frontend first looks for its server
      under that address (/blomsten/_stcore/health, /host-config), gets 404 and then finds it at
      the root."""
    url = message.location.get("url", "")
    return bool(re.fullmatch(r"/[^/]+/_stcore/(health|host-config)", urlparse(url).path))


def watch(page) -> list[str]:
    """Console errors and page errors from now on, as text (the benign ones left out)."""
    problems: list[str] = []
    page.on(
        "console",
        lambda m: m.type == "error" and not benign(m) and problems.append(f"console: {m.text}"),
    )
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    return problems


def assert_clean(page, problems: list[str]) -> None:
    no_exception(page)  # no exception box, no traceback
    assert page.get_by_text(UI["error"]).count() == 0  # nor the box that replaces one
    assert problems == []


def tile(page, label: str):
    """The value of the KPI tile (st.metric) with this label (a locator: expect it to change)."""
    metric = page.get_by_test_id("stMetric").filter(
        has=page.get_by_test_id("stMetricLabel").get_by_text(label, exact=True)
    )
    return metric.get_by_test_id("stMetricValue")


def number(page, label: str) -> int:
    """The tile's value as a whole number."""
    return int(tile(page, label).inner_text().strip().replace(".", ""))


def download(page, button) -> tuple[str, bytes]:
    """Click a download button (its file is built on the click); the file's name and bytes."""
    with page.expect_download(timeout=60_000) as done:
        button.click()
    return done.value.suggested_filename, Path(done.value.path()).read_bytes()


def read_csv(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), sep=";", decimal=",", encoding="utf-8-sig")


def pick(page, combobox: str, option: str) -> None:
    """Pick an option of a Streamlit selectbox by its label."""
    page.get_by_role("combobox", name=combobox, exact=True).click()
    page.get_by_role("option", name=option).first.click()
    idle(page)


# --- One interaction per page: each does what a user would and asserts what changed ------------
def overview(page, tmp_path, demo_file) -> None:
    """The alert about themes waiting for qualification opens Temaer, whose tile says as many."""
    alert = page.get_by_test_id("stPageLink").filter(has_text="venter på kvalificering").first
    waiting = re.search(r"(\d+) temaer venter", alert.inner_text()).group(1)
    alert.locator("a").click()
    expect(page.locator("h1").first).to_have_text(PAGES["themes"].title, timeout=30_000)
    idle(page)
    expect(tile(page, "Foreslået")).to_have_text(waiting)


def flower(page, tmp_path, demo_file) -> None:
    """Læringsnetværk taken out of the sidebar's types: its tile says 0, the total loses as many."""
    total, learning = number(page, UI["flower_total"]), number(page, "Kører: læring")
    assert learning > 0  # else the filter would change nothing to see
    page.get_by_role("button", name="Remove Læringsnetværk").click()
    idle(page)
    expect(tile(page, "Kører: læring")).to_have_text("0")
    expect(tile(page, UI["flower_total"])).to_have_text(str(total - learning))


def meeting(page, tmp_path, demo_file) -> None:
    """The last meeting moved back to 1 January: the status block counts the year's starts."""
    page.get_by_role("spinbutton", name=f"day, {UI['meeting_since']}").click()
    page.keyboard.type("01012026")
    page.locator("h1").first.click()  # the field sends its day when it loses focus, not on Enter
    idle(page)
    expect(page.get_by_text("Netværk startet og afsluttet siden 1. jan. 2026")).to_be_visible()
    with duckdb.connect(demo_file, read_only=True) as con:
        started = con.execute(
            "SELECT count(*) FROM network WHERE start_date BETWEEN '2026-01-01' AND current_date"
        ).fetchone()[0]
    assert started > 0
    expect(tile(page, UI["status_started"])).to_have_text(str(started))


def portfolio(page, tmp_path, demo_file) -> None:
    """The starts per half-year and type, downloaded as CSV: every network's start is in it."""
    expander = page.get_by_test_id("stExpander").filter(has_text=UI["mix_table"])
    expander.get_by_text(UI["mix_table"]).click()
    idle(page)
    name, data = download(page, expander.get_by_role("button", name=UI["download_csv"]))
    assert name == "starter-pr-halvaar.csv"
    table = read_csv(data)
    types = ["Læringsnetværk", "Velfærdsnetværk", "Innovationsnetværk"]
    assert list(table.columns[1:]) == types  # the charts' order of the types
    assert table.iloc[0, 0] == "1. halvår 2013"
    with duckdb.connect(demo_file, read_only=True) as con:
        started = con.execute(
            "SELECT count(*) FROM network"  # the planned starts included, as the chart shows
        ).fetchone()[0]
    assert table[types].sum().sum() == started


def load(page, tmp_path, demo_file) -> None:
    """The people slider moved to its least (10): the heat map shows the 10 busiest."""
    title = page.get_by_test_id("stPlotlyChart").locator(".gtitle").first
    expect(title).to_have_text(UI["load_heatmap"].format(n=40), timeout=30_000)
    thumb = page.get_by_role("slider", name=UI["load_top"])
    thumb.focus()
    thumb.press("Home")
    idle(page)
    expect(title).to_have_text(UI["load_heatmap"].format(n=10), timeout=30_000)


def rc(page, tmp_path, demo_file) -> None:
    """A network's own wave picked instead of the organisation's: the tiles count its
    respondents."""
    before = number(page, UI["rc_tile_respondents"])
    pick(page, UI["rc_wave"], "N2025-07, før forløbet")
    expect(page.get_by_role("combobox", name=UI["rc_wave"])).to_have_value(
        re.compile("^N2025-07, før forløbet")
    )
    with duckdb.connect(demo_file, read_only=True) as con:
        respondents = con.execute(
            "SELECT count(DISTINCT respondent) FROM rc_response WHERE wave_id = 'RC-N2025-07-1'"
        ).fetchone()[0]
    assert respondents != before
    expect(tile(page, UI["rc_tile_respondents"])).to_have_text(str(respondents))


def themes(page, tmp_path, demo_file) -> None:
    """A theme taken out of the proposal: the NS3 mix check counts one start less."""
    starts = page.get_by_test_id("stAlert").filter(has_text="starter i alt")
    before = int(re.search(r"(\d+) starter i alt", starts.inner_text()).group(1))
    picked = page.get_by_test_id("stMultiSelect").filter(has_text=UI["proposal_pick"])
    picked.get_by_role("button", name=re.compile("^Remove ")).first.click()
    idle(page)
    expect(starts).to_contain_text(f"{before - 1} starter i alt")


def solutions(page, tmp_path, demo_file) -> None:
    """All solutions in the filter, downloaded as Excel: as many rows as the tile says."""
    handed_over = number(page, UI["kpi_handed_over"])
    expander = page.get_by_test_id("stExpander").filter(has_text=UI["all_solutions"])
    expander.get_by_text(UI["all_solutions"]).click()
    idle(page)
    name, data = download(page, expander.get_by_role("button", name=UI["download_xlsx"]))
    assert name == "loesninger.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(data), read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "Status" in rows[0] and "status" not in rows[0]  # Danish headings, not codes
    assert len(rows) - 1 == handed_over
    statuses = {r[rows[0].index("Status")] for r in rows[1:]}
    assert "Implementeret" in statuses and "implemented" not in statuses


def network(page, tmp_path, demo_file) -> None:
    """A network's people (opened by its link), downloaded as CSV: one row per role held."""
    # The people table's own button (pages/network.py's key 'people'): the page keeps drawing
    # for a second or two after its run, so the first 'Hent CSV' drawn may be another table's.
    name, data = download(page, page.locator(".st-key-people_csv").get_by_role("button"))
    assert name == "N2016-08-personer.csv"
    table = read_csv(data)
    with duckdb.connect(demo_file, read_only=True) as con:
        roles = con.execute(
            "SELECT count(*) FROM role_assignment WHERE network_id = 'N2016-08'"
        ).fetchone()[0]
    assert len(table) == roles and "Netværksleder" in set(table["Rolle"])


def trends(page, tmp_path, demo_file) -> None:
    """Quarters instead of years: the chart's title says so."""
    title = page.get_by_test_id("stPlotlyChart").locator(".gtitle").first
    expect(title).to_have_text("Netværk startet pr. år", timeout=30_000)
    page.get_by_test_id("stRadio").filter(has_text=UI["trends_grain"]).get_by_text(
        "Kvartal", exact=True
    ).click()
    idle(page)
    expect(title).to_have_text("Netværk startet pr. kvartal", timeout=30_000)


def leaders(page, tmp_path, demo_file) -> None:
    """Innovation picked as the type: the candidates downloaded are those the message counts."""
    pick(page, UI["type"], "Innovationsnetværk")
    said = page.get_by_test_id("stAlert").filter(has_text="i puljen kan lede")
    expect(said).to_contain_text("kan lede et innovationsnetværk")
    fits = int(re.search(r"(\d+) af \d+ i puljen", said.inner_text()).group(1))
    name, data = download(page, page.get_by_role("button", name=UI["download_csv"]).first)
    assert re.fullmatch(r"kandidater-innovation-\d{4}-\d\d-\d\d\.csv", name)
    assert len(read_csv(data)) == fits


def data(page, tmp_path, demo_file) -> None:
    """A small theme sheet imported: the import says one row was saved."""
    sheet = tmp_path / "temaer.csv"
    sheet.write_text(
        "id;title;origin;proposed_on;status;suggested_type;crit_citizen_welfare;crit_current;"
        "crit_cross_cutting;crit_complexity;crit_learning;crit_innovation;crit_new_perspectives\n"
        "T2026-90;Trivsel i overgangen til skole;bottom_up;01-12-2026;proposed;welfare;"
        "2;3;2;1;2;1;2\n",
        encoding="utf-8",
    )
    pick(page, UI["table"], "Temaer (theme)")
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(str(sheet))
    page.wait_for_selector("text=temaer.csv", timeout=30_000)
    idle(page)
    page.get_by_role("button", name=UI["do_import"]).click()
    expect(page.get_by_text("1 række importeret")).to_be_visible(timeout=30_000)


INTERACTIONS: dict[str, Callable] = {
    "overview": overview,
    "flower": flower,
    "meeting": meeting,
    "portfolio": portfolio,
    "load": load,
    "rc": rc,
    "themes": themes,
    "solutions": solutions,
    "network": network,
    "trends": trends,
    "leaders": leaders,
    "data": data,
}
OPENED_AT = {"network": "?network=N2016-08"}  # the profile as a link opens it


def test_every_page_has_an_interaction():
    assert list(INTERACTIONS) == list(PAGES)


@pytest.mark.parametrize("key", list(PAGES))
def test_a_page_answers_a_user_without_an_error(server, page, tmp_path, demo_file, key):
    problems = watch(page)
    address = "" if key == START else PAGES[key].url_path
    open_page(page, f"{server}/{address}{OPENED_AT.get(key, '')}")
    assert page.locator("h1").first.inner_text().strip() == PAGES[key].title
    assert_clean(page, problems)
    INTERACTIONS[key](page, tmp_path, demo_file)
    idle(page)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"interaktion-{PAGES[key].url_path}.png"), full_page=True)
    assert_clean(page, problems)
