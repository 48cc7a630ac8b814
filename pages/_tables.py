"""Tables and downloads of every page: Danish values and headings, a read-only table, the
formula-safe CSV/Excel downloads built when clicked, and a chart's PNG drawn when asked. Not a
page (leading underscore)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING

import pandas as pd
import streamlit as st

from charts.style import to_png
from data.export import table_csv, workbook
from data.labels import COLUMN_LABELS, ENUM_LABELS, UI, fmt_date, fmt_number

if TYPE_CHECKING:
    import plotly.graph_objects as go

MAX_ROWS = 500  # a table on screen; more is for the download (issue 17: no 2 MB answers)
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def danish_table(frame: pd.DataFrame, enums: dict[str, str] | None = None) -> pd.DataFrame:
    """Enum codes as Danish labels, dates as '2. feb. 2015' (empty when missing), yes/no as
    'ja'/'nej' and Danish column headings, for showing and downloading."""
    shown = frame.copy()
    for column in shown.columns:
        if pd.api.types.is_datetime64_any_dtype(shown[column]):
            shown[column] = shown[column].map(fmt_date)
        elif pd.api.types.is_bool_dtype(shown[column]):
            shown[column] = shown[column].map({True: "ja", False: "nej"})
        elif pd.api.types.is_object_dtype(shown[column]) or pd.api.types.is_string_dtype(
            shown[column]
        ):  # an empty text is empty, not 'None'
            shown[column] = shown[column].where(shown[column].notna(), "")
    for column, enum in (enums or {}).items():
        if column in shown:
            shown[column] = shown[column].map(lambda v, e=enum: ENUM_LABELS[e].get(v, v))
    return shown.rename(columns=lambda c: COLUMN_LABELS.get(c, c))


def table(frame: pd.DataFrame, *, height: int | None = None, key: str | None = None) -> int | None:
    """A read-only table with Danish date format, decimals with at most two digits in the
    reader's own number format (a Danish browser shows 37,5), and '–' for a missing value. With
    a `key` one row can be picked: its position is returned (None while none is). At most
    MAX_ROWS rows are sent to the browser (said under the table; the download has them all)."""
    if len(frame) > MAX_ROWS:
        st.caption(UI["table_cut"].format(shown=fmt_number(MAX_ROWS), n=fmt_number(len(frame))))
        frame = frame.head(MAX_ROWS)
    config = {}
    for c in frame.columns:
        if pd.api.types.is_float_dtype(frame[c]):
            frame = frame.assign(**{c: frame[c].round(2)})
            config[c] = st.column_config.NumberColumn(c, format="localized")
        if pd.api.types.is_datetime64_any_dtype(frame[c]):
            has_time = (frame[c].dropna().dt.normalize() != frame[c].dropna()).any()
            config[c] = (
                st.column_config.DatetimeColumn(c, format="DD-MM-YYYY HH:mm")
                if has_time
                else st.column_config.DateColumn(c, format="DD-MM-YYYY")
            )
    picking = {"on_select": "rerun", "selection_mode": "single-row", "key": key} if key else {}
    event = st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config=config,
        height=height or "auto",
        placeholder="–",  # a missing value (an RC index without a wave), not 'None'
        **picking,
    )
    rows = [r for r in (event.selection.rows if key and event else []) if r < len(frame)]
    return rows[0] if rows else None


def download_button(
    label: str,
    data: Callable[[], bytes],
    file_name: str,
    key: str,
    mime: str | None = None,
    icon: str = ":material/download:",
    container=None,
) -> None:
    """Every download of the product: the file is built when clicked (`data` is called then),
    from builders that escape formulas (data.export: `table_csv`, `workbook`, the exports)."""
    (container or st).download_button(
        label, data, file_name=file_name, mime=mime, key=key, icon=icon, on_click="ignore"
    )


def download_row(frame: pd.DataFrame, filename: str, key: str, *, container=None) -> None:
    """CSV and Excel downloads of exactly the table shown, formula-safe, built when clicked (in
    `container`, a horizontal row, or a new row)."""
    row = container or st.container(horizontal=True)
    download_button(
        UI["download_csv"],
        lambda: table_csv(frame),
        f"{filename}.csv",
        f"{key}_csv",
        "text/csv",
        container=row,
    )
    download_button(
        UI["download_xlsx"],
        lambda: workbook({filename[:31]: frame}),
        f"{filename}.xlsx",
        f"{key}_xlsx",
        XLSX_MIME,
        container=row,
    )


def png_download(
    figure: Callable[[], go.Figure],
    file_name: str,
    key: str,
    made_for: Hashable,
    *,
    help: str,
    drawing: str | None = None,
    size: tuple[int, int] = (1600, 1000),
    container=None,
) -> None:
    """A chart as a PNG for slides and reports, drawn by kaleido (the system's Chromium, a few
    seconds cold) only when asked: first a 'Lav billede (PNG)' button, which draws `figure()`
    under a spinner, then the download of that picture for as long as `made_for` (the data
    version and the choices behind the chart) is unchanged. The picture is kept in
    st.session_state[key] as (made_for, bytes). If drawing fails (no Chromium), a Danish
    warning and the page goes on."""
    target = container or st
    picture = st.session_state.get(key)
    if picture and picture[0] == made_for:
        download_button(
            UI["png_download"], lambda: picture[1], file_name, f"{key}_dl", "image/png",
            container=target,
        )  # fmt: skip
    elif target.button(UI["png_make"], icon=":material/image:", help=help, key=f"{key}_make"):
        with st.spinner(drawing or UI["png_drawing"]):
            try:
                width, height = size
                st.session_state[key] = (made_for, to_png(figure(), width=width, height=height))
            except Exception as exc:  # no Chromium, a kaleido failure: say so, keep the page
                st.warning(UI["png_failed"], icon=":material/broken_image:")
                st.session_state.pop(key, None)
                logging.getLogger("ns_dashboard").warning("PNG %s mislykkedes: %s", file_name, exc)
            else:
                st.rerun()
