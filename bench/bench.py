"""`make bench`: how fast NS-dashboard is at 1x, 10x and 100x the demo data (issue 17).

Measurements, not tests: nothing here fails on a slow number; the budgets of issue 17 are printed
beside the table, each marked met or not met.

Each scale runs in its own process (its own peak memory) on a demo database built once
(`data.demo.build_demo(con, scale=s)`); the pages and the server get copies of its file. Measured:

- every page through Streamlit's AppTest: its first run after the caches were cleared, then its
  rerun on the filled caches (AppTest runs in this process);
- every public analytics function (bench/baseline.py `CASES`) against its plain-pandas baseline,
  timed interleaved (fast, pandas, fast, pandas …), the median of 5 each, their ratio
  (pandas / fast), whether both gave the same result (`baseline.same`), and the growth of the
  fast time from 10x to 100x;
- the import of 100.000 `rc_response` rows (cut from the exported file; fewer at 1x, where the
  demo has fewer) into a fresh database holding their parent tables;
- the Excel export and the CSV export (zip) of every table, as the Data page offers them (no
  Excel where a table has more rows than an Excel sheet: "for stor til Excel", at 100x);
- the real server (`python dashboard.py`): its cold start until Chromium shows Overblik drawn,
  then each page from a click in the sidebar's navigation until drawn (the app idle, the page's
  title shown; each page's first visit on the warm server), and the largest websocket message
  the browser received for it;
- peak memory of the bench's process (ru_maxrss) and of the server's (VmHWM).

Run: `make bench` (1x, 10x, 100x: about 3 minutes on 2 cores), or a part of it:
`python -m bench.bench --scales 1 10`. Progress lines while it runs, then one table (a cell
marked * misses a budget); everything is also written to bench/results.json (scale ->
measurement -> value, the rows' labels, the budgets judged, the date, the machine's cpu count
and the git commit). The pandas baselines are bench/baseline.py's."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import fnmatch
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
SCALES = (1, 10, 100)
REPEAT = 5  # analytics: the median of 5 runs each
IMPORT_ROWS = 100_000
MB = 1_000_000
TIMEOUT_MS = 180_000  # Chromium: generous, so that a slow page is measured, not cut off

# The table's sections: a measurement's key is "<section>/<row>/<part>".
SECTIONS = {
    "demo": "Demo",
    "page": "Sider i AppTest, caches tømt (første kørsel / genkørsel, s)",
    "analytics": "Analytics mod pandas, median af 5 (hurtig s / pandas s / forhold)",
    "io": "Import og eksport",
    "browser": "Chromium på serveren (s fra klik til tegnet / største websocket-besked, MB)",
    "memory": "Hukommelse, top (MB)",
}


# What a progress line says of a part (the table's section headings say it there).
PART_WORDS = {
    "first": "første kørsel",
    "rerun": "genkørsel",
    "ratio": "pandas / hurtig",
    "drawn": "klik til tegnet",
    "ws_mb": "største websocket-besked (MB)",
}


# --- Recording --------------------------------------------------------------------------------
@dataclass
class Run:
    """The measurements of one scale: values by key, the rows' Danish labels by row key."""

    scale: int
    values: dict[str, float | bool] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def put(self, key: str, value: float | bool, label: str | None = None) -> None:
        self.values[key] = value
        row = key.rsplit("/", 1)[0]
        if label is not None:
            self.labels[row] = label
        part = key.rsplit("/", 1)[1]
        what = " · ".join(filter(None, [self.labels.get(row, row), PART_WORDS.get(part)]))
        print(f"  [{self.scale}×] {what}: {format_part(part, value)}", flush=True)

    def timed(self, key: str, label: str | None, fn: Callable[[], object]) -> object:
        start = time.perf_counter()
        value = fn()
        self.put(key, time.perf_counter() - start, label)
        return value


