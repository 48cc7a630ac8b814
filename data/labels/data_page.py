"""Text of the Data page (pages/data.py, pages/_edit.py)."""

from __future__ import annotations

UI = {
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
    "export_xlsx_make": "Lav Excel-eksport",
    "export_xlsx_making": "Laver Excel-eksporten …",
    "export_xlsx_table": "Skriver {table}",
    "export_xlsx_ready": "Excel-eksporten er klar",
    "export_zip": "Hent CSV-filer (zip)",
    "log_intro": "De seneste ændringer i databasen.",
    "empty_log": "Loggen er tom: der er ikke importeret noget endnu.",
    "rc_raw_frequency": "Spørgsmål 1 (hyppighed) er rå svar 1–5 (alt for sjældent … alt for "
    "ofte): omregn til RC-point 1, 3, 5, 4, 2",
    "rc_raw_frequency_help": "Vælg dette, hvis spørgeskemaværktøjet har eksporteret "
    "svarmulighedens nummer. Svartekster som 'passende' omregnes altid.",
}
