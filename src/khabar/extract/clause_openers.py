"""What opens a reporting clause before its subject, and is not it: the sources cited
(«به گزارش ایسنا، به نقل از روسیا الیوم، ...»), an adverbial phrase up to its comma («پس از
اعلام خبر ...، ...»), and frames («این در حالی است که», «...، بطوری که»)."""

from __future__ import annotations

from collections.abc import Callable

from khabar.calendars import JALALI_MONTH_NAMES
from khabar.extract import lexicons as lx
from khabar.extract.clause_words import (
    CLAUSE_ENDS,
    CLOSING_MARKS,
    COMMAS,
    PAPER_PARTS,
    PRONOUNS,
    QUOTE_MARKS,
    WHEN,
)
from khabar.extract.namewords import verb
from khabar.extract.org_spans import FINITE_VERBS
from khabar.extract.speaking_bodies import org_anaphor
from khabar.text.zwnj import default_lexicon

ACCORDING_TO = {("به", "گفته"), ("به", "نوشته"), ("به", "ادعای")}  # «به ادعای این رسانه، ...»
# «بنا بر اعلام پلیس، این فرد ...», «طبق اعلام وزارت بهداشت، ...»: what someone announced, as
# «به گفته»; «بر اساس این گزارش» stays a source
BY_ANNOUNCEMENT = {("بنا", "بر", "اعلام"), ("بنا", "به", "اعلام"), ("بنابر", "اعلام")}
BY_ANNOUNCEMENT |= {("طبق", "اعلام"), ("بر", "اساس", "اعلام"), ("براساس", "اعلام")}
_SAID_WORDS = ("گفته", "گفتههای", "اظهارات")
_SAID_OPENERS = (("بنا", "به"), ("بنا", "بر"), ("بر", "اساس"))

# «طبق گفته منبع مذکور، ...», «بنا به گفته‌های X، ...», «طبق اظهارات X، ...», «برابر اظهارات
# کارشناسان، ...»: what someone said, read as «به گفته» (keys folded: «گفته‌های» is «گفتههای»)
BY_WORDS: set[tuple[str, ...]] = {
    (*first, said)
    for first in (("طبق",), ("بنابر",), ("براساس",), ("برابر",), ("مطابق",), *_SAID_OPENERS)
    for said in _SAID_WORDS
}
# «به‌گفته» written as one word, with a ZWNJ: «به‌گفته علی پیرحسینلو، ...», «بنا به‌گفته X، ...»
BY_WORDS |= {("بهگفته",), ("بنا", "بهگفته")}

ACCORDING_FIRST = {o[0] for o in ACCORDING_TO | BY_ANNOUNCEMENT | BY_WORDS}
# made once and tried in its order, those of each first word apart
_BY_OPENERS = BY_WORDS | BY_ANNOUNCEMENT
_ANNOUNCEMENT_FIRST = {o[0] for o in BY_ANNOUNCEMENT}
_BY_OPENERS_OF: dict[str, list[tuple[str, ...]]] = {}
for _o in _BY_OPENERS:
    _BY_OPENERS_OF.setdefault(_o[0], []).append(_o)


def according_to_end(keys, s) -> int | None:
    """The token after «به گفته», «طبق گفته» or «بنا بر اعلام» at ``s``, else None."""
    if 0 <= s < len(keys) and keys[s] not in ACCORDING_FIRST:
        return None  # most tokens: no tuples made
    if tuple(keys[s : s + 2]) in ACCORDING_TO:
        return s + 2
    openers = _BY_OPENERS_OF.get(keys[s], ()) if 0 <= s < len(keys) else _BY_OPENERS
    return next((s + len(o) for o in openers if tuple(keys[s : s + len(o)]) == o), None)


# the last words of the openers ``according_to_end`` reads: each opener ends with one
_ACCORDING_LAST = frozenset(o[-1] for o in ACCORDING_TO | BY_ANNOUNCEMENT | BY_WORDS)
_ACCORDING_LONGEST = max(map(len, ACCORDING_TO | BY_ANNOUNCEMENT | BY_WORDS))


def according_at(keys) -> list[int]:
    """The tokens of the article where «به گفته», «طبق اعلام» or another opener of
    ``according_to_end`` opens, in order: sought back from their last words, few an
    article, not at every «به»."""
    ends = lx.positions(keys, _ACCORDING_LAST)
    at = {k for e in ends for k in range(max(e + 1 - _ACCORDING_LONGEST, 0), e + 1)}
    return sorted(k for k in at if according_to_end(keys, k) is not None)


def by_announcement(keys, s) -> bool:
    """Whether «بنا بر اعلام», not someone's words, opens at ``s`` (who announced it must
    be named and a comma close it)."""
    if 0 <= s < len(keys) and keys[s] not in _ANNOUNCEMENT_FIRST:
        return False  # most clauses: no tuples made
    return any(tuple(keys[s : s + len(o)]) == o for o in BY_ANNOUNCEMENT)


_SOURCE_ENDS = {*COMMAS, ":", "؛"}


REPORT = lx.key("گزارش")  # a report a clause cites or tells of: «به گزارش ایرنا», «این گزارش»
SOURCE_OPENERS = {("به", "گزارش"), ("به", "نقل"), ("به", "نوشته"), ("بنا", "بر")}
SOURCE_OPENERS |= {("بر", "اساس"), ("براساس", "این"), ("طبق", "این"), ("طبق", "گزارش")}
SOURCE_OPENERS |= {("بنابراین", "این")}  # «بنابراین این گزارش،»: «بنا بر» run together
_THIS = ["این", REPORT]


def after_source(keys, s, limit) -> int:
    """Past the sources that open a sentence: «به گزارش روز نو :», «به نوشته خبرگزاری
    «آناتولی»،», «بنا بر این گزارش،» (to its comma or colon), and one cited after the
    first («به گزارش ایسنا، به نقل از روسیا الیوم، ...»), else ``s``."""
    openers = SOURCE_OPENERS
    if (glued := _past_glued_source(keys, s, limit)) > s:
        s, openers = glued, SOURCE_OPENERS - ACCORDING_TO
    while s + 1 < limit and tuple(keys[s : s + 2]) in openers:
        comma = next((k for k in range(s, limit) if keys[k] in _SOURCE_ENDS), None)
        if comma is not None and (state := _state_described(keys, s, comma)) is not None:
            return state  # «به گزارش ایرنا عربستان سعودی که می‌کوشد ...، ... اعلام کرد»
        if comma is None:
            if keys[s] != "به":
                # «بر اساس این گزارش در نامه وزارت خارجه سوریه آمده است:» with no comma
                this = next((k for k in range(s + 1, s + 3) if keys[k : k + 2] == _THIS), None)
                return this + 2 if this is not None and this + 2 < limit else s
            k = s + 3 if keys[s + 1] == "نقل" and keys[s + 2 : s + 3] == ["از"] else s + 2
            if k == s + 2 and (pronoun := _pronoun_past_outlet(keys, k, limit)) is not None:
                return pronoun  # «به نوشته ایزنا وی با بیان اینکه ... افزود:»
            s = _past_cited(keys, k, limit)
            if tuple(keys[s : s + 2]) != ("به", "نقل"):
                return s
            continue  # «به گزارش خبرگزاری فارس به نقل از دادسرای ... آمده است:»
        s = comma + 1
        if keys[comma] == ":" and s < limit and keys[s] in COMMAS:
            s += 1  # «به گزارش روز نو :، در ادامه این مطلب آمده است:»: both marks end it
        openers = SOURCE_OPENERS - ACCORDING_TO  # «به گفته X، ...» is what was said
    return s


