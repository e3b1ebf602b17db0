"""Where a sentence reports speech: its reporting verbs (data/reporting_verbs.tsv) and the
kind of quote each opens, read from what stands around the verb: a colon after it (a direct
quote), «که» (what follows is said), an object before it («... را اعلام کرد»: indirect), a
verb that names only its topic («از ... یاد کرد»), or «خواستار ... شد» around the wish."""

from __future__ import annotations

from collections.abc import Container
from itertools import compress

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import (
    CLAUSE_ENDS,
    CLOSING_QUOTE,
    COMMAS,
    FINAL,
    FULL_STOPS,
    LIST_SEPARATORS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_MARKS,
    VERB_PLURAL_ENDS,
)
from khabar.extract.coordinated_verbs import elided_verb
from khabar.extract.impersonal import one_could_say
from khabar.extract.namewords import RARE, rank
from khabar.extract.people import first_name_at
from khabar.extract.with_phrases import with_phrase_opens

_COLON = {":"}


_TITLE_WORDS = 2  # titles before a name past the colon: «آقای دکتر»
WRITTEN = frozenset({"نوشتن", "آمدن", "گزارش دادن"})  # a paper's or a piece's words


REPORT_RUN = 12  # words past a paper's colon to the verb of the one it reports


def _reports_words_next(tokens, keys, a, j, b, starts: list[int], people: Container[int]) -> bool:
    """A clause past the colon at ``j`` opens on its own subject and verb of saying, before
    «که» or a colon, with no pause between («روزنامه وال‌استریت‌ژورنال ... نوشت: پژوهشگران
    دانشگاه کلرادو اعلام کردند که ...»): the paper reports their words, a source there. Not
    what a person or «وی» wrote («وی در پیام خود نوشت: رئیس صندوق ... گفته است که ...»: his
    words, which tell another's), nor a question («... آمده است: X به کدام دلیل ادعا کرده‌اند
    که ...؟»)."""
    if j + 2 >= b or keys[j + 1] in QUOTE_MARKS or keys[j + 1] in PRONOUNS:
        return False
    if tokens.words[b - 1] in ("؟", "?") or any(
        keys[k] in PRONOUNS or k in people for k in range(a, j)
    ):
        return False
    verbs = lx.reporting_verbs()
    at = next((k for k in starts if j + 1 < k < b), None)
    if at is None or at - j > REPORT_RUN or any(k in REPORT_PAUSES for k in keys[j + 1 : at]):
        return False
    m = verbs.match(keys, at)
    # a past: «تایمز آو ... نوشت: فیلیپ می‌گوید که ...» tells the paper's story of him, as
    # the judged speakers samples read it
    return (
        m is not None and m[0] < b and keys[m[0]] in ("که", ":") and not keys[at].startswith("می")
    )


REPORT_PAUSES = {"،", ",", "؛", ":", ".", "«", "»", "؟", "!", "-"}


def _named_speaks_next(keys, j, b, starts: list[int], people: Container[int]) -> bool:
    """A person named right past the colon at ``j`` («... نوشته است: دکتر داود باوند ...
    گفت: ...») speaks with a verb and a colon of their own later in the sentence: what
    follows the first colon is a report of their words, not the quote."""
    if j + 1 >= b or keys[j + 1] in QUOTE_MARKS:
        return False  # «... گفت: «رئیس‌جمهور ترامپ ...»»: the quote names someone
    if not any(k in people for k in range(j + 1, min(j + 2 + _TITLE_WORDS, b))):
        return False  # most colons: no name right after them
    verbs = lx.reporting_verbs()
    for at in starts:
        if at <= j + 1:
            continue
        m = verbs.match(keys, at)
        if m and m[0] < b and keys[m[0]] in _COLON:
            return True
    return False


GIVEN_WHOLE = "به شرح بودن"  # «متن این بیانیه به شرح زیر است:»
_TEXT = "متن"


def _text_given_whole(keys, a, i, verb: lx.Verb) -> bool:
    """«متن ... به این شرح است» / «متن ... به شرح زیر است»: the text of someone's speech,
    letter or statement, given whole after its colon (not a list's «نتایج ... به شرح زیر
    است»)."""
    before = ["به", "این"] if verb.form == "شرح است" else ["به"]
    k = i - len(before)
    return k > a and keys[k:i] == before and _TEXT in keys[a:k]


