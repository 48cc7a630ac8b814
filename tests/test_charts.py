"""Every chart builder of charts/ from a small hand-made frame: its traces, the type colours,
Danish axis titles (the constants of data.labels.charts), Danish date and half-year axes."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
import pytest

from charts import load, networks, portfolio, rc, solutions, style, themes
from data.labels import ENUM_LABELS, Axis, ChartText, fmt_half_year_short
from data.schema import THEME_CRITERIA

TYPES = ENUM_LABELS["network_type"]
W = pd.Timestamp  # a week's Monday


def axis_titles(fig: go.Figure) -> tuple[str | None, str | None]:
    return fig.layout.xaxis.title.text, fig.layout.yaxis.title.text


def assert_danish_layout(fig: go.Figure, title: str, x: str | None, y: str | None) -> None:
    """base_layout's work: the title, the axis titles from labels, the decimal comma."""
    assert fig.layout.title.text == title
    assert axis_titles(fig) == (x, y)
    assert fig.layout.separators == ",."
    assert fig.layout.font.family == style.FONT


def assert_date_axis(axis) -> None:
    assert axis.type == "date"
    assert axis.tickformat is None  # the stops decide: 01-10-2026, or the year alone
    assert [s.value for s in axis.tickformatstops] == ["%d-%m-%Y", "%Y"]


def assert_type_colours(fig: go.Figure) -> None:
    """A trace named after a network type wears exactly that type's colour."""
    by_label = {label: style.TYPE_COLORS[t] for t, label in TYPES.items()}
    typed = [trace for trace in fig.data if trace.name in by_label]
    assert typed
    for trace in typed:
        color = trace.marker.color if trace.type in ("bar", "box") else trace.line.color
        assert color == by_label[trace.name], trace.name


# --- Portefølje ----------------------------------------------------------------------------------
def test_running_area_stacks_one_trace_per_type_on_a_danish_date_axis():
    days = pd.date_range("2016-01-01", periods=3)
    running = pd.DataFrame(
        {
            "day": list(days) * 3,
            "type": ["learning"] * 3 + ["welfare"] * 3 + ["innovation"] * 3,
            "running": [1, 1, 2, 3, 3, 4, 0, 1, 1],
        }
    )
    fig = portfolio.running_area(running, "T")
    assert [t.name for t in fig.data] == list(TYPES.values())
    assert {t.type for t in fig.data} == {"scatter"}
    assert all(t.stackgroup == "types" for t in fig.data)
    assert_type_colours(fig)
    assert all(t.fillcolor == t.line.color for t in fig.data)
    assert_danish_layout(fig, "T", Axis.DATE, Axis.RUNNING)
    assert_date_axis(fig.layout.xaxis)


def starts_frame(halves: list[str]) -> pd.DataFrame:
    rows = [(h, t, 1 + i % 2) for i, h in enumerate(halves) for t in TYPES]
    return pd.DataFrame(rows, columns=["half_year", "type", "started"])


def test_starts_bars_have_short_danish_half_year_ticks_that_fit():
    halves = [f"{y}H{h}" for y in range(2013, 2027) for h in (1, 2)]  # 28 half-years
    fig = portfolio.starts_bars(starts_frame(halves), (4, 5), "2016H1", "T")
    assert [t.name for t in fig.data] == list(TYPES.values())
    assert {t.type for t in fig.data} == {"bar"}
    assert_type_colours(fig)
    assert_danish_layout(fig, "T", Axis.HALF_YEAR, Axis.STARTED)
    # the bars' categories are the long labels (the hover says '1. halvår 2013') ...
    assert fig.data[0].x[0] == "1. halvår 2013"
    # ... the ticks the short ones, horizontal, every 6th (half the page: 520 px // 90 px = 5
    # ticks fit; 28 / 5 -> 6, even), all first half-years: 2013, 2016, 2019, 2022, 2025
    axis = fig.layout.xaxis
    assert axis.tickangle == 0
    assert list(axis.ticktext) == [f"1. hv. {y}" for y in range(2013, 2027, 3)]
    assert list(axis.tickvals) == [f"1. halvår {y}" for y in range(2013, 2027, 3)]
    assert fmt_half_year_short("2020H2") == "2. hv. 2020"


