"""Text of the Ressourcetræk page (pages/load.py) and of the load model and planner
(analytics.load)."""

from __future__ import annotations


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


UI = {
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
    "load_staff_top": " (de {n} mest belastede)",
    "load_staff_empty": "Ingen i {department} har netværkstimer i de valgte uger.",
    "plan_intro": "Læg kandidatnetværk ind med type, startdato og personer — eller blot et antal "
    "deltagere pr. afdeling. Planen regnes kun i hukommelsen; intet gemmes i databasen.",
    "plan_add": "Tilføj et kandidatnetværk",
    "plan_name": "Kandidatens navn",
    "plan_pick_people": "Vælg personer",
    "plan_name_placeholder": "fx Ensomhed blandt ældre",
    "plan_start": "Start",
    "plan_leader": "Netværksleder",
    "plan_free": "fri og kvalificeret",
    "plan_leader_help": (
        "De frie, kvalificerede netværksledere står først (diplom og erfaring som leder eller "
        "co-driver, og leder ikke et netværk i dag). Et velfærds- eller innovationsnetværk skal "
        "have en kvalificeret leder; et læringsnetværk kan have en uprøvet."
    ),
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
}
