"""What the rules are sure of at the edges of a person's name, where the tagger's span differs.

The tagger's span is the name, but the rules know words it does not: a listed given name
opens a name, a listed family name or a word no list knows goes on with it, a word of the
language run into a titled name ends it.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.namewords import (
    FREQUENT,
    KNOWN_AS,
    LINEAGE,
    RARE,
    adjective,
    kin,
    light_verb,
    name_word,
    no_name_end,
    ordinary,
    rank,
    unknown_word,
    verb,
    word_rank,
)
from khabar.extract.people import Mention, abd_given, amir_title, first_name_at
from khabar.text.segment import TokenColumns


def name_tail(tokens: TokenColumns, keys: list[str], i: int, tail: range, given: bool) -> bool:
    """Words a rule's name goes on with past the tagger's span that belong to it: words of
    listed family names, frequent ones only after the given name the tagger stopped at
    («نرگس آبیار», «فرهاد آگاهی»; not «آقای روحانی زمانی»), or words no word list knows,
    of a foreign name («آنا استاوریا ناکیس»), but none made of a function word and a word
    («وسعید», «دراین‌باره»), nor after a word of kin («حاج خالو | دشتبان روستا»)."""
    if kin(keys[i]):
        return False
    return all(
        (keys[k] in lx.family_name_words() and (given or word_rank(keys[k]) >= FREQUENT))
        or unknown_whole(tokens.words[k], keys[k])
        for k in tail
    )


_GLUED_HEADS = ("و", "در", "به", "از", "با", "که", "را", "تا")


def unknown_whole(word: str, key: str) -> bool:
    """A word no list knows that is not a known word run into a function word."""
    if word_rank(key) < RARE or "\u200c" in word:
        return False
    return not any(
        key.startswith(h) and (rank(key[len(h) :]) < RARE or key[len(h) :] in lx.first_names())
        for h in _GLUED_HEADS
    )


def titled_end(keys: list[str], m: Mention, j: int) -> int:
    """The end of a titled name without the words of the text run into it: a frequent word
    no name holds («آقای سروش نامه‌ای»), or, after a name that opens with no given name
    («حجت‌الاسلام محمدهمایون زرینه» opens with one), any word of the language no name is
    known to hold («آقای خاتمی ارادت دارم»)."""
    if m.ti == m.i:
        return j
    given = first_name_at(keys, m.i) or _two_given(keys[m.i])
    while j - m.i > 1 and not name_word(k := keys[j - 1]) and k not in lx.name_words():
        word = not given and word_rank(k) < _LANGUAGE and not k.startswith("ال")  # «المهندس»
        if not (unknown_word(k) or word):
            break
        j -= 1
    return j


def _two_given(key: str) -> bool:
    """A given name made of two listed ones, written as one word («محمدهمایون»)."""
    names = lx.first_names()
    return any(key[:n] in names and key[n:] in names for n in range(2, len(key) - 1))


_LANGUAGE = 2 * FREQUENT  # rank under which a word is a common one of the language


def no_opener(key: str) -> bool:
    """A word before a listed given name that is no part of the name: an adverb (in «اً»
    written without its tanvin: «علنا»), a verb, a frequent word no name holds."""
    adverb = key.endswith("ا") and len(key) > 3 and key not in lx.name_words()
    return adverb or no_name_end(key) or verb(key) or unknown_word(key)


def royal(keys: list[str], k: int) -> bool:
    hit = lx.honorifics().match(keys, k)
    return hit is not None and hit[0] == k + 1 and hit[1].kind == "royal"


def within_titles(keys: list[str], m: Mention, i: int, j: int) -> tuple[int, int]:
    """The tagger's span ``[i, j)`` over the rule's mention ``m``, where the rule saw
    titles or the tagger's span follows one, without the words before the name that are no
    names: a title the lexicons lack («سردار دریادر علیرضا تنگسیری»), one the rule read as a
    title and no name holds («ترور ژنرال سلیمانی»); a title that is a name stays («امیر
    قاسمی», «سامان آقا زمانی»)."""
    if m.ti < m.i and i < m.ti and _title_alone(keys, m, m.ti):
        i = m.ti  # «پیام | دکتر مهاجرانی»: no word of a name stands before its title
    if m.ti < m.i or (i and lx.honorifics().match(keys, i - 1)):
        while i < m.i and (not name_word(keys[i]) or _title_alone(keys, m, i)):
            i += 1
    return i, j


def _title_alone(keys: list[str], m: Mention, k: int) -> bool:
    """Token ``k`` is one of the titles the rule read before its name, neither a given name
    nor a family name's word, nor a courtesy or a royal title, which family names hold as
    their first part («آقازمانی», «حاجی‌بابایی», «رضا شاه»): «ژنرال», «شهید»; not «امیر»."""
    if not m.ti <= k < m.i or keys[k] in lx.first_names() or keys[k] in lx.family_name_words():
        return False
    hit = lx.honorifics().match(keys, k)
    return hit is None or hit[1].kind not in ("courtesy", "royal")


_PLURAL_TITLES = frozenset({"آقایان", "خانمها"})


def untitled(keys: list[str], i: int, j: int) -> tuple[int, int]:
    """A span without the titles the tagger took in («سردار»), but a title that is also a
    given name («امیر قاسمی»); after a title, a word that is no name before a listed given
    name is a title the lexicons lack («سردار دریادر علیرضا تنگسیری»)."""
    titles = lx.honorifics()  # most words open no title: one look-up each, no call
    for k in (i - 2, i - 1):  # «آیت‌الله | العظمی سبحانی»: the span opens inside a title
        if k >= 0 and keys[k] in titles.root and (m := titles.match(keys, k)) and i < m[0] < j:
            i = m[0]
    while (
        i < j
        and keys[i] in titles.root
        and keys[i] not in lx.first_names()
        and (m := titles.match(keys, i))
    ):
        i = min(m[0], j)
    if i < j - 2 and amir_title(keys, i):
        i += 1  # «امیر علیرضا انگیزه به عنوان فرمانده جدید پایگاه»: the army's title
    if i < j - 1 and keys[i] in _PLURAL_TITLES:
        i += 1  # «آقایان محمدپوریان، ...»: the title of the names of a list
    titled = i and keys[i - 1] in titles.root and titles.match(keys, i - 1)
    # the span may be its titles alone, at the text's end («... انتشاردهنده - مولوی»)
    if titled and j - i > 2 and (first_name_at(keys, i + 1) or abd_given(keys[i + 1])):
        if not name_word(keys[i]) and not first_name_at(keys, i):  # not «سید»
            i += 1  # «حجت‌الاسلام | و‌المسلمبن | عبدالهادی اشرفی»: a title misspelt
    return i, j


_COPULA_INFINITIVES = frozenset({"بودن", "نبودن", "شدن", "نشدن"})


def no_name_before(keys: list[str], j: int) -> bool:
    """Token ``j - 1`` is no name's end given the word after it: «معروف به» says what the
    name is known as («هومن پروین | معروف به سلطان سوخت»), an infinitive of «being» follows
    its predicate («آیالون | دروغگو بودن»), and a word in «ی» of a frequent
    one no name holds before a verb is the verb's object («رومینا | عکسی نمی‌فرستاد»)."""
    if j < 1 or j >= len(keys):
        return False
    last = keys[j - 1]
    if last in KNOWN_AS and keys[j] == "به":
        return True
    if keys[j] in _COPULA_INFINITIVES:
        return True  # «آیالون | دروغگو بودن»: the predicate of «being», no name's word
    object_ = adjective(last) and last not in lx.name_words()
    return object_ and (verb(keys[j]) or light_verb(keys[j]))