# --- The demo ----------------------------------------------------------------------------------
def build(run: Run, path: Path) -> None:
    """The scale's demo database, built once, checkpointed and closed (then copied)."""
    from data import db
    from data.demo import build_demo

    con = db.connect(path)
    run.timed("demo/build/seconds", "byg demo (s)", lambda: build_demo(con, scale=run.scale))
    run.put("demo/rows/count", sum(db.row_counts(con).values()), "rækker i alt")
    con.execute("CHECKPOINT")
    con.close()


def copy_of(source: Path, name: str) -> Path:
    target = source.with_name(name)
    shutil.copy(source, target)
    return target


# --- Analytics against plain pandas ------------------------------------------------------------
def analytics(run: Run, con, today: dt.date, cases: Iterable | None = None) -> None:
    """Each case's fast and pandas versions, interleaved, REPEAT times each; whether they agree
    is judged on the first pair of results."""
    from bench import baseline

    for case in baseline.CASES if cases is None else cases:
        fast, slow = [], []
        agree = None
        for _ in range(REPEAT):
            a, seconds = _clocked(case.fast, con, today)
            fast.append(seconds)
            b, seconds = _clocked(case.pandas, con, today)
            slow.append(seconds)
            if agree is None:
                agree = bool(baseline.same(a, b))
        row = f"analytics/{case.name}"
        label = case.name.removeprefix("analytics.")
        run.values[f"{row}/fast"] = statistics.median(fast)
        run.values[f"{row}/pandas"] = statistics.median(slow)
        run.values[f"{row}/same"] = agree
        run.put(f"{row}/ratio", run.values[f"{row}/pandas"] / run.values[f"{row}/fast"], label)


def _clocked(fn, con, today: dt.date) -> tuple[object, float]:
    start = time.perf_counter()
    value = fn(con, today)
    return value, time.perf_counter() - start


# --- Import and exports ------------------------------------------------------------------------
def ancestors(table: str) -> list[str]:
    """The tables `table` refers to, directly or through others, in the schema's order."""
    from data.schema import TABLE_ORDER, TABLES

    found: set[str] = set()
    todo = [table]
    while todo:
        for reference in TABLES[todo.pop()].references:
            if reference.table not in found:
                found.add(reference.table)
                todo.append(reference.table)
    return [t for t in TABLE_ORDER if t in found]


def first_rows(source: Path, target: Path, n: int) -> int:
    """The header and the first `n` records of a CSV file of the export (every value quoted);
    returns how many records were written."""
    with source.open(encoding="utf-8-sig", newline="") as f:
        records = list(_take(csv.reader(f), n + 1))
    with target.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, quoting=csv.QUOTE_ALL).writerows(records)
    return len(records) - 1


def _take(rows: Iterable, n: int) -> Iterable:
    for i, row in enumerate(rows):
        if i == n:
            return
        yield row


def import_rc_responses(run: Run, con, folder: Path, rows: int = IMPORT_ROWS) -> None:
    """`rows` rc_response rows (at most) imported into a fresh database that has their parents."""
    from data import db
    from data import io as dio

    out = folder / "csv"
    out.mkdir()
    dio.export_csv(con, out)
    fresh = db.connect(folder / "import.duckdb")
    for table in ancestors("rc_response"):
        _ok(dio.import_table(fresh, table, out / f"{table}.csv"))
    cut = folder / "rc_response_cut.csv"
    n = first_rows(out / "rc_response.csv", cut, rows)
    label = f"import af højst {thousands(rows)} rc_response-rækker (s / antal)"
    run.values["io/import_rc_response/rows"] = n
    key = "io/import_rc_response/seconds"
    _ok(run.timed(key, label, lambda: dio.import_table(fresh, "rc_response", cut)))
    fresh.close()


def _ok(report) -> None:
    """An import that failed stops the bench, saying where, never the rows' values."""
    if not report.ok:
        first = report.errors[0]
        where = f"{len(report.errors)} fejl, første i række {first.row}: {first.message}"
        raise RuntimeError(f"import af {report.table} fejlede: {where}")


