"""People and their posts.

A person is found from an honorific before a name («سردار «محمدرضا هاشمی‌فر»»), or from a
known first name followed by a surname («محمدجواد فدائی»). Posts are phrases opened by a
post head («فرمانده انتظامی استان لرستان») and are attached to the person they stand
beside (name then post, the common order, or post then name). People are never merged on a
first name: the key is the full name, and a surname alone is linked only when one person
in the article carries it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from operator import is_

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.named_places import coordinated_place, counted_martyrs, place_word_at
from khabar.extract.namewords import SAYYID, home_place, script_end
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import NAME_PARTS, default_lexicon

QUOTES_OPEN = {"«", "“", '"'}
QUOTES_CLOSE = {"»", "”", '"'}
_SURNAME_SUFFIXES = (
    "ی",
    "زاده",
    "پور",
    "فر",
    "نیا",
    "نژاد",
    "وند",
    "لو",
    "یان",
    "ان",
    "راد",
    "مقدم",
)
# «(ع)» after a name: a religious figure, not a subject
HOLY_MARKS = frozenset({"ع", "س", "ص", "ره", "عج"})
# Heads written as a title right before a name: the post ends there, its holder named after it
# («قاضی | اورلاندو آلوارز», «سناتور | سندرز», «سناتور | «مک کین»»)
TITLE_HEADS = frozenset({"قاضی", "سناتور"})
HOLY_TITLES = {"حضرت", "امام", "پیامبر"}
# an American legislator's party, between his title and his name: «سناتور دموکرات «تیم کین»»
_PARTY_ADJECTIVES = frozenset(map(lx.key, "دموکرات دمکرات جمهوری‌خواه".split()))
_REPUBLICAN_APART = (lx.key("جمهوری"), lx.key("خواه"))  # «جمهوری خواه», written apart


def title_head_before(keys: list[str], i: int) -> int:
    """The token of the head written as a title (``TITLE_HEADS``) that token ``i`` follows,
    right after it or past the party its holder sits for («سناتور دموکرات «تیم کین»»,
    «سناتور جمهوری خواه "مارشا بلک برن"»); -1 where there is none."""
    k = i
    if k > 1 and keys[k - 1] in _PARTY_ADJECTIVES:
        k -= 1
    elif k > 2 and tuple(keys[k - 2 : k]) == _REPUBLICAN_APART:
        k -= 2
    return k - 1 if k > 0 and keys[k - 1] in TITLE_HEADS else -1


_MAX_NAME = 3
# Titles that are also family names or their first part («استوار», «حاجی دلیگانی»).
SURNAME_TITLES = frozenset({"استوار", "حاج", "حاجی", "ملک", "کربلایی"})
# The -آبادی of a family name from a place («خرم آبادی») when its ZWNJ was lost to a space.
_NISBA_TAILS = frozenset({"آبادی"})
# Words that end a family name of two words although common («میرقلی خان», «ابراهیم پور»).
SECOND_NAME_WORDS = NAME_PARTS | {"خان", "مقدم"}
_INFLECTED = ("\u200cهای", "\u200cهایی", "\u200cاست", "\u200cاند", "\u200cام", "\u200cایم")


@cache
def stopwords() -> frozenset[str]:
    """Words no name or post holds: function words and the connectives written as one word."""
    return tagger_stopwords() | lx.keyed_words("connectives.txt")


@cache
def tagger_stopwords() -> frozenset[str]:
    """The function words the tagger's features were weighted on (``stopwords.txt`` alone)."""
    return lx.keyed_words("stopwords.txt")


@cache
def post_boundaries() -> frozenset[str]:
    return lx.keyed_words("post_boundaries.txt")


@dataclass
class Mention:
    """A run of tokens ``[i, j)`` naming a person, with the titles before it."""

    i: int
    j: int
    name: str
    titles: list[str]
    span: Span  # the name (titles excluded)
    full: Span  # titles and name
    ti: int  # first token of the titles (== i when untitled)
    quoted: bool = False  # the name is all the words in quotes («دکتر "دو بین"»)


def open_end(tokens: TokenColumns, text: str, m: Mention) -> bool:
    """The mention ends at a word's end and a space alone parts it from the next word."""
    w = m.j
    return m.span.end == tokens.ends[w - 1] and text[tokens.ends[w - 1] : tokens.starts[w]] == " "