def cues_in(
    tokens, keys, a, b, starts: list[int], people: Container[int] = ()
) -> list[tuple[int, int, lx.Verb, str]]:
    """Reporting verbs of the sentence: (start, end, verb, kind), at most one direct.

    ``starts``: the sentence's tokens whose key opens a reporting verb (sorted); ``people``:
    the tokens of named people (a plural view of one of them is an honorific's). Kinds:
    ``direct`` (a colon follows), ``indirect`` (what was said comes before the verb),
    ``that`` (it comes after «که»: «اعلام کرد که ...»), ``loose`` (it follows with no
    colon: «نوشت، ...»; a statement only when someone known says it), ``topic`` (an act that
    names only its topic) and ``view`` («معتقد است», a view: no quote either).
    """
    out: list[tuple[int, int, lx.Verb, str]] = []
    i = a
    verbs = lx.reporting_verbs()
    in_report = keys[a] in _IN_REPORT_FIRST and any(
        tuple(keys[a : a + len(o)]) == o for o in _IN_REPORT
    )
    # «در این بیانیه ... خواسته شده است که ...»: the passive of a paper is its issuer's
    paper = (
        "در" in keys[a : min(a + 4, b - 2)]  # most clauses open without it: looked for in C
        and any(
            keys[k] == "در" and keys[k + 1 + (keys[k + 1] == "این")].startswith(_PAPERS)
            for k in range(a, min(a + 4, b - 2))
        )
    ) or (keys[a] == "در" and _part_of_paper(keys, a, b))
    # a check below that needs a word at a place (a wish's word, «و» after a verb's first,
    # a comma or «؛» right after the verb) is asked only where that word stands
    for at in starts:
        if at < i:
            continue
        i = at
        m = verbs.match(keys, i)
        if not m and keys[i] in AROUND and (around := _wish_around(keys, i, b)):
            # «خواستار توضیح کشورهایی شد», «مدعی الحاق شهرک‌ها ... شد»
            if not _relative_before_verb(keys, a, i, around, b, out):
                out.append((i, around, AROUND[keys[i]], "around"))
            i = around
            continue
        elided = None if m or keys[i + 1 : i + 2] != ["و"] else elided_verb(keys, i, b, _TOPIC_ACTS)
        if (
            elided
            and elided.kind != "direct"
            and (_stated_object(keys, a, i) or _stressed_object(keys, a, i, elided))
        ):
            # «... را ... عنوان و تصریح کرد: ...», «بر لزوم ... تاکید و خاطرنشان کرد: ...»
            out.append((i, i + 1, elided, "indirect"))
            continue
        if not m or m[0] > b:
            continue
        j, verb = m
        if verb.lemma == GIVEN_WHOLE:
            if not _text_given_whole(keys, a, i, verb):
                i = j
                continue  # «نتایج این بازی‌ها به شرح زیر است:»: a list, no one's words
            i -= 2 if verb.form == "شرح است" else 1  # the cue opens with «به (این)»
        if keys[j : j + 1] != [":"] and _in_noun_clause(keys, a, i):
            i = j
            continue  # «این نکته که علی ربیعی می‌گوید اگر ... بیانگر آن است»
        if j + 1 < b and keys[j] in COMMAS and _relative_before_verb(keys, a, i, j, b, out):
            i = j
            continue  # «یک عضو هیأت فلسطینی که ... خواستار افشا نشدن نامش شد، گفت: ...»
        if verb.form in _ONLY_BEFORE_COLON and tokens.words[j : j + 1] != [":"]:
            i = j
            continue  # «... به حال تعلیق در آورده بود، ...»: brought, nothing said
        if (
            (verb.form in lx.told_now() or verb.form in _CLAIMS_HELD)
            and not _told_now(tokens, keys, a, i, j, b, verb.form)
            and not _semicolon_for_colon(keys, a, i, j, b, verb, out)
        ):
            i = j
            continue  # «شیوه‌های سلبی ... تا یک زمان محدود پاسخ می‌دهد اما ...»: nothing said
        if _asked_before_answer(tokens, keys, a, i, j, b, starts):
            i = j
            continue  # «X در پاسخ به این پرسش که آیا همانطور که برخی می‌گویند ... اظهار کرد:»
        if (
            keys[a] == "آیا"
            and tokens.words[b - 1] in ("؟", "?")
            and ":" not in keys[j:b]
            and not any(k in QUOTE_MARKS for k in keys[j : j + 2])
        ):
            # «آیا درست است که می‌گویند بعضی داروها ...؟»: a question says nothing (but «آیا
            # ... آن‌گونه که آقای علیزاده گفته است؛ «...»؟» quotes his words)
            i = j
            continue
        if i > a and keys[i - 1] == "چه" and tokens.words[j : j + 1] in (["؟"], ["?"]):
            # «...»مخالفان چه می‌گویند؟ در این میان ...»: a heading's question run into the
            # text, not the verb of the words before it
            i = j
            continue
        if (
            verb.lemma in _ASKING_WHAT
            and tokens.words[b - 1] in ("؟", "?")
            and ":" not in tokens.words[j + 1 : b]
        ):
            # «خبرنگاری ... پرسید آیا وزارت اطلاعات ... اقدامی صورت داده است؟»: a question
            # states nothing, and who asked still acts (not one the answer after it runs
            # into: «... پرسید: ... که متهم جواب داد: ...», whose speaker is the asker's)
            out.append((i, j, verb, "topic"))
            i = j
            continue
        if tokens.words[j : j + 1] != [":"] and (
            verb.form in HELD_VIEWS
            or (
                verb.lemma in VIEWS
                and verb.form.endswith("ند")
                and not _one_revered(keys, a, i, people)
            )
        ):
            # «کارشناسان معتقدند که ...», «برخی معتقدند ...»: what a group holds, no quote (but
            # who «او» is next is still told); «معتقدند: «...»» quotes words, and one holder's
            # «معتقد است» reports what they said in an interview
            out.append((i, j, verb, "view"))
            i = j
            continue
        if verb.lemma == "گفتن" and keys[j : j + 1 + (keys[j : j + 1] == ["و"])][-1:] == ["گو"]:
            i = j
            continue  # «... دیدار و گفت گو کردند»: talks, written apart, say nothing
        if verb.form == "گفت" and j < b and keys[j].startswith(_TALK_REST):
            i = j
            continue  # «در گفت وگو با ...», «تعامل و گفت وگو با رژیم ...»: the talks' noun
        if i > a and keys[i - 1] in _FUTURE and not _to_be_told(keys, i, j, b, verb):
            i = j
            continue  # «... را ارجح بر قالیباف خواهد دانست», «خواهم گفت»: not said yet
        if keys[i] == _BROUGHT and i > a and keys[i - 1] in _BROUGHT_ABOUT:
            i = j
            continue  # «بخت به اصلاح‌طلبان روی آورده است، ...»: turned to, nothing written
        if (
            verb.lemma == "گفتن"
            and i > a
            and keys[i - 1] == _TALK
            and keys[j : j + 1] in (["،"], [","])
            and verbs.match(keys, j + 1)
        ):
            i = j
            continue  # «X که در ... سخن می‌گفت، افزود:»: who gave the talk, the next verb's
        if verb.lemma == _PRESENTED or _called_only_before(verb):
            # «... را مبالغه‌آمیز خواندند و گفتند: ...»: what it was called, said before the
            # words; alone, «خواندند» and «خوانده است» are as often sung or read («آواز
            # خواندند», «خطبه عقد را ... خواندند»)
            if _presented_as(keys, a, i, j, b, verbs):
                out.append((i, j, verb, "indirect"))  # «گلستان را ... معرفی کرد و ادامه داد:»
            i = j
            continue
        if verb.lemma == _TAKEN_FOR:
            # «وی از X به " Y " تعبیر کرد و گفت: ...»: what X was taken for, before «و» and a
            # verb of saying only; else as often the writer's («می‌توان ... به Y تعبیر کرد»)
            if j + 1 < b and keys[j] == "و" and (nxt := verbs.match(keys, j + 1)):
                if nxt[1].kind != "indirect":
                    out.append((i, j, verb, "indirect"))
            i = j
            continue
        if verb.form == "نوشت" and i > a and keys[i - 1] == "به":
            i = j
            continue  # «به نوشت وبگاه شبک السومریه، الحمدانی تاکید کرد:»: «به نوشته» cut short
        if verb.lemma == _CALLING and i > a and keys[i - 1] == "را":
            i = j
            continue  # «او کتاب‌های زیادی را خوانده است»: read, not called anything
        if verb.form == "خواست" and (_verb_soon(keys, j, b) or (i > a and keys[i - 1] in _OF_WISH)):
            i = j
            continue  # «... را لبیک به فرمان و خواست رهبری عنوان کرد»: «خواست» is a noun
        if verb.lemma == "خواستن" and i > a and keys[i - 1] == "که":
            # «یک مقام ... که خواست نامش فاش نشود، گفت:», «همین که خواست کبوتری را رنده کند»,
            # «انتخابات نشان داد که خواست جامعه ...»: a relative clause's or a time's wish,
            # or the noun, right after «که»; nobody was asked
            i = j
            continue
        if _bare(verb) and i - 2 >= a and keys[i - 1] == "و" and keys[i - 2].endswith("ه"):
            verb = lx.Verb(verb.form, "both", verb.lemma)  # «این اتهام را رد کرده و گفته ...»
        elif _bare(verb) and i - 1 == a and keys[a] in PRONOUNS:
            verb = lx.Verb(verb.form, "both", verb.lemma)  # «او گفته ایران ...»: his perfect
        if keys[i] == "آمده" and i > a and keys[i - 1] in _CAME_ABOUT:
            i = j
            continue  # «چه مشکلی پیش آمده است»: something happened, nothing was written
        if keys[i:j] == _HAD_COME and not _written_in(keys, a, i, j, b):
            i = j
            continue  # «... به تهران آمده بود، درگذشت»: someone had come, nothing was written
        if not paper and " شده" in verb.form and verb.lemma.endswith("کردن"):
            i = j
            continue  # «در جدول زیر اعلام شده است:»: a passive outside a paper names no one
        if j < b and keys[j] in _PASSIVE and verb.form.split()[-1].endswith("ه") and not paper:
            i = j
            continue  # «اطلاع داده شده بود که ...», «گفته شد»: a passive names no one
        after = tokens.words[j] if j < b else ""
        joined = j < b and keys[j] in _AND_GLUED  # «... خبر داد وافزود: ...»
        at_end = j >= b or (j == b - 1 and not after[0].isalnum())
        if j < b and keys[j] == "؛" and _semicolon_for_colon(keys, a, i, j, b, verb, out):
            after = ":"  # «کاستاس سیمیتیس ... گفت؛ در مدت سفر کلینتون ...»
        if (
            verb.lemma == "گفتن"
            and after not in _COLON
            and i > a
            and keys[i - 1] in _GREETED
            and keys[i - 2 : i] != ["به", "دروغ"]  # «به دروغ گفت که ...»: falsely said so
        ):
            # «... روز خبرنگار را تبریک گفت.», «درگذشت ... را تسلیت گفت.», «به فراخوان او لبیک
            # گفتند»: a greeting, a condolence, an answer to a call or a lie, no words said; at
            # the end of its sentence who acts still acts, as after a topic
            if at_end:
                out.append((i, j, verb, "topic"))
            i = j
            continue
        if (
            after in _COLON
            and verb.lemma in WRITTEN
            and (
                _named_speaks_next(keys, j, b, starts, people)
                or _reports_words_next(tokens, keys, a, j, b, starts, people)
            )
        ):
            i = j
            continue  # «این روزنامه نوشته است: دکتر داود باوند ... گفت: ...»: the one it quotes
        if after in _COLON and (verb.kind != "indirect" or verb.lemma == "خبر دادن" or _bare(verb)):
            # «... نمی‌گوید که ...، اظهار داشت: ...»: the colon's verb is the sentence's
            out = [c for c in out if c[3] not in ("that", "view")]
            out.append((i, j, verb, "direct"))
            break
        if (
            out
            and out[-1][3] in ("that", "view", "called")
            and keys[i - 1] not in ("اما", "ولی")
            and not _said_again(keys, i, j, b, out[-1])
        ):
            # inside what was said after «که»: only a colon's verb is another cue, or one whose
            # subject is left out after «اما» («تاکید داشتند که ... اما گفتند که ...») or after
            # «و» and a verb of its own (``_said_again``)
            pass
        elif after not in _COLON and (
            (in_report and _perfect(verb))
            or _unsaid(keys, a, i)
            or (verb.lemma not in _ANSWERING and one_could_say(keys, a, i))
        ):
            pass  # «شاید بتوان او را از معماران ... دانست»: nobody says it
        elif at_end and verb.kind in ("indirect", "both") and _names_said_or_felt(keys, a, i, verb):
            # «نتانیاهو این ادعاها را ... اعلام کرده است», «... ناراحتی خود را ... ابراز کرده بود»
            out.append((i, j, verb, "topic"))
        elif (
            (topic_named := _TOPIC_NAMED.get(verb.lemma))
            and (at_end or (after == "و" and verbs.match(keys, j + 1)))
            and topic_named(keys, a, i)
        ):
            # «... انتقادات تندی را علیه احمدی‌نژاد مطرح کرد.», «... بعد تازه‌ای از مساله
            # قرنطینه را مطرح کرد و گفت: ...»: what was raised named, not said; «... در توئیت
            # خود واکنش تندی به اظهارات ... ابراز کرد و نوشت: ...»: a reaction shown names no
            # words said; what follows «و نوشت:» says them
            out.append((i, j, verb, "topic"))
        elif at_end and verb.lemma == "گفتن" and keys[i - 1] == _TALK and _of_nothing(keys, a, i):
            # «... که به 0 لهجه یا زبان متفاوت سخن می‌گویند»: who speaks, not what was said
            # (not «از لزوم ... سخن گفت», which says it); who gave the talk is still the one
            # speaking, as after an act that names only its topic
            out.append((i, j, verb, "topic"))
        elif verb.lemma == "گفتن" and (at_end or after in COMMAS) and _names_term(keys, a, i):
            # «... که در دادگاه‌ها به آن «تامین» می‌گویند», «خفاش مسافر که به آن خفاش
            # دماغ‌دراز هم می‌گویند، با ...»: a term named, nothing said
            pass
        elif at_end and verb.lemma == _WRITING:
            # «... نامه‌ای ... به رئیس جمهور نوشت.», «فصل‌های 0 و 0 را ... نوشته‌اند.»: a text
            # written, not what it says (that is told after «:» or «که»)
            out.append((i, j, verb, "topic"))
        elif at_end and verb.kind in ("indirect", "both") and verb.lemma not in _ANSWERING:
            out.append((i, j, verb, "indirect"))
        elif verb.kind == "indirect" and _because_after(keys, j, b) and "را" in keys[a:i]:
            # «العطیه ... احتمال برگزاری چنین جلسه‌ای را ضعیف دانست زیرا ...»: the reason
            # after closes what was said, as the sentence's end does
            out.append((i, j, verb, "indirect"))
        elif verb.lemma in _TOPIC_ACTS | _ANSWERING and (
            at_end or (after in ("و", "،", "؛") and verbs.match(keys, j + 1)) or joined
        ):
            out.append((i, j, verb, "topic"))  # «... را تشریح کرد.»: who acts, but no quote
        elif (
            (verb.kind != "direct" or verb.lemma in FORECASTING)
            and (after in ("و", "،", "؛", "اما", "ولی") or joined)
            and (
                verb.kind == "indirect"
                or joined  # «... را ... دانست وافزود: ...»
                or _stressed_object(keys, a, i, verb)  # «بر لزوم ... تاکید کرده‌اند و ...»
                or _said_next(tokens, keys, j + 1, b)
                or _wish_around(keys, j + 1, b)  # «... را ... عنوان کرد و خواستار ... شد»
                or _said_on_after(keys, a, i, j + 1, b)
            )
        ):
            out.append((i, j, verb, "indirect"))  # «... را مهم دانست و گفت: ...»
        elif joined:
            pass  # «... به حوزه نمایش اشاره کرد وگفت: ...»: the verb after «و» is the cue
        elif i > a and keys[i - 1] in _MODALS:
            pass  # «نمی‌توان گفت که ...»: nobody says it
        elif (
            verb.lemma == "خبر دادن"
            and keys[j : j + 1] == ["که"]
            and "از" in keys[a:i]
            and keys[i - 1] not in COMMAS  # «... پذیرش FATF از سوی ایران، خبر داد که ...»
        ):
            out.append((i, j, verb, "indirect"))  # «از وقوع انفجاری خبر دادند که ...»
        elif keys[j : j + 1] == ["که"] and _names_said(keys, a, i):
            # «اردوغان درحالی این سخنان را اعلام می‌کند که مقام‌ها ...»: «که» ends «درحالی»
            out.append((i, j, verb, "topic"))
            break
        elif (
            keys[j : j + 1] == ["که"]
            and verb.lemma == "دانستن"
            and "را" not in keys[a:i]
            and not keys[i - 1].startswith("گفت")  # «گراهام گفته می‌داند که ...»: he said so
        ):
            pass  # «ترامپ به خوبی می‌داند که ...»: what someone knows, not what they said
        elif keys[j : j + 1] == ["که"] and _called_then_relative(keys, a, i, verb):
            # «فرونشست زمین ... را عاملی دانست که سبب تشدید ... خواهد شد»: «که» opens a
            # relative clause on what the object was called; the statement opens at the object
            out.append((i, j, verb, "called"))
        elif verb.lemma in FORECASTING and (
            _POLLS.intersection(keys[a:i])
            or (keys[j : j + 1] == ["که"] and _forecast_object(keys, a, i))
        ):
            # «یک نظرسنجی پیش‌بینی کرده است ...»: a poll's finding, no one's words; «... رشد
            # اقتصادی را برای ایران پیش‌بینی کرده بود که ... بعید به نظر می‌رسد»: what was
            # forecast is the object, and «که» opens a relative clause on it
            out.append((i, j, verb, "topic"))
            break
        elif keys[j : j + 1] == ["که"] and "را" in keys[a:i] and _on_it(keys, j + 1):
            # «نرخ ۴۷ ارز را اعلام کرد که بر اساس آن ...»: a relative clause on what was announced
            out.append((i, j, verb, "topic"))
        elif j + 1 < b and (keys[j] == "که" or (keys[j] == "تا" and verb.lemma in ASKING)):
            out.append((i, j + 1, verb, "that"))  # «اعلام کرد که ...», «از X خواست تا ...»
        elif (
            i - a <= 3
            and verb.kind in ("direct", "both")
            and after
            and after[0].isalpha()
            and (keys[a] in PRONOUNS)
        ):
            out.append((i, j, verb, "direct"))  # «وی افزود هر چه ...»: no colon
            break
        elif j < b and _opens_statement(keys, a, i, j, verb, b):
            out.append((i, j, verb, "loose"))  # «نوشت، ...», «گفت آمار ...»: no colon
            if (more := _goes_on_with_colon(keys, j, b)) is None:
                break
            i = more  # «توصیه کرد آتش نشان‌ها ... درآورند و افزود: ...»: two statements
            continue
        i = j
    return out


