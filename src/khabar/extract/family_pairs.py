"""Two family names alone joined by «و», of people the article never names in full: «دو دفاع
خوب لیگ برتر (غلامی و یزدانی) را ندارد», «جلالیان و فهیمی هر دو از کارکنان ...».

Alone, a family name that no title, post or verb of saying stands by is left (it may be a
word, a place or a thing); two side by side, each a listed family name of a family name's
shape («ی», «زاده», «پور» ...), rarer than the commonest words and no common word, adjective,
given name or place, are two persons: words of the language so paired are no family names'
shape or no listed ones («مجد و سرفرازی», «پرهیزکار و متقی»). Not where a word of a name
stands before or after the pair (a name cut short, a list of places), nor a family name of
a person the article names in full, which ``surname_mentions`` gives to that person.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, SURNAME_ENDS, adjective, rank
from khabar.extract.people import (
    Mention,
    full_names_families,
    held_tokens,
    untitled_mention,
    with_added,
)
from khabar.text.segment import TokenColumns

_AND = "و"


def with_family_pairs(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the pairs of family names alone the rule above finds."""
    ands = lx.positions(keys, (_AND,))
    if not ands:
        return mentions
    listed = lx.family_name_words()
    # the «و» between two listed family names: a few of the many, met in one pass
    ands = [a for a in ands if 0 < a - 1 and a + 2 < len(keys)]
    ands = [a for a in ands if keys[a - 1] in listed and keys[a + 1] in listed]
    if not ands:
        return mentions
    used = held_tokens(mentions)
    families = full_names_families(keys, mentions)
    added: list[Mention] = []
    for a in ands:
        x, y = a - 1, a + 1
        if not used.isdisjoint((x, y)):
            continue
        if not (_paired_family(tokens, keys, x) and _paired_family(tokens, keys, y)):
            continue
        if keys[x] in families or keys[y] in families:
            continue
        if _name_word(keys[x - 1]) or _name_word(keys[y + 1]):
            continue  # «محسن غلامی و یزدانی»: a name cut short, or a longer list
        added += [
            untitled_mention(tokens, text, x, x + 1),
            untitled_mention(tokens, text, y, y + 1),
        ]
        used.update((x, y))
    if not added:
        return mentions
    return with_added(mentions, added)


def _paired_family(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    key = keys[k]
    return (
        tokens.words[k].isalpha()
        and key.endswith(SURNAME_ENDS)
        and key in lx.family_name_words()
        and rank(key) >= FREQUENT
        and key not in lx.common_words()
        and not adjective(key)
        and key not in lx.first_names()
        and key not in lx.place_words()
        and lx.places().match(keys, k) is None
    )


def _name_word(key: str) -> bool:
    """A word a name may hold: a given name or a listed family name's word."""
    return key in lx.first_names() or key in lx.family_name_words()
