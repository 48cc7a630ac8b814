"""Tables and downloads of every page: Danish values and headings, a read-only table, and the
formula-safe CSV/Excel downloads built when clicked. Not a page (leading underscore)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from data.export import table_csv, workbook
from data.labels import COLUMN_LABELS, ENUM_LABELS, UI, fmt_date, fmt_number

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
    """A read-only table with Danish date format, and decimals with at most two digits in the
    reader's own number format (a Danish browser shows 37,5). With a `key` one row can be
    picked: its position is returned (None while none is)."""
    config = {}
    for c in frame.columns:
        if pd.api.types.is_float_dtype(frame[c]) and frame[c].isna().any():
            # an empty number is empty, not 'None': such a column is shown as Danish text
            frame = frame.assign(
                **{c: frame[c].map(lambda v: fmt_number(v, 2).rstrip("0").rstrip(","))}
            )
        elif pd.api.types.is_float_dtype(frame[c]):
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


def download_row(frame: pd.DataFrame, filename: str, key: str) -> None:
    """CSV and Excel downloads of exactly the table shown, formula-safe, built when clicked."""
    row = st.container(horizontal=True)
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