def exports(run: Run, con) -> None:
    """The Data page's downloads of every table: Excel (which refuses a table longer than an
    Excel sheet: data.export.too_big_for_excel) and the CSV zip."""
    from data import export
    from data import io as dio

    label = "eksport Excel, alle tabeller (s / MB)"
    if not export.too_big_for_excel(con):
        data = run.timed(
            "io/xlsx/seconds", label, lambda: dio.export_xlsx_bytes(con, user="system")
        )
        run.values["io/xlsx/mb"] = len(data) / MB
    else:
        run.put("io/xlsx/too_big", True, label)
    data = run.timed(
        "io/csv_zip/seconds",
        "eksport CSV (zip), alle tabeller (s / MB)",
        lambda: dio.export_csv_zip(con, user="system"),
    )
    run.values["io/csv_zip/mb"] = len(data) / MB


# --- Pages in AppTest --------------------------------------------------------------------------
def pages(run: Run, database: Path) -> None:
    """Every page's first run after the caches were cleared, then its cached rerun."""
    os.environ["NS_DB_PATH"] = str(database)
    import streamlit as st
    from streamlit.logger import set_log_level
    from streamlit.testing.v1 import AppTest

    from pages._registry import PAGES

    set_log_level("error")  # AppTest's warnings outside a server, not the timings' lines
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=600)
    at.run()
    set_log_level("error")  # again for the loggers that run made ("No runtime found" …)
    for key, page in PAGES.items():
        st.cache_data.clear()
        row = f"page/{key}"
        run.labels[row] = page.title
        run.timed(f"{row}/first", None, lambda p=page: at.switch_page(p.path).run())
        run.values[f"{row}/error"] = bool(at.exception)
        run.timed(f"{row}/rerun", None, at.run)
        run.values[f"{row}/error"] |= bool(at.exception)


# --- The server in Chromium --------------------------------------------------------------------
def browser(run: Run, database: Path) -> None:
    """The server's cold start to Overblik drawn, then every page from a click in the sidebar to
    drawn, with the largest websocket message it took; the server's peak memory after."""
    from playwright.sync_api import sync_playwright

    from pages._registry import PAGES, START
    from tests.browser import CHROMIUM, CHROMIUM_ARGS, serve

    largest = [0]

    def on_frame(payload) -> None:
        size = len(payload.encode() if isinstance(payload, str) else payload)
        largest[0] = max(largest[0], size)

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = chromium.new_page(viewport={"width": 1600, "height": 1000}, locale="da-DK")
        tab.on("websocket", lambda ws: ws.on("framereceived", on_frame))
        start = time.perf_counter()
        with serve(database) as base:
            tab.goto(base)
            drawn(tab, PAGES[START].title)
            run.put(
                "browser/cold_start/seconds",
                time.perf_counter() - start,
                "serverens koldstart til Overblik tegnet (s)",
            )
            order = [*[k for k in PAGES if k != START], START]
            for key in order:
                largest[0] = 0
                row = f"browser/{key}"
                run.labels[row] = PAGES[key].title
                seconds, ok = click_to_drawn(tab, PAGES[key].title)
                run.values[f"{row}/error"] = not ok
                run.put(f"{row}/drawn", seconds)
                run.put(f"{row}/ws_mb", largest[0] / MB)
            run.put("memory/server/mb", server_peak() / MB, "serveren (VmHWM)")
        chromium.close()


def click_to_drawn(tab, title: str) -> tuple[float, bool]:
    """Click the page's link in the sidebar and wait until it is drawn: the seconds it took, and
    False for a page that showed an exception."""
    link = tab.locator("[data-testid='stSidebar']").get_by_role("link", name=title, exact=True)
    start = time.perf_counter()
    link.click()
    ok = drawn(tab, title)
    return time.perf_counter() - start, ok


