"""A subheading the source ran into the name of the body that speaks next: «تعداد قربانیان
فرانسوی به ۱۲۷ نفر رسیداداره بهداشت و درمان فرانسه از مرگ ۳۶ نفر ... خبر داد», «... به‌جز در
چین تعطیل می‌شوندشرکت اپل روز شنبه اعلام کرد که»: the heading's last word, a verb, and the
head of the body's name are one token; split, the body is the subject."""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.body_subjects import organization_subject
from khabar.extract.glued_pronouns import READ_MORE, heading_end
from khabar.extract.glued_surnames import one_word_place
from khabar.extract.glued_words import end_of_key
from khabar.extract.namewords import RARE, rank, verb
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
    if tuple(keys[s : s + len(READ_MORE)]) == READ_MORE:
        s += len(READ_MORE)
    for k in range(s, min(s + _REACH, verb_at - 1)):
        key = keys[k]
        if k in reg.by_token or k in post_at:
            continue
        if key.endswith(heads):  # most words end in no head: one test in C
            if key in lx.common_words():
                continue
            tails = [h for h in heads if key.endswith(h)]
        elif rank(key) >= RARE and len(key) > _LEAST + 2 and key.isalpha() and not _verb(key):
            tails = _countries_ending(key)
        else:
            continue
        for head in tails:
            stem = key[: -len(head)]
            if not _heading_word(key, stem):
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


def _verb(key: str) -> bool:
    """A verb, which may end in a country's letters («نمی‌دهند»: «هند»)."""
    return key.startswith(("می", "نمی")) or verb(key)


def _countries_ending(key: str) -> list[str]:
    """The names of a country of one word that ``key`` ends in, past a word of some letters
    («هوبئیچین»: «چین»)."""
    places = lx.places()
    out = []
    for cut in range(_LEAST, len(key) - 2):
        m = places.match([key[cut:]], 0)
        if m and m[0] == 1 and m[1].kind == "country":
            out.append(key[cut:])
    return out


@cache
def _one_word_heads() -> tuple[str, ...]:
    """The heads of one word of ``lx.speaking_heads``, in its order."""
    return tuple(h[0] for h in lx.speaking_heads() if len(h) == 1)


def _heading_word(key: str, stem: str) -> bool:
    """A heading's last word before the head: a verb, a past in «ید» or «ند», or, when the
    whole is no word, a word the frequency list knows or a place («... استفاده از ماسک
    معمولیسازمان بهداشت جهانی مدعی است», «... ساکنان استان هوبئیچین اعلام کرد»), not a word
    of a phrase («برای»)."""
    if heading_end(stem) or (len(stem) >= _LEAST and stem.endswith(_PAST_ENDS)):
        return True
    if len(stem) < _LEAST or stem in lx.common_words() or rank(key) < RARE:
        return False
    return rank(stem) < RARE or one_word_place(stem)
