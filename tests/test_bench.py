"""`make bench` is measurement, not a test, but it must run: its module imports, and the
flower's part (which renders a PNG) runs on the demo and reports the figure under 2 MB."""

import datetime as dt

from bench.bench import flower_bench, meeting_bench


def test_the_flower_bench_runs_on_the_demo(demo_con):
    results: list[tuple[str, float]] = []
    flower_bench(demo_con, dt.date.today(), results)
    labels = [label for label, _ in results]
    assert labels[0] == "blomsten: kronblade i dag"
    size = next(label for label in labels if "JSON" in label)
    megabytes = float(size.split("JSON ")[1].split(" MB")[0].replace(",", "."))
    assert 0.3 < megabytes < 2.0
    assert all(seconds >= 0 for label, seconds in results if "JSON" not in label)


def test_the_meeting_bench_runs_on_the_demo(demo_con):
    results: list[tuple[str, float]] = []
    meeting_bench(demo_con, dt.date.today(), results)
    assert [label for label, _ in results][-1] == "møde: briefing PDF + HTML (kold)"
    assert all(seconds >= 0 for _, seconds in results)
