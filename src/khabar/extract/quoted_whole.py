"""A name in quotation marks is all the words the marks hold.

«نضال حسین الجراد» سرکرده یکی از گروهک‌ها بود, «نور سلطان نظربایف»: the rules or the
tagger took the name without its first word, a given name no list holds. A name the news
quotes is quoted whole, so the one word between the opening mark and the name is the name's
first word. That word is no title, post, function word, verb or ordinary word, unless a
listed given name («جنگ خصوصی ماری کالوین», a film's title, and «تکرار سیدمحمد خاتمی» stay),
or a rare word before a given name and a family name: the first part of a given name of two
(«ناز محمد واحدی»). So the one word between a name and the closing mark is its last word,
where the mark opens right before the name («مهدی افشار قهرمانی», "سعد مصطفی ذره"): a word
of a family name's shape or a rare one, no place, adjective, verb or post; an ordinary word
only after a given name («سندرم زجر تنفسی حاد» stays).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.family_continued import name_end_word
from khabar.extract.glued_words import glued
from khabar.extract.namewords import FREQUENT, adjective, ordinary, rank, shaped, verb
from khabar.extract.no_name_words import known_given
from khabar.extract.people import (
    QUOTES_CLOSE,
    QUOTES_OPEN,
    Mention,
    ended_at,
    first_name_at,
    held_tokens,
    opened_at,
    stopwords,
)
from khabar.text.segment import TokenColumns

_MOST_FREQUENT = 1000  # the ranks of the words that never open a name


def with_quoted_first_words(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with the one word between an opening quotation mark and a name that the
    closing mark ends taken in."""
    taken = held_tokens(mentions)
    out: list[Mention] = []
    for m in mentions:
        w = m.i - 1
        if m.ti != m.i or w < 1 or w in taken or not _quoted(tokens, m, w):
            out.append(m)
            continue
        if not _first_word(tokens, keys, w, m):
            out.append(m)
            continue
        out.append(opened_at(m, w, tokens.starts[w], text))
    return out


def _quoted(tokens: TokenColumns, m: Mention, w: int) -> bool:
    """The name and the word before it are all the words of a quotation."""
    words = tokens.words
    return (
        words[w - 1] in QUOTES_OPEN
        and m.j < len(words)
        and words[m.j] in QUOTES_CLOSE
        and m.span.end == tokens.ends[m.j - 1]
    )


def _first_word(tokens: TokenColumns, keys: list[str], w: int, m: Mention) -> bool:
    k = keys[w]
    if not tokens.words[w].isalpha() or k in stopwords() or verb(k) or glued(tokens.words[w]):
        return False
    if rank(k) < _MOST_FREQUENT or lx.honorifics().match(keys, w) or lx.post_heads().match(keys, w):
        return False
    if known_given(k) or not ordinary(k):
        return True
    # a rare word before a listed given name and a family name is the first part of a given
    # name of two («ناز محمد واحدی», «نازمحمد»); a frequent one is the title's («تکرار
    # سیدمحمد خاتمی»)
    full = m.j - m.i >= 2 and first_name_at(keys, m.i) == 1
    return full and rank(k) >= FREQUENT and not adjective(k)


def with_quoted_last_words(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` of two words or more, which a quotation mark opens right before, with
    the one word between the name and the closing mark taken in («مهدی افشار قهرمانی»,
    "سعد مصطفی ذره")."""
    taken: set[int] | None = None  # made for the few names in quotes
    out: list[Mention] = []
    for m in mentions:
        w = m.j
        if m.j - m.i < 2 or w + 1 >= len(keys) or not _quoted_before(tokens, text, m):
            out.append(m)
            continue
        taken = held_tokens(mentions) if taken is None else taken
        if w in taken:
            out.append(m)
            continue
        if tokens.words[w + 1] not in QUOTES_CLOSE or not _last_word(tokens, keys, m, w):
            out.append(m)
            continue
        out.append(ended_at(m, w + 1, tokens.ends[w], text))
    return out


def _quoted_before(tokens: TokenColumns, text: str, m: Mention) -> bool:
    """A quotation mark opens right before the name or its titles, and a space alone parts
    the name from the word after it."""
    w = m.j
    if m.span.end != tokens.ends[w - 1] or text[tokens.ends[w - 1] : tokens.starts[w]] != " ":
        return False
    return m.ti > 0 and tokens.words[m.ti - 1] in QUOTES_OPEN


def _last_word(tokens: TokenColumns, keys: list[str], m: Mention, w: int) -> bool:
    """Token ``w`` may be the name's last word: no place, adjective or given name (of a
    second person), and what ``name_end_word`` allows, or a listed family name of its shape
    however frequent the word («قهرمانی»)."""
    k = keys[w]
    if lx.places().match(keys, w) or adjective(k) or k in lx.first_names():
        return False
    if ordinary(k) and not first_name_at(keys, m.i):
        return False  # «سندرم زجر تنفسی حاد»: an ordinary word ends a given name's name only
    if name_end_word(tokens, keys, w):
        return True
    if k in stopwords() or verb(k) or lx.post_heads().match(keys, w):
        return False
    return k in lx.family_name_words() and shaped(k) and tokens.words[w].isalpha()
