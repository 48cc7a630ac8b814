"""Text of Blomsten (pages/flower.py, charts/flower.py): the drawing's names, its hover text and
the page's words."""

from __future__ import annotations


class FlowerText:
    """The words in the drawing (seed 002, "Den netværksbaserede organisation")."""

    CENTRE = "Sekretariat for<br>Netværksstrukturen"
    # The society ring's segments: seed 002's plural words for person_kind's society kinds.
    SOCIETY = {
        "citizen": "Borgere",
        "business": "Virksomheder",
        "knowledge_institution": "Vidensinstitutioner",
        "association": "Foreninger",
    }
    TITLE = "Netværk der kører {date}: {n}"
    PLAY = "▶ Afspil"
    PAUSE = "Pause"
    SHOWN = "Viser: "
    # One petal's hover (Plotly <br> lines); empty parts are left out.
    HOVER_HEAD = "<b>{name}</b> ({id})<br>{type} · {period}"
    HOVER_LEADER = "Netværksleder: {leader}"
    HOVER_NO_LEADER = "Ingen netværksleder denne dag"
    HOVER_DEPARTMENTS = "Afdelinger: {departments}"
    HOVER_SOCIETY = "Samfund: {society}"
    HOVER_POLITICAL = "Politisk kobling: {link}"
    HOVER_MEMBERS = "Medlemmer: {members}"
    RUNNING = "kører"  # an open end in the hover's period: '23. feb. 2015 – kører'


UI = {
    "flower_intro": "Netværksstrukturen tegnet som kommunens organisationsdiagram: "
    "sekretariatet i midten, afdelingerne i ringen, samfundet i den yderste ring og det "
    "politiske niveau øverst. Hvert netværk er et kronblad, der når ud til sine medlemmers "
    "afdelinger, ud til borgere, virksomheder, vidensinstitutioner og foreninger, når de er "
    "med, og op til udvalget, det er koblet til.",
    "flower_month": "Vis måned",
    "flower_month_help": "Blomsten, tallene og listen viser netværkene på månedens sidste dag "
    "(i den aktuelle måned: i dag). Afspil i diagrammet viser årene fra det første netværk "
    "til i dag uden at skifte måned her.",
    "flower_today": "i dag ({date})",
    "flower_in_month": "i {month}",
    "flower_running": "Kører: {type}",
    "flower_total": "Kører i alt",
    "flower_busiest": "Flest netværk på én gang: {month} ({n}).",
    "flower_list": "Netværk {when}",
    "flower_list_hint": "Vælg et netværk på listen for at åbne dets profil.",
    "flower_no_networks": "Ingen netværk af de valgte typer og afdelinger kører {when}.",
    "flower_empty": "Der er ingen netværk i databasen endnu. Importér netværk under Data.",
    "flower_drawing_png": "Tegner blomsten som billede …",
    "flower_png_help": "Den viste måned som billede til præsentationer (1600 × 1000 punkter). "
    "Det tager nogle sekunder at tegne.",
    "flower_coarse": "Der er mange netværk: afspilningen viser {grain} for at holde siden "
    "hurtig. Månedsvælgeren viser stadig hver måned.",
    "flower_no_play": "Der kører så mange netværk, at afspilningen ikke kan vises; blomsten "
    "viser den valgte måned. Vælg en anden måned med skyderen.",
    "flower_grain_quarter": "ét billede pr. kvartal",
    "flower_grain_half_year": "ét billede pr. halvår",
    "flower_grain_year": "ét billede pr. år",
}
