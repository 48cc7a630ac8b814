"""Text of the Løsninger page (pages/solutions.py)."""

from __future__ import annotations

# A shelf row whose solution names no receiving department (analytics.solutions).
NO_RECEIVER = "Ingen modtager angivet"
# The row of every type together in the closed-networks table.
ALL_TYPES = "Alle typer"

UI = {
    "solutions_intro": "Løsninger, som netværkene har overdraget til basisorganisationen, og "
    "hvad der siden skete med dem. Filtre: perioden gælder overdragelsesdatoen, afdelinger den "
    "modtagende afdeling.",
    "no_solutions": "Ingen løsninger passer til filtrene.",
    "kpi_handed_over": "Overdraget i alt",
    "kpi_implemented": "Implementeret",
    "kpi_on_shelf": "Ikke taget i brug",
    "kpi_median_days": "Median dage til drift",
    "kpi_closed_share": "Afsluttede netværk med løsning i drift",
    "funnel_chart": "Fra overdragelse til drift",
    "status_chart": "Løsninger pr. status",
    "shelf": "Ikke taget i brug",
    "shelf_intro": "Løsninger, som basisorganisationen ikke har taget i brug i dag: markeret "
    "'på hylden', eller stadig kun overdraget efter mere end {days} dage. Det er en status nu, "
    "så alle overdragelser tæller, også før den valgte periode; typer og afdelinger gælder.",
    "shelf_chart": "Ikke taget i brug pr. modtagende afdeling",
    "no_shelf": "Alle overdragede løsninger er taget imod.",
    "implementation": "Tid til implementering",
    "implementation_chart": "Dage fra overdragelse til drift",
    "closed_table": "Afsluttede netværk, der fik mindst én løsning i drift",
    "all_solutions": "Alle løsninger i filtret",
}