def test_starts_bars_band_is_no_type_colour_and_its_label_stays_inside_the_plot():
    fig = portfolio.starts_bars(starts_frame(["2016H1", "2016H2"]), (4, 5), "2016H1", "T")
    band = fig.layout.shapes[0]
    assert band.fillcolor == style.TARGET_BAND["fill"]
    assert band.fillcolor not in style.TYPE_COLORS.values()
    (label,) = fig.layout.annotations
    assert label.text == ChartText.STARTS_BAND.format(lo=4, hi=5) == "NS3: 4–5 starter pr. halvår"
    # anchored at the plot's right edge, text running left: never past the figure's edge
    assert (label.xref, label.x, label.xanchor) == ("paper", 1, "right")
    # few starts (at most 2 a half-year): the y axis still reaches above the band's label
    assert fig.layout.yaxis.range[1] >= 5.5 + 2
    # two half-years fit: every one gets a tick
    assert list(fig.layout.xaxis.ticktext) == ["1. hv. 2016", "2. hv. 2016"]


def gantt_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": ["N1", "N2", "N3"],
            "name": ["Ældre", "Unge", "Ny idé"],
            "type": ["welfare", "learning", "innovation"],
            "generation": ["NS3"] * 3,
            "status": ["closed", "active", "active"],
            "start_date": [dt.date(2016, 1, 1), dt.date(2016, 3, 1), dt.date(2017, 1, 1)],
            "end_date": [dt.date(2016, 6, 30), None, None],
            "planned_end": [dt.date(2016, 6, 30), dt.date(2016, 9, 1), dt.date(2017, 9, 1)],
        }
    )


def test_network_gantt_one_trace_per_type_in_legend_order():
    fig = portfolio.network_gantt(gantt_frame(), "T")
    assert [t.name for t in fig.data] == list(TYPES.values())
    assert {(t.type, t.orientation) for t in fig.data} == {("bar", "h")}
    assert_type_colours(fig)
    assert_danish_layout(fig, "T", Axis.DATE, Axis.NETWORK)
    assert_date_axis(fig.layout.xaxis)
    # the hover's dates are Danish: '1. jan. 2016 – 30. jun. 2016'
    welfare = fig.data[1]
    assert tuple(welfare.customdata[0][:2]) == ("1. jan. 2016", "30. jun. 2016")


def test_coverage_and_pairs_heatmaps():
    covered = pd.DataFrame(
        {
            "department": ["Dagtilbud", "Skole", "Skole"],
            "network_id": ["N1", "N1", "N2"],
            "network_name": ["Ældre", "Ældre", "Unge"],
            "members": [2, 1, 3],
        }
    )
    fig = portfolio.coverage_heatmap(covered, "T")
    assert [t.type for t in fig.data] == ["heatmap"]
    assert list(fig.data[0].x) == ["N1", "N2"]
    assert fig.data[0].colorbar.title.text == ChartText.EMPLOYEES
    assert_danish_layout(fig, "T", Axis.NETWORK_BY_START, Axis.DEPARTMENT)

    departments = pd.DataFrame({"id": ["d1", "d2"], "name": ["Dagtilbud", "Skole"]})
    pairs = pd.DataFrame({"department_a": ["d1"], "department_b": ["d2"], "networks": [3]})
    fig = portfolio.pairs_heatmap(pairs, departments, "T")
    assert [t.type for t in fig.data] == ["heatmap"]
    assert fig.data[0].z.tolist() == [[0, 3], [3, 0]]  # symmetric: d1–d2 shared 3 networks
    assert_danish_layout(fig, "T", Axis.DEPARTMENT, Axis.DEPARTMENT)


