"""A speaker as a reference (``Ref``): a person's key, a post awaiting its holder, an
organization, someone unknown with a post in apposition, or nobody; and the subjects that
name one where they stand (a pronoun or an anaphor, a known person or post, an unknown
name), which reporting clauses and quotes without a verb both read."""

from __future__ import annotations

from dataclasses import dataclass

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import NOT_SUBJECT, PRONOUNS
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry
from khabar.extract.speaking_bodies import (
    MEDIUM,
    OUTLET_ANAPHORS,
    PAPERS,
    OrgRef,
    cited_paper,
    is_outlet,
    named_before,
    org_anaphor,
    other_head,
    other_medium,
    outlet_before,
)
from khabar.extract.subject_shapes import paper_owner


@dataclass(frozen=True)
class Stranger:
    """Someone the article names without khabar knowing the name, with a post in
    apposition: not the post's holder found elsewhere, nor the speaker before."""

    post: PostMention


# Who spoke: a person's key, a post awaiting its holder, an organization, someone unknown
# with a post in apposition, or nobody.
Ref = str | PostMention | OrgRef | Stranger | None


def past_unknown_name(keys, k, b) -> int:
    """Past the words of a name khabar does not know (none ordinary, at most three) at
    ``k``: where what was said begins, or ``k`` when no such word is there."""
    end = k
    while (
        end < min(k + 3, b - 1)
        and keys[end][:1].isalpha()
        and keys[end] not in lx.common_words()
        and keys[end] not in NOT_SUBJECT
    ):
        end += 1
    return end


def anaphor_ref(
    keys, s, post_at, last_ref: Ref, words=None, reg: Registry | None = None
) -> tuple[Ref, int] | None:
    """«وی», «این مقام» at ``s``: (the last speaker, end token); «این روزنامه» is the last
    organization that spoke, or else the last one named before of its kind («این وزارتخانه»
    after «وزارت امور اسلامی ... دستور داد»). None for anything else."""
    person = None if isinstance(last_ref, OrgRef) else last_ref  # «وی» is nobody's outlet
    if keys[s] in PRONOUNS:
        return person, s + 1
    if medium := _medium(keys, s):  # «این رسانه لبنانی همچنین نوشت:»: an outlet
        spoke = isinstance(last_ref, OrgRef) and is_outlet(last_ref.name)
        spoke = spoke and not other_medium(keys, s)  # «یک رسانه صهیونیستی ...» since
        if outlet := last_ref if spoke else outlet_before(keys, s, words):
            return outlet, s + medium
    if keys[s] == "این" and s + 1 < len(keys) and org_anaphor(keys[s + 1]):
        org = last_ref if isinstance(last_ref, OrgRef) else None
        if org and other_head(org.name, keys[s + 1]):
            org = None  # «این ائتلاف» after the report of «نیروهای ضربت مشترک»: one named before
        if keys[s + 1] in OUTLET_ANAPHORS and org and not is_outlet(org.name):
            # «این گزارش» after «پلیس برزیل ... اعلام کرد» is the outlet's report; «این
            # هفته‌نامه» after «Information week ... نوشت» is the paper named in Latin letters
            org = org if keys[s + 1] != _REPORT and _latin(org.name) else None
        if org is None and keys[s + 1] in PAPERS and isinstance(last_ref, str):
            return last_ref, s + 2  # «در این بیانیه آمده است» after «X در بیانیه‌ای ... گفت»
        if org is None and keys[s + 1] in PAPERS and reg is not None:
            if owner := paper_owner(keys, s, keys[s + 1], reg):
                return owner, s + 2  # «در ادامه این پیام» after «در پیام X ... آمده است»
        if org is None and keys[s + 1] in PAPERS:
            cited, issuer = cited_paper(keys, s, keys[s + 1], words)
            if cited:
                return issuer, s + 2  # «بنابر بیانیه مشترک X، ...» ... «در این بیانیه آمده است»
        if org is None and keys[s + 1] != "گزارش":  # «این گزارش»: the outlet's own, or none
            org = named_before(keys, s, keys[s + 1], words)
        return org, s + 2
    post = post_at.get(s)
    return (person, post.j) if post and post.anaphor else None


_REPORT = "گزارش"
_NEWS_SOURCE = ["این", "منبع", "خبری"]  # «این منبع خبری افزود:»: the outlet, as «این رسانه»


def _medium(keys, s) -> int:
    """The length of «این رسانه» or «این منبع خبری» at ``s``, an outlet that spoke or was
    named before; 0 for anything else («این منبع» alone is an unnamed source)."""
    if keys[s : s + 2] == ["این", MEDIUM]:
        return 2
    return 3 if keys[s : s + 3] == _NEWS_SOURCE else 0


def _latin(name: str) -> bool:
    """Whether an organization's name is written in Latin letters («Information week»)."""
    return any(c.isalpha() for c in name) and all(c.isascii() for c in name if c.isalpha())


def person_anaphor(keys, s, post_at) -> bool:
    """Whether a person's anaphor opens the subject at ``s``: «وی», «او», «این مسئول», «این
    مقام» (not a body's, «این وزارتخانه»)."""
    post = post_at.get(s)
    return keys[s] in PRONOUNS or (post is not None and post.anaphor)


# anaphors of a post held for another («این سخنگو» speaks for a body or a person): the last
# speaker is meant only when none of their posts is of another head
_FOR_ANOTHER = frozenset({"سخنگو", "مشاور", "معاون"})


def may_hold(reg: Registry, pkey: str, anaphor: tuple[str, ...]) -> bool:
    """Whether the person ``pkey`` may be the one «این سخنگو» points to: no post is known of
    them, or one of the anaphor's head («سخنگوی دولت»)."""
    head = anaphor[1] if len(anaphor) > 1 else ""
    if head not in _FOR_ANOTHER:
        return True
    held = reg.persons[pkey].posts
    return not held or any(lx.phrase_keys(h)[0].startswith(head) for h in held)


def named_subject(keys, s, limit, reg: Registry, post_at) -> tuple[Ref, int]:
    """A person or a post starting at ``s``: (reference, end token) or (None, s)."""
    pkey = reg.by_token.get(s)
    if pkey:
        return pkey, reg.name_end(s, limit)
    post = post_at.get(s)
    if post and not post.anaphor and post.j <= limit:
        return post, post.j
    return None, s
