"""The names of a list a plural noun of persons leads with «چون», «همچون», «مانند», «مثل» or
«نظیر»: «هنرمندانی چون استاد افتخاری ، اخشابی ، افشار ، امامی ، کریم خوانی ، فانی ، عزیزی ،
مسعودی و کرمی در این جشنواره ...», «بازیکنانی نظیر قائدی و غفوری».

The noun says its items are persons («هنرمندان», «بازیکنان», «چهره‌ها», «افراد»), as «آقایان»
does for the list after it (``titled_lists``), so family names alone stand there though they
are ordinary words or given names too («افشار», «عزیزی»). The list runs item by item, a person
found or one to three words a name in a list may hold, between «،» or «و»; it ends at the
first word no name holds. It is read only where three items or more stand and one of them is
a person found («شهرهایی چون ...» leads no persons; «افرادی چون او» lists none), or where
every item not found is one word a family name alone may be («افرادی مانند پلخانف»,
«مربیانی همچون شفر، دنیزلی و کالدرون»), the plural noun's persons. A given name
alone between two items is passed over, no person by khabar's conventions, and the list runs
on past it («خوانندگانی چون ... ، الهه ، پوران ، بنان ، گلپا ، ایرج و دیگران»: «بنان», «گلپا»).
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.called_names import person_nouns
from khabar.extract.clause_words import COMMAS
from khabar.extract.list_items import item_word, name_words
from khabar.extract.namewords import SURNAME_ENDS, adjective
from khabar.extract.people import (
    Mention,
    full_names_families,
    held_tokens,
    stopwords,
    untitled_mention,
    with_added,
)
from khabar.text.segment import TokenColumns

_LIKE = frozenset(lx.key(w) for w in ("چون", "همچون", "مانند", "مثل", "نظیر"))
_AND = "و"
_PLURAL_ENDS = ("انی", "هایی", "ان", "های", "ها")
# nouns of persons a list is led by besides those «به نام» names after (``called_persons.txt``)
_MORE_NOUNS = frozenset(
    lx.key(w) for w in ("چهره", "شخصیت", "بزرگ", "ستاره", "نوازنده", "خلبان", "آهنگساز")
)
# broken plurals («افراد», «اساتید», «اشخاص») with the indefinite «ی» or without, and «کسانی»
# (people)
_BROKEN = frozenset(
    lx.key(w) for w in ("افراد", "افرادی", "اساتید", "اساتیدی", "اشخاص", "اشخاصی", "کسانی")
)
_ITEM_WORDS = 3
_LEAST_ITEMS = 3


def with_led_lists(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the names of the lists a plural noun of persons leads that no rule
    took."""
    heads = [k for k in lx.positions(keys, _LIKE) if _led(tokens, keys, k)]
    if not heads:
        return mentions  # most articles
    by_start = {m.ti: m for m in mentions}
    used = held_tokens(mentions)
    # a family name alone of a person named in full is left to the rules that join it to
    # him (``surname_mentions``), as after a plural title
    families = full_names_families(keys, mentions)
    added: list[Mention] = []
    for h in heads:
        items = _items(tokens, keys, h + 1, by_start, _noun_of(keys, h), families)
        if len(items) < _LEAST_ITEMS or all(found is not True for _, _, found in items):
            if not _lone_family_names(tokens, keys, items, families):
                continue
        for i, j, found in items:
            if (
                found is not False
                or (j - i == 1 and keys[i] in families)
                or not used.isdisjoint(range(i, j))
            ):
                continue
            added.append(untitled_mention(tokens, text, i, j))
            used.update(range(i, j))
            if j - i > 1:
                families.add(keys[j - 1])  # a later list may name him alone
    if not added:
        return mentions
    return with_added(mentions, added)


def _lone_family_names(
    tokens: TokenColumns,
    keys: list[str],
    items: list[tuple[int, int, bool | None]],
    families: set[str] | frozenset[str] = frozenset(),
) -> bool:
    """Every item not found is one word a family name alone may be (``name_words``: a listed
    family name's word or a word the news writes rarely, no common word, adjective or given
    name): «افرادی مانند پلخانف», «مربیانی همچون شفر، دنیزلی و کالدرون», «افرادی چون
    جهانگیری»; the plural noun says they are persons, however few and though none is found.
    So is a word of a family name's shape no list holds as a word, however often the news
    writes it («افرادی چون آغاجری»), the family name of one the article names in full
    («کسانی چون مبلغ، صفری و ...» after «مرتضی مبلغ»), a listed family name after such a
    one, and an unambiguous given name before one word («افرادی چون مرتضی مبلغ که ...»)."""
    unfound = [(i, j) for i, j, found in items if found is False]
    if not unfound:
        return False
    named = any(j - i == 1 and keys[i] in families for i, j in unfound)
    return all(_family_item(tokens, keys, i, j, families, named) for i, j in unfound)


