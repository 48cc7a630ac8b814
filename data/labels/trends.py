"""Text of Tendenser (pages/trends.py, charts/trends.py): the measures' names, readings and axis
titles (analytics.trends), the breakdowns and grains, the downloads' file names and the page's
words."""

from __future__ import annotations

from .codes import ENUM_LABELS


class TrendText:
    """The measures of analytics.trends.MEASURES and how the page and its chart name them."""

    MEASURES = {
        "networks_started": "Netværk startet",
        "networks_running": "Netværk i gang",
        "participants": "Deltagere (medarbejdere)",
        "external_members": "Eksterne deltagere",
        "load_hours": "Timer i netværk (ressourcetræk)",
        "rc_index": "RC-indeks (organisationsmålinger)",
        "solutions_implemented": "Løsninger i drift",
        "pool_size": "Netværksledere i puljen (kvalificerede)",
    }
    # How each measure is read (the docstring of analytics.trends, in Danish).
    READINGS = {
        "networks_started": "Netværk efter startdato, alle generationer (NS1–NS3). Opdelt på "
        "afdeling tæller et netværk i hver afdeling, som et af dets medlemmer (netværksleder, "
        "co-driver, deltager) er ansat i.",
        "networks_running": "Netværk, der kører mindst én dag i perioden: fra start til slut, "
        "eller til i dag, mens det kører. Opdelt på afdeling tæller et netværk i hver af sine "
        "medlemmers afdelinger.",
        "participants": "Forskellige medarbejdere, der er netværksleder, co-driver eller "
        "deltager i et netværk, mens det kører i perioden — hver person én gang pr. periode og "
        "i sin egen afdeling. Referenceledere og personaleledere er bindeled, ikke medlemmer.",
        "external_members": "Forskellige medlemmer udefra (borgere, virksomheder, "
        "vidensinstitutioner, foreninger, politikere) i netværk, der kører i perioden. Opdelt "
        "på afdeling tæller de i deres netværks afdelinger.",
        "load_hours": "Belastningsmodellens timer på periodens hverdage: netværkets faser "
        "(eller typens skabelon) × timer pr. uge for rollen, som på Ressourcetræk. Opdelt på "
        "afdeling: personens egen afdeling.",
        "rc_index": "Gennemsnit (1–5) af svarene med alle 7 spørgsmål i de organisationsbrede "
        "RC-målinger, der er gennemført i perioden; par med for få svar er skjult og tæller "
        "ikke. Opdelt på afdeling: hvordan afdelingens egne folk vurderer koordineringen. En "
        "periode uden måling er tom.",
        "solutions_implemented": "Løsninger med status 'implementeret', efter den dag status "
        "blev sat. Opdelt på afdeling: den modtagende afdeling.",
        "pool_size": "Medarbejdere, der er kvalificeret til at lede et netværk på periodens "
        "sidste dag (i indeværende periode: i dag): lederuddannelse og erfaring som "
        "netværksleder eller co-driver i et tidligere netværk. Opdelt på afdeling: personens "
        "egen afdeling.",
    }
    Y_TITLES = {
        "networks_started": "Netværk startet",
        "networks_running": "Netværk i gang",
        "participants": "Medarbejdere",
        "external_members": "Eksterne deltagere",
        "load_hours": "Timer",
        "rc_index": "RC-indeks (1–5)",
        "solutions_implemented": "Løsninger",
        "pool_size": "Kvalificerede ledere",
    }
    BREAKDOWNS = {
        "none": "Ingen",
        "type": "Netværkstype",
        "department": "Afdeling",
        "directorate": "Direktørområde",
    }
    GRAINS = ENUM_LABELS["grain"]
    PER_GRAIN = {
        "month": "pr. måned",
        "quarter": "pr. kvartal",
        "half_year": "pr. halvår",
        "year": "pr. år",
    }
    BY_TITLE = {
        "type": "fordelt på netværkstype",
        "department": "fordelt på afdeling",
        "directorate": "fordelt på direktørområde",
    }
    TITLE = "{measure} {per}"  # 'Deltagere (medarbejdere) pr. år'
    TITLE_BY = "{title}, {by}"
    TITLE_SECOND = "{title} — og {second}"
    # Hover values: whole numbers, hours with one decimal, the RC index with two.
    HOVER = {
        "count": "%{y:,.0f}",
        "load_hours": "%{y:,.1f} t",
        "rc_index": "%{y:.2f}",
    }
    # Who counts once in a stacked bar (analytics.trends.adds_up): 'hvert netværk tæller i
    # højst én gruppe'.
    STACK_ITEMS = {
        "networks_started": "hvert netværk",
        "networks_running": "hvert netværk",
        "participants": "hver medarbejder",
        "load_hours": "hver time",
        "solutions_implemented": "hver løsning",
    }
    # The downloads' file names: tendens-<measure>-<breakdown>-<grain>.csv
    FILE = "tendens-{measure}-{by}-{grain}"
    FILE_RANGES = "tendens-{measure}-{by}-{first}-mod-{second}"
    MEASURE_SLUGS = {
        "networks_started": "netvaerk-startet",
        "networks_running": "netvaerk-i-gang",
        "participants": "deltagere",
        "external_members": "eksterne-deltagere",
        "load_hours": "timer",
        "rc_index": "rc-indeks",
        "solutions_implemented": "loesninger-i-drift",
        "pool_size": "lederpulje",
    }
    BY_SLUGS = {
        "none": "alle",
        "type": "type",
        "department": "afdeling",
        "directorate": "direktoeromraade",
    }
    GRAIN_SLUGS = {"month": "maaned", "quarter": "kvartal", "half_year": "halvaar", "year": "aar"}
    # Two periods side by side: the ranges' names and the table's headings.
    YEARS = "{first}–{last}"  # one range of years; a single year is just the year
    PER_YEAR = "{years}, pr. år"
    MEAN = "{years}, gennemsnit"
    TOTAL = "{years}, i alt"
    CHANGE_PER_YEAR = "Forskel pr. år"
    CHANGE = "Forskel"

    @staticmethod
    def years(first: int, last: int) -> str:
        """'2014–2015', or '2016' for one year."""
        return str(first) if first == last else TrendText.YEARS.format(first=first, last=last)

    @staticmethod
    def file_years(first: int, last: int) -> str:
        """'2014-2015' in a file name (no en dash), '2016' for one year."""
        return str(first) if first == last else f"{first}-{last}"

    @staticmethod
    def range_headings(kind: str, group: str, first: str, second: str) -> dict[str, str]:
        """The headings of the two ranges' table (analytics.trends.compare_ranges) for a
        measure of `kind` (analytics.trends.kind), `group` the breakdown's heading."""
        value = TrendText.MEAN if kind == "levels" else TrendText.PER_YEAR
        return {
            "group": group,
            "first": value.format(years=first),
            "second": value.format(years=second),
            "change": TrendText.CHANGE_PER_YEAR if kind == "flows" else TrendText.CHANGE,
            "first_total": TrendText.TOTAL.format(years=first),
            "second_total": TrendText.TOTAL.format(years=second),
        }

    RANGES_TITLE = "{measure}: {first} og {second}"
    RANGES_Y_PER_YEAR = "{y} pr. år (gennemsnit)"
    RANGES_Y_MEAN = "{y} (gennemsnit)"