def comparative(key: str) -> bool:
    """A comparative or superlative of a common word that no word list holds whole
    («زیباتر», «مهمتر»; not «کارتر», which the news writes as a name)."""
    for suffix in ("ترین", "تر"):
        stem = key.removesuffix(suffix).removesuffix("\u200c")
        if stem != key and rank(key) == RARE and stem in lx.common_words():
            return True
    return False


_PREPOSITIONS = ("در", "از", "با", "به")
_DEMONSTRATIVE_HEADS = ("این", "آن", "همین", "همان")


def preposition_run_in(key: str) -> bool:
    """A preposition written into the word after it, an adverb no name ends with
    («دراین‌باره», «درادامه»; not «درویش», «بهرام», «باقری», which lists hold)."""
    if key in lx.name_words() or key in lx.family_name_words():
        return False
    for head in _PREPOSITIONS:
        rest = key[len(head) :]
        if key.startswith(head) and len(rest) > 2:
            if rest.startswith(_DEMONSTRATIVE_HEADS) or rank(rest) < FREQUENT:
                return True
    return False


def listed_town(keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a listed town's name of two words or more («بوئین زهرا»,
    «مسجد سلیمان»): a place, not a person the tagger took it for."""
    hit = lx.places().match(keys, i)
    return j - i > 1 and hit is not None and hit[0] == j and hit[1].kind in ("city", "county")


def apposed_to_post(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """A name of two words, the last one no word list knows, set off by a comma before a
    post («تحسین الخفاجی، سخنگوی فرماندهی ...»): a foreign name, its first word a given
    name though also a word of the language."""
    if j - i != 2 or j + 1 >= len(keys) or tokens.words[j] not in COMMAS:
        return False
    return word_rank(keys[j - 1]) == RARE and lx.post_heads().match(keys, j + 1) is not None


def joined_at_titles(keys: list[str], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tagger's person spans, two that touch made one where the first opens with a
    given name and ends with a title that is also a name's word: «مهرداد حاج | علیزاده» is
    «مهرداد حاج علیزاده», a family name «حاج علیزاده», not a title before a second name. So
    are two that a word of lineage joins, at the end of the first or between them: «محمد بن
    | حامد الغامدی» is one man, Mohammed son of Hamed."""
    out: list[tuple[int, int]] = []
    for i, j in sorted(spans):
        if out and out[-1][1] == i and _given_then_title(keys, *out[-1]):
            out[-1] = (out[-1][0], j)
        elif out and _lineage_between(keys, out[-1], i):
            out[-1] = (out[-1][0], j)
        else:
            out.append((i, j))
    return out


