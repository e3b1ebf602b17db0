"""Places and institutions named after someone: «دانشگاه شهید بهشتی», «پل محمد قاسم».

A word of ``named_after.txt`` right before a name (past a title) makes the name a place's; so
does one of the adjectives of ``named_after_modifiers.txt`` with such a word a few words
before it («دانشگاه علوم پزشکی شهید بهشتی»). Alone the adjective names no place: «در یک حمله
هوایی سردار سلیمانی» names the person.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import LIST_SEPARATORS, STOPS
from khabar.extract.numbers import SCALES
from khabar.extract.numbers import WORDS as NUMBER_WORDS

# a centre, a group and a complex are named after someone with their kind only («مرکز آموزشی
# درمانی شهید رجایی», «گروه جهادی فاطمه الزهراء», «مجموعه ورزشی شهید حیدریان»)
_MODIFIED_HEADS = frozenset({"مرکز", "گروه", "مجموعه"})
_MODIFIER_REACH = 3  # words between the head and the name's adjective («علوم پزشکی»)
# a university's branch is named after its university's whole name: «دانشگاه آزاد اسلامی علوم
# و تحقیقات واحد ...»
_REACH_OF = {"واحد": 6}


# a hospital for women or children is named with its kind («بیمارستان زنان محب یاس»); not
# after other heads, where «زنان» is a body's («مرکز امور زنان معصومه ابتکار»)
_HOSPITAL = "بیمارستان"
_WARDS = frozenset({"زنان", "کودکان", "اطفال"})

KIND_OF_NEW_PLACE = "other"  # a place no list holds, named by the tagger or a lead

# words that say the next is a place, part of its mention, and the kinds of place each leads
# (PEYMA: «کشور X» 25 times to 7, «پایتخت X» never; not «6 کشور آمریکای لاتین», «این استان
# عراق»); none opens a person's name
PLACE_LEAD_KINDS: dict[str, tuple[str, ...]] = {
    "کشور": ("country", "territory", KIND_OF_NEW_PLACE),
    # a province abroad named after its city, «استان کربلا» (PEYMA takes «استان» in 196 times
    # of 196)
    "استان": ("province", "region", "city", KIND_OF_NEW_PLACE),
    "شهر": ("city", KIND_OF_NEW_PLACE),
    "کلانشهر": ("city", KIND_OF_NEW_PLACE),
    "بندر": ("city", KIND_OF_NEW_PLACE),
    "شهرستان": ("county", "city", KIND_OF_NEW_PLACE),
    "روستای": (KIND_OF_NEW_PLACE,),
    "جزیره": ("territory", KIND_OF_NEW_PLACE),
    # a state abroad, «ایالت نوادا» (PEYMA's training part takes «ایالت» in 12 times of 12)
    "ایالت": ("region", "province", "city", KIND_OF_NEW_PLACE),
}


@cache
def named_after() -> frozenset[str]:
    """The words of places and institutions named after someone («دانشگاه», «پل»)."""
    return lx.keyed_words("named_after.txt")


@cache
def _modifiers() -> frozenset[str]:
    return lx.keyed_words("named_after_modifiers.txt")


def _head(key: str) -> bool:
    return key in named_after() or key.removesuffix("های").removesuffix("ها") in named_after()


def place_word_at(keys: list[str], k: int) -> bool:
    """Token ``k`` is a word of a place named after the person whose name follows it: a
    word of ``named_after.txt`` («دانشگاه», «سدهای»), or an adjective of a place with such
    a word a few words before («پایگاه هوایی», «قرارگاه بهداشتی و درمانی»)."""
    if k < 0 or k >= len(keys):
        return False
    if keys[k] == _HOTEL and k + 1 < len(keys) and keys[k + 1] in lx.first_names():
        return False  # «در هتل رحمان رضایی خطیر بودند»: a guest's given name, no hotel's
    if keys[k] == _SHRINE and k > 0 and keys[k - 1].startswith(_DEFENDER):
        return False  # «شهید مدافع حرم علی اصغر شیردل»: a defender of the shrines
    if keys[k] in _HEADED and _held_or_taken_part(keys, k):
        return False  # «رئیس مرکز علی احمدی»: its head; «با شرکت ... در ...»: taking part
    if keys[k] in _TRAINED and k > 0 and keys[k - 1] == _TRAINING:
        return True  # «دانشگاه تربیت دبیر شهید رجایی», «مرکز تربیت معلم شهید باهنر»
    if _head(keys[k]):
        # «در مراسم افتتاحیه این کتابخانه علیرضا رهایی، رئیس دانشگاه»: a place already
        # named, pointed to, is not followed by its name
        return not (k > 0 and keys[k - 1] in DEMONSTRATIVES)
    if _numbered(keys, k) or _vessel(keys, k) or _team(keys, k):
        return True
    if keys[k] in _WARDS and k > 0 and keys[k - 1] == _HOSPITAL:
        return True  # «بیمارستان زنان محب یاس», «بیمارستان کودکان مفید»: a hospital of its kind
    if keys[k] == _RESISTANCE and k > 0 and keys[k - 1] == _BASE:
        return True  # «پایگاه مقاومت سردار شهید ...»: a Basij base, named after a martyr
    if keys[k] == _WAY and k > 0 and keys[k - 1] in _FREE:
        return True  # «آزاد راه همت», «آزاده راه شهید همت»: the Hemmat freeway
    if keys[k] not in _modifiers():
        return False
    # the words before the adjective, numbers not counted («۵۰۰ تختخوابی»)
    reach = _REACH_OF.get(keys[k], _MODIFIER_REACH)
    before = [key for key in keys[max(0, k - 2 * reach) : k] if not key.isdigit()][-reach:]
    return any(_head(key) or key in _MODIFIED_HEADS for key in before)


def coordinated_place(keys: list[str], k: int) -> bool:
    """Token ``k`` is the «و» that joins a name to the one before it, both after a plural word
    of ``named_after.txt`` a few words before: «سیلوهای آذر پیکان و شهید رجایی» are silos; a
    martyr's name so joined may follow the first place's town and province, no comma between
    («بیمارستان‌های ولی‌عصر(عج) بیرجند دراستان خراسان جنوبی و شهید مصطفی خمینی»). Or it is
    the comma or the «و» of a list that a number and such a word open (``counted_item``)."""
    if counted_item(keys, k):
        return True
    if not 0 < k < len(keys) or keys[k] != "و":
        return False
    reach = _MARTYR_REACH if keys[k + 1 : k + 2] and keys[k + 1] in _MARTYR else 4
    before = keys[max(0, k - reach) : k]
    if reach > 4 and "،" in before:
        before = before[len(before) - before[::-1].index("،") :]
    return any(w.endswith("های") and _head(w) for w in before)


def counted_item(keys: list[str], k: int) -> bool:
    """Token ``k`` is a comma or «و» that opens an item of a list after a number and a word of
    ``named_after.txt`` a few words before, and another item follows the one it opens: the
    items are the places counted («سه پایانه ایستگاهی نیمه‌متمرکز پونک، شیخ فضل الله نوری و
    ساوه», three terminals); not a name after a place's word and a comma that no list goes
    on past («رئیس دو دانشگاه، علی احمدی گفت»)."""
    if not 0 < k < len(keys) - 1 or keys[k] not in _ITEM_MARKS:
        return False
    before = keys[max(0, k - _COUNTED_REACH) : k]
    if any(key in STOPS for key in before):
        before = before[max(n for n, key in enumerate(before) if key in STOPS) + 1 :]
    counted = any(_head(b) and (a.isdigit() or a in NUMBER_WORDS) for a, b in pairwise(before))
    if not counted:
        return False
    after = keys[k + 1 : k + 1 + _ITEM_LEAST + _COUNTED_REACH]
    return keys[k] == "و" or any(key in _ITEM_MARKS for key in after[_ITEM_LEAST:])


_ITEM_MARKS = LIST_SEPARATORS
_COUNTED_REACH = 6  # words from the number to the item («سه پایانه ایستگاهی نیمه‌متمرکز پونک،»)
_ITEM_LEAST = 1  # words of an item before the next comma or «و»


# a shrine («حرم»), though not after «مدافع» (a defender of the shrines, a martyr's epithet)
_SHRINE = "حرم"
_DEFENDER = "مدافع"
# a college of teacher training is named after someone past the trained: «تربیت دبیر شهید رجایی»
_TRAINING = "تربیت"
_TRAINED = frozenset({"دبیر", "معلم", "مدرس"})
# a hotel is named after a figure or a place by one name («هتل باباطاهر», «هتل ریتز کارلتون»)
_HOTEL = "هتل"
DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})  # «این کتابخانه»: named before
# a company and a centre, named after someone, may be named with their head after them («رئیس
# مرکز علی احمدی»), and «شرکت» is a taking part too («با شرکت ...», «شرکت ... در مسابقات»)
_HEADED = frozenset({"شرکت", "مرکز", "بنیاد"})
_TAKING_PART = "شرکت"
_WITH = frozenset({"با", "بدون", "عدم"})
_IN_REACH = 4  # tokens after «شرکت» where «در» says where one took part


def _held_or_taken_part(keys: list[str], k: int) -> bool:
    """Token ``k``, «شرکت», «مرکز» or «بنیاد», follows a post's head within two words, or
    «شرکت» takes part: after «با», «بدون», «عدم», or «در» a few tokens after it."""
    if any(lx.post_heads().match(keys, n) for n in range(max(0, k - 2), k)):
        return True
    if keys[k] != _TAKING_PART:
        return False
    return (k > 0 and keys[k - 1] in _WITH) or "در" in keys[k + 1 : k + 1 + _IN_REACH]


_MARTYR_REACH = 10  # «بیمارستان‌های» ... «و شهید ...»: the words of the place's town between


_MARTYR = frozenset({"شهید", "شهیده"})
# a ship, a vessel or a boat is named after a martyr («کشتی شهید سیاوشی», «شناور شهید
# سیاوشی»); before any other name «کشتی» is wrestling («کشتی حسن یزدانی») and «شناور» floating
_VESSELS = frozenset({"کشتی", "شناور", "قایق"})
# a plan is named after a martyr («در قالب طرح شهید شوشتری»); before any other name «طرح» is
# the person's plan («طرح ترامپ», «طرح صلح دونالد ترامپ»), him named
_PLAN = "طرح"
# a team is named after a martyr, its sport and players a few words between («تیم فوتبال
# شهید جهان‌نژادیان»)
_TEAM = "تیم"
_TEAM_REACH = 3
_TEAM_KINDS = frozenset(
    "فوتبال فوتسال والیبال بسکتبال هندبال کشتی ساحلی بانوان زنان مردان دختران پسران جوانان "
    "نوجوانان نونهالان امید ملی".split()
)
# «پایگاه مقاومت»: a Basij base (not «مقاومت» alone: «محور مقاومت»)
_BASE = "پایگاه"
# «آزاد راه», the listed «آزادراه» (a freeway) written apart, and «آزاده راه», as the news
# misspells it: «راه» alone is a way, no road named after anyone
_FREE = frozenset({"آزاد", "آزاده"})
_WAY = "راه"
_RESISTANCE = "مقاومت"


def _vessel(keys: list[str], k: int) -> bool:
    """Token ``k`` is a word of a vessel or a plan before a martyr's title: «کشتی شهید
    سیاوشی», «طرح شهید شوشتری»."""
    named = keys[k] in _VESSELS or keys[k] == _PLAN
    return named and k + 1 < len(keys) and keys[k + 1] in _MARTYR


def _team(keys: list[str], k: int) -> bool:
    """Token ``k`` is a team's word, or its sport or players after it, before a martyr's
    title: «تیم هندبال بانوان شهید شاهرخ شکوهی», «تیم فوتبال ساحلی شهید جهان نژادیان» (not
    «تیم حفاظت شهید سلیمانی», his guard)."""
    if not (k + 1 < len(keys) and keys[k + 1] in _MARTYR):
        return False
    t = k
    while t > k - _TEAM_REACH and keys[t] in _TEAM_KINDS:
        t -= 1
    return keys[t] == _TEAM


def _numbered(keys: list[str], k: int) -> bool:
    """A number between a word of ``named_after.txt`` and a martyr's name: «کلانتری 13 شهید
    هاشمی‌نژاد» (not a list's number after a word: «دانشگاه‌ها۲۸ ابوالفضل سروش»)."""
    if not (0 < k < len(keys) - 1 and keys[k].isdigit() and keys[k + 1] in _MARTYR):
        return False
    return keys[k - 1] in named_after()


def counted_martyrs(keys: list[str], k: int) -> bool:
    """Token ``k`` counts the martyrs the title after it opens: «175 شهید غواص», «دو شهید
    نروی انتظامی», «200 شهید عشایری» name martyrs by their kind, not by name."""
    if not (0 <= k < len(keys) - 1 and keys[k + 1] in _MARTYR):
        return False
    return keys[k].isdigit() or keys[k] in NUMBER_WORDS or keys[k] in SCALES
