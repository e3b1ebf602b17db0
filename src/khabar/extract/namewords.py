"""What the lexicons know of one word in a person's name: a name, an ordinary word, a verb,
or two words run together.

The learned tagger proposes names; these tests are the vetoes the lexicons add: «سکینه
عمومی» ends in an adjective, «افضلی برسد» in a verb, «بهروز نعمتیبه» in «نعمتی» glued to
«به». Word frequencies come from the ZWNJ lexicon (``zwnj_words.txt``: its ranks are those
of Hazm's word list and the shared news), so a frequent word is known as such.
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.text.zwnj import default_lexicon

SURNAME_ENDS = ("ی", "زاده", "پور", "فر", "نیا", "نژاد", "وند", "لو", "یان", "راد", "مقدم")
# nouns of action, never a family name's end: «ارزیابی», «جهت‌گیری», «خودداری»
_ACTION_ENDS = ("یابی", "گیری", "داری", "سازی", "رسانی", "گذاری", "بندی")
FREQUENT = 5000  # rank in the ZWNJ lexicon's word list under which a word is an ordinary one
RARE = 10**9


def rank(key: str) -> int:
    return default_lexicon().rank.get(key, RARE)


def name_word(key: str) -> bool:
    """A word that is a name itself: a listed given name, a word shaped like a family name
    that is no ordinary word or adjective («جهرمی», «خرم‌آبادی»; not «کاری», «سرپرستی»), or
    a title word that is one after a given name («عبدالرسول استوار»)."""
    if key in lx.first_names() or lx.honorifics().match([key], 0) is not None:
        return True
    shaped = _shaped(key) and key not in lx.common_words()
    return shaped and not adjective(key) and not no_name_end(key)


def _shaped(key: str) -> bool:
    return key.endswith(SURNAME_ENDS) and len(key) > 3 and not key.endswith("های")


# kin named before a name: «پدربزرگ رومینا» is no one called so
_KIN = frozenset(
    "پدر مادر پدربزرگ مادربزرگ برادر خواهر همسر دختر پسر فرزند عمو خاله عمه نوه".split()
)
# Arabic words of a verse quoted in the text («الذین», «معه»): no name holds them
_ARABIC = frozenset("الذین الذی التی معه علیه فیه منه انهم".split())


def no_name(key: str) -> bool:
    """A word no name holds: a plural («طرح‌های»), a word of an Arabic verse («الذین»)."""
    plural = key.endswith("های") and rank(key[:-3]) < FREQUENT  # not «خامنه‌ای»
    return key in _ARABIC or (plural and key not in lx.first_names())


@cache
def ordinary(key: str) -> bool:
    """An ordinary word, not a name: no listed given name, and a word of kin («پدربزرگ»)
    or a listed common word not shaped like a family name («بزرگ»; not «حسینی»)."""
    if key in lx.first_names() or key in lx.first_name_heads() or key in ("سید", "سیده"):
        return False
    if key in _KIN:
        return True
    return key in lx.common_words() and not _shaped(key)


def no_name_end(key: str) -> bool:
    """A noun of action («ارزیابی», «جهت‌گیری») or an adverb in «اً» written without its
    tanvin («حدودا»): words that never end a name."""
    if key.endswith(_ACTION_ENDS):  # but «جهانگیری» of «جهانگیر», «شریعتمداری»
        common = rank(key) < 2 * FREQUENT or rank(key) == RARE
        return common and key not in lx.first_names() and key[:-1] not in lx.first_names()
    stem = key[:-1]
    return (
        key[-1:] == "ا"
        and len(key) > 3
        and key not in lx.first_names()
        and stem not in lx.first_names()
        and rank(stem) < 4 * FREQUENT
    )


@cache
def adjective(key: str) -> bool:
    """An adjective in «ی» of a frequent word that is no given name or place («کاری»,
    «عمومی», «کوهی»; not «حسینی», «کاشانی», «لاریجانی»). Family names are made so too
    («حیاتی», «اسلامی»): this is a veto only where nothing else says name."""
    if key[-1:] != "ی" or key.endswith("های") or key in lx.first_names():
        return False
    stem = key[:-2] if key.endswith("یی") else key[:-1]
    return stem not in lx.first_names() and not _place(stem) and rank(stem) < FREQUENT


def _place(key: str) -> bool:
    hit = lx.places().match([key], 0)
    return hit is not None or lx.places().match(["شهر", key], 0) is not None


def verb(key: str) -> bool:
    """A verb form («می‌سپارم», «برسد», «بیاید», «نمی‌گفتند»); one in «ی» may be a family
    name («دوانی»)."""
    verbs = default_lexicon().verbs
    if key in verbs or key[-1:] == "ی" or key in lx.first_names():
        # a short or rare form is also a name («حاجی زاد», «زاده», «پسندیده», «انجم»)
        plain = key in verbs and key[-1] != "ی" and key not in SURNAME_ENDS
        return plain and len(key) > 3 and rank(key) < FREQUENT
    after_mi = default_lexicon().after_mi
    for prefix in ("نمی", "می", "ب", "ن"):  # continuous, subjunctive and negative forms
        rest = key[len(prefix) :]
        # «ب» and «ن» open names too («بهروز», «نادر»): the whole must be a known word
        known = len(prefix) > 1 or rank(key) < RARE
        if key.startswith(prefix) and len(rest) > 2 and known:
            if rest in verbs or rest in after_mi or (rest[0] == "ی" and "آ" + rest[2:] in verbs):
                return True
    return False


@cache
def glued(word: str) -> bool:
    """Two words run together: a word glued to a function word or a post («نعمتیبه»,
    «فاضلیوی», «روحانیدبیرکل»), a given name to a known family name («روحالهلطیفی»), or
    a word written twice («سندرزسندرز»). A ZWNJ is a join made on purpose: «فتحعلی‌بیگی»."""
    key = lx.key(word)
    if key in lx.first_names() or rank(key) < RARE:
        return False
    half = len(key) // 2
    if len(key) % 2 == 0 and key[:half] == key[half:] and half > 2:
        return True
    for cut in range(3, len(key) - 1):
        head, tail = key[:cut], key[cut:]
        if head[-1] == "ی" and (tail in _tails() or (len(head) > 3 and _given(tail))):
            return True  # «نعمتیبه», «نجومیمسعود»
        # a given name glued to a family name in «ی» («روحالهلطیفی»), not «محمودآبادی»
        if len(head) > 4 and head in lx.first_names() and len(tail) > 3 and tail[-1] == "ی":
            if "\u200c" in word:
                return False
            return not tail.startswith(("آباد", "اباد")) and rank(tail) < RARE
    return False


def _given(key: str) -> bool:
    return len(key) > 3 and lx.first_names().get(key) is False


@cache
def _tails() -> frozenset[str]:
    """Words that follow a name and, glued to it, show two words run together: a
    preposition or «وی», a post, a credit («تهیه‌کننده»)."""
    heads = {k for k in lx.post_heads().root if isinstance(k, str) and len(k) > 2}
    return frozenset(heads | {"به", "وی", "در", "از", "را", "که", "گفت", *_CREDITS})


_CREDITS = ("تهیهکننده", "کارگردان", "نویسنده", "بازیگر", "دبیرکل", "آهنگساز", "تدوین")