# --- Netværk -------------------------------------------------------------------------------------
def test_phase_timeline_colours_by_intensity_on_a_date_axis():
    phases = pd.DataFrame(
        {
            "seq": [1, 2, 3],
            "name": ["Opstart", "Pause", "Afprøvning"],
            "intensity": ["intensive", "break", "test"],
            "start_date": [dt.date(2026, 1, 5), dt.date(2026, 1, 19), dt.date(2026, 2, 2)],
            "end_date": [dt.date(2026, 1, 18), dt.date(2026, 2, 1), dt.date(2026, 3, 1)],
        }
    )
    fig = networks.phase_timeline(phases, "T")
    labels = ENUM_LABELS["intensity"]
    assert [t.name for t in fig.data] == [labels[i] for i in ("intensive", "break", "test")]
    assert [t.marker.color for t in fig.data] == [
        style.INTENSITY_COLORS[i] for i in ("intensive", "break", "test")
    ]
    # a bar spans start to end inclusive: 5–18 Jan = 14 days in milliseconds
    assert fig.data[0].x[0] == 14 * 86_400_000
    assert_danish_layout(fig, "T", Axis.DATE, Axis.PHASE)
    assert_date_axis(fig.layout.xaxis)


def test_people_by_department_stacks_roles():
    counts = pd.DataFrame(
        {
            "department": ["Skole", "Skole", "Dagtilbud"],
            "role": ["network_leader", "participant", "participant"],
            "people": [1, 4, 2],
        }
    )
    fig = networks.people_by_department(counts, "T")
    roles = ENUM_LABELS["role"]
    assert [t.name for t in fig.data] == [roles["network_leader"], roles["participant"]]
    assert [t.marker.color for t in fig.data] == [
        style.ROLE_COLORS["network_leader"],
        style.ROLE_COLORS["participant"],
    ]
    assert_danish_layout(fig, "T", Axis.PEOPLE, Axis.DEPARTMENT)


# --- Ressourcetræk -------------------------------------------------------------------------------
WEEKS = [W(2026, 11, 2), W(2026, 11, 9), W(2026, 11, 16)]


def test_person_heatmap_marks_the_threshold_in_danish_and_today():
    frame = pd.DataFrame(
        {
            "person_id": ["p1", "p1", "p2"],
            "name": ["Anne", "Anne", "Bo"],
            "department": ["Skole", "Skole", "Dagtilbud"],
            "week_start": [WEEKS[0], WEEKS[1], WEEKS[1]],
            "hours": [12.0, 4.0, 2.5],
        }
    )
    fig = load.person_heatmap(frame, WEEKS, 10.0, "T", today=dt.date(2026, 11, 10))
    assert [t.type for t in fig.data] == ["heatmap"]
    assert list(fig.data[0].y) == ["Anne (Skole)", "Bo (Dagtilbud)"]
    # top = max(10 × 1.6, 12) = 16; ticks 0, the threshold, the top — integers without ',0'
    assert list(fig.data[0].colorbar.ticktext) == ["0", "grænse 10", "16"]
    assert_danish_layout(fig, "T", Axis.WEEK, Axis.PERSON)
    assert_date_axis(fig.layout.xaxis)
    assert [a.text for a in fig.layout.annotations] == [ChartText.TODAY]


