"""Import templates (one example row per contract table, as CSV or XLSX), the column guide of
the template page, and the RC survey kit (seed 004). Nothing here reads or writes the database.
"""

from __future__ import annotations

import pandas as pd

from data.export import workbook
from data.labels import RC_ANSWERS, RC_FREQUENCY_RECODE, TABLE_LABELS
from data.schema import TABLES, enum_values


def template_frame(table: str) -> pd.DataFrame:
    spec = TABLES[table]
    return pd.DataFrame([[spec.example.get(c, "") for c in spec.names]], columns=spec.names)


def template_csv(table: str) -> bytes:
    return template_frame(table).to_csv(index=False).encode("utf-8-sig")


def template_xlsx(table: str) -> bytes:
    return workbook({table: template_frame(table)})


def rc_survey_kit() -> dict[str, pd.DataFrame]:
    """The RC survey kit (seed 004; Gittell's 7 questions, DESIGN.md §6): the questionnaire
    with its answer labels and the points each answer gives, a short guide, and the import
    templates of `rc_wave`, `rc_group` and `rc_response`."""
    from data.labels import RC_DIMENSION_LABELS, RC_KIT_GUIDE, RC_QUESTIONS

    rows = []
    for n, (dimension, question) in enumerate(RC_QUESTIONS.items(), 1):
        text = question.format(group="[gruppen]", process="[arbejdsprocessen]")
        answers = RC_ANSWERS[dimension]
        points = [RC_FREQUENCY_RECODE[k] if dimension == "frequency" else k for k in range(1, 6)]
        rows.append(
            {
                "Nr.": n,
                "Kolonne i rc_response": dimension,
                "Dimension": RC_DIMENSION_LABELS[dimension],
                "Spørgsmål": text,
                **{f"Svar {k}": answers[k - 1] for k in range(1, 6)},
                "Point for svar 1–5": ", ".join(map(str, points)),
            }
        )
    return {
        "Spørgeskema": pd.DataFrame(rows),
        "Vejledning": pd.DataFrame({"Vejledning": RC_KIT_GUIDE}),
        "rc_wave": template_frame("rc_wave"),
        "rc_group": template_frame("rc_group"),
        "rc_response": template_frame("rc_response"),
    }


def column_guide(table: str) -> pd.DataFrame:
    """What each column of a table takes, in Danish, for the template page."""
    from data.labels import KIND_LABELS

    rows = []
    for c in TABLES[table].columns:
        rule = KIND_LABELS[c.kind]
        if c.enum:
            rule = ", ".join(enum_values(c))
        elif c.lo is not None:
            rule += f" {c.lo:g}–{c.hi:g}"
        if c.ref:
            rule += f" (skal findes i {TABLE_LABELS[c.ref.split('.')[0]]})"
        needed = "ja" if c.needed_in_file else "nej"
        rows.append((c.name, needed, rule))
    return pd.DataFrame(rows, columns=["Kolonne", "Påkrævet", "Indhold"])
