"""Names in quotes set side by side, each before its post: «با « نبیه بری » رئیس مجلس ، « تمام
سلام » نخست‌وزیر و « جبران باسیل » همتای لبنانی خود دیدار ...», «« ولید جنبلاط » رئیس حزب
... ، « سعدالحریری » رئیس حزب جریان المستقبل و « سامی الجمیل » رئیس حزب الکتائب».

``find_quoted_names`` takes a name in quotes of two words or more, one of them no ordinary
word; a name of ordinary words («تمام سلام») or one word («سعدالحریری») it leaves, as a
title in quotes may be such. Where two persons named in quotes before a post stand in the
same sentence, the quotes before a post between and beside them are a list of persons, and
such a name is one of them. A part played or a film directed stands for the post in a list of
nominees («2- در بخش بهترین بازیگر مرد: «خاویر باردم» برای بازی در فیلم «دریای درون»، «دان
چیدل» برای بازی در فیلم «هتل رواندا»، ...»): what acted or directed a work is a person.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import QUOTES_CLOSE, Mention, held_tokens, untitled_mention
from khabar.extract.unlisted_names import apposed_after, quoted_no_name, quoted_word
from khabar.text.segment import TokenColumns

_MOST = 4  # words of a name in quotes
_LEAST_PERSONS = 2  # quoted persons before a post in the sentence
_SENTENCE_ENDS = frozenset(".!?؟")
# a work played in or directed, after «برای بازی در» or «برای کارگردانی»
_WORKS = frozenset(map(lx.key, ("فیلم", "سریال", "نمایش", "تئاتر")))


def quoted_siblings(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention], opening: list[int]
) -> list[Mention]:
    """The names in quotes before a post that stand in a sentence with two persons or more
    named so (``mentions``), and no rule took; ``opening``: the tokens opening a quotation."""
    items = _quoted_before_posts(tokens, keys, opening)
    if len(items) <= _LEAST_PERSONS:
        return []  # most articles: fewer quotes before a post than a list needs
    whole = {(m.i, m.j) for m in mentions}
    held = held_tokens(mentions)
    out: list[Mention] = []
    for group in _by_sentence(tokens.words, items):
        if sum((i, j) in whole for i, j in group) < _LEAST_PERSONS:
            continue
        for i, j in group:
            if held.intersection(range(i, j)) or not _may_name(tokens, keys, i, j):
                continue
            out.append(untitled_mention(tokens, text, i, j, quoted=True))
    return out


def _quoted_before_posts(
    tokens: TokenColumns, keys: list[str], opening: list[int]
) -> list[tuple[int, int]]:
    """The words ``[i, j)`` of each quotation of one to four words a post follows."""
    words, n = tokens.words, len(tokens.words)
    out: list[tuple[int, int]] = []
    for o in opening:
        close = next(
            (c for c in range(o + 2, min(n, o + _MOST + 2)) if words[c] in QUOTES_CLOSE), None
        )
        if close is None:
            continue
        if apposed_after(words, keys, close) or _role_after(keys, close):
            out.append((o + 1, close))
    return out


def _role_after(keys: list[str], close: int) -> bool:
    """«برای بازی در فیلم» or «برای کارگردانی فیلم» right after the quotation closing at token
    ``close``: the part of a nominee in a list, as a post is an official's."""
    role = keys[close + 1 : close + 5]
    if role[:2] == ["برای", "کارگردانی"]:
        return role[2:3] != [] and role[2] in _WORKS
    return role[:3] == ["برای", "بازی", "در"] and role[3:4] != [] and role[3] in _WORKS


def _by_sentence(words: list[str], items: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``items`` (in order) grouped by the sentence they stand in."""
    groups: list[list[tuple[int, int]]] = []
    for item in items:
        if groups and _SENTENCE_ENDS.isdisjoint(words[groups[-1][-1][1] : item[0]]):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def _may_name(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """Words in quotes that may be a name no list tells: no given name opens them; a name's
    words, but one a function word of letters beside them («تمام سلام»), no title of a work,
    no source cited, no place named after someone («دانشگاه "جورج تاون"»), no initials."""
    if keys[i] in lx.first_names() or keys[i] in lx.more_given_names():
        return False  # «« محمد جواد ظریف »»: a given name's, the tagger's and other rules' to read
    named = [quoted_word(tokens, keys, k) for k in range(i, j)]
    if not (all(named) or (any(named) and all(_plain(tokens, keys, k) for k in range(i, j)))):
        return False
    return not quoted_no_name(tokens.words, keys, i, j)


def _plain(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """A word of letters that opens no place or body: a function word may be a name's."""
    places, orgs = lx.places(), lx.organizations()
    return (
        tokens.words[k].isalpha() and places.match(keys, k) is None and orgs.match(keys, k) is None
    )
