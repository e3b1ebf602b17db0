"""Organizations, outlets and states that speak: «وزارت خارجه اعلام کرد», «خبرگزاری فرانسه
نوشت», «آمریکا مدعی شد», «در بیانیه منتشره از سوی کاخ الیزه آمده است», and «این وزارتخانه»
for the body of that kind named last. A name comes from the organization and agency lists, or
from the words after the head of a body that speaks (data/speaking_heads.txt)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import (
    CLAUSE_ENDS,
    NOT_SUBJECT,
    PAPER_PARTS,
    PREPOSITIONS,
    QUOTE_MARKS,
    WHEN,
)
from khabar.extract.numbers import WORDS
from khabar.extract.tagged_entities import another_states_force


@dataclass(frozen=True)
class OrgRef:
    """An organization or outlet that speaks: «وزارت خارجه اعلام کرد»."""

    name: str


WRITING = {"نوشتن", "گزارش دادن"}


def quoted_outlet(keys, s, verb_at, words) -> tuple[str, int] | None:
    """A name in guillemets, unknown to the article, that wrote or reported what follows
    («کوریا تایمز» روز شنبه نوشت ...): an outlet. (name, end token) or None."""
    if keys[s] not in QUOTE_MARKS:
        return None
    close = next((k for k in range(s + 1, min(s + 6, verb_at)) if keys[k] in QUOTE_MARKS), None)
    if close is None or close == s + 1 or not all(k[:1].isalpha() for k in keys[s + 1 : close]):
        return None
    end = close + 1
    while end < verb_at and keys[end] in WHEN:
        end += 1
    verb = lx.reporting_verbs().match(keys, verb_at)
    if end != verb_at or not verb or verb[1].lemma not in WRITING:
        return None
    return " ".join((words or keys)[s + 1 : close]), close + 1


def latin_outlet(keys, s, verb_at, words) -> tuple[str, int] | None:
    """A name in Latin letters, of at most three words, that wrote or reported what follows
    («Yournewswire نوشت: ...»): a site or a paper, in Persian news that names a person in
    Persian letters. (name, end token) or None."""
    end = s
    while end < min(s + 3, verb_at) and _latin(keys[end]):
        end += 1
    name_end = end
    while end < verb_at and keys[end] in WHEN:
        end += 1
    verb = lx.reporting_verbs().match(keys, verb_at)
    if name_end == s or end != verb_at or not verb or verb[1].lemma not in WRITING:
        return None
    return " ".join((words or keys)[s:name_end]), name_end


def _latin(key: str) -> bool:
    return key[:1].isascii() and key[:1].isalpha() and all(c.isascii() for c in key)


def _closing(keys, k, verb_at) -> int | None:
    """The quote mark that closes the one at ``k`` within five words, before ``verb_at``."""
    return next((j for j in range(k + 2, min(k + 7, verb_at)) if keys[j] in QUOTE_MARKS), None)


_OBJECT = "را"
_ORG_STOPS = (
    NOT_SUBJECT | WHEN | CLAUSE_ENDS | {"نیز", ",", "طی", "با", "در", "آمده", _OBJECT}
)  # «... آمده است»; «... را»: the object
# «شبکه خبری سی‌ان‌ان ساعاتی پیش گزارش داد»: a while ago; «شرکت رنو قرار است ...»: the
# noun of «قرار است», «قرار دارد», no word of a body's name
_ORG_STOPS |= {"ساعاتی", "دقایقی", "لحظاتی", "قرار"}


# «این روزنامه», «این وزارتخانه», «این گزارش», «این بیانیه»: the organization that spoke
# last (with the one-word heads of data/speaking_heads.txt)
_ORG_ANAPHORS = {"گزارش", "بیانیه", "نامه", "اطلاعیه", "نهاد", "پیام"}


_COALITION = lx.key("ائتلاف")  # a coalition is called so as one: the anaphor names its kind


def other_head(name: str, anaphor: str) -> bool:
    """Whether «این <anaphor>» names a coalition and the body ``name`` opens with another
    speaking head: «این ائتلاف» is no «نیروهای ضربت مشترک» whose report spoke last. (Other
    heads are not so told: «این سازمان» is «صندوق حمایت از کودکان سازمان ملل», «این دولت» the
    government whose «شورای ریاستی» spoke.)"""
    head = _HEAD_OF.get(anaphor, anaphor)
    if head != _COALITION:
        return False
    first = lx.phrase_keys(name)[:1]
    return bool(first) and first[0] != head and _speaking_head(list(first), 0) == 1


def org_anaphor(key: str) -> bool:
    return key in _ORG_ANAPHORS or (_HEAD_OF.get(key, key),) in lx.speaking_heads()


_LOOK_BACK = 160  # tokens: about the two sentences before


PAPERS = {"بیانیه", "اطلاعیه", "نامه", "پیام"}  # a person's too: «X در بیانیه‌ای ... گفت»
_REPORT = "گزارش"  # «در گزارش خبرگزاری فرانسه آمده است»: a body's report, by its name
_TEXT, _WHOLE = "متن", "کامل"  # the text of a paper, given whole: «متن کامل بیانیه ...»


_HEAD_OF = {"وزارتخانه": "وزارت", "شورا": "شورای"}  # «این شورا» after «شورای عالی ...»


def named_before(keys, s, anaphor: str, words=None) -> OrgRef | None:
    """The organization named last before ``s`` that «این <anaphor>» stands for: one with
    that head («این وزارتخانه», «این سازمان»), or any but an outlet («این اطلاعیه»); the
    whole name when it lies inside another («کمیته اطلاع‌رسانی ستاد ملی ...»)."""
    head = _HEAD_OF.get(anaphor, anaphor)
    headed = (head,) in lx.speaking_heads()
    # «این روزنامه» is the paper named last, also one spoken to or relayed: «به روزنامه
    # «واشینگتن‌پست» گفته‌اند» ... «این روزنامه آمریکایی می‌گوید»
    preposition = set() if head in _OUTLET_HEADS else PREPOSITIONS
    # one of that head is looked for in the whole article before («این روزنامه صهیونیستی
    # آورده است» is «روزنامه صهیونیستی "اورشلیم پست"» of the lead, paragraphs before), named
    # beyond its head, unless the anaphor says whose it is («این خبرگزاری منتسب به ...»)
    far = headed and keys[s + 2 : s + 3] != [] and keys[s + 2] not in _WHOSE
    for k in range(s - 1, -1 if far else max(s - _LOOK_BACK, 0) - 1, -1):
        if headed and keys[k] != head:
            # «یدیعوت احرونوت، از منابع نظامی نقل کرد ...» then «این روزنامه»: a listed paper
            # named without its head, near
            if k < s - _LOOK_BACK or not (org := _headless_outlet(keys, k, s, head)):
                continue
        else:
            org = organization_at(keys, k, s, words)
        if org and k < s - _LOOK_BACK and org[1] <= k + 1:
            continue  # «شرکت» alone, paragraphs before: no name
        if org is None or (not headed and is_outlet(org[0])) or (k and keys[k - 1] in preposition):
            continue  # «حمله به نیروهای ائتلاف»: what was spoken of, not who spoke
        if (
            not preposition
            and (
                keys[k - 1 : k] == ["این"]  # «این روزنامه تعداد ...» names no paper
                or "نقل" in keys[k : org[1] + 2]  # «خبرگزاری مهر به نقل از یورونیوز»: who relays
                or _described(keys[k + 1 : org[1]])  # «روزنامه اسرائیلی»: no name
            )
        ):
            continue
        at = k
        for outer in range(k - 1, max(k - 6, 0) - 1, -1):  # the name this one is part of
            if (wider := organization_at(keys, outer, s, words)) and wider[1] > k:
                org, at = wider, outer
        if at and keys[at - 1] in preposition:
            continue  # «به نقل از روابط عمومی سازمان ...»: who relays it
        if not headed and at and _in_post(keys, at):
            return None  # «رئیس سازمان فرهنگ ... پیامی ... منتشر کرد»: the head's paper
        return OrgRef(org[0])
    return None


# «بنابر بیانیه مشترک X،», «طبق بیانیه X»: a paper cited by its issuer (keys: no ZWNJ)
_CITING = frozenset({"بنابر", "طبق", "براساس", "مطابق", "برابر"})
_CITING_APART = ("بر", "اساس")
_JOINT = "مشترک"


def cited_paper(keys, s, paper: str, words=None) -> tuple[bool, OrgRef | None]:
    """Whether «این <paper>» at ``s`` is the paper the sentences before cite by its issuer
    («بنابر بیانیه مشترک اتحاد رنونیسان، ...» ... «در این بیانیه آمده است»), named after any
    body before it, and that issuer when a body's name says who («شرکت رنو» of the first
    sentence did not issue it)."""
    for k in range(s - 1, max(s - _LOOK_BACK, 1) - 1, -1):
        if keys[k] != paper:
            continue
        if keys[k - 1] not in _CITING and tuple(keys[k - 2 : k]) != _CITING_APART:
            return False, None  # a paper named otherwise: whose it is is sought as before
        at = k + 2 if keys[k + 1 : k + 2] == [_JOINT] else k + 1
        org = organization_at(keys, at, s, words)
        return True, (OrgRef(org[0]) if org else None)
    return False, None


def _headless_outlet(keys, k, s, head: str) -> tuple[str, int] | None:
    """A listed outlet named at ``k`` by an alias without its head, whose whole name opens
    with ``head`` («یدیعوت احرونوت» of «روزنامه یدیعوت آحارونوت»), not by one frequent word:
    (its name, end), or None."""
    if head not in _OUTLET_HEADS or keys[k - 1 : k] == [head]:
        return None
    m = lx.agencies().match(keys, k)
    if m is None or m[0] > s or lx.phrase_keys(m[1].name)[:1] != (head,):
        return None
    if m[0] == k + 1 and keys[k] in lx.common_words():
        return None  # «حوزه انتخابیه», «ابتکار»: a word, not «خبرگزاری حوزه», «روزنامه ابتکار»
    return m[1].name, m[0]


_WHOSE = {"منتسب", "وابسته", "نزدیک", "متعلق"}  # «این خبرگزاری منتسب به صداوسیما»

MEDIUM = "رسانه"  # «این رسانه»: the outlet named last, whatever its head


def other_medium(keys, s) -> bool:
    """Whether a medium khabar does not know was named in the sentences before ``s`` («یک
    رسانه صهیونیستی نیز ... خبر داد»): «این رسانه» after it may be that one."""
    return any(
        keys[k] == MEDIUM and keys[k - 1 : k] != ["این"] for k in range(max(s - _LOOK_BACK, 0), s)
    )


def outlet_before(keys, s, words=None) -> OrgRef | None:
    """The outlet named last before ``s`` that «این رسانه» stands for: named beyond its head
    and its country («روزنامه صهیونیستی» names none), neither the one that carries the article
    («به گزارش تابناک») nor one that relays another («خبرگزاری مهر به نقل از یورونیوز»); None
    when there is none, or when a medium khabar does not know was named after it («رسانه
    صهیونیستی اسرائیل الیوم اعلام کرد»)."""
    for k in range(s - 1, -1, -1):
        if keys[k] == MEDIUM and keys[k - 1 : k] != ["این"]:
            return None  # «یک رسانه رژیم صهیونیستی ...»: which, khabar does not know
        org = organization_at(keys, k, s, words)
        if org is None or not is_outlet(org[0]) or (k and organization_at(keys, k - 1, s, words)):
            continue  # a part of a longer name is looked at next
        name = keys[k + 1 : org[1]]
        if not name or all(_of_country(w) or lx.places().match([w], 0) for w in name):
            continue  # «روزنامه صهیونیستی», «نشریه آمریکایی ایران»: no name
        if "نقل" in keys[org[1] : org[1] + 2] or keys[max(k - 2, 0) : k] == ["به", "گزارش"]:
            continue  # who relays it, or carries the article
        return OrgRef(org[0])
    return None


def described_only(name: str) -> bool:
    """Whether ``name`` is an outlet's head and where it is from only («روزنامه اسرائیلی»):
    a paper no name names."""
    keys = list(lx.phrase_keys(name))
    return is_outlet(name) and _described(keys[1:])


def _described(name: list[str]) -> bool:
    """Whether the words after an outlet's head only say where it is from («اسرائیلی»,
    «آمریکایی», «صهیونیستی»), not which it is."""
    return len(name) == 1 and _of_country(name[0])


# adjectives of a country not made from its name: «کابینه سعودی» is not Iran's cabinet
_ADJECTIVES_OF_COUNTRIES = frozenset({"صهیونیستی", "سعودی"})


def _of_country(w: str) -> bool:
    """Whether ``w`` is the adjective of a country («اسرائیلی», «روسی», «صهیونیستی»)."""
    if not w.endswith("ی"):
        return False
    stems = (w[:-1], w[:-2], w[:-1] + "ه", w[:-2] + "ه", w[:-1] + "یه")  # روسی: روسیه
    countries = lx.places()
    return w in _ADJECTIVES_OF_COUNTRIES or any(
        (m := countries.match([stem], 0)) and m[1].kind == "country" for stem in stems
    )


def _in_post(keys, at) -> bool:
    """Whether the organization at ``at`` ends a post's words («رئیس سازمان ...»)."""
    heads = lx.post_heads()
    return any((m := heads.match(keys, k)) and m[0] == at for k in range(max(at - 3, 0), at))


