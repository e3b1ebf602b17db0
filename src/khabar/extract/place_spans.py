"""Where a place's name the tagger marks begins and ends, and the places no tagger span
holds: a field before its name («میدان نفتی آزادگان»), a name no list holds after the word
that says place («استان بدخشان»), a name in quotation marks after it («شهر « آستانه »»),
listed places among ordinary words and two places joined by «و».
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import CLOSING_QUOTE, LIST_SEPARATORS
from khabar.extract.named_places import PLACE_LEAD_KINDS, named_after
from khabar.extract.namewords import FREQUENT, RARE, rank, titled_work, verb, word_rank
from khabar.extract.numbers import WORDS
from khabar.extract.org_spans import (
    BODY_OF_A_PLACE,
    TAIL_WORDS,
    light_verb,
    listed_to,
    no_org_end,
    place_to,
)
from khabar.extract.people import HOLY_MARKS, tagger_stopwords


def place_bounds(words: list[str], keys: list[str], i: int, j: int) -> tuple[int, int]:
    """A place's name inside the tagger's span ``[i, j)``: no function word or word with a
    preposition glued on at its edges («به‌واقع کمالشهر»), nothing before a «آن» inside it
    («غرب آن اقیانوس آرام»; PEYMA's places hold a function word 8 times in 5,000)."""
    while j - i > 1 and (keys[i] in TAIL_WORDS or words[i].startswith("به\u200c")):
        i += 1
    while j - i > 1 and keys[j - 1] in TAIL_WORDS:
        j -= 1
    if j - i > 1 and keys[i] in _DISTANCES:
        i += 1  # «14 کیلومتری | شمال موصل»: the place is the quarter (PEYMA: 3 times of 4)
    if j - i > 1 and keys[i] in _PLURAL_LEADS and (hit := lx.places().match(keys, i + 1)):
        if hit[0] <= j:
            i += 1  # «استان‌های | بوشهر»: a plural word says places, the one named is one
    if j - i > 1 and keys[i] == _BORDER and _country_to(keys, i + 1, j):
        i += 1  # «مرز | یونان»: the country, not its border (ARMAN 4 times of 4)
    if j - i > 1 and j < len(keys) and _verbs_noun(keys, i, j):
        j -= 1
    inner = [k for k in range(i + 1, j - 1) if keys[k] == "آن"]
    return (inner[-1] + 1 if inner else i), j


# a border, no part of the country it is of («مرز یونان», «مرز عراق»; ARMAN's folds 1-2 leave
# it out 4 times of 4), but of a crossing named after its town («مرز مهران», «مرز " سومار "»:
# PEYMA takes it in 5 times of 5)
_BORDER = "مرز"


def _country_to(keys: list[str], i: int, j: int) -> bool:
    hit = lx.places().match(keys, i)
    return hit is not None and hit[0] == j and hit[1].kind == "country"


# how far from a place, its number cut off as the tagger's span opens
_DISTANCES = frozenset({"کیلومتری", "متری"})

# the plural words that say places («استان‌های», «کشورهای»; keys hold no ZWNJ): before one
# place they are no part of it (PEYMA's training part leaves them out 30 times of 30 where a
# single place follows, and takes them in only over a whole list, «استان‌های تهران و البرز»;
# ARMAN leaves them out always)
_PLURAL_LEADS = frozenset("استانهای شهرهای کشورهای روستاهای شهرستانهای ایالتهای".split())


# the passive's and the light verbs' forms after their noun, and the future's («افتتاح شد»,
# «ایجاد شده است», «افتتاح خواهد شد»)
_PASSIVES = frozenset("شد شده شدند شود شوند گردید گردیده گردیدند گردد خواهد خواهند".split())


_FUTURE = frozenset({"خواهد", "خواهند"})


def _light_or_passive(key: str) -> bool:
    """A light verb's or the passive's stem after «خواهد» («افتتاح خواهد شد», «خسارت خواهد
    دید», «برپا خواهد بود»)."""
    return key in _PASSIVES or light_verb(key) or key in {"گشت", "یافت", "دید", "بود"}


def _verbs_noun(keys: list[str], i: int, j: int) -> bool:
    """The span ``[i, j)`` runs into a light verb's noun: its last word is an ordinary word
    before a light or passive verb («بندر امام | افتتاح شد», «منطقه شمال غرب | ایجاد شده»),
    no given name, no place's first word and no listed place or body ending there («وارد
    استان خوزستان شد», «وارد گمرک مهران شد», «محله خراسان شده», «وارد کاخ سفید می‌شود»)."""
    after = keys[j]
    rest = after.removeprefix("نمی").removeprefix("می") if after.startswith(("می", "نمی")) else ""
    if not (after in _PASSIVES or light_verb(after) or rest.startswith(("شو", "گرد"))):
        return False
    if after in _FUTURE and not (j + 1 < len(keys) and _light_or_passive(keys[j + 1])):
        return False  # «به ورزشگاه غدیر خواهند رفت»: the future of a verb of its own
    last = keys[j - 1]
    if last not in lx.common_words() or last in lx.first_names() or last in lx.places().root:
        return False
    if listed_to(keys, i, j, agencies=False):  # «کاخ سفید»
        return False
    return not any(place_to(keys, k, j) for k in range(i, j))


# an oil or gas field's lead («میدان نفتی آزادگان», «میدان گازی پارس جنوبی», «میدان نفت و گاز
# سلمان»: PEYMA and ARMAN tag the field with its lead a place) and the words after the lead
# that are no field's name
_FIELD_LEADS = (("میدان", "نفتی"), ("میدان", "گازی"), ("میدان", "نفت", "و", "گاز"))
_FIELD_HEAD = frozenset({"میدان"})
_NO_FIELD = frozenset(
    "مشترک جدید بزرگ عظیم دریایی فراساحلی خشکی نفتی گازی کشور این آن که در و با از به را".split()
)


def field_spans(keys: list[str]) -> list[tuple[int, int]]:
    """The oil and gas fields named after their lead, one word or two («میدان نفتی چنگوله»,
    «میدان نفتی فروزان اسفندیار»): the second only if it is no common word."""
    out = []
    for k in lx.positions(keys, _FIELD_HEAD):
        lead = next((f for f in _FIELD_LEADS if tuple(keys[k : k + len(f)]) == f), None)
        if lead is None:
            continue
        a = k + len(lead)
        if a >= len(keys) or keys[a] in _NO_FIELD or not keys[a].isalpha():
            continue
        if no_org_end(keys[a], keys[a]):
            continue  # «به میدان نفتی می‌رسد»
        hit = lx.places().match(keys, a)
        if hit and hit[1].kind == "country":
            continue  # «میدان نفتی ایران»: the country's fields
        b = hit[0] if hit else a + 1
        if not hit and b < len(keys) and _field_word(keys[b]):
            b += 1
        out.append((k, b))
    return out


# words that say place before a name no list holds, taken in with it as PEYMA and ARMAN tag
# it («استان بدخشان», «بخش جاپلق», «دشت آهوچر», «شهرستان عین‌التمر», «ناحیه کامچاتکا»), and
# the words of lakes, rivers, wetlands, plains, passes and mountains («دریاچه تیتی‌کاکا»,
# «تالاب هشیلان», «گردنه اسالم»: PEYMA's training part takes «دریاچه» in 8 times of 9 where
# it tags the name, «رودخانه» 5 of 5, «تالاب» 9 of 9)
FEATURE_LEADS = frozenset(
    lx.key(w) for w in "دریاچه رودخانه تالاب جلگه فلات گردنه آتشفشان تنگه".split()
)
_UNLISTED_LEADS = FEATURE_LEADS | frozenset(
    lx.key(w) for w in "استان ایالت شهرستان دهستان دشت ناحیه منطقه شهر روستای جزیره شهرک".split()
)


def led_places(words: list[str], keys: list[str], marked: set[int]) -> list[tuple[int, int]]:
    """A word that says place, then a name no list holds and the tagger leaves unmarked:
    the place with its word («استان بدخشان», «دشت آهوچر», «شهر سراقب»). The name is one
    word, or two when the second is one too (``_unlisted_name``), before no light verb («در
    شهر بیتوته کرده‌اند»); no word that points or counts stands before the lead («این استان
    | نیمی», «دو بخش | ضربتی»)."""
    out = []
    for k in lx.positions(keys, _LEADS_OF_UNLISTED):
        a = k + 1
        if a >= len(keys) or lx.places().match(keys, a):
            continue
        if not _unlisted_name(words[a], keys[a], keys[k] in _PROVINCE_LEADS):
            continue
        if k and (keys[k - 1] in _POINTING or keys[k - 1] in WORDS or keys[k - 1].isdigit()):
            continue
        b = a + 1
        if b < len(keys) and _unlisted_name(words[b], keys[b]) and not lx.places().match(keys, b):
            b += 1
        if b < len(keys) and (light_verb(keys[b]) or light_verb(_stem_of(words[b]))):
            continue
        if marked.isdisjoint(range(k, b)):
            out.append((k, b))
    return out


def _stem_of(word: str) -> str:
    """The key of a verb form without its person ending after a ZWNJ: «کرده‌اند» → «کرده»."""
    return lx.key(word.split("\u200c", 1)[0]) if "\u200c" in word else lx.key(word)


# words before a lead that make it a common noun: «این استان», «هر منطقه», «تمام شهرستان»
_POINTING = frozenset("این آن همین همان هر تمام کل همه یک چند".split())
# the leads of provinces and states abroad, after which a word the ZWNJ lexicon knows, but
# rarely, may be the name («استان بدخشان» 22,121th, «پنجاب» 20,502th; «پهناور» 13,534th)
_PROVINCE_LEADS = frozenset({"استان", "ایالت"})
_PLACE_NAME_RANK = 18_000


def _unlisted_name(word: str, key: str, known: bool = False) -> bool:
    """A word of a place's name no list holds: one the ZWNJ lexicon does not know (or,
    with ``known``, knows past ``_PLACE_NAME_RANK``), no common word, given name, verb or
    function word («بکاهد», «بگریزند»), no word with its Ezafe («زانوی») and no two
    known words run together («تهرانمدیران», «وکشور», «ناآگاهان»); written with a ZWNJ,
    its last part unknown or a given name («تخت‌سلیمان»; not «شده‌اند», «شیعه‌نشین»)."""
    if not (
        len(key) > 2
        and key.isalpha()
        and key not in lx.common_words()
        and key not in lx.first_names()
        and not verb(key)
        and not no_org_end(key, key)
    ):
        return False
    if "\u200c" in word:
        first, last = (lx.key(p) for p in word.split("\u200c", 1))
        if last in lx.first_names():
            return True  # «تخت‌سلیمان»
        return len(last) > 3 and rank(last) >= RARE and word_rank(first) >= FREQUENT
    if rank(key) < (_PLACE_NAME_RANK if known else RARE) or _run_together(key):
        return False
    if key[0] in "بن" and key.endswith(("د", "ند", "یم", "ید")):
        return False  # «بکاهد», «بگریزند»: a verb's subjunctive or negative
    return not (key[-1] == "ی" and rank(key[:-1]) < RARE)  # «ناحیه زانوی»: its Ezafe


# function words the news runs into the word after them («درآن», «وکشور», «ناآگاهان»)
_RUN_IN_HEADS = ("و", "در", "از", "به", "با", "نا", "بی")


def _run_together(key: str) -> bool:
    """Two known words (or a function word and one) written as one: «تهرانمدیران»,
    «وکشور», «درآن»."""
    places = lx.places().root
    if any(key.startswith(h) and word_rank(key[len(h) :]) < RARE for h in _RUN_IN_HEADS):
        return True
    return any(
        (rank(key[:cut]) < RARE or key[:cut] in places)
        and (rank(key[cut:]) < RARE or key[cut:] in places)
        for cut in range(3, len(key) - 2)
    )


# words that say place before a name in quotation marks, taken in with the marks as PEYMA
# does («شهر « آستانه »», «استان « شاندونگ »», «منطقه « بوصنیب »»: 14 times of 16 in its
# training part)
_QUOTED_PLACE_LEADS = frozenset(
    lx.key(w)
    for w in "شهر استان شهرستان روستای روستا کشور جزیره بندر منطقه شهرک محله ایالت".split()
)
_QUOTED_NAME_MOST = 4  # words of the name between the marks


def quoted_places(words: list[str], keys: list[str]) -> list[tuple[int, int]]:
    """A word that says place, then a name of one to four words in quotation marks: the place
    with its word and marks («شهر « آستانه »», «محله " القادسیه اول "»); the name holds no
    verb and no function word."""
    out = []
    for k in lx.positions(keys, _QUOTED_PLACE_LEADS):
        if k + 2 >= len(words) or (close := CLOSING_QUOTE.get(words[k + 1])) is None:
            continue
        end = next(
            (
                e
                for e in range(k + 3, min(len(words), k + 3 + _QUOTED_NAME_MOST))
                if words[e] == close
            ),
            None,
        )
        if end is None or not all(_quoted_name_word(keys[m]) for m in range(k + 2, end)):
            continue
        out.append((k, end + 1))
    return out


def _quoted_name_word(key: str) -> bool:
    return key.isalpha() and key not in _NO_FIELD and not no_org_end(key, key)


def _field_word(key: str) -> bool:
    """A second word of a field's name: no common word, verb or function word («میدان گازی
    زیره | گفت»)."""
    return (
        key.isalpha()
        and key not in lx.common_words()
        and key not in _NO_FIELD
        and not no_org_end(key, key)
    )


def place_parts(keys: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """Tokens ``[i, j)`` cut at a «و» between two listed places, each named whole: «تهران و
    هانوی» is two (PEYMA's training part tags two listed places joined so as two 165 times,
    as one 12, each of those a list after a plural lead, «استان‌های خوزستان و ایلام»)."""
    if place_to(keys, i, j):  # «سیستان و بلوچستان», «بوسنی و هرزگوین»: one place
        return [(i, j)]
    for k in range(i + 1, j - 1):
        if keys[k] == "و" and _led_to(keys, i, k) and _led_to(keys, k + 1, j):
            return [(i, k), (k + 1, j)]
    return [(i, j)]


def _led_to(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a listed place, whole, or one listed after a lead only, a name
    that is also a word the tagger's span says is a place here («فارس و مرکزی»)."""
    if place_to(keys, i, j):
        return True
    return any(place_to([lead, *keys[i:j]], 0, j - i + 1) for lead in _LEADS_OF_WORDS)


_LEADS_OF_WORDS = ("استان", "شهر", "کشور")


def listed_among_words(keys: list[str], i: int, j: int) -> list[tuple[int, int]] | None:
    """The listed places of the tagger's span ``[i, j)`` where its other words are frequent
    words alone, numbers or joiners, none that opens or qualifies a place's name
    (``place_heads.txt``, ``named_after.txt``, the leads, the quarters): «زلزله | ورزقان»,
    «مردم شادگان | اشغال | خرمشهر», «ایران | اسلامی» (PEYMA's training part tags «ایران»
    alone 20 times, with «اسلامی» 4), «در اورلاندو | کشت». None where the span is one
    place («ایالت بلوچستان پاکستان», «کوه دماوند») or holds no listed place."""
    if j - i < 2 or place_to(keys, i, j) or listed_to(keys, i, j):
        return None  # one place, or a listed body the tagger took for one («اتحادیه اروپا»)
    found: list[tuple[int, int]] = []
    other = False
    k = i
    while k < j:
        hit = lx.places().match(keys, k)
        if hit and hit[0] <= j:
            found.append((k, hit[0]))
            k = hit[0]
            continue
        if not _plain_between(keys[k]):
            return None
        other = True
        k += 1
    return found if found and other else None


def _plain_between(key: str) -> bool:
    """A word that may stand beside a place in the tagger's span without being its name's:
    a frequent word that opens or qualifies no place, a number, a joiner."""
    if key.isdigit() or key in _JOINERS:
        return True
    if key in lx.keyed_words("place_heads.txt") or key in lx.PLACE_LEADS or key in _QUARTER_WORDS:
        return False
    if key in BODY_OF_A_PLACE or key in lx.paper_name_ends():
        return False  # «استانداری کرمان», «پارلمان عراق», «واشنگتن تایمز»: a body's name
    return (key in lx.common_words() or word_rank(key) < FREQUENT) and key not in named_after()


_JOINERS = frozenset({"و", "-", "ـ"})
_QUARTER_WORDS = frozenset({"شمال", "جنوب", "شرق", "غرب"})


def a_time_zone(keys: list[str], i: int) -> bool:
    """The place at token ``i`` names the time of a clock, no place of the story: «ساعت 23:30
    به وقت تهران» (PEYMA takes it into the time 3 times of 4; not «سفیر وقت آمریکا»)."""
    return keys[max(0, i - 2) : i] == ["به", "وقت"]


_LIST_JOINERS = LIST_SEPARATORS
_JOINERS_MOST = 2  # «، و» between two items


def _item_across(keys: list[str], k: int, step: int) -> int | None:
    """The token past the joiners («،», «و», «، و») next to token ``k`` going ``step``
    (-1: left, +1: right), if any stand there."""
    p = k + step
    n = 0
    while 0 <= p < len(keys) and keys[p] in _LIST_JOINERS and n < _JOINERS_MOST:
        p += step
        n += 1
    return p if n and 0 <= p < len(keys) else None


def homonyms_in_lists(
    keys: list[str], spans: dict[int, int], taken: set[int]
) -> list[tuple[int, lx.Entry]]:
    """The places that are also words («میانه», «نجف», «گرمی», «پرو») standing alone as an
    item of a list of places: joined by «و» or a comma to places found (``spans``: first
    token -> end token), two of them at least or one after a plural word that says places
    («اردبیل ، خلخال ، گرمی و مشکین‌شهر», «کشورهای بولیوی و پرو»). ``taken``: the tokens
    names hold."""
    homonyms = lx.lead_only_places()
    ends = {b: a for a, b in spans.items()}
    out = []
    for k in lx.positions(keys, homonyms.keys()):
        if k in taken:
            continue
        count, first = 0, k
        p = _item_across(keys, k, -1)
        while p is not None and p + 1 in ends and count < 2:
            count, first = count + 1, ends[p + 1]
            p = _item_across(keys, first, -1)
        p = _item_across(keys, k, 1)
        while p is not None and p in spans and count < 2:
            count += 1
            p = _item_across(keys, spans[p] - 1, 1)
        if count >= 2 or (count and first and keys[first - 1] in _PLURAL_LEADS):
            if _an_item(keys, k):
                out.append((k, homonyms[keys[k]]))
    return out


# the words before a place that is also a word where it names the place again («در گلستان»,
# «مردم گلستان»); an adjective («مرکزی», «مالی») names one only after these
_PLACE_SLOT_BEFORE = frozenset({"در", "از", "به", "تا", "مردم", "استاندار"})
# what may follow a place that is also a word named again: no noun it would qualify or be
# qualified by («در آستانه سفر», «گلستان شهدا»), but a function word, a verb or a mark
_PLACE_SLOT_AFTER = frozenset(
    'را و در از به با که تا هم نیز است بود شد ، , . : ؛ ؟ ! ( ) « » " -'.split()
)
# the words before it that make it a time, a day or a force («ماه مهر», «روز قدس», «نیروی قدس»)
_NO_PLACE_BEFORE = frozenset({"ماه", "روز", "فصل", "سال", "نیروی", "سپاه", "لشکر", "قرارگاه"})


def homonyms_named_again(
    keys: list[str], seen: dict[str, tuple[str, list[int]]], taken: set[int]
) -> list[tuple[int, lx.Entry]]:
    """The places that are also words («گلستان», «مرکزی», «میانه») that the article names
    as places after their lead elsewhere («شهرستان میانه», «شهرستان‌های میانه و سراب»;
    ``seen``: each place found -> its kind and the first tokens of its mentions), standing
    alone at another mention where a place stands: before a function word, a verb or a mark
    («زلزله میانه را لرزاند», «در نجف .»), an adjective («مرکزی», «مالی») only after a
    preposition or «مردم» too («بانک مرکزی را» stays a bank). An outlet's name («فارس»,
    «مهر») is left out, and a word after a word of time or a force («ماه مهر», «روز قدس»).
    ``taken``: the tokens names hold."""
    homonyms = lx.lead_only_places()
    out = []
    for k in lx.positions(keys, homonyms.keys()):
        entry = homonyms[keys[k]]
        if k in taken or keys[k] in lx.outlet_words() or lx.agencies().match(keys, k):
            continue  # «فارس»: the agency's name as often as the province's
        kind, firsts = seen.get(entry.name, ("", []))
        if not any(_led(keys, i, kind) for i in firsts):
            continue  # named alone, or by the tagger only («تفسیر کوثر»): no place said so
        before = keys[k - 1] if k else ""
        after = keys[k + 1] if k + 1 < len(keys) else "."
        if before in _NO_PLACE_BEFORE or (after not in _PLACE_SLOT_AFTER and not verb(after)):
            continue
        if keys[k].endswith("ی") and before not in _PLACE_SLOT_BEFORE:
            continue  # «بانک مرکزی», «امور مالی»
        out.append((k, entry))
    return out


# the plural leads and the word each is the plural of («شهرستان‌های میانه و سراب»)
_SINGULAR_LEADS = {
    "استانهای": "استان",
    "شهرهای": "شهر",
    "کشورهای": "کشور",
    "شهرستانهای": "شهرستان",
    "روستاهای": "روستای",
}


def _led(keys: list[str], i: int, kind: str) -> bool:
    """The mention at token ``i`` opens with a word that says a place of its kind, or follows
    one («شهر نجف», «شهرستان‌های | میانه»; not «کشور پول», the country's money)."""
    for k in (i, i - 1):
        lead = keys[k] if 0 <= k < len(keys) else ""
        if kind in PLACE_LEAD_KINDS.get(_SINGULAR_LEADS.get(lead, lead), ()):
            return True
    return False


_QUARTER_ADJECTIVES = frozenset({"شمالی", "جنوبی", "شرقی", "غربی"})


def _an_item(keys: list[str], k: int) -> bool:
    """The word at ``k`` stands as an item of the list: the last one after «و» («... لرستان و
    گلستان»), not a phrase's head after a comma («اسرائیل ، اهرم فشار»), no noun before an
    adjective («فلسطین و مقاومت مردمی») and no adjective said with a quarter's («البرز غربی و
    مرکزی»)."""
    after = keys[k + 1] if k + 1 < len(keys) else ""
    if after not in _LIST_JOINERS and keys[k - 1] != "و":
        return False
    if after.endswith("ی") and rank(after) < FREQUENT and after not in lx.places().root:
        return False
    # «البرز غربی و مرکزی», not «آذربایجان شرقی ، مرکزی» (a province of two words)
    p = next((p for p in range(k - 1, max(-1, k - 3), -1) if keys[p] not in _LIST_JOINERS), 0)
    return keys[p] not in _QUARTER_ADJECTIVES or (p > 0 and place_to(keys, p - 1, p + 1))


_TITLE_MARKS = {"«": "»", "“": "”"}
_TITLE_REACH = 8  # tokens from a place to the quotation mark that closes the title


def in_a_title(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """The place ``[i, j)`` is a word of a work's or body's title in quotation marks («فیلم
    بلند « قدمگاه خورشید »», «کتاب «تهران قدیم»»): no place of the story (PEYMA leaves
    such places untagged)."""
    a = next((k for k in range(i - 1, max(-1, i - 4), -1) if words[k] in _TITLE_MARKS), None)
    if a is None:
        return False
    closing = _TITLE_MARKS[words[a]]
    if closing in words[a + 1 : i]:
        return False
    reach = range(j, min(len(words), j + _TITLE_REACH))
    b = next((k for k in reach if words[k] in (closing, words[a])), None)
    if b is None or words[b] != closing or (a + 1, b) == (i, j):
        return False  # «عملیات آزادسازی « موصل »»: the place itself, named in quotes
    return titled_work(words, keys, a + 1, b)


_AGAIN_MOST = 2  # words of an unlisted place's name looked for again


def unlisted_named_again(
    words: list[str], keys: list[str], led: dict[tuple[str, ...], str], taken: set[int]
) -> list[tuple[int, int, str]]:
    """The places no list holds that the article names after their lead («روستای لاسجرد»,
    «شهر سیلوپی»; ``led``: the name's keys -> the place's name), standing alone elsewhere
    («لاسجرد در زمینه توریسم ...», «سیلوپی شهری کردنشین ...»): (first token, end token, the
    place's name). Each word is one no list or lexicon knows as a word (``_unlisted_name``),
    so the name says the place wherever it stands, but after a noun or an adjective it
    qualifies («کاروانسرای تاریخی لاسجرد»: PEYMA's place is the whole, a facility's name);
    a function word or a mark comes before it. ``taken``: the tokens names hold."""
    out = []
    for name, place in led.items():
        if not 0 < len(name) <= _AGAIN_MOST:
            continue
        for k in lx.positions(keys, {name[0]}):
            b = k + len(name)
            if tuple(keys[k:b]) != name or not taken.isdisjoint(range(k, b)):
                continue
            if k and keys[k - 1].isalnum() and keys[k - 1] not in tagger_stopwords():
                continue
            if all(_unlisted_name(words[m], keys[m]) for m in range(k, b)):
                out.append((k, b, place))
    return out


_SON_OF = lx.key("بن")  # Bonn's name, and the Arabic «son of» («بندر بن سلطان», «خالد بن بندر»)


def son_of(keys: list[str], j: int) -> bool:
    """The place ending before token ``j`` ends in «بن» and a name follows it: «son of» in an
    Arabic name («بندر بن سلطان», read after the lead «بندر»), no Bonn; Bonn is followed
    by a function word, a verb, a mark or its country («در شهر بن ،», «شهر بن آلمان»)."""
    if not 0 < j < len(keys) or keys[j - 1] != _SON_OF:
        return False
    after = keys[j]
    if lx.places().match(keys, j):
        return False  # «شهر بن | آلمان»
    return after.isalpha() and after not in tagger_stopwords() and not verb(after)


# the words of a venue, street or site PEYMA tags a place with its name, the word taken in
# («ورزشگاه آزادی», «فرودگاه مهرآباد», «تالار وحدت»; its training part, the dev folds 2 and 3
# left out: «ورزشگاه» 24 times of 25 tagged, «فرودگاه» 15 of 15, «سالن» 11 of 11, «خیابان» 9
# of 9, «زندان» 7 of 7, «تالار» 6 of 6, «محله» and «کاروانسرای» 4 of 4); not «کاخ» (a body as
# often: «کاخ سفید»), «دانشگاه» (a body), «بیمارستان» (untagged), nor a road between two towns
FACILITY_LEADS = frozenset(
    lx.key(w)
    for w in (
        "ورزشگاه استادیوم تالار فرودگاه خیابان بلوار سالن مسجد محله کاروانسرای زندان"
        " گلزار مصلی مصلای"
    ).split()
)
# the venues led by their word before a name no list holds («ورزشگاه سانتیاگوبرنابئو», «خیابان
# ابن‌سینا»): PEYMA's training part 6 times of 6; not «سالن» («سالن تئاتر») nor «زندان» («به
# زندان افکندند»), words of a kind of room or a sentence as often
_LED_FACILITIES = FACILITY_LEADS - {lx.key("سالن"), lx.key("زندان")}
_LEADS_OF_UNLISTED = _UNLISTED_LEADS | _LED_FACILITIES  # what ``led_places`` seeks, made once
# words before a venue's word that make it a common noun («۱۸۸ زندان فرانسه», «فلان مسجد
# تهران», «قهرمانی داخل سالن آسیا»: indoors)
_NO_VENUE_BEFORE = frozenset({"فلان", "داخل"})
# the nouns a venue's span runs into that open the clause after it («سالن شهید نصراللهی
# کرمان | میزبان تیم ...»)
_PAST_A_VENUE = frozenset({"میزبان", "تیم", "تیمهای", "برابر", "مقابل"})


def facility_places(
    words: list[str], keys: list[str], spans: list[tuple[int, int]], marked: set[int]
) -> list[tuple[int, int]]:
    """The tagger's places ``spans`` with the venues and sites PEYMA's convention names: a
    venue's word before a place the tagger marks, or one word before it, is the venue's
    («فرودگاه | اراک», «استادیوم ملی | بحرین», «گلزار شهدای | مازندران»: its training part
    takes the word in 25 times of 25), but before a place with its own lead («ورزشگاه شهید
    عضدی | شهر رشت»); a span over two venues joined by «و» or a comma is two («فرودگاه
    مهرآباد | و خیابان انقلاب»); a venue's span ends before the clause it runs into («سالن
    شهید نصراللهی کرمان | میزبان تیم ...»). ``marked``: the tokens of any tagger's span."""
    if lx.distinct(keys).isdisjoint(FACILITY_LEADS):
        return [(i, j) for i, j in spans if j > i]  # most articles: no venue's word to take
    parts = [p for i, j in spans for p in _venues_apart(keys, i, j)]
    held = marked.union(*(range(i, j) for i, j in parts))
    return [(_venue_before(keys, i, held), _venue_end(keys, i, j)) for i, j in parts]


# the words of a shrine or prayer ground named after a holy figure («حرم مطهر امام رضا (ع)»,
# «مصلای بزرگ امام خمینی (ره)»: PEYMA's training part, the dev folds 1, 2, 3 and 5 left out,
# tags each of its 2 a place, the honorific in), the words between, and the titles
_SHRINES = frozenset(lx.key(w) for w in ("حرم", "مصلی", "مصلای"))
_SHRINE_WORDS = frozenset(lx.key(w) for w in ("مطهر", "بزرگ", "مقدس"))
_HOLY_TITLES = frozenset(lx.key(w) for w in ("امام", "حضرت"))
_HONORIFICS = HOLY_MARKS | {lx.key("رض")}  # «حرم مطهر حضرت امام (رض)»
_NO_HOLY_NAME = frozenset(lx.key(w) for w in ("جمعه", "جماعت"))  # «مدافع حرم | امام جمعه»


def shrine_places(words: list[str], keys: list[str]) -> list[tuple[int, int]]:
    """A shrine's or prayer ground's word, then a holy figure's title and name: the place it
    names («حرم مطهر حضرت معصومه (س)», «حرم امام حسین»), to the honorific after a name of up
    to five words («حرم مطهر حضرت سلطان سید جلال‌الدین اشرف (ع)») or, with none, one word
    after the title; not a Friday prayer leader after a shrine's defenders
    («مدافع حرم | امام جمعه»)."""
    out = []
    for k in lx.positions(keys, _SHRINES):
        t = k + 1
        while t < len(keys) and keys[t] in _SHRINE_WORDS:
            t += 1
        if t + 1 >= len(keys) or keys[t] not in _HOLY_TITLES or keys[t + 1] in _NO_HOLY_NAME:
            continue
        while t + 2 < len(keys) and keys[t + 1] in _HOLY_TITLES and _venue_name_word(keys[t + 2]):
            t += 1  # «حضرت امام رضا»
        mark = next((m for m in range(t + 2, min(t + 7, len(keys))) if words[m] == "("), None)
        if (
            mark is not None
            and mark + 2 < len(keys)
            and keys[mark + 1] in _HONORIFICS
            and words[mark + 2] == ")"
            and all(_venue_name_word(key) for key in keys[t + 1 : mark])
        ):
            out.append((k, mark + 3))
        elif _venue_name_word(keys[t + 1]):
            out.append((k, t + 2))
    return out


def with_shrines(
    words: list[str], keys: list[str], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The places ``spans`` with the shrines of ``shrine_places`` in the stead of the spans
    that open inside one; of a span run on past its end, what follows a joiner when a venue
    or a listed place opens it («حرم حضرت معصومه (س) | و | مسجد جمکران»; not «... | زیارت»)."""
    out = list(spans)
    for a, b in shrine_places(words, keys):
        past = [y for x, y in out if a <= x < b and y > b]
        out = [s for s in out if not a <= s[0] < b]
        if any(x < b and a < y for x, y in out):
            continue
        out.append((a, b))
        k = b
        while past and k < past[0] and keys[k] in _LIST_JOINERS:
            k += 1
        if past and k < past[0] and (keys[k] in FACILITY_LEADS or lx.places().match(keys, k)):
            out.append((k, past[0]))
    return out


def _venues_apart(keys: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """``[i, j)`` cut at each «و» or comma a venue's word follows."""
    cuts = [
        k for k in range(i + 1, j - 1) if keys[k] in _LIST_JOINERS and keys[k + 1] in FACILITY_LEADS
    ]
    bounds = [i - 1, *cuts, j]
    return [(a + 1, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a + 1]


def _venue_before(keys: list[str], i: int, held: set[int]) -> int:
    """The venue's word one or two tokens before the place at ``i``, where nothing holds
    them, or ``i``."""
    if keys[i] in PLACE_LEAD_KINDS or keys[i] in FACILITY_LEADS:
        return i
    for lead in (i - 1, i - 2):
        if lead < 0 or lead in held:
            return i
        if keys[lead] in FACILITY_LEADS:
            return i if lead and _common_before(keys[lead - 1]) else lead
        if not _venue_name_word(keys[lead]):
            return i
    return i


def _common_before(key: str) -> bool:
    """A word before a venue's word that makes it a common noun: «این», «۱۸۸», «فلان»."""
    return key in _POINTING or key in WORDS or key.isdigit() or key in _NO_VENUE_BEFORE


def _venue_name_word(key: str) -> bool:
    """A word that may stand between a venue's word and its place («ملی», «بین‌المللی»,
    «شهدای»): no function word or verb."""
    return key.isalpha() and key not in tagger_stopwords() and not verb(key) and not light_verb(key)


def _venue_end(keys: list[str], i: int, j: int) -> int:
    """The end of a venue's span ``[i, j)`` before a word of the clause after it."""
    if keys[i] not in FACILITY_LEADS:
        return j
    return next((k for k in range(i + 2, j) if keys[k] in _PAST_A_VENUE), j)
