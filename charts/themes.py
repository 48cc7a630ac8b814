"""Figures for the Temaer page."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.style import ORIGIN_COLORS, base_layout
from data.labels import CRITERIA_LABELS, ENUM_LABELS, Axis, ChartText, Hover
from data.schema import THEME_CRITERIA


def pipeline_bars(pipeline: pd.DataFrame, title: str) -> go.Figure:
    """Themes per status, split by origin (analytics.themes.pipeline)."""
    fig = go.Figure()
    status_labels = ENUM_LABELS["theme_status"]
    for origin, color in ORIGIN_COLORS.items():
        rows = pipeline[pipeline["origin"] == origin]
        label = ENUM_LABELS["theme_origin"][origin]
        fig.add_trace(
            go.Bar(
                x=[status_labels[s] for s in rows["status"]],
                y=rows["themes"],
                name=label,
                marker_color=color,
                hovertemplate=Hover.THEMES,
            )
        )
    fig.update_layout(barmode="stack", legend_title_text=ChartText.ORIGIN)
    return base_layout(fig, title, Axis.STATUS, Axis.THEMES)


def criteria_heatmap(themes: pd.DataFrame, title: str) -> go.Figure:
    """Theme × criterion, 0–3 (analytics.themes.suitability); an unscored cell stays empty."""
    z = themes[list(THEME_CRITERIA)].astype("float").to_numpy()
    text = [["" if v != v else f"{v:.0f}" for v in row] for row in z]  # unscored: empty
    labels = [
        f"{t} ({ChartText.NOT_SCORED if pd.isna(p) else round(p)} %)"
        for t, p in zip(themes["title"], themes["suitability"], strict=True)
    ]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[CRITERIA_LABELS[c] for c in THEME_CRITERIA],
            y=labels,
            zmin=0,
            zmax=3,
            colorscale="YlGn",
            text=text,
            texttemplate="%{text}",
            xgap=2,
            ygap=2,
            colorbar={"title": {"text": ChartText.POINTS}, "tickvals": [0, 1, 2, 3]},
            hovertemplate=Hover.CRITERION,
        )
    )
    fig.update_yaxes(autorange="reversed")
    return base_layout(fig, title, Axis.CRITERION, Axis.THEME, height=140 + 30 * len(themes))
