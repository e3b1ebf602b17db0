"""A family name longer than the rules or the tagger took it, as the article writes it again.

«محمد حسن اکبری مطلق در نشست ...» ... «اکبری مطلق به مواد اجرایی ... اشاره کرد»: the word
after a name found with its given name («مطلق») is the family name's last word when the
article opens a subject with the family name and that word again. Such a word is no
function word, verb, post or title, and no frequent ordinary word («امروز» of «ظریف امروز»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_names import given_family_cut
from khabar.extract.glued_words import glued
from khabar.extract.namewords import (
    adjective,
    before_light_verb,
    family_word,
    light_verb,
    ordinary,
    rank,
    shaped,
    verb,
)
from khabar.extract.no_name_words import follows_name
from khabar.extract.numbers import WORDS as NUMBER_WORDS
from khabar.extract.people import (
    Mention,
    ended_at,
    first_name_at,
    held_tokens,
    open_end,
    post_boundaries,
    stopwords,
)
from khabar.text.segment import TokenColumns

_MOST_FREQUENT = 1000  # the ranks of the words that are never a family name's last one


def with_continued_family_names(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    sentence_starts: set[int],
) -> list[Mention]:
    """``mentions`` with the family names the article writes longer taken whole; a mention
    of the word taken in («زاد منصور» of «حمید حاجی زاد منصور») gives way."""
    candidates: dict[int, tuple[str, ...]] = {}  # mention -> its family name and the word after
    alone: set[int] = set()  # given names alone, their family name the word after
    for n, m in enumerate(mentions):
        given = first_name_at(keys, m.i)
        w = m.j
        if not given or m.j - m.i < given or w >= len(keys):
            continue
        if not _last_word(tokens, keys, w) and not (
            m.j - m.i == given and name_end_word(tokens, keys, w, False) and not ordinary(keys[w])
        ):
            continue  # after a given name alone, a family name of any shape («شاه‌غریب»)
        if m.j - m.i == given:
            # «عبدالرضا شاه‌غریب امروز ...» ... «شاه‌غریب در ادامه ...»: an unlisted family
            # name after a given name alone, that the article opens a subject with
            if keys[w] in lx.first_names() or first_name_at(keys, w):
                continue
            alone.add(n)
        if m.span.end != tokens.ends[m.j - 1] or text[tokens.ends[w - 1] : tokens.starts[w]] != " ":
            continue  # a glued end, or the word after a mark or on the next line
        candidates[n] = tuple(keys[m.i + given : w + 1])
    if not candidates:
        return mentions
    # where each family name is written: one pass over the text, each name checked once
    at: dict[str, list[int]] = {f[0]: [] for f in candidates.values()}
    for p in lx.positions(keys, at.keys()):  # the tokens of those keys alone
        at[keys[p]].append(p)
    written = {
        family: [p for p in at[family[0]] if tuple(keys[p : p + len(family)]) == family]
        for family in set(candidates.values())
    }
    longer: dict[int, Mention] = {}
    family_at: set[int] = set()  # the tokens of the longer family names, wherever written
    for n, family in candidates.items():
        # the name's own family name follows its given name, in no subject's place
        if not any(_subject(tokens, p, sentence_starts) for p in written[family]):
            continue
        m = mentions[n]
        longer[n] = ended_at(m, m.j + 1, tokens.ends[m.j], text)
        if n not in alone:  # a lone family name is the same person's mention, and stays
            family_at.update(k for p in written[family] for k in range(p, p + len(family)))
    if not longer:
        return mentions
    return [
        longer.get(n, m)
        for n, m in enumerate(mentions)
        if n in longer or family_at.isdisjoint(range(m.i, m.j))
    ]


# the second parts of family names that the news writes apart from the first, and that follow
# no name otherwise («انصاری فرد», «جمالی فرد», «رسول پناه», «فیاض بخش», «رسولی اصل»; every
# such word after a person's name in the 4,617 shared articles is one)
_PARTS_APART = frozenset({"فرد", "پناه", "بخش", "اصل", "مقام", "پور"})
# those that follow a family name's word in «ی» («انصاری فرد», «رسولی اصل»), not a given name
_AFTER_NISBA = frozenset({"فرد", "اصل", "مقام"})
_SON = "پور"  # after a word in «ی» the repair joins it («هاشمی‌پور»)
_ARTICLE = "اصل"  # also a law's article, its number after it
# also a rank, a station or an official («مقام سوم», «مقام معظم رهبری», «مقام افغان»): it ends a
# name only before a function word or the noun of a compound verb, but for the ordinals and
# words of rank the function words hold («مقام اول», «مقام عالی») and «خود» («مقام خود»)
_RANK = "مقام"
_RANK_WORDS = frozenset(
    {"اول", "اوال", "نخست", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "آخر", "عالی", "خود"}
)


def _numbered(keys: list[str], k: int) -> bool:
    """Token ``k`` is a number, in digits or in words («۴۴», «چهل و چهارم»)."""
    return k < len(keys) and (keys[k].isdigit() or keys[k] in NUMBER_WORDS)


def _ranked(keys: list[str], k: int) -> bool:
    """«مقام» before token ``k`` is a rank, a station or an official, not a family name's end:
    no function word follows it, nor a noun before a light verb («مسعودی مقام با ...»,
    «مسعودی مقام برگزار شد»; not «مقام سوم», «مقام افغان»)."""
    if k >= len(keys) or keys[k] in _RANK_WORDS or _numbered(keys, k):
        return True
    return keys[k] not in stopwords() and not (k + 1 < len(keys) and light_verb(keys[k + 1]))


def with_family_parts_apart(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with the second part of a family name written apart taken in: «فرد» after
    a word in «ی» («محمدحسن انصاری فرد», «جمالی فرد افزود»), «پناه» after a listed given
    name («مهدی رسول پناه درباره ... اظهار داشت»), «بخش» after one or a family name's word
    («احمد فیاض بخش مدیر عامل ...»), «پور» after one or a full name («قادر مولان پور
    کیست؟»), right after the name, a space between; any word that
    makes a listed family name with the one before it (``_joined_apart``); «مقام» after a
    word in «ی», before no rank or station («قاضی مسعودی مقام با نام بردن از ...»; not
    «یوسفی مقام سوم», «خامنه‌ای مقام معظم رهبری»). A family name alone goes on so only before
    a reporting verb, but for «مقام»: «آقای منتظری فرد هم مبارز بودند» (a person who was a
    fighter too) is the noun."""
    out = []
    for m in mentions:
        w = m.j
        if w < len(keys) and keys[w] in _PARTS_APART and m.span.end == tokens.ends[w - 1]:
            last = keys[w - 1]
            fits = last.endswith("ی") if keys[w] in _AFTER_NISBA else last in lx.first_names()
            if keys[w] == "بخش":  # «فیاض بخش»: a family name's word before it too
                fits = fits or last in lx.family_name_words()
            if keys[w] == _SON:  # «قادر مولان پور»: after a full name too, where the
                fits = fits or (m.j - m.i >= 2 and m.ti == m.i)  # repair joins it after «ی» only
            if keys[w] == _ARTICLE and _numbered(keys, w + 1):
                fits = False  # «روحانی اصل ۴۴ قانون اساسی»: the constitution's article
            if keys[w] == _RANK and _ranked(keys, w + 1):
                fits = False  # «امیرمحمد یوسفی مقام سوم را ...»: the place he won
            alone = m.j - m.i == 1 and not given_family_cut(tokens.words[m.i])  # «اصغرجمالی»
            if alone and keys[w] != _RANK and not lx.reporting_verbs().match(keys, w + 1):
                fits = False
            if fits and text[tokens.ends[w - 1] : tokens.starts[w]] == " ":
                m = ended_at(m, w + 1, tokens.ends[w], text)
        elif w < len(keys) and m.span.end == tokens.ends[w - 1] and _joined_apart(tokens, keys, m):
            if text[tokens.ends[w - 1] : tokens.starts[w]] == " ":
                m = ended_at(m, w + 1, tokens.ends[w], text)
        out.append(m)
    return out