def test_department_role_and_plan_charts_on_danish_week_axes():
    frame = pd.DataFrame(
        {
            "department": ["Skole", "Eksterne", "Dagtilbud"],
            "week_start": WEEKS,
            "hours": [10.0, 2.0, 4.5],
            "fte": [0.27, 0.05, 0.12],
        }
    )
    fig = load.department_bars(frame, "T", today=dt.date(2026, 11, 10))
    # departments by name, the external people last
    assert [t.name for t in fig.data] == ["Dagtilbud", "Skole", "Eksterne"]
    assert [t.marker.color for t in fig.data] == list(style.DEPARTMENT_PALETTE[:3])
    assert_danish_layout(fig, "T", Axis.WEEK, Axis.NETWORK_HOURS)
    assert_date_axis(fig.layout.xaxis)

    roles = pd.DataFrame(
        {"role": ["co_driver", "network_leader"], "week_start": WEEKS[:2], "hours": [6.0, 10.0]}
    ).assign(people=1)
    fig = load.role_bars(roles, "T")
    labels = ENUM_LABELS["role"]
    assert [t.name for t in fig.data] == [labels["network_leader"], labels["co_driver"]]
    assert [t.marker.color for t in fig.data] == [
        style.ROLE_COLORS["network_leader"],
        style.ROLE_COLORS["co_driver"],
    ]
    assert_danish_layout(fig, "T", Axis.WEEK, Axis.HOURS_PER_WEEK)
    assert_date_axis(fig.layout.xaxis)

    totals = pd.DataFrame(
        {
            "scenario": ["Uden planen"] * 2 + ["Med planen"] * 2,
            "week_start": WEEKS[:2] * 2,
            "hours": [20.0, 22.0, 30.0, 31.5],
            "people_over": [0, 0, 1, 2],
        }
    )
    fig = load.plan_lines(totals, 10.0, "T")
    assert [t.name for t in fig.data] == ["Uden planen", "Med planen"]
    assert [t.line.color for t in fig.data] == [
        style.SCENARIO_COLORS["without"],
        style.SCENARIO_COLORS["with"],
    ]
    assert fig.data[1].meta == "10"  # 'over 10 t' in the hover, not 'over 10,0 t'
    assert_danish_layout(fig, "T", Axis.WEEK, Axis.NETWORK_HOURS_TOTAL)
    assert_date_axis(fig.layout.xaxis)


# --- Løsninger -----------------------------------------------------------------------------------
def test_solution_charts_use_the_status_palette():
    funnel = pd.DataFrame(
        {"stage": ["handed_over", "taken_up", "implemented"], "solutions": [10, 6, 4]}
    )
    fig = solutions.funnel_chart(funnel, "T")
    assert [t.type for t in fig.data] == ["funnel"]
    assert list(fig.data[0].marker.color) == [
        style.FUNNEL_COLORS[s] for s in ("handed_over", "taken_up", "implemented")
    ]
    assert_danish_layout(fig, "T", None, Axis.STAGE)
    assert fig.data[0].texttemplate == "%{value:,d}<br>%{percentInitial:.0%}"  # 14.539, no 'k'

    counts = pd.DataFrame({"status": ["implemented", "on_shelf"], "solutions": [4, 2]})
    fig = solutions.status_bars(counts, "T")
    assert list(fig.data[0].y) == ["Implementeret", "På hylden"]
    assert list(fig.data[0].marker.color) == [
        style.SOLUTION_STATUS_COLORS["implemented"],
        style.SOLUTION_STATUS_COLORS["on_shelf"],
    ]
    assert_danish_layout(fig, "T", Axis.SOLUTIONS, Axis.STATUS)

    shelf = pd.DataFrame({"department": ["Skole"], "solutions": [2]})
    fig = solutions.shelf_bars(shelf, "T")
    assert fig.data[0].marker.color == style.SOLUTION_STATUS_COLORS["on_shelf"]
    assert_danish_layout(fig, "T", Axis.SHELF, Axis.RECEIVER)


