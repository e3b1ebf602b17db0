"""A foreigner's family name alone, which the article never gives in full: «زیدان و رونالدو با
یکدیگر قول و قرار گذاشتند», «انلیدزه وزیر امور خارجه گرجستان», «حامی کیم ، رییس این بانک»,
«اوبامیانگ و راموس به ثمر رساندند».

Sports and world news name a player, a coach or a minister by family name alone, a word the
tagger never saw and no list holds. A word written as a transliteration (``foreign_shaped``:
rare, of no Arabic letter, not made of a Persian word and its endings, no list's word) is
such a name where a post follows it, alone or past a comma; where «و» joins it to a person
named; or where it scores a goal. It then names the person wherever it stands alone in the
article. On PEYMA's training part these four places of such a word are 35 persons of 36
(ARMAN's folds 1–2: 40 of 43).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.namewords import FREQUENT, country, demonym, verb, word_rank
from khabar.extract.no_name_words import no_name
from khabar.extract.people import (
    Mention,
    ended_at,
    held_tokens,
    open_end,
    opened_at,
    post_boundaries,
    stopwords,
    untitled_mention,
    with_added,
)
from khabar.text.segment import TokenColumns

# letters of Arabic words, which the news writes no Western name with
_ARABIC = frozenset("ثحذصضطظعغقء")
# a Persian word's endings and openings: «تاثیرگذاری», «فرمایشات», «ناآرامی», «رهنمودهای»
_ENDS = (
    "هایشان",
    "هایش",
    "هایی",
    "های",
    "ها",
    "ات",
    "یان",
    "ان",
    "تر",
    "گری",
    "یدن",
    "دن",
    "یی",
    "ای",
    "ی",
    "م",
    "ش",
    "یت",
    "یه",
    "ین",
    "مان",
    "شان",
    "ه",
    "ست",  # «گردوست»: a word and «است»
)
# endings only Persian words have, whatever comes before: «پبشنهادهای», «گریبانگیر»
_PERSIAN_ENDS = (
    "ها",
    "های",
    "هایی",
    "گیر",
    "گری",
    "مند",
    "انه",
    "گاه",
    "کده",
    "ترین",
    "دگی",
    "ستگی",
)
_OPENINGS = ("نا", "بی", "پر", "با", "در", "هم", "می", "به", "بر", "فرا", "باز", "پیش", "پس")
_STEM = 2 * FREQUENT  # a stem of rank under this is a word of the language
_DEPTH = 2  # endings and openings taken off, at most, before the stem
_MIN_LETTERS = 3
_PUNCT = frozenset('.،,:؛!؟«»"()')
# «به گزارش تسنیم»، «به نوشته روزنامه لوموند»: an outlet; «برای جنوا گلزنی کردند»: a club
_NO_PERSON_BEFORE = frozenset(
    lx.keys_of("گزارش نقل نوشته روزنامه خبرگزاری شبکه سایت برای مقابل برابر تیم".split())
)
_HOME = frozenset(lx.keys_of("ایران ایرانی".split()))
_POST_REACH = 6  # words after a post's head where its country may stand
# «اوبامیانگ و راموس به ثمر رساندند», «مسی گلزنی کرد»
_SCORES = (("به", "ثمر"), ("گلزنی",), ("گل", "زد"), ("گل", "زدند"))
_SCORE_WORDS = frozenset({"ثمر", "گلزنی", "گل"})  # the words a score is sought by
_SCORED = ("رساند", "رسید")  # «به ثمر رساندند», «به ثمر رسید»; not «به ثمر بنشیند»
# what a name alone before a post may follow: a mark or a word that opens a phrase, not a
# word that may be a foreign given name too («کلی کرافت», «زیاد النخاله», «پل گوسار»)
_OPENERS = _PUNCT | frozenset(lx.keys_of("و با از به توسط نیز همچنین اما ولی که میان بین".split()))
_AND = "و"


def with_foreign_surnames(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    post_starts: list[int],
    tagged: list[tuple[str, int, int]],
) -> list[Mention]:
    """``mentions`` and the foreign family names alone that a post, a person joined by «و» or
    a goal marks (``post_starts``: tokens where a post may open; ``tagged``: the tagger's
    spans, whose bodies and places are no names)."""
    found = _marked(keys, mentions, post_starts)
    if not found:
        return mentions  # most articles
    used = held_tokens(mentions)
    bodies = {k for kind, a, b in tagged if kind != "PER" for k in range(a, b)}
    held = used | bodies
    marked = {i for i in found if i not in held}
    marked = {i for i in marked if _alone(keys, i)}
    names = {keys[i] for i in marked if foreign_shaped(tokens, keys, i)}
    if not names:
        return mentions  # most articles
    added: list[Mention] = []
    for k in lx.positions(keys, names):  # the word names him wherever it stands alone
        if k not in used and k not in bodies and _alone(keys, k):
            added.append(untitled_mention(tokens, text, k, k + 1))
            used.add(k)
    return with_added(mentions, added) if added else mentions


def _marked(keys: list[str], mentions: list[Mention], post_starts: list[int]) -> list[int]:
    """Tokens a post of another country follows («انلیدزه وزیر امور خارجه گرجستان»,
    «روموهیون، رییس‌جمهور کره‌جنوبی»), that «و» joins to a person opening a clause («،
    زیدان و رونالدو»), or that score a goal («اوبامیانگ و راموس به ثمر رساندند»)."""
    out = []
    heads = lx.post_heads()
    for p in post_starts:
        i = p - 2 if p > 1 and keys[p - 1] in COMMAS else p - 1
        if not (i == 0 or (i > 0 and keys[i - 1] in _OPENERS)):
            continue  # the cheaper test first: most posts follow no opener
        if keys[p] not in heads.root or (m := heads.match(keys, p)) is None:
            continue  # an anaphor: «سرکرده این گروهک», «اساسنامه این سازمان»
        if _abroad(keys, m[0]):  # not «منویات رهبر معظم انقلاب», «کسوت معاون حمل و نقل»
            out.append(i)  # «فارس: روموهیون، رییس‌جمهور ...», «و انلیدزه وزیر امور خارجه ...»
    # a person named with a given name («سرگئی کیسلیاک»), or by one word a list knows as a
    # name («رونالدو»); not words taken for one («عفونت، تروما و سندرم سپسیس»)
    persons = {keys[m.j - 1] for m in mentions if _named(keys, m)}
    for k in lx.positions(keys, persons):
        i = k - 2
        if i >= 0 and keys[i + 1] == _AND and (i == 0 or keys[i - 1] in _PUNCT):
            out.append(i)  # «طبق همین گزارش ، زیدان و رونالدو»
    for s in _score_at(keys):
        out.append(s - 1)  # «... راموس به ثمر رساندند»
        if s > 2 and keys[s - 2] == _AND:
            out.append(s - 3)  # «اوبامیانگ و ...»
    return [i for i in out if i >= 0 and (i == 0 or keys[i - 1] not in _NO_PERSON_BEFORE)]


def _named(keys: list[str], m: Mention) -> bool:
    """The mention ``m`` opens with a given name, or is a word a list knows as a name."""
    if m.j - m.i > 1:
        return keys[m.i] in lx.first_names() or keys[m.i] in lx.foreign_given_names()
    return keys[m.i] in lx.name_words()


def _abroad(keys: list[str], j: int) -> bool:
    """A country other than Iran within a few words after a post's head ending at ``j``, before
    a mark: «وزیر | امور خارجه گرجستان», «نماینده دائم | آمریکا»."""
    for k in range(j, min(len(keys), j + _POST_REACH)):
        if keys[k] in _PUNCT:
            return False
        if keys[k] not in _HOME and (country(keys[k]) or demonym(keys[k])):
            return True
    return False


def _score_at(keys: list[str]) -> list[int]:
    """Where a goal is scored: «به ثمر», «گلزنی», «گل زد»; sought by the scores' rarer words
    («ثمر», not «به», which stands in every sentence)."""
    out = []
    for k in lx.positions(keys, _SCORE_WORDS):
        if keys[k] == "ثمر":
            k -= 1  # «به | ثمر»
            if k < 0 or keys[k] != "به":
                continue
        if any(tuple(keys[k : k + len(s)]) == s for s in _SCORES) and (
            keys[k + 1 : k + 2] != ["ثمر"] or "".join(keys[k + 2 : k + 3]).startswith(_SCORED)
        ):
            out.append(k)
    return out


def _alone(keys: list[str], k: int) -> bool:
    """The word at ``k`` stands alone, no word of a longer name beside it: a mark, a function
    word or a plain word of the language before and after it, no given name nor place before
    it («اردن کاژبک ، رییس فرهنگستان», «هیرایی تارو ،» are names of two words)."""
    return _plain(keys, k - 1, before=True) and _plain(keys, k + 1)


def _plain(keys: list[str], k: int, before: bool = False) -> bool:
    """No word of a name at ``k``: the text's edge, a mark, a function word or a frequent
    word no given name holds, nor (``before``) a place."""
    if k < 0 or k >= len(keys) or keys[k] in _PUNCT or keys[k] in stopwords():
        return True
    key = keys[k]
    if word_rank(key) >= FREQUENT or key in lx.first_names() or key in lx.foreign_given_names():
        return False
    if key in lx.foreign_given_words():
        return False  # «پل گوسار»
    places = lx.places()
    return not (before and key in places.root and places.match(keys, k))


def foreign_shaped(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """A word written as a transliteration: letters, rare in the news, no Arabic letter, no
    Persian word with its endings, and no word, name, place, body, post or verb any list
    holds («انلیدزه», «سامپائولی»; not «فرمایشات», «وزرا», «لوموند» after «روزنامه»)."""
    word, key = tokens.words[i], keys[i]
    if len(key) < _MIN_LETTERS or not word.isalpha() or _ARABIC.intersection(key):
        return False
    if word_rank(key) < FREQUENT or _listed(key) or _made_in_persian(key):
        return False
    places, orgs, posts = lx.places(), lx.organizations(), lx.post_heads()
    return not (
        (key in places.root and places.match(keys, i))
        or (key in orgs.root and orgs.match(keys, i))
        or (key in posts.root and posts.match(keys, i))
        or lx.reporting_verbs().match(keys, i)
    )


@lru_cache(maxsize=65536)  # per word, bounded
def _listed(key: str) -> bool:
    """A word a list holds as a word or a Persian name, or that names no one."""
    lists = (stopwords(), post_boundaries(), lx.common_words(), lx.first_names())
    if any(key in words for words in lists) or key.endswith("ترین"):
        return True
    if key in lx.family_name_words() or key in lx.outlet_words() or key in lx.agencies().root:
        return True
    titled = lx.honorifics().match([key], 0) is not None
    return titled or no_name(key) or verb(key) or country(key) or demonym(key)


@lru_cache(maxsize=65536)  # per word, bounded
def _made_in_persian(key: str, depth: int = 0) -> bool:
    """A Persian word of rank under ``_STEM`` with up to ``_DEPTH`` endings or openings of
    the language: «تاثیرگذاری» (تاثیرگذار), «فرمایشات» (فرمایش), «ناآرامی» (آرام)."""
    if depth and word_rank(key) < _STEM:
        return True
    if depth > _DEPTH or len(key) < _MIN_LETTERS:
        return False
    if depth == 0 and (_broken_plural(key) or "الله" in key or key.endswith(_PERSIAN_ENDS)):
        return True  # «وزرا» of «وزیر»; «انشاالله»
    stems = [key[: -len(e)] for e in _ENDS if key.endswith(e) and len(key) - len(e) >= _MIN_LETTERS]
    stems += [key[len(o) :] for o in _OPENINGS if key.startswith(o) and len(key) - len(o) >= 3]
    if key.endswith("گی"):
        stems.append(key[:-2] + "ه")  # «ورشکستگی» of «ورشکسته»
    return any(_made_in_persian(stem, depth + 1) for stem in stems)


def _broken_plural(key: str) -> bool:
    """An Arabic plural of persons of the shape of «وزرا», «سفرا», «امرا», whose singular
    («وزیر», «سفیر», «امیر») is a word of the language."""
    singular = key[:2] + "ی" + key[2:3]
    return len(key) == 4 and key.endswith("ا") and word_rank(singular) < _STEM


def with_foreign_family_after(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` of a foreign given name alone («اران»: a list of foreign given names holds
    it, none of Persian ones) with the word after it taken in where that word is written as a
    transliteration too (``foreign_shaped``): «انستیتوی ویزمن به سرپرستی پروفسور اران سگال و
    خود من»; or where it is a rare foreign given name too, a family name so shaped though a
    place bears it («جان فانته، ادموند موریس», Morris, not Mauritius)."""
    given = lx.more_given_names()
    if not any(m.j - m.i == 1 and keys[m.i] in given for m in mentions):
        return mentions  # most articles name no foreigner by a given name alone
    taken = held_tokens(mentions)
    out = []
    for m in mentions:
        w = m.j
        if (
            m.j - m.i == 1
            and w < len(keys)
            and w not in taken
            and keys[m.i] in given
            and keys[m.i] not in lx.first_names()
            and open_end(tokens, text, m)
            and (foreign_shaped(tokens, keys, w) or _foreign_given(tokens, keys, w))
        ):
            m = ended_at(m, w + 1, tokens.ends[w], text)
        out.append(m)
    return out