def drawn(tab, title: str) -> bool:
    """Wait for the page's title and the app idle; whether it shows no exception box."""
    from tests.browser import IDLE

    heading = tab.get_by_role("heading", level=1, name=title, exact=True)
    heading.wait_for(timeout=TIMEOUT_MS)
    tab.wait_for_selector(IDLE, timeout=TIMEOUT_MS)
    return tab.locator("[data-testid='stException']").count() == 0


def server_peak() -> int:
    """Peak resident memory (VmHWM, bytes) of the dashboard server this process started."""
    for pid in _children():
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        if b"dashboard.py" in cmdline:
            status = Path(f"/proc/{pid}/status").read_text()
            line = next(x for x in status.splitlines() if x.startswith("VmHWM:"))
            return int(line.split()[1]) * 1024
    raise RuntimeError("fandt ikke serverens proces")


def _children() -> list[int]:
    me = os.getpid()
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == me:
                found.append(int(entry.name))
    return found


# --- One scale ---------------------------------------------------------------------------------
def measure(run: Run) -> None:
    """Everything at the run's scale (in this process)."""
    from data import db

    today = dt.date.today()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        built = folder / "demo.duckdb"
        build(run, built)
        con = db.connect(copy_of(built, "work.duckdb"))
        analytics(run, con, today)
        import_rc_responses(run, con, folder)
        exports(run, con)
        con.close()
        pages(run, copy_of(built, "pages.duckdb"))
        run.put("memory/bench/mb", peak_rss() / MB, "bench-processen (ru_maxrss)")
        browser(run, copy_of(built, "server.duckdb"))


def peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # kB on Linux


def measure_in_child(scale: int) -> dict:
    """One scale in a fresh process (its own peak memory, no caches of another scale)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        start = time.perf_counter()
        command = [sys.executable, "-m", "bench.bench", "--one", str(scale), "--out", out.name]
        failed = subprocess.run(command, cwd=ROOT).returncode != 0
        saved = Path(out.name).read_text()
    result = json.loads(saved) if saved else {"values": {}, "labels": {}}
    result["values"]["demo/total/seconds"] = time.perf_counter() - start
    result["labels"]["demo/total"] = "skalaens tid i alt (s)"
    if failed:  # what was measured before the failure is kept; the total row says FEJL
        result["values"]["demo/total/error"] = True
        print(f"  [{scale}×] afbrudt af en fejl (se ovenfor); resten af skalaen er ikke målt")
    return result


def with_growth(scales: dict[int, dict]) -> None:
    """Each analytics function's growth from 10x to 100x (its fast medians), kept at 100x."""
    if 10 not in scales or 100 not in scales:
        return
    ten, hundred = scales[10]["values"], scales[100]["values"]
    for key in [k for k in hundred if k.startswith("analytics/") and k.endswith("/fast")]:
        if key in ten:
            hundred[key.removesuffix("fast") + "growth"] = hundred[key] / ten[key]


# --- Budgets (issue 17) ------------------------------------------------------------------------
@dataclass(frozen=True)
class Budget:
    text: str
    scale: int
    pattern: str  # fnmatch over the keys
    limit: float
    at_least: bool = False  # the value must be at least the limit (else at most)

    def keeps(self, value: float) -> bool:
        return value >= self.limit if self.at_least else value <= self.limit


BUDGETS = (
    Budget("10×: hver side, første kørsel ≤ 1,5 s", 10, "page/*/first", 1.5),
    Budget("10×: hver side, genkørsel ≤ 0,3 s", 10, "page/*/rerun", 0.3),
    Budget("10×: hver side tegnet i Chromium ≤ 2 s efter klik", 10, "browser/*/drawn", 2.0),
    Budget("10×: hver analytics-funktion ≤ 0,3 s", 10, "analytics/*/fast", 0.3),
    Budget("10×: analytics mindst 3× hurtigere end pandas", 10, "analytics/*/ratio", 3.0, True),
    Budget("10×: Excel-eksport ≤ 5 s", 10, "io/xlsx/seconds", 5.0),
    Budget("100×: analytics mindst 3× hurtigere end pandas", 100, "analytics/*/ratio", 3.0, True),
    Budget(
        "100×: analytics vokser ikke hurtigere end data (10×→100× ≤ 10×)",
        100,
        "analytics/*/growth",
        10.0,
    ),
    Budget("100×: hver side tegnet i Chromium ≤ 4 s efter klik", 100, "browser/*/drawn", 4.0),
    Budget("100×: ingen websocket-besked over 2 MB", 100, "browser/*/ws_mb", 2.0),
    Budget("100×: serverens top-hukommelse ≤ 1 GB", 100, "memory/server/mb", 1000.0),
)


