"""What the lexicons say is no name of the tagger's alone: an ordinary word at its edge
(«ویروس کرونا»), two words run together, Arabic text, a cited outlet, a product's code, an
acronym spelled out, a citation's place of publication.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.arabic_text import in_verse
from khabar.extract.clause_words import CLOSING_QUOTE, COMMAS, LIST_SEPARATORS
from khabar.extract.glued_words import glued
from khabar.extract.name_edges import comparative, royal
from khabar.extract.namewords import (
    FREQUENT,
    RARE,
    SAYYID,
    adjective,
    arabic_nisba,
    arabic_written,
    before_light_verb,
    cited_source,
    company_form,
    family_parts_apart,
    foreign_opening,
    home_place,
    light_verb,
    listed_family,
    name_word,
    no_name_end,
    ordinary,
    ordinary_edge,
    product_code,
    rank,
    unknown_word,
    verb,
    word_rank,
)
from khabar.extract.no_name_words import no_name, no_person_word
from khabar.extract.people import HOLY_TITLES, first_name_at, stopwords
from khabar.extract.spelled_letters import spelled_letters, spelled_opening
from khabar.text.segment import TokenColumns


def no_tagged_name(
    tokens: TokenColumns, keys: list[str], i: int, j: int, town_person: bool = False
) -> bool:
    """What the lexicons say is no name of the tagger's: one opening with an ordinary word
    («ویروس کرونا»), holding two words run together or a plural, ending in an ordinary word
    or an adjective («رفیع شهادت», «سکینه عمومی»), or opening with an Iranian town's name,
    unless ``town_person``: the town's name is a family name the article gives a person."""
    foreign = foreign_opening(keys, i, j)  # «بن افلک»: «بن» a word and a town too
    foreign = foreign or arabic_nisba(keys, i, j)  # «حکمت العزاوی»
    patronym = _patronym(tokens.words, keys, i, j)  # «زائد بن سلطان»: «زائد» a word too
    foreign = foreign or patronym
    if ordinary(keys[i]) and not foreign:
        return True
    if any(glued(tokens.words[k]) or no_name(keys[k]) for k in range(i, j)):
        return True
    if arabic_written(tokens.words, keys, i, j) or no_person_word(tokens.words, keys, i, j):
        return True  # «قالوا ربنا أمتنا ...»: Arabic text
    if patronym:
        return False  # «حمد بن خلیفه»: son of, an Arab's name, though its words are words
    # «علی‌اکبر داور وزیر دارایی», «حجت نظری عضو شورای شهر»: a post's holder; not where a
    # name's word before it shows the tagger cut a name («حداد | عادل نامه»)
    if j - i == 2 and keys[i] in lx.first_names() and post_after(keys, j):
        before = keys[i - 1] if i else ""
        if before not in lx.family_name_words() or before in lx.common_words():
            return False
    if cited_source(tokens.words, keys, i) or product_code(tokens.words, j):
        return True  # «به نقل از "هلث لاین"», «هایما توربو S۵»
    if counted(tokens.words, keys, i):
        return True  # «یک هزار و 260 | مددجوی اسفراینی»: the noun a number counts
    if any(company_form(k) for k in keys[i : j + 1]):
        return True  # «امریکن ایرلاینز», «لستر | سیتی»: a company's or a club's form names it
    if any(w.endswith(_PLURAL_PRONOUNS) for w in tokens.words[i:j]):
        return True  # «ویلاهای‌شان فراخ است»: a plural with its pronoun
    if spelled_letters(tokens.words[i:j]) or spelled_opening(tokens.words[i:j]):
        return True  # «ای بی‌سی نوشت», «اس پی دی آر گلد تراست»: an acronym, a fund's name
    if publication_place(tokens.words, keys, j):
        return True  # «نجف اشرف: دارالعلم»
    if subject_book(keys, i, j):
        return True  # «کتاب پزشکی هاریسون»: a textbook, named by its subject and its author
    if home_place(keys[i]) and not foreign and not town_person:
        return True  # «خاش روتک»: an Iranian town opens no name
    if in_verse(tokens.words, keys, i, j):
        return True  # «الذین معه اشدا علی الکفار»
    if given_and_word(tokens, keys, i, j):
        return False  # «محسن مخملباف», «اسداله علم»: a family name that is a word too
    if ordinary_edge(keys, i, j) and not listed_item(keys, i, j):
        return True  # «کرونا زده»
    # after a given name that is no word, a rarer word ends a name: «محمدجواد ظریف»
    given = lx.first_names().get(keys[i]) is False and rank(keys[j - 1]) >= 3000
    if j - i == 2 and lx.first_names().get(keys[i]) is False and royal(keys, j - 1):
        return False  # «رضا شاه», «ناصرالدین شاه»: a king's name
    last = keys[j - 1]  # «پلاسکو زیباتر»
    if j - i == 2 and listed_family(keys, i):
        return False  # «مهران مدیری», «بهمن پناهی»: a given name and a family name
    if j - i in (2, 3) and family_parts_apart(keys, i):
        return False  # «کریم انصاری | فرد»: its ending written apart (``with_family_parts_apart``)
    if j - i == 3 and keys[i] in SAYYID and listed_family(keys, i + 1):
        return False  # «سید ابراهیم حکمت»: the same after «سید»
    return j - i > 1 and not given and (ordinary(last) or adjective(last) or comparative(last))


