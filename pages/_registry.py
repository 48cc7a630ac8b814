"""Every page of the app, once: its file, title, icon, address, section and main users
(DESIGN.md §7). dashboard.py builds the navigation from it; pages link to each other through it
(`st.switch_page(PAGES["network"].path)`), and tests find pages and addresses here. Not a page
(leading underscore); no Streamlit here.

To add a page: write pages/<name>.py, add its title to data.labels PAGE_TITLES, add a `Page`
below (in navigation order), and a test module tests/test_page_<name>.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath

from data.labels import PAGE_TITLES, SECTIONS
from data.schema import ACCESS_ROLES

FILTERS = ("period", "types", "departments")  # the sidebar's filters (analytics.scope.Scope)
# Who may open a page: the access roles of data.access (stored in `app_user`, named as the
# municipality names them). The secretariat and chefforum every page (chefforum read-only), the
# direction the overview, the flower, the portfolio and the solutions. Not the same as `users`,
# the audience DESIGN.md §7 writes a page for.
EVERYONE = ACCESS_ROLES
READERS = tuple(r for r in ACCESS_ROLES if r != "direktion")


@dataclass(frozen=True)
class Page:
    key: str  # the page's code name: its PAGE_TITLES key, its file's name
    icon: str  # a Material icon, ":material/<name>:"
    url_path: str  # the address after the app's root: /portefolje
    section: str  # a key of data.labels SECTIONS
    users: tuple[str, ...]  # who it is for (DESIGN.md §7 "main user"): glossary code names
    # The sidebar filters the page honours; the others are greyed out and data.labels
    # SCOPE_NOTES says, where the filters are, why the page does not use them.
    filters: tuple[str, ...] = FILTERS
    roles: tuple[str, ...] = READERS  # the roles that see it in the navigation and may open it

    @property
    def path(self) -> str:
        """The page's file, relative to dashboard.py (what st.Page and st.switch_page take)."""
        return str(PurePosixPath("pages") / f"{self.key}.py")

    @property
    def title(self) -> str:
        return PAGE_TITLES[self.key]


# In navigation order; the first page is the start page (the app's root address shows it).
_PAGES = (
    Page(
        key="overview",
        icon=":material/space_dashboard:",
        url_path="overblik",
        section="overview",
        users=("direktion",),
        filters=(),
        roles=EVERYONE,
    ),
    Page(
        key="flower",
        icon=":material/local_florist:",
        url_path="blomsten",
        section="overview",
        users=("chefforum", "direktion", "secretariat"),  # DESIGN.md §7: all
        filters=("types", "departments"),
        roles=EVERYONE,
    ),
    Page(
        key="meeting",
        icon=":material/groups:",
        url_path="chefforum-moede",
        section="overview",
        users=("chefforum",),
        filters=(),
    ),
    Page(
        key="portfolio",
        icon=":material/dashboard:",
        url_path="portefolje",
        section="analysis",
        users=("chefforum", "secretariat"),
        roles=EVERYONE,
    ),
    Page(
        key="load",
        icon=":material/schedule:",
        url_path="ressourcetraek",
        section="analysis",
        users=("chefforum", "staff_manager"),
        filters=("types", "departments"),
    ),
    Page(
        key="rc",
        icon=":material/diversity_3:",
        url_path="relationel-koordinering",
        section="analysis",
        users=("secretariat", "chefforum"),
        filters=(),
    ),
    Page(
        key="themes",
        icon=":material/lightbulb:",
        url_path="temaer",
        section="analysis",
        users=("chefforum",),
        filters=(),
    ),
    Page(
        key="solutions",
        icon=":material/redeem:",
        url_path="loesninger",
        section="analysis",
        users=("chefforum", "secretariat"),
        roles=EVERYONE,
    ),
    Page(
        key="network",
        icon=":material/hub:",
        url_path="netvaerk",
        section="analysis",
        users=("secretariat",),
    ),
    Page(
        key="trends",
        icon=":material/trending_up:",
        url_path="tendenser",
        section="analysis",
        users=("secretariat",),
    ),
    Page(
        key="leaders",
        icon=":material/school:",
        url_path="netvaerksledere",
        section="analysis",
        users=("chefforum", "secretariat"),
        filters=(),
    ),
    Page(
        key="data",
        icon=":material/database:",
        url_path="data",
        section="secretariat",
        users=("secretariat",),
        filters=(),
    ),
)
PAGES: dict[str, Page] = {p.key: p for p in _PAGES}
START = next(iter(PAGES))


def by_section(role: str | None = None) -> dict[str, list[Page]]:
    """{section key: its pages} (those `role` may open, or all), in the order of SECTIONS,
    sections without pages left out."""
    grouped = {
        s: [p for p in PAGES.values() if p.section == s and (role is None or role in p.roles)]
        for s in SECTIONS
    }
    return {s: pages for s, pages in grouped.items() if pages}


def may_open(role: str | None, key: str) -> bool:
    """Whether `role` may open the page `key` (a link to a page it may not open is not shown)."""
    return role in PAGES[key].roles


def by_url(url_path: str) -> Page | None:
    """The page at an address ('' is the start page), or None for an unknown one."""
    if url_path == "":
        return PAGES[START]
    return next((p for p in PAGES.values() if p.url_path == url_path), None)
