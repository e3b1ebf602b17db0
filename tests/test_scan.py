"""The shortcuts taken for speed find exactly what the plain scans find."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar.extract import dates, numbers
from khabar.extract.scan import (
    _WORD_TRIGGERS,
    NO_DIGIT,
    RUN_DIGIT,
    WORD_CHARS,
    _trigger_positions,
    finditer_at,
)
from khabar.text.segment import TOKEN_RE, token_columns

pieces = st.sampled_from(
    list("0123456789۰۱۲۳۴۵۶۷۸۹ /.-:٫,٬\u200c\naF")
    + ["یک", "دو", "سه", "ده", "صد", "هزار", "میلیون", "و", "نیم", "بیست و یکم", "سی ام"]
    + ["آذر", "دی", "ماه", "سال", "گذشته", "امروز", "پس\u200cفردا", "رمضان", "مارس", "دولت"]
)
texts = st.lists(st.one_of(pieces, st.characters()), max_size=60).map("".join)
PATTERNS = [*dates._STARTS.items(), (numbers._ATOM_RE, numbers._ATOM_STARTS)]
PATTERNS.append((numbers._MASK_RE, numbers._MASK_STARTS))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts)
def test_trigger_scan_finds_what_finditer_finds(text):
    for pattern, triggers in PATTERNS:
        plain = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in finditer_at(pattern, triggers, text)] == plain


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts)
def test_token_columns_are_the_token_matches(text):
    cols = token_columns(text)
    matches = list(TOKEN_RE.finditer(text))
    assert cols.words == [m.group() for m in matches]
    assert list(zip(cols.starts, cols.ends, strict=True)) == [m.span() for m in matches]


def test_trigger_scan_sees_a_word_hidden_in_a_longer_one():
    text = "روز بیست و یکم آذر ۱۴۰۴"
    spans = [m.span() for m in re.finditer(dates._JALALI_DAY_RE, text)]
    assert [m.span() for m in finditer_at(dates._JALALI_DAY_RE, dates._DAY_STARTS, text)] == spans


def test_classes_spelled_out_are_the_categories_they_stand_for():
    # every code point: the bitmap of the blocks listed first changes no answer
    digit = re.compile(rf"[^{NO_DIGIT}\D]")
    not_word = re.compile(rf"[^{WORD_CHARS}\w\u200c]")
    plain_digit, plain_not_word = re.compile(r"\d"), re.compile(r"[^\w\u200c]")
    for c in map(chr, range(0x110000)):
        assert (digit.match(c) is None) == (plain_digit.match(c) is None), hex(ord(c))
        assert (not_word.match(c) is None) == (plain_not_word.match(c) is None), hex(ord(c))


def test_run_digits_are_the_first_digits_of_runs():
    text = "F16 در ۱۴۰۴/۰۹/۱۵ و ٢٠ نفر"
    starts = [m.start() for m in RUN_DIGIT.finditer(text)]
    assert starts == [m.start() for m in re.finditer(r"\d+", text)]


def _word_triggers_agree(text: str) -> None:
    found = _trigger_positions(text)
    for pattern, _ in _WORD_TRIGGERS:
        assert found[id(pattern)] == [m.start() for m in pattern.finditer(text)], pattern.pattern
    assert any(found[id(pattern)] for pattern, _ in _WORD_TRIGGERS) == any(
        pattern.search(text) for pattern, _ in _WORD_TRIGGERS
    )


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(texts)
def test_word_triggers_told_by_their_rests_are_their_matches(text):
    _word_triggers_agree(text)


def test_word_triggers_at_the_start_after_marks_and_not_inside_words():
    # «پس‌فردا» at the start, «دوازده» after «(», «میلیون» after a space, «سه» of «سه‌شنبه»;
    # «سه» inside «مدرسه» and «دو» after a ZWNJ («می‌دوید») open none
    text = "پس\u200cفردا (دوازده میلیون) مدرسه می\u200cدوید، سه\u200cشنبه"
    _word_triggers_agree(text)
    found = sorted(
        {p for pattern, _ in _WORD_TRIGGERS for p in _trigger_positions(text)[id(pattern)]}
    )
    assert [text[p : p + 3] for p in found] == ["پس\u200c", "دوا", "میل", "سه\u200c"]
