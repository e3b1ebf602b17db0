"""A verb is no word of a name: «حاج قاسم | می‌شوی», «پیشانی حاجی | گذاشتم».

A word written with «می‌» or «نمی‌» and a ZWNJ is a verb (no name is written so), and so is
a past stem of the verb lexicon with a personal ending («گذاشتم», «رفتند»; a past stem ends
in «د» or «ت»), and so is a subjunctive, «ب» before a present form the lexicon writes after
«می‌» («بنویسد»: «نامه‌ای خطاب به مرتضی آقاتهرانی | بنویسد»). A name ends before the verb;
one that opens with it names no one; so too before a word that follows names, no part of one
(``no_name_words.follows_name``: «بشار رسن | هافبک سابق پرسپولیس»).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, RARE, SURNAME_ENDS, light_verb, rank
from khabar.extract.no_name_words import follows_name
from khabar.extract.people import SECOND_NAME_WORDS, Mention, ended_at, stopwords
from khabar.text.segment import TokenColumns
from khabar.text.zwnj_lexicon import default_lexicon

_PREFIXES = ("می\u200c", "نمی\u200c")
# the personal endings no name ends with after a past stem («کردی» is a family name)
_ENDINGS = ("یم", "ید", "ند", "م")
# the personal endings of a subjunctive («بنویسد», «بگیرند», «بمانیم»)
_SUBJUNCTIVE_ENDS = ("د", "ند", "یم", "ید", "م")
# the endings of a perfect, written after the participle with a ZWNJ («بوده‌اند», «کرده‌است»)
_PERFECT_ENDS = frozenset({"اند", "ام", "ای", "ایم", "اید", "است"})


@lru_cache(maxsize=16384)
def verb_word(word: str) -> bool:
    """``word`` is a verb, never a name's word."""
    key = lx.key(word)
    for prefix in _PREFIXES:  # «می‌شوی»; not «می‌رسلیم», a name the text split
        if word.startswith(prefix) and key[len(prefix) - 1 :] in default_lexicon().after_mi:
            return True
    if key in lx.name_words() or key in lx.first_names():
        return False
    if _perfect(word) or _subjunctive(key):
        return True
    for end in _ENDINGS:
        stem = key[: -len(end)]
        if key.endswith(end) and len(stem) > 2 and stem[-1] in "دت":
            return stem in default_lexicon().verbs and rank(stem) < FREQUENT
    return False


@lru_cache(maxsize=16384)
def clause_verb(word: str) -> bool:
    """``word`` is a verb no post runs into: one no name's word is (``verb_word``: «بتواند»,
    «گرفتند») that is no common word as well («مردم», a past stem's form too), or a negative
    one with a personal ending («نخواهید», «ندارند»; not «نبرد», a word too)."""
    key = lx.key(word)
    return key not in lx.common_words() and (verb_word(word) or _negative(key))


def _negative(key: str) -> bool:
    """«ن» and a form with a personal ending that «می‌» may open («نخواهید», «نگیرند»; not
    «نشست», «نخست», a past stem alone)."""
    rest = key[1:]
    return (
        key.startswith("ن")
        and rest.endswith(_SUBJUNCTIVE_ENDS)
        and rest in default_lexicon().after_mi
        and key not in lx.name_words()
    )


def _after_name(word: str) -> bool:
    return verb_word(word) or follows_name(lx.key(word))


def _subjunctive(key: str) -> bool:
    """«ب» and a present form with a personal ending that «می‌» may open («بنویسد», «بگیرند»;
    not «بهداد», «برزگر»)."""
    rest = key[1:]
    return (
        key.startswith("ب")
        and rest.endswith(_SUBJUNCTIVE_ENDS)
        and rest in default_lexicon().after_mi
    )


def _perfect(word: str) -> bool:
    """A perfect: a participle of a frequent past stem the verb lexicon holds, a ZWNJ and a
    personal ending («بوده‌اند», «نشسته‌ام»; not «خامنه‌ای», «دنده‌ای»)."""
    participle, zwnj, end = word.rpartition("\u200c")
    if not zwnj or end not in _PERFECT_ENDS or not participle.endswith("ه"):
        return False
    stem = lx.key(participle[:-1])
    past = len(stem) > 1 and stem[-1] in "دت" and stem in default_lexicon().verbs
    return past and rank(stem) < FREQUENT