UI = {
    "trends_intro": "Følg netværksstrukturen over årene: vælg et mål, hvordan det skal "
    "opdeles, og hvor lange perioderne skal være. Sidepanelets periode, netværkstyper og "
    "afdelinger gælder; en periode, der ikke er slut, tæller til i dag. Graf og tabel kan hentes "
    "til en rapport.",
    "trends_measure": "Mål",
    "trends_by": "Opdelt på",
    "trends_by_help": "RC-indekset og lederpuljen har ingen netværkstype og kan derfor ikke "
    "opdeles på den.",
    "trends_grain": "Periode",
    "trends_second": "Sammenlign med",
    "trends_second_none": "Intet",
    "trends_second_help": "Et andet mål for alle netværk under ét, tegnet som en linje med sin "
    "egen akse til højre — fx RC-indekset oven på netværk i gang fordelt på netværkstype.",
    "trends_tab_time": "Over tid",
    "trends_tab_ranges": "To perioder side om side",
    "trends_no_types": "Vælg mindst én netværkstype i sidepanelet for at se {measure}.",
    "trends_empty": "Ingen værdier for {measure} i den valgte periode med de valgte filtre. "
    "Udvid perioden eller vælg flere typer og afdelinger i sidepanelet.",
    "trends_rc_empty": "Der er ingen organisationsbrede RC-målinger i den valgte periode (eller "
    "alle par havde for få svar). Udvid perioden i sidepanelet.",
    "trends_overlap": "Grupperne overlapper (et netværk kan have medlemmer fra flere "
    "afdelinger, en person kan være med i netværk af flere typer), så hver gruppe vises som "
    "sin egen linje, ikke som stablede søjler, der ville tælle nogle med to gange.",
    "trends_stacked": "Søjlerne er stablet: {item} tæller i højst én gruppe, så intet tælles "
    "to gange.",
    "trends_table": "Tallene bag grafen",
    "trends_png_help": "Grafen som billede til rapporter (1600 × 800 punkter). Det tager nogle "
    "sekunder at tegne.",
    "trends_drawing_png": "Tegner grafen som billede …",
    "trends_ranges_intro": "Sammenlign to perioder af år, gruppe for gruppe. Forvalgt er årene, "
    "hvor {first} og {second} startede netværk; vælg selv andre år. Sidepanelets "
    "netværkstyper og afdelinger gælder, dets periode ikke.",
    "trends_ranges_intro_plain": "Sammenlign to perioder af år, gruppe for gruppe. "
    "Sidepanelets netværkstyper og afdelinger gælder, dets periode ikke.",
    "trends_range_first": "Første periode (år)",
    "trends_range_second": "Anden periode (år)",
    "trends_ranges_flows": "Tallene er gennemsnit pr. år (i alt delt med antal år), så "
    "perioder af forskellig længde kan sammenlignes; 'i alt' står ved siden af. "
    "Indeværende år tæller med til i dag.",
    "trends_ranges_counts": "Tallene er gennemsnit pr. år af det årlige antal. De kan ikke "
    "lægges sammen over årene, for det samme netværk eller den samme person tæller i hvert "
    "år, det er med. Indeværende år tæller med til i dag.",
    "trends_ranges_levels": "Tallene er gennemsnittet af årenes niveau (for RC-indekset kun år "
    "med en måling; tom, hvis perioden ingen har). Indeværende år: niveauet i dag.",
    "trends_range_empty": "Der er ingen organisationsbred RC-måling i {years}, så den periode "
    "er tom. Vælg andre år for at sammenligne.",
    "trends_no_networks": "Der er ingen netværk i databasen endnu, så der er ingen år at "
    "sammenligne. Importér netværk under Data.",
}
