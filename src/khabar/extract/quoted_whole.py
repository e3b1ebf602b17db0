"""A name in quotation marks is all the words the marks hold.

«نضال حسین الجراد» سرکرده یکی از گروهک‌ها بود, «نور سلطان نظربایف»: the rules or the
tagger took the name without its first word, a given name no list holds. A name the news
quotes is quoted whole, so the one word between the opening mark and the name is the name's
first word. That word is no title, post, function word, verb or ordinary word, unless a
listed given name («جنگ خصوصی ماری کالوین», a film's title, and «تکرار سیدمحمد خاتمی» stay),
or a rare word before a given name and a family name: the first part of a given name of two
(«ناز محمد واحدی»).

So too at the name's end: a name of two words or more that opens with a listed given name right
after the opening mark goes on to the closing mark one or two words after it, where those
words are a family name's: each a listed family name's word or shaped like one and no ordinary
word, the last one so too («رتبه سوم: «مهدی افشار قهرمانی» برای نگارش نمایشنامه ...»,
«علی‌اصغر اظهاری خوش کار»; not «هاشمی بدون روتوش», a book, nor «تاجگردون و حسنوند»).
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
_LAST_WORDS = 2  # words between a name and the closing mark that may be its last


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
    """``mentions`` with the words of a family name between a quoted name and the closing
    mark taken in (module docstring)."""
    taken = held_tokens(mentions)
    out: list[Mention] = []
    for m in mentions:
        close = _closing_after(tokens, keys, m, taken)
        if close:
            m = ended_at(m, close, tokens.ends[close - 1], text)
        out.append(m)
    return out


def _closing_after(tokens: TokenColumns, keys: list[str], m: Mention, taken: set[int]) -> int:
    """The closing mark's token one or two words after ``m``, whose name fills the quotes
    but for a family name's words; 0 where none."""
    words = tokens.words
    if m.j - m.i < 2 or m.ti < 1 or words[m.ti - 1] not in QUOTES_OPEN:
        return 0
    if keys[m.i] not in lx.first_names() or m.span.end != tokens.ends[m.j - 1]:
        return 0
    if m.j >= len(words) or words[m.j] in QUOTES_CLOSE:
        return 0
    for close in range(m.j + 1, min(m.j + _LAST_WORDS, len(words) - 1) + 1):
        if words[close] in QUOTES_CLOSE:
            rest = range(m.j, close)
            if any(k in taken for k in rest):
                return 0
            if all(_family_word(tokens, keys, k) for k in rest):
                return close
            # one word, ordinary or frequent but no place, adjective or post: "سعد مصطفی ذره"
            return close if close == m.j + 1 and _last_word(tokens, keys, m.j) else 0
    return 0


def _family_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` is a family name's word: listed, or shaped like one and no ordinary word;
    no function word, verb, title or post."""
    key = keys[k]
    if not tokens.words[k].isalpha() or key in stopwords() or verb(key) or glued(tokens.words[k]):
        return False
    if lx.honorifics().match(keys, k) or lx.post_heads().match(keys, k):
        return False
    return key in lx.family_name_words() or (shaped(key) and not ordinary(key))


def _last_word(tokens: TokenColumns, keys: list[str], w: int) -> bool:
    """Token ``w``, the one word before the closing mark after a given name's name, may be
    its last: no place, adjective or given name (of a second person), and what
    ``name_end_word`` allows."""
    k = keys[w]
    if lx.places().match(keys, w) or adjective(k) or k in lx.first_names():
        return False
    return tokens.words[w].isalpha() and name_end_word(tokens, keys, w)
