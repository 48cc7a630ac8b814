"""The RC page's group editor: which department each survey group of a wave is (the network
effect compares departments). Not a page (leading underscore)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analytics.networks import departments
from data import io as dio
from data.labels import COLUMN_LABELS, UI
from pages import _store as store


def show(wave: str, wave_name: str, groups: pd.DataFrame) -> None:
    """The groups of `wave` (name, department_id: analytics.rc.groups) in an editable table, and a
    button that saves them (validated like an import; a refusal is shown row by row)."""
    st.subheader(UI["rc_mapping_title"].format(wave=wave_name))
    st.caption(UI["rc_mapping_help"])
    if saved := st.session_state.pop("rc_mapping_saved", None):
        st.success(saved, icon=":material/check_circle:")
    deps = store.query(departments)
    dep_names = dict(zip(deps["id"], deps["name"], strict=True))
    none = UI["rc_no_department"]
    grid = pd.DataFrame(
        {
            "name": groups["name"],
            "department": groups["department_id"].map(dep_names).fillna(none),
        }
    )
    edited = st.data_editor(
        grid,
        hide_index=True,
        key=f"rc_mapping_{wave}",
        width="stretch",
        column_config={
            "name": st.column_config.TextColumn(COLUMN_LABELS["group"], disabled=True),
            "department": st.column_config.SelectboxColumn(
                COLUMN_LABELS["department"], options=[none, *dep_names.values()], required=True
            ),
        },
    )
    if st.button(UI["rc_mapping_save"], icon=":material/save:", key="rc_mapping_save"):
        ids = {name: i for i, name in dep_names.items()}
        rows = [
            {"wave_id": wave, "name": n, "department_id": ids.get(d)}
            for n, d in zip(edited["name"], edited["department"], strict=True)
        ]
        report = store.save(dio.save_rows, "rc_group", rows)
        if report.ok:
            st.session_state["rc_mapping_saved"] = report.summary()
            st.rerun()
        else:
            st.error(report.summary(), icon=":material/error:")
            st.table(report.errors_frame().fillna("").astype(str), hide_index=True)
