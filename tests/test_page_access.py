"""The pages per role (pages/_access.py, dashboard.py) through Streamlit's AppTest, the logged-in
user set as Streamlit's OIDC login leaves it (`st.user`): the navigation holds exactly the pages a
role may open, a read-only role is offered no change, an unknown or deactivated user sees only
"no access", login set up and nobody logged in shows only the login page, and the local mode
says so in the sidebar."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from data import db
from data.demo import DEMO_USERS
from data.io import save_rows
from data.labels import UI
from pages._registry import PAGES, START
from tests.conftest import assert_clean
from tests.test_components import _navigation

SECRETARY, CHEFFORUM, DIREKTION = (email for email, _, _, _ in DEMO_USERS)
DIRECTION_PAGES = {"overview", "flower", "portfolio", "solutions"}


def _as(app: AppTest, email: str) -> AppTest:
    """The app after a login as `email` (what Streamlit's OIDC puts in st.user)."""
    app.user = {"is_logged_in": True, "email": email, "name": email.split("@")[0]}
    app.run()
    assert_clean(app)
    return app


def _pages(keys) -> set[tuple[str, str, str]]:
    return {(PAGES[k].path, PAGES[k].title, "" if k == START else PAGES[k].url_path) for k in keys}


def test_the_local_mode_is_the_secretariat_and_says_so(app):
    assert _navigation(app) == _pages(PAGES)
    badges = [m.value for m in app.sidebar.markdown]  # st.badge is markdown in AppTest's tree
    assert any(UI["local_badge"] in b and "badge" in b for b in badges)
    app.switch_page(PAGES["data"].path).run()
    assert [t.label for t in app.tabs][-2:] == [UI["tab_users"], UI["tab_log"]]


def test_the_direction_sees_its_four_pages_and_alerts_without_links(app):
    _as(app, DIREKTION)
    assert _navigation(app) == _pages(DIRECTION_PAGES)
    assert app.title[0].value == PAGES["overview"].title
    # the six alerts shown point to pages the direction does not have (a network's profile,
    # Temaer, Ressourcetræk): each is plain text, and none is a link
    assert not app.get("page_link")
    texts = [m.value for m in app.main.markdown]
    assert sum(":material/" in t and "→" not in t for t in texts) == 6
    assert UI["overview_click"] not in app.caption[0].value
    assert any(UI["signed_in_as"].split(" {")[0] in c.value for c in app.sidebar.caption)
    for key in DIRECTION_PAGES - {"overview"}:
        app.switch_page(PAGES[key].path).run()
        assert_clean(app)
        assert app.title[0].value == PAGES[key].title
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        app.switch_page(PAGES["data"].path)


def test_chefforum_reads_every_page_and_is_offered_no_change(app):
    _as(app, CHEFFORUM)
    assert _navigation(app) == _pages(PAGES)
    app.switch_page(PAGES["data"].path).run()
    assert_clean(app)
    assert [t.label for t in app.tabs] == [UI["tab_templates"], UI["tab_tables"]]
    assert not app.get("file_uploader")
    app.switch_page(PAGES["meeting"].path).run()
    assert_clean(app)
    assert UI["read_only_meeting"] in [c.value for c in app.caption]
    assert not any(f.proto.form_id == "record_decision" for f in app.get("form"))
    assert not app.text_area  # no minutes to write
    app.switch_page(PAGES["themes"].path).run()
    assert UI["read_only_theme"] in [c.value for c in app.caption]
    assert not app.get("form")
    # the briefing is theirs to download, like every table the pages show
    app.switch_page(PAGES["meeting"].path).run()
    assert any(b.label == UI["briefing_make"] for b in app.button)


def test_a_secretary_who_logs_in_has_every_page_and_writes_as_themself(app, demo_file):
    import os

    _as(app, SECRETARY.upper())
    assert _navigation(app) == _pages(PAGES)
    app.switch_page(PAGES["data"].path).run()
    assert UI["tab_users"] in [t.label for t in app.tabs]
    app.number_input(key="threshold_input").set_value(12.5)
    app.button(key="save_threshold").click().run()
    assert_clean(app)
    con = db.connect(os.environ["NS_DB_PATH"])  # the app's own file (one config per process)
    lines, total = db.read_audit(con, table="setting")
    con.close()
    # the log names the secretary who logged in (as the address is compared), not 'sekretariat'
    assert total == 1 and lines.iloc[0]["user"] == SECRETARY and lines.iloc[0]["row_count"] == 1


def test_an_unknown_user_sees_no_access_and_nothing_else(app):
    _as(app, "ukendt@albertslund.dk")
    assert app.title[0].value == UI["no_access_title"]
    assert "ukendt@albertslund.dk" in app.warning[0].value
    assert _navigation(app) == {("", UI["no_access_title"], "")}
    assert not app.sidebar.get("multiselect")  # no filters, no data
    assert [b.label for b in app.button] == [UI["logout"]]


def test_a_deactivated_user_loses_access_on_the_next_click(app):
    import os

    _as(app, CHEFFORUM)
    assert app.title[0].value == PAGES["overview"].title
    con = db.connect(os.environ["NS_DB_PATH"])
    row = {"email": CHEFFORUM, "role": "chefforum", "active": "nej"}
    assert save_rows(con, "app_user", [row]).ok
    con.close()
    app.run()  # the same session's next click (no cache stands between: the command line
    # or another server process may have made the change)
    assert app.title[0].value == UI["no_access_title"]


def test_with_login_set_up_nobody_sees_data_before_logging_in(app):
    app.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "x" * 32,
        "client_id": "ns-dashboard",
        "client_secret": "y",
        "server_metadata_url": "https://login.microsoftonline.com/x/v2.0/.well-known/openid-configuration",
    }
    app.user = {"is_logged_in": False}
    app.run()
    assert_clean(app)
    assert app.title[0].value == UI["login_title"]
    assert [b.label for b in app.button] == [UI["login_button"]]
    assert _navigation(app) == {("", UI["login_title"], "")}
    assert not app.dataframe and not app.get("plotly_chart")