def test_implementation_box_one_box_per_type_in_its_colour():
    frame = pd.DataFrame(
        {
            "type": ["welfare", "welfare", "innovation", "learning"],
            "days_to_implementation": [30, 90, 200, None],
            "title": ["a", "b", "c", "d"],
        }
    )
    fig = solutions.implementation_box(frame, "T")
    # learning has no implemented solution: no box
    assert [t.name for t in fig.data] == [TYPES["welfare"], TYPES["innovation"]]
    assert {t.type for t in fig.data} == {"box"}
    assert_type_colours(fig)
    assert_danish_layout(fig, "T", Axis.DAYS_TO_IMPLEMENTATION, Axis.NETWORK_TYPE)


def test_implementation_box_of_many_solutions_is_drawn_from_its_quartiles():
    """400 welfare solutions implemented after 1, 2, …, 400 days, plus one after 2,000 days:
    401 values, positions 0..400; q1 at 100 -> 101 days, median at 200 -> 201, q3 at 300 -> 301;
    the whiskers reach 1.5 × (301 − 101) = 300 beyond the box: down to 1 (≥ −199), up to 400
    (≤ 601; the 2,000 is beyond). No point per solution is sent."""
    days = [*range(1, 401), 2000]
    frame = pd.DataFrame({"type": "welfare", "days_to_implementation": days, "title": "x"})
    (box,) = solutions.implementation_box(frame, "T").data
    assert (box.q1, box.median, box.q3) == ((101.0,), (201.0,), (301.0,))
    assert (box.lowerfence, box.upperfence) == ((1.0,), (400.0,))
    assert box.x is None and box.customdata is None
    assert len(solutions.implementation_box(frame, "T").to_json()) < 10_000  # the layout is ~7 KB


# --- Temaer --------------------------------------------------------------------------------------
def test_theme_charts():
    pipeline = pd.DataFrame(
        {
            "origin": ["bottom_up", "top_down"],
            "status": ["proposed", "qualified"],
            "themes": [3, 1],
        }
    )
    fig = themes.pipeline_bars(pipeline, "T")
    origins = ENUM_LABELS["theme_origin"]
    assert [t.name for t in fig.data] == list(origins.values())
    assert [t.marker.color for t in fig.data] == list(style.ORIGIN_COLORS.values())
    assert fig.layout.legend.title.text == ChartText.ORIGIN  # base_layout keeps it
    assert_danish_layout(fig, "T", Axis.STATUS, Axis.THEMES)

    scores = {c: [3, None] for c in THEME_CRITERIA}
    frame = pd.DataFrame({"title": ["Ensomhed", "Nyt"], "suitability": [100.0, None], **scores})
    fig = themes.criteria_heatmap(frame, "T")
    assert list(fig.data[0].y) == ["Ensomhed (100 %)", "Nyt (– %)"]
    assert fig.data[0].text[1][0] == ""  # unscored: empty, not 'nan'
    assert_danish_layout(fig, "T", Axis.CRITERION, Axis.THEME)


# --- Relationel koordinering ---------------------------------------------------------------------
def test_rc_dimension_bars_and_trend_lines():
    profile = pd.DataFrame(
        {
            "tie": ["between", "within"],
            "dimension": ["frequency", "frequency"],
            "mean": [3.25, 4.5],
        }
    )
    fig = rc.dimension_bars(profile, 3.5, 4.0, "T")
    assert [t.name for t in fig.data] == ["Mellem grupper", "Inden for egen gruppe"]
    assert list(fig.data[0].text) == ["3,25"]  # the decimal comma
    assert [a.text for a in fig.layout.annotations] == ["Svag", "Middel", "Stærk"]
    assert_danish_layout(fig, "T", Axis.RC_DIMENSION, Axis.RC_MEAN)

    trend = pd.DataFrame(
        {
            "tie": ["all", "all", "between", "within"],
            "fielded_on": [dt.date(2016, 3, 1), dt.date(2020, 3, 1)] * 2,
            "rc_index": [3.8, 4.1, 3.6, 4.2],
            "name": ["M1", "M2", "M1", "M2"],
        }
    )
    fig = rc.trend_lines(trend, 3.5, 4.0, "T")
    assert [t.name for t in fig.data] == [
        "Alle relationer",
        "Mellem grupper",
        "Inden for egen gruppe",
    ]
    assert [t.line.color for t in fig.data] == [
        style.TIE_COLORS[t] for t in ("all", "between", "within")
    ]
    assert_danish_layout(fig, "T", Axis.RC_WAVE_DATE, Axis.RC_INDEX)
    assert_date_axis(fig.layout.xaxis)
    # a network's waves within two years: a tick per wave, its day as 01-03-2016
    fig = rc.trend_lines(
        trend.assign(fielded_on=[dt.date(2016, 3, 1), dt.date(2016, 9, 1)] * 2), 3.5, 4.0, "T"
    )
    assert fig.layout.xaxis.tickformat == "%d-%m-%Y"


