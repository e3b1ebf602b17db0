"""Words of the clause read as a name, by their class.

- A plural past verb ends no name, however rare its stem («به محبت علی | بخشیدند»); a given
  name alone, untitled, that is left before it names no one we can tell.
- A day of the week run into a family name ends the name inside the token («علی
  مطهریسه‌شنبه بود که»: «مطهری», «سه‌شنبه»).
- A family name alone, then a word of the language and a light verb: the word is the verb's
  noun («برای حاجی بابایی | لابی می‌کند», lobbies for him).
- A plural in «‌ها» of a word that ends in an ordinary word, no name's («سردار
  اصولگراروایت‌ها»: «اصولگرا روایت‌ها»).
- A name whose first word closes a place's name written apart («استان کهگیلویه و بویر احمد
  آتش‌سوزی را ...»).
- «پیر» before a foreign given name is the name's (Pier, Pierre: «پیر پائولو پازولینی»).
- A family name, then the rest of a name run with it in «ی‌ها», its followers («پایداری‌ها و
  احمدی نژادی‌ها»: Ahmadinejad's men).
- A name made plural by «‌ها» before a plural verb, or after a word of likeness, names people
  the like of its bearer («بابک زنجانی‌ها متولد شدند», «مردانی چون حاج قاسم‌ها»).
- A name in a poem's lines (``verse_lines``).
- One of the language's frequent words that a family name list holds, not of a family name's
  shape, last in a name before a form of «کردن» and in no other name of the article, is the
  compound verb's noun («حاج قاسم | صحبت کردیم»).
- A word in «یزه» before a light verb, no name's, is a loan verb's noun in -ize and ends the
  name before it («سعید حجاریان | تئوریزه شد»: theorized).
- «را» run into a given name that a family name follows is the object's mark, no part of the
  name («نه فیلمسازان رافرشته طائرپور»: «را | فرشته طائرپور»).
- A name right after «بن» (son of) is the end of a longer one: it opens at the given name
  before «بن» («مساعد بن | محمد العیبان»), and before each «بن» before that, written apart or
  run into the father's name («ماجد بن عبدالله‌بن | عثمان القصبی»), or is no name where a
  word of the language stands there («از بن | سلمان شخصیتی»).
- A given name that is a frequent noun too, second in a name of two words before a light
  verb, is the verb's noun where the article writes the first word alone (``predicate_nouns``:
  «کلاش طلا به صدام | هدیه کرد»).
- A name of two words ends in one of the language's commonest words that a family name list
  holds but no person's name the tagger was trained on nor a listed figure's: it is the
  clause's word, and ends the name after a listed family name alone («سردار سلیمانی | کاری تروریستی
  بود») or, before «را», after a given name («علی | کاری را از سر هیجان نمی‌کند»).
- «زنی» (a woman) run into a name's last word by a ZWNJ is the next clause's, where a film's
  cast runs on into its story («بهتاش صناعی و عطا مهراد‌زنی همسرش را ... از دست داده»): the
  name ends before it, where the word before it is a name's or a rare one (not «چانه‌زنی»,
  bargaining, whose «چانه» is a frequent word no name holds).
- A past verb of «he» or «she» negated, «ن» and a past stem of the verb lexicon, ends a name
  («آقای هاشمی | نپذیرفت», did not accept); alone it names no one.
- A known word of the language in its Ezafe after a long «ا» («جغرافیای», the geography of),
  no name's word, ends a name after a listed family name alone («سردار سلیمانی | جغرافیای جهان
  اسلام وسعت داد»).
- A sentence's first adverb run into a family name at a heading's end ends the name inside
  the token («مقتدی صدرهمچنین به دلیل ...»: «صدر», «همچنین», likewise).
- A word no name list holds after «وزیر» (minister) and before a given name or a court title
  is the ministry's, no name's («وزیر بهداری | محمدتقی بهار», of health; «وزیر عدلیه | موتمن
  الملک», of justice).
- A name glossed in Latin as a place names a place («پارک هیتون / Heaton Park»).
- «جان» (life) before a verb of dying is the verb's, no name's («در فاجعه منا جان به
  جان‌آفرین تسلیم کرد», died in the Mina disaster); a given name alone left before it names
  no one.
"""