def _because_after(keys, j: int, b: int) -> bool:
    """Whether «زیرا» or «چرا که» opens at ``j``: a reason given after the verb."""
    return j < b and (keys[j] == "زیرا" or keys[j : j + 2] == ["چرا", "که"])


# verbs that go on with one speaker's words, never open another's inside them (lemmas)
GOING_ON = frozenset(
    {"افزودن", "ادامه دادن", "اضافه کردن", "تصریح کردن", "خاطرنشان کردن", "اظهار داشتن"}
)


def _goes_on_with_colon(keys, j: int, b: int) -> int | None:
    """Where a verb that goes on with the same speaker's words (``GOING_ON``) opens after «و»
    with a colon of its own, past what a verb with no colon said at ``j``: «شاکری توصیه کرد
    آتش نشان‌ها ... به رشته تحریر درآورند و افزود: انتشار ...»; else None."""
    if ":" not in keys[j:b]:
        return None  # most statements with no colon: none after them
    verbs = lx.reporting_verbs()
    for k in range(j + 1, b - 1):
        if keys[k] == ":":
            return None
        if keys[k] == "و" and (m := verbs.match(keys, k + 1)) and m[0] < b:
            if m[1].lemma in GOING_ON and keys[m[0]] == ":":
                return k + 1
    return None


# «بیش از», «پس از»: an «از» that names no topic
_FROM_NO_TOPIC = {"بیش", "کمتر", "پیش", "پس", "قبل", "بعد"}


_WRITING = "نوشتن"
_CALLING = "خواندن"  # «X را Y خواند»: what X was called
_TAKEN_FOR = "تعبیر کردن"


def _said_again(keys, i: int, j: int, b: int, before: tuple[int, int, lx.Verb, str]) -> bool:
    """A verb of saying with «که» after «و» and a verb that closes a clause, agreeing with the
    verb of the «که» before it: its subject, left out, is that one's («وی گفت که ... را نمونه
    ... خواند و گفت که ...»), and what it says is a statement of its own. Not after a clause of
    another number («گفت که مقام‌ها ... نگرانند و گفتند که ...»: theirs)."""
    if before[3] not in ("that", "called") or j + 1 >= b or keys[j] != "که" or keys[i - 1] != "و":
        return False
    closing = keys[i - 2]
    if closing[-1:] not in ("د", "ت"):
        return False
    # a present after a present's «که» («مطهری بازگو می‌کند که ... می‌شود و می‌گوید که ...»),
    # not after a past's («گفت که ... و می‌گوید که ...»: whoever the clause was of)
    if keys[i].startswith("می") and not any(w.startswith("می") for w in before[2].form.split()):
        return False
    # the number of the two verbs (not a present singular's «می‌کند», which ends the same)
    plural = VERB_PLURAL_ENDS
    return keys[j - 1].endswith(plural) == lx.key(before[2].form).endswith(plural)


def _to_be_told(keys, i: int, j: int, b: int, verb: lx.Verb) -> bool:
    """Whether another's «خواهد گفت» at ``i:j`` runs on into the words they are to say («با
    این حال جانسون به یونکر خواهد گفت تنها یک ماه ... باقی مانده است»: what an official says
    he will tell), not a clause's end («تبریک خواهد گفت.», «چه خواهند گفت.») nor one's own
    («به او خواهم گفت ...»)."""
    return verb.lemma == "گفتن" and keys[i - 1] in _THIRD_FUTURE and j + 1 < b


def _of_nothing(keys, a: int, i: int) -> bool:
    """Whether the sentence of «سخن گفت» at ``i`` names nothing it spoke of, «از ...» or «بر
    ...» («... حضور دارند که به 0 لهجه یا زبان متفاوت سخن می‌گویند»; not «از لزوم ... سخن
    گفت», «بر لزوم ... سخن گفته بود», which say it)."""
    return not any(
        keys[k] == "بر" or (keys[k] == "از" and keys[k - 1] not in _FROM_NO_TOPIC)
        for k in range(a, i)
    )


def _semicolon_for_colon(keys, a: int, i: int, j: int, b: int, verb: lx.Verb, out) -> bool:
    """Whether «؛» after the verb at ``i:j`` stands for a colon, as the press of the 2000s
    writes it («سیمیتیس ... گفت؛ در مدت سفر ...», «تحلیلگران یونانی خاطرنشان می‌کنند؛ زمانی
    که ...»): the sentence's first verb of saying, one that opens what it says, with no object
    before it (not «تصمیم خود ... را اعلام کرد؛ ...», «بر ... تأکید کردند؛ ...», where it ends
    a clause, nor «به ... اشاره کرد؛»), and no verb of saying's colon after it («تسنیم نوشت؛
    احمد نادری گفت: ...» quotes نادری; «نامه‌نیوز نوشت؛ علی مطهری ... اعتقاد دارد: «...»», a
    view's colon, quotes the site)."""
    return (
        j < b
        and keys[j] == "؛"
        and not out
        and verb.kind != "indirect"
        and verb.lemma not in _TOPIC_ACTS | {"اشاره کردن"}
        and not _OBJECT_MARKS & set(keys[a:i])
        and not any(keys[k] == ":" and _said_to(keys, j + 1, k) for k in range(j + 1, b))
        and keys[j + 1 : j + 2] not in (["اما"], ["ولی"], ["و"])  # «... گفته بودند؛ اما ...»
    )


_VERB_WORDS = 4  # the words of a verb of saying, at most: «در پاسخ اظهار داشت»


def _said_to(keys, s: int, colon: int) -> bool:
    """Whether a verb of saying ends right at the colon at ``colon`` (none opens before ``s``)."""
    verbs = lx.reporting_verbs()
    return any(
        (m := verbs.match(keys, t)) is not None and m[0] == colon
        for t in range(max(s, colon - _VERB_WORDS), colon)
    )


