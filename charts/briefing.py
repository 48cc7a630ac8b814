"""Chefforum's one-page briefing (JOURNEYS.md: "the secretary downloads the one-page PDF briefing
and mails it"): one self-contained HTML page — A4, Danish, dated, with the municipality's name,
the four blocks in short, the decisions taken and two small charts as inline SVG — and the same
page printed to PDF by the system's Chromium (headless `--print-to-pdf`).

The content comes from `analytics.meeting.briefing` and the meeting's record (`data.meetings`);
every text a user typed (minutes, notes) is escaped by the template. The page is cut at one A4
sheet (lists are shortened here, and the page box hides what would still spill over), so the PDF
is always exactly one page.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from jinja2 import Environment

from analytics.meeting import briefing
from analytics.portfolio import starts_per_half_year
from analytics.rc import band_limits, trend
from charts.portfolio import starts_bars
from charts.rc import trend_lines
from charts.style import half_year_axis
from data import meetings
from data.calendar import half_year
from data.labels import ENUM_LABELS, Briefing, fmt_date
from data.settings import read_settings

LIST_ROWS = 4  # names per list in a block
TAKEN_ROWS = 10  # decisions taken
MINUTE_CHARS = 320  # of a block's minute (the whole minute is in the database)
CHART_SIZE = (340, 230)  # px: two charts side by side on A4 with 12 mm margins
PDF_TIMEOUT = 60  # s


class BriefingError(RuntimeError):
    """The PDF could not be made (no Chromium, or it failed)."""


_TEMPLATE = Path(__file__).with_name("templates") / "briefing.html"
_ENV = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)


def _names(frame: pd.DataFrame, column: str) -> str:
    """The first names of a list, and how many more."""
    names = list(frame[column].astype(str))
    if not names:
        return Briefing.NONE
    shown = ", ".join(names[:LIST_ROWS])
    more = len(names) - LIST_ROWS
    return shown + (" " + Briefing.MORE.format(n=more) if more > 0 else "")


def _short(text: str | None) -> str:
    """A minute cut to MINUTE_CHARS at a word, with '…' when cut."""
    text = (text or "").strip()
    if len(text) <= MINUTE_CHARS:
        return text
    return text[:MINUTE_CHARS].rsplit(" ", 1)[0] + " …"


def _status(changes: dict[str, pd.DataFrame]) -> list[tuple[str, int, str]]:
    rows = [
        (Briefing.STARTED, changes["started"], "name"),
        (Briefing.CLOSED, changes["closed"], "name"),
        (Briefing.THEMES, changes["themes"], "title"),
        (Briefing.FINDINGS, changes["findings"], "fact"),
        (Briefing.HANDED, changes["solutions"], "title"),
    ]
    return [(label, len(frame), _names(frame, column)) for label, frame, column in rows]


def briefing_html(
    content: dict,
    taken: pd.DataFrame,
    minutes: dict[str, str],
    charts: tuple[str, str],
    *,
    made: dt.datetime | None = None,
) -> str:
    """The briefing as one self-contained HTML page: `content` from analytics.meeting.briefing,
    `taken` the meeting's decisions (data.meetings.meeting_decisions: kind, subject, outcome,
    note), `minutes` {block: text}, `charts` two inline SVGs (`chart_svgs`)."""
    waiting = content["waiting"]["kind"].value_counts()
    kinds = ENUM_LABELS["decision_kind"]
    outcomes = ENUM_LABELS["decision_outcome"]
    rows = [
        (kinds.get(k, k), s or kinds.get(k, k), outcomes.get(o, o), n or "")
        for k, s, o, n in taken[["kind", "subject", "outcome", "note"]]
        .fillna("")
        .itertuples(index=False)
    ]
    shelf = content["shelf_by_department"]
    return _ENV.from_string(_TEMPLATE.read_text(encoding="utf-8")).render(
        t=Briefing,
        held=fmt_date(content["until"]),
        since=fmt_date(content["since"]),
        minutes_of=Briefing.MINUTES,
        status=_status(content["changes"]),
        taken=rows[:TAKEN_ROWS],
        taken_more=Briefing.MORE.format(n=len(rows) - TAKEN_ROWS) if len(rows) > TAKEN_ROWS else "",
        waiting=[(kinds[k], int(waiting[k])) for k in kinds if k in waiting.index],
        mix_title=Briefing.MIX.format(half=content["mix"].attrs.get("half_year", "")),
        mix=list(content["mix"][["ok", "message"]].itertuples(index=False)),
        shelf_title=Briefing.SHELF.format(n=len(content["shelf"])),
        unreceived=Briefing.UNRECEIVED.format(n=content["unreceived"]),
        shelf=list(shelf.head(LIST_ROWS + 2).itertuples(index=False)),
        learning=(content["learning"] or {}).get("text", Briefing.NO_LEARNING).replace("**", ""),
        minutes={block: _short((minutes or {}).get(block)) for block in Briefing.BLOCKS},
        chart_starts=charts[0],
        chart_rc=charts[1],
        made=(made or dt.datetime.now()).strftime("%d-%m-%Y %H:%M"),
    )


def chart_svgs(figures: list[go.Figure]) -> list[str]:
    """The figures as inline SVG, drawn small for the page in one kaleido call (the system's
    Chromium; a cold start takes a few seconds)."""
    width, height = CHART_SIZE
    for fig in figures:
        fig.update_layout(
            width=width, height=height, margin={"l": 45, "r": 40, "t": 35, "b": 40},
            font={"size": 9}, title={"font": {"size": 11}}, showlegend=False,
        )  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / f"chart{i}.svg" for i in range(len(figures))]
        pio.write_images(figures, paths, format="svg", width=width, height=height)
        return [_strip_xml_header(p.read_text(encoding="utf-8")) for p in paths]


def _strip_xml_header(svg: str) -> str:
    return svg[svg.index("<svg") :] if "<svg" in svg else svg


def chromium() -> str | None:
    """The system's Chromium (Debian's `chromium`), or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def briefing_pdf(html: str) -> bytes:
    """The page printed to an A4 PDF by headless Chromium (no header or footer lines)."""
    browser = chromium()
    if browser is None:
        raise BriefingError("chromium not found")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "briefing.html"
        out = Path(folder) / "briefing.pdf"
        page.write_text(html, encoding="utf-8")
        done = subprocess.run(
            [
                browser,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={folder}/profile",
                f"--print-to-pdf={out}",
                page.as_uri(),
            ],
            capture_output=True,
            timeout=PDF_TIMEOUT,
            check=False,
        )
        if done.returncode != 0 or not out.exists():
            raise BriefingError(f"chromium exit {done.returncode}")
        return out.read_bytes()


