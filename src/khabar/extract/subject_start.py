"""Where the subject of a reporting clause may open: past quote marks, a source («به گزارش
...»), an agency's or a place's dateline, lead-ins, a frame and the other openers of
``clause_openers``; what comes there is read by ``speakers``."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import compress

from khabar.extract import dates
from khabar.extract import lexicons as lx
from khabar.extract.announcements import past_announcement
from khabar.extract.body_subjects import post_starts, unnamed_source
from khabar.extract.clause_openers import (
    ADJUNCT_FIRST,
    AND_WORDS,
    ANNOUNCEMENT_FIRST,
    BUT,
    CAUSE_OR_AGO_FIRST,
    CONCESSION_FIRST,
    CONCESSIVE,
    FRAME_FIRST,
    FRAME_WORDS,
    GLUED_SOURCE_WORDS,
    LIKE_FIRST,
    MID_BUT_WORDS,
    SOURCE_FIRST,
    SPLIT_WHILE_WORDS,
    THAT_OR_THOUGH_WORDS,
    WHEN_THAT_FIRST,
    after_adjunct,
    after_and_body,
    after_but,
    after_event_part,
    after_frame,
    after_glued_source,
    after_quote_and,
    after_source,
    after_that_body,
    after_when,
    after_while_that,
    past_as_clause,
    past_cause_or_ago,
    past_concession,
    past_concession_clause,
    past_paper_comma,
    past_this_matter,
    past_year,
)
from khabar.extract.clause_words import (
    ALSO,
    CLAUSE_ENDS,
    CLOSING_MARKS,
    COMMAS,
    DASHES,
    DATELINE,
    LEAD_INS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_MARKS,
)
from khabar.extract.glued_pronouns import heading_end
from khabar.extract.namewords import RARE, rank, verb
from khabar.extract.people import first_name_at, stopwords
from khabar.extract.registry import Registry
from khabar.extract.reporting_cues import REPORT_PAUSES, REPORT_RUN, WRITTEN
from khabar.extract.speaking_bodies import capital_at, capital_named, country_at, organization_at
from khabar.extract.that_subjects import quoted_person
from khabar.extract.told_apart import outlet_colon

# Adverbs of time that may open a clause before its subject, with no comma
_EARLIER = set(lx.phrase_keys("پیش‌تر پیشتر همزمان اخیرا قبلا هم‌اکنون"))
_EARLIER_FIRST = {"پیش", "قبل"}
_EARLIER_3 = {(w, "از", t) for w in _EARLIER_FIRST for t in ("این", "آن")}
# Words of a time with no comma before the subject: «اوایل روز دوشنبه وی گفت که ...»
_WHEN_WORDS = set(
    lx.phrase_keys(
        "روز شب صبح عصر ظهر بامداد اوایل اواخر اواسط امروز دیروز دیشب امشب "
        "شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه پنج‌شنبه جمعه"
    )
)


_NAMED_PAST_COLON = 3  # tokens from a colon to the name it opens: «دکتر داود باوند»


_ROMAN = frozenset("ivxlc")


def _note_mark(keys, k) -> bool:
    """A note's number in brackets opens at ``k``: «[12]», «[xxxviii]»."""
    if k + 2 >= len(keys) or keys[k] != "[" or keys[k + 2] != "]":
        return False
    number = keys[k + 1].lower()
    return number.isdigit() or _ROMAN.issuperset(number)


def _past_notes(keys, s, verb_at) -> int:
    """Past the notes a clause runs on through, two numbers in brackets or more the sentence
    holds with no full stop between («[xxxvi] رک: علی ذوعلم، ... [xxxviii] مثلا مرحوم حمید
    عنایت بر ... تاکید می‌کند»): the clause opens after the last, its note's own words; a
    lone number is a reference to a note («... گفته است[3]»)."""
    marks = [k for k in range(s, verb_at - 2) if _note_mark(keys, k)]
    return marks[-1] + 3 if len(marks) > 1 else s


def _past_report_of_words(keys, s, verb_at, reg: Registry) -> int:
    """Past a paper's cue and its colon that report a person's words, when that person opens
    right past the colon: «این روزنامه نوشته است: دکتر داود باوند ... گفت:»; else ``s``."""
    if ":" not in keys[s + 1 : verb_at]:
        return s  # most clauses: no colon before the verb, looked for in C
    colon = max(k for k in range(s + 1, verb_at) if keys[k] == ":")
    verbs = lx.reporting_verbs()
    if not any(
        (m := verbs.match(keys, k)) and m[0] == colon and m[1].lemma in WRITTEN
        for k in range(max(s, colon - 3), colon)
    ):
        return s  # «خبرگزاری فارس: ...», a dateline, «X گفت: ...»: read after
    for k in range(colon + 1, min(colon + 1 + _NAMED_PAST_COLON, verb_at)):
        if k in reg.by_token:
            return colon + 1
    # «... نوشت: پژوهشگران دانشگاه کلرادو اعلام کردند که ...»: a clause of its own past the
    # colon, its verb of saying before «که» or a colon (extract/reporting_cues.py)
    m = verbs.match(keys, verb_at)
    if (
        m
        and keys[m[0] : m[0] + 1] in (["که"], [":"])
        and verb_at - colon <= REPORT_RUN
        and not any(k in REPORT_PAUSES for k in keys[colon + 1 : verb_at])
    ):
        return colon + 1
    return s


