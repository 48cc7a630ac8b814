"""A small hand-made organisation for rule, theme and solution tests: written with plain SQL into
a fresh in-memory database, so every expected value can be worked out by hand."""

from __future__ import annotations

import datetime as dt

import duckdb

from data import db

D = dt.date

# Three departments in one directorate; people by what they may do (seed 002):
#   dir  – director (in chefforum);  cf_a, cf_b – department heads in chefforum
#   pro  – diploma 2020-01-01 and co-driver of OLD (2020-02-03): a qualified network leader
#   new  – no diploma, no earlier network;  a1, a2 – employees of A;  b1, c1 – of B and C
PEOPLE = [
    ("dir", "Dorte Direktør", "A", True, True, None),
    ("cf_a", "Anders Chef", "A", True, False, None),
    ("cf_b", "Birgit Chef", "B", True, False, None),
    ("pro", "Pia Prøvet", "A", False, False, D(2020, 1, 1)),
    ("new", "Niels Ny", "B", False, False, None),
    ("a1", "Asta A", "A", False, False, None),
    ("a2", "Aksel A", "A", False, False, None),
    ("b1", "Bent B", "B", False, False, None),
    ("c1", "Cecilie C", "C", False, False, None),
]


def organisation(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    con = db.connect(path)
    con.execute("INSERT INTO directorate VALUES ('DIR', 'Direktørområdet')")
    con.execute(
        "INSERT INTO department VALUES ('A', 'Afdeling A', 'DIR'), ('B', 'Afdeling B', 'DIR'),"
        " ('C', 'Afdeling C', 'DIR')"
    )
    con.executemany(
        "INSERT INTO person (id, name, department_id, kind, in_chefforum, is_director,"
        " leader_diploma_on) VALUES (?, ?, ?, 'employee', ?, ?, ?)",
        PEOPLE,
    )
    # An NS2 network from 2015 in which 'pro' was co-driver: her earlier experience.
    network(
        con,
        "OLD",
        "welfare",
        D(2015, 2, 2),
        D(2015, 7, 19),
        generation="NS2",
        leader="cf_a",
        co_driver="pro",
        reference="cf_b",
        participants=("b1",),
    )
    return con


def network(
    con: duckdb.DuckDBPyConnection,
    network_id: str,
    network_type: str,
    start: dt.date,
    end: dt.date | None,
    *,
    generation: str = "NS3",
    leader: str | None = "pro",
    co_driver: str | None = "a1",
    reference: str | None = "cf_a",
    participants: tuple[str, ...] = ("b1", "c1"),
    political_link: str = "none",
    planned_end: dt.date | None = None,
) -> None:
    """A network with its people, each holding the role for the whole network."""
    status = "closed" if end else "active"
    con.execute(
        "INSERT INTO network (id, name, type, generation, start_date, planned_end, end_date,"
        " status, political_link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            network_id,
            f"Netværk {network_id}",
            network_type,
            generation,
            start,
            planned_end or end or start + dt.timedelta(days=180),
            end,
            status,
            political_link,
        ],
    )
    roles = [(leader, "network_leader"), (co_driver, "co_driver"), (reference, "reference_leader")]
    roles += [(p, "participant") for p in participants]
    con.executemany(
        "INSERT INTO role_assignment VALUES (?, ?, ?, ?, NULL)",
        [(network_id, person, role, start) for person, role in roles if person],
    )


N = None  # an empty item


def wave(con, wave_id, day, groups, rows, *, network_id=None):
    """A wave with its groups ({name: department_id}) and response rows
    (respondent, from_group, to_group, 7 items)."""
    con.execute(
        "INSERT INTO rc_wave VALUES (?, ?, ?, NULL, ?)", [wave_id, wave_id, day, network_id]
    )
    con.executemany(
        "INSERT INTO rc_group VALUES (?, ?, ?)", [(wave_id, g, d) for g, d in groups.items()]
    )
    con.executemany(
        "INSERT INTO rc_response VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(wave_id, r, a, b, *items) for r, a, b, items in rows],
    )


def same(respondents, a, b, value, prefix=""):
    """`respondents` rows of a about b, every item = value."""
    return [(f"{prefix}{a}{b}{i}", a, b, [value] * 7) for i in range(respondents)]
