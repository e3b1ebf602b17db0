"""A subheading the source ran into the next paragraph's post with a space, where its line
break was lost: «* تصمیم اتحادیه در آینده سینمای ایران نقشی بدون چون و چرا خواهد داشت
سخنگوی اتحادیه در ادامه ... گفت:», «... برای مردم می‌شود مدیرکل سابق اداره‌کل راهداری ...
نیز گفت:». The heading ends with a verb a heading ends with (``heading_end``), or its line
opens with «*», as a news agency marks its subheadings; the post past it opens the clause and
speaks (``post_past_heading``), and may be held by the one the next sentence names first
(``coref.adopt_named_next``, through ``run_in_posts``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping

from khabar.extract.clause_words import COMMAS, PREPOSITIONS, QUOTE_MARKS, STOPS
from khabar.extract.glued_pronouns import heading_end
from khabar.extract.namewords import verb
from khabar.extract.people import PostMention
from khabar.text.segment import TokenColumns

_HEADING = 20  # the most tokens of a subheading
_STARRED = 40  # of one marked «*», which may hold two headings joined by «/»
_STAR = "*"  # a subheading's mark at its line's start
# what breaks the clause from the post to its verb: another's clause or object
_BROKEN = {*STOPS, "که", "را"}
_RUN_ON = 25  # tokens from the post's end to the verb at most
_VERB_WORDS = 4  # tokens of the verb of saying and its colon


def heading_before(keys: list[str], a: int, i: int, named: Mapping[int, str]) -> bool:
    """Whether the tokens from ``a``, where a paragraph opens, to the post at ``i`` are a
    subheading run into it: a few words with no stop, no comma nor quotation mark and no
    person (``named``: the persons' tokens; «* ... آقای عارف باید در قامت رییس ...» is an
    interview's question), ending with a verb a heading ends with or opened by «*»; not a
    preposition's object right before."""
    starred = keys[a] == _STAR
    if not 0 < i - a <= (_STARRED if starred else _HEADING):
        return False
    if keys[i - 1] in PREPOSITIONS or keys[i - 1] == "در":
        return False
    between = keys[a:i]
    if any(k in STOPS or k in COMMAS or k in QUOTE_MARKS for k in between):
        return False
    if any(k in named for k in range(a, i)):
        return False
    return starred or (i - a >= 3 and heading_end(keys[i - 1]))


def opens_line(tokens: TokenColumns, text: str, a: int) -> bool:
    """Whether token ``a`` opens a line of ``text``: a subheading is a paragraph's first words
    (PEYMA's sentences run on in one line, their headings with them)."""
    at = tokens.starts[a] if a < len(tokens) else 0
    return at == 0 or text[at - 1] == "\n"


def post_past_heading(
    keys: list[str],
    a: int,
    verb_at: int,
    post_at: Mapping[int, PostMention],
    named: Mapping[int, str],
) -> PostMention | None:
    """The post past a subheading run into the paragraph that opens at ``a``, the subject of
    the verb at ``verb_at``: the clause's first post, no person before the verb, and nothing
    from the post to the verb that opens another's clause («که», «را», a stop), another post
    or a comma right before the verb after the post's words run on."""
    if ":" not in keys[verb_at : verb_at + _VERB_WORDS]:
        return None  # a direct quote, as an item past a heading opens; «... فکر می‌کنم رئیس
        # دولت اصلاحات ... انجام داده» is a clause of the writer's
    first = next((k for k in range(a + 1, verb_at) if k in post_at), None)
    if first is None or any(k in named for k in range(a, verb_at)):
        return None
    post = post_at[first]
    if post.anaphor or not heading_before(keys, a, first, named) or _runs_over_verb(keys, post):
        return None
    rest = keys[post.j : verb_at]
    if len(rest) > _RUN_ON or not _BROKEN.isdisjoint(rest):
        return None
    if any(k in post_at for k in range(post.j, verb_at)):
        return None
    return post


def _runs_over_verb(keys: list[str], post: PostMention) -> bool:
    """The post as found runs over a verb («مجری خواسته‌های ... باشند سخنگوی»): no post."""
    return any(verb(k) for k in keys[post.i : post.j])


def run_in_posts(
    keys: list[str],
    starts: Iterable[int],
    lines: frozenset[int],
    posts: Iterable[PostMention],
    named: Mapping[int, str],
) -> frozenset[int]:
    """The first tokens of the posts past a subheading run in with a space at the start of a
    paragraph (``lines``: the tokens that open one; ``starts``: the sentences' first tokens),
    as if they opened a line of their own."""
    opened = sorted(a for a in starts if a in lines)
    firsts = list(posts)
    # each post's paragraph start and the post before it, by bisection: a scan of every
    # paragraph and every post for each post grew with their product
    at = sorted(p.i for p in firsts)
    out = set()
    for r in firsts:
        n = bisect_left(opened, r.i)
        if not n:
            continue
        a = opened[n - 1]
        if (k := bisect_left(at, r.i)) and at[k - 1] >= a:
            continue  # a post before it in the sentence opens the clause
        if heading_before(keys, a, r.i, named) and not _runs_over_verb(keys, r):
            out.add(r.i)
    return frozenset(out)
