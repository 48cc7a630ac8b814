"""Blomsten: the organisation diagram of seed 002 ("Den netværksbaserede organisation") as one
Plotly figure. Sekretariat for Netværksstrukturen in the centre; the departments on a ring,
grouped by directorate; society on the outer, dotted ring in four segments; the political level
(fagudvalg, Kommunalbestyrelsen, innovationsudvalg) at the top; each running network a petal.

The geometry is small pure functions (tests/test_flower.py checks them). Angles are degrees
counter-clockwise from east, lengths in units of the society ring's radius. The top corridor
(50°–130°) belongs to the political level: no department and no society segment lies there, so
a petal reaches a political body without touching them. A petal is a star-shaped closed curve
around the centre, r(θ) = base + the highest of its lobes, each lobe a smooth bump
(reach − base)·cos²(π/2 · Δθ/half) — lobes, not one wide fan:

- one lobe into the sector of each of its departments, just past the department ring;
- one lobe out to the society ring in the segment of each society kind among its members,
  through one of its own departments' sectors in that segment if it has one, else through the
  gap between two departments (so it enters no other department's sector);
- one lobe up to the political body it is linked to.

Every lobe's width at the department ring is made to fit inside its own sector or gap, so at the
ring's radius a petal is inside exactly its departments' sectors.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import NamedTuple

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from charts.style import DIRECTORATE_COLORS, FONT, TYPE_COLORS, base_layout
from data.calendar import GRAINS, Grain, period_end, period_start
from data.labels import ENUM_LABELS, FlowerText, fmt_date, fmt_month
from data.schema import NETWORK_TYPES, SOCIETY_KINDS

# --- Geometry ------------------------------------------------------------------------------------
R_CENTRE = 0.17  # the secretariat's disc
R_BASE = 0.2  # a petal's body around the centre
R_DEPARTMENT = 0.55  # the department ring
DEPARTMENT_REACH = 0.64  # a department lobe's tip: just past the ring
R_SOCIETY = 1.0  # the outer, dotted ring
SOCIETY_REACH = 1.05
POLITICAL_Y = 1.34  # the political bodies' boxes (centre); a lobe reaches their lower edge
POLITICAL_REACH_Y = 1.25
POLITICAL_X = {"fagudvalg": -0.8, "kommunalbestyrelse": 0.0, "innovationsudvalg": 0.8}
ARC_FROM, ARC = 130.0, 280.0  # departments and society: from 130° round to 410° (= 50°)
DIRECTORATE_GAP = 12.0  # degrees between two directorates' arcs
DEPARTMENT_GAP = 10.0  # degrees between two departments' sectors
MAX_HALF = 40.0  # the widest lobe (half-width, degrees)
MIN_HALF = 0.5  # the narrowest (a lobe squeezed against the end of its room)
FIT = 0.85  # the share of its sector, gap or segment a lobe may fill


class Sector(NamedTuple):
    """An angular sector: centre and half-width in degrees."""

    centre: float
    half: float


class Lobe(NamedTuple):
    """One lobe of a petal: a smooth bump of r(θ) centred on `centre`."""

    centre: float  # degrees
    half: float  # half-width at the base, degrees
    reach: float  # radius of the tip


def _delta(a, b):
    """The signed difference a − b of angles, in [−180, 180)."""
    return (np.asarray(a, dtype=float) - b + 180.0) % 360.0 - 180.0


def in_sector(angle, sector: Sector) -> bool:
    """Whether the angle (degrees) lies in the sector, its edges included."""
    return bool(abs(_delta(angle, sector.centre)) <= sector.half)


def department_sectors(departments: pd.DataFrame) -> dict[str, Sector]:
    """{department id: its sector}: the departments (id, directorate_id, in display order) share
    the arc from 130° round to 50° equally, each directorate's together, with a gap between
    directorates and a smaller one between departments."""
    groups = list(dict.fromkeys(departments["directorate_id"]))
    if departments.empty:
        return {}
    width = (ARC - (len(groups) - 1) * DIRECTORATE_GAP) / len(departments)
    sectors, angle = {}, ARC_FROM
    for group in groups:
        for dep in departments.loc[departments["directorate_id"] == group, "id"]:
            sectors[dep] = Sector((angle + width / 2) % 360, (width - DEPARTMENT_GAP) / 2)
            angle += width
        angle += DIRECTORATE_GAP
    return sectors


def department_gaps(sectors: dict[str, Sector]) -> list[Sector]:
    """The gaps between neighbouring departments' sectors (not the top corridor)."""
    ordered = list(sectors.values())
    gaps = []
    for left, right in zip(ordered, ordered[1:], strict=False):
        start = left.centre + left.half
        end = start + _delta(right.centre - right.half, start) % 360
        gaps.append(Sector(((start + end) / 2) % 360, (end - start) / 2))
    return gaps


