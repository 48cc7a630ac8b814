"""Data: import with a validation report, correcting and adding rows, templates, the load
assumptions, tables, exports and backups, the log."""

import datetime as dt

import streamlit as st

from analytics import load
from data import backup, db, export
from data import io as dio
from data.labels import ENUM_LABELS, PLACEHOLDERS, TABLE_LABELS, UI, fmt_count, fmt_number
from data.schema import IMPORTABLE, TABLE_ORDER
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui
from pages._edit import editor, show_report

ui.page_title("data")
st.caption(UI["data_intro"])

tab_import, tab_edit, tab_templates, tab_assumptions, tab_tables, tab_export, tab_log = st.tabs(
    [
        UI["tab_import"],
        UI["tab_edit"],
        UI["tab_templates"],
        UI["tab_assumptions"],
        UI["tab_tables"],
        UI["tab_export"],
        UI["tab_log"],
    ]
)


def table_picker(key: str, tables=IMPORTABLE) -> str:
    return st.selectbox(
        UI["table"],
        tables,
        index=tables.index("network"),
        format_func=lambda t: f"{TABLE_LABELS[t]} ({t})",
        key=key,
        placeholder=PLACEHOLDERS["table"],
    )


def run_with_progress(label: str, work):
    """`work(progress)` inside a status box with a progress bar; returns its report. `work`
    writes through `store.save`, which clears the caches."""
    with st.status(label, expanded=True) as status:
        bar = st.progress(0.0)
        report = work(lambda f, t: bar.progress(f, t))
        if report.ok:
            status.update(label=UI["import_done"], state="complete")
        else:
            status.update(label=UI["import_failed"], state="error")
    return report


with tab_import:
    table = table_picker("import_table")
    upload = st.file_uploader(UI["upload"], type=["csv", "xlsx"], help=UI["upload_help"])
    raw_frequency = table == "rc_response" and st.checkbox(
        UI["rc_raw_frequency"], help=UI["rc_raw_frequency_help"], key="rc_raw_frequency"
    )
    replace_all = st.checkbox(UI["replace_all"], help=UI["replace_all_help"], key="replace_all")
    sure = True
    if replace_all:
        rows = fmt_count(store.query(db.row_counts)[table], "række", "rækker")
        sure = st.checkbox(
            UI["replace_all_sure"].format(rows=rows, table=TABLE_LABELS[table]),
            key="replace_all_sure",
        )
    if st.button(
        UI["do_import"],
        type="primary",
        disabled=upload is None or not sure,
        icon=":material/upload:",
    ):
        report = run_with_progress(
            UI["importing"],
            lambda tick: store.save(
                dio.import_table,
                table,
                upload,
                user="sekretariat",
                progress=tick,
                rc_raw_frequency=raw_frequency,
                replace_all=replace_all,
            ),
        )
        show_report(report, table, "import_errors")

with tab_edit:
    editor()

with tab_templates:
    st.caption(UI["template_intro"])
    table = table_picker("template_table")
    row = st.container(horizontal=True)
    tables.download_button(
        UI["download_csv"],
        lambda: dio.template_csv(table),
        f"skabelon-{table}.csv",
        "template_csv",
        "text/csv",
        container=row,
    )
    tables.download_button(
        UI["download_xlsx"],
        lambda: dio.template_xlsx(table),
        f"skabelon-{table}.xlsx",
        "template_xlsx",
        tables.XLSX_MIME,
        container=row,
    )
    st.markdown(f"**{UI['columns_of'].format(table=TABLE_LABELS[table])}**")
    tables.table(dio.column_guide(table))

with tab_assumptions:
    # DESIGN.md §6 "Load": the templates and hours are assumptions the secretariat edits here.
    st.caption(UI["assumptions_intro"])
    intensities, roles = ENUM_LABELS["intensity"], ENUM_LABELS["role"]
    st.subheader(UI["role_hours_title"])
    grid = store.query(load.role_hours_grid).rename(index=intensities, columns=roles)
    grid.index.name = UI["col_intensity"]
    hours_config = {
        label: st.column_config.NumberColumn(
            label, min_value=0, max_value=60, step=0.5, format="localized", required=True
        )
        for label in roles.values()
    }
    edited = st.data_editor(
        grid, column_config=hours_config, key="role_hours_editor", width="stretch"
    )
    if st.button(UI["save_role_hours"], icon=":material/save:", key="save_role_hours"):
        back = edited.rename(
            index={v: k for k, v in intensities.items()}, columns={v: k for k, v in roles.items()}
        )
        report = store.save(
            dio.save_rows,
            "role_hours",
            load.role_hours_rows(back),
            user="sekretariat",
            source=UI["role_hours_title"],
        )
        show_report(report, "role_hours", "role_hours_errors")

    st.subheader(UI["phase_template_title"])
    network_type = ui.type_picker(key="template_type")
    template = store.query(load.phase_template, network_type)
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
    edited = st.data_editor(
        template,
        column_config=template_config,
        num_rows="dynamic",
        hide_index=True,
        key=f"template_editor_{network_type}",
        width="stretch",
    )
    rows = edited.assign(
        network_type=network_type,
        intensity=edited["intensity"].map({v: k for k, v in intensities.items()}),
    )
    shape = load.template_shape(rows)
    st.caption(UI["template_shape"].format(**shape))
    for warning in load.template_warnings(rows, [network_type]):
        st.warning(warning, icon=":material/warning:")
    if st.button(UI["save_template"], icon=":material/save:", key="save_template"):
        report = store.save(
            dio.save_rows,
            "phase_template",
            rows.to_dict("records"),
            user="sekretariat",
            source=UI["phase_template_title"],
            replace={"network_type": network_type},
        )
        show_report(report, "phase_template", "template_errors")

    st.subheader(UI["threshold_title"])
    limit = st.columns([1, 2])[0].number_input(
        UI["threshold_label"],
        1.0,
        60.0,
        store.query(load.threshold),
        0.5,
        format="%.1f",
        key="threshold_input",
    )
    if st.button(UI["save_threshold"], icon=":material/save:", key="save_threshold"):
        row = {"key": "load_threshold_hours", "value": f"{limit:g}"}
        report = store.save(
            dio.save_rows, "setting", [row], user="sekretariat", source=UI["threshold_title"]
        )
        show_report(report, "setting", "threshold_errors")

