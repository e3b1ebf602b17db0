"""Words and runs of words that are no person's name, whatever the tagger or a rule saw:
a plural, Arabic text or its spelling, a holy figure's blessing, a word of kin with a
pronoun, a word said twice, a nickname, an adjective made with a ZWNJ («بین‌المللی»).
What the lexicons know of one word is ``namewords``.
"""

from __future__ import annotations

from functools import cache, lru_cache

from khabar.calendars import JALALI_MONTH_NAMES
from khabar.extract import dates
from khabar.extract import lexicons as lx
from khabar.extract.clause_words import LIST_SEPARATORS
from khabar.extract.colloquial import colloquial
from khabar.extract.named_places import PLACE_LEAD_KINDS
from khabar.extract.namewords import (
    COURT_ENDS,
    FREQUENT,
    RARE,
    SURNAME_ENDS,
    adjective,
    country,
    kin,
    kin_with_pronoun,
    light_verb_form,
    no_name_end,
    rank,
)
from khabar.extract.numbers import in_digits
from khabar.extract.people import chanted
from khabar.extract.quantities import money_words
from khabar.lexicon import words
from khabar.text.zwnj import NAME_PARTS

# Arabic words of a verse quoted in the text («الذین», «معه», «الناس»), of a greeting («السلام
# علیکم»), or of a book's title («الکامل فی التاریخ», «محنه القرآن»): no name holds them
_ARABIC = frozenset(
    "الذین الذی التی معه علیه فیه منه انهم فی القرآن علیکم علیهم علینا لکم لهم منکم منهم الناس"
    " عزه ظله مدظله برکاته".split()  # a blessing after a living leader's title («زید عزه»)
    # and after the Imam of the Age's («ولی‌الله اعظم ارواحنا لمقدمه الفداء»)
    + "ارواحنا اروحنا لمقدمه الفداء فداه".split()
)


@lru_cache(maxsize=65536)  # per word, bounded: asked of every word of every name
def no_name(key: str) -> bool:
    """A word no name holds: a plural («طرح‌های», «اشک‌هایش»), a word of an Arabic verse
    («الذین»), a house of books or learning («دارالکتب»), a word of kin with a pronoun
    («بابایم»), a holy figure's blessing or epithet («علیه‌السلام», «امیرالمؤمنین»), a disease
    («کروناویروس»), a word of spoken Persian («یه», «میاد»), a field of study («انسانشناسی»),
    a participle («استخراج‌شده»), a word run into «غیره» (etc.: «می‌دهدغیره»), an adjective
    in «گرا» («اصولگرا») or «نشین» («لندن‌نشین»), or an agent noun in «کننده» («شروع‌کننده»)."""
    # «طرح‌های», and with a pronoun «اشک‌هایش» (not «خامنه‌ای»)
    stem = next((key[: -len(e)] for e in _PLURAL_ENDS if key.endswith(e)), "")
    plural = bool(stem) and rank(stem) < FREQUENT
    if key in _ARABIC or key in _HOLY_WORDS or colloquial(key) or key in _NO_NAME_WORDS:
        return True
    if plural and key not in lx.first_names():
        return True
    if plural_of_people(key):
        return True
    if lx.disease(key) or key.startswith("دارال"):  # «دارالکتب», «دارالفکر»: a «house of»
        return True
    if _study_or_participle(key) or _plural_in_at(key) or _adjective_in_nak(key):
        return True
    if key in _FOR_PRONOUNS or _demonstrative_run_in(key):
        return True
    if key.endswith("گرا") and len(key) > 4 and key not in lx.name_words():
        return True  # an adjective in «گرا» (-ist): «اصولگرا», «روحانی‌گرا» (pro-Rouhani)
    if dwelling_adjective(key):
        return True
    if key.endswith("کننده") and rank(key[:-5]) < RARE and len(key) > 7:
        return True  # an agent noun of «کردن»: «رژیم صدام | شروع‌کننده جنگ» (the starter);
        # not a name run into a film's credit («سعید کشاورزتهیه‌کننده»), cut apart later
    if _run_into_article(key) or _and_run_in(key):
        return True
    return kin_with_pronoun(key) or arabic_spelling(key)


def dwelling_adjective(key: str) -> bool:
    """An adjective in «نشین» of where one sits or dwells («لندن‌نشین», «سنی‌نشین», «امیرنشین»,
    «خلوت‌نشین»): a word after a name, never one of it («یاسر الحبیب | لندن‌نشین»)."""
    return key.endswith("نشین") and len(key) > 5 and key not in lx.name_words()


# «برای» (for) with a pronoun: «از جبهه رفتن محمود برایم بگوید» (tell me of Mahmoud's going)
_FOR_PRONOUNS = frozenset("برایم برایش برایمان برایتان برایشان".split())


def _demonstrative_run_in(key: str) -> bool:
    """«این», «همین», «همان» (this, that same) run into a frequent word, a word no name holds
    («محمود این‌ساز و آوازها را نشنود», this instrument; «کاوه همینطور که ... ایستاده بود», so);
    not a listed name («اینانلو», «همایون»). «آن» opens names («آندره»): it is left out."""
    if key in lx.name_words() or key in lx.family_name_words() or key in lx.first_names():
        return False
    head = next((h for h in ("همین", "همان", "این") if key.startswith(h)), "")
    rest = key[len(head) :]
    return bool(head) and len(rest) > 1 and rank(rest) < FREQUENT and rank(key) >= FREQUENT


