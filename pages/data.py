"""Data: import with a validation report, templates, browsable tables, exports, the log."""

import datetime as dt

import streamlit as st

from analytics import load
from data import db
from data import io as dio
from data.labels import ENUM_LABELS, TABLE_LABELS, UI, fmt_number
from data.schema import IMPORTABLE, TABLE_ORDER
from pages import _components as ui

st.title("Data")
st.caption(UI["data_intro"])

tab_import, tab_templates, tab_assumptions, tab_tables, tab_export, tab_log = st.tabs(
    [UI["tab_import"], UI["tab_templates"], UI["tab_assumptions"], UI["tab_tables"],
     UI["tab_export"], UI["tab_log"]]
)  # fmt: skip


def show_report(report: dio.ImportReport, name: str, key: str) -> None:
    """A saved import or form: a success line; refused: the Danish report row by row."""
    if report.ok:
        st.success(report.summary(), icon=":material/check_circle:")
        return
    st.error(report.summary(), icon=":material/error:")
    errors = report.errors_frame()
    st.table(errors.head(100).fillna("").astype(str), hide_index=True)
    ui.download_row(errors, f"{name}-{UI['error_report']}", key)


def table_picker(key: str, tables=IMPORTABLE) -> str:
    return st.selectbox(
        UI["table"],
        tables,
        index=tables.index("network"),
        format_func=lambda t: f"{TABLE_LABELS[t]} ({t})",
        key=key,
    )


with tab_import:
    table = table_picker("import_table")
    upload = st.file_uploader(UI["upload"], type=["csv", "xlsx"], help=UI["upload_help"])
    raw_frequency = table == "rc_response" and st.checkbox(
        UI["rc_raw_frequency"], help=UI["rc_raw_frequency_help"], key="rc_raw_frequency"
    )
    if st.button(
        UI["do_import"], type="primary", disabled=upload is None, icon=":material/upload:"
    ):
        with st.status(UI["importing"], expanded=True) as status:
            bar = st.progress(0.0)
            report = dio.import_table(
                ui.cursor(),
                table,
                upload,
                user="sekretariat",
                progress=lambda f, t: bar.progress(f, t),
                rc_raw_frequency=raw_frequency,
            )
            if report.ok:
                status.update(label=UI["import_done"], state="complete")
                ui.clear_caches()
            else:
                status.update(label=UI["import_failed"], state="error")
        show_report(report, table, "import_errors")

with tab_templates:
    st.caption(UI["template_intro"])
    table = table_picker("template_table")
    left, right, _ = st.columns([1, 1, 4])
    left.download_button(
        UI["download_csv"], dio.template_csv(table), f"skabelon-{table}.csv", "text/csv",
        icon=":material/download:",
    )  # fmt: skip
    right.download_button(
        UI["download_xlsx"], dio.template_xlsx(table), f"skabelon-{table}.xlsx",
        icon=":material/download:",
    )  # fmt: skip
    st.markdown(f"**{UI['columns_of'].format(table=TABLE_LABELS[table])}**")
    ui.table(dio.column_guide(table))