def ended_at(m: Mention, j: int, end: int, text: str) -> Mention:
    """``m`` ending at character ``end``, its last token ``j - 1``; its titles stay."""
    span, full = Span(m.span.start, end), Span(m.full.start, end)
    return replace(m, j=j, name=text[span.start : end], span=span, full=full)


def opened_at(m: Mention, i: int, start: int, text: str) -> Mention:
    """``m`` opening at character ``start`` of token ``i``, with no title before it."""
    span = Span(start, m.span.end)
    return replace(m, i=i, ti=i, name=text[start : span.end], span=span, full=span)


def untitled_mention(
    tokens: TokenColumns, text: str, i: int, j: int, quoted: bool = False
) -> Mention:
    """The person named by tokens ``[i, j)``, with no title before the name; ``quoted``: the
    name is all the words in quotes."""
    span = Span(tokens.starts[i], tokens.ends[j - 1])
    return Mention(i, j, text[span.start : span.end], [], span, span, i, quoted)


def held_tokens(mentions: Sequence[Mention]) -> set[int]:
    """The tokens the ``mentions`` hold, their titles included: where no other name may go.
    A set of the caller's own, which it may add to."""
    # some 17 rules an article ask, most of them of the mentions the rule before was given,
    # having added no name: the tokens of the last mentions asked of are kept and copied
    # (in C) while the same mentions, one by one, are asked of again
    last, held = _held[0]
    if len(last) != len(mentions) or not all(map(is_, last, mentions)):
        held = frozenset(k for m in mentions for k in range(m.ti, m.j))
        _held[0] = (tuple(mentions), held)
    return set(held)


# the mentions ``held_tokens`` was last asked of, and their tokens
_held: list[tuple[tuple[Mention, ...], frozenset[int]]] = [((), frozenset())]


def full_names_families(keys: list[str], mentions: list[Mention]) -> set[str]:
    """The last words of the ``mentions`` of two words or more: the family names of those
    named in full, which a family name written alone elsewhere joins."""
    return {keys[m.j - 1] for m in mentions if m.j - m.i > 1}


def with_added(mentions: list[Mention], added: list[Mention]) -> list[Mention]:
    """``mentions`` and ``added`` in the order of their first tokens (titles included)."""
    return sorted([*mentions, *added], key=lambda m: m.ti)


@dataclass
class PostMention:
    i: int
    j: int
    text: str
    keys: tuple[str, ...]
    span: Span
    holder: str | None = None
    anaphor: bool = False  # «این مقام مسئول»: refers back, names no post
    glued: bool = False  # its head run into a heading's last word: a new item opens


@dataclass
class PeopleIndex:
    mentions: list[Mention] = field(default_factory=list)
    posts: list[PostMention] = field(default_factory=list)


def is_word(tokens: TokenColumns, j: int) -> bool:
    return tokens.words[j][0].isalpha()


@cache
def _no_name_openers() -> frozenset[str]:
    """The keys that open a post's head, an honorific or a reporting verb."""
    tries = (lx.post_heads(), lx.honorifics(), lx.reporting_verbs())
    return frozenset(k for t in tries for k in t.first_keys())


