"""Figures of analytics.people: the pool of network leaders over time, the co-driver trainings
against NS3's rhythm (Netværksledere), how broadly the employees take part and the outside
members (Tendenser)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.style import KIND_COLORS, POOL_COLORS, TARGET_BAND, base_layout, date_axis
from data.labels import ENUM_LABELS, LeaderChart, fmt_decimal


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


def breadth_bars(whole: pd.DataFrame, title: str) -> go.Figure:
    """Per department, the share of its employees who have been in a network (analytics.people
    .participation, the whole window), 'n af N' written on the bar."""
    frame = whole.sort_values("share", na_position="first")
    fig = go.Figure(
        go.Bar(
            x=100 * frame["share"],
            y=frame["department"],
            orientation="h",
            marker_color=POOL_COLORS["qualified"],
            text=[
                LeaderChart.OF.format(n=n, total=t)
                for n, t in zip(frame["participants"], frame["employees"], strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
            hovertemplate=LeaderChart.SHARE_HOVER,
        )
    )
    fig.update_xaxes(range=[0, 110], ticksuffix=" %")
    return base_layout(fig, title, LeaderChart.SHARE, None, height=360)


def outside_bars(outside: pd.DataFrame, title: str) -> go.Figure:
    """Outside members per year, stacked by kind (analytics.people.external_involvement, not
    per network)."""
    per_year = outside
    fig = go.Figure()
    for kind, color in KIND_COLORS.items():
        rows = per_year[per_year["kind"] == kind]
        if not rows.empty:
            fig.add_trace(
                go.Bar(
                    x=rows["year"],
                    y=rows["people"],
                    name=ENUM_LABELS["person_kind"].get(kind, kind),
                    marker_color=color,
                    hovertemplate=LeaderChart.OUTSIDE_HOVER,
                )
            )
    fig.update_layout(barmode="stack", legend={"orientation": "h", "y": -0.2})
    fig.update_xaxes(type="category")
    return base_layout(fig, title, LeaderChart.YEAR, LeaderChart.OUTSIDE, height=360)
