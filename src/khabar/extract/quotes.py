"""Who said what: direct and indirect quotes with their speakers.

A cue is a reporting verb: before a colon it opens a direct quote that runs to the end of
the paragraph (or to the next cue); at the end of a sentence it closes an indirect one. The
speaker is the subject at the start of the sentence: a person, a pronoun (وی/او: the last
speaker), an anaphoric post («این مقام ارشد انتظامی»), or a post whose holder the article
names. A post-only lead («استاندار ... تأکید کرد») is given to the named person who speaks
next, when that person has no post of their own. Anything else stays ``None``. A title
«X: ...» and «به گفته X، ...» quote with no verb (``quotes_without_verb``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import partial

from khabar.extract import lexicons as lx
from khabar.extract.asked import (
    QUESTION,
    QUESTION_LEMMA,
    answers_asked,
    asked_person,
    asks_another,
)
from khabar.extract.bare_papers import paper_goes_on
from khabar.extract.body_asides import body_aside
from khabar.extract.body_subjects import (
    cited_body,
    outlet_again,
    relayed_report,
    report_goes_on,
    report_of_body,
    this_paper,
    this_report,
    told_report,
)
from khabar.extract.clause_openers import (
    REPORT,
    according_at,
    after_in_phrase,
    after_source,
    citations,
    cited_sources,
)
from khabar.extract.clause_words import (
    CLOSING_MARKS,
    CLOSING_QUOTE,
    COMMAS,
    FINAL,
    LEAD_INS,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_MARKS,
    plural_verb,
)
from khabar.extract.coref import (
    adopt_posts,
    also_at,
    also_past_aside,
    hold,
    named_as_another,
    titled_names,
)
from khabar.extract.given_texts import given_by
from khabar.extract.heading_posts import opens_line, post_past_heading
from khabar.extract.headline_posts import headline_post
from khabar.extract.interview_answers import answers
from khabar.extract.issued_papers import BODIES_PAPERS, WRITERS_PAPERS, paper_issued, papers_named
from khabar.extract.labelled_quotations import labelled_quotations
from khabar.extract.leader_anaphors import HONORIFICS, leader_meant
from khabar.extract.listed_remarks import listed_points
from khabar.extract.named_inside import speaker_before
from khabar.extract.namewords import verb as is_verb
from khabar.extract.no_name_words import dwelling_adjective
from khabar.extract.official_anaphors import introduced_before, set_against
from khabar.extract.org_spans import FINITE_VERBS
from khabar.extract.other_party import cited_as
from khabar.extract.other_speakers import before_other_account
from khabar.extract.people import PostMention
from khabar.extract.quotations_run_on import run_on_end
from khabar.extract.quotes_without_verb import (
    Cue,
    according_to,
    content,
    headline_quotes,
    run_in_headlines,
)
from khabar.extract.registry import Registry, subject_at
from khabar.extract.report_colons import after_report_colons
from khabar.extract.reporting_cues import (
    ADVISING,
    ASKING,
    CLOSING,
    FORECASTING,
    GIVEN_WHOLE,
    GOING_ON,
    WRITTEN,
    cues_in,
    wished_by_many,
)
from khabar.extract.speaker_refs import person_anaphor
from khabar.extract.speakers import (
    Ref,
    after_that_person,
    name_keys,
    named_past_commas,
    new_subject,
    opener,
    piece_goes_on,
    resolve,
    speaker,
    told_of_before,
)
from khabar.extract.speaking_bodies import PAPERS, OrgRef, described_only, organization_at
from khabar.extract.subject_shapes import one_of_many
from khabar.extract.subject_start import subject_start
from khabar.extract.time_openers import past_time_opener
from khabar.extract.told_by import quoted_whole, told_by_named
from khabar.extract.told_of import told_of
from khabar.extract.while_subjects import person_after_while
from khabar.model import Quote
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns, trim_span

_THAT_ONE = {"این", "آن"}  # a wish's object that «که» after the verb spells out
_ONE = "یک"  # an indefinite subject: «یک منبع موثق», «یک مقام آگاه»
_UNNAMED = PRONOUNS | {_ONE}  # subjects of a cue that, unresolved, name no one
_OUTLETS = {"روزنامه", "خبرگزاری", "شبکه", "پایگاه", "نشریه", "مجله", "هفتهنامه", "تلویزیون"}


def _outlet_again(keys, a, verb_at) -> bool:
    """«به گزارش روز نو: این روزنامه آمریکایی در گزارشی نوشت»: an outlet named before opens
    the clause of the verb at ``verb_at`` (keys folded)."""
    return any(
        keys[k] == "این" and keys[k + 1] in _OUTLETS and (k == a or keys[k - 1] in (":", "،"))
        for k in range(a, verb_at - 1)
    )


_CLOSED = CLOSING_MARKS | {'"'}  # after a full stop, a straight quote closes
CLOSED_OR_FINAL = _CLOSED | FINAL
_BOTH = _CLOSED & FINAL  # a mark that both closes and ends


def _post_lead(
    keys: list[str], a: int, b: int, post_at: dict[int, PostMention]
) -> PostMention | None:
    """A post that opens a sentence with a colon and no verb of saying («قائم‌مقام سازمان
    نهضت سوادآموزی کشور: آموزش‌یاران ... قرار گرفتند.»): a new item led by its holder, whom
    «وی» after it stands for, not the speaker before."""
    post = post_at.get(subject_at(keys, a, b))
    if post is None or post.anaphor or post.j >= b or keys[post.j] != ":":
        return None
    return post


def find_quotes(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    sentences: list[tuple[Span, int, int]],
    paragraphs: list[Span],
    reg: Registry,
    posts: list[PostMention],
    verb_starts: list[int],
    title_speaker: str | None = None,
    digest: bool = False,
    marks: list[int] | None = None,
) -> list[Quote]:
    """``verb_starts``: the tokens whose key opens a reporting verb (sorted);
    ``title_speaker``: the person a title given apart quotes (``title_person``), whom a
    pronoun or an anaphoric post opening the article, nobody named before, stands for;
    ``digest``: the article is a digest of headlines (``headline_digest``); ``marks``: the
    closing marks and full stops (``CLOSED_OR_FINAL``), when already found
    (``triggers.FINAL``)."""
    post_at = {r.i: r for r in posts}
    sentences = _after_closed_quotes(tokens, keys, sentences, reg, marks)
    sentences = _after_run_in_names(tokens, keys, sentences, reg)
    sentences = _after_quotations(tokens, keys, sentences)
    sentences = after_report_colons(tokens, keys, sentences)
    cues, resume = headline_quotes(tokens, keys, text, sentences, paragraphs, reg, post_at)
    held = {c.quote.sentence for c in cues}
    run_in = run_in_headlines(tokens, keys, text, sentences, reg, post_at, held, resume)
    answered = answers(tokens, keys, text, sentences, reg, post_at, held | run_in.keys())
    run_in |= answered  # an interview's answers under their labels: «...؟ رئیس‌جمهور: ...»
    # «آیت الله سیستانی: «...»» in the body: each its own sentence, to its closing mark
    sentences, labelled = labelled_quotations(
        tokens, keys, text, sentences, reg, post_at, held | run_in.keys()
    )
    # the points of remarks listed after «اهم اظهارات وی را ... بخوانید؛»: one quote of whoever
    # spoke right before the list opened
    listed = listed_points(keys, sentences)
    last_ref: Ref = None
    # who spoke last before a body whose sentence names no one, and that for the next sentence:
    # a person's anaphor right after the body's words goes back to them
    before_body: Ref = None
    past_body: Ref = None
    aside = False  # the sentence is a writer's between a body's words and an anaphor
    # who spoke last before unnamed others in the plural, and that for the next sentence: a
    # person's anaphor right after their words goes back to them
    before_many: Ref = None
    past_many: Ref = None
    # a sentence that reports nothing (its first and end tokens), and that for the next
    # sentence: the one person it names is whom «وی» right after it means when no person spoke
    # before (``_one_subject``), the person named in full opening it whom a pronoun opening the
    # next with a new verb of saying means (``told_of_before``); each read only where the next
    # sentence asks, most sentences after one asking neither
    plain: tuple[int, int] | None = None
    past_plain: tuple[int, int] | None = None
    this_sent: tuple[int, int] | None = None  # the sentence read, and the one before it
    past_sent: tuple[int, int] | None = None
    going_on: Ref = title_speaker  # whom a clause with no subject goes on with (``speaker``)
    outlets: dict[tuple[str, ...], OrgRef] = {}  # organizations that spoke, by their words
    relayed: OrgRef | None = None  # the last body a source relayed («به نقل از روابط عمومی ...»)
    # the last body spoke in a sentence citing a source or a report («بنا بر این گزارش، ... پلیس
    # برزیل اعلام کرد»): «در این گزارش» after is that report's, not the body's
    body_in_report = False
    unnamed = False  # the last cue's speaker is someone the text does not name
    report_told: OrgRef | None = None  # the body whose report a sentence quoting nothing told of
    issued: tuple[str, Ref, int] | None = None  # the last body's paper issued, by whom, where
    told_paper: tuple[str, Ref, int] | None = None  # the last paper told of, its writer, where
    writer: str | None = None  # the person who last wrote a piece («X در العرب نوشت:»)
    pieces: list[tuple[Cue, str | None]] = []  # the cues of a piece that goes on, its writer
    seen_people: set[str] = set()
    named = sorted(reg.by_token)  # tokens of named people, to collect them per sentence

    def people_in(a: int, b: int) -> list[str]:
        return [reg.by_token[k] for k in named[bisect_left(named, a) : bisect_left(named, b)]]

    quoted = {c.quote.sentence for c in cues} - resume.keys()  # sentences with their quote
    open_para: Span | None = None  # the paragraph a direct quote runs on in
    para_starts = [p.start for p in paragraphs]
    inside_until = -1  # the end of a direct quote on the line after its verb
    run_ons: list[Span] = []  # the lines a quotation runs on over past its own (``run_on_end``)
    line: Span | None = None  # a digest's line: each is its own story, with its own speaker
    written = 0  # the writer's sentences since the last cue, in the paragraph (``_NEW_ITEM``)
    told_in: Span | None = None  # that paragraph
    # what a sentence is searched for only where the article holds it: its citations, «به
    # گفته ...», the papers of the two readings (one test of the article's keys, not of each
    # sentence's)
    citing = citations(keys)
    according = according_at(keys)
    bodies_papers = papers_named(keys, BODIES_PAPERS)
    # a word of a question in the article (one in ten holds one): whom a sentence asks is
    # sought only then
    asking = not QUESTION.isdisjoint(lx.distinct(keys))
    named_past_comma = named_past_commas(keys, reg.by_token)  # for ``opener``, found once
    writers_papers = papers_named(keys, WRITERS_PAPERS)
    for sent, a, b in sentences:
        past_body, before_body = before_body, None
        past_aside, aside = aside, False
        past_many, before_many = before_many, None
        past_plain, plain = plain, None
        past_sent, this_sent = this_sent, (a, b)
        if digest and line != (line := _holding(paragraphs, para_starts, sent)):
            last_ref = going_on = None
        if sent in quoted:
            continue
        if headline := run_in.get(sent):
            cues.append(headline)  # «سفیر آمریکا: ... بغداد - ایرنا - ...»: a new item opens
            last_ref = going_on = headline.ref
            if sent in answered:  # an interview's answer under its label: all it says
                seen_people.update(people_in(a, b))
                continue
        point = listed.get(sent) if sent.start >= inside_until else None
        if point is not None and last_ref is not None:
            # one direct quote from the first point to the list's last line: what the points
            # tell of others is nested in it
            last = max(s.end for s in listed if s.start >= sent.start)
            span = trim_span(text, tokens.starts[point], last)
            if span:
                star = Span(tokens.starts[a], tokens.starts[point])
                cues.append(Cue(Quote(None, "direct", "", span, sent, star), last_ref, False))
                going_on = last_ref
                inside_until = max(inside_until, span.end)
                seen_people.update(people_in(a, b))
                continue
        if (ruling := labelled.get(sent)) is not None:
            cues.append(ruling)  # all the sentence holds, and the lines to its closing mark
            last_ref = going_on = ruling.ref
            inside_until = max(inside_until, ruling.quote.span.end)
            seen_people.update(people_in(a, b))
            continue
        if sent.start < inside_until:  # that line: what it tells is the quote's
            seen_people.update(people_in(a, b))
            continue
        a = resume.get(sent, a)  # the lead after a title run into it
        cites = bisect_left(citing, a) < bisect_left(citing, b)
        if cites:  # whose «این گزارش» is
            relayed = cited_body(keys, a, b, tokens.words) or relayed
        # whose «در این بخشنامه» is: «بانک مرکزی در بخشنامه‌ای ... هشدار داد»
        opens = _kept(partial(subject_start, keys, a, reg=reg, post_at=post_at))
        if bodies_papers:
            issued = paper_issued(keys, a, b, reg, opens, tokens.words, BODIES_PAPERS) or issued
        if writers_papers:
            told_paper = (
                paper_issued(keys, a, b, reg, opens, tokens.words, WRITERS_PAPERS) or told_paper
            )
        # «به نقل از مارکا، ...», then «مارکا گزارش داده»
        for i, j in cited_sources(keys, a, b) if cites else ():
            if not any(k in reg.by_token or k in post_at for k in range(i, j)):
                outlets.setdefault(tuple(keys[i:j]), OrgRef(" ".join(tokens.words[i:j])))
        verbs = verb_starts[bisect_left(verb_starts, a) : bisect_left(verb_starts, b)]
        found = cues_in(tokens, keys, a, b, verbs, reg.by_token) if verbs else []
        # «به گفته سرگئی ریابکوف، دولت روسیه معتقد است که ...»: a view told by someone
        views_only = all(kind == "view" for *_, kind in found)
        if found and not views_only and bisect_left(according, a) < bisect_left(according, b):
            # «... و بنا به گفته شهروز برزگر، در این جلسه وزیر بهداشت توضیح داد که ...»: what
            # another said, told by the one named there
            views_only = told_by_named(keys, according, a, found, reg)
        cue = None
        if views_only and bisect_left(according, a) < bisect_left(according, b):
            cue = according_to(tokens, keys, text, sent, a, b, reg, post_at, last_ref)
        if not found or cue is not None:
            if cue is not None:
                cues.append(cue)
                quoted.add(sent)
                # a post nobody holds yet («به گفته سفیر انگلیس») is often the last speaker
                # named another way: «وی» after it keeps pointing at that speaker
                if resolve(cue.ref, reg):
                    last_ref = cue.ref
                going_on = last_ref
            else:  # «مسجدی در پاسخ به این سوال که ...؟ خاطرنشان کرد:»: مسجدی goes on
                para = _holding(paragraphs, para_starts, sent)
                if told_in == para and open_para != para:  # the writer's, in the cue's paragraph
                    written += 1
                    if written == _NEW_ITEM and last_ref is not None:
                        if going_on == last_ref:
                            going_on = None
                        # a new item of news run together: «وی» is not the speaker before,
                        # nor the one person a sentence of the item names («یادمان گوته ...»)
                        last_ref, unnamed = None, True
                if past_body is not None and not past_aside:
                    aside = body_aside(keys, a, b, people_in(a, b), post_at)
                    before_body = past_body if aside else None  # «... مدعی است ... . وی افزود:»
                if not aside:
                    going_on = opener(
                        keys, a, b, reg, post_at, last_ref, going_on, unnamed, named_past_comma
                    )
                if asking and (asked := asked_person(keys, a, b, reg.by_token)):
                    last_ref = going_on = asked  # «... از آقای دکتر فرهادی ... وی اضافه کرد:»
                elif lead := _post_lead(keys, a, b, post_at):
                    last_ref = going_on = lead  # «قائم‌مقام سازمان نهضت سوادآموزی کشور: ...»
                # «... گزارش اول هیئت تحقیق و تفحص ... قرائت شد»: whose «این گزارش» is next
                report_told = report_of_body(keys, a, b, tokens.words) or report_told
                plain = (a, b)
            seen_people.update(people_in(a, b))
            continue
        opening = opens(found[0][0])  # where the clause of the first cue opens
        answering, asked = answers_asked(keys, a, found[0][0], reg.by_token)
        if answering:
            last_ref = going_on = asked  # «از ربیعی ... سؤال شد که وی پاسخ داد:»
        heard = last_ref
        if (
            isinstance(last_ref, OrgRef)
            and going_on == last_ref
            and past_body is not None
            and person_anaphor(keys, opening, post_at)
        ):
            # «معاونت حمل و نقل هم اعلام کرد ... این مسئول توضیح داد:»: a person's anaphor
            # passes over the body's words to the person who spoke before them
            heard = past_body
        elif last_ref is None and past_many is not None and person_anaphor(keys, opening, post_at):
            # «گفتنی است ... بسیاری از کارشناسان توصیه کرده‌اند ... . این مرجع تقلید، اظهار
            # داشت:»: many unnamed are no one «وی» or «این مقام» stands for
            heard = past_many
        elif (
            past_plain is not None
            and not isinstance(last_ref, (str, PostMention))
            and not unnamed
            and (one := _one_subject(keys, *past_plain, reg, named)) is not None
            and keys[opening] in PRONOUNS
        ):
            # «... پس از آن اتخاذ شد که بنیامین نتانیاهو، نخست‌وزیر این رژیم اخیرا دستور داد
            # تا ... . وی در این باره گفت،»: no person spoke before; the one person the sentence
            # before names, which quotes nothing
            heard = one
        elif (
            past_plain is not None
            and keys[opening] in HONORIFICS
            and (leader := leader_meant(keys, *past_plain, reg)) is not None
        ):
            heard = leader  # «... مقام معظم رهبری ... هشدار دهند. ایشان ... فرمودند:»
        if (opened_by := told_of_before(keys, a, found[0][0], past_plain, heard, reg)) is not None:
            heard = opened_by  # «کری تالبوت ... انتقاد کرده است. او می‌گوید ...»
        if (
            official := introduced_before(keys, opening, past_plain, heard, reg, post_at, people_in)
        ) is not None:
            heard = official  # «... از سوی سعید موتمنی، رییس ... رد شده است. این مقام صنفی گفت:»
        else:
            set_apart, instead = set_against(
                keys, opening, found[0][0], heard, past_sent, reg, post_at, people_in
            )
            heard = instead if set_apart else heard  # «این مقام صنفی برخلاف موتمنی، ...»
        ref, subject_end, fresh, scanned = speaker(
            keys, a, found[0][0], reg, post_at, heard, seen_people, tokens.words, going_on, opens
        )
        if ref is None and (
            before := speaker_before(keys, found[0][0], cues, last_ref, reg, opens)
        ):
            ref, scanned = before, False  # «وی با بیان این‌که ترامپ ... گفت» after Trump's
        elif ref is None and (
            going := paper_goes_on(
                keys, opening, found[0][0], cues[-1].ref if cues else None, last_ref
            )
        ):
            ref, subject_end, scanned = last_ref, going, False  # «در ادامه اطلاعیه آمده است:»
        elif (
            ref is None
            and opens_line(tokens, text, a)
            and (run_in_post := post_past_heading(keys, a, found[0][0], post_at, reg.by_token))
        ):
            # «* تصمیم اتحادیه ... خواهد داشت سخنگوی اتحادیه در ادامه ... گفت:»
            ref, subject_end, scanned = run_in_post, run_in_post.j, True
        elif ref is None and (headed := headline_post(keys, a, found[0][0], reg, post_at)):
            # «... معتاد متجاهر شهردار تبریز ... دانست. به گزارش ...، صادق نجفی ...»
            hold(reg, headed[1], headed[0])
            ref, subject_end, scanned = headed[0], headed[0].j, False
        whole = found[0][2].lemma == GIVEN_WHOLE
        if whole and (by := _text_by(keys, a, found[0][0], reg, post_at)):
            ref, subject_end, scanned = by, found[0][0], False  # «متن نامه شریعتمداری به شرح ذیل»
        elif whole and (given := given_by(keys, a, found[0][0], told_paper)) is not None:
            ref, subject_end, scanned = given[0], found[0][0], False  # «متن این نامه ...:»
        elif whole and "متن" in keys[subject_end : found[0][0]]:
            ref = None  # «به گزارش المیادین متن بیانیه ...»: the one the text is of, not the source
        elif (
            found[0][3] == "direct"
            and found[0][2].lemma in _PENNED
            and (pen := _pen_of(keys, a, found[0][0], reg))
            and not isinstance(ref, PostMention)
            and not any(reg.by_token.get(k) == ref for k in range(a, found[0][0]))
        ):
            # «در ادامه این یادداشت که به قلم X ... منتشر شده است، می‌خوانیم:»: the piece's
            # writer, not the speaker going on nor the paper
            ref, subject_end, scanned = pen, found[0][0], False
        if isinstance(ref, OrgRef) and described_only(ref.name):
            ref = None  # «روزنامه اسرائیلی سپس ... اضافه می‌کند:»: a paper no name names
        if isinstance(ref, str) and (paper := _paper_by_its_name(ref, reg)):
            ref = paper  # «برلینرمورگن‌پست می‌افزاید؛»: a paper, not a person
        if (
            isinstance(ref, (str, PostMention))
            and (
                (found[0][3] == "around" and wished_by_many(keys, found[0][0], found[0][1]))
                # «مقامات آمریکایی ... تاکید دارند که ...»: a group's present, many as well
                or found[0][2].form in lx.told_by_many()
            )
            and not people_in(a, found[0][0])
            # «رهبر انقلاب ... خواهان ... شدند»: one, in the plural of respect
            and not any(k in post_at for k in range(a, found[0][0]))
        ):
            ref = None  # «مقام‌های آمریکایی ... خواستار ... شده‌اند»: many, not the one before
        if report_told is not None and (end := told_report(keys, a, found[0][0])):
            ref, subject_end, scanned = report_told, end, False  # not the outlet's that relays it
        elif ref is not None:
            report_told = None  # someone else speaks: the report told of is done with
        if ref is None and (known := outlet_again(keys, a, found[0][0], outlets)):
            ref, subject_end, scanned = known  # «کوریا تایمز گزارش کرده ...» named before
        elif (
            ref is None
            and relayed
            and (end := relayed_report(keys, a, found[0][0], relayed, tokens.words))
        ):
            ref, subject_end, scanned = relayed, end, False  # «این گزارش می‌افزاید:»
        elif (
            ref is None
            and isinstance(last_ref, OrgRef)
            and (end := this_report(keys, a, found[0][0], bare=True))
        ):
            ref, subject_end, scanned = last_ref, end, False  # the report of the body that spoke
        elif (
            ref is None
            and isinstance(last_ref, OrgRef)
            and not body_in_report
            and (end := report_goes_on(keys, a, found[0][0], tokens.words))
        ):
            ref, subject_end, scanned = last_ref, end, False  # «در این گزارش آمده است:», its too
        elif (
            ref is None
            and issued
            and isinstance(issued[1], OrgRef)
            and (end := this_paper(keys, a, found[0][0], issued[0]))
        ):
            ref, subject_end, scanned = issued[1], end, False  # «در این بخشنامه آمده است:»
        # «X در العرب نوشت: ...», then «در ادامه این مطلب آمده است:»: X's piece goes on (its
        # speaker is set once the posts are adopted: a post after it is another's, not X's)
        piece = (
            ref is None
            and writer is not None
            and piece_goes_on(keys, a, found[0][0], reg, post_at) is not None
        )
        if ref is not None and ref != writer:
            wrote = found[0][2].lemma == "نوشتن" and not scanned
            writer = ref if isinstance(ref, str) and wrote else None
        para = _holding(paragraphs, para_starts, sent)
        if (
            open_para == para
            and not _run_into_one_line(sentences, para)
            and all(kind not in ("direct", "loose") for *_, kind in found)
            and (ref is None or scanned or keys[b - 1] in _ASKED_MARKS)
            and keys[a] not in PRONOUNS
        ):
            # inside the direct quote that runs on in its paragraph: «... اظهار داشت: این خبر
            # کذب است. ... دو شب پیش هم آقای اسکوچیچ ... صحبت‌های خود را مطرح کرد.»; a question
            # there is the speaker's, whoever it names first («وی، گفت: ... آقای محمد رضا خاتمی
            # اخیرا نامه‌ای ... به رئیس جمهور نوشته است؟»: not whom «وی» next means)
            seen_people.update(people_in(a, b))
            continue
        held_back: Ref = None  # whom the gate below took from a loose verb, for a colon's
        for n, (vi, vj, verb, kind) in enumerate(found):
            whole = False  # a quotation «که» opens and closes: nothing after it is inside
            if n and (against := person_after_while(keys, found[n - 1][1], vi, reg)):
                ref, scanned = against, False  # «X ... می‌داند، در حالی که Y ... باور دارد»
            if verb.lemma in ASKING and _asked_first_person(keys, a, vi):
                continue  # «نخست‌وزیر پاکستان از ما خواست تا ...»: the one asked tells it
            if held_back is not None and kind == "direct":
                ref, held_back = held_back, None  # «X ... رد کرد و افزود: ...»: the colon's
            opened = ref is not None and (
                not scanned
                or _past_in_phrase(keys, a, vi, reg, ref)
                or (verb.lemma not in ASKING and _opens_after_that(keys, a, vi, reg, ref))
            )
            if kind == "loose" and not (opened or _pronoun_led(keys, a, vi)):
                held_back = held_back or ref
                ref = None  # no colon, nobody known opening the clause: nobody named it
            if kind in ("direct", "loose"):
                after_verb = vj < len(tokens.words) and tokens.words[vj] in (":", "،", ",", "؛")
                start = tokens.ends[vj] if after_verb else tokens.ends[vj - 1]
                # «توصیه کرد X و افزود: Y»: X ends at the «و» of the next verb
                goes_on = next((f[0] for f in found if f[0] > vj), None)
                end = para.end
                if kind == "loose" and goes_on is not None and keys[goes_on - 1] == "و":
                    end = tokens.starts[goes_on - 1]
                span = trim_span(text, start, end)
                if span is None and after_verb and ref is not None:
                    span = _next_paragraph(paragraphs, para_starts, para)  # «گفت:» ends a line
                    inside_until = span.end if span is not None else inside_until
                elif span is not None and (run_on := run_on_end(text, span.start)) is not None:
                    # «می‌نویسد:"...» closed lines later: what its lines tell is nested in it
                    run_ons.append(Span(text.find("\n", span.start), run_on))
            elif kind == "that":
                stop = b - 1 if tokens.words[b - 1] in FINAL else b
                # «... گفت که X و ... خواند و گفت که Y»: X ends at the «و» of the next «که»
                stop = next((f[0] - 1 for f in found if f[0] > vj and f[3] == "that"), stop)
                stop = before_other_account(keys, vj, stop)
                span = content(tokens, keys, text, vj, stop)
                vj -= 1  # the cue is the verb, without «که»
                whole = span is not None and quoted_whole(text, span)
                if whole:
                    kind = "loose"  # «... این را هم گفت که؛«منشاء ... دارد.»»: words as said
            elif kind == "called":
                # the object, what it was called and the relative clause on it, to the next
                # verb's «و» or the sentence's end; who called it unknown, what follows «که»
                stop = b - 1 if tokens.words[b - 1] in FINAL else b
                after = next((f[0] for f in found if f[0] > vj), None)
                if after is not None:  # «... دانست که ... و خطاب به اروپایی‌ها گفت:»
                    stop = max((k for k in range(vj, after) if keys[k] in _JOINS), default=after)
                said_at = _past_relative(keys, _object_start(keys, subject_end, vi, verb), vi)
                if ref is None or said_at is None:
                    said_at = vj + 1
                span = content(tokens, keys, text, _past_verb_and(keys, said_at, vi), stop)
                kind = "indirect"
            elif kind in ("topic", "view"):
                span = Span(tokens.starts[vi], tokens.ends[vj - 1])
            elif kind == "around":
                became = next(k for k in range(vj - 1, vi, -1) if keys[k] in CLOSING)
                if became == vi + 2 and keys[vi + 1] in _THAT_ONE and keys[vj : vj + 1] == ["که"]:
                    # «او خواستار این شد که سازمان بهداشت جهانی ...»: «این» names what «که» opens
                    stop = b - 1 if tokens.words[b - 1] in FINAL else b
                    span = content(tokens, keys, text, vj + 1, stop)
                else:
                    span = content(tokens, keys, text, vi + 1, became)
            elif quotation := _quoted_before(tokens, keys, a, vi):
                span, kind = quotation, "direct"  # «...»، ظریف روز گذشته این را گفت.
            else:
                # «X را ... اعلام کرد و از Y خبر داد»: the second verb's object is past the
                # first and its «و»
                past = subject_end
                if n and found[n - 1][1] > subject_end:
                    past = found[n - 1][1] + (keys[found[n - 1][1]] in _JOINS)
                    if _own_clause_after_comma(keys, past, vi, verb):
                        continue  # «... از تصمیم جالبی ... پرده برداشت، ظاهرا مدیریت شهری ...»
                object_at = _object_start(keys, past, vi, verb)
                if scanned and (inside := _subject_in_object(keys, a, subject_end, vi, verb)):
                    ref, object_at = None, inside  # «منابع ... از توافق میان X ... خبر دادند»
                said_at = _past_relative(keys, object_at, vi)
                if said_at is not None:
                    said_at = _past_own_subject(keys, said_at, vi)
                if said_at is not None and _named_back(keys, a, said_at, vi):
                    continue  # «مثل متهمی که ... استاندار تهران از نامش پرده برداشت»
                span = content(tokens, keys, text, said_at, vi) if said_at is not None else None
            if span is None:
                continue
            verb_span = Span(tokens.starts[vi], tokens.ends[vj - 1])
            if kind == "loose" and verb.lemma in ASKING | ADVISING | FORECASTING:
                kind = "that"  # «از مسلمانان خواست اعتراض‌های خود را ...»: what they should do
            said = kind not in ("topic", "view")
            words = verb.form if kind == "around" else text[verb_span.start : verb_span.end]
            kind = {"loose": "direct", "that": "indirect", "around": "indirect"}.get(kind, kind)
            quote = Quote(None, kind if said else "indirect", words, span, sent, verb_span)
            another = also_at(keys, subject_end) or also_past_aside(keys, subject_end, vi)
            cues.append(Cue(quote, ref, fresh, said, another))
            if piece:
                pieces.append((cues[-1], writer))
            quoted.add(sent)
            open_para = para if kind == "direct" and not whole else None
            written, told_in = 0, para
        # «یک منبع موثق ... گفت:»: one the text does not name, whom «وی» after goes on with;
        # and «وی گفت:» whom nobody before names (a cut article's first words): someone spoke,
        # so a name in what they said («... به آقای صالحی دادند.») is not whom «وی» then means
        unnamed = ref is None and keys[opening] in _UNNAMED
        if ref is None and _named_after_that(keys, a, found[0][0], reg, last_ref):
            last_ref = None  # «مسئله‌ای که امیرآبادی ... گفت ...»: «او» after is not the one before
        if ref is relayed and ref is not None:
            pass  # the relayed body's report: the discourse goes on with whom it had
        elif ref is not None:
            if isinstance(ref, OrgRef):
                outlets[lx.phrase_keys(ref.name)] = ref
                body_in_report = cites or REPORT in keys[a : found[0][0]]
                if not isinstance(last_ref, OrgRef) and not people_in(a, b):
                    before_body = last_ref
            last_ref = last_ref if cited_as(keys, ref) else ref  # «همچنان که ...»
        elif (
            new_subject(keys, subject_end, found[0][0], name_keys(last_ref, reg))
            or _outlet_again(keys, a, found[0][0])
            or one_of_many(keys, subject_end, found[0][0])
            # «یک منبع موثق ... گفت ...» after a person spoke: one the text does not name,
            # whom «وی» after means; after a body's words the discourse goes on with the body
            # («یک مقام دولتی هند ... گفت: ... به نوشته این گزارش، ...»)
            or (keys[opening] == _ONE and not isinstance(last_ref, OrgRef))
        ):
            if (
                isinstance(last_ref, (str, PostMention))
                and plural_verb(keys, found[0][0])
                and not people_in(a, b)
            ):
                before_many = last_ref  # unnamed others in the plural: not whom «وی» means
            last_ref = None  # someone unnamed spoke: «وی» after them is not the one before
        if ref is None and last_ref is None and past_many is not None and before_many is None:
            # «ادارات مالیاتی معتقدند ... . اما بسیاری از مؤدیان معتقدند ... . وی افزود:»:
            # others in the plural again, sentence after sentence
            if plural_verb(keys, found[0][0]) and not people_in(a, b):
                before_many = past_many
        questions = any(f[2].lemma == QUESTION_LEMMA for f in found)
        if (
            asking
            and (ref is None or questions)
            and (asked := asked_person(keys, a, b, reg.by_token))
        ):
            last_ref = asked  # «... از اسداله علم پرسید که: ...؟ وی در پاسخ گفت:»
        elif questions and asks_another(keys, a, b, reg.by_token):
            last_ref = None  # asked of one unnamed: «وی در پاسخ» is not the asker
        if isinstance(last_ref, (str, PostMention)) and _named_past_quotation(
            tokens, keys, text, cues, sent, reg
        ):
            last_ref = None  # «او تاکید می‌کند«...».»پیشنهادی ... که حشمت‌الله فلاحت‌پیشه ...»
        if (late := _according_past_verb(keys, according, found[-1], b)) is not None and (
            also := according_to(tokens, keys, text, sent, late, b, reg, post_at, last_ref)
        ):
            cues.append(also)  # «... را ضعیف دانست زیرا به گفته وی، نیازمند ... است»
        going_on = last_ref
        if isinstance(ref, OrgRef) and (told := told_of(keys, a, *found[0][:2], b, reg)):
            going_on = told  # «نشنال ... نوشت برایان هوک ...»: «او» after it is Hook
        seen_people.update(people_in(a, b))
    adopt_posts(cues, reg, keys, digest, text)
    for cue, its_writer in pieces:
        cue.ref = its_writer
    _cut_at_next_cue(cues, text)
    for c in cues:
        if c.quote.kind == "direct" and (end := _closed_at(text, c.quote.span)) is not None:
            c.quote.span = Span(c.quote.span.start, end)
    titled = titled_names(keys)
    for c in cues:
        pkey = resolve(c.ref, reg)
        a = bisect_left(tokens.starts, c.quote.span.start)
        b = bisect_left(tokens.starts, c.quote.span.end)
        if pkey and named_as_another(keys, titled, a, b, reg.persons[pkey].name):
            pkey = None  # «او گفته بود «... از آقای قالیباف بپرسند»»: not قالیباف
        c.quote.speaker = reg.persons[pkey].name if pkey else None
        if isinstance(c.ref, OrgRef):
            c.quote.speaker_organization = c.ref.name
    # «... می‌نویسد:"... او گفته بود که ...".»: what a quotation's later lines tell is its own
    # words (the speakers read on as they did)
    return [
        c.quote
        for c in cues
        if c.said and not any(r.start < c.quote.sentence.start < r.end for r in run_ons)
    ]


def _one_subject(keys, a: int, b: int, reg: Registry, named: list[int]) -> str | None:
    """The one person the sentence from ``a`` to ``b`` names, where they open it or the clause
    after its «که»: «... پس از آن اتخاذ شد که بنیامین نتانیاهو، نخست‌وزیر این رژیم اخیرا دستور
    داد ...»; not one named inside another's words or description («وزیر خارجه دولت «دونالد
    ترامپ»», «کسانی مثل آقای افشانی ...»)."""
    at = named[bisect_left(named, a) : bisect_left(named, b)]
    if not at or len({reg.by_token[k] for k in at}) != 1:
        return None
    first = at[0]
    if first == subject_at(keys, a, b) or (first > a and keys[first - 1] == _THAT_WORD):
        return reg.by_token[first]
    return None


_THAT_WORD = "که"
# what may stand between a statement's verb and «به گفته X» that gives the reason of it
_REASON_JOINS = (["زیرا"], ["چرا", "که"], ["زیرا", "که"])


def _according_past_verb(keys, according: list[int], last, b: int) -> int | None:
    """Where «به گفته X» opens right past the last statement's verb and «زیرا»: «العطیه ...
    احتمال برگزاری چنین جلسه‌ای را ضعیف دانست زیرا به گفته وی، نیازمند ... است» says two
    things; else None."""
    j = last[1]
    if last[3] != "indirect":
        return None
    k = next((k for k in according[bisect_left(according, j) :] if k < b), None)
    if k is None or keys[j:k] not in _REASON_JOINS:
        return None
    return k


def _kept(start: Callable[[int], int]) -> Callable[[int], int]:
    """``start`` (where the subject of a sentence's clause that ends at a token opens), its
    answer for each token kept: the speaker's reading, the anaphors' and the unnamed source's
    each ask it of the same cue's verb, and nothing they do in between changes what it reads."""
    found: dict[int, int] = {}

    def at(verb_at: int) -> int:
        s = found.get(verb_at)
        if s is None:
            s = found[verb_at] = start(verb_at)
        return s

    return at


_TEXT_OF = ("متن",)
_WHOLE = "کامل"  # «متن کامل نامه X»
# what a text given whole is of: a paper, a speech («متن سخنان روحانی»), a decree, a note
_GIVEN_WHOLE = frozenset(PAPERS | {"سخنان", "فرمان", "یادداشت"})
_ASKED_MARKS = frozenset({"؟", "?"})  # a sentence that ends in them asks
_PENNED = WRITTEN | {"آوردن", "خواندن"}  # a piece's words: «نوشت:», «آورده است:», «می‌خوانیم:»
_PEN = ("به", "قلم")


def _pen_of(keys, a, verb_at, reg: Registry) -> str | None:
    """The person who wrote the piece whose words the clause ``a:verb_at`` gives, named after
    «به قلم» («در ادامه این یادداشت که به قلم سیامک کاکایی ... منتشر شده است، می‌خوانیم:»,
    «روزنامه آشتی در سرمقاله خود ... به قلم آرش برهمند آورده است:»), or None."""
    for at in lx.occurrences(keys, _PEN[0], a, verb_at):
        if tuple(keys[at : at + 2]) != _PEN:
            continue
        at += 2
        while at < verb_at and keys[at] in QUOTE_MARKS:
            at += 1
        if at < verb_at and at in reg.by_token:
            return reg.by_token[at]
    return None


def _text_by(keys, a, verb_at, reg: Registry, post_at) -> str | PostMention | None:
    """The person or post whose letter, message or statement the clause ``a:verb_at`` gives
    whole, naming nothing else: «متن نامه شریعتمداری به شرح ذیل است:», «متن پیام رئیس‌جمهور
    به این شرح است:», past a source and a title («به گزارش روز نو: متن کامل نامه حجت‌الاسلام
    مرتضی آقا تهرانی به شرح زیر است:», «متن سخنان دکتر روحانی به این شرح است:»); None for
    anything else («متن این بیانیه», «متن نامه ... به X»)."""
    k = a
    while k < verb_at and (keys[k] in QUOTE_MARKS or keys[k] in LEAD_INS):
        k += 1
    k = after_source(keys, k, verb_at)
    if tuple(keys[k : k + 1]) != _TEXT_OF:
        return None
    k += 1 + (keys[k + 1 : k + 2] == [_WHOLE])
    if k + 1 >= verb_at or keys[k] not in _GIVEN_WHOLE:
        return None
    if k + 1 not in reg.by_token and (title := lx.honorifics().match(keys, k + 1)):
        k = title[0] - 1  # «نامه حجت‌الاسلام X», «سخنان دکتر X»
    if (pkey := reg.by_token.get(k + 1)) and all(
        reg.by_token.get(t) == pkey for t in range(k + 1, verb_at)
    ):
        return pkey
    post = post_at.get(k + 1)
    return post if post is not None and not post.anaphor and post.j == verb_at else None


def _paper_by_its_name(pkey: str, reg: Registry) -> OrgRef | None:
    """The person's name, one word, ends past its half-space with a word that ends papers'
    names («برلینرمورگن‌پست», «ساندی‌تایمز»): a paper a tagger took for a person."""
    person = reg.persons.get(pkey)
    name = person.name if person is not None else pkey
    parts = name.split("\u200c")
    if " " in name or len(parts) < 2 or lx.key(parts[-1]) not in lx.paper_name_ends():
        return None
    return OrgRef(name)


def _after_closed_quotes(
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[Span, int, int]],
    reg: Registry,
    marks: list[int] | None = None,
) -> list[tuple[Span, int, int]]:
    """The sentences, with a new one after a quotation closed on its full stop and run into
    the next word («... انجام شود.»وی با اشاره به ... گفت که ...», «.»وی اضافه کرد: «...»»,
    «... محدود کنید!"مرکل همچنین خواست تا ...», «... برقرار شد.»روابط عمومی هواپیمایی ...
    اعلام کرد:»: the text lost the space and the segmentation the sentence), when that word
    is a pronoun, a person the article names in full or an organization. Other words stay
    («.»این وکیل دادگستری در ادامه افزود»: who they name is left to a later reading)."""
    out = []
    # the words right after a closing mark or a full stop, or two after a mark that does
    # both: the few where a new sentence may start, found once for all the sentences
    if marks is None:
        marks = [k for k, w in enumerate(tokens.words) if w in CLOSED_OR_FINAL]
    words = tokens.words
    after = sorted({k + 1 for k in marks} | {k + 2 for k in marks if words[k] in _BOTH})
    # of those, the words right after a closing mark and a full stop together («.»» or «»!»;
    # two words in, one short of the end, as the bounds below keep them): none in most
    # articles, whose sentences then stand as they are, none of them looked at
    after = [
        k
        for k in after
        if 2 <= k < len(words)
        and not _CLOSED.isdisjoint(words[k - 2 : k])
        and not FINAL.isdisjoint(words[k - 2 : k])
    ]
    if not after:
        return list(sentences)
    for sent, a, b in sentences:
        start = a
        for k in after[bisect_left(after, a + 2) : bisect_left(after, b - 1)]:
            if _opens_run_in(tokens, keys, start, k, b, reg):
                out.append((Span(tokens.starts[start], tokens.ends[k - 1]), start, k))
                start = k
        out.append((sent if start == a else Span(tokens.starts[start], sent.end), start, b))
    return out


