"""A name «به نام» gives a thing, not a person: «سومین نفتکش ایران به نام فاکسون», «پنج
کشتی به نام‌های «فورچون»، «فارست»، «فاکسون» ...», «شهری به نام بنی براک», «دومین کارخانه شیر
صفاشهر با نام «اسپه لبن»».

The thing's word, a vessel's, a town's, a village's, an island's or a factory's, stands right
before «به نام» / «با نام» (or their plurals), a word or two that qualify it between («کشتی
آمریکایی», «کارخانه شیر صفاشهر»), none a function word, a verb or a word for a person; a
place's word after «در» is where the one named stands, unless it is indefinite («مستقر در
پایگاه عین‌الاسد به نام «کیمو کلتس»»; «در شهری به نام ...»). The name after it is no
person's, nor is each name in quotes of the list after the plural («به نام‌های «...»، «...» و
«...»»), nor, but a factory's brand, is that name written alone anywhere else in the article.
A name in quotes right after a vessel's, a town's, a village's or an island's word is that
thing's too («زندانی ... در شهر "پدرو خوآن کابالرو" در مرز برزیل»).
A street, a school or a hall «به نام» someone honours the person, who is named so: «تغییر نام
خیابان شیشه مینا به نام پرویز دهداری» stays his.
A name right after the word of villages or areas in their Ezafe is the place's («بازدید
میدانی از مناطق بهرام بیگی، بن زرد علیا و سفلی، ...», «پل موقت روستای دلبر سادات»), and one
right after «سنت» (Saint, or a tradition) a saint's in a church's or a town's name («کلیسای
خطابه سنت فیلیپ بیرمنگام») or the tradition's word («یک سنت الهی»): no person's.
A name in quotes, glossed in Latin or not, that «شهری», «بندری» or «روستایی» right after the
quotes defines is a place's, wherever a name opens with it in the article («"سالوادور /
Salvador de Bahía / Salvador, Bahia" شهری بندری و مرکز ایالت باهیا در برزیل است» ...
«سالوادور باهیا را از ...»).
A name right before «آباد» written apart is the first part of a place's name («تیم‌های ...
پرسپولیس اردکان، سلمان محمود آباد، شهید باهنر مهریز», a club of Mahmudabad).
A name alone in quotes right before «به کارگردانی» or «به نویسندگی» (directed or written by) is
a work's title there, not a person's name («نمایش‌های ... «حسنی باهوش» به کارگردانی محسن
پورقاسمی», a play). So is one of two words or more alone in quotes right before «نامیده»
(called) a term's («واکنش التهابی شدید که گاهی اوقات «توفان سیتوکین» نامیده می‌شود»).
A name right after «رمز» (a code word: «رمزمان», our code; «رمز عملیات», the operation's) is
the code, no person («رمزمان قاسم قاسم مرتضی بود»). «آقای گل» (Mr Goal) after a race's word is
the top scorer's title («مطهری حتی می‌تواند در کورس آقای گلی قرار بگیرد», in the race for it).
A name with its title filling quotes a work's word opens is the work's title, as the untitled
name is (``namewords.titled_work``): «فیلم سینمایی «خانم یایا»»; so is the same titled name
closing other quotes of the article, the title's longer form («« ما شما را دوست داریم خانم
یایا» به نویسندگی ...»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.called_names import person_nouns
from khabar.extract.clause_words import LIST_SEPARATORS
from khabar.extract.namewords import titled_work, verb
from khabar.extract.people import QUOTES_CLOSE, QUOTES_OPEN, Mention, stopwords

_NAMED = frozenset({"نام", "نامهای", "اسم"})
_BY = frozenset({"به", "با"})
_FUSED = frozenset({"بنام", "بنامهای"})  # «بنام», «به‌نام» folded
# things named so whose names name nothing else in the article (``named_things.txt``)
_NAMED_ONLY_SO = lx.keyed_words("named_things.txt")
# a factory named by its brand, which may be a maker's name too
_FACTORIES = frozenset({"کارخانه", "کارخانجات"})
_THINGS = _NAMED_ONLY_SO | _FACTORIES
_ENDS = ("هایی", "های", "ها", "ای", "یی", "ی")  # «کشتی‌های», «شهری», «روستایی»
_BETWEEN = 2  # words that qualify the thing: «کارخانه شیر صفاشهر»
# a place named with «در» before it is where someone named after it is: «یکی از دو هزار نظامی
# مستقر در پایگاه عین‌الاسد به نام «کیمو کلتس»»; an indefinite one is named itself («در شهری
# به نام ...»)
_IN = "در"
_LIST_ITEMS = 8
_AND = LIST_SEPARATORS
# «a city», «a port», «a village» right after a name in quotes: the name is defined as a place
_DEFINED_AS = frozenset({"شهری", "بندری", "روستایی"})
_GLOSS = frozenset({"/", "("})  # a Latin gloss opens after the Persian name in the quotes
_DEFINED_REACH = 16  # tokens in the quotes: the name, its gloss
_DEFINED_WORDS = 3  # words of the place's Persian name
# villages and areas in their Ezafe, and Saint: the name after them is a place's or a saint's
_PLACE_OF = frozenset({"روستای", "روستاهای", "مناطق", "سنت"})
# «آباد» written apart after a name: the name's last word and it are a place's name
_PLACE_END = "آباد"
# «به کارگردانی», «به نویسندگی» right after quotes: the quotes hold a work's title
_CREDIT_BY = "به"
_CREDITS = frozenset({"کارگردانی", "نویسندگی"})
_CALLED = "نامیده"  # «... «X Y» نامیده می‌شود»: the quotes hold a term
# a code word and its possessed forms («رمزمان», our code): the name after it is the code
_CODES = frozenset({"رمز", "رمزمان", "رمزشان", "رمزش", "رمزتان"})
_OPERATION = "عملیات"  # «رمز عملیات ...», the operation's code
# «آقای گل» (the top scorer's title) after a race's or an award's word
_GOAL = frozenset({"گل", "گلی"})
_MISTER = "آقای"
_RACES = frozenset({"کورس", "رقابت", "عنوان", "جدال", "جایزه", "کاپ"})


def _thing(key: str) -> str | None:
    """The thing's word ``key`` is, or one of its plural or indefinite forms."""
    if key in _THINGS:
        return key
    for end in _ENDS:
        stem = key.removesuffix(end)
        if stem != key and stem in _THINGS:
            return stem
    return None


