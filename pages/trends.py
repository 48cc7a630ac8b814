"""Tendenser: any measure of the network structure over the years, by network type, department
or directorate, with a second measure beside it, two ranges of years side by side (DESIGN.md §6
"Trends", §7), and how broadly the employees take part (pages/_breadth.py)."""

import streamlit as st

from analytics import trends
from analytics.scope import FIRST_DAY
from charts.trends import group_colors, ranges_chart, trend_chart
from data.labels import COLUMN_LABELS, ENUM_LABELS, PLACEHOLDERS, UI, TrendText, fmt_period
from pages import _breadth
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui

ui.page_title("trends")
st.caption(UI["trends_intro"])
f = ui.filters()

pickers = st.columns([3, 4, 3])
measure = pickers[0].selectbox(
    UI["trends_measure"],
    trends.MEASURES,
    format_func=TrendText.MEASURES.get,
    key="trend_measure",
    placeholder=PLACEHOLDERS["one"],
)
allowed = [b or "none" for b in trends.breakdowns(measure)]
if st.session_state.get("trend_by") not in allowed:  # 'Netværkstype' left for the RC index
    st.session_state.pop("trend_by", None)
by_key = pickers[1].radio(
    UI["trends_by"],
    allowed,
    format_func=TrendText.BREAKDOWNS.get,
    horizontal=True,
    key="trend_by",
    help=UI["trends_by_help"],
)
by = None if by_key == "none" else by_key
st.caption(TrendText.READINGS[measure])

organisation = store.query(trends.group_names, by)  # departments or directorates: id -> name
names = {trends.ALL: TrendText.MEASURES[measure], **ENUM_LABELS["network_type"], **organisation}
colors = group_colors(by, list(organisation))
filters = {"today": f.day, "types": f.types, "departments": f.departments}
typed = bool(f.types) or measure in trends.UNTYPED  # no type chosen: no typed measure to show

over_time, two_ranges, breadth = st.tabs(
    [UI["trends_tab_time"], UI["trends_tab_ranges"], UI["breadth_tab"]],
    key="trend_tab",
    on_change="rerun",
)

if over_time.open:
    with over_time:
        row = st.columns([3, 4, 3])
        grain = row[0].radio(
            UI["trends_grain"],
            list(TrendText.GRAINS),
            index=3,
            format_func=TrendText.GRAINS.get,
            horizontal=True,
            key="trend_grain",
        )
        second = row[1].selectbox(
            UI["trends_second"],
            ["none", *(m for m in trends.MEASURES if m != measure)],
            format_func=lambda m: TrendText.MEASURES.get(m, UI["trends_second_none"]),
            key="trend_second",
            help=UI["trends_second_help"],
            placeholder=PLACEHOLDERS["one"],
        )
        second = None if second == "none" or not (f.types or second in trends.UNTYPED) else second
        window = {"grain": grain, "start": f.start, "end": f.last, **filters}
        frame = store.query(trends.series, measure, by=by, **window) if typed else None
        if frame is None:
            st.info(UI["trends_no_types"].format(measure=TrendText.MEASURES[measure].lower()))
        elif not trends.has_values(frame):
            empty = UI["trends_rc_empty"] if measure == "rc_index" else UI["trends_empty"]
            st.info(empty.format(measure=TrendText.MEASURES[measure].lower()))
        else:
            extra = store.query(trends.series, second, **window) if second else None
            chart = trend_chart(
                frame, measure, by, grain, names, colors, second=extra, second_measure=second
            )
            st.plotly_chart(chart, width="stretch", key="trend_chart")
            if by is not None and measure not in trends.LEVELS:
                stacked = trends.adds_up(measure, by)
                st.caption(
                    UI["trends_stacked"].format(item=TrendText.STACK_ITEMS[measure])
                    if stacked
                    else UI["trends_overlap"]
                )
            table = trends.wide(frame, extra)
            shown = table.assign(period=[fmt_period(p, grain) for p in table["period"]]).rename(
                columns={
                    **names,
                    "period": COLUMN_LABELS["period"],
                    "second": TrendText.MEASURES.get(second, ""),
                }
            )
            st.markdown(f"**{UI['trends_table']}**")
            tables.table(shown, height=min(38 + 35 * len(shown), 560))
            file = TrendText.FILE.format(
                measure=TrendText.MEASURE_SLUGS[measure],
                by=TrendText.BY_SLUGS[by_key],
                grain=TrendText.GRAIN_SLUGS[grain],
            )
            downloads = st.container(horizontal=True)
            tables.png_download(
                lambda: chart,
                f"{file}.png",
                "trend_png",
                (store.version(), measure, by, second, window),
                help=UI["trends_png_help"],
                drawing=UI["trends_drawing_png"],
                size=(1600, 800),
                container=downloads,
            )
            tables.download_row(shown, file, "trend_table", container=downloads)

if two_ranges.open:
    with two_ranges:
        generations = store.query(trends.generation_years, today=f.day)
        defaults = trends.default_ranges(generations, f.day)
        if defaults is None:
            st.info(UI["trends_no_networks"])
        else:
            named = generations["generation"].tail(2).tolist()
            st.caption(
                UI["trends_ranges_intro"].format(first=named[0], second=named[-1])
                if len(named) == 2
                else UI["trends_ranges_intro_plain"]
            )
            years = trends.year_choices(generations, f.day)
            left, right = st.columns(2)
            first = left.select_slider(
                UI["trends_range_first"], years, value=defaults[0], key="trend_first"
            )
            second_range = right.select_slider(
                UI["trends_range_second"], years, value=defaults[1], key="trend_second_range"
            )
            a, b = TrendText.years(*first), TrendText.years(*second_range)
            if not typed:
                st.info(UI["trends_no_types"].format(measure=TrendText.MEASURES[measure].lower()))
            else:
                compared = store.query(
                    trends.ranges, measure, first, second_range, by=by, **filters
                )
                kind = trends.kind(measure)
                group = TrendText.BREAKDOWNS[by_key] if by else COLUMN_LABELS["group"]
                shown = compared.assign(group=compared["group"].map(names)).rename(
                    columns=TrendText.range_headings(kind, group, a, b)
                )
                for years in trends.empty_ranges(compared, first, second_range):
                    st.info(UI["trends_range_empty"].format(years=TrendText.years(*years)))
                st.plotly_chart(ranges_chart(compared, measure, names, a, b), width="stretch")
                tables.table(shown)
                st.caption(UI[f"trends_ranges_{kind}"])
                tables.download_row(
                    shown,
                    TrendText.FILE_RANGES.format(
                        measure=TrendText.MEASURE_SLUGS[measure],
                        by=TrendText.BY_SLUGS[by_key],
                        first=TrendText.file_years(*first),
                        second=TrendText.file_years(*second_range),
                    ),
                    "trend_ranges",
                )

if breadth.open:
    with breadth:
        _breadth.show(f.day, FIRST_DAY.year)
