"""A compound written with a ZWNJ, spaced or glued is found by each of its spellings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.extract import extract_text
from khabar.serialize import SCHEMA
from khabar.store import Store, open_store, record_for

# Each compound in its three spellings, in articles of their own (as the repair leaves glued
# and spaced words of an article that writes them so), and the sentence around it.
COMPOUNDS = {
    "رئیس‌جمهور": ("رئیس‌جمهور", "رئیس جمهور", "رئیسجمهور"),
    "جمهوری‌اسلامی": ("جمهوری‌اسلامی", "جمهوری اسلامی", "جمهوریاسلامی"),
    "هاشمی‌رفسنجانی": ("هاشمی‌رفسنجانی", "هاشمی رفسنجانی", "هاشمیرفسنجانی"),
}


def plain(text: str) -> dict[str, Any]:
    """A record of ``text`` as is (no repair, no facts)."""
    empty: dict[str, Any] = {k: [] for k in ("persons", "organizations", "places", "quotes")}
    empty |= {k: [] for k in ("quantities", "dates", "commitments")}
    return {"schema": SCHEMA, "text": text, "original": text, "offset_steps": [], **empty}


@pytest.fixture(scope="module")
def compounds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, dict[str, list[int]]]:
    store = open_store(tmp_path_factory.mktemp("compounds") / "c.db")
    texts, ids = [], {}
    for name, ways in COMPOUNDS.items():
        ids[name] = []
        for way in ways:
            texts.append(f"در این گزارش از {way} در روز شنبه سخن رفت.")
            ids[name].append(len(texts))
    texts.append("رئیس سازمان گفت که جمهور مردم آمدند.")  # both words, not the compound
    store.add_many([plain(t) for t in texts])
    return store, ids


def spellings_of(name: str) -> list[str]:
    zwnj, spaced, glued = COMPOUNDS[name]
    return [zwnj, f'"{spaced}"', glued]


@pytest.mark.parametrize("name", list(COMPOUNDS))
def test_every_spelling_finds_every_spelling(compounds, name):
    store, ids = compounds
    for query in spellings_of(name):
        hits = store.search(query)
        assert {h.document_id for h in hits} == set(ids[name]), query
        for hit in hits:  # the compound as the article writes it is highlighted, whole
            text = store.document(hit.document_id)["text"]
            assert [text[a:b] for a, b in hit.matches] == [
                COMPOUNDS[name][ids[name].index(hit.document_id)]
            ], query


def test_phrases_keep_their_order_and_parts_are_still_words(compounds):
    store, ids = compounds
    assert store.search('"جمهور رئیس"') == []
    found = {h.document_id for h in store.search("رئیس")}
    assert set(ids["رئیس‌جمهور"][:2]) < found  # the ZWNJ and the spaced spelling hold «رئیس»
    assert len(store.search("جمهور رئیس")) == 3  # words, in any order, anywhere


def test_words_typed_apart_also_find_them_glued(compounds):
    store, ids = compounds
    control = max(max(v) for v in ids.values()) + 1  # «رئیس ... جمهور», apart
    found = {h.document_id for h in store.search("رئیس جمهور")}
    assert found == {*ids["رئیس‌جمهور"], control}
    found = {h.document_id for h in store.search("گزارش هاشمی رفسنجانی")}
    assert found == set(ids["هاشمی‌رفسنجانی"])
    (glued,) = [
        h for h in store.search("هاشمی رفسنجانی") if h.document_id == ids["هاشمی‌رفسنجانی"][2]
    ]
    text = store.document(glued.document_id)["text"]
    assert [text[a:b] for a, b in glued.matches] == ["هاشمیرفسنجانی"]
    assert store.search("سازمان جمهوری") == []  # neighbours glued, not any two words


def test_a_prefix_of_a_compound(compounds):
    store, ids = compounds
    for query in ("هاشمی‌رفسن*", "هاشمیرفسن*"):
        assert {h.document_id for h in store.search(query)} == set(ids["هاشمی‌رفسنجانی"])


def test_an_operand_beside_a_parenthesis(compounds):
    store, ids = compounds
    hits = store.search("گزارش (رئیس‌جمهور OR هاشمی‌رفسنجانی)")
    assert {h.document_id for h in hits} == set(ids["رئیس‌جمهور"] + ids["هاشمی‌رفسنجانی"])
    hits = store.search("گزارش NOT (رئیس‌جمهور OR هاشمی‌رفسنجانی)")
    assert {h.document_id for h in hits} == set(ids["جمهوری‌اسلامی"])


def test_quotes_are_found_by_any_spelling(tmp_path: Path):
    store = open_store(tmp_path / "q.db")
    text = "علی رضایی گفت: «رئیس جمهور فردا به استان می‌آید.»"
    store.add(record_for(extract_text(text)))
    assert store.quotes(query="رئیس جمهور")
    assert store.quotes(query="رئیس‌جمهور") and store.quotes(query="رئیسجمهور")
    assert not store.quotes(query="رئیس‌سازمان")


# -- finding the words of a hit ---------------------------------------------------------------

_PIECES = ["می", "شود", "رئیس", "جمهور", "ها", "Tehran", "TEHRAN", "ß", "ss", "‌", " ", "،", "_"]


@given(
    st.lists(st.sampled_from(_PIECES), max_size=30).map("".join),
    st.lists(st.sampled_from(_PIECES[:7] + ["تهران", "رئ"]), min_size=1, max_size=3),
    st.sampled_from(['"{}"', "{}", '"{}"*', "{}*"]),
)
def test_words_found_by_pattern_are_those_found_token_by_token(
    text: str, words: list[str], form: str
) -> None:
    from khabar.store.query import QueryError, parse
    from khabar.store.search import _token_matches, _token_matches_by_token
    from khabar.text.fold import fold, fold_parts

    try:
        query = parse(form.format(" ".join(words)))
    except QueryError:
        return
    for folded in (fold(text), fold_parts(text)):
        assert _token_matches(folded, query) == _token_matches_by_token(folded, query)
