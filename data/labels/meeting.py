"""Text of Chefforum-møde (pages/meeting.py, analytics/meeting.py, the briefing): what chefforum
must decide, the four blocks and the recording."""

from __future__ import annotations


class Decision:
    """One line per thing chefforum must decide (analytics.meeting.decisions)."""

    QUALIFY = "«{title}» blev foreslået {date} og venter på kvalificering ({score})."
    PRIORITISE = "«{title}» er kvalificeret og kan prioriteres til {half} ({score})."
    SCORE = "kriteriescore {n} af 21"
    UNSCORED = "kriterierne er ikke scoret"
    NO_LEADER = "«{name}» (startet {date}) har ingen netværksleder i dag."
    NO_REFERENCE = "«{name}» (startet {date}) har ingen referenceleder i dag."
    OVERLOADED = (
        "{name} ligger over {limit} timer om ugen i {weeks} af de 8 uger fra {date} "
        "(højst {peak} timer)."
    )
    ON_SHELF = (
        "«{title}» fra «{network}» er ikke taget i brug hos {department} ({days} siden sidste "
        "status)."
    )
    ON_SHELF_UNDATED = "«{title}» fra «{network}» er ikke taget i brug hos {department}."
    UNRECEIVED = "«{title}» fra «{network}» er overdraget uden en modtagende afdeling."


class Briefing:
    """The one-page briefing (charts/briefing.py): headings and fixed sentences."""

    MUNICIPALITY = "Albertslund Kommune"
    TITLE = "Briefing fra chefforum: netværk"
    HELD = "Møde {date} · ændringer siden {since}"
    MADE = "Lavet {stamp} fra NS-dashboard"
    BLOCKS = {
        "status": "Status",
        "decisions": "Beslutninger",
        "handovers": "Overdragelser",
        "learning": "Læring",
    }
    MINUTES = {"status": 5, "decisions": 8, "handovers": 4, "learning": 3}
    STARTED = "Startet"
    CLOSED = "Afsluttet"
    THEMES = "Nye temaer"
    FINDINGS = "Nye fund i reglerne"
    HANDED = "Løsninger overdraget"
    NONE = "ingen"
    MORE = "… og {n} mere"
    WAITING = "Venter på chefforum"
    TAKEN = "Besluttet på mødet"
    NOTHING_TAKEN = "Ingen beslutninger registreret."
    MIX = "NS3-mix for {half} med de prioriterede temaer"
    SHELF = "Løsninger ikke taget i brug: {n}"
    SHELF_BY = "Hvem har dem"
    UNRECEIVED = "Uden modtagende afdeling: {n}"
    NO_LEARNING = "Der er endnu ikke to organisationsbrede RC-målinger at sammenligne."
    MINUTE = "Referat"
    CHART_STARTS = "Starter pr. halvår"
    CHART_RC = "RC-indeks pr. måling"
    OK = "✓"
    NOT_OK = "!"


UI = {
    "meeting_intro": "Chefforums faste 20 minutter om netværk (seed 002): status, beslutninger, "
    "overdragelser og læring, hver med sin tid. Sekretæren registrerer beslutninger og et kort "
    "referat undervejs; briefingen kan hentes bagefter.",
    "meeting_since": "Sidste møde",
    "meeting_since_help": "Ændringer tælles fra dagen efter. Standard: det seneste "
    "registrerede møde, ellers 4 uger siden.",
    "meeting_today": "Mødet i dag",
    "meeting_recorded": "registreret ({id})",
    "meeting_not_recorded": "ikke registreret endnu",
    "meeting_block": "{block} · {minutes} min.",
    "timer_start": "Start",
    "timer_pause": "Pause",
    "timer_reset": "Nulstil",
    "timer_done": "Tiden er gået",
    "status_started": "Startet",
    "status_closed": "Afsluttet",
    "status_themes": "Nye temaer",
    "status_findings": "Nye fund",
    "status_solutions": "Overdraget",
    "status_networks": "Netværk startet og afsluttet siden {since}",
    "status_new_findings": "Nye fund i reglerne siden {since}",
    "status_new_themes": "Nye temaer",
    "status_nothing": "Intet nyt siden {since}.",
    "decisions_themes": "Temaer til kvalificering og prioritering",
    "decisions_mix": "NS3-mix for {half} med de prioriterede temaer",
    "decisions_mix_with": "… og hvis «{theme}» bliver prioriteret",
    "decisions_leaders": "Netværk uden leder, og hvem der kunne lede",
    "decisions_no_candidates": "ingen fri og kvalificeret i puljen",
    "decisions_overloaded": "Over belastningsgrænsen de næste 8 uger",
    "decisions_shelf": "{n} løsninger er ikke taget i brug eller mangler modtager: se "
    "Overdragelser.",
    "decisions_none": "Intet venter på chefforum i dag.",
    "record_title": "Registrér en beslutning",
    "record_matter": "Sag",
    "record_outcome": "Udfald",
    "record_note": "Note (valgfri)",
    "record_save": "Registrér beslutning",
    "record_taken": "Besluttet på dette møde",
    "record_none": "Ingen beslutninger registreret endnu.",
    "minutes_label": "Referat: {block}",
    "minutes_save": "Gem referat",
    "handovers_shelf": "Løsninger, der ikke er taget i brug",
    "handovers_by": "Hvilken afdeling har dem",
    "handovers_since": "Overdraget siden {since}",
    "handovers_none": "Alle overdragne løsninger er taget i brug eller under afprøvning.",
    "learning_none": "Der er endnu ikke to organisationsbrede RC-målinger at sammenligne.",
    "learning_trend": "RC-indeks pr. organisationsbred måling",
    "briefing_title": "Briefing (én side)",
    "briefing_make": "Lav briefing (PDF og HTML)",
    "briefing_making": "Laver briefingen …",
    "briefing_pdf": "Hent PDF",
    "briefing_html": "Hent HTML",
    "briefing_xlsx": "Hent beslutningslister (Excel)",
    "briefing_failed": "PDF'en kunne ikke laves på denne maskine (den mangler Chromium). "
    "Beslutningslisterne kan stadig hentes.",
    "briefing_help": "Én A4-side med de fire blokke, mødets beslutninger og to små diagrammer. "
    "Det tager nogle sekunder.",
}
