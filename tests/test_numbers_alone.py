"""Numbers of digits alone, valued without a parse, as ``_parse`` values them."""

from __future__ import annotations

import pytest

from khabar.extract.numbers import _parse, find_numbers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("در سال ۱۴۰۲ حدود ۲۵ درصد", [(7, 11, 1402.0), (17, 19, 25.0)]),
        ("نرخ تورم ۴۲٫۵ درصد اعلام شد", [(9, 13, 42.5)]),
        ("۳٫۵ میلیون و 12,500 تومان", [(0, 19, 3512500.0)]),
        ("9" * 400 + " نفر", []),  # past a float's range: no number, as ``_parse`` gives none
    ],
)
def test_digits_alone(text: str, found: list[tuple[int, int, float]]) -> None:
    assert find_numbers(text) == found


@pytest.mark.parametrize("digits", ["0", "7", "1402", "42.5", "1.23456789", "9" * 300])
def test_the_value_of_digits_alone_is_the_parse(digits: str) -> None:
    ((_, _, value),) = find_numbers(digits)
    assert value == _parse([("D", float(digits), False)])