def _joined_apart(tokens: TokenColumns, keys: list[str], m: Mention) -> bool:
    """The word after ``m``, a listed given name and one word, makes a listed family name
    with that word, written as one («نجمه نیکو | کار مقام اول»: «نیکوکار»): no function
    word, verb or noun of a light verb, and no given name of its own."""
    w = m.j
    if m.j - m.i != 2 or m.ti != m.i or first_name_at(keys, m.i) != 1:
        return False
    after = keys[w]
    if keys[w - 1] + after not in lx.family_name_words() or after in lx.first_names():
        return False
    if not tokens.words[w][:1].isalpha() or after in stopwords() or after in post_boundaries():
        return False
    return not (verb(after) or light_verb(after) or before_light_verb(keys, w))


def _last_word(tokens: TokenColumns, keys: list[str], w: int) -> bool:
    """Token ``w`` may end a family name, and is no frequent ordinary word."""
    k = keys[w]
    return name_end_word(tokens, keys, w) and (k in lx.family_name_words() or not ordinary(k))


def name_end_word(tokens: TokenColumns, keys: list[str], w: int, shaped: bool = True) -> bool:
    """Token ``w`` may be a name's last word: a word shaped like a family name, no function
    word, verb, post, title, reporting verb or word that follows names (``follows_name``), and
    none of the most frequent words (a word of any shape, unless ``shaped``)."""
    k = keys[w]
    if not tokens.words[w][0].isalpha() or k in stopwords() or k in post_boundaries():
        return False
    if verb(k) or glued(tokens.words[w]) or rank(k) < _MOST_FREQUENT or follows_name(k):
        return False  # «امیر محمد دهستانی | منتقد، کارگردان ...»: a craft follows a name
    if lx.post_heads().match(keys, w) or lx.honorifics().match(keys, w):
        return False
    if lx.reporting_verbs().match(keys, w):
        return False
    return not shaped or family_word(tokens.words[w])


