"""Two full names written one after the other with nothing between them, as credits and
captions write them («دستیاران کارگردان : مهرداد حسینی‌نژاد سیاوش شهابی»): a name found as
«مهرداد حسینی‌نژاد سیاوش» ends with a given name, and a listed family name follows it; the
given name opens a second name with that family name.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention, ended_at, untitled_mention
from khabar.text.segment import TokenColumns

# a name of three words or more: a given name, a family name, then the next name's given name
_SHORTEST = 3
# words that join an Arab name's parts («محمد بن سلمان»), after which a given name goes on it
_JOINERS = frozenset(lx.key(w) for w in ("بن", "بنت", "ابن", "ابو", "ام"))


def with_run_together_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with a name that holds two full names («مهرداد حسینی‌نژاد سیاوش شهابی»)
    cut in two, and a name that runs into the next one's given name cut before it, that given
    name and the family name after it a name of their own."""
    taken = {k for m in mentions for k in range(m.i, m.j)}
    out: list[Mention] = []
    for m in mentions:
        if (k := _second_given(tokens, keys, text, m)) is not None:
            out += [
                ended_at(m, k, tokens.ends[k - 1], text),
                untitled_mention(tokens, text, k, m.j),
            ]
        elif _runs_on(tokens, keys, text, m, taken):
            out += [
                ended_at(m, m.j - 1, tokens.ends[m.j - 2], text),
                untitled_mention(tokens, text, m.j - 1, m.j + 1),
            ]
            taken.add(m.j)
        else:
            out.append(m)
    return out


def _second_given(tokens: TokenColumns, keys: list[str], text: str, m: Mention) -> int | None:
    """The token inside ``m`` that opens a second full name: a given name after a given name
    and a family name, before a listed family name, a space alone before it."""
    if m.j - m.i < 2 * _SHORTEST - 2 or keys[m.i] not in lx.first_names():
        return None
    for k in range(m.i + 2, m.j - 1):
        if _a_given_after_a_surname(keys, k) and keys[k + 1] in lx.family_name_words():
            if keys[k + 1] not in lx.first_names() and _spaced(tokens, text, k):
                return k
    return None


def _a_given_after_a_surname(keys: list[str], g: int) -> bool:
    """Token ``g`` is a given name no ordinary word or family name holds, after a word that
    is no given name («علی اکبر | ولایتی») nor a word joining an Arab name's parts."""
    given, before = keys[g], keys[g - 1]
    return (
        given in lx.first_names()
        and not lx.first_names()[given]  # no ordinary word («امید»)
        and given not in lx.family_name_words()  # «بهنام», «مالک» end names too
        and before not in lx.first_names()
        and before not in _JOINERS
    )


def _spaced(tokens: TokenColumns, text: str, k: int) -> bool:
    """A space alone parts token ``k`` from the one before it."""
    return text[tokens.ends[k - 1] : tokens.starts[k]] == " "


def _runs_on(tokens: TokenColumns, keys: list[str], text: str, m: Mention, taken: set[int]) -> bool:
    """``m`` is a given name and a family name (or more) and the next name's given name, a
    listed family name no other name holds right after it, a space alone between."""
    g, f = m.j - 1, m.j
    if m.j - m.i < _SHORTEST or f >= len(keys) or f in taken:
        return False
    return (
        _a_given_after_a_surname(keys, g)
        and keys[m.i] in lx.first_names()
        and keys[f] in lx.family_name_words()
        and keys[f] not in lx.first_names()
        and _spaced(tokens, text, f)
    )
