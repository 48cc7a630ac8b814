"""The sentences of rule findings (analytics.rules, DESIGN.md §6) and of the NS3 mix check
of a start list (analytics.themes)."""

from __future__ import annotations

from typing import NamedTuple as _NamedTuple


class Said(_NamedTuple):
    """A finding's two parts: the fact as it is in the data, and what NS3 expects (None when the
    fact says it itself). `message` joins them as one sentence: "fact; reference"."""

    fact: str
    reference: str | None


class Finding:
    """The facts of the rule findings, each with its NS3 reference, in words a department head
    understands without the glossary (`analytics.rules`)."""

    STARTS = Said(
        "I {half} startede {n} netværk",
        "NS3 sætter {lo}–{hi} netværk i gang hvert halvår.",
    )
    LEARNING = Said(
        "I {half} startede {n} læringsnetværk",
        "NS3 forventer som oftest {want} pr. halvår.",
    )
    WELFARE = Said(
        "I {half} startede {n} velfærdsnetværk",
        "NS3 forventer som oftest {lo}–{hi} pr. halvår.",
    )
    INNOVATION = Said(
        "{n} innovationsnetværk kørte samtidig fra {first} til {last} ({ids})",
        "NS3 tillader højst {max}.",
    )
    INNOVATION_NOW = Said(
        "{n} innovationsnetværk kører samtidig fra {first} ({ids})",
        "NS3 tillader højst {max}.",
    )
    NO_LEADER = Said(
        "«{name}» har ingen netværksleder siden {since}",
        "et netværk drives af en netværksleder.",
    )
    TWO_LEADERS = Said(
        "«{name}» har {n} netværksledere på samme tid ({names}) siden {since}.",
        None,
    )
    NO_REFERENCE = Said(
        "«{name}» har ingen referenceleder siden {since}",
        "NS3 giver hvert netværk én referenceleder som kobling til basisorganisationen.",
    )
    TWO_REFERENCES = Said(
        "«{name}» har {n} referenceledere på samme tid ({names}) siden {since}",
        "NS3: kun én referenceleder ad gangen.",
    )
    NOT_QUALIFIED = Said(
        "{person} ledte «{name}» fra {start} uden {missing}",
        "NS3 kræver diplom i netværksledelse og erfaring som netværksleder eller co-driver "
        "(uprøvede ledere kun i læringsnetværk).",
    )
    NO_RECEIVER = "basisorganisationen"  # a solution handed over to no named department
    MISSING_JOIN = " og uden "
    MISSING_DIPLOMA = "diplom i netværksledelse"
    MISSING_EXPERIENCE = "erfaring fra et tidligere netværk"
    REFERENCE_NOT_DIRECTOR = Said(
        "Referencelederen for innovationsnetværket «{name}», {person}, er ikke direktør",
        "NS3 kobler innovationsnetværk via en referenceleder på direktørniveau.",
    )
    REFERENCE_NOT_CF = Said(
        "Referencelederen for «{name}», {person}, sidder ikke i chefforum",
        "NS3 placerer referenceledere i chefforum.",
    )
    TWO_NETWORKS = Said(
        "{person} var netværksleder af både «{other}» og «{name}» fra {first} til {last}",
        "NS3 planlægger med én netværksleder pr. netværk ad gangen.",
    )
    ONE_DEPARTMENT = Said(
        "Alle medarbejdere i «{name}» kommer fra {department}",
        "et NS3-tema går på tværs af afdelingerne.",
    )
    NO_MEMBERS = Said(
        "«{name}» har ingen medarbejdere registreret som leder, co-driver eller deltager",
        "et NS3-tema går på tværs af afdelingerne.",
    )
    NO_CO_DRIVER = Said(
        "«{name}» har ingen co-driver",
        "NS3 giver alle netværksledere mulighed for en co-driver, og co-driving er vejen til at "
        "blive netværksleder.",
    )
    INNOVATION_FAGUDVALG = Said(
        "Innovationsnetværket «{name}» er koblet til et fagudvalg",
        "NS3 kobler innovationsnetværk til innovationsudvalget.",
    )
    WELFARE_INNOVATIONSUDVALG = Said(
        "Velfærdsnetværket «{name}» er koblet til innovationsudvalget",
        "NS3 kobler velfærdsnetværk til et fagudvalg.",
    )
    ON_SHELF = Said(
        "Løsningen «{title}» blev overdraget til {department} {since} og er efter {days} stadig "
        "ikke taget i brug (grænse: {limit}).",
        None,
    )


# What NS3 expects, per rule, where the finding's own sentence does not say it (seed 002).
RULE_REFERENCES = {
    "network_leader_count": "NS3: et netværk drives af én netværksleder ad gangen.",
    "solution_on_shelf": (
        "En løsning skal optages i basisorganisationen, ikke lægges på hylden (seed 004)."
    ),
}
# The section of NS3 (seed 002) or of the seed each rule comes from.
RULE_SOURCES = {
    "starts_per_half_year": "NS3, 'Netværk – type og antal'",
    "learning_per_half_year": "NS3, 'Netværk – type og antal'",
    "welfare_per_half_year": "NS3, 'Netværk – type og antal'",
    "innovation_concurrency": "NS3, 'Netværk – type og antal'",
    "network_leader_count": "NS3, 'Den netværksbaserede organisation'",
    "leader_qualified": "NS3, 'Netværksledelse'",
    "reference_leader_count": "NS3, 'Referenceledelse'",
    "reference_leader_level": "NS3, 'Referenceledelse' og 'Definition af netværkstyper'",
    "leader_concurrency": "NS3, 'Netværksledelse' og 'Forløb og ressourcetræk'",
    "cross_cutting": "NS3, 'Tema'",
    "co_driver": "NS3, 'Co-driver'",
    "political_link": "NS3, 'Definition af netværkstyper'",
    "solution_on_shelf": "NS3, 'Referenceledelse', og 'At give en gave'",
}


def said(template: Said, **values) -> Said:
    """The template's fact and reference with `values` filled in."""
    reference = template.reference.format(**values) if template.reference else None
    return Said(template.fact.format(**values), reference)


def message(fact: str, reference: str | None) -> str:
    """The finding as one sentence (DESIGN.md §5 `message`): "fact; reference"."""
    return f"{fact}; {reference}" if reference else fact


class MixCheck:
    """The NS3 mix check of a start list for the coming half-year (seed 002)."""

    STARTS = "{n} starter i alt ({planned} allerede registreret); NS3: {lo}–{hi} pr. halvår."
    LEARNING = "{n} læringsnetværk; NS3: som oftest {want} pr. halvår."
    WELFARE = "{n} velfærdsnetværk; NS3: som oftest {lo}–{hi} pr. halvår."
    INNOVATION = (
        "{n} innovationsnetværk kører samtidig ({running} kører allerede ved "
        "halvårets start); NS3: højst {max} ad gangen."
    )