def _run_into_article(key: str) -> bool:
    """A frequent word in «ه» no name holds run into an Arabic word with its article:
    «جامعهالمصطفی» (the Al-Mustafa society), «بقیهالله», «مقبرهالشهدا» («فاطمهالزهرا» is a
    given name's)."""
    at = key.find("هال", 2)
    if at < 0 or len(key) - at < 5:
        return False
    head = key[: at + 1]
    return rank(head) < FREQUENT and head not in lx.name_words()


def _and_run_in(key: str) -> bool:
    """«و» (and) run into a known word of four letters or more that no name holds, the whole
    no word nor name of the lists: «تنگی نفس، هایپوکسی ونارسایی ریه» (and failure)."""
    if key[:1] != "و" or len(key) < 5 or rank(key) < RARE or key in lx.name_words():
        return False
    rest = key[1:]
    return rank(rest) < 2 * FREQUENT and rest not in lx.name_words() and key not in lx.first_names()


# the pronouns a noun takes at its end («تحقیقاتم», my research)
_PRONOUN_ENDS = ("مان", "تان", "شان", "م", "ت", "ش")
_AT_ENDS = tuple("ات" + p for p in _PRONOUN_ENDS)


def _plural_in_at(key: str) -> bool:
    """A frequent plural in «ات» with a pronoun on it: «آقای منصوری تحقیقاتم را ... کامل
    می‌کند» (completes my research), never a name's word («حاتم» is no plural)."""
    if not key.endswith(_AT_ENDS):
        return False
    stem = next(key[: -len(p)] for p in _PRONOUN_ENDS if key.endswith(p))
    return len(stem) > 4 and rank(stem) < FREQUENT and key not in lx.name_words()


def _adjective_in_nak(key: str) -> bool:
    """An adjective in «ناک» of a frequent noun («چسبناک» of «چسب», sticky; «خطرناک»,
    «دردناک»): «در گلی چسبناک» is in sticky mud, no one called Goli; a listed family name
    so made stays («فرحناک»)."""
    if not key.endswith("ناک") or len(key) < 6 or key in lx.name_words():
        return False
    return rank(key[:-3]) < 4 * FREQUENT


# a pronoun of one letter and its «ا» written apart from its noun («خسرو ات», your Khosrow),
# «یکم» (first), which numbers a fund, a day or a class, never a king («اول»): «صندوق درآمد
# ثابت امین یکم», and «نفر» (a head counted), which ranks the name before it: «اعظم طارق نفر
# دوم این گروه» (the group's second man)
_NO_NAME_WORDS = frozenset({"ات", "اش", "یکم", "نفر"})


def plural_of_people(key: str) -> bool:
    """A plural in «ان» of a frequent word, itself a frequent word, that no name list holds
    («شاهدان» of «شاهد»; not «مهران», «احسان», «کاظمیان»); a plural in «گان» of a known agent
    noun or participle («نوازندگان» of «نوازنده», «ردشدگان», «شرکت‌کنندگان»; not «مژگان», «حسین
    زادگان»)."""
    if not key.endswith("ان") or len(key) < 5 or key in lx.name_words():
        return False
    if key.endswith(("ندگان", "شدگان")) and key not in lx.first_names():
        known = rank(key[:-3] + "ه") < RARE or rank(key[:-5]) < RARE
        return known or key.endswith("کنندگان")  # «شرکت‌کنندگان»
    if rank(key[:-2]) < FREQUENT and rank(key) < 2 * FREQUENT:
        return True
    # a plural in «یان» of an adjective in «ی» a little less frequent that no name holds:
    # «یهودیان» of «یهودی»
    stem = key[:-2]
    return (
        stem.endswith("ی")
        and stem not in lx.name_words()
        and rank(stem) < 2 * FREQUENT
        and rank(key) < 2 * FREQUENT
    )


