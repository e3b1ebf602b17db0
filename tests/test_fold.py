from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.text.fold import (
    fold,
    fold_key,
    fold_map,
    fold_parts,
    fold_parts_map,
    readings_with_sources,
)

# Persian-heavy text: letters and marks that fold, spaces, ZWNJ, digits, some Latin.
_ALPHABET = st.sampled_from(
    list("ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآأإؤئيكةۀىے")
    + list("\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0640\u200c\u200d\u200f\ufeff")
    + list("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789٫٬")
    + ["می", "نمی", "ها", "های", "تر", "ترین", " ", "  ", "\n", "\t", "\u00a0"]
    + list('abcAND*"()،.:؟ﻻﷲﺑ')
)
persian = st.lists(_ALPHABET, max_size=40).map("".join)


@given(persian)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert fold_parts(fold_parts(text)) == fold_parts(text)


@given(st.text())
def test_fold_never_crashes_on_any_text(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    fold_parts(text)
    fold_key(text)


@given(st.one_of(persian, st.text()))
def test_maps_agree_with_fold_and_point_into_the_input(text: str) -> None:
    for f, fm in ((fold, fold_map), (fold_parts, fold_parts_map)):
        folded, src = fm(text)
        assert folded == f(text)
        assert len(src) == len(folded)
        assert src == sorted(src)
        assert all(0 <= i < len(text) for i in src)
        # each folded character comes from the character it points at
        assert all(folded[j] in f(text[i]) or text[i].isspace() for j, i in enumerate(src))


@given(st.one_of(persian, st.text()), st.data())
def test_sources_of_some_positions_are_those_of_the_map(text: str, data: st.DataObject) -> None:
    readings = readings_with_sources(text)
    for fm, (same, sources) in zip((fold_map, fold_parts_map), readings, strict=True):
        folded, src = fm(text)
        assert same == folded
        positions = sorted(data.draw(st.lists(st.integers(0, len(folded) - 1))) if folded else [])
        assert sources(positions) == [src[p] for p in positions]
        assert sources(list(range(len(folded)))) == src


@pytest.mark.parametrize(
    "variants",
    [
        ["می‌شود", "می شود", "میشود", "مي‌شود"],
        ["نمی‌شود", "نمی شود", "نمیشود"],
        ["کتاب‌ها", "کتاب ها", "کتابها", "كتابها"],
        ["بزرگ‌ترین", "بزرگ ترین", "بزرگترین"],
        ["آمریکا", "امريكا", "أمریکا"],
        ["رئیس", "رييس", "رییس"],
        ["مسئله", "مسيله"],
        ["کِتابٌ", "كتاب", "کتــــاب"],
        ["۱۴۰۳", "١٤٠٣", "1403"],
        ["خانۀ", "خانة", "خانه"],
        ["مؤمن", "مومن"],
    ],
)
def test_spellings_fold_together(variants: list[str]) -> None:
    assert len({fold(v) for v in variants}) == 1, [fold(v) for v in variants]


def test_glue_only_detached_pieces() -> None:
    assert fold("کمی شود") == "کمی شود"  # «کمی» is a word, not the prefix «می»
    assert fold("تر و تازه") == "تر و تازه"  # nothing before «تر» to glue it to
    assert fold("۲ ها") == "2ها"
    assert fold("می\nشود") == "می\nشود"  # never across lines


def test_parts_split_at_zwnj() -> None:
    assert fold_parts("می‌شود") == "می شود"
    assert fold_parts("كتاب‌هاي") == "کتاب های"


def test_case_and_operators_untouched() -> None:
    assert fold("NOT Tehran AND") == "NOT Tehran AND"


def test_map_points_to_real_characters() -> None:
    text = "او مي‌گويد: كِتاب"
    folded, src = fold_map(text)
    i = folded.index("کتاب")
    assert text[src[i] : src[i + 3] + 1] == "كِتاب"


def test_key_ignores_spaces() -> None:
    assert fold_key("محمد رضا") == fold_key("محمدرضا") == fold_key("محمد‌رضا")


def test_the_letter_folds_never_disagree() -> None:
    """Each fold changes its own set of letters (khabar/letters.py says why), but a letter two
    folds change becomes the same letter in both, so text repaired, keyed or searched agrees."""
    from khabar.letters import (
        ARABIC_LETTERS,
        GOLD_LETTERS,
        KEY_LETTERS,
        REPAIR_LETTERS,
        SEARCH_LETTERS,
        ZWNJ,
    )

    folds = {
        "repair": REPAIR_LETTERS,
        "search": SEARCH_LETTERS,
        "key": {chr(c): t or "" for c, t in KEY_LETTERS.items()},
        "arabic": {chr(c): t for c, t in ARABIC_LETTERS.items()},
        "gold": {chr(c): t or "" for c, t in GOLD_LETTERS.items()},
    }
    letters = {c for fold in folds.values() for c in fold if c != ZWNJ and c.isalpha()}
    for c in letters:
        assert len({fold[c] for fold in folds.values() if c in fold}) == 1, c
    assert set(folds["arabic"]) <= set(folds["repair"]) & set(folds["search"]) & set(folds["gold"])