_QUOTED_WORDS = 5  # words a colon's quotation holds at least: a name or a term holds fewer


def _after_quotations(
    tokens: TokenColumns, keys: list[str], sentences: list[tuple[Span, int, int]]
) -> list[tuple[Span, int, int]]:
    """The sentences, with a new one where a quotation a colon opens closes with no full stop
    and the sentence runs on into a verb of saying with a colon of its own («... اعلام کرد: "
    یکی از شهروندان ... ببیند " به نوشت وبگاه شبک السومریه، الحمدانی تاکید کرد: ...», «...
    مدعی شده بود: «...»، حسن روحانی ... گفت:»): the text lost the full stop. Not a name or
    a term quoted after a colon («به گزارش روز نو :«اسدالله عباسی»، سخنگوی ... گفت:»)."""
    colons = lx.positions(keys, (":",))  # most texts hold few: each sentence looks them up
    if not colons:
        return sentences
    verbs = lx.reporting_verbs()
    out = []
    for sent, a, b in sentences:
        start = k = a
        for colon in colons[bisect_left(colons, a) : bisect_left(colons, b - 2)]:
            if colon < k:
                continue
            k = colon + 1
            close = CLOSING_QUOTE.get(keys[colon + 1])
            if close is None or close not in keys[colon + 2 : b]:
                continue
            end = keys.index(close, colon + 2, b)
            k = end + 1
            if end - colon - 2 < _QUOTED_WORDS or keys[end - 1] in FINAL:
                continue  # a name, or a full stop already ends it (``_after_closed_quotes``)
            after = end + 1 + (keys[end + 1 : end + 2] in (["،"], [","]))
            if _speaks_with_own_colon(keys, after, b, verbs):
                out.append((Span(tokens.starts[start], tokens.ends[end]), start, end + 1))
                start = after
        out.append((sent if start == a else Span(tokens.starts[start], sent.end), start, b))
    return out


