"""Text of Netværksledere (pages/leaders.py, analytics.people): the pool of network leaders NS3
asks the secretariat to grow (seed 002, 'Netværksledelse', 'Co-driver', 'Kompetenceudvikling')."""

from __future__ import annotations


class LeaderMsg:
    """Sentences about one person and a planned network."""

    not_qualified = (
        "{person} er ikke kvalificeret til at lede {network} ({type}) fra {day}: NS3 kræver "
        "diplomuddannelse i netværksledelse og erfaring som netværksleder eller co-driver fra et "
        "tidligere netværk (kun et læringsnetværk kan have en uprøvet leder)."
    )
    paths = (
        "{led} af {co_drivers} co-drivere har siden ledet et netværk ({share}), i median "
        "{months} måneder efter de begyndte som co-driver."
    )
    paths_none_led = "{co_drivers} co-drivere; ingen af dem har endnu ledet et netværk."
    next_training = "Efter rytmen skal næste hold uddannes omkring {day}."


class LeaderChart:
    """The Netværksledere charts' words."""

    POOL = {"in_pool": "I puljen", "qualified": "Kvalificerede", "free": "Frie og kvalificerede"}
    POOL_HOVER = "%{customdata}: %{y} personer<extra>%{fullData.name}</extra>"
    PERIOD = "Periode (periodens sidste dag tæller)"
    PEOPLE = "Antal personer"
    TRAINED_ON = "Uddannelsesdato"
    BAND = "NS3: {low}–{high} pr. hold"
    MONTHS = "{months} mdr."
    COHORT_HOVER = "%{x|%d-%m-%Y}: %{y} co-drivere<extra></extra>"
    OF = "{n} af {total}"
    SHARE = "Andel af afdelingens medarbejdere"
    SHARE_HOVER = "%{y}: %{x:.0f} %<extra></extra>"
    YEAR = "År"
    OUTSIDE = "Eksterne deltagere"
    OUTSIDE_HOVER = "%{x}: %{y} (%{fullData.name})<extra></extra>"


# Column headings of the page's tables (merged into COLUMN_LABELS).
LEADER_COLUMNS = {
    "in_pool": "I puljen",
    "qualified": "Kvalificeret",
    "leading": "Leder et netværk nu",
    "free": "Fri og kvalificeret",
    "trained": "Co-driver-uddannet",
    "led_before": "Netværk ledet før",
    "co_drove_before": "Netværk co-drevet før",
    "busy": "Leder et netværk på dagen",
    "peak_hours": "Højeste timer pr. uge (8 uger)",
    "fits": "Kan lede typen",
    "co_network": "Første netværk som co-driver",
    "co_from": "Co-driver fra",
    "led_network": "Første netværk som leder derefter",
    "led_from": "Leder fra",
    "months": "Måneder imellem",
    "trained_on": "Uddannet",
    "size": "Co-drivere på holdet",
    "months_since_previous": "Måneder siden forrige hold",
    "off_rhythm_months": "Måneder fra rytmen",
    "size_in_band": "Holdstørrelse som NS3",
    "co_drove_since": "Har co-drevet siden",
    "led_since": "Har ledet siden",
    "ended_network": "Netværk sluttede",
    "ended_on": "Sluttede",
    "next_network": "Næste netværk som leder",
    "next_start": "Næste start",
    "months_between": "Måneder imellem",
    "network": "Netværk",
    "employees": "Medarbejdere",
    "participants": "Har været i et netværk",
    "share_pct": "Andel (%)",
    "repeat": "Flere gange",
    "new": "Første gang",
    "year": "År",
}

