"""Temaer: the theme pipeline, the criteria scores, a proposal for the coming half-year checked
against the NS3 mix, and a form to score a new theme."""

import streamlit as st

from analytics.networks import chefforum
from analytics.themes import (
    OPEN_STATUSES,
    mix_check,
    pipeline,
    proposal,
    status_totals,
    suitability,
    suitability_pct,
)
from charts.themes import criteria_heatmap, pipeline_bars
from data import io as data_io
from data.labels import (
    COLUMN_LABELS,
    CRITERIA_HELP,
    CRITERIA_LABELS,
    CRITERIA_SCALE,
    ENUM_LABELS,
    PLACEHOLDERS,
    UI,
    fmt_number,
)
from data.schema import THEME_CRITERIA
from pages import _access as access
from pages import _store as store
from pages import _tables as tables
from pages import _widgets as ui

ui.page_title("themes")
st.caption(UI["themes_intro"])
today = ui.filters().day

st.subheader(UI["pipeline"])
left, right = st.columns([3, 2])
with left:
    st.plotly_chart(pipeline_bars(store.query(pipeline), UI["pipeline_chart"]), width="stretch")
with right:
    open_themes = store.query(suitability, OPEN_STATUSES)
    counts = store.query(status_totals)
    ui.tiles({ENUM_LABELS["theme_status"][s]: int(counts[s]) for s in OPEN_STATUSES})
    ui.tiles({ENUM_LABELS["theme_status"][s]: int(counts[s]) for s in ("launched", "rejected")})

st.subheader(UI["criteria"])
if open_themes.empty:
    st.info(UI["no_open_themes"])
else:
    st.plotly_chart(criteria_heatmap(open_themes, UI["criteria_chart"]), width="stretch")

ranked = store.query(proposal, today=today)
half = store.query(mix_check, [], today=today).attrs.get("half_year", "")
st.subheader(UI["proposal"].format(half=half))
st.caption(UI["proposal_intro"])
if ranked.empty:
    st.info(UI["no_open_themes"])
else:
    labels = dict(zip(ranked["id"], ranked["title"], strict=True))
    chosen = st.multiselect(
        UI["proposal_pick"],
        list(ranked["id"]),
        default=list(ranked.loc[ranked["selected"], "id"]),
        format_func=lambda i: f"{i} · {labels[i]}",
        key="proposal_pick",
        placeholder=PLACEHOLDERS["themes"],
    )
    left, right = st.columns([3, 2])
    with left:
        shown = ranked.assign(
            selected=ranked["id"].isin(chosen),
            suggested_type=ranked["suggested_type"].map(ENUM_LABELS["network_type"])
            + ranked["type_source"].map({"criteria": f" ({UI['derived']})"}).fillna(""),
        )[["rank", "selected", "id", "title", "status", "suitability", "suggested_type"]]
        shown = tables.danish_table(
            shown.rename(columns={"selected": "proposal_selected"}), {"status": "theme_status"}
        )
        st.dataframe(
            shown,
            hide_index=True,
            width="stretch",
            column_config={
                COLUMN_LABELS["suitability"]: st.column_config.ProgressColumn(
                    COLUMN_LABELS["suitability"], min_value=0, max_value=100, format="%.0f %%"
                ),
            },
        )
        tables.download_row(shown, "temaforslag", "proposal")
    with right:
        st.markdown(f"**{UI['mix_check']}**")
        types = list(ranked.set_index("id").loc[chosen, "suggested_type"])
        for ok, message in store.query(mix_check, types, today=today)[["ok", "message"]].itertuples(
            index=False
        ):
            (st.success if ok else st.warning)(
                message, icon=":material/check:" if ok else ":material/warning:"
            )

st.subheader(UI["new_theme"])
if not access.may_write():  # the secretariat records new themes (data.access)
    st.caption(UI["read_only_theme"])
    st.stop()
st.caption(UI["new_theme_intro"])
if saved := st.session_state.pop("theme_saved", None):
    st.success(saved, icon=":material/check:")
owners = store.query(chefforum)
owner_names = dict(zip(owners["id"], owners["name"], strict=True))
with st.form("new_theme", clear_on_submit=True, border=True):
    title = st.text_input(UI["theme_title"], max_chars=200)
    description = st.text_area(UI["theme_description"], max_chars=2000, height=80)
    c1, c2, c3 = st.columns(3)
    origin = c1.selectbox(
        UI["theme_origin"],
        list(ENUM_LABELS["theme_origin"]),
        format_func=ENUM_LABELS["theme_origin"].get,
        placeholder=PLACEHOLDERS["one"],
    )
    network_type = c2.selectbox(
        UI["theme_type"],
        [None, *ENUM_LABELS["network_type"]],
        format_func=lambda t: ENUM_LABELS["network_type"].get(t, UI["type_source_criteria"]),
        placeholder=PLACEHOLDERS["one"],
    )
    owner = c3.selectbox(
        UI["theme_owner"],
        [None, *owner_names],
        format_func=lambda i: owner_names.get(i, "–"),
        placeholder=PLACEHOLDERS["person"],
    )
    scores = {}
    columns = st.columns(4)
    for i, criterion in enumerate(THEME_CRITERIA):
        scores[criterion] = columns[i % 4].select_slider(
            CRITERIA_LABELS[criterion],
            options=list(CRITERIA_SCALE),
            value=1,
            format_func=CRITERIA_SCALE.get,
            help=CRITERIA_HELP[criterion],
        )
    submitted = st.form_submit_button(UI["save_theme"], icon=":material/save:", type="primary")
if submitted:
    theme_id = data_io.next_id(store.cursor(), "theme", f"T{today.year}-")  # a read
    row = {
        "id": theme_id,
        "title": title.strip(),
        "description": description.strip() or None,
        "origin": origin,
        "proposed_on": today,
        "status": "proposed",
        "suggested_type": network_type,
        "owner_id": owner,
        **scores,
    }
    report = store.save(data_io.save_rows, "theme", [row])
    if report.ok:
        pct = fmt_number(suitability_pct(scores), 1)
        st.session_state["theme_saved"] = UI["theme_saved"].format(id=theme_id, pct=pct)
        st.rerun()  # the pipeline, scores and proposal above now include the new theme
    else:
        fields = {
            "title": UI["theme_title"],
            "description": UI["theme_description"],
            **CRITERIA_LABELS,
        }
        problems = [f"- **{fields.get(e.column, e.column)}**: {e.message}" for e in report.errors]
        st.error("\n".join([UI["theme_refused"], *problems]), icon=":material/error:")