def without_verbs(tokens: TokenColumns, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, each ending before a verb in it or a word that follows names, and none
    that opens with one."""
    out = []
    fuller: list[frozenset[str]] | None = None  # the words of each name of two words or more
    for m in mentions:
        k = next((k for k in range(m.i, m.j) if _after_name(tokens.words[k])), m.j)
        if k == m.j and _predicate_cue(tokens.words, m):
            if fuller is None:
                fuller = [_words_of(tokens.words, n) for n in mentions if n.j - n.i > 1]
            if _named_fuller(tokens.words, m, fuller):
                k = m.j - 1
        if k == m.j and _noun_of_verb(tokens.words, m.i, m.j):
            k = m.j - 1
        if k == m.j and _figure_after(tokens.words, m.i, m.j):
            k = m.j - 1
        if k == m.j and _object_noun(tokens.words, m.i, m.j):
            k = m.j - 1
        if k == m.j and _time_conjunction(tokens.words, m.i, m.j):
            k = m.j - 1
        if k == m.j and _owner_of(tokens.words, m.i, m.j):
            k = m.j - 1
        if k == m.j and _emir_of(tokens.words, m.i, m.j):
            k = m.j - 1
        if k == m.i:
            continue
        if k < m.j:
            m = ended_at(m, k, tokens.ends[k - 1], text)
        out.append(m)
    return out


# a word and the words after it that make it the clause's predicate, run on into a titled
# name of one word: «حاج قاسم | سرشار از ایمان بود» (full of), «سردار سلیمانی | کی بود؟»
# (when was), «آقای نجفی | آزاد و بعد آزادی‌اش لغو شد» (was freed)
_PREDICATES = {
    "سرشار": frozenset({"از"}),
    "مملو": frozenset({"از"}),
    "لبریز": frozenset({"از"}),
    "کی": frozenset({"بود", "است", "؟", "?"}),
    "آزاد": frozenset({"شد", "شدند", "و"}),
}


def _predicate_cue(words: list[str], m: Mention) -> bool:
    """``m`` is a titled name of two words whose last is a word of ``_PREDICATES`` that one
    of its words follows."""
    if m.j - m.i != 2 or not m.titles or m.j >= len(words):
        return False
    return lx.key(words[m.j]) in _PREDICATES.get(lx.key(words[m.j - 1]), ())


def _words_of(words: list[str], m: Mention) -> frozenset[str]:
    return frozenset(lx.key(w) for w in words[m.i : m.j])


def _named_fuller(words: list[str], m: Mention, fuller: list[frozenset[str]]) -> bool:
    """The first word of ``m`` is a word of another name of the article, a fuller one that
    does not hold its last: «قاسم» of «قاسم سلیمانی», the one «حاج قاسم» is."""
    first, last = lx.key(words[m.i]), lx.key(words[m.j - 1])
    return any(first in n and last not in n for n in fuller)


# nouns of time that open a clause with «که» after them («زمانی که», when)
_TIME_NOUNS = frozenset({"زمانی", "وقتی", "هنگامی", "موقعی"})


def _time_conjunction(words: list[str], i: int, j: int) -> bool:
    """A name of three words or more ends in a noun of time that «که» follows, after a name
    whole without it: the clause's «when», run on («احمد بن عبدالعزیز و محمد بن نایف | زمانی
    که هر دو در سفری ... بودند»). «زمانی» is a family name too: not after a given name with
    no «بن» before it («سید علی زمانی که ...»)."""
    if j - i < 3 or j >= len(words) or lx.key(words[j]) != "که":
        return False
    keys = [lx.key(w) for w in words[i : j - 1]]
    whole = "بن" in keys or keys[-1] not in lx.first_names()
    return whole and lx.key(words[j - 1]) in _TIME_NOUNS


_OWNER = "مالک"
_EMIR = "امیر"


def _owner_of(words: list[str], i: int, j: int) -> bool:
    """A name of two words or more ends in «مالک» (owner) that the thing owned follows, a
    word of letters and no verb: the name's predicate or apposition, run on («آقای بلومبرگ |
    مالک شرکت بلومبرگ است», «فرهاد حمیداوی | مالک شهرخودرو»). «مالک» opening a name is a
    given name («مالک شریعتی»)."""
    if j - i < 2 or j >= len(words) or lx.key(words[j - 1]) != _OWNER:
        return False
    after = words[j]
    return after.isalpha() and lx.key(after) not in stopwords() and not verb_word(after)


def _emir_of(words: list[str], i: int, j: int) -> bool:
    """A name of two words or more ends in «امیر» that a country's name follows: the emir of
    it, his post, run on («تمیم بن حمد | امیر قطر», «صباح احمد جابر | امیر کویت»). «امیر»
    opening a name is a given name («امیر قطری»)."""
    if j - i < 2 or j >= len(words) or lx.key(words[j - 1]) != _EMIR:
        return False
    after = [lx.key(w) for w in words[j : j + 3]]
    hit = lx.places().match(after, 0)
    return hit is not None and hit[1].kind == "country"


def _figure_after(words: list[str], i: int, j: int) -> bool:
    """A name of three words or more ends in a listed foreign figure's surname, which alone
    names him, and opens with none of his names: another's name run into his («هیلاری
    کلینتون | ترامپ را "خطری برای دموکراسی" دانست»; not «دونالد جان ترامپ»)."""
    if j - i < 3:
        return False
    keys = [lx.key(w) for w in words[i:j]]
    figures = lx.foreign_figures()
    hit = figures.match(keys, len(keys) - 1)
    if hit is None or hit[0] != len(keys):
        return False
    own = {lx.key(w) for w in hit[1].name.split()}
    if figures.match(keys, 0) is not None or not own.isdisjoint(keys[:-1]):
        return False
    # the words before are a name of their own: a figure's («هیلاری کلینتون») or a Persian
    # given name's with a family name; not a foreign given name and its middle name before
    # the surname («فرانسیس لی مک‌کین», an actor)
    before = keys[-2]
    return any(
        (f := figures.match(keys, k)) is not None and f[0] == len(keys) - 1
        for k in range(len(keys) - 1)
    ) or (keys[0] in lx.first_names() and before in lx.family_name_words())


def _noun_of_verb(words: list[str], i: int, j: int) -> bool:
    """A name of three words or more ends in an ordinary word that a light verb follows,
    after a word shaped like a family name: the noun of a compound verb («پوریا ایزدی
    | قهرمان شد»), though a given name is written so too; or in a word of the language that
    no name holds, after a listed family name («علی‌اصغر فروزان | کفالت گرفت», took charge)."""
    if j - i < 3 or j >= len(words):
        return False
    last, before = lx.key(words[j - 1]), lx.key(words[j - 2])
    if not light_verb(lx.key(words[j])) or before in lx.common_words():
        return False
    if last in lx.common_words() and last not in SECOND_NAME_WORDS:
        return before.endswith(SURNAME_ENDS)  # not «شهرزاد میرقلی خان | شده بود»
    plain = rank(last) < RARE and last not in lx.name_words() and last not in lx.first_names()
    if j - i == 3 and _unlisted_after_name(words, i):
        return True  # «بهنوش بختیاری | استوری شد» (posted a story)
    return plain and before in lx.family_name_words()


def _unlisted_after_name(words: list[str], i: int) -> bool:
    """A listed given name that is no word and a listed family name, then a word no list of
    given or family names holds: before a light verb, the verb's noun («بهنوش بختیاری |
    استوری شد»)."""
    given, family, last = (lx.key(w) for w in words[i : i + 3])
    if lx.first_names().get(given) is not False or family not in lx.family_name_words():
        return False
    listed = lx.family_name_words() | lx.foreign_given_names()
    return last not in listed and last not in lx.first_names()


# the pronouns a noun's possessor is (``_object_noun``: «پول آنها», their money)
_PRONOUNS = frozenset({"آنها", "آنان", "او", "وی", "ایشان", "ما", "شما"})


def _object_noun(words: list[str], i: int, j: int) -> bool:
    """A name of two words or more ends in a frequent word that is the object of the verb
    after it, marked by «را» («مانند مارکو | فرم را پر می‌کردند», filled in the form), no
    name's word nor shaped like a family name; or, after a foreign given name, a common word
    that a pronoun owns («نیلسون، چوک و گابریل | پول آنها را», their money), though a
    foreign surname is written so too."""
    if j - i < 2 or j >= len(words):
        return False
    last, after = lx.key(words[j - 1]), lx.key(words[j])
    before = lx.key(words[j - 2])
    if after == "را" and _object_after_family(last, before, _surname_in(words, before)):
        return True
    if rank(last) >= FREQUENT or last in lx.first_names():
        return False
    if after == "را":  # not «به ریاست محمد توفیق علاوی را»: a family name's shape
        return last not in lx.name_words() and not last.endswith(SURNAME_ENDS)
    first = lx.key(words[i])
    foreign = first in lx.foreign_given_names() and first not in lx.first_names()
    # a common word of the language, not a figure's surname («دونالد ترامپ او را»)
    return after in _PRONOUNS and foreign and last in lx.common_words()


def _surname_in(words: list[str], key: str) -> bool:
    """``key`` stands after a word of names somewhere in the text: a surname there («بوریس
    جانسون» … «جانسون»), not a foreign given name no list holds («فیلیپه کوتینیو را»)."""
    names = lx.name_words()
    pairs = zip(words, words[1:], strict=False)
    return any(lx.key(w) == key and lx.key(p) in names for p, w in pairs)


def _object_after_family(last: str, before: str, surname: bool = False) -> bool:
    """A word of the language, rarer than the frequent ones, no name's word nor shaped like a
    family name, after a listed family name or a known person's surname that the text writes
    after a name's word too («جانسون | ماشه را بکشد», pull the trigger), and before «را»: the
    object of the verb, the name ended before it («به تعبیر آقای روحانی | قرنطینه را رها
    کنیم», let go of the quarantine)."""
    listed = before in lx.family_name_words() or (surname and before in lx.name_words())
    if not listed or before in lx.first_names() or before in lx.foreign_given_names():
        return False  # not after a given name: «صادق | زیباکلام را», «ابو مهدی | المهندس را»
    if not rank(last) < RARE:
        return False
    return last not in lx.name_words() and not last.endswith(SURNAME_ENDS)
