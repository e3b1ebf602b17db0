"""A family name alone as the subject of a reporting clause, of someone the article never
names in full: «کولیوند افزود», «نوذری با اشاره به اینکه ... گفت:», «وارسته با بیان این
مطلب، اظهار داشت». News often names a speaker once by post and then by family name alone
(«رئیس کمیسیون ... گفت» ... «کولیوند افزود»); a word that opens such a clause and that no
list knows as a word, a place, an organization, a post or a title is that person's name.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from operator import itemgetter

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import after_in_phrase
from khabar.extract.clause_words import COMMAS
from khabar.extract.given_then_said import given_then_said
from khabar.extract.glued_words import glued
from khabar.extract.namewords import (
    FREQUENT,
    RARE,
    SURNAME_ENDS,
    adjective,
    compound_family_name,
    name_word,
    no_name_end,
    rank,
)
from khabar.extract.no_name_words import no_name
from khabar.extract.people import PostMention, post_boundaries, stopwords
from khabar.extract.registry import Registry, family_head, family_tail, subject_at
from khabar.extract.speaking_bodies import organization_at
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import default_lexicon

# Words between the subject and its reporting verb: «X همچنین گفت», «X در ادامه افزود», «X نیز
# پیش‌تر تاکید کرده بود» (said before, the verb's past perfect)
_BETWEEN = frozenset({"همچنین", "نیز", "در", "ادامه", "پایان", "خاتمه", "امروز", "سپس"})
_BETWEEN |= {"پیشتر", "قبلا"}
_MAX_BETWEEN = 2
_ALSO = frozenset({"همچنین", "نیز"})  # «X همچنین با اشاره به ... گفت:»
# «X در ادامه با اشاره به ... گفت:»: the clause of its topic comes after them
_GOING_ON = frozenset({("در", "ادامه"), ("در", "پایان"), ("در", "خاتمه")})
# «X در این باره گفت»: the matter spoken of before
_ON_THIS = frozenset(("در", "این", w) for w in ("باره", "زمینه", "خصوص", "رابطه", "مورد"))
# «X با اشاره به ... گفت:», «X با بیان اینکه ...، افزود»: the clause names the topic first
_WITH_TOPIC = frozenset({"اشاره", "بیان", "تاکید", "ابراز", "اعلام", "انتقاد", "تشریح"})
_WITH_TOPIC |= {"مقایسه", "یادآوری", "ارایه", "طرح", "برشمردن"}  # «X با مقایسه ... اظهار داشت:»
# «X در گفت‌وگو با ایسنا، گفت:», «X در پیامی خود اظهار داشت:»: where or how X speaks, in a
# few words before the verb that opens the statement
_IN_REACH = 10
# «X درباره ... گفت:», «X از حزب ... افزود:»: what he speaks of, where he stands
_ABOUT = frozenset({"درباره", "پیرامون", "راجع", "از"})
_CLAUSE_REACH = 20  # words of a clause of «که» on the subject, to its comma
_US = frozenset({"من", "ما"})  # «X به من گفت»: the one told is the writer
# but a paper a body issues: «آکسفام در گزارش خود گفته است:» (of «بنیاد آکسفام»), or a
# clause of its own: «کاغذبازی در گمرک باید از میان برود[رییس جمهوری] بیان کرد:»
_BODY_PAPERS = ("گزارش", "بیانیه", "اطلاعیه")
_CLAUSE_VERBS = frozenset({"باید", "است", "بود", "شد", "شود", "میشود"})
_MIN_LETTERS = 3
_DEMONSTRATIVES = ("همان", "همین")
_OUTLET_VERBS = frozenset({"نوشتن", "گزارش دادن"})
# a word with a plural, a pronoun or an article written on: «دموکرات‌ها», «بخش‌هایی»,
# «کمک‌راننده‌اش», «عده‌ای»; a comparative or a superlative: «پیش‌تر», «مهم‌ترین»
NO_NAME_ENDS = ("\u200cها", "\u200cهای", "\u200cهایی", "\u200cاش", "\u200cای", "\u200cتر", "ترین")


def lone_surnames(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    tagged: dict[int, str] | None = None,
    posts: Sequence[PostMention] = (),
    verb_starts: Sequence[int] | None = None,
) -> None:
    """Add to ``reg`` the persons named by a family name alone that opens a sentence, or a
    phrase with «در» to its comma, and reports (``sentences``: token ranges; ``tagged``: the
    tagger's kind of each token; ``posts``: the article's posts, for ``after_post_lead``;
    ``verb_starts``: the tokens whose key opens a reporting verb, sorted, when already
    found)."""
    if verb_starts is None:
        verb_starts = lx.positions(keys, _verb_openers())
    subjects = [subject_at(keys, a, b) for a, b in sentences]  # read by both passes
    if leads := _leads(keys):  # «... در پی می‌خوانید: یونسی ... افزود:»: past the lead
        subjects = [_past_lead(leads, i, b) for (_, b), i in zip(sentences, subjects, strict=True)]
    # the last token before each sentence's end that opens a reporting verb (-1: none): each
    # reading of a family name alone as a subject below needs one past it, but «X: ...»
    # (``_said``); two sentences in five have none
    last_verbs = [
        verb_starts[n - 1] if (n := bisect_left(verb_starts, b)) else -1 for _, b in sentences
    ]
    for (_, b), i, last_verb in zip(sentences, subjects, last_verbs, strict=True):
        if i < b and keys[i] == "در":
            # «در این دیدار، میخائیلف با تأکید بر ... گفت:», «در ادامه پوری حسینی گفت:»
            i = _past_going_on(keys, i) or after_in_phrase(keys, i, b)
        if i >= b - 1 or i in reg.by_token:
            continue
        if tagged is not None and tagged.get(i) in ("ORG", "LOC"):
            continue
        if last_verb <= i and keys[i + 1] != ":":
            continue  # no verb of saying after it, nor a colon
        if reports(keys, i + 1, b) or _own_paper(tokens, keys, i, b) or _said(keys, i, b):
            if not _name_shaped(tokens, keys, i) and not _last_of_family(reg, tokens, keys, i):
                continue
        elif not _names_object(reg, keys, i + 1, b) and not _tells_of(reg, keys, i + 1, b):
            continue
        elif not _name_shaped(tokens, keys, i):
            continue
        elif keys[i] in lx.common_words() or rank(keys[i]) < FREQUENT:
            continue  # «جوان دیگری از شهر دوزدوزان، آمادگی خود را ... اعلام کرد»
        elif keys[i] not in lx.family_name_words() and (tagged or {}).get(i) != "PER":
            continue  # «فیفا ... را ... اعلام کرد»: a body's name no list holds
        pkey = reg.by_surname((keys[i],))
        if pkey is None and reg.spelled((keys[i],)):
            pkey = holder_named_before(reg, keys[i], tokens.starts[i])
            if pkey is None:
                continue  # two persons have that family name: either may speak
        if pkey is None:
            holders = _named_with(reg, keys[i])
            if len(holders) > 1:
                continue
            # «صفار» of «صفار هرندی», «محمدزاده» of «احمد آفرین محمدزاده»
            head = None if holders else family_head(reg, keys[i]) or family_tail(reg, keys[i])
            pkey = holders[0] if holders else head or _new_person(reg, tokens, keys, i)
        reg.mention_at(tokens, i, i + 1, pkey)
    # a listed family name's word that opens reports, written after a given name once
    opens: dict[str, list[int]] = {}
    for (_, b), i in zip(sentences, subjects, strict=True):
        if i < b - 1 and i not in reg.by_token and keys[i] in lx.family_name_words():
            if (tagged is None or tagged.get(i) in (None, "PER")) and reports(keys, i + 1, b):
                opens.setdefault(keys[i], []).append(i)
    given_then_said(reg, tokens, keys, opens)
    if posts:
        # the sentence a post leads, found once: neither pass gives a post a holder
        if (opening := _post_lead_at(reg, keys, sentences, subjects, posts)) is not None:
            said_twice(reg, tokens, keys, sentences, subjects, opening, tagged)
            after_post_lead(reg, tokens, keys, sentences, subjects, opening, tagged)
    # a family name of two words: «شریفی زمانی افزود:»
    for (_, b), i, last_verb in zip(sentences, subjects, last_verbs, strict=True):
        i = _past_going_on(keys, i) or i
        if i >= b - 2 or last_verb < i + 2 or i in reg.by_token or i + 1 in reg.by_token:
            continue
        if not _family_keys(keys, i) or reports(keys, i + 1, b) or not reports(keys, i + 2, b):
            continue
        if tagged is not None and {tagged.get(i), tagged.get(i + 1)} & {"ORG", "LOC"}:
            continue
        if _family_pair(tokens, keys, i):
            pair = (keys[i], keys[i + 1])  # both words the family name
            pkey = reg.by_surname(pair) or reg.new_person(tokens, keys, i, i + 2, pair)
            reg.mention_at(tokens, i, i + 2, pkey)
    # the persons known now, in clauses that run long
    for (_, b), i, last_verb in zip(sentences, subjects, last_verbs, strict=True):
        if i >= b - 1 or last_verb <= i or i in reg.by_token:
            continue  # (no verb of saying after it for ``_states_alone``)
        pkey = _family_of_one(reg, keys[i])
        if tagged is not None and tagged.get(i) not in (None, "PER"):
            # a body or a place the tagger reads there, but the family name of one named
            # before in full with a listed given name («پارسا درباره ... اظهار داشت:» of
            # «امیدعلی پارسا», «بنت همچنین ... را تایید کرد و گفت:» of «نفتالی بنت»)
            if not (pkey and _named_in_full_before(reg, tokens, keys, i, pkey)):
                continue
        elif not (pkey and _name_shaped(tokens, keys, i)):
            continue
        if _states_alone(reg, keys, i + 1, b):
            reg.mention_at(tokens, i, i + 1, pkey)
    given_names_before(reg, tokens, keys)


def said_twice(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    subjects: list[int],
    opening: int,
    tagged: dict[int, str] | None,
) -> None:
    """Past a sentence opened by a post nobody holds and said by it (``opening``,
    ``_post_lead_at``), a listed family name's word that is a common word too, no adjective,
    that opens two later sentences or more each reporting (``reports``) is that speaker's
    family name: «رییس محیط زیست اسلامشهر ... گفت:»
    ... «شایسته بیان کرد: ...», «شایسته با اشاره به آلودگی هوای اسلامشهر گفت: ...», though
    the lexicon holds it as a verb's form too; once, it may be the word, and with no post
    before, a noun the story tells of («سرباز می‌گوید:»)."""
    said: dict[str, list[int]] = {}
    for (_, b), i in list(zip(sentences, subjects, strict=True))[opening + 1 :]:
        if i >= b - 1 or i in reg.by_token or keys[i] not in lx.common_words():
            continue
        if tagged is not None and tagged.get(i) not in (None, "PER"):
            continue
        if reports(keys, i + 1, b):
            said.setdefault(keys[i], []).append(i)
    for key, opens in said.items():
        if len(opens) < 2 or key not in lx.family_name_words() or adjective(key):
            continue
        i = opens[0]
        if key in stopwords() or key in post_boundaries() or key in lx.first_names():
            continue
        if not lettered(tokens, keys, i) or key in lx.outlet_words() or no_name(key):
            continue
        if listed_at(keys, i) or reg.surnames.get((key,)) or _named_with(reg, key):
            continue
        pkey = _new_person(reg, tokens, keys, i)
        for k in opens:
            reg.mention_at(tokens, k, k + 1, pkey)


def _names_object(reg: Registry, keys: list[str], j: int, b: int) -> bool:
    """From ``j`` an object with «را» runs to a reporting verb said by one person that ends
    the sentence or is followed by «و» and a verb that opens a statement: «خسروتاج میزان رشد
    صادرات فرش ... را 17 درصد اعلام کرد و گفت:», «ربیعی تامین امنیت شغلی ... را مهم‌ترین
    رویکردهای وزارت کار ... برشمرد.»; no colon, «که» nor person before it."""
    if "را" not in keys[j:b]:
        return False  # no object: most sentences, looked for in C
    marked = keys.index("را", j, b)  # the object's, up to which the tests run in C
    words = keys[j:marked]
    if ":" in words or "که" in words or not reg.by_token.keys().isdisjoint(range(j, marked)):
        return False
    verbs = lx.reporting_verbs()
    for k in range(marked + 1, b):
        if keys[k] in (":", "که") or k in reg.by_token:
            return False
        if keys[k] not in verbs.root:
            continue  # «را» again, or a word that opens no verb: most words
        m = verbs.match(keys, k)
        if m is None:
            continue
        end = m[0]
        if end < b and keys[end] == "و":
            return _opens_statement(keys, end + 1, b) and _one_speaks(keys, k, m)
        return (end >= b or keys[end] == ".") and _one_speaks(keys, k, m)
    return False


# what one tells of with «از»: «X از ... خبر داد», «X از ... نام برد»
_TOLD_OF = frozenset({"خبر دادن", "نام بردن"})


def _tells_of(reg: Registry, keys: list[str], j: int, b: int) -> bool:
    """From ``j``, «از» and what it names run to «خبر داد» or «نام برد» that ends the
    sentence or is followed by «و» and a verb that opens a statement: «قهرمانلو از اجرای این
    طرح به عنوان ظرفیت خوبی ... نام برد و گفت:», «منصوری از دستگیری ... خبر داد.»; no colon,
    «که», person nor other verb of saying before it."""
    if j >= b or keys[j] != "از":
        return False
    verbs = lx.reporting_verbs()
    for k in range(j + 1, b):
        if keys[k] in (":", "که") or k in reg.by_token:
            return False
        if keys[k] not in verbs.root or (m := verbs.match(keys, k)) is None:
            continue
        end = m[0]
        if m[1].lemma not in _TOLD_OF:
            return False
        if end < b and keys[end] == "و":
            return _opens_statement(keys, end + 1, b)
        return end >= b or keys[end] == "."
    return False


def after_post_lead(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    subjects: list[int],
    opening: int,
    tagged: dict[int, str] | None,
) -> None:
    """News names a speaker by post alone, then by family name alone, often a word too
    («عضو هیات‌علمی موسسه تحقیقات ... گفت:» ... «امینی بر لزوم ... تاکید کرد و هشدار داد:»;
    «معاون بهبود تولیدات گیاهی ... گفت:» ... «رشادت تبیین کرد:»): past a sentence opened by
    a post nobody holds and said by it, a word of letters no list holds as a stopword, a given
    name, a common word, a post, a place, an organization or an outlet but as a family name's
    word (``_loose_name``), that opens a later
    sentence and is said by one person to its reporting verb (``_says_to_verb``), is a
    person's family name, when a list holds it as one (``opening``: that sentence,
    ``_post_lead_at``)."""
    for (_, b), i in list(zip(sentences, subjects, strict=True))[opening + 1 :]:
        if i >= b - 1 or i in reg.by_token:
            continue
        # «سعادت گفت:»: a verb of saying and its colon right after a family name's word,
        # though a common word too; else a word no list holds but as a family name's, and
        # what follows a name
        said = verb_right_after(keys, i + 1) or _going_on_to_colon(keys, i + 1, b)
        if not _loose_name(tokens, keys, i, common=said):
            continue
        if tagged is not None and tagged.get(i) not in (None, "PER"):
            continue
        if keys[i + 1] not in _NEXT_TO_NAME and not said:
            continue  # «پیروزی حقوقدانان ...»: a noun and its complement; «هاشمی شهری»
        if not _says_to_verb(reg, keys, i + 1, b):
            continue
        if reg.by_surname((keys[i],)) is None and reg.spelled((keys[i],)):
            continue
        holders = set(reg.surnames.get((keys[i],), set())) | set(_named_with(reg, keys[i]))
        if len(holders) > 1:
            continue
        pkey = holders.pop() if holders else _new_person(reg, tokens, keys, i)
        reg.mention_at(tokens, i, i + 1, pkey)


def _past_going_on(keys: list[str], i: int) -> int | None:
    """The token past «در ادامه», «در پایان» or «در خاتمه» opening a clause at ``i`` with no
    comma after it: the subject opens there («در ادامه پوری حسینی گفت:»); else None."""
    if tuple(keys[i : i + 2]) not in _GOING_ON or keys[i + 2 : i + 3] in (["،"], [","]):
        return None
    return i + 2


def verb_right_after(keys: list[str], j: int) -> bool:
    """Whether a reporting verb opens at ``j`` and a colon right after it opens the statement
    («سعادت گفت:»), not a noun's complement."""
    if keys[j] not in lx.reporting_verbs().root:
        return False  # most words open none
    m = lx.reporting_verbs().match(keys, j)
    return m is not None and keys[m[0] : m[0] + 1] == [":"]


