"""Names as the article writes them longer elsewhere: the word before or after a name that
the article writes with it most times, or that another mention takes in.

«محمدصادق جوادی حصار، روزنامه‌نگار ...» ... «به گزارش روز نو :محمدصادق جوادی حصار درباره
...» ... «نقطه‌نظرهای جوادی حصار»: the rules and the tagger stop before «حصار», a word of the
language, at each mention; the article writing the name with it each time says it is the
name's. Such a word is a listed family name's or a rare one, no function word, verb, post,
title, place, adjective or given name; a word written before a family name alone each time
is a foreign given name («دراگان اسکوچیچ») or the opening of a family name written apart
(«پور سید آقایی»). The judged samples' persons cut short so, and all shared news, read.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.family_continued import name_end_word
from khabar.extract.foreign_surnames import foreign_shaped
from khabar.extract.glued_words import glued
from khabar.extract.namewords import RARE, adjective, rank
from khabar.extract.people import (
    Mention,
    ended_at,
    first_name_at,
    held_tokens,
    open_end,
    opened_at,
)
from khabar.extract.registry import LINEAGE
from khabar.text.segment import TokenColumns


def with_names_written_longer(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` as the article writes their names longer elsewhere: before the word
    another mention takes in with them («شیخ راغب حرب و حاج عماد مغنیه» ... «خون شیخ راغب
    حرب»), after the word written before them most times they are written
    (``_opened_as_written``), and a full name with the word the article writes after it most
    times it writes it, twice or more («محمدصادق جوادی حصار، روزنامه‌نگار ...» ... «به گزارش
    روز نو :محمدصادق جوادی حصار درباره ...»), the family name alone before that word too
    («نقطه‌نظرهای جوادی حصار»). A full name the article writes once with the word, or as often
    without it («علی احمدی بعدازظهر ...», «علی احمدی در ...»), stays as it is; so does one
    before a word of the language («سلمان رشدی مرتد نویسنده ...», twice so)."""
    mentions = _as_written_longer(tokens, keys, text, mentions)
    mentions = _opened_as_written(tokens, keys, text, mentions)
    ends: dict[tuple[str, ...], str] = {}  # a name -> the word after it
    for m in mentions:
        w = m.j
        if m.ti != m.i or w >= len(keys) or not _twice_word(tokens, keys, w):
            continue
        given = first_name_at(keys, m.i)
        if not given or m.j - m.i <= given or not open_end(tokens, text, m):
            continue
        name = tuple(keys[m.i : m.j])
        if LINEAGE.intersection(name) or keys[w] == _CLAN:
            continue  # «محمد بن سعد | آل سعود»: a clan's name goes on past its «آل»
        ends[name] = keys[w] if ends.get(name, keys[w]) == keys[w] else ""
    ends = {name: word for name, word in ends.items() if word}
    if not ends:
        return mentions
    longer = {  # a name -> its family name
        name: name[first_name_at(keys, written[0]) :]
        for name, written in _mostly_beside(keys, ends, after=True).items()
    }
    if not longer:
        return mentions
    families = {family: name for name, family in longer.items()}
    out = []
    for m in mentions:
        name = tuple(keys[m.i : m.j])
        full = name in longer or (m.ti == m.i and name in families)
        word = ends[name] if name in longer else ends[families[name]] if full else ""
        w = m.j
        if full and w < len(keys) and keys[w] == word and open_end(tokens, text, m):
            m = ended_at(m, w + 1, tokens.ends[w], text)
        out.append(m)
    return out