def test_a_secrets_file_that_cannot_be_read_is_no_local_mode(app, tmp_path):
    """A typo in [auth] must not hand everyone the secretariat's rights."""
    import streamlit as st
    from streamlit import config

    broken = tmp_path / "secrets.toml"
    broken.write_text('[auth\nclient_id = "ns-dashboard"\n')
    files = config.get_option("secrets.files")
    config.set_option("secrets.files", [str(broken)])
    st.secrets._reset()
    try:
        app.run()
        assert_clean(app)
        assert app.title[0].value == UI["login_broken_title"]
        assert _navigation(app) == {("", UI["login_broken_title"], "")}
        assert not app.dataframe and not app.get("plotly_chart") and not app.button
    finally:
        config.set_option("secrets.files", files)
        st.secrets._reset()


@pytest.mark.parametrize(
    "url",
    [
        "http://10.0.0.5:8501/",  # another machine
        "https://ns.albertslund.dk/",  # a proxy on this machine, by the name it serves
    ],
)
def test_local_mode_reached_from_elsewhere_shows_nothing(app, url):
    """(A proxy that says so in X-Forwarded-For: tests/test_browser_access.py.)"""
    app.context["url"] = url
    app.run()
    assert_clean(app)
    assert app.title[0].value == UI["local_only_title"]
    assert not app.dataframe and not app.get("plotly_chart")


def test_local_mode_served_to_the_network_shows_nothing(app):
    """Without login the dashboard refuses a server bound beyond this machine."""
    from streamlit import config

    config.set_option("server.address", "0.0.0.0")
    try:
        app.context["url"] = "http://10.0.0.5:8501/"
        app.run()
        assert_clean(app)
        assert app.title[0].value == UI["local_only_title"]
        assert not app.dataframe and not app.get("plotly_chart")
    finally:
        config.set_option("server.address", "127.0.0.1")
