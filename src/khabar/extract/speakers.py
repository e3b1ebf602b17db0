"""Who opens a reporting clause: the speaker at the start of a sentence (a person, a
pronoun for the current speaker, an anaphoric post, a post whose holder the article names,
an organization, someone the article does not know), past the sources and frames before it
(``subject_start``, ``clause_openers``), and who a clause that reports nothing goes on
with.
A speaker is a ``Ref`` (``speaker_refs``), resolved to a person's name through the article's
``Registry``."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from khabar.extract import lexicons as lx
from khabar.extract.asked import ASKS, answer_after_question
from khabar.extract.body_subjects import (
    REPORTERS,
    body_after_comma,
    body_after_semicolon,
    organization_subject,
    reporter_outlet,
)
from khabar.extract.clause_openers import (
    ACCORDING_TO,
    PIECE,
    THAT_OR_THOUGH_WORDS,
    after_in_phrase,
    after_note,
    after_photo_credit,
    after_source,
    after_that_body,
    finite_verb,
    part_of_paper,
)
from khabar.extract.clause_words import (
    ALSO,
    CLAUSE_ENDS,
    CLOSING_QUOTE,
    COMMAS,
    DASHES,
    FULL_STOPS,
    GROUPS,
    LEAD_INS,
    NOT_SUBJECT,
    PREPOSITIONS,
    PRONOUNS,
    QUOTE_MARKS,
    STOPS,
    VERB_PLURAL_ENDS,
    WHEN,
    plural_verb,
)
from khabar.extract.commitment_acts import action
from khabar.extract.court_parties import party_opens
from khabar.extract.credits import byline_credited
from khabar.extract.glued_anaphors import glued_anaphor
from khabar.extract.glued_bodies import glued_body
from khabar.extract.glued_pronouns import glued_pronoun, heading_end
from khabar.extract.namewords import KIN_WORDS, country, kin, kin_with_pronoun, verb
from khabar.extract.one_posts import one_going_on, one_of, one_post
from khabar.extract.people import PostMention
from khabar.extract.reactions import REACTION, reacting, said_by_one
from khabar.extract.registry import ERA, RELATIONAL, Registry, resolve_post
from khabar.extract.relative_subjects import named_before_relative, someone_after_comma
from khabar.extract.speaker_refs import Ref, Stranger, anaphor_ref, may_hold, named_subject
from khabar.extract.speaking_bodies import (
    OUTLET_ANAPHORS,
    PAPERS,
    OrgRef,
    is_outlet,
    issued_by,
    org_anaphor,
    organization_at,
)
from khabar.extract.subject_shapes import (
    described_paper,
    described_subject,
    named_as,
    posts_together,
    relayed_body,
    together,
)
from khabar.extract.subject_start import subject_start
from khabar.extract.that_subjects import (
    THAT_WORDS,
    person_after_and,
    person_after_that,
    quoted_person,
)
from khabar.extract.time_openers import BARE_TIME_FIRST, past_bare_time, past_time_opener

# kin (``namewords.KIN_WORDS``) and the family; not «برادر», a comrade's title too (``_BROTHER``)
_KIN = (KIN_WORDS - {"برادر"}) | {"خانواده"}

# A person after these is their possessor, not the subject: «سخنان پوتین ... که تعدادی از
# نمایندگان پیشنهاد دادند», «اظهارات البرهان ... در حالی مطرح می‌شود که ... فاش کرد», «استیضاح
# ترامپ ... ۴۸ سناتور او را گناهکار دانستند» (not «نام»: «مردی به نام X ... گفت» is X); the
# words are theirs only where what they hold is what the verb reports («از اظهارات X آمده است»).
# «دیدگاه ترامپ ... سخن می‌گوید», «... نه با اعتبار احمدی‌نژاد، این فعال سیاسی ... گفت»,
# «پس از اعلام فراخوان X ... مراجع ... حرام اعلام کردند»; whose case or reaction it is,
# «پرونده برانکو و بدهی خارجی‌ها ... سرپرست باشگاه پرسپولیس ... توضیح داد», «یک عضو مجلس
# کویت، واکنش حمید رضا آصفی ... را نامناسب خواند» («با واکنش X مواجه شد، او ...» is read
# before, ``reactions``).
_HELD = frozenset(
    lx.key(w)
    for w in (
        *("سخنان", "اظهارات", "نامه", "تصویر", "عکس", "گفته‌های", "حرف‌های", "صحبت‌های"),
        *("بیانیه", "استیضاح", "دیدگاه", "دیدگاه‌های", "اعتبار", "فراخوان", "درخواست"),
        *("پرونده", "واکنش", "تصمیم"),
    )
)
_HELD_SAYS = "آمده"
_THAT = "که"

# «همتای X», «همتای ازبکستانی X»: X's counterpart speaks, not X
_COUNTERPART = frozenset({lx.key("همتای"), lx.key("همتا")})


def _counterpart_of(keys: list[str], before: int) -> bool:
    """The word before a name is «همتای», or a nationality («ازبکستانی», a country's name and
    «ی») after it: the name is whose counterpart the subject is."""
    if keys[before] in _COUNTERPART:
        return True
    nationality = keys[before].endswith("ی") and country(keys[before][:-1])
    return nationality and before > 0 and keys[before - 1] in _COUNTERPART


# «با» + these open an adverbial clause whose people are not the subject: «با قدردانی از
# خدمات سردار X، ...», «با حضور سردار X ...»; punctuation or a finite verb closes it.
_WITH_CLAUSE = {"اشاره", "قدردانی", "تشکر", "بیان", "تاکید", "انتقاد", "ابلاغ", "ارسال", "صدور"}
_WITH_CLAUSE |= {"انتشار", "برشمردن", "اعلام", "یادآوری", "تبریک", "تسلیت", "حضور", "استناد"}


_ADDRESSED = "خطاب"  # «خطاب به X»: X is whom the words are addressed to


def _addressed_past_unknown(keys, s, verb_at, reg: Registry, post_at) -> bool:
    """Whether the clause's subject at ``s`` is no one known and a person named after «خطاب
    به» follows it: the one the words were addressed to, not the one who said them."""
    if s in reg.by_token or s in post_at or keys[s] in NOT_SUBJECT:
        return False  # «وی همچنین خطاب به ... گفت:» goes on with whom «وی» means
    return any(
        keys[k] == _ADDRESSED and keys[k + 1] == "به" and k + 2 in reg.by_token
        for k in range(s + 1, verb_at - 2)
    )


def speaker(
    keys,
    a,
    verb_at,
    reg: Registry,
    post_at,
    last_ref: Ref,
    seen,
    words=None,
    going_on: Ref = None,
    opens: Callable[[int], int] | None = None,
) -> tuple[Ref, int, bool, bool]:
    """(reference, token where the subject ends, whether the person is new here, whether
    the subject was found further in the clause than where it opens). ``going_on``: whom a
    clause with no subject goes on with (``opener``); ``opens``: ``subject_start`` of the
    clause from ``a`` to a verb, as the caller asks it (its answers kept for the sentence).
    A reading that needs a word (a reaction, a question, «که», «و», «اما», «نقل», «نام», the two
    sides) is asked only where the clause holds it (``held``, its words read once), one that
    reads the clause's first word only where that word is one it opens with: most clauses
    need few of the readings."""
    going_on = None if isinstance(going_on, OrgRef) else going_on
    held = set(keys[a:verb_at])  # the clause's words; its subject opens at ``a`` or further in
    if _PHOTO in held and (credit := after_photo_credit(keys, a, verb_at)) > a:
        return _after_caption(keys, a, credit, verb_at, reg, post_at, seen)
    if keys[verb_at] == _WE_READ and (read := _read_in_outlet(keys, a, verb_at, words)):
        return (*read, False, False)  # «... که در هفته‌نامه جهان اسلام می‌خوانیم:»
    # «با واکنش X مواجه شد، او ...», «... از X ... پرسید، او ... گفت»: X, named in the sentence
    if told := (REACTION in held and reacting(keys, a, verb_at, reg)) or (
        not ASKS.isdisjoint(held)
        and answer_after_question(keys, a, verb_at, reg.by_token, reg.by_surname)
    ):
        return told[0], told[1], told[0] not in seen, False
    s = opens(verb_at) if opens is not None else subject_start(keys, a, verb_at, reg, post_at)
    if keys[s] in CLOSING_QUOTE:
        s = quoted_person(keys, s, reg) or s  # «همچنین "تیسیر خالد" عضو ... گفت،»
    if _ADDRESSED in held and _addressed_past_unknown(keys, s, verb_at, reg, post_at):
        return None, s, False, False  # «چانگ خطاب به جهانپور، توئیت کرد:»: not the one addressed
    if (
        (keys[s] in BARE_TIME_FIRST or keys[s].isdigit())
        and (timed := past_bare_time(keys, s, verb_at)) > s
        and timed in reg.by_token
    ):
        s = timed  # «دی‌ماه سال جاری سید محمد صدر ... گفته بود «...»»: the name opens it
    if not _SIDES.isdisjoint(held) and (sides := _both_sides(keys, a, s, verb_at)) is not None:
        return None, sides, False, False  # «دو طرف بر ... تاکید کردند»: no one of the two
    if s < verb_at - 2 and keys[verb_at - 1] == _THAT and verb_at - 2 in reg.by_token:
        # «... مدارای مرحوم مطهری که می‌گفت:»: the person the relative clause is of speaks
        pkey = reg.by_token[verb_at - 2]
        return pkey, verb_at - 1, pkey not in seen, False
    if (
        s < verb_at - 2
        and keys[verb_at - 1] == _THAT
        and _noun_described(keys, s, verb_at, post_at)
    ):
        # «... در پاسخ به خبرنگاری که پرسید:», «... تلاش نمایندگان ... در پارلمان که می‌گویند»:
        # a noun the relative clause is of speaks, not the clause's subject; nobody named
        return None, s, False, False
    if (someone := someone_after_comma(keys, s, verb_at)) is not None:
        return None, someone, False, False  # «...، فردی که خود را نامزد ... معرفی می‌کند، می‌گوید:»
    if _THAT in held and (many := _many_after_that(keys, s, verb_at)) is not None:
        # «دورتی شیا ... رئیس جمهور آمریکاست که با انتصاب وی ناظران پیش‌بینی کردند ...»: the
        # observers, unnamed, not the person the sentence opened with
        return None, many, False, False
    if _AND in held and (many := _many_after_and(keys, s, verb_at)) is not None:
        # «ارتش آمریکا تجهیزات ... فرستاد و منابع محلی می‌گویند که ...»: the sources, unnamed,
        # not the body the sentence opened with
        return None, many, False, False
    if (named := named_before_relative(keys, s, verb_at, reg)) is not None:
        # «... به سوریه آمده بود، شهید صدرزاده که این را شنید گفت:»: the clause after the
        # comma names its subject, the person its relative clause is of
        pkey = reg.by_token[named]
        return pkey, _after_subject(named, reg, post_at), pkey not in seen, True
    if s >= verb_at:  # «خاطرنشان کرد: ...» opens the sentence: the speaker goes on
        if isinstance(going_on, str) and _others_say(keys, a, verb_at):
            return None, s, False, False  # «گفتم چه کار کرده‌ام؟ فرمودند: ...»
        return going_on, s, False, going_on is not None
    if keys[verb_at] == _HELD_SAYS:  # «... آمده است»: a paper's words
        if body_paper := paper_of_body(keys, s, verb_at, reg, words):
            return (*body_paper, False, False)  # «...، در بیانیه وزارت خارجه آمریکا آمده است:»
        if _paper_after_comma(keys, s, verb_at, reg):
            return None, s, False, False  # «در حالی که X ادعا می‌کند ...، در خبرها آمده است که»
    if (
        not THAT_OR_THOUGH_WORDS.isdisjoint(held)
        and (that := after_that_body(keys, s, verb_at, lambda k: _person_after_that(keys, k, reg)))
        > s
    ):
        # «... در پی این مطرح می‌شود که ترامپ ... مدعی شد:»: the person after the last «که»
        # speaks, as one found further in: only what a colon or «که» marks is theirs
        that = titled_at(keys, that, reg) or that  # «... که رئیس‌جمهور ترامپ اعلام کرد»
        pkey = reg.by_token[that]
        return pkey, _after_subject(that, reg, post_at), pkey not in seen, True
    if (
        quoted := (
            person_after_that(keys, s, verb_at, reg, post_at)
            if not THAT_WORDS.isdisjoint(held)
            else None
        )
        or (person_after_and(keys, s, verb_at, reg, post_at) if _AND in held else None)
    ) is not None:
        # «... آشکار است که «سیدامیر سیاح» ... می‌نویسد:», «... توصیه کرد و جواد ظریف، وزیر ...
        # هم گفت:»
        pkey = reg.by_token[quoted]
        return pkey, _after_subject(quoted, reg, post_at), False, False
    if not _BUT.isdisjoint(held) and (turn := _after_but(keys, s, verb_at, reg)) is not None:
        # «نخست‌وزیر اسرائیل ... نشان داد، ولی عرفات با رد آن، ... تأکید کرد»: the clause after
        # the contrast is the verb's, its subject the person who opens it
        pkey = reg.by_token[turn]
        return pkey, _after_subject(turn, reg, post_at), pkey not in seen, True
    if keys[s] in REPORTERS and (reporter := reporter_outlet(keys, s, verb_at, reg, words)):
        return (*reporter, False, False)  # «خبرنگار المیادین ... گزارش داد»
    if _RELAYED in held and (relayed := _relayed_by_outlet(keys, s, verb_at, reg, post_at, words)):
        ref, end = relayed  # «این خبرگزاری به نقل از رهبر معظم انقلاب ... گزارش داد،»
        return ref, end, isinstance(ref, str) and ref not in seen, False
    if _NAME in held and (named := named_as(keys, s, verb_at, reg)) is not None:
        pkey = reg.by_token[named]  # «یکی از وکلای آسانژ به نام مارک سامرز از قاضی خواست»
        return pkey, _after_subject(named, reg, post_at), pkey not in seen, False
    if (
        isinstance(going_on, str)
        and keys[verb_at] in _ADDS
        and s not in post_at
        and (craft := _craft_goes_on(keys, s, verb_at, reg))
    ):
        return going_on, craft, False, True  # «متخصص گوش و حلق و بینی اضافه کرد:»
    if keys[verb_at - 1] in COMMAS and (
        org := body_after_comma(keys, s, verb_at, reg, post_at, words)
    ):
        return (*org, False, False)  # «...، پایگاه اطلاع‌رسانی وزارت کشور، اعلام کرد:»
    opening = _subject_opening(keys, s, verb_at, reg, post_at, last_ref, seen, going_on, words)
    if opening:
        return opening
    if (
        _word_ends_in(held, _GLUED_HE)
        and (glued := glued_pronoun(keys, s, verb_at, reg, post_at)) is not None
    ):
        person = None if isinstance(last_ref, OrgRef) else last_ref
        return person or going_on, glued + 1, False, True
    if relayed := relayed_body(keys, s, verb_at, reg, post_at, words):
        return (*relayed, False, False)
    if (org := organization_subject(keys, s, verb_at, reg, post_at, words)) and not _cited_before(
        keys, s, org[1], verb_at
    ):
        return (*org, False, False)
    if org := _outlet_apposed(keys, s, verb_at, words):
        return (*org, False, False)  # «یومیوری بزرگترین روزنامه ژاپن، چندی پیش نوشت:»
    if org := glued_body(keys, s, verb_at, reg, post_at, words):
        return (*org, False, False)  # «... به ۱۲۷ نفر رسیداداره بهداشت و درمان فرانسه ... خبر داد»
    # «گفتنی است سازمان بهداشت جهانی ... اعلام کرد که», «در جدیدترین تحولات ...، شرکت ملی نفت
    # لیبی اعلام کرد»: a body past a writer's note or a phrase with «در»
    # «صبح روز ۲۱ دی ماه، ستادکل نیروهای مسلح ...، با صدور اطلاعیه‌ای، ... دانست و اطمینان
    # داد»: a body past words of time and their comma, whatever commas its clause holds
    for past in (
        after_note(keys, s, verb_at),
        after_in_phrase(keys, s, verb_at),
        _past_date(keys, s, verb_at),
    ):
        if past > s and (org := organization_subject(keys, past, verb_at, reg, post_at, words)):
            return (*org, False, False)
    if org := _body_after_heading(keys, s, verb_at, reg, post_at, words):
        return (*org, False, False)  # «... میراث اوباما خواهد بود رادیو صدای آمریکا گفت:»
    # (a body with its own comma before the verb was sought above, before the openings)
    if keys[verb_at - 1] not in COMMAS and (
        org := body_after_comma(keys, s, verb_at, reg, post_at, words)
    ):
        return (*org, False, False)  # «... دو تیم شهرستانی بود، سایت نود نوشت:»
    if org := body_after_semicolon(keys, s, verb_at, reg, post_at, words):
        return (*org, False, False)  # «...؛ دانشگاه تهران در جدیدترین اطلاعیه خود تاکید کرده»
    if paper := described_paper(keys, s, verb_at, reg, words):
        if isinstance(paper[0], OrgRef):
            return paper[0], paper[1], False, False
        return paper[0], paper[1], paper[0] is not None and paper[0] not in seen, True
    if party_opens(reg, keys, s):
        # «متهم در این بخش بدون پاسخگویی به سوالات قاضی گفت:»: the accused, unnamed, not
        # the judge named in an adjunct
        return None, s + 1, False, False
    if further := _person_further_in(keys, s, verb_at, reg, post_at):
        pkey, end = further
        if _many_unnamed_first(keys, s, verb_at) is not None:
            # «منتقدان این تصمیم دونالد ترامپ گفتند»: the critics, unnamed, not the one named
            return None, _many_unnamed_end(keys, s, verb_at), False, False
        if _people_in_plural(keys, s, verb_at):
            # «منوجانی‌ها با این حضور پرشور ضمن تجدید میثاق با آرمان‌های حضرت امام خمینی (ره)
            # ... حمایت خود ... را اعلام کردند»: the people of the place, not the one named
            return None, s + 1, False, False
        if _kin_of_someone(keys, end, verb_at):
            return None, s, False, False  # «... مرگ الهام ...، خانواده وی ... درخواست کردند»
        if (post := _post_past_words(keys, s, verb_at, post_at, reg, pkey)) is not None:
            return post, post.j, False, True
        # a subheading's verb right before the name, its line break lost: the name opens the
        # clause («... کرونا باشد مزارعی پنجشنبه در مطلبی نوشت ...»); not a verb in the plural
        # («وقتی متوجه شدند استاد راهنمای ... کیست ...، از علی خواستند»: they, unnamed)
        heading = _after_heading_verb(keys, s, end, reg, pkey) and not plural_verb(keys, verb_at)
        return pkey, end, pkey not in seen, not heading
    if post := _post_before_verb(keys, s, verb_at, post_at, reg):
        return post, post.j, False, True  # «... قرار داریم جانشین فرمانده‌کل سپاه گفت:»
    if _document_says(keys, s, verb_at):
        return None, s, False, False  # «در تعریف پروانه FCP ...، آمده است:»: a paper's text
    if going_on is not None and _subject_left_out(keys, s, verb_at, post_at):
        return going_on, s, False, True  # «با اشاره به ...، گفت:»: the speaker goes on
    if isinstance(going_on, str) and _speaking_goes_on(keys, s, verb_at):
        return going_on, verb_at - 1, False, True  # «دختر امام که ... سخن می‌گفت، افزود:»
    if (
        _word_ends_in(held, _GLUED_THIS)
        and (glued := glued_anaphor(keys, s, verb_at, reg, post_at)) is not None
    ):
        person = None if isinstance(last_ref, OrgRef) else last_ref  # «... استاین کارشناس گفت»
        return person or going_on, glued + 1, False, True
    return None, _many_unnamed_end(keys, s, verb_at), False, False


_PHOTO = "عکس"  # a photo's caption and credit run into the clause (``after_photo_credit``)
_SIDES = frozenset({"طرفین", "طرف"})  # the words of ``_BOTH_SIDES``
_AND = "و"  # a clause after a finite verb and «و» (``person_after_and``)
_RELAYED = "نقل"  # «به نقل از» (``_relayed_by_outlet``)
_NAME = "نام"  # «به نام» (``named_as``)

# a heading's last word run into «وی» or «او» (``glued_pronoun``), or into «این» and an anaphor
# (``glued_anaphor``): a word of the clause ends in them
_GLUED_HE = ("وی", "او")
_GLUED_THIS = ("این",)


def _word_ends_in(held: set[str], ends: tuple[str, ...]) -> bool:
    """Whether a word of ``held`` ends in one of ``ends``: the words joined once, each end
    sought in C with the space after it."""
    joined = " ".join(held) + " "
    return any(end + " " in joined for end in ends)


_BODY_REACH = 6  # words of a body's name that may end right before «که»
_IN_PHRASE = frozenset(PREPOSITIONS | {"در"})  # what a body in a phrase of a preposition follows


# the two sides of a meeting or a call, as the subject: «دو طرف», «طرفین», «هر دو طرف»
_BOTH_SIDES = frozenset({("طرفین",), ("دو", "طرف"), ("هر", "دو", "طرف")})
_THIS = ("این", "همین")


def _both_sides(keys, a, s, verb_at) -> int | None:
    """The token past «دو طرف» or «طرفین» opening the clause at ``s``, past «در این دیدار» or
    the like before it: both of those who met speak, not the one who spoke last; or opening it
    at ``a`` before an adjunct and its comma the subject was sought past, the verb in the
    plural, no «که», «را» or colon between («در این دیدار طرفین ضمن تاکید بر روابط ... دو
    کشور، بر گسترش ... تاکید کردند»); else None."""
    for start in (s, a) if a < s else (s,):
        k = start + 3 if keys[start] == "در" and keys[start + 1] in _THIS else start
        if (end := _sides_end(keys, k, verb_at)) is None:
            continue
        if start == s:
            return end
        if plural_verb(keys, verb_at) and not _past_them(keys, end, verb_at):
            return s
    return _sides_after_and(keys, s, verb_at)


def _sides_end(keys, k, verb_at) -> int | None:
    """The token past «دو طرف», «طرفین» or «هر دو طرف» at ``k``, before ``verb_at``; else
    None."""
    return next(
        (k + n for n in (1, 2, 3) if k + n < verb_at and tuple(keys[k : k + n]) in _BOTH_SIDES),
        None,
    )


def _past_them(keys, end, verb_at) -> bool:
    """Whether «که», «را» or a colon stands between ``end`` and the verb: the sides are not
    its subject."""
    return any(keys[t] in _NOT_THEIRS for t in range(end, verb_at))


def _sides_after_and(keys, s, verb_at) -> int | None:
    """The token past «دو طرف» or «طرفین» opening a clause after «و» before a verb in the
    plural, no «که», «را» or colon past them: «رهبر فهرست العراقیه با رئیس‌جمهور سوریه ...
    دیدار و دو طرف بر ضرورت ... تاکید کردند» is both of them, not the one who opened the
    sentence; else None."""
    if not plural_verb(keys, verb_at):
        return None
    for t in range(verb_at - 2, s + 1, -1):
        if keys[t - 1] != _AND:
            continue
        if (end := _sides_end(keys, t, verb_at)) is not None:
            return None if _past_them(keys, end, verb_at) else end
    return None


def _noun_described(keys, s, verb_at, post_at) -> bool:
    """Whether the verb of saying opens a relative clause, «که» right before it, on a noun
    of no one named: a word of letters before «که» that no person, post, body (but one in a
    phrase of a preposition), country or pronoun ends, and no verb (not «... اعلام کرد که
    گفت», «امام ... را از نظر دور بدارند که فرمود», whose «که» opens what a clause says)."""
    k = verb_at - 2
    key = keys[k]
    if not key.isalpha() or key in PRONOUNS or verb(key) or finite_verb(key) or country(key):
        return False
    if _says_later(keys, verb_at):
        return False  # «... به دانشجویی که عنوان کرد ...، گفت:»: the subject's own words follow
    if any(p.j == k + 1 for p in post_at.values()):
        return False  # «... سخنگوی وزارت خارجه که گفت»
    return not any(
        (body := organization_at(keys, t, k + 1)) is not None
        and body[1] == k + 1
        and keys[t - 1] not in _IN_PHRASE  # «نمایندگان ... در پارلمان که می‌گویند»: theirs
        for t in range(max(s + 1, k + 1 - _BODY_REACH), k + 1)
    )


def _says_later(keys, verb_at) -> bool:
    """Whether another verb of saying and its colon follow the one at ``verb_at`` in its
    sentence: the clause's own, whose words the quote runs on to."""
    verbs = lx.reporting_verbs()
    for k in range(verb_at + 1, len(keys)):
        if keys[k] in FULL_STOPS:
            return False
        if keys[k] in verbs.root and (m := verbs.match(keys, k)) and keys[m[0] : m[0] + 1] == [":"]:
            return True
    return False


