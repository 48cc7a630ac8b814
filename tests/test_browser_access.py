"""Login through an OpenID Connect provider in a real browser (Streamlit's `st.login`, Authlib, the
provider of tests/oidc.py standing in for Entra ID), the pages each role gets, and no personal
data in the server's log after a whole session's work."""

from __future__ import annotations

import shutil

import pytest
from playwright.sync_api import expect

from data import db
from data.demo import DEMO_USERS
from data.labels import NOT_FOUND, UI
from pages._registry import PAGES
from tests import oidc
from tests.browser import IDLE, SHOTS, free_port, idle, no_exception, serve

pytestmark = pytest.mark.browser
SECRETARY, CHEFFORUM, DIREKTION = (email for email, _, _, _ in DEMO_USERS)


@pytest.fixture(scope="module")
def login_server(demo_file, tmp_path_factory):
    """The dashboard with login set up ([auth] for the test provider), on a copy of the demo; the
    server's whole output goes to a log file the tests read."""
    folder = tmp_path_factory.mktemp("login")
    path = folder / "demo.duckdb"
    shutil.copy(demo_file, path)
    port = free_port()
    log = folder / "server.log"
    with oidc.provider() as provider:
        secrets = folder / "secrets.toml"
        secrets.write_text(oidc.secrets_toml(provider, port))
        with serve(path, port=port, secrets=secrets, log=log) as base:
            yield base, provider, log, path


