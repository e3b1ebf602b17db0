"""What reads the tagger's spans asks the lexicons once per word or name and seeks a span's
brackets only where it holds one: the same answers as before."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.no_name_words import _joined_country
from khabar.extract.tagged_entities import _led_place
from khabar.extract.tagged_spans import no_last_word, trim
from khabar.text import repair


def test_a_persons_span_is_cut_at_a_bracket_it_does_not_open_and_kept_whole_without_one():
    doc = repair("به گفته (سید) حسن نصرالله دبیرکل حزب الله لبنان")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    opened = keys.index("(")
    name = keys.index("حسن")
    assert trim(tokens, keys, opened, name + 2, True) == (opened, name + 2)  # «(سید) حسن ...»
    assert trim(tokens, keys, opened + 1, name + 2, True) == (name, name + 2)  # «سید) حسن ...»
    assert trim(tokens, keys, name, name + 2, True) == (name, name + 2)  # no bracket


def test_an_unlisted_place_is_found_after_its_lead_by_its_words():
    entry = _led_place(("مالی",))  # «کشور مالی»: Mali, a word alone
    assert entry is not None and getattr(entry, "kind", None) == "country"
    assert _led_place(("کتاب",)) is None
    assert _led_place(("مالی",)) is entry  # asked again: the same answer


def test_a_country_run_into_one_word_needs_its_zwnj():
    assert _joined_country("کره\u200cجنوبی")
    assert not _joined_country("کره")
    assert not _joined_country("کرهجنوبی")


def test_no_name_ends_with_a_country_or_a_verb_asked_once_or_twice():
    for _ in range(2):
        assert no_last_word("ایران") and no_last_word("برسد")  # «قاسم ایران», «افضلی برسد»
        assert not no_last_word("رضایی")


def test_a_mentions_tokens_are_found_once_and_as_the_bisections_found_them():
    from bisect import bisect_left

    from khabar.extract.tagged_entities import _TokenRanges

    doc = repair("زلزله شهرستان میانه را لرزاند و مردم اردبیل ، خلخال و گرمی کمک کردند.")
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    ranges = _TokenRanges(tokens)
    i = keys.index("میانه")
    made = ranges.span(i - 1, i + 1)  # «شهرستان میانه»: a mention made of tokens, kept
    assert made == (tokens.starts[i - 1], tokens.ends[i]) and ranges.at[made] == (i - 1, i + 1)
    k = keys.index("خلخال")
    read = type(made)(tokens.starts[k], tokens.ends[k])  # a rule's mention, read once
    assert ranges.of(read) == (
        bisect_left(tokens.starts, read.start),
        bisect_left(tokens.ends, read.end) + 1,
    )
    assert ranges.of(read) is ranges.of(read)  # asked again: the answer kept


def test_no_name_found_leaves_the_spans_unread():
    from khabar.extract.tagged_entities import _unheld

    spans: list[tuple[int, int, str | None]] = [(0, 2, None)]
    assert _unheld(spans, []) == []
    assert _unheld(spans, [(1, 3), (2, 4)]) == [(2, 4, None)]  # «1» is held by the span
