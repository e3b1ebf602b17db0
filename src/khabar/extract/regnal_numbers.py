"""A sovereign's ordinal is part of the name: «تزار نیکولاس دوم», «ملکه الیزابت دوم», «ملک
عبدالله دوم». After a royal title (``honorifics.tsv``) the ordinal right after the name goes
with it; without one the ordinal is a rank («امیرحسین شبان دوم شد») or an item's place in a
list («محمدرضا باقرزاده اول، ...», his own family name), and stays out.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.name_edges import royal
from khabar.extract.namewords import light_verb_form, verb
from khabar.extract.people import Mention, ended_at, open_end
from khabar.text.segment import TokenColumns


def _royal_before(keys: list[str], m: Mention) -> bool:
    """A royal title opens the mention or stands right before its name or its titles."""
    return any(royal(keys, k) for k in {m.ti - 1, m.i - 1, m.i} if 0 <= k < m.j - 1)


def with_regnal_numbers(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with the ordinal after a royal title's name taken in (module docstring)."""
    n = len(keys)
    ordinals = lx.keyed_words("regnal_ordinals.txt")
    out = mentions
    for at, m in enumerate(mentions):
        j = m.j
        if j >= n or keys[j] not in ordinals or not open_end(tokens, text, m):
            continue
        if j + 1 < n and (verb(keys[j + 1]) or light_verb_form(keys[j + 1])):
            continue  # «... دوم شد»: a rank
        if not _royal_before(keys, m):
            continue
        if out is mentions:
            out = list(mentions)
        out[at] = ended_at(m, j + 1, tokens.ends[j], text)
    return out