def counted(words: list[str], keys: list[str], i: int) -> bool:
    """A number in digits right before token ``i``, a known noun with its Ezafe written
    there, a word the lexicon does not know («260 | مددجوی اسفراینی»): the noun it counts.
    PEYMA's training part opens a person after a number 3 times in 3,900; a name's first
    word after one («1381 -7 | بلوریان تهرانی», «4 بر 2 | مغلوب ...») is left to the tagger."""
    if not i or not words[i - 1].isdigit():
        return False
    key = keys[i]
    return key.endswith("ی") and rank(key) >= RARE and rank(key[:-1]) < RARE


def could_be_family_name(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """The word at token ``k`` may be a family name after a given name though the language
    uses it too: letters only, and no function word, verb, light verb, adjective, noun of
    action or word with an ending («جوادمان»)."""
    key = keys[k]
    if not tokens.words[k].isalpha() or key in stopwords():
        return False
    return not (verb(key) or light_verb(key) or adjective(key) or no_name_end(key))


def given_and_word(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """The tagger's whole span ``keys[i:j]``: a listed given name that is no word and, where
    the tagger ends the name, a frequent word no name is known to hold, past the commonest
    words, no verb, adjective or word with an ending: the family name, though the language
    uses the word too, where a post, a reporting verb or quotes bound it («محمد ظاهر، شاه
    سابق», «اسداله علم پرسید», «"معصومه ابتکار" عضو»; not «خداداد نفت», «زهرا منزلشان»)."""
    if j - i != 2 or lx.first_names().get(keys[i]) is not False:
        return False
    last = keys[i + 1]
    if not could_be_family_name(tokens, keys, i + 1) or not unknown_word(last):
        return False
    if not word_rank(last) == rank(last) >= _COMMONEST:
        return False
    if lx.post_heads().match(keys, i + 1) or lx.honorifics().match(keys, i + 1):
        return False
    if before_light_verb(keys, j) or lx.honorifics().match(keys, j):
        return False
    # and the text says a person ends there: a post after it (past a comma), a reporting
    # verb, or quotes around it; not a story's «رضا داخل کوچه شد», «علی رغم»
    quoted = (
        i > 0
        and tokens.words[i - 1] in CLOSING_QUOTE
        and j < len(keys)
        and keys[j] in CLOSING_QUOTE.values()
    )
    # a noun before takes the words for its complement: «بر رعایت حسن خلق عنوان کرد»
    opens = i == 0 or not tokens.words[i - 1].isalpha() or keys[i - 1] in stopwords()
    reports = opens and lx.reporting_verbs().match(keys, j) is not None
    return quoted or post_after(keys, j) or reports


_COMMONEST = 500  # the language's commonest words («موضوع», «نفت», «نفر») end no name


def _patronym(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """``words[i:j]`` name a son or daughter of someone, the Arab way: a word, «بن» or
    «بنت» and a word at least («حمد بن خلیفه آل‌ثانی», «زائد بن سلطان آل نهیان»); the first
    a name's word or a word the news writes rarely, not «تصویر بن سلمان» (a picture of him),
    «دوربین بن دیویس» (Ben Davis's camera)."""
    if j - i < 3 or not all(w.replace("\u200c", "").isalpha() for w in words[i:j]):
        return False
    if keys[i] not in lx.name_words() and rank(keys[i]) < FREQUENT:
        return False
    return son_of_within(keys, i, j)


def son_of_within(keys: list[str], i: int, j: int) -> bool:
    """«بن» or «بنت», son or daughter of, stands inside ``keys[i:j]``, a word on each side."""
    return any(keys[k] in _SON_OF for k in range(i + 1, j - 1))


_SON_OF = frozenset({"بن", "بنت"})
_JOINS = LIST_SEPARATORS


def listed_item(keys: list[str], i: int, j: int) -> bool:
    """A given name no word and a word less frequent than the commonest, ``keys[i:j]``,
    after «،» or «و» and a given name and its family name: the next item of a list of
    persons, though its last word is a word too («مهدی احمدی و پریوش نظریه», «فریبا خالدی
    و الهه عمرو»); not «حسن اجرای قانون», whose given name is a word and its next word
    among the commonest."""
    if j - i != 2 or i < 3 or keys[i - 1] not in _JOINS:
        return False
    names = lx.first_names()
    if names.get(keys[i]) is not False or names.get(keys[i - 3]) is not False:
        return False
    before, last = keys[i - 2], keys[i + 1]
    return (
        rank(last) >= _COMMONER
        and not adjective(last)
        and (name_word(before) or before in lx.family_name_words())
    )


_COMMONER = 2000


def post_after(keys: list[str], j: int) -> bool:
    """A post opens at token ``j``, or after a comma there: the name before it holds it."""
    if j < len(keys) and keys[j] in COMMAS:
        j += 1
    return j < len(keys) and lx.post_heads().match(keys, j) is not None


_PLURAL_PRONOUNS = ("های\u200cشان", "های\u200cمان", "های\u200cتان")
_PUBLISHERS = frozenset({"انتشارات", "نشر", "مکتبه", "موسسه", "دفتر", "چاپخانه"})


def publication_place(words: list[str], keys: list[str], j: int) -> bool:
    """A citation's place of publication, before «:» and its publisher («قم: دارالفکر»,
    «تهران: انتشارات ...»)."""
    if j + 1 >= len(keys) or words[j] != ":":
        return False
    return keys[j + 1].startswith("دارال") or keys[j + 1] in _PUBLISHERS


_BOOK = lx.key("کتاب")


def subject_book(keys: list[str], i: int, j: int) -> bool:
    """The tagger's name ``[i, j)`` right after «کتاب», opening with one of the language's
    frequent words that no given name, title or post opens: a textbook named by its subject
    and its author («کتاب پزشکی هاریسون را می‌سوزانند», Harrison's medicine), no person; a
    book named by whom it is of stays («کتاب بولتون», «کتاب امام خمینی»)."""
    first = keys[i]
    return (
        i > 0
        and keys[i - 1] == _BOOK
        and j - i > 1
        and rank(first) < FREQUENT
        and first not in lx.first_names()
        and first not in lx.first_name_heads()
        and first not in SAYYID
        and first not in HOLY_TITLES
        and lx.honorifics().match(keys, i) is None
        and lx.post_heads().match(keys, i) is None
    )


def post_inside(keys: list[str], i: int, j: int) -> bool:
    """A post's word in the tagger's name ``[i, j)``: no person's name («وزیر خارجه»), but
    a one-word post that family names hold too, between the given name opening the name and
    a word of a name, is the family name's («گلنار وکیل گیلانی»; «قاضی», «خطیب», «استاد»)."""
    for k in range(i, j):
        hit = lx.post_heads().match(keys, k)
        if hit is None:
            continue
        one_word = hit[0] == k + 1 < j and keys[k] in lx.family_name_words()
        if not (one_word and 0 < first_name_at(keys, i) <= k - i and name_word(keys[k + 1])):
            return True
    return False