def directorate_arcs(
    departments: pd.DataFrame, sectors: dict[str, Sector]
) -> list[tuple[str, float, float]]:
    """(directorate id, first angle, last angle) of each directorate's arc of the ring, the
    last angle unwrapped (> first)."""
    arcs = []
    for group, deps in departments.groupby("directorate_id", sort=False)["id"]:
        first, last = sectors[deps.iloc[0]], sectors[deps.iloc[-1]]
        start = first.centre - first.half
        end = start + (last.centre + last.half - start) % 360
        arcs.append((group, start, end))
    return arcs


def society_segments() -> dict[str, Sector]:
    """{kind: its segment of the outer ring}: four equal parts of the arc from 130° to 50°,
    borgere upper left, virksomheder lower left, vidensinstitutioner lower right, foreninger
    upper right."""
    width = ARC / len(SOCIETY_KINDS)
    return {
        kind: Sector((ARC_FROM + width * (i + 0.5)) % 360, width / 2)
        for i, kind in enumerate(SOCIETY_KINDS)
    }


def political_point(link: str) -> tuple[float, float] | None:
    """Where a petal linked to `link` reaches (the lower edge of its box), None for none."""
    x = POLITICAL_X.get(link)
    return None if x is None else (x, POLITICAL_REACH_Y)


def _profile(x):
    """A lobe's shape over its width: 1 at the centre, 0 at ±1, smooth (zero slope) there."""
    x = np.abs(np.asarray(x, dtype=float))
    return np.where(x < 1, np.cos(np.pi / 2 * np.minimum(x, 1)) ** 2, 0.0)


def _width_at(reach: float, radius: float) -> float:
    """The share of a lobe's half-width where its edge passes `radius` (0 if it stays inside)."""
    if reach <= radius:
        return 0.0
    return 2 / np.pi * math.acos(math.sqrt((radius - R_BASE) / (reach - R_BASE)))


def _fitted(centre: float, reach: float, room: dict[float, float]) -> Lobe:
    """A lobe at `centre` reaching `reach`, as wide as it may be: at each radius of `room` its
    half-width stays within FIT × the room (degrees) there."""
    half = MAX_HALF
    for radius, free in room.items():
        share = _width_at(reach, radius)
        if share > 0:
            half = min(half, FIT * free / share)
    return Lobe(centre % 360, max(half, MIN_HALF), reach)


def _nearest(candidates: list[Sector], segment: Sector) -> Sector | None:
    """The candidate whose centre lies in `segment`, nearest its middle (None if none)."""
    inside = [c for c in candidates if in_sector(c.centre, segment)]
    return min(inside, key=lambda c: abs(_delta(c.centre, segment.centre)), default=None)


def petal_lobes(
    departments: list[str],
    society: list[str],
    political_link: str,
    sectors: dict[str, Sector],
    gaps: list[Sector],
) -> list[Lobe]:
    """The lobes of one petal (see the module's docstring); departments not on the ring are
    left out."""
    own = [sectors[d] for d in departments if d in sectors]
    lobes = [_fitted(s.centre, DEPARTMENT_REACH, {R_DEPARTMENT: s.half}) for s in own]
    segments = society_segments()
    for kind in society:
        segment = segments.get(kind)
        if segment is None:
            continue
        passage = _nearest(own, segment) or _nearest(gaps, segment) or segment
        room_out = segment.half - abs(_delta(passage.centre, segment.centre))
        room = {R_DEPARTMENT: passage.half, R_SOCIETY: room_out}
        lobes.append(_fitted(passage.centre, SOCIETY_REACH, room))
    if point := political_point(political_link):
        angle = math.degrees(math.atan2(point[1], point[0]))
        nearest_edge = min(
            (abs(_delta(angle, s.centre)) - s.half for s in sectors.values()), default=MAX_HALF
        )
        corridor = min(abs(_delta(angle, ARC_FROM)), abs(_delta(angle, ARC_FROM + ARC)))
        room = {R_DEPARTMENT: nearest_edge, R_SOCIETY: corridor}
        lobes.append(_fitted(angle, math.hypot(*point), room))
    return lobes