def log_in(page, base: str, email: str) -> None:
    """From the app's root through the provider's sign-in form, back to the app."""
    page.goto(base)
    page.wait_for_selector(IDLE, timeout=60_000)
    expect(page.locator("h1")).to_have_text(UI["login_title"], timeout=30_000)
    page.get_by_role("button", name=UI["login_button"]).click()
    page.wait_for_selector("input[name=email]", timeout=30_000)  # the provider's page
    page.fill("input[name=email]", email)
    page.get_by_role("button", name="Log ind").click()
    page.wait_for_url(f"{base}/**", timeout=30_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    idle(page)


def nav_links(page) -> list[str]:
    """The titles in the sidebar's navigation (each link's text ends with its title)."""
    texts = page.locator("[data-testid='stSidebarNavLink']").all_inner_texts()
    return [t.strip().split("\n")[-1] for t in texts]


def test_the_direction_logs_in_and_sees_its_four_pages(login_server, page):
    base, provider, _, _ = login_server
    log_in(page, base, DIREKTION)
    expect(page.locator("h1").first).to_have_text(PAGES["overview"].title, timeout=30_000)
    assert nav_links(page) == [
        PAGES[k].title for k in ("overview", "flower", "portfolio", "solutions")
    ]
    sidebar = page.locator("[data-testid='stSidebar']")
    expect(sidebar).to_contain_text(DIREKTION)
    expect(sidebar).to_contain_text("Direktionen")
    no_exception(page)
    page.screenshot(path=str(SHOTS / "adgang-direktion.png"))
    assert provider.signed_in[-1] == DIREKTION
    # a page of another role does not exist for the direction
    page.goto(f"{base}/{PAGES['data'].url_path}")
    page.wait_for_selector(IDLE, timeout=60_000)
    expect(page.locator("h1").first).to_have_text(NOT_FOUND["title"], timeout=30_000)
    # and logging out ends the session: the login page again
    page.get_by_role("button", name=UI["logout"]).click()
    expect(page.locator("h1")).to_have_text(UI["login_title"], timeout=30_000)


def test_someone_without_a_user_sees_no_access(login_server, page):
    base, _, _, _ = login_server
    log_in(page, base, "ukendt.person@albertslund.dk")
    expect(page.locator("h1")).to_have_text(UI["no_access_title"], timeout=30_000)
    assert nav_links(page) == []
    assert page.locator("[data-testid='stSidebar']").count() == 0
    page.screenshot(path=str(SHOTS / "adgang-ingen.png"))


def test_chefforum_reads_the_meeting_but_records_nothing(login_server, page):
    base, _, _, _ = login_server
    log_in(page, base, CHEFFORUM)
    page.get_by_role("link", name=PAGES["meeting"].title).click()
    expect(page.locator("h1").first).to_have_text(PAGES["meeting"].title, timeout=30_000)
    idle(page)
    expect(page.get_by_text(UI["read_only_meeting"])).to_be_visible()
    assert page.get_by_role("button", name=UI["minutes_save"]).count() == 0
    no_exception(page)
    page.screenshot(path=str(SHOTS / "adgang-chefforum-moede.png"))


def test_the_secretarys_day_leaves_no_personal_data_in_the_servers_log(
    login_server, page, demo_file
):
    """A secretary logs in, opens every page, imports a file with a mistake naming a person,
    erases a person, and reads the log: the server's output names no person, no user and no
    survey pseudonym."""
    base, _, log, path = login_server
    log_in(page, base, SECRETARY)
    for key in PAGES:
        page.goto(f"{base}/{PAGES[key].url_path}" if key != "overview" else base)
        page.wait_for_selector(IDLE, timeout=60_000)
        idle(page)
        no_exception(page)
    page.get_by_role("tab", name=UI["tab_import"]).click()
    picker = page.get_by_test_id("stSelectbox").filter(has_text=UI["table"]).first
    picker.click()
    page.get_by_role("option", name="Personer (person)").click()
    idle(page)
    bad = "id,name,department_id,kind\nP99999,Karen Sørensen-Import,AFD-FINDES-IKKE,employee\n"
    page.get_by_test_id("stFileUploaderDropzoneInput").first.set_input_files(
        files=[{"name": "personer.csv", "mimeType": "text/csv", "buffer": bad.encode()}]
    )
    idle(page)
    page.get_by_role("button", name=UI["do_import"]).click()
    idle(page)
    expect(page.get_by_text("AFD-FINDES-IKKE").first).to_be_visible(timeout=30_000)
    page.get_by_role("tab", name=UI["tab_users"]).click()
    idle(page)
    page.get_by_label(UI["erase_search"]).fill("P00002")
    page.keyboard.press("Enter")
    idle(page)
    page.get_by_test_id("stSelectbox").filter(has_text=UI["erase_pick"]).click()
    page.get_by_role("option").first.click()
    idle(page)
    page.get_by_text(UI["erase_sure"]).click()
    idle(page)
    page.get_by_role("button", name=UI["erase_do"]).click()
    idle(page)
    expect(page.get_by_text("er anonymiseret").first).to_be_visible(timeout=30_000)
    page.screenshot(path=str(SHOTS / "adgang-sekretariat-brugere.png"))
    page.get_by_role("tab", name=UI["tab_log"]).click()
    idle(page)
    no_exception(page)
    page.screenshot(path=str(SHOTS / "adgang-sekretariat-log.png"))
    # What the server printed in all the tests of this module
    said = log.read_text(encoding="utf-8", errors="replace")
    original = db.connect(demo_file, read_only=True)  # the names before the erasure, too
    names_before = [n for (n,) in original.execute("SELECT name FROM person").fetchall()]
    original.close()
    assert "You can now view your Streamlit app" in said  # the log is the server's, and read
    copy = path.parent / "after.duckdb"  # the server holds the file: read a copy, with its WAL
    shutil.copy(path, copy)
    if path.with_name(path.name + ".wal").exists():
        shutil.copy(path.with_name(path.name + ".wal"), copy.with_name(copy.name + ".wal"))
    snapshot = db.connect(copy, read_only=True)
    names = [n for (n,) in snapshot.execute("SELECT name FROM person").fetchall()]
    assert len(set(names_before) - set(names)) == 1  # the erased name is among those sought
    emails = [e for (e,) in snapshot.execute("SELECT email FROM app_user").fetchall()]
    pseudonyms = [r for (r,) in snapshot.execute("SELECT respondent FROM rc_response").fetchall()]
    snapshot.close()
    private = [*names_before, *names, *emails, *pseudonyms, "Karen Sørensen-Import"]
    private += ["ukendt.person"]
    private += [e.split("@")[0] for e in emails]
    leaked = [p for p in private if p and p in said]
    assert not leaked, f"the server's log names {leaked[:5]}"


def test_local_mode_serves_this_machine_and_no_proxy(demo_file, tmp_path, browser):
    """Without login: data for a browser on this machine, with the badge; nothing for a request
    a proxy forwarded (it says so in X-Forwarded-For)."""
    path = tmp_path / "local.duckdb"
    shutil.copy(demo_file, path)
    with serve(path) as base:
        here = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="da-DK")
        page = here.new_page()
        page.goto(base)
        page.wait_for_selector(IDLE, timeout=60_000)
        expect(page.locator("h1").first).to_have_text(PAGES["overview"].title, timeout=30_000)
        expect(page.locator("[data-testid='stSidebar']")).to_contain_text(UI["local_badge"])
        page.screenshot(path=str(SHOTS / "adgang-lokal.png"))
        here.close()
        proxied = browser.new_context(extra_http_headers={"X-Forwarded-For": "10.0.0.7"})
        page = proxied.new_page()
        page.goto(base)
        page.wait_for_selector(IDLE, timeout=60_000)
        expect(page.locator("h1").first).to_have_text(UI["local_only_title"], timeout=30_000)
        assert page.locator("[data-testid='stSidebarNavLink']").count() == 0
        proxied.close()