from __future__ import annotations

import re
from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import end_of_key
from khabar.extract.namewords import (
    COURT_ENDS,
    FREQUENT,
    RARE,
    SURNAME_ENDS,
    do_verb,
    light_verb,
    rank,
)
from khabar.extract.people import Mention, ended_at, opened_at
from khabar.extract.predicate_nouns import predicate_noun
from khabar.extract.verse_lines import without_verse
from khabar.lexicon import rows, split_values
from khabar.text.segment import TokenColumns
from khabar.text.zwnj_lexicon import default_lexicon

# days of the week (keys, no ZWNJ), the longest first: «سه‌شنبه» before «شنبه»
_WEEKDAYS = ("چهارشنبه", "پنجشنبه", "سهشنبه", "یکشنبه", "دوشنبه", "شنبه", "جمعه")
_DAY_ENDS = frozenset(day[-4:] for day in _WEEKDAYS)
_HEAD_LEAST = 4  # letters of the family name before a weekday: «مطهری»
_PLURAL = "\u200cها"  # a plural written with a ZWNJ («روایت‌ها»)
_WORD_LEAST = 4  # letters of the ordinary word a plural ends in: «روایت»
_FOLLOWERS = ("یهاست", "یهای", "یها")  # keys: «نژادی‌ها», «نژادی‌های», «نژادی‌هاست»
# words of likeness before a name made plural: «مردانی چون حاج قاسم‌ها», «امثال ...»
_LIKENESS = frozenset({"چون", "همچون", "مانند", "مثل", "امثال"})
# the plural light verbs and copulas a name made plural may be the subject of (keys)
_PLURAL_VERBS = frozenset(
    lx.key(w) for w in "شدند کردند هستند بودند شوند کنند می‌شوند می‌کنند دارند".split()
)
_VERB_REACH = 2  # words after the name to its plural verb: «متولد شدند»
_PIER = "پیر"  # Pier, Pierre before a foreign given name; also «old»
_PLACE_REACH = 3  # tokens before a name where a place's name may open: «کهگیلویه و بویر»
_IZE = "یزه"  # a loan verb's noun in -ize: «تئوریزه», «مدرنیزه», «پاستوریزه»
_SON_OF = "بن"  # Arabic «son of» inside a name: «محمد بن سلمان»
_OBJECT = "را"  # the object's mark, run into the given name after it: «رافرشته»
_COMMONEST = 1000  # ranks of the commonest words, a family name's only by the list: «کاری»
_WOMAN = "\u200cزنی"  # «a woman» run into a name's last word by a ZWNJ: «مهراد‌زنی»
_WOMAN_HEAD_LEAST = 3  # letters of the name's word before it: «یاری»
_NOT = "ن"  # a verb's negation: «نپذیرفت», «نرفت»
_EZAFE = "ای"  # a word's Ezafe after a long «ا»: «جغرافیای» of «جغرافیا»
_EZAFE_LEAST = 5  # letters of a word in its Ezafe: «دنیای»
# a sentence's first adverbs, run into a name's last word at a heading's end («صدرهمچنین»)
_OPENERS = ("همچنین", "بنابراین")
_OPENER_HEAD_LEAST = 3  # letters of the family name before it: «صدر»
_MINISTER = "وزیر"
# the last words of a Qajar court title, a titled man's name («موتمن الملک», «محتشم السلطنه»)
_COURT_TITLE_ENDS = frozenset({*COURT_ENDS, "الملک"})
_LIFE = "جان"  # life, of «جان باخت» (lost his life); also John
# verbs of dying after «جان»: lost, gave up; «به» of «جان به جان‌آفرین تسلیم کرد»
_DYING = frozenset({"باخت", "باختند", "سپرد", "سپردند"})
_TO = "به"
# a Latin gloss right after a name ending in a kind of place: «پارک هیتون / Heaton Park»
_PLACE_GLOSS = re.compile(
    r"\s*[/(]\s*[A-Za-z][A-Za-z'. -]{0,40}?\b(?:Park|Museum|Gallery|Library|Square|Gardens?|"
    r"Centre|Center|Theatre|Theater|Cathedral|Stadium|Palace|Hotel|Abbey|Zoo|Airport|"
    r"Station|Mosque|Temple)\s*[)»«\"]"
)


