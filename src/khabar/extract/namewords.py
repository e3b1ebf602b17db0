"""What the lexicons know of one word in a person's name: a name, an ordinary word, a verb,
or two words run together.

The learned tagger proposes names; these tests are the vetoes the lexicons add: «سکینه
عمومی» ends in an adjective, «افضلی برسد» in a verb, «بهروز نعمتیبه» in «نعمتی» glued to
«به». Word frequencies come from the ZWNJ lexicon (``zwnj_words.txt``: its ranks are those
of Hazm's word list and the shared news), so a frequent word is known as such.
"""

from __future__ import annotations

from functools import cache, lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, LIST_SEPARATORS
from khabar.text.zwnj import default_lexicon

# the ends of the honorific names of the Qajar court: «قوام‌السلطنه», «وثوق الدوله»
COURT_ENDS = ("السلطنه", "الدوله", "الممالک")
SURNAME_ENDS = ("ی", "زاده", "پور", "فر", "نیا", "نژاد", "وند", "لو", "یان", "راد", "مقدم")
# nouns of action, never a family name's end: «ارزیابی», «جهت‌گیری», «خودداری»,
# «کارآفرینی» (not «...بینی»: «عباس جهان‌بینی» is a name, «جهان‌بینی» a word too)
_ACTION_ENDS = ("یابی", "گیری", "داری", "سازی", "رسانی", "گذاری", "بندی", "آفرینی")
FREQUENT = 5000  # rank in the ZWNJ lexicon's word list under which a word is an ordinary one
RARE = 10**9


def rank(key: str) -> int:
    return default_lexicon().rank.get(key, RARE)


def rare_word(key: str) -> bool:
    """A word the news writes rarely that no list holds as an ordinary one: a foreigner's
    name or a stage name («واروژان», «گوگوش»), an outlet's («ایسنا»)."""
    return rank(key) >= FREQUENT and key not in lx.common_words()


def name_word(key: str) -> bool:
    """A word that is a name itself: a listed given name, a word shaped like a family name
    that is no ordinary word or adjective («جهرمی», «خرم‌آبادی»; not «کاری», «سرپرستی»), or
    a title word that is one after a given name («عبدالرسول استوار»)."""
    # a given name that is also a word lengthens a name as a family name only: «حداد عادل»,
    # not «طباطبایی حافظ» (کل قرآن)
    given = lx.first_names().get(key)
    if given is False or (given and key in lx.family_name_words()):
        return True
    if lx.honorifics().match([key], 0) is not None:
        return True
    family_shaped = shaped(key) and key not in lx.common_words()
    # a frequent word no name is known to hold is the word: «احمدی‌نژاد معرفی می‌کنند»
    known = key in lx.name_words() or rank(key) >= FREQUENT
    return family_shaped and known and not adjective(key) and not no_name_end(key)


def shaped(key: str) -> bool:
    """The shape of a family name: one of its endings («ی», «زاده», «پور» ...)."""
    # a plural in «های», but a listed name in «ه‌ای» («خامنه‌ای», keyed without its ZWNJ)
    plural = key.endswith("های") and key not in lx.name_words()
    return key.endswith(SURNAME_ENDS) and len(key) > 3 and not plural


# kin named before a name: «پدربزرگ رومینا» is no one called so; «کاکا», «خالو» (brother,
# uncle) call a man so in the south and east: «حاج خالو دشتبان روستا»
_KIN = frozenset(
    "پدر مادر پدربزرگ مادربزرگ برادر خواهر همسر دختر پسر فرزند عمو خاله عمه نوه پدری مادری"
    " بابا کاکا خالو ننه داداش آبجی"
    # cousins, written as one word («پسرعمو»); «دایی» alone is a family name too
    " پسرعمو دخترعمو پسرعمه دخترعمه پسرخاله دخترخاله پسردایی دختردایی".split()
)
_PRONOUNS = ("یم", "یت", "یش", "مان", "تان", "شان", "م", "ت", "ش")
# a word of kin ending in a long vowel, in its Ezafe: «عموی رومینا» (Romina's uncle)
_KIN_EZAFE = frozenset(w + "ی" for w in _KIN if w.endswith(("و", "ا")))
KIN_WORDS, KIN_PRONOUNS = _KIN, _PRONOUNS


