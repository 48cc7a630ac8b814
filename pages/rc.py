"""Relationel koordinering: the RC survey waves scored, compared, and read against the networks
(seed 004 'Relationel Koordinering'; DESIGN.md §6). Every figure comes from analytics.rc, which
has already emptied the scores of groups below the anonymity threshold."""

import pandas as pd
import streamlit as st

from analytics import rc
from charts.rc import (
    change_bars,
    dimension_bars,
    effect_bars,
    network_map,
    pair_heatmap,
    trend_lines,
)
from data import io as dio
from data.labels import (
    PLACEHOLDERS,
    RC_BAND_LABELS,
    RC_DIMENSION_LABELS,
    RC_DIMENSION_TEXT,
    RC_SHEETS,
    UI,
    fmt_date,
    fmt_number,
    rc_questionnaire_markdown,
)
from pages import _access as access
from pages import _rc_groups as rc_groups
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui

RC_ENUMS = {
    "band": "rc_band",
    "tie": "rc_tie",
    "dimension": "rc_dimension",
    "category": "rc_effect",
}


def shown(frame: pd.DataFrame) -> pd.DataFrame:
    """An analytics.rc frame for the screen and the downloads: Danish codes and headings."""
    return tables.danish_table(frame, RC_ENUMS)


def score_tile(value: float | None, weak: float, strong: float) -> tuple[str, str]:
    """A score and its band for a tile; a suppressed score says so."""
    if value is None or pd.isna(value):
        return UI["rc_hidden_value"], ""
    return fmt_number(value, 2), RC_BAND_LABELS[rc.band(value, weak, strong)]


ui.page_title("rc")
st.caption(UI["rc_intro"])
min_n = store.query(rc.min_respondents)
weak, strong = store.query(rc.band_limits)

with st.expander(UI["rc_what"], icon=":material/help:"):
    st.markdown(UI["rc_seed"])
    st.markdown(
        "\n".join(f"- **{RC_DIMENSION_LABELS[d]}**: {t}" for d, t in RC_DIMENSION_TEXT.items())
    )
    st.markdown(
        UI["rc_scale"].format(weak=fmt_number(weak, 1), strong=fmt_number(strong, 1), n=min_n)
    )


def kit_button(key: str) -> None:
    tables.download_button(
        UI["rc_kit_download"],
        lambda: dio.workbook(dio.rc_survey_kit()),
        "rc-spoergeskema.xlsx",
        key,
        tables.XLSX_MIME,
        icon=":material/assignment:",
    )


listed = store.query(rc.waves)
if listed.empty:
    st.info(UI["rc_no_waves"], icon=":material/info:")
    kit_button("rc_kit_empty")
    ui.link("data", UI["rc_go_import"], ":material/upload:", writes=True)
    st.stop()

names = dict(zip(listed["id"], listed["name"], strict=True))
fielded = dict(zip(listed["id"], listed["fielded_on"], strict=True))
scopes = {
    w: None if pd.isna(n) else n for w, n in zip(listed["id"], listed["network_id"], strict=True)
}
label = {w: f"{names[w]} · {fmt_date(fielded[w])}" for w in names}
linked = st.query_params.pop("wave", None)  # ?wave=ID (from a network's profile) opens it once
if linked in label:
    st.session_state["rc_wave"] = linked
organisation = [w for w in label if scopes[w] is None]
st.session_state.setdefault("rc_wave", organisation[0] if organisation else next(iter(label)))
left, right = st.columns(2)
wave = left.selectbox(
    UI["rc_wave"],
    list(label),
    format_func=label.get,
    key="rc_wave",
    placeholder=PLACEHOLDERS["wave"],
)
scope = scopes[wave]
# Compare with waves of the same scope first (the previous one by default), then the rest.
same = [w for w in label if scopes[w] == scope and w != wave]
others = same + [w for w in label if w not in same and w != wave]
earlier = [w for w in same if fielded[w] < fielded[wave]]
compare = None
if others:
    st.session_state.setdefault(f"rc_compare_{wave}", earlier[0] if earlier else others[0])
    compare = right.selectbox(
        UI["rc_compare"],
        others,
        format_func=label.get,
        help=UI["rc_compare_help"],
        key=f"rc_compare_{wave}",
        placeholder=PLACEHOLDERS["wave"],
    )
first, second = sorted([wave, compare or wave], key=fielded.get)

s = store.query(rc.summary, wave)
ui.tiles(
    {
        UI["rc_tile_index"]: score_tile(s["rc_index"], weak, strong),
        UI["rc_tile_between"]: score_tile(s["between"], weak, strong),
        UI["rc_tile_within"]: score_tile(s["within"], weak, strong),
        UI["rc_tile_alpha"]: fmt_number(s["alpha"], 2) or "–",
        UI["rc_tile_respondents"]: fmt_number(s["respondents"]),
        UI["rc_tile_hidden"]: f"{s['hidden_pairs']} af {s['pairs']}",
    }
)
st.caption(
    UI["rc_counts"].format(
        answers=fmt_number(s["answers"]),
        respondents=fmt_number(s["respondents"]),
        groups=s["groups"],
        complete=fmt_number(s["complete"]),
        hidden=s["hidden_pairs"],
        pairs=s["pairs"],
        n=min_n,
    )
)

