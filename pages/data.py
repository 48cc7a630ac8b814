"""Data: import with a validation report, templates, browsable tables, exports, the log."""

import datetime as dt

import streamlit as st

from data import db
from data import io as dio
from data.labels import TABLE_LABELS, UI, fmt_number
from data.schema import IMPORTABLE, TABLE_ORDER
from pages import _components as ui

st.title("Data")
st.caption(UI["data_intro"])

tab_import, tab_templates, tab_tables, tab_export, tab_log = st.tabs(
    [UI["tab_import"], UI["tab_templates"], UI["tab_tables"], UI["tab_export"], UI["tab_log"]]
)


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
            )
            if report.ok:
                status.update(label=UI["import_done"], state="complete")
                ui.clear_caches()
            else:
                status.update(label=UI["import_failed"], state="error")
        if report.ok:
            st.success(report.summary(), icon=":material/check_circle:")
        else:
            st.error(report.summary(), icon=":material/error:")
            errors = report.errors_frame()
            st.table(errors.head(100).fillna("").astype(str), hide_index=True)
            ui.download_row(errors, f"{table}-{UI['error_report']}", "import_errors")

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
