"""Text of Overblik (pages/overview.py, analytics.overview.alerts): the kommunaldirektør's one
screen."""

from __future__ import annotations


class Alert:
    """One line of the overview's alerts: a count of what waits, by decision kind
    (analytics.meeting.decisions), with the singular and plural; `{first}` names the one."""

    KINDS = {
        "theme_to_qualify": (
            "Temaet {first} venter på kvalificering",
            "{n} temaer venter på kvalificering",
        ),
        "theme_to_prioritise": ("Temaet {first} kan prioriteres", "{n} temaer kan prioriteres"),
        "network_leader_missing": (
            "{first} har ingen netværksleder",
            "{n} netværk har ingen netværksleder",
        ),
        "reference_leader_missing": (
            "{first} har ingen referenceleder",
            "{n} netværk har ingen referenceleder",
        ),
        "person_overloaded": (
            "{first} er over belastningsgrænsen de næste 8 uger",
            "{n} personer er over belastningsgrænsen de næste 8 uger",
        ),
        "solution_on_shelf": (
            "Løsningen {first} ligger på hylden",
            "{n} løsninger ligger på hylden",
        ),
        "solution_unreceived": (
            "Løsningen {first} har ingen modtager",
            "{n} løsninger har ingen modtagende afdeling",
        ),
    }


UI = {
    "overview_intro": "Hele billedet på én skærm: netværkene nu, NS3's rytme, belastningen, "
    "koordineringen på tværs og løsningerne i drift.",
    "overview_click": "Klik på en advarsel for at se, hvor den kommer fra.",
    "overview_today": "I dag, {date}",
    "overview_running": "Kører nu: {type}",
    "overview_starts": "Starter {half}",
    "overview_band": "NS3: {lo}–{hi}",
    "overview_band_low": "under NS3's {lo}–{hi}",
    "overview_band_high": "over NS3's {lo}–{hi}",
    "overview_band_ok": "inden for NS3's {lo}–{hi}",
    "overview_innovation": "Innovation kører (højst {max})",
    "overview_over_max": "over maksimum",
    "overview_within_max": "inden for maksimum",
    "overview_overloaded": "Over grænsen, 8 uger",
    "overview_overloaded_note": "personer over {limit} t/uge",
    "overview_rc": "RC-indeks",
    "overview_rc_none": "ingen måling",
    "overview_rc_change": "{change} ({low} til {high})",
    "overview_rc_first": "første måling",
    "overview_implemented": "Løsninger i drift",
    "overview_shelf": "på hylden: {n}",
    "overview_alerts": "Advarsler",
    "overview_no_alerts": "Ingen fejl i reglerne og intet, der venter på en beslutning.",
    "overview_more_alerts": "… og {n} mere på Portefølje og Chefforum-møde.",
    "overview_more_alerts_plain": "… og {n} mere.",
    "overview_rc_help": "Den seneste organisationsbrede måling ({wave}): gennemsnittet af "
    "svarene i de viste par (små grupper er skjult). Under tallet: ændringen siden forrige "
    "måling ({previous}) med et 95 %-interval; grøn eller rød, når intervallet ikke rummer 0.",
    "overview_running_note": "af {n} i alt",
    "overview_starts_help": "NS3-netværk startet i halvåret til og med i dag. NS3 sætter 4–5 "
    "netværk i gang hvert halvår (seed 002).",
}
