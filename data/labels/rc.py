"""Text of the Relationel koordinering page (pages/rc.py)."""

from __future__ import annotations


class RcMsg:
    """Sentences of the RC page, filled from analytics.rc results."""

    HIDDEN_CELL = "færre end<br>{n} svar"  # a hidden heat map cell, on two lines
    NO_ANSWERS = "ingen svar"
    WAVES_MISSING = "RC-målingerne {a} og {b} findes ikke begge"
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


UI = {
    "rc_hidden": "RC-svar vises aldrig række for række (anonymitet). Tabellen har {n} svar; "
    "resultaterne ses som grupperede tal på siden Relationel koordinering.",
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
}

# The sheets of a wave's workbook (pages/rc.py), by result.
RC_SHEETS = {"pairs": "Par", "groups": "Grupper", "dimensions": "Dimensioner", "ties": "Relationer"}