def _speaking_head(keys, s) -> int:
    """The length of the head of a body that speaks at ``s`` («وزارت», «روابط عمومی»), or 0."""
    heads = lx.speaking_heads()
    return next((n for n in (1, 2) if tuple(keys[s : s + n]) in heads), 0)


_OUTLET_HEADS = {"خبرگزاری", "روزنامه", "شبکه", "پایگاه", "نشریه", "مجله", "هفتهنامه"}
_OUTLET_HEADS |= {"تلویزیون", "رادیو", "وبگاه", "تارنما", "تارنمای"}


OUTLET_ANAPHORS = _OUTLET_HEADS | {"گزارش"}


def is_outlet(name: str) -> bool:
    """Whether an organization that spoke is a news outlet («رویترز», «روزنامه ...»)."""
    keys = list(lx.phrase_keys(name))
    whole = lx.agencies().match(keys, 0)
    return bool(keys) and (keys[0] in _OUTLET_HEADS or bool(whole and whole[0] == len(keys)))


@cache
def _openers() -> frozenset[str]:
    """The keys that open a listed organization's or outlet's name, or a speaking head."""
    heads = {head[0] for head in lx.speaking_heads()}
    return frozenset(lx.organizations().first_keys() | lx.agencies().first_keys() | heads)


def organization_at(keys, s, verb_at, words: list[str] | None = None) -> tuple[str, int] | None:
    """An organization or outlet whose name starts at ``s`` (before ``verb_at``): its
    name, from the data files or the words after a head («سپاه», «وزارت ...», «روزنامه
    «کیهان»»), and end."""
    try:
        if keys[s] not in _openers():
            return None  # most words open no body's name nor a head: one set look-up
    except IndexError:
        return None
    for trie in (lx.organizations(), lx.agencies()):
        if (m := trie.match(keys, s)) and m[0] <= verb_at:
            if (place := lx.places().match(keys, m[0])) and lx.foreign_place(place[1]):
                break  # «پلیس برزیل», «پلیس رمادی» are not the police the list means by «پلیس»
            if _foreign_after(keys, m[0], verb_at):
                break  # «دادستانی کل فدرال آلمان» is not «دادستانی کل کشور»
            if _named_further(keys, s, m, verb_at):
                break  # «سازمان بسیج مهندسین», «پلیس آمستردام»: another body of that head
            if trie is not lx.agencies() and (abroad := _named_abroad_before(keys, s, m[0], words)):
                return abroad, m[0]
            if another_states_force(keys, s, m[0]):
                # «پلیس اعلام کرده» in Spain is not Iran's police, which the list means by the
                # bare word; nor does a head run on from it («ارتش بدون اعلام جزئیاتی»)
                return None
            return m[1].name, m[0]
    if keys[s] == MEDIUM:  # «رسانه ملی» is listed
        return _medium_named(keys, s, verb_at)
    head = _speaking_head(keys, s)
    if not head:
        return None
    end = s + head
    # «روابط عمومی سازمان بازرسی و نظارت»: a listed body after the head runs whole, past «و»
    if (listed := lx.organizations().match(keys, end)) and listed[0] <= verb_at:
        end = listed[0]
    while (
        end < min(verb_at, max(s + 6, end))
        and (
            keys[end] not in _ORG_STOPS
            or tuple(keys[end - 1 : end + 1]) == _FRIDAY_PRAYER
            or _office_fields(keys, s, end, verb_at)
        )
        and (keys[end][:1].isalpha() or keys[end] in QUOTE_MARKS)
    ):
        if keys[end] in QUOTE_MARKS and (close := _closing(keys, end, verb_at)):
            end = close + 1  # «سایت اینترنتی «میدل‌ایست آن لاین»»: the name ends with its marks
            break
        if (place := lx.places().match(keys, end)) and place[0] <= verb_at:
            # «پارلمان کویت» ends with its country («طرح صلح ...» is not it), but a city opens
            # the name of a paper: «نشریه آمریکایی لس‌آنجلس تایمز»
            outlet = lx.agencies().match(keys, end)
            end = outlet[0] if outlet and outlet[0] <= verb_at else place[0]
            break
        end += 1
    if keys[end : end + 1] == [_OBJECT]:
        # «ائتلاف سعودی | اهداف مورد حمله را ... خواند»: the words before «را» are the object,
        # the name ends with its country's adjective
        end = next((k + 1 for k in range(s + head, end) if _of_country(keys[k])), end)
    if end == s + head + 1 and keys[s + head] in _NO_NAME:
        return None  # «گروه دوم معتقدند»: a group, no body's name
    end = _acronym_after_place(keys, end, verb_at)
    name = " ".join(k for k in (words or keys)[s:end] if k not in QUOTE_MARKS)
    return name.replace("( ", "(").replace(" )", ")"), end