_OUTLET_WORDS = 3  # an outlet's words, with no comma, before the pronoun that opens the clause
_NOT_OUTLET = {"از", "به", "با", "که", "و", "در"}


def _pronoun_past_outlet(keys, k, limit) -> int | None:
    """The pronoun right past the outlet's words of «به گزارش» or «به نوشته» with no comma,
    the outlet at ``k``: «به نوشته ایزنا وی ... افزود:»; None when a word that no outlet's
    name holds stands before it («به نقل از وی», «به گزارش خبرنگار ما از وی»)."""
    for x in range(k + 1, min(k + 1 + _OUTLET_WORDS, limit)):
        if keys[x] in PRONOUNS:
            return x
        if keys[x] in _NOT_OUTLET or not keys[x][:1].isalpha():
            return None
    return None


_GLUED_REACH = 8  # tokens from «به» to the comma of a source run into «گزارش»
# what «گزارش» takes as its own ending: «گزارش‌ها», «گزارشات», «گزارشگر»
_REPORT_ENDINGS = ("ها", "ات", "گر")


def _past_glued_source(keys, s, limit) -> int:
    """Past a source whose outlet is run into «گزارش», to its comma: «به گزارشروز نو،», «به
    گزارشمهربه نقل ازسی‌ان‌بی‌سی،»; ``s`` where there is none («به گزارش‌های رسیده» is no
    outlet, «به گزارشش» his report)."""
    if keys[s : s + 1] != ["به"] or s + 2 >= limit or not keys[s + 1].startswith(REPORT):
        return s
    rest = keys[s + 1][len(REPORT) :]
    if len(rest) < 2 or rest.startswith(_REPORT_ENDINGS):
        return s
    reach = range(s + 2, min(s + _GLUED_REACH, limit - 1))
    comma = next((k for k in reach if keys[k] in _SOURCE_ENDS), None)
    return s if comma is None else comma + 1


def _state_described(keys, s, comma) -> int | None:
    """Where a country opens right past the agency of «به گزارش X» at ``s``, with «که» after
    it before ``comma``: the comma is the relative clause's on the country, not the
    source's («به گزارش ایرنا عربستان سعودی که می‌کوشد ...، هفته گذشته ... اعلام کرد»)."""
    if keys[s] != "به" or not (m := lx.agencies().match(keys, s + 2)) or m[0] >= comma:
        return None
    place = lx.places().match(keys, m[0])
    if not place or place[1].kind != "country" or keys[place[0] : place[0] + 1] != ["که"]:
        return None
    return m[0]


def _past_cited(keys, k, limit) -> int:
    """Past the agency a source with no comma cites and the place it reports from: «به گزارش
    خبرگزاری فارس از بویین زهرا حجت‌الاسلام X ... ذکر کرد» is said by X, not the agency."""
    if (m := lx.agencies().match(keys, k)) and m[0] < limit:
        k = past_reported_from(keys, m[0], limit)
    return k


def past_reported_from(keys, k, limit) -> int:
    """Past «از» at ``k`` and the place a source reports from, where it ends before ``limit``
    («... خبرگزاری فارس از کرمان | محمد نیازی ...»); else ``k``."""
    if keys[k : k + 1] == ["از"] and (place := lx.places().match(keys, k + 1)):
        return place[0] if place[0] < limit else k
    return k


# An adverbial phrase of time or sequence that opens a clause, up to its comma: «پس از اعلام
# خبر کشته شدن قاسم الریمی، تشکیلات القاعده تاکید کرد», «از سویی دیگر، نخست‌وزیر سابق ...
# گفت». Who is named inside it is not the subject.
_ADJUNCTS = {("پس", "از"), ("پیش", "از"), ("بعد", "از"), ("قبل", "از"), ("در", "پی")}
_ADJUNCTS |= {("به", "دنبال"), ("از", "سویی"), ("از", "سوی"), ("در", "همین"), ("در", "این")}
_ADJUNCTS |= {("با", "این"), ("در", "ادامه"), ("به", "دلیل"), ("به", "علت")}
_ADJUNCTS |= {("به", "عنوان"), ("برای", "مثال"), ("برای", "نمونه"), ("به", "گونه")}  # «... مثال،»
_ADJUNCTS |= {("با", "وجود")}  # «با وجود امضای این توافق، طالبان اعلام کرد»
_ADJUNCTS |= {("در", "همان")}  # «در همان زمان سرهنگ X ... گفت که»
_ADJUNCT_WORDS = 25  # tokens: an adjunct longer than this is a clause of its own
# whole with no comma after them
_BARE_ADJUNCTS = {("پیش", "از", "این"), ("پس", "از", "این"), ("از", "سوی", "دیگر")}
_BARE_ADJUNCTS |= {("از", "سویی", "دیگر"), ("از", "طرف", "دیگر")}
# «در ادامه وی ... گفت», «در پایان او ... افزود»: the pronoun is the subject
_THEN = {("در", "ادامه"), ("در", "پایان")}
# «در این جلسه نماینده مردم ... نیز گفت»: the gathering the article reports, said again, is no
# subject; «همچنین» before either
_GATHERINGS = frozenset({"جلسه", "نشست", "مراسم", "همایش", "آیین", "دیدار", "سفر"})
_ALSO = "همچنین"


def past_then(keys: list[str], s: int) -> int:
    """Past «در ادامه», «در پایان» or «در این جلسه» (and a comma), each after «همچنین» or
    not, or «همچنین» alone, opening a clause at ``s``, or ``s``: «در ادامه نماینده مردم خرم‌بید
    ... نیز گفت» and «همچنین در این جلسه نماینده مردم بیله‌سوار ... نیز گفت» open with the
    post."""
    if keys[s : s + 1] == ["یک"]:
        return s + 1  # «یک استاد دانشگاه ... ارایه کرد. احمد روستا ...»
    at = s + 1 if keys[s : s + 1] == [_ALSO] else s
    if tuple(keys[at : at + 2]) in _THEN:
        at += 2
    elif keys[at : at + 2] in (["در", "این"], ["در", "همین"]) and (
        keys[at + 2 : at + 3] and keys[at + 2] in _GATHERINGS
    ):
        at += 3
    elif at == s:
        return s
    return at + 1 if at < len(keys) and keys[at] in COMMAS else at


# «در همین باره», «در این رابطه»: a phrase whole in its three words, that takes nothing after
# it, so what follows with no comma is the clause's own
_THIS_MATTER = {"باره", "رابطه", "زمینه", "راستا", "خصوص", "ارتباط", "میان", "حال", "مورد"}
_THIS_MATTER |= {"زمان"}


def past_this_matter(keys, s, verb_at) -> int:
    """Past «در همین رابطه» opening the clause at ``s``, or ``s``."""
    phrase = s + 3 < verb_at and keys[s] == "در" and keys[s + 1] in ("این", "همین", "همان")
    return s + 3 if phrase and keys[s + 2] in _THIS_MATTER else s


