"""A post after «یک» opening the article's first sentence: «یک عضو کمیسیون حقوقی و قضایی
مجلس شورای اسلامی ضمن تاکید بر ... اظهار کرد که ...». The lead names its subject by post
alone, and the next paragraph names them («محمد علی پورمختار در گفت‌وگو با ایسنا ... گفت:»):
the post is read as the one without «یک» is («عضو کمیسیون ... گفت:»), for
``coref.adopt_posts`` to give its holder, when a person the article knows opens the next
sentence (past its source, «به گزارش روز نو :حشمت‌الله فلاحت‌پیشه ...»). Not further in the
article, where «یک» brings in someone else than the one named next («این در حالی است که یک
دیپلمات غربی ...» before the Iranian envoy speaks; «یک سخنگوی حزب اسلامی ...» before its
leader), nor when the next sentence names another first («یک عضو ائتلاف سائرون اعلام کرد
...» again, then a member the article does not know, then the prime minister). «یکی از» and
a plural opening the lead is read the same way, its holder the person opening the next
sentence («یکی از نمایندگان تهران ... خبر داد.» then «به گزارش «تابناک»، ایسنا، طیبه
سیاوشی ... نوشت:»; «یکی از مراجع عظام تقلید گفت:» then «... آیت‌الله مکارم شیرازی ...»)."""

from __future__ import annotations

from collections.abc import Collection

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import after_source
from khabar.extract.clause_words import FULL_STOPS, QUOTE_MARKS
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry

_ONE = "یک"
_ONE_OF = ["یکی", "از"]
# «یکی از منابع امنیتی ترکیه»: a source, whom the next sentence names seldom
_SOURCES = frozenset({"منابع", "منبع"})
_BREAKS = frozenset({"که", "،", ",", "«", "»", '"', ":"})


def one_post(keys, s: int, verb_at: int, post_at, reg: Registry) -> PostMention | None:
    """The post right after «یک» at ``s``, before the verb at ``verb_at``, in the article's
    first sentence, a known person opening the next; None if the clause does not open so, or
    the post is an anaphor."""
    if keys[s] != _ONE or s + 1 >= verb_at:
        return None
    post = post_at.get(s + 1)
    if post is None or post.anaphor or post.j > verb_at:
        return None
    if not FULL_STOPS.isdisjoint(keys[:s]):
        return None  # past the lead
    return post if _next_opener(keys, verb_at, reg) is not None else None


def one_going_on(
    keys, s: int, verb_at: int, post_at, reg: Registry, last: object, named: Collection[str]
) -> str | None:
    """The person ``last`` who spoke last, when «یک», a post and «در ادامه» open the clause of
    the verb at ``verb_at`` («یک استاد دانشگاه در ادامه افزود:» after «احمد روستا ...
    اظهار داشت:» and «وی گفت:»), he holds that post and no one else of the article does, nor
    may (``named``: those the article named before, each with a post of their own): the
    writer names the one speaking on by the post the lead gave him. None otherwise: «یک» and
    a post further in the article bring in someone else, unnamed, as often."""
    if keys[s] != _ONE or not isinstance(last, str) or last not in reg.persons:
        return None
    post = post_at.get(s + 1)
    if post is None or post.anaphor or keys[post.j : post.j + 2] != _GOING_ON:
        return None
    if post.j + len(_GOING_ON) != verb_at:
        return None
    words = set(post.keys)
    holders = [
        pkey
        for pkey, person in reg.persons.items()
        if any(words <= set(lx.phrase_keys(held)) for held in person.posts)
    ]
    if holders != [last]:
        return None
    # another named with no post known: the lead's post may be theirs, not adopted
    unsure = any(not reg.persons[p].posts for p in named if p != last and p in reg.persons)
    return None if unsure else last


# «در ادامه» (further on) after the post: the one speaking goes on
_GOING_ON = ["در", "ادامه"]


def one_of(keys, s: int, verb_at: int, reg: Registry) -> str | None:
    """The person opening the next sentence, when «یکی از» and a plural open the article's
    first sentence at ``s`` before the verb at ``verb_at``, with no «که», comma or quotation
    mark between; None otherwise."""
    if keys[s : s + 2] != _ONE_OF or s + 3 >= verb_at or keys[s + 2] in _SOURCES:
        return None
    if not FULL_STOPS.isdisjoint(keys[:s]) or not _BREAKS.isdisjoint(keys[s:verb_at]):
        return None
    return _next_opener(keys, verb_at, reg)


def _next_opener(keys, verb_at: int, reg: Registry) -> str | None:
    """The known person opening the sentence after the one of the verb at ``verb_at``, past
    its source, or None."""
    stop = next((k for k in range(verb_at, len(keys)) if keys[k] in FULL_STOPS), None)
    if stop is None:
        return None
    t = after_source(keys, stop + 1, len(keys))
    if (m := lx.agencies().match(keys, t)) and keys[m[0] : m[0] + 1] in (["،"], [","]):
        t = m[0] + 1  # «به گزارش «تابناک»، ایسنا، طیبه سیاوشی ... نوشت:»: a second agency
    t += t < len(keys) and keys[t] in QUOTE_MARKS  # «"نادر پسنده" روز جمعه ...»
    return reg.by_token.get(t)
