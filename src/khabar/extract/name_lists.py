"""Names in a list of names whose family name is an ordinary word («بردیا خیاطیان، امید
داوری، میلاد گودرزی»): the list's other items say what it is a list of."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, LIST_SEPARATORS
from khabar.extract.glued_words import glued
from khabar.extract.namewords import kin, ordinary, titled_work, verb
from khabar.extract.no_name_words import follows_name
from khabar.extract.people import (
    QUOTES_CLOSE,
    QUOTES_OPEN,
    Mention,
    held_tokens,
    name_like,
    stopwords,
    untitled_mention,
)
from khabar.extract.unlisted_names import quoted_word
from khabar.text.segment import TokenColumns


def find_listed_names(
    tokens: TokenColumns, keys: list[str], text: str, taken: list[Mention], person_at: list[int]
) -> list[Mention]:
    """A listed given name and one word between separators, after a name found and before
    another name or a listed given name («بردیا خیاطیان، [امید داوری]، میلاد گودرزی»): the
    word is a family name, though an ordinary word («داوری») no rule takes alone.
    ``person_at``: the tokens where a person's name may start (sorted; every listed given
    name is among them)."""
    used = held_tokens(taken)
    ends = {m.j for m in taken}
    starts = {m.ti for m in taken}
    given = lx.first_names()
    n = len(tokens.words)
    out: list[Mention] = []
    for i in [i for i in person_at if keys[i] in given]:
        j = i + 2
        if j + 1 >= n or i < 2 or used.intersection(range(i, j)):
            continue
        if keys[i - 1] not in LIST_SEPARATORS or keys[j] not in LIST_SEPARATORS:
            continue
        if i - 1 not in ends or not (j + 1 in starts or keys[j + 1] in given):
            continue
        if not _family_word(tokens, keys, j - 1):
            continue
        out.append(untitled_mention(tokens, text, i, j))
        used.update(range(i, j))
    return out


_NO_CRAFT = frozenset(lx.key(w) for w in ("یکی", "یکی\u200cدیگر"))


def find_crafted_names(
    tokens: TokenColumns, keys: list[str], text: str, taken: list[Mention], person_at: list[int]
) -> list[Mention]:
    """A listed given name, no ordinary word, and one word before a comma and a craft or role
    set after names (``no_name_words.follows_name``: «داریوش فرهنگ ، بازیگر سینما و
    تلویزیون»): the apposition says the word is a family name, though an ordinary word
    («فرهنگ») no rule takes alone. Not before «یکی» (one of), which follows places as
    often («تیمور آباد، یکی از آنها بود», a village)."""
    used = held_tokens(taken)
    given = lx.first_names()
    n = len(tokens.words)
    out: list[Mention] = []
    for i in [i for i in person_at if keys[i] in given and not ordinary(keys[i])]:
        j = i + 2
        if j + 1 >= n or used.intersection(range(i, j)) or keys[j] not in COMMAS:
            continue
        if not follows_name(keys[j + 1]) or keys[j + 1] in _NO_CRAFT or keys[j - 1] in given:
            continue
        if not _family_word(tokens, keys, j - 1, verbs=False):
            continue
        out.append(untitled_mention(tokens, text, i, j))
        used.update(range(i, j))
    return out


def _family_word(tokens: TokenColumns, keys: list[str], j: int, verbs: bool = True) -> bool:
    """Token ``j`` may be a family name though an ordinary word: letters, no function word,
    verb (unless ``verbs`` is false: a comma and a craft after it say it ends no clause),
    word of kin, place or organization."""
    word = tokens.words[j]
    if not word.replace("\u200c", "").isalpha() or keys[j] in stopwords():
        return False
    if not name_like(tokens, keys, j) or (verbs and verb(keys[j])) or glued(word) or kin(keys[j]):
        return False
    return not (lx.places().match(keys, j) or lx.organizations().match(keys, j))


def with_listed_rule_names(
    rules: list[Mention], mentions: list[Mention], keys: list[str]
) -> list[Mention]:
    """A rule's name of two words or more that is an item of a list of names, between a
    person found before it and one after («حسن روشن، غلامعلی درتاج، قاسم ملاجعفری»), stands
    where the tagger cut it short or left it («غلامعلی», «اله خیری» of «ولی اله خیری»): the
    list says what its items are. ``mentions``: after the tagger (``tagged.people``)."""
    n = len(keys)
    out = list(mentions)
    for r in rules:
        if r.j - r.i < 2 or r.ti < 2 or r.j + 1 >= n:
            continue
        inside = [m for m in out if m.ti < r.j and r.ti < m.j]
        # not where the tagger's name is longer, or holds the rule's title («امیر محمد زند»)
        if any(m.ti < r.ti or m.i < r.i or m.j > r.j or (m.i, m.j) == (r.i, r.j) for m in inside):
            continue
        others = [m for m in out if m not in inside]
        before = keys[r.ti - 1] in COMMAS and any(m.j == r.ti - 1 for m in others)
        after = _next_item(keys, r.j, others)
        # the list's first name, a post before it: two names after it say it is a list
        if after and (before or (keys[r.ti - 1] in COMMAS and _next_item(keys, after.j, others))):
            out = [*others, r]
    return sorted(out, key=lambda m: m.ti) if out != mentions else mentions


def _next_item(keys: list[str], end: int, others: list[Mention]) -> Mention | None:
    """The person of ``others`` that opens past a list's separator at token ``end``."""
    if end + 1 >= len(keys) or keys[end] not in LIST_SEPARATORS:
        return None
    return next((m for m in others if m.ti == end + 1), None)


