"""Whom a clause with no subject goes on with after a sentence that reports nothing, where a
person is named past a comma (``speakers.opener``): the tokens so named are found once for the
article (``speakers.named_past_commas``), and each sentence looks among them. The sentence is
the one ``opener``'s comment quotes, of the shared news."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.registry import Registry
from khabar.extract.speakers import named_past_commas, opener
from khabar.text.segment import token_columns

_TEXT = (
    "به گزارش ورزش سه، علی نظرمحمدی درباره شرایط تیمش به اظهارنظر پرداخت . "
    "بازی بعدی فردا برگزار می‌شود ."
)


def _article() -> tuple[list[str], Registry, int, int]:
    tokens = token_columns(_TEXT)
    keys = lx.keys_of(tokens.words)
    reg = Registry()
    at = keys.index("علی")
    reg.mention_at(tokens, at, at + 2, reg.new_person(tokens, keys, at, at + 2))
    return keys, reg, at, keys.index(".") + 1


def test_the_tokens_named_past_a_comma_are_found_once():
    keys, reg, at, _ = _article()
    assert named_past_commas(keys, reg.by_token) == [at]


def test_a_person_past_a_comma_opens_the_clause_with_or_without_them_found():
    keys, reg, _, end = _article()
    for found in (None, named_past_commas(keys, reg.by_token)):
        assert opener(keys, 0, end, reg, {}, None, None, False, found) == "علینظرمحمدی"
        # the next sentence names no one past a comma: whoever went on still does
        name = "علینظرمحمدی"
        assert opener(keys, end, len(keys), reg, {}, name, name, False, found) == name
