"""Colours and the common look of every chart: one colour per network type, the same everywhere."""

from __future__ import annotations

import plotly.graph_objects as go

TYPE_COLORS = {"learning": "#2E9E6B", "welfare": "#2F6DB5", "innovation": "#E07B24"}
INTENSITY_COLORS = {"intensive": "#C8453B", "break": "#B9C4CF", "test": "#8E6BB8"}
ROLE_COLORS = {
    "network_leader": "#1F3B5C",
    "co_driver": "#4F7CAC",
    "reference_leader": "#C0883B",
    "staff_manager": "#9AA5B1",
    "participant": "#7FB7A4",
}
# Relational coordination: the bands of DESIGN.md §6, ties within/between groups, hidden cells.
BAND_COLORS = {"weak": "#C8453B", "moderate": "#E3A33B", "strong": "#2E8B57"}
BAND_SHADES = {"weak": "#F7E1DF", "moderate": "#FBF0DC", "strong": "#E0F0E6"}
TIE_COLORS = {"all": "#1F3B5C", "between": "#4F7CAC", "within": "#A9B7C6"}
HIDDEN_COLOR = "#D0D0D0"
FONT = "Source Sans Pro, Arial, sans-serif"


def style(fig: go.Figure, title: str, *, height: int = 360) -> go.Figure:
    """Title, Danish number format, white background, legend on top."""
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "font": {"size": 17}},
        template="plotly_white",
        height=height,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        font={"family": FONT, "size": 13},
        separators=",.",
        legend={"traceorder": "normal", "title": {"text": ""}},
    )
    return fig