def briefing_figures(
    starts: pd.DataFrame,
    band: tuple[int, int],
    ns3_from: str,
    trend: pd.DataFrame,
    bands: tuple[float, float],
    *,
    halves: int = 6,
) -> list[go.Figure]:
    """The page's two charts: starts per half-year by type against NS3's band, the last
    `halves` half-years (analytics.portfolio.starts_per_half_year), and the organisation-wide
    RC index per wave (analytics.rc.trend, all relations)."""
    last = list(dict.fromkeys(starts["half_year"]))[-halves:]
    recent = starts[starts["half_year"].isin(last)]
    bars = starts_bars(recent, band, ns3_from, Briefing.CHART_STARTS)
    half_year_axis(bars, last, width=CHART_SIZE[0] - 60)  # ticks that fit the small chart
    bars.update_annotations(font={"size": 9})
    return [bars, trend_lines(trend[trend["tie"] == "all"], *bands, Briefing.CHART_RC)]


def build(
    con: duckdb.DuckDBPyConnection, since: dt.date, until: dt.date, *, today: dt.date | None = None
) -> tuple[bytes, str]:
    """The briefing of the meeting held on `until` (changes since `since`), with its recorded
    decisions and minutes (data.meetings): (PDF, HTML). Takes a few seconds (kaleido draws the
    charts, Chromium prints the page); raises BriefingError when Chromium is missing. The
    charts are drawn in a thread while the page's numbers are queried (kaleido's browser start
    is most of the time)."""
    today = today or until
    lim = read_settings(con)
    figures = briefing_figures(
        starts_per_half_year(con),
        (lim.starts_min, lim.starts_max),
        half_year(lim.rules_from),
        trend(con),
        band_limits(con),
    )
    with ThreadPoolExecutor(max_workers=1) as pool:
        drawn = pool.submit(chart_svgs, figures)
        content = briefing(con, since, until, today=today)
        svgs = tuple(drawn.result())
    record = meetings.last_meeting(con, before=until) or {}
    if record.get("id") != meetings.meeting_id(until):
        record = {}
    minutes = {block: record.get(f"minutes_{block}") for block in Briefing.BLOCKS}
    taken = meetings.meeting_decisions(con, meetings.meeting_id(until))
    page = briefing_html(content, taken, minutes, svgs)
    return briefing_pdf(page), page
