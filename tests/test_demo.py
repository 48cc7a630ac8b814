import datetime as dt

from data import db
from data.demo import DEPARTMENTS, SMALL_RC_GROUP, build_demo
from data.io import export_frame
from data.schema import ENUMS, IMPORTABLE
from tests.conftest import TODAY


def rows(con, sql, params=None):
    return con.execute(sql, params or []).fetchall()


def test_the_organisation_has_2_directorates_and_8_named_departments(demo_con):
    assert db.row_counts(demo_con)["directorate"] == 2
    names = {r[0] for r in rows(demo_con, "SELECT name FROM department")}
    assert names == {name for _, name, _ in DEPARTMENTS}
    assert "Social og Familie" in names and "Skole (PPR)" in names  # seeds/README.md


def test_about_250_employees_with_chefforum_directors_and_externals(demo_con):
    kinds = dict(rows(demo_con, "SELECT kind, count(*) FROM person GROUP BY kind"))
    assert kinds["employee"] == 250
    assert set(kinds) == set(ENUMS["person_kind"])  # external people of every kind
    ((cf, directors),) = rows(
        demo_con, "SELECT count(*) FILTER (in_chefforum), count(*) FILTER (is_director) FROM person"
    )
    assert (cf, directors) == (11, 3)  # 8 department heads + 2 directors + kommunaldirektør


def test_generations_follow_the_history_ns1_2013_ns2_2014_2015_ns3_from_2016(demo_con):
    years = dict(
        rows(
            demo_con,
            "SELECT generation, [min(year(start_date)), max(year(start_date))]"
            " FROM network GROUP BY ALL",
        )
    )
    assert years["NS1"] == [2013, 2013] and years["NS2"] == [2014, 2015]
    assert years["NS3"][0] == 2016


def test_spring_2015_started_15_welfare_and_1_innovation_network(demo_con):
    mix = dict(
        rows(
            demo_con,
            "SELECT type, count(*) FROM network WHERE start_date BETWEEN"
            " '2015-01-01' AND '2015-06-30' GROUP BY type",
        )
    )
    assert mix == {"welfare": 15, "innovation": 1}


def test_ns3_half_years_mostly_start_4_to_5_networks(demo_con):
    starts = dict(
        rows(
            demo_con,
            "SELECT year(start_date) || CASE WHEN month(start_date) <= 6 THEN 'H1' ELSE 'H2' END,"
            " count(*) FROM network WHERE generation = 'NS3' AND start_date <= ? GROUP BY ALL",
            [TODAY],
        )
    )
    outside = {h: n for h, n in starts.items() if not 4 <= n <= 5}
    assert outside == {"2020H1": 2}  # the one planted breach (corona spring)
    assert len(starts) == 22  # 2016H1 .. 2026H2


def test_statuses_of_themes_solutions_and_networks_all_occur(demo_con):
    for table, enum in (("theme", "theme_status"), ("solution", "solution_status")):
        found = {r[0] for r in rows(demo_con, f"SELECT DISTINCT status FROM {table}")}
        assert found == set(ENUMS[enum]), table
    found = {r[0] for r in rows(demo_con, "SELECT DISTINCT status FROM network")}
    assert {"planned", "active", "closed", "stopped"} <= found


def test_real_theme_titles_from_the_seeds_are_used(demo_con):
    titles = {r[0] for r in rows(demo_con, "SELECT title FROM theme")}
    assert {
        "Elever med højt fravær",
        "Hærværk",
        "Bo i Albertslund",
        "Fælles ungdomsklub",
        "Ensomhed blandt ældre",
        "Deleøkonomi",
        "Frivillighed",
    } <= titles


def test_co_drivers_later_become_network_leaders(demo_con):
    ((n,),) = rows(
        demo_con,
        """
        SELECT count(DISTINCT c.person_id)
        FROM role_assignment c JOIN role_assignment l USING (person_id)
        WHERE c.role = 'co_driver' AND l.role = 'network_leader' AND l.from_date > c.from_date
        """,
    )
    assert n >= 10


