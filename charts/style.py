"""The one look of every chart: colours with one meaning each, Danish axes and numbers.

Colours: a network type's colour means that type and nothing else (legends, chips and boxes of
the three types); severities, solution statuses, RC bands and the other codes have palettes of
their own, defined here once. Axes: every chart gets its title, Danish axis titles, font,
margins and the Danish decimal comma (`separators=",."`) from `base_layout`; date axes read
01-10-2026 (years alone on long spans) and half-year axes "1. hv. 2013".
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import plotly.graph_objects as go

from data.labels import fmt_half_year, fmt_half_year_short

# --- Colours -------------------------------------------------------------------------------------
TYPE_COLORS = {"learning": "#2E9E6B", "welfare": "#2F6DB5", "innovation": "#E07B24"}
"""The network types (DESIGN.md §4): used only where a mark stands for a network type."""

SEVERITY_COLORS = {"error": "#F6D5D2", "warning": "#FCE8C8", "info": "#DCE8F5"}
"""Rule finding severities: pale shades behind a table cell (pages/_findings.findings_table)."""

SOLUTION_STATUS_COLORS = {
    "handed_over": "#B0BAC5",
    "testing": "#9B7BC4",
    "implemented": "#3C7D22",
    "on_shelf": "#B8412F",
    "dropped": "#6B6B6B",
}
FUNNEL_COLORS = {
    "handed_over": SOLUTION_STATUS_COLORS["handed_over"],
    "taken_up": SOLUTION_STATUS_COLORS["testing"],
    "implemented": SOLUTION_STATUS_COLORS["implemented"],
}
# Relational coordination: the bands of DESIGN.md §6 (lines, labels, the heat map's ends), their
# pale shades (backgrounds), the two middle steps of the heat map's colour scale.
BAND_COLORS = {"weak": "#C8453B", "moderate": "#E3A33B", "strong": "#2E8B57"}
BAND_SHADES = {"weak": "#F7E1DF", "moderate": "#FBF0DC", "strong": "#E0F0E6"}
BAND_SCALE_MIDDLE = {"moderate_low": "#F4D6A0", "moderate_high": "#CFE6D6"}
# A change between two RC waves: sure rise, sure fall, can be chance; the effect's two groups.
CHANGE_COLORS = {"up": "#2E8B57", "down": "#C8453B", "unclear": "#9AA5B1"}
EFFECT_COLORS = {"shared": CHANGE_COLORS["up"], "not_shared": CHANGE_COLORS["unclear"]}
TIE_COLORS = {"all": "#1F3B5C", "between": "#4F7CAC", "within": "#A9B7C6"}
GROUP_COLOR = "#1F3B5C"  # an RC group's circle on the network map
HIDDEN_COLOR = "#D0D0D0"  # a suppressed RC cell

INTENSITY_COLORS = {"intensive": "#C8453B", "break": "#B9C4CF", "test": "#8E6BB8"}
ROLE_COLORS = {
    "network_leader": "#1F3B5C",
    "co_driver": "#4F7CAC",
    "reference_leader": "#C0883B",
    "staff_manager": "#9AA5B1",
    "participant": "#7FB7A4",
}
ORIGIN_COLORS = {"bottom_up": "#5B8DB8", "outside_in": "#8CC3B0", "top_down": "#B07A33"}
# Departments: a qualitative palette apart from the network type colours.
DEPARTMENT_PALETTE = (
    "#4C78A8",
    "#F58518",
    "#54A24B",
    "#B279A2",
    "#E45756",
    "#72B7B2",
    "#EECA3B",
    "#9D755D",
    "#BAB0AC",
)
# The directorates' arcs in Blomsten (charts/flower.py), in the directorates' order.
DIRECTORATE_COLORS = ("#2F4B5E", "#6A5478", "#5E6B3A", "#7A4E3A")
# Tendenser (charts/trends.py): a series without breakdown, the second measure's line on its
# own axis, and the two ranges of years side by side.
TREND_COLORS = {"all": GROUP_COLOR, "second": "#8E2C6B"}
RANGE_COLORS = {"first": "#9AA5B1", "second": GROUP_COLOR}
# The load heat map: under the threshold pale to dark blue, above it orange to red.
LOAD_SCALE = {"under": "#EAF1F8", "at": "#2F5D8A", "over_low": "#F2A541", "over_high": "#B3261E"}
# The kinds of outside members (seed 003: "flere eksterne perspektiver"), in SOCIETY_KINDS order.
KIND_COLORS = {
    "citizen": "#8C6BB1",
    "business": "#C49A6C",
    "knowledge_institution": "#5AA7A7",
    "association": "#D17A9A",
    "politician": "#6B6B6B",
}
# The leader pool (Netværksledere): everyone on the path, the qualified, the free among them.
POOL_COLORS = {"in_pool": "#9AA5B1", "qualified": "#1F3B5C", "free": "#2E8B57"}
SCENARIO_COLORS = {"without": "#7F8C99", "with": "#B3261E"}  # the planner: without / with plan
TARGET_BAND = {"fill": "rgba(127,140,153,0.14)", "line": "rgba(90,100,112,0.8)"}  # NS3 targets
REFERENCE_LINE = "#444444"  # 'today', zero lines
ERROR_BAR = "#555555"
NEUTRAL = "#999999"  # a code without a colour of its own

PALETTES: dict[str, dict[str, str]] = {
    "severity": SEVERITY_COLORS,
    "solution_status": SOLUTION_STATUS_COLORS,
    "funnel": FUNNEL_COLORS,
    "band": BAND_COLORS,
    "band_shade": BAND_SHADES,
    "band_scale": BAND_SCALE_MIDDLE,
    "change": CHANGE_COLORS,
    "effect": EFFECT_COLORS,
    "tie": TIE_COLORS,
    "intensity": INTENSITY_COLORS,
    "role": ROLE_COLORS,
    "origin": ORIGIN_COLORS,
    "department": dict(enumerate(DEPARTMENT_PALETTE)),
    "directorate": dict(enumerate(DIRECTORATE_COLORS)),
    "load": LOAD_SCALE,
    "scenario": SCENARIO_COLORS,
    "pool": POOL_COLORS,
    "kind": KIND_COLORS,
    "trend": TREND_COLORS,
    "range": RANGE_COLORS,
    "other": {
        "group": GROUP_COLOR,
        "hidden": HIDDEN_COLOR,
        "reference": REFERENCE_LINE,
        "error_bar": ERROR_BAR,
        "neutral": NEUTRAL,
    },
}
"""Every palette but the network types' (tests/test_charts.py: none of them uses a type colour)."""

