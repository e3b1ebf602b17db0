"""A family name longer than the rules or the tagger took it, as the article writes it again.

«محمد حسن اکبری مطلق در نشست ...» ... «اکبری مطلق به مواد اجرایی ... اشاره کرد»: the word
after a name found with its given name («مطلق») is the family name's last word when the
article opens a subject with the family name and that word again. Such a word is no
function word, verb, post or title, and no frequent ordinary word («امروز» of «ظریف امروز»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import glued
from khabar.extract.namewords import family_word, ordinary, rank, verb
from khabar.extract.people import Mention, first_name_at, post_boundaries, stopwords
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_MOST_FREQUENT = 1000  # the ranks of the words that are never a family name's last one


def with_continued_family_names(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    sentence_starts: set[int],
) -> list[Mention]:
    """``mentions`` with the family names the article writes longer taken whole; a mention
    of the word taken in («زاد منصور» of «حمید حاجی زاد منصور») gives way."""
    longer: dict[int, Mention] = {}
    for n, m in enumerate(mentions):
        given = first_name_at(keys, m.i)
        w = m.j
        if not given or m.j - m.i <= given or w >= len(keys) or not _last_word(tokens, keys, w):
            continue
        if m.span.end != tokens.ends[m.j - 1] or text[tokens.ends[w - 1] : tokens.starts[w]] != " ":
            continue  # a glued end, or the word after a mark or on the next line
        family = keys[m.i + given : w + 1]
        if not any(
            keys[p : p + len(family)] == family and _subject(tokens, keys, p, sentence_starts)
            for p in range(len(keys) - len(family) + 1)
            if p != m.i + given
        ):
            continue
        span = Span(m.span.start, tokens.ends[w])
        full = Span(m.full.start, span.end)
        longer[n] = Mention(m.i, w + 1, text[span.start : span.end], m.titles, span, full, m.ti)
    if not longer:
        return mentions
    family_at: set[int] = set()  # the tokens of the longer family names, wherever written
    for m in longer.values():
        family = keys[m.i + first_name_at(keys, m.i) : m.j]
        for p in range(len(keys) - len(family) + 1):
            if keys[p : p + len(family)] == family:
                family_at.update(range(p, p + len(family)))
    out = []
    for n, m in enumerate(mentions):
        if n in longer:
            out.append(longer[n])
        elif family_at.isdisjoint(range(m.i, m.j)):
            out.append(m)
    return out


def _last_word(tokens: TokenColumns, keys: list[str], w: int) -> bool:
    """Token ``w`` may end a family name: a word, no function word, verb, post, title or
    reporting verb, and no frequent ordinary word."""
    k = keys[w]
    if not tokens.words[w][0].isalpha() or k in stopwords() or k in post_boundaries():
        return False
    if verb(k) or glued(tokens.words[w]) or rank(k) < _MOST_FREQUENT:
        return False
    if lx.post_heads().match(keys, w) or lx.honorifics().match(keys, w):
        return False
    if lx.reporting_verbs().match(keys, w):
        return False
    return family_word(tokens.words[w]) and (k in lx.family_name_words() or not ordinary(k))


def _subject(tokens: TokenColumns, keys: list[str], p: int, sentence_starts: set[int]) -> bool:
    """Token ``p`` opens a sentence or follows a mark: a subject's place."""
    return p in sentence_starts or (p > 0 and not tokens.words[p - 1][0].isalpha())
