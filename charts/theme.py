"""Kept so that `from charts.theme import TYPE_COLORS` keeps working: the colours and the chart
layout live in charts.style."""

from __future__ import annotations

from charts.style import (
    BAND_COLORS,
    BAND_SHADES,
    FONT,
    HIDDEN_COLOR,
    INTENSITY_COLORS,
    ROLE_COLORS,
    SEVERITY_COLORS,
    TIE_COLORS,
    TYPE_COLORS,
)

__all__ = [
    "BAND_COLORS",
    "BAND_SHADES",
    "FONT",
    "HIDDEN_COLOR",
    "INTENSITY_COLORS",
    "ROLE_COLORS",
    "SEVERITY_COLORS",
    "TIE_COLORS",
    "TYPE_COLORS",
]
