"""The app's frame: title, sections, page titles, the demo badge, and the words every page
shares (filters, downloads, errors, yes/no, the findings table of pages/_findings.py)."""

from __future__ import annotations

APP_TITLE = "NS-dashboard"
APP_SUBTITLE = "Netværksstrukturen i Albertslund Kommune"
DEMO_BADGE = "Demodata"
DEMO_HELP = "Databasen indeholder en syntetisk demo-organisation, ikke kommunens egne data."

SECTIONS = {"overview": "Overblik", "analysis": "Analyse", "secretariat": "Sekretariat"}
PAGE_TITLES = {
    "overview": "Overblik",
    "flower": "Blomsten",
    "portfolio": "Portefølje",
    "themes": "Temaer",
    "solutions": "Løsninger",
    "network": "Netværk",
    "trends": "Tendenser",
    "load": "Ressourcetræk",
    "rc": "Relationel koordinering",
    "data": "Data",
    "meeting": "Chefforum-møde",
    "leaders": "Netværksledere",
}

UI = {
    "filters": "Filtre",
    "period": "Periode",
    "period_help": "Vis netværk, der kører på mindst én dag i perioden.",
    "types": "Netværkstyper",
    "departments": "Afdelinger",
    "all_departments": "Alle afdelinger",
    "download_csv": "Hent CSV",
    "download_xlsx": "Hent Excel",
    "png_make": "Lav billede (PNG)",
    "png_download": "Hent billedet (PNG)",
    "png_drawing": "Tegner billedet …",
    "png_failed": "Billedet kunne ikke laves på denne maskine (den mangler Chromium). "
    "Tabellen kan stadig hentes.",
    "no_networks": "Ingen netværk passer til filtrene. Udvid perioden eller vælg flere typer "
    "og afdelinger i sidepanelet.",
    "error": "Noget gik galt, og siden kunne ikke vises. Prøv igen; "
    "sekretariatet kan se detaljerne i serverens log.",
    "finding_hint_link": "Vælg en række for at læse hele fundet og åbne netværkets profil.",
    "finding_hint": "Vælg en række for at læse hele fundet.",
    "open_network": "Åbn netværket {id}",
    "yes": "Ja",
    "no": "Nej",
    "table_cut": "Tabellen viser de første {shown} af {n} rækker; hent den for at se alle.",
    "search": "Søg",
    "page": "Side",
    "page_help": "Listen er delt i sider, så diagrammet kan læses.",
    "page_caption": "Viser {first}–{last} af {n}, nyeste først ({pages} sider).",
    "search_placeholder": "Skriv en del af navnet, id'et eller afdelingen",
    "search_help": "Listen har {n} valgmuligheder; den viser de første {shown}, der passer "
    "til søgningen.",
}

# Placeholders of the pickers (Streamlit's own is the English "Choose an option").
PLACEHOLDERS = {
    "one": "Vælg …",
    "types": "Vælg netværkstyper",
    "roles": "Vælg roller",
    "themes": "Vælg temaer",
    "network": "Vælg et netværk",
    "wave": "Vælg en måling",
    "department": "Vælg en afdeling",
    "table": "Vælg en tabel",
    "person": "Vælg en person",
    "row": "Vælg en række",
    "backup": "Vælg en sikkerhedskopi",
}
# An address the app has no page for (Streamlit's own notice is the English "Page not found").
NOT_FOUND = {
    "title": "Siden findes ikke",
    "text": "Der er ingen side på adressen /{path}. Vælg en side i menuen til venstre.",
    "link": "Gå til {page}",
}

# Where the filters are: which of them a page does not use, and why (pages/_registry.py).
SCOPE_NOTES = {
    "overview": "Overblik viser hele kommunen i dag; filtrene bruges ikke.",
    "meeting": "Chefforum-møde viser alt siden sidste møde; filtrene bruges ikke.",
    "flower": "Blomsten har sin egen månedsvælger og viser en dag ad gangen; typer og "
    "afdelinger gælder (afdelinger: netværk med medlemmer derfra).",
    "portfolio": "Starter pr. halvår viser alle halvår, også de planlagte, så NS3-målet kan "
    "følges over tid, og afdelingspar tæller alle typer og afdelinger (parret er selv to "
    "afdelinger); resten af siden følger filtrene.",
    "load": "Ressourcetræk bruger sin egen periode i uger (nu og det kommende halvår), fordi "
    "belastningen handler om de kommende uger; typer og afdelinger gælder.",
    "rc": "Relationel koordinering viser én måling ad gangen (vælg den på siden); perioden, "
    "typerne og afdelingerne bruges ikke.",
    "themes": "Temaer handler om det kommende halvår og alle forslag; filtrene bruges ikke.",
    "solutions": "Perioden gælder overdragelsesdatoen, afdelinger den modtagende afdeling. "
    "'Ikke taget i brug' er en status i dag og tæller alle overdragelser.",
    "trends": "Perioden vælger de perioder, grafen viser; typer og afdelinger gælder. "
    "RC-indekset og lederpuljen har ingen netværkstype, så typerne gælder ikke for dem. "
    "'To perioder side om side' har sine egne år.",
    "leaders": "Netværksledere handler om personer i hele organisationen på en dag (i dag eller "
    "en startdag, du vælger); filtrene bruges ikke.",
    "data": "Data-siden viser og retter alle rækker; filtrene bruges ikke.",
}
