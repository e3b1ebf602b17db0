"""A word that says place, words that qualify it and a country: the country is the place.

The tagger marks «دومین ایالت بزرگ اندونزی», «شهرهای باختری افغانستان», «کشور جنگ زده یمن»
as one place no list holds, named by its words («بزرگ اندونزی», «جنگ زده یمن»). The lead
word there says a part of the country or the country itself, qualified: the place the text
names is the country (ARMAN's folds 1-2 tag the country alone, 3 times of 3). The country is
the mention, but after «کشور», which PEYMA takes in with its country («کشور افغانستان»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.named_places import PLACE_LEAD_KINDS
from khabar.extract.namewords import adjective
from khabar.extract.place_spans import FEATURE_LEADS

# the leads, and their plurals («شهرهای باختری افغانستان»), and «منطقه/مناطق/بخش»
_LEADS = frozenset(
    {
        *PLACE_LEAD_KINDS,
        *(lx.key(w) for w in "شهرهای استان‌های ایالت‌های منطقه مناطق بخش بخش‌های".split()),
    }
)
_COUNTRY_LEAD = lx.key("کشور")
_ISLAND = lx.key("جزیره")  # «جزیره بالی اندونزی»: an island is named, «بالی» no adjective
_QUALIFIERS_MOST = 3  # words between the lead and the country («جنگ زده», «بزرگ»)


def qualified_country(keys: list[str], i: int, j: int) -> tuple[int, lx.Entry] | None:
    """Where the tagger's place ``[i, j)`` is a lead (no island's), one to three words that
    qualify it (``_qualifiers``) and a listed country ending it: the mention's first token
    (the country's, or the lead's where it is «کشور») and the country."""
    if j - i < 3 or keys[i] not in _LEADS or keys[i] == _ISLAND:
        return None
    for k in range(i + 2, min(j, i + 2 + _QUALIFIERS_MOST)):
        hit = lx.places().match(keys, k)
        if hit and hit[0] == j and hit[1].kind == "country":
            if _qualifiers(keys[i + 1 : k]):
                return (i if keys[i] == _COUNTRY_LEAD else k), hit[1]
            return None
    return None


def _qualifiers(keys: list[str]) -> bool:
    """Words that qualify a lead: adjectives of frequent words («باختری», «آفریقائی»), a size
    («بزرگ»), a word of harm done («جنگ زده», «آشوب‌زده»), «بویژه» (the lead a region's of
    its own), none a listed place or a word that opens one."""
    for n, key in enumerate(keys):
        if key in _PLAIN or key in _QUARTERS:
            continue
        if key in _LEADS or key in FEATURE_LEADS or key in lx.place_words():
            return False
        if lx.places().match([key], 0) or key in lx.keyed_words("place_heads.txt"):
            return False
        harmed = key.endswith(_HARMED) or (n + 1 < len(keys) and keys[n + 1] == _HARMED)
        if not (adjective(key) or _of_a_place(key) or harmed):
            return False
    return True


def _of_a_place(key: str) -> bool:
    """An adjective of a listed place («آفریقایی», «اروپایی», «ایرانی»); not a place with
    its Ezafe («ایالت فلوریدای آمریکا»: Florida)."""
    if not key.endswith("ی") or key.endswith("های"):
        return False
    if key.endswith(("ای", "وی")) and not key.endswith(("ایی", "ائی")):
        return False
    stem = key[:-2] if key.endswith("یی") or key.endswith("ئی") else key[:-1]
    return lx.places().match([stem], 0) is not None


_HARMED = lx.key("زده")  # «جنگ‌زده», «جنگ زده», «زلزله‌زده»
_PLAIN = frozenset(lx.key(w) for w in "بزرگ کوچک بویژه به‌ویژه خصوصا".split())
_QUARTERS = frozenset(lx.key(w) for w in "شمالی جنوبی شرقی غربی باختری خاوری".split())