def _subject(tokens: TokenColumns, p: int, sentence_starts: set[int]) -> bool:
    """Token ``p`` opens a sentence or follows a mark: a subject's place."""
    return p in sentence_starts or (p > 0 and not tokens.words[p - 1][0].isalpha())


def with_second_family_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` of a listed given name and one family name's word with a second listed
    family name's word after them taken in, a word in a family name's shape that is neither
    an ordinary word nor an adjective: «محمدرضا توکل صدیقی ناشر کتاب‌های دانه»; not before a
    verb, whose noun it is, nor a frequent word («قهرمانی»), nor one that is an adjective too
    («سعید هاشمی | نظری» stays cut)."""
    family = lx.family_name_words()
    taken: set[int] | None = None  # made for the few names before such a word
    out = []
    for m in mentions:
        w = m.j
        if w + 1 >= len(keys) or keys[w] not in family or m.ti != m.i:
            out.append(m)
            continue
        given = first_name_at(keys, m.i)
        taken = held_tokens(mentions) if taken is None else taken
        if (
            given
            and m.j - m.i == given + 1
            and w not in taken
            and open_end(tokens, text, m)
            and _second_family_word(tokens, keys, w)
        ):
            m = ended_at(m, w + 1, tokens.ends[w], text)
        out.append(m)
    return out


def _second_family_word(tokens: TokenColumns, keys: list[str], w: int) -> bool:
    k = keys[w]
    if k not in lx.family_name_words() or not shaped(k) or ordinary(k) or adjective(k):
        return False
    if k in lx.first_names() or rank(k) < _MOST_FREQUENT or lx.places().match(keys, w):
        return False
    after = keys[w + 1]
    if verb(after) or light_verb(after) or before_light_verb(keys, w + 1):
        return False
    return name_end_word(tokens, keys, w)
