"""The tagger's spans cut to the names they hold: without the punctuation, function words
and reporting verbs at their edges (``trim``), an organization's or place's bounds
(``org_spans``), and for a person without the verb, adverb, noun of action or country a
name does not end with (``edges``)."""

from __future__ import annotations

from functools import lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.arabic_text import verse_near
from khabar.extract.clause_words import PREPOSITIONS
from khabar.extract.commitment_acts import action
from khabar.extract.name_edges import no_name_before, preposition_run_in
from khabar.extract.named_places import named_after
from khabar.extract.namewords import (
    RARE,
    SAYYID,
    action_noun,
    before_light_verb,
    company_form,
    country,
    light_verb,
    no_name_end,
    ordinary,
    rank,
    unknown_word,
    verb,
)
from khabar.extract.no_name_words import dwelling_adjective, plural_of_people
from khabar.extract.org_spans import (
    BODY_OF_A_PLACE,
    TEAMS,
    a_web_site,
    org_bounds,
    org_parts,
    place_to,
    places_only,
    presidents_country,
    quote_closed,
    team_parts,
)
from khabar.extract.people import first_name_at, post_boundaries, stopwords
from khabar.extract.place_spans import (
    facility_places,
    field_spans,
    led_places,
    listed_among_words,
    place_bounds,
    place_parts,
    quoted_places,
    with_shrines,
)
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import NAME_PARTS

Tagged = list[tuple[str, int, int]]
# nouns of a place taken, freed or besieged, which open no name before it
_TAKEN_OR_FREED = frozenset({"فتح", "آزادسازی", "اشغال", "محاصره", "تصرف"})
_PERIODICALS = frozenset(
    {"روزنامه", "مجله", "نشریه", "فصلنامه", "ماهنامه", "هفتهنامه", "دوهفتهنامه", "دوماهنامه"}
)


# the parts of a city named by their number («منطقه 22 تهران», «ناحیه 3»: PEYMA's training
# part takes the number in 10 times of 10)
_NUMBERED = frozenset({"منطقه", "ناحیه"})


def trim(tokens: TokenColumns, keys: list[str], i: int, j: int, person: bool) -> tuple[int, int]:
    """Without the edges no name has: punctuation, and for a person function words and
    reporting verbs (the stop list holds «خبرگزاری», which opens an organization's name)."""
    words = tokens.words
    if not person:  # punctuation alone, tested in the loops (no call per token)
        while i < j and not (words[i][0].isalpha() or words[i] in "()"):
            i += 1
        while j > i and not (words[j - 1][0].isalpha() or words[j - 1] in "()"):
            if j - i > 1 and words[j - 1].isdigit() and keys[j - 2] in _NUMBERED:
                break  # «منطقه 22»: a city's district by its number
            j -= 1
        return i, j

    def bad(k: int) -> bool:
        return (
            not (words[k][0].isalpha() or words[k] in "()")
            or (keys[k] in stopwords() and keys[k] not in NAME_PARTS)  # «نعمت زاده»
            or keys[k] in post_boundaries()
            or lx.reporting_verbs().match(keys, k) is not None
            or words[k].startswith("به\u200c")  # «به‌نام»: no «بهنام» here
        )

    if not _BRACKETS.isdisjoint(words[i:j]):  # most spans hold none: one test in C
        # «(سید) حسن نصرالله»: a parenthesis the name does not close or open
        i = max([i] + [k + 1 for k in range(i, j) if words[k] == ")" and "(" not in words[i:k]])
        j = min([j] + [k for k in range(i, j) if words[k] == "(" and ")" not in words[k:j]])
    while i < j and bad(i) and not _given_vali(words, keys, i, j):
        i += 1
    while j > i and bad(j - 1):
        j -= 1
    return i, j


_BRACKETS = frozenset("()")
_VALI = "ولی"  # «but», and a given name: «ولی ملکی عضو کمیسیون صنایع ... گفت»
_SENTENCE_ENDS = frozenset(".!?؟")


