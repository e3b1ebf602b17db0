"""Where an organization's name the tagger marks begins and ends.

The tagger's span is the name, less what the lexicons know no name holds at its edges: a
post before it («عضو کمیسیون برنامه و بودجه مجلس» is the commission), a verb, a light
verb's noun or a function word after it («شورای نگهبان استفسار کند», «پیشمرگه آن»). A
name that opens a quotation ends with it («وب‌سایت « اندروید اتوریتی »», as PEYMA writes);
two joined by «و» are two. And what looks like an organization and is none: the office run
for («انتخابات ریاست جمهوری»), a month of a date («از 22 مهر تا ...»).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.calendars import JALALI_MONTH_NAMES
from khabar.extract import lexicons as lx
from khabar.extract.clause_words import CLOSING_QUOTE, COMMAS, LIST_SEPARATORS, STOPS
from khabar.extract.namewords import verb
from khabar.extract.numbers import WORDS
from khabar.extract.spelled_letters import spelled_letter
from khabar.text.segment import TokenColumns

# Heads that open an organization's name when no data-file entry matches.
# Heads whose following words are the name («ستاد استانی مشارکت مردم»); «سازمان» and
# «مرکز» are left to the data file: what follows them in news is mostly description.
ORG_HEADS = {
    "وزارت",
    "ستاد",
    "شورای",
    "کمیسیون",
    "قرارگاه",
    "اداره",
    "بنیاد",
    "دانشگاه",
    "سپاه",
    "مجمع",
    "بانک",
    "دادگستری",
    "استانداری",
    "فرمانداری",
    "شهرداری",
    "خبرگزاری",
    "دبیرخانه",
    "پژوهشگاه",
}


# bodies named by the place they serve, the place written right after the word
# («شهرداری تهران», «شورای شهر مشهد», «دولت عراق», «ارتش سوریه»): PEYMA tags head and place
# as one organization 290 times in its training part, and the place after the head alone 5;
# a court, the police and a chamber of commerce so too («دادگاه لاهه», «پلیس لندن», «اتاق
# تهران»: 30 times whole, never the place alone after the singular word)
BODY_OF_A_PLACE = frozenset(
    {
        *ORG_HEADS,
        *"سفارت سفارتخانه کنسولگری اتحادیه ارتش دولت گمرک مجلس پارلمان فدراسیون".split(),
        *"دادگاه پلیس اتاق".split(),
    }
)


def body_of_a_place(keys: list[str], i: int, j: int, marked: set[int]) -> tuple[int, int] | None:
    """The organization a place the tagger marks at ``[i, j)`` names with the word of a
    body before it («شهرداری | تهران») or opening it («مجلس ملی نیکاراگوئه» taken whole for
    a place), or with an office's or a board's word a few words of its name before it
    («اداره راه و شهرسازی قوچان», «هیات گلف استان کرمانشاه»: PEYMA's training part 35
    times, and never so with no preposition between), or None."""
    if j - i > 1 and keys[i] in BODY_OF_A_PLACE:
        return i, j
    if i and keys[i - 1] in BODY_OF_A_PLACE and i - 1 not in marked:
        return i - 1, j
    if (
        i > 1
        and keys[i - 1] in _ARMS
        and keys[i - 2] in _FORCES
        and marked.isdisjoint({i - 2, i - 1})
    ):
        return i - 2, j  # «نیروی دریائی | آمریکا», «نیروهای مسلح | ترکیه»
    if _NAMED_OR_BOARDS.isdisjoint(keys[max(0, i - 4) : i]):
        return None  # most places: no office's or board's word before them, sought in C
    for h in range(i - 1, max(-1, i - 5), -1):  # «هیات گلف استان کرمانشاه»
        if (
            h in marked
            or not keys[h].isalpha()
            or keys[h] in TAIL_WORDS
            or no_org_end(keys[h], keys[h])
        ):
            return None
        if keys[h] in _HEADS_OF_NAMED_BODIES or (
            keys[h] in _BOARDS and (keys[i] in _DIVISIONS or keys[h + 1] in _TRUSTEES)
        ):
            return h, j
    return None


# a country's forces named by their arm («نیروی هوایی روسیه», «نیروهای مسلح لیبی»): PEYMA's
# training part tags force and place as one 9 times, the place alone 3
_FORCES = frozenset({"نیروی", "نیروهای"})
_ARMS = frozenset({"دریایی", "هوایی", "زمینی", "مسلح", "انتظامی"})  # keys of «دریائی» too

# offices and courts a few words of their name before their place («دادگاه کیفری یک استان
# تهران», «دادسرای امور جنایی تهران»: PEYMA's courts 10 times whole, never the place alone)
_HEADS_OF_NAMED_BODIES = frozenset({"اداره", "انجمن", "دادگاه", "دادسرای"})
# a board of a province or town («هیات گلف استان کرمانشاه»); before a country or a city
# alone it is a delegation («هیات ابوظبی», «هیات اقتصادی امارات»)
_BOARDS = frozenset({"هیات", lx.key("هیئت")})  # keys hold «هییت»
_DIVISIONS = frozenset({"استان", "شهرستان", "شهر"})
# a board of trustees is a body before any place («هیئت امنای ورزشی کمالشهر»), never a delegation
_TRUSTEES = frozenset({"امنای", "امنا", "امناء"})
_NAMED_OR_BOARDS = _HEADS_OF_NAMED_BODIES | _BOARDS  # the words ``body_of_a_place`` seeks


def org_parts(keys: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """Tokens ``[i, j)`` cut before each «و» that another organization or a post follows: a
    listed one or a head («باشگاه‌های استقلال و پرسپولیس», «پیکان تهران و گل‌گهر سیرجان»),
    a post whose body follows it («بازرگانی و دبیر کمیته ...»). PEYMA tags
    109 such pairs as two and 9 as one («وزارت آموزش و پرورش» is one: «پرورش» opens none),
    and at a table's score between two names."""
    # most names hold no «و» and no number: looked for in C before each word is
    cuts = [
        k
        for k in (range(i + 1, j - 1) if "و" in keys[i + 1 : j - 1] else ())
        if keys[k] == "و"
        and (
            keys[k + 1] in ORG_HEADS
            or (keys[k + 1] == keys[i] and keys[i] in _REPEATED_OPENERS)  # «شبکه ... و شبکه»
            or lx.organizations().match(keys, k + 1)
            or (lx.agencies().match(keys, k + 1) and keys[k + 1] not in lx.outlet_words())
            # «سازمان بازرگانی و | دبیر کمیته توسعه صادرات ...»: one post's body, then
            # another's (PEYMA's training part holds a post after «و» inside 1 name of 5,624)
            or lx.post_heads().match(keys, k + 1)
        )
    ]
    # a number after a team's town is a table's score, no name's: «حفاری اهواز 1 | دبیری
    # تبریز» (PEYMA's training part holds a number inside 5 names of 5,624, none so; not
    # «شبکه ۱۳ اسرائیل», «دادگاه کیفری ۲ شیراز»)
    if any(map(str.isdigit, keys[i + 2 : j - 1])):
        cuts += [k for k in range(i + 2, j - 1) if keys[k].isdigit() and _place_before(keys, i, k)]
    if not cuts:
        return _at_second_bodies(keys, i, j) if j > i else []
    cuts.sort()
    parts = zip([i, *(k + 1 for k in cuts)], [*cuts, j], strict=True)
    return [part for a, b in parts if b > a for part in _at_second_bodies(keys, a, b)]