# --- Layout --------------------------------------------------------------------------------------
FONT = "Source Sans Pro, Arial, sans-serif"
SEPARATORS = ",."  # Danish: decimal comma, thousands point
DAY_FORMAT = "%d-%m-%Y"  # 01-10-2026
YEAR_FORMAT = "%Y"
# A date axis shows days as 01-10-2026 (also when its ticks fall on the 1st of each month) and
# only the year when the ticks are a year or more apart.
DATE_TICKFORMATSTOPS = (
    {"dtickrange": [None, "M12"], "value": DAY_FORMAT},
    {"dtickrange": ["M12", None], "value": YEAR_FORMAT},
)
HALF_YEAR_TICK_WIDTH = 90  # pixels one horizontal "1. hv. 2013" needs
MARGIN = {"l": 10, "r": 10, "t": 50, "b": 10}


def base_layout(
    fig: go.Figure,
    title: str,
    x_title: str | None,
    y_title: str | None,
    *,
    height: int = 360,
) -> go.Figure:
    """Title, Danish axis titles (None: the axis shows no title, e.g. a hidden axis), font,
    margins, the Danish decimal comma, white background, legend without a title."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 17}},
        template="plotly_white",
        height=height,
        margin=MARGIN,
        font={"family": FONT, "size": 13},
        separators=SEPARATORS,
        legend={"traceorder": "normal"},
    )
    if fig.layout.legend.title.text is None:  # a legend title the chart chose stays
        fig.update_layout(legend_title_text="")
    if x_title is not None:
        fig.update_xaxes(title_text=x_title)
    if y_title is not None:
        fig.update_yaxes(title_text=y_title)
    return fig


MAX_TICKS = 12  # on a count axis


def count_axis(fig: go.Figure, top: float, *, axis: str = "x", step: int = 1) -> go.Figure:
    """Whole-number ticks on a count axis up to `top`: one every `step` while that makes at most
    MAX_TICKS, else Plotly's own spacing with whole numbers ('1.000'). Never a tick per count
    of hundreds: each tick is a text the browser measures (a 700-tick axis took 15 s to draw)."""
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    if top / step <= MAX_TICKS:
        return update(tick0=0, dtick=step)
    return update(tickformat=",d", nticks=MAX_TICKS)


def date_axis(fig: go.Figure, *, axis: str = "x") -> go.Figure:
    """A date axis in the Danish format (DATE_TICKFORMATSTOPS), hover dates as 01-10-2026."""
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(type="date", tickformatstops=list(DATE_TICKFORMATSTOPS), hoverformat=DAY_FORMAT)
    return fig


def half_year_axis(fig: go.Figure, halves: Sequence[str], *, width: int = 720) -> go.Figure:
    """A categorical half-year axis whose categories are fmt_half_year labels ('1. halvår
    2013', as the hover shows them): horizontal "1. hv. 2013" ticks, as many as fit `width`
    pixels (every k-th half-year, k even when it is more than 1, so all ticks are 1. halvår)."""
    fit = max(width // HALF_YEAR_TICK_WIDTH, 1)
    step = max(math.ceil(len(halves) / fit), 1)
    if step > 1 and step % 2:
        step += 1
    first = next((i for i, h in enumerate(halves) if h.endswith("H1")), 0) if step > 1 else 0
    shown = list(halves)[first::step]
    fig.update_xaxes(
        type="category",
        tickmode="array",
        tickvals=[fmt_half_year(h) for h in shown],
        ticktext=[fmt_half_year_short(h) for h in shown],
        tickangle=0,
    )
    return fig


def to_png(fig: go.Figure, *, width: int = 1600, height: int = 1000) -> bytes:
    """The figure as a PNG for slides (kaleido with the system's Chromium; a cold call takes a
    few seconds)."""
    return fig.to_image(format="png", width=width, height=height)
