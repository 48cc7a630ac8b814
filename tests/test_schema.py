import duckdb
import pytest

from data import db
from data.schema import TABLE_ORDER, TABLES


def test_every_contract_table_exists_with_its_columns_and_key(empty_con):
    for name in TABLE_ORDER:
        columns = [r[0] for r in empty_con.execute(f"DESCRIBE {name}").fetchall()]
        assert columns == TABLES[name].names, name
    keys = empty_con.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints()"
        " WHERE constraint_type = 'PRIMARY KEY'"
    ).fetchall()
    assert ("role_assignment", ["network_id", "person_id", "role", "from_date"]) in keys
    assert ("rc_response", ["wave_id", "respondent", "to_group"]) in keys


def test_defaults_are_filled_on_creation(empty_con):
    settings = db.settings(empty_con)
    assert settings["starts_min"] == "4" and settings["innovation_max_running"] == "2"
    assert settings["rc_min_respondents"] == "5" and settings["shelf_days"] == "180"
    weeks = dict(
        empty_con.execute(
            "SELECT network_type || '/' || intensity, sum(duration_weeks) FROM phase_template"
            " GROUP BY ALL"
        ).fetchall()
    )
    # welfare: 4 intensive periods 2+2+3+2 = 9 weeks, breaks 5+5+5 = 15, total 24 (NS3: ~½ year)
    assert weeks["welfare/intensive"] == 9 and weeks["welfare/break"] == 15
    # learning: 5 intensive weeks + 3+3+3+4 = 13 break weeks = 18 weeks (NS3: 4-5 months)
    assert weeks["learning/intensive"] + weeks["learning/break"] == 18
    # innovation: 3+8+3+7+4+8+3 = 36 weeks = 1.5 x 24
    assert weeks["innovation/intensive"] + weeks["innovation/break"] == 36
    hours = dict(
        empty_con.execute(
            "SELECT intensity || '/' || role, hours_per_week FROM role_hours"
        ).fetchall()
    )
    assert len(hours) == 15
    assert hours["intensive/network_leader"] == 10 and hours["break/co_driver"] == 1
    assert hours["test/staff_manager"] == 0.5


def test_the_salt_lives_in_its_own_table_not_in_settings(empty_con):
    salt = db.scalar(empty_con, "SELECT value FROM secret WHERE key = 'rc_salt'")
    assert len(salt) == 32
    assert salt not in db.settings(empty_con).values()


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO network (id, name, type, generation, start_date, status)"
        " VALUES ('N1', 'x', 'velfaerd', 'NS3', '2020-01-01', 'active')",
        "INSERT INTO network (id, name, type, generation, start_date, end_date, status)"
        " VALUES ('N1', 'x', 'welfare', 'NS3', '2020-01-01', '2019-01-01', 'closed')",
        "INSERT INTO theme (id, title, origin, proposed_on, status, crit_current)"
        " VALUES ('T1', 'x', 'bottom_up', '2020-01-01', 'proposed', 4)",
        "INSERT INTO person (id, name, kind) VALUES ('P1', 'x', 'employee')",
    ],
)
def test_constraints_reject_bad_rows(empty_con, sql):
    with pytest.raises(duckdb.ConstraintException):
        empty_con.execute(sql)


def test_an_existing_file_is_upgraded_in_place_not_rebuilt(tmp_path, monkeypatch):
    path = tmp_path / "ns.duckdb"
    con = db.connect(path)
    con.execute("INSERT INTO directorate VALUES ('D1', 'Direktørområde')")
    con.close()

    def add_column(c):
        c.execute("ALTER TABLE directorate ADD COLUMN short_name VARCHAR")

    latest = db.latest_version()
    monkeypatch.setattr(db, "MIGRATIONS", [*db.MIGRATIONS, (latest + 1, add_column)])
    con = db.connect(path)
    assert db.schema_version(con) == latest + 1
    assert con.execute("SELECT id, name, short_name FROM directorate").fetchall() == [
        ("D1", "Direktørområde", None)
    ]
    assert db.migrate(con) == []  # nothing applied twice
    con.close()


def test_read_only_connection_sees_the_data(tmp_path):
    path = tmp_path / "ns.duckdb"
    db.connect(path).close()
    con = db.connect(path, read_only=True)
    assert db.row_counts(con)["setting"] == 12
    con.close()


def test_a_version_3_file_gets_the_meeting_tables_and_keeps_its_rows(tmp_path, monkeypatch):
    path = tmp_path / "v3.duckdb"
    migrations = db.MIGRATIONS
    monkeypatch.setattr(db, "MIGRATIONS", migrations[:3])  # the release before the meetings
    con = db.connect(path)
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert "meeting" not in tables and "meeting_decision" not in tables
    con.execute("INSERT INTO directorate VALUES ('D1', 'Direktørområde')")
    con.close()

    monkeypatch.setattr(db, "MIGRATIONS", migrations)
    con = db.connect(path)
    assert db.schema_version(con) == db.latest_version()
    for name in ("meeting", "meeting_decision"):
        columns = [r[0] for r in con.execute(f"DESCRIBE {name}").fetchall()]
        assert columns == TABLES[name].names, name
    assert con.execute("SELECT * FROM directorate").fetchall() == [("D1", "Direktørområde")]
    assert db.row_counts(con)["setting"] == 12  # the defaults of version 1, not filled twice
    con.execute("INSERT INTO meeting (id, held_on) VALUES ('M2026-11-25', '2026-11-25')")
    assert db.migrate(con) == []
    con.close()


def test_a_version_1_file_is_taken_through_every_later_migration(tmp_path, monkeypatch):
    path = tmp_path / "v1.duckdb"
    migrations = db.MIGRATIONS
    monkeypatch.setattr(db, "MIGRATIONS", migrations[:1])
    con = db.connect(path)
    con.execute("INSERT INTO directorate VALUES ('D1', 'Direktørområde')")
    con.close()

    monkeypatch.setattr(db, "MIGRATIONS", migrations)
    con = db.connect(path)
    # migration 2 rebuilds the tables of version 1 only; migration 4 creates the meeting tables,
    # 5 the users and the log's row counts
    assert con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall() == [
        (1,),
        (2,),
        (3,),
        (4,),
        (5,),
    ]
    assert db.row_counts(con)["directorate"] == 1
    assert db.row_counts(con)["meeting_decision"] == 0
    assert db.row_counts(con)["app_user"] == 0  # nobody may log in until the secretariat says
    assert [r[0] for r in con.execute("DESCRIBE audit_log").fetchall()] == TABLES["audit_log"].names
    con.close()


def test_the_meeting_tables_came_with_version_4_the_users_with_5_the_others_with_1():
    assert [TABLES[t].since for t in TABLE_ORDER] == [1] * 14 + [4, 4, 5, 1]
    assert TABLE_ORDER[-4:] == ("meeting", "meeting_decision", "app_user", "audit_log")
    assert TABLES["audit_log"].column("row_count").since == 5
    assert db.latest_version() == 5


def test_a_decision_whose_outcome_does_not_fit_its_kind_is_refused_by_the_engine(empty_con):
    empty_con.execute("INSERT INTO meeting (id, held_on) VALUES ('M1', '2026-11-25')")
    with pytest.raises(duckdb.ConstraintException):
        empty_con.execute(
            "INSERT INTO meeting_decision (meeting_id, seq, kind, outcome)"
            " VALUES ('M1', 1, 'person_overloaded', 'prioritised')"
        )