pairs = store.query(rc.pair_scores, wave)
profile = store.query(rc.profile, wave)
group_list = store.query(rc.groups, wave)
sources = {
    "pairs": lambda: pairs,
    "groups": lambda: store.query(rc.group_scores, wave),
    "dimensions": lambda: profile,
    "ties": lambda: store.query(rc.network_ties, wave),
}


def result(sheet: str) -> pd.DataFrame:
    """One of the wave's results as shown and downloaded (built when a tab or the file needs
    it)."""
    return shown(sources[sheet]())


download = st.container(horizontal=True, vertical_alignment="center")
tables.download_button(
    UI["rc_download_all"],
    lambda: dio.workbook({RC_SHEETS[k]: result(k) for k in sources}),
    f"rc-{wave}.xlsx",
    "rc_all",
    tables.XLSX_MIME,
    container=download,
)
download.caption(UI["rc_download_note"])

tabs = st.tabs(
    [
        UI["rc_tab_dimensions"],
        UI["rc_tab_pairs"],
        UI["rc_tab_map"],
        UI["rc_tab_change"],
        UI["rc_tab_effect"],
        UI["rc_tab_kit"],
    ],
    key="rc_tab",
    on_change="rerun",  # a tab's work (the bootstraps) only when it is opened
)

if tabs[0].open:
    with tabs[0]:
        title = UI["rc_dimensions_chart"].format(wave=names[wave])
        st.plotly_chart(dimension_bars(profile, weak, strong, title), width="stretch")
        st.caption(UI["rc_dimensions_help"])
        tables.table(frame := result("dimensions"))
        tables.download_row(frame, f"rc-{wave}-dimensioner", "rc_dims")

if tabs[1].open:
    with tabs[1]:
        title = UI["rc_pairs_chart"].format(wave=names[wave])
        order = list(group_list["name"])
        st.plotly_chart(pair_heatmap(pairs, order, weak, strong, min_n, title), width="stretch")
        st.caption(UI["rc_pairs_help"].format(n=min_n))
        tables.table(frame := result("pairs"))
        tables.download_row(frame, f"rc-{wave}-par", "rc_pairs")
        st.subheader(UI["rc_groups_title"])
        tables.table(frame := result("groups"))
        tables.download_row(frame, f"rc-{wave}-grupper", "rc_groups")

if tabs[2].open:
    with tabs[2]:
        ties = store.query(rc.network_ties, wave)
        if ties.empty:
            st.info(UI["rc_map_empty"])
        else:
            title = UI["rc_map_chart"].format(wave=names[wave])
            st.plotly_chart(
                network_map(ties, store.query(rc.network_nodes, wave), title), width="stretch"
            )
            st.caption(UI["rc_map_help"].format(n=min_n))
            tables.download_row(result("ties"), f"rc-{wave}-relationer", "rc_ties")

if tabs[3].open:
    with tabs[3]:
        history = store.query(rc.trend, scope)
        title = UI["rc_trend_network"].format(network=scope) if scope else UI["rc_trend_chart"]
        st.plotly_chart(trend_lines(history, weak, strong, title), width="stretch")
        if compare is None:
            st.info(UI["rc_no_compare"])
        else:
            change = store.query(rc.dimension_change, wave, compare)
            title = UI["rc_change_chart"].format(before=names[first], after=names[second])
            st.plotly_chart(change_bars(change, title), width="stretch")
            st.caption(UI["rc_change_help"].format(reps=fmt_number(rc.BOOT_REPS)))
            tables.download_row(shown(change), f"rc-{first}-{second}-dimensioner", "rc_dim_change")
            st.subheader(UI["rc_pair_change_title"])
            moved = shown(store.query(rc.pair_change, wave, compare))
            tables.table(moved)
            tables.download_row(moved, f"rc-{first}-{second}-par", "rc_pair_change")

if tabs[4].open:
    with tabs[4]:
        if compare is None:
            st.info(UI["rc_no_compare"])
        else:
            today = ui.filters().day
            effect = store.query(rc.network_effect, wave, compare, today=today)
            st.markdown(store.query(rc.effect_text, wave, compare, today=today)[1])
            title = UI["rc_effect_chart"].format(before=names[first], after=names[second])
            st.plotly_chart(effect_bars(effect, title), width="stretch")
            st.caption(UI["rc_effect_help"])
            tables.download_row(shown(effect), f"rc-{first}-{second}-netvaerkseffekt", "rc_effect")
            st.subheader(UI["rc_effect_pairs"])
            compared = shown(store.query(rc.effect_pairs, wave, compare, today=today))
            tables.table(compared)
            tables.download_row(compared, f"rc-{first}-{second}-afdelingspar", "rc_effect_pairs")

if tabs[5].open:
    with tabs[5]:
        st.subheader(UI["rc_kit_title"])
        st.caption(UI["rc_kit_intro"])
        kit_button("rc_kit")
        st.markdown(rc_questionnaire_markdown())
        st.info(UI["rc_import_hint"], icon=":material/lock:")
        ui.link("data", UI["rc_go_import"], ":material/upload:", writes=True)
        if access.may_write():  # which department each group is: the secretariat's to set
            rc_groups.show(wave, names[wave], group_list)