# A relative clause ending in these says its noun was giving the talk the article reports.
_SPEAKING = {("سخن", "میگفت"), ("سخنرانی", "میکرد"), ("صحبت", "میکرد")}
_ADDS = {"افزود", "اضافه", "ادامه"}  # keys of a verb that goes on with a speech begun before


def _speaking_goes_on(keys, s, verb_at) -> bool:
    """Whether the clause is someone described as the one giving a talk, going on with it:
    «دختر امام که در ... مراسم ... سخن می‌گفت، افزود:» is the speaker named before, who had
    begun it, named now by a description («افزود», not a new «گفت»)."""
    return (
        keys[verb_at] in _ADDS
        and keys[verb_at - 1] in COMMAS
        and tuple(keys[verb_at - 3 : verb_at - 1]) in _SPEAKING
        and "که" in keys[s + 1 : verb_at - 3]
        and not any(k in STOPS for k in keys[s : verb_at - 1])
    )


# «نیز», «هم»: another; «این», «آن»: an anaphor's («این استاد ...») or another's
_NOT_CRAFTED = {*STOPS, "نیز", "هم", "این", "آن"}


def _craft_goes_on(keys, s, verb_at, reg: Registry) -> int:
    """Where the clause of a craft alone ends when it opens the clause (``craft_words``) of a
    verb that goes on with a speech («متخصص گوش و حلق و بینی اضافه کرد:»), no person named
    in it, no «این» and no «نیز» or «هم» bringing in another: the speaker going on, named by
    craft; else 0. A craft read as a post («استاد علوم قرآنی», «تحلیل‌گر بحرینی») is left to
    the posts' rules, which give it to its holder as a post too."""
    if keys[s] not in lx.craft_words() or keys[verb_at] not in _ADDS:
        return 0
    if any(k in _NOT_CRAFTED for k in keys[s + 1 : verb_at]):
        return 0
    return 0 if any(k in reg.by_token for k in range(s, verb_at)) else verb_at