def _speaks_with_own_colon(keys, s: int, b: int, verbs) -> bool:
    """Whether the next colon after ``s`` ends a verb of saying, in the same clause."""
    if ":" not in keys[s:b]:
        return False
    colon = keys.index(":", s, b)
    return _verb_ends_at(keys, s, colon, verbs)


def _verb_ends_at(keys, start: int, colon: int, verbs) -> bool:
    """Whether a verb of saying that opens at or after ``start`` ends right at ``colon``."""
    return any(
        (m := verbs.match(keys, t)) is not None and m[0] == colon for t in range(start, colon)
    )


# words a name follows inside a clause, not at the start of a sentence run into the last
_INSIDE_CLAUSE = frozenset("و ، , که از به با در برای را : ؛ - ( «".split())


def _after_run_in_names(
    tokens: TokenColumns, keys: list[str], sentences: list[tuple[Span, int, int]], reg: Registry
) -> list[tuple[Span, int, int]]:
    """The sentences, with a new one where a colon's direct quote runs, with no full stop,
    into a named person who goes on with a colon of their own («... از زمین‌لرزه خیزترین
    استان‌های کشور است مقدم ادامه داد: نقشه‌های لرزه‌خیزی ...»: the text lost the full stop).
    Only a verb that goes on with one's words (``GOING_ON``; not «گفت», which may tell
    another's words inside the quote)."""
    if not reg.mention_of:
        return sentences
    verbs = lx.reporting_verbs()
    named = sorted(reg.mention_of)
    colons = lx.positions(keys, (":",))  # most texts hold few: looked up, not searched for
    out = []
    for sent, a, b in sentences:
        start = a
        last = bisect_left(named, b - 2)
        first = bisect_left(named, a + 2, hi=last)
        # a colon before the sentence's last name (most sentences: no name, no colon)
        colon = -1
        if first < last and (c := bisect_left(colons, a)) < len(colons):
            colon = colons[c] if colons[c] < named[last - 1] else -1
        if (
            first < last
            and ":" in keys[named[first] : b]  # a name's own colon after it: few sentences
            and (said := _loose_said(keys, a, named[last - 1], verbs))
        ):
            # «وزیر نفت ... گفت، ایران ... نخواهد پیوست بیژن زنگنه در گفتگو با مهر ...، گفت:
            # ...», «... اعلام می‌کند، ... و جناب کوفی عنان هم در واکنش به این دیدار گفت:»
            for n in named[bisect_left(named, said + 2, lo=first, hi=last) : last]:
                t = reg.mention_of[n].ti
                before = keys[t - 1]
                if t <= start or (
                    before != "و" and (before in _INSIDE_CLAUSE or before in PREPOSITIONS)
                ):
                    continue  # «... درباره برنی سندرز می‌گوید:»: whom another speaks of
                if _speaks_with_colon(keys, reg.mention_of[n].j, b, named, verbs):
                    out.append((Span(tokens.starts[start], tokens.ends[t - 1]), start, t))
                    start = t
        if colon >= 0:
            for n in named[bisect_left(named, colon + 2, lo=first, hi=last) : last]:
                v = reg.mention_of[n].j
                m = verbs.match(keys, v) if v < b else None
                if (
                    m is None
                    or m[0] >= b
                    or keys[m[0]] != ":"
                    or m[1].lemma not in GOING_ON
                    or keys[(t := reg.mention_of[n].ti) - 1] in _INSIDE_CLAUSE
                    or t <= start
                ):
                    continue
                out.append((Span(tokens.starts[start], tokens.ends[t - 1]), start, t))
                start = t
        out.append((sent if start == a else Span(tokens.starts[start], sent.end), start, b))
    return out


