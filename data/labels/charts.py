"""Chart text (charts/*.py): axis titles, colour bar and legend titles, annotations and hover
texts. Hover texts are Plotly templates: %{x}, %{y}, %{customdata[0]} are filled by Plotly,
%{fullData.name} is the trace's (Danish) name and %{meta} a value the chart passes along."""

from __future__ import annotations


class Axis:
    """Axis titles."""

    DATE = "Dato"
    WEEK = "Uge (mandag)"
    HALF_YEAR = "Halvår"
    RUNNING = "Antal netværk, der kører"
    STARTED = "Netværk startet"
    NETWORK = "Netværk"
    NETWORK_BY_START = "Netværk (efter start)"
    DEPARTMENT = "Afdeling"
    PERSON = "Person (afdeling)"
    PHASE = "Fase"
    PEOPLE = "Antal personer"
    HOURS_PER_WEEK = "Timer pr. uge"
    NETWORK_HOURS = "Netværkstimer pr. uge"
    NETWORK_HOURS_TOTAL = "Netværkstimer i alt pr. uge"
    STAGE = "Trin"
    STATUS = "Status"
    SOLUTIONS = "Antal løsninger"
    SHELF = "Løsninger på hylden"
    RECEIVER = "Modtagende afdeling"
    DAYS_TO_IMPLEMENTATION = "Dage fra overdragelse til drift"
    NETWORK_TYPE = "Netværkstype"
    THEMES = "Antal temaer"
    THEME = "Tema (egnethed)"
    CRITERION = "NS3-kriterium"
    RC_MEAN = "Gennemsnit (1–5)"
    RC_DIMENSION = "Dimension"
    RC_DIMENSION_CHANGE = "Dimension (ændring)"
    RC_FROM = "Svar fra (gruppe)"
    RC_TO = "Om (gruppe)"
    RC_INDEX = "RC-indeks (1–5)"
    RC_WAVE_DATE = "Målingens dato"
    RC_CHANGE = "Ændring i point (1–5-skala), med 95 %-interval"
    RC_EFFECT = "Gns. ændring i RC-indeks (point)"
    DEPARTMENT_PAIRS = "Afdelingspar"


class ChartText:
    """Colour bar and legend titles, annotations and the words a chart writes beside its marks."""

    EMPLOYEES = "Medarbejdere"
    NETWORKS = "Netværk"
    HOURS = "Timer"
    POINTS = "Point"
    RC_INDEX = "RC-indeks"
    ORIGIN = "Efterspurgt"  # the legend of the theme pipeline
    TODAY = "I dag"
    LIMIT = "grænse {value}"  # the threshold's tick on the load heat map's colour bar
    STARTS_BAND = "NS3: {lo}–{hi} starter pr. halvår"
    BAND_TIE = "{band} relation"  # a legend entry of the RC network map: 'Svag relation'
    HIDDEN = "skjult"
    PAIRS = "{label}: {change} ({n} par)"
    NOT_SCORED = "–"  # an unscored suitability or change


class Hover:
    """Hover texts (Plotly templates)."""

    RUNNING = "%{x|%d-%m-%Y}: %{y} netværk"
    STARTS = "%{x}: %{y} %{meta}<extra></extra>"
    GANTT = "%{y}<br>%{customdata[0]} – %{customdata[1]}%{customdata[2]}<extra></extra>"
    COVERAGE = "%{y}<br>%{x} %{customdata}: %{z} medarbejdere<extra></extra>"
    PAIRS = "%{y} og %{x}: %{z} fælles netværk<extra></extra>"
    PEOPLE = "%{y}: %{x} personer<extra>%{fullData.name}</extra>"
    PERSON_WEEK = "%{y}<br>uge fra %{x|%d-%m-%Y}: %{z:.1f} timer<extra></extra>"
    DEPARTMENT_WEEK = "%{fullData.name}: %{y:.1f} t (%{customdata:.2f} årsværk)<extra></extra>"
    ROLE_WEEK = (
        "uge fra %{x|%d-%m-%Y}: %{y:.1f} t, %{customdata} personer<extra>%{fullData.name}</extra>"
    )
    PLAN_WEEK = "%{fullData.name}: %{y:.1f} t, %{customdata} over %{meta} t<extra></extra>"
    SOLUTIONS = "%{y}: %{x} løsninger<extra></extra>"
    DAYS = "%{customdata}<br>%{x} dage<extra></extra>"
    THEMES = "%{x}: %{y} temaer<extra>%{fullData.name}</extra>"
    CRITERION = "%{y}<br>%{x}: %{z:.0f} af 3<extra></extra>"
    RC_DIMENSION = "%{x}: %{y:.2f}<extra>%{fullData.name}</extra>"
    RC_PAIR = "%{y} om %{x}: %{text}<extra></extra>"
    RC_TIE = "%{customdata[0]} ↔ %{customdata[1]}: %{customdata[2]}<extra></extra>"
    RC_GROUP = (
        "%{text}<br>%{customdata[0]} svarpersoner<br>"
        "inden for gruppen: %{customdata[1]}<extra></extra>"
    )
    RC_WAVE = "%{customdata[0]}: %{y:.2f}<extra>%{fullData.name}</extra>"
    RC_CHANGE = "%{y}: 95 %-interval %{customdata[0]:.2f} til %{customdata[1]:.2f}<extra></extra>"
    RC_EFFECT = "%{x}: %{y:+.2f}<extra></extra>"
