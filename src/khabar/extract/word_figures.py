"""A figure named by a family name that is a word, where the article never names them in
full: «احمدی‌نژاد که در چهار سال نخست دولت روحانی ...», «آقای قالیباف گفتند که ...».

The heads of Iran's state and branches whose family names are words too («روحانی», a
cleric; «قالیباف», a carpet weaver) are left out of the figures read anywhere
(``national_figures.tsv``). Where the word can be nothing but a name it is theirs
(``word_figures.tsv``): after «آقای», and for a head of government after «دولت», «کابینه» or
«ریاست جمهوری» (an «آقای» between or not: «در دوران ریاست جمهوری احمدی‌نژاد»), its terms'
ordinals between or not («دولت‌های نهم و دهم احمدی‌نژاد», «دولت دوازدهم روحانی»). One the article
names in full is left to ``surname_mentions``.
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.namewords import RARE, SURNAME_ENDS, rank
from khabar.extract.people import (
    Mention,
    full_names_families,
    held_tokens,
    stopwords,
    untitled_mention,
    with_added,
)
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_LED = frozenset(lx.key(w) for w in ("دولت", "کابینه", "دولت‌های"))
# the presidency a head of government held («در دوران ریاست جمهوری احمدی‌نژاد»), as keys
_PRESIDENCY = (("ریاست", "جمهوری"), ("ریاستجمهوری",))
_MISTER = lx.key("آقای")
_AND = "و"
_GOVERNMENT = "government"
# the ends of family names written apart («یزدی پور», «یزدی خواه»)
_ENDS = frozenset((*SURNAME_ENDS, "خواه", "منش"))


@cache
def _figures() -> dict[str, bool]:
    """Each listed family name's key -> whether its holder headed a government."""
    return {lx.key(r[0]): r[1] == _GOVERNMENT for r in lx.rows("word_figures.tsv")}


def with_word_figures(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the figures named by a listed family name after «آقای», «دولت» or
    «کابینه»."""
    figures = _figures()
    at = [k for k in lx.positions(keys, figures) if k > 0]
    if not at:
        return mentions  # most articles
    used = held_tokens(mentions)
    named = full_names_families(keys, mentions)  # their lone family names are theirs
    added: list[Mention] = []
    for k in at:
        mister = keys[k - 1] == _MISTER
        led = figures[keys[k]] and _led(keys, k - 1 if mister else k)
        if not (mister or led) or used.intersection(range(k - mister, k + 1)):
            continue
        if keys[k] in named:
            continue  # «محمدباقر قالیباف» ... «آقای قالیباف»: ``surname_mentions`` joins them
        if _goes_on(tokens, keys, k + 1):
            continue  # «آقای یزدی خواه»: a family name of two words, another's
        m = untitled_mention(tokens, text, k, k + 1)
        if mister:  # the title is the name's, and the body «دولت آقای X» holds it
            full = Span(tokens.starts[k - 1], m.span.end)
            m = Mention(k, k + 1, m.name, [tokens.words[k - 1]], m.span, full, k - 1)
        added.append(m)
        used.update(range(m.ti, k + 1))
    return with_added(mentions, added) if added else mentions


def _led(keys: list[str], k: int) -> bool:
    """Token ``k`` follows «دولت», «کابینه» or «ریاست جمهوری», and the ordinals of its terms
    if any («دولت‌های نهم و دهم»): a head of government's name."""
    ordinals = lx.keyed_words("regnal_ordinals.txt")
    while k > 1 and (keys[k - 1] in ordinals or (keys[k - 1] == _AND and keys[k - 2] in ordinals)):
        k -= 1
    if k < 1:
        return False
    return keys[k - 1] in _LED or any(tuple(keys[max(0, k - len(p)) : k]) == p for p in _PRESIDENCY)


def _goes_on(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` goes on with the family name before it: a listed family name's word or
    one the news never writes elsewhere, or an end of family names («پور», «خواه»)."""
    if k >= len(keys) or not tokens.words[k].isalpha() or keys[k] in stopwords():
        return False
    if keys[k] in _ENDS:
        return True
    if keys[k] in lx.common_words():
        return False
    return keys[k] in lx.family_name_words() or rank(keys[k]) == RARE
