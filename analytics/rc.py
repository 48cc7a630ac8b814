"""Relationel koordinering: scores of an RC survey wave, change between waves, and whether
departments that shared a network came to coordinate better (DESIGN.md §6 "Relational
coordination"; seed 004 'Relationel Koordinering').

Seed 004: "Teorien om Relationel Koordinering peger på syv dimensioner, der samlet udgør en
produktiv og koordineret relation: Frekvensen, præcisionen og rettidigheden af kommunikationen,
samt at kommunikationen er problemløsende frem for bebrejdende – og at der er fælles mål for
opgaven, at der er gensidigt kendskab til hinandens arbejde og at alles bidrag til
opgaveløsningen respekteres."

The rules, exactly as DESIGN.md §6:
- items 1–5, higher is better (`frequency` is stored scored the RC way, see data.io);
- a response row with all 7 items empty is not an answer;
- a pair `from_group → to_group`: `respondents` = distinct respondents of `from_group` with at
  least one answer about `to_group`; each dimension = mean of the non-empty answers; `rc_index` =
  mean, over the respondents who answered all 7 items, of their 7-item mean;
- `group_scores`: the same over all respondents from *other* groups rating `to_group`;
- `suppressed` = respondents < `rc_min_respondents` (never below 3): every score of that row is
  empty. Suppression happens here, in the SQL that computes a score, for every figure this module
  returns (pairs, groups, ties, waves, profiles, changes), so no page, chart or export can show a
  small group's score. Respondent counts may be shown.
- No differencing: the answers of a suppressed pair count in no other score either (groups,
  within/between ties, wave indexes, trends, changes, the network effect): every figure but the
  pair scores themselves is computed over the *shown* answers (`_USED_SQL`), and its respondent
  count counts only those. A hidden pair's score can then not be worked back by subtracting
  shown figures from a total that contains it (tests/test_rc_privacy.py tries).
- bands: weak < `rc_weak_below` ≤ moderate ≤ `rc_strong_above` < strong.

Uncertainty: a change between two waves comes with a 95 % interval from a seeded bootstrap over
respondents (`BOOT_REPS` resamples). Resampling n respondents with replacement only matters
through how many of them carry each distinct (sum, count) of answers, so each resample is one
multinomial draw over those distinct values: the same bootstrap, at a cost independent of n.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import numpy as np
import pandas as pd

from analytics.portfolio import department_pairs
from data.labels import RcMsg, fmt_count, fmt_number
from data.schema import RC_DIMENSIONS
from data.settings import read_settings

DIMENSIONS = RC_DIMENSIONS
MIN_FLOOR = 3  # DESIGN.md §4: rc_min_respondents is never below 3
BOOT_REPS = 2000
SEED = 2016
SCORES = (*DIMENSIONS, "rc_index")

_ALL_ITEMS = " AND ".join(f"{d} IS NOT NULL" for d in DIMENSIONS)
_ITEM_SUM = " + ".join(DIMENSIONS)
_ITEM_COUNT = " + ".join(f"({d} IS NOT NULL)::INT" for d in DIMENSIONS)
# One row per answer: a respondent's ratings of one group, with at least one item given; the
# 7-item sum of a complete answer (an integer) and its mean. An rc_index is Σ item_sum / (7 · n),
# never a mean of rounded row means: 4.0 from integer answers stays exactly 4.0 ("moderate").
_ANSWERS_SQL = f"""
    SELECT *, CASE WHEN {_ALL_ITEMS} THEN {_ITEM_SUM} END AS item_sum,
           CASE WHEN {_ALL_ITEMS} THEN ({_ITEM_SUM}) / 7.0 END AS row_mean
    FROM rc_response
    WHERE {_ITEM_COUNT} > 0