_VERB_WORDS = 3  # words of a reporting verb at most: «اظهار داشته است»
_TO_OWN_COLON = 40  # words from a name to its own verb's colon at most


def _loose_said(keys, a: int, b: int, verbs) -> int | None:
    """The comma after the first verb of saying in ``a:b`` that opens what it says with no
    colon («... گفت، ایران ...»), or None; not one that ends a relative clause («او که این
    اظهارات را ... بیان کرد، در فیلمی ... می‌گوید:»)."""
    c = a
    while True:
        try:  # most sentences: no comma, or none after a verb of saying, looked for in C
            c = keys.index("،", c + 1, b)
        except ValueError:
            return None
        if "که" in keys[a:c]:
            return None
        for p in range(max(a, c - _VERB_WORDS), c):
            if (m := verbs.match(keys, p)) and m[0] == c and m[1].kind != "indirect":
                return c


def _speaks_with_colon(keys, j: int, b: int, named: list[int], verbs) -> bool:
    """Whether the name ending at ``j`` goes on, with no other name and no full stop, to a verb
    of saying and its colon: the subject of a statement of its own."""
    try:
        colon = keys.index(":", j, min(b, j + _TO_OWN_COLON))
    except ValueError:
        return False
    if bisect_left(named, j) != bisect_left(named, colon):
        return False  # another person named before the colon: theirs, if anyone's
    return _verb_ends_at(keys, max(j, colon - _VERB_WORDS), colon, verbs)