_WE_READ = "میخوانیم"  # «در روزنامه X می‌خوانیم:»: the outlet's words, as the writer reads them


def _read_in_outlet(keys, a, verb_at, words) -> tuple[OrgRef, int] | None:
    """The outlet named right before «می‌خوانیم» after «در» or a word of its piece («... عنوان
    مقاله‌ای است که در هفته‌نامه جهان اسلام می‌خوانیم:», «در متن منتشر شده رویترز
    می‌خوانیم:»): (the outlet, where its name ends), or None."""
    for k in range(verb_at - 1, max(a, verb_at - 8) - 1, -1):
        if keys[k] in STOPS or keys[k] == "،":
            return None
        org = organization_at(keys, k, verb_at, words)
        if org and org[1] == verb_at and is_outlet(org[0]):
            return OrgRef(org[0]), org[1]
    return None


_WROTE = frozenset(lx.key(w) for w in ("نوشت", "نوشته", "می‌نویسد", "گزارش"))
_LEADS = (("از", "جمله"),)  # «از جمله X نوشت»: one of several
_OUTLET_HEADS = OUTLET_ANAPHORS - {"گزارش"}


def _outlet_apposed(keys, s, verb_at, words) -> tuple[OrgRef, int] | None:
    """A name no list knows, in apposition to an outlet's head and a comma, that writes or
    reports: «یومیوری بزرگترین روزنامه ژاپن، چندی پیش نوشت:» is the paper «یومیوری», not
    «روزنامه ژاپن». (The outlet, where its name ends), or None."""
    if keys[verb_at] not in _WROTE:
        return None
    for lead in _LEADS:
        if tuple(keys[s : s + len(lead)]) == lead:
            s += len(lead)
    k = s + 1
    if k < verb_at and keys[k].endswith("ترین"):
        k += 1  # «بزرگترین», «معتبرترین»
    if k >= verb_at or keys[k] not in _OUTLET_HEADS or not keys[s][:1].isalpha():
        return None
    if keys[s] in lx.common_words() or keys[s] in NOT_SUBJECT or keys[s] in lx.first_names():
        return None
    comma = next((c for c in range(k + 1, min(k + 6, verb_at)) if keys[c] in COMMAS), None)
    if comma is None or comma + 4 < verb_at:
        return None
    return OrgRef((words or keys)[s]), s + 1


_HONOURED = "ایشان"  # «he», in the plural of respect


def _others_say(keys, a, verb_at) -> bool:
    """Whether a reporting verb with no subject is in the plural («فرمودند:», «گفتند که») and
    the sentence before does not speak of one person in the plural of respect («از ایشان
    سوال شده بود ... جواب دادند:»): others say it, or one a memoir names by no name, not the
    person who spoke last in the singular."""
    plural = False
    for k in range(verb_at, min(verb_at + 3, len(keys))):
        if keys[k] in (":", "،", ",", "که"):
            break
        plural = plural or keys[k].endswith(VERB_PLURAL_ENDS) or keys[k] == "اند"
    if not plural:
        return False
    k = a - 1
    while k > 0 and keys[k - 1] not in STOPS:
        k -= 1
    return _HONOURED not in keys[max(0, k) : a]


_BRACKETED = 6  # tokens of a date in brackets after the first: «(۳۱ مارس)،»
_YEAR = 4  # digits


def _past_date(keys, s, verb_at) -> int:
    """Past words of time that open the clause at ``s`` and their comma
    (``past_time_opener``), and a date in brackets after them with its own comma («روز
    سه‌شنبه ۱۲ فروردین، (۳۱ مارس)، ...»); ``s`` where none opens it, or where the date holds
    a year: a day in history, whose bodies are not the ones that bear their names now («11
    بهمن 1331، دولت دکترمصدق ... اعلام داشت» is no government of today)."""
    past = past_time_opener(keys, s, verb_at)
    if any(len(key) == _YEAR and key.isdigit() for key in keys[s:past]):
        return s
    if past == s or keys[past : past + 1] != ["("]:
        return past
    close = next((k for k in range(past + 1, min(past + _BRACKETED, verb_at)) if keys[k] == ")"), 0)
    return close + 2 if close and keys[close + 1 : close + 2] in (["،"], [","]) else past


def _body_after_heading(keys, s, verb_at, reg: Registry, post_at, words):
    """A body that speaks, named right after a verb that ends a heading run into the lead
    and up to the reporting verb («صدای آمریکا: توافق ... تنها میراث سیاست خارجی اوباما خواهد
    بود رادیو صدای آمریکا گفت:»): (it, end token), or None. Not past a comma, where the
    clause after it holds its own subject."""
    for k in range(verb_at - 2, s, -1):
        if keys[k] in COMMAS:
            return None
        if heading_end(keys[k - 1]) and (
            org := organization_subject(keys, k, verb_at, reg, post_at, words)
        ):
            return org if org[1] == verb_at else None
    return None


def _after_caption(
    keys, a, s, verb_at, reg: Registry, post_at, seen
) -> tuple[Ref, int, bool, bool]:
    """The speaker of the clause ``a:verb_at`` a photo's caption and credit ran into, past
    them at ``s`` («... در خیابان‌های مسکو/ عکس: Handout via REUTERSروسیه تا کنون از ... خبر
    داده است»): a person or post the article knows opening it («/ عکس: خبرگزاری فرانسه"رزا
    کاوالی" مدیر یک داروخانه ... گفت»); no one else, as the credit runs into the words after
    it (nor is what follows it read as a body named: the subject's end is then ``a``)."""
    while s < verb_at and keys[s] in QUOTE_MARKS:
        s += 1
    ref, end = named_subject(keys, s, verb_at, reg, post_at)
    if ref is None:
        return None, a, False, False
    return ref, end, isinstance(ref, str) and ref not in seen, False


_ALSO = {"همچنین", "نیز"}


def piece_goes_on(keys, a, verb_at, reg: Registry, post_at) -> int | None:
    """The token past «این مطلب» when the clause ``a:verb_at`` is «در ادامه این مطلب آمده
    است:» and nothing else («به گزارش روز نو، در ادامه‌ی این مطلب آمده است:»): the piece
    someone wrote before goes on; else None, and None when what follows opens with a person
    who speaks in it («در ادامه این مطلب آمده است: درمر گفت ...»: the words are theirs), not
    one the piece tells of («...: جوزپ بورل، مسئول سیاست خارجی اتحادیه اروپا، ... تلاش جدیدی
    را اغاز کرده است.»)."""
    s = subject_start(keys, a, verb_at, reg, post_at)
    this = part_of_paper(keys, s)
    if this is None or keys[this + 1] != PIECE or this + 2 != verb_at:
        return None
    colon = next((k for k in range(verb_at, min(verb_at + 4, len(keys))) if keys[k] == ":"), None)
    if colon is None or colon + 1 not in reg.by_token:
        return this + 2
    end = next((k for k in range(colon + 1, len(keys)) if keys[k] in STOPS), len(keys))
    speaks = any(lx.reporting_verbs().match(keys, k) for k in range(colon + 2, end))
    return None if speaks else this + 2


