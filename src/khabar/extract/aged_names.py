"""A foreign name no list holds, given with the person's age: «به گزارش « انتخاب » ، اردال
کویومجو 44 ساله و رییس شرکت گلوبال متالورجی ...», «. بیت‌الله محسود 35 ساله ...».

News names a person it introduces with their age right after the name («X، 44 ساله»).
Two or three words that open a sentence or clause after a mark, each a rare word or a listed
given name and one at least a word the news' word list does not hold or a listed family
name, before a number in digits and «ساله» (a comma between allowed), are a person's name;
not words run together (``unlisted_given.run_together``), nor a place's, a body's or a verb.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.glued_words import glued
from khabar.extract.namewords import FREQUENT, adjective, kin, verb
from khabar.extract.people import (
    Mention,
    held_tokens,
    name_like,
    stopwords,
    untitled_mention,
    with_added,
)
from khabar.extract.unlisted_given import run_together
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import default_lexicon

_AGED = "ساله"
_LEAST, _MOST = 2, 3  # words of the name


def with_aged_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the names no rule took that a clause opens with before an age."""
    if _AGED not in lx.distinct(keys):
        return mentions  # most articles: one look-up in the article's set of keys
    used = held_tokens(mentions)
    added = []
    for a in lx.occurrences(keys, _AGED, 2):
        n = a - 1
        if not keys[n].isdigit():
            continue
        end = n - (keys[n - 1] in COMMAS)
        if _bracketed(keys, end, a):  # its place marks it a name, of one word too
            span = name_before(tokens, keys, end, byline=True, least=1)
        else:
            span = name_before(tokens, keys, end)
        if span is not None and used.isdisjoint(range(*span)):
            added.append(untitled_mention(tokens, text, *span))
            used.update(range(*span))
    return with_added(mentions, added) if added else mentions


def _bracketed(keys: list[str], end: int, aged: int) -> bool:
    """A bracket holds the words before ``end`` and the age at ``aged`` alone: an aside that
    names whom its clause describes («به اسیر چشم و دست بسته فلسطینی (ابورحمه 27 ساله) شلیک
    ...»), the name of one word to three."""
    if aged + 1 >= len(keys) or keys[aged + 1] != ")":
        return False
    return any(keys[p] == "(" for p in range(max(0, end - _MOST - 1), end - 1))


def name_before(
    tokens: TokenColumns, keys: list[str], end: int, byline: bool = False, least: int = _LEAST
) -> tuple[int, int] | None:
    """The words of a name that end before ``end`` and open their clause, or None;
    ``byline``: where the words stand marks them a name, a listed given name may stand after
    the first too, though an ordinary word («أنیس فوزی قاسم»), and rare words seen in the news
    are one («راسل برمن»); ``least``: the fewest words it may have."""
    for i in range(end - least, end - _MOST - 1, -1):
        if i < 0:
            return None
        if i > 0 and tokens.words[i - 1][0].isalpha():
            continue  # not opening a clause: a longer run of words, or none
        words = range(i, end)
        if not all(_name_word(tokens, keys, k, k == i, byline) for k in words):
            return None
        rank = default_lexicon().rank
        unseen = any(keys[k] not in rank or keys[k] in lx.family_name_words() for k in words)
        if not (byline or unseen):
            return None
        return i, end
    return None


def _name_word(
    tokens: TokenColumns, keys: list[str], k: int, first: bool, byline: bool = False
) -> bool:
    """Token ``k`` may be a word of a foreign name: letters, a rare word (or a listed given
    name opening the name, or anywhere in a ``byline``), no function word, place, body,
    verb, adjective, word of kin or words run together."""
    if not tokens.words[k].replace("\u200c", "").isalpha() or not name_like(tokens, keys, k):
        return False
    key = keys[k]
    if byline and not first and key in lx.first_names() and key not in stopwords():
        return True
    if key in stopwords() or key in lx.common_words() or verb(key) or adjective(key) or kin(key):
        return False
    if lx.places().match(keys, k) or lx.organizations().match(keys, k) or glued(tokens.words[k]):
        return False
    if first and key in lx.first_names():
        return True
    # «راسل» reads as «را» and «سل» run together: a byline's place tells it a name
    rare = default_lexicon().rank.get(key, FREQUENT) >= FREQUENT
    return rare and (byline or not run_together(key))
