"""All Danish text of the product in one place: labels, help texts, messages, formats.

Code, tables and columns are English; whatever a user reads is Danish and comes from here.
"""

from __future__ import annotations

import datetime as dt
import math

APP_TITLE = "NS-dashboard"
APP_SUBTITLE = "Netværksstrukturen i Albertslund Kommune"
DEMO_BADGE = "Demodata"
DEMO_HELP = "Databasen indeholder en syntetisk demo-organisation, ikke kommunens egne data."

SECTIONS = {"overview": "Overblik", "analysis": "Analyse", "secretariat": "Sekretariat"}
PAGE_TITLES = {
    "portfolio": "Portefølje",
    "themes": "Temaer",
    "solutions": "Løsninger",
    "network": "Netværk",
    "load": "Ressourcetræk",
    "rc": "Relationel koordinering",
    "data": "Data",
}

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


# --- Import messages (DESIGN.md §4: file, row, column, value and reason) ----------------------
class Msg:
    EMPTY_FILE = "Filen er tom."
    NO_DATA_ROWS = "Filen har kun en overskriftsrække og ingen datarækker."
    NO_HEADER = "Første række skal være en overskrift med kolonnernes navne, men den er tom."
    UNREADABLE = (
        "Filen kunne ikke læses som Excel (xlsx): den er beskadiget eller ikke en Excel-fil. "
        "Åbn den i Excel, og gem den igen som .xlsx eller som CSV."
    )
    OLD_EXCEL = "Filen er en ældre Excel-fil (.xls). Gem den som .xlsx eller CSV, og prøv igen."
    NOT_TEXT = (
        "Filen ser ikke ud til at være en CSV-tekstfil eller en Excel-fil (den indeholder "
        "binære data). Gem den som CSV (UTF-8) eller .xlsx."
    )
    CANNOT_READ = "Filen {file} kunne ikke åbnes (findes den, og må den læses?)."
    TOO_BIG = "Filen fylder {size} MB; der kan højst importeres {limit} MB ad gangen."
    TOO_MANY_COLUMNS = "Overskriften har {n} kolonner; en tabel har højst {limit}."
    TOO_MANY_ROWS = "Filen har mere end {limit} rækker; del den op i flere filer."
    CELL_TOO_LONG = "En celle er længere end {limit} tegn (eller et anførselstegn mangler)."
    BAD_CSV_LINE = "Rækken har {saw} felter, men overskriften har {expected}."
    BAD_CSV = "Rækken kunne ikke læses som CSV (tjek anførselstegnene)."
    XLSX_UNPACKED = (
        "Excel-filen fylder {size} MB udpakket; der kan højst indlæses {limit} MB. Del den op, "
        "eller gem den som CSV."
    )
    XLSX_TOO_WIDE = "Excel-arket har data i celle {cell}; en tabel har højst {limit} kolonner."
    XLSX_OUTSIDE = "Celle {cell} har en værdi, men kolonnen har ingen overskrift i række 1."
    XLSX_FORMULA = (
        "Celle {cell} har en formel uden beregnet værdi. Åbn filen i Excel, og gem den igen "
        "(så gemmes værdien), eller skriv værdien i stedet for formlen."
    )
    XLSX_ERROR = "Celle {cell} indeholder Excel-fejlen {value}."
    XLSX_CUT = (
        "Celle {cell} blev forkortet, da den blev eksporteret til Excel (Excel rummer højst "
        "32.767 tegn). Brug sikkerhedskopien (zip) for den hele tekst."
    )
    NO_SHEET = "Excel-filen har intet ark med navnet '{table}'. Arkene hedder: {sheets}."
    MISSING_COLUMN = "Kolonnen '{column}' mangler; den er påkrævet i {table}."
    UNKNOWN_COLUMN = "Ukendt kolonne '{column}'. Tilladte kolonner: {allowed}."
    DUPLICATE_COLUMN = "Kolonnen '{column}' står to gange i overskriften ('{first}' og '{second}')."
    REQUIRED = "Værdi mangler; feltet er påkrævet."
    BAD_DATE = "Ugyldig dato; brug ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ (og en dato, der findes)."
    DATE_RANGE = "Datoen skal ligge mellem år {first} og {last}."
    BAD_INT = "Ikke et heltal."
    BAD_FLOAT = "Ikke et tal; brug fx 12,5 eller 1.234,5."
    AMBIGUOUS_NUMBER = (
        "Tvetydigt tal: punktum kan være tusindtalsskilletegn eller decimaltegn. "
        "Skriv fx 10000 (ti tusind) eller 10,0 (ti)."
    )
    TOO_LARGE = "Tallet er for stort."
    BAD_BOOL = "Ikke en sand/falsk-værdi; brug ja/nej, true/false eller 1/0."
    BAD_ENUM = "Ukendt værdi; tilladt er: {allowed}."
    OUT_OF_RANGE = "Værdien skal ligge mellem {lo} og {hi}."
    CONTROL_IN_ID = "Et id eller navn må ikke indeholde kontroltegn."
    NUL_IN_TEXT = "Teksten indeholder et ugyldigt tegn (NUL eller et ødelagt tegn)."
    END_BEFORE_START = "Slutdatoen ligger før startdatoen ({start})."
    DUPLICATE_KEY = "Nøglen ({key}) står også i række {first}; hver nøgle må kun stå én gang."
    MISSING_REF = "Findes ikke i {table} (hverken i databasen eller i filen)."
    EMPLOYEE_NEEDS_DEPARTMENT = "En medarbejder skal have en afdeling."
    UNKNOWN_SETTING = "Ukendt indstilling '{key}'."
    SETTING_ORDER = "{low} ({a}) må ikke være større end {high} ({b})."
    STILL_REFERRED = "Bruges stadig i {table} ({rows}); ret eller slet dem først."
    KEY_TAKEN = "Nøglen ({key}) findes allerede i {table}."
    FIXED_KEY = (
        "'{column}' kan ikke ændres i {table}: svarene og deres pseudonymer hører til den. "
        "Opret en ny række i stedet."
    )
    ROW_GONE = "Rækken ({key}) findes ikke længere i {table}; den kan være slettet imens."
    NOT_EDITABLE = "{table} kan ikke rettes række for række her."
    BUSY = "Databasen er optaget af en anden ændring lige nu. Intet er gemt; prøv igen om lidt."
    CONFLICT = "En anden ændring blev gemt samtidig med denne. Intet er gemt; prøv igen."
    DB_REJECTED = (
        "Databasen afviste ændringen, og intet er gemt. Kontrollér filen, og prøv igen; "
        "sker det igen, så kontakt den, der driver dashboardet."
    )
    DB_WRITE_FAILED = (
        "Databasefilen kunne ikke skrives (disken kan være fuld, eller filen skrivebeskyttet). "
        "Intet er gemt."
    )
    TOO_MANY = "... og {n} fejl mere."
    OK = "{rows} rækker importeret til {table}: {inserted} nye, {updated} opdateret."
    REPLACED = "{table} er gemt: {rows} erstatter {replaced}, der var før."
    FAILED = "Intet er gemt. {n} fejl i {file}:"
    SAVED_ROW = "Rækken ({key}) i {table} er gemt."
    DELETED_ROW = "Rækken ({key}) er slettet fra {table}."
    RENAMED = "{n} henvisninger i andre tabeller fulgte med til den nye nøgle."
    EDIT_SOURCE = "rettelse af {key}"
    NEW_SOURCE = "ny række"
    ADDED_ROW = "Rækken ({key}) er tilføjet til {table}."
    BACKUP_TAKEN = "En sikkerhedskopi af databasen blev taget først: {file}."
    BACKUP_FAILED = (
        "Dagens sikkerhedskopi kunne ikke skrives (er disken fuld?). Ændringen er gemt alligevel."
    )
    UNEXPECTED = (
        "Filen kunne ikke importeres på grund af en uventet fejl. Intet er gemt. Kontakt den, "
        "der driver dashboardet, og send filen med."
    )


