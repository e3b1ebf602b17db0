"""Bodies that open a reporting clause: an organization or outlet named by a list or a head,
one in guillemets, one known by the paper it issued («حشد شعبی عراق در بیانیه‌ای اعلام کرد»)
or by its issue, and an outlet that spoke before named again by its words alone."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import (
    ACCORDING_TO,
    REPORT,
    after_source,
    at_each,
    finite_verb,
    while_it_is_in,
)
from khabar.extract.clause_words import (
    ALSO,
    CLAUSE_ENDS,
    COMMAS,
    GROUPS,
    NOT_SUBJECT,
    PRONOUNS,
    QUOTE_MARKS,
    STOPS,
    WHEN,
    plural_verb,
)
from khabar.extract.namewords import FREQUENT, compound_family_name, rank, verb
from khabar.extract.registry import Registry
from khabar.extract.speaking_bodies import (
    OUTLET_ANAPHORS,
    WRITING,
    OrgRef,
    capital_at,
    capital_named,
    country_at,
    is_outlet,
    issued_by,
    latin_outlet,
    named_before,
    numbered,
    organization_at,
    quoted_outlet,
)
from khabar.extract.subject_shapes import outlet_by_issue

_SAME = "همان"  # «همان شنبه شب دفتر آیت‌الله ... اعلام کرد»: a time, as «روز گذشته»


def organization_subject(
    keys, s, verb_at, reg: Registry, post_at, words
) -> tuple[OrgRef, int] | None:
    """An organization, or an outlet in guillemets, that speaks, after words of time and
    «در این راستا،» from ``s``: (it, end token), or None."""
    t = s
    t += keys[t] == _SAME and keys[t + 1 : t + 2] != [] and keys[t + 1] in WHEN  # «همان شب»
    while t < verb_at and keys[t] in WHEN:  # «روز گذشته وزارت بهداشت ... اعلام کرد»
        t += 1
    if keys[t : t + 2] in (["در", "این"], ["در", "همین"]) and t + 3 < verb_at:
        t += 4 if keys[t + 3] in COMMAS else 3  # «در این راستا، شبکه المیادین ...»
    if issued := issued_by(keys, t, verb_at, words):
        return issued
    if keys[t] in _OFFICIALS_OF and (officials := _officials_of(keys, t, verb_at, reg, post_at)):
        return officials
    if led := _government_of(keys, t, verb_at, reg, post_at, words):
        return led
    org = organization_at(keys, t, verb_at, words) or country_at(keys, t, verb_at, words)
    org = org or _capital_speaks(keys, t, verb_at)  # «آنکارا از آتن خواسته است»: Turkey
    if org and (said := _said_by(org, keys, t, verb_at, reg, post_at)):
        return said
    if org and (relayed := _relayed_this(keys, org[1], verb_at, words)):
        return relayed
    if described := _country_described(keys, t, verb_at, reg, post_at, words):
        return described
    if outlet := quoted_outlet(keys, t, verb_at, words) or latin_outlet(keys, t, verb_at, words):
        return OrgRef(outlet[0]), outlet[1]
    if outlet := _quoted_writer(keys, t, verb_at, reg, words):
        return OrgRef(outlet[0]), outlet[1]
    if issuer := _issuer(keys, t, verb_at, reg, post_at, words) or outlet_by_issue(
        keys, t, verb_at, reg, post_at, words
    ):
        return issuer
    org = named_with_head(keys, t, verb_at, words)
    if org:
        return _said_by(org, keys, t, verb_at, reg, post_at)
    return _tagged_body(keys, t, verb_at, reg, post_at, words)


# those in charge of a body («مسئولان وزارت بهداشت امارات ... اعلام کردند»), who speak for
# it only where the article has the body speak in its own name too («... وزارت بهداشت امارات
# امروز به آخرین آمار ... اشاره کرد»): the judged samples read «مسئولان دولت روسیه تاکید
# کرده‌اند», «مسئولان سازمان راهداری ... اعلام کردند» in articles where the body never speaks
# as officials unnamed. Not «مقامات», «مقام‌های» (officials): two samples judge «مقامات سازمان
# بهداشت جهانی اعلام کرده‌اند» of one article, one as the body's words, one as nobody's
_OFFICIALS_OF = frozenset(
    map(lx.key, "مسئولان مسئولین مسوولان مسولان نمایندگان مدیران اعضای".split())
)
_ITS_CLAUSE = 25  # words from a body's name to the verb it says in its own name


def _officials_of(keys, t, verb_at, reg: Registry, post_at) -> tuple[OrgRef, int] | None:
    """The body whose officials open the clause at ``t`` and say its words, in the plural,
    when the article has it speak in its own name elsewhere (``_speaks_itself``): (it, end
    token) or None. Not a place («مسئولان مالزی»: no body a list names), nor a body's head
    alone («مسئولان شرکت»)."""
    if not plural_verb(keys, verb_at):
        return None
    org = organization_at(keys, t + 1, verb_at)
    if not org or " " not in org[0] or not _speaks_itself(keys, keys[t + 1 : org[1]], t + 1):
        return None
    return _said_by(org, keys, t + 1, verb_at, reg, post_at)


def _speaks_itself(keys, name: list[str], at: int) -> bool:
    """Whether the body written ``name`` opens a clause elsewhere than at ``at`` (at the
    article's start or past a stop or a comma), not after its officials, and a verb of saying
    follows in its sentence."""
    n = len(name)
    for k in lx.occurrences(keys, name[0]):
        if k == at or keys[k : k + n] != name:
            continue
        if k and keys[k - 1] not in STOPS and keys[k - 1] not in COMMAS:
            continue  # «صحن شورای شهر», «مسئولان سازمان راهداری»: not its own clause
        for v in range(k + n, min(k + n + _ITS_CLAUSE, len(keys))):
            if keys[v] in STOPS:
                break
            if lx.reporting_verbs().match(keys, v):
                return True
    return False


_RELAY_REACH = 3  # tokens from the body's name to «به نقل از»: «نیز», a time


def _relayed_this(keys, end, verb_at, words) -> tuple[OrgRef, int] | None:
    """The body named before that «این <head>» relayed right after a body stands for, as
    whose words it reports: «خبرگزاری یونیوز به نقل از این مرکز ... گزارش داد که» after
    «مرکز مستشاری ایران در سوریه ... را تکذیب کرد» is the centre's; a body's head only, not
    an outlet's nor «این نهاد», which may stand for any body.
    ``end``: where the relaying body's name ends."""
    for k in range(end, min(end + _RELAY_REACH, verb_at - 4) + 1):
        if keys[k : k + 4] != ["به", "نقل", "از", "این"]:
            continue
        head = keys[k + 4]
        if (head,) not in lx.speaking_heads() or head in OUTLET_ANAPHORS:
            return None  # «این نهاد», «این رسانه»: any body, or an outlet
        ref = named_before(keys, k + 3, head, words)
        return (ref, end) if ref else None
    return None


_CAPITAL_STOPS = {"و", "که", "،", ",", "؛", ":"}
_OPENS_CLAUSE = {"و", "که", "اما", "ولی"}  # before a capital that opens its own clause


def _capital_speaks(keys, t, verb_at) -> tuple[str, int] | None:
    """A capital at ``t`` as its state speaking (``capital_at``), when the clause runs from it
    to the verb with no «و», «که», comma nor verb of its own: «لندن شاهد تظاهرات بود و پلیس
    اعلام کرد» is the police's, the city only where things happened. One right before the
    verb speaks too where it opens the clause («واشنگتن تهدید کرده که»), not one a word of
    place leads («در مسکو اعلام کرد»: where it was said). The clause may open at «و», «که» or
    «اما» (``subject_start``: «... دست یافتند و مسکو اعلام کرد», «... بود که مسکو اعلام کرده»,
    «... توافق کردند اما واشنگتن اعلام کرده است»)."""
    if (named := capital_named(keys, t)) and named[1] == verb_at:
        before = keys[t - 1] if t else None
        return (
            named
            if before is None or before in _OPENS_CLAUSE or before not in NOT_SUBJECT
            else None
        )
    capital = capital_at(keys, t, verb_at)
    if capital is None:
        return None
    if any(k in _CAPITAL_STOPS or finite_verb(k) for k in keys[capital[1] : verb_at]):
        return None
    return capital


_DESCRIBED_REACH = 25  # words of a relative clause on a country, up to its comma


def _country_described(
    keys, t, verb_at, reg: Registry, post_at, words
) -> tuple[OrgRef, int] | None:
    """A country at ``t`` with a relative clause on it and its comma, then the main clause
    with no subject of its own up to the verb: «عربستان سعودی که می‌کوشد تا سال 2020 کسری
    بودجه هنگفت خود را تعدیل کند، هفته گذشته سند 84 صفحه‌ای را ... اعلام کرد» is the
    state's; not where a person, post, body or country opens past the comma («ایران که ...،
    آمریکا اعلام کرد»). (it, end token) or None."""
    m = lx.places().match(keys, t)
    if not m or m[1].kind != "country" or m[0] >= verb_at or keys[m[0]] != "که":
        return None
    reach = range(m[0] + 1, min(verb_at, m[0] + 1 + _DESCRIBED_REACH))
    comma = next((k for k in reach if keys[k] in COMMAS), None)
    if comma is None or "که" in keys[m[0] + 1 : comma] or comma + 1 >= verb_at:
        return None
    main = range(comma + 1, verb_at)
    if not ({"که", "،", ","} | STOPS).isdisjoint(keys[k] for k in main):
        return None
    for k in main:
        if k in reg.by_token or post_starts(keys, k, post_at) or lx.places().match(keys, k):
            return None
        if organization_at(keys, k, verb_at, words):
            return None
    return OrgRef(" ".join((words or keys)[t : m[0]])), m[0]


_WRITER_REACH = 20  # words from a quoted name's comma to its verb of writing
_RELAYING = frozenset({"که", "نقل", "قول", "گفته"})  # another's words, or a clause of its own


def _quoted_writer(keys, t, verb_at, reg: Registry, words) -> tuple[str, int] | None:
    """A name in guillemets that opens the sentence, no person's, and its comma, then a
    clause of its own up to a verb of writing: «« دیاریو دی سویا » ، امروز تیتر یک خود را به
    راموس ... اختصاص داده و به کنایه نوشته است:» is the paper's. Nothing between that ends a
    clause, relays another («به نقل از») or opens one («که»), and no person but after «به».
    (name, end token) or None."""
    o = t if keys[t] in QUOTE_MARKS else t - 1
    if o < 0 or keys[o] not in QUOTE_MARKS or (o and keys[o - 1] not in STOPS):
        return None
    close = next((k for k in range(o + 2, min(o + 6, verb_at)) if keys[k] in QUOTE_MARKS), None)
    if close is None or close + 2 >= verb_at or keys[close + 1] not in COMMAS:
        return None
    name = range(o + 1, close)
    if not all(keys[k][:1].isalpha() for k in name) or any(k in reg.by_token for k in name):
        return None
    verb = lx.reporting_verbs().match(keys, verb_at)
    if not verb or verb[1].lemma not in WRITING or verb_at - close > _WRITER_REACH:
        return None
    rest = range(close + 2, verb_at)
    if not (CLAUSE_ENDS | _RELAYING).isdisjoint(keys[k] for k in rest):
        return None
    if any(k in reg.by_token and keys[k - 1] != "به" for k in rest):
        return None
    return " ".join((words or keys)[k] for k in name), close + 1


# between a body and its verb: «همچنین», «نیز», and the paper it spoke in («در بیانیه‌ای»)
_ASIDE = set(map(lx.key, "همچنین نیز هم امروز".split()))
# ends of ordinary words for one who does a thing («سیاستمدار», «دامپزشک», «پژوهشگر»)
_WHO_DOES = ("دار", "پزشک", "گر", "کار", "نگار", "شناس", "مند")


def _tagged_body(keys, t, verb_at, reg: Registry, post_at, words) -> tuple[OrgRef, int] | None:
    """A body no list names, that the tagger found as an organization, right before the
    verb: «جنرال موتورز همچنین اعلام کرده است», «تویوتا در بیانیه‌ای اعلام کرد». Only words
    of time, «همچنین», «نیز» and the paper it spoke in stand between; no person or post is in
    its words, nor does it open with people («پژوهشگران», «مقامات») or a post's head. (it, end
    token) or None."""
    end = _tagged_name(keys, t, verb_at, reg, post_at)
    if end is None:
        return None
    k = end
    while k < verb_at and (keys[k] in WHEN or keys[k] in _ASIDE):
        k += 1
    k = _past_issue(keys, k)
    if k != verb_at and not _joined_verb(keys, end, verb_at, reg, post_at):
        return None
    name = " ".join(w for w in (words or keys)[t:end] if w not in QUOTE_MARKS)
    return OrgRef(name.replace(" ،", "،")), end  # «اداره‌کل میراث فرهنگی، گردشگری ...»


def _tagged_name(keys, t, limit, reg: Registry, post_at) -> int | None:
    """The end of a body the tagger found at ``t``, ending by ``limit``, that is no person's
    or group's name (``_tagged_body``'s exclusions); None when there is none."""
    found = reg.bodies.get(t)
    if found is None or found[0] > limit or tuple(keys[t : found[0]]) != found[1]:
        return None
    end = found[0]
    if keys[t] in GROUPS or unnamed_source(keys, t) or person_head(keys[t]):
        return None  # «پژوهشگران دانشگاه کلرادو اعلام کردند»: people of a body, not it
    if keys[t] in lx.common_words() and keys[t].endswith(_WHO_DOES):
        return None  # «دامپزشک گفت», «سیاستمدار جمهوری‌خواه می‌گوید»: a person, unnamed
    if found[0] == t + 1 and (keys[t],) in reg.surnames:
        return None  # «پارسا گفت» after «امیدعلی پارسا»: the person named so
    if any(k in reg.by_token or k in post_at for k in range(t, end)):
        return None
    return end


def tagged_source(keys, k, b, reg: Registry, post_at, words) -> tuple[OrgRef, int] | None:
    """A body no list names that the tagger found right after «به گفته» or «به نوشته» at
    ``k`` («به گفته گلوبال تایمز این واکسن ...», «به نوشته ال مرکوریو توافق ...»), with
    ``_tagged_body``'s exclusions: (it, end token) or None."""
    end = _tagged_name(keys, k, b - 1, reg, post_at)
    if end is None:
        return None
    name = " ".join(w for w in (words or keys)[k:end] if w not in QUOTE_MARKS)
    return OrgRef(name.replace(" ،", "،")), end


# between «و» and a verb joined to an earlier one: «... نام نبرده و تنها اعلام کرده»
_JOINED_ASIDE = _ASIDE | {lx.key("تنها")}
_JOINED_REACH = 12  # words from the body to the earlier verb's «و»


def _joined_verb(keys, end, verb_at, reg: Registry, post_at) -> bool:
    """Whether the verb at ``verb_at`` is joined by «و» to an earlier verb of the clause the body
    ending at ``end`` opens: «ایچیکو از این مشتری نام نبرده و تنها اعلام کرده ...» is the
    company's. Only «نیز», «همچنین», «تنها» after the «و»; before it no «را» right after the
    body (its object: «... شرکت X را خرید و اعلام کرد»), no clause's end, «که», person or
    post."""
    m = verb_at - 1
    while m > end and keys[m] in _JOINED_ASIDE:
        m -= 1
    if keys[m] != "و" or m - end > _JOINED_REACH or m - 1 <= end or keys[end] == "را":
        return False
    if not (finite_verb(keys[m - 1]) or verb(keys[m - 1])):
        return False
    between = range(end, m - 1)
    if any(keys[k] in CLAUSE_ENDS or keys[k] in ("که", "و") for k in between):
        return False
    return not any(k in reg.by_token or k in post_at for k in between)


_SEMICOLON = "؛"


def body_after_semicolon(
    keys, s, verb_at, reg: Registry, post_at, words
) -> tuple[OrgRef, int] | None:
    """A body that opens the item of a list after its semicolon, the verb's clause with no
    comma nor «که» past it: «... را در نظر گرفته‌اند؛ دانشگاه تهران در جدیدترین اطلاعیه خود
    تاکید کرده که» (the body is the subject as it is of a sentence it opens). (it, end
    token) or None."""
    if _SEMICOLON not in keys[s:verb_at]:
        return None  # most clauses: no semicolon, looked for in C
    semi = next(k for k in range(verb_at - 1, s - 1, -1) if keys[k] == _SEMICOLON)
    if semi + 1 >= verb_at or any(k in COMMAS or k == "که" for k in keys[semi + 1 : verb_at]):
        return None
    return organization_subject(keys, semi + 1, verb_at, reg, post_at, words)


def body_after_comma(keys, s, verb_at, reg: Registry, post_at, words) -> tuple[OrgRef, int] | None:
    """A body that opens the last stretch of the clause past a comma and reaches the verb with
    only words of time, «نیز», «همچنین» and the paper it spoke in between, or its own comma
    («... منتخبی از دو تیم شهرستانی بود، سایت نود نوشت:», «... در تهران هم به همین دلیل،
    شورای عالی سیاست‌گذاری اصلاح‌طلبان اعلام کرد»): what stands before the comma is a clause
    of its own or an adjunct, not the subject. The comma before the last opens it when the
    body's name holds the last («به گزارش مهر، وزارت صنعت، معدن و تجارت در اطلاعیه شماره
    چهار خود اعلام کرد»), and its acronym in brackets may follow it («سازمان بهداشت جهانی
    (WHO) تأیید کرده است»). (it, end token) or None."""
    if COMMAS[0] not in keys[s:verb_at] and COMMAS[1] not in keys[s:verb_at]:
        return None  # most clauses: no comma, looked for in C
    limit = verb_at - 1 if keys[verb_at - 1] in COMMAS else verb_at
    commas = [k for k in range(limit - 1, s, -1) if keys[k] in COMMAS][:2]
    if not commas or commas[0] + 1 >= limit:
        return None
    for comma in commas:  # the last, or the one before when the body's name holds the last
        if any(tuple(keys[k : k + 2]) in ACCORDING_TO for k in range(s, comma)):
            return None  # «به گفته سرگئی ریابکوف، دولت روسیه معتقد است»: his words
        org = organization_subject(keys, comma + 1, limit, reg, post_at, words)
        if org is not None and (comma == commas[0] or org[1] > commas[0]):
            break  # «...، وزارت صنعت، معدن و تجارت در اطلاعیه شماره چهار خود اعلام کرد»
    else:
        return None
    k = _past_acronym(keys, org[1], limit)
    while k < limit and (keys[k] in WHEN or keys[k] in _ASIDE):
        k += 1
    return org if _past_issue(keys, k) == limit else None


_GOVERNMENT = "دولت"
_OFFICE = "دفتر"
_SPECIAL = "ویژه"  # «دفتر ویژه استفان دمیستورا»


def _government_of(keys, t, verb_at, reg: Registry, post_at, words) -> tuple[OrgRef, int] | None:
    """A government named by whom it leads, the subject: «دولت حسن روحانی اعلام کرده» is the
    government, not Rouhani; an office by whose it is: «دفتر آیت‌الله سیستانی در نجف اعلام
    کرد», «دفتر نماینده ویژه بان کی مون درامور سوریه اعلام کرد» is the office, not the
    person nor the post; (it, end) or None."""
    if keys[t] == _OFFICE:
        end = _office_holder(keys, t + 1 + (keys[t + 1 : t + 2] == [_SPECIAL]), reg, post_at)
    elif keys[t] == _GOVERNMENT:
        end = _person_end(t + 1, reg)
    else:
        return None
    if end is None or end > verb_at:
        return None
    name = " ".join((words or keys)[t:end])
    return _said_by((name, end), keys, end, verb_at, reg, post_at)  # the holder's name aside


def _office_holder(keys, k, reg: Registry, post_at) -> int | None:
    """Past whose an office is, from ``k``: a person (after an honorific), and the post in
    apposition to them («استفان دمیستورا نماینده دبیرکل سازمان ملل»), or a post and the person
    who holds it («نماینده ویژه بان کی مون»); None if neither opens at ``k``."""
    if k not in reg.by_token and (honorific := lx.honorifics().match(keys, k)):
        k = honorific[0]  # «دفتر آیت‌الله سیستانی»: the title of a name given before
    if (end := _person_end(k, reg)) is not None:
        return post.j if (post := post_at.get(end)) else end
    if (post := post_at.get(k)) is not None:
        return _person_end(post.j, reg) or post.j
    return None


def _person_end(k: int, reg: Registry) -> int | None:
    """The end of the person named at ``k``, or None."""
    return reg.name_end(k) if k in reg.by_token else None


_OBJECT = "را"


def _said_by(org, keys, t, verb_at, reg: Registry, post_at) -> tuple[OrgRef, int] | None:
    """The body ``org`` (name, end) found at ``t``, when it is the subject: no person is among
    its words, and none relayed or named in an adjunct after it before the verb."""
    if any(k in reg.by_token for k in range(t, org[1])):
        return None  # «به گزارش شبکه سردار قاسم رضایی ...»: a person, not a body named so
    name, end = org
    if while_it_is_in(keys, end, verb_at + 1):
        return None  # «ایران ... نیستند این در حالی است که ... صدر ... گفته بود»: its clause ended
    # people after «از» are what was said: «کاخ الیزه ... از گفت‌وگوی اولاند ... خبر داد»
    frm = next(
        (k for k in range(end, verb_at) if keys[k] == "از" and keys[k + 1] != "قول"), verb_at
    )
    relays = any(
        keys[k : k + 2] == ["به", "نقل"]
        and keys[k + 3 : k + 4] != []
        and not unnamed_source(keys, k + 3)
        for k in range(end, verb_at)
    )  # «... به نقل از وزیر کشور نوشت» is the minister's; «به نقل از شاهدان عینی» the outlet's
    # nor anyone in an adjunct right after it: «روزنامه کیهان در واکنش به طرح استعفای
    # روحانی نوشته بود»
    at = end
    while at < frm and keys[at] in WHEN:
        at += 1
    frm = at if keys[at] in ("در", "با", "درباره") else frm
    # a person or post before «را» is what the body acted on, its object: «دولت هند امروز
    # اظهارات اخیر رئیس جمهوری ترکیه را ... رد کرد و از وی خواست» is the government's
    # (but «... صلاحیت علی مطهری را رد کرد و وی گفت» is his: no pronoun past the «را»; and
    # not for a body named by one ordinary word, maybe a heading's run into the clause:
    # «دولت نمی‌ترسداوایل ... رئیس‌جمهوری در یک سخنرانی آب پاکی را ... ریخت و گفت»)
    past = end
    if end - t > 1 or (end - t == 1 and keys[t] not in lx.common_words()):
        past = next((k + 1 for k in range(frm - 1, end - 1, -1) if keys[k] == _OBJECT), end)
    if past > end and any(keys[k] in PRONOUNS for k in range(past, frm)):
        return None
    if relays or any(k in reg.by_token or post_starts(keys, k, post_at) for k in range(past, frm)):
        return None  # «... به نقل از وزیر کشور نوشت»: not it
    return OrgRef(name), end


# Sources an outlet relays without naming them: the outlet speaks
_UNNAMED = set(map(lx.key, "منابع منبع مقامات شاهدان یک برخی مسئولان کارشناسان ناظران".split()))


def named_with_head(keys, s, verb_at, words) -> tuple[str, int] | None:
    """A body the article named before with a head that speaks, written at ``s`` by its name
    alone («آکسفام در گزارش خود گفته است:» after «بنیاد آکسفام ...», «بازفید در ادامه گزارش
    خود ... نوشت» after «وب‌سایت آمریکایی «بازفید»»): (the name it was given, end), or None.
    Its words are no ordinary word nor a place («مردم» after «جنبش مردم» is not it), and at
    most an adjective and quote marks stand between the head and them."""
    for n in (2, 1):
        name = keys[s : s + n]
        if s + n > verb_at or not all(map(_rare, name)) or lx.places().match(keys, s):
            continue
        # the earlier mentions of its first word, last first (``lexicons.occurrences``), where
        # every word before it was compared
        for k in reversed(lx.occurrences(keys, name[0], 1, s)):
            if keys[k : k + n] != name:
                continue
            at = k - 1 if keys[k - 1] in QUOTE_MARKS else k
            at -= 1 if at > 1 and keys[at - 1].endswith("ی") else 0  # «آمریکایی»
            org = organization_at(keys, at - 1, s, words)
            if org and org[1] in (k + n, k + n + 1):
                return org[0], s + n
    return None


def _rare(key: str) -> bool:
    """A word of letters that is no ordinary word, nor one shaped like an adjective, an
    abstract noun («گران‌نمایی») or a plural of people («اصلاح‌طلبان»)."""
    return (
        key[:1].isalpha()
        and not key.endswith(("ی", "ان", "ین"))
        and key not in lx.common_words()
        and rank(key) >= FREQUENT
    )


def unnamed_source(keys, k) -> bool:
    """Sources no name follows: «یک منبع آگاه», «مقامات ...», or people in a plural in «ها»
    («به نقل از دیپلمات‌ها،», «به نقل از دیپلمات‌های غربی»)."""
    key = keys[k]
    return key in _UNNAMED or (len(key) > 4 and key.endswith(("ها", "های", *_PEOPLE_IN_AN)))


# plurals in «ان» of those who study or do a thing: «باستان‌شناسان», «پژوهشگران», «حقوقدانان»,
# «روزنامه‌نگاران», «دانشمندان» (keys: written together)
_PEOPLE_IN_AN = ("شناسان", "گران", "دانان", "نگاران", "مندان")


def post_starts(keys, k, post_at) -> bool:
    """Whether a post starts at ``k``; «وابسته به» (affiliated with) is none."""
    post = post_at.get(k)
    return bool(post) and not (post.keys == ("وابسته",) and keys[post.j : post.j + 1] == ["به"])


_ISSUING = {("با", "صدور"), ("با", "انتشار"), ("در",), ("طی",)}
_ISSUING_FIRST = frozenset(opener[0] for opener in _ISSUING)  # the words a paper opens with
_PAPER_ISSUED = {"بیانیهای", "اطلاعیهای", "بیانیه", "اطلاعیه", "گزارشی", "مقالهای", "یادداشتی"}
# keys hold «رییس» for «رئیس»
_PERSON_HEADS = ("وزیر", "رییس", "سخنگو", "معاون", "نماینده", "دبیر", "مدیر", "سفیر")
# offices named by what they do, bodies: «مدیریت امور اوپک ... وزارت نفت گزارش داده است:»,
# «معاونت اطلاع‌رسانی ستاد ... اعلام کرد», «دبیرخانه شورای ائتلاف ... اعلام کرد»
_OFFICES = frozenset(lx.key(w) for w in ("مدیریت", "معاونت", "دبیرخانه"))


def person_head(key: str) -> bool:
    """Whether a word opens with the head of a post («وزیرخارجه», «رییس‌کل»), not an office."""
    return key.startswith(_PERSON_HEADS) and key not in _OFFICES


def _past_paper(keys: list[str], k: int) -> int | None:
    """Past the paper a body spoke in, opened at ``k`` («در بیانیه‌ای», «با صدور اطلاعیه‌ای»),
    or None."""
    for opener in _ISSUING:  # at most one opens at ``k``: the order does not matter
        n = len(opener)
        if tuple(keys[k : k + n]) == opener and keys[k + n : k + n + 1]:
            return k + n + 1 if keys[k + n] in _PAPER_ISSUED else None
    return None


def _past_issue(keys: list[str], k: int) -> int:
    """Past the paper a body spoke in, opened at ``k``, with its number and «خود» («در اطلاعیه
    شماره چهار خود»), or ``k`` when none opens there."""
    past = _past_paper(keys, k)
    if past is None:
        return k
    past += 2 * numbered(keys, past)
    return past + (keys[past : past + 1] == ["خود"])


def _past_acronym(keys: list[str], k: int, limit: int) -> int:
    """Past a body's acronym in brackets right after its name, at ``k`` («سازمان بهداشت جهانی
    (WHO) تأیید کرده است»): one word in Latin letters; else ``k``."""
    if k + 2 < limit and keys[k] == "(" and keys[k + 2] == ")" and keys[k + 1].isascii():
        return k + 3 if keys[k + 1][:1].isalpha() else k
    return k


def _issuer(keys, t, verb_at, reg: Registry, post_at, words) -> tuple[OrgRef, int] | None:
    """A body no list names, known by the statement it issued: «اخوان‌المسلمین مصر با صدور
    بیانیه‌ای ... خواستار ... شد», «حشد شعبی عراق در بیانیه‌ای اعلام کرد»: the words (one to
    four, none a person's, a post's or an ordinary opener) before the paper."""
    if _ISSUING_FIRST.isdisjoint(keys[t + 1 : min(t + 5, verb_at)]):
        return None  # most clauses: no «در», «با», «طی» where the paper would open (in C)
    for end in range(t + 1, min(t + 5, verb_at)):
        if _past_paper(keys, end) is not None:
            name = [k for k in range(t, end) if keys[k] not in WHEN | ALSO]
            if (
                not name
                or (len(name) == 1 and keys[name[0]] in lx.common_words())  # «امام»
                or person_head(keys[name[0]])  # «وزیرخارجه کانادا»
                # a person's: «موسوی‌نژاد در اطلاعیه خود ... نوشت:»
                or (len(name) == 1 and words and compound_family_name(words[name[0]]))
                # people of a group, unnamed: «تحلیلگران گلدمن ساکس در یادداشتی نوشتند»
                or keys[name[0]] in GROUPS
                or any(
                    k in reg.by_token
                    or k in post_at
                    or keys[k] in NOT_SUBJECT | CLAUSE_ENDS  # «گفتنی است»
                    or not keys[k][:1].isalpha()
                    for k in name
                )
            ):
                return None
            return OrgRef(" ".join((words or keys)[k] for k in name)), end
    return None


REPORTERS = {"خبرنگار", "خبرنگاران", "گزارشگر"}


def reporter_outlet(keys, s, verb_at, reg: Registry, words) -> tuple[OrgRef, int] | None:
    """The outlet whose reporter opens the clause at ``s`` («خبرنگار المیادین از میدان التحریر
    گزارش داد که»): the reporter, unnamed, speaks for it. (it, end token) or None; None too
    when a person is in the clause («به گزارش خبرنگار حوزه دولت خبرگزاری فارس X ... اظهار
    داشت»: a source the subject follows) or the outlet is an ordinary word («حوزه»)."""
    if keys[s] not in REPORTERS or s + 1 >= verb_at or keys[s + 1] in lx.common_words():
        return None
    org = organization_at(keys, s + 1, verb_at, words)
    if not org or not is_outlet(org[0]) or any(k in reg.by_token for k in range(org[1], verb_at)):
        return None
    return OrgRef(org[0]), org[1]


def outlet_again(keys, a, verb_at, outlets) -> tuple[OrgRef, int, bool] | None:
    """An organization that spoke before, named again by its words alone right before the
    verb («کوریا تایمز گزارش کرده» after ««کوریا تایمز» روز شنبه نوشت»)."""
    s = after_source(keys, a, verb_at)
    for words, org in outlets.items():
        end = s + len(words)
        if tuple(keys[s:end]) == words:
            while end < verb_at and keys[end] in WHEN:
                end += 1
            if end == verb_at:
                return org, end, False
    return None


_CITING_SECOND = frozenset({"نقل", "گزارش"})  # «به نقل از», «به گزارش»


def cited_body(keys, a, b, words) -> OrgRef | None:
    """The body a sentence's source relays, when no outlet: «به گزارش خبرگزاری فارس به نقل از
    روابط عمومی شهرداری منطقه 9 ...» -> روابط عمومی شهرداری منطقه; else None."""
    for k in at_each(keys, "به", a, b - 3):
        if keys[k + 1] not in _CITING_SECOND:
            continue  # most «به»: no source, no lists made
        if keys[k : k + 3] == ["به", "نقل", "از"] and (
            org := organization_at(keys, k + 3, b, words)
        ):
            return OrgRef(org[0])  # «به نقل از خبرگزاری فرانسه»: its report goes on too
        # «به گزارش روابط عمومی سازمان بازرسی و نظارت، ...»: the body's own release
        if keys[k + 1] == "گزارش" and (org := organization_at(keys, k + 2, b, words)):
            if not is_outlet(org[0]):  # «به گزارش خبرگزاری فارس به نقل از ...» relays on
                return OrgRef(org[0])
    return None


# words that may stand between «گزارش» and the body whose report it is: «گزارش اول هیئت تحقیق و
# تفحص», «گزارش نهایی کمیسیون ...»
_REPORT_KINDS = frozenset(
    lx.key(w)
    for w in "اول دوم سوم نخست نهایی سالانه جدید تازه اخیر رسمی مقدماتی تفصیلی تکمیلی".split()
)
# before «گزارش», these make it a source («به گزارش ایرنا») or the report spoken of before
_NOT_TOLD = frozenset({"به", "این", "همین", "آن", "همان"})


def report_of_body(keys, a, b, words) -> OrgRef | None:
    """The body whose report a sentence that quotes nothing tells of, by «گزارش» and its name
    («... گزارش اول هیئت تحقیق و تفحص درباره ... قرائت شد»): whose «این گزارش ... می‌افزاید:»
    is next, not the outlet's that relays it; not «به گزارش ...», a source, nor «این گزارش»,
    nor an outlet's."""
    for k in at_each(keys, REPORT, a, b - 1):
        if k > a and (keys[k - 1] in _NOT_TOLD or keys[k - 1].endswith("به")):
            continue  # «... رئیس مجلس شودبه گزارش روز نو»: a source run into a heading
        t = k + 1
        while t < b and t < k + 3 and keys[t] in _REPORT_KINDS:
            t += 1
        if (org := organization_at(keys, t, b, words)) and not is_outlet(org[0]):
            return OrgRef(org[0])
    return None


def told_report(keys, a, verb_at) -> int | None:
    """The token after «این گزارش» or «در این گزارش» opening the clause ``a:verb_at`` («این
    گزارش ... می‌افزاید:», «در این گزارش همچنین آمده است:»), else None."""
    return this_report(keys, a, verb_at) or this_paper(keys, a, verb_at, REPORT)


def this_report(keys, a, verb_at, bare: bool = False) -> int | None:
    """The token after «این گزارش» opening the clause ``a:verb_at`` («این گزارش می‌افزاید:»),
    the report of the body the source relayed; None if the clause opens otherwise. ``bare``:
    «گزارش» alone right before the verb too («گزارش می افزاید ...» after «کوریا تایمز ...
    نوشت»)."""
    s = after_source(keys, a, verb_at)
    if bare and keys[s : s + 1] == [REPORT] and s + 1 == verb_at:
        return s + 1
    return s + 2 if keys[s : s + 2] == ["این", REPORT] and s + 2 <= verb_at else None


_SAYS = "آمده"


def this_paper(keys, a, verb_at, paper: str) -> int | None:
    """The token after «در این ...» opening the clause ``a:verb_at`` whose verb is «آمده» and
    whose paper is ``paper`` («در این بخشنامه که به امضای ... رسیده، ... آمده است:»): what the
    body that issued it says; None if the clause opens otherwise."""
    s = after_source(keys, a, verb_at)
    s += keys[s : s + 1] == ["همچنین"]
    if keys[s : s + 3] != ["در", "این", paper] or not keys[verb_at].startswith(_SAYS):
        return None
    return s + 3 if s + 3 <= verb_at else None


def relayed_report(keys, a, verb_at, relayed: OrgRef, words) -> int | None:
    """Where the subject ends when the clause ``a:verb_at`` is the report of ``relayed``:
    «این گزارش می‌افزاید:», or, for an outlet relayed, «در این گزارش آمده است:» with no
    other body named before the verb («در این گزارش سالانه که ... توسط وزارت دفاع ... تهیه
    شده آمده است» is that ministry's); not «این گزارش حاکی است، وی افزود:», the words of the
    one the outlet quoted; else None."""
    if end := this_report(keys, a, verb_at):
        if not is_outlet(relayed.name) or not _someone_goes_on(keys, verb_at):
            return end
        return None
    if not is_outlet(relayed.name) or (end := this_paper(keys, a, verb_at, REPORT)) is None:
        return None
    named = any(organization_at(keys, k, verb_at, words) for k in range(end, verb_at))
    return None if named else end


def report_goes_on(keys, a, verb_at, words) -> int | None:
    """Where the subject ends when the clause ``a:verb_at`` is «در این گزارش آمده است:» with no
    body named before the verb: the report of the body that spoke last goes on («این مؤسسه
    پیش‌تر پیش‌بینی کرده بود که ...» of «آکسفورد اکونومیکس», then «در این گزارش همچنین آمده
    است: «...»»), as «این گزارش می‌افزاید» does; else None."""
    if (end := this_paper(keys, a, verb_at, REPORT)) is None:
        return None
    named = any(organization_at(keys, k, verb_at, words) for k in range(end, verb_at))
    return None if named else end


def _someone_goes_on(keys, verb_at) -> bool:
    """Whether «وی» or «او» opens what follows the verb at ``verb_at`` past its comma."""
    for k in range(verb_at, min(verb_at + 4, len(keys) - 1)):
        if keys[k] in ("،", ",", ":"):
            return keys[k + 1] in PRONOUNS
    return False