def _past_outlet_colon(keys, s, verb_at) -> int:
    """Past an outlet's name and its colon that a heading with no full stop ran into: «...
    معرفی متخلفان به دستگاه قضا پایگاه خبری تحلیلی انتخاب ( Entekhab.ir ) : در پی ...،
    مدیرکل ... اعلام کرد»; the last such colon before the verb; else ``s``."""
    found = outlet_colon(keys, s, verb_at)
    if found is None or found[1] + 1 >= verb_at:
        return s
    # a heading before it, not the dateline that opens the item («تهران، ایرنا: یک مقام ...»)
    heading = any(
        k[:1].isalpha() and not lx.places().match(keys, t)
        for t, k in enumerate(keys[s : found[0]], s)
    )
    return found[1] + 1 if heading else s


def subject_start(keys, a, verb_at, reg: Registry, post_at) -> int:
    """Where the subject of the clause ``a:verb_at`` may open: past quote marks, a source
    («به گزارش ...»), an agency's or a place's dateline, lead-ins and a frame.
    Each reading is asked only where the clause holds its words (``held``, read once) or,
    for one that reads the words where the clause opens so far, where the first of them is
    one it opens with (``clause_openers``' ``..._FIRST``): most clauses need few of them."""
    s = a
    held = set(keys[a:verb_at])  # the words of the clause; ``s`` only moves on from ``a``
    while s < verb_at and keys[s] in QUOTE_MARKS:
        s += 1  # «"او در پاسخ ... گفت:»
    if keys[s] == "و":  # «... بازگرداند.» و ریچارد گرنل ... اظهار داشته است:»
        s = after_quote_and(keys, s, verb_at)
    if "[" in held:
        s = _past_notes(keys, s, verb_at)
    if ":" in held:
        s = _past_report_of_words(keys, s, verb_at, reg)
        if ":" in keys[s + 1 : verb_at]:
            s = _past_outlet_colon(keys, s, verb_at)
    if s + 3 < verb_at and keys[s + 1] in CLOSING_MARKS and keys[s + 2] in COMMAS:
        if s + 3 in reg.by_token or s + 3 in post_at:
            # «... خبرگزاری رسمی لبنان «ان. ان. ای»، عون در این دیدار اعلام کرد»: the tail of
            # a name in guillemets whose dots ended a sentence, then the subject
            s += 3
    if not GLUED_SOURCE_WORDS.isdisjoint(held):  # (the run-in source's words are of them)
        s = after_glued_source(keys, s, verb_at)  # «... خوزستانبه گزارش روز نو: ...»
        s = _past_run_in_source(keys, s, verb_at, reg, post_at)
    if reg.run_on:  # «... برای تخریب سندرزدر این رابطه علی اسدی خمامی ... می‌گوید:»: a heading's
        # last name run into the clause's first word; the subject opens past it
        s = next((k + 1 for k in range(verb_at - 1, s - 1, -1) if k in reg.run_on), s)
    s = _past_run_in_heading(keys, s, verb_at, reg, post_at)
    # «... آمریکا هستیمموسوی درباره ... بیان کرد»: a heading run into the speaker's name
    # or a post run into a heading's verb the same way, but for one in a heading of its own,
    # before a «/» («... کردشهردار منطقه ۱۳ مشکوک به کرونا .../ چهار روز پیشمحسن هاشمی ...»)
    glued = next((k for k in range(verb_at - 1, s, -1) if k in reg.glued), s) if reg.glued else s
    if glued not in post_at or "/" not in keys[glued:verb_at]:
        s = glued
    source_at = s
    if keys[s] in SOURCE_FIRST:
        s = after_source(keys, s, verb_at)
    if keys[s] in ANNOUNCEMENT_FIRST:
        s = past_announcement(keys, s, verb_at)  # «بنابر اعلام روابط عمومی ...، وی بیان داشت:»
    if s > source_at and keys[s] in QUOTE_MARKS and s + 1 in reg.by_token:
        s += 1  # «به گزارش خبرگزاری فرانسه، «رجب طیب اردوغان»، رهبر ... گفت»: a quoted name
    # a source with no comma of its own: «به گزارش خبر گزاری فارس از کرمانشاه علی‌محمد فلاحی
    # در ... برگزار شد، اظهار داشت»: the subject is the first person or post past its words
    if s > source_at + 2:  # most clauses: no source before the subject
        named = (
            k for k in range(source_at + 2, s) if k in reg.by_token or post_starts(keys, k, post_at)
        )
        s = next((k for k in named if keys[k - 1] not in PREPOSITIONS), s)
    # most subjects open with no place nor agency: one look-up each, no call
    opening = keys[s] if s < len(keys) else None
    if (
        opening in lx.places().root
        and (place := lx.places().match(keys, s))
        and (m := lx.agencies().match(keys, place[0]))
        and m[0] < verb_at
        and keys[m[0]] == ":"
    ):
        s = m[0] + 1  # «تهران واحد مرکزی خبر: سازمان گمرک بلغارستان ... اعلام کرد»
    elif (
        opening in lx.agencies().root
        and (m := lx.agencies().match(keys, s))
        and m[0] < verb_at
        and keys[m[0]] in DATELINE | {"،"}
    ):
        # «خبرگزاری فارس: نماینده ولی فقیه ... گفت:», «خبرگزاری فارس- سفیر ایران در روسیه
        # گفت:»; not «خبرگزاری بلومبرگ، به نقل از
        # دیپلمات‌ها، مدعی شده که»: the agency speaks, relaying no one it names
        relays = keys[m[0] + 1 : m[0] + 4] == ["به", "نقل", "از"]
        if not (relays and m[0] + 4 < verb_at and unnamed_source(keys, m[0] + 4)):
            s = m[0] + 1
    if s in reg.by_token:
        s = _past_byline(keys, s, verb_at, reg)
    while s < verb_at and (
        keys[s] in _LEADS_OR_BUT
        or (
            keys[s] in CONCESSIVE
            and (
                not any(k in COMMAS for k in keys[s:verb_at])
                or _alone_with_post(keys, s + 1, verb_at, reg, post_at)
            )
        )
    ):
        s += 1  # «هرچند وزارت کشور ... اعلام کرد»; not «هرچند دولت ...، برخی معتقدند»
    s = past_concession_clause(keys, s, verb_at)  # «هرچند ... آورده است، بانک جهانی ...»
    if keys[s] == _THAT_IT and s + 1 < verb_at and s + 1 in reg.by_token:
        s += 1  # «اینکه آقای روحانی اعلام کرد «...»، موضع ...؟»: a clause of what he said
    # «بااین‌حال این کارشناس ... می‌افزاید:», «با این حال جانسون به یونکر خواهد گفت»
    if keys[s] in CONCESSION_FIRST:
        s = past_concession(keys, s, verb_at, lambda k: _opens_concession(keys, k, verb_at, reg))
    if keys[s] in LIKE_FIRST:  # «همان‌گونه که ...، نماینده دائم ایران ... متذکر شد»
        s = past_as_clause(keys, s, verb_at)
    # «به همین دلیل نیز شورای عالی ... اعلام کرد», «چند سال قبل نیز ارتش مصر مدعی ... شد»: a
    # body only (a person there is found by the further scan, and «وی» after goes on with him)
    if keys[s] in CAUSE_OR_AGO_FIRST or keys[s].isdigit():
        s = past_cause_or_ago(keys, s, verb_at, lambda k: body_at(keys, k, verb_at))
    if keys[s] == "در":  # «در سال 2017 مسکو از ... خبر داد»: a body or a capital, as above
        s = past_year(
            keys,
            s,
            verb_at,
            lambda k: body_at(keys, k, verb_at) or bool(capital_at(keys, k, verb_at)),
        )
    if keys[s] == "از":
        s = _past_since(keys, s, verb_at)
    if (
        s + 2 < verb_at
        and keys[s + 1] in COMMAS
        and keys[s] in lx.common_words()
        and keys[s] not in PRONOUNS
        and s not in reg.by_token
        and s not in post_at
    ):
        s += 2  # «همزمان، وزارت خارجه ترکیه ... خبر داد», «پیش‌تر، ...»
    if not _COMMA_KEYS.isdisjoint(held):
        s = past_ordinary_comma(keys, s, verb_at, reg, post_at)

    def opens_subject(k: int) -> bool:  # a person or a body; a post alone may be anyone's
        return (
            k in reg.by_token
            or body_at(keys, k, verb_at)
            or quoted_person(keys, k, reg) is not None
        )

    # «پیش‌تر مرکز روسی آشتی در سوریه اعلام کرد که»: when, then who; «پیش‌تر نیز بانک جهانی
    # ... تاکید کرده بود», «پیش از این هم خبرگزاری اسپوتنیک اعلام کرده بود،»
    first = keys[s]
    if first in _EARLIER:
        earlier = 1
    else:  # the three words as a tuple only after «پیش» or «قبل»
        earlier = 3 if first in _EARLIER_FIRST and tuple(keys[s : s + 3]) in _EARLIER_3 else 0
    if earlier:
        k = s + earlier
        k += k < verb_at and keys[k] in ALSO
        # «پیش‌تر مسکو اعلام کرده بود که»: a capital for its state, as after a year
        if k < verb_at and (opens_subject(k) or _capital_opens(keys, k, verb_at)):
            s = k
    # «در همین رابطه امروز یکشنبه بنیامین نتانیاهو ...، نیز گفت»: the words of time after
    # the lead-in, not its comma, end where the subject opens
    when = lead = past_this_matter(keys, s, verb_at) if keys[s] == "در" else s
    while when < verb_at - 1 and (keys[when] in _WHEN_WORDS or _a_day_of_month(keys, when)):
        when += _a_day_of_month(keys, when) or 1
    if when > lead and (keys[when] in PRONOUNS or opens_subject(when)):
        s = when  # «اوایل روز دوشنبه وی گفت که ...», «روز شنبه اوباما گفت», «دوم مارس X ...»
    if _WAS_THAT[0] in held:
        s = _past_time_cleft(keys, s, verb_at, opens_subject)
    if keys[s] == "در":
        s = past_paper_comma(keys, s, verb_at, opens_subject)
        s = after_event_part(
            keys, s, verb_at, opens_subject, lambda k: post_starts(keys, k, post_at)
        )
    if keys[s] in ADJUNCT_FIRST:
        s = after_adjunct(
            keys,
            s,
            verb_at,
            lambda k: opens_subject(k) or post_starts(keys, k, post_at),
            lambda k: opens_subject(k) or _post_of_words(keys, k, post_at),
        )
    if keys[s] in WHEN_THAT_FIRST:
        s = after_when(keys, s, verb_at, post_at)
    if (keys[s] in FRAME_FIRST or not FRAME_WORDS.isdisjoint(held)) and (
        framed := after_frame(keys, s, verb_at)
    ) != s:
        # «این در حالی است که چندی پیش، دونالد ترامپ ... مدعی شد»: a time opens the clause
        # the frame holds, as it does one of its own
        s = past_ordinary_comma(keys, after_when(keys, framed, verb_at), verb_at, reg, post_at)
    if not SPLIT_WHILE_WORDS.isdisjoint(held):
        s = after_while_that(keys, s, verb_at)
    if not MID_BUT_WORDS.isdisjoint(held):  # «... توافق کردند اما واشنگتن اعلام کرده است»
        s = after_but(
            keys, s, verb_at, lambda k: opens_subject(k) or _capital_before_verb(keys, k, verb_at)
        )
    # «... موضع دیگری بود که مسکو اعلام کرده ...», «... دست یافتند و مسکو اعلام کرد»: a body,
    # or a capital for its state right before the verb
    if not THAT_OR_THOUGH_WORDS.isdisjoint(held):
        s = after_that_body(keys, s, verb_at, lambda k: _body_or_capital(keys, k, verb_at))
    if not AND_WORDS.isdisjoint(held):
        s = after_and_body(keys, s, verb_at, lambda k: _body_or_capital(keys, k, verb_at))
    # a dateline's place (most clauses open with none: one look-up, no call)
    if keys[s] in lx.places().root and (place := lx.places().match(keys, s)) and place[0] < verb_at:
        k = place[0] + (1 if keys[place[0]] in DASHES else 0)
        agency = lx.agencies().match(keys, k) if k < verb_at else None
        if agency and agency[0] + 1 < verb_at and keys[agency[0]] in DASHES:
            k = agency[0] + 1  # «کابل - ایرنا - دولت افغانستان ...»: the agency's dateline
            if body_at(keys, k, verb_at):
                return k
        if k in post_at or k in reg.by_token:  # a dateline: «بوشهر - فرمانده انتظامی ...»
            s = k
    return s