def _foreign_given(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Token ``i`` is a foreign given name (``foreign_given_names.txt``), no Persian one, rare
    in the news: «موریس» (Maurice, Morris), which names a country too."""
    key = keys[i]
    return (
        tokens.words[i].isalpha()
        and key in lx.keyed_words("foreign_given_names.txt")
        and key not in lx.first_names()
        and word_rank(key) >= FREQUENT
    )


_MC = "مک"  # Mc, Mac, written apart: «مک انتی», «مک‌گاورن»


def with_foreign_given_words_before(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` of a foreign family name, opened at the word right before it that is a
    foreign given name and a word of the language too («بیل», a shovel; «جان», life), which the
    rules and the tagger leave out: «سرهنگ بیل اوربان سخنگوی سنتکام», «برخورد جان مک انتی،
    رییس پرسنل کاخ سفید»; and such a name found where the article writes it after that word
    and no mention holds it («اوربان گفت: ...» ... «سرهنگ بیل اوربان»). The name opens with no
    listed Persian given name, and its first word is written as a transliteration
    (``foreign_shaped``) or is «مک»; a space alone parts it from the word («پرس و جو مصطفی
    هادیزاده», «ملقب به پیر سید صلاح‌الدین» stay)."""
    given = lx.foreign_given_words()
    if given.isdisjoint(lx.distinct(keys)):
        return mentions  # most articles
    taken = held_tokens(mentions)
    out = []
    families: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.ti == m.i and _foreign_family(tokens, keys, m.i):
            families.add(tuple(keys[m.i : m.j]))
            if _given_word_before(tokens, keys, text, m.i, given, taken):
                m = opened_at(m, m.i - 1, tokens.starts[m.i - 1], text)
        out.append(m)
    added = []
    for family in sorted(families):
        for k in lx.occurrences(keys, family[0]):
            j = k + len(family)
            if tuple(keys[k:j]) != family or not taken.isdisjoint(range(k - 1, j)):
                continue
            if _given_word_before(tokens, keys, text, k, given, taken):
                added.append(untitled_mention(tokens, text, k - 1, j))
                taken.update(range(k - 1, j))
    return with_added(out, added) if added else out


def _foreign_family(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """A foreign family name opens at ``i``: no listed given name, «مک» or a transliteration."""
    if keys[i] in lx.first_names():
        return False
    return keys[i] == _MC or foreign_shaped(tokens, keys, i)


def _given_word_before(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    i: int,
    given: frozenset[str],
    taken: set[int],
) -> bool:
    """A foreign given name that no mention holds stands right before ``i``, a space between."""
    k = i - 1
    return (
        k >= 0
        and keys[k] in given
        and k not in taken
        and text[tokens.ends[k] : tokens.starts[i]] == " "
    )


_HYPHEN = "-"


def with_hyphenated_family_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` of a foreign name going on past a hyphen run into its last word, to the
    transliterated word after it: a family name of two parts («توسط فردی به نام مانوئل
    لاگوناس- سولار و تیم همکار او», Lagunas-Solar). The name's last word is a transliteration
    too; a word of the language after the hyphen is no part of it («محمد رشیدیان- گروه محیط
    زیست», a byline and its desk)."""
    out = []
    for m in mentions:
        h = m.j
        if (
            h + 1 < len(keys)
            and tokens.words[h] == _HYPHEN
            and m.span.end == tokens.ends[h - 1] == tokens.starts[h]
            and foreign_shaped(tokens, keys, h - 1)
            and foreign_shaped(tokens, keys, h + 1)
        ):
            m = ended_at(m, h + 2, tokens.ends[h + 1], text)
        out.append(m)
    return out