"""


# The answers of the waves chosen by `where` (default: those in $waves), and the shown ones: those
# of pairs with at least $min respondents (the pair scores alone are computed over every answer,
# and emptied when small). Every score of this module and of analytics.trends reads `shown`.
def used_sql(where: str = "list_contains($waves, wave_id)") -> str:
    """The CTEs `answers` and `shown` (no WITH), for the waves matching `where`."""
    return f"""
    answers AS (SELECT * FROM ({_ANSWERS_SQL}) WHERE {where}),
    shown AS (
        SELECT answers.* FROM answers SEMI JOIN (
            SELECT wave_id, from_group, to_group FROM answers
            GROUP BY ALL HAVING count(DISTINCT respondent) >= $min
        ) pairs USING (wave_id, from_group, to_group)
    )
"""


_USED_SQL = used_sql()
INDEX_SQL = "sum(item_sum) / nullif(7.0 * count(item_sum), 0)"  # over complete answers
_TIE_SQL = "CASE WHEN from_group = to_group THEN 'within' ELSE 'between' END"


# --- Settings ------------------------------------------------------------------------------------
def min_respondents(con: duckdb.DuckDBPyConnection) -> int:
    """`rc_min_respondents`, never below 3 (`data.settings` clamps it; MIN_FLOOR guards)."""
    return max(MIN_FLOOR, read_settings(con).rc_min_respondents)


def band_limits(con: duckdb.DuckDBPyConnection) -> tuple[float, float]:
    """(`rc_weak_below`, `rc_strong_above`); unreadable values fall back to 3.5 and 4.0."""
    settings = read_settings(con)
    return settings.rc_weak_below, settings.rc_strong_above


def band(value: float | None, weak_below: float, strong_above: float) -> str | None:
    """'weak' < weak_below ≤ 'moderate' ≤ strong_above < 'strong'; None for no score."""
    if value is None or pd.isna(value):
        return None
    if value < weak_below:
        return "weak"
    return "moderate" if value <= strong_above else "strong"


def _band_sql(column: str) -> str:
    return (
        f"CASE WHEN {column} IS NULL THEN NULL WHEN {column} < $weak THEN 'weak' "
        f"WHEN {column} <= $strong THEN 'moderate' ELSE 'strong' END"
    )


# --- Waves ---------------------------------------------------------------------------------------
def waves(con: duckdb.DuckDBPyConnection, network_id: str | None = None) -> pd.DataFrame:
    """id, name, fielded_on, scope, network_id, network_name, respondents, answers, groups —
    newest first; only the waves scoped to `network_id` when given."""
    return con.execute(
        f"""
        SELECT w.id, w.name, w.fielded_on, w.scope, w.network_id, n.name AS network_name,
               count(DISTINCT a.respondent) AS respondents, count(a.respondent) AS answers,
               (SELECT count(*) FROM rc_group g WHERE g.wave_id = w.id) AS groups
        FROM rc_wave w
        LEFT JOIN network n ON n.id = w.network_id
        LEFT JOIN ({_ANSWERS_SQL}) a ON a.wave_id = w.id
        WHERE $network IS NULL OR w.network_id = $network
        GROUP BY ALL
        ORDER BY w.fielded_on DESC, w.id DESC
        """,
        {"network": network_id},
    ).df()


def groups(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """wave_id, name, department_id, department — the wave's groups, departments first."""
    return con.execute(
        """
        SELECT g.wave_id, g.name, g.department_id, d.name AS department
        FROM rc_group g LEFT JOIN department d ON d.id = g.department_id
        WHERE g.wave_id = $wave
        ORDER BY g.department_id IS NULL, g.name
        """,
        {"wave": wave_id},
    ).df()


def org_waves(con: duckdb.DuckDBPyConnection, today: dt.date) -> list[str]:
    """The organisation-wide RC waves (no `network_id`) fielded on or before today, latest first
    (ties: the larger id first)."""
    rows = con.execute(
        """
        SELECT id FROM rc_wave
        WHERE network_id IS NULL AND fielded_on <= $today
        ORDER BY fielded_on DESC, id DESC
        """,
        {"today": today},
    ).fetchall()
    return [r[0] for r in rows]