def _alone_with_post(keys, k, verb_at, reg: Registry, post_at) -> bool:
    """A person known opens the clause at ``k``, their post in apposition between two commas,
    and no one else is named on to the verb: «هرچند علی مطهری، نماینده مجلس، پیش از این ...
    عنوان کرده و گفته است:» is his, as it is without «هرچند»."""
    pkey = reg.by_token.get(k)
    if pkey is None:
        return False
    comma = reg.name_end(k, verb_at)
    post = post_at.get(comma + 1) if keys[comma : comma + 1] in (["،"], [","]) else None
    if post is None or post.anaphor or post.holder not in (pkey, None) or post.j >= verb_at:
        return False
    if keys[post.j] not in COMMAS:
        return False
    return not any(t in reg.by_token or t in post_at for t in range(post.j, verb_at))


def _body_or_capital(keys, k, verb_at) -> bool:
    """A body opens at ``k``, or a capital whose name ends right before the verb."""
    return body_at(keys, k, verb_at) or _capital_before_verb(keys, k, verb_at)


def _capital_before_verb(keys, k, verb_at) -> bool:
    """A capital's name opens at ``k`` and ends right before the verb: its state speaks."""
    named = capital_named(keys, k)
    return named is not None and named[1] == verb_at


def _capital_opens(keys, k, verb_at) -> bool:
    """A capital for its state opens the clause at ``k``: before words of its own
    (``capital_at``) or right before the verb."""
    named = capital_named(keys, k)
    return named is not None and (named[1] == verb_at or capital_at(keys, k, verb_at) is not None)


