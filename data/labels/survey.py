"""The RC survey kit (seed 004; Gittell): the 7 questions in Danish, their answers, the guide,
and the rules for reading the answers a survey tool exports (the frequency recode, 'ved ikke')."""

from __future__ import annotations

from .codes import RC_DIMENSION_LABELS

# The survey kit: Gittell's 7 questions about a focal work process, in Danish. {group} is the
# rated group, {process} the focal work process chosen for the wave.
RC_QUESTIONS = {
    "frequency": "Hvor ofte kommunikerer {group} med dig om {process}?",
    "timeliness": "Kommunikerer {group} rettidigt med dig om {process}?",
    "accuracy": "Kommunikerer {group} præcist med dig om {process}?",
    "problem_solving": "Når der opstår problemer i {process}, bebrejder {group} så andre, eller "
    "arbejder de sammen med dig om at løse problemet?",
    "shared_goals": "I hvor høj grad deler {group} dine mål for {process}?",
    "shared_knowledge": "Hvor meget ved {group} om det arbejde, du udfører i {process}?",
    "mutual_respect": "Hvor meget respekterer {group} det arbejde, du udfører i {process}?",
}
_NEVER_ALWAYS = ("aldrig", "sjældent", "af og til", "ofte", "altid")
_NOT_COMPLETELY = ("slet ikke", "lidt", "noget", "meget", "fuldstændig")
# Answer labels in the order the respondent sees them (raw answers 1–5).
RC_ANSWERS = {
    "frequency": ("alt for sjældent", "for sjældent", "passende", "for ofte", "alt for ofte"),
    "timeliness": _NEVER_ALWAYS,
    "accuracy": _NEVER_ALWAYS,
    "problem_solving": (
        "bebrejder altid andre",
        "bebrejder oftest andre",
        "hverken bebrejder eller hjælper",
        "løser oftest problemet sammen med dig",
        "løser altid problemet sammen med dig",
    ),
    "shared_goals": _NOT_COMPLETELY,
    "shared_knowledge": ("intet", "lidt", "noget", "meget", "alt"),
    "mutual_respect": _NOT_COMPLETELY,
}
# DESIGN.md §6: the raw frequency scale scores 1, 3, 5, 4, 2 ("passende" is best).
RC_FREQUENCY_RECODE = {1: 1, 2: 3, 3: 5, 4: 4, 5: 2}
RC_DONT_KNOW = ("ved ikke", "vedikke", "ved ikke/ikke relevant", "ikke relevant", "-")

RC_KIT_GUIDE = [
    "Relationel koordinering (RC) måler kvaliteten af samarbejdet mellem grupper om én konkret "
    "arbejdsproces (seed 004: Gittell, 2009).",
    "1. Vælg arbejdsprocessen (fx 'overgangen fra unge- til voksenområdet') og de grupper, der "
    "indgår i den. Grupperne er typisk afdelinger; skriv afdelingens navn, så knyttes gruppen "
    "automatisk til afdelingen.",
    "2. Hver deltager svarer på de 7 spørgsmål om hver gruppe — også sin egen. Sæt gruppens og "
    "arbejdsprocessens navn ind i spørgsmålene.",
    "3. Svar 1–5 i rækkefølgen på arket Spørgeskema. Spørgsmål 1 scores særligt: 'passende' er "
    "bedst (point 1, 3, 5, 4, 2). Eksportér I rå svar 1–5, så vælg omkodningen ved import.",
    "4. 'Ved ikke' og tomme felter tæller ikke med. Svarteksterne (fx 'passende', 'altid') kan "
    "også importeres direkte.",
    "5. Udfyld rc_wave (én række pr. måling) og importér den først, derefter rc_response: én række "
    "pr. deltager og vurderet gruppe. Deltager-id'er erstattes af et pseudonym, før noget gemmes.",
    "6. Grupper med færre svar end anonymitetsgrænsen (rc_min_respondents, mindst 3) vises "
    "aldrig med tal — kun med antallet af svar.",
]


def rc_questionnaire_markdown() -> str:
    """The 7 questions of the survey kit with their answers, as a numbered Markdown list."""
    lines = []
    for n, (dimension, question) in enumerate(RC_QUESTIONS.items(), 1):
        text = question.format(group="[gruppen]", process="[arbejdsprocessen]")
        answers = " · ".join(RC_ANSWERS[dimension])
        lines.append(f"{n}. **{RC_DIMENSION_LABELS[dimension]}**: {text}  \n   *Svar:* {answers}")
    return "\n".join(lines)