def _going_on_to_colon(keys: list[str], j: int, b: int) -> bool:
    """Whether «در پایان / در ادامه / در خاتمه» opens at ``j`` and the clause runs to a verb
    of saying and its colon: «ساکت در پایان درباره تجمع ... گفت: ...», one going on who
    spoke before under a post, not a word («ساکت»: silent) that opens a sentence."""
    if tuple(keys[j : j + 2]) not in _GOING_ON:
        return False
    verbs = lx.reporting_verbs()
    for k in range(j + 2, b):
        if keys[k] in (":", "که", "."):
            return False
        if keys[k] in verbs.root and (m := verbs.match(keys, k)) is not None:
            return keys[m[0] : m[0] + 1] == [":"]
    return False


# what follows a name that opens a clause: an adverb, a preposition (not a noun's complement)
_NEXT_TO_NAME = _BETWEEN | _ABOUT | {"با", "بر", "به", "طی", "ضمن", "روز", "ظهر", "شب", "صبح"}


def _post_lead_at(
    reg: Registry,
    keys: list[str],
    sentences: list[tuple[int, int]],
    subjects: list[int],
    posts: Sequence[PostMention],
) -> int | None:
    """The first sentence opened by a post nobody holds and said by it (``_post_leads``), or
    None."""
    at = {r.i: r for r in posts if not r.holder and not r.anaphor}
    return next(
        (n for n, (_, b) in enumerate(sentences) if _post_leads(keys, at.get(subjects[n]), b, reg)),
        None,
    )