def without_clause_words(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` without those the words of their clause make (module docstring), ended
    or opened where those words are the name's."""
    out = []
    # the last words of names no form of «کردن» follows: a family name the article gives
    ended = {keys[x.j - 1] for x in mentions if x.j >= len(keys) or not do_verb(keys[x.j])}
    for m in without_verse(text, mentions):
        if _no_name(tokens, keys, m) or _PLACE_GLOSS.match(text, m.span.end):
            continue
        if plural_past(keys[m.j - 1]):
            if m.j - m.i == 1 or (m.j - m.i == 2 and _lone_given(keys, m)):
                continue
            m = ended_at(m, m.j - 1, tokens.ends[m.j - 2], text)
        elif negated_past(keys[m.j - 1]):
            if m.j - m.i == 1:
                continue
            m = ended_at(m, m.j - 1, tokens.ends[m.j - 2], text)
        elif _life_lost(keys, m):
            if m.j - m.i == 1 or (m.j - m.i == 2 and _lone_given(keys, m)):
                continue
            m = ended_at(m, m.j - 1, tokens.ends[m.j - 2], text)
        elif m.j - m.i == 2 and _noun_of_light_verb(keys, m):
            m = ended_at(m, m.j - 1, tokens.ends[m.i], text)
        elif m.j - m.i > 1 and (
            _loan_verb_noun(keys, m)
            or predicate_noun(keys, m.i, m.j)
            or _noun_of_do(keys, m, ended)
        ):
            m = ended_at(m, m.j - 1, tokens.ends[m.j - 2], text)
        elif m.j - m.i == 2 and (_common_word_end(keys, m) or _ezafe_end(keys, m)):
            m = ended_at(m, m.j - 1, tokens.ends[m.i], text)
        elif m.j - m.i > 2 and _ministry(keys, m):
            # at the next word: a dash may part the ministry from its minister («عدلیه – محتشم»)
            k = next((k for k in range(m.i + 1, m.j) if keys[k][:1].isalpha()), m.i + 1)
            m = opened_at(m, k, tokens.starts[k], text)
        if _after_son_of(keys, m) and not _son_of_given(keys, m.i - 2):
            continue
        start = m.i if m.titles or m.i != m.ti else _lineage_start(tokens.words, keys, m.i)
        if start < m.i:
            m = opened_at(m, start, tokens.starts[start], text)
        elif cut := _weekday_cut(tokens, m):
            m = ended_at(m, m.j, tokens.starts[m.j - 1] + cut, text)
        m = _with_pier(tokens, keys, text, m)
        m = _without_woman_run_in(tokens, text, m)
        m = _without_glued_object(tokens, keys, text, m)
        out.append(m)
    return out


def _no_name(tokens: TokenColumns, keys: list[str], m: Mention) -> bool:
    if _followers(keys, m) or _place_part(keys, m) or _the_like_of(tokens.words, keys, m):
        return True
    return _word_plural(tokens.words, m)


def _the_like_of(words: list[str], keys: list[str], m: Mention) -> bool:
    """A name made plural by «‌ها», a name's word before it, names people the like of its
    bearer: the subject of a plural verb a word or two after it («بابک زنجانی‌ها متولد شدند»,
    Babak Zanjanis were born), or after a word of likeness («مردانی چون حاج قاسم‌ها»). Not a
    family name that ends so, whose verb is singular («سمیه نصیری‌ها این اثر را تدوین کرد»)."""
    last = words[m.j - 1]
    if not last.endswith(_PLURAL) or keys[m.j - 1] in lx.family_name_words():
        return False
    stem = lx.key(last[: -len(_PLURAL)])
    if stem not in lx.name_words() and stem not in lx.first_names():
        return False
    if m.ti and keys[m.ti - 1] in _LIKENESS:
        return True
    return any(_plural_verb(k) for k in keys[m.j : m.j + _VERB_REACH])


def _plural_verb(key: str) -> bool:
    return key in _PLURAL_VERBS or plural_past(key)


@cache
def _persons_words() -> frozenset[str]:
    """The words of the persons the tagger was trained on and of listed figures."""
    out = {k for r in rows("ner_names.tsv") if r[1:2] == ("PER",) for k in lx.phrase_keys(r[0])}
    for r in lx.figure_rows():
        for name in [r[0], *(v for f in r[1:3] for v in split_values(f))]:
            out.update(lx.phrase_keys(name))
    return frozenset(out)


def _common_word_end(keys: list[str], m: Mention) -> bool:
    """The name's second and last word is among the commonest words, no given name nor any
    known person's word, after a listed family name alone or, before «را», after a listed
    given name (not «چن | وی», «هاوارد | زن»: foreign names)."""
    first, last = keys[m.i], keys[m.j - 1]
    if rank(last) >= _COMMONEST or last in lx.first_names() or last in _persons_words():
        return False
    if first in lx.first_names():
        return m.j < len(keys) and keys[m.j] == _OBJECT
    return first in lx.family_name_words()


def _lone_given(keys: list[str], m: Mention) -> bool:
    return not m.titles and keys[m.i] in lx.first_names()


def plural_past(key: str) -> bool:
    """A past verb of «they»: a past stem the verb lexicon holds and «ند» («بخشیدند»,
    «گذاشتند»), never a name's word («خداوند», «هنرمند» end in no past stem)."""
    stem = key[:-2]
    if not key.endswith("ند") or len(stem) < 4 or stem[-1] not in "دت":
        return False
    if key in lx.name_words() or key in lx.first_names():
        return False
    return stem in default_lexicon().verbs


def negated_past(key: str) -> bool:
    """A past verb of «he» or «she» negated: «ن» and a past stem the verb lexicon holds
    («نپذیرفت», «نرفت»), no listed name's word («نیکبخت», «نوبخت» are names)."""
    stem = key[len(_NOT) :]
    if not key.startswith(_NOT) or len(stem) < 3 or stem[-1] not in "دت":
        return False
    if key in lx.name_words() or key in lx.first_names() or key in lx.family_name_words():
        return False
    return stem in default_lexicon().verbs


def _life_lost(keys: list[str], m: Mention) -> bool:
    """The name ends in «جان» and a verb of dying follows («جان | باخت», «جان | به
    جان‌آفرین تسلیم کرد»)."""
    if keys[m.j - 1] != _LIFE or m.j >= len(keys):
        return False
    after = keys[m.j]
    if after == _TO:
        return m.j + 1 < len(keys) and keys[m.j + 1].startswith(_LIFE)
    return after in _DYING


def _ezafe_end(keys: list[str], m: Mention) -> bool:
    """The name's second and last word is a known word in its Ezafe after a long «ا», no
    name's word, after a listed family name alone («سلیمانی | جغرافیای»)."""
    first, last = keys[m.i], keys[m.j - 1]
    if not last.endswith(_EZAFE) or len(last) < _EZAFE_LEAST or rank(last) >= RARE:
        return False
    if first in lx.first_names() or first not in lx.family_name_words():
        return False
    if last in lx.name_words() or last in lx.first_names() or last in _persons_words():
        return False
    return last not in lx.family_name_words() and last not in lx.foreign_given_names()


def _ministry(keys: list[str], m: Mention) -> bool:
    """The name's first word follows «وزیر», no list of names holds it and a given name
    follows it, or a court title ends the words after it: the ministry's («وزیر بهداری |
    محمدتقی بهار», of health; «وزیر عدلیه | موتمن الملک», of justice, a cabinet of titled men)."""
    if m.i == 0 or keys[m.i - 1] != _MINISTER:
        return False
    first = keys[m.i]
    if first in lx.name_words() or first in lx.first_names() or first in lx.family_name_words():
        return False
    return keys[m.i + 1] in lx.first_names() or keys[m.j - 1] in _COURT_TITLE_ENDS


def _weekday_cut(tokens: TokenColumns, m: Mention) -> int:
    """Where the name ends in its last token, a weekday or a sentence's first adverb run
    into it; 0 if not."""
    last = m.j - 1
    if m.span.end != tokens.ends[last]:
        return 0
    return _weekday_end(tokens.words[last]) or _opener_end(tokens.words[last])


def _opener_end(word: str) -> int:
    """Where a name's word ends in ``word`` when a sentence's first adverb is run into it
    («صدر» of «صدرهمچنین»), 0 if not."""
    key = lx.key(word)
    if not key.endswith(_OPENERS) or key in lx.name_words() or rank(key) < RARE:
        return 0
    for opener in _OPENERS:
        head = key[: -len(opener)]
        if key.endswith(opener) and len(head) >= _OPENER_HEAD_LEAST and head in lx.name_words():
            return end_of_key(word, head)
    return 0


def _weekday_end(word: str) -> int:
    """Where a family name ends in ``word`` when a day of the week is run into it («مطهری»
    of «مطهریسه‌شنبه»), 0 if not."""
    key = lx.key(word)
    if key[-4:] not in _DAY_ENDS:
        return 0  # every day ends in «شنبه» or «جمعه»: no seven ``endswith`` calls a name
    if key in lx.name_words() or key in lx.first_names() or rank(key) < RARE:
        return 0
    for day in _WEEKDAYS:
        head = key[: -len(day)]
        if key.endswith(day) and len(head) >= _HEAD_LEAST and head in lx.name_words():
            return end_of_key(word, head)
    return 0


def _noun_of_light_verb(keys: list[str], m: Mention) -> bool:
    """A family name alone (no given name opens the name), then a word of the language no
    list of names holds, then a light verb: the verb's noun («بابایی | لابی می‌کند»)."""
    if m.j >= len(keys) or not light_verb(keys[m.j]):
        return False
    first, last = keys[m.i], keys[m.j - 1]
    if first in lx.first_names() or rank(last) >= RARE or last in lx.name_words():
        return False
    return last not in lx.family_name_words() and last not in lx.foreign_given_names()


def _noun_of_do(keys: list[str], m: Mention, ended: set[str]) -> bool:
    """The name's last word is one of the language's frequent words that a family name list
    holds, no given name and not of a family name's shape («خاتمی», «قاضی‌زاده»), right
    before a form of «کردن», and no other name of the article ends in it: the compound
    verb's noun («حاج قاسم | صحبت کردیم», we spoke with Haj Qasem; not «تحویل آقای قاضی‌زاده
    هاشمی کردم», «سفری که محمدجواد ظریف کرد» where «ظریف» is named again)."""
    if m.j >= len(keys) or not do_verb(keys[m.j]):
        return False
    last = keys[m.j - 1]
    if last in ended or last.endswith(SURNAME_ENDS) or last in lx.first_names():
        return False
    return rank(last) < FREQUENT and last in lx.family_name_words()


def _loan_verb_noun(keys: list[str], m: Mention) -> bool:
    """The name's last word is a word in «یزه» no list of names holds, and a light verb
    follows: a loan verb's noun («تئوریزه شد»; not «فایزه», «عزیزه», given names)."""
    if m.j >= len(keys) or not light_verb(keys[m.j]):
        return False
    last = keys[m.j - 1]
    if not last.endswith(_IZE) or len(last) <= len(_IZE) + 1 or last in lx.first_names():
        return False
    return last not in lx.name_words() and last not in lx.family_name_words()


def _after_son_of(keys: list[str], m: Mention) -> bool:
    """The name opens right after «بن», untitled: the end of a longer name."""
    return not m.titles and m.i == m.ti and m.i >= 1 and keys[m.i - 1] == _SON_OF


def _son_of_given(keys: list[str], k: int) -> bool:
    """The word ``k``, before «بن», may be the given name it follows: a given name, or a word
    of letters the language seldom uses («مساعد», «ماجد»); not «از» («از بن سلمان»)."""
    if k < 0:
        return False
    before = keys[k]
    return before.isalpha() and (before in lx.first_names() or rank(before) >= FREQUENT)


def _lineage_start(words: list[str], keys: list[str], i: int) -> int:
    """Where a name opened at its given name ``i`` after «بن» opens: at the given name
    before each «بن» before it, written apart or run into the father's given name by a ZWNJ
    («ماجد بن عبدالله‌بن | عثمان القصبی», «ماجد بن عبدالله بن | عثمان القصبی»)."""
    while i > 0:
        head, _, son = words[i - 1].rpartition("\u200c")
        if son == _SON_OF and lx.key(head) in lx.first_names():
            i -= 1
        elif i >= 2 and keys[i - 1] == _SON_OF and _son_of_given(keys, i - 2):
            i -= 2
        else:
            break
    return i


def _without_glued_object(tokens: TokenColumns, keys: list[str], text: str, m: Mention) -> Mention:
    """``m``, opened after «را» run into its given name where a family name follows and the
    word is no name of its own («را | فرشته طائرپور»; not «رامونا», «رامین»)."""
    key = keys[m.i]
    if m.titles or m.ti != m.i or m.j - m.i < 2 or not key.startswith(_OBJECT):
        return m
    given = key[len(_OBJECT) :]
    if key in lx.first_names() or key in lx.name_words() or given not in lx.first_names():
        return m
    if key in lx.foreign_given_names() or key in lx.keyed_words("more_given_names.txt"):
        return m
    word = tokens.words[m.i]
    at = next((p for p in range(1, len(word)) if lx.key(word[p:]) == given), 0)
    if not at or "\u200c" in word[:at]:
        return m
    return opened_at(m, m.i, tokens.starts[m.i] + at, text)


def _word_plural(words: list[str], m: Mention) -> bool:
    """A word of the name is a plural in «‌ها» whose stem ends in an ordinary word of four
    letters or more that no name holds («اصولگراروایت‌ها»; not «هسل‌ها», a misspelt
    Hasselhoff)."""
    for word in words[m.i : m.j]:
        if not word.endswith(_PLURAL):
            continue
        stem = lx.key(word[: -len(_PLURAL)])
        if any(
            rank(stem[k:]) < FREQUENT and stem[k:] not in lx.name_words()
            for k in range(len(stem) - _WORD_LEAST + 1)
        ):
            return True
    return False


def _followers(keys: list[str], m: Mention) -> bool:
    """The name's last word and the next one in «ی‌ها» make a name of the lists: the
    adjective of its bearer's followers («احمدی | نژادی‌ها», of «احمدی‌نژاد»)."""
    if m.j >= len(keys):
        return False
    after = keys[m.j]
    for end in _FOLLOWERS:
        stem = after[: -len(end)]
        if after.endswith(end) and len(stem) >= 3 and keys[m.j - 1] + stem in lx.name_words():
            return True
    return False


def _place_part(keys: list[str], m: Mention) -> bool:
    """The name's first word closes a place's name that opens before it («کهگیلویه و بویر
    | احمد آتش‌سوزی»)."""
    places = lx.places()
    for start in range(max(0, m.ti - _PLACE_REACH), m.ti):
        hit = places.match(keys, start)
        if hit is not None and hit[0] > m.i:  # the place ends past the name's first word
            return True
    return False


def _with_pier(tokens: TokenColumns, keys: list[str], text: str, m: Mention) -> Mention:
    """``m``, opened at «پیر» before its foreign given name («پیر | پائولو پازولینی»)."""
    if m.titles or m.i == 0 or keys[m.i - 1] != _PIER:
        return m
    given = keys[m.i]
    if given not in lx.foreign_given_names() or given in lx.first_names():
        return m
    return opened_at(m, m.i - 1, tokens.starts[m.i - 1], text)


def _without_woman_run_in(tokens: TokenColumns, text: str, m: Mention) -> Mention:
    """``m``, ended before «‌زنی» run into its last word, the word before it a name's or a
    rare one and the whole no name's nor a listed word («عطا مهراد | ‌زنی همسرش را ...»; not
    «چانه‌زنی», «گشت‌زنی», whose first word is a frequent one no name holds)."""
    last = m.j - 1
    word = tokens.words[last]
    if m.span.end != tokens.ends[last] or not word.endswith(_WOMAN):
        return m
    head = word[: -len(_WOMAN)]
    key, head_key = lx.key(word), lx.key(head)
    if len(head_key) < _WOMAN_HEAD_LEAST or rank(key) < RARE or key in lx.name_words():
        return m
    if head_key not in lx.name_words() and rank(head_key) < FREQUENT:
        return m
    return ended_at(m, m.j, tokens.starts[last] + len(head), text)
