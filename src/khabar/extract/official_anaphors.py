"""Whom «این مقام ...» opening a statement means where it is not the last speaker: the
official the sentence before introduces by name and post, and not the one its own clause
sets it against («این مقام صنفی برخلاف موتمنی، ...»)."""

from __future__ import annotations

from collections.abc import Callable

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry

_THIS = "این"


def _official_anaphor(
    keys: list[str], s: int, post_at: dict[int, PostMention]
) -> PostMention | None:
    """The anaphor of a post at ``s`` («این مقام صنفی»), not a pronoun; else None."""
    post = post_at.get(s)
    return post if post is not None and post.anaphor and keys[s] == _THIS else None


def introduced_before(
    keys: list[str],
    s: int,
    before: tuple[int, int] | None,
    heard: object,
    reg: Registry,
    post_at: dict[int, PostMention],
    people_in: Callable[[int, int], list[str]],
) -> str | None:
    """The one person the sentence ``before``, which reports nothing, names with a post in
    apposition, when «این مقام ...» opens the clause at ``s`` and that person is not
    ``heard``, the last speaker: «... رحمانی اعلام کرد: «...» ... البته این مساله از سوی سعید
    موتمنی، رییس اتحادیه نمایشگاهداران تهران رد شده است. این مقام صنفی گفته است: «...»» is
    Motamani's. Else None."""
    if before is None or _official_anaphor(keys, s, post_at) is None:
        return None
    named = set(people_in(*before))
    if len(named) != 1 or (isinstance(heard, str) and heard in named):
        return None
    pkey = named.pop()
    k = next(k for k in range(*before) if reg.by_token.get(k) == pkey)
    end = reg.name_end(k, before[1])
    end += end < before[1] and keys[end] in COMMAS
    post = post_at.get(end)
    return pkey if post is not None and not post.anaphor else None


def set_against(
    keys: list[str],
    s: int,
    verb_at: int,
    heard: object,
    before: tuple[int, int] | None,
    reg: Registry,
    post_at: dict[int, PostMention],
    people_in: Callable[[int, int], list[str]],
) -> tuple[bool, str | None]:
    """Whether «این مقام ...» opening the clause at ``s`` names the last speaker ``heard``
    before its verb («این مقام صنفی برخلاف موتمنی، ... می‌داند»), so is someone else, and then
    the one other person the sentence ``before`` names («... احمد نعمت‌بخش رئیس انجمن
    خودروسازان، این مساله را رد می‌کند.»), or None. A post awaiting its holder is the person
    named when a post of theirs opens with the same two words («رییس اتحادیه ...»)."""
    post = _official_anaphor(keys, s, post_at)
    if post is None or heard is None:
        return False, None
    named = people_in(post.j, verb_at)
    if isinstance(heard, PostMention):
        head = heard.keys[:2]
        held = (h for p in named for h in reg.persons[p].posts)
        if not any(tuple(lx.phrase_keys(h)[:2]) == head for h in held):
            return False, None
        heard = next(
            p
            for p in named
            if any(tuple(lx.phrase_keys(h)[:2]) == head for h in reg.persons[p].posts)
        )
    if not isinstance(heard, str) or heard not in named:
        return False, None
    others = set(people_in(*before)) - {heard} if before else set()
    return True, others.pop() if len(others) == 1 else None