BACKUP_REASONS = {
    "manual": "Taget på Data-siden",
    "daily": "Dagens første ændring",
    "restore": "Før en gendannelse",
    "replace_all": "Før 'erstat hele tabellen'",
}


class BackupMsg:
    """Backups and restoring them (data.backup)."""

    NOT_A_BACKUP = "Filen er ikke en sikkerhedskopi fra NS-dashboard (en zip-fil med CSV-filer)."
    NO_MANIFEST = (
        "Zip-filen mangler sin indholdsfortegnelse (manifest.json), så den kan ikke kontrolleres "
        "som en hel sikkerhedskopi. Importér i stedet tabellerne én ad gangen under Importér."
    )
    NEWER = "Sikkerhedskopien er lavet af en nyere version af NS-dashboard."
    MISSING_FILE = "Sikkerhedskopien mangler {file}."
    DAMAGED_FILE = (
        "{file} i sikkerhedskopien er ikke den fil, der blev gemt (den er beskadiget eller "
        "forkortet)."
    )
    CHECKING = "Kontrollerer {file}"
    BACKING_UP = "Tager en sikkerhedskopi af den nuværende database"
    TAKEN = "Den nuværende database blev gemt først: {file}."
    WRITING = "Gendanner"
    DONE = "Færdig"
    RESTORED = "Databasen er gendannet fra {file}: {rows}."


class DbMsg:
    """When the database file cannot be opened (dashboard.py shows one of these)."""

    TITLE = "Databasen kan ikke åbnes"
    LOOK_ALIKE = (
        "Id'er, der kun adskiller sig ved store/små bogstaver eller mellemrum; de er beholdt "
        "hver for sig. Ret dem på Data-siden (Ret og tilføj), hvis de er den samme."
    )
    LOCKED = (
        "Databasefilen **{path}** er låst af et andet program, fx en anden kørsel af "
        "dashboardet, DuckDB's kommandolinje eller et import-script. Luk det andet program, og "
        "genindlæs siden. Filen er ikke ændret."
    )
    BROKEN = (
        "Databasefilen **{path}** kan ikke læses som en DuckDB-database: den kan være "
        "beskadiget eller fra et andet program. Filen er ikke ændret. Gendan den seneste "
        "sikkerhedskopi (mappen backups ved siden af filen) i en ny database, eller flyt filen "
        "væk, så starter dashboardet med en ny demodatabase."
    )
    NEWER = (
        "Databasefilen **{path}** er skrevet af en nyere version af NS-dashboard. Opdatér "
        "dashboardet, før filen åbnes. Filen er ikke ændret."
    )
    NO_ACCESS = (
        "Dashboardet har ikke adgang til at skrive i databasefilen **{path}** (filen eller "
        "mappen er skrivebeskyttet). Giv adgang, og genindlæs siden. Filen er ikke ændret."
    )
    OTHER = (
        "Databasefilen **{path}** kunne ikke åbnes. Filen er ikke ændret. Genindlæs siden om "
        "lidt; sker det igen, så kontakt den, der driver dashboardet."
    )


# An XLSX export cannot hold more than 32.767 characters in a cell; a longer text ends with
# this mark there, and the importer refuses a cell that carries it (data.files).
XLSX_CUT_MARK = "[NS-dashboard: forkortet i Excel]"

# Every column of the data model (DESIGN.md §4) in Danish: the edit form's labels, and a header
# an import accepts beside the English name.
FIELD_LABELS = {
    "id": "Id",
    "name": "Navn",
    "directorate_id": "Direktørområde",
    "department_id": "Afdeling",
    "kind": "Slags",
    "in_chefforum": "I chefforum",
    "is_director": "Direktør",
    "leader_diploma_on": "Diplom i netværksledelse",
    "co_driver_trained_on": "Uddannet co-driver",
    "title": "Titel",
    "description": "Beskrivelse",
    "origin": "Oprindelse",
    "proposed_on": "Foreslået",
    "status": "Status",
    "suggested_type": "Foreslået type",
    "owner_id": "Ansvarlig",
    "type": "Type",
    "theme_id": "Tema",
    "generation": "Generation",
    "start_date": "Start",
    "planned_end": "Planlagt slut",
    "end_date": "Slut",
    "political_link": "Politisk kobling",
    "network_id": "Netværk",
    "person_id": "Person",
    "role": "Rolle",
    "from_date": "Fra",
    "to_date": "Til",
    "seq": "Nr.",
    "intensity": "Intensitet",
    "network_type": "Netværkstype",
    "offset_weeks": "Start (uger efter netværkets start)",
    "duration_weeks": "Varighed (uger)",
    "hours_per_week": "Timer pr. uge",
    "handed_over_on": "Overdraget",
    "receiving_department_id": "Modtagende afdeling",
    "status_on": "Status siden",
    "note": "Note",
    "fielded_on": "Gennemført",
    "scope": "Omfang",
    "wave_id": "Måling",
    "respondent": "Respondent",
    "from_group": "Fra gruppe",
    "to_group": "Til gruppe",
    "key": "Indstilling",
    "value": "Værdi",
    "at": "Tidspunkt",
    "user": "Bruger",
    "action": "Handling",
    "table_name": "Tabel",
    "row_key": "Nøgle",
    "detail": "Detaljer",
}


