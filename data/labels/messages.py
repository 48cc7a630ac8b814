"""Messages of import, validation, editing, backups and the database file (data.*), and the
Danish names of the data model's columns (FIELD_LABELS)."""

from __future__ import annotations

from .codes import CRITERIA_LABELS, RC_DIMENSION_LABELS


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
    OUTCOME_NOT_FOR_KIND = (
        "Kun et tema kan kvalificeres, prioriteres eller afvises; andre slags beslutninger "
        "tages til efterretning (noted)."
    )
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
    OK = "{rows} importeret til {table}: {inserted} nye, {updated} opdateret."
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
    USERS_KEPT = (
        "Brugerne og deres roller er ikke ændret: adgang rulles ikke tilbage med data (se "
        "Brugere og adgang)."
    )


class MeetingMsg:
    """Chefforum's meetings and decisions recorded on the dashboard (data.meetings)."""

    SOURCE = "møde {meeting}"
    CREATED = "Mødet den {day} er oprettet ({meeting})."
    UPDATED = "Referatet af mødet den {day} er gemt ({meeting})."
    DECIDED = "Beslutning nr. {seq} på mødet {meeting} er gemt."
    THEME_MOVED = "Temaet {theme} har nu status '{status}'."
    UNKNOWN_MEETING = "Mødet {meeting} findes ikke; opret mødet først."
    UNKNOWN_SUBJECT = "{subject} findes ikke i {table}."
    NO_THEME = "Vælg det tema, beslutningen gælder."
    THEME_STEP = "Temaet {theme} har status '{status}' og kan derfor ikke blive '{outcome}'."
    THEME_DETAIL = "status: {old} → {new} (møde {meeting})"


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
XLSX_TOO_BIG = (
    "Excel kan højst rumme 1.048.575 rækker i et ark, og {tables} har flere. Hent CSV-filerne "
    "(zip) i stedet; de har alle rækker."
)

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
    "held_on": "Mødedato",
    "minutes_status": "Referat: status",
    "minutes_decisions": "Referat: beslutninger",
    "minutes_handovers": "Referat: overdragelser",
    "minutes_learning": "Referat: læring",
    "meeting_id": "Møde",
    "subject_id": "Emne",
    "outcome": "Udfald",
    "email": "E-mail",
    "active": "Aktiv",
    "row_count": "Rækker",
}
# The criteria and the RC items carry the labels their pages show.
FIELD_LABELS |= CRITERIA_LABELS | {d: v for d, v in RC_DIMENSION_LABELS.items() if d != "rc_index"}