_SAID_AGAIN = {"این", "اینها", "همین"}  # «... این را گفت»: what was said, quoted before


def _quoted_before(tokens: TokenColumns, keys: list[str], a: int, verb_at: int) -> Span | None:
    """The quotation that opens the sentence when the verb's object names it again after a
    comma («"ما هرگز تسلیم نمی‌شویم"، ظریف روز گذشته این را گفت», «...»، این را ... گفت):
    what was said."""
    close = CLOSING_QUOTE.get(tokens.words[a])
    if close is None or verb_at - a < 5:
        return None
    end = next((k for k in range(a + 1, verb_at - 2) if tokens.words[k] == close), None)
    if end is None or keys[end + 1] not in COMMAS:
        return None
    again = any(keys[k] in _SAID_AGAIN and keys[k + 1] == "را" for k in range(end + 2, verb_at - 1))
    return Span(tokens.starts[a], tokens.ends[end]) if again else None


def _past_relative(keys, start: int, verb_at: int) -> int | None:
    """What was said, when it would open with «که»: a relative clause on the subject runs to
    its comma («ترامپ که در نشست خبری ... صحبت می‌کرد، رونمایی ... را ... توصیف کرد»), and the
    statement follows; with no comma the verb is the clause's own («رئیس اتحادیه ... که سخن
    می‌گفت، خاطرنشان کرد:», «... که ... را به خوبی می‌داند»): no quote. A subject named in
    guillemets ends before its closing mark («دونالد ترامپ» که ...، ... دانسته است»)."""
    while start < verb_at and keys[start] in CLOSING_MARKS:
        start += 1
    if start + 1 < verb_at and dwelling_adjective(keys[start]) and keys[start + 1] == "که":
        start += 1  # «یاسر الحبیب لندن‌نشین که خودش را ... می‌داند»: the subject's adjective
    if keys[start] != "که":
        return start
    comma = next((k for k in range(start + 1, verb_at) if keys[k] in COMMAS), None)
    return comma + 1 if comma is not None else None


