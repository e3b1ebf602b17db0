"""Quotes that no reporting verb cues: a title or a surtitle «حریرچی در اراک: ...» whose
words before the colon are a person, a post or an outlet (``headline_quotes``), and «به گفته
X، ...», «به نوشته راشاتودی ...» (``according_to``); and the ``Cue`` each quote is found by.
"""

from __future__ import annotations

from dataclasses import dataclass

from khabar.extract import lexicons as lx
from khabar.extract.body_subjects import tagged_source
from khabar.extract.clause_openers import (
    ACCORDING_FIRST,
    SOURCE_OPENERS,
    according_to_end,
    after_source,
    at_each,
    by_announcement,
)
from khabar.extract.clause_words import CLOSING_QUOTE, COMMAS, DASHES, FINAL, LEAD_INS, PRONOUNS
from khabar.extract.registry import Registry
from khabar.extract.speaker_refs import Ref, anaphor_ref, named_subject, past_unknown_name
from khabar.extract.speaking_bodies import OrgRef, capital_named, organization_at
from khabar.model import Quote
from khabar.text.offsets import Span
from khabar.text.segment import trim_span

# a closing mark opens no statement: «حمید سبزواری» از چاپ ... گلایه کرد», a name in
# guillemets the subject ends before
_STRIP_HEAD = {"بر", "از", "،", ":", "نیز", "هم", "همچنین", "»", "”"}  # «که: «...»»
_STRIP_TAIL = {"را", "،"}


@dataclass
class Cue:
    quote: Quote
    ref: Ref
    first_sentence_mention: bool
    said: bool = True  # False: an act that names only its topic («از ... یاد کرد»), no quote
    also: bool = False  # «X نیز گفت»: X is another than whom a post before stood for


def headline_quotes(
    tokens, keys, text, sentences, paragraphs, reg, post_at
) -> tuple[list[Cue], dict[Span, int]]:
    """«حریرچی در اراک: ...» in a title, or a surtitle «استاندار آذربایجان شرقی:» whose
    title is the statement: a direct quote with no verb, when the words before the colon
    are exactly a person or a post. A title run into the lead («سردار فدوی: سپاه ... شد /
    جانشین ... گفت: ...») ends at its slash; the second part maps its sentence to the token
    where the lead resumes."""
    out: list[Cue] = []
    resume: dict[Span, int] = {}
    heads = [p for p in paragraphs[:2] if not text[p.start : p.end].rstrip().endswith(".")]
    if paragraphs and (not heads or heads[0] != paragraphs[0]):
        heads.insert(0, paragraphs[0])  # perhaps a title run into the lead
    for n, para in enumerate(heads):
        first = next((x for x in sentences if para.start <= x[0].start < para.end), None)
        if first is None:
            continue
        sent, a, b = first
        colon = next((k for k in range(a, min(b, a + 30)) if keys[k] == ":"), None)
        if colon is None:
            continue
        # «والیبال قهرمانی اروپا| کونارسکی: ...», «آمریکا معافیت‌ها ... را لغو کرد / پومپئو:
        # ...»: the speaker opens after a rubric's mark or a headline before it
        a = max((k + 1 for k in range(a, colon) if keys[k] in _RUBRIC_MARKS), default=a)
        if colon - a >= 8 or _reports_to_own_colon(keys, colon, b):
            continue
        run_in = text[para.start : para.end].rstrip().endswith(".")
        slash = next((k for k in range(colon, b) if keys[k] == "/"), None)
        if run_in and (n or slash is None or slash + 1 >= b):
            continue
        ref, end = _title_speaker(tokens, keys, a, colon, reg, post_at, n == 0)
        if ref is None and keys[a] in _REQUESTS:
            # «درخواست مرکل از مردم آلمان: روابط اجتماعی‌تان را محدود کنید!», «توصیه X به Y:»,
            # «هشدار چین به ترامپ: ...», «هشدار کم نظیر سردار تنگسیری به آمریکایی‌ها: ...»
            for s in range(a + 1, min(a + 4, colon)):
                if keys[s] in _NOT_A_SPEAKER:
                    break  # «پاسخ به شبهات: ...»: what it answers, not who
                ref, end = _title_speaker(tokens, keys, s, colon, reg, post_at, n == 0)
                if ref is not None:
                    break
            if ref is not None and keys[end] in ("از", "به"):
                end = colon
        if ref is None or not (end == colon or (keys[end] == "در" and colon - end <= 3)):
            continue
        if run_in:
            span = trim_span(text, tokens.ends[colon], tokens.starts[slash])
            resume[sent] = slash + 1  # type: ignore[operator]
        elif colon == b - 1:  # a surtitle: the next line is what was said
            if n + 1 >= len(heads):
                continue
            span = Span(heads[n + 1].start, heads[n + 1].end)
        else:
            span = trim_span(text, tokens.ends[colon], para.end)
        if span:
            cue = Span(tokens.starts[a], tokens.ends[colon])
            out.append(Cue(Quote(None, "direct", "", span, sent, cue), ref, False))
    return out, resume