# «ستاد برگزاری نماز جمعه قم»: Friday here names the prayer, no time the name ends at
_FRIDAY_PRAYER = ("نماز", "جمعه")
_OFFICE = "معاونت"  # a deputy office, named by its fields: «معاونت حمل و نقل»


def _office_fields(keys, s, end, verb_at) -> bool:
    """Whether the «و» at ``end`` joins two fields of a deputy office's name: «معاونت حمل و
    نقل», «معاونت فنی و عمران شهرداری ارومیه»; not before another body or head («معاونت
    درمان و وزارت بهداشت»)."""
    return (
        keys[s] == _OFFICE
        and keys[end] == "و"
        and end == s + 2
        and end + 1 < verb_at
        and keys[end + 1][:1].isalpha()
        and keys[end + 1] not in _ORG_STOPS
        and not _speaking_head(keys, end + 1)
        and not lx.organizations().match(keys, end + 1)
    )


def _medium_named(keys, s, verb_at) -> tuple[str, int] | None:
    """A listed outlet after «رسانه» and the adjectives of where it is from: «رسانه روسی
    اسپوتنیک ... می‌نویسد» is Sputnik's; not «رسانه فوق», «رسانه ایتالیایی», whose name
    khabar does not know."""
    k = s + 1
    while k < verb_at and _of_country(keys[k]):
        k += 1
    m = lx.agencies().match(keys, k) if k < verb_at else None
    return (m[1].name, m[0]) if m and m[0] <= verb_at else None