def kin(key: str) -> bool:
    """A word of kin, alone, with a pronoun or in its Ezafe («خالو», «بابایم», «پدرش»,
    «عموی»): it names no one."""
    if key in lx.first_names():
        return False
    if key in _KIN or key in _KIN_EZAFE:
        return True
    # most words end with no pronoun: one test in C before the loop
    return key.endswith(_PRONOUNS) and any(
        key.endswith(p) and key[: -len(p)] in _KIN for p in _PRONOUNS
    )


def kin_with_pronoun(key: str) -> bool:
    """A word of kin with a pronoun («بابایم», «پدرش») or in its Ezafe («عموی»), bound to
    whose kin it is; not alone («خالو»)."""
    return kin(key) and key not in _KIN


# the forms of a company's name that end it («شورون کرپ», «اپل اینک», «امریکن ایرلاینز»),
# and of a club's («لستر سیتی», «منچستر یونایتد»)
_COMPANY_FORMS = frozenset(
    "کرپ کورپ کورپوریشن اینک اینکورپوریتد لیمیتد کمپانی ایرلاینز ایرلاین ایرویز".split()
    + "سیتی یونایتد".split()
)


def company_form(key: str) -> bool:
    return key in _COMPANY_FORMS


_OPEN = frozenset('«“"')
_CLOSE = frozenset('»”"')