def _relayed_by_outlet(
    keys, s, verb_at, reg: Registry, post_at, words=None
) -> tuple[Ref, int] | None:
    """The person or post an outlet, named by «این ...» or by its name, relays right before
    the verb: «این خبرگزاری همچنین به نقل از رهبر معظم انقلاب اسلامی ایران گزارش داد،» is
    the leader's, «شبکه خبری «العربیه» به نقل از الجبیر گزارش داد، «...»» al-Jubeir's, not
    the outlet's, and «روزنامه واشنگتن‌پست، روز دوشنبه به نقل از وزارت دادگستری آمریکا نوشت:»
    the ministry's, past a comma too («خبرگزاری رسمی آلمان، روز دوشنبه به نقل از مجله اقتصادی
    ایمپولسه، گزارش داد:»); None for anything else («به نقل از یک منبع آگاه» stays the
    outlet's)."""
    if keys[s : s + 1] == ["این"] and s + 1 < verb_at and keys[s + 1] in OUTLET_ANAPHORS:
        k = s + 2
    elif (outlet := organization_at(keys, s, verb_at, words)) and is_outlet(outlet[0]):
        k = outlet[1]
    else:
        return None
    k += k < len(keys) and keys[k] in _ALSO
    while k < verb_at and keys[k] in WHEN:  # «روزنامه واشنگتن‌پست، روز دوشنبه به نقل از ...»
        k += 1
    if keys[k : k + 1] == ["ضمن"]:  # «رویترز ضمن اعلام این مطلب به نقل از X افزود:»
        k = next((t for t in range(k + 1, min(k + _WHILE_SAYING, verb_at)) if keys[t] == "به"), k)
    if keys[k : k + 3] != ["به", "نقل", "از"]:
        return None
    ref, end = named_subject(keys, k + 3, verb_at, reg, post_at)
    if ref is None and (body := organization_at(keys, k + 3, verb_at, words)):
        ref, end = OrgRef(body[0]), body[1]  # «... به نقل از وزارت دادگستری آمریکا نوشت:»
    if ref is None or (isinstance(ref, PostMention) and ref.anaphor):
        return None
    if isinstance(ref, str):
        end = _after_subject(k + 3, reg, post_at)  # «به نقل از مهدی کروبی رئیس مجلس ...»
        end += end < verb_at and country(keys[end])  # «... شورای اسلامی ایران»
    if end + 1 == verb_at and keys[end] in COMMAS:
        end = verb_at  # «... به نقل از مجله اقتصادی ایمپولسه، گزارش داد:»: past its comma
    elif _talk_with(keys, end, verb_at):
        end = verb_at  # «... به نقل از مهدی کروبی ... در گفتگو با خبرنگاران نوشت:»
    return (ref, end) if end == verb_at else None


# «در گفتگو با خبرنگاران», «در مصاحبه با رادیو ...»: where the one relayed spoke, no subject
_TALKS = frozenset(lx.key(w) for w in ("گفتگو", "گفت‌وگو", "مصاحبه", "گفتگویی", "مصاحبه‌ای"))
_TALK_SPAN = 8  # tokens of «در گفتگو با خبرنگاران ...» up to the verb


def _talk_with(keys, k, verb_at) -> bool:
    """Whether «در گفتگو با ...» runs from ``k`` to the verb, with no punctuation."""
    if keys[k : k + 1] != ["در"] or verb_at - k > _TALK_SPAN:
        return False
    k += 1
    if keys[k : k + 3] == ["گفت", "و", "گو"]:
        k += 2
    elif keys[k : k + 1] and keys[k] not in _TALKS:
        return False
    return keys[k + 1 : k + 2] == ["با"] and not any(
        keys[t] in ("،", ",", ":", "«", "»", ".") for t in range(k + 2, verb_at)
    )


_WHILE_SAYING = 5  # tokens of «ضمن اعلام این مطلب» and its kin, up to «به نقل از»


# a head of state or government as a title right before the name: «رئیس‌جمهور ترامپ»
_TITLE_POSTS = frozenset(map(lx.key, ("رئیس‌جمهور", "رئیس‌جمهوری", "نخست‌وزیر", "صدراعظم")))
_TITLE_SPLIT = (lx.key("رئیس"), lx.key("جمهور"))  # «رئیس جمهور ترامپ», the head in two words


def titled_at(keys, k: int, reg: Registry) -> int | None:
    """The token of the person named right after a title of office at ``k`` («رئیس‌جمهور
    ترامپ»), or None."""
    t = k + 1 if keys[k] in _TITLE_POSTS else None
    if t is None and tuple(keys[k : k + 2]) == _TITLE_SPLIT:
        t = k + 2
    if t is None or (pkey := reg.by_token.get(t)) is None or reg.by_token.get(t - 1) == pkey:
        return None
    return t


def after_that_person(keys, s, verb_at, reg: Registry) -> int:
    """The token of a person opening the clause after its last «که» (``after_that_body``, as
    ``speaker`` reads it): «... دو روز پس از آن انجام شد که ترامپ اعلام کرد خواهان ...
    است» is his, though no colon follows; else ``s``."""
    that = after_that_body(keys, s, verb_at, lambda k: _person_after_that(keys, k, reg))
    return (titled_at(keys, that, reg) or that) if that > s else s


def _person_after_that(keys, k, reg: Registry) -> bool:
    """Whether a person opens right after «که» at ``k - 1``, not inside a relative clause:
    «... مطرح می‌شود که ترامپ ... مدعی شد:»; not «مشکلاتی که قالیباف ... با آن روبه روست به
    آفتاب یزد می‌گوید», where «که» follows the noun it describes."""
    noun = keys[k - 2] if k >= 2 else ""
    named = k in reg.by_token or titled_at(keys, k, reg) is not None
    return named and (not noun.endswith("ی") or noun in _WHEN_NOUNS)


_WHEN_NOUNS = {"زمانی", "وقتی", "هنگامی"}  # «اما زمانی که عدنان الزرفی خواستار ... شد»
_ONE = "یک"  # «یک مقام ...» (``one_post``)
_ONE_OF = "یکی"  # «یکی از نمایندگان ...» (``one_of``)


def _named_in_clause(keys, s, verb_at, reg: Registry, pkey: str) -> bool:
    """Whether the clause names ``pkey`` between ``s`` and its verb, before any quoted words:
    one who speaks seldom names themself («وی با بیان این‌که ترامپ ... اغراق کرده است گفت»);
    not by a family name alone that another person of the article bears too («وی با بیان
    اینکه افرادی که ... هیچ‌گاه یار هاشمی نبودند، گفت:» of یاسر هاشمی, who speaks of his
    father, «اکبر هاشمی رفسنجانی»)."""
    for k in range(s, verb_at):
        if keys[k] in (":", "«", "»", '"'):
            return False
        if reg.by_token.get(k) == pkey and not _shared_surname(keys, k, reg, pkey):
            return True
    return False


def _shared_surname(keys, k, reg: Registry, pkey: str) -> bool:
    """Whether the one word at ``k`` names ``pkey`` alone and is a word of another person's
    name in the article: it may be theirs."""
    if pkey in (reg.by_token.get(k - 1), reg.by_token.get(k + 1)):
        return False
    return any(
        other != pkey and keys[k] in lx.phrase_keys(person.name)
        for other, person in reg.persons.items()
    )


def _subject_opening(
    keys, s, verb_at, reg: Registry, post_at, last_ref: Ref, seen, going_on: Ref, words=None
) -> tuple[Ref, int, bool, bool] | None:
    """The speaker named where the clause opens, at ``s``: a pronoun or an anaphor, a known
    person, a post, or someone unknown with a post in apposition (``speaker``'s answer);
    None for anything else."""
    spoke = isinstance(last_ref, (str, OrgRef))  # the paper is theirs, not one named in it
    # (each reading below that reads the clause's first word is asked where it is theirs)
    if (
        spoke
        and keys[s] == "در"
        and (this := part_of_paper(keys, s)) is not None
        and this + 1 < verb_at
    ):
        if keys[this + 1] == PIECE:  # «در ادامه این مطلب»: the outlet's that spoke, or no one's
            outlet = isinstance(last_ref, OrgRef) and is_outlet(last_ref.name)
            return (last_ref if outlet else None), this + 2, False, False
        s = this  # «در ادامه این پیام آمده است», «در بخش دیگری از این بیانیه آمده است»
    elif keys[s : s + 2] == ["در", "این"] and s + 2 < verb_at and org_anaphor(keys[s + 2]):
        # «در این نامه انجمن صنفی روزنامه‌نگاران ... گفته است:»: the body named as the paper's
        # writer, not whoever spoke before it
        if words is not None and (
            org := organization_subject(keys, s, verb_at, reg, post_at, words)
        ):
            return (*org, False, False)
        s += 1  # «در این گزارش آمده است، ...»: the report of the organization before
    elif (
        keys[s] == "در"
        and keys[s + 1 : s + 3] in ([p, "این"] for p in PAPERS)
        and s + 3 < verb_at
        and org_anaphor(keys[s + 3])
    ):
        s += 2  # «در بیانیه این شورا آمده است:»: the body named before issued it
    if anaphor := anaphor_ref(keys, s, post_at, last_ref, words, reg):
        ref, end = anaphor
        body = keys[s] == "این" and s + 1 < len(keys) and org_anaphor(keys[s + 1])
        if (
            ref is None
            and not body  # «در این گزارش آمده است»: a body's paper, no person's
            and (last_ref is None or isinstance(last_ref, OrgRef))
            and isinstance(going_on, str)
        ):
            ref = going_on  # «X در مراسم ... حضور یافت. وی گفت:»; «او» is never a body
        if isinstance(ref, str) and _named_in_clause(keys, end, verb_at, reg, ref):
            ref = None  # «او از روحانی پرسید»: whom the clause names is not who speaks in it
        if isinstance(ref, str) and (post := post_at.get(s)) and not may_hold(reg, ref, post.keys):
            ref = None  # «خاتمی رئیس‌جمهور ... این سخنگو گفت:»: his spokesman, unnamed
        return ref, end, False, False
    if keys[s] == _ONE and (holder := one_going_on(keys, s, verb_at, post_at, reg, last_ref, seen)):
        return holder, verb_at, False, False  # «یک استاد دانشگاه در ادامه افزود:», who spoke on
    post = post_at.get(s) or (one_post(keys, s, verb_at, post_at, reg) if keys[s] == _ONE else None)
    pkey = reg.by_token.get(s)
    if pkey and byline_credited(keys, s):
        pkey = None  # «انتشاردهنده: مهرنوش خانزائی ...»: credited by the page, not speaking
    if pkey and _object_named(keys, s, verb_at, reg):
        pkey = None  # «نباید رومینا را ... تنها می‌گذاشتند دکتر X ... می‌گوید»: the object
    if pkey:
        end = _after_subject(s, reg, post_at)
        if together(keys, end, verb_at, reg, pkey):
            return None, end, False, False  # several people: no one of them
        return pkey, end, pkey not in seen, False
    if post is None and keys[s] == _ONE_OF and (holder := one_of(keys, s, verb_at, reg)):
        return holder, s + 2, holder not in seen, False  # «یکی از نمایندگان تهران ... خبر داد»
    if post:
        if posts_together(keys, post.j, verb_at, reg, post_at):
            return None, post.j, False, False  # several holders of posts: no one of them
        return post, post.j, False, False
    if appositive := _post_after_name(keys, s, verb_at, post_at):
        # «تحسین الخفاجی، سخنگوی ... گفت»: that person, whom the article does not know
        return Stranger(appositive), appositive.j, False, False
    return None


