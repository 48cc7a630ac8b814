"""No view, chart or export shows a score for a group below the anonymity threshold
(DESIGN.md §6 and §8). A small group ('Lille', 4 respondents) answers 1 to everything; everyone
else answers 5. Any score below 3 anywhere would carry the small group's answers on its own."""

from __future__ import annotations

import inspect
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from streamlit.testing.v1 import AppTest

from analytics import rc, trends
from charts import rc as charts
from data.labels import COLUMN_LABELS
from pages._registry import PAGES
from tests.builders import D, network, organisation

SMALL = "Lille"
SCORE_COLUMNS = {*rc.SCORES, "mean", "before", "after"}
DASHBOARD = str(Path(__file__).resolve().parent.parent / "dashboard.py")


def network_n1(con) -> None:
    """N1, a welfare network Dec 2025 – May 2026 with members from departments A and B."""
    network(
        con,
        "N1",
        "welfare",
        D(2025, 12, 1),
        D(2026, 5, 31),
        leader="pro",
        co_driver="a1",
        reference="cf_b",
        participants=("b1",),
    )


def fill(con) -> None:
    network_n1(con)
    groups = {"A": "A", "B": "B", "C": "C", SMALL: None}
    for wave_id, day in (("W1", D(2025, 10, 1)), ("W2", D(2026, 10, 1))):
        con.execute("INSERT INTO rc_wave VALUES (?, ?, ?, NULL, NULL)", [wave_id, wave_id, day])
        con.executemany(
            "INSERT INTO rc_group VALUES (?, ?, ?)", [(wave_id, g, d) for g, d in groups.items()]
        )
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
    "wave_index": lambda c: rc.wave_index(c, ["W1", "W2"]),
    "trend": lambda c: rc.trend(c),
    "profile": lambda c: rc.profile(c, "W2"),
    "cronbach_alpha": lambda c: rc.cronbach_alpha(c, "W2"),
    "summary": lambda c: rc.summary(c, "W2"),
    "pair_change": lambda c: rc.pair_change(c, "W1", "W2", reps=200),
    "dimension_change": lambda c: rc.dimension_change(c, "W1", "W2", reps=200),
    "effect_pairs": lambda c: rc.effect_pairs(c, "W1", "W2", today=D(2026, 11, 24)),
    "network_effect": lambda c: rc.network_effect(c, "W1", "W2", today=D(2026, 11, 24), reps=200),
    "effect_text": lambda c: rc.effect_text(c, "W1", "W2", today=D(2026, 11, 24)),
}
# Settings and pure helpers: they return no score of any group.
NOT_RESULTS = {"min_respondents", "band_limits", "band", "verdict", "org_waves", "used_sql"}


def test_every_result_function_of_analytics_rc_is_tried():
    public = {
        name
        for name, f in inspect.getmembers(rc, inspect.isfunction)
        if f.__module__ == rc.__name__ and not name.startswith("_")
    }
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
        assert (
            small[[c for c in result.columns if c in SCORE_COLUMNS | {"change", "low", "high"}]]
            .isna()
            .all()
            .all()
        )
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
    for fig in (
        charts.change_bars(rc.dimension_change(con, "W1", "W2", reps=200), "x"),
        charts.effect_bars(rc.network_effect(con, "W1", "W2", reps=200), "x"),
    ):
        assert "1,00" not in json.dumps(fig.to_plotly_json(), default=str)


def test_the_page_shows_no_score_of_the_small_group(tmp_path, monkeypatch):
    path = tmp_path / "rc.duckdb"
    file_con = organisation(str(path))
    fill(file_con)
    file_con.close()
    monkeypatch.setenv("NS_DB_PATH", str(path))
    at = AppTest.from_file(DASHBOARD, default_timeout=60)
    at.run()
    at.switch_page(PAGES["rc"].path).run()
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


