"""A name's last word run into a word of the text, where the article writes the name apart
elsewhere: «ابعاد و پس‌لرزه‌ای قتل فجیع رومینا اشرفیپس لرزه‌های سیاسی ...» (a heading run
into the next, «پس» of «پس‌لرزه») in an article that names «رومینا اشرفی»; «مرتضی قربانیدنیای
کفر نمی‌توانست ...» in one that names «مرتضی قربانی».

The token is no word and no name the lists hold, the letters left a word of the language of
two letters or more and no ending of family names («پور», «زاده»: «... اشرفیپور» may be a name
of its own); the other mention is the name with every other word the same. The name ends
inside the token, where the article's name does. (A word run into a name's first word, «نقش
مذهببهمن خاوری ...», is left: the name then opens past a heading, and the speakers of the
quotes after it go to him.)
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import end_of_key
from khabar.extract.namewords import RARE, SURNAME_ENDS, rank
from khabar.extract.people import Mention, ended_at
from khabar.text.segment import TokenColumns

_REST_LEAST = 2  # letters of the word run into the name's: «پس», «دنیای»
# the second words of compound family names written as one: «اشرفیپور» is no run-in
_NAME_ENDS = frozenset(SURNAME_ENDS) | {"نژاد", "فرد", "کیا", "مقدم"}


def with_glued_named(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, a name of two words or more whose last token holds the word of a name the
    article writes apart and a word run into it, cut to that name (module docstring)."""
    whole = [m.j - m.i > 1 and _whole_tokens(tokens, m) for m in mentions]
    if not any(w and _run_in(keys[m.j - 1]) for m, w in zip(mentions, whole, strict=True)):
        return mentions  # most articles
    written = {tuple(keys[m.i : m.j]) for m, w in zip(mentions, whole, strict=True) if w}
    return [
        _cut(tokens, keys, text, m, written) if w else m
        for m, w in zip(mentions, whole, strict=True)
    ]


def _whole_tokens(tokens: TokenColumns, m: Mention) -> bool:
    """``m`` spans its tokens whole, none cut inside."""
    return m.span.start == tokens.starts[m.i] and m.span.end == tokens.ends[m.j - 1]


def _cut(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    m: Mention,
    written: set[tuple[str, ...]],
) -> Mention:
    """``m`` ended where the article's name written apart ends in its last token, the longest
    such name first."""
    name = tuple(keys[m.i : m.j])
    last = m.j - 1
    if _run_in(keys[last]):
        for other in sorted(written, key=lambda o: (-len(o[-1]), o)):
            if len(other) == len(name) and other[:-1] == name[:-1] and other != name:
                rest = name[-1][len(other[-1]) :]
                if name[-1].startswith(other[-1]) and _word_run_in(rest):
                    cut = end_of_key(tokens.words[last], other[-1])
                    if cut:
                        return ended_at(m, m.j, tokens.starts[last] + cut, text)
    return m


def _run_in(key: str) -> bool:
    """A token no word of the language and no name's: two words may have run together."""
    return (
        rank(key) >= RARE
        and key not in lx.name_words()
        and key not in lx.first_names()
        and key not in lx.family_name_words()
    )


def _word_run_in(rest: str) -> bool:
    return len(rest) >= _REST_LEAST and rank(rest) < RARE and rest not in _NAME_ENDS
