"""Figures for Ressourcetræk and the network profile's load curve (frames from analytics.load)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from charts.style import (
    DEPARTMENT_PALETTE,
    LOAD_SCALE,
    REFERENCE_LINE,
    ROLE_COLORS,
    SCENARIO_COLORS,
    base_layout,
    date_axis,
)
from data.labels import ENUM_LABELS, Axis, ChartText, Hover, LoadMsg, fmt_decimal

ROLE_LABELS = ENUM_LABELS["role"]


def _today_line(fig: go.Figure, weeks: list[pd.Timestamp], today: dt.date) -> None:
    if weeks and weeks[0] <= pd.Timestamp(today) <= weeks[-1] + pd.Timedelta(days=6):
        fig.add_vline(
            x=pd.Timestamp(today), line={"color": REFERENCE_LINE, "dash": "dot", "width": 1}
        )
        fig.add_annotation(
            x=pd.Timestamp(today),
            y=1,
            yref="paper",
            text=ChartText.TODAY,
            showarrow=False,
            yanchor="bottom",
            font={"size": 11},
        )


def person_heatmap(
    frame: pd.DataFrame,
    weeks: list[pd.Timestamp],
    threshold: float,
    title: str,
    *,
    today: dt.date,
) -> go.Figure:
    """Person × week hours (analytics.load.heatmap), most loaded at the top. Blue up to the
    threshold, orange to red above it; weeks without load stay empty."""
    people = frame.drop_duplicates("person_id")
    labels = [f"{n} ({d})" for n, d in zip(people["name"], people["department"], strict=True)]
    grid = frame.pivot_table(
        index="person_id", columns="week_start", values="hours", aggfunc="sum"
    ).reindex(index=list(people["person_id"]), columns=weeks)
    top = max(threshold * 1.6, float(frame["hours"].max()) if len(frame) else 0.0)
    cut = min(threshold / top, 0.999)
    scale = [
        [0, LOAD_SCALE["under"]],
        [cut, LOAD_SCALE["at"]],
        [min(cut + 0.001, 1), LOAD_SCALE["over_low"]],
        [1, LOAD_SCALE["over_high"]],
    ]
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=weeks,
            y=labels,
            zmin=0,
            zmax=top,
            colorscale=scale,
            xgap=1,
            ygap=1,
            hoverongaps=False,
            colorbar={
                "title": {"text": ChartText.HOURS},
                "tickvals": [0, threshold, top],
                "ticktext": [
                    "0",
                    ChartText.LIMIT.format(value=fmt_decimal(threshold)),
                    fmt_decimal(top),
                ],
            },
            hovertemplate=Hover.PERSON_WEEK,
        )
    )
    fig.update_yaxes(autorange="reversed", tickfont={"size": 11})
    date_axis(fig)
    _today_line(fig, weeks, today)
    return base_layout(fig, title, Axis.WEEK, Axis.PERSON, height=140 + 20 * max(len(labels), 3))


def department_bars(frame: pd.DataFrame, title: str, *, today: dt.date) -> go.Figure:
    """Stacked bars: network hours per department and week (analytics.load.department_weeks),
    full-time equivalents on hover."""
    fig = go.Figure()
    names = sorted(frame["department"].unique(), key=lambda d: (d == LoadMsg.EXTERNAL, d))
    for i, name in enumerate(names):
        rows = frame[frame["department"] == name]
        fig.add_trace(
            go.Bar(
                x=rows["week_start"],
                y=rows["hours"],
                name=name,
                customdata=rows["fte"],
                marker_color=DEPARTMENT_PALETTE[i % len(DEPARTMENT_PALETTE)],
                hovertemplate=Hover.DEPARTMENT_WEEK,
            )
        )
    fig.update_layout(barmode="stack", bargap=0.1, hovermode="x unified")
    date_axis(fig)
    fig.update_yaxes(rangemode="tozero")
    _today_line(fig, sorted(frame["week_start"].unique()), today)
    return base_layout(fig, title, Axis.WEEK, Axis.NETWORK_HOURS, height=420)


def role_bars(
    frame: pd.DataFrame, title: str, *, today: dt.date | None = None, height: int = 360
) -> go.Figure:
    """Stacked bars of hours per week by role (analytics.load.role_weeks / network_load)."""
    fig = go.Figure()
    for role, color in ROLE_COLORS.items():
        rows = frame[frame["role"] == role]
        if rows.empty:
            continue
        fig.add_trace(
            go.Bar(
                x=rows["week_start"],
                y=rows["hours"],
                name=ROLE_LABELS[role],
                marker_color=color,
                customdata=rows["people"],
                hovertemplate=Hover.ROLE_WEEK,
            )
        )
    fig.update_layout(barmode="stack", bargap=0.1)
    date_axis(fig)
    fig.update_yaxes(rangemode="tozero")
    if today is not None:
        _today_line(fig, sorted(frame["week_start"].unique()), today)
    return base_layout(fig, title, Axis.WEEK, Axis.HOURS_PER_WEEK, height=height)


def plan_lines(totals: pd.DataFrame, threshold: float, title: str) -> go.Figure:
    """Total network hours per week without and with the plan (analytics.load.plan_weekly_totals),
    with the number of people over the threshold on hover."""
    fig = go.Figure()
    colors = (SCENARIO_COLORS["without"], SCENARIO_COLORS["with"])
    for scenario, color, dash in zip(
        totals["scenario"].unique(), colors, ("dot", "solid"), strict=False
    ):
        rows = totals[totals["scenario"] == scenario]
        fig.add_trace(
            go.Scatter(
                x=rows["week_start"],
                y=rows["hours"],
                name=scenario,
                mode="lines+markers",
                line={"color": color, "dash": dash},
                marker={"size": 5},
                customdata=rows["people_over"],
                meta=fmt_decimal(threshold),
                hovertemplate=Hover.PLAN_WEEK,
            )
        )
    date_axis(fig)
    fig.update_yaxes(rangemode="tozero")
    fig.update_layout(hovermode="x unified")
    return base_layout(fig, title, Axis.WEEK, Axis.NETWORK_HOURS_TOTAL, height=360)