def _acronym_after_place(keys, end, verb_at) -> int:
    """The end of a body's name that goes on with where it serves and its acronym in
    brackets: «فرماندهی نظامیان آمریکایی | در غرب آسیا (سنتکام)»; else ``end``."""
    if keys[end : end + 1] != ["در"] or not (place := lx.places().match(keys, end + 1)):
        return end
    k = place[0]
    if k + 2 < verb_at and keys[k] == "(" and keys[k + 2] == ")":
        return k + 3
    return end


def _named_further(keys, s, m, verb_at) -> bool:
    """Whether a short name of a listed body («پلیس», «وزارت بهداشت», «سازمان بسیج») goes on
    with a place abroad, a country's adjective, «رژیم», a plural of people or an adjective in
    «یی», which says another body of that head is meant: «پلیس رمادی», «وزارت بهداشت اقلیم
    کردستان عراق», «وزارت خارجه رژیم صهیونیستی», «سازمان بسیج مهندسین», «بسیج دانشجویی»."""
    k = m[0]
    if k >= verb_at or k - s >= len(lx.phrase_keys(m[1].name)):
        return False  # the list's whole name, or nothing after it
    if keys[k] == "رژیم" or _of_country(keys[k]) or _people_of(keys[k]) or _of_people(keys[k]):
        return True
    # a place abroad, also one whose name is an ordinary word too, listed after «شهر» only;
    # a body of Iran's provinces is a part of the listed one («سپاه پاسداران استان البرز»)
    return any(
        (place := lx.places().match(lead + keys[k : k + 4], 0)) and lx.foreign_place(place[1])
        for lead in ([], ["شهر"])
    )


