"""The data layer's import/export façade (DESIGN.md §5): `data.io.import_table`,
`data.io.export_csv`, `data.io.export_xlsx`, and the names pages, tests and the benchmark take
from here.

The work lives by job:
- `data.importer` — the write path: imports, form rows, row edits (validated, all or nothing);
- `data.export` — exports and backups (formula-safe CSV, XLSX, zip);
- `data.templates` — import templates, the column guide and the RC survey kit;
- `data.report` — the Danish import report.
"""

from data.export import (
    FORMULA_START,
    daily_backup,
    export_csv,
    export_csv_zip,
    export_frame,
    export_xlsx,
    export_xlsx_bytes,
    spreadsheet_safe,
    workbook,
    write_backup,
)
from data.importer import (
    EDITABLE,
    Progress,
    Source,
    delete_row,
    import_table,
    insert_row,
    next_id,
    rc_answers,
    reference_options,
    reported,
    row_choices,
    row_values,
    save_rows,
    update_row,
)
from data.report import MAX_ERRORS, ImportReport, RowError
from data.schema import TABLES
from data.templates import (
    column_guide,
    rc_survey_kit,
    template_csv,
    template_frame,
    template_xlsx,
)

__all__ = [
    "EDITABLE",
    "FORMULA_START",
    "MAX_ERRORS",
    "TABLES",
    "ImportReport",
    "Progress",
    "RowError",
    "Source",
    "column_guide",
    "daily_backup",
    "delete_row",
    "export_csv",
    "export_csv_zip",
    "export_frame",
    "export_xlsx",
    "export_xlsx_bytes",
    "import_table",
    "insert_row",
    "next_id",
    "rc_answers",
    "rc_survey_kit",
    "reference_options",
    "reported",
    "row_choices",
    "row_values",
    "save_rows",
    "spreadsheet_safe",
    "template_csv",
    "template_frame",
    "template_xlsx",
    "update_row",
    "workbook",
    "write_backup",
]
