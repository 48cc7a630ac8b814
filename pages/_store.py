"""The pages' one way to the database: the process's connection, cached queries, and writes that
clear the caches. Every page imports this module (for `query`) before it draws anything, which
is what the cold-start fix below relies on. Not a page (leading underscore)."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable

import streamlit as st

from data import db
from data.demo import open_or_create
from data.labels import UI
from pages import _access  # who writes (`save`)


def _through_the_dashboard() -> None:
    """On a fresh server, Streamlit runs the first request for a page's URL (say /data) as the
    file pages/data.py itself (its multipage v1 mode, chosen because pages/ exists), before
    dashboard.py has declared the navigation: no sidebar, no filters, no Danish error page.
    Every page imports this module first, so switch that mode off and run again — through
    dashboard.py, whose st.navigation opens the page asked for (Streamlit 1.67's PagesManager)."""
    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


_through_the_dashboard()


@st.cache_resource(show_spinner="Åbner databasen …")
def _connection(path: str):
    return open_or_create(path)


def database_path() -> str:
    return db.resolve_path()


def cursor():
    """A cursor on the process's one connection (DESIGN.md §3: one connection, cursor per run)."""
    return _connection(database_path()).cursor()


def database_problem() -> str | None:
    """None when the database opens; else what the user reads (Danish: which file, why, what to
    do). A locked or broken file is left untouched; the next page load tries again."""
    path = database_path()
    try:
        _connection(path)
    except Exception as exc:  # duckdb's IO/serialisation errors, a newer schema, a lock
        logging.getLogger("ns_dashboard").warning("Databasen %s kan ikke åbnes: %s", path, exc)
        return db.describe_open_error(exc, path)
    return None


@st.cache_data(show_spinner=False, max_entries=512)
def _cached(name: str, path: str, args: tuple, kwargs: tuple):
    module, func = name.rsplit(".", 1)
    fn = getattr(importlib.import_module(module), func)
    return fn(cursor(), *args, **dict(kwargs))


def query(fn: Callable, *args, **kwargs):
    """Call an analytics/data function with a cursor, cached until the next write."""
    name = f"{fn.__module__}.{fn.__qualname__}"
    return _cached(name, database_path(), args, tuple(sorted(kwargs.items())))


_writes = [0]  # how many times the caches were cleared in this process


def version() -> tuple[str, int]:
    """The database's file and how often it was written to in this process: a key for a page's
    own cache of something built from cached queries (a large figure), stale after a write."""
    return database_path(), _writes[0]


def clear_caches() -> None:
    """Cached query results are stale (`save` does this after every write)."""
    _writes[0] += 1
    _cached.clear()


def save(fn: Callable, *args, **kwargs):
    """Call a data-layer write (`data.io.save_rows`, `import_table`, `backup.restore` …) with a
    cursor, as this session's user (pages._access.user: the data layer refuses a read-only
    role), and return what it returns; the caches are cleared afterwards, whether it saved,
    refused or failed, so no page shows a result from before the write."""
    try:
        return fn(cursor(), *args, user=_access.user(), **kwargs)
    except PermissionError:  # the data layer refused this user's role: nothing was written
        st.error(UI["read_only"], icon=":material/lock:")
        st.stop()
    finally:
        clear_caches()
