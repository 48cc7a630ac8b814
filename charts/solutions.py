"""Figures for the Løsninger page."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.style import (
    FUNNEL_COLORS,
    SOLUTION_STATUS_COLORS,
    TYPE_COLORS,
    base_layout,
    count_axis,
)
from data.labels import ENUM_LABELS, FUNNEL_LABELS, Axis, Hover

STATUS_COLORS = SOLUTION_STATUS_COLORS


def funnel_chart(funnel: pd.DataFrame, title: str) -> go.Figure:
    """Handed over → taken up → implemented (analytics.solutions.funnel)."""
    fig = go.Figure(
        go.Funnel(
            y=[FUNNEL_LABELS[s] for s in funnel["stage"]],
            x=funnel["solutions"],
            texttemplate="%{value:,d}<br>%{percentInitial:.0%}",  # 14.539, never '14,539k'
            marker={"color": [FUNNEL_COLORS[s] for s in funnel["stage"]]},
            hovertemplate=Hover.SOLUTIONS,
        )
    )
    return base_layout(fig, title, None, Axis.STAGE, height=300)


def status_bars(counts: pd.DataFrame, title: str) -> go.Figure:
    """Solutions per current status (analytics.solutions.status_counts)."""
    labels = ENUM_LABELS["solution_status"]
    fig = go.Figure(
        go.Bar(
            x=counts["solutions"],
            y=[labels[s] for s in counts["status"]],
            orientation="h",
            marker_color=[STATUS_COLORS[s] for s in counts["status"]],
            text=counts["solutions"],
            textposition="outside",
            cliponaxis=False,
            hovertemplate=Hover.SOLUTIONS,
        )
    )
    fig.update_yaxes(autorange="reversed")
    return base_layout(fig, title, Axis.SOLUTIONS, Axis.STATUS, height=300)


def shelf_bars(by_department: pd.DataFrame, title: str) -> go.Figure:
    """Solutions on the shelf per receiving department (analytics.solutions.shelf_by_department)."""
    fig = go.Figure(
        go.Bar(
            x=by_department["solutions"],
            y=by_department["department"],
            orientation="h",
            marker_color=STATUS_COLORS["on_shelf"],
            text=by_department["solutions"],
            textposition="outside",
            cliponaxis=False,
            hovertemplate=Hover.SOLUTIONS,
        )
    )
    top = by_department["solutions"].max()
    count_axis(fig, top)
    fig.update_xaxes(range=[0, top * 1.15])  # room for the count outside the longest bar
    fig.update_yaxes(autorange="reversed")
    height = 140 + 32 * len(by_department)
    return base_layout(fig, title, Axis.SHELF, Axis.RECEIVER, height=height)


BOX_POINTS = 300  # a type's solutions drawn as points; beyond, the box from its quartiles


def implementation_box(solutions: pd.DataFrame, title: str) -> go.Figure:
    """Days from handover to implementation, one box per network type, each solution a point.
    A type with more than BOX_POINTS solutions gets its box from quartiles computed here
    (whiskers at the furthest days within 1.5 × the box, as Plotly draws them), so the figure
    stays the same size however many solutions there are."""
    fig = go.Figure()
    done = solutions.dropna(subset=["days_to_implementation"])
    for network_type, color in TYPE_COLORS.items():
        rows = done[done["type"] == network_type]
        if rows.empty:
            continue
        name = ENUM_LABELS["network_type"][network_type]
        if len(rows) <= BOX_POINTS:
            box = {
                "x": rows["days_to_implementation"],
                "boxpoints": "all",
                "jitter": 0.4,
                "customdata": rows["title"],
                "hovertemplate": Hover.DAYS,
            }
        else:
            days = rows["days_to_implementation"].astype(float)
            q1, median, q3 = days.quantile([0.25, 0.5, 0.75])
            reach = 1.5 * (q3 - q1)
            box = {
                "y": [name],
                "q1": [q1],
                "median": [median],
                "q3": [q3],
                "lowerfence": [days[days >= q1 - reach].min()],
                "upperfence": [days[days <= q3 + reach].max()],
                "orientation": "h",
            }
        fig.add_trace(go.Box(name=name, marker_color=color, **box))
    fig.update_xaxes(rangemode="tozero")
    fig.update_layout(showlegend=False)
    return base_layout(fig, title, Axis.DAYS_TO_IMPLEMENTATION, Axis.NETWORK_TYPE, height=320)
