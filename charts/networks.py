"""Figures for one network's profile."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.style import (
    INTENSITY_COLORS,
    NEUTRAL,
    ROLE_COLORS,
    base_layout,
    count_axis,
    date_axis,
)
from data.labels import ENUM_LABELS, Axis, Hover, fmt_date


def date_bars(
    frame: pd.DataFrame,
    *,
    y: str,
    group: str,
    colors: dict[str, str],
    labels: dict[str, str],
) -> go.Figure:
    """One horizontal bar per row from `start_date` to `end_date` (inclusive) on a date axis,
    coloured by `group`; an optional column `hover` is added to the hover text."""
    fig = go.Figure()
    for key, rows in frame.groupby(group, sort=False):
        start = pd.to_datetime(rows["start_date"])
        end = pd.to_datetime(rows["end_date"]) + pd.Timedelta(days=1)
        hover = rows["hover"] if "hover" in rows else [""] * len(rows)
        fig.add_trace(
            go.Bar(
                y=rows[y],
                x=(end - start).dt.total_seconds() * 1000,
                base=start,
                orientation="h",
                name=labels.get(key, key),
                marker_color=colors.get(key, NEUTRAL),
                customdata=list(
                    zip(start.map(fmt_date), rows["end_date"].map(fmt_date), hover, strict=True)
                ),
                hovertemplate=Hover.GANTT,
            )
        )
    return date_axis(fig)


def phase_timeline(phases: pd.DataFrame, title: str) -> go.Figure:
    """A bar per phase on a date axis, coloured by intensity (phases from analytics.phases)."""
    fig = date_bars(
        phases,
        y="name",
        group="intensity",
        colors=INTENSITY_COLORS,
        labels=ENUM_LABELS["intensity"],
    )
    fig.update_yaxes(
        autorange="reversed",
        categoryorder="array",
        categoryarray=list(phases.sort_values("seq")["name"]),
    )
    return base_layout(fig, title, Axis.DATE, Axis.PHASE, height=120 + 28 * len(phases))


def people_by_department(counts: pd.DataFrame, title: str) -> go.Figure:
    """Stacked horizontal bars: people per department, split by role."""
    fig = go.Figure()
    labels = ENUM_LABELS["role"]
    for role in ROLE_COLORS:
        rows = counts[counts["role"] == role]
        if rows.empty:
            continue
        fig.add_trace(
            go.Bar(
                y=rows["department"],
                x=rows["people"],
                orientation="h",
                name=labels[role],
                marker_color=ROLE_COLORS[role],
                hovertemplate=Hover.PEOPLE,
            )
        )
    fig.update_layout(barmode="stack")
    count_axis(fig, counts.groupby("department")["people"].sum().max())
    fig.update_yaxes(categoryorder="total ascending")
    n = counts["department"].nunique()
    return base_layout(fig, title, Axis.PEOPLE, Axis.DEPARTMENT, height=140 + 32 * n)