# «با این حال», «با این وجود», «در عین حال»: a concession whole in its words, with no comma
# after it, before the clause's subject («بااین‌حال این کارشناس ... می‌افزاید:»; keys: no ZWNJ)
_CONCESSIONS = frozenset(
    {("با", "این", "حال"), ("با", "این", "وجود"), ("با", "وجود", "این"), ("با", "این", "همه")}
    | {("در", "عین", "حال"), ("بااینحال",), ("بااینوجود",), ("درعینحال",)}
)


def past_concession(keys, s, verb_at, opens: Callable[[int], bool]) -> int:
    """Past «با این حال» or the like opening the clause at ``s``, when what ``opens`` a subject
    follows it (not a comma, whose own rule reads «با این حال، ...», nor «که»: «با وجود این که
    ...» is a clause of its own, nor «هنگامی که ...»); else ``s``."""
    for n in (1, 3):
        if s + n < verb_at and tuple(keys[s : s + n]) in _CONCESSIONS:
            return s + n if opens(s + n) else s
    return s


# «به همین دلیل نیز شورای عالی سیاستگذاری اصلاح‌طلبان ... اعلام کرد که»: a cause that ties
# the clause to the one before, with no comma after it (keys: no ZWNJ)
_CAUSES = frozenset(
    {("به", w, n) for w in ("این", "همین") for n in ("دلیل", "خاطر", "جهت", "سبب", "علت")}
    | {("از", "این", "رو"), ("ازاینرو",), ("بنابراین",), ("در", "نتیجه")}
)
# «چند سال قبل نیز ارتش مصر مدعی ... شد», «هفته گذشته فرانسه ... اعلام کرد»: how long ago
_AGO_UNITS = frozenset({"سال", "ماه", "هفته", "روز", "ساعت"})
_AGO = frozenset({"قبل", "پیش", "گذشته"})
_SOME = frozenset({"چند", "چندین", "یک", "دو", "سه", "چهار", "پنج"})
_CAUSE_OR_AGO_FIRST = frozenset({c[0] for c in _CAUSES}) | _SOME | _AGO_UNITS  # one look-up


def past_cause_or_ago(keys, s, verb_at, opens: Callable[[int], bool]) -> int:
    """Past a cause («به همین دلیل», «از این رو») or a time ago («چند سال قبل», «هفته گذشته»)
    opening the clause at ``s``, and «نیز» or «هم» after it, when what ``opens`` a subject
    follows (not a comma, whose own rules read «به همین دلیل، ...»); else ``s``."""
    if s >= verb_at or not (keys[s] in _CAUSE_OR_AGO_FIRST or keys[s].isdigit()):
        return s  # most clauses open with none of these
    k = s
    for n in (1, 2, 3):
        if tuple(keys[s : s + n]) in _CAUSES:
            k = s + n
    if k == s:
        t = s + (keys[s] in _SOME or keys[s].isdigit())
        unit, ago = keys[t : t + 1], keys[t + 1 : t + 2]
        if unit and unit[0] in _AGO_UNITS and ago and ago[0] in _AGO:
            k = t + 2
    if k == s:
        return s
    k += k < verb_at and keys[k] in ("نیز", "هم")
    return k if k < verb_at and opens(k) else s


# «در سال 2017 مسکو از ... خبر داد», «در سال ۹۸ وزارت نفت اعلام کرد»: the year the clause
# tells of, with no comma after it
_YEAR_WORDS = frozenset({"میلادی", "شمسی", "خورشیدی", "قمری"})
_YEAR_STOPS = frozenset({"که", *COMMAS, "؛", ":"})


def past_year(keys, s, verb_at, opens: Callable[[int], bool]) -> int:
    """Past «در سال» and its number (and «میلادی», «نیز» or «هم» after it) opening the clause
    at ``s``, when what ``opens`` a subject follows and no «که», comma or «؛» stands between
    it and the verb, whose clause it may not be («در سال ۹۷ شورای برنامه‌ریزی استان ... مصوبه‌ای
    ... می‌دهد که ...؛ در‌حالی‌که متهمان گفته‌اند»); else ``s``."""
    if keys[s : s + 2] != ["در", "سال"] or s + 3 >= verb_at or not keys[s + 2].isdigit():
        return s  # most clauses
    k = s + 3
    k += keys[k] in _YEAR_WORDS
    k += k < verb_at and keys[k] in ("نیز", "هم")
    if _YEAR_STOPS.intersection(keys[k:verb_at]):
        return s
    return k if k < verb_at and opens(k) else s


# «در ابتدای این نشست علمی آقای دکتر حداد عادل ... تأکید کرد»: a part of the gathering told of,
# with no comma after it; the subject opens within a few words past the gathering's noun
_EVENT_PARTS = frozenset({"ابتدای", "آغاز", "پایان", "حاشیه", "جریان", "خلال", "ادامه"})
_EVENTS = frozenset({"نشست", "جلسه", "مراسم", "همایش", "دیدار", "گردهمایی", "اجلاس"})
_EVENTS |= frozenset({"کنفرانس", "سمینار", "گفتگو", "گفتوگو", "مصاحبه", "سفر"})
_EVENT_TAIL = 4  # words past the gathering's noun before the name: «علمی آقای دکتر»


def after_event_part(
    keys, s, verb_at, opens: Callable[[int], bool], post: Callable[[int], bool]
) -> int:
    """Past «در ابتدای این نشست» and a few words to a person or a body right after them (not a
    post: «در ادامه این مراسم امام جمعه ...» may be one the article names later); else ``s``."""
    if not (
        s + 4 < verb_at
        and keys[s] == "در"
        and keys[s + 1] in _EVENT_PARTS
        and keys[s + 2] in ("این", "همین", "آن")
        and keys[s + 3] in _EVENTS
    ):
        return s
    for k in range(s + 4, min(verb_at, s + 4 + _EVENT_TAIL)):
        if keys[k] in COMMAS or post(k) or lx.reporting_verbs().match(keys, k) is not None:
            return s  # «در ادامه این دیدار نیز مدیر آموزش و پرورش ... گفت»: a body in a post
        if opens(k):
            return k
    return s