def _as_written_longer(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` before the word that another mention of the article writes them with,
    written apart or as one, taken in: «شیخ راغب حرب و حاج عماد مغنیه» ... «خون شیخ راغب |
    حرب ما را», «آقای محمدرضا خاتمی در ...» ... «آقای محمد رضا | خاتمی اخیرا ...»."""
    longer = [m for m in mentions if m.j - m.i >= 2]
    if not longer:
        return mentions
    lasts = {keys[m.j - 1] for m in longer}  # most mentions are before none of these
    names = {"".join(keys[m.i : m.j]) for m in longer}
    out = []
    for m in mentions:
        w = m.j
        if (
            w < len(keys)
            and keys[w] in lasts
            and "".join(keys[m.i : w + 1]) in names
            and open_end(tokens, text, m)
            and keys[w] not in lx.first_names()
            and name_end_word(tokens, keys, w, False)
        ):
            m = ended_at(m, w + 1, tokens.ends[w], text)
        out.append(m)
    return out


def _opened_as_written(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` of an untitled name with the word the article writes before it most
    times it writes it, twice or more, taken in: a foreign given name before a family name
    alone («بعد از انتخاب دراگان اسکوچیچ» ... «با تایید دراگان اسکوچیچ»), the opening of a
    family name written apart («پور سید آقایی» of «پورسیدآقایی»)."""
    opening = [m for m in mentions if m.ti == m.i and m.i and _opening_word(tokens, keys, m)]
    if not opening:
        return mentions  # most names follow words of the language
    taken = held_tokens(mentions)
    before: dict[tuple[str, ...], str] = {}  # a name -> the word before it
    for m in opening:
        w = m.i - 1
        if w in taken or text[tokens.ends[w] : tokens.starts[m.i]] != " ":
            continue
        name = tuple(keys[m.i : m.j])
        before[name] = keys[w] if before.get(name, keys[w]) == keys[w] else ""
    before = {name: word for name, word in before.items() if word}
    if not before:
        return mentions
    opened = _mostly_beside(keys, before, after=False).keys()
    out = []
    for m in mentions:
        w = m.i - 1
        if w >= 0 and tuple(keys[m.i : m.j]) in opened and m.ti == m.i and w not in taken:
            if keys[w] == before[tuple(keys[m.i : m.j])]:
                m = opened_at(m, w, tokens.starts[w], text)
        out.append(m)
    return out


def _mostly_beside(
    keys: list[str], words: dict[tuple[str, ...], str], after: bool
) -> dict[tuple[str, ...], list[int]]:
    """The names of ``words`` the article writes with their word right after them (right
    before, unless ``after``) twice or more and most times it writes them, each with the
    tokens where it is written."""
    at: dict[str, list[int]] = {name[0]: [] for name in words}
    for p in lx.positions(keys, at.keys()):
        at[keys[p]].append(p)
    found = {}
    for name, word in words.items():
        written = [p for p in at[name[0]] if tuple(keys[p : p + len(name)]) == name]
        beside = [p + len(name) if after else p - 1 for p in written]
        so = sum(0 <= k < len(keys) and keys[k] == word for k in beside)
        if so >= 2 and 2 * so > len(written):
            found[name] = written
    return found


_OPENS_APART = frozenset({"پور"})  # «پور سید آقایی»: the news writes it apart


def _opening_word(tokens: TokenColumns, keys: list[str], m: Mention) -> bool:
    """The token before ``m`` may open its name: the opening of a family name written
    apart («پور»), or before a family name alone a foreign given name, listed or a word no list
    holds and no Persian word with its endings («دراگان اسکوچیچ»; not «ائتلاف سائرون», «ابقای
    عادل عبدالمهدی», «اعتبارنامه حسن کامران»)."""
    w = m.i - 1
    k = keys[w]
    if k in _OPENS_APART:
        return True
    if m.j - m.i != 1:
        return False
    foreign = k in lx.foreign_given_names() or k in lx.more_given_names()
    if not foreign and rank(k) != RARE:
        return False  # most words before a name are the language's
    if not tokens.words[w].isalpha() or glued(tokens.words[w]):
        return False
    return foreign or foreign_shaped(tokens, keys, w)


def _twice_word(tokens: TokenColumns, keys: list[str], w: int) -> bool:
    """Token ``w`` may end a name the article writes twice with it: a listed family name's
    word or a rare one («حصار»; not «مرتد» of «سلمان رشدی مرتد نویسنده ...», «منتخب», «پسر»,
    «آل», however often written so), no given name (of a second person), place or adjective,
    and what ``name_end_word`` allows."""
    k = keys[w]
    if k not in lx.family_name_words() and rank(k) < _RARE_RANK:
        return False
    if k in lx.first_names() or lx.places().match(keys, w) or adjective(k):
        return False
    return name_end_word(tokens, keys, w)


_CLAN = lx.key("آل")  # the house of: opens a family name, ends none
_RARE_RANK = 15000  # past this rank of the news' word list a word is no ordinary one