def _head(keys: list[str], at: int) -> str | None:
    """The thing's word before «به نام» opening at ``at``, past a word or two qualifying it."""
    for n in range(at - 1, max(-1, at - 2 - _BETWEEN), -1):
        key = keys[n]
        if (thing := _thing(key)) is not None:
            if key == thing and n and keys[n - 1] == _IN:
                return None  # «نظامی مستقر در پایگاه عین‌الاسد به نام «کیمو کلتس»»: a place
            return thing
        if not key.isalpha() or key in stopwords() or key in person_nouns() or verb(key):
            return None
    return None


def _quoted_after_thing(keys: list[str], m: Mention) -> bool:
    """``m``, untitled, fills the quotes right after a thing's word of ``named_things.txt``:
    the thing's own name («در شهر "پدرو خوآن کابالرو" در مرز برزیل»)."""
    i = m.i
    return (
        m.ti == i
        and i >= 2
        and m.j < len(keys)
        and keys[i - 1] in QUOTES_OPEN
        and keys[m.j] in QUOTES_CLOSE
        and keys[i - 2] in _NAMED_ONLY_SO
    )


def _before_place_end(keys: list[str], m: Mention) -> bool:
    """``m``, untitled, stands right before «آباد» written apart: a place's name («سلمان محمود
    آباد», the club Salman of Mahmudabad)."""
    return m.ti == m.i and m.j < len(keys) and keys[m.j] == _PLACE_END


