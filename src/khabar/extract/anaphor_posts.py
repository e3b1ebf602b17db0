"""The post an anaphor states for the speaker it stands for: «جلیلی افزود: ...» then «این
نماینده مردم در مجلس نهم، با بیان اینکه ... گفت: ...». «این نماینده» names no post of its own
(``post_anaphors.tsv``) and the speaker is found through it; the words from its head on are a
post the article gives that speaker («نماینده مردم در مجلس نهم», «دیپلمات ایرانی», «مرجع
تقلید»). Only where the anaphor opens the clause of a quote whose speaker is known, the post
two words at least (a head alone, «این وزیر», says nothing new), ends before the verb, and
agrees with the speaker's posts (``coref.posts_agree``); another wording of a post they hold is
not written again. Not a description («این کارشناس مسائل اسرائیل», «این مسئول ...») nor a
post naming a country («این سفیر روسیه» of Russia's special envoy), nor a post of one named as
a foreigner («این عضو کنگره» of a representative of Arizona): the writer's gloss, not the post
the article states. And the post a speaker gives themself in their own words, «من به عنوان
عضو فراکسیون ورزش مجلس این آمادگی را دارم ...», is theirs on the same terms (``own_posts``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import past_then
from khabar.extract.coref import hold, posts_agree, same_post, worded
from khabar.extract.glued_posts import a_word
from khabar.extract.people import PostMention, post_key
from khabar.extract.post_countries import countries_in, named_abroad
from khabar.extract.posts import find_posts
from khabar.extract.registry import AS_ROLE, Registry, subject_at
from khabar.model import Quote
from khabar.text.segment import TokenColumns

_THIS = "این"
_I = frozenset({"من", "بنده"})
_WITH = "با"
# «این کارشناس مسائل اسرائیل», «این مسئول ...»: a description of the speaker, not a post
_DESCRIBING = frozenset({"کارشناس", "مسیول", "مسوول", "مقام"})  # keys
# «این فرمانده ارشد انتظامی», «این دیپلمات بلندپایه»: a rank describes, it names no office
_RANKS = frozenset({"ارشد", "بلندپایه", "عالیرتبه"})  # keys


def hold_anaphor_posts(
    reg: Registry,
    posts: Sequence[PostMention],
    quotes: Sequence[Quote],
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    sentences: Sequence[tuple[int, int]],
    names: Mapping[int, int],
) -> None:
    """Give each speaker the post of the anaphor «این X ...» that opens their quote's clause."""
    anaphors = [r for r in posts if r.anaphor and keys[r.i] == _THIS and r.i + 1 < len(keys)]
    if not anaphors:
        return
    starts = [a for a, _ in sentences]
    by_name = {p.name: k for k, p in reg.persons.items()}
    said = [(q.cue.start, q) for q in quotes if q.speaker in by_name and q.cue is not None]
    for r in anaphors:
        n = bisect_right(starts, r.i) - 1
        if n < 0:
            continue
        a, b = sentences[n]
        if past_then(keys, subject_at(keys, a, b)) != r.i:
            continue  # the anaphor is not the clause's subject
        at = tokens.starts[r.i]
        cue, quote = min(
            ((c, q) for c, q in said if q.sentence.start <= at < c <= tokens.starts[b - 1]),
            key=lambda found: found[0],
            default=(0, None),
        )
        if quote is None:
            continue
        full = next(iter(find_posts(tokens, keys, text, [r.i + 1], names)), None)
        if full is None or full.i != r.i + 1 or tokens.starts[full.j - 1] >= cue:
            continue  # no post from the head on, or one run on into the verb
        pkey = by_name[quote.speaker]  # type: ignore[index]
        if not _a_gloss(reg, pkey, full):
            _hold_stated(reg, pkey, full)


def own_posts(
    reg: Registry,
    quotes: Sequence[Quote],
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    names: Mapping[int, int],
) -> None:
    """Give each speaker the post «من به عنوان X» («بنده به عنوان X») states in their quote."""
    at_as = [k for k in lx.occurrences(keys, "عنوان") if k > 1 and keys[k - 2] in _I]
    if not at_as:
        return
    by_name = {p.name: k for k, p in reg.persons.items()}
    said = [q for q in quotes if q.speaker in by_name and q.kind == "direct"]
    for k in at_as:
        if tuple(keys[k - 1 : k + 1]) != AS_ROLE:
            continue
        me = tokens.starts[k - 2]
        quote = next((q for q in said if q.span.start <= me < q.span.end), None)
        if quote is None:
            continue
        full = next(iter(find_posts(tokens, keys, text, [k + 1], names)), None)
        if full is None or full.i != k + 1 or tokens.starts[full.j - 1] >= quote.span.end:
            continue
        pkey = by_name[quote.speaker]  # type: ignore[index]
        if _a_gloss(reg, pkey, full):
            continue
        _hold_stated(reg, pkey, full)


def _a_gloss(reg: Registry, pkey: str, post: PostMention) -> bool:
    """Whether ``post`` only describes ``pkey``: a head alone («این وزیر»), a description («این
    کارشناس اقتصادی»), a post naming a country («این سفیر روسیه» of Russia's special envoy) or
    one of a person named as a foreigner («این عضو کنگره» of «نماینده آریزونا»), a rank after the
    head («این فرمانده ارشد انتظامی»); or runs on
    into «با» written together with the next word («این فعال سیاسی اصولگرا بابیان اینکه»)."""
    last = post.keys[-1]
    return (
        len(post.keys) < 2
        or (last.startswith(_WITH) and not a_word(last) and a_word(last[len(_WITH) :]))
        or post.keys[0] in _DESCRIBING
        or post.keys[1] in _RANKS
        or bool(countries_in(worded(post_key(post.keys))))
        or named_abroad(reg, pkey)
    )


def _hold_stated(reg: Registry, pkey: str, post: PostMention) -> None:
    """``post`` is ``pkey``'s when it agrees with their posts; another wording of a post they
    hold is not written again («نماینده مجلس نهم» and «نماینده مردم در مجلس نهم»)."""
    if posts_agree(reg, pkey, post):
        new = post_key(post.keys)
        held = (post_key(lx.phrase_keys(h)) for h in reg.persons[pkey].posts)
        hold(reg, pkey, post, written=not any(same_post(old, new) for old in held))
