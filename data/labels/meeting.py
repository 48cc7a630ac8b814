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