def after_adjunct(
    keys,
    s,
    verb_at,
    opens: Callable[[int], bool] | None = None,
    then_opens: Callable[[int], bool] | None = None,
) -> int:
    """Past an adverbial phrase opening the clause at ``s`` (``_ADJUNCTS``) to its comma, or
    past «پیش از این» with none; past «در همین باره» alone when ``opens`` says a subject
    begins right after it («در همین باره مهدی چمران ... در گفتگویی که ...، گفت:»); past «در
    ادامه», «در پایان» before a pronoun or where ``then_opens`` says a subject begins, with no
    «که» before the verb; else ``s``."""
    if tuple(keys[s : s + 2]) in _THEN and keys[s + 2 : s + 3]:
        if keys[s + 2] in PRONOUNS:
            return s + 2  # «در ادامه وی»
        if then_opens is not None and s + 2 < verb_at and then_opens(s + 2):
            # «در ادامه نماینده مردم خرم‌بید ... نیز گفت»: a subject, a post too, opens there;
            # not past «که», whose clause has its own («در ادامه نماینده دادستان ... را قرائت
            # کرد که متهم ستوده ... گفت»)
            if "که" not in keys[s + 2 : verb_at]:
                return s + 2
    if tuple(keys[s : s + 2]) not in _ADJUNCTS:
        return s
    if keys[s + 1] in ("این", "همین", "همان") and s + 2 < verb_at and org_anaphor(keys[s + 2]):
        return s  # «در این اطلاعیه که ...، آمده است»: the paper speaks
    if (
        keys[s] == "در"
        and keys[s + 1] in ("این", "همین", "همان")
        and s + 3 < verb_at
        and keys[s + 2] in _THIS_MATTER
        and opens is not None
        and opens(s + 3)
    ):
        return s + 3
    if s < (that := _after_that(keys, s)) < verb_at and not any(
        keys[k] in COMMAS or lx.reporting_verbs().match(keys, k) for k in range(that, verb_at)
    ):
        return that  # «پس از اینکه بانک مرکزی ژاپن اعلام کرد ...»: the verb's own subject
    bare = s + 3 if tuple(keys[s : s + 3]) in _BARE_ADJUNCTS else s
    if bare > s and keys[s] != "از" and keys[bare : bare + 1] != ["،"]:
        return bare  # «پیش از این دولت ترکیه از ... خبر داد»
    comma = next(
        (k for k in range(s + 2, min(verb_at, s + _ADJUNCT_WORDS)) if keys[k] in COMMAS), None
    )
    if comma is None and tuple(keys[s : s + 2]) in _EVENT_ADJUNCTS:
        comma = _long_event_comma(keys, s, verb_at)
    if comma is None or lx.reporting_verbs().match(keys, s + 2) is not None:
        return bare  # «از سوی دیگر مقامات بهداشتی بریتانیا ... تایید کردند»
    if any(lx.reporting_verbs().match(keys, k) for k in range(s + 2, comma)):
        return bare  # «پس از آنکه X گفت ...، ...»: a clause that reports, not an adjunct
    return _relative_closed(keys, s, comma, verb_at) + 1


# «در پی», «به دنبال»: an event's noun and what it is of, a phrase that may run long before
# its comma («در پی انتشار نامه انتقادی X رئیس سابق ... به رئیس سازمان ... پیرامون ...، Y
# ... اظهار کرد:»)
_EVENT_ADJUNCTS = {("در", "پی"), ("به", "دنبال")}
_LONG_ADJUNCT_WORDS = 45


def _long_event_comma(keys, s, verb_at) -> int | None:
    """The comma closing an adjunct of an event at ``s`` longer than ``_ADJUNCT_WORDS``,
    within ``_LONG_ADJUNCT_WORDS`` and with no finite verb, «که» or colon before it (a
    phrase, not a clause of its own; a word read as a verb's stem may be a noun, «بسیج»);
    else None."""
    for k in range(s + 2, min(verb_at, s + _LONG_ADJUNCT_WORDS)):
        if keys[k] in COMMAS:
            return k if k >= s + _ADJUNCT_WORDS else None
        if keys[k] in ("که", ":") or finite_verb(keys[k]):
            return None
    return None


_WHEN_NOUNS = frozenset({"هنگامی", "زمانی", "وقتی"})


def _relative_closed(keys, s, comma, verb_at) -> int:
    """The comma that ends the adjunct opening at ``s``: its first, ``comma``, unless a
    relative clause opened in it («در این دیدار که X، سفیر ... نیز شرکت داشت، Y گفت») has
    no verb before that comma; then the next comma after a verb, if there is one."""
    # on the adjunct's own noun («در این دیدار که»), not a time's («با این حال هنگامی که X،
    # رئیس ... دیدار کرد، ... تاکید کرد», whose subject goes on)
    that = next((k for k in (s + 2, s + 3) if k < comma and keys[k] == "که"), None)
    if that is None or keys[that - 1] in _WHEN_NOUNS:
        return comma
    if any(finite_verb(keys[k]) or verb(keys[k]) for k in range(that, comma)):
        return comma
    # the list of those present may run past an adjunct's length before its verb («در این
    # جلسه که وزیر راه و شهرسازی، رییس سازمان غذا و دارو، معاون وزیر بهداشت ...، مدیرعامل
    # سازمان ... و نماینده سازمان برنامه و بودجه نیز حضور داشتند، استاندار خراسان رضوی ...
    # ارائه کرد و گفت:»): its commas part the list, and its own closes it after the verb
    for k in range(comma + 2, min(verb_at - 1, s + _LONG_ADJUNCT_WORDS)):
        if keys[k] in COMMAS and (finite_verb(keys[k - 1]) or verb(keys[k - 1])):
            return k
    return comma


def past_paper_comma(keys, s, verb_at, opens_subject: Callable[[int], bool]) -> int:
    """Past «در این نامه،» at ``s`` when a subject opens after its comma: «در این نامه، فیفا
    ... خبر داد» is said by FIFA, not by whoever the paper was named with before; else ``s``."""
    if (
        keys[s : s + 2] == ["در", "این"]
        and s + 4 < verb_at
        and org_anaphor(keys[s + 2])
        and keys[s + 3] in COMMAS
        and opens_subject(s + 4)
    ):
        return s + 4
    return s


_MID_BUT = {"اما", "ولی"}
# «که», and «چنان‌که» and its kin written as one word: «... وجود ندارد؛ چنان‌که عباس عبدی ...
# گفته بود:», «...، در حالیکه فرماندهی عملیات بغداد روز شنبه اعلام کرد، ...»
_THAT_WORD = {"که", "چنانکه", "آنچنانکه", "همانطورکه", "همانگونهکه", "حالیکه", "درحالیکه"}
# between a body after «که» and the verb: «... که آژانس ... ارائه داده و یادآور شد», «... که
# مرکز شیوع این ویروس است دیروز مقامات ... اعلام کردند» hold another clause's verb, «که
# کمیسیون اروپا و صندوق ... خواسته‌اند» several bodies
_NOT_ONE_CLAUSE = CLAUSE_ENDS | {"و"}
# a concession opened in mid-sentence, its subject right after it: «... گسترده نبوده هرچند
# وحید یامین پور نیز شب گذشته در توییتی کنایی گفته بود ...»
_THAT_OR_THOUGH = _THAT_WORD | {"هرچند", "اگرچه", "گرچه"}


# «اما گویا طاهری به وی اطلاع داده که»: a word of hearsay between «اما» and the subject
_HEARSAY = frozenset(map(lx.key, ("گویا", "ظاهرا", "ظاهراً", "احتمالا", "احتمالاً")))


def after_but(keys, s, verb_at, opens_subject: Callable[[int], bool]) -> int:
    """Past the last «اما» or «ولی» inside the clause, with no comma after it, when a subject
    opens right after it, or after a word of hearsay: «جزئیات بیشتری ... منتشر نشده اما
    خبرگزاری کیودو گزارش داده که» is the agency's, not what the clause before named, and «...
    امید آن می‌رفت وی پنجمین گزینه باشد اما گویا طاهری به وی اطلاع داده که» Taheri's; else
    ``s``."""

    def opens(k: int) -> bool:
        return opens_subject(k) or (
            keys[k] in _HEARSAY and k + 1 < verb_at and opens_subject(k + 1)
        )

    k = _past_last(keys, s, verb_at, _MID_BUT, COMMAS, opens)
    return k + 1 if k > s and keys[k] in _HEARSAY and not opens_subject(k) else k