def judged(budget: Budget, scales: dict[int, dict]) -> dict:
    """{"text", "met" (None: not measured), "worst": the value furthest from the budget, "row"}."""
    values = scales.get(budget.scale, {}).get("values", {})
    hits = {k: v for k, v in values.items() if fnmatch.fnmatch(k, budget.pattern)}
    if not hits:
        return {"text": budget.text, "met": None, "worst": None, "row": None}
    pick = min if budget.at_least else max
    key = pick(hits, key=hits.get)
    met = all(budget.keeps(v) for v in hits.values())
    return {"text": budget.text, "met": met, "worst": hits[key], "row": key.rsplit("/", 1)[0]}


def misses(scale: int, key: str, value) -> bool:
    """Whether a measurement breaks a budget of its scale (marked * in the table)."""
    return any(
        b.scale == scale and fnmatch.fnmatch(key, b.pattern) and not b.keeps(value) for b in BUDGETS
    )


# --- The table ---------------------------------------------------------------------------------
PART_ORDER = (
    "seconds",
    "first",
    "rerun",
    "fast",
    "pandas",
    "ratio",
    "drawn",
    "ws_mb",
    "mb",
    "rows",
    "count",
)


TOO_BIG = "for stor til Excel"  # a table over Excel's 1.048.576 rows a sheet


def format_part(part: str, value) -> str:
    if part == "too_big":
        return TOO_BIG if value else ""
    if part in ("ratio", "growth"):
        return f"{value:.1f}×"
    if part in ("rows", "count"):
        return thousands(value)
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return significant(value)


def with_unit(part: str, value) -> str:
    unit = " MB" if part in ("mb", "ws_mb") else "" if part in ("ratio", "growth") else " s"
    return format_part(part, value) + unit


def thousands(value: float) -> str:
    """An integer with Danish thousands separators: 100.000."""
    return f"{int(value):,}".replace(",", ".")


def significant(value: float) -> str:
    """Three significant digits, no exponent: 0.00412, 0.123, 1.23, 12.3, 123."""
    if value >= 100:
        return f"{value:.0f}"
    if value == 0:
        return "0"
    return f"{value:#.3g}".rstrip(".")


def cell(scale: int, row: str, values: dict) -> str:
    """A row's parts at one scale, " / " between them; * for a missed budget; ≠ when the pandas
    baseline gave another result; FEJL for a page that showed an exception."""
    parts = []
    for part in PART_ORDER:
        key = f"{row}/{part}"
        if key in values:
            mark = "*" if misses(scale, key, values[key]) else ""
            parts.append(format_part(part, values[key]) + mark)
    if values.get(f"{row}/too_big"):
        parts.append(TOO_BIG)
    if values.get(f"{row}/same") is False:
        parts.append("≠")
    if values.get(f"{row}/error"):
        parts.append("FEJL")
    return " / ".join(parts) or "–"


def rows_in_order(scales: dict[int, dict]) -> list[str]:
    """Every row key, by section, in the order the measurements came."""
    seen: dict[str, None] = {}
    for result in scales.values():
        for key in result["values"]:
            seen.setdefault(key.rsplit("/", 1)[0])
    return sorted(seen, key=lambda r: list(SECTIONS).index(r.split("/", 1)[0]))