def _given_vali(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """Whether «ولی» the tagger opened a person's span with is the given name: it opens the
    article or a sentence, one word follows it in the span, and a post right after («ولی
    ملکی عضو کمیسیون صنایع و معادن مجلس ...»); not the «but» of «... جذب کند ولی فرگوسن
    با این عقیده مخالف است»."""
    return (
        keys[i] == _VALI
        and j == i + 2
        and (i == 0 or words[i - 1] in _SENTENCE_ENDS)
        and lx.post_heads().match(keys, j) is not None
    )


# the kinds of the tagger's spans that may be read as each kind: a person's may be a
# periodical's, an organization's a president's country or a place taken, a place's a web
# site («پایگاه " العهد "»)
_MAY_BECOME = {"PER": {"PER"}, "ORG": {"ORG", "PER", "LOC"}, "LOC": {"LOC", "ORG"}}


# the prepositions before an act's noun that make it what is done («برای تامین ...», «با
# نظارت ...»), not «و», which may join the names of a list
_BEFORE_AN_ACT = frozenset(PREPOSITIONS - {"و"})
_CARRYING = lx.key("نقل")  # «نقل و انتقال»: the pair of acts
# acts' nouns that also open the names of companies and directorates («شرکت ملی گاز»,
# «مدیریت سرمایه‌گذاری امید», «سرمایه‌گذاری غدیر»)
_OPENING_NAMES = frozenset(map(lx.key, ("شرکت", "مدیریت", "سرمایه‌گذاری")))


def _an_act_after_preposition(keys: list[str], i: int, j: int) -> bool:
    """Whether the span at ``i`` opens with the noun of an act (``commitment_acts.action``:
    «تامین», «انتقال», «نظارت») right after a preposition, or after another act and «و»: what
    is done, not a body («برای | تامین مواد اولیه طرح صبا», «با | نظارت هلال احمر سوریه»,
    «نقل و | انتقال ارز»); a listed body that opens so stays («از | تامین اجتماعی ...»)."""
    if not 0 < i < j or keys[i] in _OPENING_NAMES or not action(keys[i]):
        return False
    before = keys[i - 1] in _BEFORE_AN_ACT
    if keys[i - 1] == "و" and i > 1:
        before = keys[i - 2] == _CARRYING or action(keys[i - 2]) or action_noun(keys[i - 2])
    return before and not lx.organizations().match(keys, i)


def _titled_figure_at(keys: list[str], i: int, j: int) -> int | None:
    """Where in ``[i, j)`` a title of ``titled_figures.tsv`` stands that the family name of
    the figure it names follows («امام | خمینی», «آیت‌الله | خامنه‌ای»), or None."""
    figures = lx.titled_figures()
    return next((k for k in range(i, j - 1) if (keys[k + 1], keys[k]) in figures), None)


def _a_body_s_word(key: str) -> bool:
    """A word that opens or heads the name of a body or a place named after someone:
    «کمیته», «دانشگاه», «مؤسسه», «شرکت», «مصلی»."""
    return (
        key in BODY_OF_A_PLACE
        or key in named_after()
        or key in lx.organizations().root
        or (key,) in lx.speaking_heads()
        or key in lx.keyed_words("place_heads.txt")
    )


def a_figure_in_no_body(keys: list[str], i: int, j: int) -> bool:
    """Whether the tagger's organization ``[i, j)`` is a titled figure's name with the noun
    of a deed or a thought of his before it («منویات مقام معظم رهبری امام خامنه‌ای عزیز»,
    «رحلت امام خمینی(ره)», «ابتکار امام خمینی (ره)», «حضرت امام خمینی(ره)»): the figure is
    named, no body. A body named after him has a body's word before his title («کمیته امداد
    امام خمینی (ره)», «روابط عمومی شرکت شهر فرودگاهی امام خمینی», «مؤسسه تنظیم و نشر آثار
    امام خمینی»), and stays."""
    k = _titled_figure_at(keys, i, j)
    return k is not None and not any(_a_body_s_word(keys[x]) for x in range(i, k))


def kind_spans(
    tokens: TokenColumns, keys: list[str], tagged: Tagged, kind: str
) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    becoming = _MAY_BECOME.get(kind, {kind})
    for t, a, b in tagged:
        if t not in becoming:
            continue  # a span of a kind that never turns into ``kind`` below
        if t == "ORG" and b - a > 1 and presidents_country(keys, a):
            # «رئیس جمهوری | فرانسه»: the president's title, then the place it ends with
            a = next((k for k in range(a + 1, b) if place_to(keys, k, b)), b)
            if a == b:
                continue  # «رئیس جمهوری و صدر اعظم کشورش»: no place, no body
            t = "LOC"
        elif t == "PER" and a and keys[a - 1] in _PERIODICALS:
            # «فصلنامه فرهنگ رضوی»: a periodical named like a person (PEYMA's training part
            # opens 49 names with such a word, and tags no person after one)
            t, a = "ORG", a - 1
        elif t == "ORG" and b - a > 1 and keys[a] in _TAKEN_OR_FREED:
            # «فتح خرمشهر», «آزادسازی موصل»: the place won or lost, no body (PEYMA's training
            # part tags such a place alone 10 times of 10)
            hit = lx.places().match(keys, a + 1)
            if hit and hit[0] <= b:
                t, a, b = "LOC", a + 1, hit[0]
        elif t == "LOC" and a_web_site(tokens.words, keys, a, b):
            t = "ORG"  # «پایگاه " العهد "»: a web site, no base
        elif t == "ORG" and b - a > 1 and keys[a] in TEAMS:
            # «تیمهای کویت و کره جنوبی»: each team, a country's its place (as PEYMA tags
            # «تیم ایران»)
            for x, y in team_parts(keys, *trim(tokens, keys, a, b, False)):
                x, y = trim(tokens, keys, x, y, False)
                if y <= x or place_to(keys, x, y) != (kind == "LOC"):
                    continue
                if kind == "ORG":
                    x, y = org_bounds(tokens, keys, x, y)
                out.append((x, y))
            continue
        if t == kind:
            i, j = trim(tokens, keys, a, b, kind == "PER")
            if kind == "ORG" and places_only(tokens.words, keys, i, j):
                continue  # «تبادل فرهنگی بوشهر و روسیه»: the places, no body
            if kind == "ORG" and _an_act_after_preposition(keys, i, j):
                continue  # «برای | تامین مواد اولیه طرح صبا»: an act's noun phrase, no body
            if kind == "ORG" and a_figure_in_no_body(keys, i, j):
                continue  # «رحلت امام خمینی(ره)»: the figure, named after his deed's noun
            parts = org_parts(keys, i, j) if kind == "ORG" else [(i, j)]
            if kind == "PER":
                parts = persons_joined(keys, i, j)
            if kind == "LOC":
                if out and i < out[-1][1]:
                    continue  # inside a listed place run on to its end («اتحاد جماهیر شوروی»)
                # past the quotation mark closing one the place opens («تالاب ' کانی برازان '»,
                # as PEYMA writes such names), which ``trim`` cut as punctuation
                i, j = _listed_whole(keys, i, quote_closed(tokens.words, i, j))
                parts = place_parts(keys, *place_bounds(tokens.words, keys, i, j))
                parts = [p for x, y in parts for p in listed_among_words(keys, x, y) or [(x, y)]]
            for x, y in parts:
                if y > x and kind == "ORG":  # a span of punctuation alone is none
                    x, y = org_bounds(tokens, keys, x, y)
                if y > x and kind == "ORG" and verse_near(keys, x, y):
                    continue  # «ولتکن منکم امه یدعون الی الخیر»: a verse, no body's name
                if y > x and kind == "ORG" and out and out[-1][0] <= x < out[-1][1]:
                    # widened into the one before («شبکه «سی. | ان. بی. سی نیوز»»): one name
                    a = out[-1][0]
                    out[-1] = (a, quote_closed(tokens.words, a, max(y, out[-1][1])))
                elif y > x:
                    out.append((x, y))
    if kind == "LOC":
        for a, b in field_spans(keys):  # the tagger reads none of them
            if not any(x < b and a < y for x, y in out):
                out.append((a, b))
        marked = {k for _, a, b in tagged for k in range(a, b)}
        for a, b in led_places(tokens.words, keys, marked):  # a place no list holds, after its word
            out.append((a, b))
        for a, b in quoted_places(tokens.words, keys):
            # the tagger leaves it out, or takes part of it («محله " القادسیه اول»)
            inside = [s for s in out if s[0] < b and a < s[1]]
            if all(a <= x and y <= b for x, y in inside):
                out = [s for s in out if s not in inside] + [(a, b)]
        out = with_shrines(tokens.words, keys, out)  # «حرم مطهر امام رضا (ع)»
        out = facility_places(tokens.words, keys, out, marked)  # «فرودگاه | اراک»
    return out


_AND = "و"
_FATHER_OF = "ابو"  # a kunya opens a name: «ابو محمد»


def persons_joined(keys: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """A person's span ``[i, j)`` cut at each «و» standing alone in it, where each part opens
    as a name does (a listed given name, «سید» or a kunya): no name holds the word, and the
    tagger runs two names it joins into one («حاج مالک، سید علاء بن سید ابراهیم و ابو محمد
    نشسته بودند»). Words that open no name are left whole («وزرای دادگستری و اطلاعات»)."""
    if _AND not in keys[i:j]:
        return [(i, j)]
    out, a = [], i
    for k in range(i, j + 1):
        if k == j or keys[k] == _AND:
            if k > a:
                out.append((a, k))
            a = k + 1
    if not all(_opens_name(keys[x]) for x, _ in out):
        return [(i, j)]
    return out


def _opens_name(key: str) -> bool:
    return key in lx.first_names() or key in SAYYID or key == _FATHER_OF


def _listed_whole(keys: list[str], i: int, j: int) -> tuple[int, int]:
    """The tagger's place ``[i, j)``, run on to the end of the listed place it opens and cuts
    short («اتحاد جماهیر | شوروی»)."""
    hit = lx.places().match(keys, i)
    return (i, hit[0]) if hit and hit[0] > j else (i, j)


def text_word(key: str) -> bool:
    """A frequent or listed common word no name is known to hold («دوربین»; not «صباح»)."""
    return unknown_word(key) or (ordinary(key) and key not in lx.name_words())


def before_bracket(tokens: TokenColumns, i: int, j: int) -> int:
    """The end of a name the tagger runs on into a bracket («خمینی (ره)»): its first «(»."""
    return next((k for k in range(i + 1, j) if tokens.words[k] == "("), j)


def edges(keys: list[str], i: int, j: int) -> tuple[int, int]:
    """A span of the tagger's without what no name ends with: a verb, an adverb, a noun of
    action or a country («افضلی برسد», «خانم حدودا», «هاشمی ارزیابی», «قاسم اسرائیل»), a
    verb's object, «known as» (``no_name_before``); nor an ordinary word it ran in before a
    listed given name that opens a name of two words more («انتصاب | خالد بن خلیفه ...»)."""
    while j > i and (
        no_last_word(keys[j - 1])
        or (j - i > 1 and (before_light_verb(keys, j) or no_name_before(keys, j)))
    ):
        j -= 1
    while j - i > 2 and text_word(keys[i]) and first_name_at(keys, i + 1):
        i += 1
    if j - i > 1 and keys[i] == BEATEN:
        i += 1  # «با نتیجه 4 بر 2 مغلوب | نوراسلام سانایف ... شد»: beaten by the one named
    while (
        i < j and (action_noun(keys[i]) or _craft_noun(keys[i])) and keys[i] not in lx.name_words()
    ):
        i += 1  # «نقش آفرینی | دیبا زاهدی»: a noun of action opens no name either
    return i, j


# «مغلوب» (beaten): a bout's result, before the winner's name or after the loser's («... را
# مغلوب کرد»); no name holds it
BEATEN = "مغلوب"


def _craft_noun(key: str) -> bool:
    """A known noun in «گری», of a doing or a craft («افشاگری», an exposé: «افشاگری | حمید
    رسایی علیه یاران سابق»), that no name list holds («زرگری» is a family name too)."""
    return key.endswith("گری") and len(key) > 4 and rank(key) < RARE


@lru_cache(maxsize=65536)  # per word, bounded: asked of a span's last words, often again
def no_last_word(key: str) -> bool:
    """A word no name ends with: a verb, a light verb («محمد فریاد زد»), a noun of action,
    an adverb, a country, the form of a company («شورون کرپ»), a letter alone (an initial
    the sentence ended at: «لارنس ا. گوستین»), an adjective of where one dwells."""
    if preposition_run_in(key) or len(key) == 1:  # «موسوی‌پور دراین‌باره», «لارنس ا.»
        return True
    if plural_of_people(key):  # «انور ابراهیم | حامیان ماهاتیر محمد»
        return True
    if dwelling_adjective(key):  # «یاسر الحبیب | لندن‌نشین»
        return True
    return verb(key) or light_verb(key) or no_name_end(key) or country(key) or company_form(key)


def titled_namesakes(keys: list[str], tagged: Tagged) -> Tagged:
    """``tagged`` with a place that ends in a title and the person the tagger marks right
    after it made one place: a street or a venue named after someone («خیابان سید |
    جمال‌الدین اسدآبادی», «ورزشگاه شهید | عضدی»: PEYMA's training part tags the whole a place
    27 times, the title inside it); a place never ends in a title."""
    at = {a: n for n, (t, a, _) in enumerate(tagged) if t == "PER"}
    merged: Tagged = []
    dropped: set[int] = set()
    for n, (t, a, b) in enumerate(tagged):
        if n in dropped:
            continue
        p = at.get(b)
        if t == "LOC" and p is not None and b - a > 1 and _title_ends(keys, a, b):
            merged.append((t, a, tagged[p][2]))
            dropped.add(p)
        else:
            merged.append((t, a, b))
    return merged


def _title_ends(keys: list[str], a: int, b: int) -> bool:
    """Tokens ``[a, b)`` end in a title of one or two words («شهید», «آیت الله») or «سید»."""
    if keys[b - 1] in SAYYID:
        return True
    titles = lx.honorifics()
    ends = (m[0] for k in (b - 1, b - 2) if k > a and (m := titles.match(keys, k)) is not None)
    return b in ends