def _quoted_before_credit(keys: list[str], m: Mention) -> bool:
    """``m``, untitled, fills the quotes right before «به کارگردانی» or «به نویسندگی»: a work's
    title («"حسنی باهوش" به کارگردانی محسن پورقاسمی»)."""
    i, j = m.i, m.j
    return (
        m.ti == i
        and i >= 1
        and j + 2 < len(keys)
        and keys[i - 1] in QUOTES_OPEN
        and keys[j] in QUOTES_CLOSE
        and keys[j + 1] == _CREDIT_BY
        and keys[j + 2] in _CREDITS
    )


def _quoted_before_called(keys: list[str], m: Mention) -> bool:
    """``m``, untitled and of two words or more, fills the quotes right before «نامیده»: a
    term («"توفان سیتوکین" نامیده می‌شود»)."""
    i, j = m.i, m.j
    return (
        m.ti == i
        and j - i > 1
        and i >= 1
        and j + 1 < len(keys)
        and keys[i - 1] in QUOTES_OPEN
        and keys[j] in QUOTES_CLOSE
        and keys[j + 1] == _CALLED
    )


def _after_code(keys: list[str], m: Mention) -> bool:
    """``m``, untitled, stands right after «رمز» or «رمز عملیات» (a quote mark between or not):
    the code («رمزمان قاسم قاسم مرتضی بود»)."""
    k = m.i - 1 if m.i and keys[m.i - 1] in QUOTES_OPEN else m.i
    if m.ti != m.i or k < 1:
        return False
    if keys[k - 1] == _OPERATION and k >= 2:
        k -= 1
    return keys[k - 1] in _CODES


def _top_scorer(keys: list[str], m: Mention) -> bool:
    """``m`` is «گل» or «گلی» titled «آقای» after a race's word: the top scorer's title
    («کورس آقای گلی»)."""
    return (
        m.j - m.i == 1
        and keys[m.i] in _GOAL
        and m.ti == m.i - 1
        and keys[m.ti] == _MISTER
        and m.ti >= 1
        and keys[m.ti - 1] in _RACES
    )


def _titled_works(keys: list[str], mentions: list[Mention]) -> set[tuple[str, ...]]:
    """The titles and names of the titled mentions that fill quotes a work's word opens:
    «فیلم سینمایی «خانم یایا»», a film's title."""
    return {
        tuple(keys[m.ti : m.j])
        for m in mentions
        if m.ti < m.i
        and m.ti
        and keys[m.ti - 1] in QUOTES_OPEN
        and titled_work(keys, keys, m.ti, m.j)
    }


def _closes_title(keys: list[str], m: Mention, titles: set[tuple[str, ...]]) -> bool:
    """``m`` with its titles is one of ``titles``, filling quotes or closing them."""
    return tuple(keys[m.ti : m.j]) in titles and m.j < len(keys) and keys[m.j] in QUOTES_CLOSE


def _names_after(keys: list[str], k: int, plural: bool) -> list[int]:
    """The first tokens of the names after «نام» at ``k``: the next word or the words in the
    quotes there, and with the plural each quoted item after it."""
    i = k + 1
    if i >= len(keys):
        return []
    if keys[i] not in QUOTES_OPEN:
        return [i]
    firsts: list[int] = []
    while len(firsts) < _LIST_ITEMS and i + 1 < len(keys) and keys[i] in QUOTES_OPEN:
        firsts.append(i + 1)
        close = next(
            (j for j in range(i + 1, min(len(keys), i + 6)) if keys[j] in QUOTES_CLOSE), None
        )
        if close is None or not plural:
            break
        i = close + 1
        while i < len(keys) and keys[i] in _AND:
            i += 1
    return firsts


