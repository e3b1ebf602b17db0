"""Shapes of a reporting clause's subject that the speaker rules (``speakers``) read apart:
someone described rather than named («این پیمانکار ساختمانی که نخواست نامش فاش شود، گفت»),
several people together («"پگاه کریمی"، "محمد مرادی" و "بهزاد رضایی" ... نوشته‌اند»), a body
an outlet relays («النشره به نقل از دفتر ریاست جمهوری ترکیه اعلام کرده بود که»), the
person whose paper «این پیام» is («در پیام علی‌اصغر فانی ... آمده است»), and the one who signed
or wrote a paper a relative clause describes («در نامه‌ای که به امضای X رسیده، آمده است»)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import finite_verb, verb
from khabar.extract.clause_words import (
    CLAUSE_ENDS,
    COMMAS,
    NOT_SUBJECT,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_MARKS,
    WHEN,
)
from khabar.extract.registry import Registry
from khabar.extract.speaking_bodies import OrgRef, is_outlet, organization_at

_DESCRIBING = {"این", "آن", "یک", "یکی"}  # open a noun a relative clause describes
_NO_NOUN = PREPOSITIONS | NOT_SUBJECT | WHEN | PRONOUNS | {"در", "حالی", "زمانی", "وقتی"}


def described_subject(keys, s, verb_at) -> bool:
    """Whether the clause from ``s`` is someone described by a relative clause that runs to
    the comma before the verb: «این پیمانکار ساختمانی که نخواست نامش فاش شود، گفت:»,
    «پیمانکاری که ...، گفت»: a person the article does not name, not the speaker before."""
    if verb_at - s < 3 or keys[verb_at - 1] not in COMMAS:
        return False
    that = next((k for k in range(s + 1, min(s + 5, verb_at)) if keys[k] == "که"), None)
    if that is None or not all(k[:1].isalpha() for k in keys[s:that]):
        return False
    if keys[s] in _DESCRIBING:
        return that > s + 1  # «این که» is no noun
    if that == s + 2 and not {keys[s], keys[s + 1]} & _NO_NOUN:
        return keys[s] in lx.common_words()  # «راننده پیکان که ...، می‌گوید:»: the driver
    return that == s + 1 and keys[s].endswith("ی")  # «پیمانکاری که»: a contractor


_ONE_OF = ("یکی", "از")  # «یکی از کتاب‌فروشان یزدی»: one of many, unnamed
_OTHER = "دیگر"  # «یکی دیگر از ...»
# a plural of persons after «از»: «کتاب‌فروشان», «شهروندان», «مسئولین», «مقامات»; not of
# things («یکی دیگر از برداشت‌های اشتباه گرین این است که»)
_PERSONS_ENDS = ("ان", "ین")
_BROKEN_PERSONS = frozenset({"مقامات", "افراد", "اعضای", "اساتید"})
# «یکی از نمایندگان انجمن سینماداران ... نیز گفت»: one of many may be the one named before,
# told again by another of their roles
_ALSO = frozenset({"نیز", "هم"})


def _verb(key: str) -> bool:
    return finite_verb(key) or verb(key)  # «نداریم», «است», «شد»


def one_of_many(keys, s, verb_at) -> bool:
    """Whether the clause from ``s`` to its reporting verb is said by one of many the article
    does not name: «یکی از شهروندان اردبیلی ... گفت:», «یکی از مقامات ارشد اسرائیلی به
    هاآرتص گفت», at the clause's start or right past a heading's verb run into it («...
    توسط مدارس یزد نداریم یکی از کتاب‌فروشان یزدی ... اظهار کرد:»), with no «نیز» or «هم».
    «وی» or «این مقام» after them is not the one named before."""
    for k in range(s, min(s + 12, verb_at - 3)):
        if keys[k] != _ONE_OF[0]:
            continue
        of = k + 1 + (keys[k + 1] == _OTHER)
        if keys[of] != _ONE_OF[1] or not _persons(keys[of + 1]):
            continue
        if k == s or (_verb(keys[k - 1]) and keys[k - 1] not in _NO_NOUN):
            return _ALSO.isdisjoint(keys[of + 2 : verb_at])
    return False


def _persons(key: str) -> bool:
    return key in _BROKEN_PERSONS or (key.endswith(_PERSONS_ENDS) and key not in _NO_NOUN)


def _past_marks(keys, k) -> int:
    while k < len(keys) and keys[k] in QUOTE_MARKS:
        k += 1
    return k


def _plural(keys, verb_at) -> bool:
    return any(k.endswith("ند") for k in keys[verb_at : verb_at + 3])


def together(keys, end, verb_at, reg: Registry, pkey: str) -> bool:
    """Whether the person ``pkey``, whose name ends at ``end``, speaks with others: another
    person named right after, joined by «،» or «و», and a plural verb («"پگاه کریمی"، "محمد
    مرادی" و "بهزاد رضایی" در شکایت خود نوشته‌اند»): no one of them is the speaker."""
    k = _past_marks(keys, end)
    if k >= verb_at or keys[k] not in ("،", ",", "و"):
        return False
    other = reg.by_token.get(_past_marks(keys, k + 1))
    return bool(other and other != pkey and _plural(keys, verb_at))


def posts_together(keys, end, verb_at, reg: Registry, post_at) -> bool:
    """Whether a post ending at ``end`` speaks with another post or person named right after,
    joined by «،» or «و», and a plural verb («امیر قطر و رئیس‌جمهوری اسلامی ایران ... اعلام
    کردند»): no one of them is the speaker."""
    k = _past_marks(keys, end)
    if k >= verb_at or keys[k] not in ("،", ",", "و"):
        return False
    other = _past_marks(keys, k + 1)
    # the plural may end a verb joined to the cue («خاطرنشان و اعلام کردند»)
    plural = any(w.endswith("ند") for w in keys[verb_at : verb_at + 5])
    return (other in post_at or other in reg.by_token) and plural


def relayed_body(keys, s, verb_at, reg: Registry, post_at, words) -> tuple[OrgRef, int] | None:
    """The body an outlet relays right before the verb: «النشره به نقل از دفتر ریاست جمهوری
    ترکیه اعلام کرده بود که» is said by the office. Not when the source is itself an outlet
    («به نقل از رویترز»), nor when a person or post stands in the clause."""
    at = next((k for k in range(s, min(s + 5, verb_at - 3)) if keys[k : k + 3] == _RELAYS), None)
    if at is None or any(k in reg.by_token or k in post_at for k in range(s, verb_at)):
        return None
    org = organization_at(keys, at + 3, verb_at, words)
    if org is None or is_outlet(org[0]):
        return None
    end = org[1]
    while end < verb_at and keys[end] in WHEN:
        end += 1
    return (OrgRef(org[0]), end) if end == verb_at else None


_RELAYS = ["به", "نقل", "از"]
_LOOK_BACK = 160  # tokens: about the two sentences before


def paper_owner(keys, s, paper: str, reg: Registry) -> str | None:
    """The person whose paper «این <paper>» at ``s`` is: the last one named right after that
    paper before it («در پیام علی‌اصغر فانی ... آمده است» ... «در ادامه این پیام آمده
    است»), or None."""
    for k in range(s - 1, max(s - _LOOK_BACK, 0) - 1, -1):
        if keys[k].removesuffix("ای") != paper:
            continue
        for j in range(k + 1, min(k + 3, s)):
            if pkey := reg.by_token.get(j):
                return pkey
    return None


_ISSUE = {"شماره", "چاپ"}  # «در شماره امروز خود», «در چاپ دیروز خود»: a paper's issue
_LATEST = {"تازهترین", "جدیدترین", "آخرین"}
_REPORT = {"گزارش", "مقاله"}


def outlet_by_issue(keys, t, verb_at, reg: Registry, post_at, words) -> tuple[OrgRef, int] | None:
    """A paper no list names, known by its issue: «دیلی‌تلگراف در شماره امروز خود ... گزارش
    داد:», «آ.اس اسپانیا در چاپ امروز خود ... عنوان کرد که», or by its report when its name is
    in Latin letters: the one to four words before «در شماره/چاپ ... خود», none a person's, a
    post's or a word that opens no name."""
    if "در" not in keys[t + 1 : min(t + 5, verb_at - 2)]:
        return None  # most clauses: no «در» where the issue would open, looked for in C
    for end in range(t + 1, min(t + 5, verb_at - 2)):
        at = end + 2 if keys[end + 1] in _LATEST else end + 1
        latin = all(keys[k].isascii() and keys[k][:1].isalpha() for k in range(t, end))
        # a name in Latin letters is an outlet's or a firm's: «Information week در تازه‌ترین
        # گزارش خود نوشت», and so is a word that ends papers' names, alone: «تایمز در گزارش خود
        # می‌نویسد»; a report alone does not tell a paper from someone khabar does not know
        paper = end == t + 1 and keys[t] in lx.paper_name_ends()
        by_report = (latin or paper) and keys[at] in _REPORT
        if keys[end] != "در" or not (keys[at] in _ISSUE or by_report):
            continue
        if "خود" not in keys[end + 2 : min(end + 5, verb_at)]:
            return None
        name = range(t, end)
        if any(
            k in reg.by_token
            or k in post_at
            or keys[k] in NOT_SUBJECT | CLAUSE_ENDS
            or not keys[k][:1].isalpha()
            for k in name
        ) or (len(name) == 1 and keys[t] in lx.common_words() and not paper):
            return None
        return OrgRef(" ".join((words or keys)[k] for k in name)), end
    return None


# A paper a relative clause describes: «در نامه‌ای که ...», «در تقدیر نامه‌ای که ...», «در
# مقاله‌ای که ...», «در یادداشتی که ...»
_A_PAPER = {"نامهای", "بیانیهای", "اطلاعیهای", "مقالهای", "پیامی", "یادداشتی", "پیامهای"}
_PAPER = {"نامه", "بیانیه", "اطلاعیه", "مقاله", "پیام", "یادداشت"}
_SIGNED = "امضای"  # «به امضای X رسیده»: X signed it


def described_paper(
    keys, s, verb_at, reg: Registry, words=None
) -> tuple[str | OrgRef | None, int] | None:
    """The clause at ``s`` opens with a paper a relative clause describes, and the paper is
    what speaks («در نامه‌ای که به امضای «پل برمر» ... رسیده ...، آمده است»): (the person
    who signed or wrote it, named in the relative clause as its subject or after «به
    امضای», or the body that opens the relative clause («در پیام ایمیلی که کنسولگری فرانسه
    در این شهر صادر کرده، آمده است»), else None: someone the article does not know, not the
    speaker before; the token where the clause ends). None when the clause has another shape
    or names «وی» in it."""
    if keys[s : s + 1] != ["در"]:
        return None
    k = s + 2 if keys[s + 1 : s + 2] == ["تقدیر"] else s + 1
    if keys[k] in _PAPER and keys[k + 1 : k + 2] != ["که"] and keys[k + 1].endswith("ی"):
        k += 1  # «در پیام ایمیلی که ...»: the paper, then its adjective with the «ی» of one
    elif keys[k] not in _A_PAPER:
        return None
    if k + 2 >= verb_at or keys[k + 1] != "که":
        return None
    commas = [j for j in range(k + 2, verb_at) if keys[j] in ("،", ",", "؛")]
    end = commas[-1] if commas else verb_at
    if end < verb_at - 1:
        return None  # «در بیانیه‌ای که ...، وزرای اتحادیه اروپا ... خواستند»: its own subject
    for j in range(k + 2, end):
        if keys[j] in PRONOUNS:
            return None  # «در پیامی که وی ... منتشر کرد»: the current speaker's
        pkey = reg.by_token.get(j)
        if pkey and (keys[j - 1] == _SIGNED or keys[j - 1] not in PREPOSITIONS | {"در"}):
            return pkey, verb_at
    if org := organization_at(keys, k + 2, end, words):
        return OrgRef(org[0]), verb_at
    return None, verb_at


_SOMEONE = {"یکی", "یک"}  # «یکی از وکلای آسانژ», «یک دانشجوی ایرانی»: someone, then named
_NAME_REACH = 8  # tokens from «یکی» to «به نام»


def named_as(keys, s, verb_at, reg: Registry) -> int | None:
    """The token of the person an indefinite subject goes on to name by «به نام» before any
    comma («به دنبال این وضعیت یکی از وکلای آسانژ به نام مارک سامرز از قاضی خواست»), or
    None."""
    if "نام" not in keys[s + 1 : verb_at - 1]:
        return None  # most clauses: none, looked for in C
    at = next((k for k in range(s, verb_at - 2) if keys[k : k + 2] == ["به", "نام"]), None)
    if at is None:
        return None
    one = next(
        (
            k
            for k in range(at - 1, max(s, at - _NAME_REACH) - 1, -1)
            if keys[k] in _SOMEONE or keys[k] in CLAUSE_ENDS
        ),
        None,
    )
    if one is None or keys[one] not in _SOMEONE:
        return None
    name = _past_marks(keys, at + 2)
    return name if name < verb_at and name in reg.by_token else None
