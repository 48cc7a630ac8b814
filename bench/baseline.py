"""Plain-pandas baselines of the analytics contract (issue 17, "analytics at the limit of the
engine"): each product function (DuckDB SQL) beside the same rules written as a competent
analyst would write them in pandas — whole tables read with `SELECT * FROM <table>`, then every
join, filter and grouping vectorised in pandas — returning the same result.

`CASES` pairs each product function (`fast`) with its baseline (`pandas`), both called with the
arguments a page uses on a given day; `same` tells whether two results agree. The Danish texts
of the findings come from `data.labels`, as the product's do: only the computing is redone.
Measurements, not tests (bench/, DESIGN.md §3); tests/test_baseline.py checks the agreement.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

from analytics import flower, load, meeting, overview, people, portfolio, rc, rules, trends
from analytics.load import LOOKAHEAD_WEEKS
from data.calendar import (
    half_years,
    load_window,
    monday,
    period_label,
    period_start,
)
from data.labels import (
    NO_RECEIVER,
    Finding,
)
from data.schema import (
    DECISION_KINDS,
    NETWORK_TYPES,
    RC_DIMENSIONS,
    RULE_SEVERITIES,
    SEVERITY_CHOICES,
    SOCIETY_KINDS,
    THEME_CRITERIA,
)
from data.settings import DEFAULT_SETTINGS, Settings, typed

DAY = pd.Timedelta(days=1)
MEMBER_ROLES = ("network_leader", "co_driver", "participant")
LEADING_ROLES = ("network_leader", "co_driver")


def table(con: duckdb.DuckDBPyConnection, name: str) -> pd.DataFrame:
    """A whole table as pandas reads it: the only SQL a baseline runs (`name` is one of ours)."""
    return con.execute(f"SELECT * FROM {name}").df()


def settings(con: duckdb.DuckDBPyConnection) -> Settings:
    """The typed settings from the whole `setting` table (the reading of data.settings)."""
    rows = table(con, "setting")
    raw = {**DEFAULT_SETTINGS, **dict(zip(rows["key"], rows["value"], strict=True))}
    severity = {
        rule: raw[f"severity_{rule}"]
        if raw.get(f"severity_{rule}") in SEVERITY_CHOICES
        else default
        for rule, default in RULE_SEVERITIES.items()
    }
    return Settings(**typed(raw), severity=severity)


def _ts(day) -> pd.Timestamp:
    return pd.Timestamp(day)


def _later(a: pd.Series, b: pd.Series) -> pd.Series:
    """Elementwise the later of two date columns (a missing one gives the other)."""
    return a.where(a >= b, b).fillna(a)


def _earlier(a: pd.Series, b: pd.Series) -> pd.Series:
    """Elementwise the earlier of two date columns (a missing one gives the other)."""
    return a.where(a <= b, b).fillna(a)


def _run_end(networks: pd.DataFrame, today: pd.Timestamp) -> pd.Series:
    """The last day a network runs: end_date, or today while it has none, never past today."""
    return networks["end_date"].fillna(today).clip(upper=today)


# --- rule_findings ---------------------------------------------------------------------------
class _Rules:
    """The NS3 checks of DESIGN.md §6 over the tables read once; each finds the rows the
    product's query finds (the same columns), which `analytics.rules.SAYINGS` then says."""

    def __init__(self, con: duckdb.DuckDBPyConnection, today: dt.date):
        self.s = settings(con)
        self.p = rules.Judging(self.s, today)
        self.today = _ts(today)
        self.network = table(con, "network")
        self.roles = table(con, "role_assignment")
        self.person = table(con, "person")
        self.department = table(con, "department")
        self.solution = table(con, "solution")
        n = self.network
        self.judged = n[(n["generation"] == "NS3") & (n["start_date"] >= _ts(self.s.rules_from))]
        started = self.judged[self.judged["start_date"] <= self.today]
        self.started = started.assign(run_to=_run_end(started, self.today))

    # Half-year rules
    def _counts(self) -> pd.DataFrame:
        halves = half_years(self.s.rules_from, self.today.date())
        started = self.judged[self.judged["start_date"] <= self.today]
        start = started["start_date"]
        half = start.dt.year.astype(str) + np.where(start.dt.month <= 6, "H1", "H2")
        counts = pd.crosstab(half, started["type"]).reindex(index=halves, fill_value=0)
        counts = counts.reindex(columns=list(NETWORK_TYPES), fill_value=0)
        return counts.assign(total=counts.sum(axis=1))

    def starts_per_half_year(self):
        return self._counts().rename_axis("half_year").reset_index()

    learning_per_half_year = welfare_per_half_year = starts_per_half_year

    def innovation_concurrency(self) -> pd.DataFrame:
        """A sweep over the days the running count changes: +1 on a start, -1 the day after
        a run's end; episodes are the consecutive stretches above the maximum."""
        inno = self.started[self.started["type"] == "innovation"]
        inno = inno[inno["run_to"] >= inno["start_date"]]
        limit = self.s.innovation_max_running
        events = pd.concat(
            [
                pd.Series(1, index=inno["start_date"].to_numpy()),
                pd.Series(-1, index=(inno["run_to"] + DAY).to_numpy()),
            ]
        )
        steps = events.groupby(level=0).sum().cumsum()
        segments = pd.DataFrame(
            {
                "first": steps.index[:-1],
                "last": steps.index[1:] - DAY,
                "running": steps.to_numpy()[:-1],
            }
        )
        crowded = segments["running"] > limit
        segments["episode"] = (crowded != crowded.shift()).cumsum()
        episodes = (
            segments[crowded]
            .groupby("episode")
            .agg(first=("first", "min"), last=("last", "max"), peak=("running", "max"))
        )
        on_first = episodes.reset_index().merge(inno, how="cross")
        on_first = on_first[
            (on_first["start_date"] <= on_first["first"])
            & (on_first["first"] <= on_first["run_to"])
        ].sort_values(["first", "start_date", "id"])
        crowd = on_first.groupby("first").agg(ids=("id", list), names=("name", list))
        episodes = episodes.set_index("first").join(crowd).reset_index()
        return episodes.rename(columns={"first": "first_day", "last": "last_day"})

    # Role counts on today
    def _role_count(self, role: str) -> pd.DataFrame:
        running = self.started[self.started["run_to"] == self.today]
        held = self.roles[self.roles["role"] == role].merge(
            running[["id", "end_date"]], left_on="network_id", right_on="id"
        )
        held["to_date"] = held["to_date"].fillna(held["end_date"])
        held = held.merge(self.person[["id", "name"]], left_on="person_id", right_on="id")
        now = (held["from_date"] <= self.today) & (held["to_date"].fillna(self.today) >= self.today)
        current = held[now].sort_values("name")
        per = pd.DataFrame(
            {
                "holders": current.groupby("network_id").size(),
                "names": current.groupby("network_id")["name"].agg(", ".join),
                "last_came": current.groupby("network_id")["from_date"].max(),
                "last_left": held[held["to_date"] < self.today]
                .groupby("network_id")["to_date"]
                .max(),
            }
        )
        frame = running.join(per, on="id")
        frame["holders"] = frame["holders"].fillna(0).astype(int)
        return (
            frame[frame["holders"] != 1]
            .sort_values("id")
            .rename(columns={"start_date": "run_from"})
        )

    def network_leader_count(self):
        return self._role_count("network_leader")

    def reference_leader_count(self):
        return self._role_count("reference_leader")

    def leader_qualified(self) -> pd.DataFrame:
        nets = self.judged[self.judged["type"].isin(["welfare", "innovation"])]
        leaders = self.roles[self.roles["role"] == "network_leader"].merge(
            nets[["id", "name", "start_date"]], left_on="network_id", right_on="id"
        )
        leaders = leaders.merge(
            self.person[["id", "name", "leader_diploma_on"]].rename(
                columns={"id": "person_id", "name": "person"}
            ),
            on="person_id",
        )
        leaders["took_over"] = _later(leaders["start_date"], leaders["from_date"])
        leaders = leaders[leaders["took_over"] <= self.today].reset_index(drop=True)
        leaders["has_diploma"] = leaders["leader_diploma_on"] <= leaders["took_over"]
        earlier = self.roles[self.roles["role"].isin(LEADING_ROLES)].merge(
            self.network[["id", "start_date"]].rename(
                columns={"id": "other", "start_date": "other_start"}
            ),
            left_on="network_id",
            right_on="other",
        )[["person_id", "other", "other_start"]]
        pairs = leaders.reset_index().merge(earlier, on="person_id")
        pairs = pairs[(pairs["other"] != pairs["id"]) & (pairs["other_start"] < pairs["took_over"])]
        leaders["has_experience"] = leaders.index.isin(pairs["index"])
        frame = leaders[~(leaders["has_diploma"] & leaders["has_experience"])]
        frame = frame.sort_values(["took_over", "id"])
        return frame

    def reference_leader_level(self) -> pd.DataFrame:
        refs = self.roles[self.roles["role"] == "reference_leader"].merge(
            self.started[["id", "name", "type", "start_date"]], left_on="network_id", right_on="id"
        )
        refs = refs[refs["from_date"] <= refs["start_date"]].merge(
            self.person[["id", "name", "in_chefforum", "is_director"]].rename(
                columns={"id": "person_id", "name": "person"}
            ),
            on="person_id",
        )
        innovation = refs["type"] == "innovation"
        wrong = np.where(innovation, ~refs["is_director"], ~refs["in_chefforum"])
        frame = refs[wrong].sort_values(["start_date", "id"])
        return frame

    def leader_concurrency(self) -> pd.DataFrame:
        nets = self.network[self.network["start_date"] <= self.today]
        led = self.roles[self.roles["role"] == "network_leader"].merge(
            nets[["id", "name", "start_date", "end_date"]], left_on="network_id", right_on="id"
        )
        led["f"] = led["from_date"]
        led["t"] = led["to_date"].fillna(led["end_date"]).fillna(self.today).clip(upper=self.today)
        led = led[["id", "name", "start_date", "person_id", "f", "t"]]
        pairs = led.merge(led, on="person_id", suffixes=("_a", "_b"))
        earlier = (pairs["start_date_a"] < pairs["start_date_b"]) | (
            (pairs["start_date_a"] == pairs["start_date_b"]) & (pairs["id_a"] < pairs["id_b"])
        )
        overlap = (pairs["f_a"] <= pairs["t_b"]) & (pairs["f_b"] <= pairs["t_a"])
        pairs = pairs[
            (pairs["id_a"] != pairs["id_b"])
            & earlier
            & overlap
            & pairs["id_b"].isin(self.judged["id"])
        ]
        pairs = pairs.merge(
            self.person[["id", "name"]].rename(columns={"id": "person_id", "name": "person"}),
            on="person_id",
        )
        pairs["first_day"] = _later(pairs["f_a"], pairs["f_b"])
        pairs["last_day"] = _earlier(pairs["t_a"], pairs["t_b"])
        frame = (
            pairs.groupby(["id_b", "name_b", "name_a", "person"], as_index=False)
            .agg(first_day=("first_day", "min"), last_day=("last_day", "max"))
            .rename(columns={"id_b": "id", "name_b": "name", "name_a": "other"})
            .sort_values(["first_day", "id"])
        )
        return frame

    def cross_cutting(self) -> pd.DataFrame:
        employees = self.person[
            (self.person["kind"] == "employee") & self.person["department_id"].notna()
        ]
        members = self.roles[self.roles["role"].isin(MEMBER_ROLES)].merge(
            employees[["id", "department_id"]], left_on="person_id", right_on="id"
        )
        members = members.merge(
            self.department[["id", "name"]].rename(columns={"id": "department_id"}),
            on="department_id",
            how="left",
        )
        per = members.groupby("network_id").agg(
            departments=("department_id", "nunique"), department=("name", "min")
        )
        frame = self.started.join(per, on="id")
        frame["departments"] = frame["departments"].fillna(0).astype(int)
        frame = frame[frame["departments"] < 2].sort_values(["start_date", "id"])
        return frame

    def co_driver(self) -> pd.DataFrame:
        with_co = self.roles.loc[self.roles["role"] == "co_driver", "network_id"]
        frame = self.started[~self.started["id"].isin(with_co)].sort_values(["start_date", "id"])
        return frame

    def political_link(self) -> pd.DataFrame:
        n = self.started
        wrong = ((n["type"] == "innovation") & (n["political_link"] == "fagudvalg")) | (
            (n["type"] == "welfare") & (n["political_link"] == "innovationsudvalg")
        )
        frame = n[wrong].sort_values(["start_date", "id"])
        return frame

    def solution_on_shelf(self) -> pd.DataFrame:
        shelf = self.s.shelf_days
        s = self.solution.merge(
            self.judged[["id", "name"]].rename(columns={"id": "network_id"}), on="network_id"
        )
        s["since"] = s["status_on"].fillna(s["handed_over_on"])
        s["waited"] = (self.today - s["since"]).dt.days
        s = s[(s["status"] == "handed_over") & (s["waited"] > shelf)]
        names = self.department.set_index("id")["name"]
        s["department"] = s["receiving_department_id"].map(names).fillna(Finding.NO_RECEIVER)
        s = s.assign(broke=s["since"] + pd.Timedelta(days=shelf + 1)).sort_values(["since", "id"])
        frame = s.rename(columns={"id": "solution_id", "network_id": "id"})
        return frame