def _told_now(tokens, keys, a: int, i: int, j: int, b: int, form: str) -> bool:
    """Whether a present of saying at ``i:j`` (``lx.told_now``) tells what someone says: a
    colon follows it, or «که» with no object of its own before it in the sentence («او پاسخ
    می‌دهد: ...», «کورتوف خاطرنشان می‌کند که ...»; not «... را خشکسالی عنوان می‌کنند که ...»,
    whose «که» opens a relative clause)."""
    if j >= b:
        return False
    if tokens.words[j] == ":":
        return True
    if keys[j] in COMMAS and j + 1 < b and keys[j + 1] not in ("و", "که"):
        if form not in lx.told_after_comma():
            return False  # «... از انصراف ... خبر می‌دهد، اما ...»: a clause on a topic
        # «ولی محققان خاطرنشان می‌کنند، چون این تمرینات ...، ورزشکاران باید ...»: a comma for
        # the colon, as «گفت، ...»; not a clause's own («درس‌هایی که قرآن ... مطرح می‌کند، ...»,
        # «با بیان اینکه ... مطرح می‌کنند، عنوان کرد:»)
        return not any(k in _NOT_TOLD_BEFORE for k in keys[a:i]) and not lx.reporting_verbs().match(
            keys, j + 1
        )
    if keys[j] != "که" or "را" in keys[a:i] or _while_open(keys, a, i):
        return False
    if form in _CLAIMS_HELD and "که" in keys[a:i]:
        return False  # «کسانی / اصولگرایانی که امروز مدعی هستند که ...»: whoever claims it
    if form in lx.told_by_many() and any(
        (keys[k] in _WHOEVER and keys[k + 1] == "که") or keys[k] in _CONCEDING
        for k in range(a, i - 1)
    ):
        # «آنهایی که انصاف دارند تصدیق می‌کنند که ...»: whoever would, no one said; «با وجود
        # اینکه اصلاح‌طلبان تاکید دارند که ... اما ...»: what is conceded, the writer's own
        # framing, whose «که» runs on into the clause after «اما»
        return False
    # «به مسائل دیگری اشاره می‌کنند که ...» (or «بر ...»): what «به» points to is the object, as
    # «را» marks one, and «که» opens a relative clause on it (not «او اشاره می‌کند که ...»)
    return keys[i] != _POINTED or not _POINTED_AT.intersection(keys[a:i])


# «در حالی / درحالی ... که»: «که» ends the «while» the clause opened with («مسوولان ... در حالی
# از بروز ناامنی ... ابراز نگرانی می‌کنند که آمریکا ...»), not what was said (keys folded)
_WHILE = frozenset({"حالی", "درحالی"})


def _while_open(keys, a: int, i: int) -> bool:
    """Whether a «در حالی» before ``i`` still waits for its «که» (not «این در حالی است که
    آمریکا ... اما ادعا می‌کند که ...», whose «که» came before the verb)."""
    at = _last_of(keys, a, i, _WHILE)
    return at is not None and "که" not in keys[at:i]


_POINTED = "اشاره"
_POINTED_AT = frozenset({"به", "بر"})
_WHOEVER = frozenset(map(lx.key, ("آنهایی", "آنانی", "کسانی")))  # «کسانی که ...»: those who
_CONCEDING = frozenset(map(lx.key, ("هرچند", "اگرچه", "گرچه", "وجود", "باوجود")))


def _said_next(tokens, keys, j: int, b: int) -> bool:
    """Whether a verb of saying opens at ``j``, not a present that tells nothing there («...
    گفت، پیش‌بینی می‌کند، ساختار ...»: what he said opens with the present, which a comma
    follows)."""
    m = lx.reporting_verbs().match(keys, j)
    if m is None:
        return False
    form = m[1].form
    return form not in lx.told_now() or _told_now(tokens, keys, j, j, m[0], b, form)


_POLLS = frozenset(map(lx.key, ("نظرسنجی", "نظرسنجی‌ها", "نظرسنجی‌های")))


def _forecast_object(keys: list[str], a: int, i: int) -> bool:
    """Whether «را» marks the forecast's own object before the verb at ``i``: after the last
    «و» of ``a:i``, not an earlier verb's («... آن را عنوان کرد و پیش‌بینی کرد که ...»)."""
    ands = [k for k in range(a, i) if keys[k] == "و"]
    return "را" in keys[(ands[-1] + 1 if ands else a) : i]


_NOT_TOLD_BEFORE = {"را", "،", ",", "که", "اینکه"}
# verbs of saying that are as often «brought»: what someone wrote only before a colon («...
# در کتاب خاطراتش ... آورده بود: «...»»), not «... از دوبی آورده بودند آقا فرهاد ...»
_ONLY_BEFORE_COLON = frozenset({"آورده بود", "آورده بودند"})
# a claim held, in the plural or the past (data/reporting_verbs.tsv): what was claimed only
# before a colon or «که», as a present of saying (``_told_now``: «مسئولان سعودی مدعی هستند که
# ...»); with neither it is a clause inside another's account («به نوشته ساندی‌تایمز، هرچند
# مأموران گمرک مدعی هستند ...، اما ...») or a relative one («آن گونه که مقامات پکن مدعی هستند»)
_CLAIMS_HELD = frozenset({"مدعی هستند", "مدعی\u200cاند", "مدعی بود", "مدعی بودند"})
_TALK = "سخن"  # «سخن گفتن», to give a talk: no words of its own
# «نامناسب با خواست خریداران», «به خواست مردم»: after a preposition «خواست» is the noun
# («در خواست کردند» is «درخواست کردند» written apart, a request)
_OF_WISH = (PREPOSITIONS - {"و"}) | {"طبق", "مطابق"}
_GREETED = {"تبریک", "تسلیت", "لبیک", "دروغ"}  # «تبریک گفت»: an act with «گفتن», no words
_ASKING_WHAT = {"پرسیدن", "سوال کردن"}  # verbs of a question
_QUESTION = [lx.key(w) for w in ("در", "پاسخ", "به", "این")]
_QUESTIONS = {lx.key(w) for w in ("پرسش", "سوال", "سؤال")}


def _asked_before_answer(tokens, keys, a: int, i: int, j: int, b: int, starts) -> bool:
    """Whether the verb at ``i:j`` lies inside the question someone named before it answers
    («فرمانده سابق سپاه در پاسخ به این پرسش که آیا همانطور که برخی می‌گوید ... اظهار کرد:»):
    no colon follows it, and the answer's own verb with its colon comes later in the
    sentence, or the sentence ends with the question's mark. What the question holds is the
    asker's, not the answerer's."""
    if tokens.words[j : j + 1] == [":"]:
        return False
    if _QUESTION[1] not in keys[a + 2 : max(a + 2, i - 4)]:
        return False  # most sentences: no «پاسخ» to open a question, looked for in C
    opened = next(
        (
            q
            for q in range(i - 6, a, -1)
            if keys[q : q + 4] == _QUESTION and keys[q + 4] in _QUESTIONS and keys[q + 5] == "که"
        ),
        None,
    )
    if opened is None or ":" in tokens.words[opened:i]:
        return False
    if tokens.words[b - 1] in ("؟", "?"):
        return True  # «سراج در پاسخ به این سوال که زنگنه ... اعلام کرده بود که ...؟»: the
        # question is the whole sentence, the answer the next
    verbs = lx.reporting_verbs()
    for at in starts:
        if j <= at < b and (m := verbs.match(keys, at)) and tokens.words[m[0] : m[0] + 1] == [":"]:
            return True
    return False


ASKING = {"خواستن", "درخواست کردن"}  # «از X خواست ...»: a request
# «به آمریکا توصیه کرده است این رقم را ... برساند»: advice, to someone, with its content
ADVISING = {"توصیه کردن", "پیشنهاد کردن", "پیشنهاد دادن"}
# «وزیر دارایی عربستان پیش بینی کرد کسری بودجه ...»: a forecast's content, told indirectly
# as the gold reads «... پیش‌بینی کرده بود»; before a colon it is quoted
FORECASTING = {"پیش‌بینی کردن"}


def _one_revered(keys, a: int, i: int, people: Container[int]) -> bool:
    """«ایشان معتقدند», «مقام معظم رهبری معتقدند»: the plural of respect for one person, who
    stands alone right before the verb, opening the clause."""
    if i > a and keys[i - 1] == "ایشان":
        return True
    k = i
    while k > a and k - 1 in people:
        k -= 1
    # a title, a first name or one word opens the name: not «نزدیکان شریعتی» read as a name
    if k == i or (i - k > 1 and not first_name_at(keys, k) and not lx.honorifics().match(keys, k)):
        return False
    titles = lx.honorifics()  # «حضرت آیت‌الله خامنه‌ای معتقدند»: the title is the subject's
    k = next((s for s in range(max(a, k - 4), k) if (t := titles.match(keys, s)) and t[0] == k), k)
    # the name opens the clause: not «نزدیکان شریعتی» or «برخی همچون آقای ...» or «X و Y»
    return k == a or keys[k - 1] in _OPENS_SUBJECT


_OPENS_SUBJECT = {"؛", ";", ".", "»", "اما", "ولی"}


def _names_term(keys, a: int, i: int) -> bool:
    """«به آن X می‌گویند» before the verb at ``i``: what X is called (X up to three tokens)."""
    return any(
        k >= a and keys[k] == "به" and keys[k + 1] in ("آن", "این", "آنها")
        for k in range(i - 5, i - 2)
    )


# «... که بر اساس آن ...»: «که» opens a relative clause whose «آن» is the object before it
_ON_IT = {("بر", "اساس"), ("براساس",), ("بر", "پایه"), ("طبق",), ("به", "موجب"), ("مطابق",)}