def test_ns3_networks_have_phases_from_the_templates_and_older_ones_none(demo_con):
    ((ns3_without, older_with),) = rows(
        demo_con,
        """
        SELECT count(*) FILTER (generation = 'NS3' AND NOT has),
               count(*) FILTER (generation <> 'NS3' AND has)
        FROM (SELECT n.generation, EXISTS (SELECT 1 FROM phase p WHERE p.network_id = n.id) AS has
              FROM network n)
        """,
    )
    assert (ns3_without, older_with) == (0, 0)


def test_one_rc_wave_a_year_from_2016_with_10_groups_and_one_small_group(demo_con):
    waves = rows(demo_con, "SELECT id FROM rc_wave WHERE network_id IS NULL ORDER BY fielded_on")
    assert [w[0] for w in waves] == [f"RC{y}" for y in range(2016, 2027)]
    groups = dict(
        rows(
            demo_con,
            "SELECT wave_id, count(*) FROM rc_group WHERE wave_id LIKE 'RC20%' GROUP BY ALL",
        )
    )
    assert set(groups.values()) == {10}
    small = rows(
        demo_con,
        "SELECT count(DISTINCT respondent) FROM rc_response WHERE from_group = ?"
        " AND wave_id LIKE 'RC20%' GROUP BY wave_id",
        [SMALL_RC_GROUP],
    )
    assert {r[0] for r in small} == {4}  # below rc_min_respondents = 5 in every wave


def test_pairs_that_shared_networks_improve_more_than_others(demo_con):
    """Mean RC rises more, 2016 -> 2026, between department groups than for the groups that are
    not a department (they never share networks)."""
    change = dict(
        rows(
            demo_con,
            """
            WITH s AS (
              SELECT r.wave_id, (g.department_id IS NOT NULL AND h.department_id IS NOT NULL
                                 AND r.from_group <> r.to_group) AS departments,
                     avg((frequency + timeliness + accuracy + problem_solving + shared_goals
                          + shared_knowledge + mutual_respect) / 7) AS score
              FROM rc_response r
              JOIN rc_group g ON g.wave_id = r.wave_id AND g.name = r.from_group
              JOIN rc_group h ON h.wave_id = r.wave_id AND h.name = r.to_group
              WHERE r.wave_id IN ('RC2016', 'RC2026') AND r.from_group <> r.to_group
              GROUP BY ALL)
            SELECT departments, max(score) FILTER (wave_id = 'RC2026')
                                - max(score) FILTER (wave_id = 'RC2016')
            FROM s GROUP BY departments
            """,
        )
    )
    assert change[True] > change[False] + 0.5


def test_three_closed_welfare_networks_have_before_and_after_waves(demo_con):
    scoped = rows(
        demo_con,
        "SELECT w.network_id, count(*), min(w.fielded_on) >= min(n.start_date),"
        " max(w.fielded_on) <= max(n.end_date)"
        " FROM rc_wave w JOIN network n ON n.id = w.network_id GROUP BY ALL",
    )
    assert len(scoped) == 3 and all(r[1:] == (2, True, True) for r in scoped)


def test_the_demo_is_deterministic(tmp_path):
    first, second = db.connect(":memory:"), db.connect(":memory:")
    build_demo(first, today=TODAY)
    build_demo(second, today=TODAY)
    for table in IMPORTABLE:
        a, b = export_frame(first, table), export_frame(second, table)
        if table == "rc_response":  # pseudonyms depend on each database's own salt
            a, b = (
                f.drop(columns="respondent")
                .sort_values(list(f.columns.drop("respondent")), na_position="first")
                .reset_index(drop=True)
                for f in (a, b)
            )
        assert a.equals(b), table


def test_scale_multiplies_people_networks_and_answers():
    one, ten = db.connect(":memory:"), db.connect(":memory:")
    build_demo(one, today=dt.date(2026, 11, 24))
    build_demo(ten, scale=10, today=dt.date(2026, 11, 24))
    small, big = db.row_counts(one), db.row_counts(ten)
    assert big["network"] == 10 * small["network"]
    assert 9 * small["person"] < big["person"] <= 10 * small["person"]
    assert big["rc_response"] > 9 * small["rc_response"]