UI = {
    "leaders_intro": (
        "NS3 vil professionalisere netværksledelsen: en pulje af erfarne netværksledere og "
        "uddannede co-drivere. Man er netværksleder, når man har diplomuddannelsen i "
        "netværksledelse og har drevet et netværk før, som leder eller co-driver (seed 002, "
        "'Netværksledelse'). Et læringsnetværk kan have en uprøvet leder."
    ),
    "kpi_pool": "I puljen",
    "kpi_qualified": "Kvalificerede",
    "kpi_free": "Frie og kvalificerede",
    "kpi_leading": "Leder et netværk nu",
    "kpi_paths": "Co-drivere, der siden har ledet",
    "kpi_pool_help": (
        "Medarbejdere med diplom eller co-driver-uddannelse, eller som har ledet eller co-drevet "
        "et netværk."
    ),
    "kpi_free_help": "Kvalificerede, der ikke leder et netværk i dag.",
    "tab_candidates": "Hvem kan lede?",
    "tab_pool": "Puljen over tid",
    "tab_paths": "Co-driver → netværksleder",
    "tab_cohorts": "Uddannelseshold",
    "tab_again": "Ledere igen",
    "candidates_intro": (
        "Puljen på startdagen, de bedste først: dem, der må lede typen og ikke leder et andet "
        "netværk på dagen (efter planen), med den laveste belastning i de 8 uger fra start."
    ),
    "candidates_start": "Netværket starter",
    "candidates_all": "Vis også dem, der ikke kan lede typen på dagen",
    "candidates_none": "Ingen i puljen kan lede et {type} fra {day}.",
    "candidates_count": "{fits} af {pool} i puljen kan lede et {type} fra {day}.",
    "pick_person_hint": "Vælg en række for at se personens netværk.",
    "person_networks": "Netværk, som {name} har haft en rolle i",
    "person_none": "{name} har ikke haft en rolle i et netværk endnu.",
    "person_pick": "Person",
    "pool_chart": "Puljen af netværksledere over tid",
    "pool_grain": "Periode",
    "pool_intro": (
        "Optalt på hver periodes sidste dag (den igangværende periode: i dag). Kvalificerede, "
        "der leder et netværk den dag, er ikke frie."
    ),
    "paths_intro": (
        "Co-driving er første skridt mod at blive netværksleder (seed 002, 'Co-driver'). Her er "
        "hver co-drivers første netværk som co-driver og det første netværk, personen har ledet "
        "siden."
    ),
    "paths_chart": "Måneder fra co-driver til netværksleder",
    "paths_none": "Ingen har været co-driver endnu.",
    "cohorts_intro": (
        "Co-driver-uddannelsens hold (samme uddannelsesdato = ét hold) mod NS3's rytme. Rytmen "
        "er en antagelse fra NS3 ('afholdes uddannelse hvert 1½ år for mellem 12-15 "
        "co-drivere', seed 002), som du kan ændre her."
    ),
    "cohorts_every": "Rytme: måneder mellem hold",
    "cohorts_min": "Holdstørrelse fra",
    "cohorts_max": "Holdstørrelse til",
    "cohorts_chart": "Co-driver-uddannelsens hold",
    "cohorts_none": "Ingen medarbejdere har en dato for co-driver-uddannelse endnu.",
    "again_intro": (
        "Netværksledere, der begyndte at lede et nyt netværk kort efter, at et netværk, de "
        "ledte, sluttede."
    ),
    "again_within": "Inden for (måneder)",
    "again_none": "Ingen netværksledere begyndte på et nyt netværk inden for {months} måneder.",
    # Tendenser: the breadth of participation and the outside members (pages/_breadth.py)
    "breadth_tab": "Deltagelsens bredde",
    "breadth_since": "Siden",
    "breadth_intro": (
        "Medarbejdere, der har været netværksleder, co-driver eller deltager i et netværk siden "
        "1. januar {year}, som andel af afdelingens medarbejdere i dag (registret har ikke "
        "tidligere ansættelser). 'Flere gange' er dem, der har været med i mindst to netværk."
    ),
    "breadth_chart": "Andel af medarbejderne, der har været i et netværk siden {year}",
    "breadth_per_year": "Pr. år: deltagere, nye og gengangere",
    "outside": "Eksterne perspektiver",
    "outside_intro": (
        "Deltagere, der ikke er medarbejdere: borgere, virksomheder, vidensinstitutioner, "
        "foreninger og politikere (seed 003: 'flere eksterne perspektiver'). En person tæller "
        "i hvert år, personen er med."
    ),
    "outside_chart": "Eksterne deltagere pr. år",
    "outside_none": "Ingen eksterne deltagere i netværkene siden {year}.",
}