# «X را Y دانست / خواند / توصیف کرد / عنوان کرد که ...»: verbs that call their object something
_CALLED_AS = frozenset(
    {
        "دانستن",
        "خواندن",
        "توصیف کردن",
        "ارزیابی کردن",
        "تلقی کردن",
        "قلمداد کردن",
        "نامیدن",
        "عنوان کردن",  # «... را چهار بانک جدیدی عنوان کرد که به سوئیفت متصل شده‌اند»
    }
)


# «عنوان کرد», also «عنوان کرد که ...» of what was said: calling only in its object's clause
_TITLED = "عنوان کردن"


def _object_of_another(keys, ra: int, i: int) -> bool:
    """Whether the «را» at ``ra`` is another verb's than the one at ``i``: a «که» between
    («... را به پایان رساند که دونالد ترامپ ... عنوان کرده بود که ...»), a verb shared before
    «و» right before it («... توئیت گذشته خود را بازنشر و عنوان کرد که ...») or a verb of
    saying between («... را ... خودرو خواند و با توجه به ... عنوان کرد که ...»); «و» inside
    what it was called is no other verb's («... را مبارزه با ... و حفاظت از ... عنوان کرد»)."""
    if keys[i - 1] == "و" or "که" in keys[ra + 1 : i]:
        return True
    verbs = lx.reporting_verbs()
    return any(verbs.match(keys, k) for k in range(ra + 1, i - 1) if keys[k + 1] == "و")


def _called_then_relative(keys, a: int, i: int, verb: lx.Verb) -> bool:
    """Whether the verb at ``i`` calls an object with «را» something, a word or more between
    them («... را عاملی دانست», «آن را «با جزئیات‌ترین» طرحی خواند»), said once: not a habit
    or a present view («... را توفیقی می‌دانست که ...», «می‌دانستند که»)."""
    if verb.lemma not in _CALLED_AS or keys[i].startswith(("می", "نمی")):
        return False
    ra = next((k for k in range(i - 2, a - 1, -1) if keys[k] == "را"), None)
    if ra is None or any(keys[k] in CLAUSE_ENDS for k in range(ra + 1, i)):
        return False
    if verb.lemma == _TITLED and _object_of_another(keys, ra, i):
        return False
    # «... را شاید می‌شد از منگی ... دانست که», «... را باید مهم‌ترین توافق ... تلقی کرد که»:
    # what one might or must call it, nobody's words
    return _MAYBE.isdisjoint(keys[a:i])


_MAYBE = {"شاید", "باید", "میشد", "نمیشد", "بتوان", "نتوان", "میتوان", "نمیتوان", "میتوانست"}


def _on_it(keys, k: int) -> bool:
    return any(
        tuple(keys[k : k + len(o)]) == o and keys[k + len(o) : k + len(o) + 1] in (["آن"], ["آنها"])
        for o in _ON_IT
    )


# «کارشناسان معتقدند که ...» reports a view that a group holds, not speech: no quote (the
# gold's README); before a colon the words are quoted, and one holder's «معتقد است» is mostly
# what they said («جعفرزاده معتقد است: «ما به ...»», «او معتقد است که ...»)
VIEWS = {"معتقد بودن"}
# «مارک گرین ... باور دارد که ...»: a view held, one holder's too, no quote (the gold's
# convention), though who «او» is next is told (not «بر این باور است که», read as said)
HELD_VIEWS = {"باور دارد", "باور دارند"}
WISHED = lx.Verb("خواستار ... شد", "indirect", "خواستار شدن")
CLAIMED = lx.Verb("مدعی ... شد", "indirect", "مدعی شدن")
# «پلیس ... خبر از طرح خرابکاری در رآکتور اتمی ... دادند»: the news given, between its words
TOLD_OF = lx.Verb("خبر از ... داد", "indirect", "خبر دادن")
# the word before what was wished, claimed or told of
AROUND = {
    "خواستار": WISHED,
    "خواهان": lx.Verb("خواهان ... شد", "indirect", WISHED.lemma),  # the 2000s' «خواستار»
    "مدعی": CLAIMED,
    "خبر": TOLD_OF,
}
_AFTER_WISH = {"و", "،", ",", "؛", "که", "تا"}  # «خواستار ... شدند تا ...»
# «خواستار نابودی سلاح‌های ... آمریکا، انگلیس، فرانسه، روسیه و چین شد», «خواستار شفافیت موضع
# «محمد توفیق علاوی» ... شد»
_LISTED = {"،", ",", "»"}


# how far «شد» may close what was wished: a list of demands runs long («از وزیر کشاورزی
# خواستار نوسازی در نظام تولید و کشاورزی، کاهش هزینه‌های تولید، ... شد», 70 words)
_WISH_REACH = 80
_WISHING = {"خواستار", "خواهان"}
BECAME = {"شد", "شدند", "شده", "میشود", "میشوند"}
# «خواستار ... شده‌اند»: a wish in the perfect of hearsay (not a claim: «مدعی هستند ... منع
# شده‌اند» is a passive inside what was claimed)
_WISHED_PERFECT = "شدهاند"
_CLAUSE_JOINS = {"و", "که", "اما", "ولی", "تا"}  # what opens a clause before its pronoun
# «جمهوری خواهان», «اصلاح خواهان»: the seekers of something, a noun, not «خواهان ... شد»
_SEEKERS = {"جمهوری", "اصلاح", "آزادی", "استقلال", "عدالت", "تجزیه", "سلطنت", "ترقی", "صلح"}
# «خواهان ... باشد / است»: one who wants it, told of; nobody made a wish
_COPULAS = {"باشد", "باشند", "است", "هستند", "بود", "بودند", "نیست", "نیستند"}
# «خبر از ... داد»; not its present, mostly what something shows («چینش مجلس ... خبر از احتمال
# منازعات سیاسی می‌دهد»)
_GAVE = {"داد", "دادند", "داده"}
CLOSING = BECAME | _GAVE | {_WISHED_PERFECT}  # the verbs that close what stands around


# «و درباره مصرف سرانه روغن زیتون گفت:»: what the next statement is about, before its verb
_ON_WHAT = frozenset({"درباره", "پیرامون", "راجع"})
_ON_WHAT_REACH = 12
_ON_WHAT_STOPS = frozenset({":", "که", "و", "،", ","})
# «با اشاره به ...», «با تاکید بر ...»: a phrase that goes before the verb it tells how
# something was said (keys: «تأکید» is «تاکید»)
_SAYING_NOUNS = frozenset({"اشاره", "تاکید", "بیان", "یادآوری", "تصریح", "اظهار", "ابراز"})
_WITH_STOPS = _ON_WHAT_STOPS - {"و"}


def _said_on_after(keys, a: int, i: int, k: int, b: int) -> bool:
    """After «و» at ``k - 1``, a phrase on what is spoken of runs, in a few words, to a verb
    that opens a statement (a colon after it), and the verb before «و» at ``i`` has an object
    with «را»: «میانگین وزن میوه‌های زیتون ... را ... عنوان کرد و درباره مصرف سرانه ... گفت:»
    gives two statements, what the object was called the first. So does a phrase of «با» and
    a noun of saying («... را ... اعلام کرد و با تاکید بر لزوم ... گفت:»)."""
    if k >= b or "را" not in keys[a:i]:
        return False
    if keys[k] == "از":
        return _told_of_after(keys, k, b) or _asked_of_after(keys, k, b)
    # «سال ۹۹ را سال افزایش نظارت‌ها ... اعلام کرد و با تاکید بر لزوم سلامت اداری ... گفت:»:
    # a phrase of «با» and a noun of saying opens the next statement, «و» inside it a list's
    with_saying = keys[k] == "با" and keys[k + 1 : k + 2] != [] and keys[k + 1] in _SAYING_NOUNS
    if keys[k] not in _ON_WHAT and not with_saying:
        return False
    stops = _WITH_STOPS if with_saying else _ON_WHAT_STOPS
    verbs = lx.reporting_verbs()
    for t in range(k + 1, min(b, k + _ON_WHAT_REACH)):
        if keys[t] in stops:
            return False
        if (m := verbs.match(keys, t)) is not None:
            return m[0] < b and keys[m[0]] == ":"
    return False


_ASKING = "خواستن"
_ASKED_REACH = 8  # «از نمایندگان مجلس یازدهم خواست ...»: the ones asked, a few words


def _asked_of_after(keys, k: int, b: int) -> bool:
    """«از» at ``k`` opens whom «خواست» right after them asked, in a few words with no pause,
    «که» or «را», and what was asked follows: «... را سند جامعی از ... عنوان کرد و از
    نمایندگان مجلس یازدهم خواست برای تصویب قوانین، ...» gives two statements, the first
    what the object was called."""
    verbs = lx.reporting_verbs()
    for t in range(k + 1, min(b, k + _ASKED_REACH)):
        if keys[t] in _NOT_IN_WHAT_TOLD:
            return False
        if (m := verbs.match(keys, t)) is not None:
            return m[1].lemma == _ASKING and m[0] < b and keys[m[0]] not in _NOT_ASKED
    return False


_NOT_ASKED = FULL_STOPS | LIST_SEPARATORS  # «... خواست.»: nothing asked after

_TOLD_OF = "خبر دادن"
_TOLD_OF_REACH = 25  # «از همراهی و همکاری موثر کارشناسان آلمانی در دو رشته « تراش و فرز » خبر داد»
_NOT_IN_WHAT_TOLD = frozenset({":", "که", "،", ",", "؛", "را"})