_HEADLINE_HEAD = 10  # words before a run-in headline's colon at most: «سردار جزایری:»
_HEADLINE_RUN = 40  # words from its colon to the lead's dateline at most
_POST_TAIL = 5  # words past a person or a post to the colon at most


def run_in_headlines(
    tokens, keys, text, sentences, reg, post_at, held: set[Span], resume: dict[Span, int]
) -> dict[Span, Cue]:
    """A headline «X: ...» that lost its line, in the middle of an article of items run
    together: a sentence opened by exactly a person or a post and a colon, whose words run
    with no full stop into the dateline of the item's lead («سفیر آمریکا: پایگاه القیاره ...
    نخواهد شد بغداد - ایرنا - سفیر آمریکا در عراق روز پنجشنبه گفت که ...», «صدر: با
    سربازان آمریکایی ... رفتار می‌کنیم به گزارش مهر ...»). The words to the dateline are a
    direct quote with no verb, and the sentence resumes there (``resume``). ``held``: the
    sentences a title's quote holds. Returns each such sentence's cue."""
    out: dict[Span, Cue] = {}
    for sent, a, b in sentences:
        if sent in held or ":" not in keys[a + 1 : a + _HEADLINE_HEAD]:
            continue  # most sentences: no colon near their start, looked for in C
        colon = keys.index(":", a + 1, a + _HEADLINE_HEAD)
        if colon + 2 >= b or keys[colon + 1] in ('"', "«"):
            continue
        head = _past_rubric(keys, a, colon)
        ref, end = named_subject(keys, head, colon, reg, post_at)
        # the words of a post its finder left off may run to the colon («قایم‌مقام معاونت
        # پیشگیری | از وقوع جرم قوه قضاییه:»): the dateline after it tells a headline
        if ref is None or colon - end > _POST_TAIL or not {",", "،"}.isdisjoint(keys[end:colon]):
            continue
        lead = _lead_dateline(keys, colon + 2, min(b, colon + _HEADLINE_RUN))
        lead_at = None  # where a lead opened by a post, with no dateline, starts
        if lead is None and not _said_in(keys, head, colon):
            lead_at = _lead_post(
                tokens, keys, colon + 2, min(b, colon + _HEADLINE_RUN), b, post_at, reg
            )
            if lead_at and _told_before(text, tokens.starts[head], lead_at[1]):
                continue  # the title given again, glued to its lead
        if lead is None and head > a and ":" not in keys[colon + 1 : b]:
            # «ویدیو / رهبر انقلاب: برجام را پاره کنند، ما آتش می‌زنیم.»: a rubric marks the
            # headline, which ends with its sentence
            span = trim_span(text, tokens.ends[colon], tokens.ends[b - 1])
            if span:
                cue = Span(tokens.starts[head], tokens.ends[colon])
                out[sent] = Cue(Quote(None, "direct", "", span, sent, cue), ref, False)
            continue
        if lead_at:
            lead, start = lead_at
        elif lead is None:
            continue
        else:
            start = tokens.starts[lead]
        span = trim_span(text, tokens.ends[colon], start)
        if span:
            cue = Span(tokens.starts[head], tokens.ends[colon])
            out[sent] = Cue(Quote(None, "direct", "", span, sent, cue), ref, False)
            resume[sent] = lead
    return out