# «با توجه به سخنان اخیر آقای X، ...» (considering X's words): X is not who speaks either;
# «در خلاصه داستان این فیلم با بازی X، Y و Z آمده است:» (starring X, Y and Z): the cast
_ADVERBIAL_WITH = _WITH_CLAUSE | {"توجه", "بازی"}


# «یک منبع ... در واکنش به رونمایی دونالد ترامپ ... اظهار کرد», «چانگ هوا سفیر چین ... در پاسخ به
# توئیت کیانوش جهانپور ... نوشت», «قاضی صلواتی ... خطاب به متهم رضا ستوده گفت», «اسماعیلی
# درباره دلایل آزاد نشدن نجفی ... گفت»: after the subject, an adverbial naming whom the speaker
# answers, addresses or speaks of
_ANSWERING = tuple(
    tuple(lx.key(w) for w in phrase.split())
    for phrase in ("در پاسخ به", "در واکنش به", "خطاب به", "درباره", "در مورد", "در خصوص", "درخصوص")
)
_ANSWERING_FIRST = frozenset(p[0] for p in _ANSWERING)
# what may stand before such an adverbial that opens the clause («همچنین در پاسخ به این سوال
# محمد جواد ظریف گفت», «روز گذشته در واکنش به ...»): no subject
_NO_SUBJECT_BEFORE = NOT_SUBJECT | WHEN | ALSO


def _answering_at(keys, s: int, k: int) -> bool:
    """Whether an adverbial of answering, addressing or topic opens at ``k`` after a subject of
    the clause opening at ``s`` (a word before it that is no preposition, time or lead-in): the
    persons it names up to punctuation or a verb are the ones answered, addressed or spoken
    of."""
    if keys[k] not in _ANSWERING_FIRST:
        return False  # most tokens, looked up in C
    return any(tuple(keys[k : k + len(p)]) == p for p in _ANSWERING) and any(
        keys[t][:1].isalpha() and keys[t] not in _NO_SUBJECT_BEFORE for t in range(s, k)
    )


def _said_by_whom(keys, k: int, verb_at: int, reg: Registry, post_at) -> bool:
    """Whether the name at ``k``, past quotation marks and a post in apposition, is followed by
    «که»: the verb is of a relative clause on them («در مورد فرمایش آقای مظفر » وزیر آموزش و
    پرورش « که گفته‌اند:»)."""
    e = reg.name_end(k, verb_at)
    while e < verb_at and keys[e] in QUOTE_MARKS:
        e += 1
    if (post := post_at.get(e)) is not None:
        e = post.j
    while e < verb_at and keys[e] in QUOTE_MARKS:
        e += 1
    return e < verb_at and keys[e] == _THAT


def _inside_answering(keys, s: int, k: int, reg: Registry) -> bool:
    """Whether the token ``k`` stands inside an adverbial of answering, addressing or topic
    after a subject (``_answering_at``), no punctuation or verb between them but the marks quoting a
    name and the comma after one («در پاسخ به توئیت کیانوش جهانپور، سخنگوی وزارت بهداشت،»)."""
    for t in range(k - 1, s, -1):
        if keys[t] in QUOTE_MARKS or (keys[t] in COMMAS and t - 1 in reg.by_token):
            continue
        if keys[t] in CLAUSE_ENDS or keys[t].endswith("اند"):
            return False
        if _answering_at(keys, s, t):
            return True
    return False


def _list_goes_on(keys, k: int, reg: Registry) -> bool:
    """Whether the comma at ``k`` is one of a list of persons' names, a name right after it and
    a name or «Y و Z», the list's end, right before or after («با بازی بهنام تشکر، حدیث
    میرامینی و اصغر محبی»): an adverbial «با ...» goes on past it."""
    if keys[k] not in COMMAS or k + 1 not in reg.by_token:
        return False
    end = reg.name_end(k + 1)
    ends_list = keys[end : end + 1] == ["و"] and end + 1 in reg.by_token
    return k - 1 in reg.by_token or ends_list


def _kin_of(key: str, pkey: str, reg: Registry) -> bool:
    """A word of kin before a person's name makes the kin speak («خاله رومینا ... گفته است:»);
    «برادر» (brother) is a comrade's title too («برادر کاوه گفت:», «برادر مالک ... گفت:»), kin
    only before one a story introduced by «به نام» («برادر الهام به مأموران گفت:»)."""
    if key == _BROTHER:
        return pkey in reg.called
    return kin(key)


_BROTHER = "برادر"


def _kin_of_someone(keys, k, verb_at) -> bool:
    """Whether kin of someone a pronoun stands for opens a subject after a comma between
    ``k`` and the verb («...، خانواده وی ...», «همسر او», «پدرش»): the family speaks, not
    the person named before it, and khabar knows no name of theirs. Not kin inside a phrase
    («از نقش عموی رومینا در تحریک پدر او سخن گفته است»)."""
    return any(
        keys[t - 1] in COMMAS
        and (kin_with_pronoun(keys[t]) or (keys[t] in _KIN and keys[t + 1] in PRONOUNS))
        for t in range(max(k, 1), verb_at)
    )


def _person_further_in(keys, s, verb_at, reg: Registry, post_at) -> tuple[str, int] | None:
    """A known person further in the clause, not after a preposition or a word of kinship,
    nor inside an adverbial «با ...» clause, one past the clause's last semicolon first:
    (key, token where the name ends), or None."""
    if reg.by_token.keys().isdisjoint(range(s + 1, verb_at)):
        return None  # most clauses that reach here name no one past where they open (in C)
    in_with = False  # inside «با قدردانی از خدمات سردار X،»: up to punctuation or a verb
    answering = False  # inside «در پاسخ به ...», «درباره ...» after the subject (``_ANSWERING``)
    closed: tuple[str, int] | None = None  # the first found before a semicolon
    for k in range(s + 1, verb_at):  # «در این جلسه، سردار X گفت»
        if keys[k] == "با" and k + 1 < verb_at and keys[k + 1] in _ADVERBIAL_WITH:
            in_with = True
        elif _answering_at(keys, s, k):
            in_with = answering = True
        elif (keys[k] in CLAUSE_ENDS or keys[k].endswith("اند")) and not _list_goes_on(
            keys, k, reg
        ):
            in_with = answering = False
        pkey = reg.by_token.get(k)
        before = k - 1  # the word before the name, past quote marks: «از "جرج بوش"», «و نیز "X"»
        while before > s and (
            keys[before] in QUOTE_MARKS or keys[before - 1 : before + 1] == ["و", "نیز"]
        ):
            before -= 1
        if (
            pkey
            and (not in_with or (answering and _said_by_whom(keys, k, verb_at, reg, post_at)))
            and keys[before] not in PREPOSITIONS
            and keys[before] not in _SUCH_AS
            and keys[before - 1] not in _ABOUT  # «درباره رضایت رومینا»: the topic's
            and keys[before] not in _KIN  # «فرزند شهید X گفت»: the son speaks
            and not _kin_of(keys[before], pkey, reg)  # «خاله رومینا ... گفته است:»: the aunt
            and keys[before] not in RELATIONAL  # «وکیل مدافع X ... خبر داد»: the lawyer
            and not _counterpart_of(keys, before)  # «همتای ازبکستانی پامپئو ... گفت»
            and keys[before] not in ERA  # «نفر دوم دولت آمریکا در ریاست جمهوری اوباما گفت»
            and keys[before] not in GROUPS  # «تحلیلگران گلدمن ساکس ... نوشتند»: unnamed
            and (keys[_owner_word(before, k, post_at)] not in _HELD or keys[verb_at] == _HELD_SAYS)
            and k - 1 not in reg.by_token
            and not byline_credited(keys, k)  # «خبرنگار: زهرا امیری»: the page's reporter
            and not _that_open(keys, s, k, verb_at)  # «X از سندی که به دست «محمد علی» ...»
            and not _past_object(keys, s, k, verb_at)
            and not _described_after(keys, k, verb_at, post_at)
            and not _object_named(keys, k, verb_at, reg)
        ):
            if (run_in := _name_run_into(keys, k, verb_at, reg)) is not None:
                return reg.by_token[run_in], _after_subject(run_in, reg, post_at)
            if _semicolon_after(keys, k, verb_at):
                closed = closed or (pkey, _after_subject(k, reg, post_at))
                continue
            return pkey, _after_subject(k, reg, post_at)
    return closed


def _owner_word(before: int, k: int, post_at) -> int:
    """The word before the name at ``k``, past a post that ends right at the name («تصمیم قاضی
    X»: «تصمیم»), whose possessor the name may be."""
    for t in range(before, max(before - _POST_REACH, 0), -1):
        if (post := post_at.get(t)) is not None and post.j == k:
            return t - 1
    return before


_POST_REACH = 6  # words of a post between a possessed noun and the name


def _semicolon_after(keys, k, verb_at) -> bool:
    """A semicolon stands between the name at ``k`` and the verb: the name's clause is closed,
    and a person named past it speaks rather than this one («روایت تازه از قتل رومینا؛ ...
    دکتر X ... می‌گوید:», headings run into the lead; but «خامنه‌ای ... تاکید زیادی دارند؛
    ایشان معتقدند که», no one named past it)."""
    return any(keys[t] in _SEMICOLONS for t in range(k + 1, verb_at))


_SEMICOLONS = frozenset({"؛", ";"})


def _post_past_words(keys, s, verb_at, post_at, reg: Registry, pkey: str) -> PostMention | None:
    """A post nobody holds that its comma and «با اشاره به ...» lead to the verb
    (``_post_before_verb``), that words, not an apposition's comma, part from the name of
    ``pkey`` before it: «... پشت‌پرده سفر اردوغان به روسیه رئیس دانشگاه عالی دفاع ملی، با
    اشاره به ... گفت:», a heading's name run in before the post that opens the clause; not a
    post right before the verb, often a noun's complement («... در واکنش به سخنان رییس‌جمهور
    گفت:»)."""
    post = _post_before_verb(keys, s, verb_at, post_at, reg)
    if post is None or post.holder is not None or keys[post.j] not in COMMAS:
        return None
    names = [k for k in range(s, post.i) if reg.by_token.get(k) == pkey]
    if not names:
        return None
    between = keys[reg.name_end(names[-1]) : post.i]
    return post if any(w.isalpha() and w != "دیگر" for w in between) else None


def _after_heading_verb(keys, s, end, reg: Registry, pkey: str) -> bool:
    """Whether the name of ``pkey`` ending at ``end`` follows a verb a subheading ends with
    (``heading_end``), past the clause's first word: the heading's line break was lost, and
    the name opens the clause («... از اشرافی‌گری دوری کند آل‌هاشم در بخش دیگری ...»)."""
    named = [t for t in range(s + 1, end) if reg.by_token.get(t) == pkey]
    if not named:
        return False
    k = named[0]  # the name's first word (a post in apposition may follow it)
    return k > s + 1 and heading_end(keys[k - 1]) and keys[k - 1] not in _TOLD_WAS


# «بود» ends a told story's sentences more than a heading («... پاره‌پاره و کثیف بود مرحوم
# حاج‌آقا مصطفی به من فرمود»: ARMAN's run-on memoir, the name with its honorific)
_TOLD_WAS = frozenset({"بود", "نبود", "بودند", "بودیم"})