def _told_of_after(keys, k: int, b: int) -> bool:
    """«از» at ``k`` opens what «خبر داد» ending the sentence tells of, in a few words with no
    pause, «که» or «را»: «... را 492 نفر اعلام کرد و از همراهی ... کارشناسان آلمانی ... خبر
    داد.» gives two statements, the first what the object was declared."""
    verbs = lx.reporting_verbs()
    for t in range(k + 1, min(b, k + _TOLD_OF_REACH)):
        if keys[t] in _NOT_IN_WHAT_TOLD:
            return False
        if (m := verbs.match(keys, t)) is not None and m[1].lemma == _TOLD_OF:
            return m[0] >= b or (m[0] == b - 1 and keys[m[0]] in (".", "!", "؟"))
    return False


def _wish_around(keys, i, b) -> int | None:
    """«خواستار» (or «مدعی») at ``i`` and «شد» after what was wished (or claimed), or «خبر
    از» and «داد» after what was told of, ending the clause: the token after «شد» or «داد»
    (and its «است»/«بود»), or None."""
    if keys[i] not in AROUND:
        return None
    closing, listed = BECAME, _LISTED
    if keys[i] in _WISHING:
        closing = BECAME | {_WISHED_PERFECT}
    if keys[i] == "خبر":
        if keys[i + 1 : i + 2] != ["از"] or keys[i - 1 : i] == ["این"]:
            return None  # «پس از انتشار این خبر از دادگستری گلستان، ...»: news from somewhere
        closing, listed = _GAVE, set()  # what was told of runs to no comma
    if keys[i] == "خواهان" and keys[i - 1] in _SEEKERS:
        return None  # «جمهوری خواهان پیروز انتخابات سنا شدند»: a party, no wish
    his = False  # a pronoun after a noun or a preposition: «بررسی سوابق وی», «دیدار با او»
    for k in range(i + 2, min(b, i + _WISH_REACH)):
        # a pronoun right before «شد» is whose state it is («خواستار پیگیری و تعیین وضع وی
        # شد»: not who wished it); one after a clause's end or «و» opens another clause
        if keys[k] in PRONOUNS and (k + 1 >= b or keys[k + 1] not in closing):
            if keys[k - 1] in CLAUSE_ENDS or keys[k - 1] in _CLAUSE_JOINS:
                return None
            his = True
        if (
            keys[k] in CLAUSE_ENDS - closing - listed
            or keys[k] == "که"
            # another wish opens («... خواستار ... شدینس اشپان، ... خواستار ...»), not the same
            # one's «را» («خواستار ارایه نظرات ... را خواستار می‌شود»)
            or (keys[k] == keys[i] and keys[i] in _WISHING and keys[k - 1] != "را")
            or keys[k] in _COPULAS  # «اگر کسی خواهان ارتباط با آمریکا باشد رد صلاحیت می‌شود»
            or (closing is _GAVE and keys[k] in BECAME)
        ):
            return None  # another clause before any «شد»
        if keys[k] in closing:
            if keys[k - 1] in ("خواهد", "خواهند"):
                return None  # «کشورها خواستار ... خواهند شد»: a forecast, nobody's wish
            end = k + 1 + (k + 1 < b and keys[k + 1] in ("است", "بود"))
            if his and end < b and keys[end] not in FINAL:
                # «سناتورهای دموکرات خواهان ... بررسی سوابق وی ... شدند.»: a wish that ends
                # its sentence; one the sentence goes on past may be a relative clause's, of
                # a noun told of («خبرنگاری که صدای آمریکا مدعی اخراج او ... شده است، ... گفت:»)
                return None
            return end if end >= b or keys[end] in FINAL | _AFTER_WISH else None
    return None


_MANY_WISHED = {"شدند", _WISHED_PERFECT}


def wished_by_many(keys, i: int, end: int) -> bool:
    """Whether the wish of ``_wish_around`` at ``i`` (to ``end``) closes in the plural
    («مقام‌های آمریکایی بارها ضمن ابراز نگرانی ...، خواستار جلوگیری از این مساله شده‌اند»):
    many wished it, not the one person who spoke before."""
    if keys[i] not in _WISHING:
        return False
    last = end - 1 - (keys[end - 1] in ("است", "بود"))
    return keys[last] in _MANY_WISHED


_THAT_OR_PAUSE = frozenset({"که", *REPORT_PAUSES})  # where ``_in_noun_clause`` stops
_CLAUSE_MARKS = frozenset({"،", ",", "؛", ";"})  # where ``_unsaid``'s clause opens
_AND_OR_COMMA = LIST_SEPARATORS  # where ``_opens_statement``'s clause opens


def _last_of(keys, a: int, i: int, words: frozenset[str]) -> int | None:
    """The last token of ``a:i`` whose key is one of ``words``, else None: the keys tested
    in C from ``i`` back, where a loop in Python tested each."""
    at = range(i - 1, a - 1, -1)
    return next(compress(at, map(words.__contains__, reversed(keys[a:i]))), None)


def _in_noun_clause(keys, a: int, i: int) -> bool:
    """Whether the verb at ``i`` lies in the clause «که» opens on a noun named by «این» or
    «همین» («این نکته که علی ربیعی می‌گوید اگر ... بیانگر آن است», «این مقام که ... گفته
    بود»): it tells of the noun, a relative clause, which the gold does not record."""
    that = _last_of(keys, a + 2, i, _THAT_OR_PAUSE)
    return (
        that is not None
        and keys[that] == "که"
        and keys[that - 2] in ("این", "همین")
        and not keys[that - 1].endswith(_COPULA_ENDS)  # «این است که», «این درحالیست که»
        and keys[that - 1] not in _NOT_A_NOUN
        and "را" not in keys[that:i]  # «قربانی مندرجات این خبر که ... را تائید کرد»: his verb
    )


_COPULA_ENDS = ("ست", "ود")  # «است», «درحالیست», «کشورهاست», «بود»
_NOT_A_NOUN = {"بوده", "باشد", "بودند", "شد", "شده", "حالی", "درحالی", "زمان", "دلیل", "جهت"}


def _relative_before_verb(keys, a: int, i: int, j: int, b: int, out) -> bool:
    """Whether the verb at ``i:j`` ends a relative clause that a comma closes right before the
    sentence's own verb of saying («یک عضو هیأت فلسطینی که وی نیز خواستار افشا نشدن نامش شد،
    گفت: ...», «عربستان به انتقادهایی که جو بایدن ... مطرح کرده‌اند، پاسخ داد.»): the clause
    tells of its noun, the verb after the comma is the statement's. So does a clause of
    «اینکه» («رییس قوه قضاییه با اشاره به اینکه دستگاه قضایی ... پایبندی‌اش را ... اعلام
    کرده است، تصریح کرد: ...»): a «با بیان اینکه» clause's verb is no statement of its own."""
    if out or j + 1 >= b or keys[j] not in COMMAS or not lx.reporting_verbs().match(keys, j + 1):
        return False
    that = next((k for k in range(i - 1, a, -1) if keys[k] in _CLAUSE_OPENS), None)
    return that is not None and keys[that] in _THAT


# what opens or closes a clause before a verb of saying: «که» and «اینکه» (keys: no ZWNJ)
# open one whose verb is that clause's
_THAT = ("که", "اینکه")
_CLAUSE_OPENS = (*_THAT, "،", ",", ":")


# Acts that name only their topic (data/reporting_verbs.tsv: «direct», so a quote only
# before a colon, «که» or the statement): their subject still holds the post it is named by
# and is the current speaker.
_TOPIC_ACTS = frozenset(
    {"یاد کردن", "تشریح کردن", "شرح دادن", "تبیین کردن", "انتقاد کردن", "تکذیب کردن", "رد کردن"}
    # «درباره وضعیت ... ابراز نگرانی کرد», «نسبت به آنچه ... نامید، شدیدا ابراز نگرانی کرد»
    | {"هشدار دادن", "ابراز نگرانی کردن"}
)
# An answer names its topic before the verb («نماینده دائم سوریه ... به ادعاهای نماینده رژیم
# صهیونیستی ... پاسخ داد.», «... به پرسش‌های گوناگونی ... پاسخ دادند.»); what was answered
# follows a colon or «که» («امام پاسخ می‌دهد: ...»)
_ANSWERING = frozenset({"پاسخ دادن", "جواب دادن"})


_MODALS = {"توان", "میتوان", "نمیتوان", "باید", "نباید", "بتوان", "نتوان"}
# «باید گفت ...» is someone's; «می‌توان ... دانست» no one's («توان» alone is also a noun:
# «عدم توان مالی»; after «می» or «نمی» written apart it is the modal)
_IMPERSONAL = _MODALS - {"باید", "نباید", "توان"}

# «بنا بر این گزارش، اداره زندان‌ها تهدید کرده که ...»: what the report tells happened, in
# the perfect of hearsay; a statement in it is quoted before a colon or in the simple past
# («بنا بر این گزارش، ... پلیس برزیل ... اعلام کرد که ...»)
_IN_REPORT: set[tuple[str, ...]] = {("بنا", "بر", "این", "گزارش"), ("بر", "اساس", "این", "گزارش")}
_IN_REPORT |= {("براساس", "این", "گزارش"), ("بنابر", "این", "گزارش")}
_IN_REPORT_FIRST = {o[0] for o in _IN_REPORT}


# What was said, named again: «این ادعاها», «همین اظهارات» (keys folded: no ZWNJ)
_SAID = {"ادعا", "ادعاها", "اظهارات", "سخنان", "مطالب", "حرفها", "گفتهها", "ادعاهای", "سخنانش"}
_SAID |= {"مطلب"}  # «لاوروف در گفت‌وگو با ... این مطلب را بیان کرد»
_SAID |= {"خبر"}  # «غلامرضا شافعی روز سه‌شنبه این خبر را در مراسم ... اعلام کرد»