def after_that_body(keys, s, verb_at, body_at: Callable[[int], bool]) -> int:
    """Past the last «که» inside the clause, with no «و», comma or verb after it, when a body or
    a person opens right after it: «... پاکسازی این منطقه از گروه‌های تروریستی که وزارت دفاع
    روسیه در آن موقع گفت که» is the ministry's, «اظهارات ظریف در پی این مطرح می‌شود که ترامپ
    در نشست خبری کاخ سفید به تازگی مدعی شد:» Trump's; else ``s``. Not past «مبنی بر این که»,
    whose clause tells what the noun before it holds: «وی ... بر ادعاهای اطلاعاتی آمریکا مبنی
    بر این که روسیه از حملات سایبری ... استفاده کرده تاکید کرد» is his."""
    k = _past_last(keys, s, verb_at, _THAT_OR_THOUGH, _NOT_ONE_CLAUSE, body_at)
    if k > s and any(keys[k - 1 - len(c) : k - 1] == c for c in _CONTENT_OF):
        return s
    return k


# «مبنی بر این که», «مبنی بر آن که»: what a noun (a claim, a report) holds follows
_CONTENT_OF = (["مبنی", "بر", "این"], ["مبنی", "بر", "آن"], ["مبنی", "بر"])


_AND = {"و"}
_NOT_AFTER_AND = (_NOT_ONE_CLAUSE | _THAT_WORD) - _AND  # what may not follow the last «و»


def after_and_body(keys, s, verb_at, body_at: Callable[[int], bool]) -> int:
    """Past the last «و» inside the clause, with no comma or verb after it, when a verb ends
    the clause before it and a body opens right after it: «... بانک‌های سوئیس گفتند که پول‌های
    ایران را پس نمی‌دهند و رادیو کویت نیز اعلام کرد:» is the radio's; not «وزارت خارجه و
    وزارت دفاع اعلام کردند», two bodies, nor «... است و اسرائیل از ... نقشی که واشنگتن از آن
    خواسته است», a clause with «که» after the body; else ``s``. The verb before the «و» may be
    a participle standing for its clause's verb («... آماری منتشر شده و خبرگزاری رویترز در
    گزارشی عنوان کرده است»), and the body may have a comma of its own before the words of
    time that reach the verb («... به پایان رسید و گروه ویژه اقدام مالی ...، روز جمعه دوم
    اسفندماه اعلام کرد»). A clause that opens with «و» opens with the body after it («و شورای
    نگهبان طی نامه شماره ۱۲۳۴ ... اعلام کرد»)."""
    before = _time_after_comma(keys, s, verb_at)
    k = _past_last(keys, s, before, _AND, _NOT_AFTER_AND, body_at)
    if k > s and (finite_verb(keys[k - 2]) or _verb_before_and(keys[k - 2])):
        return k
    if keys[s] in _AND and s + 1 < before and body_at(s + 1):
        return s + 1
    return s


def _verb_before_and(key: str) -> bool:
    """A verb that ends the clause before «و» though no list of finite verbs holds it
    («افتاد»), or a participle standing for it; not a word that is mostly a noun («مردم»), nor
    a name that only looks like a form of a verb («فاکس نیوز و واشنگتن پست»)."""
    if key[:1] == "ن" and (key[1:] in _PARTICIPLES or finite_verb(key[1:])):
        return True  # «... مشخص نشده و پلیس چین ... خبر داد», «... را امضا نکرد و خبرآنلاین»
    return key in _PARTICIPLES or (key in default_lexicon().verbs and key not in lx.common_words())


# a past participle that stands for its clause's verb before «و» («منتشر شده و ...»)
_PARTICIPLES = frozenset({"شده", "کرده", "داده", "بوده"})
_MONTHS = frozenset(lx.key(m + tail) for m in JALALI_MONTH_NAMES for tail in ("", "ماه"))
_ORDINALS = frozenset({"اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"})


def _time_after_comma(keys, s, verb_at) -> int:
    """The comma before the verb when only words of time stand between them («...، روز جمعه
    دوم اسفندماه اعلام کرد»), else ``verb_at``."""
    k = verb_at - 1
    while (
        k > s
        and keys[k] not in COMMAS
        and (keys[k] in WHEN or keys[k] in _MONTHS or keys[k] in _ORDINALS or keys[k].isdigit())
    ):
        k -= 1
    return k if k > s and k < verb_at - 1 and keys[k] in COMMAS else verb_at


def finite_verb(key: str) -> bool:
    """A verb in a tense or mood that ends a clause: «نمی‌دهند», «شدند», «است»."""
    return (
        key in CLAUSE_ENDS
        and key[:1].isalpha()
        or key in FINITE_VERBS
        or (key.startswith(("می", "نمی")) and verb(key))
    )


def _past_last(keys, s, verb_at, marks, stops, opens: Callable[[int], bool]) -> int:
    """Past the last word of ``marks`` between ``s`` and the verb, with no word of ``stops``
    after it, when ``opens`` says a subject begins right after it; else ``s``. A short name
    in guillemets closes nothing («... چنان‌که عباس عبدی ... در گفت‌وگو با «خبرآنلاین» گفته
    بود:»)."""
    if marks.isdisjoint(keys[s + 1 : verb_at]):
        return s  # most clauses hold none: looked for in C
    k = verb_at
    while (k := k - 1) > s:
        if keys[k] == "»" and "«" in keys[max(s, k - _NAMED) : k]:
            k = max(t for t in range(max(s, k - _NAMED), k) if keys[t] == "«")
            continue
        if keys[k] in stops:
            return s
        if keys[k] in marks:
            return k + 1 if k + 1 < verb_at and opens(k + 1) else s
    return s


_NAMED = 5  # tokens of a name in guillemets at most, its marks included


_GLUED_SOURCE = {"گزارش", "نوشته", "نقل"}
_SOURCE_REACH = 12  # tokens from a source's first word to its comma or colon


def after_glued_source(keys, s, verb_at) -> int:
    """Past a source whose «به» a heading ran into, to its comma or colon: «... استاندار
    خوزستانبه گزارش روز نو: روز گذشته روابط عمومی دادسرا ... نوشت», «... نمی‌دانمبه نوشته
    خبرگزاری ایلنا، نماینده مازندران ... ابراز داشت»; else ``s``. Not a word of its own
    («دوشنبه گزارش داد»)."""
    if _GLUED_SOURCE.isdisjoint(keys[s + 1 : verb_at]):
        return s  # most clauses hold none: looked for in C
    for k in range(s, verb_at - 1):
        word = keys[k]
        if (
            keys[k + 1] in _GLUED_SOURCE
            and len(word) > 4
            and word.endswith("به")
            and word not in WHEN
            and word not in lx.common_words()
        ):
            reach = range(k + 2, min(verb_at, k + _SOURCE_REACH))
            end = next((j for j in reach if keys[j] in _SOURCE_ENDS), None)
            if end is not None:
                return end + 1
    return s