def titled_work(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """The name ``words[i:j]`` fills quotation marks opened within two words of a word of a
    work or a body (``work_words.txt``): «فیلم «مارمولک»», «نام سریال: "سلمان فارسی"»,
    «ائتلاف "پاکاتان هاراپان"» are titles, not people."""
    # «مردان ایکس: دارک فینکس / ...»: a subtitle after the title's colon is read from the
    # quotes that open the title
    i = _title_opening(words, i)
    # «والس مکانیکی / La Valse Mécanique»: a title in the original may follow
    if not (i and j < len(words) and words[i - 1] in _OPEN):
        return False
    if words[j] == ":" and any(w in _CLOSE for w in words[j + 2 : j + 12]):
        return True  # «سعادت نامرئی: مینیاتور و روان‌درمانی مسلمان»: a title and its subtitle
    if _work_after(words, keys, j):
        return True  # «"دارون بارون می‌باره" قطعه‌ای از سینا سرلک است»: a piece's title
    if words[j] not in _CLOSE | {"/"}:
        return False
    if keys[i] in _POEM_FORMS and _poet_after(keys, j + 1):
        return True  # «"غزل جوانی" رهی معیری»: a poem's title, its poet after it
    if i > 1 and keys[i - 2] == "به" and j + 1 < len(keys) and keys[j + 1] in KNOWN_AS:
        return True  # «خاتمی به «سید خندان» معروف شد»: a nickname, not «محمد علی» معروف به
    if i > 2 and keys[i - 3] == "نام" and keys[i - 2] in _LANGUAGES:
        return True  # «با نام عربی «سیده الجنه»»: a name in a language is a title's
    if _member_before_post(keys, i, j):
        return False  # «در جریان کنگره این حزب «مهراج عبدالله اف» رئیس حزب»: a post follows
    if any(k in _work_words() for k in keys[max(0, i - 3) : i - 1]):
        return True
    if _titled_list_item(words, keys, i):
        return True
    # «تحت عنوان «غزل سرود پارسی»», «با عنوان ...»: held under a title; not «به عنوان مثال
    # «ایمی اکتون»» (as, for example)
    return any(keys[k] == "عنوان" and keys[k - 1] != "به" for k in range(max(1, i - 3), i - 1))


_TITLE_WORDS = 6  # words of a title before its subtitle's colon


def _title_opening(words: list[str], i: int) -> int:
    """Token ``i`` opens a subtitle, after the colon of a title in quotes opened a few words
    before («فیلم سینمایی «مردان ایکس: دارک فینکس / ...»»): the title's first token;
    else ``i``."""
    if not (i > 1 and words[i - 1] == ":"):
        return i
    for k in range(i - 2, max(-1, i - 2 - _TITLE_WORDS), -1):
        if words[k] in _TITLE_OPEN:
            return k + 1
        if not words[k][:1].isalnum():
            return i  # «"پایتخت "کارگردان: سیروس مقدم»: a straight quote may close a title
    return i


_TITLE_OPEN = frozenset("«“")  # marks that only open


_LIST_ITEMS = 20  # quoted items of a list walked back to its head
_ITEM_WORDS = 12  # words in one quoted item at most
_ITEM_SEPARATORS = LIST_SEPARATORS


def _titled_list_item(words: list[str], keys: list[str], i: int) -> bool:
    """The quotes opened right before token ``i`` are a later item of a list of quoted items
    whose first follows a word of works in the plural within two words: «کتاب‌های "هفت شهر
    عشق"، "سودای عشق"، ...، "عابد خلوت‌نشین"، ...» are all titles."""
    first = i - 1
    for _ in range(_LIST_ITEMS):
        close = first - 2
        if close < 1 or words[first - 1] not in _ITEM_SEPARATORS or words[close] not in _CLOSE:
            break
        inside = range(close - 1, max(-1, close - 2 - _ITEM_WORDS), -1)
        first = next((k for k in inside if words[k] in _OPEN), -1)
        if first < 0:
            return False
    if first == i - 1:
        return False  # no list before: the checks above read the quotes' own head
    return any(_plural_work(k) for k in keys[max(0, first - 2) : first])


def _plural_work(key: str) -> bool:
    """``key`` is a word of works in the plural («کتاب‌های», «فیلم‌ها»), that heads a list
    of titles; a title after the singular may stand in a list of others (««جانی دپ» برای بازی
    در فیلم «در جستجوی ناکجا آباد»، «لئوناردو دیکاپریو» ...»)."""
    stem = key.removesuffix("های").removesuffix("ها").rstrip("\u200c")
    return stem != key and stem in _work_words() and stem != _SLOGAN


# slogans quote what a crowd says, a place too: «شعارهای «مرگ بر آمریکا» و «مرگ بر اسرائیل»»
_SLOGAN = "شعار"


# a poem's forms, that open its title: a ghazal (a given name too), an ode, a quatrain
_POEM_FORMS = frozenset({"غزل", "قصیده", "رباعی", "مثنوی", "ترانه"})
_POET_REACH = 2  # words after the title where the poet's family name stands: «رهی معیری»


def _poet_after(keys: list[str], k: int) -> bool:
    """A listed family name stands within a word or two from token ``k``, no comma between:
    a poet's name, a work's title before it."""
    for key in keys[k : k + _POET_REACH]:
        if key in lx.family_name_words():
            return True
        if not key[:1].isalpha():
            return False
    return False


# a party, a coalition, a front, a movement: its name, or its members', follows
PARTY_WORDS = frozenset(lx.key(w) for w in "حزب ائتلاف جبهه جنبش".split())
# and a group, whose members the news names in quotes too
_PARTIES = PARTY_WORDS | {lx.key("گروه")}


def _member_before_post(keys: list[str], i: int, j: int) -> bool:
    """The quotes of a name at ``[i, j)`` follow a party's or a front's word and a post
    follows them: a member's name («در جریان کنگره این حزب «مهراج عبدالله اف» رئیس حزب
    کمونیست تاجیکستان ...»), not the party's («ائتلاف "پاکاتان هاراپان"»)."""
    if j + 1 >= len(keys) or _PARTIES.isdisjoint(keys[max(0, i - 3) : i - 1]):
        return False
    return keys[j + 1] != "وابسته" and lx.post_heads().match(keys, j + 1) is not None


def _work_after(words: list[str], keys: list[str], j: int) -> bool:
    """The quotes closing at or after token ``j`` (past a title in the original: «/ Afro
    Cuban Lullaby») are followed by a word of a work with its indefinite ending: «قطعه‌ای»,
    «فیلمی» (a piece, a film)."""
    k = next((k for k in range(j, min(len(words), j + 12)) if words[k] in _CLOSE), None)
    if k is None or k + 1 >= len(keys):
        return False
    after = keys[k + 1]
    stem = after[:-2] if after.endswith("ای") else after[:-1] if after.endswith("ی") else ""
    return bool(stem) and stem in _work_words()


# a language a title is given in («با نام عربی «...» و فارسی «...»»)
_LANGUAGES = frozenset("فارسی عربی انگلیسی فرانسوی آلمانی روسی ترکی لاتین".split())


# «known as»: a name after «به معروف/مشهور/ملقب ...» is another name of the one before
KNOWN_AS = frozenset({"معروف", "مشهور", "ملقب", "موسوم"})
# the words of lineage inside an Arab name, son of and daughter of: «حمد بن خلیفه»
LINEAGE = frozenset({"بن", "ابن", "بنت"})
# «سید» opens a name to khabar («سید حسن نصرالله»), though a street's name may take it as a title
SAYYID = frozenset({"سید", "سیده"})
_SAYYID_LONGEST_FIRST = ("سیده", "سید")


def without_sayyid(key: str) -> str:
    """``key`` past «سید» or «سیده» run into its start, the given name after it («سیدمحمد» →
    «محمد», «سیدهزهرا» → «زهرا»): of the two, the one that leaves a listed given name
    («سیدهادی» is «هادی», not «ادی»), else «سید»'s; ``key`` itself when neither opens it.
    Asked in a fixed order, so the answer never hangs on a set's."""
    rests = [key[len(s) :] for s in _SAYYID_LONGEST_FIRST if key.startswith(s)]
    if not rests:
        return key
    return next((rest for rest in rests if rest in lx.first_names()), rests[-1])


def cited_source(words: list[str], keys: list[str], i: int) -> bool:
    """The name ``words[i:...]`` fills quotation marks opened after a source's cue: «به نقل
    از "هلث لاین"», «به گزارش «تابناک»» cite an outlet or a site."""
    cue = keys[i - 3 : i - 1]
    return i > 2 and words[i - 1] in _OPEN and cue in (["نقل", "از"], ["به", "گزارش"])


def product_code(words: list[str], j: int) -> bool:
    """A model's code follows the name, Latin letters and digits: «هایما توربو S۵» is a car."""
    if j + 1 >= len(words) or not (words[j].isascii() and words[j].isalpha()):
        return False
    return len(words[j]) < 4 and words[j + 1].isdigit()


@cache
def _work_words() -> frozenset[str]:
    return lx.keyed_words("work_words.txt")


def arabic_script(word: str) -> bool:
    """A word written with letters Persian writes otherwise (أ, إ, ة): Arabic text, a verse
    or a prayer («قالوا ربنا أمتنا اثنتین»), no name."""
    return "\u0623" in word or "\u0625" in word or "\u0629" in word


def arabic_written(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """A word of the name ``words[i:j]`` is written in Arabic letters (``arabic_script``),
    but a given name of any list that opens it, a comma and a post after it, where no word
    around is: an Arab's name spelt as Arabic spells it in a Persian sentence, the text saying
    who he is («أیمن سوسان، معاون وزیر خارجه سوریه»), no verse."""
    if not any(map(arabic_script, words[i:j])):
        return False
    around = words[max(0, i - _ARABIC_AROUND) : i] + words[j : j + _ARABIC_AROUND]
    if arabic_script(words[i]) and _given_anywhere(keys[i]) and _post_apposed(words, keys, j):
        return any(map(arabic_script, words[i + 1 : j] + around))
    if _hamza_articles_after_given(words, keys, i, j) and _post_at(words, keys, j):
        return any(map(arabic_script, around))
    return True


def _hamza_articles_after_given(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """``words[i:j]`` opens with a listed given name in Persian letters, and its words in
    Arabic letters are family names with the article before a hamza's alef, which Persian
    keeps in Arab names («علی حسین الأحبابی», «الإمام»), never in a verse's words alone."""
    if j - i < 2 or arabic_script(words[i]) or not _given_anywhere(keys[i]):
        return False
    arabic = [w for w in words[i + 1 : j] if arabic_script(w)]
    return all(w.startswith(("الأ", "الإ")) for w in arabic)


def _post_at(words: list[str], keys: list[str], j: int) -> bool:
    """A post at token ``j``, or past a comma there."""
    if j < len(keys) and lx.post_heads().match(keys, j) is not None:
        return True
    return _post_apposed(words, keys, j)


def _post_apposed(words: list[str], keys: list[str], j: int) -> bool:
    """A comma at token ``j`` and a post right after it."""
    if j + 1 >= len(keys) or words[j] not in COMMAS:
        return False
    return lx.post_heads().match(keys, j + 1) is not None


_ARABIC_AROUND = 3  # words either side of a name that show an Arabic passage


def _given_anywhere(key: str) -> bool:
    """A given name of any list, a word of the language too («ایمن», safe)."""
    return key in lx.first_names() or key in lx.keyed_words("more_given_names.txt")


def _latin(word: str) -> bool:
    return word[:1].isascii() and word[:1].isalpha()


def script_end(words: list[str], i: int, j: int) -> int:
    """The end of a name of tokens ``[i, j)`` where its letters change from Persian to Latin
    or back: «جان جنسن | John Jensen» gives the name and its spelling, one name once."""
    latin = _latin(words[i])
    return next(
        (k for k in range(i + 1, j) if words[k][:1].isalpha() and _latin(words[k]) != latin), j
    )


def family_word(word: str) -> bool:
    """A word that may be a family name after a given name: a word in one piece, or a
    compound opened by a name («نجفی‌منش»; not «بی‌فایده» of «آریا بی‌فایده بود»)."""
    key = lx.key(word)
    head = lx.key(word.split("\u200c")[0])
    return head == key or name_word(key) or shaped(head) or head in lx.first_names()


def before_light_verb(keys: list[str], j: int) -> bool:
    """Token ``j - 1`` is a frequent word no name holds, and a light verb follows it: the
    noun of a compound verb, never the end of a name («حاج قاسم قصاص نمی‌شود», «محمود
    احمدی‌نژاد معرفی می‌کنند»)."""
    if j < 1 or j >= len(keys) or not _light_verb(keys[j]):
        return False
    last = keys[j - 1]
    if last in SURNAME_ENDS and last != "ی":
        return True  # «سلیمانی لو نرفت»: an ending of family names stands apart only so
    if last.endswith("گی") and not last.endswith("بیگی") and last not in lx.name_words():
        return True  # «حجت‌الله یک‌دندگی کرد»: a noun of a quality, made of an adjective
    # a word of the commonest few hundred is the verb's noun though a family name holds it
    # («صدام | انجام می‌دادند»); not a given name, nor one in «ی» («اسلامی», «ایرانی»)
    commonest = rank(last) < _COMMONEST and last not in lx.first_names() and last[-1] != "ی"
    return rank(last) < 2 * FREQUENT and (last not in lx.name_words() or commonest)


_COMMONEST = 400

# the stems of light verbs, past and present («کرد», «کن»); a present stem alone is also a
# noun («زن», «ساز», «دار»), so it counts only with a prefix or an ending
_PAST_STEMS = frozenset("کرد شد داد زد گرفت داشت نمود گشت یافت ساخت رفت".split())
_PRESENT_STEMS = frozenset("کن شو ده زن گیر دار نما گرد یاب ساز".split())
_VERB_ENDS = ("", "م", "ی", "یم", "ید", "ند", "د", "ه", "ن", "هاست", "هاند")


def light_verb(key: str) -> bool:
    """A form of a light verb no name holds («زد», «می‌شود»; not «زند», «کرد»)."""
    return _light_verb(key) and key not in lx.name_words()


def light_verb_form(key: str) -> bool:
    """A form of a light verb, whatever name may hold it («می‌زند», «زد», «کرد»)."""
    return _light_verb(key)


def do_verb(key: str) -> bool:
    """A form of «کردن» (to do), the light verb of most compound verbs («صحبت کردیم»,
    «می‌کنند»)."""
    return _light_verb(key, _DO_PAST, _DO_PRESENT)


_DO_PAST = frozenset({"کرد"})
_DO_PRESENT = frozenset({"کن"})


@lru_cache(maxsize=65536)  # per word, bounded: a long ingest meets new words without end
def _light_verb(
    key: str, past: frozenset[str] = _PAST_STEMS, present: frozenset[str] = _PRESENT_STEMS
) -> bool:
    for prefix in ("نمی", "می", "ن", "ب", ""):
        if not key.startswith(prefix):
            continue
        for end in _VERB_ENDS:
            stem = key[len(prefix) : len(key) - len(end)]
            if key.endswith(end) and (stem in past or (stem in present and (prefix or end))):
                return True
    return False


@lru_cache(maxsize=65536)
def ordinary(key: str) -> bool:
    """An ordinary word, not a name: no listed given name, and a word of kin («پدربزرگ»)
    or a listed common word not shaped like a family name («بزرگ»; not «حسینی»)."""
    if key in lx.first_names() or key in lx.first_name_heads() or key in SAYYID:
        return False
    if key in _KIN:
        return True
    return key in lx.common_words() and not shaped(key)


def action_noun(key: str) -> bool:
    """A noun of action («ارزیابی», «کارآفرینی»), no name's first or last word."""
    return key.endswith(_ACTION_ENDS) and no_name_end(key)


def no_name_end(key: str) -> bool:
    """A noun of action («ارزیابی», «جهت‌گیری») or an adverb in «اً» written without its
    tanvin («حدودا»): words that never end a name."""
    if key.endswith(_ACTION_ENDS):  # but «جهانگیری» of «جهانگیر», «شریعتمداری»
        common = rank(key) < 2 * FREQUENT or rank(key) == RARE
        # a listed family name no word list knows is the name: «پرویز دهداری»
        if rank(key) == RARE and key in lx.family_name_words():
            return False
        return common and key not in lx.first_names() and key[:-1] not in lx.first_names()
    stem = key[:-1]
    return (
        key[-1:] == "ا"
        and len(key) > 3
        and key not in lx.first_names()
        and stem not in lx.first_names()
        and rank(stem) < 4 * FREQUENT
    )


@lru_cache(maxsize=65536)
def adjective(key: str) -> bool:
    """An adjective in «ی» of a frequent word that is no given name or place («کاری»,
    «عمومی», «کوهی»; not «حسینی», «کاشانی», «لاریجانی»). Family names are made so too
    («حیاتی», «اسلامی»): this is a veto only where nothing else says name."""
    if key[-1:] != "ی" or key.endswith("های") or key in lx.first_names():
        return False
    stem = key[:-2] if key.endswith("یی") else key[:-1]
    return stem not in lx.first_names() and not _place(stem) and rank(stem) < FREQUENT


def _place(key: str) -> bool:
    hit = lx.places().match([key], 0)
    return hit is not None or lx.places().match(["شهر", key], 0) is not None


def listed_family(keys: list[str], i: int) -> bool:
    """A listed given name at ``i`` and, after it, a word of the listed family names that
    no frequent word is («مهران مدیری», «بهمن پناهی», «محمدرضا فروتن»): a person's name,
    though the given name is a word too («مهران») and the family name an adjective
    («مدیری» of «مدیر»). A frequent word stays the word: «مسعود بخشی از ...»."""
    if i + 1 >= len(keys) or keys[i] not in lx.first_names():
        return False
    last = keys[i + 1]
    return last in lx.family_name_words() and rank(last) >= FREQUENT and not no_name_end(last)


def foreign_opening(keys: list[str], i: int, j: int) -> bool:
    """A foreign given name that is a Persian word too, then one rare word no list knows and
    of no Persian shape, ``keys[i:j]``: «بن افلک», «بیل ریچاردسون»; not «بن بست», «جان
    باختگان», «بیل مکانیکی», nor a word of Arabic's article («پل الزیتون», a bridge)."""
    if j - i != 2 or keys[i] not in lx.foreign_given_words():
        return False
    last = keys[i + 1]
    return (
        rank(last) >= 4 * FREQUENT
        and not last.startswith("ال")
        and last not in lx.name_words()
        and last not in lx.common_words()
        and not shaped(last)
        and not _place(last)
    )


def arabic_nisba(keys: list[str], i: int, j: int) -> bool:
    """A word, then Arabic's article on a rare word of a nisba's shape no list knows,
    ``keys[i:j]``: an Arab's given name that is a Persian word too and his family name
    («ماجد الجهانی», «حکمت العزاوی»); not a place's or a list's word after it."""
    if j - i != 2 or rank(keys[i]) < _VERY_FREQUENT:
        return False
    last = keys[i + 1]
    return (
        len(last) > 5
        and last.startswith("ال")
        and last.endswith("ی")
        and rank(last) >= 4 * FREQUENT
        and last not in lx.common_words()
        and not _place(last)
        and not _place(keys[i])
    )


def ordinary_edge(keys: list[str], i: int, j: int) -> bool:
    """The name ``keys[i:j]`` of several words begins or ends with a frequent word that no
    name is known to hold («هادی کشتی انقلاب», «سکینه عمومی», «کرونا زده», «علی حرفش»), or
    holds a very frequent one («علی چیز پنهانی»). Where another of its words is rare and
    unknown, the name is likely foreign and the frequent word one of its given names:
    «سالی هاوکینز», «اسکار کیمر» stand."""
    if j - i < 2:
        return False
    given = lx.first_names().get(keys[i]) is False
    # a Persian given name says the name is no foreign one: «مسعود افرازه وکلای ...»; a
    # very frequent word is no given name of a foreign one: «ویروس کرونا کووید»
    very = any(unknown_word(k) and word_rank(k) < _VERY_FREQUENT for k in keys[i:j])
    if not given and not very and any(_foreign(keys[k]) for k in range(i, j)):
        return False
    # after a given name, a family name's shape is enough, but for an adjective or a word
    # in Ezafe: «محمد توفیق علاوی» stands, «هادی کشتی», «علیرضا زاکانی سودای» do not
    last = keys[j - 1]
    family = given and shaped(last) and not adjective(last) and word_rank(last) == rank(last)
    if unknown_word(keys[i]) or (unknown_word(last) and not family) or _yours(last):
        return True
    return any(unknown_word(k) and word_rank(k) < _VERY_FREQUENT for k in keys[i + 1 : j - 1])


_VERY_FREQUENT = 2000


def _yours(key: str) -> bool:
    """A frequent word with the second person's «ت» (your), itself a rare word that no name
    holds: it ends no name, as «ـش» and «ـمان» do not («به او گفتم علی خیالت راحت باشد»,
    your mind; not «عصمت», «حکمت», words and names of their own)."""
    if len(key) < 4 or not key.endswith("ت") or key in lx.name_words():
        return False
    return rank(key) >= FREQUENT and unknown_word(key[:-1])


@lru_cache(maxsize=65536)
def unknown_word(key: str) -> bool:
    """A frequent word of three letters or more that no name is known to hold: no given
    name, no word of a family name, of a person the tagger was trained on or of a foreign
    figure, no title («کشتی», «عمومی», «کرونا», «راهنمای»; not «اسلامی», «جان», «پوتین»)."""
    if len(key) < 3 or word_rank(key) >= FREQUENT or key in lx.name_words():
        return False
    return lx.honorifics().match([key], 0) is None


@lru_cache(maxsize=65536)
def word_rank(key: str) -> int:
    """The rank of a word or of the word it is made of by an Ezafe or a pronoun: «راهنمای»
    of «راهنما», «افسانه‌ای» of «افسانه», «حرفش» of «حرف», «عزیزمان» of «عزیز»."""
    stems = [key]
    if key.endswith("ای") and len(key) > 4:
        stems += [key[:-2], key[:-1]]
    if key.endswith("ش") and len(key) > 3:
        stems.append(key[:-1])
    stems += [key[:-3] for p in ("مان", "تان", "شان") if key.endswith(p) and len(key) > 5]
    best = min(rank(k) for k in stems if len(k) > 2 or k == key)
    if key.endswith("ش") and len(key) == 3 and rank(key[:-1]) < _VERY_FREQUENT:
        return min(best, rank(key[:-1]))  # «زینب سرش را روی خاک‌ها گذاشت»: «سر», her head
    return best


def _foreign(key: str) -> bool:
    """A rare word no list knows and no Persian family name's shape («هاوکینز»; not
    «قاسمی‌پور»)."""
    return word_rank(key) >= FREQUENT and key not in lx.name_words() and not shaped(key)


@lru_cache(maxsize=65536)  # per word, bounded: asked of the last word of most names
def country(key: str) -> bool:
    """A country's one-word name («اسرائیل», «ایران») that no known name holds (as «کامرون»
    of «دیوید کامرون»): it ends no person's name («حاج قاسم اسرائیل را حبس کرده بود»); nor
    does the country of the news, though family names hold it as their part («ایران‌پور»):
    «مردم نجیب ایران»."""
    hit = lx.places().match([key], 0) or lx.places().match(["کشور", key], 0)
    if hit is None or hit[1].kind != "country":
        return False
    return key not in lx.name_words() or key == _HOME_COUNTRY


_HOME_COUNTRY = "ایران"


@lru_cache(maxsize=65536)  # per word, bounded: asked of each distinct word of an article
def demonym(key: str, alone: bool = False) -> bool:
    """A country's adjective, a word of the language («هلندی», «اسپانیایی»; not «بنینی» of
    «روبرتو بنینی») that no known name holds («مصری», «عراقی» are family names); ``alone``,
    the news' own country's too, a family name after a given name only («ژنرال ایرانی»)."""
    # a rare adjective is a foreign name's end as often («بنینی»), but not a country's in
    # «ستان» («زنو زنوف بلغارستانی», «قزاقستانی»)
    if len(key) < 4 or not key.endswith("ی") or (rank(key) == RARE and "ستان" not in key):
        return False
    stems = [key[:-1]] + ([key[:-2]] if key.endswith(("یی", "ای")) else [])
    for stem in stems:
        hit = lx.places().match([stem], 0)
        if hit is not None and hit[0] == 1 and hit[1].kind == "country":
            return key not in lx.name_words() or (alone and stem == _HOME_COUNTRY)
    return False


def demonym_end(keys: list[str], i: int, j: int) -> int:
    """The end of the name ``keys[i:j]`` without the country's adjective after it («رافائل
    نادال | اسپانیایی»), or ``i`` where none is left: the adjective alone or after an
    ordinary word, a given name that is one too («ژنرال ایرانی», «ستاره هلندی»); after a
    given name it is the name's epithet («عبدالعزیز هلندی», «عبدالله اردنی»)."""
    if not demonym(keys[j - 1], alone=j - i == 1):
        return j
    word = lx.first_names().get(keys[i]) is not False and rank(keys[i]) < FREQUENT
    if j - i == 1 or (j - i == 2 and word):
        return i
    return j if j - i == 2 else j - 1


def home_place(key: str) -> bool:
    """An Iranian city, county or province that is no given name: it opens no person's name
    («مسیر مرزی خاش روتک»); «مهران», «داراب» are given names too."""
    if key in lx.first_names():
        return False
    return any(lx.places().match([lead, key], 0) for lead in ("شهرستان", "استان"))


@lru_cache(maxsize=65536)  # per word, bounded: asked of most words of an article, often again
def verb(key: str) -> bool:
    """A verb form («می‌سپارم», «برسد», «بیاید», «نمی‌گفتند»); one in «ی» may be a family
    name («دوانی»)."""
    verbs = default_lexicon().verbs
    if key in verbs or key[-1:] == "ی" or key in lx.first_names():
        # a short or rare form is also a name («حاجی زاد», «زاده», «پسندیده», «انجم»)
        plain = key in verbs and key[-1] != "ی" and key not in SURNAME_ENDS
        return plain and len(key) > 3 and rank(key) < FREQUENT
    after_mi = default_lexicon().after_mi
    for prefix in ("نمی", "می", "ب", "ن"):  # continuous, subjunctive and negative forms
        rest = key[len(prefix) :]
        # «ب» and «ن» open names too («بهروز», «نادر»): the whole must be a known word
        known = len(prefix) > 1 or rank(key) < RARE
        if key.startswith(prefix) and len(rest) > 2 and known:
            if rest in verbs or rest in after_mi or (rest[0] == "ی" and "آ" + rest[2:] in verbs):
                return True
        # a verb in «ا» after «ب» or «ن» takes a «ی»: «بینجامد» of «انجامد», «نیندازد»
        if key.startswith(prefix) and len(rest) > 4 and rest[0] == "ی" and prefix in ("ب", "ن"):
            if "ا" + rest[1:] in verbs:
                return True
    return False


# the particles of German and Dutch family names after a given name: «اورسولا فن در لاین»,
# «لودویگ فان بتهوون»; «در», «دن» of them («von der», «van den»)
PARTICLES = frozenset({"فن", "فون", "فان", "وان"})
PARTICLE_ARTICLES = frozenset({"در", "دن"})


def particle_name(keys: list[str], i: int, j: int) -> bool:
    """The name ``keys[i:j]`` is a given name, a family name's particle, its article if any
    and one word: «اورسولا فن در لاین», «لودویگ فان بتهوون»."""
    if j - i < 3 or keys[i + 1] not in PARTICLES:
        return False
    return j - i == 3 or (j - i == 4 and keys[i + 2] in PARTICLE_ARTICLES)


# the second words of compound family names: «محمدی‌راد», «هاشمی‌نژاد», «علی‌پور»
_SECOND_WORDS = frozenset({"راد", "نژاد", "پور", "زاده", "فر", "نیا", "وند", "مقدم", "فرد", "کیا"})


def family_parts_apart(keys: list[str], i: int) -> bool:
    """A listed given name at ``i``, a listed family name's word in «ی» after it and an
    ending of family names written apart («کریم انصاری فرد», «محمد سلطانی فر»): a person's
    name, though the given name and the ending are words too («کریم», «فرد»)."""
    if i + 2 >= len(keys) or keys[i] not in lx.first_names():
        return False
    family, end = keys[i + 1], keys[i + 2]
    return family in lx.family_name_words() and family.endswith("ی") and end in _SECOND_WORDS


def compound_family_name(word: str) -> bool:
    """A family name of two words written together by a zero-width non-joiner, the first a
    family name's or a given name, the second one that ends family names («محمدی‌راد»)."""
    parts = word.split("\u200c")
    return (
        len(parts) == 2
        and parts[1] in _SECOND_WORDS
        and (lx.key(parts[0]) in lx.family_name_words() or lx.key(parts[0]) in lx.first_names())
    )