# --- Scores --------------------------------------------------------------------------------------
def _scores(
    con: duckdb.DuckDBPyConnection,
    wave_ids: list[str],
    keys: dict[str, str],
    where: str = "TRUE",
    *,
    every_pair: bool = False,
) -> pd.DataFrame:
    """The DESIGN.md §6 scores of the shown answers of `wave_ids` matching `where` (with
    `every_pair`: of all answers, for the pair scores themselves), grouped by `keys` ({name: SQL
    expression}): respondents, complete (respondents with all 7 items), the 7 dimensions,
    rc_index, suppressed, band — scores emptied when suppressed. Every key that has answers gets
    a row; one whose answers all belong to suppressed pairs has respondents 0 (none used)."""
    key_sql = ", ".join(f"{expr} AS {name}" for name, expr in keys.items())
    names = ", ".join(keys)
    counts = ", ".join(
        f"coalesce(agg.{c}, 0) AS {c}" if c in ("respondents", "complete") else f"agg.{c}"
        for c in ("respondents", "complete", *SCORES)
    )
    means = ", ".join(f"avg({d}) AS {d}" for d in DIMENSIONS)
    hidden = ", ".join(
        f"CASE WHEN respondents < $min THEN NULL ELSE {s} END AS {s}" for s in SCORES
    )
    return con.execute(
        f"""
        WITH {_USED_SQL},
        agg AS (
            SELECT {key_sql}, count(DISTINCT respondent) AS respondents,
                   count(item_sum) AS complete, {means}, {INDEX_SQL} AS rc_index
            FROM {"answers" if every_pair else "shown"}
            WHERE {where}
            GROUP BY ALL
        ),
        rated AS (SELECT DISTINCT {key_sql} FROM answers WHERE {where}),
        totals AS (SELECT rated.*, {counts} FROM rated LEFT JOIN agg USING ({names})),
        scored AS (SELECT {names}, respondents, complete, {hidden},
                          respondents < $min AS suppressed FROM totals)
        SELECT *, {_band_sql("rc_index")} AS band FROM scored
        ORDER BY {names}
        """,
        _params(con, waves=wave_ids),
    ).df()


def _params(con: duckdb.DuckDBPyConnection, **extra) -> dict:
    weak, strong = band_limits(con)
    return {"min": min_respondents(con), "weak": weak, "strong": strong, **extra}


