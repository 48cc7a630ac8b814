"""All Danish text of the product in one package: labels, help texts, messages, formats.

Code, tables and columns are English; whatever a user reads is Danish and comes from here, so
this package is the one place to review and translate. Import from the package
(`from data.labels import UI, fmt_date`); the parts, one job each:

- formats    numbers, dates, weeks, half-years, days and counts the Danish way
- codes      labels of stored codes: enums, tables, rules, severities, criteria, RC codes
- messages   import, validation, editing, backup and database messages; FIELD_LABELS
- findings   the sentences of rule findings and the NS3 mix check
- columns    column headers of tables and downloads (COLUMN_LABELS)
- survey     the RC survey kit: questions, answers, guide, the rules for reading answers
- charts     chart text: axis titles, hover texts, legend names, band labels
- access     roles, login, the local mode, users, the log's filters, erasing a person
- app        the frame (title, sections, page titles, demo badge) and words every page shares
- portfolio, load, rc, themes, solutions, network, trends, data_page: one page's text each

`UI` is the parts' `UI` dicts merged; a key is defined in one part only (tests/test_labels.py).
"""

from __future__ import annotations

from . import (
    access,
    app,
    charts,
    codes,
    columns,
    data_page,
    findings,
    flower,
    formats,
    leaders,
    load,
    meeting,
    messages,
    network,
    overview,
    portfolio,
    rc,
    solutions,
    survey,
    themes,
    trends,
)
from .access import (
    AUDIT_ACTIONS,
    ROLE_LABELS,
    AccessMsg,
)
from .app import (
    APP_SUBTITLE,
    APP_TITLE,
    DEMO_BADGE,
    DEMO_HELP,
    NOT_FOUND,
    PAGE_TITLES,
    PLACEHOLDERS,
    SCOPE_NOTES,
    SECTIONS,
)
from .charts import (
    Axis,
    ChartText,
    Hover,
)
from .codes import (
    CRITERIA_HELP,
    CRITERIA_LABELS,
    CRITERIA_SCALE,
    ENUM_LABELS,
    FUNNEL_LABELS,
    KIND_LABELS,
    RC_BAND_LABELS,
    RC_DIMENSION_LABELS,
    RC_DIMENSION_TEXT,
    RC_EFFECT_LABELS,
    RC_TIE_LABELS,
    RULE_LABELS,
    SEVERITY_LABELS,
    SEVERITY_ORDER,
    SHELF_REASONS,
    TABLE_LABELS,
    TYPE_SHORT,
    enum_label,
    network_label,
)
from .columns import (
    COLUMN_LABELS,
)
from .findings import (
    RULE_REFERENCES,
    RULE_SOURCES,
    Finding,
    MixCheck,
    Said,
    message,
    said,
)
from .flower import (
    FlowerText,
)
from .formats import (
    fmt_count,
    fmt_date,
    fmt_days,
    fmt_decimal,
    fmt_half_year,
    fmt_half_year_short,
    fmt_moment,
    fmt_month,
    fmt_number,
    fmt_number_word,
    fmt_people,
    fmt_period,
    fmt_week,
)
from .leaders import (
    LEADER_COLUMNS,
    LeaderChart,
    LeaderMsg,
)
from .load import (
    LoadMsg,
)
from .meeting import (
    Briefing,
    Decision,
)
from .messages import (
    BACKUP_REASONS,
    FIELD_LABELS,
    XLSX_CUT_MARK,
    XLSX_TOO_BIG,
    BackupMsg,
    DbMsg,
    MeetingMsg,
    Msg,
)
from .overview import (
    Alert,
)
from .rc import (
    RC_SHEETS,
    RcMsg,
)
from .solutions import (
    ALL_TYPES,
    NO_RECEIVER,
)
from .survey import (
    RC_ANSWERS,
    RC_DONT_KNOW,
    RC_FREQUENCY_RECODE,
    RC_KIT_GUIDE,
    RC_QUESTIONS,
    rc_questionnaire_markdown,
)
from .trends import (
    TrendText,
)

# Every part; those with a `UI` dict (the app and the pages) are merged into UI in this order.
PARTS = (
    formats,
    codes,
    messages,
    findings,
    columns,
    survey,
    app,
    access,
    charts,
    overview,
    flower,
    portfolio,
    load,
    rc,
    meeting,
    leaders,
    themes,
    solutions,
    network,
    trends,
    data_page,
)
UI_PARTS = tuple(part for part in PARTS if hasattr(part, "UI"))
UI: dict[str, str] = {key: text for part in UI_PARTS for key, text in part.UI.items()}

__all__ = [
    "Alert",
    "LEADER_COLUMNS",
    "LeaderChart",
    "LeaderMsg",
    "Briefing",
    "Decision",
    "FlowerText",
    "fmt_month",
    "RC_SHEETS",
    "ALL_TYPES",
    "fmt_number_word",
    "SCOPE_NOTES",
    "RULE_REFERENCES",
    "RULE_SOURCES",
    "Said",
    "message",
    "said",
    "NOT_FOUND",
    "PLACEHOLDERS",
    "fmt_date",
    "fmt_number",
    "fmt_decimal",
    "fmt_week",
    "fmt_count",
    "fmt_people",
    "fmt_half_year",
    "fmt_half_year_short",
    "fmt_moment",
    "fmt_period",
    "fmt_days",
    "ENUM_LABELS",
    "TYPE_SHORT",
    "TABLE_LABELS",
    "KIND_LABELS",
    "enum_label",
    "network_label",
    "RULE_LABELS",
    "SEVERITY_LABELS",
    "SEVERITY_ORDER",
    "CRITERIA_LABELS",
    "CRITERIA_HELP",
    "CRITERIA_SCALE",
    "FUNNEL_LABELS",
    "SHELF_REASONS",
    "RC_DIMENSION_LABELS",
    "RC_DIMENSION_TEXT",
    "RC_BAND_LABELS",
    "RC_TIE_LABELS",
    "RC_EFFECT_LABELS",
    "Msg",
    "BACKUP_REASONS",
    "BackupMsg",
    "DbMsg",
    "MeetingMsg",
    "XLSX_CUT_MARK",
    "XLSX_TOO_BIG",
    "FIELD_LABELS",
    "Finding",
    "MixCheck",
    "COLUMN_LABELS",
    "RC_QUESTIONS",
    "RC_ANSWERS",
    "RC_FREQUENCY_RECODE",
    "RC_DONT_KNOW",
    "RC_KIT_GUIDE",
    "rc_questionnaire_markdown",
    "APP_TITLE",
    "APP_SUBTITLE",
    "DEMO_BADGE",
    "DEMO_HELP",
    "SECTIONS",
    "PAGE_TITLES",
    "Axis",
    "ChartText",
    "Hover",
    "LoadMsg",
    "RcMsg",
    "NO_RECEIVER",
    "TrendText",
    "UI",
    "ROLE_LABELS",
    "AUDIT_ACTIONS",
    "AccessMsg",
    "PARTS",
    "UI_PARTS",
]
