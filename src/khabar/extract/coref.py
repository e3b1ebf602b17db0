"""People referred to within one article: the posts an article uses for someone it names.

Persian news often opens with a post alone («نماینده مجلس گفت: ...», «عضو کمیسیون امنیت
ملی ادامه داد: ...») and names the speaker later («بروجردی ... گفت»). Those posts are the
person's when they agree with the posts the person already holds: a post of another
country («سفیر آمریکا» beside «صدراعظم آلمان») or another post of the same kind («وزیر
کشور» beside «وزیر خارجه») is someone else's. When one person of the article already holds
another wording of the post («رییس پزشکی قانونی» for «رییس سازمان پزشکی قانونی»), the post
is theirs, whoever speaks next. Whose country a post is, and who may hold a post of another
country, is ``post_countries``'s.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import past_then
from khabar.extract.clause_words import (
    ALSO,
    CLOSING_QUOTE,
    COMMAS,
    FULL_STOPS,
    LIST_SEPARATORS,
    STOPS,
)
from khabar.extract.court_parties import a_party, both_called
from khabar.extract.lead_posts import past_bare_source, past_quoted_body, restated
from khabar.extract.other_party import of_another
from khabar.extract.other_voices import asked_of_another, turn_ended, unnamed_voice_between
from khabar.extract.people import PostMention, post_key
from khabar.extract.post_countries import (
    STATE_OFFICES,
    countries_in,
    foreign_apart,
    named_abroad,
    of_iran,
    of_its_country,
    shown_of_another,
)
from khabar.extract.posts_going_on import goes_on_by_another_post, opens_sentence
from khabar.extract.registry import UNNAMED, Registry, resolve_post, subject_at
from khabar.extract.speaking_bodies import OrgRef
from khabar.extract.time_openers import past_dated_entry
from khabar.extract.told_apart import told_apart
from khabar.model import Document, Quote
from khabar.text.offsets import Span

# Words one post is written with either way: «مدیرعامل سابق» is «مدیرعامل پیشین», «معاون
# تحقیقات وزیر بهداشت» «معاون تحقیقات وزارت بهداشت» (never the head: «وزیر» is no «وزارت»).
_SAME_WORD = {"پیشین": "سابق", "اسبق": "سابق", "وزارت": "وزیر"}
# Heads of one post written two ways: who leads the Friday prayer gives its sermon; «امام‌جمعه»
# is «امام جمعه» written together.
_SAME_HEAD = (
    (("خطیب", "نماز", "جمعه"), ("امام", "جمعه")),
    (("خطیب", "جمعه"), ("امام", "جمعه")),
    (("امامجمعه",), ("امام", "جمعه")),
)
_SERMON = frozenset({"خطیب", "امامجمعه"})


@lru_cache(maxsize=8192)  # a post is compared again at each of its mentions
def worded(key: tuple[str, ...]) -> tuple[str, ...]:
    """A post's key with the words written either way (``_SAME_WORD``) written one way, and
    a body named two ways after its head (``post_bodies.tsv``: «سخنگوی کرملین», «سخنگوی
    ریاست‌جمهوری روسیه») named one way."""
    if key[:1] and key[0] in _SERMON:
        for said, same in _SAME_HEAD:
            if key[: len(said)] == said:
                key = same + key[len(said) :]  # «خطیب جمعه آستارا» is «امام جمعه آستارا»
                break
    words = [_SAME_WORD.get(k, k) for k in key[1:]]
    bodies = lx.post_bodies()
    out = list(key[:1])
    k = 0
    while k < len(words):
        sizes = (n for n in (4, 3, 2, 1) if k + n <= len(words))
        size = next((n for n in sizes if "".join(words[k : k + n]) in bodies), 0)
        if size:
            out += (_SAME_WORD.get(w, w) for w in bodies["".join(words[k : k + size])])
            k += size
        else:
            out.append(words[k])
            k += 1
    return tuple(out)


_MINISTER = "وزیر"
_MINISTRY = "وزارت"


def _ministry_named(key: tuple[str, ...]) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    """The words before a ministry named after «وزیر», the ministry's full name and the words
    after it (``organizations.tsv``), when the post names one and no country."""
    if _MINISTER not in key or countries_in(key):
        return None
    at = key.index(_MINISTER) + 1
    found = lx.organizations().match(["وزارت", *key[at:]], 0)
    if not found or found[0] < 2 or found[1].kind != "ministry":
        return None
    return key[:at], found[1].name, key[at + found[0] - 1 :]


def ministry_in_full(key: tuple[str, ...]) -> tuple[str, ...]:
    """``key`` with the ministry it names after «وزیر» named by its full name (``_ministry_named``):
    «معاون کل وزیر بهداشت» is «معاون کل وزیر بهداشت، درمان و آموزش پزشکی»."""
    named = _ministry_named(key)
    return (*named[0], *lx.phrase_keys(named[1])[1:], *named[2]) if named else key


def other_ministry(held: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether ``new``, worded, is a minister's post of another ministry than the one a post
    of ``held`` is of (``organizations.tsv``): «وزیر امور خارجه» is not the post of «سخنگوی
    وزارت دفاع آمریکا», worded «سخنگوی وزیر دفاع آمریکا»."""
    if not new or new[0] != _MINISTER or _MINISTER not in held[1:]:
        return False
    at = held.index(_MINISTER, 1) + 1
    mine = lx.organizations().match([_MINISTRY, *held[at:]], 0)
    theirs = lx.organizations().match([_MINISTRY, *new[1:]], 0)
    if not mine or not theirs or mine[0] < 2 or theirs[0] < 2:
        return False
    return mine[1].kind == theirs[1].kind == "ministry" and mine[1].name != theirs[1].name