# --- Formats ------------------------------------------------------------------------------------
_MONTHS = (
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "maj",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
)


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """24. nov. 2026"""
    if value is None or value != value:  # None or NaT
        return ""
    if hasattr(value, "date") and callable(value.date):
        value = value.date()
    return f"{value.day}. {_MONTHS[value.month - 1]} {value.year}"


def fmt_number(value: float | int | None, decimals: int = 0, *, signed: bool = False) -> str:
    """1.234,5 — Danish thousands separator and decimal comma; `signed`: +0,25 / −0,10."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = f"{value:{'+' if signed else ''},.{decimals}f}".replace("-", "−" if signed else "-")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fmt_week(week) -> str:
    """'uge 48 (23. nov. 2026)' — the ISO week number and its Monday; empty when missing."""
    if week is None or week != week:  # None or NaT
        return ""
    return f"uge {week.isocalendar()[1]} ({fmt_date(week)})"


def fmt_count(n: int, one: str, many: str) -> str:
    """'1 række', '3 rækker' — a count with the Danish singular or plural."""
    return f"{fmt_number(n)} {one if n == 1 else many}"


def fmt_people(n: int) -> str:
    """'1 person', '3 personer'"""
    return fmt_count(n, "person", "personer")


def fmt_half_year(half_year: str) -> str:
    """'2020H1' -> '1. halvår 2020'"""
    return f"{half_year[-1]}. halvår {half_year[:4]}"


def fmt_days(days: int) -> str:
    return "1 dag" if days == 1 else f"{fmt_number(days)} dage"


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


class LoadMsg:
    """Texts of the load model and the planner (analytics.load)."""

    EXTERNAL = "Eksterne"
    PLAN_NAME = "Kandidat {i}"
    PLACEHOLDER = "Deltager {j} fra {department} i «{plan}»"
    WITHOUT = "Uden planen"
    WITH = "Med planen"
    TWO_NETWORKS = (
        "{person} ville lede både {plan} og {other} fra {first} til {last}; NS3 "
        "planlægger med én netværksleder pr. netværk ad gangen."
    )
    NO_TEMPLATE = "{type} har ingen faser i skabelonen; netværk uden egne faser får ingen timer."
    PERIODS = (
        "{type}: skabelonen har {n} intensive perioder; NS3 beskriver 4 intensive "
        "perioder (som i velfærdsnetværk)."
    )
    INTENSIVE_WEEKS = "{type}: de intensive perioder varer i alt {n} uger; NS3 siger ca. 9 uger."
    WELFARE_LENGTH = "{type}: forløbet varer {n} uger; NS3 siger ca. ½ år (ca. 26 uger)."
    LEARNING_LENGTH = "{type}: forløbet varer {n} uger; NS3 siger omkring 4–5 måneder (17–22 uger)."


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
    "handed_over": "Overdraget",
    "taken_up": "Taget imod (i test eller implementeret)",
    "implemented": "Implementeret i drift",
}
SHELF_REASONS = {
    "on_shelf": "Markeret 'på hylden'",
    "waiting": "Overdraget, men intet sket i over {days} dage",
}


# --- UI text --------------------------------------------------------------------------------------
UI = {
    "filters": "Filtre",
    "period": "Periode",
    "period_help": "Vis netværk, der kører på mindst én dag i perioden.",
    "types": "Netværkstyper",
    "departments": "Afdelinger",
    "all_departments": "Alle afdelinger",
    "download_csv": "Hent CSV",
    "download_xlsx": "Hent Excel",
    "no_networks": "Ingen netværk passer til filtrene. Udvid perioden eller vælg flere typer "
    "og afdelinger i sidepanelet.",
    "unknown_network": "Netværket '{id}' findes ikke. Vælg et netværk på listen.",
    "error": "Noget gik galt, og siden kunne ikke vises. Prøv igen; "
    "sekretariatet kan se detaljerne i serverens log.",
    # Netværk
    "network_intro": "Et netværks profil: type, status, periode, tema, politisk kobling, "
    "personer og faser.",
    "pick_network": "Vælg netværk",
    "type": "Type",
    "status": "Status",
    "generation": "Generation",
    "period_short": "Periode",
    "planned_end": "kører; planlagt slut {date}",
    "political_link": "Politisk kobling",
    "theme": "Tema",
    "people": "Personer",
    "people_chart": "Personer pr. afdeling og rolle",
    "phases": "Faser",
    "phase_chart": "Netværkets forløb",
    "phases_from_template": "Netværket har ingen registrerede faser; de viste faser er beregnet "
    "ud fra standardskabelonen for typen (en antagelse, som sekretariatet kan rette under Data).",
    "no_people": "Der er ingen personer registreret i netværket endnu.",
    # Portefølje
    "portfolio_intro": "Netværkenes sammensætning over tid holdt op mod NS3: antal starter pr. "
    "halvår, typer, samtidige innovationsnetværk, roller og afdelinger. Klik på et fund for at "
    "åbne netværket.",
    "running_now": "Kører nu: {type}",
    "findings": "Regeltjek",
    "findings_help": "Reglerne fra Netværksstrukturen version 3 (NS3, forår 2016) gælder "
    "NS3-netværk fra {rules_from}. Grænser og alvor kan ændres under Data → Indstillinger.",
    "no_findings": "Ingen fund: porteføljen følger NS3-reglerne i den valgte periode.",
    "finding_hint_link": "Vælg en række for at læse hele fundet og åbne netværkets profil.",
    "finding_hint": "Vælg en række for at læse hele fundet.",
    "open_network": "Åbn netværket {id}",
    "severity_count": "{label}",
    "over_time": "Netværk over tid",
    "running_chart": "Netværk, der kører, pr. dag og type",
    "starts_chart": "Starter pr. halvår mod NS3's 4–5",
    "timeline": "Tidslinje over alle netværk",
    "timeline_chart": "Netværkenes forløb",
    "coverage": "Afdelinger i netværkene",
    "coverage_chart": "Medarbejdere pr. afdeling og netværk",
    "pairs_chart": "Antal netværk, to afdelinger har haft sammen",
    "tab_coverage": "Afdelinger pr. netværk",
    "tab_pairs": "Afdelingspar",
    "tab_links": "Politisk kobling",
    "links_intro": "NS3: innovationsnetværk kobles til innovationsudvalget, velfærdsnetværk til "
    "et fagudvalg.",
    "mix_table": "Starter pr. halvår og type",
    # Temaer
    "themes_intro": "Temaer fra forslag til igangsat netværk. Chefforum kvalificerer og "
    "prioriterer halvårligt; egnethed er summen af NS3's 7 kriterier (0–3 point hver, i alt 21).",
    "pipeline": "Temaer i pipelinen",
    "pipeline_chart": "Temaer pr. status og oprindelse",
    "open_themes": "Åbne temaer",
    "criteria": "Kriterier pr. tema",
    "criteria_chart": "Åbne temaers score på NS3's 7 kriterier (0–3)",
    "no_open_themes": "Der er ingen åbne temaer (foreslået, kvalificeret eller prioriteret).",
    "proposal": "Forslag til {half}",
    "proposal_intro": "Åbne temaer rangeret: prioriterede før kvalificerede før foreslåede, "
    "derefter efter egnethed. Forslaget er udfyldt efter NS3-mikset med plads til de netværk, "
    "der allerede er registreret til halvåret. Ret listen og se tjekket.",
    "proposal_pick": "Temaer, der foreslås igangsat",
    "mix_check": "Tjek mod NS3-mikset",
    "type_source_criteria": "beregnet ud fra kriterierne",
    "derived": "beregnet",
    "new_theme": "Vurdér et nyt tema",
    "new_theme_intro": "Giv temaet 0–3 point på hvert af NS3's 7 kriterier. Temaet gemmes som "
    "foreslået og kan rettes senere under Data.",
    "theme_title": "Titel",
    "theme_description": "Beskrivelse",
    "theme_origin": "Efterspurgt",
    "theme_type": "Foreslået netværkstype",
    "theme_owner": "Ansvarlig i chefforum",
    "no_owner": "(ingen)",
    "save_theme": "Gem temaet",
    "theme_saved": "Temaet {id} er gemt med egnethed {pct} %.",
    "theme_refused": "Temaet blev ikke gemt:",
    "suitability_now": "Egnethed: {score} af 21 point ({pct} %)",
    # Løsninger
    "solutions_intro": "Løsninger, som netværkene har overdraget til basisorganisationen, og "
    "hvad der siden skete med dem. Filtre: perioden gælder overdragelsesdatoen, afdelinger den "
    "modtagende afdeling.",
    "no_solutions": "Ingen løsninger passer til filtrene.",
    "kpi_handed_over": "Overdraget",
    "kpi_implemented": "Implementeret",
    "kpi_on_shelf": "På hylden",
    "kpi_median_days": "Median dage til drift",
    "kpi_closed_share": "Netværk med løsning i drift",
    "funnel_chart": "Fra overdragelse til drift",
    "status_chart": "Løsninger pr. status",
    "shelf": "På hylden",
    "shelf_intro": "Løsninger markeret 'på hylden' og løsninger, der stadig kun er overdraget "
    "efter mere end {days} dage.",
    "shelf_chart": "Løsninger på hylden pr. modtagende afdeling",
    "no_shelf": "Ingen løsninger ligger på hylden.",
    "implementation": "Tid til implementering",
    "implementation_chart": "Dage fra overdragelse til drift",
    "closed_table": "Afsluttede netværk, der fik mindst én løsning i drift",
    "all_solutions": "Alle løsninger i filtret",
    # Netværk (tilføjelser)
    "network_load": "Ressourcetræk",
    "network_load_chart": "Netværkets timer pr. uge, fordelt på roller",
    "network_load_help": "Beregnet ud fra faserne ovenfor og timetallene pr. rolle under Data → "
    "Antagelser (antagelser, ikke registrerede timer). Uger efter i dag er en prognose.",
    "network_no_load": "Netværket har ingen timer: ingen faser eller ingen personer i roller.",
    "network_findings": "Regeltjek for netværket",
    "network_no_findings": "Ingen fund: netværket følger NS3-reglerne.",
    "network_solutions": "Løsninger",
    "network_no_solutions": "Netværket har ikke overdraget nogen løsninger.",
    # Ressourcetræk
    "load_intro": "Hvem bærer netværksarbejdet, uge for uge — nu og i planen for det kommende "
    "halvår. Til personaleledere, der skal frigøre tid, og til chefforum, før nye netværk "
    "sættes i gang.",
    "load_assumptions": "**Timetallene er antagelser.** Hvert netværk følger sine egne faser "
    "eller, hvis de mangler, skabelonen for typen (velfærd: ca. ½ år med 4 intensive perioder "
    "på i alt ca. 9 uger; læring: 4–5 måneder; innovation: velfærdsforløbet ca. 1,5 gange så "
    "langt). En rolle giver et fast antal timer pr. uge efter fasens intensitet — fx "
    "netværksleder 10 t i intensive uger og 2 t i pauser. Grænsen for en travl uge er "
    "**{threshold} timer**.",
    "load_edit_assumptions": "Ret skabeloner og timetal under Data → Antagelser",
    "load_window": "Uger",
    "load_window_help": "Hele uger (mandag–søndag) fra den første til den sidste dato. Uger "
    "efter i dag er en prognose ud fra netværkenes planlagte slut og faser.",
    "load_roles": "Roller",
    "load_nothing_chosen": "Vælg mindst én rolle og én netværkstype.",
    "load_now_people": "Med netværkstimer nu",
    "load_now_over": "Over grænsen nu",
    "load_now_fte": "Årsværk i netværk nu",
    "load_period_over": "Over grænsen i perioden",
    "load_period_peak": "Travleste personuge",
    "load_tab_people": "Personer",
    "load_tab_departments": "Afdelinger og roller",
    "load_tab_over": "Overbelastning",
    "load_tab_staff": "Personaleleder",
    "load_tab_plan": "Planlægning (hvad nu hvis)",
    "load_top": "Antal personer (de mest belastede først)",
    "load_heatmap": "Netværkstimer pr. uge for de {n} mest belastede personer",
    "load_heatmap_help": "Blå: under grænsen; orange til rød: over {threshold} timer. Tomme "
    "felter: ingen netværkstimer den uge. Den stiplede linje er i dag.",
    "load_empty": "Ingen netværkstimer i de valgte uger med de valgte filtre.",
    "load_departments_chart": "Netværkstimer pr. afdeling og uge",
    "load_roles_chart": "Netværkstimer pr. rolle og uge",
    "load_no_over": "Ingen har over {threshold} netværkstimer i nogen uge i perioden.",
    "load_over_intro": "{people} har mindst én uge med over {threshold} netværkstimer. "
    "Flest uger over grænsen først.",
    "load_staff_intro": "Vælg en afdeling: hvem af dens medarbejdere bærer netværksarbejde, i "
    "hvilke uger og for hvilke netværk.",
    "load_staff_department": "Afdeling",
    "load_staff_heatmap": "Netværkstimer pr. uge i {department}",
    "load_staff_empty": "Ingen i {department} har netværkstimer i de valgte uger.",
    "plan_intro": "Læg kandidatnetværk ind med type, startdato og personer — eller blot et antal "
    "deltagere pr. afdeling. Planen regnes kun i hukommelsen; intet gemmes i databasen.",
    "plan_add": "Tilføj et kandidatnetværk",
    "plan_name": "Kandidatens navn",
    "plan_pick_people": "Vælg personer",
    "plan_name_placeholder": "fx Ensomhed blandt ældre",
    "plan_start": "Start",
    "plan_leader": "Netværksleder",
    "plan_co_driver": "Co-driver",
    "plan_reference": "Referenceleder (chefforum)",
    "plan_nobody": "(ingen endnu)",
    "plan_participants": "Deltagere (navngivne)",
    "plan_counts": "Eller antal deltagere pr. afdeling (uden navn):",
    "plan_add_button": "Tilføj til planen",
    "plan_empty": "Planen er tom. Tilføj et kandidatnetværk ovenfor for at se, hvem der kommer "
    "over grænsen.",
    "plan_clear": "Ryd planen",
    "plan_remove": "Fjern de valgte kandidater",
    "plan_computing": "Regner planen igennem …",
    "plan_ok": "Planen bringer ingen over {threshold} timer om ugen.",
    "plan_over": "Planen bringer {people} over {threshold} timer i mindst én uge mere end i "
    "dag — se tabellen.",
    "plan_chart": "Netværkstimer i alt pr. uge — uden og med planen",
    "plan_heatmap": "Planens personer med planen: netværkstimer pr. uge",
    "yes": "Ja",
    "no": "Nej",
    # Data
    "data_intro": "Import, rettelser, skabeloner, tabeller, eksport og sikkerhedskopier af "
    "netværksdata. En import eller en rettelse gemmer kun, hvis alt i den er i orden.",
    "tab_import": "Importér",
    "tab_edit": "Ret og tilføj",
    "tab_templates": "Skabeloner",
    "tab_assumptions": "Antagelser",
    "tab_tables": "Tabeller",
    "assumptions_intro": "Ressourcetrækket regnes ud fra antagelser: faseskabeloner for netværk "
    "uden egne faser, timer pr. uge for hver rolle efter fasens intensitet, og grænsen for en "
    "travl uge. NS3 beskriver forløbene (velfærd ca. ½ år med 4 intensive perioder på ca. 9 uger, "
    "læring 4–5 måneder, innovation som velfærd med en anden tidsestimering); en skabelon, der "
    "afviger, giver en advarsel, men kan gemmes.",
    "role_hours_title": "Timer pr. uge for hver rolle",
    "save_role_hours": "Gem timetal",
    "phase_template_title": "Faseskabelon",
    "save_template": "Gem skabelonen",
    "template_shape": "Forløbet varer {weeks} uger (uden testfase), heraf {intensive_weeks} "
    "intensive uger i {periods} intensive perioder.",
    "col_seq": "Nr.",
    "col_phase_name": "Fase",
    "col_offset": "Starter i uge (0 = første)",
    "col_duration": "Varighed (uger)",
    "col_intensity": "Intensitet",
    "threshold_title": "Grænse for en travl uge",
    "threshold_label": "Netværkstimer pr. uge, før en person er over grænsen",
    "save_threshold": "Gem grænsen",
    "tab_export": "Eksport og sikkerhedskopier",
    "tab_log": "Log",
    "table": "Tabel",
    "upload": "Vælg en CSV- eller Excel-fil",
    "upload_help": "CSV med komma eller semikolon (UTF-8 eller Windows-tegnsæt), eller en "
    "Excel-fil med et ark, der hedder som tabellen. Kolonnenavne som i skabelonen, på engelsk "
    "eller dansk (som på siderne). Tal som 1.234,5 eller 12,5; datoer som 24-11-2026. "
    "Højst 200 MB, 100 kolonner og 2 mio. rækker.",
    "replace_all": "Erstat hele tabellen med filen",
    "replace_all_help": "Rækker, der ikke står i filen, slettes (det afvises, hvis andre tabeller "
    "stadig henviser til dem). Der tages en sikkerhedskopi af hele databasen først.",
    "replace_all_sure": "Ja, erstat alle {rows} i {table} med filens rækker",
    "do_import": "Importér filen",
    "importing": "Importerer …",
    "import_done": "Import gennemført",
    "import_failed": "Importen blev afvist — intet er gemt",
    "error_report": "fejlrapport",
    "template_intro": "Hent en tom skabelon med de rigtige kolonner og én eksempelrække.",
    "columns_of": "Kolonner i {table}",
    "rows_shown": "Viser {shown} af {total} rækker.",
    "rc_hidden": "RC-svar vises aldrig række for række (anonymitet). Tabellen har {n} svar; "
    "resultaterne ses som grupperede tal på siden Relationel koordinering.",
    "export_title": "Eksport",
    "export_intro": "Hele databasen som én Excel-projektmappe til læsning (alle tabeller, også "
    "loggen), eller som CSV-filer i en zip, der kan gendannes til en identisk database "
    "(uden saltet til respondenternes pseudonymer). Filen laves, når du klikker.",
    "export_too_long": "{n} tekster er længere end Excel kan rumme (32.767 tegn); de forkortes "
    "og mærkes i Excel-eksporten. CSV-filerne og sikkerhedskopierne har dem hele.",
    "backup_title": "Sikkerhedskopier",
    "backup_intro": "Fulde sikkerhedskopier (alle tabeller, loggen og saltet) ligger i mappen "
    "`{folder}`. Der tages én automatisk før dagens første ændring, før en gendannelse og før "
    "'erstat hele tabellen'; de {keep} nyeste af hver slags gemmes.",
    "backup_now": "Tag en sikkerhedskopi nu",
    "backup_done": "Sikkerhedskopien er gemt: {file}.",
    "backup_none": "Der er ingen sikkerhedskopier endnu.",
    "backup_gone": "Sikkerhedskopien findes ikke længere; vælg en anden.",
    "backup_file": "Fil",
    "backup_taken": "Taget",
    "backup_reason": "Hvorfor",
    "backup_size": "MB",
    "backup_pick": "Gendan fra sikkerhedskopien",
    "backup_upload": "… eller fra en fil (en eksport eller sikkerhedskopi som zip)",
    "backup_upload_help": "Filen kontrolleres helt, før noget ændres: alle tabeller, hver række, "
    "og at ingen fil er forkortet.",
    "restore_sure": "Ja, erstat hele databasens indhold med sikkerhedskopien (den nuværende "
    "database gemmes først)",
    "restore": "Gendan",
    "restoring": "Gendanner …",
    # Data → Ret og tilføj
    "edit_intro": "Ret én række i en tabel: vælg tabellen og rækken, ret felterne, og gem. "
    "Rettelsen kontrolleres som en import. Ændres en nøgle (fx et id), følger henvisningerne "
    "fra andre tabeller med. RC-svar kan ikke rettes enkeltvis (anonymitet).",
    "edit_mode": "Hvad vil du?",
    "edit_mode_edit": "Ret en række",
    "edit_mode_add": "Tilføj en række",
    "edit_search": "Søg",
    "edit_search_hint": "id, navn eller titel",
    "edit_none_found": "Ingen rækker passer til søgningen.",
    "edit_pick": "Række ({n} vist)",
    "edit_gone": "Rækken findes ikke længere; den kan være slettet imens.",
    "edit_save": "Gem ændringer",
    "edit_add": "Tilføj rækken",
    "edit_required": "Felter mærket * er påkrævet. Tal kan skrives med komma (12,5).",
    "edit_range": "Mellem {lo} og {hi}.",
    "edit_delete": "Slet rækken",
    "edit_delete_help": "Sletning afvises, hvis andre tabeller stadig henviser til rækken.",
    "edit_delete_sure": "Ja, slet rækken",
    "edit_delete_button": "Slet",
    "export_xlsx": "Hent Excel-eksport",
    "export_zip": "Hent CSV-filer (zip)",
    "log_intro": "De seneste ændringer i databasen.",
    "empty_log": "Loggen er tom: der er ikke importeret noget endnu.",
}

COLUMN_LABELS = {
    "id": "Id",
    "name": "Navn",
    "type": "Type",
    "generation": "Generation",
    "status": "Status",
    "start_date": "Start",
    "end_date": "Slut",
    "planned_end": "Planlagt slut",
    "role": "Rolle",
    "person_id": "Person-id",
    "kind": "Slags",
    "department": "Afdeling",
    "from_date": "Fra",
    "to_date": "Til",
    "seq": "Nr.",
    "intensity": "Intensitet",
    "from_template": "Fra skabelon",
    "people": "Personer",
    **{c: FIELD_LABELS[c] for c in ("at", "user", "action", "table_name", "row_key", "detail")},
    "rule": "Regel",
    "severity": "Alvor",
    "network_id": "Netværk",
    "network_name": "Netværksnavn",
    "period": "Periode",
    "message": "Fund",
    "ns3": "NS3 siger",
    "title": "Titel",
    "origin": "Oprindelse",
    "proposed_on": "Foreslået",
    "owner": "Ansvarlig",
    "score": "Point (0–21)",
    "suitability": "Egnethed %",
    "suggested_type": "Foreslået type",
    "type_source": "Typen er",
    "rank": "Nr.",
    "handed_over_on": "Overdraget",
    "status_on": "Status siden",
    "days_since_handover": "Dage siden overdragelse",
    "days_in_status": "Dage i status",
    "days_to_implementation": "Dage til drift",
    "reason": "Hvorfor",
    "closed": "Afsluttede",
    "with_implemented": "Med løsning i drift",
    "share": "Andel",
    "share_pct": "Andel %",
    "proposal_selected": "I forslaget",
    "half_year": "Halvår",
    "members": "Medarbejdere",
    "departments": "Afdelinger",
    "networks": "Netværk",
    "themes": "Temaer",
    "solutions": "Løsninger",
    "check": "Tjek",
    "ok": "I orden",
    "count": "Antal",
    "week_start": "Uge",
    "hours": "Timer",
    "fte": "Årsværk",
    "weeks_over": "Uger over grænsen",
    "peak_hours": "Største uge (t)",
    "peak_week": "Største uge",
    "first_week_over": "Første uge over",
    "first_new_week_over": "Første nye uge over",
    "most_over": "Mest over grænsen (t)",
    "last_week_over": "Sidste uge over",
    "total_hours": "Timer i alt",
    "weeks": "Uger",
    "first_week": "Første uge",
    "last_week": "Sidste uge",
    "peak_hours_before": "Største uge i dag (t)",
    "weeks_over_before": "Uger over i dag",
    "extra_hours": "Ekstra timer",
    "goes_over": "Kommer over grænsen",
    "leader_id": "Netværksleder",
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
# The criteria and the RC items carry the labels their pages show.
FIELD_LABELS |= CRITERIA_LABELS | {d: v for d, v in RC_DIMENSION_LABELS.items() if d != "rc_index"}
RC_DIMENSION_TEXT = {
    "frequency": "Frekvensen af kommunikationen: taler man sammen passende ofte om opgaven?",
    "timeliness": "Rettidigheden af kommunikationen: kommer informationen, når den skal bruges?",
    "accuracy": "Præcisionen af kommunikationen: er informationen korrekt?",
    "problem_solving": "At kommunikationen er problemløsende frem for bebrejdende.",
    "shared_goals": "At der er fælles mål for opgaven.",
    "shared_knowledge": "At der er gensidigt kendskab til hinandens arbejde.",
    "mutual_respect": "At alles bidrag til opgaveløsningen respekteres.",
}
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


class RcMsg:
    """Sentences of the RC page, filled from analytics.rc results."""

    HIDDEN_CELL = "færre end<br>{n} svar"  # a hidden heat map cell, on two lines
    NO_ANSWERS = "ingen svar"
    EFFECT = {
        "more": "**Ja.** Mellem afdelinger, der har været sammen i mindst ét netværk mellem "
        "{before} og {after}, ændrede RC-indekset sig i gennemsnit med {shared} ({n_shared}), "
        "mod {other} ({n_other}) mellem afdelinger uden fælles netværk. Forskellen på {diff} "
        "point er større, end tilfældige svar kan forklare (95 %-interval {low} til {high}).",
        "less": "**Nej, tværtimod.** Mellem afdelinger med fælles netværk mellem {before} og "
        "{after} ændrede RC-indekset sig med {shared} ({n_shared}), mod {other} ({n_other}) "
        "uden fælles netværk. Forskellen er {diff} point (95 %-interval {low} til {high}).",
        "unclear": "**Det kan ikke afgøres.** Mellem afdelinger med fælles netværk mellem "
        "{before} og {after} ændrede RC-indekset sig med {shared} ({n_shared}), mod {other} "
        "({n_other}) uden fælles netværk. Forskellen på {diff} point kan skyldes tilfældige "
        "svar (95 %-interval {low} til {high} rummer 0).",
        "none": "Sammenligningen kræver afdelingspar både med og uden fælles netværk mellem "
        "{before} og {after}: her er {n_shared} med og {n_other} uden. Vælg to andre målinger, "
        "eller knyt grupperne til afdelinger under «Spørgeskema og data».",
    }


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

# The RC codes as 'enums' of their own, so tables and downloads show them in Danish.
ENUM_LABELS |= {
    "rc_band": RC_BAND_LABELS,
    "rc_tie": RC_TIE_LABELS,
    "rc_effect": RC_EFFECT_LABELS,
    "rc_dimension": RC_DIMENSION_LABELS,
}
COLUMN_LABELS |= {
    "from_group": "Svar fra (gruppe)",
    "to_group": "Om (gruppe)",
    "respondents": "Svarpersoner",
    "complete": "Heraf med alle 7 svar",
    **{d: label for d, label in RC_DIMENSION_LABELS.items()},
    "suppressed": "Skjult (for få svar)",
    "band": "Niveau",
    "tie": "Relation",
    "dimension": "Dimension",
    "mean": "Gennemsnit (1–5)",
    "before": "Før",
    "after": "Efter",
    "change": "Ændring",
    "low": "95 %-interval fra",
    "high": "95 %-interval til",
    "clear": "Sikker ændring",
    "respondents_before": "Svarpersoner før",
    "respondents_after": "Svarpersoner efter",
    "from_department": "Fra afdeling",
    "to_department": "Om afdeling",
    "shared": "Fælles netværk",
    "category": "Afdelingspar",
    "pairs": "Par",
    "mean_change": "Gns. ændring",
    "group_a": "Gruppe A",
    "group_b": "Gruppe B",
    "wave_id": "Måling",
    "fielded_on": "Dato",
    "scope": "Omfang",
    "answers": "Svar",
    "groups": "Grupper",
}
UI |= {
    "rc_intro": "Hvor godt koordinerer grupperne i basisorganisationen med hinanden? RC-målingerne "
    "viser de 7 dimensioner af relationel koordinering, gruppe for gruppe, og om afdelinger, der "
    "har været sammen i netværk, er kommet til at samarbejde bedre.",
    "rc_what": "Hvad er relationel koordinering?",
    "rc_seed": 'Seed 004 (Albertslund Kommune): *"Forskningen bag Relationel Koordinering viser, '
    "at en organisations succes med tværgående opgaver hænger uløseligt sammen med kvaliteten af "
    'de professionelle relationer omkring arbejdet."* Teorien peger på syv dimensioner, der '
    "samlet udgør en produktiv og koordineret relation:",
    "rc_scale": "Hvert spørgsmål besvares på en skala fra 1 til 5, hvor 5 er bedst. Ved "
    "hyppigheden er 'passende' bedst (5); 'alt for sjældent' giver 1 og 'alt for ofte' 2. "
    "**RC-indekset** er gennemsnittet af de 7 svar for dem, der har svaret på alle 7. "
    "Niveauer: svag under {weak}, stærk over {strong}. Grupper med færre end {n} svarpersoner "
    "vises aldrig med tal.",
    "rc_no_waves": "Der er ingen RC-målinger endnu. Hent spørgeskemaet herunder, og importér "
    "målingen (rc_wave) og svarene (rc_response) på siden Data.",
    "rc_wave": "Måling",
    "rc_compare": "Sammenlign med",
    "rc_compare_help": "En tidligere (eller senere) måling med de samme grupper: grundlag for "
    "fanerne Udvikling og Netværkseffekt.",
    "rc_no_compare": "Der er ingen anden måling at sammenligne med.",
    "rc_tile_index": "RC-indeks",
    "rc_tile_between": "Mellem grupper",
    "rc_tile_within": "Inden for egen gruppe",
    "rc_tile_alpha": "Cronbachs alfa",
    "rc_tile_respondents": "Svarpersoner",
    "rc_tile_hidden": "Skjulte par",
    "rc_hidden_value": "skjult",
    "rc_counts": "{answers} vurderinger (svarperson × gruppe) fra {respondents} svarpersoner i "
    "{groups} grupper; {complete} med alle 7 spørgsmål besvaret. {hidden} af {pairs} par har "
    "færre end {n} svarpersoner og vises uden tal. Cronbachs alfa måler, om de 7 spørgsmål "
    "hænger sammen (over 0,7 er godt).",
    "rc_tab_dimensions": "Dimensioner",
    "rc_tab_pairs": "Gruppe × gruppe",
    "rc_tab_map": "Netværkskort",
    "rc_tab_change": "Udvikling",
    "rc_tab_effect": "Netværkseffekt",
    "rc_tab_kit": "Spørgeskema og grupper",
    "rc_dimensions_chart": "De 7 dimensioner i {wave}",
    "rc_dimensions_help": "Søjlerne viser gennemsnittet af alle svar på hvert spørgsmål, mellem "
    "grupper og inden for egen gruppe. Baggrunden viser niveauerne svag, middel og stærk.",
    "rc_pairs_chart": "Hvordan grupperne vurderer hinanden ({wave})",
    "rc_pairs_help": "Læs en række: sådan vurderer gruppen til venstre sin koordinering med "
    "gruppen i kolonnen. Diagonalen er gruppens vurdering af sig selv. Grå felter har færre end "
    "{n} svarpersoner og vises ikke.",
    "rc_groups_title": "Hvordan de andre grupper vurderer hver gruppe",
    "rc_map_chart": "RC-netværkskort ({wave})",
    "rc_map_help": "Hver linje er en relation mellem to grupper, farvet efter niveau (gennemsnit "
    "af de to retninger). Relationer, hvor én af retningerne har færre end {n} svarpersoner, "
    "er udeladt. Cirklens størrelse viser antallet af svarpersoner.",
    "rc_map_empty": "Ingen relationer har svar nok i begge retninger til at kunne vises.",
    "rc_trend_chart": "RC-indeks over tid",
    "rc_trend_network": "RC-indeks i målingerne for {network}",
    "rc_change_chart": "Ændring fra {before} til {after}",
    "rc_change_help": "Grøn: sikker fremgang, rød: sikker tilbagegang, grå: ændringen kan skyldes "
    "tilfældige svar (95 %-intervallet rummer 0). Intervallerne er beregnet ved at trække "
    "svarpersonerne om {reps} gange (bootstrap).",
    "rc_pair_change_title": "Ændring par for par",
    "rc_effect_chart": "Ændring i RC-indeks fra {before} til {after}",
    "rc_effect_help": "Kun par af to forskellige afdelinger, der har svar nok i begge målinger. "
    "Fælles netværk: mindst ét netværk, der kørte mellem de to målinger, havde medarbejdere fra "
    "begge afdelinger (netværksleder, co-driver eller deltager).",
    "rc_effect_pairs": "Afdelingspar i sammenligningen",
    "rc_kit_title": "Spørgeskema til en RC-måling",
    "rc_kit_intro": "Spørgeskemaet har Gittells 7 spørgsmål på dansk med svarmulighederne, en "
    "vejledning og importskabelonerne (rc_wave, rc_group, rc_response) — i én Excel-fil.",
    "rc_kit_download": "Hent spørgeskema og skabeloner (Excel)",
    "rc_import_hint": "Svarene importeres på siden Data (tabellerne RC-målinger og RC-svar). "
    "Deltager-id'er erstattes af et pseudonym, før noget gemmes.",
    "rc_go_import": "Gå til import",
    "rc_mapping_title": "Grupper og afdelinger i {wave}",
    "rc_mapping_help": "Knyt hver gruppe til sin afdeling, så netværkseffekten kan beregnes. En "
    "gruppe, der ikke er én afdeling (fx en stab), lades tom.",
    "rc_mapping_save": "Gem grupperne",
    "rc_no_department": "(ingen afdeling)",
    "rc_download_all": "Hent alle tal for målingen (Excel)",
    "rc_download_note": "Downloads indeholder kun grupperede tal — aldrig enkelte svar.",
    "rc_network": "Relationel koordinering",
    "rc_network_none": "Der er ingen RC-målinger knyttet til dette netværk.",
    "rc_network_open": "Åbn {wave} på siden Relationel koordinering",
    "rc_raw_frequency": "Spørgsmål 1 (hyppighed) er rå svar 1–5 (alt for sjældent … alt for "
    "ofte): omregn til RC-point 1, 3, 5, 4, 2",
    "rc_raw_frequency_help": "Vælg dette, hvis spørgeskemaværktøjet har eksporteret "
    "svarmulighedens nummer. Svartekster som 'passende' omregnes altid.",
}


def rc_questionnaire_markdown() -> str:
    """The 7 questions of the survey kit with their answers, as a numbered Markdown list."""
    lines = []
    for n, (dimension, question) in enumerate(RC_QUESTIONS.items(), 1):
        text = question.format(group="[gruppen]", process="[arbejdsprocessen]")
        answers = " · ".join(RC_ANSWERS[dimension])
        lines.append(f"{n}. **{RC_DIMENSION_LABELS[dimension]}**: {text}  \n   *Svar:* {answers}")
    return "\n".join(lines)


# --- added by the page seam (issue 12)
# Placeholders of the pickers (Streamlit's own is the English "Choose an option").
PLACEHOLDERS = {
    "one": "Vælg …",
    "types": "Vælg netværkstyper",
    "roles": "Vælg roller",
    "themes": "Vælg temaer",
    "network": "Vælg et netværk",
    "wave": "Vælg en måling",
    "department": "Vælg en afdeling",
    "table": "Vælg en tabel",
    "person": "Vælg en person",
    "row": "Vælg en række",
    "backup": "Vælg en sikkerhedskopi",
}
# An address the app has no page for (Streamlit's own notice is the English "Page not found").
NOT_FOUND = {
    "title": "Siden findes ikke",
    "text": "Der er ingen side på adressen /{path}. Vælg en side i menuen til venstre.",
    "link": "Gå til {page}",
}
