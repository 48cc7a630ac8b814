"""The plain-pandas baselines of bench/baseline.py give the product's results on the demo."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from bench.baseline import CASES, same
from tests.conftest import TODAY


def _substantial(result) -> bool:
    """A result the comparison can fail on: a frame with rows, a real number, or a dict holding
    one of them."""
    if isinstance(result, pd.DataFrame):
        return len(result) > 0
    if isinstance(result, dict):
        return any(_substantial(v) for v in result.values())
    return isinstance(result, float) and not math.isnan(result)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_baseline_gives_the_products_result(demo_con, case):
    fast = case.fast(demo_con, TODAY)
    assert _substantial(fast)
    assert same(fast, case.pandas(demo_con, TODAY))


def test_same_fails_for_frames_that_differ_in_one_value():
    a = pd.DataFrame({"week": ["2026-W48", "2026-W49"], "hours": [10.0, 12.5]})
    b = a.assign(hours=[10.0, 12.5 + 1e-6])  # one value off by more than 1e-9
    assert same(a, a.iloc[::-1].reset_index(drop=True))  # row order does not count
    assert not same(a, b)