def after_photo_credit(keys, s, verb_at) -> int:
    """Past the last photo caption and credit run into the clause («... در خیابان‌های مسکو/
    عکس: Handout via REUTERSروسیه تا کنون از ... خبر داده است»): whom a caption names is not
    the subject, nor is the agency credited; else ``s``."""
    if "عکس" not in keys[s : verb_at - 1]:
        return s  # most clauses hold none: looked for in C
    k = next(
        (k for k in range(verb_at - 2, s - 1, -1) if keys[k] == "عکس" and keys[k + 1] == ":"),
        None,
    )
    if k is None:
        return s
    k += 2
    if (m := lx.agencies().match(keys, k)) and m[0] < verb_at:
        k = m[0]  # «/ عکس: خبرگزاری فرانسه"رزا کاوالی" مدیر یک داروخانه ... گفت»
    return k


_THAT = {("اینکه",), ("آنکه",), ("این", "که"), ("آن", "که")}


def _after_that(keys, s) -> int:
    """Past «پس از اینکه», «بعد از آنکه» at ``s``, where their clause's subject begins; else
    ``s``."""
    if keys[s : s + 2] not in (["پس", "از"], ["بعد", "از"]):
        return s
    n = next((len(t) for t in _THAT if tuple(keys[s + 2 : s + 2 + len(t)]) == t), 0)
    return s + 2 + n if n else s


def after_in_phrase(keys, s, verb_at) -> int:
    """Past a phrase with «در» opening the clause at ``s``, to its comma («در جدیدترین تحولات
    مربوط به جنگ داخلی لیبی ...، شرکت ملی نفت لیبی اعلام کرد»), when it reports nothing; else
    ``s``. Only a body is sought past it: a person there is found by the further scan."""
    if keys[s] != "در":
        return s
    comma = next(
        (k for k in range(s + 2, min(verb_at, s + _ADJUNCT_WORDS)) if keys[k] in COMMAS), None
    )
    if comma is None or any(lx.reporting_verbs().match(keys, k) for k in range(s + 1, comma)):
        return s
    return comma + 1


CONCESSIVE = {"هرچند", "اگرچه", "گرچه"}  # open a clause of their own, up to a comma
# «هرچندتحریم‌های آمریکا ...»: the conjunction run into the next word (keys: no ZWNJ)
_CONCESSIVE_RUN_IN = ("هرچند", "اگرچه")
_CONCESSIVE_WORDS = 30  # tokens of a concession up to its comma, at most


def past_concession_clause(keys, s, verb_at) -> int:
    """Past a concession opening the clause at ``s`` («هرچند ... به وجود آورده است،»), to its
    first comma before the verb, a verb ending the clause there: the subject follows
    («... ، بانک جهانی و صندوق بین‌المللی پول ... پیش‌بینی کرده‌اند»); or, a comma of its own
    inside it, past the «ولی» or «اما» that answers it after a verb and a comma («گرچه سفر
    اخیر هو جیان تائو ... به روسیه، موجب ... خواهد شد، ولی مقام‌های عالی رتبه چین اعلام
    کردند»: the officials speak, not the one the concession names); else ``s``."""
    if keys[s] not in CONCESSIVE and not keys[s].startswith(_CONCESSIVE_RUN_IN):
        return s
    end = min(verb_at, s + _CONCESSIVE_WORDS)
    comma = next((t for t in range(s + 1, end) if keys[t] in COMMAS), None)
    if comma is None or comma + 1 >= verb_at:
        return s
    if keys[comma - 1] in FINITE_VERBS or verb(keys[comma - 1]):
        return comma + 1
    return next(
        (
            t + 2
            for t in range(comma + 1, end - 2)
            if keys[t] in COMMAS
            and keys[t + 1] in _ANSWERING_BUT
            and (keys[t - 1] in FINITE_VERBS or verb(keys[t - 1]))
        ),
        s,
    )


_ANSWERING_BUT = frozenset({"ولی", "اما"})  # the main clause after a concession («گرچه ...، ولی»)


# «همان‌گونه که بعضی از تحلیلگران بر این باورند که ...، نماینده دائم ایران ... متذکر شد:»: a
# clause of likeness opening the sentence, up to its comma, before the subject (keys: no ZWNJ)
_LIKE = frozenset({"همانگونه", "همانطور", "همانطوری"})  # «همان‌طوری که ...»: the same
_LIKE_WORDS = 30  # tokens of the clause up to its comma, at most
_SAME = "همان"
_LIKE_APART = (["گونه"], ["طور"])  # «همان گونه که», «همان طور که»: the words apart


def past_as_clause(keys, s, verb_at) -> int:
    """Past a clause of likeness opening the clause at ``s`` («همان‌طور که ...،»), to its
    first comma before the verb, a verb ending the clause there; else ``s``: not a comma of
    apposition inside it («همانطور که پروفسور «نیکلاس لاکر»، ویروس‌شناس، اظهار داشت:», the
    clause's own verb of saying)."""
    apart = keys[s] == _SAME and keys[s + 1 : s + 2] in _LIKE_APART  # «همان گونه که»
    if not apart and keys[s] not in _LIKE:
        return s
    k = s + 1 + apart
    if keys[k : k + 1] != ["که"]:
        return s
    k += 1
    end = min(verb_at, s + _LIKE_WORDS)
    comma = next((t for t in range(k, end) if keys[t] in COMMAS), None)
    if comma is None or comma + 1 >= verb_at:
        return s
    closed = keys[comma - 1] in FINITE_VERBS or verb(keys[comma - 1])
    return comma + 1 if closed else s


BUT = {"البته", "اما", "ولی"}

_SO_THAT = {"بطوری", "طوری", "بهطوری"}


# «زمانی که ... صحبت می‌کرد ترامپ ... گفت»: a clause of time before the subject, to its verb
_WHEN_THAT = {"زمانی", "وقتی", "هنگامی"}
_APPOSITION_TAIL = 5  # words after a post in apposition to its comma («در سال 2002 میلادی»)


def after_when(keys, s, verb_at, post_at=None) -> int:
    """Past a clause of time opening the clause at ``s`` («زمانی که X ... صحبت می‌کرد»), to
    its comma or its first verb of the past continuous («می‌کرد»); else ``s``. The commas
    around a post in apposition are the clause's own («زمانی که جورج بوش پسر، رئیس جمهوری
    اسبق ... در سال 2002 میلادی، ایران را محور شرارت نامید، تهران دانست»)."""
    if keys[s + 1 : s + 2] != ["که"] or keys[s] not in _WHEN_THAT:
        return s  # most clauses: one slice, no list built for each word of time
    closes = -1  # the last token where a comma closes a post in apposition
    for k in range(s + 3, verb_at):
        if keys[k] in COMMAS:
            if k <= closes:
                closes = -1
                continue
            post = post_at.get(k + 1) if post_at else None
            if post is not None and not post.anaphor and post.j < verb_at:
                closes = post.j + _APPOSITION_TAIL
                continue
            return k + 1
        if keys[k].startswith("می") and keys[k].endswith(("کرد", "بود", "داد", "شد", "گفت")):
            return k + 1
    return s


