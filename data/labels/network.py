"""Text of the Netværk page (pages/network.py)."""

from __future__ import annotations

UI = {
    "unknown_network": "Netværket '{id}' findes ikke. Vælg et netværk på listen.",
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
    "network_load": "Ressourcetræk",
    "network_load_chart": "Netværkets timer pr. uge, fordelt på roller",
    "network_load_help": "Beregnet ud fra faserne ovenfor og timetallene pr. rolle under Data → "
    "Antagelser (antagelser, ikke registrerede timer). Uger efter i dag er en prognose.",
    "network_no_load": "Netværket har ingen timer: ingen faser eller ingen personer i roller.",
    "network_findings": "Regeltjek for netværket",
    "network_no_findings": "Ingen fund: netværket følger NS3-reglerne.",
    "network_solutions": "Løsninger",
    "network_no_solutions": "Netværket har ikke overdraget nogen løsninger.",
    "rc_network": "Relationel koordinering",
    "rc_network_none": "Der er ingen RC-målinger knyttet til dette netværk.",
    "rc_network_open": "Åbn {wave} på siden Relationel koordinering",
}
