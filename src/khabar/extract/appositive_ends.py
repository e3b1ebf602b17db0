"""A name's last word left out before the post set off after it.

«محمدصادق جوادی حصار، عضو شورای مرکزی حزب اعتماد ملی», «ژنرال مارک الکساندر میلی، رئیس
ستاد مشترک»: the rules or the tagger took the name without its last word, an ordinary word
or one no list holds. A post after a comma is said of the whole name before it, so the one
word between the name and the comma is the name's last word. That word is no function word,
verb, post, title, place or frequent word («علی لاریجانی امروز، رئیس مجلس» stays).

A Turkic first part of a family name written apart («قره», black) ends no name either: the
word after it is the name's («منصور جباری قره باغ»); nor does an Arab name of lineage before
«آل» and its house's name written apart («محمد بن عبد الرحمان آل ثانی»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.family_continued import name_end_word
from khabar.extract.namewords import LINEAGE
from khabar.extract.people import Mention, ended_at, open_end
from khabar.text.segment import TokenColumns

# «پسر» and «پدر» (junior, senior) are left out: «زمانی که جورج بوش پسر، رئیس جمهوری اسبق
# ... ایران را محور شرارت نامید، تهران دانست که ... خواهند شد» then gave Bush the clause of
# «تهران دانست» as his quote and commitment (fourth judged commitments sample)
_KIN = frozenset({"پسر", "پدر"})


def with_appositive_ends(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with the word between a name of two words or more and a post after a
    comma taken in."""
    taken = {k for m in mentions for k in range(m.i, m.j)}
    longer: set[tuple[str, ...]] = set()  # the names so ended, their last word with them
    for m in mentions:
        w = m.j
        if m.j - m.i < 2 or w + 2 >= len(keys) or w in taken or not _post_after(keys, w + 1):
            continue
        if open_end(tokens, text, m) and _last_word(tokens, keys, w):
            longer.add(tuple(keys[m.i : w + 1]))
    if not longer:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        w = m.j
        # the same name cut short elsewhere in the article, its last word after it again
        # («محمد صادق جوادی حصار شورای عالی سیاست‌گذاری ... »)
        if (
            w >= len(keys)
            or tuple(keys[m.i : w + 1]) not in longer
            or not open_end(tokens, text, m)
        ):
            out.append(m)
            continue
        out.append(ended_at(m, m.j + 1, tokens.ends[m.j], text))
    return out


def _post_after(keys: list[str], k: int) -> bool:
    """Token ``k`` is a comma a post follows: «، رئیس ستاد مشترک», «، عضو شورای مرکزی»."""
    return keys[k] == "،" and lx.post_heads().match(keys, k + 1) is not None


def _last_word(tokens: TokenColumns, keys: list[str], w: int) -> bool:
    """Token ``w`` may end a name before its post: no kin word or place."""
    if keys[w] in _KIN or lx.places().match(keys, w):
        return False
    return name_end_word(tokens, keys, w)


# Turkic first parts of a family name or a place's name written apart: «قره» (black), «قزل»
# (red), «آق» (white) end no name, the word after them is its part («منصور جباری قره باغ»)
_BOUND = frozenset(lx.key(w) for w in ("قره", "قزل", "آق"))


def with_bound_parts(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` of two words or more that end in a bound first part («قره»), the word
    after it taken in, and those of lineage before «آل» written apart, it and the house's name
    taken in."""
    out: list[Mention] = []
    for m in mentions:
        w = m.j
        bound = m.j - m.i >= 2 and keys[m.j - 1] in _BOUND and w < len(keys)
        # «آل‌» (the house of) opens a family name after a given name: «سیدمحمدعلی آل‌هاشم»,
        # «یحیی آل‌اسحاق»
        bound = bound or (
            w < len(keys)
            and tokens.words[w].startswith("آل\u200c")
            and keys[m.j - 1].removeprefix("سید") in lx.first_names()
        )
        if bound and open_end(tokens, text, m) and _word(tokens.words[w]):
            out.append(ended_at(m, m.j + 1, tokens.ends[m.j], text))
        elif _clan_after_lineage(tokens, keys, m) and open_end(tokens, text, m):
            out.append(ended_at(m, m.j + 2, tokens.ends[m.j + 1], text))
        else:
            out.append(m)
    return out


_CLAN = lx.key("آل")  # the house of: its name follows, written apart


def _clan_after_lineage(tokens: TokenColumns, keys: list[str], m: Mention) -> bool:
    """An Arab name of lineage («X بن Y», «بن» and the father's name in it) ends before «آل»
    written apart and the house's name: the two words are its family name, which news
    writes alone after it («محمد بن عبد الرحمان | آل ثانی، معاون نخست وزیر ...» ...
    «همچنین آل ثانی تاکید کرد»; «خالد بن خلیفه بن عبدالعزیز | آل ثانی تحصیلکرده ...»)."""
    w = m.j
    if w + 1 >= len(keys) or keys[w] != _CLAN or not _word(tokens.words[w + 1]):
        return False
    return any(keys[k] in LINEAGE for k in range(m.i + 1, m.j - 1))


def _word(word: str) -> bool:
    return word.replace("\u200c", "").isalpha()