def test_rc_pair_heatmap_greys_hidden_cells_and_map_ties():
    pairs = pd.DataFrame(
        {
            "from_group": ["A", "A", "B"],
            "to_group": ["A", "B", "A"],
            "suppressed": [False, True, False],
            "rc_index": [4.25, None, 3.0],
        }
    )
    fig = rc.pair_heatmap(pairs, ["A", "B"], 3.5, 4.0, 5, "T")
    assert [t.type for t in fig.data] == ["heatmap", "heatmap"]
    assert fig.data[1].name == rc.HIDDEN_TRACE
    assert fig.data[0].text[0][0] == "4,25"
    assert fig.data[1].text[0][1] == "færre end<br>5 svar"
    assert fig.data[0].text[1][1] == "ingen svar"
    assert_danish_layout(fig, "T", Axis.RC_TO, Axis.RC_FROM)

    ties = pd.DataFrame({"group_a": ["A"], "group_b": ["B"], "band": ["strong"], "rc_index": [4.5]})
    nodes = pd.DataFrame({"name": ["A", "B"], "respondents": [6, 8], "rc_index": [4.0, None]})
    fig = rc.network_map(ties, nodes, "T")
    bands = [t for t in fig.data if t.mode == "lines"]
    assert [t.name for t in bands] == ["Svag relation", "Middel relation", "Stærk relation"]
    assert [t.line.color for t in bands] == list(style.BAND_COLORS.values())
    assert fig.data[-1].customdata[1][1] == ChartText.HIDDEN  # B's own score: none
    assert_danish_layout(fig, "T", None, None)  # a map: its axes are hidden


def test_rc_change_and_effect_bars():
    change = pd.DataFrame(
        {
            "dimension": ["frequency", "timeliness", "accuracy"],
            "change": [0.3, -0.2, 0.05],
            "low": [0.1, -0.4, -0.1],
            "high": [0.5, -0.05, 0.2],
        }
    )
    fig = rc.change_bars(change, "T")
    assert list(fig.data[0].y)[0] == "Hyppig kommunikation (+0,30)"
    assert list(fig.data[0].marker.color) == [
        style.CHANGE_COLORS[c] for c in ("up", "down", "unclear")
    ]
    assert_danish_layout(fig, "T", Axis.RC_CHANGE, Axis.RC_DIMENSION_CHANGE)

    effect = pd.DataFrame(
        {
            "category": ["shared", "not_shared", "difference"],
            "mean_change": [0.4, 0.1, 0.3],
            "pairs": [5, 7, 12],
            "low": [0.2, -0.1, 0.05],
            "high": [0.6, 0.3, 0.55],
        }
    )
    fig = rc.effect_bars(effect, "T")
    assert list(fig.data[0].x) == [
        "Afdelinger med fælles netværk: +0,40 (5 par)",
        "Afdelinger uden fælles netværk: +0,10 (7 par)",
    ]
    assert list(fig.data[0].marker.color) == [
        style.EFFECT_COLORS["shared"],
        style.EFFECT_COLORS["not_shared"],
    ]
    assert_danish_layout(fig, "T", Axis.DEPARTMENT_PAIRS, Axis.RC_EFFECT)


