"""Labels of stored codes: the enums of DESIGN.md §4, tables, column kinds, the NS3 rules and
their severities, theme criteria, solution stages, and the codes of relational coordination."""

from __future__ import annotations

import math

from .access import AUDIT_ACTIONS, ROLE_LABELS

# Values of the enums in DESIGN.md §4.
ENUM_LABELS: dict[str, dict[str, str]] = {
    "network_type": {
        "learning": "Læringsnetværk",
        "welfare": "Velfærdsnetværk",
        "innovation": "Innovationsnetværk",
    },
    "network_status": {
        "planned": "Planlagt",
        "active": "Aktivt",
        "testing": "I test",
        "closed": "Afsluttet",
        "stopped": "Stoppet",
    },
    "generation": {"NS1": "NS1", "NS2": "NS2", "NS3": "NS3"},
    "political_link": {
        "none": "Ingen",
        "fagudvalg": "Fagudvalg",
        "innovationsudvalg": "Innovationsudvalg",
        "kommunalbestyrelse": "Kommunalbestyrelsen",
    },
    "role": {
        "network_leader": "Netværksleder",
        "co_driver": "Co-driver",
        "reference_leader": "Referenceleder",
        "participant": "Deltager",
        "staff_manager": "Personaleleder",
    },
    "intensity": {"intensive": "Intensiv", "break": "Pause", "test": "Test"},
    "person_kind": {
        "employee": "Medarbejder",
        "citizen": "Borger",
        "business": "Virksomhed",
        "knowledge_institution": "Vidensinstitution",
        "association": "Forening",
        "politician": "Politiker",
    },
    "theme_origin": {"bottom_up": "Nedefra", "outside_in": "Udefra", "top_down": "Oppefra"},
    "theme_status": {
        "proposed": "Foreslået",
        "qualified": "Kvalificeret",
        "prioritised": "Prioriteret",
        "launched": "Igangsat",
        "rejected": "Fravalgt",
    },
    "solution_status": {
        "handed_over": "Overdraget",
        "testing": "I test",
        "implemented": "Implementeret",
        "on_shelf": "På hylden",
        "dropped": "Droppet",
    },
    "decision_kind": {
        "theme_to_qualify": "Tema til kvalificering",
        "theme_to_prioritise": "Tema til prioritering",
        "network_leader_missing": "Netværk uden netværksleder",
        "reference_leader_missing": "Netværk uden referenceleder",
        "person_overloaded": "Person over belastningsgrænsen",
        "solution_on_shelf": "Løsning på hylden",
        "solution_unreceived": "Løsning uden modtager",
        "other": "Andet",
    },
    "decision_outcome": {
        "qualified": "Kvalificeret",
        "prioritised": "Prioriteret",
        "rejected": "Afvist",
        "noted": "Taget til efterretning",
    },
    "access_role": ROLE_LABELS,
    "audit_action": AUDIT_ACTIONS,  # not stored as an enum: the log's own codes
}

TYPE_SHORT = {"learning": "læring", "welfare": "velfærd", "innovation": "innovation"}

TABLE_LABELS = {
    "directorate": "Direktørområder",
    "department": "Afdelinger",
    "person": "Personer",
    "theme": "Temaer",
    "network": "Netværk",
    "role_assignment": "Roller i netværk",
    "phase": "Faser",
    "phase_template": "Faseskabeloner",
    "role_hours": "Timer pr. rolle",
    "solution": "Løsninger",
    "rc_wave": "RC-målinger",
    "rc_group": "RC-grupper",
    "rc_response": "RC-svar",
    "setting": "Indstillinger",
    "meeting": "Møder",
    "meeting_decision": "Mødebeslutninger",
    "app_user": "Brugere",
    "audit_log": "Log",
}

KIND_LABELS = {
    "text": "tekst",
    "date": "dato (ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ)",
    "int": "heltal",
    "float": "tal (komma eller punktum)",
    "bool": "ja/nej",
    "timestamp": "tidspunkt",
}


