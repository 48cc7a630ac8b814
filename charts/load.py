"""Figures for Ressourcetræk and the network profile's load curve (frames from analytics.load)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go

from charts.theme import ROLE_COLORS, style
from data.labels import ENUM_LABELS, Axis, ChartText, Hover, LoadMsg, fmt_number

ROLE_LABELS = ENUM_LABELS["role"]
# Department colours: a qualitative palette apart from the network type colours.
DEPARTMENT_PALETTE = [
    "#4C78A8",
    "#F58518",
    "#54A24B",
    "#B279A2",
    "#E45756",
    "#72B7B2",
    "#EECA3B",
    "#9D755D",
    "#BAB0AC",
]
UNDER, AT, OVER_LOW, OVER_HIGH = "#EAF1F8", "#2F5D8A", "#F2A541", "#B3261E"


def _today_line(fig: go.Figure, weeks: list[pd.Timestamp], today: dt.date) -> None:
    if weeks and weeks[0] <= pd.Timestamp(today) <= weeks[-1] + pd.Timedelta(days=6):
        fig.add_vline(x=pd.Timestamp(today), line={"color": "#444", "dash": "dot", "width": 1})
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
    scale = [[0, UNDER], [cut, AT], [min(cut + 0.001, 1), OVER_LOW], [1, OVER_HIGH]]
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
                    ChartText.LIMIT.format(value=fmt_number(threshold, 1)),
                    fmt_number(top, 1),
                ],
            },
            hovertemplate=Hover.PERSON_WEEK,
        )
    )
    fig.update_yaxes(autorange="reversed", title_text=Axis.PERSON, tickfont={"size": 11})
    fig.update_xaxes(title_text=Axis.WEEK, tickformat="%d-%m-%y")
    _today_line(fig, weeks, today)
    return style(fig, title, height=140 + 20 * max(len(labels), 3))


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
    fig.update_xaxes(title_text=Axis.WEEK, tickformat="%d-%m-%y")
    fig.update_yaxes(title_text=Axis.NETWORK_HOURS, rangemode="tozero")
    _today_line(fig, sorted(frame["week_start"].unique()), today)
    return style(fig, title, height=420)


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
    fig.update_xaxes(title_text=Axis.WEEK, tickformat="%d-%m-%y")
    fig.update_yaxes(title_text=Axis.HOURS_PER_WEEK, rangemode="tozero")
    if today is not None:
        _today_line(fig, sorted(frame["week_start"].unique()), today)
    return style(fig, title, height=height)


def plan_lines(totals: pd.DataFrame, threshold: float, title: str) -> go.Figure:
    """Total network hours per week without and with the plan (analytics.load.plan_weekly_totals),
    with the number of people over the threshold on hover."""
    fig = go.Figure()
    for scenario, color, dash in zip(
        totals["scenario"].unique(), ("#7F8C99", "#B3261E"), ("dot", "solid"), strict=False
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
                meta=fmt_number(threshold, 1),
                hovertemplate=Hover.PLAN_WEEK,
            )
        )
    fig.update_xaxes(title_text=Axis.WEEK, tickformat="%d-%m-%y")
    fig.update_yaxes(title_text=Axis.NETWORK_HOURS_TOTAL, rangemode="tozero")
    fig.update_layout(hovermode="x unified")
    return style(fig, title, height=360)