_REACH = 100  # tokens from one naming of a body to the next, the discourse going on


def _named_abroad_before(keys, s, end, words) -> str | None:
    """The body abroad that the words ``s:end`` of a listed body last named in the article
    with more words, its country there: «دادستانی کل افزود:» after «دادستانی کل عربستان ...
    نوشت» is Saudi Arabia's, not «دادستانی کل کشور»; None when they last named the listed
    body whole or one at home (the same words alone name neither), or when the text runs on
    past ``_REACH`` tokens with none of them (the article has moved on: «دولت» of Iran
    paragraphs after «دولت بلغارستان»)."""
    n, last = end - s, s
    for k in range(s - n, max(-1, s - 20 * _REACH), -1):
        if last - k > _REACH:
            return None
        if keys[k : k + n] != keys[s:end]:
            continue
        last = k
        if (place := lx.places().match(keys, k + n)) and lx.foreign_place(place[1]):
            return " ".join((words or keys)[k : place[0]])
        listed = lx.organizations().match(keys, k)
        if place or (listed and listed[0] > k + n):
            return None
    return None


def _people_of(w: str) -> bool:
    """A plural of people in «ین» («مهندسین», «دانشجویان» is left: «ان» ends many words),
    which names whose body of a head this is («بسیج مهندسین»)."""
    return len(w) > 4 and w.endswith("ین") and w not in _ORG_STOPS