def _post_of_words(keys, k, post_at) -> bool:
    """A post of two words or more starts at ``k``: after «در ادامه» a bare «قاضی» or «وزیر»
    is of the hearing or meeting told, any of several («در ادامه قاضی به نماینده دادستان
    گفت:» said to another whom the next sentence names)."""
    post = post_at.get(k)
    return post_starts(keys, k, post_at) and post.j - post.i > 1


# «از زمانی که», «از وقتی که», their «که» joined or apart: a clause of time, whose subject
# speaks when its verb is the reporting verb
_SINCE = (("از", "زمانیکه"), ("از", "وقتیکه"), ("از", "زمانی", "که"), ("از", "وقتی", "که"))


def _past_since(keys, s, verb_at) -> int:
    """Past «از زمانی‌که» when no comma ends its clause before the verb, which is then the
    clause's own: «از زمانی‌که روسیه تحریم‌هایی ... اعمال کرد و از شهروندانش خواست ...» is
    Russia's; not «از وقتی که X ...، Y گفت», whose verb is past the clause; else ``s``."""
    if keys[s : s + 1] != ["از"]:
        return s  # most clauses
    for since in _SINCE:
        n = len(since)
        if tuple(keys[s : s + n]) == since and s + n < verb_at:
            if "،" in keys[s:verb_at] or "," in keys[s:verb_at]:
                return s
            return s + n
    return s


