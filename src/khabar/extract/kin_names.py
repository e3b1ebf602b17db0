"""Relatives' full names that the tagger cuts short where the words are Arabic and rare:
«... 30 ساله خواهر سائد عادل عیسی است» (the tagger takes «عادل عیسی»), «ملاقات با علاء
برهم برادرش» beside «مها غازی برهم» (it takes «علاء»).

* After a word of kin, a rare word no list holds right before a name found that opens with a
  listed given name (a word too, «عادل») opens that name: an Arab's given name, the
  father's after it. Not a frequent word («همسر سابق ...», «پدر دانش‌آموز ...»), a
  function word or a place.
* A given name alone found right before the family name the article gives a person named in
  full (three words or more, a rare last word) is a relative's given name: the name goes on
  to the family name («علاء | برهم»).
* A rare word no list holds before a lone family name found, where a comma and a word of kin
  follow whose phrase names a person by that family name, is the relative's given name: «در
  مورد هانتر بایدن، پسر جو بایدن» (the son of the one named after the comma).
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.namewords import FREQUENT, KIN_PRONOUNS, KIN_WORDS, kin, rank
from khabar.extract.people import (
    Mention,
    ended_at,
    first_name_at,
    held_tokens,
    opened_at,
    stopwords,
    with_added,
)
from khabar.text.segment import TokenColumns


def with_kin_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with relatives' names made whole, by the rules above."""
    kin_at = [k for k in lx.positions(keys, _kin_forms()) if k + 2 < len(keys)]
    if not kin_at:
        return mentions  # most articles
    families = _families(keys, mentions)
    by_start = {m.i: m for m in mentions}
    used = held_tokens(mentions)
    out = list(mentions)
    for k in kin_at:
        x = k + 1
        if not _rare_word(tokens, keys, x):
            continue
        m = by_start.get(x + 1)
        if m is not None and m.ti == m.i and m.j - m.i > 1 and keys[m.i] in lx.first_names():
            out[out.index(m)] = opened_at(m, x, tokens.starts[x], text)  # «خواهر سائد | عادل عیسی»
            used.add(x)
    for n, m in enumerate(out):
        if m.j - m.i == 1 and m.ti == m.i and m.i - 1 not in used and _kin_apposed(keys, m):
            if _rare_word(tokens, keys, m.i - 1) and first_name_at(keys, m.i - 1) == 0:
                out[n] = opened_at(m, m.i - 1, tokens.starts[m.i - 1], text)  # «هانتر | بایدن»
                used.add(m.i - 1)
    for n, m in enumerate(out if families else ()):
        j = m.j
        lone_given = m.j - m.i == 1 and first_name_at(keys, m.i) == 1
        if lone_given and j < len(keys) and keys[j] in families and j not in used:
            out[n] = ended_at(m, j + 1, tokens.ends[j], text)  # «علاء | برهم برادرش»
            used.add(j)
    if out == mentions:
        return mentions
    return with_added([], out)


@cache
def _kin_forms() -> frozenset[str]:
    """Every word of kin, alone or with a pronoun («خواهر», «برادرش»): met with the
    article's words at once, not each word tested."""
    forms = {w + p for w in KIN_WORDS for p in ("", *KIN_PRONOUNS)}
    return frozenset(f for f in forms if kin(f))


def _kin_apposed(keys: list[str], m: Mention) -> bool:
    """A comma and a word of kin right after the one-word name ``m``, and the same word again
    within the next few words: «بایدن | ، پسر جو بایدن»."""
    j = m.j
    if j + 2 >= len(keys) or keys[j] not in COMMAS or not kin(keys[j + 1]):
        return False
    return keys[m.i] in keys[j + 2 : j + 2 + _KIN_PHRASE]


_KIN_PHRASE = 5  # words of the kin's phrase after the word of kin: «دختر هیلاری و بیل کلینتون»


def _families(keys: list[str], mentions: list[Mention]) -> set[str]:
    """The last words of the names of three words or more («مها غازی برهم», «سامیه موسی
    مشاهره»): family names the news writes rarely, no common word."""
    return {
        keys[m.j - 1]
        for m in mentions
        if m.j - m.i >= _FULL_WORDS
        and keys[m.j - 1] not in lx.common_words()
        and rank(keys[m.j - 1]) >= FREQUENT
    }


_FULL_WORDS = 3  # an Arab's given name, the father's and the family name


def _rare_word(tokens: TokenColumns, keys: list[str], x: int) -> bool:
    """Token ``x`` is a word of letters the news writes rarely and no list holds as a word,
    a place or a given name's: an Arab's given name («سائد», «فهمی»)."""
    key = keys[x]
    return (
        tokens.words[x].isalpha()
        and rank(key) >= FREQUENT
        and key not in lx.common_words()
        and key not in stopwords()
        and key not in lx.place_words()
        and lx.places().match(keys, x) is None
        and not kin(key)
    )