def _of_people(w: str) -> bool:
    """An adjective in «یی» («دانشجویی»): whose body of a head this is («بسیج دانشجویی»)."""
    return len(w) > 4 and w.endswith("یی")


def _foreign_after(keys, k, verb_at) -> bool:
    """Whether the words from ``k`` (one to three of a name) end with a country not Iran:
    «دولت | انتقالی سودان», «کمیسیون بهداشت | ملی چین» name another state's body than the
    Iranian one the list's short name means."""
    for gap in range(k + 1, min(k + 4, verb_at)):
        word = keys[gap - 1]
        if word in _ORG_STOPS or not word[:1].isalpha():  # «دولت با عراق ...»: no name
            return False
        if (place := lx.places().match(keys, gap)) and place[0] <= verb_at:
            return lx.foreign_place(place[1]) and place[1].name != "ایران"
    return False


# «گروه دوم معتقدند», and a head before «یکی از»: «روابط عمومی یکی از مراکز ... اعلام کرد» is
# one of them, unnamed
_NO_NAME = {"اول", "دوم", "سوم", "چهارم", "نخست", "دیگر", "دیگری", "اخیر", "یکی", "برخی", "بعضی"}


def issued_by(keys, t, verb_at, words) -> tuple[OrgRef, int] | None:
    """«در بیانیه منتشره از سوی کاخ الیزه آمده است», «در بیانیه دادستانی سودان آمده است»,
    «یک بیانیه ارتش آمریکا امروز از ... خبر داد», «در گزارش خبرگزاری فرانسه آمده است», «در
    ادامه بیانیه کرملین آمده است»: the organization that issued the paper the clause opens
    with, named right after it (after «از سوی» too, past «در ...»), or None."""
    k = t + (keys[t] == "در")
    if k > t:  # «در ادامه بیانیه کرملین آمده است:»: a part of the body's paper
        k += next((len(p) for p in PAPER_PARTS if tuple(keys[k : k + len(p)]) == p), 0)
    k += keys[k] == "یک"  # «یک بیانیه ارتش آمریکا ...»
    if keys[k] == _TEXT and keys[k + 1 : k + 2] != [_REPORT]:
        k += 1 + (keys[k + 1 : k + 2] == [_WHOLE])  # «متن اطلاعیه نیروی دریایی سپاه به این شرح است»
    paper = keys[k].removesuffix("ای")
    if keys[t] == "در" and k > t and keys[k - 1] == _TEXT and paper not in PAPERS | {_REPORT}:
        # «در متن خبرگزاری فرانسه آمده است»: the text of a body's own, by its name
        return _text_of(keys, k, verb_at, words)
    if k + 1 >= verb_at or paper not in PAPERS | {_REPORT}:
        return None
    k += 2 * numbered(keys, k + 1)  # «در بیانیه شماره 1 سازمان نظام پرستاری آمده است»
    org = organization_at(keys, k + 1, verb_at, words)
    if org and keys[t] != "در" and not _bare_paper_speaks(keys, k + 1, org, verb_at):
        return None  # «نامه فرمانداری با شورای نگهبان ... متفاوت بود*درنامه‌ای که ...»
    if org:
        return OrgRef(org[0]), org[1]  # «در بیانیه دادستانی سودان آمده است که»
    if keys[t] != "در" and paper != _REPORT and (by := _issued_by_whom(keys, k + 1, verb_at)):
        # «بیانیه منتشر شده از سوی پارلمان کویت، ... را خواستار شده است»: the paper opens the
        # clause with no «در», described only by its issue
        if org := organization_at(keys, by, verb_at, words):
            return OrgRef(org[0]), org[1]
    if keys[t] != "در" or paper == _REPORT:
        return None  # a report is a body's by its name only
    by = next((j + 2 for j in range(k + 1, verb_at - 2) if keys[j : j + 2] == ["از", "سوی"]), None)
    if by is None or not (org := organization_at(keys, by, verb_at, words)):
        return None
    return OrgRef(org[0]), org[1]