_RUN_IN_SOURCE = {"گزارش", "نوشته"}
_OUTLET_AT = 3  # tokens from «گزارش» to the outlet's name: «به گزارش خبرنگار مهر،»
_RUN_IN_REACH = 10  # tokens from the outlet's name to the source's comma


def _past_run_in_source(keys, s, verb_at, reg: Registry, post_at) -> int:
    """Past an outlet's «به گزارش X،» that a heading with no full stop of its own ran into,
    when a person or a post opens right past its comma: «... در برگزاری مسابقات قرآن مشارکت
    می‌کند به گزارش خبرگزاری مهر، سید مهدی شرفی ... اظهارداشت:» is Sharafi's, not that of
    one the heading or a signature before it names; else ``s``. Not a report spoken of
    («با اشاره به گزارش رویترز، گفت»: nobody opens past its comma)."""
    if _RUN_IN_SOURCE.isdisjoint(keys[s + 2 : verb_at]):
        return s  # most clauses hold none: looked for in C
    for k in range(verb_at - 3, s, -1):  # the last such source before the verb
        if keys[k] != "به" or keys[k + 1] not in _RUN_IN_SOURCE:
            continue
        outlets = lx.agencies()
        if not any(outlets.match(keys, j) for j in range(k + 2, k + 2 + _OUTLET_AT)):
            return s
        reach = range(k + 3, min(verb_at, k + 3 + _RUN_IN_REACH))
        comma = next((j for j in reach if keys[j] in COMMAS), None)
        if comma is None or comma + 1 >= verb_at:
            return s
        after = comma + 1
        if after in reg.by_token:
            e = reg.name_end(after, verb_at)
            return after if keys[e : e + 1] != ["را"] else s
        return after if after in post_at else s
    return s


_LEADS_OR_BUT = frozenset(LEAD_INS | BUT)  # words that open a clause before its subject
_THAT_IT = "اینکه"  # opening the sentence, a clause its subject; its own subject after it
_HEADING_VERBS = {"است", "بود", "شد"}
_HEADING_ENDS = _HEADING_VERBS | {"/"}  # a heading's verb, or its parts' «/»


def _past_run_in_heading(keys, s, verb_at, reg: Registry, post_at) -> int:
    """Past a heading with no full stop of its own run into the clause: the last «/» before
    the verb when a person, a post or a body opens right past it and the verb's clause runs
    on to the verb with no punctuation, verb or «که» of its own («واکنش تند بغداد به
    مداخلات ریاض / وزارت خارجه عراق از دولت سعودی توضیح خواست»), or a verb that ends the
    heading right before «وی» («قاچاق سم مهلک اقتصاد مقاومتی است وی از قاچاق ... گفت:»,
    «... را حل می‌کند وی ادامه داد:»: a heading's last word as ``glued_pronouns`` reads one run
    into it) or a post (``_post_past_heading``); else ``s``."""
    clause = keys[s + 1 : verb_at]  # one slice for the three looks below
    if "/" in clause:
        k = max(j for j in range(s + 1, verb_at) if keys[j] == "/")
        at = k + 1
        one_clause = CLAUSE_ENDS.isdisjoint(keys[at:verb_at]) and "که" not in keys[at:verb_at]
        opens = at in reg.by_token or at in post_at or body_at(keys, at, verb_at)
        if at < verb_at and one_clause and opens:
            return at  # not «آقای بدیعی/کیارستمی آن طوری مرده، ... که ... می‌گوید:»
    if (
        not _HEADING_VERBS.isdisjoint(clause)
        and (post := _post_past_heading(keys, s, verb_at, reg, post_at)) is not None
    ):
        return post
    if not DASHES.isdisjoint(clause) and (dated := _past_dateline(keys, s, verb_at)) > s:
        if dated not in post_at:  # a post alone past it is read as one past a heading
            return dated
    if (named := _named_past_heading(keys, s, verb_at, reg)) is not None:
        return named
    if _THIS_SAME in clause and (opened := _past_glued_opener(keys, s, verb_at, reg, post_at)):
        return opened
    if "وی" not in clause:
        return s  # most clauses hold none: looked for in C
    k = keys.index("وی", s + 1, verb_at)
    if (keys[k - 1] in _HEADING_ENDS or heading_end(keys[k - 1])) and PRONOUNS.isdisjoint(
        keys[s:k]
    ):
        # the first pronoun of the clause, past a heading's verb («... زمان این مسائل را حل
        # می‌کند وی ادامه داد:», «... بازتعریف کنیم وی ادامه داد:»), as one run into it
        return k
    return s


