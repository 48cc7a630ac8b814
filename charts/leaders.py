"""Figures for the Netværksledere page: the pool of network leaders over time and the co-driver
trainings against NS3's rhythm (analytics.people)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.style import POOL_COLORS, TARGET_BAND, base_layout, date_axis
from data.labels import LeaderChart, fmt_decimal


def pool_lines(pool: pd.DataFrame, title: str) -> go.Figure:
    """In the pool, qualified and free, on each period's last day (analytics.people
    .pool_over_time), as steps over the periods' first days."""
    fig = go.Figure()
    for column in ("in_pool", "qualified", "free"):
        fig.add_trace(
            go.Scatter(
                x=pool["period_start"],
                y=pool[column],
                name=LeaderChart.POOL[column],
                mode="lines+markers",
                line={"color": POOL_COLORS[column], "shape": "hv", "width": 2.5},
                marker={"size": 5},
                customdata=pool["period"],
                hovertemplate=LeaderChart.POOL_HOVER,
            )
        )
    fig.update_layout(legend={"orientation": "h", "y": -0.18}, hovermode="x unified")
    fig.update_yaxes(rangemode="tozero")
    return date_axis(base_layout(fig, title, LeaderChart.PERIOD, LeaderChart.PEOPLE, height=380))


def cohort_bars(cohorts: pd.DataFrame, size: tuple[int, int], title: str) -> go.Figure:
    """Each co-driver training's size (analytics.people.training_cohorts) against NS3's band of
    `size` (the shaded band), the months since the training before written on the bar."""
    fig = go.Figure()
    fig.add_hrect(
        y0=size[0],
        y1=size[1],
        fillcolor=TARGET_BAND["fill"],
        line_width=0,
        annotation_text=LeaderChart.BAND.format(low=size[0], high=size[1]),
        annotation_position="top left",
    )
    months = [
        "" if pd.isna(m) else LeaderChart.MONTHS.format(months=fmt_decimal(m, 1))
        for m in cohorts["months_since_previous"]
    ]
    fig.add_trace(
        go.Bar(
            x=cohorts["trained_on"],
            y=cohorts["size"],
            marker_color=[
                POOL_COLORS["qualified" if ok else "in_pool"] for ok in cohorts["size_in_band"]
            ],
            text=months,
            textposition="outside",
            textfont={"size": 12},
            cliponaxis=False,
            hovertemplate=LeaderChart.COHORT_HOVER,
            width=1000 * 60 * 60 * 24 * 120,  # 120 days wide on the date axis
        )
    )
    fig.update_yaxes(rangemode="tozero")
    return date_axis(
        base_layout(fig, title, LeaderChart.TRAINED_ON, LeaderChart.PEOPLE, height=340)
    )
