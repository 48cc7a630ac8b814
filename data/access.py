"""Who may see and change what (DESIGN.md §5 `data.access.role_of`).

Three roles, kept in the table `app_user` (email → role, active), which the secretariat manages
on the Data page like any other table (imported, edited, exported, restored):

- `sekretariat`: everything — import, edit, restore, replace a whole table, settings, meeting
  records, the full export (seed 002: "Sekretariat for Netværksstrukturen" keeps the data);
- `chefforum`: every page read-only, the meeting mode and its briefing, downloads of what the
  pages show;
- `direktion`: Overblik, Blomsten, Portefølje and Løsninger, and their downloads.

`role_of(con, "system")` is `sekretariat`: the command line and the local mode (no login
configured, the dashboard served on 127.0.0.1 only). An email that is not in the table, or whose
row is not active, has no role (None) and sees nothing but a "no access" page.

Every function of `data/` that writes calls `require_secretariat(con, user)` before it touches
anything: a read-only role gets `PermissionError` (with a Danish message) and nothing is written,
whatever the page showed or hid (tests/test_access.py calls every such function as `chefforum`
and `direktion`).

`python -m data.access grant EMAIL ROLE` adds or changes a user from the command line (as
`system`), e.g. the first secretary before login is switched on.
"""

from __future__ import annotations

import argparse
import sys

import duckdb

from data.labels import ENUM_LABELS, AccessMsg
from data.schema import ACCESS_ROLES

SYSTEM = "system"
SECRETARIAT = "sekretariat"  # the one role that writes


def normalise(user: str | None) -> str:
    """A user's name as stored and compared: an email without surrounding spaces, lower case
    (identity providers differ in how they spell an address's case)."""
    return (user or "").strip().lower()


def role_of(con: duckdb.DuckDBPyConnection, user: str | None) -> str | None:
    """'sekretariat', 'chefforum' or 'direktion' (data.schema.ACCESS_ROLES) for an active user
    of `app_user` (the email compared without case and surrounding spaces); 'sekretariat' for
    `system`; None for anyone else (an unknown or inactive user, an empty name)."""
    name = normalise(user)
    if name == SYSTEM:
        return SECRETARIAT
    if not name:
        return None
    rows = con.execute(
        "SELECT role FROM app_user WHERE lower(trim(email)) = ? AND active", [name]
    ).fetchall()
    return rows[0][0] if rows else None


def require_secretariat(con: duckdb.DuckDBPyConnection, user: str | None) -> None:
    """Raise PermissionError (nothing has been read or written yet) unless `user` is the
    secretariat: every write of data/, and the full export, begins here."""
    role = role_of(con, user)
    if role != SECRETARIAT:
        shown = ENUM_LABELS["access_role"].get(role) if role else AccessMsg.NO_ROLE
        raise PermissionError(AccessMsg.READ_ONLY.format(user=user or "?", role=shown))


def main(argv: list[str] | None = None) -> int:
    """`python -m data.access grant EMAIL ROLE [--name NAME]`, `... revoke EMAIL` or `... list`
    on NS_DB_PATH (or --db): the users table from the command line, written as `system`."""
    from data import db
    from data.importer import save_rows

    parser = argparse.ArgumentParser(prog="python -m data.access", description=AccessMsg.CLI)
    parser.add_argument("--db", default=None)
    sub = parser.add_subparsers(dest="command", required=True)
    grant = sub.add_parser("grant")
    grant.add_argument("email")
    grant.add_argument("role", choices=ACCESS_ROLES)
    grant.add_argument("--name", default=None)
    revoke = sub.add_parser("revoke")
    revoke.add_argument("email")
    sub.add_parser("list")
    args = parser.parse_args(argv)
    try:
        con = db.connect(args.db)
    except Exception as exc:  # a running dashboard holds the file: say so in Danish
        print(db.describe_open_error(exc, db.resolve_path(args.db)), file=sys.stderr)
        print(AccessMsg.CLI_WHILE_RUNNING, file=sys.stderr)
        return 2
    try:
        if args.command == "list":
            for email, role, active in con.execute(
                "SELECT email, role, active FROM app_user ORDER BY email"
            ).fetchall():
                print(f"{email}\t{role}\t{AccessMsg.CLI_ACTIVE[bool(active)]}")
            return 0
        row = {"email": normalise(args.email), "active": args.command == "grant"}
        if args.command == "grant":
            row |= {"role": args.role, "name": args.name}
        else:
            found = db.scalar(
                con, "SELECT role FROM app_user WHERE lower(email) = ?", [row["email"]]
            )
            if found is None:
                print(AccessMsg.CLI_UNKNOWN.format(email=row["email"]), file=sys.stderr)
                return 2
            row["role"] = found
        report = save_rows(con, "app_user", [row], user=SYSTEM, source=AccessMsg.CLI_SOURCE)
        print(report.summary())
        return 0 if report.ok else 2
    finally:
        con.close()


if __name__ == "__main__":
    raise SystemExit(main())
