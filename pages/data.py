"""Data: import with a validation report, correcting and adding rows, templates, the load
assumptions, tables, exports and backups, the log."""

import datetime as dt

import streamlit as st

from analytics import load
from data import backup, db, export, privacy
from data import io as dio
from data.labels import (
    ENUM_LABELS,
    PLACEHOLDERS,
    TABLE_LABELS,
    UI,
    XLSX_TOO_BIG,
    fmt_count,
    fmt_moment,
    fmt_number,
)
from data.schema import IMPORTABLE, TABLE_ORDER
from pages import _access as access
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui
from pages._edit import editor, show_report

PRIVATE = ("app_user", "audit_log")  # who may log in, and who did what: the secretariat's

ui.page_title("data")
writer = access.may_write()
st.caption(UI["data_intro"] if writer else UI["read_only"])
# What chefforum may browse read-only: not the users and not the log (data.access).
BROWSABLE = TABLE_ORDER if writer else tuple(t for t in TABLE_ORDER if t not in PRIVATE)


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


def import_tab() -> None:
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
                progress=tick,
                rc_raw_frequency=raw_frequency,
                replace_all=replace_all,
            ),
        )
        show_report(report, table, "import_errors")


def edit_tab() -> None:
    editor()


def templates_tab() -> None:
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


def assumptions_tab() -> None:
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
        report = store.save(dio.save_rows, "setting", [row], source=UI["threshold_title"])
        show_report(report, "setting", "threshold_errors")


def tables_tab() -> None:
    counts = store.query(db.row_counts)
    table = table_picker("browse_table", BROWSABLE)
    total = counts[table]
    if table == "rc_response":
        st.info(UI["rc_hidden"].format(n=fmt_number(total)), icon=":material/shield_person:")
    else:
        limit = 5000
        frame = store.query(db.read_table, table, limit)
        st.caption(UI["rows_shown"].format(shown=fmt_number(len(frame)), total=fmt_number(total)))
        tables.table(frame, height=480)
        tables.download_row(frame, table, "browse")


def excel_export(row, who: str, stamp: str) -> None:
    """The workbook of every table: built on a click under a progress bar (a table at a time;
    some seconds for a large database, where the CSV zip beside it is quick), then offered for
    as long as nothing is written. Refused, in Danish, when a table is too long for Excel."""
    if big := store.query(export.too_big_for_excel):
        row.button(UI["export_xlsx_make"], icon=":material/table_view:", disabled=True)
        tables_text = ", ".join(big)
        st.info(XLSX_TOO_BIG.format(tables=tables_text), icon=":material/info:")
        return
    made = st.session_state.get("export_xlsx_file")
    if made and made[0] == store.version():
        tables.download_button(
            UI["export_xlsx"], lambda: made[1], f"ns-eksport-{stamp}.xlsx", "export_xlsx",
            tables.XLSX_MIME, container=row,
        )  # fmt: skip
    elif row.button(UI["export_xlsx_make"], icon=":material/table_view:", key="export_xlsx_make"):
        with st.status(UI["export_xlsx_making"], expanded=True) as status:
            bar = st.progress(0.0)

            def tick(fraction: float, table: str) -> None:
                bar.progress(fraction, UI["export_xlsx_table"].format(table=table) if table else "")

            data = dio.export_xlsx_bytes(store.cursor(), user=who, progress=tick)
            status.update(label=UI["export_xlsx_ready"], state="complete")
        st.session_state["export_xlsx_file"] = (store.version(), data)
        st.rerun()


def export_tab() -> None:
    st.subheader(UI["export_title"])
    st.caption(UI["export_intro"])
    stamp = dt.date.today().isoformat()
    # the files are built on the click, outside this run: the user is checked again then, so a
    # secretary deactivated meanwhile gets nothing (data.access)
    who = access.user()
    row = st.container(horizontal=True)
    excel_export(row, who, stamp)
    tables.download_button(
        UI["export_zip"],
        lambda: dio.export_csv_zip(store.cursor(), user=who),
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
            path = store.save(export.write_backup, "manual")
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
            lambda tick: store.save(backup.restore, source, progress=tick),
        )
        if report.ok:  # show the list with the backup taken first, and the result above it
            st.session_state["restored"] = report
            del st.session_state["restore_sure"]  # a second restore asks again
            st.rerun()
        show_report(report, "gendannelse", "restore_errors")


