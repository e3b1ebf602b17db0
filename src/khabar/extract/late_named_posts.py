"""A post right after a name that only a later pass finds: «با حکم سلطانی‌فر وزیر ورزش و
جوانان، علی نیکزاد ...». The registry gives a post to the name right before it when it is built
(``registry._attach_adjacent_posts``); a family name written alone that ``surname_mentions``
and the passes after it find was no name then, and the post after it went to nobody."""

from __future__ import annotations

from collections.abc import Container, Sequence

from khabar.extract.coref import hold, posts_agree
from khabar.extract.namewords import LINEAGE
from khabar.extract.people import PostMention, first_name_at
from khabar.extract.registry import Registry, gap_ok
from khabar.text.segment import TokenColumns

# A source the clause opens with: the post past its comma is the clause's subject («به روایت
# قربانی، فرمانده سابق سپاه قدس ... گفته بود»)
_SOURCES = frozenset({("به", "روایت"), ("به", "گفته")})
# A post of the speaker's own relation («دیاب، جانشین من در پست نخست وزیری»)
_PERSONAL = frozenset({"من", "ما", "تو", "شما"})
_COLON = ":"
# A verb of being inside the post is a predicate the post ran over («آقای قالیباف رئیس نباشد»);
# right after it, a negation, a wish or a future («... رئیس مجلس نباشد», «خواهد شد»). A plain
# «است», «بود», «می‌شود» after it states a post held («سرفراز بگتی وزیر ... بلوچستان بود»)
_BEING = frozenset(
    {"است", "نیست", "هست", "بود", "نبود", "بوده", "باشد", "نباشد", "شد", "نشد", "شود", "نشود"}
    | {"میشود", "نمیشود", "میشد", "خواهد", "نخواهد"}
)
_NOT_HELD = frozenset({"نیست", "نبود", "باشد", "نباشد", "نشد", "نشود", "خواهد", "نخواهد"})


def late_named_posts(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    posts: Sequence[PostMention],
    sentence_starts: set[int],
    named_first: Container[int],
) -> None:
    """Give each post nobody holds to the person named right before it, in its sentence, by a
    family name found after the registry was built: its tokens in ``reg.by_token``, not among
    ``named_first`` (the tokens named when it was built, whose posts it gave or held back).
    A post of one word is left («لاریجانی رئیس شد», a predicate), as is one a verb of being is
    in, or a negation, a wish or a future follows («قالیباف رئیس نباشد»), one starting inside
    a name («فاطمه رهبر رئیس وقت ...») and one the person's posts rule out (``posts_agree``:
    «نماینده سنندج» of «احسن علوی», not of «محسن علوی نماینده لامرد»)."""
    for r in posts:
        if r.holder or r.anaphor or r.i in sentence_starts or r.i in reg.by_token:
            continue
        if r.j - r.i < 2 or _PERSONAL.intersection(r.keys):
            continue
        if _BEING.intersection(r.keys) or keys[r.j : r.j + 1] and keys[r.j] in _NOT_HELD:
            continue
        before = next((k for k in range(r.i - 1, r.i - 3, -1) if k in reg.by_token), None)
        if before is None or before in named_first or not gap_ok(tokens, before + 1, r.i):
            continue
        if _COLON in tokens.words[before + 1 : r.i]:
            continue  # «نیکزاد: مدیر جدید کشت و صنعت مغان باید ...»: a title's speaker, then words
        if any(k in sentence_starts for k in range(before + 1, r.i)):
            continue
        pkey = reg.by_token[before]
        start = before
        while start - 1 in reg.by_token and reg.by_token[start - 1] == pkey:
            start -= 1
        # before the family name, the end of another's longer name: «... بن سلطان بن عبدالعزیز
        # سفیر عربستان» is not «سلمان بن عبدالعزیز»'s; a given name before it is another
        # given name's («احسن علوی نماینده سنندج» beside «محسن علوی»)
        if keys[start] in LINEAGE or (
            start and (keys[start - 1] in LINEAGE or first_name_at(keys, start - 1))
        ):
            continue
        if tuple(keys[max(0, start - 2) : start]) in _SOURCES:
            continue
        if posts_agree(reg, pkey, r):  # not another post of a head they hold («نماینده لامرد»)
            hold(reg, pkey, r)
