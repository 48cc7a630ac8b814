"""Figures for Tendenser: a measure of analytics.trends over time, and two ranges of years side by
side. One colour per network type (TYPE_COLORS), the department and directorate palettes by
the group's place in the organisation (so a department keeps its colour under any filter).

A count broken down into groups that split its items (analytics.trends.adds_up) is drawn as
stacked bars; a level (rc_index, pool_size), and groups that overlap (a network in several
departments), as one line per group. A second measure is a line on its own axis to the right.
The height is fixed, whatever the number of groups (the legend lies beside the plot).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from analytics.trends import ALL, LEVELS, adds_up
from charts.style import (
    DEPARTMENT_PALETTE,
    DIRECTORATE_COLORS,
    RANGE_COLORS,
    TREND_COLORS,
    TYPE_COLORS,
    base_layout,
)
from data.labels import TrendText, fmt_period

HEIGHT = 460
RANGES_HEIGHT = 380
PLOT_WIDTH = 1000  # pixels the x axis gets at the page's usual width, legend beside it
_PER_YEAR = {"month": 12, "quarter": 4, "half_year": 2, "year": 1}
_TICK_WIDTH = {"month": 80, "quarter": 85, "half_year": 85, "year": 48}  # one tick's label
# Tick steps (in periods) that keep the ticks on the same place in each year.
_STEPS = {
    "month": (1, 2, 3, 6, 12, 24, 36, 60, 120),
    "quarter": (1, 2, 4, 8, 12, 20, 40),
    "half_year": (1, 2, 4, 6, 10, 20),
    "year": (1, 2, 5, 10, 20, 50),
}


def trend_title(measure: str, by: str | None, grain: str, second: str | None = None) -> str:
    """'Deltagere (medarbejdere) pr. år, fordelt på afdeling — og RC-indeks (…)'."""
    title = TrendText.TITLE.format(
        measure=TrendText.MEASURES[measure], per=TrendText.PER_GRAIN[grain]
    )
    if by is not None:
        title = TrendText.TITLE_BY.format(title=title, by=TrendText.BY_TITLE[by])
    if second is not None:
        title = TrendText.TITLE_SECOND.format(title=title, second=TrendText.MEASURES[second])
    return title


def group_colors(by: str | None, groups: Sequence[str]) -> dict[str, str]:
    """A colour per group: the type's colour, a department's or directorate's by its place in
    `groups` (every group of the breakdown, in the organisation's order), one colour for 'alle'."""
    if by == "type":
        return dict(TYPE_COLORS)
    palette = {"department": DEPARTMENT_PALETTE, "directorate": DIRECTORATE_COLORS}.get(by)
    if palette is None:
        return {ALL: TREND_COLORS["all"]}
    return {g: palette[i % len(palette)] for i, g in enumerate(groups)}


def _hover(measure: str) -> str:
    value = TrendText.HOVER.get(measure, TrendText.HOVER["count"])
    return f"%{{fullData.name}}: {value}<extra></extra>"


def period_axis(
    fig: go.Figure, starts: Sequence[dt.date], labels: Sequence[str], grain: str
) -> go.Figure:
    """A categorical period axis whose categories are the Danish periods ('1. halvår 2016', as
    the hover and the table show them), with short ticks ('1. hv. 2016') as many as fit
    PLOT_WIDTH, at the same place in every year (January, the first quarter …)."""
    fit = max(PLOT_WIDTH // _TICK_WIDTH[grain], 1)
    need = max(math.ceil(len(labels) / fit), 1)
    step = next((s for s in _STEPS[grain] if s >= need), _STEPS[grain][-1])
    per_year = _PER_YEAR[grain]

    def on_step(day: dt.date) -> bool:
        index = day.year * per_year + (day.month - 1) * per_year // 12
        return index % step == 0

    shown = [i for i, day in enumerate(starts) if on_step(day)] if step > 1 else range(len(labels))
    fig.update_xaxes(
        type="category",
        categoryorder="array",
        categoryarray=[fmt_period(p, grain) for p in labels],
        tickmode="array",
        tickvals=[fmt_period(labels[i], grain) for i in shown],
        ticktext=[fmt_period(labels[i], grain, short=True) for i in shown],
        tickangle=0,
    )
    return fig


def trend_chart(
    frame: pd.DataFrame,
    measure: str,
    by: str | None,
    grain: str,
    names: dict[str, str],
    colors: dict[str, str],
    *,
    second: pd.DataFrame | None = None,
    second_measure: str | None = None,
) -> go.Figure:
    """The measure over time (analytics.trends.series): stacked bars for a count whose groups
    split it, else one line per group; `second` (a series without breakdown of
    `second_measure`) as a line on the right-hand axis. `names` and `colors` per group."""
    periods = frame.drop_duplicates("period_start")
    labels = list(periods["period"])
    starts = list(periods["period_start"])
    lines = measure in LEVELS or not adds_up(measure, by)
    fig = go.Figure()
    for group in dict.fromkeys(frame["group"]):
        rows = frame[frame["group"] == group]
        x = [fmt_period(p, grain) for p in rows["period"]]
        y = pd.to_numeric(rows["value"], errors="coerce")
        style = {"name": names.get(group, group), "hovertemplate": _hover(measure)}
        color = colors.get(group, TREND_COLORS["all"])
        if lines:
            fig.add_trace(
                go.Scatter(
                    x=x, y=y, mode="lines+markers", connectgaps=True,
                    line={"color": color, "width": 2.5}, marker={"size": 6}, **style,
                )
            )  # fmt: skip
        else:
            fig.add_trace(go.Bar(x=x, y=y, marker_color=color, **style))
    if second is not None and second_measure is not None:
        fig.add_trace(
            go.Scatter(
                x=[fmt_period(p, grain) for p in second["period"]],
                y=pd.to_numeric(second["value"], errors="coerce"),
                name=TrendText.MEASURES[second_measure],
                yaxis="y2",
                mode="lines+markers",
                connectgaps=True,
                line={"color": TREND_COLORS["second"], "width": 3, "dash": "dot"},
                marker={"size": 7, "symbol": "diamond"},
                hovertemplate=_hover(second_measure),
            )
        )
        fig.update_layout(legend={"x": 1.07, "xanchor": "left"})
    fig.update_layout(barmode="stack", bargap=0.2, hovermode="x unified")
    period_axis(fig, starts, labels, grain)
    fig.update_layout(yaxis=_value_axis(measure))
    drawn = second_measure if second is not None else None
    title = trend_title(measure, by, grain, drawn)
    base_layout(fig, title, TrendText.GRAINS[grain], None, height=HEIGHT)
    fig.update_layout(yaxis_title_text=TrendText.Y_TITLES[measure])
    if drawn:  # after base_layout, which would give every y axis the first one's title
        color = TREND_COLORS["second"]
        fig.update_layout(
            yaxis2={
                **_value_axis(drawn),
                "title": {"text": TrendText.Y_TITLES[drawn], "font": {"color": color}},
                "overlaying": "y",
                "side": "right",
                "showgrid": False,
                "tickmode": "auto",  # its own round ticks, not the left axis' grid
                "tickfont": {"color": color},
            }
        )
    return fig


def _value_axis(measure: str) -> dict:
    """A value axis from 0 for counts and hours; the RC index on its own range, two decimals."""
    if measure == "rc_index":
        return {"rangemode": "normal", "tickformat": ".2f"}
    return {"rangemode": "tozero", "tickformat": ",~f"}


def ranges_chart(
    compared: pd.DataFrame,
    measure: str,
    names: dict[str, str],
    first: str,
    second: str,
) -> go.Figure:
    """Grouped horizontal bars (long department names stay readable): each group's value in the
    two ranges of years (analytics.trends.compare_ranges: the per-year average, or the mean
    level), `first` and `second` the ranges' names ('2014–2015'), the first range on top."""
    y = [names.get(g, g) for g in compared["group"]]
    fig = go.Figure()
    for column, label in (("first", first), ("second", second)):
        fig.add_trace(
            go.Bar(
                y=y,
                x=compared[column],
                orientation="h",
                name=label,
                marker_color=RANGE_COLORS[column],
                hovertemplate=_hover(measure).replace("%{y", "%{x"),
            )
        )
    fig.update_layout(barmode="group", bargap=0.25, hovermode="y unified")
    fig.update_yaxes(autorange="reversed")
    fig.update_layout(legend={"traceorder": "normal"})
    values = TrendText.RANGES_Y_MEAN if measure in LEVELS else TrendText.RANGES_Y_PER_YEAR
    x_title = values.format(y=TrendText.Y_TITLES[measure])
    fig.update_xaxes(**_value_axis(measure))
    title = TrendText.RANGES_TITLE.format(
        measure=TrendText.MEASURES[measure], first=first, second=second
    )
    return base_layout(fig, title, x_title, None, height=RANGES_HEIGHT)
