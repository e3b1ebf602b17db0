"""A foreign name before the country it comes from: «۹ بر صفر یوشیکی یامادا از ژاپن», «از سد
بهزاد عمراف از ازبکستان», «در مصاف با رنات الیاز اولو از قرقیزستان».

Sports results name a competitor by the name and «از» and the country; the name's words are
no words of the language, so no list and often not the tagger knows them. Two or three words
right before «از» and a country's name are a person when every one is a word the ZWNJ
lexicon's word list lacks (the first may be a listed given name instead), none a place, an
organization, a verb or a title, and what comes before them opens no body or work: a mark,
a number or a function word («با», «و», «بر صفر», «سد»), not «تیم» or «شرکت».
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import RARE, rank, verb
from khabar.extract.people import Mention, held_tokens, stopwords, untitled_mention, with_added
from khabar.text.segment import TokenColumns

_MOST = 3
_LEAST = 2
# words before an opponent's name in a result that are no function words: «۹ بر صفر X»,
# «از سد X»
_BEFORE = frozenset({"صفر", "سد"})


def with_origin_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the names before «از» and a country, by the rule above."""
    used = held_tokens(mentions)
    added = []
    places = lx.places().root  # most «از» open no place's name: one look-up, no call
    for k in lx.occurrences(keys, "از"):
        if k < _LEAST or k + 1 >= len(keys) or keys[k + 1] not in places:
            continue
        if not _country_at(keys, k + 1):
            continue
        for i in range(k - _MOST, k - _LEAST + 1):
            if i < 0 or used.intersection(range(i, k)) or not _opens_after(tokens, keys, i - 1):
                continue
            if not _foreign_word(tokens, keys, i, first=True):
                continue
            if not all(_foreign_word(tokens, keys, t) for t in range(i + 1, k)):
                continue
            if "\n" in text[tokens.starts[i] : tokens.ends[k - 1]]:
                continue
            added.append(untitled_mention(tokens, text, i, k))
            used.update(range(i, k))
            break
    if not added:
        return mentions
    return with_added(mentions, added)


def _country_at(keys: list[str], k: int) -> bool:
    hit = lx.places().match(keys, k) if k < len(keys) else None
    return hit is not None and hit[1].kind == "country"


def _foreign_word(tokens: TokenColumns, keys: list[str], k: int, first: bool = False) -> bool:
    """Token ``k`` is a word of letters no word list holds (``first``: or a listed given
    name), no place, body, verb, title or function word."""
    word, key = tokens.words[k], keys[k]
    if not word.isalpha() or len(key) < 2 or key in stopwords():
        return False
    if first and lx.first_names().get(key) is False:
        return True
    if rank(key) != RARE or key in lx.common_words() or verb(key) or key in lx.first_names():
        return False
    if lx.honorifics().match(keys, k) or lx.post_heads().match(keys, k):
        return False
    return all(t.match(keys, k) is None for t in (lx.places(), lx.organizations(), lx.agencies()))


def _opens_after(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` may stand right before a competitor's name: a mark, a number, a function
    word or a word of a result («صفر», «سد»)."""
    if k < 0:
        return True
    word = tokens.words[k]
    return not word.isalpha() or keys[k] in stopwords() or keys[k] in _BEFORE