# --- The palettes --------------------------------------------------------------------------------
def test_no_other_palette_uses_a_network_type_colour():
    type_colours = {c.upper() for c in style.TYPE_COLORS.values()}
    for name, palette in style.PALETTES.items():
        clash = {str(c).upper() for c in palette.values()} & type_colours
        assert not clash, (name, clash)
    assert len(type_colours) == 3


@pytest.mark.parametrize(
    "palette, codes",
    [
        ("severity", ("error", "warning", "info")),
        ("solution_status", ("handed_over", "testing", "implemented", "on_shelf", "dropped")),
        ("band", ("weak", "moderate", "strong")),
    ],
)
def test_severity_status_and_band_palettes_cover_their_codes_with_distinct_colours(palette, codes):
    colours = style.PALETTES[palette]
    assert tuple(colours) == codes
    assert len(set(colours.values())) == len(codes)


# --- Tendenser -----------------------------------------------------------------------------------
def _series(groups: list[str], values: list[list], grain: str = "half_year") -> pd.DataFrame:
    """A series of analytics.trends.series' shape: periods 2016H1, 2016H2 … one row per group."""
    from data.calendar import periods

    spans = periods(dt.date(2016, 1, 1), dt.date(2016, 1, 1) + dt.timedelta(days=200), grain)
    rows = [
        (start, label, group, values[g][p])
        for p, (start, label) in enumerate(spans)
        for g, group in enumerate(groups)
    ]
    return pd.DataFrame(rows, columns=["period_start", "period", "group", "value"])


def test_trend_chart_stacks_types_in_their_colours_on_danish_periods():
    from charts import trends

    frame = _series(["learning", "welfare", "innovation"], [[1, 2], [3, 4], [0, 1]])
    fig = trends.trend_chart(
        frame, "networks_running", "type", "half_year", TYPES, trends.group_colors("type", [])
    )
    assert [t.type for t in fig.data] == ["bar"] * 3 and fig.layout.barmode == "stack"
    assert [t.name for t in fig.data] == list(TYPES.values())
    assert_type_colours(fig)
    assert list(fig.data[1].x) == ["1. halvår 2016", "2. halvår 2016"]
    assert list(fig.data[1].y) == [3, 4]
    assert_danish_layout(
        fig, "Netværk i gang pr. halvår, fordelt på netværkstype", "Halvår", "Netværk i gang"
    )
    assert fig.layout.height == trends.HEIGHT


def test_trend_chart_draws_levels_and_overlapping_groups_as_lines_of_fixed_height():
    from charts import trends

    # networks by department overlap (a network in several departments): lines, not a stack
    deps = [f"D{i}" for i in range(9)]
    colors = trends.group_colors("department", deps)
    fig = trends.trend_chart(
        _series(deps, [[i, i + 1] for i in range(9)]),
        "networks_started", "department", "half_year", {}, colors,
    )  # fmt: skip
    assert {t.type for t in fig.data} == {"scatter"}
    assert [t.line.color for t in fig.data] == [
        style.DEPARTMENT_PALETTE[i % len(style.DEPARTMENT_PALETTE)] for i in range(9)
    ]
    few = trends.trend_chart(
        _series(deps[:2], [[1, 2], [3, 4]]), "networks_started", "department", "half_year", {},
        colors,
    )  # fmt: skip
    assert few.layout.height == fig.layout.height == trends.HEIGHT  # not grown by 9 groups
    # a department keeps its colour under a filter: D5 alone still wears palette[5]
    alone = trends.trend_chart(
        _series(["D5"], [[1, 2]]), "participants", "department", "half_year", {}, colors
    )
    assert alone.data[0].marker.color == style.DEPARTMENT_PALETTE[5]


