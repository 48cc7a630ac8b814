"""Who this session is, and what the pages let them do (data.access holds the rules). Not a page
(leading underscore).

- With an `[auth]` section in `.streamlit/secrets.toml`, people log in through the municipality's
  identity provider (Streamlit's OIDC, `st.login`); the user is the address the provider vouched
  for (`st.user.email`, else Entra ID's `preferred_username`), and their role comes from the
  table `app_user`.
- Without a secrets file the dashboard runs in local mode: the user is `system` (the
  secretariat), the sidebar says so, and only a browser on this machine gets data: the server
  listens on a loopback address, the browser's address names this machine, and no proxy stands
  between. A secrets file that cannot be read is refused, never taken as "no login".

`st.user.is_logged_in` is True only for a session whose identity cookie Streamlit itself signed
after a login, so a visitor cannot claim to be somebody. dashboard.py settles who the session is
once per run (`settle`), before anything of the data is shown; the pages ask `may_write()` before
they offer a change, and `pages._store.save` writes as `user()`. The data layer checks the role
again on every write (`data.access.require_secretariat`), so a hidden button is not the control.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import duckdb
import streamlit as st

from data import access
from data.labels import ROLE_LABELS, UI
from pages._registry import may_open as role_may_open

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
PROXY_HEADERS = ("X-Forwarded-For", "X-Forwarded-Host", "X-Real-Ip", "Forwarded")
NO_ADDRESS = "?"  # a login whose token carries no address: it matches no user


def login_setup() -> bool | None:
    """True: login is set up (an `[auth]` section in the secrets); False: there is no secrets
    file at all (local mode); None: a secrets file exists but cannot be read — never local mode,
    which would give everyone the secretariat's rights."""
    try:
        return "auth" in st.secrets
    except Exception:  # Streamlit's 'no secrets found', or a file that does not parse
        files = st.get_option("secrets.files") or []
        return None if any(os.path.exists(f) for f in files) else False


def user() -> str | None:
    """The user this session acts as: the logged-in address, `system` in local mode, or None
    while login is set up (or broken) and nobody has logged in."""
    if st.user.get("is_logged_in"):
        address = st.user.get("email") or st.user.get("preferred_username")
        return access.normalise(address) or NO_ADDRESS
    return access.SYSTEM if login_setup() is False else None


def settle(con: duckdb.DuckDBPyConnection) -> str | None:
    """The session user's role for this run (data.access.role_of, read anew on every run, never
    cached: a user deactivated on the Data page loses access on their next click), kept for the
    run's pages. Called by dashboard.py once per run."""
    name = user()
    st.session_state["_role"] = (name, access.role_of(con, name) if name else None)
    return st.session_state["_role"][1]


def role() -> str | None:
    """The role `settle` found for this run's user (None before, or for another user)."""
    name, found = st.session_state.get("_role", (None, None))
    return found if name == user() else None


def may_write() -> bool:
    return role() == access.SECRETARIAT


def may_open(key: str) -> bool:
    """Whether this session may open the page `key` (links to other pages ask first)."""
    return role_may_open(role(), key)


def local_mode() -> bool:
    return user() == access.SYSTEM


def served_locally() -> bool:
    """Local mode shows data to this machine only: the server listens on a loopback address, the
    browser's address names this machine, and no proxy forwarded the request. Outside a browser
    (AppTest, st.context.url is None) there is no client to check."""
    url = st.context.url
    if url is None:
        return True
    if (st.get_option("server.address") or "").strip() not in LOOPBACK_NAMES:
        return False
    if (urlsplit(url).hostname or "") not in LOOPBACK_NAMES:
        return False
    headers = st.context.headers
    return not any(headers.get(name) for name in PROXY_HEADERS)


# --- The pages a session sees instead of the dashboard ------------------------------------------
def login_page() -> None:
    """Login is set up, nobody is logged in: the way to the identity provider, nothing else."""
    st.title(UI["login_title"])
    st.write(UI["login_text"])
    st.button(UI["login_button"], type="primary", icon=":material/login:", on_click=st.login)


def login_broken_page() -> None:
    """A secrets file that cannot be read: say so, show nothing (the file's text is not shown)."""
    st.title(UI["login_broken_title"])
    st.error(UI["login_broken_text"], icon=":material/key_off:")


def no_access_page() -> None:
    """Logged in, but not an active user of `app_user`: who they are, and how to get access."""
    st.title(UI["no_access_title"])
    shown = user() if user() != NO_ADDRESS else UI["no_address"]
    st.warning(UI["no_access_text"].format(email=shown), icon=":material/lock:")
    st.button(UI["logout"], icon=":material/logout:", on_click=st.logout)


def local_only_page() -> None:
    """Local mode reached from another machine (or through a proxy, or a server not bound to
    127.0.0.1)."""
    st.title(UI["local_only_title"])
    st.error(UI["local_only_text"], icon=":material/lan:")


def sidebar_identity() -> None:
    """Who is logged in, with their role and a way out; or the local mode's badge."""
    if local_mode():
        st.badge(
            UI["local_badge"], icon=":material/computer:", color="violet", help=UI["local_help"]
        )
        return
    st.caption(UI["signed_in_as"].format(email=user(), role=ROLE_LABELS.get(role(), "")))
    st.button(UI["logout"], icon=":material/logout:", on_click=st.logout, key="logout")
