"""Text of the Temaer page (pages/themes.py)."""

from __future__ import annotations

UI = {
    "themes_intro": "Temaer fra forslag til igangsat netværk. Chefforum kvalificerer og "
    "prioriterer halvårligt; egnethed er summen af NS3's 7 kriterier (0–3 point hver, i alt 21).",
    "pipeline": "Temaer i pipelinen",
    "pipeline_chart": "Temaer pr. status og oprindelse",
    "open_themes": "Åbne temaer",
    "criteria": "Kriterier pr. tema",
    "criteria_chart": "Åbne temaers score på NS3's 7 kriterier (0–3)",
    "no_open_themes": "Der er ingen åbne temaer (foreslået, kvalificeret eller prioriteret).",
    "proposal": "Forslag til {half}",
    "proposal_intro": "Åbne temaer rangeret: prioriterede før kvalificerede før foreslåede, "
    "derefter efter egnethed. Forslaget er udfyldt efter NS3-mikset med plads til de netværk, "
    "der allerede er registreret til halvåret. Ret listen og se tjekket.",
    "proposal_pick": "Temaer, der foreslås igangsat",
    "mix_check": "Tjek mod NS3-mikset",
    "type_source_criteria": "beregnet ud fra kriterierne",
    "derived": "beregnet",
    "new_theme": "Vurdér et nyt tema",
    "new_theme_intro": "Giv temaet 0–3 point på hvert af NS3's 7 kriterier. Temaet gemmes som "
    "foreslået og kan rettes senere under Data.",
    "theme_title": "Titel",
    "theme_description": "Beskrivelse",
    "theme_origin": "Efterspurgt",
    "theme_type": "Foreslået netværkstype",
    "theme_owner": "Ansvarlig i chefforum",
    "no_owner": "(ingen)",
    "save_theme": "Gem temaet",
    "theme_saved": "Temaet {id} er gemt med egnethed {pct} %.",
    "theme_refused": "Temaet blev ikke gemt:",
    "suitability_now": "Egnethed: {score} af 21 point ({pct} %)",
}
