"""`make bench` is measurement, not a test, but its parts must run: the analytics comparison on
the demo (two cases), the import of a cut rc_response file, and the table and results.json made
from measurements. No timing is asserted (budgets are reported by the bench, never tested).
The pages' and the browser's parts are what the page and browser tests run already."""

import json

import duckdb

from bench import baseline
from bench.bench import (
    BUDGETS,
    Run,
    analytics,
    ancestors,
    first_rows,
    import_rc_responses,
    results,
    significant,
    table,
    with_growth,
)
from tests.conftest import TODAY


def test_two_analytics_cases_run_against_pandas_on_the_demo(demo_con):
    run = Run(1)
    cases = baseline.CASES[:2]
    analytics(run, demo_con, TODAY, cases)
    for case in cases:
        row = f"analytics/{case.name}"
        fast, slow = run.values[f"{row}/fast"], run.values[f"{row}/pandas"]
        assert fast > 0 and slow > 0
        assert run.values[f"{row}/ratio"] == slow / fast
        assert run.values[f"{row}/same"] is True, case.name  # both give the demo's result
        assert run.labels[row] == case.name.removeprefix("analytics.")


def test_an_rc_response_file_is_cut_and_imported_into_a_fresh_database(demo_con, tmp_path):
    run = Run(1)
    import_rc_responses(run, demo_con, tmp_path, rows=500)
    assert run.values["io/import_rc_response/rows"] == 500
    assert run.values["io/import_rc_response/seconds"] >= 0
    assert "500" in run.labels["io/import_rc_response"]
    with duckdb.connect(str(tmp_path / "import.duckdb"), read_only=True) as fresh:
        assert fresh.execute("SELECT count(*) FROM rc_response").fetchall() == [(500,)]
        waves = fresh.execute("SELECT count(*) FROM rc_wave").fetchall()[0][0]
    assert waves == demo_con.execute("SELECT count(*) FROM rc_wave").fetchall()[0][0]


def test_the_import_brings_the_parents_first():
    parents = ancestors("rc_response")
    assert parents.index("rc_wave") < parents.index("rc_group")
    assert "rc_response" not in parents and "solution" not in parents


def test_a_cut_csv_keeps_whole_records(tmp_path):
    source = tmp_path / "all.csv"
    source.write_text('"a","b"\n"1","two\nlines"\n"2","x"\n"3","y"\n', encoding="utf-8-sig")
    target = tmp_path / "cut.csv"
    assert first_rows(source, target, 2) == 2
    assert target.read_bytes().decode("utf-8-sig") == '"a","b"\r\n"1","two\nlines"\r\n"2","x"\r\n'
    assert first_rows(source, tmp_path / "more.csv", 10) == 3


def test_numbers_keep_three_significant_digits():
    assert [significant(v) for v in (0.004123, 0.1234, 1.2, 12.34, 123.4, 0)] == [
        "0.00412",
        "0.123",
        "1.20",
        "12.3",
        "123",
        "0",
    ]


def _scales() -> dict[int, dict]:
    """Two made-up scales: Overblik over budget at 10x (1.8 s > 1.5 s), pandas disagreeing at
    100x, the server under 1 GB."""
    labels = {"page/overview": "Overblik", "analytics/analytics.x.f": "x.f"}
    ten = {
        "page/overview/first": 1.8,
        "page/overview/rerun": 0.1,
        "analytics/analytics.x.f/fast": 0.02,
        "analytics/analytics.x.f/pandas": 0.1,
        "analytics/analytics.x.f/ratio": 5.0,
        "analytics/analytics.x.f/same": True,
    }
    hundred = {
        **ten,
        "analytics/analytics.x.f/fast": 0.25,
        "analytics/analytics.x.f/ratio": 4.0,
        "analytics/analytics.x.f/same": False,
        "memory/server/mb": 640.0,
    }
    return {10: {"values": ten, "labels": labels}, 100: {"values": hundred, "labels": labels}}


def test_the_table_has_a_column_per_scale_and_marks_what_misses_a_budget():
    scales = _scales()
    with_growth(scales)
    # 0.25 s at 100x / 0.02 s at 10x = 12.5: faster than the data grows
    assert scales[100]["values"]["analytics/analytics.x.f/growth"] == 0.25 / 0.02
    text = table(scales)
    header = text.splitlines()[0].split()
    assert header == ["10×", "100×", "10×→100×"]
    overview = next(line for line in text.splitlines() if line.strip().startswith("Overblik"))
    assert overview.split()[1:] == ["1.80*", "/", "0.100", "1.80", "/", "0.100", "1.0×"]
    analytic = next(line for line in text.splitlines() if line.strip().startswith("x.f"))
    assert "≠" in analytic and analytic.rstrip().endswith("12.5×")
    assert "første kørsel ≤ 1,5 s: IKKE opfyldt (værst: Overblik 1.80 s)" in text
    assert "top-hukommelse ≤ 1 GB: opfyldt" in text
    assert "vokser ikke hurtigere end data (10×→100× ≤ 10×): IKKE opfyldt" in text


def test_results_json_holds_every_scale_with_its_budgets():
    scales = _scales()
    with_growth(scales)
    saved = json.loads(json.dumps(results(scales)))
    assert set(saved) >= {"date", "cpu_count", "commit", "scales", "labels", "budgets"}
    assert saved["cpu_count"] >= 1
    assert set(saved["scales"]) == {"10", "100"}
    assert saved["scales"]["10"]["page/overview/first"] == 1.8
    assert len(saved["budgets"]) == len(BUDGETS)
    met = {b["text"]: b["met"] for b in saved["budgets"]}
    assert met["10×: hver side, første kørsel ≤ 1,5 s"] is False
    assert met["100×: serverens top-hukommelse ≤ 1 GB"] is True
    assert met["100×: ingen websocket-besked over 2 MB"] is None  # not measured