def _post_leads(keys: list[str], r: PostMention | None, b: int, reg: Registry) -> bool:
    """The post ``r`` opening a sentence that ends at ``b`` is held by nobody, and a reporting
    verb follows it in the sentence."""
    if r is None or reg.posts.holders(r.keys):
        return False
    verbs = lx.reporting_verbs()
    return any(verbs.match(keys, k) for k in range(r.j, b))


def _loose_name(tokens: TokenColumns, keys: list[str], i: int, common: bool = False) -> bool:
    """``_name_shaped`` but for how often the word is written: a listed family name's word
    that is a word too («امینی», «امانی»); ``common``: a common word or a given name too
    («سعادت»)."""
    word, key = tokens.words[i], keys[i]
    if key not in lx.family_name_words() or not _unlisted_word(tokens, keys, i, common):
        return False
    if word.endswith(NO_NAME_ENDS) or key.endswith(("ها", "ان")) or no_name_end(key):
        return False
    if glued(word) or adjective(key) or key.startswith(_DEMONSTRATIVES):
        return False
    parts = [p for p in word.split("\u200c") if p]  # «امام‌جمعه»: a post written as one word
    if len(parts) > 1 and lx.post_heads().match(list(lx.phrase_keys(" ".join(parts))), 0):
        return False
    return no_verb_nor_listed(keys, i)


