"""The phases of every network: registered ones, or the type's template (DESIGN.md §6 "Load").

NS3 (seed 002, 'Forløb og ressourcetræk'): "Tidsestimeringen og intensiteten kan dog være
forskellige i de enkelte netværk" — a network's own phases win; a network without phases gets
them from `phase_template` for its type, counted from the Monday of its start week.
"""

from __future__ import annotations

import duckdb
import pandas as pd


def all_phases_sql(network: str = "network", phase: str = "phase") -> str:
    """One SQL relation of every network's phases, over the given network and phase relations
    (the load model passes the database's tables joined with a what-if plan's)."""
    return f"""
SELECT network_id, seq, name, start_date, end_date, intensity, false AS from_template
FROM {phase}
UNION ALL
SELECT n.id, t.seq, t.name,
       CAST(date_trunc('week', n.start_date) + INTERVAL (t.offset_weeks * 7) DAY AS DATE),
       CAST(date_trunc('week', n.start_date)
            + INTERVAL ((t.offset_weeks + t.duration_weeks) * 7 - 1) DAY AS DATE),
       t.intensity, true
FROM {network} n
JOIN phase_template t ON t.network_type = n.type
WHERE NOT EXISTS (SELECT 1 FROM {phase} p WHERE p.network_id = n.id)
"""


# The relation over the database's own tables, reused by every question about phases.
ALL_PHASES_SQL = all_phases_sql()


def network_phases(con: duckdb.DuckDBPyConnection, network_id: str) -> pd.DataFrame:
    """seq, name, start_date, end_date, intensity, from_template — for one network."""
    return con.execute(
        f"SELECT * FROM ({ALL_PHASES_SQL}) WHERE network_id = ? ORDER BY seq", [network_id]
    ).df()
