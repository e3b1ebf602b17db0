"""Relatives named by a family name the article gives someone with a given name: «حاج
شکرالله نمکی پدر شهیدان رحمت‌الله، شهرام و شهریار نمکی».

A listed given name right before that family name is a person of that family, though the
given name is an ordinary word too («شهریار», a county); and the given names alone that a list
joins to a name with its family name («رحمت‌الله، شهرام و شهریار نمکی», «حسن و حسین
رضایی») share it: the family name is written once, after the last.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, LIST_SEPARATORS
from khabar.extract.namewords import LINEAGE, adjective
from khabar.extract.people import Mention, first_name_at, held_tokens, untitled_mention, with_added
from khabar.text.segment import TokenColumns

_SEPARATORS = LIST_SEPARATORS
_FAMILY_MOST = 3  # words of a family name


def with_shared_family_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the relatives and listed given names that share their family names."""
    used = held_tokens(mentions)
    families: set[tuple[str, ...]] = set()
    for m in mentions:
        given = first_name_at(keys, m.i)
        if given and 0 < m.j - m.i - given <= _FAMILY_MOST:
            families.add(tuple(keys[m.i + given : m.j]))
    names = lx.first_names()
    # not a family name that is a given name too («محمود عباس»: «علی عباس» is none of his),
    # a lineage («عیسی بن مریم») or one of ordinary words («عمران | روستایی», «توحید |
    # اسلامی», «سد کورش | کبیر»: a given name that is a word too before a word)
    families = {
        f
        for f in families
        if f[0] not in names
        and f[0] not in LINEAGE
        and not any(k in lx.common_words() or adjective(k) for k in f)
    }
    added = _relatives(tokens, keys, text, families, used) if families else []
    # a given name another person of the article holds is theirs: «کیمیا و ساره جوانمردی»
    # of «کیمیا علیزاده»
    held = {keys[m.i] for m in mentions if m.j - m.i > 1}
    relatives = {id(m) for m in added}
    for m in [*mentions, *added]:
        given = 1 if id(m) in relatives else first_name_at(keys, m.i)
        if 0 < given < m.j - m.i and keys[m.i + given] not in LINEAGE:
            added += _listed_before(tokens, keys, text, m.ti, used, held)
    if not added:
        return mentions
    return with_added(mentions, added)


def _relatives(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    families: set[tuple[str, ...]],
    used: set[int],
) -> list[Mention]:
    """A listed given name, ordinary word or not, right before a family name of the article
    and on its line: a person of that family («شهریار نمکی»)."""
    names = lx.first_names()
    firsts = {f[0] for f in families}
    out = []
    # the tokens before a family name's first word: the few looked at
    for i in [k - 1 for k in lx.positions(keys, firsts) if k]:
        if keys[i] not in names or i in used:
            continue
        if i and (keys[i - 1] in names or keys[i - 1] in lx.first_name_heads()):
            continue  # a given name of two words («محمد حسین ...»): not this one alone
        if names[keys[i]] and not (i and keys[i - 1] == "و"):
            continue  # a word too («هدایت الهی», «، ستاره هلندی»): a name only in a list
        for family in families:
            j = i + 1 + len(family)
            if tuple(keys[i + 1 : j]) != family or any(k in used for k in range(i, j)):
                continue
            if "\n" in text[tokens.starts[i] : tokens.ends[j - 1]]:
                continue
            out.append(untitled_mention(tokens, text, i, j))
            used.update(range(i, j))
            break
    return out


def _listed_before(
    tokens: TokenColumns, keys: list[str], text: str, at: int, used: set[int], held: set[str]
) -> list[Mention]:
    """The given names alone that a list puts before the name at token ``at``, up to the
    first item that is none (the first item may follow a head: «پدر شهیدان رحمت‌الله»)."""
    out = []
    k = at - 1
    while k > 0 and keys[k] in _SEPARATORS:
        size = next((n for n in (2, 1) if k >= n and first_name_at(keys, k - n) == n), 0)
        s = k - size
        if not size or any(p in used for p in range(s, k)) or keys[s] in held:
            break
        if s and (keys[s - 1] in lx.first_names() or keys[s - 1] in lx.first_name_heads()):
            break  # the item is the end of a longer name
        out.append(untitled_mention(tokens, text, s, k))
        used.update(range(s, k))
        if keys[k] == "و" and (s == 0 or keys[s - 1] not in COMMAS):
            break  # «حسن و حسین رضایی»: a list of two opens at its «و»'s first item
        k = s - 1
    return out
