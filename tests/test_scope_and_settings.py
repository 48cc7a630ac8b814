"""analytics.scope.Scope and data.settings.read_settings."""

import datetime as dt

from analytics.scope import FIRST_DAY, Scope
from data.db import set_setting
from data.schema import NETWORK_TYPES
from data.settings import read_settings

D = dt.date


def test_scope_defaults_to_everything_until_today():
    scope = Scope(today=D(2026, 11, 25))
    assert scope.params() == {
        "start": FIRST_DAY,
        "end": D(2026, 11, 25),
        "today": D(2026, 11, 25),
        "types": list(NETWORK_TYPES),
        "deps": None,  # no department chosen: every department
    }
    assert Scope.of(types=[], department_ids=["A"]).filter_params() == {
        "types": [],
        "deps": ["A"],
    }
    assert scope.but(departments=("B",)).departments == ("B",)


def test_settings_are_typed_with_defaults_and_fallbacks(empty_con):
    settings = read_settings(empty_con)
    assert settings.rules_from == D(2016, 1, 1)
    assert (settings.starts_min, settings.starts_max) == (4, 5)
    assert settings["shelf_days"] == 180
    assert settings.severity["innovation_concurrency"] == "error"
    set_setting(empty_con, "severity_co_driver", "off")
    set_setting(empty_con, "severity_cross_cutting", "loud")  # not a severity: the default
    set_setting(empty_con, "rc_min_respondents", "1")  # below the floor: 3
    set_setting(empty_con, "starts_min", "fire")  # unreadable: the default 4
    settings = read_settings(empty_con)
    assert settings.severity["co_driver"] == "off"
    assert settings.severity["cross_cutting"] == "warning"
    assert settings.rc_min_respondents == 3
    assert settings.starts_min == 4
