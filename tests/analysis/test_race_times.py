"""A clock face that is a duration: a race time, not a time of day."""

from __future__ import annotations

import pytest

from okrlint.analysis import QuantityKind, analyze


@pytest.mark.parametrize("text,raw,minutes", [
    ("Run a 24:59 5K", "24:59", 24 + 59 / 60),
    ("Run a half marathon in 1:45:00", "1:45:00", 105.0),
    ("Пробежать 10 км за 49:59", "49:59", 49 + 59 / 60),
    ("半马跑进1:45:00", "1:45:00", 105.0),
])
def test_a_race_time_is_a_duration_in_minutes(text, raw, minutes):
    durations = [q for q in analyze(text).quantities if q.kind is QuantityKind.DURATION]
    assert [(q.raw, q.unit) for q in durations] == [(raw, "minute")]
    assert durations[0].value == pytest.approx(minutes)


@pytest.mark.parametrize("text", ["2:00前入睡", "Standup at 10:00 every day", "Begin 10:00 standups", "Встреча в 10:30"])
def test_a_time_of_day_stays_no_quantity(text):
    assert [q for q in analyze(text).quantities if q.kind is QuantityKind.DURATION] == []