_EXCLUSIVE = "اختصاصی"  # «اختصاصی ایرنا نایب رئیس سنای پاکستان: ...»: an agency's rubric


def _past_rubric(keys, a: int, colon: int) -> int:
    """The token past a rubric that opens a run-in headline before its colon at ``colon``:
    a mark («ویدیو / رهبر انقلاب: ...») or «اختصاصی» and an agency («اختصاصی ایرنا نایب رئیس
    سنای پاکستان: ...»); ``a`` when there is none."""
    s = a
    if not _RUBRIC_MARKS.isdisjoint(keys[a:colon]):  # most headlines: none, looked for in C
        s = max(k + 1 for k in range(a, colon) if keys[k] in _RUBRIC_MARKS)
    if s == a and keys[a] == _EXCLUSIVE and (agency := lx.agencies().match(keys, a + 1)):
        s = agency[0] if agency[0] < colon else a
    return s


_REPORT_OF = ("به", "گزارش")
_DATELINE_PLACE = 4  # words of a dateline's place at most: «ریودوژانیرو», «آذربایجان غربی»


def _lead_dateline(keys, s, b) -> int | None:
    """The first token at or past ``s`` that opens a lead: a place, a dash, an agency and a
    dash or colon («بغداد - ایرنا -»), or «به گزارش» and an agency («به گزارش مهر»); None
    when there is none before ``b``."""
    if _REPORT_OF[1] not in keys[s + 1 : b - 1] and DASHES.isdisjoint(keys[s : b - 2]):
        return None  # most: neither «گزارش» nor a dash, looked for in C
    agencies = lx.agencies()
    for k in range(s, b - 2):
        if tuple(keys[k : k + 2]) == _REPORT_OF and any(
            agencies.match(keys, j) for j in range(k + 2, min(k + 5, b))
        ):
            return k
        if keys[k] not in DASHES:
            continue
        agency = agencies.match(keys, k + 1)
        if not agency or agency[0] >= b or keys[agency[0]] not in DASHES | {":"}:
            continue
        places = lx.places()
        for p in range(max(s, k - _DATELINE_PLACE), k):
            if (place := places.match(keys, p)) and place[0] == k:
                return p
    return None


_NOT_LEADS = frozenset({"و", "یا", "که", "را", "به", "از", "با", "در", "بر", "برای", "این", "آن"})


def _said_in(keys, head: int, colon: int) -> bool:
    """Whether a verb of saying stands before a colon («وزیر انرژی آمریکا نیز گفت:»): no
    headline's."""
    verbs = lx.reporting_verbs()
    return any(verbs.match(keys, k) for k in range(head, colon))


def _lead_post(tokens, keys, s, limit, b, post_at, reg: Registry) -> tuple[int, int] | None:
    """The first token at or past ``s`` (before ``limit``) where a post opens a lead with no
    dateline, and the offset where the lead starts: it opens a clause (not past «و», a
    preposition, «را» or «که») and its clause runs, with no full stop, to a verb of saying and
    a colon («موحدی کرمانی: متاسفانه مطهری مراعات نمی‌کند | دبیرکل جامعه روحانیت مبارز با
    بیان اینکه ...، گفت: ...»). The lead starts at the name the post follows («... هستند |
    احمد امیرآبادی نماینده مردم قم ...»), or inside the token a heading's last word ran into
    («... فوت می‌کند|معاون کل وزارت بهداشت ...»). None when there is none."""
    for k in range(s, limit):
        if keys[k] in FINAL or keys[k] == ":":
            return None
        post = post_at.get(k)
        if post is None or post.anaphor:
            continue
        first = _named_before(tokens, keys, k, reg)
        if keys[(first[0] if first else k) - 1] in _NOT_LEADS:
            continue
        for c in range(post.j + 1, b):
            if keys[c] in FINAL:
                return None
            if keys[c] == ":":
                if not _said_in(keys, c - 3, c):
                    return None
                if first:
                    return first
                return k, post.span.start
        return None
    return None