_ADJUNCT_OPENS = {"با", "ضمن"}  # «با اشاره به ...، گفت»: an adjunct between subject and verb

_THIS_SAME = "همین"
# a lead-in whose first word a heading's last word ran into: «در همین حال», «به همین خاطر»
_GLUED_LEAD_INS = {
    "در": frozenset({"حال"}),
    "به": frozenset({"خاطر", "دلیل", "جهت", "سبب", "علت"}),
}


def _past_glued_opener(keys, s, verb_at, reg: Registry, post_at) -> int | None:
    """Past a lead-in whose «در» or «به» a heading's last word ran into, where a person, a
    post or a body opens right past it and the clause runs on to its verb with no «که» nor
    punctuation of its own («... درباره منشأ کرونادر همین حال سازمان جهانی بهداشت از ...
    خبر داد», «... جوان‌ها به مرور بگیرندکرونابه همین خاطر نشریه تایمز مالی بریتانیا ...
    توصیف کرده است»): the glued token is no word of its own, and what is left of it one;
    else None."""
    for k in range(s + 1, verb_at - 2):
        if keys[k] != _THIS_SAME or keys[k + 1] not in _GLUED_LEAD_INS.get(keys[k - 1][-2:], ()):
            continue
        glued, at = keys[k - 1], k + 2
        if len(glued) < 5 or rank(glued) < RARE or rank(glued[:-2]) >= RARE:
            continue  # «مادر همین حال», a word; or no heading's word before «در»
        if "که" in keys[at:verb_at] or not CLAUSE_ENDS.isdisjoint(keys[at:verb_at]):
            continue
        if at in reg.by_token or at in post_at or body_at(keys, at, verb_at):
            return at
    return None


def _post_past_heading(keys, s, verb_at, reg: Registry, post_at) -> int | None:
    """A post right past a heading's verb that ends it with no full stop, and runs on to the
    clause's verb itself or past an adjunct «با ...» or «ضمن ...» that names no one («بودجه
    دولت با 25 درصد کسری مواجه است عضو کمیسیون برنامه و بودجه مجلس با اشاره به ...، گفت:»):
    where the clause opens; else None. Looked for only where a heading's verb stands."""
    # the article's few posts, not every token of the clause
    for k in sorted((k for k in post_at if s + 1 < k < verb_at), reverse=True):
        post = post_at[k]
        if post.anaphor or keys[k - 1] not in _HEADING_VERBS:
            continue
        # the post's words may run on a word or two past what the post lists («... مجلس»)
        e = next(
            (
                e
                for e in range(post.j, min(post.j + 3, verb_at + 1))
                if e == verb_at or keys[e] in _ADJUNCT_OPENS
            ),
            None,
        )
        if e is None or any(t in reg.by_token for t in range(post.j, verb_at)):
            return None
        return k if e == verb_at or "که" not in keys[e:verb_at] else None
    return None


def _past_dateline(keys, s, verb_at) -> int:
    """Past an agency's dateline a heading with no full stop ran into, «... شیخ عیسی قاسم
    تهران - ایرنا - یک سخنگوی وزارت خارجه امریکا ... خواند»: a place, a dash, the agency and
    a dash (the last such before the verb); else ``s``."""
    for k in range(verb_at - 2, s + 1, -1):
        if keys[k] not in DASHES:
            continue
        for j in range(max(s + 1, k - 3), k):
            agency = lx.agencies().match(keys, j)
            if not (agency and agency[0] == k and keys[j - 1] in DASHES):
                continue
            place = next(
                (
                    p
                    for p in range(max(s, j - 5), j - 1)
                    if (m := lx.places().match(keys, p)) and m[0] == j - 1
                ),
                None,
            )
            if place is not None:
                return k + 1
    return s


# the forms of a finite verb that ends a heading run into a clause, the new item's subject
# right past it («حکم « جهرمی » اجرا شد یک منبع آگاه از ... خبرداد»)
_HEADING_VERB_FORMS = frozenset(_HEADING_VERBS | {"شدند", "شود", "نشد", "دارد", "ندارد"})