_PLURAL_ENDS = ("های", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان")


def _study_or_participle(key: str) -> bool:
    """«...شناسی», a field of study («روانشناسی»); a known word and «شده», a participle
    («استخراج‌شده»), a frequent noun and «دیده» («غم‌دیده»); «غیره» (etc.), alone or run into
    a word («کنندغیره»), but «...اغیره», «الله» written «ا...» with its dots read as «غیره»
    («آیت‌اغیره», «اسد‌اغیره»)."""
    if key.endswith("شناسی") and len(key) > 6:
        return True
    if key.endswith("شده") and rank(key[:-3]) < RARE and len(key) > 5:
        return True
    # a frequent noun and «دیده» (suffered) written as one: «غمدیده» (bereaved), «آسیبدیده»;
    # not a listed family name («جهاندیده», «پسندیده»)
    if key.endswith("دیده") and len(key) > 5 and rank(key[:-4]) < 2 * FREQUENT:
        return key not in lx.name_words()
    return "غیره" in key and not key.endswith("اغیره")


def arabic_spelling(key: str) -> bool:
    """A frequent Persian word as Arabic writes it, with its hamza or its «ة» written «ه»
    (where Persian drops it or writes «ت»), or with Arabic's article before a plural or such a
    word: a book's or a publisher's name in a citation («احیاء التراث العربی», «مکتبه
    المثنی», «دارالکتب الاسلامیه»), Arabic text («الولایه», «المجاهدین»); no person's
    («علاء», «اسامه» are names, «زاده» ends one, «الدوله» a courtier's name)."""
    if key in lx.name_words() or key.endswith(SURNAME_ENDS) or len(key) < 5:
        return False
    if key.startswith("ال") and len(key) > 6 and key[2:] not in lx.name_words():
        if key in COURT_ENDS:
            return False
        rest = key[2:]  # «المجاهدین», «الاسلامیه»
        if arabic_spelling(rest) or (rest.endswith(("ین", "ون")) and rank(rest) < FREQUENT):
            return True
    stem = key[:-1] if key[-2:] == "اء" or key[-1] == "ه" else ""
    if key[-1] == "ه" and stem + "ت" not in lx.name_words() and rank(stem + "ت") < FREQUENT:
        return True  # «ولایه» of «ولایت»
    return bool(stem) and rank(stem) < FREQUENT and stem not in lx.name_words()


# the blessings written after a holy figure's name (as «(ع)» is) and the epithets that name
# one: «حضرت ابوالحسن علی النقی علیه‌السلام», «میلاد امیرمومنان», «ثامن الحجج»
_HOLY_WORDS = frozenset(
    lx.key(w)
    for w in "علیه‌السلام علیهاالسلام علیهم‌السلام علیهماالسلام سلام‌الله‌علیها سلام‌الله‌علیه"
    " سلام‌الله"  # «حضرت صدیقه طاهره سلام‌الله علیها», the blessing written apart
    " صلی‌الله‌علیه‌وآله صلی‌الله‌علیه‌وآله‌وسلم امیرالمؤمنین امیرالمومنین امیرمومنان"
    " امیرمؤمنان المؤمنین المومنین الساجدین سیدالساجدین"
    # the eighth Imam's, «ثامن الحجج», «ثامن الائمه» (a club's name too: «ثامن الحجج سبزوار»)
    " الحجج الائمه ثامن‌الحجج ثامن‌الائمه".split()
)


# «رسول» (messenger) before one of these is the Prophet, not a man named Rasoul
_PROPHET_EPITHETS = frozenset({"خدا", "الله", "اکرم", "مکرم", "اعظم"})


def prophet_epithet(keys: list[str], i: int, j: int) -> bool:
    """The name ``keys[i:j]`` is the Prophet's epithet, a holy figure: «رسول خدا», «رسول
    مکرم» (PEYMA's training text tags «رسول خدا» a person)."""
    return j - i == 2 and keys[i] == "رسول" and keys[i + 1] in _PROPHET_EPITHETS


def pronoun_apart(keys: list[str], i: int, j: int) -> bool:
    """The name ends in a pronoun written apart after a word of the text: «سردار آسمانی
    مان» is «our heavenly commander»."""
    if j - i < 2 or keys[j - 1] not in ("مان", "تان", "شان"):
        return False
    word = keys[j - 2]
    return word not in lx.first_names() and (adjective(word) or rank(word) < FREQUENT)


_SHRINES = frozenset({"امامزاده", "امامزادگان"})  # keys: a saint's shrine, shrines
_SHRINE_NAME_WORDS = 6  # words of the first shrine's name and its village


def _second_shrine(keys: list[str], i: int) -> bool:
    """The name at ``i`` follows «و» after a shrine's word and the words of its name, all
    letters: the second shrine the phrase names («امامزاده سید هاشم آغوزکی و سیده سکینه
    تلیج‌کوه», «امام‌زاده سید ابوطالب طالش محله کتالم و سید محمد گالش محله»)."""
    if i < 3 or keys[i - 1] != "و":
        return False
    for k in range(i - 2, max(-1, i - 3 - _SHRINE_NAME_WORDS), -1):
        if keys[k] in _SHRINES:
            return True
        if not keys[k].isalpha() or keys[k] == "و":
            return False
    return False


def no_person_word(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """The name ``words[i:j]`` is of one word of kin or one ordinary compound («حاج خالو»,
    «ژنرال بین‌المللی»), opens with such a compound («مداخله‌جویانه پامپئو») or a shrine's
    word («امامزاده سید ابوطالب»), holds a word said twice («تلو تلو»), ends in a pronoun
    («آسمانی مان»), is a nickname («سلطان قیر»), or a holy figure's blessing follows it
    («علی النقی علیه‌السلام»), or it is the Prophet's epithet («رسول خدا»); a lone word
    before «به نام» («دکتر جوانی به نام شایان») or after a royal title that no name list
    knows («شاه مخلوع»); a royal title and its seat («ملکه اورشلیم»); a holy woman's given
    name and her epithet («فاطمه اطهر»), or a name after «و حضرت» run into the word before; a
    listed place's one word that no name list holds («کوناکری»), or one whose height in
    metres follows it («فارلی هیل (۲۵۱ متر)»); a month's name after a day's
    number («22 بهمن آقاتهرانی») or before its epithet («رمضان المبارک»), or a word of the
    sentence run on after the name (``_sentence_run_on``)."""
    if (j - i == 1 and kin(keys[i])) or keys[i] == "امامزاده" or _called(keys, i, j):
        return True
    if _second_shrine(keys, i):
        return True  # «امامزاده سید هاشم آغوزکی و | سیده سکینه تلیج‌کوه»: a shrine too
    if at_no_name_edge(keys[i:j]):
        return True
    if keys[max(0, i - 2) : i] == ["به", "عنوان"]:
        return True  # «به عنوان هادی حفاظ»: «as» a role, no one's name
    if prophet_epithet(keys, i, j):
        return True
    if j - i == 1 and _after_royal(keys, i) and not known_name(keys[i]):
        return True  # «شاه مخلوع», «ملک غیرمنقول», «پادشاه مراکش»: a king is named by his name
    if _royal_of_place(keys, i, j) or _holy_with_epithet(keys, i, j):
        return True  # «ملکه اورشلیم», a queen's seat; «فاطمه اطهر», a holy figure
    if _absolute_quality(keys, i, j):
        return True  # «جمال مطلق», absolute beauty
    if _height_after(keys, j):
        return True  # «فارلی هیل (۲۵۱ متر)»: a hill, its height in metres
    if j - i == 1 and _place_alone(keys, i):
        return True  # «شهرهای اصلی گینه عبارتند از کوناکری، کانکان ...»: a listed city
    if i and keys[i - 1].endswith(_AND_HOLY_TITLE) and len(keys[i - 1]) > len(_AND_HOLY_TITLE):
        return True  # «مراجعه میکردندوحضرت معصومه ...»: «و حضرت» run into the word before
    # «سلطان قیر», «سلطان سکه»: a trade's «sultan», a nickname; not «سلطان قابوس»
    if j - i == 1 and i and keys[i - 1] == "سلطان" and keys[i] not in lx.name_words():
        return True
    if plain_compound(words[i]) or repeated(keys, i, j) or pronoun_apart(keys, i, j):
        return True
    if j - i > 2 and keys[j - 2 : j] in (["بن", "مریم"], ["ابن", "مریم"]):
        return True  # «عیسی بن مریم», Jesus son of Mary: a holy figure, as «عیسی مسیح»
    if chanted(keys, j) or keys[j : j + 1] and keys[j].startswith(("http", "www.")):
        return True  # «پرداخت نوین آرین https://...»: a web address names a site or a company
    # «روستای گوارشک»: a word that says place opens a place's name; «ولادت با سعادت حضرت
    # صدیقه طاهره»: a holy figure's title ends the words before it
    if keys[i] in PLACE_LEAD_KINDS and keys[i] not in lx.first_names() and not _son_of(keys, i):
        return True
    if "\u200c" in words[i] and lx.key(words[i].split("\u200c")[0]) in PLACE_LEAD_KINDS:
        return True  # «روستای‌ام الکیف»: the word that says place, joined to the name
    if j - i > 1 and (country(keys[j - 1]) or _joined_country(words[j - 1])):
        return True  # «مردم نجیب ایران», «کوسپی کره‌جنوبی»: a country ends no name
    if _country_of_words(keys, i, j) or _currency(keys, i, j) or _mother_of(keys, i, j):
        return True
    if j - i == 1 and not known_name(keys[i]) and _manner_word(keys[i]):
        return True  # «کریمانه گفت», «سردار پرآوازه اسلام»
    if j - i > 1 and (_manner_end(keys[j - 1]) or _people_plural(words[j - 1])):
        return True  # «راهبری حکیمانه», wise leadership; «گاری اصلاح‌طلبان», the reformists' cart
    if j - i == 1 and _things_plural(words[i]):
        return True  # «خواب دید که چند خانم استخوان‌هایی را ... نشان می‌دهند», some bones
    if keys[i] == _REALM and _realm_defended(keys, i):
        return True  # «برای دفاع از کیان اسلامی», to defend the realm of Islam
    # «که عموما خفیف هستند» (mostly mild): an adverb, a word of the language, opens no name
    # (not «ربکا کاتز»)
    adverb = keys[i][-1:] == "ا" and rank(keys[i]) < 2 * FREQUENT and no_name_end(keys[i])
    if adverb and keys[i] not in lx.name_words():
        return True
    if _martyrs_plural(words, keys, i, j) or any(_ezafe_written(w) for w in words[i:j]):
        return True
    if j - i > 1 and _ezafe_written(words[i], first=True):
        return True
    if i and keys[i - 1] == "شبه" and not known_given(keys[i]):
        return True  # «شبه جزیر کریمه»: «quasi-» makes a compound of the words after it
    if _master_of(keys, i, j) or _title_before_martyr(keys, i, j) or _with_utmost(keys, i, j):
        return True
    if _team_of_town(keys, i, j):
        return True
    if _month_after_day(keys, i) or _sentence_run_on(words, keys, i, j):
        return True
    if _hijri_month(keys, i, j):
        return True
    return (j < len(keys) and keys[j] in _HOLY_WORDS) or "حضرت" in keys[i + 1 : j]


# the months of the Persian year, some of them given names too («بهمن», «آذر», «مهر»)
_MONTHS = frozenset(JALALI_MONTH_NAMES)
# adjectives that take «به» and stand after a subject run on into the name («قادر به», able
# to; «موفق به», succeeded in; «مجبور به», forced to)
_BEFORE_BE = frozenset({"قادر", "موفق", "مجبور"})


# the months of the Hijri year, keys (some of them given names too: «رمضان», «رجب», «محرم»),
# and the epithets that follow them (the blessed, the honoured, the sacred, the victorious)
_HIJRI = frozenset(lx.key(m) for m in dates.HIJRI_MONTHS if " " not in m)
_MONTH_EPITHETS = frozenset(
    map(lx.key, ("المبارک", "المرجب", "المعظم", "الحرام", "المکرم", "المظفر", "الخیر"))
)


def _hijri_month(keys: list[str], i: int, j: int) -> bool:
    """The name opens with a month of the Hijri year and its epithet: «ماه رمضان المبارک» is a
    month, no «رمضان المبارک»."""
    return j - i > 1 and keys[i] in _HIJRI and keys[i + 1] in _MONTH_EPITHETS


def _month_after_day(keys: list[str], i: int) -> bool:
    """The name opens with a month's name after a day's number: «روز 22 بهمن | آقاتهرانی
    دبیرکل ...» is a date and a family name, no «بهمن آقاتهرانی»."""
    return keys[i] in _MONTHS and i > 0 and keys[i - 1].isdigit() and len(keys[i - 1]) <= 2


def _paired_adverb(keys: list[str], k: int) -> bool:
    """Token ``k`` is an adverb in «اً» written without its tanvin that «یا» or «و» pairs with
    another («نفیا یا اثباتا», «مستقیما و غیرمستقیما»); alone such a word may end a foreign
    name («کایل رودا», «یوشیهیده سوگا»)."""
    if keys[k][-1:] != "ا" or not no_name_end(keys[k]) or k + 2 >= len(keys):
        return False
    other = keys[k + 2]
    return keys[k + 1] in ("یا", "و") and other[-1:] == "ا" and no_name_end(other)


def _house_of(word: str, stem: str) -> bool:
    """A word in «خانه» written apart from its first part («تلگراف‌خانه») or made of a
    frequent word of three letters or more («پستخانه»); not a family name of a short word
    («نسترن آشخانه»)."""
    return "\u200cخانه" in word or (len(stem) > 2 and rank(stem) < FREQUENT)


def _sentence_run_on(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """The name's last word is the sentence's, run on after a given name: an adverb in «اً»
    written without its tanvin («آقا محسن نفیا یا اثباتا», negatively or positively), a
    word in «خانه» (a house of something: «محمدعلی شاه پستخانه و تلگراف‌خانه را متصرف
    شد»), an adjective that takes «به» («در غیاب طوبی قادر به اداره زندگی نیست», unable to);
    or the name is one word with «م» (my) before a light verb («ستوان نهیبم می‌زند», the
    lieutenant shouts at me; «صدایم می‌زند», calls me)."""
    last = keys[j - 1]
    if j - i == 1:
        if j >= len(keys) or not light_verb_form(keys[j]) or last in lx.name_words():
            return False
        stem = last[:-2] if last.endswith("یم") else last[:-1]
        return last.endswith("م") and rank(stem) < RARE and stem not in lx.first_names()
    if last in lx.name_words() and last not in _BEFORE_BE:
        return False
    if _paired_adverb(keys, j - 1):
        return True
    if last.endswith("خانه") and _house_of(words[j - 1], last[:-4]):
        return True
    return last in _BEFORE_BE and j < len(keys) and keys[j] == "به"


_TEAMS = "تیمهای"  # teams: the key of «تیم‌های»
_LIST_REACH = 40  # tokens from «تیم‌های» to a name in its list
_LIST_MARKS = LIST_SEPARATORS
_SENTENCE_ENDS = frozenset({".", "!", "؟", "?", ":"})


def _team_of_town(keys: list[str], i: int, j: int) -> bool:
    """The name stands in a list after «تیم‌های» (teams), an Iranian town after it and a
    comma or «و» after the town: a team named after its sponsor or a martyr and its town
    («تیم‌های کاشی مریم میبد، هلال احمر اشکذر، ...», «... شهید منصوری قرچک، ... فیروز صفه
    اصفهان، ...»), no person."""
    before = keys[max(0, i - _LIST_REACH) : i]
    if _TEAMS not in before:
        return False
    if not any(_town_then_mark(keys, k, j) for k in (j - 1, j) if k > i):
        return False  # the town after the name, or its last word (the tagger's span)
    after_teams = before[len(before) - before[::-1].index(_TEAMS) :]
    return _SENTENCE_ENDS.isdisjoint(after_teams)


_TOWNS = frozenset({"city", "county", "province"})


def _town_then_mark(keys: list[str], k: int, j: int) -> bool:
    """A town's name opens at token ``k`` and ends at ``j`` or after, a comma or «و» next."""
    hit = lx.places().match(keys, k) if k < len(keys) else None
    if hit is None or hit[1].kind not in _TOWNS or hit[0] < j or hit[0] >= len(keys):
        return False
    return keys[hit[0]] in _LIST_MARKS


def _ezafe_written(word: str, first: bool = False) -> bool:
    """A frequent word in «ه» with its Ezafe written «‌ی» («مغازه‌ی عطاری», a herbalist's
    shop): a noun in a phrase, no name's word («خامنه‌ای» ends in «‌ای»); at a name's head
    (``first``) any known word so («معجزه‌ی سلیمانی», Soleimani's miracle): a given name
    takes no Ezafe before its family name; a family name may end so («فاطمه کاه‌ی»)."""
    if not word.endswith("ه\u200cی"):
        return False
    stem = lx.key(word[:-2])
    return rank(stem) < (RARE if first else 2 * FREQUENT) and stem not in lx.name_words()


# the title of a master or a professor, after which a word no name list holds is his craft,
# his field or his place, not his name
_MASTER = "استاد"


def _master_of(keys: list[str], i: int, j: int) -> bool:
    """A lone word after «استاد» that no name list holds: a master's craft, a professor's
    field or role, or a village of that word («استاد کلایه»: «روستاهای استاد کلایه،
    گوشکور»; «استاد مدعو», a visiting lecturer); «استاد مطهری», «استاد شجریان» stand. A
    professor's field is none though a list of family names holds it: a listed craft and «ی»
    («استاد پزشکی، میکروبیولوژی ...»), a known word and «نگاری» («استاد روزنامه‌نگاری»)."""
    if j - i != 1 or i == 0 or keys[i - 1] != _MASTER:
        return False
    if _field_of_craft(keys[i]):
        return True
    return not known_name(keys[i]) and rank(keys[i]) < RARE


_GRAPHY = "نگاری"  # «روزنامه‌نگاری», journalism; «تاریخ‌نگاری», historiography


def _field_of_craft(key: str) -> bool:
    """A field of study named by its craft: a listed craft and «ی» («پزشکی» of «پزشک»,
    «جراحی»), or a known word and «نگاری» («روزنامهنگاری»)."""
    if key.endswith("ی") and key[:-1] in lx.craft_words():
        return True
    stem = key[: -len(_GRAPHY)]
    return key.endswith(_GRAPHY) and len(stem) > 2 and rank(stem) < RARE


def _joined_country(word: str) -> bool:
    """A country's name of two words written as one with a ZWNJ («کره‌جنوبی»)."""
    if "\u200c" not in word:
        return False  # most words: no parts to look up
    parts = [lx.key(p) for p in word.split("\u200c")]
    hit = lx.places().match(parts, 0) if len(parts) > 1 else None
    return hit is not None and hit[0] == len(parts) and hit[1].kind == "country"


def _country_of_words(keys: list[str], i: int, j: int) -> bool:
    """A country's name of two words or more ends the name or is all of it: «تیمور شرقی»
    (East Timor; not «اسماعیل شرقی», of the African Union), «... کره جنوبی»."""
    for s in range(i, j - 1):
        hit = lx.places().match(keys, s)
        if hit is not None and hit[0] == j and hit[1].kind == "country":
            return True
    return False


def _currency(keys: list[str], i: int, j: int) -> bool:
    """A lone word that is a currency too («فرانک», a given name and the franc) beside another
    currency or before a country: «ارزهایی نظیر ین و فرانک», «هر فرانک سوئیس»."""
    if j - i != 1 or keys[i] not in money_words():
        return False
    near = keys[max(0, i - 2) : i] + keys[j : j + 2]
    return any(k in money_words() and k != keys[i] for k in near) or (
        j < len(keys) and country(keys[j])
    )


def _manner_word(key: str) -> bool:
    """A known word that is an adverb in «انه» («کریمانه گفت»: generously said) or an
    adjective of «پر» (full of) and a known word («سردار پرآوازه»: the famed commander; «دست
    آقا پرتر از این‌هاست»): alone, no name list holding it, it names no one."""
    if rank(key) == RARE:
        return False
    if key.endswith("انه") and len(key) > 5:
        return True
    return key.startswith("پر") and len(key) > 3 and rank(key[2:]) < RARE


def _manner_end(key: str) -> bool:
    """An adverb in «انه» made of a frequent word of the language, in no name list, ends no
    name: «راهبری حکیمانه» (wise leadership, of «حکیم»), «رضا ناامیدانه» (hopelessly); not
    «امامی‌یگانه», «زنگانه», «فرزانه», names."""
    if not key.endswith("انه") or len(key) <= 5 or known_name(key) or known_given(key):
        return False
    return rank(key[:-3]) < FREQUENT


def _people_plural(word: str) -> bool:
    """A plural in «ان» of a compound noun of people written with a ZWNJ, a word of the
    language in no name list, ends no name: «گاری اصلاح‌طلبان» (the reformists' cart, of
    «اصلاح‌طلب»), «جدایی‌طلبان»."""
    if "\u200c" not in word or not word.endswith("ان"):
        return False
    stem = lx.key(word[:-3] if word.endswith("یان") else word[:-2])
    return stem in lx.common_words() and not known_name(lx.key(word)) and not known_name(stem)


# the plural endings written after a ZWNJ: «‌ها», of the plural; «‌های», «‌هایی»
_THINGS_PLURALS = ("\u200cها", "\u200cهای", "\u200cهایی")


def _things_plural(word: str) -> bool:
    """A plural in «‌ها» of a common word of the language that no name list holds: a word
    alone, no one's name («استخوان‌هایی», some bones; not «خوئینی‌ها», a family name, nor
    «حاجی‌ها»)."""
    if not word.endswith(_THINGS_PLURALS):
        return False
    stem = lx.key(word.rpartition("\u200c")[0])
    return stem in lx.common_words() and not known_name(stem) and not known_name(lx.key(word))


# «کیان» (a realm, an entity; also Kian, a given name), and the nouns of defending or keeping
# that «از» after them puts before it: «دفاع از کیان اسلامی», «پاسداری از کیان کشور»
_REALM = "کیان"
_KEEPING = frozenset({"دفاع", "پاسداری", "حراست", "صیانت"})
_KEEPING_REACH = 2  # words between the noun and «از»: «دفاع مستمر از کیان»


def _realm_defended(keys: list[str], i: int) -> bool:
    """«کیان» at ``i`` follows «حفظ» (keeping), or «از» after a noun of defending a word or
    two before: the realm defended, no one's name («دفاع از کیان اسلامی», «در دفاع مستمر از
    کیان جمهوی اسلامی»; not «کیان اسلامی گفت»)."""
    if i == 0:
        return False
    if keys[i - 1] == "حفظ":
        return True
    before = keys[max(0, i - 1 - _KEEPING_REACH) : i - 1]
    return keys[i - 1] == "از" and not _KEEPING.isdisjoint(before)


def _mother_of(keys: list[str], i: int, j: int) -> bool:
    """Arabic «ام» (mother of) opens a place's name («ام الرصاص», «محورهای الصیاده، ام عدسه»)
    or the kunya of a woman of early Islam, a holy figure («ام البنین», «ام سلمه»); a listed
    given name after it is a woman's name («ام کلثوم»)."""
    return j - i > 1 and keys[i] == "ام" and not known_given(keys[i + 1])


def _martyrs_plural(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """A martyr's title before a name made plural with «‌ها» names martyrs of a kind, the like
    of him: «شهید تهرانی مقدم‌ها، شهید باکری‌ها و شهید سلیمانی‌ها» (a family name that ends
    so, «آقای خوئینی‌ها», follows another title)."""
    if i == 0 or keys[i - 1] not in ("شهید", "شهدا"):
        return False
    if words[j - 1].endswith("\u200cها"):
        return True
    # the plural's word after the name: «شهید تهرانی | مقدم‌ها»
    after = words[j] if j < len(words) else ""
    return after.endswith("\u200cها") and lx.key(after[:-3]) in lx.name_words()


def an_outlet(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a listed outlet's whole name that is no given name («رویترز»,
    «راشا تودی», «صدی البلد»; not «کیهان»), or the end of one opened a word or two before
    («یو | اس‌ای تودی»)."""
    if "".join(keys[i:j]) in lx.first_names():
        return False
    for start in range(i, max(i - 3, -1), -1):
        hit = lx.agencies().match(keys, start)
        if hit is not None and hit[0] == j:
            return True
    return False


def _son_of(keys: list[str], i: int) -> bool:
    """The word at ``i`` is an Arab given name before «بن» (son of), though it says place
    elsewhere: «بندر بن سلطان» is Bandar, son of Sultan, not a port."""
    return keys[i + 1 : i + 2] == ["بن"] and keys[i] in lx.keyed_words("more_given_names.txt")


def at_no_name_edge(keys: list[str]) -> bool:
    """The name's keys open or end with a word of ``no_name_edges.tsv`` that makes it no
    person's («شیرینی کرکی», a sweet; «انصار التوحید», a group; «سعادت دخت»), or are one word
    that alone names no one («پرور» of «شهید پرور»)."""
    if not keys:
        return False
    edges = _edge_words()
    return (
        keys[0] in edges["open"]
        or keys[-1] in edges["end"]
        or (len(keys) == 1 and keys[0] in edges["alone"])
    )


def names_no_one(key: str) -> bool:
    """A word of ``no_name_edges.tsv`` that alone names no one, nor any place: the tagger's
    place of that one word is none either («سردار | الاسرا», the prisoners' chief)."""
    return key in _edge_words()["alone"]


def ends_no_name(key: str) -> bool:
    """A word of ``no_name_edges.tsv`` that ends no name («الخصوص» of «علی الخصوص»)."""
    return key in _edge_words()["end"]


def follows_name(key: str) -> bool:
    """A word of ``no_name_edges.tsv`` that follows a name run on into the sentence, no part
    of it: the name ends before it («بشار رسن | هافبک سابق پرسپولیس», «علی | قائلم»)."""
    return key in _edge_words()["after"]


@cache
def _edge_words() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {"open": set(), "end": set(), "alone": set(), "after": set()}
    for line in words("no_name_edges.tsv"):
        word, edge = line.split("\t")
        table[edge].add(lx.key(word))
    return {edge: frozenset(found) for edge, found in table.items()}


def _after_royal(keys: list[str], i: int) -> bool:
    """Token ``i`` follows a royal title («شاه», «ملک», «شاهزاده», «پادشاه») that no other
    title comes before: after one, «ملک» is a family name's first part («سردار ملک
    شاهکویی»)."""
    for k in (i - 1, i - 2):
        hit = lx.honorifics().match(keys, k) if k >= 0 else None
        if hit is not None and hit[0] == i and hit[1].kind == "royal":
            return not any(lx.honorifics().match(keys, t) for t in range(max(0, k - 3), k))
    return False


_METRES = "متر"


def _height_after(keys: list[str], j: int) -> bool:
    """A height in metres in brackets follows the name at token ``j``: a hill's or a
    mountain's («تپه‌ها عبارتند از: ... کسل گرنت (۳۳۸ متر)، ... فارلی هیل (۲۵۱ متر)»)."""
    if j + 2 >= len(keys) or keys[j] != "(" or keys[j + 2] != _METRES:
        return False
    return in_digits(keys[j + 1])


def _place_alone(keys: list[str], i: int) -> bool:
    """Token ``i`` is a listed place's whole name of one word that no name list holds
    («کوناکری», Conakry; not «واشنگتن», a family name too)."""
    key = keys[i]
    if key in lx.name_words() or key in lx.first_names():
        return False
    hit = lx.places().match(keys, i)
    return hit is not None and hit[0] == i + 1


def _royal_of_place(keys: list[str], i: int, j: int) -> bool:
    """The name is a royal title and the place it reigns over, no name's word: «ملکه اورشلیم»
    (the queen of Jerusalem), «پادشاه اردن»; a post, not the person's name."""
    hit = lx.honorifics().match(keys, i)
    if hit is None or hit[1].kind != "royal" or hit[0] >= j:
        return False
    k = hit[0]
    place = lx.places().match(keys, k)
    return place is not None and place[0] == j and not any(w in lx.name_words() for w in keys[k:j])


# a holy woman's given name and the epithet that names her with it, no family name after:
# «دخت پیامبر اسلام فاطمه اطهر» (Fatima the pure), «زینب کبری», «مریم عمران» (Mary, of Imran)
_HOLY_EPITHETS = {
    lx.key("فاطمه"): frozenset(lx.key(w) for w in ("اطهر", "زهرا", "الزهرا", "الزهراء")),
    lx.key("زینب"): frozenset({lx.key("کبری")}),
    lx.key("مریم"): frozenset({lx.key("عمران")}),  # «چون مریم عمران», Mary of Imran, in verse
}


# «و» and «حضرت» run into the word before them, where the text lost its spaces (not
# «اعلیحضرت», his majesty, a king's title): a holy figure's name follows
_AND_HOLY_TITLE = "وحضرت"


def _holy_with_epithet(keys: list[str], i: int, j: int) -> bool:
    """The name is a holy woman's given name and her epithet (``_HOLY_EPITHETS``)."""
    return j - i == 2 and keys[i + 1] in _HOLY_EPITHETS.get(keys[i], ())


_ABSOLUTE = "مطلق"


def _absolute_quality(keys: list[str], i: int, j: int) -> bool:
    """A lone given name that is a noun too and «مطلق» (absolute) after it name a quality,
    no one: «سخنان مولوی، گستان معارف ناب و جمال مطلق و حقیقت است», absolute beauty. With a
    family name before it «مطلق» is that name's last part («محمد حسن اکبری مطلق», «هاشم
    ولی‌پور مطلق»), and no given name alone before it names anyone in the news."""
    return j - i == 2 and keys[i + 1] == _ABSOLUTE and keys[i] in lx.first_names()


_UTMOST = ("با", "کمال")  # «with utmost ...»: «با کمال تاسف», «با کمال آزادی»


def _with_utmost(keys: list[str], i: int, j: int) -> bool:
    """«کمال» after «با» and before one of the language's frequent words is «with utmost»,
    no given name («با کمال آزادی بیان کنند», in all freedom; «با کمال خرازی», with Kamal
    Kharazi, whose «خرازی» is no frequent word, stands)."""
    if j - i != 2 or i == 0 or (keys[i - 1], keys[i]) != _UTMOST:
        return False
    return rank(keys[i + 1]) < FREQUENT


_MARTYR = "شهید"


def _title_before_martyr(keys: list[str], i: int, j: int) -> bool:
    """A lone word no name list holds between a title and «شهید» that a given name follows:
    the title's own, a rank misspelt or an epithet («سردار شپهبد شهید قاسم سلیمانی»), no
    name (not «حاج قاسم شهید شد»)."""
    if j - i != 1 or j + 1 >= len(keys) or keys[j] != _MARTYR or known_name(keys[i]):
        return False
    return keys[j + 1] in lx.first_names()


def known_name(key: str) -> bool:
    """A word of a listed name, a foreign given name among them («فیلیپ»)."""
    return key in lx.name_words() or key in _foreign_given()


def known_given(key: str) -> bool:
    """A listed given name, a foreign one among them («هنری»)."""
    return key in lx.first_names() or key in _foreign_given()


@cache
def _foreign_given() -> frozenset[str]:
    return frozenset(lx.key(w) for w in words("foreign_given_names.txt"))


def _called(keys: list[str], i: int, j: int) -> bool:
    """A lone word before «به نام» is the noun of «a ... named»: «دکتر جوانی به نام شایان»."""
    return j - i == 1 and (keys[j : j + 2] == ["به", "نام"] or keys[j : j + 1] == ["بنام"])


def repeated(keys: list[str], i: int, j: int) -> bool:
    """A word said twice is no name: «کمپین "تلو تلو خوران"» (but a given name: «عبدالله
    عبدالله»)."""
    return any(keys[k] == keys[k + 1] and keys[k] not in lx.first_names() for k in range(i, j - 1))


def plain_compound(word: str) -> bool:
    """A word made with a ZWNJ of a frequent word no name is made of and a known word, not a
    listed name: an adjective or an adverb («بین‌المللی», «مداخله‌جویانه»), never a given
    name nor a family name («فقیه‌نصیری», «حسن‌زاده», «بی‌مقدار» stand), nor two given names
    of another language written as one («ژان‌پیر»)."""
    parts = word.split("\u200c")
    if len(parts) < 2 or lx.key(word) in lx.name_words():
        return False
    keys = [lx.key(p) for p in parts]
    if any(k in lx.first_names() or k in NAME_PARTS or k in SURNAME_ENDS for k in keys):
        return False
    if keys[0] in lx.foreign_given_names():
        return False
    head, rest = keys[0], keys[1:]
    if len(head) < 3 or rank(head) >= 2 * FREQUENT:
        return False
    return all(rank(k) < RARE and k not in lx.name_words() for k in rest)
