"""The leader pipeline (DESIGN.md §6 "The leader pipeline"): who could lead a network, who leads
one now, who is free.

NS3 (seed 002, 'Netværksledelse'): "er man netværksleder, når man har netværksledelse på
diplomniveau og når man har drevet netværk tidligere – enten som netværksleder eller co-driver";
'Co-driver': "er co-driving et led i at blive netværksleder". The pool is everyone on that path:
trained, or already leading or co-driving.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

LEADER_POOL_COLUMNS = ["person_id", "name", "department_id", "qualified", "leading", "free"]


def leader_pool(
    con: duckdb.DuckDBPyConnection, on: dt.date, *, today: dt.date | None = None
) -> pd.DataFrame:
    """person_id, name, department_id, qualified, leading, free — one row per employee with a
    leader diploma or a co-driver training dated on or before `on`, or a `network_leader` or
    `co_driver` role in a network that started on or before `on`; by name, then id.

    - `qualified`: a diploma dated on or before `on` and a `network_leader` or `co_driver` role in
      a network that started before `on` (the `leader_qualified` reading; the network the person
      leads now counts when it started before `on`). A network starting on `on` itself does not
      count yet. One definition with `series('pool_size')`: the macro `ns_qualified_since`.
    - `leading`: network leader on `on` (the role's span, `ns_holds_on`: an empty `to_date` =
      the network's end) of a network running on `on` (the portfolio reading, `ns_runs_on`: to
      its end_date, or to today while it has none, never past today — so on a day after today
      nobody is leading, and every qualified person is free).
    - `free` = qualified and not leading.
    """
    return con.execute(
        """
        WITH led AS (
            SELECT ra.person_id, ra.role, ra.from_date, ra.to_date,
                   n.start_date, n.end_date
            FROM role_assignment ra JOIN network n ON n.id = ra.network_id
            WHERE ra.role IN ('network_leader', 'co_driver')
        ),
        pool AS (
            SELECT p.id AS person_id, p.name, p.department_id,
                   coalesce(q.qualified_from <= $on, false) AS qualified,
                   EXISTS (SELECT 1 FROM led
                           WHERE led.person_id = p.id AND led.role = 'network_leader'
                             AND ns_runs_on(led.start_date, led.end_date, $on, $today)
                             AND ns_holds_on(led.from_date, led.to_date, led.start_date,
                                             led.end_date, $on)) AS "leading"
            FROM person p LEFT JOIN ns_qualified_since() q ON q.person_id = p.id
            WHERE p.kind = 'employee'
              AND (p.leader_diploma_on <= $on OR p.co_driver_trained_on <= $on
                   OR EXISTS (SELECT 1 FROM led WHERE led.person_id = p.id
                                                  AND led.start_date <= $on))
        )
        SELECT *, qualified AND NOT "leading" AS free FROM pool
        ORDER BY name, person_id
        """,
        {"on": on, "today": today or dt.date.today()},
    ).df()[LEADER_POOL_COLUMNS]
