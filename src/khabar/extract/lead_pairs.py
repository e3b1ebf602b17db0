"""Two posts joined by «و» in the article's lead, then the two persons the next sentence names
joined by «و» in the same place of its clause: the second post is the second person's, when the
first post is the first person's. «رئيس تشكيلات خودگردان و نخست‌وزير فلسطين ... گفتگو كردند»,
then «"محمود عباس" و "اسماعيل هنيه" ... ديدار كردند»; «... بین معاون علمی و فناوری رئیس
جمهوری و وزیر ارتباطات منعقد شد», then «... بین سورنا ستای معاون علمی و فناوری ریاست جمهوری و
محمدجواد آذری جهرمی ... منعقد شد». News names the pair by post, then by name, in one order;
the first of each pair matching says the order is kept. Not when the second person holds a post
already or was named before, nor a pair within a longer list, nor a post of a country the
second person is not shown of."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from khabar.extract.clause_words import COMMAS, QUOTE_MARKS
from khabar.extract.coref import hold, posts_agree, same_post, worded
from khabar.extract.lead_posts import past_bare_source, restated
from khabar.extract.people import Mention, PostMention, post_key
from khabar.extract.registry import Registry, resolve_post, subject_at

_AND = "و"
_BETWEEN = "بین"  # «بین A و B»: the two parties of an agreement, a meeting, a talk


def _past_marks(keys: list[str], k: int, b: int) -> int:
    while k < b and keys[k] in QUOTE_MARKS:
        k += 1
    return k


def _holds(reg: Registry, pkey: str, post: PostMention) -> bool:
    """Whether ``post`` is ``pkey``'s: given them, or another wording of one they hold."""
    if resolve_post(reg, post) == pkey:
        return True
    new = worded(post_key(post.keys))
    held = [worded(post_key(tuple(p.split()))) for p in reg.persons[pkey].posts]
    return any(same_post(old, new) or restated(new, old) for old in held)


def _named_pair(
    reg: Registry, keys: list[str], posts_at: dict[int, PostMention], k: int, b: int
) -> tuple[Mention, Mention] | None:
    """The two persons named «A و B» from token ``k`` (A's own post may stand after A's name,
    quote marks around each), no third name going on after B."""
    first = reg.mention_of.get(_past_marks(keys, k, b))
    if first is None:
        return None
    e = _past_marks(keys, first.j, b)
    if (own := posts_at.get(e)) is not None and own.holder == reg.by_token[first.i]:
        e = own.j
    if e >= b or keys[e] != _AND:
        return None
    second = reg.mention_of.get(_past_marks(keys, e + 1, b))
    if second is None or reg.by_token[second.i] == reg.by_token[first.i]:
        return None
    after = _past_marks(keys, second.j, b)
    if after + 1 < b and (keys[after] == _AND or keys[after] in COMMAS):
        if _past_marks(keys, after + 1, b) in reg.mention_of:
            return None  # «A و B و C»: a list
    return first, second


def hold_lead_pairs(
    reg: Registry,
    posts: Sequence[PostMention],
    sentences: list[tuple[int, int]],
    keys: list[str],
    body: int,
    digest: bool = False,
) -> None:
    """Give the second of two posts joined by «و» in the lead («A و B») to the second of two
    persons joined by «و» in the next sentence, both pairs the subject of their clause or both
    after «بین», when the first post is the first person's. ``body``: the first token past
    the title line."""
    starts = [a for a, _ in sentences]
    lead = bisect_left(starts, body)
    if digest or lead + 1 >= len(sentences):
        return
    a, b = sentences[lead]
    na, nb = sentences[lead + 1]
    posts_at = {p.i: p for p in posts if not p.anaphor}
    first_at: dict[str, int] = {}
    for k, pkey in reg.by_token.items():
        if k >= body:
            first_at[pkey] = min(first_at.get(pkey, k), k)
    for second_post in posts:
        i = second_post.i
        if second_post.anaphor or second_post.holder or not a < i < b or keys[i - 1] != _AND:
            continue
        first_post = next((p for p in posts if p.j == i - 1 and not p.anaphor), None)
        if first_post is None or first_post.i < a or reg.posts.holders(second_post.keys):
            continue
        if first_post.i == subject_at(keys, a, b):
            at = past_bare_source(keys, na, nb, reg.by_token)
            at = subject_at(keys, na, nb) if at is None else at
            pair = _named_pair(reg, keys, posts_at, at, nb)
        elif keys[first_post.i - 1] == _BETWEEN:
            between = next((k for k in range(na, nb) if keys[k] == _BETWEEN), None)
            pair = None if between is None else _named_pair(reg, keys, posts_at, between + 1, nb)
        else:
            continue
        if pair is None:
            continue
        one, two = (reg.by_token[m.i] for m in pair)
        if not _holds(reg, one, first_post) or reg.persons[two].posts:
            continue
        if first_at.get(two, na) < na or not posts_agree(reg, two, second_post):
            continue
        hold(reg, two, second_post)