def _text_of(keys, k, verb_at, words) -> tuple[OrgRef, int] | None:
    """The body named at ``k``, right after «در متن», when its name reaches the verb: «در
    متن خبرگزاری فرانسه آمده است» (not «در متن اسلام ریشه دارد»)."""
    org = organization_at(keys, k, verb_at, words)
    return (OrgRef(org[0]), org[1]) if org and org[1] == verb_at else None


_NUMBER = "شماره"


def numbered(keys, k) -> bool:
    """«شماره» and a number at ``k``, after a paper: «بیانیه شماره 1», «اطلاعیه شماره چهار»."""
    return (
        keys[k : k + 1] == [_NUMBER]
        and k + 1 < len(keys)
        and (keys[k + 1].isdigit() or keys[k + 1] in WORDS)
    )


_ISSUED = frozenset(lx.key(w) for w in ("منتشر", "منتشره", "شده", "صادر", "صادره", "منتشرشده"))


def _issued_by_whom(keys, k, verb_at) -> int | None:
    """The token after «از سوی» when only the words of its issue stand between ``k``, right
    after a paper, and it («منتشر شده از سوی», «صادره از سوی»), else None."""
    j = k
    while j < verb_at and keys[j] in _ISSUED:
        j += 1
    return j + 2 if j > k and keys[j : j + 2] == ["از", "سوی"] and j + 2 < verb_at else None