# --- An attacker with every figure --------------------------------------------------------------
# DESIGN.md §6 "No differencing": a hidden pair's answers count in no shown figure, so no hidden
# score can be worked back by subtracting shown ones. The attacker below knows every shown pair
# score with its respondent count (shown even when the scores are hidden), and reads every other
# figure as its definition would have it cover every pair (a group's score = all raters from
# other groups; a tie, a wave, a change …). From each figure it solves for the hidden pairs it
# contains — one figure at a time, and all figures of a score together by least squares.
VARIED_GROUPS = {"A": "A", "B": "B", "C": "C", SMALL: None}


def fill_varied(con) -> None:
    """Three groups of 6 and Lille (4 people) in two organisation-wide waves and one wave of the
    network N1; answers drawn at random (every item answered), Lille's about 1,5 and the rest
    about 4, so any figure that still held Lille's answers would move with them."""
    import numpy as np

    network_n1(con)
    rng = np.random.default_rng(11)
    waves = (
        ("W1", D(2025, 10, 1), None),
        ("W2", D(2026, 10, 1), None),
        ("W3", D(2026, 6, 1), "N1"),
    )
    for wave_id, day, scope in waves:
        con.execute("INSERT INTO rc_wave VALUES (?, ?, ?, NULL, ?)", [wave_id, wave_id, day, scope])
        con.executemany(
            "INSERT INTO rc_group VALUES (?, ?, ?)",
            [(wave_id, g, d) for g, d in VARIED_GROUPS.items()],
        )
        rows = []
        for group in VARIED_GROUPS:
            size, level = (4, 1.5) if group == SMALL else (6, 4.0)
            for i in range(size):
                for to in VARIED_GROUPS:
                    items = np.clip(np.rint(level + rng.normal(0, 1, 7)), 1, 5).astype(int)
                    rows.append((wave_id, f"{group}-{i}", group, to, *items.tolist()))
        con.executemany("INSERT INTO rc_response VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


@pytest.fixture()
def varied():
    con = organisation()
    fill_varied(con)
    yield con
    con.close()


def true_pairs(con) -> pd.DataFrame:
    """Every pair's true scores (the hidden ones too), straight from the answers: wave_id,
    from_group, to_group, rows, <7 dimensions>, rc_index."""
    dims = ", ".join(f"avg({d}) AS {d}" for d in rc.DIMENSIONS)
    mean = " + ".join(rc.DIMENSIONS)
    return con.execute(
        f"SELECT wave_id, from_group, to_group, count(*) AS rows, {dims},"
        f" avg(({mean}) / 7.0) AS rc_index FROM rc_response GROUP BY ALL"
    ).df()


TIES = {"all": lambda f, t: True, "within": lambda f, t: f == t, "between": lambda f, t: f != t}


def results(con) -> dict:
    """Every figure of the RC page and the network profile, as analytics.rc gives it to them:
    {(kind, wave or waves): frame or dict}."""
    out = {}
    for wave in ("W1", "W2", "W3"):
        out["pairs", wave] = rc.pair_scores(con, wave)
        out["groups", wave] = rc.group_scores(con, wave)
        out["ties", wave] = rc.tie_scores(con, wave)
        out["profile", wave] = rc.profile(con, wave)
        out["summary", wave] = rc.summary(con, wave)
        out["network_ties", wave] = rc.network_ties(con, wave)
        out["network_nodes", wave] = rc.network_nodes(con, wave)
    out["trend", None] = pd.concat([rc.trend(con), rc.trend(con, "N1")])
    out["dimension_change", ("W1", "W2")] = rc.dimension_change(con, "W1", "W2", reps=50)
    for by in trends.breakdowns("rc_index"):  # Tendenser: one organisation-wide wave a year
        out["series", by] = trends.series(con, "rc_index", by=by, today=D(2026, 11, 24))
    return out


def figures(found: dict) -> list[dict]:
    """Each figure as {wave, score, pairs (the pairs its definition covers), value, weighted}:
    weighted figures are means over answers, the others plain means over pairs. The pairs of a
    wave are those its pair table lists (hidden ones too: their counts are shown)."""
    every = {
        w: list(zip(f["from_group"], f["to_group"], strict=True))
        for (kind, w), f in found.items()
        if kind == "pairs"
    }

    def cover(wave, test):
        return frozenset((f, t) for f, t in every.get(wave, []) if test(f, t))

    out = []

    def add(wave, score, value, pairs, weighted=True):
        if value is not None and not pd.isna(value) and pairs:
            out.append(
                {
                    "wave": wave,
                    "score": score,
                    "value": float(value),
                    "pairs": pairs,
                    "weighted": weighted,
                }
            )

    for (kind, wave), frame in found.items():
        if kind == "groups":
            for row in frame.itertuples():
                for score in rc.SCORES:
                    add(
                        wave,
                        score,
                        getattr(row, score),
                        cover(wave, lambda f, t, g=row.to_group: t == g and f != g),
                    )
        elif kind == "ties":
            for row in frame.itertuples():
                for score in rc.SCORES:
                    add(wave, score, getattr(row, score), cover(wave, TIES[row.tie]))
        elif kind == "profile":
            for row in frame.itertuples():
                add(wave, row.dimension, row.mean, cover(wave, TIES[row.tie]))
        elif kind == "summary":
            for key, tie in (("rc_index", "all"), ("within", "within"), ("between", "between")):
                add(wave, "rc_index", frame[key], cover(wave, TIES[tie]))
        elif kind == "network_ties":
            for row in frame.itertuples():
                tie = frozenset({(row.group_a, row.group_b), (row.group_b, row.group_a)})
                add(wave, "rc_index", row.rc_index, tie, False)
        elif kind == "network_nodes":
            for row in frame.itertuples():
                add(wave, "rc_index", row.rc_index, frozenset({(row.name, row.name)}), False)
        elif kind == "trend":
            for row in frame.itertuples():
                add(row.wave_id, "rc_index", row.rc_index, cover(row.wave_id, TIES[row.tie]))
        elif kind == "series":
            # the year's wave; the pairs whose answering group is in the row's department (its
            # directorate, or any group for 'alle')
            waves = {"2025": "W1", "2026": "W2"}
            for row in frame[frame["period"].isin(list(waves))].itertuples():
                add(
                    waves[row.period],
                    "rc_index",
                    row.value,
                    cover(
                        waves[row.period],
                        lambda f, t, g=row.group: (
                            g in (trends.ALL, VARIED_GROUPS[f])
                            or (g == "DIR" and VARIED_GROUPS[f] is not None)
                        ),
                    ),
                )
        elif kind == "dimension_change":
            for row in frame.itertuples():
                for w, value in zip(wave, (row.before, row.after), strict=True):
                    add(w, row.dimension, value, cover(w, TIES["all"]))
    return out


def all_pairs(found: dict) -> pd.DataFrame:
    return pd.concat([f.assign(wave_id=w) for (kind, w), f in found.items() if kind == "pairs"])


def attack(figures_: list[dict], pairs: pd.DataFrame) -> list[tuple[str, str, frozenset, float]]:
    """(wave, score, hidden pairs, estimate of their mean score) from every figure containing a
    hidden pair, and from all figures of a wave and score solved together."""
    shown = pairs[~pairs["suppressed"]]
    known = {
        (r.wave_id, r.from_group, r.to_group, s): getattr(r, s)
        for r in shown.itertuples()
        for s in rc.SCORES
    }
    rows = {(r.wave_id, r.from_group, r.to_group): r.respondents for r in pairs.itertuples()}
    hidden_pairs = {(w, f, t) for (w, f, t) in rows} - {(w, f, t) for (w, f, t, _) in known}
    guesses = []
    equations: dict[tuple[str, str], list] = {}
    for figure in figures_:
        wave, score = figure["wave"], figure["score"]
        weight = {p: rows[(wave, *p)] if figure["weighted"] else 1 for p in figure["pairs"]}
        hidden = frozenset(p for p in figure["pairs"] if (wave, *p) in hidden_pairs)
        if not hidden:
            continue
        total = figure["value"] * sum(weight.values())
        rest = total - sum(
            known[(wave, *p, score)] * weight[p] for p in figure["pairs"] if p not in hidden
        )
        guesses.append((wave, score, hidden, rest / sum(weight[p] for p in hidden)))
        equations.setdefault((wave, score), []).append((hidden, weight, rest))
    for (wave, score), found in equations.items():
        unknown = sorted({p for hidden, _, _ in found for p in hidden})
        matrix = np.array(
            [
                [weight.get(p, 0) if p in hidden else 0 for p in unknown]
                for hidden, weight, _ in found
            ],
            dtype=float,
        )
        solved = np.linalg.lstsq(matrix, np.array([r for _, _, r in found]), rcond=None)[0]
        guesses += [(wave, score, frozenset({p}), v) for p, v in zip(unknown, solved, strict=True)]
    return guesses


def truth_of(truth: pd.DataFrame, wave: str, score: str, hidden: frozenset) -> float:
    rows = truth[
        (truth["wave_id"] == wave)
        & truth[["from_group", "to_group"]].apply(tuple, axis=1).isin(hidden)
    ]
    return float((rows[score] * rows["rows"]).sum() / rows["rows"].sum())


def test_the_attacker_recovers_nothing_of_a_hidden_pair(varied):
    truth = true_pairs(varied)
    found = results(varied)
    pairs = all_pairs(found)
    assert pairs["suppressed"].sum() == 3 * 4  # Lille → A, B, C and Lille itself, in 3 waves
    guesses = attack(figures(found), pairs)
    assert len(guesses) > 300  # every figure that (by its definition) covers a hidden pair
    recovered = [g for g in guesses if abs(g[3] - truth_of(truth, *g[:3])) < 1e-6]
    assert recovered == []  # not one hidden score, dimension or index, came out
    # the small group's answers really are far from everyone else's: a leak would show
    small = truth["from_group"] == SMALL
    assert truth[small]["rc_index"].max() < 2.5 < 3.5 < truth[~small]["rc_index"].min()


def test_the_attacker_would_recover_a_hidden_pair_from_a_total_that_held_it(varied):
    """The control: given A's group score as DESIGN.md first defined it (every rater from another
    group, Lille's 4 included), the same attacker gets Lille → A exactly. So the test above would
    fail if any figure still held a hidden pair's answers."""
    truth = true_pairs(varied)
    pairs = rc.pair_scores(varied, "W2").assign(wave_id="W2")
    (whole,) = varied.execute(
        "SELECT avg((frequency + timeliness + accuracy + problem_solving + shared_goals"
        " + shared_knowledge + mutual_respect) / 7.0) FROM rc_response"
        " WHERE wave_id = 'W2' AND to_group = 'A' AND from_group <> 'A'"
    ).fetchall()[0]
    total = {
        "wave": "W2",
        "score": "rc_index",
        "value": whole,
        "weighted": True,
        "pairs": frozenset({("B", "A"), ("C", "A"), (SMALL, "A")}),
    }
    guesses = attack([total], pairs)
    target = frozenset({(SMALL, "A")})
    assert guesses[0][2] == target
    # (6 + 6 + 4) · whole − 6 · B→A − 6 · C→A = 4 · Lille→A
    assert guesses[0][3] == pytest.approx(truth_of(truth, "W2", "rc_index", target), abs=1e-9)


def test_the_overview_index_and_its_change_leave_the_small_groups_answers_out(con):
    from analytics.overview import kpis, rc_change

    # every shown answer is 5 (the small group's own answers, all 1, are hidden): 5.0 exactly,
    # in both waves, so the change is 0 — any 1 let in would pull both below 5
    k = kpis(con, today=D(2026, 11, 24))
    assert (k["rc_index"], k["rc_previous"]) == (5.0, 5.0)
    assert rc_change(con, today=D(2026, 11, 24))["change"] == 0.0