def _next_paragraph(paragraphs: list[Span], starts: list[int], para: Span) -> Span | None:
    """The paragraph after ``para``: what was said when a colon ends the line of its verb."""
    k = bisect_right(starts, para.start)
    return paragraphs[k] if k < len(paragraphs) else None


# a source opening the words it tells: «به گفته X، ...», «به نوشته X، ...»
_SAID_BY = frozenset({("به", "گفته"), ("به", "نوشته"), ("به", "روایت")})


def _opens_run_in(
    tokens: TokenColumns, keys: list[str], a: int, k: int, b: int, reg: Registry
) -> bool:
    """Whether the word at ``k``, run into a closed quotation, opens a sentence of its own."""
    if keys[k] in PRONOUNS:
        return True
    if tuple(keys[k : k + 2]) in _SAID_BY:
        # «... هستند.»به گفته او این نشانه‌ها ...»: whose words follow, a person named there, or
        # a pronoun after a quotation someone named in its sentence said
        if k + 2 in reg.by_token:
            return True
        return (
            keys[k + 2 : k + 3] != []
            and keys[k + 2] in PRONOUNS
            and any(t in reg.by_token for t in range(a, k))
        )
    # «.»سردار سلامی ... گفت«...»»: a title before a name, even a family name alone
    title = lx.honorifics().match(keys, k)
    person = reg.by_token.get(k if title is None else title[0], reg.by_token.get(k))
    if person is not None:
        # «مرکل» of «آنگلا مرکل»; not a name cut short
        return title is not None or " " in reg.persons[person].name
    if organization_at(keys, k, b, tokens.words) is not None:
        return True
    # «.»سه روز پیش روابط عمومی ... اعلام کرد: «...»»: another quote opens after a colon; not
    # after «این» («.»این وکیل دادگستری افزود:», a post whose holder may be named cut short)
    return keys[k] != "این" and ":" in keys[k + 1 : min(b, k + 25)]


