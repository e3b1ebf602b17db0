"""The names of a film's credits that neither a rule nor the tagger took: «به کارگردانی گرگ
برلانتی محصول سال 2018», «به نویسندگی بکی آلبرتالی», «مقابل دوربین جان گالسرین بازی
کردند», «سین آلبرتسون، مت چسه ... موسیقی این اثر را تدوین کردند».

A credit names people where the cue's place says so, whatever words they hold: foreign names
of ordinary words («گرگ», «جان») or none any list holds («ماسانوبو تاکایاناگی»). Two places:

* after a credit's noun opened by «به» or chained by «و» («به کارگردانی», «و تهیه‌کنندگی»)
  and after «مقابل دوربین» (``credit_cues.txt``), a list of names up to the word that ends it;
* before a work's credit, «(موسیقی متن) این فیلم را ...», «در این فیلم مقابل دوربین ...»,
  a list of names that opens its sentence or follows «و».

An item is two to four words a name may hold (letters, no function word, verb or post), of a
name's words (``list_items.name_words``) or opened by a given name, no body's nor a place's
whole name, up to a separator («،», «,», «و») or the words that end a credit («محصول»,
«ساخته», «بازی»).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import LIST_SEPARATORS
from khabar.extract.list_items import name_words
from khabar.extract.name_verbs import verb_word
from khabar.extract.namewords import light_verb, verb
from khabar.extract.people import (
    QUOTES_CLOSE,
    QUOTES_OPEN,
    Mention,
    first_name_at,
    held_tokens,
    post_boundaries,
    stopwords,
    with_added,
)
from khabar.extract.tagged_entities import KIND_WORDS
from khabar.lexicon import words
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_LEAST, _MOST = 2, 4  # words of a credited name
# the words a credited name ends before, besides a function word or a sign
_ENDS = frozenset({"محصول", "ساخته", "بازی", "ساخت", "ساختند", "تدوین", "موسیقی"})
# «مشترک» after the noun: «به کارگردانی مشترک مدریک پروست، روخ تاست»
_JOINT = "مشترک"
# a work the credit is of, after «این»: «این فیلم را», «در این اثر»
_WORKS = frozenset({"فیلم", "اثر", "سریال", "مستند", "انیمیشن", "نمایش"})
_WORK_OPENERS = frozenset({"موسیقی", "در", "این"})


@cache
def _cues() -> tuple[tuple[str, ...], ...]:
    """The cues of ``credit_cues.txt``, keyed, a ZWNJ's word written apart as well."""
    cues = words("credit_cues.txt")
    keyed = {lx.phrase_keys(w) for c in cues for w in (c, c.replace("\u200c", " "))}
    return tuple(sorted(keyed, key=len, reverse=True))


def with_credited_names(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    sentences: list[tuple[int, int]],
    opens: list[int] | None = None,
) -> list[Mention]:
    """``mentions`` and the names of the credits no one found; ``opens``: the tokens whose
    keys may open a cue or a work's credit (``credit_heads``), when already found
    (``triggers.CREDIT``)."""
    used = held_tokens(mentions)
    added: list[Mention] = []
    # only those tokens are looked at
    if opens is None:
        heads = credit_heads()
        opens = [k for k, key in enumerate(keys) if key in heads]
    openings = _cue_openings()
    for a, b in sentences:
        items: list[tuple[int, int]] = []
        for k in opens[bisect_left(opens, a) : bisect_left(opens, b)]:
            # most of these words («به», «در», «این») open neither: two set look-ups, no call
            if tuple(keys[k : k + 2]) in openings and (cue := _cue_at(keys, k)):
                items += _items_after(tokens, keys, k + cue, b)
            elif (
                keys[k] in _WORK_OPENERS
                and not _WORKS.isdisjoint(keys[k + 1 : k + 4])  # the work's noun, in C
                and _work_after(keys, k, b)
            ):
                items += _items_before(tokens, keys, a, k)
        for i, j in items:
            if used.intersection(range(i, j)):
                continue
            span = Span(tokens.starts[i], tokens.ends[j - 1])
            added.append(Mention(i, j, text[span.start : span.end], [], span, span, i))
            used.update(range(i, j))
    if not added:
        return mentions
    return with_added(mentions, added)


def _cue_at(keys: list[str], k: int) -> int:
    """The tokens of a credit's cue at ``k`` (0 if none), with the nouns chained to it by
    «و» and «مشترک» after it («به نویسندگی و کارگردانی مشترک»)."""
    n = _one_cue(keys, k)
    if not n:
        return 0
    while True:
        if keys[k + n : k + n + 1] == [_JOINT]:
            n += 1
        elif keys[k + n : k + n + 1] == ["و"] and (more := _noun_at(keys, k + n + 1)):
            n += 1 + more
        else:
            return n


@cache
def credit_heads() -> frozenset[str]:
    """The keys that may open a cue or a work's credit («به», «مقابل», «در», «این» ...)."""
    return _cue_heads() | _WORK_OPENERS


@cache
def _cue_heads() -> frozenset[str]:
    return frozenset(cue[0] for cue in _cues())


@cache
def _cue_openings() -> frozenset[tuple[str, ...]]:
    """The first two words of every cue (each has two at least)."""
    assert all(len(cue) > 1 for cue in _cues()), "a cue of one word: _one_cue misses it"
    return frozenset(cue[:2] for cue in _cues())


def _one_cue(keys: list[str], k: int) -> int:
    # most words, and «به» before anything but a credit's noun: one set look-up
    if tuple(keys[k : k + 2]) not in _cue_openings():
        return 0
    for cue in _cues():
        if tuple(keys[k : k + len(cue)]) == cue:
            return len(cue)
    return 0


