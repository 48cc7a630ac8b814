"""Text of access and login (data.access, pages/_access.py, dashboard.py): the roles, the login and
"no access" pages, the local mode's banner, the users table on the Data page, the audit log's
filters and erasing a person (GDPR)."""

from __future__ import annotations

ROLE_LABELS = {
    "sekretariat": "Sekretariatet",
    "chefforum": "Chefforum",
    "direktion": "Direktionen",
}


# What a line of the audit log records (data.db.write_audit `action`).
AUDIT_ACTIONS = {
    "import": "Import",
    "add": "Ny række",
    "edit": "Rettelse",
    "delete": "Sletning",
    "restore": "Gendannelse",
    "erase": "Anonymisering (GDPR)",
    "migration": "Opgradering af databasen",
}


class AccessMsg:
    READ_ONLY = (
        "Kun sekretariatet kan ændre data. {user} har rollen {role} og kan kun læse; intet er gemt."
    )
    NO_ROLE = "ingen (ikke oprettet som bruger)"
    BAD_EMAIL = "En bruger er en e-mailadresse som navn@albertslund.dk."
    CLI = "Brugere og roller i NS-dashboard (skrives som 'system')."
    CLI_UNKNOWN = "{email} er ikke oprettet som bruger."
    CLI_ACTIVE = {True: "aktiv", False: "ikke aktiv"}
    CLI_SOURCE = "kommandolinjen"
    CLI_WHILE_RUNNING = (
        "Mens dashboardet kører, ændres brugere på Data-siden (Ret og tilføj, tabellen Brugere)."
    )
    LAST_SECRETARY = (
        "Ændringen ville ikke efterlade nogen aktiv bruger med rollen sekretariat, og så kan "
        "ingen længere ændre data eller give adgang. Giv en anden sekretariatsrollen først."
    )
    STILL_ERASED = (
        "{id} er anonymiseret (GDPR) og kan ikke få et navn igen; lad navnet stå som '{name}'."
    )
    ERASED_NAME = "Slettet person {n}"
    ERASED = (
        "{id} er anonymiseret: navnet er erstattet af '{name}'. Roller, netværk og tal er "
        "bevaret. Ældre sikkerhedskopier har stadig navnet, til de slettes."
    )
    ERASE_UNKNOWN = "Personen {id} findes ikke."
    ERASE_ALREADY = "{id} er allerede anonymiseret."
    LOG_DETAIL_ERASED = "navn erstattet af pseudonym (GDPR)"
    LOG_IS_READ_ONLY = "Loggen skrives af dashboardet selv og kan ikke importeres eller rettes."


UI = {
    # the login page (an [auth] section in .streamlit/secrets.toml)
    "login_title": "Log ind",
    "login_text": (
        "NS-dashboard viser personer i netværkene og svar fra RC-målinger. Log ind med din "
        "kommunale konto for at fortsætte."
    ),
    "login_button": "Log ind med kommunens konto",
    "login_broken_title": "Login er ikke sat rigtigt op",
    "login_broken_text": (
        "Filen med dashboardets hemmeligheder (.streamlit/secrets.toml) kan ikke læses, så "
        "ingen kan logge ind, og der vises ingen data. Den, der driver dashboardet, skal rette "
        "filen (se README, 'Sikkerhed og drift') og genstarte det."
    ),
    "no_address": "en konto uden e-mailadresse",
    # the "no access" page: logged in, but not a user (or not active)
    "no_access_title": "Ingen adgang",
    "no_access_text": (
        "Du er logget ind som **{email}**, men har ikke adgang til NS-dashboard. Skriv til "
        "Sekretariat for Netværksstrukturen, hvis du skal have adgang."
    ),
    "logout": "Log ud",
    "signed_in_as": "Logget ind som {email} · {role}",
    # local mode: no [auth], the dashboard on this machine only
    "local_badge": "Lokal tilstand",
    "local_help": (
        "Der er ikke sat login op (afsnittet [auth] i .streamlit/secrets.toml), så "
        "dashboardet kører kun på denne maskine (127.0.0.1), og du har sekretariatets "
        "rettigheder som brugeren 'system'. Se README, 'Sikkerhed og drift'."
    ),
    "local_only_title": "Kun på denne maskine",
    "local_only_text": (
        "Der er ikke sat login op, så dashboardet viser kun data til en browser på denne "
        "maskine (127.0.0.1), ikke gennem en proxy. Sæt login op med kommunens "
        "identitetsudbyder (se README, 'Sikkerhed og drift'), før det åbnes for netværket."
    ),
    # read-only roles where a page could write
    "read_only": "Kun sekretariatet kan ændre data; du kan se og hente.",
    "read_only_meeting": (
        "Sekretariatet registrerer mødets beslutninger og referat; du kan følge med og hente "
        "briefingen."
    ),
    "read_only_theme": "Sekretariatet registrerer nye temaer.",
    # Data page: users and roles, the log's filters, erasing a person
    "tab_users": "Brugere og adgang",
    "users_intro": (
        "Hvem der kan logge ind, og hvad de kan: sekretariatet alt (import, rettelser, "
        "gendannelse, indstillinger, mødereferater, fuld eksport), chefforum alle sider uden "
        "at ændre, direktionen Overblik, Blomsten, Portefølje og Løsninger. En bruger, der "
        "ikke er aktiv, kan ikke logge ind. Ret og tilføj brugere under 'Ret og tilføj' "
        "(tabellen Brugere) eller importér dem som enhver anden tabel."
    ),
    "users_none": (
        "Der er ingen brugere endnu. Uden brugere kan ingen logge ind, når login er sat op; "
        "tilføj mindst én fra sekretariatet først."
    ),
    "log_user": "Bruger",
    "log_table": "Tabel",
    "log_period": "Periode",
    "log_all": "Alle",
    "log_shown": "{shown} af {total} i loggen, de nyeste først.",
    "erase_title": "Slet en person (GDPR)",
    "erase_intro": (
        "En person, der beder om at blive slettet, får navnet erstattet af et pseudonym. "
        "Historikken bevares (roller, netværk, timer og tal), så ingen opgørelse ændrer sig. "
        "Handlingen skrives i loggen og kan ikke fortrydes her (kun ved gendannelse af en "
        "sikkerhedskopi)."
    ),
    "erase_search": "Find personen (id eller navn)",
    "erase_pick": "Person",
    "erase_sure": "Ja, anonymisér personen",
    "erase_do": "Anonymisér",
}
