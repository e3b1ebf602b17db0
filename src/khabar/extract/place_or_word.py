"""Where a place's name is a word, where a body's name is a place's people, and where a
body the tagger runs past a closing quotation mark ends.

A word that is also a town («اندیشه», «یادگار») the tagger marks alone, joined by «و» or a
comma to an ordinary word, is the word («با همین نگاه و اندیشه», «حر ( اندیشه ، توبه ،
شهادت )»): PEYMA's training part leaves such a homonym of ``place_words.txt`` untagged 37
times and tags it twice. The people or the nation of a place («مردم بروجرد», «ملت لبنان»)
is no body: PEYMA tags the place after «مردم» 75 times, after «ملت» 20, a body never.
«کره» before a heavenly body is a sphere, not Korea («مردم کره زمین», «کره ماه»), and «در
امان» before a verb of being or keeping is safety, not Amman («در امان نیست»). A town
that is also a word, after «نماینده» or «نماینده مردم», is the deputy's constituency
(«نماینده بهار و کبودرآهنگ», «نماینده مردم میانه در ...»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import CLOSING_QUOTE
from khabar.extract.no_name_words import ends_no_name, names_no_one
from khabar.extract.numbers import in_digits
from khabar.extract.org_spans import JOINERS, ORG_HEADS, place_to
from khabar.extract.people import stopwords


def a_word_among_words(keys: list[str], i: int, j: int, marked: set[int], listed: bool) -> bool:
    """The tagger's one-word place ``[i, j)``, a word that is also a place (``place_words``)
    or a word no list holds as a place (``listed`` false), stands joined by «و» or a comma to
    an ordinary word outside any name: a word among words."""
    if j - i != 1 or keys[i] not in lx.common_words():
        return False
    if listed and keys[i] not in lx.place_words():
        return False
    if keys[i] in _WORLD or keys[i] in _PLACE_FIRST:
        return False  # «منطقه و جهان»: PEYMA tags the world a place; «قدس و حق بازگشت»
    return _plain_beside(keys, i - 1, i - 2, marked) or _plain_beside(keys, i + 1, i + 2, marked)


def _plain_beside(keys: list[str], joiner: int, k: int, marked: set[int]) -> bool:
    """Token ``joiner`` joins, and token ``k`` beyond it is an ordinary word of no name; after
    a comma, one of a list that goes on («اندیشه ، توبه ، شهادت»), not a clause's next word
    («مهران ، شرکت در ...»)."""
    if not (0 <= k < len(keys)) or keys[joiner] not in JOINERS or k in marked:
        return False
    if keys[joiner] != "و":
        on = k + (k - joiner)
        if not (0 <= on < len(keys)) or keys[on] not in JOINERS:
            return False
    key = keys[k]
    return (
        key.isalpha()
        and key in lx.common_words()
        and key not in stopwords()
        and key not in lx.place_words()  # «اندیشه و قدس»: two towns that are words too
        and lx.places().match(keys, k) is None
    )


# the world, which PEYMA tags a place among words too (134 times of 170)
_WORLD = frozenset({lx.key("جهان"), lx.key("دنیا")})
# words of a body's name before its people («حزب کمونیست مردم قزاقستان»)
_BODY_WORDS = frozenset(
    {
        *ORG_HEADS,
        *(
            lx.key(w)
            for w in "حزب جبهه مجمع کانون انجمن اتحادیه سازمان شرکت گروه جمعیت نهضت جنبش "
            "مجلس کنگره فدراسیون کمیته دفتر مرکز موسسه بانک".split()
        ),
    }
)
# a word that is also a place, the place in most of the news's uses where it stands alone
# («درباره قدس و حق بازگشت»: Jerusalem; «روز قدس» the day, «نیروی قدس» the force, named)
_PLACE_FIRST = frozenset({lx.key("قدس")})
# the heavenly bodies «کره» names as a sphere («کره زمین», «کره ماه», «کره مریخ»)
_SPHERE = lx.key("کره")
_HEAVENLY = frozenset(
    lx.key(w) for w in "زمین ماه مریخ خاکی زهره مشتری زحل عطارد خورشید آسمانی".split()
)


def a_word_here(keys: list[str], i: int, j: int) -> bool:
    """The place ``[i, j)`` is a word here: «کره» before a heavenly body, a sphere, no Korea
    (the shared news: «مردم کره زمین» 2, «ماه عسل در کره ماه»; ARMAN's folds 1-2: «بشر در
    کره زمین», «دشتهای وسیع کره ماه»); «امان» after «در» and before a verb of being,
    staying or keeping, safety, no Amman (the shared news: «در امان نیست», «در امان
    بماند», «در امان نگه دارند», 33 such; «در امان همزمان با ...» stays the city); «قطر»
    before a number and a unit of length, a diameter, no Qatar («به قطر ۲.۵ متر»; «ریال قطر
    ۱۱ هزار ریال» stays the country); a word that alone names no one nor any place
    (``no_name_words.names_no_one``: «سردار | الاسرا»); a run of Arabic that ends in an adverb
    of «علی» and an «ال» word that ends no name («... لابد من الاقتصار علی المتیقن», «... ثم
    نبتهل فنجعل لعنت‌الله علی الکاذبین»: no place once no person holds those words)."""
    if j == i + 1 and names_no_one(keys[i]):
        return True
    if j - i > 2 and keys[j - 2] == _ALI and _arabic_adverb(keys[j - 1]):
        return True
    if keys[i] == _DIAMETER:
        return j == i + 1 and j + 1 < len(keys) and in_digits(keys[j]) and keys[j + 1] in _LENGTHS
    if keys[i] == _SPHERE:
        return i + 1 < len(keys) and keys[i + 1] in _HEAVENLY
    if keys[i] == _SAFETY and j == i + 1 and i and keys[i - 1] == "در" and j < len(keys):
        after = keys[j]
        bare = [after, *(after[len(p) :] for p in _VERB_PREFIXES if after.startswith(p))]
        return after == "از" or any(b.startswith(_SAFE_STEMS) for b in bare)
    return False


# «علی» of an Arabic adverb («علی الخصوص», «علی المتیقن»)
_ALI = lx.key("علی")


def _arabic_adverb(key: str) -> bool:
    """An «ال» word after «علی» that ends no name («الخصوص», «المتیقن», «الکاذبین»)."""
    return key.startswith("ال") and ends_no_name(key)


# «به قطر ۲.۵ متر»: a diameter
_DIAMETER = lx.key("قطر")
_LENGTHS = frozenset(
    lx.key(w) for w in "متر سانتیمتر سانتی‌متر میلیمتر میلی‌متر کیلومتر اینچ فوت".split()
)


# «در امان بودن / ماندن / نگه داشتن»: to be safe
_SAFETY = lx.key("امان")
_SAFE_STEMS = tuple(
    lx.key(w) for w in "بود باش مان نیست هست است نگه نگاه دار گذاشت گذار نخواه".split()
)
_VERB_PREFIXES = tuple(lx.key(w) for w in ("نمی", "می", "ن", "ب"))


# the people and the nation of a place
_PEOPLE = frozenset({lx.key("مردم"), lx.key("ملت")})


def people_of_a_place(keys: list[str], i: int, j: int) -> bool:
    """The body ``[i, j)`` ends in «مردم» or «ملت» and a listed place, with no word of a body
    before them («مردم بروجرد», «روزان مردم سرت لیبی»; not «مجمع نمایندگان مردم گیلان»,
    «حزب کمونیست مردم قزاقستان»)."""
    k = next((k for k in range(i, j - 1) if keys[k] in _PEOPLE), None)
    if k is None or not any(place_to(keys, m, j) for m in range(k + 1, j)):
        return False
    if any(keys[m] in _BODY_WORDS or lx.post_heads().match(keys, m) for m in range(i, k)):
        return False  # «حزب کمونیست مردم قزاقستان», «نماینده مردم بروجرد»
    return lx.organizations().match(keys, i) is None


_OPENING = {close: opening for opening, close in CLOSING_QUOTE.items()}  # «»» -> «««


def closed_before_place(words: list[str], i: int, j: int, keys: list[str]) -> int | None:
    """Where the tagger's body ``[i, j)`` runs past a closing quotation mark whose opening
    mark is not in it, into a listed place that ends it («پردیس کتاب » مشهد», «دولت وفاق
    ملی » لیبی»): the mark's token, the end of the body; the place stands alone."""
    for k in range(i + 1, j - 1):
        opening = _OPENING.get(words[k])
        if opening is not None and opening not in words[i:k] and place_to(keys, k + 1, j):
            return k
    return None