def _that_open(keys, s, k, verb_at) -> bool:
    """Whether a «که» between ``s`` and the name at ``k`` opens a clause the name is in («X از
    سندی که به دست «محمد علی» تنظیم شده حمایت کرد»); not one its verb and a comma closed before
    the name (``_relative_closed``), when no clause of the name's own closes with its verb and
    a comma or a semicolon before the verb of saying («در دیداری که ... انجام شد، وانگ ئی اعلام
    کرد», «وقتی اشپیگل پرسید که ...، ظریف پاسخ منفی داد و افزود:»; not «در زمانی که ... رسید،
    بی‌نظیر بوتو نیز نخست‌وزیر پاکستان بود و ...، نشریه‌ای ... اعلام کرد»)."""
    if "که" not in keys[s:k]:
        return False
    if heading_end(keys[k - 1]):
        return False  # «... که ساده‌زیست باشد و ... دوری کند آل‌هاشم در بخش دیگری ... اظهار داشت:»
    if not _relative_closed(keys, s, k):
        return True
    pause = next((t for t in range(verb_at - 1, k, -1) if keys[t] in _PAUSES), None)
    return pause is not None and any(finite_verb(keys[t]) for t in range(k + 1, pause))


_PAUSES = {"،", ",", "؛", ";"}
# «می‌توان»: a modal a verb of its own follows, closing no clause
_ABLE = frozenset({lx.key("می‌توان"), lx.key("نمی‌توان")})
# a light verb of the past run into its noun where the text lost a space («برگزارشد»)
_GLUED_PAST = ("شدند", "شد", "کردند", "کرد")


def _glued_past(key: str) -> bool:
    """Whether ``key`` is an act's noun and its past light verb run together: «برگزارشد»,
    «انجامشد» (``data/commitment_actions.txt``)."""
    tail = next((t for t in _GLUED_PAST if key.endswith(t)), None)
    return tail is not None and action(key[: -len(tail)])


def _relative_closed(keys, s, k) -> bool:
    """Whether the clause the last «که» before the name at ``k`` opens closed before it: the
    name right after a comma (past quote marks), and before that comma, with no other comma
    between, a finite verb of the clause's own, right before the comma or words earlier («در
    این مراسم که ... برگزارشد پس از مدیحه سرایی مداحان اهل بیت، آیت‌الله جعفر سبحانی ...
    گفت:»). The name then opens a clause of its own, not the relative clause's; not one a
    list goes on with past the verb's own comma («بهمن ۶۶ که ... شده بود، برخی از مسئولان
    ... مانند آیت‌الله خامنه‌ای ...، هاشمی رفسنجانی ...»), nor one after «می‌توان», which
    no verb closes («... که مهم‌ترین آنها را می‌توان «هاشمی ثمره» ...، «رحمانی فضلی» ...
    دانست»)."""
    comma = k - 1
    while comma > s and keys[comma] in QUOTE_MARKS:
        comma -= 1
    if keys[comma] not in COMMAS:
        return False
    that = max(t for t in range(s, comma) if keys[t] == "که")
    for u in range(comma - 1, that + 1, -1):
        if keys[u] in COMMAS or keys[u] in _ABLE:
            return False
        if finite_verb(keys[u]) or _glued_past(keys[u]):
            return True
    return False


def _object_named(keys, k, verb_at, reg: Registry) -> bool:
    """Whether the name at ``k`` is the clause's object, «را» right after it: «کمیسیون مستقل
    انتخابات، محمد اشرف‌غنی را ... پیروز انتخابات اعلام کرده است», «منتقدان ... این اقدام ترامپ
    را ... دانسته‌اند»."""
    end = reg.name_end(k, verb_at)
    return keys[end : end + 1] == ["را"]


def _name_run_into(keys, k, verb_at, reg: Registry) -> int | None:
    """The person named right after the one-word name at ``k`` with nothing between, the
    last word of a heading run into the speaker's name («انتقاد از نقادان « نادان » هاشمی
    سیدمهدی طباطبایی، عضو جامعه روحانیت مبارز ... نوشت:»), when a comma follows that name:
    where it opens; else None."""
    e = k + 1
    if e >= verb_at or reg.by_token.get(e) in (None, reg.by_token[k]):
        return None
    end = reg.name_end(e, verb_at)
    return e if end - e > 1 and end < verb_at and keys[end] in COMMAS else None


_OBJECT_STOPS = frozenset({":", "«", "»", '"', *COMMAS, *CLAUSE_ENDS})
# verbs of calling the object something: «X را Y دانست / خواند / نامید»
_CALLING = frozenset({"دانست", "دانستند", "خواند", "خواندند", "نامید", "نامیدند"})


def _past_object(keys, s: int, k: int, verb_at: int) -> bool:
    """Whether the name at ``k`` stands in what the clause's object is called, past its «را»
    (no comma, colon or quote between) and before a verb of calling joined by «و» to the
    reporting verb: «مبانی انقلاب اسلامی را آثار و بیانات امام خمینی (ره) خواندند و
    فرمودند:» is not Khomeini's, whom the subject before the object calls so; nor is what
    «خواندند» itself reports."""
    calling = verb_at < len(keys) and keys[verb_at] in _CALLING
    if not calling and not any(
        keys[t] in _CALLING and keys[t + 1] == "و" for t in range(k + 1, min(verb_at, k + 8))
    ):
        return False
    for t in range(k - 1, s, -1):
        if keys[t] == "را":
            return True
        if keys[t] in _OBJECT_STOPS:
            return False
    return False


# «سخنرانان ... نقش ... دانشمندانی نظیر عمر خیام و ابن سینا را مورد تأکید قرار دادند»: a name
# given as an example is inside a noun phrase, not the subject
_SUCH_AS = {"نظیر", "مانند", "همچون", "همانند", "مثل"}
# «درباره» (about) and its like before a noun whose person a name is: «این وکیل ... درخصوص
# اظهارات بهمن درباره رضایت رومینا ... می‌گوید:» is the lawyer's, not Romina's
_ABOUT = frozenset({"درباره", "دربارهی", "درخصوص"})
_BUT = frozenset({"ولی", "اما", "لیکن", "ولیکن", "لکن"})


def _after_but(keys, s, verb_at, reg: Registry) -> int | None:
    """The token of the person who opens the last clause of the sentence's subject's a comma
    and «ولی», «اما» set off («...، ولی عرفات با رد آن، ... تأکید کرد»), not its object
    («...، اما عرفات را ...»), outside quoted words; None when there is none."""
    if _BUT.isdisjoint(keys[s + 2 : verb_at - 1]):
        return None  # most subjects: no «ولی» or «اما», looked for in C
    found = None
    for k in range(s + 1, verb_at - 2):
        if keys[k] in (":", "«", "»", '"'):
            return None
        if keys[k] in COMMAS and keys[k + 1] in _BUT and k + 2 in reg.by_token:
            end = reg.name_end(k + 2, verb_at)
            if keys[end : end + 1] != ["را"] and end < verb_at:
                found = k + 2
    return found


def _described_after(keys, k, verb_at, post_at) -> bool:
    """Whether, past the person at ``k`` and a comma, another noun opens the clause and a
    relative clause set off by commas describes it: «موافقت مقتدی صدر ... از سوی دیگر، تشکل
    سائرون، که مورد حمایت ... است، ... تاکید کرد» is said by that noun, not the person (but
    «X، رئیس ...، که ...» describes X's post)."""
    commas = [c for c in range(k + 1, verb_at - 1) if keys[c] in COMMAS]
    opens = [p for p in commas if p + 1 not in post_at]
    return any(keys[c + 1] == "که" and any(p < c - 1 for p in opens) for c in commas)


# «از ... خبر داد», «بر ... تاکید کرد»: the post before them is the subject when no
# punctuation breaks the clause (not a digest's «... خبر داد.، وکیل ... گفت:», nor a dated
# line's «8 بهمن 1390، رییس‌کل سازمان امور مالیاتی کشور از ... خبر داد») and one speaks (not
# «دلجویی سخنگوی وزارت خارجه از سفیر چین را هم نشانه ضعف دانستند»)
_FROM_ON = {"از": {"خبر"}, "بر": {"تاکید"}}  # and their verbs: «از ... خبر داد»
_UNBROKEN = {*STOPS, *COMMAS, "که", "را"}  # nor a clause of another («... را قرائت کرد که»)
_MOREOVER = lx.key("همچنین")  # right after a subject: «X همچنین ... گفت»


_RUN_ON = 3  # words of a body's name a post may run on with past what the post lists


def _runs_on_to_adjunct(keys, j, verb_at, post_at, reg: Registry) -> bool:
    """Whether the words from ``j``, the end of a post as listed, run on as its body's name
    («جمعیت مبارزه | با استعمال دخانیات») for at most ``_RUN_ON`` words with no punctuation,
    «که», «را», «و», verb, person or post, to an adjunct «با اشاره به ...» that leads to
    the verb and names no one."""
    for e in range(j + 1, min(j + 1 + _RUN_ON, verb_at - 1)):
        if any(k in post_at for k in range(j, e)) or not _UNBROKEN.isdisjoint(keys[j:e]):
            return False
        if keys[e - 1] == "و" or keys[e - 1] in CLAUSE_ENDS or verb(keys[e - 1]):
            return False  # «... دفاع کرده و با اشاره به ...»: a clause of its own
        if tuple(keys[e : e + 2]) in _GOING_ON:
            # not past an adjunct that names someone («با اشاره به سخنان علی لاریجانی ...»)
            return not any(k in reg.by_token for k in range(e, verb_at))
    return False


def _post_before_verb(keys, s, verb_at, post_at, reg: Registry) -> PostMention | None:
    """A post right before the verb, or before an adjunct that leads to it («رییس دفتر
    رییس جمهوری با بیان اینکه ...، گفت:», «... رئیس سازمان جوانان هلال‌احمر از ... خبر داد و
    گفت:»), not after a preposition: the clause's subject."""
    for k in range(s + 1, verb_at):
        post = post_at.get(k)
        if post is None or post.anaphor or keys[k - 1] in PREPOSITIONS:
            continue
        if _inside_answering(keys, s, k, reg):
            continue  # «"مجاهد" همچنین خطاب به ... «عبدالله عبدالله» رئیس اجرایی ... گفته است:»
        if post.j == verb_at or tuple(keys[post.j : post.j + 2]) in _GOING_ON:
            return post
        if keys[post.j] in COMMAS and tuple(keys[post.j + 1 : post.j + 3]) in _GOING_ON:
            return post  # «... رئیس دانشگاه عالی دفاع ملی، با اشاره به ... گفت:»
        if _runs_on_to_adjunct(keys, post.j, verb_at, post_at, reg):
            return post  # «دبیرکل جمعیت مبارزه با استعمال دخانیات با اشاره به اینکه ...، گفت:»
        if (
            keys[post.j] == _MOREOVER
            and _UNBROKEN.isdisjoint(keys[post.j : verb_at])
            and not plural_verb(keys, verb_at)
        ):
            return post  # «... را قفل کرد رئیس اداره راه و شهرسازی قوچان همچنین ... اظهار کرد:»
        if (
            keys[verb_at] in _FROM_ON.get(keys[post.j], ())
            and _UNBROKEN.isdisjoint(keys[s:verb_at])
            and not plural_verb(keys, verb_at)
        ):
            return post  # «... 400 هزار مسافر رئیس سازمان جوانان هلال‌احمر از ... خبر داد»
    return None


