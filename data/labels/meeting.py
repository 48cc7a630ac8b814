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