# A note the writer adds opens the sentence before its subject: «گفتنی است سازمان بهداشت
# جهانی ... اعلام کرد که», «شایان ذکر است ...», «لازم به ذکر است که ...».
_NOTES = [("گفتنی", "است"), ("شایان", "ذکر", "است"), ("لازم", "به", "ذکر", "است")]
_NOTES += [("قابل", "ذکر", "است"), ("ناگفته", "نماند")]


def after_note(keys, s, verb_at) -> int:
    """Past a writer's note opening the clause at ``s`` («گفتنی است که»), or ``s``. What
    follows is background: only a body is taken as its subject there (a post or «وی» after
    it is often someone of years before, «رئیس‌جمهور وقت آمریکا»)."""
    for note in _NOTES:
        k = s + len(note)
        if tuple(keys[s:k]) == note and k < verb_at:
            return k + 1 if keys[k] == "که" and k + 1 < verb_at else k
    return s


_WHILE_JOINED = {"درحالیکه", "حالیکه"}


# «آنچنان که چند روز پیش میرسلیم ... تاکید کرد:», «همان‌طور که وزیر گفت»: as someone said
_AS = {"آنچنان", "چنان", "همانطور", "همانطوری", "همانگونه", "آنطور", "آنطوری", "آنگونه"}
_AS_JOINED = _THAT_WORD - {"که"}
# «کما اینکه اسماعیل گرامی‌مقدم ... تاکید کرد «...»»: «just as», the subject after it
_JUST_AS = "کما"
_JUST_AS_THAT = {"اینکه", "این"}


def after_frame(keys, s, verb_at) -> int:
    """Past «این درحالی است که» / «در حالی که», «آنچنان که», or a clause that ends with
    «بطوری که» («... ادامه دارد، بطوری که وزارت بهداشت ایتالیا اعلام کرد»), where the
    subject begins."""
    s = _heading_into_frame(keys, s, verb_at)
    if keys[s] == _JUST_AS and keys[s + 1 : s + 2] and keys[s + 1] in _JUST_AS_THAT:
        k = s + 2 + (keys[s + 1] == "این" and keys[s + 2 : s + 3] == ["که"])
        return k if k < verb_at else s
    if keys[s] in _AS_JOINED and s + 1 < verb_at:
        return s + 1
    if keys[s] in _AS and keys[s + 1 : s + 2] == ["که"] and s + 2 < verb_at:
        return s + 2
    so = (
        [k + 2 for k in range(s, verb_at - 2) if keys[k] in _SO_THAT and keys[k + 1] == "که"]
        if not _SO_THAT.isdisjoint(keys[s : verb_at - 2])  # most clauses: none, found in C
        else []
    )
    if so:
        return so[-1]
    head = keys[s : min(s + 4, verb_at)]  # the clause's first words, tested in C
    if not _WHILE_JOINED.isdisjoint(head):
        joined = next(k for k in range(s, min(s + 4, verb_at)) if keys[k] in _WHILE_JOINED)
        if joined + 1 < verb_at:
            return joined + 1  # «درحالی‌که عربستان معتقد است ...»: «که» run into the frame
    if _WHILE.isdisjoint(head) and not _conditions_frame(keys, s, verb_at):  # «این در حالیست که»
        return s
    frame = next(k for k in range(s, verb_at) if keys[k] in _WHILE or keys[k] == _CONDITIONS)
    copula = keys[frame] in _WHILE_IS or keys[frame + 1 : frame + 2] in _COPULA
    if not copula and any(k not in _BEFORE_WHILE and k not in WHEN for k in keys[s:frame]):
        return s  # «ونزوئلا در حالی که ... اعلام کرد»: the subject, then the frame
    that = next((k for k in range(s, min(s + 6, verb_at)) if keys[k] == "که"), None)
    if that is not None and keys[frame] == _CONDITIONS:
        # «در شرایطی که تحریم‌ها ... ادامه دارد، بانک مرکزی روسیه ... خواسته است»: a comma
        # closes the frame, the clause after it holds the verb and its subject
        comma = [k for k in range(that + 1, verb_at - 1) if keys[k] in COMMAS]
        return comma[-1] + 1 if comma else that + 1
    return s if that is None else that + 1


_WHILE = {"حالی", "درحالی", "حالیست", "درحالیست"}
_FRAME_THIS = "این"
_HEADING_WORDS = 12  # tokens of a subheading before the frame's «این» run into its last word


def _heading_into_frame(keys, s, verb_at) -> int:
    """Where «این در حالی است که» opens when a subheading's last word ran into its «این» («...
    توضیح استاندار تهراناین در حالی است که انوشیروان محسنی‌بندپی، ... گفته بود:», «...
    در دسترس نیستنداین در حالی است که ...»): the glued token, which ``after_frame`` then reads
    as the frame's first word; else ``s``."""
    if _WHILE.isdisjoint(keys[s + 2 : min(s + _HEADING_WORDS, verb_at)]):
        return s  # most clauses: no frame past their first words, looked for in C
    k = next(k for k in range(s + 2, min(s + _HEADING_WORDS, verb_at)) if keys[k] in _WHILE)
    this = k - 2 if keys[k - 1] == "در" else k - 1
    glued = keys[this] if this > s else ""
    copula = keys[k] in ("حالیست", "درحالیست") or keys[k + 1 : k + 2] in _COPULA
    return (
        this
        if copula
        and len(glued) > len(_FRAME_THIS) + 1
        and glued.endswith(_FRAME_THIS)
        and glued not in lx.common_words()  # «بنابراین», «همچنین»
        else s
    )


_SPLIT_WHILE = frozenset({"حالی", "درحالی"})


def after_while_that(keys, s, verb_at) -> int:
    """Past the «که» that closes a frame split around its clause's verb, when the verb of
    saying comes after it: «ثامر السبهان درحالی به ... حمله می‌کند که وزیر خارجه عراق ...
    اعلام کردند که ...» is the minister's statement, not the one the frame opens with; the
    last «که» before the verb («... حمله می‌کند که»), or ``s``. Not «درحالی که» nor «این
    درحالی است که», read by ``after_frame``."""
    if _SPLIT_WHILE.isdisjoint(keys[s:verb_at]):
        return s  # most clauses: no frame
    w = next(k for k in range(s, verb_at) if keys[k] in _SPLIT_WHILE)
    if keys[w + 1 : w + 2] == ["که"] or keys[w + 1 : w + 2] in _COPULA:
        return s
    that = max((k for k in range(w + 2, verb_at - 1) if keys[k] == "که"), default=None)
    return s if that is None else that + 1


_CONDITIONS = "شرایطی"  # «در شرایطی که ...، X مدعی شد»: a frame as «در حالی که» is

_COPULA = (["است"], ["بود"])  # «این توییت در حالی است که ...», «این در حالی بود که ...»
_WHILE_IS = {"حالیست", "درحالیست"}  # the copula run in: «این در حالیست که»


