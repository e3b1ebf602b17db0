"""A name no rule finds, set off by commas from the post it holds at the head of a reporting
clause: «وجدی مراد، شهردار عالیه، روز سه‌شنبه گفت:». News writes a new speaker so, name first,
then the post in apposition; where the words before the comma are no word of a list (a post,
title, place, body, pronoun or verb) and the first is no ordinary word, they are the name of
the post's holder, as khabar reads «تحسین الخفاجی، سخنگوی ...» when its tagger marks it. With
no comma, only a family name of a known name and a family name's second word written together
by a zero-width non-joiner, right before the post, opening the clause or past a phrase «در
...،» that opens it: «در ادامه، محمدی‌راد مدیرکل آموزش و پرورش استان گفت:» (a word there is
as often a conjunction or a heading run into the post: «چنانچه», «درنامه», «حمعاون»)."""

from __future__ import annotations

from bisect import bisect_right

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, NOT_SUBJECT
from khabar.extract.lone_surnames import lettered, no_verb_nor_listed, states_after
from khabar.extract.namewords import compound_family_name
from khabar.extract.people import PostMention, stopwords
from khabar.extract.registry import Registry, subject_at
from khabar.text.segment import TokenColumns

_MAX_WORDS = 3  # a name of one to three words before the comma
_REACH = 12  # words from the end of the post to its reporting verb
_IN = "در"
_OPENER = 6  # «در ادامه،», «در پایان این جلسه،» and the name after


def apposed_names(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    posts: list[PostMention],
    tagged: dict[int, str] | None = None,
) -> None:
    """Add to ``reg`` the persons named before a comma and a post in apposition that open a
    sentence which reports (``sentences``: token ranges; ``tagged``: the tagger's kinds)."""
    starts = [a for a, _ in sentences]
    for post in posts:  # a post after a comma, few in an article: their sentences only
        c = post.i - 1
        if c < 0 or post.anaphor:
            continue
        n = bisect_right(starts, c) - 1
        if n < 0:
            continue
        a, b = sentences[n]
        i = subject_at(keys, a, b)
        if keys[c] not in COMMAS:
            # «در ادامه، محمدی‌راد مدیرکل آموزش و پرورش استان گفت:»: one word right before
            # the post, opening the clause or past a phrase «در ...،» that opens it
            c += 1
            if c - 1 > i + 1 and keys[i] == _IN and keys[c - 2] in COMMAS and c - i <= _OPENER:
                i = c - 1
            if c - i != 1 or not compound_family_name(tokens.words[i]):
                continue
        elif c < 1 or not 0 < c - i <= _MAX_WORDS or any(keys[k] in COMMAS for k in range(i, c)):
            continue
        if any(k in reg.by_token for k in range(i, c)) or not states_after(keys, post.j, b, _REACH):
            continue
        if not all(_name_word(tokens, keys, k, tagged) for k in range(i, c)):
            continue
        if keys[i] in lx.common_words() or keys[i] in lx.more_given_names() and c == i + 1:
            continue  # «مراد»: a word, or a given name alone
        pkey = reg.new_person(tokens, keys, i, c)
        reg.mention_at(tokens, i, c, pkey)
        if post.holder is None:
            reg.add_post(pkey, post)  # «شهردار عالیه»: the post in apposition is theirs


def _name_word(
    tokens: TokenColumns, keys: list[str], k: int, tagged: dict[int, str] | None
) -> bool:
    """A word of letters that no list holds as a post, title, place, body or verb, and no
    pronoun or word of a clause; not what the tagger reads as a body or a place."""
    if tagged is not None and tagged.get(k) in ("ORG", "LOC"):
        return False
    if not lettered(tokens, keys, k) or keys[k] in NOT_SUBJECT or keys[k] in stopwords():
        return False
    return no_verb_nor_listed(keys, k) and not lx.places().match(keys, k)
