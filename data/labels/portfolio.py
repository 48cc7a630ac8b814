"""Text of the Portefølje page (pages/portfolio.py)."""

from __future__ import annotations

UI = {
    "portfolio_intro": "Netværkenes sammensætning over tid holdt op mod NS3: antal starter pr. "
    "halvår, typer, samtidige innovationsnetværk, roller og afdelinger.",
    "portfolio_click": "Klik på et fund for at åbne netværket.",
    "running_now": "Kører nu: {type}",
    "findings": "Regeltjek",
    "findings_help": "Reglerne fra Netværksstrukturen version 3 (NS3, forår 2016) gælder "
    "NS3-netværk fra {rules_from}. Grænser og alvor kan ændres under Data → Indstillinger.",
    "no_findings": "Ingen fund: porteføljen følger NS3-reglerne i den valgte periode.",
    "severity_count": "{label}",
    "over_time": "Netværk over tid",
    "running_chart": "Netværk, der kører, pr. dag og type",
    "starts_chart": "Starter pr. halvår mod NS3's 4–5",
    "timeline": "Tidslinje over alle netværk",
    "timeline_chart": "Netværkenes forløb",
    "timeline_half": "Netværk, der kører i",
    "timeline_all_halves": "hele den valgte periode",
    "timeline_none": "Ingen netværk kører i {half} med de valgte filtre.",
    "coverage": "Afdelinger i netværkene",
    "coverage_chart": "Medarbejdere pr. afdeling og netværk",
    "pairs_chart": "Antal netværk, to afdelinger har haft sammen",
    "tab_coverage": "Afdelinger pr. netværk",
    "tab_pairs": "Afdelingspar",
    "tab_links": "Politisk kobling",
    "links_intro": "NS3: innovationsnetværk kobles til innovationsudvalget, velfærdsnetværk til "
    "et fagudvalg.",
    "mix_table": "Starter pr. halvår og type",
}