def _defined_places(keys: list[str]) -> set[tuple[str, ...]]:
    """The names in quotes, glossed or not, that «شهری», «بندری» or «روستایی» defines right
    after the quotes close: «"سالوادور / Salvador de Bahía / Salvador, Bahia" شهری بندری و
    مرکز ایالت باهیا در برزیل است» (a port city)."""
    if _DEFINED_AS.isdisjoint(lx.distinct(keys)):
        return set()  # most articles
    out = set()
    for k in lx.positions(keys, _DEFINED_AS):
        if k < 2 or keys[k - 1] not in QUOTES_CLOSE:
            continue
        a = next(
            (
                n
                for n in range(k - 2, max(-1, k - 2 - _DEFINED_REACH), -1)
                if keys[n] in QUOTES_OPEN
            ),
            -1,
        )
        if a < 0:
            continue
        b = next((n for n in range(a + 1, k - 1) if keys[n] in _GLOSS), k - 1)
        name = tuple(keys[a + 1 : b])
        if 0 < len(name) <= _DEFINED_WORDS and all(w.isalpha() for w in name):
            out.add(name)
    return out


def _opens_with(keys: list[str], m: Mention, name: tuple[str, ...]) -> bool:
    """``m``, untitled, opens with the words of ``name``."""
    return m.ti == m.i and tuple(keys[m.i : m.i + len(name)]) == name


def without_named_things(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the untitled names «به نام» gives a thing, the quotes right after
    a thing's word hold, a place's or a saint's word stands right before, that open with a
    place's name its definition gives, that «آباد» written apart follows, that fill quotes
    a director's or a writer's credit or «نامیده» follows, that a code's word stands right
    before, the top scorer's title, or that with their titles fill or close a
    work's quoted title (module docstring)."""
    mentions = [m for m in mentions if not (m.ti == m.i and m.i and keys[m.i - 1] in _PLACE_OF)]
    if _PLACE_END in lx.distinct(keys):
        mentions = [m for m in mentions if not _before_place_end(keys, m)]
    if not _CREDITS.isdisjoint(lx.distinct(keys)):
        mentions = [m for m in mentions if not _quoted_before_credit(keys, m)]
    if _CALLED in lx.distinct(keys):
        mentions = [m for m in mentions if not _quoted_before_called(keys, m)]
    if not _CODES.isdisjoint(lx.distinct(keys)):
        mentions = [m for m in mentions if not _after_code(keys, m)]
    if not _GOAL.isdisjoint(lx.distinct(keys)):
        mentions = [m for m in mentions if not _top_scorer(keys, m)]
    if titles := _titled_works(keys, mentions):
        mentions = [m for m in mentions if not _closes_title(keys, m, titles)]
    if defined := _defined_places(keys):
        mentions = [m for m in mentions if not any(_opens_with(keys, m, d) for d in defined)]
    quoted = {tuple(keys[m.i : m.j]) for m in mentions if _quoted_after_thing(keys, m)}
    if _NAMED.isdisjoint(lx.distinct(keys)) and _FUSED.isdisjoint(lx.distinct(keys)):
        if not quoted:
            return mentions  # most articles
        return [m for m in mentions if not (m.ti == m.i and tuple(keys[m.i : m.j]) in quoted)]
    firsts: set[int] = set()
    names: set[tuple[str, ...]] = quoted
    for k in lx.positions(keys, _NAMED | _FUSED):
        at = k if keys[k] in _FUSED else k - 1
        if at < 0 or (keys[k] in _NAMED and keys[at] not in _BY):
            continue
        thing = _head(keys, at)
        if thing is None:
            continue
        after = _names_after(keys, k, keys[k].endswith("های"))
        firsts.update(after)
        if thing in _NAMED_ONLY_SO:
            names.update(tuple(keys[m.i : m.j]) for m in mentions if m.i in after)
    if not firsts and not names:
        return mentions
    return [
        m
        for m in mentions
        if not (m.ti == m.i and (m.i in firsts or tuple(keys[m.i : m.j]) in names))
    ]