def test_trend_chart_with_a_second_measure_on_the_right_axis():
    from charts import trends

    frame = _series(["alle"], [[5, 6]], grain="year")
    rc = _series(["alle"], [[3.1, None]], grain="year")
    fig = trends.trend_chart(
        frame, "networks_started", None, "year", {"alle": "Netværk startet"},
        trends.group_colors(None, []), second=rc, second_measure="rc_index",
    )  # fmt: skip
    bars, line = fig.data
    assert bars.type == "bar" and bars.marker.color == style.TREND_COLORS["all"]
    assert line.yaxis == "y2" and line.name == "RC-indeks (organisationsmålinger)"
    assert line.line.color == style.TREND_COLORS["second"]
    assert fig.layout.yaxis.title.text == "Netværk startet"
    assert fig.layout.yaxis2.title.text == "RC-indeks (1–5)"
    assert fig.layout.yaxis2.side == "right" and fig.layout.yaxis2.overlaying == "y"
    assert fig.layout.title.text == (
        "Netværk startet pr. år — og RC-indeks (organisationsmålinger)"
    )


def test_month_ticks_are_januaries_that_fit_the_width():
    from charts import trends
    from data.calendar import periods

    spans = periods(dt.date(2013, 1, 1), dt.date(2026, 11, 25), "month")  # 167 months
    fig = trends.period_axis(go.Figure(), [s for s, _ in spans], [p for _, p in spans], "month")
    ticks = list(fig.layout.xaxis.ticktext)
    # 1000 px / 80 px = 12 ticks fit; 167 / 12 -> 14 months -> the next step that keeps the
    # ticks in January is 24 months: January of 2014, 2016 … 2026 = 7 ticks
    assert ticks == [f"jan. {y}" for y in range(2014, 2027, 2)]
    assert set(fig.layout.xaxis.tickvals) <= set(fig.layout.xaxis.categoryarray)
    assert fig.layout.xaxis.categoryarray[0] == "januar 2013"


def test_two_ranges_side_by_side_as_grouped_horizontal_bars():
    from charts import trends

    compared = pd.DataFrame(
        {"group": ["learning", "welfare"], "first": [1.5, 11.5], "second": [1.9, 6.2]}
    )
    fig = trends.ranges_chart(compared, "networks_started", TYPES, "2014–2015", "2016–2026")
    assert fig.layout.barmode == "group"
    assert [t.name for t in fig.data] == ["2014–2015", "2016–2026"]
    assert list(fig.data[0].y) == ["Læringsnetværk", "Velfærdsnetværk"]  # long names fit
    assert list(fig.data[1].x) == [1.9, 6.2] and fig.data[1].orientation == "h"
    assert [t.marker.color for t in fig.data] == list(style.RANGE_COLORS.values())
    assert fig.layout.xaxis.title.text == "Netværk startet pr. år (gennemsnit)"
    assert fig.layout.height == trends.RANGES_HEIGHT


def test_a_count_axis_has_a_tick_per_count_only_while_they_are_few():
    """A tick every `step` while top / step ≤ 12: 12 / 1 = 12 ticks, 24 / 2 = 12 ticks; beyond
    (718 on the shelf at 100x, 13 / 1), Plotly spaces at most 12 whole-number ticks itself."""
    for top, step, dtick in ((12, 1, 1), (24, 2, 2), (9, 2, 2)):
        axis = style.count_axis(go.Figure(), top, step=step).layout.xaxis
        assert (axis.dtick, axis.tick0, axis.tickformat) == (dtick, 0, None)
    for top, step in ((718, 1), (13, 1), (26, 2)):
        axis = style.count_axis(go.Figure(), top, axis="y", step=step).layout.yaxis
        assert (axis.dtick, axis.tickformat, axis.nticks) == (None, ",d", 12)
    shelf = pd.DataFrame({"department": ["A", "B"], "solutions": [718, 705]})
    assert solutions.shelf_bars(shelf, "T").layout.xaxis.dtick is None
