"""The Data page's row editor: pick one row of a table, change it, save it — or add a row, or
delete one. What is saved goes through data.io (by `store.save`) exactly like an import
(validated, all or nothing, logged). Not a page (leading underscore)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from data import io as dio
from data.labels import ENUM_LABELS, FIELD_LABELS, PLACEHOLDERS, TABLE_LABELS, UI
from data.meetings import MINUTES
from data.schema import EXTRA_SETTINGS, SETTINGS, TABLES, Column, enum_values
from data.values import FIRST_YEAR, LAST_YEAR
from pages import _store as store
from pages import _tables as tables

_LONG_TEXT = {"description", "note", "scope", *(f"minutes_{b}" for b in MINUTES)}
SETTING_KEYS = sorted([*SETTINGS, *EXTRA_SETTINGS])


def _widget(column: Column, value: str, key: str, options: dict | None):
    """One field of the form, holding the row's value as text (what the validator reads)."""
    label = FIELD_LABELS.get(column.name, column.name)
    if column.needed_in_file:
        label += " *"
    if column.enum:
        codes = list(enum_values(column))
        choices = codes if column.required else ["", *codes]
        names = ENUM_LABELS[column.enum]
        index = choices.index(value) if value in choices else 0
        return st.selectbox(
            label,
            choices,
            index=index,
            key=key,
            format_func=lambda c: names.get(c, c) or "–",
            placeholder=PLACEHOLDERS["one"],
        )
    if column.kind == "bool":  # a new row starts at the column's default (a user: active)
        checked = value == "true" or (not value and column.default == "true")
        return "true" if st.checkbox(label, value=checked, key=key) else "false"
    if column.kind == "date":
        day = dt.date.fromisoformat(value) if value else None
        picked = st.date_input(
            label,
            value=day,
            min_value=dt.date(FIRST_YEAR, 1, 1),
            max_value=dt.date(LAST_YEAR, 12, 31),
            format="DD-MM-YYYY",
            key=key,
        )
        return picked.isoformat() if picked else ""
    if options is not None:  # a reference, or a setting's name: pick from what exists
        choices = list(options) if column.required else ["", *options]
        if value and value not in choices:
            choices.append(value)
        return st.selectbox(
            label,
            choices,
            index=choices.index(value) if value in choices else 0,
            key=key,
            format_func=lambda c: options.get(c, c) or "–",
            placeholder=PLACEHOLDERS["one"],
        )
    if column.kind in ("int", "float"):
        limits = UI["edit_range"].format(lo=f"{column.lo:g}", hi=f"{column.hi:g}")
        return st.text_input(
            label,
            value=value.replace(".", ","),
            key=key,
            help=limits if column.lo is not None else None,
        )
    if column.name in _LONG_TEXT:
        return st.text_area(label, value=value, key=key, height=100)
    return st.text_input(label, value=value, key=key)


def row_form(table: str, values: dict, form_key: str, submit: str) -> dict | None:
    """Every column of `table` as a field filled with `values`; the typed row when submitted."""
    spec = TABLES[table]
    with st.form(form_key, border=True):
        left, right = st.columns(2)
        row = {}
        for i, column in enumerate(spec.columns):
            options = None
            if column.ref:
                options = store.query(dio.reference_options, column.ref.split(".")[0])
            elif table == "setting" and column.name == "key":
                options = {key: key for key in SETTING_KEYS}
            with left if i % 2 == 0 else right:
                row[column.name] = _widget(
                    column, values.get(column.name, ""), f"{form_key}_{column.name}", options
                )
        st.caption(UI["edit_required"])
        if st.form_submit_button(submit, type="primary", icon=":material/save:"):
            return row
    return None


def show_report(report: dio.ImportReport, name: str, key: str) -> None:
    """A saved import or form: a success line (and what else was done); refused: the Danish
    report row by row, with a download of it."""
    for note in report.notes:
        st.info(note, icon=":material/inventory_2:")
    if report.ok:
        st.success(report.summary(), icon=":material/check_circle:")
        return
    st.error(report.summary(), icon=":material/error:")
    errors = report.errors_frame()
    st.table(errors.head(100).fillna("").astype(str), hide_index=True)
    tables.download_row(errors, f"{name}-{UI['error_report']}", key)


def _chosen_key(table: str) -> dict | None:
    """Search and pick one row of `table`; its key, or None."""
    search = st.text_input(
        UI["edit_search"], key=f"edit_search_{table}", placeholder=UI["edit_search_hint"]
    )
    choices = store.query(dio.row_choices, table, search)
    if choices.empty:
        st.info(UI["edit_none_found"], icon=":material/search_off:")
        return None
    labels = dict(zip(range(len(choices)), choices["label"], strict=True))
    wanted = st.session_state.pop(f"edit_select_{table}_key", None)
    if wanted is not None:  # after a save that changed the key: keep the row picked
        match = choices.index[(choices[list(wanted)] == pd.Series(wanted)).all(axis=1)]
        if len(match):
            st.session_state[f"edit_pick_{table}"] = int(match[0])
    picked = st.selectbox(
        UI["edit_pick"].format(n=len(choices)),
        list(labels),
        format_func=labels.get,
        key=f"edit_pick_{table}",
        placeholder=PLACEHOLDERS["row"],
    )
    if picked is None or picked >= len(choices):
        return None
    return {k: str(v) for k, v in choices.iloc[picked][list(TABLES[table].key)].items()}


def editor() -> None:
    """The tab 'Ret og tilføj': one row of any table but the survey answers and the log."""
    st.caption(UI["edit_intro"])
    left, right = st.columns([2, 3])
    table = left.selectbox(
        UI["table"],
        dio.EDITABLE,
        index=dio.EDITABLE.index("person"),
        format_func=lambda t: f"{TABLE_LABELS[t]} ({t})",
        key="edit_table",
        placeholder=PLACEHOLDERS["table"],
    )
    mode = right.segmented_control(
        UI["edit_mode"],
        [UI["edit_mode_edit"], UI["edit_mode_add"]],
        default=UI["edit_mode_edit"],
        key="edit_mode",
    )
    if saved := st.session_state.pop("edit_saved", None):
        st.success(saved, icon=":material/check_circle:")
    if mode == UI["edit_mode_add"]:
        row = row_form(table, {}, f"add_{table}", UI["edit_add"])
        if row is not None:
            report = store.save(dio.insert_row, table, row)
            show_report(report, table, "add_errors")
        return
    key = _chosen_key(table)
    if key is None:
        return
    values = dio.row_values(store.cursor(), table, key)
    if values is None:
        st.warning(UI["edit_gone"], icon=":material/warning:")
        return
    form_key = "edit_" + "_".join([table, *key.values()])
    row = row_form(table, values, form_key, UI["edit_save"])
    if row is not None:
        report = store.save(dio.update_row, table, key, row)
        if report.ok:
            st.session_state["edit_saved"] = " ".join([report.summary(), *report.notes])
            st.session_state[f"edit_select_{table}_key"] = report.key  # as saved
            st.rerun()
        show_report(report, table, "edit_errors")
    with st.expander(UI["edit_delete"], icon=":material/delete:"):
        st.caption(UI["edit_delete_help"])
        sure = st.checkbox(UI["edit_delete_sure"], key=f"delete_sure_{form_key}")
        if st.button(UI["edit_delete_button"], disabled=not sure, key=f"delete_{form_key}"):
            report = store.save(dio.delete_row, table, key)
            if report.ok:
                st.session_state["edit_saved"] = report.summary()
                st.rerun()
            show_report(report, table, "delete_errors")