def _named_before(tokens, keys, k: int, reg: Registry) -> tuple[int, int] | None:
    """The first token and the offset of a person's name that ends right before token ``k``
    (its titles and quotation marks with it: «محمد قمی» نماینده ...), else None."""
    end = k - 1 if keys[k - 1] in CLOSING_QUOTE.values() else k
    pkey = reg.by_token.get(end - 1)
    if pkey is None:
        return None
    first = end - 1
    while reg.by_token.get(first - 1) == pkey:
        first -= 1
    mention = reg.mention_of.get(first)
    if mention is None:
        return None
    if end < k and keys[first - 1] in CLOSING_QUOTE:
        return first - 1, tokens.starts[first - 1]
    return first, mention.full.start


def _told_before(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` were written before ``start`` (a title given again
    at the head of its body: «حریرچی: هر ۱۳ دقیقه ... فوت می کند» on a line of its own, then
    run into its lead «... فوت می کندمعاون کل وزارت بهداشت ... گفت:»)."""
    return text.find(text[start:end], 0, start) >= 0


_VERB_WORDS = 3  # words of a reporting verb at most: «اظهار داشته است»


def _reports_to_own_colon(keys, colon: int, b: int) -> bool:
    """Whether the words after a headline's colon open a clause that reports to its own colon
    («خبرگزاری فارس: وزیر دفاع ایتالیا اعلام کرد: «...»»): a lead's dateline, not a
    headline; the statement is that speaker's, quoted by their own verb."""
    own = next((k for k in range(colon + 2, b) if keys[k] == ":"), None)
    if own is None:
        return False
    verbs = lx.reporting_verbs()
    return any(
        (m := verbs.match(keys, t)) is not None and m[0] == own
        for t in range(max(colon + 1, own - _VERB_WORDS), own)
    )


def _title_speaker(tokens, keys, s, colon, reg, post_at, title: bool) -> tuple[Ref, int]:
    """The person or post at ``s`` before a headline's colon; in a title, also a body
    («رویترز: ...»; a lead's «خبرگزاری فارس: ...» is a dateline) or a state («روسیه: آمریکا
    ... فرستاده است»), or a capital for its state: (reference, end token) or (None, s)."""
    ref, end = named_subject(keys, s, colon, reg, post_at)
    if ref is not None or not title:
        return ref, end
    if pkey := title_person(" ".join(tokens.words[s:colon]) + ":", reg):
        return pkey, colon  # a name written together: «اشرف‌غنی: تمام مواد توافقنامه ...»
    if org := organization_at(keys, s, colon, tokens.words):
        return OrgRef(org[0]), org[1]
    state = lx.places().match(keys, s)
    if state and state[1].kind == "country" and state[0] <= colon:
        return OrgRef(" ".join(tokens.words[s : state[0]])), state[0]
    if (capital := capital_named(keys, s)) and capital[1] == colon:
        return OrgRef(capital[0]), colon  # «مسکو: از حملات هوایی انگلیس استقبال می‌کنیم ...»
    return None, s


def title_person(title: object, reg: Registry) -> str | None:
    """The person a title given apart from the text quotes («مرتضی جوادی آملی: با کسانی که
    ...», «سلیمی‌نمین: ظریف ...»): the one person of the article whose whole name or family
    name is all the words before the title's first colon (at most four); None else."""
    if not isinstance(title, str) or ":" not in title:
        return None
    head = lx.phrase_keys(title.split(":", 1)[0])
    if not head or len(head) > 4:
        return None
    joined = "".join(head)
    found = set()
    for pkey, person in reg.persons.items():
        name = lx.phrase_keys(person.name)
        if any("".join(name[k:]) == joined for k in range(len(name))):
            found.add(pkey)
    return found.pop() if len(found) == 1 else None


# a title's «درخواست X از Y:», and the other nouns of what someone said that open one
_REQUESTS = {"درخواست", "توصیه", "ادعای", "پاسخ", "هشدار", "انتقاد", "واکنش", "تاکید"}
_NOT_A_SPEAKER = {"به", "از", "درباره", "برای", "در", "با", "و"}
_RUBRIC_MARKS = {"|", "/"}


_LEADS = frozenset(LEAD_INS | {"البته"})  # «البته به گفته وی ...»
_SOURCES = {"منابع", "منبع"}  # «بنا بر اعلام منابع اسرائیلی، ...»: unnamed, but someone
# what opens a clause of its own inside the sentence, «به گفته X، ...» after it: «... قرار داده
# اما به گفته مقام‌های ایرانی این کانال ...», «زیرا به گفته وی، ...», «همچنین به گفته ...»
_CLAUSE_JOINS = frozenset({"و", "،", ",", "اما", "ولی", "زیرا", "همچنین"})
# the «که» of a frame, not of a relative clause: «این درحالی است که بنا به‌گفته X، ...», «چرا
# که به گفته او ...»
_FRAME_THAT = "که"
_FRAME_HEADS = frozenset({"چرا"})
_FRAME_JOINED = "چراکه"  # «چراکه به‌گفته او، ...»: «چرا که» written as one word
_WHILE_IS = frozenset({"حالی", "درحالی"})


def _joins_clause(keys, k: int) -> bool:
    """Whether the word before ``k`` opens a clause of its own: a join («و», «اما», a comma)
    or the «که» that closes «چرا که» («چراکه») or «این در حالی است که»."""
    if keys[k - 1] in _CLAUSE_JOINS or keys[k - 1] == _FRAME_JOINED:
        return True
    if keys[k - 1] != _FRAME_THAT or k < 3:
        return False
    return keys[k - 2] in _FRAME_HEADS or (keys[k - 2] == "است" and keys[k - 3] in _WHILE_IS)


def _listed_on(keys, comma: int, b: int) -> bool:
    """The comma at ``comma`` parts the words of a list, one word before the next comma or
    «و» («ریاض، قاهره، ابوظبی و منامه», «اقتصادی، اجتماعی و زیست محیطی»)."""
    return comma + 2 < b and keys[comma + 2] in ("،", ",", "و")


_UNKNOWN_REACH = 5  # words of someone khabar does not know to the comma after them at most
_UNKNOWN_OPENING = 10  # the same, where «به گفته» opens the sentence
# a comma ends the words of who said it; «که», a colon or a full stop before it, a clause
_COMMA_STOPS = {"،", ",", "که", ":", "."}


# «به گفته یک منبع آگاه ایران ...», «به گفته برخی از دیپلمات‌ها میزان خلوص ...», «به گفته
# کارشناسان همه این عوامل ...»: sources no one names, their words known, with no comma (keys
# folded: «دیپلمات‌ها» is «دیپلماتها»)
_SOME = {"یک", "برخی", "چند", "بعضی"}
_VAGUE_ONE = {"منبع", "منابع", "مقام", "مقامات"}  # only with what kind of source they are
_VAGUE_KIND = {"آگاه", "مطلع", "موثق", "رسمی", "ارشد", "بلندپایه", "دیپلماتیک", "امنیتی"}
_VAGUE_MANY = {"کارشناسان", "دیپلماتها", "شاهدان", "محققان", "پزشکان", "ناظران", "تحلیلگران"}
_VAGUE_MANY_KIND = {"عینی"}  # «شاهدان عینی»


def _past_vague_source(keys, k: int, b: int) -> int | None:
    """Past the words of a source no one names at ``k`` («یک منبع آگاه», «برخی از
    دیپلمات‌ها», «کارشناسان»), when what was said follows with no comma; else None."""
    k += keys[k] in _SOME
    k += keys[k : k + 1] == ["از"]  # «برخی از ...»
    if k >= b - 1:
        return None
    if keys[k] in _VAGUE_MANY:
        return k + 1 + (keys[k + 1] in _VAGUE_MANY_KIND)
    if keys[k] in _VAGUE_ONE and keys[k + 1] in _VAGUE_KIND:
        return k + 2
    return None


def according_to(tokens, keys, text, sent, a, b, reg: Registry, post_at, last_ref) -> Cue | None:
    """«به گفته فرمانده انتظامی استان، ...», «به نوشته راشاتودی ...»: the rest of the
    sentence is an indirect quote of the person, post, pronoun or outlet named after it."""
    s = a
    while s < b and keys[s] in _LEADS:  # «البته به گفته وی ...»
        s += 1
    k = according_to_end(keys, s)
    if k is None and tuple(keys[s : s + 2]) in SOURCE_OPENERS:
        s = after_source(keys, s, b)  # «به گزارش فارس ...، به گفته باشگاه اسرای فلسطین، ...»
        k = according_to_end(keys, s)
    if k is None:  # «... شده و به نوشته ایلنا، آنها ...»
        # only the words that open one are looked at (``at_each``)
        window = keys[s + 1 : max(b - 2, 0)]
        opening = sorted(
            k
            for w in ACCORDING_FIRST.intersection(window)
            for k in at_each(keys, w, s + 1, max(b - 2, 0))
        )
        s = next(
            (
                k
                for k in opening
                if _joins_clause(keys, k) and according_to_end(keys, k) is not None
            ),
            b,
        )
        k = according_to_end(keys, s)
    if k is None or k >= b:
        return None
    if (title := lx.honorifics().match(keys, k)) and title[0] in reg.by_token:
        k = title[0]  # «به گفته دکتر جیمز چری، استاد ...، ...»: the person the title is of
    ref, end = anaphor_ref(keys, k, post_at, last_ref, tokens.words) or named_subject(
        keys, k, b, reg, post_at
    )
    if ref is None and keys[k] in CLOSING_QUOTE:
        ref, end = _quoted_name(keys, k, b, reg, post_at)  # «به گفته «فلورنس پارلی» وزیر ...»
    if ref is None and (org := _quoted_outlet(keys, k, b, tokens.words)):
        ref, end = OrgRef(org[0]), org[1]  # «به نوشته «نیویورک تایمز»، ...»: the outlet
    if ref is None and (org := _outlet_at(keys, k, b, tokens.words)):
        ref, end = OrgRef(org[0]), org[1]  # «به نوشته راشاتودی»: the outlet
    if ref is None and (tagged := tagged_source(keys, k, b, reg, post_at, tokens.words)):
        ref, end = tagged  # «به گفته گلوبال تایمز ...»: a body the tagger found
    announced = by_announcement(keys, s)  # «بنا بر اعلام X، ...»
    if ref is None and end == k and announced and keys[k] not in _SOURCES:
        return None  # «طبق اعلام قبلی، ...»: who announced it is not told
    if ref is None and end == k:  # someone khabar does not know: «به گفته پسنده این کشتی ...»
        # opening the sentence, a longer description runs to its comma: «به گفته یک مقام آگاه
        # در این زمینه، ...», «به گفته این چهره شاخص جریان اصول‌گرایی، ...»
        # (or a frame's: «این در حالی است که به گفته یکی از فعالان این صنعت، ...»)
        framed = s > a and keys[s - 1] in (_FRAME_THAT, _FRAME_JOINED)
        reach = _UNKNOWN_OPENING if s == a or framed else _UNKNOWN_REACH
        comma = next((t for t in range(k, min(k + reach, b)) if keys[t] in _COMMA_STOPS), None)
        comma = comma if comma is not None and keys[comma] in COMMAS else None
        if comma is not None and comma >= k + _UNKNOWN_REACH and _listed_on(keys, comma, b):
            comma = None  # «به گفته منابع العربی الجدید محور عربی مرکب از ریاض، قاهره، ...»
        if comma is None:
            end = _past_vague_source(keys, k, b) or past_unknown_name(keys, k, b)
        else:
            end = comma
        if end == k:
            return None
    comma = next((t for t in range(end, min(end + 3, b)) if keys[t] in COMMAS), None)
    if comma is None and keys[end : end + 1] == ["در"]:
        comma = _place_then_comma(keys, end + 1, b)  # «به گفته نماینده ولی فقیه در استان ...،»
    if comma is None and announced:
        return None  # «بر اساس اعلام کمیته بحران استانداری قم بخش اداری ...»: where it ends?
    end = comma if comma is not None else end  # «به گفته این مقام آگاه، ...»
    while end < b and keys[end] in COMMAS:
        end += 1
    if isinstance(ref, str):
        end = _past_apposition(keys, end, b, post_at)
    stop = b - 1 if tokens.words[b - 1] in FINAL else b
    span = content(tokens, keys, text, end, stop)
    if span is None:
        return None
    cue = Span(tokens.starts[s], tokens.ends[according_to_end(keys, s) - 1])  # type: ignore[operator]
    return Cue(Quote(None, "indirect", text[cue.start : cue.end], span, sent, cue), ref, False)


_WHERE = 4  # tokens of «در X،» after a post, to its comma


def _quoted_name(keys, k: int, b: int, reg: Registry, post_at) -> tuple[Ref, int]:
    """A person known to the article in quotation marks at ``k`` and the post right after
    them («به گفته «فلورنس پارلی» وزیر دفاع فرانسه میان ...»): (person, end), else (None,
    ``k``); none where the post's comma parts a list («مدیرکل دفتر مطالعات اقتصادی، اجتماعی
    و ...»), which has no end."""
    ref, end = named_subject(keys, k + 1, b, reg, post_at)
    if not isinstance(ref, str) or keys[end : end + 1] != [CLOSING_QUOTE[keys[k]]]:
        return None, k
    end += 1
    if (post := post_at.get(end)) and not post.anaphor and post.j < b:
        if keys[post.j] in COMMAS and _listed_on(keys, post.j, b):
            return None, k
        end = post.j
        # «... مدیر برنامه ضد تروریسم و اطلاعات در پژوهشکده واشنگتن، ...»: where the post is
        comma = next((t for t in range(end, min(end + _WHERE, b)) if keys[t] in COMMAS), None)
        if keys[end : end + 1] == ["در"] and comma is not None:
            end = comma
    return ref, end


# «به نوشته شماره اخیر هفته‌نامه ساندی‌تایمز، ...»: an issue of the outlet, up to one word after it
_ISSUE = "شماره"


def _outlet_at(keys, k: int, b: int, words: list[str]) -> tuple[str, int] | None:
    """The organization named at ``k``, or after «شماره» and one word at most there (an
    outlet's issue: «شماره اخیر», «شماره امروز»)."""
    if keys[k] != _ISSUE:
        return organization_at(keys, k, b, words)
    return organization_at(keys, k + 1, b, words) or organization_at(keys, k + 2, b, words)


def _quoted_outlet(keys, k: int, b: int, words: list[str]) -> tuple[str, int] | None:
    """A listed organization or outlet that is all the words in the quotation marks opening at
    ``k`` («به نوشته «نیویورک تایمز»، ...»): (its name, the token past the closing mark)."""
    close = CLOSING_QUOTE.get(keys[k])
    if close is None or k + 1 >= b:
        return None
    org = organization_at(keys, k + 1, b, words)
    if org is None or keys[org[1] : org[1] + 1] != [close]:
        return None
    return org[0], org[1] + 1


_PLACE_HEADS = {"استان", "شهرستان", "شهر", "کشور"}


def _place_then_comma(keys, s, b) -> int | None:
    """The comma right after a place at ``s`` («استان کردستان،»), the rest of a post."""
    s += s < b and keys[s] in _PLACE_HEADS
    place = lx.places().match(keys, s) if s < b else None
    return place[0] if place and place[0] < b and keys[place[0]] in COMMAS else None


def _past_apposition(keys, s, b, post_at) -> int:
    """«به گفته محمد صالحی، رئیس هیئت مدیره انجمن پسته ایرانیان، "..."»: a post between
    commas after the person's name is theirs; what was said starts after it."""
    post = post_at.get(s)
    if post is None or post.anaphor:
        return s
    comma = next((t for t in range(post.j, min(post.j + 6, b)) if keys[t] in COMMAS), None)
    if comma is None or any(keys[t] in PRONOUNS or keys[t] == "که" for t in range(s, comma)):
        return s
    return comma + 1


def content(tokens, keys, text, start, end) -> Span | None:
    while start < end and keys[start] in _STRIP_HEAD:
        start += 1
    while end > start and keys[end - 1] in _STRIP_TAIL:
        end -= 1
    if end <= start:
        return None
    return Span(tokens.starts[start], tokens.ends[end - 1])