def _named_past_heading(keys, s, verb_at, reg: Registry) -> int | None:
    """A person named in full (a listed given name and more) or a source no name follows («یک منبع
    آگاه») right past the verb of a heading run into the clause with no full stop: «...
    پیشرفتی در پیگیری پرونده منا مشاهده نمی‌شود ابوالفضل حسن بیگی در گفتگو با خبرنگار
    مهر، ... اظهار داشت:» is Hasan Beigi's, not that of one a signature before names; where
    the clause opens, when no person, «که» or other verb stands between them and the
    clause's verb (a source: whatever follows). Else None."""
    if reg.by_token.keys().isdisjoint(range(s + 2, verb_at)) and _ONE not in keys[s + 2 : verb_at]:
        return None  # most clauses: no person nor «یک» past where a heading may end, sought in C
    # the words a heading's verb may be, found in C (each word's answer remembered), where a
    # loop tested every word of the clause
    ends = compress(range(s + 2, verb_at), map(_heading_verb, keys[s + 1 : verb_at - 1]))
    for k in reversed(list(ends)):
        if k in reg.by_token:
            pkey = reg.by_token[k]
            if reg.by_token.get(k - 1) == pkey:
                return None
            e = reg.name_end(k, verb_at)
            m = reg.mention_of.get(k)
            i = m.i if m is not None else k  # past its titles
            # a listed given name and a family name, or the family name of one the article
            # names so («رسول پناه» of «مهدی رسول پناه»): not «مرحوم حاج‌آقا مصطفی»
            full = lx.phrase_keys(reg.persons[pkey].name)
            family = len(full) > e - i and full[i - e :] == tuple(keys[i:e])
            if not (0 < first_name_at(keys, i) < e - i or family):
                return None
        elif keys[k] == _ONE and unnamed_source(keys, k + 1):
            return k  # «یک منبع آگاه از ... خبرداد»: a new clause opens with it
        else:
            continue
        rest = keys[e:verb_at]
        if "که" in rest or not _none_named_but_in_adjuncts(keys, e, verb_at, reg):
            return None
        if not (CLAUSE_ENDS - {"،", ","}).isdisjoint(rest) or any(map(_continuous, rest)):
            return None
        return k
    return None


_ONE = "یک"  # «یک منبع آگاه»: a source no name follows


def _none_named_but_in_adjuncts(keys, e, verb_at, reg: Registry) -> bool:
    """Whether every person named in ``e:verb_at`` stands in an adjunct «ضمن ...» or «با ...»
    that opens the clause's words or a comma's: «... یدالله اکبری در گفت‌وگو با ایسنا، ضمن
    تسلیت درگذشت منصور پورحیدری، بیان کرد:» is Akbari's."""
    start = e
    for t in range(e, verb_at):
        if keys[t] in COMMAS:
            start = t + 1
        elif t in reg.by_token and keys[start] not in _ADJUNCT_OPENS:
            return False
    return True


def _continuous(key: str) -> bool:
    """A verb in «می» or «نمی» («می‌کند», «نمی‌شود»), not a word that is also a noun
    («پرداخت»)."""
    return key.startswith(("می", "نمی")) and len(key) > 4 and verb(key)


@lru_cache(maxsize=65536)
def _heading_verb(key: str) -> bool:
    """A form of a verb that may end a heading run into a clause (``_named_past_heading``)."""
    return key in _HEADING_VERB_FORMS or _continuous(key)


_DESK = "گروه"


def _past_byline(keys, s, verb_at, reg: Registry) -> int:
    """Past a reporter's byline, a name, a dash and the outlet's desk, to its comma: «محمد
    رشیدیان- گروه محیط زیست و گردشگری خبرگزاری فارس، سایت رسمی ... گزارش داد» is the
    site's report, not the reporter's."""
    if s not in reg.by_token:
        return s  # most clauses: no name opens them, no call
    k = reg.name_end(s)
    if k == s or keys[k : k + 1] not in ([d] for d in DASHES) or keys[k + 1 : k + 2] != [_DESK]:
        return s
    comma = next((j for j in range(k + 2, verb_at) if keys[j] in ("،", ",", ":")), None)
    return comma + 1 if comma is not None and comma + 1 < verb_at else s


_FEW = 4  # the most ordinary words a frame before a comma holds here
_COMMA_KEYS = frozenset({"،", ",", "", "،,"})  # the keys that are in «،,»
_FIRST_PERSON = {"من", "ما", "نظرم", "بنظرم"}  # «به نظر من، او ...»: someone's own words


def past_ordinary_comma(keys, s, verb_at, reg: Registry, post_at) -> int:
    """Past a few ordinary words and their comma before the subject: «به گزارش روز نو:
    رسانه‌های چین، این مقام ... خواست», «هرچند روز گذشته، رئیس کل بانک مرکزی ... توصیه کرد»,
    «بر این اساس، بانک رفاه کارگران ... اعلام کرد:».
    The words are common ones, places or plurals of common ones, none a person's, a post's,
    a pronoun, a given name or one's own («به نظر من،»); before a person or a post that is no
    anaphor one of them is a word no name holds (``stopwords``), so a name of common words in
    apposition stays the stranger's («صالحی، مدیرکل حراست ...», «معصومه ابتکار، معاون ...»)."""
    if _COMMA_KEYS.isdisjoint(keys[s + 1 : min(s + _FEW + 1, verb_at)]):
        return s  # most clauses: no comma in their first words, looked for in C
    comma = next((k for k in range(s + 1, min(s + _FEW + 1, verb_at)) if keys[k] in "،,"), None)
    if comma is None or comma + 1 >= verb_at:
        return s
    after = comma + 1
    post = post_at.get(after)
    anaphor = keys[after] in PRONOUNS or (post is not None and post.anaphor)
    # «بر این اساس، بانک رفاه کارگران ... اعلام کرد:»: a body named after them too
    if not (anaphor or after in reg.by_token or post is not None or body_at(keys, after, verb_at)):
        return s
    if _a_date(keys, s, comma):
        # «17 بهمن 1396، شورای جهانی طلا اعلام کرد»: a date opens the clause; not before a post
        # alone, whose holder in a digest of dates is seldom the one the article names, but
        # for one the entry's next sentence names (``coref.adopt_named_next``)
        named = after in reg.by_token or body_at(keys, after, verb_at)
        return after if named or (post is not None and post.holder is not None) else s
    if not all(_ordinary(keys, k, reg, post_at) for k in range(s, comma)):
        return s
    return after if anaphor or any(keys[k] in stopwords() for k in range(s, comma)) else s