def _says_to_verb(reg: Registry, keys: list[str], j: int, b: int) -> bool:
    """From ``j`` the clause runs to a reporting verb said by one person that opens a
    statement (a colon after it) or ends the sentence, with no colon nor person before it."""
    if reports(keys, j, b):
        return True
    verbs = lx.reporting_verbs()
    for k in range(j, b):
        if keys[k] == ":" or k in reg.by_token:
            return False
        m = verbs.match(keys, k)
        if m and (m[0] >= b or keys[m[0]] in (":", ".")):
            return _one_speaks(keys, k, m)
    return False


# «فشرده اظهارات وزیر ... را در پی می‌خوانید: یونسی ... افزود:»: a lead that tells the reader
# what follows, its colon run into the sentence that follows
_READ = frozenset({"میخوانید", "میخوانیم", "بخوانید"})


def _leads(keys: list[str]) -> list[int]:
    """The tokens right after each lead's colon, in order (most articles: none)."""
    return [k + 2 for k in lx.positions(keys, _READ) if k + 2 < len(keys) and keys[k + 1] == ":"]


@cache
def _verb_openers() -> frozenset[str]:
    return frozenset(lx.reporting_verbs().first_keys())


def _past_lead(leads: list[int], i: int, b: int) -> int:
    """The subject at ``i`` of a sentence ending at ``b``, past the last lead in it."""
    inside = leads[bisect_left(leads, i + 2) : bisect_left(leads, b)]
    return inside[-1] if inside else i


