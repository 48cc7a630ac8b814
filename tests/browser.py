"""Helpers of the browser tests (not a test module): a real Streamlit server on a free port and
Debian's headless Chromium driven by Playwright. Like streamlit's own e2e tests: wait for
/_stcore/health, then for the app to finish its run."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "tests" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
IDLE = "[data-testid='stApp'][data-test-script-state='notRunning']"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serve(
    database: Path | str,
    *,
    port: int | None = None,
    secrets: Path | None = None,
    log: Path | None = None,
) -> Iterator[str]:
    """`streamlit run dashboard.py` on the database file; yields the base URL. `secrets`: a
    secrets.toml for the server (login set up); `log`: the file that gets everything the server
    prints (else it is discarded)."""
    port = port or free_port()
    env = {**os.environ, "NS_DB_PATH": str(database)}
    extra = ["--secrets.files", str(secrets)] if secrets else []
    output = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 (closed below)
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "dashboard.py"),  # as make run starts it (dashboard.py's docstring)
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            *extra,
        ],
        cwd=ROOT,
        env=env,
        stdout=output,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        process.kill()
        said = Path(log).read_text(errors="replace")[-2000:] if log else ""
        pytest.fail("Streamlit-serveren svarede ikke: " + said)
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        if log:
            output.close()


def open_page(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_timeout(500)  # let Plotly finish drawing before a screenshot
    page.wait_for_selector(IDLE, timeout=60_000)


def idle(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector(IDLE, timeout=60_000)


def no_exception(page) -> None:
    assert page.locator("[data-testid='stException']").count() == 0
    body = page.inner_text("body")
    assert "Traceback" not in body and "Noget gik galt" not in body


def download_all(page, scope=None) -> dict[str, bytes]:
    """Click every visible download button (in `scope`, or the page) and return the files by
    name. Deferred downloads are built by the server on the click."""
    files = {}
    buttons = (scope or page).locator("[data-testid='stDownloadButton'] button")
    for i in range(buttons.count()):
        button = buttons.nth(i)
        if not button.is_visible():
            continue
        with page.expect_download(timeout=60_000) as download:
            button.click()
        files[download.value.suggested_filename] = Path(download.value.path()).read_bytes()
    return files