def _past_in_phrase(keys, a, verb_at, reg: Registry, ref: object) -> bool:
    """Whether the person ``ref`` opens the clause right past a phrase with «در» and its comma
    that reports nothing: «در دیداری که بین وزاری امور خارجه دو کشور انجام شد، وانگ ئی اعلام
    کرد روابط ...» is his, as if he opened it."""
    past = after_in_phrase(keys, a, verb_at)
    if past == a:
        past = past_time_opener(keys, a, verb_at)  # «اما بالاخره شب گذشته، X ... اعلام کرد، ...»
    return past > a and isinstance(ref, str) and reg.by_token.get(past) == ref


def _opens_after_that(keys, a, verb_at, reg: Registry, ref: object) -> bool:
    """Whether the person ``ref`` opens the clause after its last «که», though no colon
    follows the verb: «... دو روز پس از آن انجام شد که ترامپ اعلام کرد خواهان ... است», «...
    تا آنجا بود که آلن فریدمن نوشته بود اگر ...»; not as one the writer cites, whose words
    the writer's own run on after («همان‌طور که X گفته بود، ...»)."""
    past = after_that_person(keys, a, verb_at, reg)
    if past == a or not isinstance(ref, str) or reg.by_token.get(past) != ref:
        return False
    k = past - 1
    while k > a and keys[k] not in _THAT_OR_AS:
        k -= 1  # past a title of office («که رئیس‌جمهور ترامپ»)
    if keys[k] == _THAT_WORD:
        return keys[k - 1] not in _AS_WORDS
    return keys[k] in _THOUGH  # not the joined «همانطورکه», «درحالیکه»


# «همان‌طور که», «آن طور که», «همان گونه که»: as one said, the writer's words after
_AS_WORDS = frozenset({"همانطور", "همانگونه", "آنچنان", "چنان", "آنطور", "آنگونه", "همچنان"})
_AS_WORDS |= {"طور", "گونه", "همانطوری", "آنطوری"}
_THOUGH = frozenset({"هرچند", "اگرچه", "گرچه"})  # «... نبوده هرچند X ... گفته بود صبح ...»
# «که», its joined forms and «هرچند»: what ``after_that_person`` passes to reach the subject
_THAT_OR_AS = _THOUGH | {"که", "چنانکه", "آنچنانکه", "همانطورکه", "همانگونهکه"}
_THAT_OR_AS |= {"حالیکه", "درحالیکه"}


def _named_after_that(keys, a, verb_at, reg: Registry, last_ref: Ref) -> bool:
    """Whether a person other than ``last_ref`` opens a clause with «که» before the verb of
    words nobody was found to say: «... مسئله‌ای که امیرآبادی نماینده قم پرده از آن برداشت و
    به خبرنگاران گفت ...» may be theirs, so «او گفت» after it is not the one who spoke before."""
    if not isinstance(last_ref, str) or keys[a] in PRONOUNS:
        return False  # «وی در خصوص نامه‌ای که گیدنز ... نوشته ...»: the pronoun's own clause
    return any(
        reg.by_token.get(k + 1) not in (None, last_ref)
        for k in lx.occurrences(keys, "که", a, verb_at)
    )


def _pronoun_led(keys, a, verb_at) -> bool:
    """«وی همچنین تاکید کرد، ...»: a pronoun opens the clause of the verb."""
    return any(k in PRONOUNS for k in keys[a : min(a + 3, verb_at)])


# A paragraph of this many sentences is an article run into one line (ARMAN's news: ten
# sentences of several stories), not one a direct quote runs on in
_ONE_LINE = 8


def _run_into_one_line(sentences: list[tuple[Span, int, int]], para: Span) -> bool:
    """Whether ``para`` holds ``_ONE_LINE`` sentences or more: a later sentence that reports
    with «که» or an object there («استاندار یزد اعلام کرد که ...», «... خواستار ... شد») quotes
    its own statement, not more of the direct quote before it."""
    first = bisect_left(sentences, para.start, key=lambda s: s[0].start)
    return bisect_left(sentences, para.end, key=lambda s: s[0].start) - first >= _ONE_LINE


# Sentences the writer tells in a row after a cue, in its paragraph, that open a new item of
# news run together (ARMAN's: «... گفت که ... . [a heading, three sentences of another story]
# وی همچنین گفت،»): the speaker before is done with.
_NEW_ITEM = 3


def _holding(paragraphs: list[Span], starts: list[int], sent: Span) -> Span:
    """The paragraph ``sent`` starts in (``sent`` itself if none); ``starts``: theirs."""
    k = bisect_right(starts, sent.start) - 1
    return paragraphs[k] if k >= 0 and sent.start < paragraphs[k].end else sent


# «از ... خبر داد», «بر ... تاکید کرد»: what was said starts after the preposition, not with
# the adjuncts before it («طی بیانیه‌ای از گفت‌وگوی ... خبر داد»). «عمرو موسی ... به وجود برخی
# اختلافات بین حسنی مبارک، ... و بیل کلینتون، ... اعتراف کرد»: what was admitted, after «به»;
# the persons inside it are not who admitted it. «از ... پرده برداشت» as «از ... خبر داد».
_OBJECT_PREPOSITION = {
    "خبر دادن": "از",
    "پرده برداشتن": "از",
    "تاکید کردن": "بر",
    "اعتراف کردن": "به",
}


# «به نقل از منابع آگاه از ...», «در بخش دیگری از سخنان خود از ...»: a source or a part of a
# speech, not what was told of
_NOT_THE_OBJECT_AFTER = {"نقل", "دیگری"}


def _object_start(keys, start, verb_at, verb: lx.Verb) -> int:
    prep = _OBJECT_PREPOSITION.get(verb.lemma)
    ats = [k for k in range(start, verb_at) if keys[k] == prep] if prep else []
    # the first that is no source's, if another follows one («به نقل از منابع ... خبر داد که»
    # keeps its one)
    at = next((k for k in ats if keys[k - 1] not in _NOT_THE_OBJECT_AFTER), ats[0] if ats else None)
    return at + 1 if at is not None and at + 1 < verb_at else start


def _subject_in_object(keys, a, subject_end, verb_at, verb: lx.Verb) -> int | None:
    """Where the object opens when the person found further in the clause stands inside it:
    «منابع شیلیایی از توافق پنهانی میان آلان گارسیا رئیس جمهور این کشور با ... خبر دادند»
    reports the sources', not García's, as no «از» follows him; None when one does, or the
    verb takes no object of its own."""
    prep = _OBJECT_PREPOSITION.get(verb.lemma)
    if prep is None or prep in keys[subject_end:verb_at]:
        return None
    at = next(
        (
            k
            for k in range(subject_end - 1, a - 1, -1)
            if keys[k] == prep and keys[k - 1] not in _WHEN_FROM and keys[k + 1] not in _FROM_SIDE
        ),
        None,
    )
    return at + 1 if at is not None else None


