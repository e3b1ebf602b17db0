"""A government named by its head's family name where the article never names him in full:
«در چهار سال نخست دولت روحانی ...», «دولت آقای روحانی که با کمک جریان اصلاح‌طلب ...».

The heads of Iran's governments whose family names are words too («روحانی», a cleric) are
left out of the figures read anywhere (``national_figures.tsv``); right after «دولت» or
«کابینه» the word can be nothing but the name (``government_heads.txt``). One named in full
is found by ``surname_mentions._led_by`` as well; this finds the others.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention, held_tokens, untitled_mention, with_added
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_LED = frozenset(lx.key(w) for w in ("دولت", "کابینه"))
_MISTER = lx.key("آقای")


def with_led_governments(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the heads named by family name after «دولت» or «کابینه»."""
    heads = lx.keyed_words("government_heads.txt")
    at = [k for k in lx.positions(keys, heads) if k > 0]
    if not at:
        return mentions  # most articles
    used = held_tokens(mentions)
    added: list[Mention] = []
    for k in at:
        before = k - 1 if keys[k - 1] != _MISTER else k - 2
        if before < 0 or keys[before] not in _LED or k in used:
            continue
        m = untitled_mention(tokens, text, k, k + 1)
        if before == k - 2:  # the title is the name's, so that the body «دولت آقای X» holds it
            full = Span(tokens.starts[k - 1], m.span.end)
            m = Mention(k, k + 1, m.name, [tokens.words[k - 1]], m.span, full, k - 1)
        added.append(m)
        used.update(range(m.ti, k + 1))
    return with_added(mentions, added) if added else mentions