def petal_radius(lobes: list[Lobe], angles) -> np.ndarray:
    """r(θ) of a petal at `angles` (degrees): the base, or the highest lobe there."""
    angles = np.asarray(angles, dtype=float)
    r = np.full(angles.shape, R_BASE)
    for lobe in lobes:
        r = np.maximum(
            r, R_BASE + (lobe.reach - R_BASE) * _profile(_delta(angles, lobe.centre) / lobe.half)
        )
    return r


BASE_STEP = 20.0  # degrees between outline points away from the lobes
LOBE_POINTS = 11  # outline points across one lobe


def petal_outline(lobes: list[Lobe]) -> tuple[np.ndarray, np.ndarray]:
    """The petal's closed outline (x, y), first point repeated last."""
    angles = [np.arange(0.0, 360.0, BASE_STEP)]
    angles += [(lobe.centre + lobe.half * np.linspace(-1, 1, LOBE_POINTS)) % 360 for lobe in lobes]
    theta = np.unique(np.round(np.concatenate(angles), 2))
    theta = np.append(theta, theta[0])
    r = petal_radius(lobes, theta)
    rad = np.radians(theta)
    return r * np.cos(rad), r * np.sin(rad)


def polar(radius: float, angle: float) -> tuple[float, float]:
    """(x, y) of the point at `radius` and `angle` (degrees)."""
    return radius * math.cos(math.radians(angle)), radius * math.sin(math.radians(angle))


# --- The animation's size ----------------------------------------------------------------------
FRAME_BUDGET = 900
"""The most petals the animation draws over all its frames: about 1.85 KB of figure JSON each
on top of about 0.26 MB of rings and names, so the figure stays under 2 MB (issue 13's budget).
Past it, a frame is a quarter, half-year or year."""


def animation_days(
    monthly: pd.DataFrame, days: list[dt.date], budget: int = FRAME_BUDGET
) -> tuple[Grain | None, list[dt.date]]:
    """The animation's grain and days: the finest of month, quarter, half-year, year whose
    frames hold at most `budget` petals in all. `days`: the monthly days
    (analytics.flower.petal_days), `monthly` their petals (petals_over_time); a coarser
    period's day is the last day of its last month, and the last day (today) is always kept.
    When even the years hold more (a flower of hundreds of networks), no animation: (None,
    [the last day]) — the figure a browser gets stays the size of a screenful of petals."""
    counts = monthly.groupby(monthly["day"].dt.date).size() if len(monthly) else pd.Series()
    for grain in GRAINS:
        kept = [d for d in days if d == days[-1] or period_end(period_start(d, grain), grain) == d]
        if int(counts.reindex(kept, fill_value=0).sum()) <= budget:
            return grain, kept
    return None, days[-1:]


# --- The figure ----------------------------------------------------------------------------------
RING_GREY = "#9AA5B1"
CENTRE_COLOR = "#1F3B5C"
FILL_ALPHA = 0.22
X_RANGE, Y_RANGE = (-1.55, 1.55), (-1.12, 1.42)
LABEL_BACKGROUND = "rgba(255,255,255,0.75)"  # names stay readable over petals


def _rgba(hex_color: str, alpha: float) -> str:
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _arc_path(radius: float, start: float, end: float, steps: int = 60) -> str:
    points = [polar(radius, a) for a in np.linspace(start, end, steps)]
    return "M " + " L ".join(f"{x:.4f},{y:.4f}" for x, y in points)


