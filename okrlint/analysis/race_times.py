"""Times written on a clock face that are durations: a race time ("a 24:59 5K", «10 км за 49:59»,
"半马跑进1:45:00").

`quantities` masks "10:00" as a time of day ("2:00前入睡", "standup at 10:00"), which it is unless the
text says otherwise. Hours, minutes and seconds ("1:45:00") are always a span of time; minutes and
seconds ("24:59") are one when a distance follows the time or a word of finishing within it comes
right before it ("in", «за», 跑进, "sub").
"""

from __future__ import annotations

import re

from okrlint.analysis.facts import Quantity, QuantityKind, new_quantity
from okrlint.analysis.lazyre import lazy_compile

_CLOCK = lazy_compile(r"(?<![\d:.,])(\d{1,2}):([0-5]\d)(?::([0-5]\d))?(?![\d:])")
# A distance right after the time: "24:59 5K", "1:45 half marathon", "1:45 半马"
_DISTANCE_AFTER = lazy_compile(
    r"\s*(?:\d+(?:[.,]\d+)?\s*(?:k|km|mi|miles?|км|公里|千米)(?![a-zа-я])|(?:half[- ]?)?marathon|half(?![a-z])"
    r"|(?:полу)?марафон|半马|全马|马拉松|半程马拉松)", re.IGNORECASE)
# A word of finishing within the time, right before it: "in 24:59", «за 49:59», "跑进1:45:00", "sub-2:00"
_WITHIN_BEFORE = ("in", "under", "sub", "sub-", "за", "быстрее", "跑进", "游进", "骑进", "用时")


def race_times(text: str) -> list[Quantity]:
    """The clock-face durations of `text`, in order (none in most texts: no ":" between digits)."""
    if ":" not in text:
        return []
    found = []
    for match in _CLOCK.finditer(text):
        hours_minutes_seconds = match.group(3) is not None
        if not (hours_minutes_seconds or _DISTANCE_AFTER.match(text, match.end()) or _within_before(text, match.start())):
            continue
        first, second = int(match.group(1)), int(match.group(2))
        seconds = int(match.group(3)) if hours_minutes_seconds else 0
        minutes = first * 60 + second + seconds / 60 if hours_minutes_seconds else first + second / 60
        found.append(new_quantity(match.group(0), minutes, QuantityKind.DURATION, "minute", match.start(), match.end(), False))
    return found


def _within_before(text: str, start: int) -> bool:
    before = text[:start].rstrip().lower()
    for word in _WITHIN_BEFORE:
        if before.endswith(word):
            at = len(before) - len(word)
            # a Latin or Cyrillic word must start there ("begin 10:00" ends in no "in"); Chinese needs no space
            return at == 0 or not (word[0].isalpha() and word[0] < "\u3000") or not before[at - 1].isalpha()
    return False
