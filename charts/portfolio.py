"""Figures for the Portefølje page: one colour per network type (charts.style.TYPE_COLORS)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.networks import date_bars
from charts.style import (
    TARGET_BAND,
    TYPE_COLORS,
    base_layout,
    count_axis,
    date_axis,
    half_year_axis,
)
from data.labels import ENUM_LABELS, Axis, ChartText, Hover, fmt_half_year

TYPE_LABELS = ENUM_LABELS["network_type"]
HALF_COLUMN = 520  # pixels of a chart in one of two columns on a 1600 px screen


def running_area(running: pd.DataFrame, title: str) -> go.Figure:
    """Stacked area: networks running per day, by type (analytics.portfolio.running_per_day)."""
    fig = go.Figure()
    for network_type, color in TYPE_COLORS.items():
        rows = running[running["type"] == network_type]
        fig.add_trace(
            go.Scatter(
                x=rows["day"],
                y=rows["running"],
                name=TYPE_LABELS[network_type],
                stackgroup="types",
                mode="lines",
                line={"width": 0.5, "color": color},
                fillcolor=color,
                hovertemplate=Hover.RUNNING,
            )
        )
    date_axis(fig)
    fig.update_yaxes(rangemode="tozero")
    fig.update_layout(hovermode="x unified")
    return base_layout(fig, title, Axis.DATE, Axis.RUNNING)


def starts_bars(starts: pd.DataFrame, band: tuple[int, int], ns3_from: str, title: str):
    """Stacked bars of starts per half-year by type, with NS3's band (e.g. 4–5) drawn from the
    first NS3 half-year on (analytics.portfolio.starts_per_half_year)."""
    halves = list(dict.fromkeys(starts["half_year"]))
    fig = go.Figure()
    for network_type, color in TYPE_COLORS.items():
        rows = starts[starts["type"] == network_type]
        fig.add_trace(
            go.Bar(
                x=[fmt_half_year(h) for h in rows["half_year"]],
                y=rows["started"],
                name=TYPE_LABELS[network_type],
                marker_color=color,
                meta=TYPE_LABELS[network_type].lower(),
                hovertemplate=Hover.STARTS,
            )
        )
    first = halves.index(ns3_from) if ns3_from in halves else 0
    top = float(starts.groupby("half_year")["started"].sum().max()) if len(starts) else 0.0
    fig.add_shape(
        type="rect",
        xref="x",
        yref="y",
        x0=first - 0.5,
        x1=len(halves) - 0.5,
        y0=band[0] - 0.5,
        y1=band[1] + 0.5,
        fillcolor=TARGET_BAND["fill"],
        line={"color": TARGET_BAND["line"], "dash": "dot"},
        layer="below",
    )
    # The band's name above its top right corner, inside the plot (paper x = its right edge), on
    # a y range that leaves room for it however low the bars are.
    fig.add_annotation(
        x=1,
        xref="paper",
        y=band[1] + 0.5,
        text=ChartText.STARTS_BAND.format(lo=band[0], hi=band[1]),
        showarrow=False,
        yanchor="bottom",
        xanchor="right",
        font={"size": 12, "color": TARGET_BAND["line"]},
    )
    fig.update_layout(barmode="stack")
    half_year_axis(fig, halves, width=HALF_COLUMN)  # drawn in half the page
    fig.update_xaxes(categoryorder="array", categoryarray=[fmt_half_year(h) for h in halves])
    fig.update_yaxes(range=[0, max(top, band[1] + 2.5) * 1.05])
    count_axis(fig, top, axis="y", step=2)
    return base_layout(fig, title, Axis.HALF_YEAR, Axis.STARTED, height=380)


def network_gantt(networks: pd.DataFrame, title: str) -> go.Figure:
    """A bar per network from start to end (or planned end while open), coloured by type, the
    newest on top; the hover shows generation and status (analytics.networks.network_list: a
    page of it, since the chart is as tall as its rows)."""
    frame = networks.sort_values(["start_date", "id"], ascending=[False, True])
    frame = frame.reset_index(drop=True)
    frame = frame.assign(
        label=[
            f"{i} · {n[:38]}…" if len(n) > 40 else f"{i} · {n}"
            for i, n in zip(frame["id"], frame["name"], strict=True)
        ],
        end_date=frame["end_date"].fillna(frame["planned_end"]),
        hover=[
            f"<br>{g} · {ENUM_LABELS['network_status'].get(s, s)}"
            for g, s in zip(frame["generation"], frame["status"], strict=True)
        ],
    )
    fig = date_bars(
        frame,
        y="label",
        group="type",
        colors=TYPE_COLORS,
        labels=TYPE_LABELS,
    )
    fig.update_yaxes(
        autorange="reversed",
        categoryorder="array",
        categoryarray=list(frame["label"]),
        tickfont={"size": 10},
    )
    order = list(TYPE_LABELS.values())  # the legend in the same order as every other chart
    fig.data = tuple(sorted(fig.data, key=lambda trace: order.index(trace.name)))
    fig.update_layout(bargap=0.25)
    return base_layout(fig, title, Axis.DATE, Axis.NETWORK, height=120 + 16 * len(frame))


def coverage_heatmap(covered: pd.DataFrame, title: str) -> go.Figure:
    """Department × network: employee members of each department in each network
    (analytics.portfolio.network_departments); empty cell = the department is not in it."""
    grid = covered.pivot_table(
        index="department", columns="network_id", values="members", aggfunc="sum", sort=False
    )
    order = list(dict.fromkeys(covered["network_id"]))
    grid = grid.reindex(columns=order)
    names = dict(zip(covered["network_id"], covered["network_name"], strict=False))
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=list(grid.columns),
            y=list(grid.index),
            colorscale="Blues",
            zmin=0,
            colorbar={"title": {"text": ChartText.EMPLOYEES}},
            xgap=1,
            ygap=1,
            customdata=[[names.get(c, c) for c in grid.columns]] * len(grid.index),
            hovertemplate=Hover.COVERAGE,
        )
    )
    fig.update_xaxes(tickangle=-90, tickfont={"size": 9})
    fig.update_yaxes(autorange="reversed")
    return base_layout(fig, title, Axis.NETWORK_BY_START, Axis.DEPARTMENT, height=420)


def pairs_heatmap(pairs: pd.DataFrame, departments: pd.DataFrame, title: str) -> go.Figure:
    """Department × department: networks they shared (analytics.portfolio.department_pairs)."""
    names = dict(zip(departments["id"], departments["name"], strict=True))
    order = list(departments["id"])
    grid = pd.DataFrame(0, index=order, columns=order)
    for a, b, n in pairs[["department_a", "department_b", "networks"]].itertuples(index=False):
        grid.loc[a, b] = grid.loc[b, a] = n  # at most 28 pairs: symmetric fill for the picture
    labels = [names[d] for d in order]
    fig = go.Figure(
        go.Heatmap(
            z=grid.to_numpy(),
            x=labels,
            y=labels,
            colorscale="Greens",
            zmin=0,
            xgap=1,
            ygap=1,
            text=grid.to_numpy(),
            texttemplate="%{text}",
            colorbar={"title": {"text": ChartText.NETWORKS}},
            hovertemplate=Hover.PAIRS,
        )
    )
    fig.update_xaxes(tickangle=-30)
    fig.update_yaxes(autorange="reversed")
    return base_layout(fig, title, Axis.DEPARTMENT, Axis.DEPARTMENT, height=520)
