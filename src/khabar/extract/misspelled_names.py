"""A family name written once with a letter off, alone: «عزیرپور» of «ابراهیم عزیزپور»,
«نوروزی» of «حسن نوروی», «گودروزی» of «عزیز‌الله گودرزی». News types a long family name
wrong as often as its reader reads past it; the lone name is the one person's of the article
whose family name it is but for one letter, when no one has it as written. A given name typed
so beside the family name of another of the article («طبیه سیاوشی» of «طیبه سیاوشی», «اصفر
فرهادی» of «اصغر فرهادی», «ولادیمر پوتین» of «ولادیمیر پوتین»), a letter off or two next to each
other swapped, is that person's too, when the list of given names holds the one and not the
other."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.name_merges import merge
from khabar.extract.namewords import LINEAGE
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry

_LEAST = 5  # letters of both names: a shorter one is another's with a letter off too often
# letter that opens both as written: a typo falls inside a name, another name differs at
# its head («خمینی» beside «علی امینی», «جیرانی» beside «امینی تیرانی»)
_HEAD = 1


def one_letter_off(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    return short[k:] == long_[k + 1 :]


def merge_misspelled(reg: Registry, posts: list[PostMention]) -> None:
    """Each person named by one word alone that is the family name of one person named in
    full but for one letter joins that person (and the posts of ``posts`` held by the one are
    the other's), when no one named in full has the word as written."""
    names = {pkey: lx.phrase_keys(p.name) for pkey, p in reg.persons.items()}
    full: dict[str, set[str]] = {}
    for pkey, words in names.items():
        if len(words) > 1 and not LINEAGE.intersection(words):  # «محمد بن مسعود»: no «مسعودی»
            full.setdefault(words[-1], set()).add(pkey)
    alone = [(words[0], pkey) for pkey, words in names.items() if len(words) == 1]
    if not full or not alone:  # most articles: nothing to join
        return
    for key, short in alone:
        if key in full or not _may_be_misspelled(key):
            continue
        found = {
            h
            for last, held in full.items()
            if len(last) >= _LEAST and last[:_HEAD] == key[:_HEAD] and one_letter_off(last, key)
            for h in held
        }
        if len(found) == 1:
            merge(reg, short, found.pop(), posts=posts)


def _may_be_misspelled(key: str) -> bool:
    """A word long enough, no given name («سلمان» of «علی سلمانی», «سلیمان» of «قاسم
    سلیمانی») and no common word; a frequent one may be a family name too («نوروزی»)."""
    if len(key) < _LEAST or key in lx.common_words():
        return False
    given = (lx.first_names(), lx.more_given_names(), lx.foreign_given_names())
    return not any(key in names for names in given)


def swapped(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by two letters next to each other changing places («طبیه»,
    «طیبه»)."""
    if len(a) != len(b) or a == b:
        return False
    at = [k for k, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(at) == 2 and at[1] == at[0] + 1 and a[at[0]] == b[at[1]] and a[at[1]] == b[at[0]]


_LEAST_GIVEN = 4  # a shorter given name is another's with a letter off too often («علی», «عالی»)


def _listed_given(key: str) -> bool:
    """A given name of the main list or another language's: not ``more_given_names``, which
    holds the common misspellings too («طبیه», «اصفر»)."""
    return key in lx.first_names() or key in lx.foreign_given_names()


def merge_misspelled_given(reg: Registry, posts: list[PostMention]) -> None:
    """Each person named in full whose given name is not listed joins the one person of the
    same family name whose listed given name it is but for a letter changed, added or dropped,
    or two next to each other swapped (and the posts of ``posts`` held by the one are the
    other's). Two listed given names are two people («سامان سالور», «ساسان سالور»; «محمد»,
    «محمود»)."""
    names = {pkey: lx.phrase_keys(p.name) for pkey, p in reg.persons.items()}
    full = [(pkey, words) for pkey, words in names.items() if len(words) > 1]
    if len(full) < 2:  # most articles: nothing to join
        return
    for pkey, words in full:
        given = words[0]
        if _listed_given(given) or len(given) < _LEAST_GIVEN or LINEAGE.intersection(words):
            continue
        found = {
            other
            for other, theirs in full
            if other != pkey
            and theirs[1:] == words[1:]
            and _listed_given(theirs[0])
            and (one_letter_off(theirs[0], given) or swapped(theirs[0], given))
        }
        if len(found) == 1 and pkey in reg.persons:
            merge(reg, pkey, found.pop(), rename=False, posts=posts)