def _lineage_between(keys: list[str], before: tuple[int, int], i: int) -> bool:
    """The span ``before`` ends with a word of lineage and the next opens at ``i`` right
    after it, or the one word between them is one: «محمد بن | حامد», «محمد | بن | حامد»."""
    a, b = before
    if b == i:
        return b - a > 1 and keys[b - 1] in LINEAGE
    return b + 1 == i and keys[b] in LINEAGE


def _given_then_title(keys: list[str], i: int, j: int) -> bool:
    title = lx.honorifics().match(keys, j - 1)
    given = first_name_at(keys, i)
    return (
        bool(given)
        and i + given == j - 1
        and title is not None
        and title[0] == j
        and (keys[j - 1] in lx.name_words())
    )


def foreign_run_on(tokens: TokenColumns, keys: list[str], i: int, j: int, marked: set[int]) -> int:
    """The end of the tagger's person span ``[i, j)`` of two foreign words or more, past
    one more word that no word list knows and no span of the tagger holds: the last part of
    a foreign name it cut («شیگرو اومه | بایاشی»); a word of the language, or two run
    together, ends it."""
    if j - i < 2 or j >= len(keys) or j in marked or not _persian_word(tokens.words[j]):
        return j  # «هایما توربو S۵»: a model's code
    foreign = all(word_rank(k) == RARE and k not in lx.first_names() for k in keys[i:j])
    more = unknown_whole(tokens.words[j], keys[j]) and not _run_into_word(keys[j])
    return j + 1 if foreign and more else j


def _persian_word(word: str) -> bool:
    return len(word) > 2 and word.isalpha() and not word.isascii()


def _run_into_word(key: str) -> bool:
    """A word that ends in a frequent one of four letters or more: two run together
    («آقاتهرانیشامگاه»), no part of a foreign name."""
    return any(rank(key[n:]) < FREQUENT for n in range(3, len(key) - 3))


def after_a_thing(keys: list[str], i: int, j: int, marked: set[int]) -> bool:
    """Words no list knows, ``[i, j)``, joined by «و» to an ordinary word the tagger leaves
    unmarked: a thing's name, as that word is a thing («لپ‌تاپ و | هارد اکسترنال»), but
    before a post («... ۷۱ میلیارد دلار و آمانسیو ارتگا رئیس شرکت ...»)."""
    if i < 2 or keys[i - 1] != "و" or i - 2 in marked:
        return False
    if j < len(keys) and lx.post_heads().match(keys, j) is not None:
        return False
    before = keys[i - 2]
    if not ordinary(before) or before in lx.name_words():
        return False
    return all(word_rank(k) == RARE and k not in lx.first_names() for k in keys[i:j])
