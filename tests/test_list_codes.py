"""An article's keys and words sought in as one character each (``lexicons._Read``): the codes
are given once a process and made afresh past ``_CODES_MAX``; a list written in the older
codes is written again, not read in codes that now name other items."""

from __future__ import annotations

import pytest

from khabar.extract import lexicons as lx
from khabar.text.segment import token_columns

KEYS_TEXT = "وزیر امور خارجه گفت : وزیر با همتای خود دیدار کرد و وزیر افزود :"
WORDS_TEXT = "سخنگوی دولت در نشست خبری هفتگی گفت که دولت برنامه‌ای تازه دارد"


@pytest.fixture
def few_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    """So few codes that each list read makes them afresh."""
    monkeypatch.setattr(lx, "_CODES_MAX", 12)
    monkeypatch.setattr(lx, "_CODES", {})
    monkeypatch.setattr(lx, "_read", [])


def as_listed(keys: list[str], k: str) -> list[int]:
    return [i for i, x in enumerate(keys) if x == k]


@pytest.mark.usefixtures("few_codes")
def test_two_lists_sought_in_turn_keep_their_own_indices() -> None:
    first = lx.keys_of(token_columns(KEYS_TEXT).words)
    second = lx.keys_of(token_columns(WORDS_TEXT).words)
    assert lx.occurrences(first, "وزیر") == as_listed(first, "وزیر")
    assert lx.occurrences(second, "دولت") == as_listed(second, "دولت")  # codes made afresh
    # the first list again, for items not sought before: in its own items' codes
    for k in ("گفت", ":", "دیدار"):
        assert lx.occurrences(first, k) == as_listed(first, k)
    for k in ("گفت", "برنامه‌ای", "که"):
        assert lx.occurrences(second, lx.key(k)) == as_listed(second, lx.key(k))
    assert lx.positions(first, {"وزیر", "افزود"}) == sorted(
        as_listed(first, "وزیر") + as_listed(first, "افزود")
    )


def test_values_are_looked_up_in_order_with_one_item_or_none() -> None:
    words = token_columns(WORDS_TEXT).words
    table = {w: n for n, w in enumerate(dict.fromkeys(words))}
    assert list(lx.values(table, words)) == [table[w] for w in words]
    assert list(lx.values(table, words[:1])) == [0]  # a sequence, not the one value
    assert list(lx.values(table, [])) == []
    with pytest.raises(KeyError):
        lx.values(table, [*words, "ناشناخته"])  # the codes and word types made when one lacks


def test_every_item_is_found_where_it_stands_the_first_and_the_last_too() -> None:
    keys = lx.keys_of(token_columns(KEYS_TEXT).words)  # «وزیر» first, «:» last
    read = lx._Read(keys)
    for k in set(keys):
        assert read.seek(k) == as_listed(keys, k)