def _noun_at(keys: list[str], k: int) -> int:
    """A credit's noun alone at ``k`` (the cue without its «به»): «کارگردانی»."""
    for cue in _cues():
        if cue[0] == "به" and tuple(keys[k : k + len(cue) - 1]) == cue[1:]:
            return len(cue) - 1
    return 0


def _items_after(tokens: TokenColumns, keys: list[str], k: int, b: int) -> list[tuple[int, int]]:
    """The names of a list from ``k`` on: each up to a separator, the last up to a word that
    ends it; a list goes on past a credit's noun after «و» («... و تهیه‌کنندگی یدالله شهیدی»)."""
    out: list[tuple[int, int]] = []
    marks = True  # the names so far in quotes, each: the next may be too
    while k < b:
        # «به کارگردانی «بالتازار کورما»», not a work's title after a name («... و «بوی
        # کافور عطر یاس» ساخته ...»)
        quoted = marks and tokens.words[k] in QUOTES_OPEN
        marks = quoted
        k += quoted
        j = k
        while j < b and j - k <= _MOST and _name_word(tokens, keys, j):
            j += 1
        if not _credited(tokens, keys, k, j):
            break
        e = j + (quoted and j < b and tokens.words[j] in QUOTES_CLOSE)
        if e == j and quoted:
            break  # a quote that the name does not close: a title's words
        if e < b and keys[e] not in LIST_SEPARATORS and not _ends(tokens, keys, e):
            break
        out.append((k, j))
        if e >= b or keys[e] not in LIST_SEPARATORS:
            break
        k = e + 1
        k += _noun_at(keys, k)
    return out


def _items_before(tokens: TokenColumns, keys: list[str], a: int, e: int) -> list[tuple[int, int]]:
    """The names of a list that ends at ``e``, walking back to the sentence's start or to the
    «و» that joins its clause to the one before («... را ساخت و هری جیرجان این اثر را ...»)."""
    out: list[tuple[int, int]] = []
    j = e
    while j > a:
        i = j
        while i > a and j - i <= _MOST and _name_word(tokens, keys, i - 1):
            i -= 1
        if not _credited(tokens, keys, i, j):
            break
        if i > a and keys[i - 1] not in LIST_SEPARATORS:
            break
        out.append((i, j))
        if i == a:
            break
        j = i - 1
    if out and out[-1][0] > a and keys[out[-1][0] - 1] == "و" and len(out) == 1:
        # one name after «و»: the clause before must end with a verb of its own
        if not verb(keys[out[-1][0] - 2]):
            return []
    elif out and out[-1][0] > a:
        return []  # a list that opens no sentence nor clause: other words before it
    return out


def _work_after(keys: list[str], k: int, b: int) -> bool:
    """A work's credit opens at ``k``: «(موسیقی (متن)) این فیلم را», «در این فیلم مقابل»."""
    if keys[k] not in _WORK_OPENERS:  # most words: one set look-up
        return False
    n = k
    if keys[n : n + 1] == ["موسیقی"]:
        n += 1 + (keys[n + 1 : n + 2] == ["متن"])
    elif keys[n : n + 1] == ["در"]:
        n += 1
    if keys[n : n + 1] != ["این"] or n + 2 >= b or keys[n + 1] not in _WORKS:
        return False
    after = keys[n + 2]
    return after == "را" if keys[k] != "در" else after == "مقابل"


def _name_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """A word a credited name may hold: letters, no function word, post, reporting verb or
    verb; a place's or a verb's look-alike too («سین آلبرتسون», «برایان کالن»)."""
    word, key = tokens.words[k], keys[k]
    if key in _ENDS or key in stopwords() or key in post_boundaries():
        return False
    if not word.replace("\u200c", "").isalpha() or verb_word(word) or light_verb(key):
        return False
    return not (lx.post_heads().match(keys, k) or lx.reporting_verbs().match(keys, k))


def _credited(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """Words ``[i, j)`` of a credit are a name: of a name's words, or opened by a given name
    («عباس قاجار»), no body's word, no place's or body's whole name and no work's («به قلم
    ارنست هوفمان و | باله فندق‌شکن», a ballet: ``work_words.txt``)."""
    if not _LEAST <= j - i <= _MOST or any(k in KIND_WORDS for k in keys[i:j]):
        return False
    if keys[i] in lx.keyed_words("work_words.txt"):
        return False
    for trie in (lx.places(), lx.organizations()):
        if (hit := trie.match(keys, i)) is not None and hit[0] >= j:
            return False
    return name_words(tokens.words, keys, i, j) or first_name_at(keys, i) > 0


def _ends(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """Token ``j`` ends a credited name: a function word, a sign or a credit's word."""
    word = tokens.words[j]
    return keys[j] in _ENDS or keys[j] in stopwords() or not word[0].isalpha()


@cache
def _byline_words() -> frozenset[str]:
    """The keys of ``byline_credits.txt``'s words, a ZWNJ's word written together."""
    return frozenset("".join(lx.phrase_keys(w)) for w in words("byline_credits.txt"))


def byline_credited(keys: list[str], k: int) -> bool:
    """Whether the name at token ``k`` follows a byline's credit word and its colon
    («خبرنگار: زهرا امیری», «انتشاردهنده: مهرنوش خانزائی»): whom the page credits, who
    does not speak in it; a credit of two words too («انتشار دهنده: عباسعلی نقی‌یان»)."""
    if k < 2 or keys[k - 1] != ":":
        return False
    credits = _byline_words()
    return keys[k - 2] in credits or (k >= 3 and keys[k - 3] + keys[k - 2] in credits)