def _names_said(keys, a, i) -> bool:
    """Whether the object of the verb at ``i`` is what was said, named again («نتانیاهو این
    ادعاها را در جریان سخنرانی خود اعلام کرده است»): it tells where, not what."""
    return any(
        keys[k] in ("این", "همین")
        and keys[k + 1] in _SAID
        and "را" in keys[k + 2 : k + 4]
        and "و" not in keys[k + 2 : i]  # «این مطلب را ... اعلام و بر ... تاکید کرد»: another's
        for k in range(a, i - 2)
    )


# «و» glued to the reporting verb after another (data/reporting_verbs.tsv; keys folded)
_AND_GLUED = {"وگفت", "وافزود"}


# A feeling shown, not a statement («ناراحتی خود را از این اقدام ابراز کرد», «مراتب تسلیت و
# همدردی خود را ... ابراز کرد»; «ابراز نگرانی کرد» is listed as an act of its own)
_FEELINGS = {"ناراحتی", "نگرانی", "تاسف", "خرسندی", "همدردی", "تسلیت", "خشم", "نارضایتی"}
_FEELINGS |= {"نارضایتیها", "رضایت", "تعجب", "شگفتی", "انزجار", "ناخرسندی"}


# Verbs of raising or voicing whose object may name only what was raised: its head one of
# ``_RAISED`` (keys folded: no ZWNJ)
_RAISING = frozenset({"مطرح کردن", "بیان کردن"})
_RAISED = frozenset(
    {"انتقاد", "انتقادات", "انتقاداتی", "انتقادهای", "انتقادها", "انتقادی", "بعد", "ابعاد"}
    | {"موضع", "مواضع", "دیدگاه", "دیدگاهها", "دیدگاههای", "دیدگاههایش", "نظرات"}
)


_ASPECT = "بعد"  # an aspect («بعد تازه‌ای از ...») or «after» («بعد از ...»)


def _raised_topic(keys, a, i) -> bool:
    """Whether the object of the verb at ``i`` names what was raised, a criticism, an aspect
    or a stance, before its «را» («انتقادات تندی را ...», «بعد تازه‌ای از مساله قرنطینه را»,
    «مواضع شفاف سیاسی خود را»): who raised it speaks, but says nothing the clause holds."""
    return any(
        keys[k] in _RAISED
        and "را" in keys[k + 1 : k + 6]
        and "که" not in keys[k + 1 : i]
        and (keys[k] != _ASPECT or keys[k + 1].endswith("ی"))  # not «بعد از سال ۱۴۰۰»: after
        for k in range(max(a, i - 12), i)
    )


_REACTIONS = frozenset({"واکنش", "واکنشی", "واکنشهای", "واکنشها"})  # keys folded: no ZWNJ


def _reaction_shown(keys, a, i) -> bool:
    """Whether the object of «ابراز کرد» at ``i`` is a reaction («واکنش تندی به ...»), not
    «در واکنش به ...», which only says what the words answer."""
    return any(
        keys[k] in _REACTIONS and keys[k - 1] != "در" and "که" not in keys[k + 1 : i]
        for k in range(max(a, i - 12), i)
    )


# a list of names (keys folded: no ZWNJ)
_LISTS = frozenset({"اسامی", "فهرست", "لیست", "نامهای"})
_LIST_REACH = 8  # tokens from the list's head to its «را»: «اسامی ۱۲ عضو «کابینه انقلابی» را»


def _list_announced(keys, a, i) -> bool:
    """Whether the object of «اعلام کرد» at ``i`` is a list of names («بازرگان اسامی ۱۲ عضو
    «کابینه انقلابی» را اعلام کرد», «سرمربی ... اسامی جدید این تیم را اعلام کرد»): who is on
    it, no words said."""
    return any(
        keys[k] in _LISTS and "را" in keys[k + 1 : k + _LIST_REACH + 1] and "که" not in keys[k:i]
        for k in range(max(a, i - 12), i)
    )


# the verbs whose object may name only a topic, and the check that it does
_TOPIC_NAMED = {
    **dict.fromkeys(_RAISING, _raised_topic),
    "ابراز کردن": _reaction_shown,
    "اعلام کردن": _list_announced,
}


def _names_said_or_felt(keys, a, i, verb: lx.Verb) -> bool:
    """``_names_said``, or a feeling the object of «ابراز کرد» at ``i`` («ناراحتی خود را»)."""
    if _names_said(keys, a, i):
        return True
    return verb.lemma == "ابراز کردن" and any(
        keys[k] in _FEELINGS and "را" in keys[k + 1 : k + 4] for k in range(max(a, i - 12), i)
    )


def _verb_soon(keys, j, b) -> bool:
    """Whether another reporting verb follows within two words of ``j``, in one clause."""
    for k in range(j, min(j + 3, b)):
        if keys[k] in CLAUSE_ENDS or keys[k] in ("و", "که", "تا", "از"):
            return False
        if lx.reporting_verbs().match(keys, k):
            return True
    return False


def _stated_object(keys, a, i) -> bool:
    """«X را ... عنوان و ...»: an object with «را» in the clause of the verb at ``i``, not
    what was said named again («این مطلب را اعلام و ...»)."""
    return "را" in keys[a:i] and not _names_said(keys, a, i + 1)


def _stressed_object(keys, a, i, verb: lx.Verb) -> bool:
    """«بر ... تاکید کرد»: what was stressed stands after «بر» before the verb at ``i``."""
    return verb.lemma == "تاکید کردن" and "بر" in keys[a:i]


def _part_of_paper(keys, a, b) -> bool:
    """«در بخشی از این بیانیه ...», «در همین بیانیه ...», «در ادامه این نامه ...»: the
    sentence opens on a paper named before, or a part of it."""
    return keys[a] == "در" and any(
        keys[k] in ("این", "همین") and keys[k + 1].startswith(_PAPERS)
        for k in range(a + 1, min(a + 6, b - 1))
    )


_PRESENTED = "معرفی کردن"


def _presented_as(keys, a: int, i: int, j: int, b: int, verbs) -> bool:
    """«X را Y معرفی کرد و ادامه داد / افزود / گفت ...»: Y is what X was presented as, a view,
    when a verb of saying follows «و»; not someone introduced to another («میترا خانم را به من
    معرفی کردند و ...», «آن‌ها را به زندان معرفی کردند»), nor a list of names («نامزد معرفی
    کرد»)."""
    if j + 1 >= b or keys[j] != "و":
        return False
    nxt = verbs.match(keys, j + 1)
    if not nxt or nxt[1].kind == "indirect" or nxt[1].lemma == _PRESENTED:
        return False
    if "را" not in keys[a:i]:
        return False
    ra = max(k for k in range(a, i) if keys[k] == "را")
    # «به عنوان» is the role presented, any other «به» the one introduced to
    return ra < i - 1 and not any(
        keys[k] == "به" and keys[k + 1 : k + 2] != ["عنوان"] for k in range(ra + 1, i)
    )


def _called_only_before(verb: lx.Verb) -> bool:
    """A form of «خواندن» but «خواند» itself («خواندند», «خوانده است»): what something was
    called only before «و» and a verb of saying (``_presented_as``)."""
    return verb.lemma == _CALLING and verb.kind == "indirect" and verb.form != "خواند"


def _bare(verb: lx.Verb) -> bool:
    """«گفته», «نوشته»: a perfect of one word with no auxiliary, also a noun."""
    return " " not in verb.form and verb.form.endswith("ه")


def _perfect(verb: lx.Verb) -> bool:
    """«تهدید کرده», «خواسته است», «گفته‌اند»: a perfect tense."""
    return any(w.endswith("ه") or w.endswith("ه‌اند") for w in verb.form.split()[-2:])


def _unsaid(keys, a, i) -> bool:
    """Whether the verb at ``i`` says nothing anyone said: its clause holds an impersonal
    modal («شاید بتوان او را از معماران ... دانست»)."""
    clause = _last_of(keys, a, i, _CLAUSE_MARKS)
    clause = a if clause is None else clause + 1
    if _IMPERSONAL.isdisjoint(keys[clause:i]) and "توان" not in keys[clause + 1 : i]:
        return False  # most clauses: none of the words, looked for in C
    apart = ("می", "نمی")  # «نمی توان» written apart
    return any(
        keys[k] in _IMPERSONAL or (keys[k] == "توان" and k > clause and keys[k - 1] in apart)
        for k in range(clause, i)
    )


# After a reporting verb, these begin no statement: «گفت و ...», «گفت به خبرنگار ما ...».
_NO_STATEMENT = {"و", "را", "به", "با", "تا", "از", "برای", "؛", ";", "."}
# «... نسبت به عواقب ... هشدار دادند اما رئیس کمیسیون ... نظر دیگری دارد.»: «اما» after the
# verb opens a clause of its own, not what was said
_BUT = {"اما", "ولی"}
_NO_STATEMENT |= _BUT
_BARE_SUBJECT = 2  # tokens of a subject alone before its verb: «کیسینجر می‌گوید»


# «آنچه ... گفته بود»: what the verb says is a relative pronoun; the clause names what was said
_WHAT = {"آنچه", "انچه", "هرآنچه"}
_TO_WHAT = {"به", "با", "از"}  # «به آنچه ... گفته بود»: a phrase, no statement
_AS = {"طبق", "بنابر", "براساس", "اساس", "بر", "مطابق"}  # «طبق آنچه X اعلام کرده، ...»