def while_it_is(keys, k) -> bool:
    """The frame «این در حالی است که», «... در حالی بود که», «... درحالیست که» has its
    «حالی» word at ``k``: the clause before it has ended, another opens past «که»."""
    w = keys[k]
    if w not in _WHILE or (not w.startswith("در") and keys[k - 1 : k] != ["در"]):
        return False
    that = k + 1 if w in _WHILE_IS else k + 2
    return (that == k + 1 or keys[k + 1 : k + 2] in _COPULA) and keys[that : that + 1] == ["که"]


def while_it_is_in(keys, a, b) -> bool:
    """Whether the frame of ``while_it_is`` has its «حالی» word in ``[a, b)``."""
    if _WHILE.isdisjoint(keys[a:b]):
        return False  # most clauses: none, found in C
    return any(while_it_is(keys, k) for k in range(a, min(b, len(keys))))


_BEFORE_WHILE = {"در", "و", "اما", "ولی", "البته"}  # «اما در حالی که ...»; «این توییت در حالی
# است که ...» opens a frame with its copula, whatever comes before it


def _conditions_frame(keys, s, verb_at) -> bool:
    """«در شرایطی که» (or «در شرایطی است که») in the clause's first words."""
    if _CONDITIONS not in keys[s + 1 : min(s + 3, verb_at - 1) + 1]:
        return False  # most clauses: looked for in C
    for k in range(s, min(s + 3, verb_at - 1)):
        if keys[k] == "در" and keys[k + 1] == _CONDITIONS:
            after = keys[k + 2 : k + 4]
            return after[:1] == ["که"] or (after[:1] in _COPULA and after[1:] == ["که"])
    return False


# The part of a paper a clause quotes: «در ادامه این بیانیه», «در پایان این نامه», «در بخشی
# از این پیام», «در بخش دیگری از این اطلاعیه آمده است».
_PARTS = [("در", *part) for part in PAPER_PARTS]


PIECE = "مطلب"  # «در ادامه این مطلب آمده است»: an outlet's piece, not a body's paper


def part_of_paper(keys, s) -> int | None:
    """The token of «این» when the clause at ``s`` opens with a part of a paper or report
    («در بخش دیگری از این بیانیه», «در ادامه این مطلب»), that paper said by whoever issued
    it; else None."""
    if keys[s : s + 1] != ["در"]:
        return None  # every part opens with «در»: most clauses open otherwise
    for part in _PARTS:
        k = s + len(part)
        if tuple(keys[s:k]) == part and keys[k : k + 1] == ["این"] and k + 1 < len(keys):
            return k if org_anaphor(keys[k + 1]) or keys[k + 1] == PIECE else None
    return None


_CITING = [("به", "نقل", "از"), ("به", "گزارش"), ("به", "نوشته")]
(_CITING_FIRST,) = {o[0] for o in _CITING}  # «به»: the sentence is searched for it alone
_CITING_SECOND = {o[1] for o in _CITING}
_CITED_WORDS = 4  # tokens: a source cited longer than this is a clause, not a name
_NOT_CITED = {"این", "آن", "وی", "او", "یک", "منابع", "منبع", "برخی", "رسانه", "رسانههای"}


def citations(keys) -> list[int]:
    """The «به» of every «به نقل از», «به گزارش» and «به نوشته» of the article, in order: a
    sentence with none of them cites nothing (``cited_sources``, and
    ``body_subjects.cited_body``, whose openers are among them), so it is not searched. An
    article holds few: found among the few citing second words, not at every «به»."""
    return [k - 1 for k in lx.positions(keys, _CITING_SECOND) if k and keys[k - 1] == _CITING_FIRST]


def cited_sources(keys, a, b) -> list[tuple[int, int]]:
    """The sources the sentence ``a:b`` cites up to their comma or colon («به نقل از مارکا،»,
    «به گزارش النشره،»): (start, end) tokens of each, none of more than a few words nor an
    unnamed one («به نقل از منابع آگاه»). A body so cited is an outlet or an organization
    when it is later the subject of a verb of saying («مارکا گزارش داده که ...»)."""
    out = []
    for k in at_each(keys, _CITING_FIRST, a, b):
        if k + 1 >= len(keys) or keys[k + 1] not in _CITING_SECOND:
            continue  # most «به»: no source, no tuples made
        opener = next((o for o in _CITING if tuple(keys[k : k + len(o)]) == o), None)
        if opener is None:
            continue
        s = k + len(opener)
        end = next(
            (j for j in range(s, min(b, s + _CITED_WORDS + 1)) if keys[j] in _SOURCE_ENDS), None
        )
        if end is not None and end > s and keys[s] not in _NOT_CITED:
            out.append((s, end))
    return out


# the indices of a word in ``keys[a:b]``: those of the article, sought once, cut to the range
# (``lexicons.occurrences`` itself: a call less at each of its many uses)
at_each = lx.occurrences


def after_quote_and(keys, s, verb_at) -> int:
    """Past «و» right after a quote's closing mark, and the quote marks after it: the quote
    ended its sentence, and «و» opens the next as after a stop («... بازگرداند.» و ریچارد
    گرنل، مدیر ... اظهار داشته است:», «... قابل تایید نیست.» و «وحید یامین‌پور» که ...
    نوشت:»); else ``s``."""
    if not (0 < s < verb_at - 1 and keys[s] == "و" and keys[s - 1] in CLOSING_MARKS):
        return s
    s += 1
    while s < verb_at and keys[s] in QUOTE_MARKS:
        s += 1
    return s


# What a reading above needs of its clause, for callers that read a clause's words once and
# call only the readings it may answer (``subject_start``, ``speakers.speaker``): the words
# one of which the clause must open with where it opens (``..._FIRST``), or hold anywhere up
# to its verb (``..._WORDS``); a clause with none of them leaves the reading's ``s`` as it is.
SOURCE_FIRST = frozenset(o[0] for o in SOURCE_OPENERS)  # ``after_source``; «به» glued too
ANNOUNCEMENT_FIRST = frozenset(_ANNOUNCEMENT_FIRST)  # ``announcements.past_announcement``
CONCESSION_FIRST = frozenset(c[0] for c in _CONCESSIONS)  # ``past_concession``
LIKE_FIRST = frozenset(_LIKE | {_SAME})  # ``past_as_clause``
CAUSE_OR_AGO_FIRST = _CAUSE_OR_AGO_FIRST  # ``past_cause_or_ago``, and words in digits
ADJUNCT_FIRST = frozenset(o[0] for o in _ADJUNCTS | _THEN)  # ``after_adjunct``
WHEN_THAT_FIRST = frozenset(_WHEN_THAT)  # ``after_when``
FRAME_FIRST = frozenset(_AS | _AS_JOINED | {_JUST_AS})  # ``after_frame``, or FRAME_WORDS
FRAME_WORDS = frozenset(_WHILE | _SO_THAT | _WHILE_JOINED | {_CONDITIONS})
GLUED_SOURCE_WORDS = frozenset(_GLUED_SOURCE)  # ``after_glued_source``
SPLIT_WHILE_WORDS = _SPLIT_WHILE  # ``after_while_that``
MID_BUT_WORDS = frozenset(_MID_BUT)  # ``after_but``
THAT_OR_THOUGH_WORDS = frozenset(_THAT_OR_THOUGH)  # ``after_that_body``
AND_WORDS = frozenset(_AND)  # ``after_and_body``
