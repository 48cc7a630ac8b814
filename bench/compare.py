"""The product's analytics beside their plain-pandas baselines (bench/baseline.py), timed
alternately: `python -m bench.compare FILE DAY [RUNS]` prints, per case, the median seconds of
each, the ratio pandas/fast and whether the two results agree. Opens FILE read-only."""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time

from bench.baseline import CASES, same
from data import db


def _seconds(fn, con, day) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn(con, day)
    return time.perf_counter() - start, result


def compare(path: str, day: dt.date, runs: int = 5) -> list[tuple[str, float, float, bool]]:
    """(name, median fast, median pandas, same) per case, the two timed in turn `runs` times."""
    con = db.connect(path, read_only=True)
    rows = []
    for case in CASES:
        fast, slow = [], []
        for _ in range(runs):
            seconds, a = _seconds(case.fast, con, day)
            fast.append(seconds)
            seconds, b = _seconds(case.pandas, con, day)
            slow.append(seconds)
        rows.append((case.name, statistics.median(fast), statistics.median(slow), same(a, b)))
    con.close()
    return rows


def main() -> None:
    path, day = sys.argv[1], dt.date.fromisoformat(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    print(f"{'case':45} {'fast s':>9} {'pandas s':>9} {'ratio':>7}  same")
    for name, fast, slow, agree in compare(path, day, runs):
        print(f"{name:45} {fast:9.4f} {slow:9.4f} {slow / fast:7.1f}  {agree}")


if __name__ == "__main__":
    main()