def opener(
    keys,
    a,
    b,
    reg: Registry,
    post_at,
    last_ref: Ref,
    going_on: Ref,
    unnamed: bool = False,
    named_past_comma: list[int] | None = None,
) -> Ref:
    """Whom a clause with no subject after the sentence ``a:b``, which reports nothing,
    goes on with: the person or post that opens it, nobody when someone unknown does, else
    ``going_on`` as it was. ``unnamed``: the last to speak was someone the text does not
    name («یک منبع موثق ... گفت:»), so someone has spoken. ``named_past_comma``: the tokens
    of the article right after a comma that name a person (``named_past_commas``), when
    already found."""
    s = a
    while s < b and (keys[s] in QUOTE_MARKS or keys[s] in LEAD_INS):
        s += 1
    if s >= b:
        return going_on
    if dated := _past_dateline(keys, s, b):
        s = dated  # «آنکارا - خبرگزاری جمهوری اسلامی: دوغو پرینچک ... معرفی کرد»: a new item
        if pkey := reg.by_token.get(s):
            return pkey
        last_ref = going_on = None
    if pkey := reg.by_token.get(s):
        return pkey
    if (post := post_at.get(s)) and not post.anaphor:
        return post
    if keys[s] in PRONOUNS or keys[s] in _THESE:
        return going_on  # «این‌ها مواردی است که ما باید ...»: the speaker's words run on
    # the subject is sought only where a person's name follows a comma in the clause (the
    # subject opens before its verb: on all shared news, no further than ``b - 1``)
    by_token = reg.by_token
    if named_past_comma is None:
        named_past_comma = named_past_commas(keys, by_token)
    if bisect_left(named_past_comma, s + 1) < bisect_left(named_past_comma, b + 1):
        past = subject_start(keys, s, b - 1, reg, post_at)
        if past > s and keys[past - 1] in COMMAS and (pkey := by_token.get(past)):
            return pkey  # «... به گزارش ورزش سه، علی نظرمحمدی درباره ... به اظهارنظر پرداخت.»
    kept = going_on
    if last_ref is None and not unnamed:
        # before anyone has spoken, the one person a sentence names is whom «وی» after it
        # means: «... بخشی از دیدگاه جهانی مارک اسپر، وزیر دفاع آمریکا است. وی ... گفت»; not
        # after an unnamed source spoke, whose «وی اضافه کرد:» goes on with that source
        named = set(map(reg.by_token.get, range(s, b)))  # looked up in C
        named.discard(None)
        if going_on is None:
            kept = named.pop() if len(named) == 1 else None
        elif isinstance(going_on, str) and named and going_on not in named:
            # another named since: «... قالیباف ... . همین موضوع دستمایه کنایه حسام‌الدین آشنا
            # ... شده است. او در توییتی ... نوشته:» is no longer Ghalibaf's, but آشنا's, named
            # alone after a noun of what he said
            kept = said_by_one(keys, s, b, named, reg)
    if kept is None:
        return None  # no one goes on either way: who opens the clause is not asked (half of them)
    if new_subject(keys, s, b, name_keys(last_ref, reg)) or _quoted_name(keys, s, b):
        return None  # someone new opens the clause: no one goes on
    return kept


def named_past_commas(keys, by_token) -> list[int]:
    """The tokens right after a comma that name a person (``by_token``), in order: found
    once for an article's sentences, which ``opener`` asks of each."""
    return sorted(
        c + 1 for comma in COMMAS for c in lx.occurrences(keys, comma) if c + 1 in by_token
    )


_THESE = frozenset({"اینها", "آنها"})  # keys: no ZWNJ («این‌ها»)


def opening_subject(keys, a, b, reg: Registry) -> str | None:
    """The person named in full who opens a sentence that reports nothing, past a new source
    «به گزارش X،» and words of time: «کری تالبوت، مدیر ...، از وزارت امور خارجه انتقاد کرده
    است.», «به گزارش بی‌بی‌سی، در ماه مه سال گذشته ترامپ ... را پایان داد.»; else None."""
    s = after_source(keys, a, b)
    s = past_bare_time(keys, s, b) if s < b else s
    pkey = reg.by_token.get(s)
    if pkey is None or reg.by_token.get(s - 1) == pkey or " " not in reg.persons[pkey].name:
        return None
    return pkey


def told_of_before(
    keys, a, verb_at, before: tuple[int, int] | None, heard: Ref, reg: Registry
) -> str | None:
    """The person the sentence ``before`` (its first and end tokens), which reports nothing,
    opened as its subject (``opening_subject``), when the pronoun opening the clause at ``a``
    is them rather than ``heard``, who spoke before it: «... کری تالبوت ... انتقاد کرده است.
    او می‌گوید ...»; not with a verb that goes on with a speech begun («وی افزود:», «وی همچنین
    گفت»): the speaker's words resumed past the writer's note. Else None. The sentence before
    is read only once the clause at ``a`` may be theirs (few clauses are)."""
    if before is None or not isinstance(heard, str):
        return None
    account = keys[before[0]] in _ACCOUNTS  # «روایت احمد توکلی از ... است. او ... روایت کرده:»
    if keys[a] not in PRONOUNS or (verb_at > a + 2 and not account) or keys[verb_at] in _ADDS:
        return None
    if any(keys[k] in LEAD_INS for k in range(a + 1, verb_at)):
        return None
    named = _account_of(keys, *before, reg) if account else opening_subject(keys, *before, reg)
    return named if named != heard else None


# nouns of what one told, opening a sentence on the one who told it
_ACCOUNTS = frozenset({"روایت", "اظهارات", "سخنان"})


def _account_of(keys, a, b, reg: Registry) -> str | None:
    """The person named in full right after the noun of an account opening the sentence
    ``a:b`` («روایت احمد توکلی از روش ... خلخالی هم در تایید سخنان میرسلیم است.»): the one
    the sentence is about, whom «او» after it means; else None."""
    pkey = reg.by_token.get(a + 1) if a + 1 < b else None
    return pkey if pkey is not None and " " in reg.persons[pkey].name else None


_PLACE_WORDS = 4  # a dateline's place at most: «آنکارا», «ریودوژانیرو»


def _past_dateline(keys, s, b) -> int | None:
    """Past a dateline opening the sentence at ``s``: a place, a dash, an agency and a colon
    («آنکارا - خبرگزاری جمهوری اسلامی:»); None when there is none."""
    if DASHES.isdisjoint(keys[s + 1 : s + _PLACE_WORDS + 1]):
        return None  # most sentences: no dash near their start, looked for in C
    place = lx.places().match(keys, s)
    if not (place and place[0] < b and keys[place[0]] in DASHES):
        return None  # «خبرگزاری فارس: مدیر عامل ...» alone opens an agency's lead, not an item
    agency = lx.agencies().match(keys, place[0] + 1)
    if agency and agency[0] + 1 < b and keys[agency[0]] == ":":
        return agency[0] + 1
    return None


def _quoted_name(keys, s, b) -> bool:
    """Whether the sentence opens with one word in quotation marks that no list knows, a name
    khabar does not know («"وجتال" از شرکت‌های پتروشیمی ... خرید»): someone else acts."""
    return (
        s > 0
        and s + 1 < b
        and keys[s - 1] in QUOTE_MARKS
        and keys[s + 1] in QUOTE_MARKS
        and keys[s][:1].isalpha()
        and keys[s] not in lx.common_words()
        and keys[s] not in NOT_SUBJECT
    )


# A clause opened by these, with no subject of its own, goes on with the current speaker.
_GOING_ON = {("با", k) for k in _WITH_CLAUSE} | {("ضمن",)}
_GOING_ON |= {("از",), ("بر",)}  # «از ... خبر داد و گفت:», «بر ... تاکید کرد و افزود:»


# Words before «در» that leave the clause's shape as it is: «همچنین در این گزارش آمده است».
_BEFORE_IN = {"همچنین", "نیز", "و", "اما", "ولی"}
# Who the paper of «در X آمده است» may be: «در پیام وی آمده است», «در نامه او», «در سخنان خود».
_THEIRS = {lx.key(w) for w in ("وی", "او", "ایشان", "خود", "خویش")}


def _document_says(keys, s, verb_at) -> bool:
    """Whether the clause from ``s`` is «در X آمده است» with no subject found in it: X is a
    paper (a licence, a law, a definition, a report) whose text follows, not the words of
    whoever spoke before, unless X is theirs («در پیام وی آمده است»)."""
    if keys[verb_at] != _HELD_SAYS:
        return False
    if keys[s] in _BEFORE_IN and s + 1 < verb_at:
        s += 1
    return keys[s] == "در" and not any(keys[k] in _THEIRS for k in range(s + 1, verb_at))


def _cited_before(keys, s, end, verb_at) -> bool:
    """Whether the body from ``s`` to ``end`` is cited («به نوشته X») before a subject of the
    clause's own, «این» and a body's anaphor: «به نوشته وبگاه «المعلومه» این پایگاه تحلیلی
    آمریکایی نوشت» is the words of the site named before, that X relays."""
    return (
        tuple(keys[s - 2 : s]) in ACCORDING_TO
        and keys[end : end + 1] == ["این"]
        and end + 1 < verb_at
        and (keys[end + 1] in OUTLET_ANAPHORS or org_anaphor(keys[end + 1]))
    )


def paper_of_body(keys, s, verb_at, reg: Registry, words) -> tuple[OrgRef, int] | None:
    """The body whose paper the clause's last stretch, «در X آمده است», names, past a comma,
    «و» or the verb of a clause before it: «...، در بیانیه وزارت خارجه آمریکا آمده است»,
    «... درخواست قرنطینه کردیم در گزارش مرکز پژوهش‌ها هم آمده بود» (only «هم», «نیز»,
    «همچنین» and words of time between the body and the verb; not «نامشان در پایان گزارش
    وزارت خارجه آمده بود», a clause of another subject). (it, end token) or None."""
    if keys[verb_at] != _HELD_SAYS or "در" not in keys[s + 1 : verb_at]:
        return None  # most clauses: the paper opens them, found with the body at their start
    k = next(k for k in range(verb_at - 1, s, -1) if keys[k] == "در")
    before = keys[k - 1]
    if before not in COMMAS and before != "و" and not (finite_verb(before) or verb(before)):
        return None
    if any(keys[j] in CLAUSE_ENDS or keys[j] == _THAT for j in range(k + 1, verb_at)):
        return None
    if (paper := issued_by(keys, k, verb_at, words)) is None:
        return None
    if any(j in reg.by_token for j in range(k, paper[1])):
        return None
    j = paper[1]
    while j < verb_at and (keys[j] in WHEN or keys[j] in _ALSO_WORDS):
        j += 1
    return paper if j == verb_at else None


_ALSO_WORDS = frozenset({"هم", "نیز", "همچنین"})


def _paper_after_comma(keys, s, verb_at, reg: Registry) -> bool:
    """Whether the clause's last part, past its last comma, is «در X آمده است» naming no one:
    the paper X says what follows, not a person named in the part before («در حالی که X ادعا
    می‌کند ...، در خبرها آمده است که»)."""
    if keys[verb_at] != _HELD_SAYS:
        return False
    commas = [k for k in range(s, verb_at) if keys[k] in COMMAS]
    if not commas:
        return False
    after = commas[-1] + 1
    return (
        after < verb_at
        and _document_says(keys, after, verb_at)
        and not any(k in reg.by_token for k in range(after, verb_at))
    )