with tab_assumptions:
    # DESIGN.md §6 "Load": the templates and hours are assumptions the secretariat edits here.
    st.caption(UI["assumptions_intro"])
    intensities, roles = ENUM_LABELS["intensity"], ENUM_LABELS["role"]
    st.subheader(UI["role_hours_title"])
    grid = ui.query(load.role_hours_grid).rename(index=intensities, columns=roles)
    grid.index.name = UI["col_intensity"]
    hours_config = {
        label: st.column_config.NumberColumn(label, min_value=0, max_value=60, step=0.5,
                                             format="localized", required=True)
        for label in roles.values()
    }  # fmt: skip
    edited = st.data_editor(grid, column_config=hours_config, key="role_hours_editor",
                            width="stretch")  # fmt: skip
    if st.button(UI["save_role_hours"], icon=":material/save:", key="save_role_hours"):
        back = edited.rename(index={v: k for k, v in intensities.items()},
                             columns={v: k for k, v in roles.items()})  # fmt: skip
        report = dio.save_rows(ui.cursor(), "role_hours", load.role_hours_rows(back),
                               user="sekretariat", source=UI["role_hours_title"])  # fmt: skip
        ui.clear_caches()
        show_report(report, "role_hours", "role_hours_errors")

    st.subheader(UI["phase_template_title"])
    types = ENUM_LABELS["network_type"]
    network_type = st.selectbox(UI["type"], list(types), format_func=types.get, index=1,
                                key="template_type")  # fmt: skip
    template = ui.query(load.phase_template, network_type)
    template["intensity"] = template["intensity"].map(intensities)
    template_config = {
        "seq": st.column_config.NumberColumn(UI["col_seq"], min_value=1, max_value=99, step=1),
        "name": st.column_config.TextColumn(UI["col_phase_name"], required=True),
        "offset_weeks": st.column_config.NumberColumn(UI["col_offset"], min_value=0, step=1),
        "duration_weeks": st.column_config.NumberColumn(UI["col_duration"], min_value=1, step=1),
        "intensity": st.column_config.SelectboxColumn(
            UI["col_intensity"], options=list(intensities.values()), required=True
        ),
    }
    edited = st.data_editor(template, column_config=template_config, num_rows="dynamic",
                            hide_index=True, key=f"template_editor_{network_type}",
                            width="stretch")  # fmt: skip
    rows = edited.assign(
        network_type=network_type,
        intensity=edited["intensity"].map({v: k for k, v in intensities.items()}),
    )
    shape = load.template_shape(rows)
    st.caption(UI["template_shape"].format(**shape))
    for warning in load.template_warnings(rows, [network_type]):
        st.warning(warning, icon=":material/warning:")
    if st.button(UI["save_template"], icon=":material/save:", key="save_template"):
        report = dio.save_rows(ui.cursor(), "phase_template", rows.to_dict("records"),
                               user="sekretariat", source=UI["phase_template_title"],
                               replace={"network_type": network_type})  # fmt: skip
        ui.clear_caches()
        show_report(report, "phase_template", "template_errors")

    st.subheader(UI["threshold_title"])
    limit = st.columns([1, 2])[0].number_input(
        UI["threshold_label"], 1.0, 60.0, ui.query(load.threshold), 0.5, format="%.1f",
        key="threshold_input",
    )  # fmt: skip
    if st.button(UI["save_threshold"], icon=":material/save:", key="save_threshold"):
        row = {"key": "load_threshold_hours", "value": f"{limit:g}"}
        report = dio.save_rows(ui.cursor(), "setting", [row], user="sekretariat",
                               source=UI["threshold_title"])  # fmt: skip
        ui.clear_caches()
        show_report(report, "setting", "threshold_errors")

with tab_tables:
    counts = ui.query(db.row_counts)
    table = table_picker("browse_table", TABLE_ORDER)
    total = counts[table]
    if table == "rc_response":
        st.info(UI["rc_hidden"].format(n=fmt_number(total)), icon=":material/shield_person:")
    else:
        limit = 5000
        frame = ui.query(db.read_table, table, limit)
        st.caption(UI["rows_shown"].format(shown=fmt_number(len(frame)), total=fmt_number(total)))
        ui.table(frame, height=480)
        ui.download_row(frame, table, "browse")

with tab_export:
    st.caption(UI["export_intro"])
    if st.button(UI["make_export"], icon=":material/inventory_2:"):
        with st.spinner(UI["make_export"] + " …"):
            st.session_state["export_xlsx"] = dio.export_xlsx_bytes(ui.cursor())
            st.session_state["export_zip"] = dio.export_csv_zip(ui.cursor())
    if "export_xlsx" in st.session_state:
        stamp = dt.date.today().isoformat()
        left, right, _ = st.columns([1, 1, 3])
        left.download_button(
            UI["export_xlsx"], st.session_state["export_xlsx"], f"ns-eksport-{stamp}.xlsx",
            icon=":material/download:",
        )  # fmt: skip
        right.download_button(
            UI["export_zip"], st.session_state["export_zip"], f"ns-eksport-{stamp}.zip",
            "application/zip", icon=":material/download:",
        )  # fmt: skip

with tab_log:
    st.caption(UI["log_intro"])
    log = ui.query(db.read_table, "audit_log", 200)
    if log.empty:
        st.info(UI["empty_log"])
    else:
        ui.table(ui.danish_table(log))