def _family_item(
    tokens: TokenColumns,
    keys: list[str],
    i: int,
    j: int,
    families: set[str] | frozenset[str],
    named: bool,
) -> bool:
    key = keys[i]
    if j - i == 2:
        return _given_and_word(tokens, keys, i)
    if j - i != 1 or _ezafe_plural(key):
        return False
    if name_words(tokens.words, keys, i, j) or key in families:
        return True
    if named and key in lx.family_name_words() and _plain_word(tokens, keys, i):
        return True  # «مبلغ، صفری و ...»: the list of a person named in full
    return _family_shaped(tokens, keys, i)


def _unlisted_item(
    tokens: TokenColumns, keys: list[str], i: int, families: set[str] | frozenset[str]
) -> int:
    """The end of an item at ``i`` that no list of words makes a name but the list's noun
    does (``_family_item``): an unambiguous given name and a word («مرتضی مبلغ»), a word of
    a family name's shape that is no word («آغاجری»), the family name of one named in full
    («مبلغ»); ``i`` for any other word."""
    if i + 1 < len(keys) and _given_and_word(tokens, keys, i):
        return i + 2
    if (keys[i] in families and _plain_word(tokens, keys, i)) or _family_shaped(tokens, keys, i):
        return i + 1
    return i


def _given_and_word(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """An unambiguous given name at ``i`` and a plain word after it («مرتضی مبلغ»)."""
    return lx.first_names().get(keys[i]) is False and _plain_word(tokens, keys, i + 1)


def _family_shaped(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """A plain word of a family name's shape at ``i`` that is no common word nor adjective,
    however often the news writes it («آغاجری»)."""
    key = keys[i]
    return (
        key.endswith(SURNAME_ENDS)
        and _plain_word(tokens, keys, i)
        and key not in lx.common_words()
        and not adjective(key)
    )


def _plain_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` is a word of letters that no list holds as a function word, a given name
    or a place."""
    key = keys[k]
    return (
        tokens.words[k].isalpha()
        and key not in stopwords()
        and key not in lx.first_names()
        and key not in lx.place_words()
        and lx.places().match(keys, k) is None
    )


def _ezafe_plural(key: str) -> bool:
    """A word in «ای» no list holds as a name's: a broken plural with its ezafe, the head of
    the words after it («افرادی مانند مرتضی آقاتهرانی و رفقای پایداری‌اش»), not a name."""
    return key.endswith("ای") and key not in lx.name_words()


def _led(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """The word «چون», «مانند» ... at ``k`` follows a plural noun of persons, or one and an
    adjective with the indefinite «ی» («خلبانان شاخصی چون», «بازیکنان خوبی مثل»)."""
    if k > 0 and (plural_of_persons(keys[k - 1]) or _one_of_persons(keys[k - 1])):
        return True
    return k > 1 and _described(tokens, keys, k - 1) and _bare_plural(keys[k - 2]) is not None


def _described(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` may be an adjective with the indefinite «ی» after a plural noun: a word of
    letters ending in «ی», no function word («خوبی», «شاخصی», «برجسته‌ای»)."""
    key = keys[k]
    return key.endswith("ی") and key not in stopwords() and tokens.words[k].isalpha()


def _bare_plural(key: str) -> str | None:
    """The noun of a plural of persons with no indefinite «ی» («خلبانان», «چهره‌های»), which
    an adjective follows; None for any other word."""
    for e in ("ان", "های", "ها"):
        if key.endswith(e) and key[: -len(e)].rstrip("\u200c") in _nouns():
            return key[: -len(e)].rstrip("\u200c")
    return None


def _noun_of(keys: list[str], k: int) -> str | None:
    """The singular of the plural noun that leads the list at ``k`` («خلبان» of «خلبانان
    شاخصی چون»), which its items may repeat before each name; None for a broken plural."""
    for at in (k - 1, k - 2):
        if at >= 0 and (noun := _bare_plural(keys[at])) is not None:
            return noun
        if at >= 0 and plural_of_persons(keys[at]):
            for e in _PLURAL_ENDS:
                if keys[at].endswith(e) and keys[at][: -len(e)] in _nouns():
                    return keys[at][: -len(e)]
    return None


def plural_of_persons(key: str) -> bool:
    """A plural noun of persons: «هنرمندانی», «بازیکنان», «چهره‌هایی», «افرادی»."""
    if key in _BROKEN:
        return True
    if any(key.endswith(e) and key[: -len(e)] + "ه" in _nouns() for e in _GAN_ENDS):
        return True  # «خوانندگانی», «نویسندگان»: a noun ending in «ه» makes it «گان»
    return any(key.endswith(e) and key[: -len(e)] in _nouns() for e in _PLURAL_ENDS)


_GAN_ENDS = ("گانی", "گان")


def _one_of_persons(key: str) -> bool:
    """One person with the indefinite «ی»: «بازیکنی مثل دیاباته», «شخصی چون آغاجری», «کسی
    مانند ...» (one such as X). Only these: most nouns of persons with «ی» are a field or an
    adjective too («تجهیزات پزشکی همچون ونتیلاتور», «کارگردانی»), and «شخصیتی چون» leads an
    epithet as often as a name («شخصیتی چون امیرالمومنین»)."""
    return key in _ONE_OF_PERSONS


_ONE_OF_PERSONS = frozenset(lx.key(w) for w in ("کسی", "شخصی", "بازیکنی"))


@cache
def _nouns() -> frozenset[str]:
    return person_nouns() | _MORE_NOUNS


def _items(
    tokens: TokenColumns,
    keys: list[str],
    i: int,
    by_start: dict[int, Mention],
    noun: str | None = None,
    families: set[str] | frozenset[str] = frozenset(),
) -> list[tuple[int, int, bool | None]]:
    """The items of the list opening at ``i``: first and end token of each and whether it is
    a person found (None: a given name alone, passed over); the list ends at an item no name
    may be, or after the one «و» joins."""
    out: list[tuple[int, int, bool | None]] = []
    n = len(keys)
    last = False
    while i < n:
        found: bool | None
        if i in by_start:
            j, found = by_start[i].j, True
        elif out and _given_between(tokens, keys, i):
            j, found = i + 1, None  # «... ، الهه ، پوران ، بنان»: passed over, the list runs on
        else:
            if noun is not None and keys[i] == noun and i + 1 < n:
                i += 1  # «خلبانان شاخصی چون ... ، خلبان ضرابی»: the noun before each name
            i = _past_titles(keys, i)  # «حضرات آیات انگجی»: the name after its titles
            j, found = i, False
            while j < n and j - i < _ITEM_WORDS and item_word(tokens, keys, j, j > i):
                j += 1
            # the longest words that make a name: the last item may run into the sentence
            j = next((t for t in range(j, i, -1) if _name(tokens, keys, i, t)), i)
            if j == i:
                j = _unlisted_item(tokens, keys, i, families)
            if j == i:
                break
        out.append((i, j, found))
        j = _past_aside(keys, j)  # «تیمسار برات‌پور ( طراح حمله اچ 3 ) ، خلبان ضرابی»
        if last or j >= n:
            break
        if keys[j] in COMMAS:
            i = j + 1
        elif keys[j] == _AND:
            i, last = j + 1, True
        else:
            break  # the list's last item, the sentence's words after it
    return out


def _given_between(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Token ``i`` is a given name alone with a separator or «و» after it, within a list."""
    n = i + 1
    return (
        n < len(keys)
        and (keys[n] in COMMAS or keys[n] == _AND)
        and (keys[i] in lx.first_names() or keys[i] in lx.foreign_given_names())
        and tokens.words[i].isalpha()
    )


def _past_aside(keys: list[str], j: int) -> int:
    """The token past a bracketed aside of a few words that opens at ``j`` and a separator
    follows (an item's role: «( طراح حمله اچ 3 ) ،»); else ``j``."""
    if j >= len(keys) or keys[j] != "(":
        return j
    end = next((t for t in range(j + 1, min(len(keys), j + _ASIDE)) if keys[t] == ")"), None)
    if end is None or end + 1 >= len(keys) or keys[end + 1] not in COMMAS:
        return j
    return end + 1


_ASIDE = 9  # tokens of a bracketed aside after an item, brackets included


def _past_titles(keys: list[str], i: int) -> int:
    """The token past the titles that open at ``i``, plural ones too («حضرات آیات»)."""
    while i < len(keys):
        if keys[i] in _PLURAL_TITLES:
            i += 1
        elif (m := lx.honorifics().match(keys, i)) is not None:
            i = m[0]
        else:
            break
    return i


_PLURAL_TITLES = frozenset(lx.key(w) for w in ("حضرات", "آیات", "آقایان", "خانم‌ها", "خانمها"))


def _name(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """Words a list of persons makes a name: words of a name (``name_words``), or a listed
    family name alone though it is an ordinary word too («افشار», «فانی»), but no given name
    alone («مهدی» of «مهدی | شیخ», a title after it)."""
    k = keys[i]
    if j - i == 1 and k in lx.family_name_words() and k not in stopwords():
        return k not in lx.first_names()
    return name_words(tokens.words, keys, i, j)
