"""Figures of Relationel koordinering (frames from analytics.rc). A suppressed score never
reaches these functions as a number: analytics.rc has emptied it; the heat map only colours
its cell grey and says so."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from charts.style import (
    BAND_COLORS,
    BAND_SCALE_MIDDLE,
    BAND_SHADES,
    CHANGE_COLORS,
    DAY_FORMAT,
    EFFECT_COLORS,
    ERROR_BAR,
    GROUP_COLOR,
    HIDDEN_COLOR,
    REFERENCE_LINE,
    TIE_COLORS,
    base_layout,
    date_axis,
)
from data.labels import (
    RC_BAND_LABELS,
    RC_DIMENSION_LABELS,
    RC_EFFECT_LABELS,
    RC_TIE_LABELS,
    Axis,
    ChartText,
    Hover,
    RcMsg,
    fmt_number,
)

SCALE = (1, 5)
HIDDEN_TRACE = ChartText.HIDDEN  # the grey layer of the heat map: marks hidden cells, has no scores


def _bands(fig: go.Figure, weak: float, strong: float) -> go.Figure:
    """The three bands as shaded backgrounds, named at the right edge (call after
    `base_layout`)."""
    spans = {"weak": (SCALE[0], weak), "moderate": (weak, strong), "strong": (strong, SCALE[1])}
    for name, (low, high) in spans.items():
        fig.add_hrect(y0=low, y1=high, fillcolor=BAND_SHADES[name], line_width=0, layer="below")
        fig.add_annotation(
            x=1,
            xref="paper",
            y=(low + high) / 2,
            text=RC_BAND_LABELS[name],
            showarrow=False,
            xanchor="left",
            font={"size": 11, "color": BAND_COLORS[name]},
        )
    fig.update_yaxes(range=list(SCALE), dtick=0.5)
    fig.update_layout(margin={"r": 70})
    return fig


def dimension_bars(profile: pd.DataFrame, weak: float, strong: float, title: str) -> go.Figure:
    """The 7 dimensions (analytics.rc.profile), between and within groups, against the bands."""
    fig = go.Figure()
    for tie in ("between", "within"):
        rows = profile[profile["tie"] == tie]
        fig.add_bar(
            x=rows["dimension"].map(RC_DIMENSION_LABELS),
            y=rows["mean"],
            name=RC_TIE_LABELS[tie],
            marker_color=TIE_COLORS[tie],
            text=[fmt_number(v, 2) if pd.notna(v) else "" for v in rows["mean"]],
            textposition="outside",
            hovertemplate=Hover.RC_DIMENSION,
        )
    fig.update_layout(barmode="group", legend={"orientation": "h", "y": -0.22, "x": 0})
    fig = base_layout(fig, title, Axis.RC_DIMENSION, Axis.RC_MEAN, height=430)
    return _bands(fig, weak, strong)


def pair_heatmap(
    pairs: pd.DataFrame,
    groups: list[str],
    weak: float,
    strong: float,
    min_respondents: int,
    title: str,
) -> go.Figure:
    """From × to rc_index (analytics.rc.pair_scores): rows = the group answering, columns = the
    group rated. Suppressed cells grey, labelled 'færre end N svar'; pairs without answers
    empty."""
    index = pairs.set_index(["from_group", "to_group"])
    z = np.full((len(groups), len(groups)), np.nan)
    hidden = np.full_like(z, np.nan)
    text = [["" for _ in groups] for _ in groups]
    for i, a in enumerate(groups):
        for j, b in enumerate(groups):
            if (a, b) not in index.index:
                text[i][j] = RcMsg.NO_ANSWERS
                continue
            row = index.loc[(a, b)]
            if row["suppressed"]:
                hidden[i, j] = 1
                text[i][j] = RcMsg.HIDDEN_CELL.format(n=min_respondents)
            elif pd.notna(row["rc_index"]):
                z[i, j] = row["rc_index"]
                text[i][j] = fmt_number(row["rc_index"], 2)
    low, high = SCALE
    scale = [
        [0, BAND_COLORS["weak"]],
        [(weak - low) / (high - low), BAND_SCALE_MIDDLE["moderate_low"]],
        [(strong - low) / (high - low), BAND_SCALE_MIDDLE["moderate_high"]],
        [1, BAND_COLORS["strong"]],
    ]
    fig = go.Figure()
    fig.add_heatmap(
        z=z,
        x=groups,
        y=groups,
        zmin=low,
        zmax=high,
        colorscale=scale,
        xgap=2,
        ygap=2,
        text=[
            [t if h != 1 else "" for t, h in zip(r, hr, strict=True)]
            for r, hr in zip(text, hidden, strict=True)
        ],
        texttemplate="%{text}",
        hoverongaps=False,
        colorbar={
            "title": {"text": ChartText.RC_INDEX},
            "tickvals": [1, weak, strong, 5],
            "ticktext": ["1", fmt_number(weak, 1), fmt_number(strong, 1), "5"],
        },
        hovertemplate=Hover.RC_PAIR,
    )
    fig.add_heatmap(
        z=hidden,
        x=groups,
        y=groups,
        colorscale=[[0, HIDDEN_COLOR], [1, HIDDEN_COLOR]],
        showscale=False,
        xgap=2,
        ygap=2,
        hoverongaps=False,
        name=HIDDEN_TRACE,
        text=[
            [t if h == 1 else "" for t, h in zip(r, hr, strict=True)]
            for r, hr in zip(text, hidden, strict=True)
        ],
        texttemplate="%{text}",
        textfont={"size": 10, "color": REFERENCE_LINE},
        hovertemplate=Hover.RC_PAIR,
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(tickangle=-30, side="bottom")
    return base_layout(fig, title, Axis.RC_TO, Axis.RC_FROM, height=200 + 52 * len(groups))


def _label_side(x: float, y: float) -> str:
    """A node's label outside the circle: above/below near the top and bottom, else beside."""
    if abs(x) < 0.35:
        return "top center" if y > 0 else "bottom center"
    return "middle right" if x > 0 else "middle left"