_QUOTED_MOST = 4  # words of a name in quotes


def with_quoted_list_items(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the names in quotes that stand in a list beside a person's name in
    quotes («بازگشت « بی نظیر بوتو » و « نواز شریف »»): the list says what its items are.
    Two to four words, each one a name may hold (``unlisted_names.quoted_word``), one at least
    no ordinary word. A name found in such quotes that the quotes run on past is cut short
    («و «فردین افشار | فر»»): the quoted words are the whole."""
    words, n = tokens.words, len(tokens.words)
    used = held_tokens(mentions)
    starting = {m.ti: m for m in mentions}
    found: list[Mention] = []
    cut: set[int] = set()  # the starts of the names so made whole
    for m in mentions:
        if (
            m.i < 1
            or m.j >= n
            or words[m.i - 1] not in QUOTES_OPEN
            or words[m.j] not in QUOTES_CLOSE
        ):
            continue
        items = []
        if m.j + 3 < n and words[m.j + 1] in LIST_SEPARATORS and words[m.j + 2] in QUOTES_OPEN:
            a = m.j + 3
            b = next(
                (b for b in range(a + 2, min(n, a + _QUOTED_MOST + 1)) if words[b] in QUOTES_CLOSE),
                0,
            )
            items.append((a, b))
        if m.i > 3 and words[m.i - 2] in LIST_SEPARATORS and words[m.i - 3] in QUOTES_CLOSE:
            b = m.i - 3
            a = (
                next(
                    (
                        a
                        for a in range(b - 2, max(-1, b - _QUOTED_MOST - 1), -1)
                        if words[a] in QUOTES_OPEN
                    ),
                    -1,
                )
                + 1
            )
            items.append((a, b))
        for a, b in items:
            short = starting.get(a)  # «فردین افشار» of «فردین افشار فر»
            inside = short is not None and short.i == a and a < short.j < b
            taken = used.intersection(range(short.j if inside and short else a, b))
            if not a or b - a < 2 or taken:
                continue
            if titled_work(words, keys, a, b):
                continue  # «برای بازی در فیلم «ورا دریک»، «هیلاری اسوانک» ...»: a film's
            if not all(quoted_word(tokens, keys, k) for k in range(a, b)):
                continue
            if all(keys[k] in lx.common_words() for k in range(a, b)):
                continue
            found.append(untitled_mention(tokens, text, a, b, quoted=True))
            used.update(range(a, b))
            if inside:
                cut.add(a)
    if not found:
        return mentions
    kept = [m for m in mentions if m.ti not in cut]
    return sorted([*kept, *found], key=lambda m: m.ti)
