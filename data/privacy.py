"""Personal data under GDPR: a person's right to be erased (data protection regulation art. 17).

The database holds the names of the municipality's staff and of outside members of networks
(DESIGN.md §4 `person`); survey answers are pseudonymous already (a salted hash per wave,
`data.db.pseudonym_sql`). Erasing a person replaces their name by a pseudonym and keeps the
row, its id and every role: the history of the networks, the load, the pipeline's counts and
every figure on the pages stay as they were, now about "Slettet person 3". The erasure is a
write like any other: the secretariat only (data.access), one transaction, logged (the log says
who erased which id, never the name).

Backups taken before the erasure still hold the name until they are rotated out
(data.export.KEEP_BACKUPS); README "Sikkerhed og drift" says so.
"""

from __future__ import annotations

import duckdb

from data.db import write_audit, write_transaction
from data.importer import reported
from data.labels import AccessMsg
from data.report import ImportReport
from data.validate import ERASED_PREFIX


@reported(table="person")
def erase_person(
    con: duckdb.DuckDBPyConnection, person_id: str, *, user: str = "system"
) -> ImportReport:
    """Replace the name of person `person_id` by the next free pseudonym 'Slettet person N'
    (N one more than the highest given so far, so no two are alike even after a deletion); a
    later import may not give the person a name again (data.validate). Refused with a Danish
    message, nothing written, for an unknown id or a person already erased."""
    report = ImportReport(table="person", file=AccessMsg.LOG_DETAIL_ERASED)
    with write_transaction(con):
        found = con.execute(
            "SELECT id, name FROM person WHERE lower(id) = lower(trim(?))", [person_id]
        ).fetchall()
        if not found:
            report.add(None, "id", person_id, AccessMsg.ERASE_UNKNOWN.format(id=person_id))
            return report
        stored, name = found[0]
        if name.startswith(ERASED_PREFIX):
            report.add(None, "id", stored, AccessMsg.ERASE_ALREADY.format(id=stored))
            return report
        highest = con.execute(
            "SELECT coalesce(max(TRY_CAST(substr(name, length(?) + 1) AS INTEGER)), 0)"
            " FROM person WHERE starts_with(name, ?)",
            [ERASED_PREFIX, ERASED_PREFIX],
        ).fetchall()[0][0]
        pseudonym = AccessMsg.ERASED_NAME.format(n=highest + 1)
        con.execute("UPDATE person SET name = ? WHERE id = ?", [pseudonym, stored])
        write_audit(con, user, "erase", "person", stored, AccessMsg.LOG_DETAIL_ERASED, 1)
    report.rows = report.updated = 1
    report.key = {"id": stored}
    report.message = AccessMsg.ERASED.format(id=stored, name=pseudonym)
    return report
