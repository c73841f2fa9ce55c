"""Units of mass, distance and volume glued to their number are measures ("80kg", «5км»), as they are
with a space; a letter that makes a code ("5G", "2FA", "3D") is not. A unit word between the two
numbers of a move does not hide the move ("from 80 kg to 72 kg")."""

from __future__ import annotations

import pytest

from okrlint.analysis import QuantityKind, analyze


@pytest.mark.parametrize("lang,text,raw,unit", [
    ("en", "Lose 6kg before the race", "6kg", "kg"),
    ("en", "Run 10km under 50 minutes", "10km", "km"),
    ("en", "Cut sugar to 25g a day", None, None),  # a single letter stays a code
    ("ru", "Сбросить 6кг к лету", "6кг", "кг"),
    ("ru", "Пробегать 10км без остановки", "10км", "км"),
])
def test_a_measure_unit_glued_to_its_number_is_counted(lang, text, raw, unit):
    counted = [q for q in analyze(text, lang).quantities if q.kind is QuantityKind.COUNT and q.unit in ("kg", "km", "кг", "км")]
    assert [(q.raw, q.unit) for q in counted] == ([(raw, unit)] if raw else [])


@pytest.mark.parametrize("text", ["Roll out 5G across the network", "Enable 2FA for all admins", "Ship the 3D viewer"])
def test_a_code_of_digits_and_letters_is_no_quantity(text):
    assert analyze(text, "en").quantities == ()


@pytest.mark.parametrize("lang,text,start,end", [
    ("en", "Bring body weight from 90 kg to 82 kg", 90, 82),
    ("en", "Bring body weight from 90kg to 82kg", 90, 82),
    ("en", "Grow from 12 customers to 30 customers", 12, 30),
    ("ru", "Снизить вес с 90кг до 82кг", 90, 82),
])
def test_a_unit_word_between_the_numbers_of_a_move_keeps_the_move(lang, text, start, end):
    change = analyze(text, lang).change
    assert change is not None and (change.start.value, change.end.value) == (start, end)


def test_a_unit_word_that_is_not_the_first_numbers_own_unit_breaks_no_rule():
    # "from 3 teams, 40 people to …": what follows the first number is not its unit, so no move is read
    assert analyze("Grow from 3 teams with 40 people to 6 teams", "en").change is None