def enum_label(enum: str, value: str | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return ENUM_LABELS.get(enum, {}).get(value, str(value))


def network_label(network_id: str, name: str, network_type: str, year: int) -> str:
    """'N2016-03 · Fælles ungdomsklub (Velfærdsnetværk, 2016)' — how a network is named in lists."""
    return f"{network_id} · {name} ({enum_label('network_type', network_type)}, {year})"


# --- Rule findings (DESIGN.md §6; each rule cites seed 002 in analytics.portfolio) -------------
RULE_LABELS = {
    "starts_per_half_year": "Starter pr. halvår",
    "learning_per_half_year": "Læringsnetværk pr. halvår",
    "welfare_per_half_year": "Velfærdsnetværk pr. halvår",
    "innovation_concurrency": "Innovationsnetværk samtidig",
    "network_leader_count": "Netværksleder",
    "leader_qualified": "Netværksleders kvalifikation",
    "reference_leader_count": "Referenceleder",
    "reference_leader_level": "Referenceleders niveau",
    "leader_concurrency": "Leder af to netværk",
    "cross_cutting": "Tværgående",
    "co_driver": "Co-driver",
    "political_link": "Politisk kobling",
    "solution_on_shelf": "Løsning på hylden",
}
SEVERITY_LABELS = {"error": "Fejl", "warning": "Advarsel", "info": "Til orientering"}
SEVERITY_ORDER = ("error", "warning", "info")


# The 7 theme criteria of NS3 (seed 002, 'Et egnet tema er karakteriseret ved').
CRITERIA_LABELS = {
    "crit_citizen_welfare": "Bedre velfærd for borgeren",
    "crit_current": "Aktuel udfordring",
    "crit_cross_cutting": "Tværgående",
    "crit_complexity": "Stor kompleksitet",
    "crit_learning": "Ny læring",
    "crit_innovation": "Innovation",
    "crit_new_perspectives": "Nye perspektiver",
}
CRITERIA_HELP = {
    "crit_citizen_welfare": "Kan potentielt skabe bedre velfærd for borgeren eller øget kvalitet "
    "i mødet mellem kommune og borgere.",
    "crit_current": "En aktuel udfordring eller dagsorden af stor betydning: et reelt behov og "
    "ønske om at få den løst, både i top og bund.",
    "crit_cross_cutting": "Kan ikke løses i den enkelte afdeling, men går på tværs af "
    "fagligheder og organisationen.",
    "crit_complexity": "Svær at definere og løse; den gode løsning kendes ikke på forhånd.",
    "crit_learning": "Genererer ny læring.",
    "crit_innovation": "Potentiale for nye og bedre løsninger og et vist økonomisk potentiale.",
    "crit_new_perspectives": "Kræver inddragelse af borgere, vidensinstitutioner, virksomheder, "
    "interesseorganisationer m.fl.",
}
CRITERIA_SCALE = {0: "0 – slet ikke", 1: "1 – lidt", 2: "2 – en del", 3: "3 – i høj grad"}
FUNNEL_LABELS = {
    "handed_over": "Overdraget i alt",
    "taken_up": "Taget imod (i test eller implementeret)",
    "implemented": "Implementeret i drift",
}
SHELF_REASONS = {
    "on_shelf": "Markeret 'på hylden'",
    "waiting": "Overdraget, men intet sket i over {days} dage",
}

# --- Relational coordination (seed 004; DESIGN.md §6) --------------------------------------------
# The 7 dimensions in the order and the words of seed 004: "Frekvensen, præcisionen og
# rettidigheden af kommunikationen, samt at kommunikationen er problemløsende frem for
# bebrejdende – og at der er fælles mål for opgaven, at der er gensidigt kendskab til hinandens
# arbejde og at alles bidrag til opgaveløsningen respekteres."
RC_DIMENSION_LABELS = {
    "frequency": "Hyppig kommunikation",
    "timeliness": "Rettidig kommunikation",
    "accuracy": "Præcis kommunikation",
    "problem_solving": "Problemløsende kommunikation",
    "shared_goals": "Fælles mål",
    "shared_knowledge": "Gensidigt kendskab",
    "mutual_respect": "Gensidig respekt",
    "rc_index": "RC-indeks",
}
RC_DIMENSION_TEXT = {
    "frequency": "Frekvensen af kommunikationen: taler man sammen passende ofte om opgaven?",
    "timeliness": "Rettidigheden af kommunikationen: kommer informationen, når den skal bruges?",
    "accuracy": "Præcisionen af kommunikationen: er informationen korrekt?",
    "problem_solving": "At kommunikationen er problemløsende frem for bebrejdende.",
    "shared_goals": "At der er fælles mål for opgaven.",
    "shared_knowledge": "At der er gensidigt kendskab til hinandens arbejde.",
    "mutual_respect": "At alles bidrag til opgaveløsningen respekteres.",
}
RC_BAND_LABELS = {"weak": "Svag", "moderate": "Middel", "strong": "Stærk"}
RC_TIE_LABELS = {
    "all": "Alle relationer",
    "within": "Inden for egen gruppe",
    "between": "Mellem grupper",
}
RC_EFFECT_LABELS = {
    "shared": "Afdelinger med fælles netværk",
    "not_shared": "Afdelinger uden fælles netværk",
    "difference": "Forskel",
}

# The RC codes as 'enums' of their own, so tables and downloads show them in Danish.
ENUM_LABELS |= {
    # the grains of a period (data.calendar.GRAINS; DESIGN.md §6 "Trends")
    "grain": {"month": "Måned", "quarter": "Kvartal", "half_year": "Halvår", "year": "År"},
    "rc_band": RC_BAND_LABELS,
    "rc_tie": RC_TIE_LABELS,
    "rc_effect": RC_EFFECT_LABELS,
    "rc_dimension": RC_DIMENSION_LABELS,
}
