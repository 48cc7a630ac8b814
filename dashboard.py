"""NS-dashboard: the frame. Page config, navigation over pages/, the shared sidebar."""

import logging

import streamlit as st

from analytics.networks import departments
from data.db import is_demo
from data.labels import APP_SUBTITLE, APP_TITLE, PAGE_TITLES, SECTIONS, UI, DbMsg
from pages import _components as ui

st.set_page_config(page_title=APP_TITLE, page_icon=":material/hub:", layout="wide")

if problem := ui.database_problem():  # a locked or broken file: say so, touch nothing

    def unavailable() -> None:
        st.title(DbMsg.TITLE)
        st.error(problem, icon=":material/database_off:")

    # the one page there is (no page of pages/ can run without its database)
    st.navigation([st.Page(unavailable, title=DbMsg.TITLE)], position="hidden").run()
    st.stop()

# Sections of DESIGN.md §7; a section is shown once it has pages (later issues add Overblik).
PAGES = {
    SECTIONS["overview"]: [],
    SECTIONS["analysis"]: [
        st.Page(
            "pages/portfolio.py",
            title=PAGE_TITLES["portfolio"],
            icon=":material/dashboard:",
            url_path="portefolje",
        ),
        st.Page(
            "pages/load.py",
            title=PAGE_TITLES["load"],
            icon=":material/schedule:",
            url_path="ressourcetraek",
        ),
        st.Page(
            "pages/rc.py",
            title=PAGE_TITLES["rc"],
            icon=":material/diversity_3:",
            url_path="relationel-koordinering",
        ),
        st.Page(
            "pages/themes.py",
            title=PAGE_TITLES["themes"],
            icon=":material/lightbulb:",
            url_path="temaer",
        ),
        st.Page(
            "pages/solutions.py",
            title=PAGE_TITLES["solutions"],
            icon=":material/redeem:",
            url_path="loesninger",
        ),
        st.Page(
            "pages/network.py",
            title=PAGE_TITLES["network"],
            icon=":material/hub:",
            url_path="netvaerk",
        ),
    ],
    SECTIONS["secretariat"]: [
        st.Page(
            "pages/data.py", title=PAGE_TITLES["data"], icon=":material/database:", url_path="data"
        ),
    ],
}

page = st.navigation({section: pages for section, pages in PAGES.items() if pages})
with st.sidebar:
    st.caption(f"**{APP_TITLE}** · {APP_SUBTITLE}")
st.session_state["filters"] = ui.sidebar(ui.query(departments), ui.query(is_demo))
try:
    page.run()
except Exception:  # st.stop and st.rerun are BaseExceptions and pass through
    logging.getLogger("ns_dashboard").exception("Siden '%s' fejlede", page.title)
    st.error(UI["error"], icon=":material/error:")
