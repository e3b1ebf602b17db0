"""A subheading the source ran into the name of the body that speaks next: «تعداد قربانیان
فرانسوی به ۱۲۷ نفر رسیداداره بهداشت و درمان فرانسه از مرگ ۳۶ نفر ... خبر داد», «... به‌جز در
چین تعطیل می‌شوندشرکت اپل روز شنبه اعلام کرد که»: the heading's last word, a verb, and the
head of the body's name are one token; split, the body is the subject."""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.body_subjects import organization_subject
from khabar.extract.glued_pronouns import heading_end
from khabar.extract.glued_words import end_of_key
from khabar.extract.registry import Registry
from khabar.extract.speaking_bodies import OrgRef

_REACH = 12  # tokens from where the clause opens to the glued one: a heading is short
# the past a heading ends with («... به ۱۲۷ نفر رسید»): «رسید», «گردید», «کردند»
_PAST_ENDS = ("ید", "ند")
_LEAST = 4  # letters of such a past: not «بد» of «بدولت»


def glued_body(keys, s, verb_at, reg: Registry, post_at, words) -> tuple[OrgRef, int] | None:
    """The body whose name's head a heading's last word ran into, at one of the first tokens
    of the clause ``s:verb_at``: (it, end token), the name without the heading's word; None
    if there is none, or the token is a word or a name of its own."""
    if words is None:
        return None
    heads = _one_word_heads()
    for k in range(s, min(s + _REACH, verb_at - 1)):
        key = keys[k]
        if not key.endswith(heads) or k in reg.by_token or k in post_at:
            continue  # most words end in no head: one test in C
        if key in lx.common_words():
            continue
        for head in heads:
            stem = key[: -len(head)]
            if not key.endswith(head) or not _heading_word(stem):
                continue
            cut = end_of_key(words[k], stem)
            if not cut:
                continue
            split_keys = [*keys[:k], head, *keys[k + 1 :]]
            split_words = [*words[:k], words[k][cut:], *words[k + 1 :]]
            org = organization_subject(split_keys, k, verb_at, reg, post_at, split_words)
            if org is not None:
                return org
    return None


@cache
def _one_word_heads() -> tuple[str, ...]:
    """The heads of one word of ``lx.speaking_heads``, in its order."""
    return tuple(h[0] for h in lx.speaking_heads() if len(h) == 1)


def _heading_word(stem: str) -> bool:
    return heading_end(stem) or (len(stem) >= _LEAST and stem.endswith(_PAST_ENDS))