# the words of a deputy before the constituency («نماینده داراب», «نمایندگان مردم ری»)
_DEPUTY = frozenset({lx.key("نماینده"), lx.key("نمایندگان")})
# what may follow a constituency: a mark, or a word that takes up no noun after it
_SEAT_AFTER = frozenset("، , . : ؛ ( در نیز را".split())


def constituencies(keys: list[str], held: set[int]) -> list[tuple[int, lx.Entry]]:
    """The Iranian towns that are also words («بهار», «میانه», «داراب», «خدابنده») after
    «نماینده» or «نماینده مردم», each a deputy's constituency: after «نماینده مردم» where a
    mark, «در», «نیز» or «را» follows; after «نماینده» alone where «و» and a listed place
    follow («نماینده بهار و کبودرآهنگ», «نماینده دیر و کنگان»), or a mark and a list of
    deputies goes on around it («رضا انصاری نماینده داراب، ذبیح الله نیکفر نماینده
    لاهیجان»); not an outlet's man («نماینده فارس»), a bank's («خود را نماینده بانک، شرکت
    معتبر ... »), former deputies («نمایندگان پیشین،») or a country's («نماینده مالی
    نامزدها»). ``held``: the tokens names and places hold."""
    homonyms = lx.lead_only_places()
    out = []
    for k in lx.positions(keys, homonyms.keys()):
        entry = homonyms[keys[k]]
        if k < 1 or k in held or lx.foreign_place(entry) or keys[k] in lx.outlet_words():
            continue
        people = keys[k - 1] in _PEOPLE and k > 1 and keys[k - 2] in _DEPUTY
        if not (people or keys[k - 1] in _DEPUTY) or lx.agencies().match(keys, k):
            continue
        after = keys[k + 1] if k + 1 < len(keys) else "."
        if after == "و":
            seat = k + 2 < len(keys) and (
                lx.places().match(keys, k + 2) is not None or keys[k + 2] in homonyms
            )
        else:
            seat = after in _SEAT_AFTER and (people or _deputies_around(keys, k))
        if seat:
            out.append((k, entry))
    return out


_AROUND = 8  # tokens to the next deputy of a list («X نماینده Y، Z نماینده W»)


def _deputies_around(keys: list[str], k: int) -> bool:
    """Another deputy of a listed constituency within ``_AROUND`` tokens of token ``k``."""
    for m in range(max(0, k - _AROUND), min(len(keys) - 1, k + _AROUND)):
        if m != k - 1 and keys[m] in _DEPUTY and lx.places().match(keys, m + 1) is not None:
            return True
    return False