def users_tab() -> None:
    """Who may log in, with which role (data.access); and erasing a person (data.privacy)."""
    st.caption(UI["users_intro"])
    users = store.query(db.read_table, "app_user")
    if users.empty:
        st.warning(UI["users_none"], icon=":material/person_off:")
    else:
        shown = tables.danish_table(users, enums={"role": "access_role"})
        tables.table(shown, height=min(38 + 35 * len(shown), 420))
        tables.download_row(shown, "brugere", "users")
    st.subheader(UI["erase_title"])
    st.caption(UI["erase_intro"])
    if erased := st.session_state.pop("erased", None):
        show_report(erased, "person", "erase_done")
    search = st.text_input(UI["erase_search"], key="erase_search")
    people = store.query(dio.row_choices, "person", search)
    names = dict(zip(people["id"], people["label"], strict=True))
    chosen = st.selectbox(
        UI["erase_pick"],
        list(names),
        index=None,
        format_func=names.get,
        key="erase_pick",
        placeholder=PLACEHOLDERS["person"],
    )
    sure = st.checkbox(UI["erase_sure"], key="erase_sure", disabled=chosen is None)
    if st.button(UI["erase_do"], icon=":material/person_remove:", disabled=not (chosen and sure)):
        report = store.save(privacy.erase_person, chosen)
        if report.ok:  # the picker and the checkbox start over, the result above them
            st.session_state["erased"] = report
            for key in ("erase_pick", "erase_sure", "erase_search"):
                st.session_state.pop(key, None)
            st.rerun()
        show_report(report, "person", "erase_report")


def log_tab() -> None:
    """The audit log, filtered by user, table and days; it is never edited (data.db.write_audit)."""
    st.caption(UI["log_intro"])
    choices = store.query(db.audit_choices)
    row = st.columns([2, 2, 2])
    everyone = [None]
    who = row[0].selectbox(
        UI["log_user"], everyone + choices["user"], format_func=lambda u: u or UI["log_all"],
        key="log_user", placeholder=PLACEHOLDERS["one"],
    )  # fmt: skip
    table = row[1].selectbox(
        UI["log_table"],
        everyone + choices["table"],
        format_func=lambda t: TABLE_LABELS.get(t, t) if t else UI["log_all"],
        key="log_table",
        placeholder=PLACEHOLDERS["table"],
    )
    today = dt.date.today()
    since, until = ui.date_window(
        UI["log_period"], (today - dt.timedelta(days=90), today), key="log_period",
        container=row[2],
    )  # fmt: skip
    log, total = store.query(db.read_audit, by=who, table=table, since=since, until=until)
    if log.empty:
        st.info(UI["empty_log"])
        return
    lines = fmt_count(total, "linje", "linjer")
    st.caption(UI["log_shown"].format(shown=fmt_number(len(log)), total=lines))
    shown = tables.danish_table(
        log.assign(at=log["at"].map(fmt_moment), table_name=log["table_name"].map(TABLE_LABELS)),
        {"action": "audit_action"},
    )
    tables.table(shown, height=min(38 + 35 * len(shown), 480))
    tables.download_row(shown, f"log-{since.isoformat()}-{until.isoformat()}", "log")


# The secretariat keeps the data; chefforum reads the tables and the templates (data.access).
TABS = {
    "import": import_tab,
    "edit": edit_tab,
    "templates": templates_tab,
    "assumptions": assumptions_tab,
    "tables": tables_tab,
    "export": export_tab,
    "users": users_tab,
    "log": log_tab,
}
READ_TABS = ("templates", "tables")
shown_tabs = [key for key in TABS if writer or key in READ_TABS]
for key, tab in zip(shown_tabs, st.tabs([UI[f"tab_{k}"] for k in shown_tabs]), strict=True):
    with tab:
        TABS[key]()