def _named_in_full_before(
    reg: Registry, tokens: TokenColumns, keys: list[str], i: int, pkey: str
) -> bool:
    """``pkey`` was named before token ``i`` with a listed given name, and the word there is
    a word of letters no list holds as a post, a title, a body or a place but a town of that
    one word («بنت»)."""
    if pkey not in reg.given or not reg.named_before(pkey, tokens.starts[i]):
        return False
    if not lettered(tokens, keys, i):
        return False
    if not listed_at(keys, i):
        return True
    tries = (lx.post_heads(), lx.honorifics(), lx.organizations(), lx.agencies())
    place = lx.places().match(keys, i)
    town = place is not None and place[0] == i + 1 and place[1].kind == "city"
    return town and not any(t.match(keys, i) for t in tries)


def _family_of_one(reg: Registry, key: str) -> str | None:
    """The one person whose family name is ``key`` or ends with it, or None."""
    holders = set(reg.surnames.get((key,), set())) | set(_named_with(reg, key))
    return holders.pop() if len(holders) == 1 else None


def _states_alone(reg: Registry, keys: list[str], j: int, b: int) -> bool:
    """A reporting verb said by one person, with a colon after it, ends the clause that
    runs from ``j``, however long («منتجب‌نیا در خصوص احتمال تشکیل ... با حزب اعتماد ملی
    گفت:»), with no other person, «که» or colon before it: the subject before ``j`` says
    it, not one a relative clause names («قالیباف اما ... دارد که «مرتضی آقا تهرانی» ... گفت»);
    a «که» right after the subject opens a relative clause on it, and its verb goes on past
    the clause («بنت که از سفری کاری به واشنگتن بازمی‌گشت به خبرنگاران اظهار داشت:»).
    """
    verbs = lx.reporting_verbs()
    for k in range(j, b):
        if k == j and keys[k] == "که":
            continue
        if keys[k] in (":", "که") or k in reg.by_token:
            return False
        m = verbs.match(keys, k)
        if m and m[0] < b and keys[m[0]] == ":":
            return _one_speaks(keys, k, m)
    return False


_LAST = itemgetter(slice(-1, None))  # a family name's last word, as a tuple


def _named_with(reg: Registry, key: str) -> list[str]:
    """The persons whose family name of two words or more ends with ``key`` («ارونقی» of
    «مهرداد جمال ارونقی»)."""
    if (key,) not in map(_LAST, reg.surnames):  # most keys end none: looked for in C
        return []
    return sorted(
        {h for s, found in reg.surnames.items() if len(s) > 1 and s[-1] == key for h in found}
    )