# the plural of a team, and the words that list its teams
TEAMS = frozenset({"تیمهای"})  # the key of «تیم‌های» too
JOINERS = LIST_SEPARATORS  # the words that join the items of a list
_SPORTS = frozenset("فوتبال فوتسال والیبال بسکتبال هندبال".split())


def team_parts(keys: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """The teams a span opening with their plural at token ``i`` names, each one: «تیمهای |
    استقلال | و | سایپای تهران», «تیمهای | کویت | و | کره جنوبی» (PEYMA's training part
    leaves the plural out before its names 6 times; ARMAN always)."""
    i += 1
    if i < j - 1 and keys[i] in _SPORTS:
        i += 1  # «تیمهای فوتبال | استقلال و الوحده»
    if i < j - 1 and keys[i].endswith("ی") and lx.places().match([keys[i][:-1]], 0):
        i += 1  # «تیمهای اصفهانی | ذوب‌آهن و سپاهان»: the teams' town
    cuts = [k for k in range(i, j) if keys[k] in JOINERS]
    parts = zip([i, *(k + 1 for k in cuts)], [*cuts, j], strict=True)
    return [(a, b) for a, b in parts if b > a]


_CLUB_WORDS = frozenset({"تیم", "باشگاه"})
_TEAM_LIST_REACH = 20  # tokens from «تیم‌های» to a team of its list


# words of a game: an article that says none of them names no team («تیم‌های بهداشتی
# بروجرد» are health workers)
_SPORT_WORDS = frozenset(
    lx.key(w) for w in "لیگ بازی دیدار فوتبال فوتسال والیبال بسکتبال هندبال".split()
)


def a_sports_article(keys: list[str]) -> bool:
    """The article speaks of a game («لیگ», «بازی», «دیدار», «فوتبال», ...)."""
    return not _SPORT_WORDS.isdisjoint(lx.distinct(keys))  # a few look-ups, not a scan


def a_team(keys: list[str], i: int) -> bool:
    """The name at token ``i`` is a team's: right after «تیم» or «باشگاه», or in the list
    after «تیم‌های» with no end of a clause between («تیم‌های فوتبال سیاه جامگان مشهد و صبای
    قم»)."""
    if i and keys[i - 1] in _CLUB_WORDS:
        return True
    for k in range(i - 1, max(-1, i - _TEAM_LIST_REACH), -1):
        if keys[k] in TEAMS:
            return True
        if keys[k] in STOPS:
            return False
    return False


def _place_before(keys: list[str], i: int, k: int) -> bool:
    """A listed place after a word of the name ends right before token ``k``."""
    return any(place_to(keys, m, k) for m in range(i + 1, k))


# words that open a body's name, where a second body begins inside a span
_BODY_OPENERS = frozenset({*ORG_HEADS, "سازمان", "شرکت", "گروه", "بانکهای", "مجلس", "وزارتخانه"})
# words of a body's kind that, said again after «و», open a second body («حزب چپ و حزب سبز»;
# PEYMA's training part holds no name with its first word again after «و», and 5 pairs so)
_REPEATED_OPENERS = frozenset(
    {
        *_BODY_OPENERS,
        *"شبکه حزب کمیته معاونت فراکسیون هیات هییت روزنامه باشگاه تیم موسسه مرکز".split(),
        *"دفتر اتحادیه فدراسیون جمهوری".split(),
    }
)
# bodies of the parliament, named with it after them («کمیسیون بهداشت مجلس»)
_OF_PARLIAMENT = frozenset({"کمیسیون", "کمیسیونهای", "فراکسیون"})


def _at_second_bodies(keys: list[str], a: int, b: int) -> list[tuple[int, int]]:
    """Tokens ``[a, b)`` cut before the word of a second body that follows a listed one
    («مجلس | وزارت خارجه», «بانک صادرات | گروه ملی فولاد»), a comma («بانک مرکزی کشورمان ،
    | بانک‌های مرکزی ...») or the same word («مجلس برزیل | مجلس نمایندگان برزیل»). PEYMA's
    training part holds such a cut inside one name twice in 5,118, and a listed name then
    a body's word only as a commission of the parliament («کمیسیون فرهنگی مجلس»)."""
    if _BODY_OPENERS.isdisjoint(keys[a + 1 : b]):
        return [(a, b)]  # most spans: no second body's word, looked for in C
    listed = lx.organizations().match(keys, a)
    for k in range(a + 1, b):
        if keys[k] not in _BODY_OPENERS or keys[k - 1 : k + 1] == ["مجلس", "شورای"]:
            continue  # «مجلس شورای اسلامی», «مجلس شورای ملی»: one name
        if keys[k - 1] in COMMAS and k - 1 > a:
            return [(a, k - 1), *_at_second_bodies(keys, k, b)]
        of_parliament = keys[k] == "مجلس" and keys[a] in _OF_PARLIAMENT
        if (k > a + 1 and keys[k] == keys[a]) or (listed and listed[0] == k and not of_parliament):
            return [(a, k), *_at_second_bodies(keys, k, b)]
    return [(a, b)]


def org_bounds(tokens: TokenColumns, keys: list[str], i: int, j: int) -> tuple[int, int]:
    """The organization's name inside tokens ``[i, j)``, the tagger's span less its
    punctuation at the edges (``tagged_spans.trim``)."""
    heads = lx.post_heads()  # most names open with no post: one look-up, no call
    while j - i > 1 and keys[i] in heads.root and (m := heads.match(keys, i)) and m[0] < j:
        # «عضو», «رئیس»: PEYMA opens 5 of its 5,118 names so; a body's word the post ends
        # with opens the name («عضو فراکسیون | امید مجلس» is «فراکسیون امید مجلس»; PEYMA 2 of 2)
        i = m[0] - 1 if m[0] - 1 > i and keys[m[0] - 1] in _OF_PARLIAMENT else m[0]
        if i < m[0]:
            break
    while j - i > 1 and keys[i] in POST_ADJECTIVES:
        i += 1  # «وزیر پیشین دفاع»
    while j - i > 1 and keys[i] in _PEOPLE_OF_A_BODY:
        i += 1  # «اعضای | اتحادیه اروپا», «هواداران | تیم ...»
    if not _ENDS_A_BODY.isdisjoint(keys[i + 1 : j]):  # most names: none, looked for in C
        j = next(
            (
                k
                for k in range(i + 1, j)
                if keys[k] in _CLAUSE_WORDS
                or keys[k] in GLUED_PREPOSITIONS
                or (keys[k] in _CUTS and _cut_at(keys, i, k, j))
            ),
            j,
        )
    while j - i > 1 and (_no_tail(tokens.words[j - 1], keys[j - 1]) or keys[j - 1] == "و"):
        j -= 1  # «اتحادیه بین‌المجالس و | برخی»
    if j - i > 2 and j < len(keys) and keys[j] in _LIGHT_VERBS and not listed_to(keys, i, j):
        j -= 1  # «شورای نگهبان استفسار کند»: the noun of a light verb
    if keys[j - 1] == "آل" and j < len(keys) and tokens.words[j].isalpha():
        j += 1  # «رژیم آل | خلیفه»: a house is named by its family (PEYMA: 6 of 6)
    i = _past_a_prefix(keys, i, j)
    if keys[i] in _OF_PARLIAMENT and keys[j : j + 1] == ["مجلس"]:
        # «کمیسیون بهداشت مجلس»: PEYMA's training part takes «مجلس» in 35 times of 35
        j += 3 if keys[j + 1 : j + 3] == ["شورای", "اسلامی"] else 1
    i, j = _dotted_on(tokens.words, *_listed_cover(keys, i, j))
    return _the_system_of(keys, i), quote_closed(
        tokens.words, i, office_of_a_post(tokens, keys, i, j)
    )


# words of a prefix that a body's name holds before a listed body («روابط عمومی | شورای
# نگهبان», «گروهک تروریستی | داعش», «توپخانه | سپاه», «نیروی دریایی ارتش | جمهوری اسلامی
# ایران», «دستگاه دیپلماسی | جمهوری اسلامی ایران», «مدیریت امور اوپک ... | وزارت نفت»),
# beside the words of ``_BODY_WORDS``
_PREFIX_BODY_WORDS = frozenset(
    "نظام حکومت روابط گروهک توپخانه سایت پایگاه دانشکده نیروی نیروهای دستگاه سیمای "
    "صداوسیمای تیپ لشکر کارگروه بخش ارگان صندوق دفاتر نمایندگی نمایندگیهای شورایعالی "
    "هواپیمایی کشتیرانی مدیریت ادارات".split()
)


def _past_a_prefix(keys: list[str], i: int, j: int) -> int:
    """``i``, or the start of a listed organization that ends the span ``[i, j)`` when the
    words before it name no body: the tagger ran a noun of the clause into the name
    («سیاست خارجی | جمهوری اسلامی ایران», «مجموعه عظیم | وزارت دفاع», «پنج‌ساله توسعه |
    جمهوری اسلامی ایران»). PEYMA's training part holds such words before a listed body
    inside 35 names of 5,624, most of them a body's part («روابط عمومی», «توپخانه»), and
    before «جمهوری اسلامی» only a body's word («نظام», «بانک مرکزی», «سفارت»: 47 times)."""
    if j - i < 2 or lx.organizations().match(keys, i) or lx.agencies().match(keys, i):
        return i
    if i and _a_prefix_body_word(keys[i - 1]):
        return i  # «عضو فراکسیون | امید مجلس»: the body's word went with a post's
    heads, orgs = lx.post_heads().root, lx.organizations()
    for k in range(i + 1, j):
        if _a_prefix_body_word(keys[k - 1]):
            return i
        if keys[k - 1] in heads or not keys[k - 1].isalpha():
            return i
        if keys[k : k + 2] == _ISLAMIC_REPUBLIC and (k + 2 == j or place_to(keys, k, j)):
            return k  # the state, a listed place: «صادرات گاز | جمهوری اسلامی ایران»
        m = orgs.match(keys, k) if keys[k] in orgs.root else None
        if m and m[0] == j and (j - k > 1 or k - i > 1) and m[1].kind != "sports":
            return k  # a club's sponsor is its name's («فولاد ماهان سپاهان»)
    return i


def _a_prefix_body_word(key: str) -> bool:
    return (
        _a_body_word(key)
        or key in _PREFIX_BODY_WORDS
        or key in _HEADS_OF_NAMED_BODIES
        or key in _OFFICES
        or key in _MISSIONS
    )


# the words of an office whose name is the post it serves («دفتر مجری طرح گندم», «ستاد
# ...», «دبیرخانه ...»)
_OFFICES = frozenset({"دفتر", "ستاد", "دبیرخانه"})
_CHARGE_WORDS = 3  # the words of a post's charge after its head, at most


def office_of_a_post(tokens: TokenColumns, keys: list[str], i: int, j: int) -> int:
    """``j``, or past the post whose office the span ``[i, j)`` is when it is the office's
    word alone and a post's head follows: the head and the words of its charge, up to a
    listed body or place, a function word, a verb or punctuation, are the office's name
    («دفتر مجری طرح گندم | وزارت جهاد کشاورزی»), as PEYMA tags «دفتر» 46 times of 46 with
    the words after it."""
    if (
        j - i != 1
        or keys[i] not in _OFFICES
        or j >= len(keys)
        or keys[j] not in lx.post_heads().root
    ):
        return j
    hit = lx.post_heads().match(keys, j)
    if hit is None:
        return j
    k = hit[0]
    while (
        k < min(len(keys), hit[0] + _CHARGE_WORDS)
        and tokens.words[k][0].isalpha()
        and not _no_tail(tokens.words[k], keys[k])
        and lx.organizations().match(keys, k) is None
        and lx.places().match(keys, k) is None
        and lx.post_heads().match(keys, k) is None
        and lx.reporting_verbs().match(keys, k) is None
    ):
        k += 1
    return k


_SYSTEM = ("نظام", "مقدس")
_ISLAMIC_REPUBLIC = ["جمهوری", "اسلامی"]


def _the_system_of(keys: list[str], i: int) -> int:
    """The span's start widened over «نظام» («نظام مقدس») before «جمهوری اسلامی»: PEYMA's
    training part takes it in 17 times of 18 («نظام جمهوری اسلامی ایران», «نظام مقدس جمهوری
    اسلامی»)."""
    if keys[i : i + 2] != _ISLAMIC_REPUBLIC:
        return i
    if i > 1 and (keys[i - 2], keys[i - 1]) == _SYSTEM:
        return i - 2
    return i - 1 if i and keys[i - 1] == _SYSTEM[0] else i


def _dotted_on(words: list[str], i: int, j: int) -> tuple[int, int]:
    """``[i, j)`` widened over the letters of a dotted acronym the span opens or ends inside:
    the period after a letter of two ends the tagger's sentence («دبیرخانه اتحادیه آ. سه. |
    آن», «شبکه تلویزیونی ' ای. | ان. تی وی '», «سی. | ان. | ان»)."""
    if (i < 1 or words[i - 1] != ".") and (j >= len(words) or words[j] != "."):
        return i, j  # most names: no period at either edge, which each widening needs

    def letter(k: int) -> bool:
        return 0 <= k < len(words) and words[k].isalpha() and len(words[k]) <= 2

    def dot(k: int) -> bool:
        return 0 <= k < len(words) and words[k] == "."

    while letter(i) and dot(i - 1) and letter(i - 2) and (dot(i + 1) or dot(i - 3) or i + 1 == j):
        i -= 2
    while dot(j) and letter(j - 1) and letter(j + 1) and (dot(j - 2) or dot(j + 2)):
        j += 2
    return i, j


def _listed_cover(keys: list[str], i: int, j: int) -> tuple[int, int]:
    """The listed organization that holds the span ``[i, j)`` whole, opening with it or with
    a body's word at most three words before it, or the span: the tagger cut a listed body
    short («کمیسیون امنیت ملی | و سیاست خارجی», «مجمع عمومی | سازمان ملل»; not «نیروهای»
    before «پیشمرگه», which PEYMA takes in 14 times of 152)."""
    first = max(0, i - 3)
    if _BODY_OPENERS.isdisjoint(keys[first:i]):
        first = i  # most spans: no body's word before them, looked for in C
    for k in range(first, i + 1):
        if k < i and (keys[k] not in _BODY_OPENERS or not all(x.isalpha() for x in keys[k:i])):
            continue
        opening = keys[k] if k < len(keys) else None
        for trie in (lx.organizations(), lx.agencies()):  # most words open none: no call
            if (
                opening in trie.root
                and (m := trie.match(keys, k))
                and m[0] >= j
                and (k, m[0]) != (i, j)
            ):
                return k, m[0]
    if i and keys[i - 1] == "وزیر":  # «وزیر صنعت و معدن | و تجارت»: the ministry's words
        m = lx.organizations().match(["وزارت", *keys[i : i + 12]], 0)
        if m and i + m[0] - 1 > j:
            return i, i + m[0] - 1
    return i, j


# verbs made with a noun before them («استفسار کند», «اطلاع داد»)
_LIGHT_VERBS = frozenset("کرد کند کنند کردند کرده نمود نماید نمایند دهد دهند گرفت گیرد".split())


def listed_to(keys: list[str], i: int, j: int, agencies: bool = True) -> bool:
    """A listed organization (or agency, with ``agencies``) ends at token ``j`` (from ``i``
    or a head after it)."""
    tries = (lx.organizations(), lx.agencies()) if agencies else (lx.organizations(),)
    for k in range(i, j):
        for trie in tries:  # most words open no entry: one look-up, no call
            if keys[k] in trie.root and (m := trie.match(keys, k)) and m[0] == j:
                return True
    return False


POST_ADJECTIVES = frozenset({"پیشین", "سابق", "اسبق", "وقت"})
# the people of a body, and words of a clause, before its name: PEYMA's training part opens
# no organization with them and puts them right before one 76 times («اعضای اتحادیه
# اروپا» 25, «مسئولان», «نمایندگان», «هواداران», «سود» of a score)
_PEOPLE_OF_A_BODY = frozenset(
    lx.key(w)
    for w in "اعضای مسئولان کارکنان کارشناسان هواداران مقامات نمایندگان مؤسسان بنیانگذاران "
    "دانشجویان دانش‌آموزان سود اینک".split()
)
# words of the clause after a name, inside no name: the tagger's span ends before them
# («سازمان بازرگانی خواستار چاره‌اندیشی شد»)
_CLAUSE_WORDS = frozenset(
    "خواستار قرار اقدام اعلام اشاره انجام است هست نیست بود شد گفت داد دارد کند شود "
    "باشد خواهد".split()
)
# prepositions after a listed name, where the tagger's span runs on into the clause
# («میراث فرهنگی، گردشگری و صنایع دستی | از اجرای ...», «خبرگان رهبری | بر تأمین ...»;
# PEYMA's training part holds a preposition after a listed name inside 1 name of 76 with one)
_AFTER_A_LISTED = frozenset({"از", "بر", "در", "با", "برای"})
# words that open a clause or a sentence's next part after a name and stand inside none
# («شرکت برق ادیسون که برق ...», «... هیأت دولت همچنین روستای ...», «بهداشت و درمان سپس»;
# PEYMA's training part holds none inside an organization, 200 right after one)
_CLAUSE_OPENERS = frozenset("که كه همچنین سپس آنگاه نیز ضمن".split())
_COMMAS = frozenset({"،", ",", "؛", ";"})
# the words where ``org_bounds`` looks further to cut the tagger's span
_CUTS = frozenset({"به", "و", *_CLAUSE_OPENERS, *_COMMAS, *_AFTER_A_LISTED})


def _opens_a_clause(keys: list[str], i: int, k: int, j: int) -> bool:
    """Token ``k`` of the span ``[i, j)`` opens what follows the name: a word of
    ``_CLAUSE_OPENERS`` (or «و» before one), or the span's one comma with no «و» after it in
    the span or the three words past it, alone or glued («دفتر تحکیم ، کار»), and not
    between two adjectives («مرکز فرهنگی، هنری بوشهر»): a comma inside a name lists its
    parts before «و» or another comma («وزارت صنعت ، معدن و تجارت», «وزارت بهداشت، درمان
    وآموزش پزشکی», «سازمان علمی ، فرهنگی ، آموزشی ملل متحد»: PEYMA 108 names of 109 with a
    comma)."""
    after = keys[k + 1] if k + 1 < len(keys) else ""
    if keys[k] in _CLAUSE_OPENERS or (keys[k] == "و" and after in _CLAUSE_OPENERS):
        return True
    rest = keys[k + 1 : j + 3]
    return (
        keys[k] in _COMMAS
        and not any(x == "و" or _glued_and(x) for x in rest)
        and not _COMMAS.intersection(keys[i:k] + keys[k + 1 : j])
        and not (keys[k - 1].endswith("ی") and rest[:1] and rest[0].endswith("ی"))
    )


def _cut_at(keys: list[str], i: int, k: int, j: int) -> bool:
    """The name in the span ``[i, j)`` ends before token ``k``, one of ``_CUTS``."""
    if keys[k] == "به":
        return _to_a_place(keys, k)
    if keys[k] in _AFTER_A_LISTED:
        return listed_to(keys, i, k) or (
            keys[k] == "در" and keys[i] not in _MISSIONS and _place_after(keys, k + 1)
        )
    return _opens_a_clause(keys, i, k, j)


# a mission abroad is named with where it serves («سفارت ایران در کویت»; PEYMA's training part
# holds «در» and a place inside 8 names, 4 of them such); other names end before «در» and a
# place («دفتر تحکیم | در خرم‌آباد»; 60 times right after a name)
_MISSIONS = frozenset("سفارت سفارتخانه کنسولگری سرکنسولگری نمایندگی".split())


def _place_after(keys: list[str], k: int) -> bool:
    """A listed place opens at token ``k``, or after its word of place («کشور کویت»)."""
    if k < len(keys) and keys[k] in lx.PLACE_LEADS:
        k += 1
    return k < len(keys) and lx.places().match(keys, k) is not None


def _glued_and(key: str) -> bool:
    """«و» run into the word after it: «وتجارت», «وآموزش» (not «وزارت», «وحدت»)."""
    words = lx.common_words()
    return key.startswith("و") and key not in words and key[1:] in words


# function words that follow a name, never end one («متحدان پیشمرگه آن»)
TAIL_WORDS = frozenset("آن این را که از به در با برای تا هم نیز همین همان طی".split())
_CLOSING = {"«": "»", '"': '"', "'": "'", "“": "”", "(": ")"}


def _no_tail(word: str, key: str) -> bool:
    return key in TAIL_WORDS or no_org_end(word, key)


def quote_closed(words: list[str], i: int, j: int) -> int:
    """``j``, or past the quotation mark that closes one the name opens («صندوق " اس پی دی
    آر گولد تراست "»)."""
    inside = words[i:j]
    if _CLOSING.keys().isdisjoint(inside):
        return j  # most names open no quotation: looked for in C
    for opening, closing in _CLOSING.items():
        if opening == closing:
            unclosed = inside.count(opening) % 2 == 1
        else:
            unclosed = inside.count(opening) > inside.count(closing)
        if not unclosed:
            continue
        # the acronym's last letters unpunctuated before the mark («' ای. ان. تی وی '»)
        k = next((k for k in range(j, min(j + 3, len(words))) if not spelled_letter(words[k])), j)
        if k < len(words) and words[k] == closing:
            return k + 1
    return j


def and_one_more(keys: list[str], j: int, taken: set[int]) -> int:
    """``j``, or past «و» and an ordinal after a name the tagger ended with an ordinal or a
    number's word before them: «دولت نهم | و دهم», «مجلس هفتم | و هشتم», «... سی | و هشتم»:
    the bodies of two terms, named as one. Not any word after «و»: in the news, past a name
    the tagger ends before «و», what follows is mostly another («اوپک | و متحدانش», «سازمان
    ملل | و سوری»)."""
    if j + 1 >= len(keys) or keys[j] != "و" or taken.intersection((j, j + 1)):
        return j
    last = keys[j - 1]
    return j + 2 if (ordinal(last) or last in WORDS) and ordinal(keys[j + 1]) else j


# bodies named with the ordinal of their term («مجلس ششم», «دولت یازدهم»)
_TERMED = frozenset({"مجلس", "دولت"})


# the television's channels by their number («شبکه سه»)
_CHANNELS = frozenset("یک دو سه چهار پنج".split())


def termed_bodies(keys: list[str], marked: set[int]) -> list[tuple[int, int]]:
    """The parliaments and governments named by their term and the channels by their number
    that the tagger leaves unmarked: «مجلس ششم», «دولت یازدهم», «شبکه پنج» (PEYMA's training
    part tags «مجلس دهم» 21 times of 21, «دولت یازدهم» 24 of 24 and «شبکه یک» to «شبکه
    پنج» 20 of 20 as an organization or its start, though none of the words alone)."""
    return [
        (k, k + 2)
        for k in lx.positions(keys, _TERMED_OR_CHANNEL)
        if k + 1 < len(keys)
        and (
            (keys[k] in _TERMED and ordinal(keys[k + 1]))
            or (keys[k] == "شبکه" and keys[k + 1] in _CHANNELS)
        )
        and marked.isdisjoint((k, k + 1))
    ]


_TERMED_OR_CHANNEL = frozenset({*_TERMED, "شبکه"})

# a results table's line: «استراسبورگ 2 ـ بوردو 1 ، نانسی 0 ـ رن صفر»
_DASHES = frozenset({"ـ", "-", "–"})
_SCORE_WORDS = frozenset(lx.key(w) for w in "صفر یک دو سه چهار پنج شش هفت".split())
_TABLE_SEPS = frozenset({"،", ",", ":", ".", "؛", ";", "\n"})
_TEAM_WORDS = 3  # the most words of a team's name in a table


def results_teams(keys: list[str], marked: set[int]) -> list[tuple[int, int]]:
    """The teams of a results table's line the tagger leaves unmarked: a name of one to three
    words, its score, a dash, another name and its score, each name opening or closing a
    line or an item of the table («... : استراسبورگ 2 ـ بوردو 1 ، نانسی 0 ـ رن صفر ،»);
    clubs named without «تیم» or «باشگاه», by a word or a town. A country is its team's
    place, as PEYMA tags «تیم ایران»."""
    out: list[tuple[int, int]] = []
    n = len(keys)
    for d in lx.positions(keys, _DASHES):
        if d < 2 or not _score(keys[d - 1]):
            continue
        a = d - 1
        while a > 0 and d - 1 - a < _TEAM_WORDS and _team_word(keys[a - 1]):
            a -= 1
        if a == d - 1 or (a > 0 and keys[a - 1] not in _TABLE_SEPS):
            continue
        e = d + 1
        while e < n and e - d - 1 < _TEAM_WORDS and _team_word(keys[e]):
            e += 1
        if e == d + 1 or e >= n or not _score(keys[e]):
            continue
        if e + 1 < n and keys[e + 1] not in _TABLE_SEPS and keys[e + 1] not in _DASHES:
            continue
        for x, y in ((a, d - 1), (d + 1, e)):
            place = lx.places().match(keys, x)
            country = place is not None and place[0] == y and place[1].kind == "country"
            if not country and marked.isdisjoint(range(x, y)):
                out.append((x, y))
    return out


def results_pairs(keys: list[str], marked: set[int]) -> list[tuple[int, int]]:
    """The teams of a results line written without a dash: a name, its score, another name and
    its score, the line opening after a colon or an item's comma and ending there («... به
    شرح زیر است : گیتی پسند اصفهان 6 ارژن شیراز 3»), each name of two or three words and not
    a place alone («تهران 6 شیراز 3» is weather); the club with its town is one organization,
    as PEYMA tags it. ``marked``: the tokens the tagger marks other than as places."""
    out: list[tuple[int, int]] = []
    n = len(keys)
    # the scores: the article's distinct keys tested in C, not every token
    scores = list(filter(str.isdigit, lx.distinct(keys)))
    for s in lx.positions(keys, scores) if scores else ():
        if s < 2 or s >= n - 3:
            continue
        a = s
        while a > 0 and s - a < _TEAM_WORDS and _team_word(keys[a - 1]):
            a -= 1
        if s - a < 2 or (a > 0 and keys[a - 1] not in _PAIR_OPENERS):
            continue
        e = s + 1
        while e < n and e - s - 1 < _TEAM_WORDS and _team_word(keys[e]):
            e += 1
        if e - s - 1 < 2 or e >= n or not keys[e].isdigit():
            continue
        if e + 1 < n and keys[e + 1] not in _TABLE_SEPS:
            continue
        names = ((a, s), (s + 1, e))
        timed = not _TIME_WORDS.isdisjoint(keys[a:e]) or not _MONTHS.isdisjoint(keys[a:e])
        if timed or any(_a_place_alone(keys, x, y) for x, y in names):
            continue
        out += [(x, y) for x, y in names if marked.isdisjoint(range(x, y))]
    return out


# where a results line without dashes opens: a colon or an item's comma, not a sentence's end
# («روزنامه‌های صبح شنبه 0 تیر ماه 0 ،» is a date); no word of time in its names
_PAIR_OPENERS = frozenset({":", "،", ",", "؛", ";", "\n"})
_TIME_WORDS = frozenset(
    lx.key(w) for w in "ماه سال روز هفته شنبه یکشنبه دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه".split()
)


def _a_place_alone(keys: list[str], x: int, y: int) -> bool:
    place = lx.places().match(keys, x)
    return place is not None and place[0] == y


def _score(key: str) -> bool:
    return key.isdigit() or key in _SCORE_WORDS


def _team_word(key: str) -> bool:
    return key.replace("\u200c", "").isalpha() and key not in TAIL_WORDS and not _score(key)


def term_of(keys: list[str], j: int, taken: set[int]) -> int:
    """``j``, or past the ordinal of a term after a parliament or government the tagger ends
    before it («مجلس | ششم»)."""
    if 0 < j < len(keys) and keys[j - 1] in _TERMED and ordinal(keys[j]) and j not in taken:
        return j + 1
    return j


def ordinal(key: str) -> bool:
    """An ordinal in words: «دوم», «سوم», «نهم», «دوازدهم», «بیستم»; not «سهم», a share
    (three's ordinal is «سوم»)."""
    if key == "سهم":
        return False
    return key in ("اول", "سوم", "سیام") or (key.endswith("م") and key[:-1] in WORDS)


# a preposition written together with its noun, where a name ends («کمیته امداد استان |
# بابیان اینکه», «... نیروهای مسلح | بمناسبت هفته کارگر», «نشریه آلمانی اشپیگل | درخصوص»;
# none in PEYMA's training part inside an organization)
GLUED_PREPOSITIONS = frozenset(
    "بمناسبت بمنظور بابیان بااشاره باتوجه باحضور بدنبال بخاطر درخصوص درمورد".split()
)
# the words ``org_bounds`` may end a name before, sought in a span at once
_ENDS_A_BODY = _CLAUSE_WORDS | GLUED_PREPOSITIONS | _CUTS

# nouns of light verbs and words of time that follow a name, never end one: «... کاشان قرار
# گرفت», «کمیسیون بهداشت مجلس نظر داد», «اتحادیه ... امروز»; the predicates of duty and the
# adverbs and adjectives of reference after a body («وزارت مسکن و شهرسازی موظف است»,
# «دستگاه قضائی ذیربط», «... ژاپن بعدازظهر»: none inside a name of PEYMA's, 408 times)
_AFTER_NAMES = frozenset(
    {
        *"قرار نظر اقدام اقدامی انجام اعلام اشاره امروز دیروز فردا امسال امشب درحال".split(),
        *"همچنین اخیرا بعدازظهر موظف موظفند مکلف مکلفند ملزم ملزمند ذیربط مربوطه".split(),
        # more light verbs' nouns («کمیسیون تلفیق | تشکیل جلسه دهد», «باشگاه | معرفی و ...»:
        # PEYMA's training part holds none of them inside an organization, 53 right after one)
        *"تشکیل معرفی تشکر برگزار تصویب ابلاغ تاکید دیدار منتشر لقب مشغول".split(),
        *GLUED_PREPOSITIONS,
        # adverbs in «ا» or «اً» («دولت فورا واکنش نشان داد», «خبرگان رهبری عمدتا ...»;
        # PEYMA's training part: 8 right after an organization, none inside one)
        *(
            w + end
            for w in "فورا عمدتا اساسا رسما صرفا کاملا تقریبا مجددا مستقیما شخصا قبلا "
            "بعدا ضمنا نهایتا غالبا معمولا واقعا حتما احتمالا ظاهرا قطعا اصولا اولا ثانیا "
            "ثالثا".split()
            for end in ("", "\u064b")
        ),
    }
)
# the frequent verbs of news that follow a subject with no prefix («... نیز اعلام کردند»);
# not «کرد», a Kurd too («شبه نظامیان کرد»)
FINITE_VERBS = frozenset(
    "است هست نیست بود بودند شد شدند کردند گفت گفتند داد دادند دارد دارند کند کنند "
    "شود شوند باشد باشند گرفت گرفتند خواهد خواهند رسید رسیدند".split()
)
_PREPOSITIONS = frozenset({"برای", "از", "به", "با", "پیش", "نزد", "درباره"})


_PRONOUN_ENDS = ("م", "ش", "شان")


@lru_cache(maxsize=65536)  # per word, bounded: its verb tests cost more than a look-up
def no_org_end(word: str, key: str) -> bool:
    """A word no organization's name ends with: a verb in a tense or mood («می‌کند»,
    «برسد», «است»), a light verb's noun or a word of time, a word with a pronoun
    («برایم») or a preposition glued on («به‌زودی»). A bare stem or a noun of action ends
    many names («ستاد ... حمل و نقل و سوخت», «کارگروه ... رفع موانع تولید», «وزارت
    آموزش و فرهنگ»), so the person's vetoes (``namewords.verb``, ``no_name_end``) are not
    used."""
    return (
        key in _AFTER_NAMES
        or key in FINITE_VERBS
        or (key.startswith(("می", "نمی")) and verb(key))
        or _prefixed_verb(key)
        or (key.startswith("ب") and key.endswith(("د", "یم")) and verb(key))  # not «بسیج»
        or word.startswith("به\u200c")
        or (
            key.endswith(_PRONOUN_ENDS)
            and any(key.endswith(p) and key[: -len(p)] in _PREPOSITIONS for p in _PRONOUN_ENDS)
        )
    )


# a verb's preverb before «می» («برمی‌گرداند», «درمی‌آید», «بازنمی‌گردد»)
_PREVERBS = ("بر", "در", "باز", "فرا", "فرو")


def _prefixed_verb(key: str) -> bool:
    if "می" not in key[2:6] or not key.startswith(_PREVERBS):
        return False
    for preverb in _PREVERBS:
        rest = key[len(preverb) :]
        if key.startswith(preverb) and rest.startswith(("می", "نمی")):
            return verb(rest)
    return False


# the office, not the body, after the words of a race for it: «انتخابات ریاست جمهوری»
_PRESIDENCY = (("ریاست", "جمهوری"), ("ریاستجمهوری",))
_RACE_WORDS = frozenset(
    "انتخابات نامزد نامزدهای نامزدی کاندیدای کاندیداهای رقابت رقابتهای مناظره مناظرههای "
    "دوره دوران".split()
)


def the_office(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are «ریاست جمهوری» as an office being run for («انتخابات ریاست
    جمهوری», «نامزد ریاست جمهوری»), no organization (PEYMA: 49 times of 71 it is none)."""
    return tuple(keys[i:j]) in _PRESIDENCY and i > 0 and keys[i - 1] in _RACE_WORDS


def the_office_alone(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are «ریاست جمهوری» alone, the office wherever it stands («در زمان
    ریاست‌جمهوری کارتر», «پس از ریاست‌جمهوری»): PEYMA's training part tags it alone 0 times
    of 55, and names the body with its word («نهاد ریاست جمهوری», «دفتر ریاست جمهوری»); not
    after a post's head («نماینده ریاست جمهوری»: the post's body). The rules' listed match
    stays for the tagger to read («ریاست جمهوری | سوریه»)."""
    if tuple(keys[i:j]) not in _PRESIDENCY:
        return False
    heads = lx.post_heads()
    return not any((m := heads.match(keys, k)) and m[0] == i for k in range(max(0, i - 3), i))


def presidents_country(keys: list[str], i: int) -> bool:
    """Token ``i`` is the «جمهوری» of a president's title («رئیس جمهوری فرانسه»): what
    follows it is the country, no organization named «جمهوری فرانسه» (PEYMA's training part
    tags the place after «رئیس جمهوری» 33 times and never an organization there); but the
    Islamic Republic stands, the state («رئیس جمهوری اسلامی ایران»)."""
    if keys[i] != "جمهوری" or i == 0 or keys[i - 1] != "رییس":
        return False
    return keys[i + 1 : i + 2] != ["اسلامی"]  # «رئیس جمهوری اسلامی ایران»: the state's


_MONTHS = frozenset(JALALI_MONTH_NAMES)
_DATE_WORDS = frozenset("از تا اول اوایل اواسط اواخر نیمه ماه سال".split())


def a_month(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a month of a date («از 22 مهر تا 9 آبان», «از مهر و ...»), not
    the outlet of the same name («به گزارش مهر», «به نقل از مهر»)."""
    if j - i != 1 or keys[i] not in _MONTHS or keys[i - 2 : i] == ["نقل", "از"]:
        return False
    before = keys[i - 1] if i else ""
    after = keys[j] if j < len(keys) else ""
    return before.isdigit() or before in _DATE_WORDS or after.isdigit() or after in _DATE_WORDS


def _to_a_place(keys: list[str], k: int) -> bool:
    """Token ``k`` is a «به» before a listed place or a number, where a name the tagger runs
    on ends: «وزیر امور خارجه فرانسه | به لبنان», «فصلنامه فرهنگ رضوی | به سه زبان» (PEYMA's
    training part holds «به» inside 8 names of 5,118, «ستاد رسیدگی به امور مساجد», none
    before a place or a number)."""
    if keys[k] != "به" or k + 1 >= len(keys):
        return False
    after = keys[k + 1]
    return after.isdigit() or after in WORDS or lx.places().match(keys, k + 1) is not None


def outside_names(words: list[str], keys: list[str], k: int) -> bool:
    """Token ``k`` belongs to the clause, not to a name running on before it: a word of the
    clause, a verb in a tense, a light verb's noun («پیروی» of «پیروی می‌کنند»)."""
    light = k + 1 < len(keys) and light_verb(keys[k + 1])
    return keys[k] in _CLAUSE_WORDS or no_org_end(words[k], keys[k]) or light


def light_verb(key: str) -> bool:
    """A light verb, bare or continuous («کرد», «می‌کنند», «نمی‌دهد»)."""
    rest = key.removeprefix("نمی").removeprefix("می") if key.startswith(("می", "نمی")) else ""
    return key in _LIGHT_VERBS or rest.startswith(("کن", "ده", "گیر", "نما"))


def place_to(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a listed place, whole."""
    hit = lx.places().match(keys, i)
    return bool(hit and hit[0] == j)


def places_only(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """The tagger's organization ``[i, j)`` is listed places joined by «و» or a comma among
    words no body's name holds: «تبادل فرهنگی بوشهر و روسیه ، بوشهر و پرتغال», «اعتبارنامه‌های
    نمایندگان سنقر و خلخال» are the places, no body."""
    if not JOINERS.intersection(keys[i:j]) or any(_a_body_word(k) for k in keys[i:j]):
        return False
    places, k = [], i
    while k < j:
        if lx.organizations().match(keys, k) or lx.agencies().match(keys, k):
            return False
        if "\u200c" in words[k] and lx.organizations().match(
            lx.keys_of(words[k].split("\u200c")), 0
        ):
            return False  # «هلال‌احمر چایپاره و شوط»: a body written with a ZWNJ
        hit = lx.places().match(keys, k)
        if hit and hit[0] <= j:
            places.append((k, hit[0]))
        k = hit[0] if hit and hit[0] <= j else k + 1
    pairs = zip(places[:-1], places[1:], strict=True)
    return any(b < c and JOINERS.issuperset(keys[b:c]) for (_, b), (c, _) in pairs)


# the words of bodies' names, none of which a list of places holds («دولت‌های افغانستان ،
# عراق», «واحد جامع زاهدان ، زابل», «وزیران خارجه روسیه و فرانسه»: PEYMA's bodies)
_BODY_WORDS = frozenset({*_REPEATED_OPENERS, *BODY_OF_A_PLACE, "واحد", "خارجه"})


def _a_body_word(key: str) -> bool:
    """A word of a body's name, or its plural («دولتهای»; the keys hold no ZWNJ)."""
    return key in _BODY_WORDS or key.removesuffix("های") in _BODY_WORDS


# «پایگاه» before a word that makes it a web site's («پایگاه خبری», «پایگاه " العهد "»,
# «پایگاه NPR»): PEYMA's training part tags such a name a body 56 times and a place never; a
# base («پایگاه هوایی شهید نوژه», «پایگاه بعشیقه») is a place
_SITE = lx.key("پایگاه")
_SITE_WORDS = frozenset(lx.key(w) for w in "خبری اطلاع‌رسانی اینترنتی علمی".split())


def a_web_site(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """The tagger's place ``[i, j)`` is a web site named after «پایگاه»: a body."""
    if j - i < 2 or keys[i] != _SITE:
        return False
    after = words[i + 1]
    return (
        keys[i + 1] in _SITE_WORDS
        or after in CLOSING_QUOTE
        or after[0].isascii()
        and after[0].isalpha()
    )
