"""A post alone that opens the sentence right after one its holder opens by name, with no post
yet: the story goes on with the same subject, named now by post («احمدی‌نژاد در حاشیه این
مراسم ... به گفتگو نشست. رئیس‌جمهور همچنین در مسیر خود ... گفتگو کرد»; «کاوه رضایی که در
ترکیب اصلی شارلوا حضور داشت ... سه گل به ثمر رساند ... . مهاجم ایرانی گل نخست بازی را ...
وارد دروازه مهمان کرد»). A speaker's cue is ``coref.adopt_posts``'s, which weighs who speaks
before and after; this reads the sentences no one speaks in. Not when «نیز» or «هم» marks
another subject, when the post was written before (someone the article brought in), when the
name's sentence names anyone else («مسی ... به آنتوان گریزمان پاس داد تا او گلی ... .
مهاجم فرانسوی نتوانست ...»: the post may be the other's), nor when the post names a country
the person is not shown of."""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.extract.coref import another_speaker, hold, worded
from khabar.extract.people import PostMention, post_key
from khabar.extract.post_countries import countries_in, of_its_country
from khabar.extract.registry import Registry, resolve_post, subject_at
from khabar.model import Quote
from khabar.text.offsets import Span


def _said_in(span: Span, quotes: Sequence[Quote]) -> bool:
    """Whether ``span`` lies in a quote or the cue that attributes one."""
    for q in quotes:
        for s in (q.span, q.cue):
            if s is not None and s.start <= span.start and span.end <= s.end:
                return True
    return False


def _written_before(text: str, post: str, end: int) -> bool:
    """Whether ``post`` is written as whole words in ``text`` before ``end``: not inside a
    longer word («مهاجم ایرانی‌اش» of a title is no «مهاجم ایرانی» written before)."""
    if text.find(post, 0, end) < 0:
        return False  # most posts: looked for in C first
    whole = re.compile(rf"(?<![\w\u200c]){re.escape(post)}(?![\w\u200c])")
    return whole.search(text, 0, end) is not None


def adopt_subject_going_on(
    reg: Registry,
    posts: Sequence[PostMention],
    sentences: list[tuple[int, int]],
    keys: list[str],
    text: str,
    quotes: Sequence[Quote],
    body: int = 0,
) -> None:
    """Give each post alone that opens a sentence nobody speaks in to the person the sentence
    before opens with, named there by name and holding no post (module doc). ``body``: the
    first token past the title line, whose subject is the lead's, not the next sentence's."""
    opening = {subject_at(keys, a, b): n for n, (a, b) in enumerate(sentences)}
    for r in posts:
        n = opening.get(r.i)
        if n is None or n == 0 or r.anaphor or r.glued or r.holder or resolve_post(reg, r):
            continue
        a, b = sentences[n - 1]
        if a < body or another_speaker(keys, r) or _said_in(r.span, quotes):
            continue
        s = subject_at(keys, a, b)
        named = reg.by_token.get(s)
        if named is None or reg.persons[named].posts:
            continue
        if any(reg.by_token.get(k, named) != named for k in range(a, b)):
            continue  # «مسی ... به آنتوان گریزمان پاس داد ... . مهاجم فرانسوی ...»: either's
        if _written_before(text, r.text, r.span.start):
            continue  # written before: someone the article brought in
        if of_its_country(reg, named, countries_in(worded(post_key(r.keys))), keys):
            hold(reg, named, r)
