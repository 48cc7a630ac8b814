"""Who this session is, and what the pages let them do (data.access holds the rules). Not a page
(leading underscore).

- With an `[auth]` section in `.streamlit/secrets.toml`, people log in through the municipality's
  identity provider (Streamlit's OIDC, `st.login`); the user is the email the provider vouched
  for (`st.user.email`), and their role comes from the table `app_user`.
- Without it the dashboard runs in local mode: served to this machine only (127.0.0.1), the user
  is `system` (the secretariat), and the sidebar says so.

`st.user.is_logged_in` is True only for a session whose identity cookie Streamlit itself signed
after a login, so a visitor cannot claim to be somebody. The pages ask `may_write()` before they
offer a change, and `pages._store.save` writes as `user()`; the data layer checks the role again
on every write (`data.access.require_write`), so a hidden button is not the only control.
"""

from __future__ import annotations

import ipaddress

import streamlit as st

from data import access
from data.labels import ROLE_LABELS, UI
from pages import _store as store
from pages._registry import may_open as role_may_open

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def auth_configured() -> bool:
    """Whether login is set up: an `[auth]` section in the app's secrets."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets file, or one that does not parse: no login
        return False


def user() -> str | None:
    """The user this session acts as: the logged-in email, `system` in local mode, or None while
    login is set up but nobody has logged in."""
    if st.user.get("is_logged_in"):
        return access.normalise(st.user.get("email")) or None
    return None if auth_configured() else access.SYSTEM


def role() -> str | None:
    """The session user's role (data.access.role_of), read on every run and never cached: a user
    deactivated on the Data page or from the command line loses access on their next click."""
    name = user()
    return access.role_of(store.cursor(), name) if name else None


def may_write() -> bool:
    return role() == access.WRITER


def may_open(key: str) -> bool:
    """Whether this session may open the page `key` (links to other pages ask first)."""
    return role_may_open(role(), key)


def served_locally() -> bool:
    """Local mode shows data to this machine only: the server listens on a loopback address and
    the browser's address, when Streamlit knows it, is a loopback one (None: a local browser).
    Outside a browser (AppTest, st.context.url is None) there is no client to check."""
    if st.context.url is None:
        return True
    if (st.get_option("server.address") or "").strip() not in LOOPBACK_NAMES:
        return False
    client = st.context.ip_address
    if client is None:
        return True
    try:
        return ipaddress.ip_address(client).is_loopback
    except ValueError:
        return False


# --- The pages a session sees instead of the dashboard ------------------------------------------
def login_page() -> None:
    """Login is set up, nobody is logged in: the way to the identity provider, nothing else."""
    st.title(UI["login_title"])
    st.write(UI["login_text"])
    st.button(UI["login_button"], type="primary", icon=":material/login:", on_click=st.login)


def no_access_page() -> None:
    """Logged in, but not an active user of `app_user`: who they are, and how to get access."""
    st.title(UI["no_access_title"])
    st.warning(UI["no_access_text"].format(email=user()), icon=":material/lock:")
    st.button(UI["logout"], icon=":material/logout:", on_click=st.logout)


def local_only_page() -> None:
    """Local mode reached from another machine (or a server not bound to 127.0.0.1)."""
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


def local_mode() -> bool:
    return user() == access.SYSTEM