def network_map(ties: pd.DataFrame, nodes: pd.DataFrame, title: str) -> go.Figure:
    """Groups on a circle; a line for every tie of analytics.rc.network_ties, coloured by band.
    `nodes` from analytics.rc.network_nodes (name, respondents, rc_index about itself)."""
    names = list(nodes["name"])
    angle = {n: math.pi / 2 - 2 * math.pi * i / max(len(names), 1) for i, n in enumerate(names)}
    pos = {n: (math.cos(a), math.sin(a)) for n, a in angle.items()}
    fig = go.Figure()
    for name in ("weak", "moderate", "strong"):
        rows = ties[ties["band"] == name]
        xs, ys = [], []
        for a, b in zip(rows["group_a"], rows["group_b"], strict=True):
            xs += [pos[a][0], pos[b][0], None]
            ys += [pos[a][1], pos[b][1], None]
        fig.add_scatter(
            x=xs or [None],
            y=ys or [None],
            mode="lines",
            hoverinfo="skip",
            line={"color": BAND_COLORS[name], "width": 3},
            name=ChartText.BAND_TIE.format(band=RC_BAND_LABELS[name]),
        )
    middle_x = [
        (pos[a][0] + pos[b][0]) / 2 for a, b in zip(ties["group_a"], ties["group_b"], strict=True)
    ]
    middle_y = [
        (pos[a][1] + pos[b][1]) / 2 for a, b in zip(ties["group_a"], ties["group_b"], strict=True)
    ]
    fig.add_scatter(
        x=middle_x,
        y=middle_y,
        mode="markers",
        marker={"size": 14, "opacity": 0},
        customdata=[
            [a, b, fmt_number(v, 2)]
            for a, b, v in zip(ties["group_a"], ties["group_b"], ties["rc_index"], strict=True)
        ],
        hovertemplate=Hover.RC_TIE,
        showlegend=False,
    )
    own = dict(zip(nodes["name"], nodes["rc_index"], strict=True))
    size = nodes["respondents"].fillna(0).to_numpy(float)
    fig.add_scatter(
        x=[pos[n][0] for n in names],
        y=[pos[n][1] for n in names],
        mode="markers+text",
        text=names,
        textposition=[_label_side(*pos[n]) for n in names],
        marker={
            "size": 16 + 24 * np.sqrt(size / max(size.max(), 1)),
            "color": GROUP_COLOR,
            "line": {"color": "white", "width": 2},
        },
        customdata=[
            [int(r), fmt_number(own.get(n), 2) if pd.notna(own.get(n)) else ChartText.HIDDEN]
            for n, r in zip(names, size, strict=True)
        ],
        hovertemplate=Hover.RC_GROUP,
        showlegend=False,
    )
    fig.update_xaxes(visible=False, range=[-2.3, 2.3])
    fig.update_yaxes(visible=False, range=[-1.35, 1.35], scaleanchor="x")
    fig.update_layout(legend={"orientation": "h", "y": -0.02, "x": 0})
    return base_layout(fig, title, None, None, height=620)  # a map: no axes to name


