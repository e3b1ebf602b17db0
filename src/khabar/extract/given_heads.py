"""A given name of two words whose first word the name's span left out: «شیر | محمد
استانکزی», «آن | ماری جاسر». The tagger and the rules open the name at the word they know as
a given name («محمد», «ماری»); the word before it opens the name where the two are one given
name the lists hold written apart («شیر محمد» in ``first_names.tsv``, «آن‌ماری» in
``foreign_given_names.txt``)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention, held_tokens
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns


def with_given_heads(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each opened by the word before it where that word and the name's first
    are a given name of two words listed so: a listed given name that is no ordinary word,
    whose first word also opens it written apart, or another language's given name; the word
    is in no other mention and no title of this one."""
    taken = held_tokens(mentions)
    out = []
    for m in mentions:
        k = m.i - 1
        if m.ti == m.i and k >= 0 and k not in taken and _given_of_two(keys, k):
            span = Span(tokens.starts[k], m.span.end)
            m = Mention(k, m.j, text[span.start : span.end], [], span, span, k, m.quoted)
        out.append(m)
    return out


def _given_of_two(keys: list[str], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` are one given name («شیر محمد», «آن ماری»)."""
    if not keys[k].isalpha():
        return False
    joined = keys[k] + keys[k + 1]
    listed = lx.first_names().get(joined) is False and keys[k] in lx.first_name_heads()
    return listed or joined in lx.foreign_given_names()