def growth(row: str, scales: dict[int, dict]) -> str:
    """The first part's growth from 10x to 100x (for analytics: the fast time's)."""
    for part in PART_ORDER:
        ten = scales[10]["values"].get(f"{row}/{part}")
        hundred = scales[100]["values"].get(f"{row}/{part}")
        if isinstance(ten, int | float) and isinstance(hundred, int | float):
            return format_part("growth", hundred / ten) if ten else ""
    return ""


def table(scales: dict[int, dict]) -> str:
    """One aligned table: a line per measured row under its section, a column per scale (and
    the growth from 10x to 100x, when both ran), then the budgets, each met or not."""
    labels = all_labels(scales)
    both = 10 in scales and 100 in scales
    lines: list[list[str]] = [["", *(f"{s}×" for s in scales), *(["10×→100×"] if both else [])]]
    section = None
    for row in rows_in_order(scales):
        if row.split("/", 1)[0] != section:
            section = row.split("/", 1)[0]
            lines.append([SECTIONS[section]])
        cells = [cell(s, row, r["values"]) for s, r in scales.items()]
        lines.append(
            ["  " + labels.get(row, row), *cells, *([growth(row, scales)] if both else [])]
        )
    return "\n".join([*aligned(lines), "", *budget_lines(scales)])


def all_labels(scales: dict[int, dict]) -> dict[str, str]:
    return {k: v for result in scales.values() for k, v in result["labels"].items()}


def aligned(lines: list[list[str]]) -> list[str]:
    """Columns padded to their widest cell (a section's line stands alone)."""
    full = [line for line in lines if len(line) > 1]
    widths = [max(len(line[i]) for line in full) for i in range(len(full[0]))]
    out = []
    for line in lines:
        if len(line) == 1:
            out.append(line[0])
            continue
        first = line[0].ljust(widths[0])
        out.append(
            "  ".join(
                [first, *(c.rjust(w) for c, w in zip(line[1:], widths[1:], strict=True))]
            ).rstrip()
        )
    return out


def budget_lines(scales: dict[int, dict]) -> list[str]:
    labels = all_labels(scales)
    lines = ["Budgetter (issue 17; * i tabellen: over budget, ≠: ikke samme resultat som pandas)"]
    for b in BUDGETS:
        j = judged(b, scales)
        if j["met"] is None:
            lines.append(f"  –  {b.text}: ikke målt")
            continue
        worst = with_unit(b.pattern.rsplit("/", 1)[1], j["worst"])
        word = "opfyldt" if j["met"] else "IKKE opfyldt"
        where = labels.get(j["row"], j["row"])
        lines.append(f"  {'✓' if j['met'] else '✗'}  {b.text}: {word} (værst: {where} {worst})")
    return lines


# --- The results file --------------------------------------------------------------------------
def results(scales: dict[int, dict]) -> dict:
    return {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "commit": commit(),
        "scales": {str(s): r["values"] for s, r in scales.items()},
        "labels": all_labels(scales),
        "sections": SECTIONS,
        "budgets": [judged(b, scales) for b in BUDGETS],
    }


def commit() -> str | None:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return head.stdout.strip()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.bench", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--scales",
        type=int,
        nargs="+",
        default=list(SCALES),
        help="skalaer af demoen (standard: 1 10 100)",
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child: one scale
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one is not None:  # a child: what it measured is saved even when a part fails
        run = Run(args.one)
        try:
            measure(run)
        finally:
            args.out.write_text(json.dumps({"values": run.values, "labels": run.labels}))
        return
    print("NS-dashboard benchmark: " + ", ".join(f"{s}×" for s in args.scales), flush=True)
    scales = {}
    for scale in args.scales:
        print(f"\n== skala {scale}× ==", flush=True)
        scales[scale] = measure_in_child(scale)
    with_growth(scales)
    RESULTS.write_text(json.dumps(results(scales), indent=2, ensure_ascii=False) + "\n")
    print("\n" + table(scales))
    print(f"\nSkrevet til {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