def trend_lines(trend: pd.DataFrame, weak: float, strong: float, title: str) -> go.Figure:
    """rc_index per wave (analytics.rc.trend): all relations, between and within groups."""
    fig = go.Figure()
    for tie in ("all", "between", "within"):
        rows = trend[trend["tie"] == tie]
        fig.add_scatter(
            x=rows["fielded_on"],
            y=rows["rc_index"],
            name=RC_TIE_LABELS[tie],
            mode="lines+markers",
            line={"color": TIE_COLORS[tie], "width": 3 if tie == "all" else 2},
            customdata=rows[["name"]],
            hovertemplate=Hover.RC_WAVE,
        )
    date_axis(fig)
    span = pd.to_datetime(trend["fielded_on"]).agg(["min", "max"]) if len(trend) else None
    years = span is not None and (span["max"] - span["min"]).days > 730
    if not years:  # a network's few waves: one tick per wave, its day
        fig.update_xaxes(tickvals=sorted(trend["fielded_on"].unique()), tickformat=DAY_FORMAT)
    fig.update_layout(legend={"orientation": "h", "y": -0.2, "x": 0})
    fig = base_layout(fig, title, Axis.RC_WAVE_DATE, Axis.RC_INDEX, height=400)
    return _bands(fig, weak, strong)


def _change_color(low: float, high: float) -> str:
    if pd.isna(low):
        return HIDDEN_COLOR
    if low > 0:
        return CHANGE_COLORS["up"]
    return CHANGE_COLORS["down"] if high < 0 else CHANGE_COLORS["unclear"]


def change_bars(change: pd.DataFrame, title: str) -> go.Figure:
    """Change per dimension with its 95 % interval (analytics.rc.dimension_change), as a dot
    with its interval: green when the interval lies above 0, red below, grey when it includes
    0. The change is written beside each dimension's name."""
    labels = [
        f"{RC_DIMENSION_LABELS[d]} ({fmt_number(v, 2, signed=True) or ChartText.NOT_SCORED})"
        for d, v in zip(change["dimension"], change["change"], strict=True)
    ]
    fig = go.Figure(
        go.Scatter(
            x=change["change"],
            y=labels,
            mode="markers",
            marker={
                "size": 13,
                "color": [
                    _change_color(lo, hi)
                    for lo, hi in zip(change["low"], change["high"], strict=True)
                ],
            },
            error_x={
                "type": "data",
                "symmetric": False,
                "array": change["high"] - change["change"],
                "arrayminus": change["change"] - change["low"],
                "color": ERROR_BAR,
                "thickness": 2,
                "width": 6,
            },
            customdata=np.stack([change["low"], change["high"]], axis=1),
            hovertemplate=Hover.RC_CHANGE,
        )
    )
    fig.add_vline(x=0, line={"color": REFERENCE_LINE, "width": 1})
    fig.update_yaxes(autorange="reversed")
    return base_layout(fig, title, Axis.RC_CHANGE, Axis.RC_DIMENSION_CHANGE, height=380)


def effect_bars(effect: pd.DataFrame, title: str) -> go.Figure:
    """Mean change in rc_index for department pairs with and without a shared network
    (analytics.rc.network_effect), with 95 % intervals and the number of pairs."""
    rows = effect[effect["category"] != "difference"]
    fig = go.Figure(
        go.Bar(
            x=[
                ChartText.PAIRS.format(
                    label=RC_EFFECT_LABELS[c],
                    change=fmt_number(v, 2, signed=True) or ChartText.NOT_SCORED,
                    n=n,
                )
                for c, v, n in zip(
                    rows["category"], rows["mean_change"], rows["pairs"], strict=True
                )
            ],
            y=rows["mean_change"],
            width=0.5,
            marker_color=[EFFECT_COLORS[c] for c in rows["category"]],
            error_y={
                "type": "data",
                "symmetric": False,
                "array": rows["high"] - rows["mean_change"],
                "arrayminus": rows["mean_change"] - rows["low"],
                "color": ERROR_BAR,
            },
            hovertemplate=Hover.RC_EFFECT,
        )
    )
    fig.add_hline(y=0, line={"color": REFERENCE_LINE, "width": 1})
    return base_layout(fig, title, Axis.DEPARTMENT_PAIRS, Axis.RC_EFFECT, height=400)
