"""NS-dashboard: the frame. Page config, navigation over pages/ (pages/_registry.py), the shared
sidebar.

Started as `python dashboard.py [--server.port 8501 …]` (make run, the browser tests), it serves
itself through Streamlit with the navigation below from the first request on: Streamlit would
otherwise read pages/ as a folder of pages until the first run of this script, and a fresh
server's first visitor to /portefolje would get its English "Page not found". (`streamlit run
dashboard.py` works too; pages/_store.py mends that first request as well as it can.)"""

import re
import sys
from urllib.parse import urlsplit

import streamlit as st

if __name__ == "__main__" and not st.runtime.exists():  # python dashboard.py: serve it
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.web import cli

    PagesManager.uses_pages_directory = False  # st.navigation only, never pages/ as pages
    sys.argv = ["streamlit", "run", __file__, *sys.argv[1:]]
    sys.exit(cli.main())

from analytics.networks import departments
from data.db import is_demo, log_failure
from data.labels import APP_SUBTITLE, APP_TITLE, NOT_FOUND, SECTIONS, UI, DbMsg
from pages import _access as access
from pages import _store as store
from pages import _widgets as ui
from pages._registry import PAGES, START, by_section, by_url


@st.cache_resource(show_spinner=False)
def icon():
    """The tab's icon, drawn here (three networks joined, in the types' colours): a Material icon
    or an emoji would be fetched from a CDN on the internet, which a municipal intranet may not
    reach and should not be asked to."""
    from PIL import Image, ImageDraw

    from charts.style import TYPE_COLORS

    picture = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(picture)
    centres = [(32, 13), (13, 49), (51, 49)]
    draw.polygon(centres, outline="#26313B", width=5)
    for (x, y), colour in zip(centres, TYPE_COLORS.values(), strict=True):
        draw.ellipse((x - 12, y - 12, x + 12, y + 12), fill=colour, outline="white", width=2)
    return picture


st.set_page_config(page_title=APP_TITLE, page_icon=icon(), layout="wide")


def only(page, title: str) -> None:
    """Instead of the dashboard, this one page (no navigation, no sidebar, no data)."""
    st.navigation([st.Page(page, title=title)], position="hidden").run()
    st.stop()


# Who is asking (pages/_access.py, data.access) is settled before anything of the data is shown.
# Login set up and nobody logged in: the login page (a secrets file that cannot be read: a page
# saying so), before even the database is opened.
if access.user() is None:
    if access.login_setup() is None:
        only(access.login_broken_page, UI["login_broken_title"])
    only(access.login_page, UI["login_title"])

if problem := store.database_problem():  # a locked or broken file: say so, touch nothing

    def unavailable() -> None:
        st.title(DbMsg.TITLE)
        st.error(problem, icon=":material/database_off:")

    only(unavailable, DbMsg.TITLE)  # no page of pages/ can run without its database


def asked_for() -> str | None:
    """The address the browser asks for, relative to the app's root ('' for the root), or None
    outside a browser (AppTest)."""
    url = st.context.url
    if url is None:
        return None
    base = st.get_option("server.baseUrlPath").strip("/")
    path = urlsplit(url).path.strip("/")
    return path.removeprefix(base).strip("/") if base else path


def not_found(path: str) -> st.Page:
    """A hidden page at an address the app does not have, in Danish (st.navigation would run the
    start page under Streamlit's English "Page not found")."""

    def page() -> None:
        st.title(NOT_FOUND["title"])
        st.warning(NOT_FOUND["text"].format(path=path), icon=":material/link_off:")
        start = PAGES[START]
        st.page_link(start.path, label=NOT_FOUND["link"].format(page=start.title), icon=start.icon)

    return st.Page(page, title=NOT_FOUND["title"], url_path=path, visibility="hidden")


def extra_page(path: str | None, role: str) -> st.Page | None:
    """The hidden page an unknown address needs, if any: also the address of a page `role` may
    not open (it does not exist for them). Left to Streamlit: an address other than letters,
    digits, '-', '_' and '.' (a page's url_path cannot hold a '/', and the address is shown on
    the page), and the start page's own address (/overblik), which Streamlit reserves for the
    start page but serves only at the root."""
    if not path or not re.fullmatch(r"[\w.-]+", path):
        return None
    known = by_url(path)
    if known is not None and role in known.roles:
        return None
    return not_found(path)


# Logged in without a role: "no access". Local mode (no login) reached from another machine or
# through a proxy: "only on this machine".
role = access.settle(store.cursor())
if role is None:
    only(access.no_access_page, UI["no_access_title"])
if access.local_mode() and not access.served_locally():
    only(access.local_only_page, UI["local_only_title"])

# Sections of DESIGN.md §7 with the pages this role may open; the first page is the start page,
# shown at the app's root address.
navigation = {
    SECTIONS[section]: [
        st.Page(p.path, title=p.title, icon=p.icon, url_path=p.url_path) for p in pages
    ]
    for section, pages in by_section(role).items()
}
if hidden := extra_page(asked_for(), role):
    navigation[SECTIONS[PAGES[START].section]].append(hidden)

page = st.navigation(navigation)
with st.sidebar:
    st.caption(f"**{APP_TITLE}** · {APP_SUBTITLE}")
    access.sidebar_identity()
shown = by_url(page.url_path)
if shown is not None and role not in shown.roles:  # the hidden "no such page" at its address
    shown = None
st.session_state["filters"] = ui.sidebar(store.query(departments), store.query(is_demo), shown)
try:
    page.run()
except Exception as exc:  # st.stop and st.rerun are BaseExceptions and pass through
    # the type and the place only: a message can quote a cell, a name or an address
    log_failure(f"Siden '{page.title}'", exc)
    st.error(UI["error"], icon=":material/error:")
