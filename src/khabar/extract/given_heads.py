"""A given name of two words whose first word the name's span left out: «شیر | محمد
استانکزی», «آن | ماری جاسر». The tagger and the rules open the name at the word they know as
a given name («محمد», «ماری»); the word before it opens the name where the two are one given
name the lists hold written apart («شیر محمد» in ``first_names.tsv``, «آن‌ماری» in
``foreign_given_names.txt``).

A listed given name, a word of the language too or not, that opens a sentence or an item of a
list, is the name's first word where the name the tagger took opens with a family name's word
and no given name: «...، نادر | برهانی مرند (دبیر جشنواره)، ...» («نادر», rare, stands where no
noun comes before it to qualify; «حمید قبادی، شهرام کرمی و نادر | برهانی مرند»), «محمد | بن
نایف», «امین | زاده افزود»; not «میلاد شیخ اعظم | انصاری», a sheikh's epithet past a title.

A listed given name run into «و» right after a name opens the name after it: «بهداد سلیمی
وسعید | علی حسینی», two persons joined, the second's given name glued to the «و» that joins
them.

«حاجی» right before a listed family name alone, no given name, is the family name's first part,
not a pilgrim's title: «رای قالیباف از حاجی بابایی جدی‌ترین رقیب او بیشتر است», of Hajibabaee
(a given name after it is titled so: «آقای حاجی ابوالفضل»)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import RARE, rank
from khabar.extract.people import Mention, held_tokens, opened_at
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
            m = opened_at(m, k, tokens.starts[k], text)
        out.append(m)
    return out


def _given_of_two(keys: list[str], k: int) -> bool:
    """Tokens ``k`` and ``k + 1`` are one given name («شیر محمد», «آن ماری»)."""
    if not keys[k].isalpha():
        return False
    joined = keys[k] + keys[k + 1]
    listed = lx.first_names().get(joined) is False and keys[k] in lx.first_name_heads()
    return listed or joined in lx.foreign_given_names()


# what opens an item of a list («،», «و») or a sentence before its first word
_ITEM_OPENERS = frozenset({"،", ",", "و", "؛", ";", ".", ":", "!", "؟", "?"})


def with_item_given_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each opened by a listed given name that opens a sentence or a list's item
    before it, where the name opens with a family name's word and no given name and has no
    title (module docstring)."""
    taken = held_tokens(mentions)
    out = []
    for m in mentions:
        k = m.i - 1
        if m.ti == m.i and k >= 0 and k not in taken and _item_given(tokens, keys, k):
            m = opened_at(m, k, tokens.starts[k], text)
        out.append(m)
    return out


def _item_given(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` is a listed given name opening an item, before a family name's word that
    is no given name."""
    if not tokens.words[k].isalpha() or keys[k] not in lx.first_names():
        return False
    if k and tokens.words[k - 1] not in _ITEM_OPENERS:
        return False
    first = keys[k + 1]
    return first in lx.family_name_words() and first not in lx.first_names()


_AND = "و"


def with_given_names_after_and(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each opened inside the token before it where that token is «و» run into
    a listed given name that is no word, right after another mention: «بهداد سلیمی وسعید علی
    حسینی» names «سعید علی حسینی»; not a given name of its own in «و» («ووریا غفوری»)."""
    ends = {m.j for m in mentions}
    out = []
    for m in mentions:
        k = m.i - 1
        if m.ti == m.i and k in ends and _and_given(tokens, keys, k):
            m = opened_at(m, k, tokens.starts[k] + len(_AND), text)
        out.append(m)
    return out


def _and_given(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` is «و» run into a listed given name no word is: «وسعید»."""
    key = keys[k]
    if not key.startswith(_AND) or not tokens.words[k].startswith(_AND):
        return False
    if not tokens.words[k].isalpha() or key in lx.first_names() or rank(key) < RARE:
        return False
    return lx.first_names().get(key[len(_AND) :]) is False


_HAJI = "حاجی"


def with_haji_family_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each of a listed family name alone right after «حاجی», opened at
    «حاجی»: the family name's first part (module docstring)."""
    out = []
    for m in mentions:
        k = m.i - 1
        if m.j - m.i == 1 and m.ti <= k and keys[k] == _HAJI and _family_alone(keys[m.i]):
            span = Span(tokens.starts[k], m.span.end)
            full = Span(m.full.start, m.span.end)
            titles = m.titles[:-1] if m.titles and lx.key(m.titles[-1]) == _HAJI else m.titles
            m = Mention(k, m.j, text[span.start : span.end], titles, span, full, m.ti, m.quoted)
        out.append(m)
    return out


def _family_alone(key: str) -> bool:
    return key in lx.family_name_words() and key not in lx.first_names()