def _subject_left_out(keys, s, verb_at, post_at) -> bool:
    """Whether the clause before the verb at ``verb_at`` has no subject: the verb opens it
    («خاطرنشان کرد: ...») or an adjunct does («با اشاره به ...، گفت»), and no post,
    organization or unknown name stands where a subject would, after its last comma, nor
    people in the plural after a comma; a clause of «، که ...» is its noun's («... حکومتش
    بود، که ...، خواستار رفع تحریم‌ها شد»)."""
    if any(k in post_at for k in range(s, verb_at)):
        return False
    commas = [k for k in range(s, verb_at) if keys[k] in COMMAS]
    if any(_people_in_plural(keys, k, verb_at) for k in (s, *(c + 1 for c in commas))):
        return False  # «در این میان، صهیونیست‌ها ...، تاکید می‌کنند که»: theirs
    if _many_unnamed_in(keys, s, verb_at):
        return False  # «از همان روزهای آغازین ... اما هر بار مسئولان ... را اعلام کردند»
    if s < verb_at and not any(tuple(keys[s : s + len(g)]) == g for g in _GOING_ON):
        # «این مسئله چقدر برای شما نگران کننده است، گفت:»: what was asked, then the verb
        return (
            commas[-1:] == [verb_at - 1]
            and not new_subject(keys, s, verb_at, set())
            and not organization_at(keys, s, verb_at)
            and not any(keys[k] == _THAT and keys[k - 1] in COMMAS for k in range(s + 1, verb_at))
        )
    after = commas[-1] + 1 if commas else s
    return after >= verb_at or not (
        organization_at(keys, after, verb_at) or new_subject(keys, after, verb_at, set())
    )


# people many and unnamed who, standing in a clause of a verb in the plural, are its subject
_MANY_UNNAMED = GROUPS | frozenset(
    map(lx.key, "مسئولان مسئولین مسوولان مسولان منابع مخالفان ناظران شاهدان متولیان".split())
)
_UNNAMED_REACH = 8  # words of what the many unnamed are of, up to their comma
_UNNAMED_WORDS = 4  # and with no comma, before a phrase of their clause opens


def _many_unnamed_end(keys, s, verb_at) -> int:
    """Past the comma that closes people many and unnamed opening the clause at ``s`` before
    a verb in the plural («متولیان مبارزه با تجارت پنهان و زیرزمینی، ارزش دلاری قاچاق ... را
    ... برآورد کردند»): what they said opens there, not with them; with no comma, where a
    phrase of their clause opens after them («مقامات لیتوانی | در دهه 90 نیز مسئله ... را
    مطرح کرده بودند», «مقامات دولتی | از سنگ اندازی‌های سیاسی ... سخن می‌گویند»); else ``s``."""
    first = _many_unnamed_first(keys, s, verb_at)
    if first is None:
        return s
    opens = None
    for k in range(first + 1, min(first + _UNNAMED_REACH + 1, verb_at - 1)):
        if keys[k] in COMMAS:
            return k + 1
        if keys[k] in (_THAT, "را", ":") or verb(keys[k]):
            break
        if (
            opens is None
            and k <= first + _UNNAMED_WORDS
            and keys[k] in _OPENS_PHRASE
            and keys[k - 1] != "و"  # «مقامات کشورمان و نیز مقامات چین»: more of them
        ):
            opens = k
    return s if opens is None else opens


def _many_after_that(keys, s, verb_at) -> int | None:
    """Past people many and unnamed who are the subject of the clause after the last «که»
    before a verb in the plural, opening that clause or right before the verb («... آمریکاست
    که با انتصاب وی ناظران پیش‌بینی کردند ...»): the statement is theirs, no one's named
    before; or None. Not inside a phrase («که زیر فشارهای مقامات آمریکایی گرفته شد»), nor
    in a relative clause a comma closes."""
    that = next((k for k in range(verb_at - 1, s, -1) if keys[k] == _THAT), None)
    if that is None or not plural_verb(keys, verb_at):
        return None
    if any(keys[k] in COMMAS for k in range(that + 1, verb_at)):
        return None
    if verb_at - 1 > that and keys[verb_at - 1] in _MANY_UNNAMED:
        return verb_at
    return that + 2 if that + 1 < verb_at and keys[that + 1] in _MANY_UNNAMED else None


def _many_after_and(keys, s, verb_at) -> int | None:
    """Past people many and unnamed («منابع محلی», «برخی از منابع بازار»), or «آن‌ها»,
    «آنان», «ایشان» after a verb of «he» or «it» (whose subject they cannot stand for), who
    open the clause after the last «و» before a verb in the plural, or «برخی» or «همه» alone
    there: «... فرستاد و منابع محلی می‌گویند», «... افتاد و برخی در شبکه‌های مجازی مدعی شدند
    که ...», «پلیس ... به پرس و جو از همسایه‌ها پرداخت و آن‌ها گفتند»; the statement is
    theirs, no one's named before. None when there is none, or when the clause goes on past
    them with «که», «را» or a colon (they are not its subject)."""
    joined = next((k for k in range(verb_at - 2, s, -1) if keys[k] == _AND), None)
    if joined is None or not plural_verb(keys, verb_at):
        return None
    t = joined + 1
    if keys[t] in _SOME_OF:
        if any(keys[k] in _NOT_THEIRS for k in range(t, verb_at)):
            return None
        if t + 1 == verb_at or keys[t + 1] in _OPENS_PHRASE - {"از"}:
            return t + 1  # «برخی» alone: «... افتاد و برخی در شبکه‌های مجازی مدعی شدند که»
        t += 1 + (keys[t + 1] == "از")  # «برخی از منابع بازار»
    if t >= verb_at or any(keys[k] in _NOT_THEIRS for k in range(t, verb_at)):
        return None
    if keys[t] in _MANY_UNNAMED and verb_at - t <= _UNNAMED_REACH:
        return _many_unnamed_end(keys, t, verb_at)
    before = keys[joined - 1]
    if (
        keys[t] in _THEY
        and t == joined + 1
        and (finite_verb(before) or verb(before))
        and not before.endswith((*VERB_PLURAL_ENDS, *_FIRST_SECOND_ENDS))
        and before != "اند"
    ):
        return t + 1
    return None


# words past which the many after «و» are no subject of the verb: another clause or an object
_NOT_THEIRS = frozenset({_THAT, "را", ":"})
# a verb of «I», «we» or «you» («نوشتیم», «کردم», «می‌دانید»): whom «ایشان» after it means
# is not told by its subject
_FIRST_SECOND_ENDS = ("م", "ید")
# «they» (and «he» in the plural of respect) opening a clause of their own after «و»
_THEY = frozenset(map(lx.key, ("آن‌ها", "آنها", "آنان", _HONOURED)))


def _many_unnamed_first(keys, s, verb_at) -> int | None:
    """The token of people many and unnamed opening the clause at ``s`` («مقامات», past
    «برخی» or «همه») before a verb in the plural, or None."""
    first = s + 1 if s < verb_at and keys[s] in _SOME_OF else s
    if first < verb_at and keys[first] in _MANY_UNNAMED and plural_verb(keys, verb_at):
        return first
    return None


# a word picking some or all of the many before them: «برخی مقامات», «همه مسئولان»
_SOME_OF = frozenset(map(lx.key, ("برخی", "همه")))
# the words that open a phrase of a clause after its subject («در», «از», «نیز», «روز»), not
# «و», which joins more of them («ناظران و منتقدان مستقل»)
_OPENS_PHRASE = (PREPOSITIONS - {"و"}) | {"در", "طی", "ضمن", *ALSO, _MOREOVER} | (WHEN - {"،"})


def _many_unnamed_in(keys, s, verb_at) -> bool:
    """Whether people many and unnamed («مسئولان», «کارشناسان») stand in the clause from ``s``
    before a verb in the plural, not in a phrase of a preposition («از مسئولان خواستند»): the
    verb is theirs, not the speaker's before going on past an adjunct opening the clause."""
    return plural_verb(keys, verb_at) and any(
        keys[k] in _MANY_UNNAMED and keys[k - 1] not in PREPOSITIONS for k in range(s + 1, verb_at)
    )


def _people_in_plural(keys, s, verb_at) -> bool:
    """Whether a plural in «ها» no word list holds opens the clause at ``s`` before a verb
    in the plural: «صهیونیست‌ها علاوه بر ادامه محاصره ...، تاکید می‌کنند که» is theirs, not
    the writer's going on."""
    key = keys[s]
    return (
        len(key) > 4
        and key.endswith(("ها", "های"))
        and key not in lx.common_words()
        and plural_verb(keys, verb_at)
    )


def new_subject(keys, s, verb_at, current: set[str]) -> bool:
    """Whether the clause from ``s`` to its reporting verb is said by someone the article
    does not name as a person or post: an organization («خبرگزاری فرانسه نوشت»), a first
    name and another word («مرتضی تمدن ... می‌گوید»), or two words that are neither
    ordinary nor part of the current speaker's name («بریجیت فلوید ... گفت»).
    ``current``: the keys of the current speaker's name («حسینی» alone is still them)."""
    if s < verb_at and keys[s] in QUOTE_MARKS:
        s += 1  # «"نادر پسنده" روز جمعه ... گفت»
    if described_subject(keys, s, verb_at):
        return True
    if s >= verb_at or keys[s] in NOT_SUBJECT or keys[s] in current:
        return False
    if organization_at(keys, s, verb_at):
        return True
    first = keys[s : min(s + 3, verb_at)]
    # the first two words but quotation marks (most clauses hold none there)
    pair = (
        first[:2]
        if QUOTE_MARKS.isdisjoint(first)
        else [k for k in first if k not in QUOTE_MARKS][:2]
    )
    if len(pair) < 2 or not (pair[0][:1].isalpha() and pair[1][:1].isalpha()) or pair[1] in current:
        return False
    if pair[0] in lx.first_names() and pair[1] not in NOT_SUBJECT:
        return True
    return not any(k in lx.common_words() or k in NOT_SUBJECT for k in pair)


def _post_after_name(keys, s, verb_at, post_at) -> PostMention | None:
    """The post in apposition to words the article does not know as a name: «تحسین الخفاجی،
    سخنگوی فرماندهی عملیات مشترک عراق گفت» is said by that post's holder, not by «وی»."""
    if keys[s] in NOT_SUBJECT:
        return None
    for k in range(s + 1, min(s + 4, verb_at)):
        if not keys[k - 1][:1].isalpha():
            return None
        # «اودی ابینطال، دیگر تحلیل‌گر اسرائیلی ...»: another holder of the post
        post = post_at.get(k + 2 if keys[k + 1 : k + 2] == ["دیگر"] else k + 1)
        if keys[k] in COMMAS and post and not post.anaphor and post.j <= verb_at:
            return post
    return None


def _after_subject(k: int, reg: Registry, post_at) -> int:
    pkey = reg.by_token[k]
    k = reg.name_end(k)
    for gap in (0, 1, 2):  # the post in apposition («فدائی استاندار کرمان») is the subject too
        r = post_at.get(k + gap)
        if r and not r.anaphor and r.holder in (pkey, None):
            return r.j
    return k


def name_keys(ref: Ref, reg: Registry) -> set[str]:
    pkey = resolve(ref, reg)
    return set(lx.phrase_keys(reg.persons[pkey].name)) if pkey else set()


def resolve(ref: Ref, reg: Registry) -> str | None:
    if isinstance(ref, PostMention):
        return resolve_post(reg, ref)
    return ref if isinstance(ref, str) else None