def _what_was_said(keys, clause, i, j) -> bool:
    """Whether «آنچه» is the object of the verb at ``i:j`` in a relative clause: closed by a
    comma after the verb («هر آنچه متخصصین ما گفتند، حمایت کردیم») or a phrase after «به»,
    «با», «از» («با توجه به آنچه که ... مطرح کردند «تک‌صدایی» را ...»), with no other
    reporting verb between. Not «طبق آنچه ذوالنوری اعلام کرده، «...»»: that is a statement;
    nor «به‌دلیل آنچه عدم امکان رقابت خوانده اعلام کرده ...»."""
    what = next((k for k in range(i - 1, clause - 1, -1) if keys[k] in _WHAT), None)
    if what is None:
        return False
    before = keys[what - 1] if what > 0 else ""
    if before in _AS or not (keys[j : j + 1] in (["،"], [","]) or before in _TO_WHAT):
        return False
    return not any(lx.reporting_verbs().match(keys, k) for k in range(what + 1, i))


_OBJECT_MARKS = {"را", "بر"}  # «... را اعلام کرد، ...», «بر ... تاکید کرد، ...»: indirect
_STRESSED = {"تاکید", "اصرار", "پافشاری"}  # keys: «تأکید» is «تاکید»

_PAPERS = ("بیانیه", "اطلاعیه", "نامه", "پیام", "گزارش", "متن", "کتاب")
_PASSIVE = {"شد", "شدند", "شده", "میشود", "میشوند", "شود", "شوند", "نشده", "نشد", "میشد"}
# and negated: «به سامانه پاسخ داده نمی‌شود» says nobody answers
_PASSIVE |= {"نمیشود", "نمیشوند", "نشود", "نشوند", "نشدند", "نمیشد"}

# «پیش آمده است», «به وجود آمده است»: «آمده است» says what happened, not what a paper says
_CAME_ABOUT = {"پیش", "وجود", "بوجود", "پدید", "کنار", "گرد", "فرود", "بیرون", lx.key("فائق"), "بر"}
# and «پایین آمده», «بالا آمده»: a figure came down or up («این شاخص ... پایین آمده بود که»)
_CAME_ABOUT |= {"پایین", "بالا"}
# «روی آورده است», «به وجود آورده است», «رای آورده است»: «آورده است» says what was turned to,
# made or won, not what a paper says
_BROUGHT = "آورده"
_BROUGHT_ABOUT = {"روی", "رو", "وجود", "بوجود", "پدید", "فراهم", "دست", "رای", "هجوم"}
_BROUGHT_ABOUT |= {"پناه", "فشار", "دوام", "ایمان", "گرد"}
# the future's auxiliary right before a verb of saying: a forecast or a promise, nothing said
_FUTURE = frozenset({"خواهد", "خواهند", "خواهم", "خواهیم", "نخواهد", "نخواهند", "نخواهم"})
_THIRD_FUTURE = frozenset({"خواهد", "خواهند"})  # another's words to be said (``_to_be_told``)
# «گفت وگو», «گفت وگوی»: the noun of talks written with a space after «گفت»
_TALK_REST = "وگو"
# «آمده بود» is as often «had come» as «was written»: a text's only with a colon or a quote
# mark after it, or a «در» before it in its clause (``_written_in``)
_HAD_COME = ["آمده", "بود"]
_IN = "در"
_CLAUSE_OPENERS = frozenset({"،", ",", "؛", ";", "که"})


def _written_in(keys: list[str], a: int, i: int, j: int, b: int) -> bool:
    """Whether «آمده بود» at ``i:j`` says what a text held: a colon or a quote mark follows
    («در این بخشنامه آمده بود: ...»), or a «در» before it opens a phrase of its clause, a word
    apart at least, written alone or run into the next word («در خبرها آمده بود که ...»,
    «درنامه دبیرکل ... آمده بود»), the clause itself past a comma after it («در این اطلاعیه
    آمده بود، ...»; not «با حالت تب به مجلس آمده بود», «به خدمت تیم ستارگان در آمده بود»,
    «نامشان در پایان گزارش ... آمده بود، از سوی ...»)."""
    after = keys[j] if j < b else ""
    if after == ":" or after in QUOTE_MARKS:
        return True
    k = i - 1
    while k >= a and keys[k] not in _CLAUSE_OPENERS:
        k -= 1
    ins = [n for n in range(k + 1, i) if _in_at(keys, n, i)]
    return bool(ins) and (after not in COMMAS or ins[0] == k + 1)


def _in_at(keys: list[str], n: int, i: int) -> bool:
    # «در آمده بود» right before the verb is the verb «درآمدن»
    return (keys[n] == _IN and n < i - 1) or _run_into_in(keys[n])


def _run_into_in(key: str) -> bool:
    """«در» run into a known word, the two no word the lexicon knows («درخبرها», «درنامه»)."""
    return key.startswith(_IN) and rank(key) == RARE and rank(key[len(_IN) :]) < RARE


_PHRASE_HEADS = {"با", "برای", "از"}
# a count before «خواسته» makes it a noun, the demands counted («دو خواسته اصلی ایران»)
_COUNTS = frozenset({"یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "این"})
# «اعلام کرد به شرط آنکه انگلیس ...، مسکو ... استقبال می‌کند»: a condition opens it too
_CONDITIONS = {("به", "شرط"), ("به", "شرطی"), ("در", "صورتی"), ("در", "صورت")}


def _quoted_to_the_end(keys, j: int, b: int) -> bool:
    """Whether a quotation opens at ``j`` and closes, on a full stop, as the sentence ends."""
    close = CLOSING_QUOTE.get(keys[j]) if j < b else None
    if close is None or b - j < 4:
        return False
    end = b - 1 if keys[b - 1] != close else b
    return keys[end - 1] == close and keys[end - 2] in FINAL and close not in keys[j + 1 : end - 1]


def _opens_statement(keys, a, i, j, verb: lx.Verb, b: int) -> bool:
    """Whether the words after the verb at ``i:j`` are what was said, with no colon or «که»
    («روزنامه واشنگتن پست نوشت، برگزاری ...», «خواست اعتراض‌های خود را ...»): the verb
    says something, nothing before it in the sentence is its object, and the next word
    opens a clause."""
    if verb.kind == "indirect" and verb.lemma not in ASKING | ADVISING:
        return False
    # «خواست از مبارزه دست برندارند»; «از مقامات عراقی خواست برای ...»: asked of someone
    asked = verb.lemma in ASKING | ADVISING and keys[j] not in ("و", "،", ",", "؛", ";", ".")
    whom = "به" if verb.lemma in ADVISING else "از"
    wished = asked and (keys[j] == whom or whom in keys[max(a, i - 10) : i])
    if asked and not wished and verb.lemma == "خواستن" and verb.form != "خواست":
        return False  # «خواسته یا ناخواسته», «به خواسته ریاست جمهوری»: no one was asked
    if verb.form == "خواسته" and i > a and (keys[i - 1] in _COUNTS or keys[i - 1].isdigit()):
        return False  # «... پنج خواسته ویژه رئیس کل بانک مرکزی از استانداران بود»: demands counted
    # an object of a verb before it is not this one's: «... را ... نامیده و گفته است فیلمش ...»
    clause = _last_of(keys, a, i, _AND_OR_COMMA)
    clause = a if clause is None else clause + 1
    marks = [
        k
        for k in range(clause, i)
        if keys[k] in _OBJECT_MARKS and not (keys[k] == "بر" and keys[k - 1] in _STRESSED)
    ]  # «با تاکید بر اینکه ... هشدار داد، ...»: «بر» is the stress's, not the verb's object
    # «اعلام کرد با مرگ یکی دیگر از مبتلایان ...، شمار قربانیان ... رسید»: an adverbial
    # phrase and its comma open the statement (not a view: «برخی معتقدند با ...»)
    heads = keys[j] in _PHRASE_HEADS or tuple(keys[j : j + 2]) in _CONDITIONS
    opens_phrase = heads and any(k in COMMAS for k in keys[j + 2 : b])
    opens_phrase = opens_phrase and not verb.lemma.startswith("معتقد")
    # «... مدعی شد از دیدن وضعیت زندگی فلسطینی‌ها «ناراحت» شده است»: a claim's content may open
    # with a phrase, with no «که» and no comma after it
    claimed = verb.lemma == CLAIMED.lemma and keys[j] in _PHRASE_HEADS | {"به"}
    # «کیسینجر می‌گوید اما امریکا کشوری استثنایی است»: after a bare subject, «اما» opens
    # what was said, not a clause of the narrator («... را اعلام کرد اما ...»)
    retort = keys[j] in _BUT and verb.lemma == "گفتن" and i - a <= _BARE_SUBJECT
    # «... اعلام کرد با فهرستی 30 نفره در انتخابات حضور پیدا خواهد کرد»: no comma, a verb
    # ends it (not after a modal: «شاید بتوان گفت با توجه به ...» is no one's)
    opens_phrase = (
        opens_phrase
        or (
            not verb.lemma.startswith("معتقد")  # «ماریاسوف معتقد است با توجه به ...»: a view
            and not (i > a and keys[i - 1] in _MODALS)
            and "که" not in keys[clause:i]  # «شعارهایی که ... مطرح کرده‌اند با انگیزه ...»
            and with_phrase_opens(keys, j, b)
        )
    )
    if marks and verb.kind != "indirect" and _quoted_to_the_end(keys, j, b):
        # «سردار سلامی ... با کنایه به آمریکایی‌ها که سابقه ... را دارند گفت«این ویروس ...
        # خواهد شد.»»: a quotation opened right at the verb and closed at the sentence's end is
        # what it said, whatever objects a clause before it holds
        return True
    if marks or (keys[j] in _NO_STATEMENT and not (wished or opens_phrase or claimed or retort)):
        return False
    if _what_was_said(keys, clause, i, j):
        return False  # «به آنچه دادستانی ... گفته بود، ابراز تردید کرد»: what it said, named
    nxt = keys[j + 1] if keys[j] in COMMAS and j + 1 < len(keys) else keys[j]
    # a single straight quote marks a quotation too («نوشته است، ' او یا فراموش کرده ...»)
    return nxt[:1].isalnum() or nxt[:1] in "«\"“'‘"