def _bare_paper_speaks(keys, s, org: tuple[str, int], verb_at) -> bool:
    """Whether a paper named with no «در» before it («بیانیه ارتش آمریکا می‌افزاید:», «یک
    بیانیه ارتش آمریکا امروز از ... خبر داد») is the subject of the verb: its body is named
    more than by its head, and no comma or «و» stands between them (a heading run into the
    clause: «گزارش دیوان محاسبات از تخلف در ارز دولتیوی در ادامه ... پرداخت و گفت»)."""
    named = len(org[0].split()) > 1 or (keys[s],) not in lx.speaking_heads()
    return named and not any(k in ("و", "،", ",", "؛") for k in keys[org[1] : verb_at])


# After a country, these make it no subject: «آمریکا و انگلیس», «ایران را», «ایران، که».
_NOT_AFTER_COUNTRY = {"و", "را", "،", ",", "که", "؛", ":", "-"}


def country_at(keys, s, verb_at, words: list[str] | None = None) -> tuple[str, int] | None:
    """A country that opens the clause as a state speaking («آمریکا مدعی شد», «امارات در
    بیانیه‌ای اعلام کرد»): (its name as written, end token), or None."""
    m = lx.places().match(keys, s)
    if not m or m[1].kind != "country" or m[0] > verb_at or keys[m[0]] in _NOT_AFTER_COUNTRY:
        return None
    return " ".join((words or keys)[s : m[0]]), m[0]


@cache
def _capitals() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The capitals the news names for their state (``state_capitals.tsv``), as keys, by
    their first key: a clause's first word is looked up once, not every capital tried."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for line in lx.words("state_capitals.tsv"):
        capital, state = line.split("\t")
        phrase = tuple(lx.phrase_keys(capital))
        out.setdefault(phrase[0], []).append((phrase, state))
    return out


def capital_at(keys, s, verb_at) -> tuple[str, int] | None:
    """A capital that opens the clause as its state speaking («آنکارا از آتن خواسته است»,
    «کاراکاس پیش‌تر نیز اعلام کرده بود که»): (the state's name, end token), or None; not one
    followed by what makes a country no subject («واشنگتن و تهران», «مسکو را»)."""
    named = capital_named(keys, s)
    if named is None or named[1] >= verb_at:
        return None
    return None if keys[named[1]] in _NOT_AFTER_COUNTRY else named


def capital_named(keys, s) -> tuple[str, int] | None:
    """The capital whose name opens at ``s``: (its state's name, end token), or None."""
    for capital, state in _capitals().get(keys[s], ()) if s < len(keys) else ():
        end = s + len(capital)
        if tuple(keys[s:end]) == capital:
            return state, end
    return None