def _last_of_family(reg: Registry, tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """The last word of the one family name of two words or more the article holds that ends
    with it, though an ordinary word: «انوار با بیان این مطلب ... گفت» after «سید امیر علی
    انوار»; not a word of a post, title, place, organization or outlet, nor a given name."""
    key = keys[i]
    if len(_named_with(reg, key)) != 1 or not key.isalpha() or not tokens.words[i][:1].isalpha():
        return False
    if key in stopwords() or key in post_boundaries() or key in lx.first_names():
        return False
    if key in lx.outlet_words() or no_name(key) or (key,) in lx.speaking_heads():
        return False
    return not listed_at(keys, i)


def _family_keys(keys: list[str], i: int) -> bool:
    """Whether the words at ``i`` and ``i + 1`` are each a listed family name's word."""
    families = lx.family_name_words()
    return keys[i] in families and keys[i + 1] in families


def _family_pair(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Whether the words at ``i`` and ``i + 1``, each a listed family name's word
    (``_family_keys``, checked first), are both shaped as a name (``_name_shaped``): one
    person's family name of two words, neither alone reporting («شریفی زمانی افزود:»)."""
    return _name_shaped(tokens, keys, i) and _name_shaped(tokens, keys, i + 1)


def holder_named_before(reg: Registry, key: str, at: int) -> str | None:
    """Of the persons whose family name is ``key``, the one alone the article names before
    character ``at``: «محمد عموییان ... اظهار داشت» ... «عموییان بیان داشت: سارا محمدی،
    حانیه عموییان و ...» (the other is named only after the report)."""
    holders = set().union(*(reg.surnames[s] for s in reg.spelled((key,))))
    before = [p for p in holders if reg.named_before(p, at)]
    return before[0] if len(before) == 1 else None


def _new_person(reg: Registry, tokens: TokenColumns, keys: list[str], i: int) -> str:
    """A person named by the family name at ``i``, with the given name ``_join_given`` finds."""
    pkey = reg.new_person(tokens, keys, i, i + 1)
    _join_given(reg, tokens, keys, pkey, keys[i])
    return pkey


def given_names_before(reg: Registry, tokens: TokenColumns, keys: list[str]) -> None:
    """The persons known by a family name alone, named in full where the article writes a
    given name before it and a post after it (``_join_given``)."""
    for pkey, person in list(reg.persons.items()):
        words = person.name.split()
        if len(words) == 1 and (key := lx.key(words[0])) and (key,) in reg.surnames:
            _join_given(reg, tokens, keys, pkey, key, listed_only=True)


def _join_given(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    pkey: str,
    key: str,
    listed_only: bool = False,
) -> None:
    """Name ``pkey``, known by the family name ``key``, with the word before it where the
    article writes it so in apposition to a post: a rare word no list knows, with a comma
    before the post («با محمت هولکی‌اوز، نماینده صندوق ...»), or a listed given name, with or
    without one («اما مقصود اسعدی‌سامانی دبیر انجمن ...»), and only such a name with
    ``listed_only`` (a person the tagger found: «استعلی فرنام» is «است» run into «علی»)."""
    person = reg.persons[pkey]
    for k in lx.occurrences(keys, key, 1, len(keys) - 2):
        if reg.by_token.get(k, pkey) != pkey or k - 1 in reg.by_token:
            continue
        given = keys[k - 1]
        after = k + 2 if keys[k + 1] in COMMAS else k + 1
        if not lx.post_heads().match(keys, after):
            continue
        listed = given in lx.first_names() and not lx.honorifics().match(keys, k - 1)
        if (after == k + 1 or listed_only) and not listed:
            continue
        if not tokens.words[k - 1][:1].isalpha() or len(given) < 3:
            continue
        if not listed and rank(given) < FREQUENT:
            continue
        person.name = f"{tokens.words[k - 1]} {tokens.words[k]}"
        alone = Span(tokens.starts[k], tokens.ends[k])  # the family name, taken alone before
        person.mentions = [m for m in person.mentions if m != alone]
        reg.mention_at(tokens, k - 1, k + 1, pkey)
        break


def reports(keys: list[str], j: int, b: int) -> bool:
    """A reporting verb follows at ``j``, past a few adverbs, or a clause «با اشاره به ...»
    or a few words «در ...» run to one that opens a statement (a colon after it)."""
    verbs = lx.reporting_verbs()
    for k in range(j, min(b, j + _MAX_BETWEEN + 1)):
        if keys[k] in verbs.root and (m := verbs.match(keys, k)):  # most words open none
            return _one_speaks(keys, k, m)
        if keys[k] not in _BETWEEN:
            break
    if j + 2 < b and keys[j] == "به" and keys[j + 1] in _US:
        return reports(keys, j + 2, b)  # «ویکا به من گفت:»: told the writer
    if j + 2 < b and keys[j] == "از" and (body := organization_at(keys, j + 1, b)):
        return _opens_statement(keys, body[1], b)  # «اکرمن از حزب دمکرات آمریکا افزود:»
    if j + 1 < b and keys[j] == "با" and keys[j + 1] in _WITH_TOPIC:
        return states_after(keys, j + 2, b)
    if j + 2 < b and keys[j] in _ALSO and keys[j + 1] == "با" and keys[j + 2] in _WITH_TOPIC:
        return states_after(keys, j + 3, b)  # «اکبری همچنین با بیان این که ...، گفت:»
    if j + 2 < b and tuple(keys[j : j + 2]) in _GOING_ON:
        # «X در ادامه با اشاره به ... گفت:», «X در پایان به پروژه ... اشاره کرد و گفت:»
        if reports(keys, j + 2, b):
            return True
        return not _written_before(keys, j - 1) and states_after(keys, j + 2, b)
    if j + 3 < b and tuple(keys[j : j + 3]) in _ON_THIS:
        return reports(keys, j + 3, b)  # «X در این باره می‌گوید»
    if j + 1 < b and keys[j] == "در":
        return states_after(keys, j + 1, b, _IN_REACH, _BODY_PAPERS)
    if j + 1 < b and keys[j] in _TOPIC_OPENS and rank(keys[j - 1]) >= RARE:
        # a name no word of the lexicon: not a family name that is a word too («امینی بر لزوم
        # ... تاکید کرد و هشدار داد:»), which speaks so only past a post-only lead
        return _topic_then_says(keys, j + 1, b)
    return _told_after(keys, j, b)


# «X به ... اشاره کرد و گفت:», «X بر لزوم ... تاکید کرد و افزود:» (and «بر ... اشاره کرد»): the
# topic first, then a verb of saying that opens the statement
_TOPIC_OPENS = frozenset({"به", "بر"})
_TOPIC_NOUNS = frozenset(map(lx.key, ("اشاره", "تاکید", "تأکید")))


def _topic_then_says(keys: list[str], j: int, b: int) -> bool:
    """The clause from ``j`` runs, with no colon, full stop or verb of a clause of its own, to
    «اشاره کرد و» or «تاکید کرد و» and a reporting verb that opens a statement (a colon after
    it), said by one person: «نویدادهم بر حافظه محوری ... اشاره کرد و گفت:»."""
    for k in range(j, b - 3):
        if keys[k] in (":", ".") or keys[k] in _CLAUSE_VERBS:
            return False
        if keys[k] in _TOPIC_NOUNS and keys[k + 1 : k + 3] == ["کرد", "و"]:
            return _opens_statement(keys, k + 3, b)
    return False


def _said(keys: list[str], i: int, b: int) -> bool:
    """A listed family name of a name's shape, no title's plural, and a colon right after it
    opening the sentence, and words after that: a headline's or an interview's speaker, the
    colon standing for the verb («مهاجرانی: خشونت و پرخاشگری نتیجه‌ای ندارد»; not
    «سئوال:», «افقی:», «آقایان: غفاری، ...»)."""
    if i + 2 >= b or keys[i + 1] != ":":
        return False
    key = keys[i]
    if key not in lx.family_name_words() or not name_word(key):
        return False
    return not (key.endswith("ان") and lx.honorifics().match([key[:-2]], 0))


def _own_paper(tokens: TokenColumns, keys: list[str], i: int, b: int) -> bool:
    """A compound family name that opens «در اطلاعیه خود ...» and a statement after it, however
    long: «موسوی‌نژاد در اطلاعیه خود وقایع اخیر ... را ... دانست و نوشت:»; a body's paper
    («آکسفام در گزارش خود گفته است:») is not a person's, but such a name is a person's; a paper
    is written, so «نوشت» says it too."""
    if keys[i + 1 : i + 2] != ["در"] or i + 4 >= b or keys[i + 2] not in _BODY_PAPERS:
        return False
    if keys[i + 3] != "خود" or not compound_family_name(tokens.words[i]):
        return False
    verbs = lx.reporting_verbs()
    for k in range(i + 4, b):
        if keys[k] == ":":
            return False
        m = verbs.match(keys, k)
        if m and m[0] < b and keys[m[0]] == ":":
            return said_by_one(keys, k, m[0])
    return False


def _told_after(keys: list[str], j: int, b: int) -> bool:
    """Past a few adverbs, what the subject speaks of or where he stands, in a few words,
    runs to a verb that opens a statement: «محدث همچنین درباره ویژگیهای میدان گازی زیره گفت:»,
    «اکرمن از حزب دمکرات آمریکا افزود:»; or a clause of «که» on him ends at a comma before
    such a verb: «رولینگ که در انتخاب بازیگران این فیلم نقش دارد، گفت:»."""
    while j < b and keys[j] in _BETWEEN and keys[j] != "در":
        j += 1
    if j + 1 >= b:
        return False
    if keys[j] in _ABOUT:
        return states_after(keys, j + 1, b, _IN_REACH, _BODY_PAPERS)
    if keys[j] != "که":
        return False
    for k in range(j + 1, min(b, j + 1 + _CLAUSE_REACH)):
        if keys[k] in (":", "که", "."):
            return False
        if keys[k] in COMMAS:
            return _opens_statement(keys, k + 1, b)
    return False


def _opens_statement(keys: list[str], k: int, b: int) -> bool:
    """A reporting verb at ``k`` opens a statement (a colon after it), said by one person."""
    m = lx.reporting_verbs().match(keys, k)
    return m is not None and m[0] < b and keys[m[0]] == ":" and _one_speaks(keys, k, m)


def _written_before(keys: list[str], i: int) -> bool:
    """The word at ``i`` stood earlier in the article («جاسم جادری» ... «جادری در ادامه ...
    گلایه کرد و افزود:»): whoever it named there, the names found later join it to them."""
    return keys[i] in keys[:i]


def states_after(
    keys: list[str], j: int, b: int, reach: int | None = None, vetoes: tuple[str, ...] = ()
) -> bool:
    """A reporting verb that opens a statement (a colon after it) ends the clause that runs
    from ``j`` (in ``reach`` words; with ``vetoes``, none opening with one of them nor a verb
    of a clause of its own), said by one person."""
    verbs = lx.reporting_verbs()
    for k in range(j, b if reach is None else min(b, j + reach)):
        if keys[k] == ":" or (vetoes and (keys[k].startswith(vetoes) or keys[k] in _CLAUSE_VERBS)):
            return False
        m = verbs.match(keys, k) if keys[k] in verbs.root else None  # most words open none
        if m and m[0] < b and keys[m[0]] == ":":
            return _one_speaks(keys, k, m)
    return False


def _one_speaks(keys: list[str], k: int, match: tuple[int, lx.Verb]) -> bool:
    """The verb at ``k`` is said by one person: not a plural («عده‌ای معتقدند», «کاربران
    نوشته بودند»), nor what an outlet writes or reports («ایلاف نوشت», «مارکا گزارش داده»),
    the verbs of a paper a family name alone seldom opens."""
    end, verb = match
    return said_by_one(keys, k, end) and verb.lemma not in _OUTLET_VERBS


def said_by_one(keys: list[str], k: int, end: int) -> bool:
    """The verb at ``[k, end)`` is not a plural's: no word of it ends in «ند»."""
    return not any(key.endswith("ند") for key in keys[k:end])


def _name_shaped(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """A word of letters that no list holds as a word, a given name, a place, an
    organization, an outlet, a post, a title or a verb."""
    word, key = tokens.words[i], keys[i]
    if not _unlisted_word(tokens, keys, i):
        return False
    if key.endswith("ها") and rank(key[:-2]) < FREQUENT:  # «گزارشها»: a plural
        return False
    if word.endswith(NO_NAME_ENDS) and key not in lx.name_words():  # not «خامنه‌ای»
        return False
    if key.startswith(_DEMONSTRATIVES) and rank(key[4:]) < FREQUENT:  # «همانجا», «همین‌جا»
        return False
    if no_name_end(key) or glued(word):  # «ضمنا», «سینماداری»; «وزیرکشور», «قرنطینهبه»
        return False
    # a word the lexicon holds is a word, unless shaped as a family name: «نگارنده», «دیدبان»;
    # one it lacks in «ی» of a word it holds is a family name as subject of a report
    # («هجرتی ... گفت», «رایگانی تصریح کرد»), an adjective never opens one
    # a word of a listed family name that is no common word is one too: «انصاری», «ناطق»
    family = key in lx.family_name_words() and key not in lx.common_words()
    family = family or _common_family(key)
    if rank(key) < RARE and not name_word(key) and not family:
        return False
    return no_verb_nor_listed(keys, i)


def _unlisted_word(tokens: TokenColumns, keys: list[str], i: int, common: bool = False) -> bool:
    """A word of letters that no list holds as a function word, a post's edge, a common word
    (but a family name's), a given name, an outlet's word or no name; ``common``: a common
    word or a given name may be one too."""
    key = keys[i]
    if not lettered(tokens, keys, i) or key in stopwords() or key in post_boundaries():
        return False
    if key in lx.common_words() and not (common or _common_family(key)):
        return False
    given = key in lx.first_names() and not common
    return not (given or key in lx.outlet_words() or no_name(key))


def _common_family(key: str) -> bool:
    """A frequent word that is a listed family name of a family name's shape and no adjective
    of a frequent word: the name, as subject of a report («حسینی با اشاره به ... گفت:»,
    «ابطحی در مورد ... گفت:»; not «آزادی», «بازی»)."""
    return key in lx.family_name_words() and key.endswith(SURNAME_ENDS) and not adjective(key)


def lettered(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Token ``i`` is a word of letters, ``_MIN_LETTERS`` of them at least."""
    return len(keys[i]) >= _MIN_LETTERS and keys[i].isalpha() and tokens.words[i][:1].isalpha()


def no_verb_nor_listed(keys: list[str], i: int) -> bool:
    """Token ``i`` is no verb (with «می» or «نمی» before it or not), and no post, title,
    place, organization or agency a list holds opens there."""
    key = keys[i]
    verbs = default_lexicon().verbs
    if key in verbs or any(key.startswith(p) and key[len(p) :] in verbs for p in ("می", "نمی")):
        return False
    return not listed_at(keys, i)


def listed_at(keys: list[str], i: int) -> bool:
    """A post, title, place, organization or agency a list holds opens at token ``i``; but
    a town of one word that is a family name's word too («یونسی») is a person where one
    stands."""
    tries = (lx.post_heads(), lx.honorifics(), lx.organizations(), lx.agencies())
    if any(t.match(keys, i) for t in tries):
        return True
    place = lx.places().match(keys, i)
    if place is None:
        return False
    town = place[0] == i + 1 and place[1].kind == "city"
    return not (town and keys[i] in lx.family_name_words())
