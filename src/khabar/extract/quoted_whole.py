"""A name in quotation marks is all the words the marks hold.

«نضال حسین الجراد» سرکرده یکی از گروهک‌ها بود, «نور سلطان نظربایف»: the rules or the
tagger took the name without its first word, a given name no list holds. A name the news
quotes is quoted whole, so the one word between the opening mark and the name is the name's
first word. That word is no title, post, function word, verb or ordinary word, unless a
listed given name («جنگ خصوصی ماری کالوین», a film's title, and «تکرار سیدمحمد خاتمی» stay).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import glued
from khabar.extract.namewords import ordinary, rank, verb
from khabar.extract.no_name_words import known_given
from khabar.extract.people import (
    QUOTES_CLOSE,
    QUOTES_OPEN,
    Mention,
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
        if not _first_word(tokens, keys, w):
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


def _first_word(tokens: TokenColumns, keys: list[str], w: int) -> bool:
    k = keys[w]
    if not tokens.words[w].isalpha() or k in stopwords() or verb(k) or glued(tokens.words[w]):
        return False
    if rank(k) < _MOST_FREQUENT or lx.honorifics().match(keys, w) or lx.post_heads().match(keys, w):
        return False
    return known_given(k) or not ordinary(k)
