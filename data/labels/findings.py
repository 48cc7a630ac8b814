"""The sentences of rule findings (analytics.portfolio, DESIGN.md §6) and of the NS3 mix check
of a start list (analytics.themes)."""

from __future__ import annotations


class Finding:
    """Messages a department head understands without the glossary."""

    STARTS = "I {half} startede {n} netværk; NS3 sætter {lo}–{hi} netværk i gang hvert halvår."
    LEARNING = "I {half} startede {n} læringsnetværk; NS3 forventer som oftest {want} pr. halvår."
    WELFARE = (
        "I {half} startede {n} velfærdsnetværk; NS3 forventer som oftest {lo}–{hi} pr. halvår."
    )
    INNOVATION = (
        "{n} innovationsnetværk kørte samtidig fra {first} til {last} ({ids}); "
        "NS3 tillader højst {max}."
    )
    INNOVATION_NOW = (
        "{n} innovationsnetværk kører samtidig fra {first} ({ids}); NS3 tillader højst {max}."
    )
    NO_LEADER = (
        "«{name}» har ingen netværksleder siden {since}; et netværk drives af en netværksleder."
    )
    TWO_LEADERS = "«{name}» har {n} netværksledere på samme tid ({names}) siden {since}."
    NO_REFERENCE = (
        "«{name}» har ingen referenceleder siden {since}; NS3 giver hvert netværk "
        "én referenceleder som kobling til basisorganisationen."
    )
    TWO_REFERENCES = (
        "«{name}» har {n} referenceledere på samme tid ({names}) siden {since}; "
        "NS3: kun én referenceleder ad gangen."
    )
    NOT_QUALIFIED = (
        "{person} ledte «{name}» fra {start} uden {missing}; NS3 kræver diplom i "
        "netværksledelse og erfaring som netværksleder eller co-driver (uprøvede ledere kun i "
        "læringsnetværk)."
    )
    MISSING_DIPLOMA = "diplom i netværksledelse"
    MISSING_EXPERIENCE = "erfaring fra et tidligere netværk"
    REFERENCE_NOT_DIRECTOR = (
        "Referencelederen for innovationsnetværket «{name}», {person}, er "
        "ikke direktør; NS3 kobler innovationsnetværk via en referenceleder på direktørniveau."
    )
    REFERENCE_NOT_CF = (
        "Referencelederen for «{name}», {person}, sidder ikke i chefforum; NS3 "
        "placerer referenceledere i chefforum."
    )
    TWO_NETWORKS = (
        "{person} var netværksleder af både «{other}» og «{name}» fra {first} til "
        "{last}; NS3 planlægger med én netværksleder pr. netværk ad gangen."
    )
    ONE_DEPARTMENT = (
        "Alle medarbejdere i «{name}» kommer fra {department}; et NS3-tema går "
        "på tværs af afdelingerne."
    )
    NO_MEMBERS = (
        "«{name}» har ingen medarbejdere registreret som leder, co-driver eller "
        "deltager; et NS3-tema går på tværs af afdelingerne."
    )
    NO_CO_DRIVER = (
        "«{name}» har ingen co-driver; NS3 giver alle netværksledere mulighed for "
        "en co-driver, og co-driving er vejen til at blive netværksleder."
    )
    INNOVATION_FAGUDVALG = (
        "Innovationsnetværket «{name}» er koblet til et fagudvalg; NS3 "
        "kobler innovationsnetværk til innovationsudvalget."
    )
    WELFARE_INNOVATIONSUDVALG = (
        "Velfærdsnetværket «{name}» er koblet til innovationsudvalget; "
        "NS3 kobler velfærdsnetværk til et fagudvalg."
    )
    ON_SHELF = (
        "Løsningen «{title}» blev overdraget til {department} {since} og er efter "
        "{days} stadig ikke taget i brug (grænse: {limit})."
    )


class MixCheck:
    """The NS3 mix check of a start list for the coming half-year (seed 002)."""

    STARTS = "{n} starter i alt ({planned} allerede registreret); NS3: {lo}–{hi} pr. halvår."
    LEARNING = "{n} læringsnetværk; NS3: som oftest {want} pr. halvår."
    WELFARE = "{n} velfærdsnetværk; NS3: som oftest {lo}–{hi} pr. halvår."
    INNOVATION = (
        "{n} innovationsnetværk kører samtidig ({running} kører allerede ved "
        "halvårets start); NS3: højst {max} ad gangen."
    )