def rule_findings(con: duckdb.DuckDBPyConnection, *, today: dt.date) -> pd.DataFrame:
    """analytics.rules.rule_findings in pandas: every rule of DESIGN.md §6 whose severity is not
    off, the rows found in pandas, said and ordered by the product's `SAYINGS` and `assemble`."""
    checks = _Rules(con, today)
    found = {
        r: rules.SAYINGS[r](getattr(checks, r)(), checks.p) for r in rules.judged_rules(checks.p)
    }
    return rules.assemble(found, checks.p)


# --- Load ------------------------------------------------------------------------------------
def _load(con: duckdb.DuckDBPyConnection, start: dt.date, end: dt.date) -> pd.DataFrame:
    """week_start, person_id, network_id, role, hours — the load model of DESIGN.md §6 for the
    ISO weeks touching [start, end]: each role × phase span cut into its weeks, the weekdays of
    each week counted."""
    first = _ts(start) - pd.Timedelta(days=start.weekday())
    last = _ts(end) + pd.Timedelta(days=6 - end.weekday())
    network = table(con, "network")
    phase = table(con, "phase")
    template = table(con, "phase_template")
    hours = table(con, "role_hours")
    roles = table(con, "role_assignment").merge(
        network[["id", "start_date", "end_date", "planned_end"]],
        left_on="network_id",
        right_on="id",
    )
    # A network without phases of its own gets its type's template from its start week's Monday.
    bare = network[~network["id"].isin(phase["network_id"])]
    bare = bare.assign(
        week0=bare["start_date"] - pd.to_timedelta(bare["start_date"].dt.weekday, "D")
    )
    planned = bare.merge(template, left_on="type", right_on="network_type")
    planned = pd.DataFrame(
        {
            "network_id": planned["id"],
            "start_date": planned["week0"] + pd.to_timedelta(planned["offset_weeks"] * 7, "D"),
            "end_date": planned["week0"]
            + pd.to_timedelta((planned["offset_weeks"] + planned["duration_weeks"]) * 7 - 1, "D"),
            "intensity": planned["intensity"],
        }
    )
    phases = pd.concat([phase[planned.columns], planned], ignore_index=True)
    # A role's days: from its from_date to its to_date, the network's end, its planned end.
    roles["r_from"] = roles["from_date"].fillna(roles["start_date"])
    roles["r_to"] = roles["to_date"].fillna(roles["end_date"]).fillna(roles["planned_end"])
    spans = roles[["network_id", "person_id", "role", "r_from", "r_to"]].merge(
        phases.rename(columns={"start_date": "p_from", "end_date": "p_to"}), on="network_id"
    )
    spans = spans.merge(hours[hours["hours_per_week"] > 0], on=["intensity", "role"])
    spans["d0"] = _later(spans["r_from"], spans["p_from"]).clip(lower=first)
    spans["d1"] = _earlier(spans["p_to"], spans["r_to"]).clip(upper=last)
    spans = spans[spans["d0"] <= spans["d1"]].reset_index(drop=True)
    # One row per span and ISO week it touches.
    monday0 = spans["d0"] - pd.to_timedelta(spans["d0"].dt.weekday, "D")
    weeks = ((spans["d1"] - monday0).dt.days // 7 + 1).to_numpy()
    at = np.repeat(np.arange(len(spans)), weeks)
    nth = np.arange(len(at)) - np.repeat(np.cumsum(weeks) - weeks, weeks)
    rows = spans.iloc[at].reset_index(drop=True)
    rows["week_start"] = monday0.iloc[at].to_numpy() + pd.to_timedelta(nth * 7, "D")
    lo = _later(rows["d0"], rows["week_start"])
    hi = _earlier(rows["d1"], rows["week_start"] + pd.Timedelta(days=4))
    days = (hi - lo).dt.days + 1
    rows = rows.assign(hours=rows["hours_per_week"] * days / 5.0)[days > 0]
    keys = ["week_start", "person_id", "network_id", "role"]
    return rows.groupby(keys, as_index=False)["hours"].sum()


def weekly_load(con: duckdb.DuckDBPyConnection, start: dt.date, end: dt.date) -> pd.DataFrame:
    """analytics.load.weekly_load in pandas (no plan, no filters)."""
    return _load(con, start, end)


def person_weeks(con: duckdb.DuckDBPyConnection, start: dt.date, end: dt.date) -> pd.DataFrame:
    """analytics.load.person_weeks in pandas (no plan, no filters)."""
    weeks = _load(con, start, end).groupby(["week_start", "person_id"], as_index=False)["hours"]
    weeks = weeks.sum()
    weeks["over_threshold"] = weeks["hours"] > settings(con).load_threshold_hours
    return weeks


# --- Relational coordination -----------------------------------------------------------------
DIMENSIONS = list(RC_DIMENSIONS)
SCORES = [*DIMENSIONS, "rc_index"]


def _answers(con: duckdb.DuckDBPyConnection, wave_ids) -> pd.DataFrame:
    """The waves' answers (rows with at least one item), items as floats, item_sum and row_mean
    = the 7-item sum and mean of a complete row."""
    rows = table(con, "rc_response")
    rows = rows[rows["wave_id"].isin(wave_ids)]
    items = rows[DIMENSIONS].astype("float64")
    rows = rows.assign(**{d: items[d] for d in DIMENSIONS})
    rows["item_sum"] = items.sum(axis=1, min_count=7)
    rows["row_mean"] = rows["item_sum"] / 7.0
    return rows[items.notna().any(axis=1)]


def _shown(answers: pd.DataFrame, least: int) -> pd.DataFrame:
    """The answers of the pairs (per wave) with at least `least` respondents."""
    pair = answers.groupby(["wave_id", "from_group", "to_group"])["respondent"]
    return answers[pair.transform("nunique") >= least]


def _index(shown: pd.DataFrame, by: str) -> pd.Series:
    """The rc_index per `by` over the complete answers: Σ item_sum / 7n (analytics.rc)."""
    sums = shown.groupby(by)["item_sum"]
    return sums.sum(min_count=1) / (7.0 * sums.count())


def _rc_limits(con) -> tuple[int, float, float]:
    s = settings(con)
    return max(3, s.rc_min_respondents), s.rc_weak_below, s.rc_strong_above


def _scored(rated: pd.DataFrame, used: pd.DataFrame, keys: list[str], limits) -> pd.DataFrame:
    """The scores of `used` grouped by `keys`, one row per key of `rated`; hidden when small."""
    least, weak, strong = limits
    grouped = used.groupby(keys)
    agg = grouped[DIMENSIONS].mean()
    agg["respondents"] = grouped["respondent"].nunique()
    agg["complete"] = grouped["row_mean"].count()
    agg["rc_index"] = grouped["row_mean"].mean()
    out = rated[keys].drop_duplicates().join(agg, on=keys)
    out[["respondents", "complete"]] = out[["respondents", "complete"]].fillna(0).astype("int64")
    out["suppressed"] = out["respondents"] < least
    out.loc[out["suppressed"], SCORES] = np.nan
    index = out["rc_index"]
    out["band"] = np.where(
        index.isna(),
        None,
        np.where(index < weak, "weak", np.where(index <= strong, "moderate", "strong")),
    )
    out = out[[*keys, "respondents", "complete", *SCORES, "suppressed", "band"]]
    return out.sort_values(keys).reset_index(drop=True)


def pair_scores(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """analytics.rc.pair_scores in pandas: every answer, grouped by the directed pair."""
    answers = _answers(con, [wave_id])
    return _scored(answers, answers, ["from_group", "to_group"], _rc_limits(con))


def group_scores(con: duckdb.DuckDBPyConnection, wave_id: str) -> pd.DataFrame:
    """analytics.rc.group_scores in pandas: the answers of other groups about each group,
    those of pairs with too few respondents left out."""
    limits = _rc_limits(con)
    answers = _answers(con, [wave_id])
    size = answers.groupby(["from_group", "to_group"])["respondent"].transform("nunique")
    others = answers["from_group"] != answers["to_group"]
    used = answers[others & (size >= limits[0])]
    return _scored(answers[others], used, ["to_group"], limits)


def cronbach_alpha(con: duckdb.DuckDBPyConnection, wave_id: str) -> float:
    """analytics.rc.cronbach_alpha in pandas: over the wave's complete rows."""
    rows = table(con, "rc_response")
    items = rows.loc[rows["wave_id"] == wave_id, DIMENSIONS].astype("float64").dropna()
    total = items.sum(axis=1).var()
    if len(items) < 2 or not total:
        return float("nan")
    k = len(DIMENSIONS)
    return k / (k - 1) * (1 - items.var().sum() / total)


# --- Portfolio -------------------------------------------------------------------------------
def running_per_day(
    con: duckdb.DuckDBPyConnection, start: dt.date, end: dt.date, *, today: dt.date
) -> pd.DataFrame:
    """analytics.portfolio.running_per_day in pandas: on each day, the networks started by it
    less those whose run ended before it (sorted starts and ends, searched)."""
    now = _ts(today)
    network = table(con, "network")
    network = network.assign(run_to=_run_end(network, now))
    network = network[network["start_date"] <= network["run_to"]]
    days = pd.date_range(_ts(start), min(_ts(end), now), freq="D")
    parts = []
    for pos, kind in enumerate(NETWORK_TYPES):
        runs = network[network["type"] == kind]
        starts = np.sort(runs["start_date"].to_numpy(dtype="datetime64[ns]"))
        ends = np.sort(runs["run_to"].to_numpy(dtype="datetime64[ns]"))
        day_values = days.to_numpy()
        running = np.searchsorted(starts, day_values, "right") - np.searchsorted(
            ends, day_values, "left"
        )
        parts.append(pd.DataFrame({"day": days, "type": kind, "running": running, "pos": pos}))
    out = pd.concat(parts).sort_values(["day", "pos"], kind="stable")
    return out.drop(columns="pos").reset_index(drop=True)


def starts_per_half_year(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """analytics.portfolio.starts_per_half_year in pandas (every type, every department): the
    half-year of each start here, the grid of counts by the product's `starts_grid`."""
    network = table(con, "network")
    start = network["start_date"]
    network["half_year"] = start.dt.year.astype(str) + np.where(start.dt.month <= 6, "H1", "H2")
    return portfolio.starts_grid(network[["half_year", "type", "generation"]])


# --- The flower and the leader pool ----------------------------------------------------------
def petals(con: duckdb.DuckDBPyConnection, on: dt.date, *, today: dt.date) -> pd.DataFrame:
    """analytics.flower.petals in pandas: the networks running on `on` (a later day read as
    today) and their members on it."""
    now = _ts(today)
    day = min(_ts(on), now)
    network = table(con, "network")
    runs = network[(network["start_date"] <= day) & (day <= _run_end(network, now))]
    roles = table(con, "role_assignment")
    person = table(con, "person")
    members = roles[roles["role"].isin(MEMBER_ROLES)].merge(
        runs[["id", "start_date", "end_date"]], left_on="network_id", right_on="id"
    )
    since = members["from_date"].fillna(members["start_date"])
    until = members["to_date"].fillna(members["end_date"]).fillna(day)
    members = members[(since <= day) & (day <= until)].merge(
        person[["id", "name", "kind", "department_id"]].rename(columns={"id": "person_id"}),
        on="person_id",
    )
    leads = (
        members[members["role"] == "network_leader"]
        .drop_duplicates(["network_id", "person_id"])
        .sort_values(["name", "person_id"])
        .groupby("network_id")["name"]
        .agg(", ".join)
    )
    employees = members[members["kind"] == "employee"]
    society = members[members["kind"].isin(SOCIETY_KINDS)]
    out = runs[["id", "name", "type", "start_date", "end_date", "political_link"]].rename(
        columns={"id": "network_id"}
    )
    ids = out["network_id"]
    by = members.groupby("network_id")
    out["leader"] = ids.map(leads).fillna("")
    out["departments"] = ids.map(employees.groupby("network_id")["department_id"].unique())
    out["society"] = ids.map(society.groupby("network_id")["kind"].unique())
    for column in ("departments", "society"):
        out[column] = [sorted(v) if hasattr(v, "__len__") else [] for v in out[column]]
    out["members"] = ids.map(by["person_id"].nunique()).fillna(0).astype("int64")
    out["_type"] = out["type"].map(NETWORK_TYPES.index)
    out = out.sort_values(["_type", "start_date", "network_id"]).drop(columns="_type")
    return out.reset_index(drop=True)


def leader_pool(con: duckdb.DuckDBPyConnection, on: dt.date, *, today: dt.date) -> pd.DataFrame:
    """analytics.people.leader_pool in pandas."""
    day, now = _ts(on), _ts(today)
    person = table(con, "person")
    network = table(con, "network")
    led = table(con, "role_assignment")
    led = led[led["role"].isin(LEADING_ROLES)].merge(
        network[["id", "start_date", "end_date"]], left_on="network_id", right_on="id"
    )
    employees = person[person["kind"] == "employee"]
    first_led = led.groupby("person_id")["start_date"].min()
    qualified_from = pd.concat(
        [employees["leader_diploma_on"], employees["id"].map(first_led) + DAY], axis=1
    ).max(axis=1, skipna=False)
    qualified = (qualified_from <= day) & employees["leader_diploma_on"].notna()
    leading_roles = led[
        (led["role"] == "network_leader")
        & (led["start_date"] <= day)
        & (day <= _run_end(led, now))
        & (led["from_date"].fillna(led["start_date"]) <= day)
        & (day <= led["to_date"].fillna(led["end_date"]).fillna(day))
    ]
    in_pool = (
        (employees["leader_diploma_on"] <= day)
        | (employees["co_driver_trained_on"] <= day)
        | employees["id"].isin(led.loc[led["start_date"] <= day, "person_id"])
    )
    out = pd.DataFrame(
        {
            "person_id": employees["id"],
            "name": employees["name"],
            "department_id": employees["department_id"],
            "qualified": qualified,
            "leading": employees["id"].isin(leading_roles["person_id"]),
        }
    )[in_pool]
    out["free"] = out["qualified"] & ~out["leading"]
    return out.sort_values(["name", "person_id"]).reset_index(drop=True)


# --- Trends ----------------------------------------------------------------------------------
def _periods(first: pd.Timestamp, last: pd.Timestamp, grain: str) -> pd.DataFrame:
    """period_start, period: every `grain` period from the one holding `first` to `last`'s."""
    months = {"month": 1, "quarter": 3, "half_year": 6, "year": 12}[grain]
    starts = pd.date_range(_ts(period_start(first.date(), grain)), last, freq=f"{months}MS")
    return pd.DataFrame(
        {"period_start": starts, "period": [period_label(d.date(), grain) for d in starts]}
    )


def _period_of(periods: pd.DataFrame, days: pd.Series, first, last) -> pd.Series:
    """The period_start of each day inside [first, last] (NaT outside)."""
    starts = periods["period_start"].to_numpy()
    at = np.searchsorted(starts, days.to_numpy(dtype="datetime64[ns]"), "right") - 1
    found = pd.Series(starts[at.clip(0)], index=days.index)
    return found.where((days >= first) & (days <= last))


def series(
    con: duckdb.DuckDBPyConnection,
    measure: str,
    *,
    grain: str = "year",
    start: dt.date | None = None,
    end: dt.date | None = None,
    today: dt.date,
) -> pd.DataFrame:
    """analytics.trends.series in pandas (no breakdown, no filters) for `networks_started`
    (distinct networks by start_date in the period) and `rc_index` (the organisation-wide
    waves fielded in the period, their complete answers in shown pairs pooled)."""
    network = table(con, "network")
    first = _ts(start) if start else network["start_date"].min()
    last = _ts(end or today)
    periods = _periods(first, last, grain)
    if measure == "networks_started":
        started = network["start_date"]
        value = network.groupby(_period_of(periods, started, first, last))["id"].nunique()
        values = periods["period_start"].map(value).fillna(0).astype("int64")
    elif measure == "rc_index":
        waves = table(con, "rc_wave")
        waves = waves[waves["network_id"].isna()].set_index("id")["fielded_on"]
        shown = _shown(_answers(con, waves.index), _rc_limits(con)[0])
        fielded = shown["wave_id"].map(waves)
        value = _index(shown, _period_of(periods, fielded, first, last))
        values = periods["period_start"].map(value).astype(object)
        values = values.where(values.notna(), None)
    else:
        raise ValueError(f"no baseline for the measure {measure!r}")
    return pd.DataFrame(
        {
            "period_start": periods["period_start"].dt.date,
            "period": periods["period"],
            "group": "alle",
            "value": values,
        }
    )


# --- The overview and the meeting -------------------------------------------------------------
def _overloaded(con: duckdb.DuckDBPyConnection, today: dt.date) -> pd.DataFrame:
    """person_id, weeks_over, peak_hours — over the threshold in the 8 weeks from today's
    Monday (analytics.load.overloaded_people)."""
    first = monday(today)
    weeks = person_weeks(con, first, first + dt.timedelta(weeks=LOOKAHEAD_WEEKS, days=-1))
    over = weeks[weeks["over_threshold"]].groupby("person_id", as_index=False)
    return over.agg(weeks_over=("week_start", "nunique"), peak_hours=("hours", "max"))


def _shelf_reason(solution: pd.DataFrame, today: pd.Timestamp, shelf_days: int) -> pd.Series:
    """'on_shelf', 'waiting' (handed over more than `shelf_days` ago) or None (ns_shelf_reason)."""
    since = solution["status_on"].fillna(solution["handed_over_on"])
    waiting = (solution["status"] == "handed_over") & ((today - since).dt.days > shelf_days)
    reason = np.where(
        solution["status"] == "on_shelf", "on_shelf", np.where(waiting, "waiting", None)
    )
    return pd.Series(reason, index=solution.index)


def kpis(con: duckdb.DuckDBPyConnection, *, today: dt.date) -> dict:
    """analytics.overview.kpis in pandas."""
    s, now = settings(con), _ts(today)
    running = running_per_day(con, today, today, today=today)
    running = dict(zip(running["type"], running["running"].astype(int), strict=True))
    network = table(con, "network")
    judged = network[
        (network["generation"] == "NS3") & (network["start_date"] >= _ts(s.rules_from))
    ]
    start = judged["start_date"]
    this_half = (start.dt.year == now.year) & ((start.dt.month <= 6) == (now.month <= 6))
    solution = table(con, "solution")
    waves = table(con, "rc_wave")
    waves = waves[waves["network_id"].isna() & (waves["fielded_on"] <= now)]
    latest = waves.sort_values(["fielded_on", "id"], ascending=False)["id"].head(2).tolist()
    index = _index(_shown(_answers(con, latest), _rc_limits(con)[0]), "wave_id")
    rc_index, rc_previous = [
        float(index[w]) if w in index and pd.notna(index[w]) else None
        for w in [*latest, None, None][:2]
    ]
    return {
        "running": running,
        "starts_half_year": int((this_half & (start <= now)).sum()),
        "starts_band": (s.starts_min, s.starts_max),
        "innovation_running": running["innovation"],
        "innovation_max": s.innovation_max_running,
        "overloaded_people": len(_overloaded(con, today)),
        "rc_index": rc_index,
        "rc_previous": rc_previous,
        "solutions_implemented": int((solution["status"] == "implemented").sum()),
        "solutions_on_shelf": int(_shelf_reason(solution, now, s.shelf_days).notna().sum()),
    }


def _decision(kind: str, rows: pd.DataFrame, today: dt.date, **extra) -> pd.DataFrame:
    """The decisions of `kind` about `rows` (id, subject, and what the kind's text needs),
    said by the product's `meeting.decision_messages`."""
    return pd.DataFrame(
        {
            "kind": kind,
            "subject_id": rows["id"].to_numpy(),
            "message": meeting.decision_messages(kind, rows, today=today, **extra),
            "subject": rows["subject"].to_numpy(),
        }
    )


def decisions(con: duckdb.DuckDBPyConnection, *, today: dt.date) -> pd.DataFrame:
    """analytics.meeting.decisions in pandas: themes to qualify and to prioritise, networks
    running today without a network or reference leader covering today, people overloaded in
    the 8 weeks ahead, solutions on the shelf and handed over to no department."""
    s, now = settings(con), _ts(today)
    parts = []
    theme = table(con, "theme")
    theme["score"] = theme[list(THEME_CRITERIA)].sum(axis=1, min_count=len(THEME_CRITERIA))
    theme = theme.rename(columns={"title": "subject"})
    for status, kind in (("proposed", "theme_to_qualify"), ("qualified", "theme_to_prioritise")):
        parts.append(_decision(kind, theme[theme["status"] == status], today))
    network = table(con, "network")
    runs = network[(network["start_date"] <= now) & (now <= _run_end(network, now))]
    roles = table(con, "role_assignment").merge(
        runs[["id", "start_date", "end_date"]], left_on="network_id", right_on="id"
    )
    covers = (roles["from_date"].fillna(roles["start_date"]) <= now) & (
        now <= roles["to_date"].fillna(roles["end_date"]).fillna(now)
    )
    runs = runs.rename(columns={"name": "subject"})
    for role, kind in (
        ("network_leader", "network_leader_missing"),
        ("reference_leader", "reference_leader_missing"),
    ):
        held = roles.loc[covers & (roles["role"] == role), "network_id"]
        parts.append(_decision(kind, runs[~runs["id"].isin(held)], today))
    over = _overloaded(con, today).merge(
        table(con, "person")[["id", "name"]].rename(columns={"id": "person_id"}),
        on="person_id",
        how="left",
    )
    over = over.rename(columns={"person_id": "id", "name": "subject"})
    parts.append(_decision("person_overloaded", over, today, limit=s.load_threshold_hours))
    solution = table(con, "solution").merge(
        network[["id", "name"]].rename(columns={"id": "network_id", "name": "network"}),
        on="network_id",
    )
    departments = table(con, "department").set_index("id")["name"]
    solution["department"] = solution["receiving_department_id"].map(departments)
    solution["department"] = solution["department"].fillna(NO_RECEIVER)
    since = solution["status_on"].fillna(solution["handed_over_on"])
    solution["days"] = (now - since).dt.days
    solution = solution.rename(columns={"title": "subject"})
    shelf = solution[_shelf_reason(solution, now, s.shelf_days).notna()]
    parts.append(_decision("solution_on_shelf", shelf, today))
    unreceived = solution[
        (solution["status"] == "handed_over") & solution["receiving_department_id"].isna()
    ]
    parts.append(_decision("solution_unreceived", unreceived, today))
    frame = pd.concat(parts, ignore_index=True)
    order = frame["kind"].map(DECISION_KINDS.index)
    frame = frame.assign(_kind=order).sort_values(["_kind", "subject_id"])
    return frame.drop(columns="_kind").reset_index(drop=True)


FINDING_KEY = ["rule", "network_id", "period"]


def changes(
    con: duckdb.DuckDBPyConnection, since: dt.date, until: dt.date, *, today: dt.date
) -> dict[str, pd.DataFrame]:
    """analytics.meeting.changes in pandas: what started, closed, was proposed or handed over
    in (since, until], and the findings of `until` not found on `since`."""
    lo, hi = _ts(since), _ts(until)

    def window(frame: pd.DataFrame, day: str, columns: list[str]) -> pd.DataFrame:
        inside = frame[(frame[day] > lo) & (frame[day] <= hi)]
        return inside.sort_values([day, "id"])[columns].reset_index(drop=True)

    network = table(con, "network")
    solution = table(con, "solution").merge(
        network[["id", "name"]].rename(columns={"id": "network_id", "name": "network_name"}),
        on="network_id",
    )
    departments = table(con, "department").set_index("id")["name"]
    solution["department"] = solution["receiving_department_id"].map(departments).fillna("")
    findings = pd.DataFrame(columns=rules.FINDING_COLUMNS)
    if since < until:
        now, then = rule_findings(con, today=until), rule_findings(con, today=since)
        seen = then[FINDING_KEY].drop_duplicates()
        key = now[FINDING_KEY].merge(seen, how="left", indicator=True)["_merge"]
        findings = now[(key == "left_only").to_numpy()].reset_index(drop=True)
    kinds = ["id", "name", "type", "generation"]
    return {
        "started": window(network, "start_date", [*kinds, "start_date", "status"]),
        "closed": window(network, "end_date", [*kinds, "end_date", "status"]),
        "themes": window(
            table(con, "theme"), "proposed_on", ["id", "title", "origin", "status", "proposed_on"]
        ),
        "findings": findings,
        "solutions": window(
            solution,
            "handed_over_on",
            ["id", "title", "network_id", "network_name", "department", "status"]
            + ["handed_over_on"],
        ),
    }


# --- Agreement -------------------------------------------------------------------------------
def _canonical(column: pd.Series) -> pd.Series:
    """One column in a comparable form: numbers (and booleans) as floats, dates and timestamps
    as datetime64, lists as tuples, missing values as None."""
    if pd.api.types.is_bool_dtype(column) or pd.api.types.is_numeric_dtype(column):
        return column.astype("float64")
    if pd.api.types.is_datetime64_any_dtype(column):
        return column.astype("datetime64[ns]")
    values = column.astype(object)
    present = values.dropna()
    if len(present) and all(isinstance(v, (dt.date, pd.Timestamp)) for v in present):
        return pd.to_datetime(values).astype("datetime64[ns]")
    if len(present) and all(isinstance(v, (bool, np.bool_)) for v in present):
        return values.astype("float64")
    return values.map(_plain)


def _plain(value):
    """A cell as a plain Python value: sequences as tuples, numpy scalars unwrapped, missing
    values as None."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return tuple(_plain(v) for v in value)
    if isinstance(value, np.generic):
        value = value.item()
    return None if _missing(value) else value


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """The canonical frame's rows in one order: by every column (floats rounded for the key)."""
    key = pd.DataFrame(index=frame.index)
    for i, name in enumerate(frame.columns):
        column = frame[name]
        if column.dtype == "float64":
            key[i] = column.round(6)
        elif pd.api.types.is_datetime64_any_dtype(column):
            key[i] = column
        else:
            key[i] = column.map(repr)
    order = key.sort_values(list(key.columns), kind="stable").index
    return frame.loc[order].reset_index(drop=True)


def same(a, b) -> bool:
    """Whether two results agree: frames with the same columns and the same rows (compared after
    sorting by every column; dtypes leniently, floats to 1e-9), numbers to 1e-9 (two NaNs
    agree), dicts key by key, sequences element by element."""
    if isinstance(a, pd.DataFrame) or isinstance(b, pd.DataFrame):
        if not (isinstance(a, pd.DataFrame) and isinstance(b, pd.DataFrame)):
            return False
        if list(a.columns) != list(b.columns) or len(a) != len(b):
            return False
        if a.empty:  # no rows to disagree on (the columns' dtypes of an empty frame vary)
            return True
        ca = _sorted(pd.DataFrame({c: _canonical(a[c]) for c in a.columns}))
        cb = _sorted(pd.DataFrame({c: _canonical(b[c]) for c in b.columns}))
        for name in ca.columns:
            x, y = ca[name], cb[name]
            if x.dtype == "float64" and y.dtype == "float64":
                if not np.allclose(x, y, rtol=1e-9, atol=1e-9, equal_nan=True):
                    return False
            elif x.dtype != y.dtype:
                return False
            elif x.dtype == "datetime64[ns]":
                if not ((x == y) | (x.isna() & y.isna())).all():
                    return False
            elif not (x.map(repr).to_numpy() == y.map(repr).to_numpy()).all():
                return False
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(u, v) for u, v in zip(a, b, strict=True))
    if _missing(a) or _missing(b):
        return _missing(a) and _missing(b)
    if isinstance(a, (int, float, np.number)) and isinstance(b, (int, float, np.number)):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return bool(a == b)


# --- The cases -------------------------------------------------------------------------------
def newest_wave(con: duckdb.DuckDBPyConnection, today: dt.date) -> str:
    """The wave the RC page opens on, among those with answers: the newest organisation-wide
    one (`network_id` empty) fielded on or before `today`, else the newest with answers."""
    rows = con.execute(
        """
        SELECT w.id FROM rc_wave w
        WHERE EXISTS (SELECT 1 FROM rc_response r WHERE r.wave_id = w.id)
        ORDER BY w.network_id IS NULL AND w.fielded_on <= ? DESC, w.fielded_on DESC, w.id DESC
        LIMIT 1
        """,
        [today],
    ).fetchall()
    return rows[0][0]


FIRST_DAY = dt.date(2013, 1, 1)  # the portfolio page's first day (analytics.scope.FIRST_DAY)


@dataclass(frozen=True)
class Case:
    """One product function (`fast`) and its plain-pandas baseline (`pandas`), each called with
    the arguments its page uses on the day given."""

    name: str
    fast: Callable[[duckdb.DuckDBPyConnection, dt.date], object]
    pandas: Callable[[duckdb.DuckDBPyConnection, dt.date], object]


def _case(product, baseline, arguments=lambda con, day: ((), {}), name: str = "") -> Case:
    """A Case calling the product function and its baseline with the same arguments
    (`arguments(con, day)` -> (positional, keyword), after the connection)."""

    def calling(fn):
        def call(con, day):
            args, kwargs = arguments(con, day)
            return fn(con, *args, **kwargs)

        return call

    name = name or f"{product.__module__}.{product.__qualname__}"
    return Case(name, calling(product), calling(baseline))


def _on(day_args):
    """Arguments of a function of the day only: `day_args(day)` -> (positional, keyword)."""
    return lambda con, day: day_args(day)


def _wave(con, day):
    return (newest_wave(con, day),), {}


def _series(measure: str) -> Case:
    """A trend as the Tendenser page opens it: yearly from the first day to the day."""
    keywords = _on(
        lambda d: ((measure,), {"grain": "year", "start": FIRST_DAY, "end": d, "today": d})
    )
    return _case(trends.series, series, keywords, name=f"analytics.trends.series ({measure})")


CASES: list[Case] = [
    _case(rules.rule_findings, rule_findings, _on(lambda d: ((), {"today": d}))),
    _case(load.person_weeks, person_weeks, _on(lambda d: (load_window(d), {}))),
    _case(load.weekly_load, weekly_load, _on(lambda d: (load_window(d), {}))),
    _case(rc.pair_scores, pair_scores, _wave),
    _case(rc.group_scores, group_scores, _wave),
    _case(rc.cronbach_alpha, cronbach_alpha, _wave),
    _case(
        portfolio.running_per_day,
        running_per_day,
        _on(lambda d: ((FIRST_DAY, d), {"today": d})),
    ),
    _case(portfolio.starts_per_half_year, starts_per_half_year),
    _case(flower.petals, petals, _on(lambda d: ((d,), {"today": d}))),
    _case(people.leader_pool, leader_pool, _on(lambda d: ((d,), {"today": d}))),
    _series("networks_started"),  # the measure Tendenser opens on
    _series("rc_index"),
    _case(overview.kpis, kpis, _on(lambda d: ((), {"today": d}))),
    _case(meeting.decisions, decisions, _on(lambda d: ((), {"today": d}))),
    _case(
        meeting.changes,
        changes,
        _on(lambda d: ((d - dt.timedelta(days=28), d), {"today": d})),
    ),
]