def name_like(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    if j >= len(tokens.words) or not tokens.words[j][0].isalpha():  # ``is_word``, inline
        return False
    k = keys[j]
    if k in stopwords() or k in post_boundaries():
        return False
    if tokens.words[j].startswith("به\u200c"):  # «به‌عنوان», «به‌دلیل»: a preposition
        return False
    if k not in _no_name_openers():
        return True  # most words: none of the three entries below opens with it
    if lx.post_heads().match(keys, j) or lx.honorifics().match(keys, j):
        return False
    return lx.reporting_verbs().match(keys, j) is None


def family_after_title(keys: list[str], at: int) -> bool:
    """A listed family name right after a head written as a title (``TITLE_HEADS``), no
    given name, ordinary word or list's word (which open or name no one): «به ریاست قاضی |
    صلواتی», a judge named by family name alone; not «سعید قاضی مغربی», where a given name
    before «قاضی» makes it a family name's word."""
    key = keys[at] if 0 < at < len(keys) else ""
    return (
        key in lx.family_name_words()
        and keys[at - 1] in TITLE_HEADS
        and key not in lx.common_words()
        and key not in lx.first_names()
        and not (at > 1 and first_name_at(keys, at - 2))
    )


def first_name_at(keys: list[str], j: int) -> int:
    """Tokens taken by a first name at ``j`` (0 if none): «فتح الله» is two, «سیدحسن» one."""
    names = lx.first_names()
    if (
        j + 1 < len(keys)
        and keys[j] in lx.first_name_heads()
        and names.get(keys[j] + keys[j + 1]) is False
    ):
        return 2
    k = keys[j] if j < len(keys) else ""
    if k == "ابو" and j + 1 < len(keys) and names.get(keys[j + 1]) is False:
        return 2  # a kunya: «ابو مهدی المهندس»
    # «عبد» and one of God's names in «ال», written apart: a given name though the list
    # lacks it («عبد الباری عطوان»; written together, a word may be run into it: «عبدالحمیدنهاد»)
    if k == "عبد" and j + 1 < len(keys) and _gods_name(keys[j + 1]):
        return 2
    # «سید» marks a given name even when the list lacks it («سید بهلول», «سیدبهلول»)
    if k in SAYYID and j + 1 < len(keys) and _plausible_given(keys[j + 1]):
        return 2
    if k.startswith("سید") and _plausible_given(k[3:]):
        return 1
    if k in names and not names[k]:
        return 1
    return 0


def abd_given(key: str) -> bool:
    """«عبد» and one of God's names in «ال» written as one word («عبدالهادی», «عبدالباری»): a
    given name, though a word run into it may make it look like one («عبدالحمیدنهاد»), so
    no rule takes it alone for one."""
    return key.startswith("عبد") and _gods_name(key[3:])


def _gods_name(key: str) -> bool:
    """«الباری», «الرحمن»: a word in Arabic's article of a few letters more, no ordinary word."""
    return key.startswith("ال") and len(key) > 4 and key not in lx.common_words()


def _plausible_given(key: str) -> bool:
    if key in lx.first_names():
        return True
    return (
        len(key) >= 3
        and key.isalpha()
        and key not in lx.common_words()
        and (key not in stopwords())
    )


def _surname_ok(key: str) -> bool:
    """An ordinary word is no surname («بزرگ», «مهم‌ترین»), unless it has a surname's ending
    («حسینی», «فدائی») or is also a given name («نصرالله»)."""
    if key.endswith(("ترین", "تر")) and len(key) > 4:
        return False
    return (
        key not in lx.common_words()
        or key.endswith(_SURNAME_SUFFIXES)
        or key in lx.first_names()
        or (key.startswith(_CLAN) and len(key) > len(_CLAN) + 2)  # «بنی‌صدر», «بنی‌اسدی»
    )


_CLAN = "بنی"  # «sons of»: a family name of a clan's, after a given name


def _second_part_ok(word: str, key: str) -> bool:
    """The second word of a family name («حسینی شاهرودی», «مصباحی مقدم») is no inflected
    word («تلاش‌های», «داشته‌است»), no verb («توانست», «می‌زند») and no ordinary word but
    one with a surname's ending: «خامنه‌ای آمادگی کامل ...» ends the name at «خامنه‌ای»."""
    if key in lx.first_names() or key in SECOND_NAME_WORDS:
        return True
    if word.endswith(_INFLECTED):
        return False
    verbs = default_lexicon().verbs
    # a verb form in «ی» is also a family name («دوانی», «افشردی»)
    if (key in verbs and key[-1] != "ی") or (key[:2] == "می" and key[2:] in verbs):
        return False
    return key not in lx.common_words() or (key[-1] == "ی" and not key.endswith("گی"))


def _surname_part(tokens: TokenColumns, keys: list[str], j: int, after_given: bool) -> bool:
    """A title word right after a given name is a surname, or its first part: titles come
    before the given name («سردار عبدالرسول استوار», «حسینعلی حاجی دلیگانی»)."""
    if after_given and keys[j] in SURNAME_TITLES:
        return True
    return name_like(tokens, keys, j)


def _name_tokens(tokens: TokenColumns, keys: list[str], i: int, titled: bool) -> tuple[int, int]:
    """The name at token ``i`` as (start, end) token indices; end == start if there is none:
    the words in quotes after a title, or a given name (``first_name_at``) and a family name
    (``family_end``). A given name alone names no one without a title, nor does a holy
    figure («حضرت فاطمه زهرا (س)», «امام علی (ع)»), who is not a subject of the news."""
    if i < len(tokens.words) and tokens.words[i] in QUOTES_OPEN:
        return _quoted_name(tokens, i)
    first = first_name_at(keys, i)
    if first == 1 and i + 1 < len(tokens.words) and keys[i] + keys[i + 1] in lx.common_words():
        return i, i  # a given name that makes a word with the next one («علی رغم»: علی‌رغم)
    j = family_end(tokens, keys, i + first, first > 0, titled)
    j += _given_by(keys, i, j, j - i - first)
    if j == i or (not titled and j == i + first):
        return i, i
    if (i and keys[i - 1] in HOLY_TITLES) or _holy_within(tokens, keys, j, 2):
        return i, i
    if _prophets_list_item(keys, i):
        return i, i
    if chanted(keys, j):  # «درها را شکستند و «حیدر حیدر»گویان وارد حرم شدند»: a chant
        return i, i
    return i, j


# «given by»: after a given name it makes a family name («خداداد», «رضا داد», «الله‌داد»)
_GIVEN_BY = "داد"


def _given_by(keys: list[str], i: int, j: int, family: int) -> int:
    """1 where the verb «داد» after a one-word family name that is a given name too ends the
    name between commas, an item of a list («...، علیرضا رضا داد، علیرضا تابش، ...»): the
    family name «رضاداد», written apart; no verb's subject stands between commas so."""
    return int(
        family == 1
        and 0 < i
        and j + 1 < len(keys)
        and keys[j] == _GIVEN_BY
        and keys[j - 1] in lx.first_names()
        and keys[i - 1] in COMMAS
        and keys[j + 1] in COMMAS
    )


def chanted(keys: list[str], j: int) -> bool:
    """«گویان» (saying, chanting) after the words makes them a chant: «حیدر حیدر گویان»,
    «"حیدر حیدر"گویان» (crying «Heydar», the Imam Ali's epithet)."""
    after = keys[j + 1 : j + 2] if keys[j : j + 1] in (["»"], ['"']) else keys[j : j + 1]
    return after == ["گویان"]


def _quoted_name(tokens: TokenColumns, i: int) -> tuple[int, int]:
    """The words in the quotes opened at token ``i`` («سردار «محمدرضا هاشمی‌فر»»), when
    they close within a name's length and hold nothing but words."""
    n = len(tokens.words)
    for j in range(i + 1, min(n, i + _MAX_NAME + 3)):
        if tokens.words[j] in QUOTES_CLOSE:
            inner = range(i + 1, j)
            if inner and all(is_word(tokens, k) for k in inner):
                return i + 1, script_end(tokens.words, i + 1, j)  # «"جان جنسن John Jensen"»
            break
    return i, i


_HAMZA_SEATS = frozenset("ئءؤأإ")  # a letter alone that no word is


def family_end(tokens: TokenColumns, keys: list[str], start: int, given: bool, titled: bool) -> int:
    """The end of the family name from token ``start`` (== start if none): up to two tokens,
    the first no ordinary word («جهانگیر اسکندرزاده | مهم‌ترین») but after a title and a
    given name («سرهنگ ... نکونام»), the second no verb or inflected word; «خرم آبادی» is one
    word in two tokens. A hamza's seat alone is no word of one, a letter mistyped («حاج قاسم ئ
    ابومهدی», «و»), though a foreign name's particle is («نیکولاس د توت»)."""
    n = len(tokens.words)
    j = start
    while j < n and j - start < 2 and _surname_part(tokens, keys, j, given and j == start):
        if tokens.words[j] in _HAMZA_SEATS:
            break
        trusted = titled and given and j == start
        nisba = j + 1 < n and keys[j + 1] in _NISBA_TAILS
        if not trusted and not nisba and not _surname_ok(keys[j]):
            break
        if j > start and not nisba and not _second_part_ok(tokens.words[j], keys[j]):
            break
        j += 2 if nisba else 1
    return j


def word_and_nisba(tokens: TokenColumns, keys: list[str], i: int) -> int:
    """The end of a cleric's family name of two words after his title, the first an
    ordinary word and the second the «ی» of an Iranian town («آیت‌الله مصباح یزدی», «مکارم
    شیرازی»; ``family_end`` stops at the word), ``i`` if there is none."""
    j = i + 1
    if j >= len(keys) or not (tokens.words[i].isalpha() and tokens.words[j].isalpha()):
        return i
    if keys[i] not in lx.common_words() or keys[i] in stopwords():
        return i
    nisba = keys[j]
    return j + 1 if nisba.endswith("ی") and home_place(nisba[:-1]) else i


# «امیر» is the army's general officers' title and a given name. Words of the army, its
# commands and ranks, near a three-word name after it, make it the title («امیر علیرضا
# انگیزه به عنوان فرمانده جدید پایگاه»); «سپاه» makes it a given name, as the Guards'
# officers are «سردار» («امیرعلی حاجی‌زاده فرمانده نیروی هوافضای سپاه»).
_AMIR = lx.key("امیر")
_ARMY = frozenset(
    lx.key(w)
    for w in (
        "ارتش ارتشی فرمانده فرماندهی پایگاه قرارگاه لشکر تیپ ناوگان ناوتیپ هوانیروز"
        " پدافند نظامی خلبان سرتیپ سرلشکر سپهبد ارتشبد دریادار دریابان"
    ).split()
)
_GUARDS = frozenset({lx.key("سپاه"), lx.key("پاسدار"), lx.key("بسیج")})
_AMIR_REACH = 8  # tokens either side of the name searched for the army's words
_SENTENCE_ENDS = frozenset({".", "!", "؟", "?", "\n"})


def _given_after_amir(keys: list[str], j: int) -> int:
    """Tokens of a given name at ``j``, also one that is a word too («رسول»)."""
    return first_name_at(keys, j) or int(j < len(keys) and keys[j] in lx.first_names())


def amir_title(keys: list[str], i: int) -> bool:
    """«امیر» at ``i`` is a title, not a given name: before a given name and a family name
    with the army's words near and the Guards' not; never right after another title
    («سرهنگ امیر مجاهدی»), before one family name («امیر قاسمی»), nor as the head of a
    given name («امیر حسین خدادادی»). «امیر سرتیپ» and the like are titles whole (the
    honorifics' lexicon)."""
    n = len(keys)
    if keys[i] != _AMIR or first_name_at(keys, i) == 2:
        return False
    if i and lx.honorifics().match(keys, i - 1) is not None:
        return False
    g = _given_after_amir(keys, i + 1)
    end = i + 1 + g
    family = end < n and keys[end].replace("\u200c", "").isalpha()
    if not g or not family or keys[end] in lx.first_names():
        return False
    army = False
    for k in range(max(0, i - _AMIR_REACH), min(n, end + 1 + _AMIR_REACH)):
        if keys[k] in _SENTENCE_ENDS:
            if k < i:
                army = False
                continue
            break
        if keys[k] in _GUARDS:
            return False
        army = army or keys[k] in _ARMY
    return army


def _split_title(title: str) -> list[str]:
    """«سردار شهید» is two titles; «حجت‌الاسلام والمسلمین» and «سرتیپ دوم» are one."""
    parts = title.split()
    whole = all(lx.honorifics().match(list(lx.phrase_keys(p)), 0) for p in parts)
    return parts if len(parts) > 1 and whole else [title]


def find_people(
    tokens: TokenColumns, keys: list[str], text: str, starts: list[int]
) -> list[Mention]:
    """``starts``: the tokens whose key opens a title or a given name (sorted)."""
    out: list[Mention] = []
    i = 0
    n = len(tokens.words)
    titles_trie = lx.honorifics()
    for at in starts:
        if at < i:
            continue
        i = at
        titles: list[str] = []
        start = i
        kinds: list[str] = []
        while i < n and keys[i] in titles_trie.root and (m := titles_trie.match(keys, i)):
            # «امیر رسول قهرمانی نماینده دادستان»: a given name, where it opens a name (before
            # one family name the title's reading holds, and the name keeps «امیر»: «امیر
            # آقایی»; so it does where no name follows: «وزیر اقتصاد ملی امیر اسدالله علم»)
            if m[0] == i + 1 and keys[i] == _AMIR and (g := _given_after_amir(keys, i + 1)):
                family = family_end(tokens, keys, i + 1 + g, True, False) > i + 1 + g
                if family and not amir_title(keys, i):
                    break
            titles.extend(_split_title(m[1].name))
            kinds.append(m[1].kind)
            i = m[0]
        after = (
            place_word_at(keys, start - 1)
            or coordinated_place(keys, start - 1)
            or counted_martyrs(keys, start - 1)
        )
        if after and (not kinds or kinds[0] in ("martyr", "clerical") or "martyr" in kinds):
            # «دانشگاه شهید بهشتی», «مدرسه ابتدایی پروین اعتصامی», «واحد آیت‌الله آملی»
            i = max(_name_tokens(tokens, keys, i, True)[1], i)
            continue
        figures = lx.foreign_figures()  # «ترامپ», «دونالد ترامپ»; most words open none
        figure = figures.match(keys, i) if i < n and keys[i] in figures.root else None
        if figure and not titles and another_figure_name(tokens, keys, i):
            figure = None  # «ریچارد مارکس»: another's name ends in the surname
        if figure:
            span = Span(tokens.starts[i], tokens.ends[figure[0] - 1])
            full = Span(tokens.starts[start], span.end)
            out.append(
                Mention(i, figure[0], text[span.start : span.end], titles, span, full, start)
            )
            i = figure[0]
            continue
        if titles or (first_name_at(keys, i) and not tokens.words[i].startswith("به\u200c")):
            a, b = _name_tokens(tokens, keys, i, bool(titles))
            if b == a and "clerical" in kinds:
                b = word_and_nisba(tokens, keys, a)  # «آیت‌الله مصباح یزدی»
            if b > a:
                span = Span(tokens.starts[a], tokens.ends[b - 1])
                full = Span(tokens.starts[start], span.end)
                quoted = a > i and tokens.words[i] in QUOTES_OPEN
                name = text[span.start : span.end]
                out.append(Mention(a, b, name, titles, span, full, start, quoted))
                i = b + (1 if b < n and tokens.words[b] in QUOTES_CLOSE else 0)
                continue
        i = max(i, start + 1)
    return out


def another_figure_name(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """The listed figure's name at ``i`` ends another's name: a given name none of the
    figure's stands right before it («ریچارد مارکس»: not Karl Marx)."""
    if i == 0 or not is_word(tokens, i - 1):
        return False
    k = keys[i - 1]
    return k in lx.foreign_given_names() or lx.first_names().get(k) is False


def find_plain_names(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    sentences: list[tuple[int, int]],
    candidates: list[int],
    reporting: list[int],
    taken: list[Mention],
) -> list[Mention]:
    """Untitled names whose given name is also an ordinary word («کریم کمال», «پیروز حناچی»).

    Such a pair names a person when it opens a sentence or follows «،», and its second word
    (no place or organization) alone opens another sentence of the article with a reporting
    verb one or two words later («کمال تاکید کرد:», «حناچی ادامه داد:»): news calls a
    speaker by surname after naming them once.
    ``sentences``: token ranges; ``candidates``: tokens that may open a given name;
    ``reporting``: tokens that may open a reporting verb (all sorted).
    """
    speaking = set()  # keys that open a sentence whose next word or the one after reports
    for a, b in sentences:
        k = bisect_left(reporting, a + 1)
        if a < b and k < len(reporting) and reporting[k] < min(b, a + 3):
            speaking.add(keys[a])
    if not speaking:
        return []
    names, n = lx.first_names(), len(tokens.words)
    opening = {a for a, _ in sentences}
    used = held_tokens(taken)
    out: list[Mention] = []
    for i in candidates:
        j = i + 1
        if (
            names.get(keys[i]) is True  # unambiguous ones are found by ``find_people``
            and j < n
            and keys[j] in speaking
            and keys[j] != keys[i]
            and i not in used
            and j not in used
            and (i in opening or (i and tokens.words[i - 1] == "،"))
            and "\n" not in text[tokens.ends[i] : tokens.starts[j]]
            and name_like(tokens, keys, j)
            and not lx.places().match(keys, j)  # «قدرت آمریکا»
            and not lx.organizations().match(keys, j)
        ):
            out.append(untitled_mention(tokens, text, i, j + 1))
            used.update((i, j))
    return out


_AND = "و"
_HOLY_LIST = 4  # one-word items of a list of «و» back to the Prophet
# the Prophet, or the prophets, opening such a list (not «امام», who is Khomeini in the news)
_PROPHETS = frozenset({"پیامبر", "پیغمبر", "پیامبران"})


def _prophets_list_item(keys: list[str], i: int) -> bool:
    """The word at ``i`` ends a list of one-word items joined by «و» that the Prophet opens:
    the holy figures of a story of faith («جای پای پیامبر و ابراهیم و اسماعیل و هاجر», of the
    pilgrimage)."""
    for k in range(i - 2, max(-1, i - 2 * _HOLY_LIST - 1), -2):
        if keys[k + 1] != _AND:
            return False
        if keys[k] in _PROPHETS:
            return True
    return False


def _holy_within(tokens: TokenColumns, keys: list[str], j: int, words: int) -> bool:
    """«(ع)» follows within ``words`` more words of the name."""
    for k in range(j, min(len(tokens.words) - 2, j + words + 1)):
        if tokens.words[k] == "(":
            return keys[k + 1] in HOLY_MARKS and tokens.words[k + 2] == ")"
        if not is_word(tokens, k):
            return False
    return False


def person_key(name: str) -> str:
    return "".join(lx.phrase_keys(name))


def spelled_person_key(name: str) -> str:
    """``person_key`` with the listed given name that opens a name of more words in the
    list's own spelling: «اسداله مسعودی مقام» is «اسدالله مسعودی مقام», one judge."""
    keys = lx.phrase_keys(name)
    spellings = lx.given_spellings()
    for n in (2, 1):  # «اسد اله», written apart, or «اسداله»
        if len(keys) > n and (own := spellings.get("".join(keys[:n]))):
            return own + "".join(keys[n:])
    return "".join(keys)


# Second parts of posts written apart or joined («مدیر کل», «دبیرکل», «ولی‌فقیه»).
_JOINED_PARTS = frozenset({"کل", "جمهور", "فقیه"})


@lru_cache(maxsize=4096)  # the posts of an article are compared pairwise, over and over
def post_key(keys: tuple[str, ...]) -> tuple[str, ...]:
    """«فرمانده انتظامی استان لرستان» ~ «فرمانده انتظامی لرستان»: «استان» is dropped; and
    «مدیر کل» ~ «مدیرکل», «رئیس جمهور» ~ «رئیس‌جمهور»: a part written both ways is joined."""
    out: list[str] = []
    for k in keys:
        if k in _JOINED_PARTS and out:
            out[-1] += k
        elif k not in ("استان", "(", ")"):
            out.append(k)
    return tuple(out)


@lru_cache(maxsize=16384)
def posts_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A shorter post refers to a longer one it begins («فرمانده انتظامی استان» ...), unless
    the longer one goes on with a foreign country: in Persian news «رئیس جمهور» alone is
    Iran's, never «رئیس جمهور روسیه»."""
    a, b = post_key(a), post_key(b)
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not short or long[: len(short)] != short:
        return False
    return not foreign_country_at(long, len(short))


@lru_cache(maxsize=16384)
def foreign_country_at(key: tuple[str, ...], at: int) -> bool:
    """The words of the post ``key`` from ``at`` on name a country other than Iran whose post
    it is (``own_country``): «... روسیه», «رئیس مجلس ملی کره جنوبی» past «رئیس مجلس»."""
    country = own_country(key, at)
    return country is not None and country != "ایران"


def own_country(key: tuple[str, ...], at: int) -> str | None:
    """The first country the words of the post ``key`` name from ``at`` on, before any «در»
    or «نزد»: the country whose post it is («سفیر ایران در روسیه»: Iran; «نماینده ویژه
    آمریکا در امور ایران»: America), or None."""
    words = list(key)
    for k in range(at, len(words)):
        if words[k] in _POSTED_IN:
            return None
        country = lx.places().match(words, k)
        if country and country[1].kind == "country":
            return country[1].name
    return None


_POSTED_IN = {"در", "نزد"}  # «سفیر ایران در روسیه», «نماینده ایران نزد سازمان ملل»
