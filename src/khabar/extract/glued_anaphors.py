"""A subheading the source ran into the next paragraph's «این» and an anaphoric post: «قیمت
مسکن از تورم پیشی گرفته استاین کارشناس ... می‌گوید:», «... نه با اعتبار احمدی نژاداین فعال
سیاسی ... گفت»; the anaphor is the current speaker, as a heading run into «وی» is
(``glued_pronouns``)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_pronouns import heading_end
from khabar.extract.heading_plurals import common_plural
from khabar.extract.registry import Registry

_THIS = lx.key("این")
_PHRASE = 6  # tokens of an anaphoric post past «این» at most: «این کارشناس مسائل بین‌الملل»


def glued_anaphor(keys, s, verb_at, reg: Registry, post_at) -> int | None:
    """The token of ``s:verb_at`` that is a heading's last word run into «این», when an
    anaphoric post (``post_anaphors.tsv``) opens with that «این»: a word khabar does not know
    ending in «این» after a heading's verb or an ordinary word; None if none, or if a person,
    a post or a verb of saying comes first."""
    verbs = lx.reporting_verbs()
    for k in range(s, verb_at):
        key = keys[k]
        if k in reg.by_token or k in post_at or (key in verbs.root and verbs.match(keys, k)):
            return None
        stem = key[: -len(_THIS)]
        if (
            key.endswith(_THIS)
            and len(stem) >= 3
            and key not in lx.common_words()
            and key not in lx.first_names()
            and (heading_end(stem) or stem in lx.common_words() or common_plural(stem))
            and lx.post_anaphors().match([_THIS, *keys[k + 1 : min(k + _PHRASE, verb_at)]], 0)
        ):
            return k
    return None
