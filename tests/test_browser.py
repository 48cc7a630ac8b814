"""A real Streamlit server on a free port, driven by Debian's headless Chromium (Playwright).

Like streamlit's own e2e tests: wait for /_stcore/health, then for the app to finish its run.
Screenshots of every page land in tests/screenshots/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from playwright.sync_api import expect

from data.labels import NOT_FOUND, fmt_date
from pages._registry import PAGES, START
from tests.browser import IDLE, SHOTS
from tests.browser import idle as _idle
from tests.browser import no_exception as _no_exception
from tests.browser import open_page as _open

# The heading a reader sees on every page of the app (the registry gives the address).
HEADINGS = {
    "overview": "Overblik",
    "flower": "Blomsten",
    "meeting": "Chefforum-møde",
    "portfolio": "Portefølje",
    "load": "Ressourcetræk",
    "rc": "Relationel koordinering",
    "themes": "Temaer",
    "solutions": "Løsninger",
    "network": "Netværk",
    "trends": "Tendenser",
    "leaders": "Netværksledere",
    "data": "Data",
}
# (url path, heading) for every page of the app; the start page is served at the root.
ADDRESSES = [("" if key == START else p.url_path, HEADINGS[key]) for key, p in PAGES.items()]

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("path", "heading"), ADDRESSES)
def test_every_page_renders_with_its_heading_and_no_error(server, page, path, heading):
    _open(page, f"{server}/{path}")
    assert page.locator("h1").first.inner_text().strip() == heading
    _no_exception(page)
    assert page.get_by_text("Demodata").count() >= 1
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{path or PAGES[START].url_path}.png"), full_page=True)


def test_an_unknown_address_gets_a_danish_page_with_the_menu(server, page):
    _open(page, f"{server}/finnes-ikke")
    assert page.locator("h1").first.inner_text().strip() == NOT_FOUND["title"]
    body = page.inner_text("body")
    assert "Page not found" not in body and "/finnes-ikke" in body
    sidebar = page.locator("[data-testid='stSidebar']")
    assert sidebar.get_by_role("link", name=HEADINGS["data"]).count() == 1
    _no_exception(page)
    page.get_by_role("link", name=NOT_FOUND["link"].format(page=HEADINGS[START])).click()
    page.wait_for_selector(f"h1:has-text('{HEADINGS[START]}')", timeout=30_000)


def test_network_profile_shows_people_and_phase_chart(server, page):
    _open(page, f"{server}/{PAGES['network'].url_path}?network=N2016-08")
    assert "Fælles ungdomsklub" in page.locator("h2").first.inner_text()
    # people by department, phases, and the load curve per role (Plotly draws after the run)
    page.locator(".js-plotly-plot").nth(2).wait_for(timeout=30_000)
    assert page.locator(".js-plotly-plot").count() == 3
    assert page.get_by_text("Netværkets timer pr. uge, fordelt på roller").count() == 1
    assert page.get_by_text("Netværksleder").count() >= 1
    _no_exception(page)


def test_a_bad_import_names_the_row_and_keeps_the_app_running(server, page, tmp_path):
    bad = tmp_path / "netvaerk.csv"
    bad.write_text(
        "id;name;type;generation;start_date;status\n"
        "N2027-50;Godt netværk;welfare;NS3;01-02-2027;planned\n"
        "N2027-51;Dårlig dato;welfare;NS3;31-02-2026;planned\n",
        encoding="utf-8",
    )
    _open(page, f"{server}/{PAGES['data'].url_path}")
    page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(str(bad))
    page.wait_for_selector("text=netvaerk.csv", timeout=30_000)
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE)
    page.get_by_role("button", name="Importér filen").click()
    page.wait_for_selector("text=Intet er gemt", timeout=30_000)
    page.wait_for_selector(IDLE)
    table = page.locator("[data-testid='stTable']")
    table.wait_for(timeout=30_000)
    assert "31-02-2026" in table.inner_text() and "Ugyldig dato" in table.inner_text()
    _no_exception(page)
    page.screenshot(path=str(SHOTS / "data-import-fejl.png"), full_page=True)

    good = tmp_path / "netvaerk-ok.csv"
    good.write_text(
        bad.read_text(encoding="utf-8").replace("31-02-2026", "28-02-2026"), encoding="utf-8"
    )
    page.locator("[data-testid='stFileUploaderDropzoneInput']").first.set_input_files(str(good))
    page.wait_for_selector("text=netvaerk-ok.csv", timeout=30_000)  # the upload's rerun began
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE)
    page.get_by_role("button", name="Importér filen").click()
    page.wait_for_selector("text=2 rækker importeret", timeout=30_000)
    _no_exception(page)
    _open(page, f"{server}/{PAGES['network'].url_path}?network=N2027-51")
    assert "Dårlig dato" in page.locator("h2").first.inner_text()


def test_sidebar_filters_are_kept_when_changing_page(server, page):
    _open(page, f"{server}/{PAGES['portfolio'].url_path}")  # a page that uses the types
    page.get_by_role("button", name="Remove Innovationsnetværk").click()
    page.wait_for_selector(IDLE)
    page.get_by_role("link", name="Data").click()
    page.wait_for_selector(IDLE)
    page.get_by_role("link", name="Netværk", exact=True).click()
    page.wait_for_selector("h1:has-text('Netværk')", timeout=30_000)
    page.wait_for_selector(IDLE)
    sidebar = page.locator("[data-testid='stSidebar']")
    expect(sidebar).to_contain_text("Velfærdsnetværk", timeout=30_000)
    expect(sidebar).not_to_contain_text("Innovationsnetværk")


@pytest.mark.parametrize(
    "tab",
    ["Ret og tilføj", "Skabeloner", "Antagelser", "Tabeller", "Eksport og sikkerhedskopier", "Log"],
)
def test_every_data_tab_opens(server, page, tab):
    _open(page, f"{server}/{PAGES['data'].url_path}")
    page.get_by_role("tab", name=tab).click()
    page.wait_for_selector(IDLE)
    _no_exception(page)
    page.screenshot(path=str(SHOTS / f"data-{tab.split()[0].lower()}.png"), full_page=True)


def test_blomsten_plays_the_years_in_the_browser_and_a_month_can_be_picked(server, page):
    _open(page, f"{server}/{PAGES['flower'].url_path}")
    title = page.locator("[data-testid='stPlotlyChart'] .gtitle").first
    expect(title).to_contain_text(f"Netværk der kører {fmt_date(dt.date.today())}")
    page.screenshot(path=str(SHOTS / "blomsten-i-dag.png"))
    page.locator(".updatemenu-button").first.click()  # ▶ Afspil: Plotly frames, no server run
    expect(title).to_contain_text("2013", timeout=10_000)  # from the first network's year
    expect(title).not_to_contain_text("2013", timeout=10_000)  # and on through the years
    page.locator(".updatemenu-button").nth(1).click()  # Pause
    # The page's own month picker: the slider's first month, by keyboard
    thumb = page.get_by_role("slider", name="Vis måned")
    thumb.focus()
    thumb.press("Home")
    page.wait_for_selector(IDLE)
    expect(page.get_by_role("heading", name="Netværk i februar 2013")).to_be_visible(timeout=30_000)
    expect(title).to_contain_text("28. feb. 2013")
    _no_exception(page)
    page.screenshot(path=str(SHOTS / "blomsten-februar-2013.png"))


def test_tendenser_follows_the_measure_and_downloads_what_it_shows(server, page):
    _open(page, f"{server}/{PAGES['trends'].url_path}")
    title = page.locator("[data-testid='stPlotlyChart'] .gtitle").first
    expect(title).to_have_text("Netværk startet pr. år", timeout=30_000)
    page.get_by_test_id("stSelectbox").filter(has_text="Mål").click()
    page.get_by_role("option", name="Deltagere (medarbejdere)", exact=True).click()
    expect(title).to_have_text("Deltagere (medarbejdere) pr. år", timeout=30_000)
    breakdown = page.get_by_test_id("stRadio").filter(has_text="Opdelt på")
    breakdown.get_by_text("Afdeling", exact=True).click()
    expect(title).to_have_text(
        "Deltagere (medarbejdere) pr. år, fordelt på afdeling", timeout=30_000
    )
    # the legend names the departments (the table is a canvas: its text is not in the page)
    expect(page.locator(".legendtext", has_text="Dagtilbud")).to_have_count(1)
    _idle(page)
    _no_exception(page)
    page.screenshot(path=str(SHOTS / "tendenser-deltagere-afdeling.png"))
    with page.expect_download(timeout=60_000) as download:  # built on the click
        page.get_by_role("button", name="Hent CSV").click()
    assert download.value.suggested_filename == "tendens-deltagere-afdeling-aar.csv"
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    header = text.splitlines()[0]
    assert header.startswith("Periode;") and "Dagtilbud" in header and "AFD-" not in text


def test_the_excel_export_downloads_a_workbook(server, page, tmp_path):
    _open(page, f"{server}/{PAGES['data'].url_path}")
    page.get_by_role("tab", name="Eksport og sikkerhedskopier").click()
    page.get_by_role("button", name="Lav Excel-eksport").click()  # built under a progress bar
    ready = page.get_by_role("button", name="Hent Excel-eksport")
    ready.wait_for(timeout=60_000)
    with page.expect_download(timeout=60_000) as download:
        ready.click()
    target = tmp_path / "eksport.xlsx"
    download.value.save_as(target)
    import openpyxl

    book = openpyxl.load_workbook(target, read_only=True)
    assert "network" in book.sheetnames and "audit_log" in book.sheetnames


def test_a_finding_opens_its_network_profile(server, page):
    _open(page, f"{server}/{PAGES['portfolio'].url_path}")
    grid = page.locator("[data-testid='stDataFrame']").first
    box = grid.bounding_box()
    # the first data row's selection checkbox: left edge of the grid, below the 35 px header
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)
    page.wait_for_selector(IDLE)
    button = page.get_by_role("button", name="Åbn netværket")
    button.wait_for(timeout=30_000)
    page.screenshot(path=str(SHOTS / "portefolje-fund.png"), full_page=False)
    button.click()
    page.wait_for_selector(IDLE)
    page.wait_for_selector("h1:has-text('Netværk')", timeout=30_000)
    # the profile draws in stages after the switch: wait for its rule check, don't count at once
    expect(page.get_by_text("Regeltjek for netværket")).to_have_count(1, timeout=30_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    _no_exception(page)


def test_a_theme_scored_in_the_form_is_saved(server, page):
    _open(page, f"{server}/{PAGES['themes'].url_path}")
    page.get_by_label("Titel").fill("Trivsel i overgangen til skole")
    page.get_by_role("button", name="Gem temaet").click()
    page.wait_for_selector("text=er gemt med egnethed", timeout=30_000)
    _no_exception(page)
    page.screenshot(path=str(SHOTS / "temaer-gemt.png"), full_page=True)


@pytest.mark.parametrize(
    "tab", ["Personer", "Afdelinger og roller", "Overbelastning", "Personaleleder"]
)
def test_every_load_tab_draws(server, page, tab):
    _open(page, f"{server}/{PAGES['load'].url_path}")
    page.get_by_role("tab", name=tab).click()
    page.wait_for_selector(IDLE)
    page.wait_for_timeout(500)
    _no_exception(page)
    panel = page.get_by_role("tabpanel", name=tab)
    if tab == "Overbelastning":  # the demo's planted forecast overload: one person
        assert "1 person har mindst én uge" in panel.inner_text()
    else:
        panel.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
    page.screenshot(path=str(SHOTS / f"ressourcetraek-{tab.split()[0].lower()}.png"))


def test_the_planner_flags_a_leader_of_two_networks(server, page, demo_file):
    import duckdb

    # the leader of the demo's newest running network (N2026-10, until 27 Jun 2027)
    with duckdb.connect(demo_file, read_only=True) as con:
        name = con.execute(
            "SELECT p.name FROM role_assignment r JOIN person p ON p.id = r.person_id"
            " WHERE r.network_id = 'N2026-10' AND r.role = 'network_leader'"
        ).fetchall()[0][0]
    _open(page, f"{server}/{PAGES['load'].url_path}")
    page.get_by_role("tab", name="Planlægning (hvad nu hvis)").click()
    page.wait_for_selector(IDLE)
    form = page.get_by_test_id("stForm")
    form.get_by_label("Kandidatens navn").fill("Ensomhed blandt ældre")
    form.get_by_test_id("stSelectbox").filter(has_text="Netværksleder").click()
    page.keyboard.type(name)
    page.keyboard.press("Enter")
    form.get_by_label("Skole (PPR)").fill("3")
    form.get_by_role("button", name="Tilføj til planen").click()
    page.wait_for_selector("text=ville lede både", timeout=30_000)
    page.wait_for_selector(IDLE)
    warning = page.get_by_text("ville lede både").inner_text()
    assert warning.startswith(f"{name} ville lede både «Ensomhed blandt ældre» og N2026-10")
    expect(page.get_by_text("Netværkstimer i alt pr. uge — uden og med planen")).to_have_count(
        1, timeout=30_000
    )
    _no_exception(page)
    page.screenshot(path=str(SHOTS / "ressourcetraek-planlaegning.png"), full_page=False)


@pytest.mark.parametrize(
    "tab", ["Dimensioner", "Gruppe × gruppe", "Netværkskort", "Udvikling", "Netværkseffekt"]
)
def test_every_rc_tab_draws(server, page, tab):
    _open(page, f"{server}/")
    _open(page, f"{server}/{PAGES['rc'].url_path}")
    page.get_by_role("tab", name=tab).click()
    page.wait_for_selector(IDLE)
    panel = page.get_by_role("tabpanel", name=tab)
    panel.locator(".js-plotly-plot").first.wait_for(timeout=30_000)
    _no_exception(page)
    if tab == "Netværkseffekt":  # the demo: pairs that shared a network improved more
        assert panel.inner_text().startswith("Ja. Mellem afdelinger, der har været sammen")
    page.screenshot(path=str(SHOTS / f"rc-{tab.split()[0].lower()}.png"))


def test_the_rc_pair_download_has_no_score_for_the_small_group(server, page):
    import csv
    import io

    _open(page, f"{server}/")
    _open(page, f"{server}/{PAGES['rc'].url_path}")
    page.get_by_role("tab", name="Gruppe × gruppe").click()
    page.wait_for_selector(IDLE)
    panel = page.get_by_role("tabpanel", name="Gruppe × gruppe")
    with page.expect_download() as download:
        panel.get_by_role("button", name="Hent CSV").first.click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    small = [r for r in rows if r["Svar fra (gruppe)"] == "Drift & Service"]
    # 4 people (fewer where one left every item about a group empty): counts, never scores
    assert len(small) == 10 and all(
        r["RC-indeks"] == "" and int(r["Svarpersoner"]) <= 4 and r["Hyppig kommunikation"] == ""
        for r in small
    )
    assert all(r["RC-indeks"] for r in rows if r["Svar fra (gruppe)"] != "Drift & Service")
    assert "respondent" not in text.lower() and "h:" not in text


def test_overblik_fits_a_1920x1080_screen_and_an_alert_opens_its_page(server, browser):
    context = browser.new_context(viewport={"width": 1920, "height": 1080}, locale="da-DK")
    page = context.new_page()
    _open(page, f"{server}/")
    assert page.locator("h1").first.inner_text().strip() == HEADINGS["overview"]
    page.locator("[data-testid='stPlotlyChart'] .main-svg").first.wait_for(timeout=30_000)
    main = page.locator("[data-testid='stMain']")
    scroll, client = main.evaluate("m => [m.scrollHeight, m.clientHeight]")
    assert scroll <= client, (scroll, client)  # no vertical scroll bar
    _no_exception(page)
    page.screenshot(path=str(SHOTS / "overblik-1920x1080.png"))
    alert = page.locator("[data-testid='stPageLink'] a").first
    label = alert.inner_text()
    target = label.rsplit("→", 1)[1].strip()  # the page the alert names
    alert.click()
    page.wait_for_selector(f"h1:has-text('{target}')", timeout=30_000)
    page.wait_for_selector(IDLE)
    _no_exception(page)
    context.close()


def test_in_meeting_mode_a_theme_is_prioritised_and_the_briefing_downloaded(server, page):
    from pypdf import PdfReader

    _open(page, f"{server}/")
    page.get_by_role("link", name=HEADINGS["meeting"]).click()
    page.wait_for_selector(f"h1:has-text('{HEADINGS['meeting']}')", timeout=30_000)
    page.get_by_role("tab", name="Beslutninger").click()
    page.wait_for_selector(IDLE)
    matter = page.get_by_role("combobox", name="Sag")
    matter.click()
    page.get_by_role("option").filter(has_text="Tema til kvalificering").first.click()
    page.wait_for_selector(IDLE)
    page.get_by_text("Prioriteret", exact=True).click()
    page.get_by_role("button", name="Registrér beslutning").click()
    page.wait_for_selector(IDLE)
    saved = page.get_by_text("Beslutning nr. 1 på mødet")
    expect(saved).to_be_visible(timeout=30_000)
    expect(saved).to_contain_text("har nu status 'Prioriteret'")
    _no_exception(page)
    page.screenshot(path=str(SHOTS / "chefforum-moede-beslutning.png"), full_page=True)
    page.get_by_role("button", name="Lav briefing (PDF og HTML)").click()
    pdf_button = page.get_by_role("button", name="Hent PDF")
    expect(pdf_button).to_be_visible(timeout=60_000)
    with page.expect_download(timeout=60_000) as download:
        pdf_button.click()
    reader = PdfReader(download.value.path())
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Besluttet på mødet" in text and "Prioriteret" in text


def test_a_co_driver_who_later_led_opens_the_network_led(server, page):
    """Netværksledere: a person picked in the co-driver → leader paths shows the networks they
    had a role in, the network led first; its button opens the network's profile."""
    _open(page, f"{server}/{PAGES['leaders'].url_path}")
    page.get_by_role("tab", name="Co-driver → netværksleder").click()
    page.wait_for_selector(IDLE)
    grid = page.locator("[data-testid='stDataFrame']").first
    grid.wait_for(timeout=30_000)
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 15, box["y"] + 35 + 17)  # the first path's row
    page.wait_for_selector(IDLE)
    expect(page.get_by_text("Netværk, som ")).to_have_count(1, timeout=30_000)
    button = page.get_by_role("button", name="Åbn netværket")
    button.wait_for(timeout=30_000)
    page.screenshot(path=str(SHOTS / "netvaerksledere-person.png"), full_page=False)
    button.click()
    page.wait_for_selector("h1:has-text('Netværk')", timeout=30_000)
    expect(page.get_by_text("Regeltjek for netværket")).to_have_count(1, timeout=30_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    _no_exception(page)
