"""`make bench`: timings at 1x, 10x and 100x the demo data. Measurements, not tests."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from analytics import flower, load, meeting, overview, rc
from analytics.networks import departments, network_list, network_people
from analytics.people import leader_pool
from analytics.phases import ALL_PHASES_SQL
from analytics.portfolio import (
    department_pairs,
    network_departments,
    rule_findings,
    running_per_day,
    starts_per_half_year,
)
from analytics.scope import Scope
from analytics.solutions import on_shelf, solution_list
from analytics.themes import proposal
from charts.briefing import build
from charts.flower import animation_days, flower_figure
from charts.style import to_png
from data import db
from data import io as dio
from data.backup import restore
from data.demo import build_demo
from data.export import write_backup


def timed(label: str, fn, results: list) -> object:
    start = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - start
    results.append((label, seconds))
    return value


def run(scale: int) -> list[tuple[str, float]]:
    results: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as folder:
        con = db.connect(Path(folder) / "bench.duckdb")
        timed("byg demo", lambda: build_demo(con, scale=scale), results)
        counts = db.row_counts(con)
        today = dt.date.today()
        timed(
            "netværksliste (alle år)",
            lambda: network_list(con, Scope(dt.date(2013, 1, 1), today)),
            results,
        )
        timed(
            "netværksliste (1 afdeling)",
            lambda: network_list(con, Scope(dt.date(2013, 1, 1), today, departments=("AFD-MT",))),
            results,
        )
        timed("personer i ét netværk", lambda: network_people(con, "N2016-01"), results)
        timed("alle faser (skabelon+egne)", lambda: con.execute(ALL_PHASES_SQL).df(), results)
        first = dt.date(2013, 1, 1)
        timed("regeltjek (alle NS3-regler)", lambda: rule_findings(con, today=today), results)
        flower_bench(con, today, results)
        meeting_bench(con, today, results)
        timed("netværk pr. dag 2013→i dag", lambda: running_per_day(con, first, today), results)
        timed("starter pr. halvår", lambda: starts_per_half_year(con), results)
        timed(
            "afdelinger pr. netværk", lambda: network_departments(con, Scope(first, today)), results
        )
        timed("afdelingspar", lambda: department_pairs(con, first, today), results)
        timed("temaforslag + NS3-tjek", lambda: proposal(con, today=today), results)
        timed(
            "løsninger + hylde", lambda: on_shelf(solution_list(con, Scope(first, today))), results
        )
        ten_years = today - dt.timedelta(days=3652)
        timed(
            "ressourcetræk: timer pr. uge, 10 år",
            lambda: load.weekly_load(con, ten_years, today),
            results,
        )
        timed(
            "ressourcetræk: person-uger, 10 år",
            lambda: load.person_weeks(con, ten_years, today),
            results,
        )
        half = (today - dt.timedelta(weeks=13), today + dt.timedelta(weeks=39))
        timed(
            "ressourcetræk: overbelastede, 1 år",
            lambda: load.overloaded(load.person_summary(con, *half)),
            results,
        )
        timed("ressourcetræk: varmekort top 40, 1 år", lambda: load.heatmap(con, *half), results)
        timed(
            "ressourcetræk: afdelinger pr. uge, 1 år",
            lambda: load.department_weeks(con, *half),
            results,
        )
        leader = con.execute(
            "SELECT person_id FROM role_assignment WHERE role = 'network_leader' LIMIT 1"
        ).fetchall()[0][0]
        plan = load.plan_frames(
            [
                {
                    "type": "welfare",
                    "start_date": today,
                    "leader": leader,
                    "counts": {"AFD-MT": 3, "AFD-DT": 2},
                }
            ],
            {},
        )
        timed(
            "ressourcetræk: hvad-nu-hvis (1 kandidat)",
            lambda: load.plan_comparison(con, *half, plan),
            results,
        )
        newest, previous = [f"RC{today.year - k}" for k in (0, 1)]
        if today < dt.date(today.year, 10, 1):  # the demo fields its waves on 1 October
            newest, previous = [f"RC{today.year - k}" for k in (1, 2)]
        timed("RC: alle par i én måling (krav < 1 s)", lambda: rc.pair_scores(con, newest), results)
        timed("RC: målingens overblik (tal + alfa)", lambda: rc.summary(con, newest), results)
        timed("RC: 7 dimensioner", lambda: rc.profile(con, newest), results)
        timed("RC: udvikling alle år", lambda: rc.trend(con), results)
        timed(
            "RC: ændring par for par (bootstrap)",
            lambda: rc.pair_change(con, previous, newest),
            results,
        )
        timed(
            "RC: ændring pr. dimension (bootstrap)",
            lambda: rc.dimension_change(con, previous, newest),
            results,
        )
        timed(
            "RC: netværkseffekt (bootstrap)",
            lambda: rc.network_effect(con, previous, newest, today=today),
            results,
        )
        out = Path(folder) / "csv"
        timed("eksport CSV (alle tabeller)", lambda: dio.export_csv(con, out), results)
        fresh = db.connect(Path(folder) / "import.duckdb")
        for table in ("person", "network", "role_assignment", "rc_wave", "rc_group", "rc_response"):
            if table in ("person",):
                for parent in ("directorate", "department"):
                    dio.import_table(fresh, parent, out / f"{parent}.csv")
            if table == "network":
                dio.import_table(fresh, "theme", out / "theme.csv")
            report = timed(
                f"import {table} ({counts[table]:,} rækker)".replace(",", "."),
                lambda t=table: dio.import_table(fresh, t, out / f"{t}.csv"),
                results,
            )
            assert report.ok, report.errors[:3]
        if counts["rc_response"] < 1_000_000:  # Excel holds at most 1.048.576 rows a sheet
            timed("eksport Excel (alle tabeller)", lambda: dio.export_xlsx_bytes(con), results)
        person = dio.row_values(con, "person", {"id": leader})
        edited = {**person, "leader_diploma_on": "2026-11-01"}
        report = timed(
            "ret én række (en netværksleder)",
            lambda: dio.update_row(con, "person", {"id": leader}, edited),
            results,
        )
        assert report.ok, report.errors
        timed("fuld sikkerhedskopi (zip)", lambda: write_backup(con, "manual"), results)
        saved = timed("eksport CSV som zip", lambda: dio.export_csv_zip(con), results)
        report = timed("gendan fra zip (kontrol + skrivning)", lambda: restore(con, saved), results)
        assert report.ok, report.errors[:3]
        results.append((f"rækker i alt: {sum(counts.values()):,}".replace(",", "."), float("nan")))
        con.close()
        fresh.close()
    return results


def flower_bench(con, today: dt.date, results: list) -> None:
    """Blomsten (issue 13): the petals of a day and of every month, the animated figure (its
    JSON size, at most 2 MB at 1x), and the PNG for slides (kaleido, the system's Chromium)."""
    timed("blomsten: kronblade i dag", lambda: flower.petals(con, today, today=today), results)
    days = flower.petal_days(con, today=today)
    monthly = timed(
        "blomsten: kronblade alle måneder (én forespørgsel)",
        lambda: flower.petals_over_time(con, days, Scope(today=today)),
        results,
    )
    grain, frame_days = animation_days(monthly, days)
    frames = monthly[monthly["day"].dt.date.isin(frame_days)]
    deps = departments(con)
    figure = timed(
        f"blomsten: animeret figur ({len(frame_days)} billeder, {grain})",
        lambda: flower_figure(frames, frame_days, today, deps),
        results,
    )
    size = len(figure.to_json()) / 1e6
    results.append((f"blomsten: figurens JSON {size:.2f} MB".replace(".", ","), float("nan")))
    still = flower_figure(monthly, days, today, deps, animated=False, height=1000)
    timed("blomsten: PNG 1600x1000 (kaleido)", lambda: to_png(still), results)


def meeting_bench(con, today: dt.date, results: list) -> None:
    """Overblik and Chefforum-møde (issue 14): the overview's numbers and alerts, the meeting's
    changes, decisions and leader pool, and the one-page briefing made cold (kaleido starts a
    browser for the charts, Chromium prints the page; it must stay under 10 s)."""
    since = today - dt.timedelta(weeks=4)
    timed("overblik: nøgletal", lambda: overview.kpis(con, today=today), results)
    timed("overblik: advarsler", lambda: overview.alerts(con, today=today), results)
    timed("møde: ændringer på 4 uger", lambda: meeting.changes(con, since, today), results)
    timed("møde: beslutninger", lambda: meeting.decisions(con, today=today), results)
    timed("møde: lederpuljen", lambda: leader_pool(con, today, today=today), results)
    timed("møde: briefing PDF + HTML (kold)", lambda: build(con, since, today), results)


def main() -> None:
    print("NS-dashboard benchmark (sekunder)")
    for scale in (1, 10, 100):
        print(f"\n== skala {scale}x ==")
        for label, seconds in run(scale):
            print(f"  {label:<45} {'' if seconds != seconds else f'{seconds:8.3f}'}")


if __name__ == "__main__":
    main()