def same_ministry(held: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether two worded posts are one post naming one ministry by two of its names
    (``organizations.tsv``): «وزیر کار», «وزیر رفاه» and «وزیر تعاون» are «وزیر تعاون، کار
    و رفاه اجتماعی», «معاون وزیر اقتصاد» «معاون امور بانکی وزیر امور اقتصادی و دارایی»: one
    head, and the words of the shorter before and after the ministry's name in the longer's.
    Posts naming a country are left to their words."""
    a, b = _ministry_named(held), _ministry_named(new)
    if not a or not b or a[1] != b[1] or a[0][0] != b[0][0]:
        return False
    short, long = sorted((a, b), key=lambda m: len(m[0]) + len(m[2]))
    return (
        set(short[0]) <= set(long[0])
        and not (set(long[0]) - set(short[0])) & _UNITS  # «رئیس دفتر وزیر ...»: another's
        and set(short[2]) <= set(long[2])
    )


def posts_agree(reg: Registry, pkey: str, post: PostMention, same_head: bool = False) -> bool:
    """Whether ``post`` can be another wording or another post of the person ``pkey``.
    ``same_head``: another post of the same head may be theirs too (the discourse says so)."""
    new = worded(post_key(post.keys))
    new_countries = _countries_named(new)
    if new_countries - {"ایران"} and of_iran(reg, pkey):
        return False  # «امیر قطر» is not the post of «خاتمی»
    helds = [
        worded(post_key(_by_post(reg, pkey, lx.phrase_keys(h)))) for h in reg.persons[pkey].posts
    ]
    # a post in the body of another they hold: «عضو فراکسیون امید» of the faction's «نایب رئیس
    # فراکسیون امید مجلس», whatever «عضو کمیسیون عمران» they are too
    in_body = len(new) > 2 and any(set(new[1:]) <= set(old[1:]) for old in helds)
    for old in helds:
        old_countries = _countries_named(old)
        if new_countries and old_countries and not new_countries & old_countries:
            return False  # «سفیر آمریکا» is not the post of «صدراعظم آلمان»
        if under_post(old, new):
            return False  # «فرمانده عملیات مشترک عراق» is not «سخنگوی فرماندهی ...»
        if new_countries - {"ایران"} and not old_countries and not set(old) <= set(new):
            return False  # «سفیر انگلیس» is not the post of «فرمانده انتظامی استان بوشهر»
        if foreign_apart(old, new) and not named_abroad(reg, pkey):
            return False  # «رئیس مجلس ملی کره جنوبی» is not «رئیس مجلس شورای اسلامی»
        if (
            not same_head
            and not in_body
            and new
            and old
            and new[0] == old[0]
            and not (set(new) <= set(old) or set(old) <= set(new))
            and not same_ministry(old, new)
        ):
            return False  # «وزیر کشور» and «وزیر خارجه»: two people
        if two_offices(old, new):
            return False  # «رئیس جمهور آمریکا» is not the post of «وزیر خارجه آمریکا»
        if other_ministry(old, new):
            return False  # «وزیر امور خارجه» is not «سخنگوی وزارت دفاع آمریکا»
    return True


def _countries_named(key: tuple[str, ...]) -> set[str]:
    """The countries a worded post names, «کشورمان» closing it as Iran: in Persian news
    «سخنگوی وزارت امورخارجه کشورمان» is Iran's, not the post of an American official."""
    found = countries_in(key)
    return found | {"ایران"} if key[-1:] == _OUR_COUNTRY and len(key) > 1 else found


def under_post(held: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether ``new`` is the post ``held`` is under, worded: its head, or that head as its
    body («فرمانده» as «فرماندهی»), stands after the held post's head, not past «و», and all
    its other words are the held post's. One under another's post (a spokesman, a deputy, an
    office's head) is not that one: «فرمانده عملیات مشترک عراق» is not the post of «سخنگوی
    فرماندهی عملیات مشترک عراق», «وزیر امور خارجه کویت» not of «معاون وزیر خارجه کویت»."""
    if len(new) < 2 or len(held) <= len(new):
        return False
    at = next((k for k in range(1, len(held)) if held[k] in (new[0], new[0] + "ی")), 0)
    return bool(at) and held[at - 1] != "و" and set(new[1:]) <= set(held[at + 1 :])


def _by_post(reg: Registry, pkey: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """A post naming another person of the article after its head, by that person's post:
    «معاون آنتونیو گوترش» is «معاون دبیرکل سازمان ملل» where گوترش is «دبیرکل سازمان ملل»."""
    for other, person in reg.persons.items():
        name = lx.phrase_keys(person.name)
        if other == pkey or len(name) < 2 or not person.posts or keys[1 : 1 + len(name)] != name:
            continue
        return keys[:1] + lx.phrase_keys(person.posts[0]) + keys[1 + len(name) :]
    return keys


_PAST = {"سابق", "پیشین", "اسبق", "وقت"}
_FORMER = "سابق"  # «پیشین» and «اسبق» as worded (``_SAME_WORD``)


_FIRST_VICE = ("معاون", "اول")


def _pm_joined(key: tuple[str, ...]) -> tuple[str, ...]:
    """«نخست وزیر» written apart as «نخست‌وزیر» is: one head of the post."""
    return ("نخستوزیر", *key[2:]) if key[:2] == _PRIME_MINISTER else key


def _office(key: tuple[str, ...]) -> str | None:
    if key[:2] == ("نخست", "وزیر"):
        return "نخستوزیر"  # written apart
    if key[:2] == _FIRST_VICE and _office(key[2:]) == "رییسجمهور":
        # an office of its own, no minister's nor the president's: «وزیر بهداشت ... اعلام
        # می‌کند» of his tweet is not the post of «معاون اول رییس جمهور»
        return "معاوناول"
    if key[:1] == ("رییسجمهوری",) or key[:2] == ("رییس", "جمهوری"):
        return "رییسجمهور"  # «رییس جمهوری پاکستان», «رئیس‌جمهوری آمریکا»
    return key[0] if key and key[0] in STATE_OFFICES else None


def two_offices(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether two posts are two offices of a state held now (``STATE_OFFICES``): two
    people. A past office («نخست وزیر سابق») may be the same person's."""
    a, b = _office(old), _office(new)
    return bool(a and b and a != b and not (set(old) | set(new)) & _PAST)


# Words that make the longer of two posts the head of a unit within the other's body:
# «رئیس مرکز فناوری و آمار قوه قضاییه» is not «رئیس قوه قضاییه», «رئیس دفتر رئیس جمهور»
# not «رئیس جمهور»; «رییس سازمان پزشکی قانونی» is still «رییس پزشکی قانونی».
_UNITS = {"مرکز", "دفتر", "اداره", "کمیته", "ستاد", "معاونت", "حوزه", "بخش", "واحد", "روابط"}


def same_post(held: tuple[str, ...], new: tuple[str, ...], abroad: bool = False) -> bool:
    """Two wordings of one post: the same head and the words of one all in the other, the
    shorter of two words at least or both equal, the longer naming no unit within the other
    (``_UNITS``), and no two countries; not a state's post named bare and one of another
    country (``foreign_apart``), unless the bare one is ``held`` by one named ``abroad``
    (``named_abroad``)."""
    if not held or not new:
        return False
    held, new = _pm_joined(worded(held)), _pm_joined(worded(new))
    if held[0] != new[0] or foreign_apart(new, held):
        return False
    if foreign_apart(held, new) and not abroad:
        return False
    if (_FORMER in held) != (_FORMER in new):
        return False  # «وزیر دفاع آمریکا» is not a «وزیر دفاع سابق آمریکا» named before
    if "".join(held) == "".join(new) or same_ministry(held, new):
        return True  # written apart or together: «رئیس قوه‌قضائیه», «رییس قوه قضاییه»
    if _iran_president(held) and _iran_president(new):
        # «رئیس‌جمهور کشورمان» of «حسن روحانی» is «رییس جمهور اسلامی ایران»; the bare one of
        # a president named abroad is his own country's
        return not abroad or (len(held) > 1 and len(new) > 1)
    if _opens_apart(held, new) or _opens_apart(new, held):
        return True
    short, long = sorted((set(held), set(new)), key=len)
    if not short <= long or (len(short) < 2 and short != long) or (long - short) & _UNITS:
        return False
    if _affairs_within(*sorted((held, new), key=len)):
        return False
    countries, other = countries_in(held), countries_in(new)
    return not (countries and other and not countries & other)


_AFFAIRS = "امور"


def _affairs_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``long`` heads a department of the body ``short`` heads: the same head, then
    «امور» and the department's words, then all of ``short``'s words past its head («رئیس
    امور سلامت و رفاه اجتماعی سازمان برنامه و بودجه» is not «رئیس سازمان برنامه و بودجه»;
    «وزیر امور خارجه» is «وزیر خارجه», «وزیر امور خارجه جدید آلمان» «وزیر خارجه آلمان»)."""
    body = short[1:]
    return (
        len(body) >= 1
        and long[1:2] == (_AFFAIRS,)
        and len(long) >= len(body) + 3
        and long[len(long) - len(body) :] == body
    )


# In Persian news the president named bare is Iran's: «رئیس‌جمهور» is «رئیس‌جمهور ایران»,
# «رییس جمهور اسلامی ایران», «رئیس جمهوری اسلامی ایران» and «رئیس‌جمهور کشورمان».
_PRESIDENTS = frozenset({"رییسجمهور", "رییسجمهوری"})
_OF_IRAN = frozenset({("ایران",), ("اسلامی", "ایران"), ("کشورمان",)})


def _iran_president(key: tuple[str, ...]) -> bool:
    """Whether the post ``key`` is the president, bare or said to be Iran's."""
    return key[0] in _PRESIDENTS and (len(key) == 1 or key[1:] in _OF_IRAN)


def _opens_apart(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the post ``short``, of two words at least, is the first words of ``long``
    written apart or together, the rest naming no unit within it (``_UNITS``) nor another
    country: «رئیس شورای عالی سیاست‌گذاری» and «رئیس شورای‌عالی سیاست‌گذاری جبهه
    اصلاح‌طلبان»."""
    joined = "".join(short)
    for k in range(1, len(long)):
        if "".join(long[:k]) == joined:
            countries, other = countries_in(short), countries_in(long)
            return (
                len(short) >= 2
                and not set(long[k:]) & _UNITS
                and not (countries and other and not countries & other)
            )
    return False


# the founder of the Islamic Republic, named so alone: the late Imam, never another speaker
# (keys: no ZWNJ)
_FOUNDERS = frozenset(
    tuple(f"{head} {body}".split())
    for head in ("بنیانگذار", "رهبر کبیر")
    for body in ("انقلاب", "انقلاب اسلامی", "جمهوری اسلامی", "جمهوری اسلامی ایران")
)


def hold(reg: Registry, pkey: str, post: PostMention, written: bool = True) -> None:
    """``post`` is ``pkey``'s; a wording of a post they hold that differs only in words written
    either way or in spacing («... وزارت آموزش و پرورش» for «... وزیر آموزش و پرورش») is not
    written again among their posts, nor any when not ``written``."""
    raw = post_key(post.keys)
    new = worded(raw)
    held = (post_key(lx.phrase_keys(h)) for h in reg.persons[pkey].posts)
    # the founder's title alone («راه بنیان‌گذار انقلاب») is the late Imam's: whoever a cue of
    # it is read as goes on speaking, but the title is written as no one's post
    written = written and post.keys not in _FOUNDERS
    if written and not any(
        old != raw
        and (
            worded(old) == new
            or "".join(worded(old)) == "".join(new)
            or ministry_in_full(worded(old)) == ministry_in_full(new)
        )
        for old in held
    ):
        reg.add_post(pkey, post)
        return
    post.holder = pkey
    reg.posts.add(pkey, post.keys)
    if written:
        reg.persons[pkey].post_mentions.append(post.span)
        _as_the_imam(reg.persons[pkey].posts, post)


def _as_the_imam(posts: list[str], post: PostMention) -> None:
    """The Friday prayer's post written as its imam's («امام جمعه رشت») where the person
    held it as its preacher's («خطیب جمعه رشت»): one post, written once, as the gold does."""
    if post.keys[:1] not in (("امام",), ("امامجمعه",)):
        return
    new = worded(post_key(post.keys))
    for n, held in enumerate(posts):
        keys = post_key(lx.phrase_keys(held))
        if keys[:1] == ("خطیب",) and worded(keys) == new:
            posts[n] = post.text
            return


def _without_kol(keys: tuple[str, ...]) -> tuple[str, ...]:
    return post_key(tuple(k for k in keys if k != "کل"))


def one_wording(posts: list[str]) -> list[str]:
    """A person's posts with a later wording of one written before left out: the same words
    written apart or together or either way (``worded``: «رئیس جمهوری آمریکا» after «رئیس
    جمهور آمریکا», «نخست‌وزیر رژیم صهیونیستی» after «نخست‌وزیر اسرائیل»; ``_one_post``: «رئیس
    دستگاه دیپلماسی ایران» after «وزیر امور خارجه کشورمان»); and a post that is
    another of theirs but for the country it closes with, the fuller wording written once
    («رئیس جمهور» of one who is «رئیس جمهوری چین», «سفیر» of «سفیر انگلیس»; not «دیپلمات» of
    «دیپلمات پرتغالی قرار», the post run on past its end); and a head alone whose ezafe form
    opens another of their posts («سخنگو» beside «سخنگوی سپاه», ``_bare_head_of``)."""
    keys = [worded(post_key(lx.phrase_keys(post))) for post in posts]
    words = [_one_post(w) for w in keys]
    headed = [w[:2] == _HEAD_OF_MINISTRY for w in keys]  # «رئیس دستگاه دیپلماسی ...»
    leading = {
        _one_way("".join(w[:k]))
        for w, head in zip(words, headed, strict=True)
        for k in range(1, len(w))
        if _a_country(w[k:]) and not head
    }
    seen: set[str] = set()
    kept = []
    # the minister's own wording before a ministry's head's, wherever it stands; the head's
    # written once beside the minister's bare post too («وزیر امور خارجه» and «رئیس دستگاه
    # دیپلماسی ایران»)
    for n in sorted(range(len(posts)), key=lambda n: headed[n]):
        joined = _one_way("".join(words[n]))
        bare = {
            _one_way("".join(words[n][:k]))
            for k in range(1, len(words[n]))
            if headed[n] and _a_country(words[n][k:])
        }
        if joined not in seen and joined not in leading and not bare & seen:
            seen.add(joined)
            kept.append(n)
    heads = {w[0] for w in keys if len(w) > 1}
    return [posts[n] for n in sorted(kept) if not _bare_head_of(keys[n], heads)]


def _bare_head_of(key: tuple[str, ...], heads: set[str]) -> bool:
    """Whether the post ``key`` is a head alone whose ezafe form opens another post of the same
    person: «سخنگو» beside «سخنگوی سپاه» (split off at «و» in «سخنگو و مسئول روابط عمومی کل
    سپاه»), the same head written bare. Not one written alike («دیپلمات» beside «دیپلمات
    پرتغالی قرار»): that longer one may be a post run on past its end, and the head alone the
    wording to keep."""
    return len(key) == 1 and key[0] + "ی" in heads


_OURS = {("کشورمان",), ("این", "کشور")}  # «رئیس جمهور کشورمان»
# The head of a ministry is its minister: «رئیس دستگاه دیپلماسی روسیه», worded «رییس وزیر امور
# خارجه روسیه» (``post_bodies.tsv``), is «وزیر امور خارجه روسیه»; and in Persian news «کشورمان»
# closing a post is Iran («وزیر امور خارجه کشورمان», «رئیس دستگاه دیپلماسی ایران»).
_HEAD_OF_MINISTRY = ("رییس", _MINISTER)
_OUR_COUNTRY = ("کشورمان",)
_IRAN = ("ایران",)


def _one_post(key: tuple[str, ...]) -> tuple[str, ...]:
    """A worded post's key as ``one_wording`` compares it: a ministry's head as its minister,
    «کشورمان» at its end as «ایران», «سابق» right after the head wherever it stands."""
    if key[:2] == _HEAD_OF_MINISTRY:
        key = key[1:]
    if key[-1:] == _OUR_COUNTRY and len(key) > 1:
        key = (*key[:-1], *_IRAN)
    if _FORMER in key[2:]:  # «مشاور امنیت ملی پیشین آمریکا» is «مشاور سابق امنیت ملی آمریکا»
        key = (key[0], _FORMER, *(k for k in key[1:] if k != _FORMER))
    return key


def _a_country(key: tuple[str, ...]) -> bool:
    """The words ``key`` are a country's name, whole, or «کشورمان», «این کشور»."""
    if key in _OURS:
        return True
    m = lx.places().match(list(key), 0)
    return m is not None and m[0] == len(key) and m[1].kind == "country"


def _one_way(joined: str) -> str:
    """A post's joined keys with «رئیس جمهوری» written «رئیس جمهور»."""
    if joined.startswith(_PRESIDENT_APART):
        return "رییسجمهور" + joined[len(_PRESIDENT_APART) :]
    return joined


_PRESIDENT_APART = "رییسجمهوری"  # «رئیس جمهوری» is «رئیس جمهور»


def holder_of_wording(reg: Registry, post: PostMention) -> str | None:
    """The one person of the article holding another wording of ``post``'s post, if one."""
    new = post_key(post.keys)

    def same(held: str, abroad: bool) -> bool:
        keys = lx.phrase_keys(held)
        if same_post(post_key(keys), new, abroad):
            return True
        # the joined form joins a «کل» that is no «مدیر کل» too: «رئیس سازمان بازرسی کل کشور»
        return "کل" in keys + post.keys and same_post(
            _without_kol(keys), _without_kol(post.keys), abroad
        )

    found = {
        pkey
        for pkey, person in reg.persons.items()
        if person.posts and any(same(h, named_abroad(reg, pkey)) for h in person.posts)
    }
    return found.pop() if len(found) == 1 else None


# «بخشدار آرین شهر نیز ... گفت» after another's words: «نیز» (also) brings in someone else
def another_speaker(keys: list[str], post: PostMention) -> bool:
    """Whether the post alone is followed by «نیز» or «هم»: the subject of a clause said by
    another than the one who spoke before, so not the speaker of the discourse."""
    return also_at(keys, post.j)


def also_at(keys: list[str], k: int) -> bool:
    """Whether «نیز» or «هم» follows a subject ending at token ``k``: someone else speaks
    («مایک پمپیو، وزیر خارجه آمریکا نیز گفته است»), not the one a post before stood for."""
    return k < len(keys) and _also(keys[k])


def _also(key: str) -> bool:
    """«نیز» or «هم», or «نیز» run into the preposition after it («نیزدر خصوص ...»): the
    repair of glued text parts only a verb and its colon from the word before («نیزگفت:»), and
    ``glued_words`` only tells such a word from a name, so the key stays «نیزدر» here."""
    return key in ALSO or (key.startswith(_NIZ) and key[len(_NIZ) :] in _RUN_INTO_ALSO)


_NIZ = "نیز"
_RUN_INTO_ALSO = frozenset({"در", "از", "با", "به", "برای"})
_ASIDE = 6  # the most words an aside holds before its «نیز» (a comma may close it)
# what no aside on a name holds: its clause goes on past them
_NO_ASIDE = frozenset({"که", "را", ":", "«", "»"}) | FULL_STOPS


def also_past_aside(keys: list[str], k: int, stop: int) -> bool:
    """Whether an aside on a subject ending at token ``k``, past a comma, ends in «نیز» or
    «هم» before token ``stop``, the verb: someone else speaks, named with what they are
    («کریستف رضاعی، آهنگساز این فیلم نیز در خصوص موسیقی ... عنوان کرد:»), as with
    ``also_at``; a comma may close the aside before it."""
    if k >= stop or keys[k] not in COMMAS:
        return False
    for t in range(k + 1, min(stop, k + 2 + _ASIDE)):
        key = keys[t]
        if _also(key):
            return t > k + 1 and keys[t - 1] != "با"  # «با هم»: together
        if key in COMMAS:
            return t > k + 1 and t + 1 < stop and _also(keys[t + 1])
        if key in _NO_ASIDE:
            return False
    return False


# A speaker calls others so, never themselves: «او گفته بود «دوستان از آقای قالیباف بپرسند ...»»
_FOR_ANOTHER = {k for t in ("آقای", "جناب", "خانم", "سرکار") for k in lx.phrase_keys(t)}


def titled_names(keys: Sequence[str]) -> list[int]:
    """The tokens right after «آقای», «جناب» or «خانم», as one names someone else (not as one
    asks them, «آقای معین!»), in order: read once for the article."""
    return [
        k
        for k in [t + 1 for t in lx.positions(keys, _FOR_ANOTHER) if t + 1 < len(keys)]
        if k + 1 == len(keys) or keys[k + 1] != "!"
    ]


def named_as_another(keys: Sequence[str], titled: list[int], a: int, b: int, name: str) -> bool:
    """Whether the words of tokens ``a:b`` name the person ``name`` after a title one gives
    others (``titled``, from ``titled_names``): then ``name`` did not say them."""
    family = lx.phrase_keys(name)[-1:]
    return any(keys[k] in family for k in titled[bisect_left(titled, a) : bisect_left(titled, b)])


_THIS = {"این", "آن"}


_HEADLINES = lx.key("عناوین")
_NEWS = {lx.key(w) for w in ("اخبار", "خبرهای", "مهم‌ترین", "مهمترین")}
_LINE_ENDS = set('.!?؟:»)"')  # what ends a line that is no bare headline


def headline_digest(
    keys: list[str], sentences: list[tuple[int, int]], text: str, lines: Sequence[Span]
) -> bool:
    """Whether the article is a digest of headlines: it opens by calling itself one («...
    برخی عناوین اخبار امروز جهان است», «اهم عناوین اخبار ... به شرح ذیل است:») and a
    quarter of its lines are bare headlines, with no final mark («ظریف راهی بروکسل شد»):
    each line is its own story, and no speaker or post holder carries from one to the next
    (a digest of short reports several lines long has few such lines)."""
    if not any(
        keys[k] == _HEADLINES and keys[k + 1] in _NEWS
        for a, b in sentences[:2]
        if _HEADLINES in keys[a : b - 1]  # most articles: none, looked for in C
        for k in range(a, b - 1)
    ):
        return False
    said = [text[s.start : s.end].strip() for s in lines]
    said = [t for t in said if t]
    bare = sum(t[-1] not in _LINE_ENDS for t in said)
    return 4 * bare >= len(said)


def adopt_named_next(
    reg: Registry,
    posts: list[PostMention],
    sentences: list[tuple[int, int]],
    keys: list[str],
    digest: bool = False,
    lines: frozenset[int] = frozenset(),
    body: int = 0,
    headed: frozenset[int] = frozenset(),
) -> None:
    """A post that opens a sentence and nobody holds («رئیس اداره آموزش و پرورش بندرامام نیز
    ... تشکر کرد.») is the post of the person who opens the next sentence and is named there
    for the first time («اسماعیل قنواتی افزود: ...»; past its source, or past the body the
    source quotes from with no comma between: ``past_quoted_body``), when that person holds
    no other post yet or another wording of it: news names a subject by post, then by name (not in a
    ``digest`` of headlines, whose next line is another story; nor when the name is a heading
    «X:» in the post's own line, of ARMAN's items run together: ``lines``, the tokens that
    open a paragraph). A name in a title line before ``body``, the first token past it, does
    not count: the title names the subject the lead then calls by post («مجیدی: ...» then
    «سرمربی تیم فوتبال استقلال ... . به گزارش ...، فرهاد مجیدی ...»). A post that opened a
    line of the source (``headed``) opens its clause though the repair ran a subheading with
    no stop into it (``_after_heading``)."""
    if digest:
        return
    first_at: dict[str, int] = {}
    for k, pkey in reg.by_token.items():
        if k >= body:
            first_at[pkey] = min(first_at.get(pkey, k), k)
    opening = {subject_at(keys, a, b): n for n, (a, b) in enumerate(sentences)}
    opening |= {past_then(keys, s): n for s, n in list(opening.items())}  # «در ادامه ...»
    # an almanac's entry: its date opens it, the post after it is named in its next sentence
    # («18 بهمن 1393، عضو کمیسیون ... گفت: ... . جعفر قادری ... گفت:»)
    opening |= {past_dated_entry(keys, s, sentences[n][1]): n for s, n in list(opening.items())}
    starts = [a for a, _ in sentences]
    lead = bisect_left(starts, body)  # the article's first sentence past its title
    for r in posts:
        n = opening.get(r.i)
        if n is None and r.i in headed and r.i >= body:
            n = _after_heading(keys, sentences, starts, lines, r.i)
        if r.anaphor or r.holder or r.glued or n is None or n + 1 >= len(sentences):
            continue
        if r.j < len(keys) and keys[r.j] in _THIS:
            continue  # «مدیرکل این اداره»: the body was named before, the post is cut short
        a, b = sentences[n + 1]
        e = past_bare_source(keys, a, b, reg.by_token)
        if e is None:
            e = _according_to(keys, a, b, reg)
        if e is None:
            s = subject_at(keys, a, b)
            e = past_quoted_body(keys, s, b, reg.by_token) or s
        named = reg.by_token.get(e)
        if not named or first_at.get(named, a) < a or reg.posts.holders(r.keys):
            continue
        e = reg.name_end(e, b)
        if e < b and keys[e] == ":" and a not in lines:
            continue  # «... مطرح کردند. آیت‌الله خزعلی: از ... پیدا نمی‌شود.»: another item
        # a sentence that opens with a list of names names several people: the post before it
        # stood for one, none of them
        if e + 1 < b and keys[e] in LIST_SEPARATORS and e + 1 in reg.by_token:
            continue  # «پاپ ... رهبر کاتولیکهای جهان ... . حمید سجادی ، احمد یزدانیان ، ...»
        if _held_by_another(reg, named, r):
            continue  # «رئیس‌جمهوری ... تأکید کرد.» then «X ... با آقای خاتمی رئیس‌جمهور ...»
        new = post_key(r.keys)
        held = [post_key(lx.phrase_keys(p)) for p in reg.persons[named].posts]
        abroad = named_abroad(reg, named)
        if not of_its_country(reg, named, countries_in(worded(new)), keys):
            continue  # «نخست‌وزیر پاکستان ...» then an Iraqi named with no such sign
        if all(same_post(old, new, abroad) for old in held):
            hold(reg, named, r)
        elif n == lead and held and all(restated(new, old) for old in held):
            # the article's lead: its post named again another way with the name next («یک افسر
            # سابق اطلاعاتی آمریکا گفت:» ... «جان کیریاکو» افسر سابق اطلاعاتی سازمان سیا»); theirs,
            # but not written again among their posts: the name's own wording says it
            hold(reg, named, r, written=False)


_ACCORDING = (lx.key("به"), lx.key("گفته"))


def _according_to(keys: list[str], a: int, b: int, reg: Registry) -> int | None:
    """The name a sentence opens with past «به گفته», the name closed by a comma: the
    source of what the sentence says goes on from the post before («دبیر ستاد هدفمندی
    یارانه ها ... خبر داد و گفت: ... . به گفته محمدرضا فرزین، اسامی ...»)."""
    if b - a < 4 or tuple(keys[a : a + 2]) != _ACCORDING or a + 2 not in reg.by_token:
        return None
    e = reg.name_end(a + 2, b)
    return a + 2 if e < b and keys[e] in COMMAS else None


_HEADING = 20  # the most tokens of a subheading
_CALLED = (("به", "نام"), ("با", "نام"))


def called_by_post(reg: Registry, posts: Sequence[PostMention], keys: list[str]) -> None:
    """A post nobody holds after «یک» and right before «به نام» and a name is that name's
    («یک استاد تاریخ آمریکایی به نام «هاوارد زن» می‌گفت»), the name in quotes or not; not a
    post run on from a heading before it («... مجلس فرانسهیک نماینده دیگر ... به نام ...»)."""
    for r in posts:
        if r.holder or r.anaphor or tuple(keys[r.j : r.j + 2]) not in _CALLED:
            continue
        if not r.i or keys[r.i - 1] != "یک":
            continue
        at = r.j + 2
        if at < len(keys) and keys[at] in CLOSING_QUOTE:  # an opening mark
            at += 1
        if (named := reg.by_token.get(at)) is not None:
            hold(reg, named, r)


def opened_lines(doc: Document, posts: Sequence[PostMention]) -> frozenset[int]:
    """The first tokens of the posts that open a line of the source, though the repair may
    have run the line before into theirs («... تولید می‌کنند\nمدیرکل میراث فرهنگی ...»)."""
    out = set()
    for r in posts:
        at = doc.original_span(r.span).start
        if at > 0 and doc.original[at - 1] == "\n":
            out.add(r.i)
    return frozenset(out)


def _after_heading(
    keys: list[str],
    sentences: list[tuple[int, int]],
    starts: list[int],
    lines: frozenset[int],
    i: int,
) -> int | None:
    """The sentence the post at ``i`` opens past a subheading run into it: the sentence opens
    a paragraph with a short line that has no stop nor colon («اعطای نشان اعتماد به
    فروشگاه‌هایی که فقط صنایع‌دستی تولید می‌کنند» then «مدیرکل میراث فرهنگی ... نیز گفت:
    ...» and «فریدون اللهیاری افزود: ...»)."""
    n = bisect_left(starts, i + 1) - 1
    a = starts[n] if n >= 0 else i
    if a not in lines or not 0 < i - a <= _HEADING:
        return None
    if any(k in STOPS for k in keys[a:i]):
        return None
    return n


# The president is written «رئیس‌جمهور» and, in older news, «رئیس‌جمهوری» («رئیس‌جمهوری لیتوانی»).
_PRESIDENT = {"رییسجمهوری": "رییسجمهور"}


def _president(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_PRESIDENT.get(k, k) for k in key[:1]) + key[1:]


def _held_by_another(reg: Registry, named: str, post: PostMention) -> bool:
    """Whether a person of the article other than ``named`` holds another wording of ``post``
    («مربی تیم فوتبال پرسپولیس» for «مربی پرسپولیس»; «رئیس‌جمهور» for «رئیس‌جمهوری»)."""
    new = _president(post_key(post.keys))
    return any(
        same_post(_president(post_key(lx.phrase_keys(held))), new, named_abroad(reg, pkey))
        for pkey, person in reg.persons.items()
        if pkey != named
        for held in person.posts
    )


class SpeakerCue(Protocol):
    """What ``adopt_posts`` reads of a reporting cue (``quotes_without_verb.Cue``)."""

    @property
    def quote(self) -> Quote: ...
    @property
    def ref(self) -> object: ...  # a person's key, a post, an organization, someone, None
    @property
    def also(self) -> bool: ...  # «X نیز گفت»: X is another than whom a post before stood for


def adopt_posts(
    cues: Sequence[SpeakerCue],
    reg: Registry,
    keys: list[str],
    apart: bool = False,
    text: str | None = None,
) -> None:
    """A post named alone is held by the one person holding another wording of it
    (``holder_of_wording``); else by the person who spoke in the cue right before it and
    holds no post yet («روابط عمومی ... از قول نوراله اسعدی اعلام کرد: ...» then «مدیرکل بندر
    ... تصریح کرد»), unless «نیز» or «هم» marks it as another's; else, opening its sentence
    before a verb that goes on («سخنگوی قرارگاه مبارزه با کرونا ادامه داد:»), by the one who
    spoke in the cue right before it (``goes_on_by_another_post``); else by the next person named
    as a speaker, when that person has not spoken before it (a title aside) and, named first
    after it with a post of their own of another head, goes on speaking («... افزود:»), not
    brought in by a new «... گفت:» (``_posted_otherwise``); else by the person who speaks
    before and after it or alone in the article (by name, or where nobody speaks by name, by
    posts all held by one person, ``_lone_speaker``), unless «نیز» or «هم» marks it as
    another's (``another_speaker``); neither of these two when they speak next right after
    another post alone that «نیز» or «هم» marks as another speaker (``_another_between``); always
    when their posts agree (``posts_agree``), and a post of another country by the speaker
    going on or the one named next only when the article shows them as of that country
    (``of_its_country``). ``apart``: the cues are
    unrelated stories (a digest of headlines), and only the post's wording names its holder.
    None of these across a sentence the writer tells between the cues in the post's
    paragraph, or the next speaker's (``told_apart``): a new item opens there. ``text``: the
    article's, where the cues' spans are."""
    spoke: set[str] = set()
    speakers = [c.ref if isinstance(c.ref, str) else None for c in cues]
    after = _next_person(speakers)
    named = set(filter(None, speakers))
    only = next(iter(named)) if len(named) == 1 else None
    before: str | None = None  # the last person named as a speaker
    first_cue: dict[int, SpeakerCue] = {}  # the cue where each post is named
    glued: list[int] = []  # the cues of glued posts no heading names the holder of
    for n, c in enumerate(cues):
        if speakers[n] and c.quote.verb:  # a title «جهانگیری: ...» repeats the lead
            spoke.add(speakers[n])  # type: ignore[arg-type]
        before = speakers[n] or before
        post = c.ref
        if not isinstance(post, PostMention) or post.anaphor:
            continue
        if found := resolve_post(reg, post):
            if post.holder is None and a_party(reg, keys, found, post.keys):
                post.holder = UNNAMED  # «قاضی گفت:» of a judge who complained, not presiding
            continue
        if _one_we_had(keys, post):
            continue
        if holder := holder_of_wording(reg, post):
            if not a_party(reg, keys, holder, post.keys):  # «وکیل ابراهیم اسلامی» a judge's
                hold(reg, holder, post)
            continue
        if apart:
            continue
        named_at = first_cue.setdefault(id(post), c)
        if named_at is not c and told_apart(text, named_at.quote, c.quote):
            continue  # «وی» carrying the post on past a sentence the writer tells: a new item
        if post.glued:
            # after a heading a new item opens: only the post's wording names its holder, or
            # the person the heading quotes («حریرچی: هر ۱۳ دقیقه ... فوت می‌کندمعاون کل ...»)
            quoted = heading_quotes(keys, post.i, reg)
            if quoted and posts_agree(reg, quoted, post):
                hold(reg, quoted, post)
            else:
                glued.append(n)
            continue
        nxt = speakers[after[n]] if after[n] < len(cues) else None
        also = after[n] < len(cues) and cues[after[n]].also  # «X نیز گفت»: another
        prev = speakers[n - 1] if n else None
        here = c.quote
        if (
            prev
            and prev != nxt
            and not reg.persons[prev].posts
            and not _also_by(keys, post)
            and not told_apart(text, cues[n - 1].quote, here)
            and of_its_country(reg, prev, countries_in(worded(post_key(post.keys))), keys)
            and not a_party(reg, keys, prev, post.keys)
            and not _named_in_clause(reg, keys, post, prev)  # «سخنگوی پرنس چارلز ... گفت»
            and not asked_of_another(text, cues, n, post.span)  # «... کجا بودند؟نماینده ...»
        ):
            hold(reg, prev, post)  # the speaker goes on, named now by post
            continue
        if (
            opens_sentence(text, here, post)
            and (goer := goes_on_by_another_post(reg, keys, cues, n, text))
            and not a_party(reg, keys, goer, post.keys)
        ):
            # a post opening its sentence to go on («سخنگوی قرارگاه مبارزه با کرونا ادامه
            # داد:») right after one who spoke is theirs, not that of one named after it
            hold(reg, goer, post, written=posts_agree(reg, goer, post))
            continue
        if (
            nxt
            and (
                not told_apart(text, here, cues[after[n]].quote)
                or not _chain_apart(text, cues, n, after[n])
            )
            and nxt not in spoke
            and not also
            and posts_agree(reg, nxt, post)
            and of_its_country(reg, nxt, countries_in(worded(post_key(post.keys))), keys)
            and not _brought_in(reg, keys, cues, after[n], post)
            and not _another_between(cues, n, after[n], post)
            and not _body_between(reg, text, cues, n, after[n], nxt)
            and not _spoken_of(reg, text, cues, n, after[n], nxt)
            and not a_party(reg, keys, nxt, post.keys)
            and not both_called(reg, keys, nxt, post.i, post.j)
            and not turn_ended(text, cues, n, after[n])  # «... در پایان گفت:»
            and not unnamed_voice_between(text, cues, n, after[n])  # «یکی از ... می‌گوید:»
        ):
            hold(reg, nxt, post)  # named now after the post lead
            continue
        if (goer := goes_on_by_another_post(reg, keys, cues, n, text)) and not a_party(
            reg, keys, goer, post.keys
        ):
            # «... عضو شورای عالی امنیت ادامه داد:», written among theirs when the posts agree
            hold(reg, goer, post, written=posts_agree(reg, goer, post))
            continue
        # the same post used for the speaker of the discourse: «ندیمی گفت ... نماینده مردم
        # لاهیجان افزود ... ندیمی گفت», or in an article where one person alone speaks
        current = only or (before if before == nxt else None)
        who = speakers
        if current is None and not named and (lone := _lone_speaker(cues, reg)):
            # the one person who speaks, named only with a post («عضو فراکسیون امید ... گفت:»,
            # «قاسم میرزایی نیکو، عضو فراکسیون امید ...، گفت:»)
            current, who = lone, [_person_of(d.ref, reg) for d in cues]
        if current and _told_apart_from(text, cues, n, who, current):
            continue
        if also and current == nxt:
            continue  # «... تهدید کرده است. مایک پمپیو، وزیر خارجه آمریکا نیز گفته است»
        if current and _another_between(cues, n, _next_of(who, n, current), post):
            continue  # «فرماندار ... گفت:» «رئیس آموزش و پرورش ... هم گفت:» «علی حسن‌زاده گفت:»
        if (
            current
            and current not in who[:n]
            and _body_between(reg, text, cues, n, _next_of(who, n, current), current)
        ):
            continue  # named only after a body spoke: «... آمریکا ... خواست» «کالین پاول ... گفت»
        if (
            current
            and not (current == nxt and _refused_next(reg, keys, cues, after[n], post, spoke))
            and not _spoke_before_them(reg, keys, cues, n, current, post)
            and posts_agree(reg, current, post)
            and not another_speaker(keys, post)
            and not _named_in_clause(reg, keys, post, current)
            and not of_another(reg, keys, post, current)  # «... در دیدار مدیرکل ...»
            and not shown_of_another(reg, keys, current, countries_in(worded(post_key(post.keys))))
            and not a_party(reg, keys, current, post.keys)  # «قاضی ... به متهم متذکر شد»
            and not asked_of_another(text, cues, n, post.span)  # «آیا ...؟ وزیر بهداشت ...»
        ):
            hold(reg, current, post)
        elif only and prev == only and nxt is None and _goes_on_as(reg, keys, only, post, cues):
            # the one speaker goes on by another post of that head after their last cue
            # («روحانی ... گفت» ... «رئیس ستاد مقابله و مدیریت کرونا اضافه کرد:»)
            hold(reg, only, post, written=False)
    if not apart:
        adopt_between(cues, reg, keys)
        _adopt_glued(reg, keys, cues, glued, text)


def _adopt_glued(
    reg: Registry, keys: list[str], cues: Sequence[SpeakerCue], glued: list[int], text: str | None
) -> None:
    """The glued posts no heading names the holder of, once every other post is held, in
    order: by the one named right after (``_named_right_after``), or by one of those who took
    a glued post so, holding another wording of it («... کشتیمدیرکل ایمنی و حفاظت دریایی
    سازمان بنادر اضافه کرد:»); not by another holding a wording of it, who may be of another
    item («معاون بهداشت دانشگاه علوم پزشکی» of Ardabil and of Shahroud in one digest)."""
    took: set[str] = set()
    for n in glued:
        post = cues[n].ref
        assert isinstance(post, PostMention)
        if resolve_post(reg, post):
            continue
        if (holder := holder_of_wording(reg, post)) is not None:
            if holder in took:
                hold(reg, holder, post)
        elif (first := _named_right_after(reg, keys, cues, n, text)) is not None:
            hold(reg, first, post)  # «جزئیات حادثهمدیرکل ایمنی ... گفت:», «نادر پسنده ... گفت:»
            took.add(first)


def _named_right_after(
    reg: Registry, keys: list[str], cues: Sequence[SpeakerCue], n: int, text: str | None
) -> str | None:
    """The person who speaks in the cue right after the glued post of cue ``n``, in the next
    sentence, named there for the first time («... جزئیات حادثهمدیرکل ایمنی و حفاظت دریایی
    سازمان بنادر و دریانوردی گفت: ...» then «« نادر پسنده » روز جمعه ... گفت:»): the item the
    heading opens names its post's holder next, as a lead by post does; not one with a post of
    their own, brought in by «نیز» or «هم», past a sentence the writer tells, nor a post of
    another country than the article shows them of."""
    if n + 1 >= len(cues):
        return None
    post, later = cues[n].ref, cues[n + 1]
    pkey = later.ref
    if not isinstance(post, PostMention) or not isinstance(pkey, str) or later.also:
        return None
    here = cues[n].quote
    if later.quote.sentence.start < here.sentence.end or told_apart(text, here, later.quote):
        return None
    named = [k for k, p in reg.by_token.items() if p == pkey]
    if min(named) < post.j:
        return None  # named before: not brought in by the post's item
    if not _opens_with(keys, min(named)):
        return None  # «معجم احادیث الامام المهدی ...»: a name inside the sentence
    if reg.persons[pkey].posts or not posts_agree(reg, pkey, post):
        return None
    return (
        pkey if of_its_country(reg, pkey, countries_in(worded(post_key(post.keys))), keys) else None
    )


def _opens_with(keys: list[str], k: int) -> bool:
    """Whether the name at token ``k`` opens its clause: no word of the language before it
    but a title («دکتر», «سردار سرتیپ پاسدار») or a source's comma («به گزارش ایسنا،»)."""
    if k == 0 or not keys[k - 1][:1].isalpha():
        return True
    return any(
        (m := lx.honorifics().match(keys, t)) is not None and m[0] == k
        for t in range(max(0, k - 4), k)
    )


def _chain_apart(text: str | None, cues: Sequence[SpeakerCue], n: int, m: int) -> bool:
    """Whether the writer tells a sentence of their own between cue ``n`` and cue ``m`` after
    it, the cues between («وی ...», the post again) going on with the speech: between any two
    of them in turn (``told_apart``), not across their own sentences; and no body speaks
    between them («روزنامه ابرار در سرمقاله خود ... نوشته است:»)."""
    if any(isinstance(cues[k].ref, OrgRef) for k in range(n + 1, m)):
        return True
    return any(told_apart(text, cues[k].quote, cues[k + 1].quote) for k in range(n, m))


def _told_apart_from(
    text: str | None, cues: Sequence[SpeakerCue], n: int, speakers: list[str | None], pkey: str
) -> bool:
    """Whether the writer tells a sentence of their own between cue ``n`` and the nearest cue
    of ``pkey`` on each side where ``pkey`` speaks (``told_apart``)."""
    if text is None:
        return False
    before = next((m for m in range(n - 1, -1, -1) if speakers[m] == pkey), None)
    after = next((m for m in range(n + 1, len(cues)) if speakers[m] == pkey), None)
    here = cues[n].quote
    return (before is None or told_apart(text, cues[before].quote, here)) and (
        after is None or told_apart(text, here, cues[after].quote)
    )


_MEMBER = "عضو"


def _another_between(cues: Sequence[SpeakerCue], n: int, m: int, post: PostMention) -> bool:
    """Whether the person named in cue ``m`` speaks right after another post alone than
    ``post`` of cue ``n``, one that «نیز» or «هم» marks as another speaker than the one before:
    the person named next after it is that nearer post's holder, not the holder of ``post``
    («فرماندار شهرستان بویراحمد گفت: ...» then «رئیس آموزش و پرورش بویراحمد هم گفت: ...» and
    «علی حسن‌زاده گفت: ...»). Not where the named one comes later, brought in anew («...
    نیز ادامه داد: ...» «وی افزود: ...» «خبرنگاری از یونسی ... سئوال کرد»)."""
    k = m - 1
    return (
        n < k < len(cues)
        and cues[k].also
        and isinstance(cues[k].ref, PostMention)
        and not _worded_again(cues[k].ref, post)
    )


def _body_between(
    reg: Registry, text: str | None, cues: Sequence[SpeakerCue], n: int, m: int, pkey: str
) -> bool:
    """Whether a body or a country speaks between cue ``n`` and cue ``m``, opening its own
    sentence: the person ``pkey`` named in ``m`` comes after another voice, not on from the
    post's («سخنگوي وزارت امور خارجه كره شمالي ... تصريح كرد», «كره شمالي طرح آمريكا را ...
    توصيف كرده است», then «كالين پاول ... گفت»); not a body read inside a clause («در این پیام
    که ... در افتتاحیه ... مجلس شورای اسلامی قرائت کرد، رهبر انقلاب ...»), nor in a sentence
    naming ``pkey``, a heading run into their own («آمریکا ... اهمیتی نداردسید حسین
    نقوی‌حسینی، هم ... گفت»)."""
    if text is None:
        return False
    named = reg.persons[pkey].mentions
    for k in range(n + 1, m):
        ref = cues[k].ref
        if isinstance(ref, OrgRef):
            name = lx.phrase_keys(ref.name)
            sentence = cues[k].quote.sentence
            opening = lx.phrase_keys(text[sentence.start : sentence.start + 4 * len(ref.name)])
            if opening[: len(name)] == name and not any(
                sentence.start <= at.start < sentence.end for at in named
            ):
                return True
    return False


def _spoken_of(
    reg: Registry, text: str | None, cues: Sequence[SpeakerCue], n: int, m: int, pkey: str
) -> bool:
    """Whether the words of cue ``n`` or of those up to cue ``m`` name the person ``pkey``
    by their family name: one speaks of another so, not of oneself («مدير ورزشي رم تاكيد كرد:
    ... به دنبال امضاي قرار داد با فرانكو بالديني هستيم» then «بالديني در پايان گفت»)."""
    if text is None:
        return False
    family = lx.phrase_keys(reg.persons[pkey].name)[-1:]
    if not family:
        return False
    for k in range(n, m):
        span = cues[k].quote.span
        # a quote not yet cut at the next cue runs on over it («...» محمد نوری می‌گوید: ...)
        end = min(span.end, max(span.start, cues[k + 1].quote.sentence.start))
        if family[0] in lx.phrase_keys(text[span.start : end]):
            return True
    return False


def _next_of(speakers: Sequence[str | None], n: int, pkey: str) -> int:
    """The first cue after cue ``n`` that ``pkey`` speaks in, or ``n`` when none does."""
    return next((m for m in range(n + 1, len(speakers)) if speakers[m] == pkey), n)


def _posted_otherwise(reg: Registry, keys: list[str], pkey: str, post: PostMention) -> bool:
    """Whether the person ``pkey`` holds posts, none of them of the head of ``post``: one
    named with their own post («ابوالفضل دوست‌محمدیان معاون سیاسی، امنیتی استانداری گلستان»)
    is not the one a post of another head stood for («مدیرکل آموزش و پرورش گلستان»). The
    president is a head («رئیس») of a state: «رئیس ستاد مقابله با کرونا» may be his too; two
    posts written together are one person's («رئیس هیئت مدیره و مدیر عامل شرکت ...»)."""
    held = reg.persons[pkey].posts
    head = _head(post.keys)
    if set(post.keys) & _PAST:
        return False  # «رئیس جمهور سابق روسیه» may be «دیمیتری مدودف، نخست وزیر روسیه»
    return bool(held) and all(
        _head(lx.phrase_keys(h)) != head and not _written_with(keys, lx.phrase_keys(h), post)
        for h in held
    )


def _written_with(keys: list[str], held: tuple[str, ...], post: PostMention) -> bool:
    """Whether ``held`` and «و» open the article's words of ``post`` somewhere."""
    size = len(held)
    start = post.keys[:2]
    return any(
        tuple(keys[k : k + size]) == held
        and keys[k + size : k + size + 1] == ["و"]
        and tuple(keys[k + size + 1 : k + size + 3]) == start
        for k in lx.occurrences(keys, held[0])
    )


def _brought_in(
    reg: Registry, keys: list[str], cues: Sequence[SpeakerCue], m: int, post: PostMention
) -> bool:
    """Whether the person of cue ``m``, named first after ``post``, is brought in there as
    another: with a post of their own of another head (``_posted_otherwise``) and a new
    «... گفت:», not going on with the speech the post began («... افزود:», ``_goes_on``)."""
    pkey = cues[m].ref
    assert isinstance(pkey, str)
    return (
        all(k > post.i for k, p in reg.by_token.items() if p == pkey)
        and _posted_otherwise(reg, keys, pkey, post)
        and not _goes_on(cues, m)
    )


_WE_HAD = {"داشتیم", "داشتم"}


def _one_we_had(keys: list[str], post: PostMention) -> bool:
    """Whether ``post`` is someone the writer had, «استاد اخلاقی داشتیم که ...»: a person the
    story brings in unnamed, not one named before or after (not «گفتگویی با مدیرعامل ...
    داشتیم»: there the post is the one talked with)."""
    return (
        keys[post.j : post.j + 1] != []
        and keys[post.j] in _WE_HAD
        and keys[post.j + 1 : post.j + 2] == ["که"]
        and (post.i == 0 or keys[post.i - 1] != "با")
    )


def _refused_next(
    reg: Registry,
    keys: list[str],
    cues: Sequence[SpeakerCue],
    m: int,
    post: PostMention,
    spoke: set[str],
) -> bool:
    """Whether the person of cue ``m``, next after ``post`` and silent before it, is brought
    in there as another (``_brought_in``) while another named person holds a post of its head,
    or they are named by a trade alone (``_TRADES``: a professor, an analyst, no office): being
    the article's one speaker by name does not make the post theirs («وزیر جوان دولت ... بیان
    کرد:» then «رنجبران مدیر روابط عمومی این سازمان ... در توئیتر خود نوشته است», with «آذری
    جهرمی وزیر ارتباطات» named; «آیت محمد، ولی رئیس اتحادیه کشوری طلا و جواهر گفت:», a name
    the rules do not read, then «وحید شقاقی شهری استاد دانشگاه ... به فرارو گفت:»)."""
    pkey = cues[m].ref
    if not isinstance(pkey, str) or pkey in spoke:
        return False
    head = _head(post.keys)
    return _brought_in(reg, keys, cues, m, post) and (
        _traded(reg, keys, pkey, post)
        or any(
            _head(lx.phrase_keys(h)) == head
            for other, person in reg.persons.items()
            if other != pkey
            for h in person.posts
        )
    )


# a trade, no office («استاد دانشگاه», «کارشناس اقتصادی»): one named by it holds no post of an
# office that spoke before them
_TRADES = frozenset(lx.key(w) for w in ("استاد", "کارشناس", "تحلیلگر", "پژوهشگر", "اقتصاددان"))


def _traded(reg: Registry, keys: list[str], pkey: str, post: PostMention) -> bool:
    """Whether the person ``pkey`` holds posts, all of them trades (``_TRADES``), none of the
    head of ``post`` (``_posted_otherwise``)."""
    held = reg.persons[pkey].posts
    return _posted_otherwise(reg, keys, pkey, post) and all(
        _head(lx.phrase_keys(h)) in _TRADES for h in held
    )


def _spoke_before_them(
    reg: Registry, keys: list[str], cues: Sequence[SpeakerCue], n: int, pkey: str, post: PostMention
) -> bool:
    """Whether the post of cue ``n`` spoke, worded alike, in a cue before the person ``pkey``
    was first named, not as theirs, and they are named by a trade alone (``_TRADES``): being
    the article's one speaker by name does not make the post theirs when its wording comes back
    («آیت محمد، ولی رئیس اتحادیه کشوری طلا و جواهر گفت:», a name the rules do not read, then
    «وحید شقاقی شهری استاد دانشگاه ... گفت:», then «رئیس اتحادیه کشوری طلا و جواهر اظهار
    داشت:»); one named with an office may hold it («ایرج حریرچی» of «معاون‌کل وزارت بهداشت»
    after «معاون وزیر بهداشت گفت:»)."""
    if not _traded(reg, keys, pkey, post):
        return False  # most: named by an office, or by no trade; no tokens walked
    first = min((k for k, p in reg.by_token.items() if p == pkey), default=None)
    if first is None:
        return False
    wording = worded(post_key(post.keys))
    return any(
        isinstance(c.ref, PostMention)
        and c.ref.i < first
        and c.ref.holder != pkey
        and worded(post_key(c.ref.keys)) == wording
        for c in cues[:n]
    )


def _goes_on(cues: Sequence[SpeakerCue], m: int) -> bool:
    """Whether the sentence of cue ``m`` goes on with a speech begun before («سید بهلول حسینی
    نماینده مردم میانه ... افزود:», «... را ... دانست و افزود:»)."""
    sentence = cues[m].quote.sentence
    return any(
        c.quote.sentence == sentence and lx.key(c.quote.verb.split(" ")[0]) in _GOES_ON
        for c in cues[m : m + 3]
    )


_GOES_ON = {"افزود", "ادامه", "اضافه", "میافزاید"}  # keys of the verb's first word


def _head(keys: tuple[str, ...]) -> str:
    words = worded(post_key(keys)) if keys else ("",)
    head = words[0]
    if tuple(words[:2]) == _PRIME_MINISTER:
        head = "نخستوزیر"  # «نخست وزیر» written apart is «نخست‌وزیر»
    return _HEADS.get(head, head)


_HEADS = {"رییسجمهور": "رییس", "رییسجمهوری": "رییس"}
_PRIME_MINISTER = ("نخست", "وزیر")


def _goes_on_as(
    reg: Registry, keys: list[str], pkey: str, post: PostMention, cues: Sequence[SpeakerCue]
) -> bool:
    """Whether ``post``, after the last cue of the one person ``pkey`` who speaks in the
    article, is another post of theirs of the same head: no «نیز» or «هم» marks another, it
    agrees with theirs (``posts_agree``, ``same_head``) and opens with their head, it heads
    no list of others, and the article did not write it before where nobody spoke by it. A
    member of another body («عضو کمیسیون اقتصادی» after «ایرج ندیمی عضو کمیسیون تلفیق») may
    be anyone of it, and is left."""
    as_subject = {c.ref.i for c in cues if isinstance(c.ref, PostMention)}
    return (
        post.keys[0] != _MEMBER
        and not _also_by(keys, post)
        and keys[post.j : post.j + 1] not in (["،"], [","], ["و"])  # «فرمانده ...، فرمانده ...»
        and posts_agree(reg, pkey, post, same_head=True)
        and any(
            worded(post_key(post.keys))[0] == worded(post_key(lx.phrase_keys(h)))[0]
            for h in reg.persons[pkey].posts
        )
        and not _written_before(keys, post, as_subject)
    )


def adopt_between(cues: Sequence[SpeakerCue], reg: Registry, keys: list[str]) -> None:
    """A post alone that nobody holds, said between two cues of one person, is theirs: the
    cue right before it and the next cue that names someone (past the «وی» that go on with
    the post) are that person's, and the speaker goes on named another way, though by another
    post of the same head («چمران ... گفت» ... «رئیس شورای عالی استان‌ها افزود» ... «چمران
    بیان داشت»); not when «نیز» or «هم» marks another, nor a post of another country or
    another office of a state (``posts_agree``), nor, when the speaker holds another post of
    that head, a post the article wrote before where nobody spoke by it («جهانگیر رئیس سازمان
    زندان‌ها نیز ... پرداخت»: its holder is another, whom khabar does not know)."""
    as_subject = {c.ref.i for c in cues if isinstance(c.ref, PostMention)}
    for n, c in enumerate(cues):
        post = c.ref
        if not n or not isinstance(post, PostMention) or post.anaphor:
            continue
        if resolve_post(reg, post) or c.also or _also_by(keys, post) or post.glued:
            continue
        before = _person_of(cues[n - 1].ref, reg)
        after = next((d.ref for d in cues[n + 1 :] if not _worded_again(d.ref, post)), None)
        if (
            not before
            or before != _person_of(after, reg)
            or _named_in_clause(reg, keys, post, before)
            or of_another(reg, keys, post, before)  # «همچنان که رییس مجلس اعلام کرد»
            or a_party(reg, keys, before, post.keys)  # «رییس دادگاه از متهم پرسید»
        ):
            continue
        if posts_agree(reg, before, post):
            hold(reg, before, post)
        elif posts_agree(reg, before, post, same_head=True) and not _written_before(
            keys, post, as_subject
        ):
            # the speaker's, not a post to list, but for a member of parliament's seat
            hold(reg, before, post, written=_seat_of_member(reg, before, post))


_REPRESENTATIVE = lx.key("نماینده")
_PEOPLE = lx.key("مردم")
_PARLIAMENT = lx.key("مجلس")


def _seat_of_member(reg: Registry, pkey: str, post: PostMention) -> bool:
    """Whether ``post`` names the seat of a member of parliament whom a post they hold names
    by the house: one office, the seat telling more («نماینده دهمین دوره مجلس شورای اسلامی»
    ... «نماینده مردم میاندوآب تصریح کرد:»), where other posts of one head that differ are
    the speaker's going on, not posts to list. The house said alone of one the article names by
    the seat («نماینده مردم تبریز» ... «نماینده مجلس دهم گفت:») is not written: it tells
    nothing the seat does not."""
    new = worded(post_key(post.keys))
    for held in reg.persons[pkey].posts:
        if _seat_and_house(new, worded(post_key(lx.phrase_keys(held)))):
            return True
    return False


def _seat_and_house(seat: tuple[str, ...], house: tuple[str, ...]) -> bool:
    """«نماینده مردم X» (no house named) and «نماینده ... مجلس ...» (no seat named)."""
    return (
        seat[:2] == (_REPRESENTATIVE, _PEOPLE)
        and len(seat) > 2
        and _PARLIAMENT not in seat
        and house[:1] == (_REPRESENTATIVE,)
        and _PARLIAMENT in house
        and _PEOPLE not in house
    )


_CLAUSE_REACH = 20  # tokens from a post to its reporting verb's colon, at most


def _named_in_clause(reg: Registry, keys: list[str], post: PostMention, pkey: str) -> bool:
    """Whether ``pkey`` is named in the post's own clause, past it and before a colon, a comma
    or the sentence's end: another is its subject («رئیس اتاق ایران در آن نامه خطاب به همتی
    نوشته بود: ...» between two of همتی's quotes; not «... رهبر معظم انقلاب ... گزارش داد،
    آیت‌الله خامنه‌ای خواستار ... شدند», the words reported)."""
    for k in range(post.j, min(len(keys), post.j + _CLAUSE_REACH)):
        if keys[k] in (":", "،", ",") or keys[k] in FULL_STOPS:
            return False
        if reg.by_token.get(k) == pkey:
            return True
    return False


def _worded_again(ref: object, post: PostMention) -> bool:
    """Whether a cue's ``ref`` is ``post`` again («وی» going on with it) or another wording
    of it unheld («رئیس فراکسیون امید مجلس شورای اسلامی» after «رئیس فراکسیون امید»)."""
    if ref is post:
        return True
    return (
        isinstance(ref, PostMention)
        and not ref.anaphor
        and ref.holder is None
        and same_post(post_key(ref.keys), post_key(post.keys))
    )


def _written_before(keys: list[str], post: PostMention, as_subject: set[int]) -> bool:
    """Whether the post's words stand earlier in the article where no cue's subject is."""
    size = len(post.keys)
    return any(
        tuple(keys[k : k + size]) == post.keys and k not in as_subject
        for k in range(post.i)
        if keys[k] == post.keys[0]
    )


def _lone_speaker(cues: Sequence[SpeakerCue], reg: Registry) -> str | None:
    """The one person the cues' speakers are, each named or by a post held, if one."""
    found = {_person_of(c.ref, reg) for c in cues} - {None}
    return found.pop() if len(found) == 1 else None


def _person_of(ref: object, reg: Registry) -> str | None:
    if isinstance(ref, PostMention):
        return resolve_post(reg, ref)
    return ref if isinstance(ref, str) else None


def _also_by(keys: list[str], post: PostMention) -> bool:
    """«نیز» or «هم» after the post or right before it («دیروز نیز رییس فراکسیون ... گفت»)."""
    return another_speaker(keys, post) or (post.i > 0 and keys[post.i - 1] in ALSO)


_HEADING_REACH = 40  # tokens back from a glued post to the heading's «X:»


def heading_quotes(keys: list[str], k: int, reg: Registry) -> str | None:
    """The person a heading run into the post at ``k`` quotes, «X: ...» (a known person right
    before its colon), or None."""
    for t in range(k - 1, max(0, k - _HEADING_REACH), -1):
        if keys[t] in FULL_STOPS:
            return None
        if keys[t] == ":" and t - 1 in reg.by_token:
            return reg.by_token[t - 1]
    return None


def _next_person(speakers: list[str | None]) -> list[int]:
    """For each cue, the index of the first later cue said by a named person (``len``
    if none): one pass from the end, where a scan per cue was quadratic in a long run."""
    out = [len(speakers)] * len(speakers)
    for n in range(len(speakers) - 2, -1, -1):
        out[n] = n + 1 if speakers[n + 1] else out[n + 1]
    return out
