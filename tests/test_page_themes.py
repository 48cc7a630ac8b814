"""The themes page (pages/themes.py) on the demo database through AppTest."""

from pages._registry import PAGES
from tests.conftest import assert_clean


def test_themes_page_proposes_a_start_list_that_fits_the_mix(app):
    app.switch_page(PAGES["themes"].path).run()
    assert_clean(app)
    assert app.title[0].value == "Temaer"
    picked = app.multiselect(key="proposal_pick").value
    # 2027H1 already has a learning and a welfare network: room for 2 welfare + 1 innovation
    assert len(picked) == 3
    assert len(app.success) == 4 and not app.warning  # all four mix checks pass
    app.multiselect(key="proposal_pick").set_value(picked[:1]).run()
    assert any("velfærdsnetværk" in w.value for w in app.warning)  # too few welfare


def test_a_new_theme_is_scored_saved_and_proposed(app):
    app.switch_page(PAGES["themes"].path).run()
    before = len(app.multiselect(key="proposal_pick").options)
    app.button[0].click().run()  # empty title: refused, named
    assert_clean(app)
    assert any("Titel" in e.value and "ikke gemt" in e.value for e in app.error)
    app.text_input[0].input("Sammenhængende forløb for unge")
    app.button[0].click().run()
    assert_clean(app)
    assert any("er gemt med egnethed 33,3 %" in s.value for s in app.success)  # 7 x 1 / 21
    assert len(app.multiselect(key="proposal_pick").options) == before + 1


def test_the_pipeline_tiles_count_the_demos_themes_by_status(app, demo_file):
    import duckdb

    from data.labels import ENUM_LABELS

    # one tile per theme status, each the number of themes with that status (independent SQL)
    with duckdb.connect(demo_file, read_only=True) as con:
        counts = dict(con.execute("SELECT status, count(*) FROM theme GROUP BY status").fetchall())
    app.switch_page(PAGES["themes"].path).run()
    tiles = {m.label: m.value for m in app.metric}
    assert {status: tiles[label] for status, label in ENUM_LABELS["theme_status"].items()} == {
        status: str(counts.get(status, 0)) for status in ENUM_LABELS["theme_status"]
    }
