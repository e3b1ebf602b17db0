"""Announced future actions: who announced what, and by when.

Conservative by design: a sentence counts only with a decision or «soon» cue («مقرر شد»,
«به زودی»), a deadline cue followed by a duration («ظرف مدت ۲ ماه»), or a future verb
whose verb is an act («برگزار خواهند شد»; ``commitment_acts``). Predictions («منجر به ...
خواهد شد», «... را متضرر خواهد کرد») name no act and are left out, and so are guesses,
conditions and questions («گویا قرار است», «اگر ...», «آیا ...؟»:
``data/commitment_hedges.txt``), and so is advice
(«بهتر است حداکثر تا یک ماه ...»). Past figures are no commitment either: a deadline cue counts
only before a verb in the present or future («تا پایان سال افتتاح می‌کنیم», not «تا پایان
شهریور ... پرداخت شده است»), and a duration that looks back («ظرف یک هفته گذشته») is no
deadline. «که قرار است» describes something («نامزدهایی که قرار است ...»), «قرار است ... باشد»
a state, «باعث/موجب ... خواهد شد» an effect, «بدین قرار است» a list to follow and «... آشکار
خواهد شد» a forecast: none of them announces an action. Except for decisions, the sentence
must be attributed to someone, and a decision in no quote worded in the first or second
person («قرار شد کاری بکنیم») is someone's words whose speaker the text does not name. A
deadline already past on the article's day is a figure, not a commitment; what the clause of
a cue says besides its act (possible, urged, described) is read in ``commitment_moods``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.commitment_acts import (
    act_before,
    acts,
    first_or_second_person,
    outcome_after,
)
from khabar.extract.commitment_announcers import announcing_posts
from khabar.extract.commitment_deadlines import (
    by_start,
    counted_ahead,
    deadline_date,
    deadline_of,
    scheduled,
    year_named,
)
from khabar.extract.commitment_moods import (
    able_before,
    asked_after,
    comes_about_after,
    conceded,
    conditioned_after,
    described,
    glued_if,
    may_hold_glued_if,
    possible_after,
    soon_of_an_act,
    urged,
    witnessed_after,
)
from khabar.extract.dates_relative import next_day
from khabar.extract.people import PostMention
from khabar.letters import TO_LATIN_DIGITS
from khabar.lexicon import rows
from khabar.model import Commitment, DateMention, Quantity, Quote
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns


@cache
def cues() -> lx.Trie[str]:
    t: lx.Trie[str] = lx.Trie()
    for r in rows("commitment_cues.tsv"):
        t.add(r[0], r[1])
    return t


def find_commitments(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    sentences: list[tuple[Span, int, int]],
    quotes: list[Quote],
    quantities: list[Quantity],
    dates: list[DateMention],
    starts: list[int],
    published: dt.date | None = None,
    posts: list[PostMention] | None = None,
) -> list[Commitment]:
    """``starts``: the tokens whose key opens a cue (sorted); ``published``: the article's
    day, against which a decision that names a year long past is history; ``posts``: the
    article's post mentions, the announcer's when the quote names no one."""
    out = []
    cue_trie = cues()
    # each sentence's quotes and each quote's announcing post, made for the first cue kept
    # (most articles keep none)
    covering_of: dict[Span, set[int]] | None = None
    post_of: list[str | None] = []
    durations = [q for q in quantities if q.kind == "duration"]
    quantity_at = by_start(durations)
    date_at = by_start(dates)
    for sent, a, b in sentences:
        found: list[tuple[int, int, str]] = []  # (first token, end, kind) of each cue
        i = a
        for at in starts[bisect_left(starts, a) : bisect_left(starts, b)]:
            if at < i:
                continue
            i = at
            m = cue_trie.match(keys, i)
            if m and m[0] <= b:
                verdict = _announces(keys, a, b, i, m[0], m[1])
                if verdict is None:  # an effect: the sentence forecasts, whatever else it says
                    found = []
                    break
                if verdict:
                    found.append((i, m[0], m[1]))
                i = m[0]
        if not found or _hedged(keys, a, found[0][0]) or _question(text, sent):
            continue
        if asked_after(keys, found[0][1], b):
            continue  # «... قرار است از کجا تامین شود»: an indirect question
        if possible_after(keys, found[0][1], b) or conceded(keys, a, found[0][0], b):
            continue
        if found[0][2] != "decision" and conditioned_after(keys, found[0][1], b):
            continue  # «... بررسی خواهد کرد؛ در صورتی که ...» («مقرر شد در صورتی که» is decided)
        said = [d.iso for d in dates if sent.start <= d.span.start < sent.end and d.iso]
        if _history(found, keys, text[sent.start : sent.end], said, published):
            continue
        if _CHRONICLE_GLUE in text[max(0, sent.start - 3) : sent.end]:
            # the glued items of a history column («... شد.، امروز رضاخان ...»), each its own
            # sentence, the glue ending the one before
            continue
        if published and _dated_long_ago(dates, sent, published):
            continue  # an item of a history column: «۱ بهمن ۱۳۹۳، باراک اوباما ... اعلام کرد»
        deadline = deadline_of(found, tokens, text, keys, quantity_at, date_at, published)
        kinds = {c[2] for c in found}
        action = acts(keys, a, b)
        if deadline and kinds <= {"deadline"} and not _ahead(tokens, text, keys, found[0][1], b):
            continue  # a figure up to a day («تا پایان شهریور ... پرداخت شده است»)
        if kinds <= {"deadline"} and urged(keys, found[0][1], b):
            continue  # «... تا پایان سال ... را باید به مردم اعلام کنیم»: an exhortation
        if kinds <= {"deadline"} and witnessed_after(keys, found[0][1], b):
            continue  # «ظرف دو سال ... شاهد خروجی ملموسی ... خواهیم بود»: a forecast
        due = deadline_date(deadline, published)
        if due and published and due < published.isoformat():
            continue  # a deadline past when the article was written: «تا پایان سال ۹۶» in 1397
        if not ({"decision", "soon"} & kinds or deadline or ("future" in kinds and action)):
            continue
        first = found[0]
        cue_at = tokens.starts[first[0]]
        if covering_of is None:
            covering_of = _covering(quotes, [s for s, _, _ in sentences])
            post_of = announcing_posts(quotes, tokens, keys, {r.i: r for r in posts or ()})
        covering = sorted(covering_of.get(sent, ()))
        # the quote that holds the cue, when a sentence has two («... را یادآور شد و گفت: ...»)
        holding = (n for n in covering if quotes[n].span.start <= cue_at < quotes[n].span.end)
        held = next(holding, covering[0] if covering else None)
        quote = quotes[held] if held is not None else None
        announcer = quote.speaker if quote else None
        # «وزارت نیرو اعلام کرد: ...»: a body announces, and no person is named for it
        body = quote.speaker_organization if quote and announcer is None else None
        # «معاون استاندار گفت: ...»: a post no one the article names holds
        post = post_of[held] if held is not None else None
        if announcer is None and body is None and post is None and "decision" not in kinds:
            continue
        decided = next((e for _, e, kind in found if kind == "decision"), b)
        if quote is None and first_or_second_person(keys, decided, b):
            continue  # someone's words, whose speaker the text does not name
        span = sent
        if quote and sent.start < quote.span.start < sent.end and quote.cue:
            if tokens.starts[first[0]] < quote.span.start:  # the cue is in the attribution
                span = Span(sent.start, quote.cue.start)
            else:
                span = Span(quote.span.start, sent.end)
        if deadline is None:
            # after a decision's or «soon» cue: a day before «به زودی» is the day it was said
            after = tokens.ends[first[1] - 1] if first[2] in ("decision", "soon") else span.start
            action_span = Span(max(span.start, after), span.end)
            today = first[2] == "decision"  # «قرار است امروز ...»: the day of the act
            if published is not None:
                deadline = (
                    scheduled(text, dates, action_span, published, today)
                    or year_named(text, action_span, published)
                    or next_day(text, action_span.start, action_span.end, published)
                    or counted_ahead(text, durations, action_span)
                )
            else:  # an undated article: only a day or month that names its year
                deadline = scheduled(text, dates, action_span, dt.date.min) or year_named(
                    text, action_span, None
                )
        out.append(
            Commitment(
                span=span,
                sentence=sent,
                announcer=announcer,
                action=text[span.start : span.end],
                deadline=deadline,
                deadline_date=due or deadline_date(deadline, published),
                cue=text[tokens.starts[first[0]] : tokens.ends[first[1] - 1]],
                announcer_organization=body,
                announcer_post=post,
            )
        )
    return out


# «که قرار است» describes, «از این قرار است», «بدین قرار است» introduce a list
_NOT_ANNOUNCING = frozenset(map(lx.key, ("که", "این", "بدین")))
_THAT, _FROM = lx.key("آن"), lx.key("از")
# words between «که» and the «قرار است» of its clause («که به زودی قرار است», «که حالا قرار است»)
_ADVERBS = frozenset(
    map(lx.key, ("به", "زودی", "بزودی", "به‌زودی", "حالا", "اکنون", "نیز", "هم", "بالاخره"))
) | frozenset(map(lx.key, ("می‌گوید", "می‌گویند")))  # «جریانی که می‌گوید قرار است ...»
# «... آشکار خواهد شد», «مشخص خواهد شد»: a forecast that something becomes known, no action
_BECOME = lx.key("شد")
_BECOMES_KNOWN = frozenset(map(lx.key, ("آشکار", "مشخص", "روشن", "معلوم", "نمایان", "عیان")))
_SHOW, _WITNESS, _BE = lx.key("نشان"), lx.key("شاهد"), lx.key("بود")
_CAUSE = frozenset(map(lx.key, ("باعث", "موجب", "سبب", "منجر")))
_STATE = frozenset(
    map(
        lx.key,
        (
            "باشد",
            "باشند",
            "باشیم",
            "باشید",
            "باشم",
            "بشویم",
            "شویم",
            "بشوند",
            "نباشد",
            "نباشند",
            "داشته",
        ),
    )
)
_PRESENT = ("می\u200c", "نمی\u200c")
# «می‌کرد», «می‌شدند»: the past continuous, which a deadline cue does not look ahead with
_PAST_STEMS = frozenset(
    stem + ending
    for stem in (
        "کرد",
        "شد",
        "داد",
        "رفت",
        "گرفت",
        "داشت",
        "آمد",
        "گفت",
        "خواست",
        "کرده",
    )
    for ending in ("", "م", "ی", "یم", "ید", "ند")
)
_FUTURE_AUX = frozenset(map(lx.key, ("خواهد", "خواهند", "خواهیم", "خواهم", "باید", "بایستی")))


_CHRONICLE_GLUE = ".،"
_INFLUENCE = frozenset(map(lx.key, ("تاثیر", "تأثیر", "اثر")))
_PUT = tuple(map(lx.key, ("بگذار", "گذار", "بگذر")))


def _affects(clause: list[str]) -> bool:
    """Whether the verb of a «قرار است» clause is an influence («... تاثیر بگذارند»)."""
    for k, key in enumerate(clause[:-1]):
        if key in _INFLUENCE and clause[k + 1].startswith(_PUT):
            return True
        if not key.isalnum():  # punctuation ends the clause
            return False
    return False


def _announces(keys: list[str], a: int, b: int, start: int, end: int, kind: object) -> bool | None:
    """Whether the cue at tokens ``start:end`` of the sentence ``a:b`` announces an action
    (see the module doc for what does not); None for an effect («باعث ... خواهد شد»)."""
    if kind == "decision" and keys[start] == lx.key("قرار"):
        before = start - 1
        while before > a and keys[before] in _ADVERBS:  # «که به زودی قرار است»
            before -= 1
        if before >= a and keys[before] in _NOT_ANNOUNCING:  # «که قرار است», «بدین قرار است»
            return False
        if before > a and keys[before] == _THAT and keys[before - 1] == _FROM:
            return False  # «جریان از آن قرار است که ...»: how a story goes
        if any(k in _STATE for k in keys[end : min(b, end + 8)]):
            return False
        if _affects(keys[end:b]):
            return False  # «... در غایت خود قرار است بر یکدیگر تاثیر بگذارند»: an effect
    if kind == "future" and any(k in _CAUSE for k in keys[max(a, start - 12) : start]):
        return None
    if kind == "soon" and not soon_of_an_act(keys, b, end):
        return False
    if kind in ("soon", "deadline") and able_before(keys, a, start):
        return False  # «... تا بتوانیم در آینده نزدیک ... راه‌اندازی شود»: an aim
    if kind == "soon" and _WITNESS in keys[max(a, start - 8) : start]:
        return False  # «می‌توانیم شاهد رشد ... در آینده نزدیک باشیم»: a forecast
    if kind == "soon" and outcome_after(keys, end, b):
        return False  # «به زودی رشد ... دو برابر خواهد شد»: an outcome, no one's act
    if kind == "soon" and comes_about_after(keys, end, b):
        return False  # «به زودی شاهد ریزش قیمت ... خواهیم بود», «... به خودکفایی می‌رسیم»
    if kind == "future" and _always(keys, a, start, end):
        return False  # «... حیات و بقا داده و خواهد داد»: what was and will be, no act
    if kind == "future" and start > a and _comparative(keys[start - 1]) and keys[end - 1] in _MAKE:
        return False  # «علاقه تجار را ... بیشتر خواهد کرد»: a change brought about, an effect
    if kind == "future" and described(keys, a, start, end):
        return False  # «آنچه بازار را ... تحت تاثیر قرار خواهد داد، ...»
    if kind == "future" and not act_before(keys, a, start):
        return False  # «... متضرر خواهد کرد», «کار خواهیم کرد»: what will happen, no act
    if kind == "future" and start > a and keys[start - 1] == _SHOW:
        return False  # «خودش را نشان خواهد داد», «در عمل نشان خواهیم داد»: a forecast, a vow
    if kind == "future" and keys[end - 1] == _BE and _WITNESS in keys[max(a, start - 8) : start]:
        return False  # «کاهش دما را شاهد خواهیم بود»: a forecast
    if kind == "future" and start > a and keys[start - 1] in _BECOMES_KNOWN:
        # «مشخص خواهد شد» forecasts; «ضوابط را مشخص خواهد کرد» is still someone's act
        return None if keys[end - 1] == _BECOME else True
    return True


def _always(keys: list[str], a: int, start: int, end: int) -> bool:
    """Whether the future cue at tokens ``start:end`` follows its own verb's past participle
    and «و» («داده و خواهد داد», «بوده و خواهد بود», «کرده‌اند و خواهند کرد»): what has been
    and will go on being, a statement of how things are."""
    if start - 2 < a or keys[start - 1] != _AND:
        return False
    return keys[start - 2].startswith(keys[end - 1] + lx.key("ه"))


_AND = lx.key("و")
_MAKE = frozenset(map(lx.key, ("کرد", "شد")))
# «بیشتر», «کمتر», «آسان‌تر», «قوی‌تر»: a comparative before «خواهد کرد/شد» makes a thing more
# or less so; not the nouns that end in «تر» («دفتر», «بستر», «دختر», «چتر», «کبوتر», «شتر»)
_TER = lx.key("تر")
_NOT_COMPARATIVE = frozenset(
    map(lx.key, ("دفتر", "بستر", "دختر", "چتر", "کبوتر", "شتر", "اختر", "کتر", "تر"))
)


def _comparative(key: str) -> bool:
    return key.endswith(_TER) and key not in _NOT_COMPARATIVE and len(key) > 3


def _ahead(tokens: TokenColumns, text: str, keys: list[str], start: int, b: int) -> bool:
    """A verb in the present or future among tokens ``start:b`` («می‌کنیم», «خواهد», «باید»)."""
    for k in range(start, b):
        word = text[tokens.starts[k] : tokens.ends[k]]
        if keys[k] in _FUTURE_AUX or word in ("می", "نمی"):
            return True
        if word.startswith(_PRESENT) and word.split("\u200c", 1)[1] not in _PAST_STEMS:
            return True
    return False


_PAST_DECISION = frozenset(map(lx.key, ("شد", "گردید")))
# A year: Jalali (۱۳۹۶, «سال ۹۶») or Gregorian (۲۰۱۵); Jalali is 621 behind at most.
_YEAR_RE = re.compile(r"(?<!\d)(1[34]\d\d|19\d\d|20\d\d)(?!\d)|سال (\d\d)(?!\d)")
# «۴ سال پیش», «چند سال قبل», «سال‌ها پیش»: years ago; «دو ماه قبل», «سال گذشته», «در
# گذشته»: a decision taken then is recalled, not news
_YEARS_AGO_RE = re.compile(
    r"(?:\d+|چند|دو|سه|چهار|پنج|شش|ده)\s*(?:سال|ماه)\s*(?:پیش|قبل)|سال‌ها\s*(?:پیش|قبل)"
    r"|(?<!چند )(?<!\d )سال\s*(?:گذشته|قبل)|پارسال"  # not «چند سال گذشته»: a period
    r"|(?<![\w\u200c])در گذشته(?![\w\u200c])"
    # at the time a thing was designed, founded, built or passed, and «then»: «در زمان طراحی
    # ... قرار شد ...», «در آن زمان مقرر شد»
    r"|(?<![\w\u200c])در زمان (?:طراحی|تاسیس|تأسیس|احداث|ساخت|تصویب)(?![\w\u200c])"
    r"|(?<![\w\u200c])(?:در )?آن (?:زمان|موقع|هنگام)(?![\w\u200c])"
)


def _history(
    found: list, keys: list[str], sentence: str, dates: list[str], published: dt.date | None
) -> bool:
    """A decision taken («قرار شد», «مقرر شد») in a sentence that names a year two or more
    before publication («در سال ۹۶ هم قرار شد ...», «... در سال ۲۰۱۵»), years ago («چند سال
    پیش قرار شد»), months ago, last year or in the past («دو ماه قبل ... مقرر شد», «سال
    گذشته ... مقرر شد», «در گذشته ... مقرر شد»), or a day two months or more before it («در
    تاریخ ۱۱ بهمن ۱۳۹۸ ... مقرر شد»): history, not news. An undated article's sentence is
    read for the age it says alone."""
    if not any(k == "decision" and keys[e - 1] in _PAST_DECISION for _, e, k in found):
        return False
    if published is None:  # undated: only what the sentence says of its own age
        return bool(_YEARS_AGO_RE.search(sentence.translate(TO_LATIN_DIGITS)))
    if any(iso <= (published - dt.timedelta(days=60)).isoformat() for iso in dates):
        return True
    if _YEARS_AGO_RE.search(sentence.translate(TO_LATIN_DIGITS)):
        # unless the act is dated ahead («سال گذشته ... مقرر شد ... از ابتدای مرداد امسال»)
        return not any(iso > published.isoformat() for iso in dates)
    for m in _YEAR_RE.finditer(sentence.translate(TO_LATIN_DIGITS)):
        year = int(m.group(1) or m.group(2))
        year = year + 1300 + (100 if year < 40 else 0) if year < 100 else year
        if (year + 621 if year < 1500 else year) <= published.year - 2:
            return True
    return False


def _dated_long_ago(dates: list[DateMention], sent: Span, published: dt.date) -> bool:
    """Whether the sentence opens with a date a year or more before the article's day
    («۱۲ بهمن ۱۳۹۲، عباس عراقچی ... گفت: ...»): what it tells was news then."""
    year_before = (published - dt.timedelta(days=365)).isoformat()
    return any(
        sent.start <= d.span.start <= sent.start + 2 and d.iso and d.iso <= year_before
        for d in dates
    )


@cache
def _hedges() -> lx.Trie[bool]:
    t: lx.Trie[bool] = lx.Trie()
    for r in rows("commitment_hedges.txt"):
        t.add(r[0], True)
    return t


def _hedged(keys: list[str], a: int, cue: int) -> bool:
    """A guess, a condition or a question before the cue («گویا قرار است», «اگر ...», and
    «اگر» glued to the next word: «اگرایران درخواست ... بدهد»)."""
    hedges = _hedges()
    before = keys[a:cue]
    if hedges.root.keys().isdisjoint(before) and not may_hold_glued_if(before):
        return False  # most sentences: no hedge opens, no «اگر», both looked for in C
    return any(
        (keys[k] in hedges.root and hedges.match(keys, k)) or glued_if(keys[k])
        for k in range(a, cue)
    )


# «... صحنه جدال ... باشد یا نه»: an indirect question
_WHETHER_RE = re.compile(r"(?<![\w\u200c])یا[\s\u200c]+(?:نه|خیر)(?![\w\u200c])")


def _question(text: str, sent: Span) -> bool:
    sentence = text[sent.start : sent.end]
    return sentence.rstrip("»\"”' ").endswith(("؟", "?")) or bool(_WHETHER_RE.search(sentence))


def _covering(quotes: list[Quote], sentences: list[Span]) -> dict[Span, set[int]]:
    """Sentence -> the quotes (by index) that cover it: the quote's own sentence, and the
    sentences that lie within the quote (up to one character after it). Found per quote
    by binary search, where testing every quote against every sentence was quadratic."""
    starts = [s.start for s in sentences]
    out: dict[Span, set[int]] = {}
    for n, q in enumerate(quotes):
        out.setdefault(q.sentence, set()).add(n)
        k = bisect_left(starts, q.span.start)
        while k < len(sentences) and sentences[k].end <= q.span.end + 1:
            out.setdefault(sentences[k], set()).add(n)
            k += 1
    return out
