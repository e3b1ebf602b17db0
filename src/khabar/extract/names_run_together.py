"""Two persons' names run together with no comma: the full name the article gives one and the
family name alone of another («بنابر اعلام محمدرضا شهیدی‌فرد | معادی به دلیل حضور در خارج از
کشور در مراسم غایب بود», as the host announced, Maadi was abroad, after «کلیپ محمدرضا
شهیدی‌فرد به‌عنوان مجری» and «پیمان معادی برای «درخت گردو»»).

A name of three words or more ends before its last word where the words before it are the
whole of another name of the article, of two words or more, and its last word is the family
name of a third, a given name and it, with another given name: the article writes each of the
two apart, and the longer run is the two side by side.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention, ended_at
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