def _wrap(text: str, width: int = 14) -> str:
    """A long name on lines of about `width` characters (Plotly <br>)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])


def _anchor(angle: float) -> dict:
    """Text outside a ring at `angle` grows away from the centre."""
    x, y = polar(1, angle)
    return {
        "xanchor": "left" if x > 0.25 else "right" if x < -0.25 else "center",
        "yanchor": "bottom" if y > 0.25 else "top" if y < -0.25 else "middle",
    }


def _frame_of_the_drawing(fig: go.Figure, departments: pd.DataFrame, sectors, arcs) -> None:
    """Rings, arcs, names, the political level and the centre: what does not move."""
    shapes = [
        {
            "type": "path",
            "path": _arc_path(R_SOCIETY, ARC_FROM, ARC_FROM + ARC, 120),
            "line": {"color": RING_GREY, "width": 1.5, "dash": "dot"},
            "layer": "below",
        }
    ]
    notes = []
    for kind, segment in society_segments().items():
        edge = segment.centre - segment.half
        x0, y0 = polar(R_SOCIETY - 0.03, edge)
        x1, y1 = polar(R_SOCIETY + 0.03, edge)
        shapes.append(
            {"type": "line", "x0": x0, "y0": y0, "x1": x1, "y1": y1, "line": {"color": RING_GREY}}
        )
        x, y = polar(R_SOCIETY + 0.05, segment.centre)
        notes.append(
            {"x": x, "y": y, "text": f"<i>{FlowerText.SOCIETY[kind]}</i>", "font": {"size": 12},
             "font_color": "#5A6570", **_anchor(segment.centre)}
        )  # fmt: skip
    x, y = polar(R_SOCIETY, ARC_FROM + ARC)
    end_tick = {"type": "line", "x0": x, "y0": y, "x1": x * 1.03, "y1": y * 1.03}
    shapes.append({**end_tick, "line": {"color": RING_GREY}})
    names = dict(zip(departments["directorate_id"], departments["directorate"], strict=False))
    for i, (group, start, end) in enumerate(arcs):
        color = DIRECTORATE_COLORS[i % len(DIRECTORATE_COLORS)]
        shapes.append(
            {
                "type": "path",
                "path": _arc_path(R_DEPARTMENT, start, end),
                "line": {"color": color, "width": 5},
                "layer": "below",
            }
        )
        middle = (start + end) / 2
        x, y = polar(R_SOCIETY + 0.12, middle)
        notes.append(
            {"x": x, "y": y, "text": f"<b>{_wrap(names[group], 13)}</b>", "font": {"size": 14},
             "font_color": color, **_anchor(middle)}
        )  # fmt: skip
    for dep, name in zip(departments["id"], departments["name"], strict=True):
        angle = sectors[dep].centre
        x, y = polar(R_DEPARTMENT, angle)
        shapes.append(
            {"type": "circle", "x0": x - 0.02, "y0": y - 0.02, "x1": x + 0.02, "y1": y + 0.02,
             "fillcolor": "white", "line": {"color": "#3D4A57", "width": 1.5}, "layer": "above"}
        )  # fmt: skip
        x, y = polar(DEPARTMENT_REACH + 0.04, angle)
        notes.append(
            {"x": x, "y": y, "text": _wrap(name), "font": {"size": 11}, "font_color": "#26313B",
             "bgcolor": LABEL_BACKGROUND, **_anchor(angle)}
        )  # fmt: skip
    for link, x in POLITICAL_X.items():
        notes.append(
            {"x": x, "y": POLITICAL_Y, "text": f"<b>{ENUM_LABELS['political_link'][link]}</b>",
             "font": {"size": 11}, "font_color": CENTRE_COLOR, "bordercolor": CENTRE_COLOR,
             "borderwidth": 1, "borderpad": 4, "bgcolor": "white"}
        )  # fmt: skip
    shapes.append(
        {"type": "circle", "x0": -R_CENTRE, "y0": -R_CENTRE, "x1": R_CENTRE, "y1": R_CENTRE,
         "fillcolor": CENTRE_COLOR, "line": {"color": "white", "width": 2}, "layer": "above"}
    )  # fmt: skip
    notes.append(
        {"x": 0, "y": 0, "text": f"<b>{FlowerText.CENTRE}</b>", "font": {"size": 9},
         "font_color": "white"}
    )  # fmt: skip
    for note in notes:
        note.setdefault("showarrow", False)
        color = note.pop("font_color")
        note["font"] = {**note["font"], "color": color, "family": FONT}
    fig.update_layout(shapes=shapes, annotations=notes)


def _hover(row: dict, names: dict[str, str]) -> tuple[str, str]:
    """A petal's hover: name, type, dates, leader, departments, society, political link,
    members; and its first two lines alone (name, type, dates) for the other tips."""
    end = row["end_date"]
    period = f"{fmt_date(row['start_date'])} – " + (
        fmt_date(end) if not pd.isna(end) else FlowerText.RUNNING
    )
    lines = [
        FlowerText.HOVER_HEAD.format(
            name=row["name"],
            id=row["network_id"],
            type=ENUM_LABELS["network_type"][row["type"]],
            period=period,
        ),
        FlowerText.HOVER_LEADER.format(leader=row["leader"])
        if row["leader"]
        else FlowerText.HOVER_NO_LEADER,
    ]
    if row["departments"]:
        deps = ", ".join(names.get(d, d) for d in row["departments"])
        lines.append(FlowerText.HOVER_DEPARTMENTS.format(departments=deps))
    if row["society"]:
        kinds = ", ".join(FlowerText.SOCIETY[k] for k in row["society"])
        lines.append(FlowerText.HOVER_SOCIETY.format(society=kinds))
    if row["political_link"] != "none":
        link = ENUM_LABELS["political_link"].get(row["political_link"], row["political_link"])
        lines.append(FlowerText.HOVER_POLITICAL.format(link=link))
    lines.append(FlowerText.HOVER_MEMBERS.format(members=row["members"]))
    return "<br>".join(lines), lines[0]


def _day_traces(day_petals: list[dict], sectors, gaps, names) -> list[dict]:
    """The moving traces of one day, the same six every day: per network type one filled trace
    of its petals' outlines (NaN between petals) and one of markers at its lobes' tips that
    carry the petal's hover text. Coordinates are float32 arrays (compact in the figure's
    JSON, cheap for Plotly to take)."""
    fills, tips = [], []
    for network_type in NETWORK_TYPES:
        xs, ys, tip_x, tip_y, texts = [], [], [], [], []
        rows = [row for row in day_petals if row["type"] == network_type]
        for i, row in enumerate(rows):
            lobes = petal_lobes(
                row["departments"], row["society"], row["political_link"], sectors, gaps
            )
            x, y = petal_outline(lobes)
            xs += [x, [np.nan]]
            ys += [y, [np.nan]]
            full, head = _hover(row, names)
            share = 0.72 + 0.07 * (i % 4)  # petals sharing a lobe get their tips apart
            for k, lobe in enumerate(lobes):
                tx, ty = polar(R_BASE + (lobe.reach - R_BASE) * share, lobe.centre)
                tip_x.append(tx)
                tip_y.append(ty)
                texts.append(full if k == 0 else head)  # the figure's size: details once
        color = TYPE_COLORS[network_type]
        fills.append(
            {"type": "scatter", "x": _floats(xs), "y": _floats(ys), "mode": "lines",
             "fill": "toself", "fillcolor": _rgba(color, FILL_ALPHA), "hoverinfo": "skip",
             "line": {"color": color, "width": 1.4}, "showlegend": False}
        )  # fmt: skip
        tips.append(
            {"type": "scatter", "x": np.array(tip_x, np.float32),
             "y": np.array(tip_y, np.float32), "mode": "markers", "text": texts,
             "hovertemplate": "%{text}<extra></extra>", "showlegend": False,
             "marker": {"size": 7, "color": color, "line": {"color": "white", "width": 1}}}
        )  # fmt: skip
    return fills + tips


def _floats(parts: list) -> np.ndarray:
    return np.concatenate(parts).astype(np.float32) if parts else np.array([], np.float32)


def _legend() -> list[dict]:
    """One legend entry per network type, whichever types the shown day has."""
    return [
        {"type": "scatter", "x": [None], "y": [None], "mode": "markers",
         "name": ENUM_LABELS["network_type"][t], "hoverinfo": "skip",
         "marker": {"symbol": "square", "size": 14, "color": _rgba(TYPE_COLORS[t], 0.45),
                    "line": {"color": TYPE_COLORS[t], "width": 1.5}}}
        for t in NETWORK_TYPES
    ]  # fmt: skip


def flower_figure(
    frames: pd.DataFrame,
    days: list[dt.date],
    shown: dt.date,
    departments: pd.DataFrame,
    *,
    animated: bool = True,
    height: int = 860,
) -> go.Figure:
    """The flower on `shown` (one of `days`), from `frames` (analytics.flower.petals_over_time:
    day + petal columns). `animated`: every day of `days` is a frame, with a play button and a
    slider that run in the browser (no server round trip per frame); otherwise the one day
    (the PNG download)."""
    sectors = department_sectors(departments)
    gaps = department_gaps(sectors)
    names = dict(zip(departments["id"], departments["name"], strict=True))
    by_day: dict[dt.date, list[dict]] = {}
    for row in frames.to_dict("records"):
        by_day.setdefault(row["day"].date(), []).append(row)
    empty: list[dict] = []

    def title(day: dt.date) -> str:
        n = len(by_day.get(day, empty))
        return FlowerText.TITLE.format(date=fmt_date(day), n=n)

    fig = go.Figure(_day_traces(by_day.get(shown, empty), sectors, gaps, names) + _legend())
    base_layout(fig, title(shown), None, None, height=height)
    _frame_of_the_drawing(fig, departments, sectors, directorate_arcs(departments, sectors))
    fig.update_xaxes(range=X_RANGE, visible=False, fixedrange=True)
    fig.update_yaxes(range=Y_RANGE, visible=False, scaleanchor="x", fixedrange=True)
    fig.update_layout(
        hovermode="closest",
        hoverlabel={"bgcolor": "white", "font": {"color": "#26313B", "size": 12}},
        legend={"x": 1, "xanchor": "right", "y": 0.02, "yanchor": "bottom"},
        margin={"l": 10, "r": 10, "t": 50, "b": 70 if animated else 40},
    )
    if not animated:  # a picture: no hover, so no hover marks
        fig.update_traces(visible=False, selector={"mode": "markers", "showlegend": False})
        fig.update_layout(margin={"l": 40, "t": 60})
        return fig
    labels = [fmt_month(d, short=True) for d in days]
    fig.frames = [
        {
            "name": label,
            "data": _day_traces(by_day.get(day, empty), sectors, gaps, names),
            "traces": list(range(2 * len(NETWORK_TYPES))),
            "layout": {"title": {"text": title(day)}},
        }
        for day, label in zip(days, labels, strict=True)
    ]
    still = {"mode": "immediate", "transition": {"duration": 0}}
    still["frame"] = {"duration": 0, "redraw": True}
    play = {**still, "fromcurrent": False, "frame": {"duration": 180, "redraw": True}}
    fig.update_layout(
        updatemenus=[
            {
                "type": "buttons",
                "direction": "left",
                "x": 0,
                "y": -0.02,
                "xanchor": "left",
                "yanchor": "top",
                "pad": {"t": 30},
                "showactive": False,
                "buttons": [
                    {"label": FlowerText.PLAY, "method": "animate", "args": [None, play]},
                    {"label": FlowerText.PAUSE, "method": "animate", "args": [[None], still]},
                ],
            }
        ],
        sliders=[
            {
                "active": days.index(shown),
                "x": 0.2,
                "len": 0.8,
                "y": -0.02,
                "yanchor": "top",
                "pad": {"t": 20},
                "currentvalue": {
                    "prefix": FlowerText.SHOWN,
                    "font": {"size": 13, "color": CENTRE_COLOR},
                },
                "font": {"color": "rgba(0,0,0,0)"},  # 150 month ticks would be unreadable
                "ticklen": 0,
                "minorticklen": 0,
                "steps": [
                    {"label": label, "method": "animate", "args": [[label], still]}
                    for label in labels
                ],
            }
        ],
    )
    return fig