def pair_scores(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """from_group, to_group, respondents, complete, <7 dimensions>, rc_index, suppressed, band —
    one row per directed pair with answers, a group's rating of itself included."""
    return _scores(
        con, [wave_id], {"from_group": "from_group", "to_group": "to_group"}, every_pair=True
    )


def group_scores(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """to_group, respondents, complete, <7 dimensions>, rc_index, suppressed, band — how all
    respondents from other groups rate `to_group`, leaving out the answers of suppressed pairs
    (DESIGN.md §6); `respondents` counts the raters whose answers are used."""
    return _scores(con, [wave_id], {"to_group": "to_group"}, "from_group <> to_group")


def tie_scores(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """within vs between groups: tie ('within' = a group rating itself, 'between' = another
    group), respondents, complete, <7 dimensions>, rc_index, suppressed, band — over the shown
    pairs' answers."""
    return _scores(con, [wave_id], {"tie": _TIE_SQL})


def network_ties(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """The ties of the RC network map: group_a, group_b (a < b), rc_index = the mean of the two
    directions' rc_index, band — only ties whose two directions are both shown (a tie with one
    small side is left out whole: its mean and the other side's score would give the small
    side's score away)."""
    pairs = pair_scores(con, wave_id)
    pairs = pairs[pairs["from_group"] != pairs["to_group"]]
    shown = pairs[~pairs["suppressed"] & pairs["rc_index"].notna()]
    forward = shown[shown["from_group"] < shown["to_group"]]
    back = shown[shown["from_group"] > shown["to_group"]]
    ties = forward.merge(
        back,
        left_on=["from_group", "to_group"],
        right_on=["to_group", "from_group"],
        suffixes=("", "_back"),
    )
    frame = pd.DataFrame(
        {
            "group_a": ties["from_group"],
            "group_b": ties["to_group"],
            "rc_index": (ties["rc_index"] + ties["rc_index_back"]) / 2,
        }
    )
    weak, strong = band_limits(con)
    frame["band"] = frame["rc_index"].map(lambda v: band(v, weak, strong))
    return frame.reset_index(drop=True)


def network_nodes(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """The groups of the RC network map: name, respondents (the most of the group's people who
    rated any one group), rc_index of the group about itself (empty when suppressed)."""
    pairs = pair_scores(con, wave_id)
    answering = pairs.groupby("from_group", as_index=False)["respondents"].max()
    own = pairs.loc[pairs["from_group"] == pairs["to_group"], ["from_group", "rc_index"]]
    nodes = groups(con, wave_id)[["name"]]
    for extra in (answering, own):
        nodes = nodes.merge(extra.rename(columns={"from_group": "name"}), on="name", how="left")
    return nodes


def wave_scores(con: duckdb.DuckDBPyConnection, wave_ids: list[str]) -> pd.DataFrame:
    """wave_id, tie ('all', 'within', 'between'), respondents, complete, <7 dimensions>,
    rc_index, suppressed, band — per wave, over the answers of its shown pairs and split by tie
    (a wave's rc_index is the mean over those complete answers of their 7-item mean)."""
    both = _scores(con, wave_ids, {"wave_id": "wave_id", "tie": "'all'"})
    split = _scores(con, wave_ids, {"wave_id": "wave_id", "tie": _TIE_SQL})
    frame = pd.concat([both, split], ignore_index=True)
    order = {"all": 0, "within": 1, "between": 2}
    return frame.sort_values(["wave_id", "tie"], key=lambda s: s.map(order).fillna(s)).reset_index(
        drop=True
    )


def wave_index(con: duckdb.DuckDBPyConnection, wave_ids: list[str]) -> pd.DataFrame:
    """wave_id, rc_index — each wave's index over its shown complete answers (`wave_scores`,
    tie 'all'; empty when hidden or without complete answers), in one query for all."""
    return _scores(con, wave_ids, {"wave_id": "wave_id"})[["wave_id", "rc_index"]]


def trend(con: duckdb.DuckDBPyConnection, network_id: str | None = None) -> pd.DataFrame:
    """wave_id, name, fielded_on, tie, respondents, rc_index, suppressed, band — every
    organisation-wide wave (or every wave scoped to `network_id`), oldest first."""
    listed = waves(con, network_id)
    if network_id is None:
        listed = listed[listed["network_id"].isna()]
    if listed.empty:
        return pd.DataFrame(
            columns=[
                "wave_id",
                "name",
                "fielded_on",
                "tie",
                "respondents",
                "rc_index",
                "suppressed",
                "band",
            ]
        )
    scores = wave_scores(con, list(listed["id"]))
    frame = scores.merge(
        listed[["id", "name", "fielded_on"]], left_on="wave_id", right_on="id"
    ).sort_values(["fielded_on", "tie"])
    return frame[
        ["wave_id", "name", "fielded_on", "tie", "respondents", "rc_index", "suppressed", "band"]
    ].reset_index(drop=True)


def profile(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """The 7-dimension profile of a wave: dimension, tie ('all', 'within', 'between'), mean,
    respondents, suppressed, band — in the order of seed 004."""
    scores = wave_scores(con, [wave_id])
    long = scores.melt(
        id_vars=["tie", "respondents", "suppressed"],
        value_vars=list(DIMENSIONS),
        var_name="dimension",
        value_name="mean",
    )
    weak, strong = band_limits(con)
    long["band"] = long["mean"].map(lambda v: band(v, weak, strong))
    long["dimension"] = pd.Categorical(long["dimension"], categories=DIMENSIONS, ordered=True)
    long = long.sort_values(["dimension", "tie"]).reset_index(drop=True)
    long["dimension"] = long["dimension"].astype(str)
    return long[["dimension", "tie", "mean", "respondents", "suppressed", "band"]]


def cronbach_alpha(con: duckdb.DuckDBPyConnection, wave_id: str) -> float:
    """Cronbach's alpha over the wave's rows with all 7 items:
    k/(k−1)·(1 − Σ item variances / variance of the row sums), sample variances, k = 7.
    NaN with fewer than 2 complete rows or no variance in the sums."""
    item_vars = " + ".join(f"var_samp({d})" for d in DIMENSIONS)
    n, items, total = con.execute(
        f"""
        SELECT count(*), {item_vars}, var_samp({_ITEM_SUM})
        FROM rc_response WHERE wave_id = $wave AND {_ALL_ITEMS}
        """,
        {"wave": wave_id},
    ).fetchall()[0]
    if n < 2 or not total:
        return float("nan")
    k = len(DIMENSIONS)
    return k / (k - 1) * (1 - items / total)


def summary(con: duckdb.DuckDBPyConnection, wave_id: str) -> dict:
    """The wave's headline: respondents, answers, complete, groups, pairs, shown_pairs,
    hidden_pairs, rc_index (all ties), within, between (rc_index per tie; None when suppressed),
    alpha."""
    scores = wave_scores(con, [wave_id]).set_index("tie")
    pairs = pair_scores(con, wave_id)
    respondents, answers, complete, groups = con.execute(
        f"""
        SELECT count(DISTINCT respondent), count(*), count(row_mean),
               (SELECT count(*) FROM rc_group WHERE wave_id = $wave)
        FROM ({_ANSWERS_SQL}) a WHERE wave_id = $wave
        """,
        {"wave": wave_id},
    ).fetchall()[0]

    def index(tie: str) -> float | None:
        value = scores["rc_index"].get(tie)
        return None if value is None or pd.isna(value) else float(value)

    return {
        "respondents": respondents,
        "answers": answers,
        "complete": complete,
        "groups": groups,
        "pairs": len(pairs),
        "shown_pairs": int((~pairs["suppressed"]).sum()),
        "hidden_pairs": int(pairs["suppressed"].sum()),
        "rc_index": index("all"),
        "within": index("within"),
        "between": index("between"),
        "alpha": cronbach_alpha(con, wave_id),
    }


# --- Bootstrap -----------------------------------------------------------------------------------
def _resample(
    sums: np.ndarray, sizes: np.ndarray, units: np.ndarray, rng: np.random.Generator, reps: int
) -> np.ndarray:
    """`reps` bootstrap values of Σsum/Σsize over n = Σunits respondents drawn with replacement,
    where units[i] respondents each carry (sums[i], sizes[i])."""
    n = int(units.sum())
    draws = rng.multinomial(n, units / n, size=reps)
    return (draws @ sums) / np.maximum(draws @ sizes, 1)


def _interval(values: np.ndarray) -> tuple[float, float]:
    low, high = np.percentile(values, [2.5, 97.5])
    return float(low), float(high)


def _pair_units(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """from_group, to_group, item_sum, units: how many complete answers of a pair have each
    7-item sum (the rc_index of a pair is the mean of item_sum / 7 over them)."""
    return con.execute(
        f"""
        SELECT from_group, to_group, {_ITEM_SUM} AS item_sum, count(*) AS units
        FROM rc_response WHERE wave_id = $wave AND {_ALL_ITEMS}
        GROUP BY ALL ORDER BY ALL
        """,
        {"wave": wave_id},
    ).df()


def _pair_draws(
    units: pd.DataFrame, pairs: list[tuple[str, str]], rng: np.random.Generator, reps: int
) -> np.ndarray:
    """reps × len(pairs) bootstrap rc_index values, one column per pair, in the given order."""
    out = np.empty((reps, len(pairs)))
    grouped = dict(tuple(units.groupby(["from_group", "to_group"], sort=False)))
    for j, pair in enumerate(pairs):
        g = grouped[pair]
        sums = g["item_sum"].to_numpy(float) / len(DIMENSIONS)
        out[:, j] = _resample(sums, np.ones(len(g)), g["units"].to_numpy(float), rng, reps)
    return out


def _ordered(con: duckdb.DuckDBPyConnection, wave_a: str, wave_b: str) -> tuple[dict, dict]:
    """The two waves (id, fielded_on), earlier first."""
    rows = con.execute(
        "SELECT id, fielded_on FROM rc_wave WHERE list_contains($ids, id) ORDER BY fielded_on, id",
        {"ids": [wave_a, wave_b]},
    ).fetchall()
    if len(rows) != 2:
        raise ValueError(RcMsg.WAVES_MISSING.format(a=wave_a, b=wave_b))
    return (
        {"id": rows[0][0], "fielded_on": rows[0][1]},
        {"id": rows[1][0], "fielded_on": rows[1][1]},
    )


def _before_after(con: duckdb.DuckDBPyConnection, first: dict, second: dict) -> pd.DataFrame:
    """Directed pairs scored in both waves: from_group, to_group, respondents_before,
    respondents_after, before, after (rc_index), change, suppressed (in either wave)."""
    before = pair_scores(con, first["id"])
    after = pair_scores(con, second["id"])
    both = before.merge(after, on=["from_group", "to_group"], suffixes=("_before", "_after"))
    frame = both[["from_group", "to_group", "respondents_before", "respondents_after"]].copy()
    frame["before"] = both["rc_index_before"]
    frame["after"] = both["rc_index_after"]
    frame["change"] = frame["after"] - frame["before"]
    frame["suppressed"] = both["suppressed_before"] | both["suppressed_after"]
    return frame


def _change_draws(
    con: duckdb.DuckDBPyConnection,
    first: dict,
    second: dict,
    pairs: list[tuple[str, str]],
    rng: np.random.Generator,
    reps: int,
) -> np.ndarray:
    """reps × len(pairs) bootstrap changes in rc_index (respondents resampled in both waves)."""
    if not pairs:
        return np.zeros((reps, 0))
    after = _pair_draws(_pair_units(con, second["id"]), pairs, rng, reps)
    return after - _pair_draws(_pair_units(con, first["id"]), pairs, rng, reps)


def _clear(frame: pd.DataFrame) -> pd.DataFrame:
    """`clear`: the 95 % interval lies wholly above or below 0."""
    frame["clear"] = (frame["low"] > 0) | (frame["high"] < 0)
    return frame


def pair_change(
    con: duckdb.DuckDBPyConnection,
    wave_a: str,
    wave_b: str,
    *,
    reps: int = BOOT_REPS,
    seed: int = SEED,
) -> pd.DataFrame:
    """Per directed pair present in both waves: from_group, to_group, respondents_before,
    respondents_after, before, after (rc_index), change, suppressed (in either wave: no
    scores), low, high (95 % bootstrap interval of the change), clear (it excludes 0).
    `wave_a`/`wave_b` in any order: the earlier one is 'before'."""
    first, second = _ordered(con, wave_a, wave_b)
    frame = _before_after(con, first, second)
    scored = frame["change"].notna()
    pairs = list(zip(frame["from_group"][scored], frame["to_group"][scored], strict=True))
    draws = _change_draws(con, first, second, pairs, np.random.default_rng(seed), reps)
    frame["low"] = frame["high"] = np.nan
    if pairs:
        low, high = np.percentile(draws, [2.5, 97.5], axis=0)
        frame.loc[scored, "low"], frame.loc[scored, "high"] = low, high
    return _clear(frame)


def _dimension_units(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """dimension, item_sum, items, units: per respondent, the sum and number of their answers on
    a dimension (over every shown group they rated), counted by distinct (sum, number).
    'rc_index' counts each complete answer's 7-item sum as 7 items."""
    dims = ", ".join(DIMENSIONS)
    return con.execute(
        f"""
        WITH {_USED_SQL},
        long AS (
            UNPIVOT (SELECT respondent, {dims}, item_sum FROM shown)
            ON {dims}, item_sum INTO NAME dimension VALUE score
        ),
        per AS (  -- an answer's 7-item sum counts as 7 items: Σ sums / Σ items is exact
            SELECT CASE dimension WHEN 'item_sum' THEN 'rc_index' ELSE dimension END AS dimension,
                   respondent, sum(score) AS item_sum,
                   sum(CASE dimension WHEN 'item_sum' THEN 7 ELSE 1 END) AS items
            FROM long GROUP BY ALL
        )
        SELECT dimension, item_sum, items, count(*) AS units FROM per GROUP BY ALL ORDER BY ALL
        """,
        {"min": min_respondents(con), "waves": [wave_id]},
    ).df()


def dimension_change(
    con: duckdb.DuckDBPyConnection,
    wave_a: str,
    wave_b: str,
    *,
    reps: int = BOOT_REPS,
    seed: int = SEED,
    dimensions: tuple[str, ...] = SCORES,
) -> pd.DataFrame:
    """Per dimension (and 'rc_index'): dimension, before, after, change, low, high (95 %
    bootstrap interval over respondents), clear — over all answers of each wave. Scores are
    empty when either wave has fewer respondents than the threshold. `dimensions`: the rows
    wanted (the overview wants the index only); each dimension's draws have their own seed, so
    a row is the same however many are asked for."""
    first, second = _ordered(con, wave_a, wave_b)
    rows = []
    units = {w["id"]: _dimension_units(con, w["id"]) for w in (first, second)}
    overall = _scores(con, [first["id"], second["id"]], {"wave_id": "wave_id"})
    hidden = len(overall) < 2 or bool(overall["suppressed"].any())
    for dimension in dimensions:
        rng = np.random.default_rng([seed, SCORES.index(dimension)])
        values = []
        for w in (first, second):
            u = units[w["id"]]
            u = u[u["dimension"] == dimension]
            values.append(
                (
                    u["item_sum"].to_numpy(float),
                    u["items"].to_numpy(float),
                    u["units"].to_numpy(float),
                )
            )
        if hidden or any(len(v[0]) == 0 for v in values):
            rows.append((dimension, np.nan, np.nan, np.nan, np.nan, np.nan))
            continue
        means = [v[0] @ v[2] / (v[1] @ v[2]) for v in values]
        draws = _resample(*values[1], rng, reps) - _resample(*values[0], rng, reps)
        rows.append((dimension, means[0], means[1], means[1] - means[0], *_interval(draws)))
    return _clear(
        pd.DataFrame(rows, columns=["dimension", "before", "after", "change", "low", "high"])
    )


# --- The network effect --------------------------------------------------------------------------
def effect_pairs(
    con: duckdb.DuckDBPyConnection,
    wave_a: str,
    wave_b: str,
    *,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """The pairs the network effect compares: directed pairs of groups that are two different
    departments in both waves (group → department mapping of `rc_group`), scored in both:
    from_group, to_group, from_department, to_department (names), networks (how many networks
    running between the waves had employee members from both departments), shared (networks ≥ 1),
    before, after, change, suppressed. Suppressed pairs are listed without scores and left out
    of the comparison."""
    first, second = _ordered(con, wave_a, wave_b)
    mapping = con.execute(
        """
        SELECT a.name, a.department_id, d.name AS department
        FROM rc_group a JOIN department d ON d.id = a.department_id
        JOIN rc_group b
          ON b.wave_id = $second AND b.name = a.name AND b.department_id = a.department_id
        WHERE a.wave_id = $first
        """,
        {"first": first["id"], "second": second["id"]},
    ).df()
    department = dict(zip(mapping["name"], mapping["department_id"], strict=True))
    department_name = dict(zip(mapping["department_id"], mapping["department"], strict=True))
    change = _before_after(con, first, second)
    change["from_department"] = change["from_group"].map(department)
    change["to_department"] = change["to_group"].map(department)
    change = change[
        change["from_department"].notna()
        & change["to_department"].notna()
        & (change["from_department"] != change["to_department"])
    ].copy()
    shared = department_pairs(con, first["fielded_on"], second["fielded_on"], today=today)
    count = {}
    for a, b, n in shared[["department_a", "department_b", "networks"]].itertuples(index=False):
        count[(a, b)] = count[(b, a)] = int(n)
    keys = zip(change["from_department"], change["to_department"], strict=True)
    change["networks"] = [count.get(k, 0) for k in keys]
    change["shared"] = change["networks"] > 0
    for side in ("from_department", "to_department"):
        change[side] = change[side].map(department_name)
    columns = [
        "from_group",
        "to_group",
        "from_department",
        "to_department",
        "networks",
        "shared",
        "before",
        "after",
        "change",
        "suppressed",
    ]
    return change[columns].reset_index(drop=True)


def network_effect(
    con: duckdb.DuckDBPyConnection,
    wave_a: str,
    wave_b: str,
    *,
    today: dt.date | None = None,
    reps: int = BOOT_REPS,
    seed: int = SEED,
) -> pd.DataFrame:
    """Did departments that shared a network between two waves come to coordinate better than
    those that did not? category ('shared', 'not_shared', 'difference'), pairs, mean_change,
    low, high (95 % interval), clear.

    mean_change = the mean over the category's pairs (from `effect_pairs`, unsuppressed) of their
    change in rc_index; 'difference' = shared − not_shared. The interval is a two-level bootstrap:
    each resample draws the category's pairs with replacement and, for each drawn pair, its
    respondents with replacement in both waves — so it reflects both how much pairs differ and
    how few answers a pair rests on."""
    first, second = _ordered(con, wave_a, wave_b)
    pairs = effect_pairs(con, first["id"], second["id"], today=today)
    pairs = pairs[pairs["change"].notna()]
    rng = np.random.default_rng(seed)
    keys = list(zip(pairs["from_group"], pairs["to_group"], strict=True))
    draws = _change_draws(con, first, second, keys, rng, reps)
    shared = pairs["shared"].to_numpy(bool)
    rows, boot = [], {}
    for category, mask in (("shared", shared), ("not_shared", ~shared)):
        sub = draws[:, mask]
        n = sub.shape[1]
        if n == 0:
            rows.append((category, 0, np.nan, np.nan, np.nan))
            continue
        pick = rng.integers(0, n, size=(reps, n))
        boot[category] = np.take_along_axis(sub, pick, axis=1).mean(axis=1)
        mean = float(pairs["change"][mask].mean())
        rows.append((category, n, mean, *_interval(boot[category])))
    if len(boot) == 2:
        mean = rows[0][2] - rows[1][2]
        rows.append(
            (
                "difference",
                rows[0][1] + rows[1][1],
                mean,
                *_interval(boot["shared"] - boot["not_shared"]),
            )
        )
    else:
        rows.append(("difference", rows[0][1] + rows[1][1], np.nan, np.nan, np.nan))
    return _clear(pd.DataFrame(rows, columns=["category", "pairs", "mean_change", "low", "high"]))


def verdict(effect: pd.DataFrame) -> str:
    """'more' (shared pairs improved clearly more), 'less' (clearly less), 'unclear' (the
    difference's interval includes 0) or 'none' (a category has no pairs)."""
    row = effect.set_index("category").loc["difference"]
    if pd.isna(row["mean_change"]):
        return "none"
    if not row["clear"]:
        return "unclear"
    return "more" if row["mean_change"] > 0 else "less"


def effect_text(
    con: duckdb.DuckDBPyConnection,
    wave_a: str,
    wave_b: str,
    *,
    today: dt.date | None = None,
) -> tuple[str, str]:
    """The network effect between two waves said in Danish: (verdict, sentence) — the RC page's
    answer and the meeting's learning block (markdown: the answer in bold)."""
    first, second = _ordered(con, wave_a, wave_b)
    effect = network_effect(con, first["id"], second["id"], today=today)
    names = dict(
        con.execute(
            "SELECT id, name FROM rc_wave WHERE list_contains($ids, id)",
            {"ids": [first["id"], second["id"]]},
        ).fetchall()
    )
    rows = effect.set_index("category")
    sign = {c: fmt_number(rows.loc[c, "mean_change"], 2, signed=True) for c in rows.index}
    said = verdict(effect)
    return said, RcMsg.EFFECT[said].format(
        before=names[first["id"]],
        after=names[second["id"]],
        shared=sign["shared"],
        other=sign["not_shared"],
        diff=sign["difference"],
        n_shared=fmt_count(int(rows.loc["shared", "pairs"]), "par", "par"),
        n_other=fmt_count(int(rows.loc["not_shared", "pairs"]), "par", "par"),
        low=fmt_number(rows.loc["difference", "low"], 2, signed=True),
        high=fmt_number(rows.loc["difference", "high"], 2, signed=True),
    )
