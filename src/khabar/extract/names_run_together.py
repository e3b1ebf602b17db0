"""Two persons' names run together with no comma: the full name the article gives one and the
family name alone of another («بنابر اعلام محمدرضا شهیدی‌فرد | معادی به دلیل حضور در خارج از
کشور در مراسم غایب بود», as the host announced, Maadi was abroad, after «کلیپ محمدرضا
شهیدی‌فرد به‌عنوان مجری» and «پیمان معادی برای «درخت گردو»»).

A name of three words or more ends before its last word where the words before it are the
whole of another name of the article, of two words or more, and its last word is the family
name of a third, a given name and it, with another given name: the article writes each of the
two apart, and the longer run is the two side by side.

A name of three words or more whose last is a listed given name no word is, after a word that
is no given name, before a word shaped like a family name and no ordinary word, is two names
side by side with no «و» (``with_given_names_parted``: «علی شامی بهنام | صفایی به مرحله دوم
رفتند»): a given name ends no name, and the family-shaped word after it is its own, but a
given name with «و» run into it, the next item of a list of given names.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import name_word
from khabar.extract.people import (
    Mention,
    ended_at,
    held_tokens,
    open_end,
    untitled_mention,
    with_added,
)
from khabar.text.segment import TokenColumns

_LEAST_WORDS = 3  # the full name of one, the family name of the other


def with_names_parted(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each name that runs another's family name on after a full name the
    article gives ended before that family name (module docstring)."""
    long = [m for m in mentions if m.j - m.i >= _LEAST_WORDS]
    if not long:
        return mentions  # most articles
    names = {tuple(keys[m.i : m.j]) for m in mentions if m.j - m.i > 1}
    # the family names of one word of the names of two, by the given names they follow (a
    # given name that is a word too among them: «پیمان معادی»)
    given = lx.first_names()
    families: dict[str, set[str]] = {}
    for m in mentions:
        if m.j - m.i == 2 and keys[m.i] in given:
            families.setdefault(keys[m.i + 1], set()).add(keys[m.i])
    out = []
    for m in mentions:
        last = keys[m.j - 1]
        if (
            m.j - m.i >= _LEAST_WORDS
            and tuple(keys[m.i : m.j - 1]) in names
            and families.get(last, set()) - {keys[m.i]}
        ):
            m = ended_at(m, m.j - 1, tokens.ends[m.j - 2], text)
        out.append(m)
    return out


def _and_given(key: str, given: dict[str, bool]) -> bool:
    """A given name with «و» (and) run into it: the next item of a list of given names, no
    family name («عَلَى لِسَانِ دَاوُودَ وَعِیسَى ابْنِ مَرْیَمَ», a verse)."""
    return key.startswith("و") and key[1:] in given


def with_given_names_parted(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each name that ends in a listed given name before a word shaped like a
    family name ended before that given name, which opens a name with the word (module
    docstring)."""
    given = lx.first_names()
    out: list[Mention] = []
    added: list[Mention] = []
    used: set[int] | None = None
    for m in mentions:
        j = m.j
        if (
            j - m.i >= _LEAST_WORDS
            and j < len(keys)
            and given.get(keys[j - 1]) is False  # listed, and no word
            and keys[j - 2] not in given
            and name_word(keys[j])
            and keys[j] not in given
            and keys[j] not in lx.common_words()
            and not _and_given(keys[j], given)
            and open_end(tokens, text, m)
        ):
            used = held_tokens(mentions) if used is None else used
            if j not in used:
                added.append(untitled_mention(tokens, text, j - 1, j + 1))
                used.add(j)
                m = ended_at(m, j - 1, tokens.ends[j - 2], text)
        out.append(m)
    return with_added(out, added) if added else out