with tab_tables:
    counts = store.query(db.row_counts)
    table = table_picker("browse_table", TABLE_ORDER)
    total = counts[table]
    if table == "rc_response":
        st.info(UI["rc_hidden"].format(n=fmt_number(total)), icon=":material/shield_person:")
    else:
        limit = 5000
        frame = store.query(db.read_table, table, limit)
        st.caption(UI["rows_shown"].format(shown=fmt_number(len(frame)), total=fmt_number(total)))
        tables.table(frame, height=480)
        tables.download_row(frame, table, "browse")

with tab_export:
    st.subheader(UI["export_title"])
    st.caption(UI["export_intro"])
    stamp = dt.date.today().isoformat()
    row = st.container(horizontal=True)
    tables.download_button(
        UI["export_xlsx"],
        lambda: dio.export_xlsx_bytes(store.cursor()),
        f"ns-eksport-{stamp}.xlsx",
        "export_xlsx",
        tables.XLSX_MIME,
        container=row,
    )
    tables.download_button(
        UI["export_zip"],
        lambda: dio.export_csv_zip(store.cursor()),
        f"ns-eksport-{stamp}.zip",
        "export_zip",
        "application/zip",
        container=row,
    )
    if long_texts := store.query(export.too_long_for_excel):
        st.warning(
            UI["export_too_long"].format(n=fmt_number(long_texts)), icon=":material/warning:"
        )

    st.subheader(UI["backup_title"])
    if restored := st.session_state.pop("restored", None):
        show_report(restored, "gendannelse", "restore_done")
    folder = export.backup_dir(store.cursor())
    st.caption(UI["backup_intro"].format(folder=folder, keep=export.KEEP_BACKUPS))
    if st.button(UI["backup_now"], icon=":material/inventory_2:", key="backup_now"):
        with st.spinner(UI["backup_now"] + " …"):
            path = export.write_backup(store.cursor(), "manual")
        st.success(UI["backup_done"].format(file=path.name), icon=":material/check_circle:")
    backups = backup.list_backups(store.cursor())
    source = None
    if backups.empty:
        st.info(UI["backup_none"], icon=":material/info:")
    else:
        shown = backups.assign(
            taken=backups["taken"].dt.strftime("%d-%m-%Y %H:%M:%S"),
            size_mb=backups["size_mb"].map(lambda v: fmt_number(v, 2)),
        ).rename(
            columns={
                "file": UI["backup_file"],
                "taken": UI["backup_taken"],
                "reason": UI["backup_reason"],
                "size_mb": UI["backup_size"],
            }
        )
        tables.table(shown, height=min(38 + 35 * len(shown), 300))
        names = list(backups["file"])
        labels = dict(
            zip(
                names,
                [
                    f"{t:%d-%m-%Y %H:%M} · {r}"
                    for t, r in zip(backups["taken"], backups["reason"], strict=True)
                ],
                strict=True,
            )
        )
        chosen = st.selectbox(
            UI["backup_pick"],
            names,
            format_func=labels.get,
            key="backup_pick",
            placeholder=PLACEHOLDERS["backup"],
        )
        try:
            source = backup.backup_file(store.cursor(), chosen)
        except FileNotFoundError:  # removed meanwhile (the oldest are removed as new ones come)
            st.warning(UI["backup_gone"], icon=":material/warning:")
    upload = st.file_uploader(
        UI["backup_upload"], type=["zip"], key="backup_upload", help=UI["backup_upload_help"]
    )
    source = upload or source
    sure = st.checkbox(UI["restore_sure"], key="restore_sure", disabled=source is None)
    if st.button(
        UI["restore"],
        type="primary",
        disabled=source is None or not sure,
        icon=":material/restore:",
        key="restore",
    ):
        report = run_with_progress(
            UI["restoring"],
            lambda tick: store.save(backup.restore, source, user="sekretariat", progress=tick),
        )
        if report.ok:  # show the list with the backup taken first, and the result above it
            st.session_state["restored"] = report
            del st.session_state["restore_sure"]  # a second restore asks again
            st.rerun()
        show_report(report, "gendannelse", "restore_errors")

with tab_log:
    st.caption(UI["log_intro"])
    log = store.query(db.read_table, "audit_log", 200)
    if log.empty:
        st.info(UI["empty_log"])
    else:
        tables.table(tables.danish_table(log))