_MONTHS = frozenset(lx.key(m) for m in dates.MONTH_NAMES)
_DATE_WORDS = frozenset(lx.phrase_keys("در روز ماه سال"))


# Words of a time a cleft puts first: «۵ آذر ۹۸ بود که ...», «مرداد ماه امسال بود که ...»
_CLEFT_TIME = _WHEN_WORDS | set(lx.phrase_keys("ماه سال هفته امسال گذشته پیش جاری ساعت"))
_WAS_THAT = (lx.key("بود"), "که")
_CLEFT_REACH = 6  # words of the time before «بود که»


def _past_time_cleft(keys, s, verb_at, opens: Callable[[int], bool]) -> int:
    """Past a time that a cleft puts before the clause, «... بود که», when what ``opens`` a
    subject follows it: «مرداد ماه امسال بود که آقای محمدرضا زحمتکش، سرپرست ... از ... خبر
    داد», «۵ آذر ۹۸ بود که سازمان تدارکات پزشکی ... اعلام کرد»; else ``s``."""
    if _WAS_THAT[0] not in keys[s + 1 : min(s + _CLEFT_REACH + 1, verb_at)]:
        return s  # most clauses: looked for in C
    k = keys.index(_WAS_THAT[0], s + 1, verb_at)
    if tuple(keys[k : k + 2]) != _WAS_THAT or k + 2 >= verb_at:
        return s
    time = all(
        w in _CLEFT_TIME or w in _MONTHS or w in _ORDINAL_DAYS or w.isdigit() for w in keys[s:k]
    )
    if not time:
        return s
    at = honorific[0] if (honorific := lx.honorifics().match(keys, k + 2)) else k + 2
    return at if at < verb_at and opens(at) else s


_ORDINAL_DAYS = frozenset(lx.key(d) for d in dates.ORDINAL_DAYS if " " not in d)
_MONTH = lx.key("ماه")


def _a_day_of_month(keys, k) -> int:
    """The tokens of a day and its month named at ``k``, and a year in digits after them
    («دوم مارس», «۲۵ فوریه ۲۰۲۰», «چهاردهم بهمن‌ماه»), that may open a clause before its
    subject with no comma: «دوم مارس غسان سلامه، فرستاده ...، اعلام کرد، ...»; 0 if none."""
    day = keys[k]
    if not (day.isdigit() or day in _ORDINAL_DAYS) or keys[k + 1 : k + 2] == []:
        return 0
    if keys[k + 1] not in _MONTHS:
        return 0
    n = 2 + (keys[k + 2 : k + 3] == [_MONTH])
    return n + (keys[k + n : k + n + 1] != [] and keys[k + n].isdigit())


def _a_date(keys, s, comma) -> bool:
    """Whether ``keys[s:comma]`` is a date with its day or year in digits and its month named
    («17 بهمن 1396», «در 5 اسفند 1348», «روز 12 ژانویه»)."""
    words = keys[s:comma]
    months = sum(w in _MONTHS for w in words)
    digits = sum(w.isdigit() for w in words)
    rest = all(w in _MONTHS or w.isdigit() or w in _DATE_WORDS for w in words)
    return rest and months == 1 and 1 <= digits <= 2


def _ordinary(keys, k, reg: Registry, post_at) -> bool:
    key = keys[k]
    if k in reg.by_token or k in post_at or key in PRONOUNS or key in _FIRST_PERSON:
        return False
    if key in lx.first_names():  # «روز پنجشنبه معصومه ابتکار، معاون ...»: a name
        return False
    if not key[:1].isalpha():
        return False
    if key in lx.common_words() or lx.places().match(keys, k):
        return True
    stem = key.removesuffix("ی").removesuffix("ها")
    return stem != key and stem in lx.common_words()  # «رسانه‌های»


def _opens_concession(keys, k, verb_at, reg: Registry) -> bool:
    """Whether a subject opens at ``k`` right past a concession: a pronoun, «این» and what it
    points to, a person or a body (not a post alone, whose span may run on past it there:
    «بااین‌حال رئیس‌جمهور بار‌ها تلاش و درخواست کرده»)."""
    return keys[k] in PRONOUNS or keys[k] == "این" or k in reg.by_token or body_at(keys, k, verb_at)


def body_at(keys, k, verb_at) -> bool:
    """A body named at ``k``, more than by its head («وزارت اعلام کرد» names none)."""
    org = organization_at(keys, k, verb_at)
    if org and (org[1] > k + 1 or (keys[k],) not in lx.speaking_heads()):
        return True
    return bool(country_at(keys, k, verb_at))
