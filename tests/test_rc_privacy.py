"""No view, chart or export shows a score for a group below the anonymity threshold
(DESIGN.md §6 and §8). A small group ('Lille', 4 respondents) answers 1 to everything; everyone
else answers 5. Any score below 3 anywhere would carry the small group's answers on its own."""

from __future__ import annotations

import inspect
import json
import math
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from analytics import rc
from charts import rc as charts
from data.labels import COLUMN_LABELS
from tests.builders import D, network, organisation

SMALL = "Lille"
SCORE_COLUMNS = {*rc.SCORES, "mean", "before", "after"}
DASHBOARD = str(Path(__file__).resolve().parent.parent / "dashboard.py")


def fill(con) -> None:
    network(con, "N1", "welfare", D(2025, 12, 1), D(2026, 5, 31), leader="pro", co_driver="a1",
            reference="cf_b", participants=("b1",))  # fmt: skip
    groups = {"A": "A", "B": "B", "C": "C", SMALL: None}
    for wave_id, day in (("W1", D(2025, 10, 1)), ("W2", D(2026, 10, 1))):
        con.execute("INSERT INTO rc_wave VALUES (?, ?, ?, NULL, NULL)", [wave_id, wave_id, day])
        con.executemany("INSERT INTO rc_group VALUES (?, ?, ?)",
                        [(wave_id, g, d) for g, d in groups.items()])  # fmt: skip
        rows = []
        for group in groups:
            size, value = (4, 1) if group == SMALL else (6, 5)
            for i in range(size):
                rows += [(wave_id, f"{group}{i}", group, to, *[value] * 7) for to in groups]
        con.executemany("INSERT INTO rc_response VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


@pytest.fixture()
def con():
    con = organisation()
    fill(con)
    yield con
    con.close()


# Every function of analytics.rc that returns results, called on the fixture.
CALLS = {
    "waves": lambda c: rc.waves(c),
    "groups": lambda c: rc.groups(c, "W2"),
    "pair_scores": lambda c: rc.pair_scores(c, "W2"),
    "group_scores": lambda c: rc.group_scores(c, "W2"),
    "tie_scores": lambda c: rc.tie_scores(c, "W2"),
    "network_ties": lambda c: rc.network_ties(c, "W2"),
    "network_nodes": lambda c: rc.network_nodes(c, "W2"),
    "wave_scores": lambda c: rc.wave_scores(c, ["W1", "W2"]),
    "trend": lambda c: rc.trend(c),
    "profile": lambda c: rc.profile(c, "W2"),
    "cronbach_alpha": lambda c: rc.cronbach_alpha(c, "W2"),
    "summary": lambda c: rc.summary(c, "W2"),
    "pair_change": lambda c: rc.pair_change(c, "W1", "W2", reps=200),
    "dimension_change": lambda c: rc.dimension_change(c, "W1", "W2", reps=200),
    "effect_pairs": lambda c: rc.effect_pairs(c, "W1", "W2", today=D(2026, 11, 24)),
    "network_effect": lambda c: rc.network_effect(c, "W1", "W2", today=D(2026, 11, 24),
                                                  reps=200),  # fmt: skip
}
# Settings and pure helpers: they return no score of any group.
NOT_RESULTS = {"min_respondents", "band_limits", "band", "verdict"}


def test_every_result_function_of_analytics_rc_is_tried():
    public = {name for name, f in inspect.getmembers(rc, inspect.isfunction)
              if f.__module__ == rc.__name__ and not name.startswith("_")}  # fmt: skip
    assert public - NOT_RESULTS == set(CALLS)


def scores_in(result) -> list[float]:
    if isinstance(result, pd.DataFrame):
        columns = [c for c in result.columns if c in SCORE_COLUMNS]
        return [v for c in columns for v in result[c].dropna().tolist()]
    if isinstance(result, dict):
        keys = ("rc_index", "within", "between")
        return [result[k] for k in keys if result[k] is not None]
    return []  # alpha is about the items, not a group


@pytest.mark.parametrize("name", sorted(CALLS))
def test_no_analytics_result_carries_the_small_groups_answers(con, name):
    result = CALLS[name](con)
    assert all(v >= 3 for v in scores_in(result)), (name, scores_in(result))
    if isinstance(result, pd.DataFrame) and "from_group" in result:
        small = result[result["from_group"] == SMALL]
        assert small[[c for c in result.columns if c in SCORE_COLUMNS | {"change", "low", "high"}]
                     ].isna().all().all()  # fmt: skip
        assert small["suppressed"].all()


def figure_numbers(fig: go.Figure) -> list[float]:
    """The score values a figure draws: heat map cells, bar heights, line points."""
    values = []
    for trace in fig.data:
        if trace.name == charts.HIDDEN_TRACE:
            continue
        if trace.type == "heatmap":
            values += [v for row in trace.z for v in row if v is not None and not math.isnan(v)]
        elif trace.type == "bar" or getattr(trace, "mode", "") == "lines+markers":
            y = pd.to_numeric(pd.Series(trace.y if trace.y is not None else []), errors="coerce")
            values += y.dropna().tolist()
    return values


def test_no_chart_draws_the_small_groups_scores(con):
    weak, strong = rc.band_limits(con)
    pairs = rc.pair_scores(con, "W2")
    groups = list(rc.groups(con, "W2")["name"])
    heat = charts.pair_heatmap(pairs, groups, weak, strong, 5, "x")
    figures = [
        charts.dimension_bars(rc.profile(con, "W2"), weak, strong, "x"),
        heat,
        charts.trend_lines(rc.trend(con), weak, strong, "x"),
    ]
    for fig in figures:
        assert all(v >= 3 for v in figure_numbers(fig))
    row = groups.index(SMALL)
    assert all(math.isnan(v) for v in heat.data[0].z[row])  # the small group's row: no colour
    hidden = next(t for t in heat.data if t.name == charts.HIDDEN_TRACE)
    assert all(t == "færre end<br>5 svar" for t in hidden.text[row])
    network_map = charts.network_map(rc.network_ties(con, "W2"), rc.network_nodes(con, "W2"), "x")
    text = json.dumps(network_map.to_plotly_json(), default=str)
    assert "1,00" not in text and f"{SMALL} ↔" not in text and f"↔ {SMALL}" not in text
    for fig in (charts.change_bars(rc.dimension_change(con, "W1", "W2", reps=200), "x"),
                charts.effect_bars(rc.network_effect(con, "W1", "W2", reps=200), "x")):
        assert "1,00" not in json.dumps(fig.to_plotly_json(), default=str)


def test_the_page_shows_no_score_of_the_small_group(tmp_path, monkeypatch):
    path = tmp_path / "rc.duckdb"
    file_con = organisation(str(path))
    fill(file_con)
    file_con.close()
    monkeypatch.setenv("NS_DB_PATH", str(path))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    at.switch_page("pages/rc.py").run()
    assert not at.exception, at.exception
    labels = {COLUMN_LABELS[c] for c in SCORE_COLUMNS}
    tables = [e.value for e in at.dataframe]
    assert tables
    for frame in tables:
        for column in labels & set(frame.columns):
            assert (pd.to_numeric(frame[column], errors="coerce").dropna() >= 3).all()
        answering = COLUMN_LABELS["from_group"]
        if answering in frame:
            small = frame[frame[answering] == SMALL]
            assert small[[c for c in labels if c in frame]].isna().all().all()
    # every answer here is the same on all 7 items, so Cronbach's alpha is 1,00: not a score
    assert all("1,00" not in m.value for m in at.metric if m.label != "Cronbachs alfa")
    assert all("1,00" not in m.value for m in at.markdown)