# «پیش از این نیز «شی جینپینگ» ... خبر داده بود», «از سوی دیگر X ...»: no object opens there
_WHEN_FROM = {"پیش", "پس", "قبل", "بعد"}
_FROM_SIDE = {"سوی", "سویی", "طرف", "جمله"}


_JOINS = {"و", "،", ",", "؛"}  # where a clause after a statement opens


def _past_verb_and(keys, s: int, verb_at: int) -> int:
    """Past the last clause of ``s:verb_at`` a verb and «و» close («... به مشارکت خود در برجام
    خاتمه داد و آن را یک توافق فاجعه باری دانست که ...», «... به معرفی «یگان ۹۱۰» ... پرداخت و
    آن را ... خواند که ...»: the object opens after them). A rarer verb, also a noun
    («ساخت و ساز»), only before a pronoun or a demonstrative."""
    return max(
        (
            k + 1
            for k in range(s + 1, verb_at - 1)
            if keys[k] == "و"
            and (
                keys[k - 1] in FINITE_VERBS or (keys[k + 1] in _IT_OR_THEM and is_verb(keys[k - 1]))
            )
        ),
        default=s,
    )


_IT_OR_THEM = PRONOUNS | {"آن", "این", "آنها", "اینها"}


def _own_clause_after_comma(keys, past: int, verb_at: int, verb: lx.Verb) -> bool:
    """Whether the clause of the verb at ``verb_at`` follows the verb before and its comma,
    not «و», and does not open with its object's preposition: a clause of its own, its subject
    in it, whose words are not the speaker's before («شورای شهر ... از تصمیم جالبی برای قرنطینه
    پرده برداشت، ظاهرا مدیریت شهری ... دهک‌بندی شهروندان ... را پیشنهاد داده است»)."""
    if keys[past - 1] not in COMMAS:
        return False
    return keys[past] != _OBJECT_PREPOSITION.get(verb.lemma)


_SELF = frozenset(
    map(lx.key, ("خود", "خویش", "خویشتن", "خودش", "خودشان", "خودم", "خودمان", "خودت", "خودتان"))
)


def _past_own_subject(keys, said_at: int, verb_at: int) -> int:
    """Where what was said opens when its object is the reflexive after a comma or «و»: the
    words before are the clause's subject and what it did, no part of what it declared («هر
    دو با نگاه به نتایج انتخاباتی که ... داشت، خود را نماینده مشروع و منتخب مردم افغانستان
    اعلام کردند»). Past a comma or «و» no «خود» is a possessive («مخالفت خود را»). Not after
    «اینکه»: the clause is what another verb tells, its subject part of it («قالیباف با بیان
    اینکه مجلس یازدهم، خود را نماینده همه مردم ایران می‌داند»)."""
    at = max(
        (
            k
            for k in range(said_at + 1, verb_at - 1)
            if keys[k] in _SELF and keys[k + 1] == "را" and keys[k - 1] in _JOINS
        ),
        default=said_at,
    )
    if (
        at == said_at
        or _THAT_IT in keys[said_at:at]
        or _THIS_THAT in zip(keys[said_at:at], keys[said_at + 1 : at], strict=False)
    ):
        return said_at
    return at


_THAT_IT = lx.key("اینکه")
_THIS_THAT = ("این", "که")


def _named_back(keys, a, said_at, verb_at) -> bool:
    """Whether what was told, ``said_at:verb_at`` less its «را», is one word that names back
    to what was said: a pronoun («شورا در این نشست بر آن تأکید کرد», «کمیسیون تحقیق آن را
    تأیید کرد»), or any word of a relative clause, a «که» before it in the clause («مثل متهمی
    که پیش‌تر محسنی بندپی ... از نامش پرده برداشت»): the words are the noun's the clause is
    of, no statement."""
    told = [k for k in keys[said_at:verb_at] if k != "را"]
    return len(told) == 1 and (told[0] in _IT_OR_THEM or _THAT_WORD in keys[a:said_at])


def _cut_at_next_cue(cues: list[Cue], text: str) -> None:
    """A direct quote ends where the next attribution in its paragraph begins."""
    for c, d in zip(cues, cues[1:], strict=False):
        q = c.quote
        if q.kind == "direct" and q.span.start < d.quote.sentence.start < q.span.end:
            q.span = trim_span(text, q.span.start, d.quote.sentence.start) or q.span


_OPENING = {"«", "“"}
_SENTENCE_END = {".", "!", "?", "؟"}
_PAUSES = {".", "،", ",", "؛"}
_MARKS_RE = re.compile(f"[{''.join(sorted(_OPENING | CLOSING_MARKS))}]")


def _closed_at(text: str, span: Span) -> int | None:
    """Where a direct quote ends when its quotation closes before the paragraph does: at the
    mark closing the one it opens with («گفت: «ما ... بازنگری می‌کنیم.»با این حال، پمپئو
    نگفت ...»), or at a closing mark after a full stop that opened before the verb («... گفت
    هیچ نظری درباره افراد نمی‌دهد.» نکته جالب ...»), when a full stop or a pause marks the
    end. None when it closes at the span's end, when the quotation is a name the sentence goes
    on after, or when another quotation follows («... گفت: «...» و «...»»)."""
    opened = text[span.start] in _OPENING
    depth = 0
    for mark in _MARKS_RE.finditer(text, span.start, span.end):  # the marks alone, in C
        k = mark.start()
        if text[k] in _OPENING:
            depth += 1
        else:
            depth -= 1
            closes = depth == 0 if opened else depth < 0 and text[k - 1] in _SENTENCE_END
            if not closes:
                continue
            after = text[k + 1 : span.end].lstrip(" ")
            named = after[:1] in COMMAS and len(text[span.start : k].split()) <= 4
            if text[k - 1] not in _SENTENCE_END and (after[:1] not in _PAUSES or named):
                # «گفت: «تاکسی نارنجی» نیازمند ...», «افزود «ایاد فتایه خلیفه الراوی»، فرد
                # شماره 30 ...»: a name, the sentence goes on
                return None
            rest = after.lstrip(" ،,؛.و")
            return k + 1 if rest and rest[0] not in _OPENING else None
    return None


_BUT = frozenset({"اما", "ولی"})


def _named_past_quotation(
    tokens: TokenColumns, keys: list[str], text: str, cues: list[Cue], sent: Span, reg: Registry
) -> bool:
    """Whether the sentence's last direct quote closes on a full stop run into more text, with
    no space, that names a person in full other than its speaker («او تاکید می‌کند«...
    بوده است.»پیشنهادی برای ... آن‌قدر بالا گرفت که حشمت‌الله فلاحت‌پیشه ... را داد.»): the
    text lost a sentence's end there, so whom «او» next means is not surely the speaker."""
    if not cues or cues[-1].quote.sentence != sent or cues[-1].quote.kind != "direct":
        return False
    quote = cues[-1].quote
    end = _closed_at(text, quote.span)
    if end is None or end >= sent.end or text[end - 2] not in _SENTENCE_END or text[end] == " ":
        return False
    speaker = resolve(cues[-1].ref, reg)
    k, b = bisect_left(tokens.starts, end), bisect_left(tokens.starts, sent.end)
    return _another_opens(keys, k, b, reg, speaker)


def _another_opens(keys: list[str], k: int, b: int, reg: Registry, speaker: str | None) -> bool:
    """Whether a person named in full other than ``speaker`` opens the tokens ``k:b`` or a
    clause of them."""
    # who opens the text run in, or a clause of it after «که»; not one named in passing («...
    # پاسخ دهد.»مقام آمریکایی ... دولت ترامپ ... گفت:», the speaker going on by post)
    # or after «، اما» («...هستید.»با همه این اوصاف، اما صادق خلخالی ... نکرد»)
    opening = [k, *(t + 1 for t in range(k, b - 1) if keys[t] == "که")]
    opening += [t + 2 for t in range(k, b - 2) if keys[t] in COMMAS and keys[t + 1] in _BUT]
    return any(
        (p := reg.by_token.get(t)) is not None and p != speaker and " " in reg.persons[p].name
        for t in opening
    )


def _asked_first_person(keys: list[str], a: int, vi: int) -> bool:
    """The request before the verb at ``vi`` (clause from ``a``) is made of «ما» or «من»
    («از ما خواست»): a speaker tells what was asked of them, and the one asking said no
    words the clause quotes."""
    return any(keys[k] == "از" and keys[k + 1] in ("ما", "من") for k in range(a, vi - 1))
