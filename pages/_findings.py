"""The rule findings table (DESIGN.md §6 "Portfolio rules"), shared by the portfolio page and a
network's profile. Not a page (leading underscore)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from charts.style import SEVERITY_COLORS
from data.labels import (
    COLUMN_LABELS,
    RULE_LABELS,
    SEVERITY_LABELS,
    UI,
    fmt_date,
    fmt_half_year,
    fmt_number,
)
from pages._access import may_open
from pages._tables import MAX_ROWS, download_row
from pages._widgets import open_network_button


def findings_table(findings: pd.DataFrame, *, key: str, link: bool = True) -> None:
    """Rule findings with the severity as a coloured cell, the finding's fact in one line and
    what NS3 expects beside it. Selecting a row shows the whole message, its NS3 source and, when
    `link`, a button to the network's profile. `findings` from analytics.rules.rule_findings."""
    shown = pd.DataFrame(
        {
            "severity": findings["severity"].map(SEVERITY_LABELS),
            "network_id": findings["network_id"].fillna(""),
            "period": [
                fmt_half_year(p) if "H" in p else fmt_date(d)
                for p, d in zip(findings["period"], findings["day"], strict=True)
            ],
            "message": findings["fact"],
            "ns3": [r[:1].upper() + r[1:] if r else "" for r in findings["reference"]],
            "rule": findings["rule"].map(RULE_LABELS),
        }
    ).rename(columns=lambda c: COLUMN_LABELS.get(c, c))
    colors = {SEVERITY_LABELS[s]: SEVERITY_COLORS[s] for s in SEVERITY_LABELS}
    if len(shown) > MAX_ROWS:  # the first ones on screen (errors first), all in the download
        st.caption(UI["table_cut"].format(shown=fmt_number(MAX_ROWS), n=fmt_number(len(shown))))
    styled = shown.head(MAX_ROWS).style.map(
        lambda v: f"background-color: {colors.get(v, 'white')}",
        subset=[COLUMN_LABELS["severity"]],
    )
    config = {
        COLUMN_LABELS["severity"]: st.column_config.TextColumn(width=120),
        COLUMN_LABELS["network_id"]: st.column_config.TextColumn(width="small"),
        COLUMN_LABELS["period"]: st.column_config.TextColumn(width=110),
        COLUMN_LABELS["message"]: st.column_config.TextColumn(width=700),
    }
    event = st.dataframe(
        styled,
        key=key,
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        column_config=config,
        height=min(38 + 35 * min(len(shown), MAX_ROWS), 420),
    )
    rows = event.selection.rows if event else []
    link = link and may_open("network")  # the direction has no network profiles
    if not rows:
        st.caption(UI["finding_hint_link"] if link else UI["finding_hint"])
    else:
        chosen = findings.iloc[rows[0]]
        box = st.container(border=True)
        box.markdown(f"**{RULE_LABELS[chosen['rule']]}** · {SEVERITY_LABELS[chosen['severity']]}")
        box.write(chosen["message"])
        box.caption(chosen["source"])
        if link and isinstance(chosen["network_id"], str):
            open_network_button(chosen["network_id"], key=f"{key}_open", container=box)
    download_row(shown, "regeltjek", f"{key}_dl")
