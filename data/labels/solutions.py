"""Text of the Løsninger page (pages/solutions.py)."""

from __future__ import annotations

# A shelf row whose solution names no receiving department (analytics.solutions).
NO_RECEIVER = "Ingen modtager angivet"

UI = {
    "solutions_intro": "Løsninger, som netværkene har overdraget til basisorganisationen, og "
    "hvad der siden skete med dem. Filtre: perioden gælder overdragelsesdatoen, afdelinger den "
    "modtagende afdeling.",
    "no_solutions": "Ingen løsninger passer til filtrene.",
    "kpi_handed_over": "Overdraget",
    "kpi_implemented": "Implementeret",
    "kpi_on_shelf": "På hylden",
    "kpi_median_days": "Median dage til drift",
    "kpi_closed_share": "Netværk med løsning i drift",
    "funnel_chart": "Fra overdragelse til drift",
    "status_chart": "Løsninger pr. status",
    "shelf": "På hylden",
    "shelf_intro": "Løsninger markeret 'på hylden' og løsninger, der stadig kun er overdraget "
    "efter mere end {days} dage.",
    "shelf_chart": "Løsninger på hylden pr. modtagende afdeling",
    "no_shelf": "Ingen løsninger ligger på hylden.",
    "implementation": "Tid til implementering",
    "implementation_chart": "Dage fra overdragelse til drift",
    "closed_table": "Afsluttede netværk, der fik mindst én løsning i drift",
    "all_solutions": "Alle løsninger i filtret",
}
