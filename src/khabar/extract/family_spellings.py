"""One family name written in several ways within an article: as one word or two («خرم
آبادی», «خرم‌آبادی»), with or without Arabic's article («البیاتی», «بیاتی»), alone or after
the given name it was first written with («محمد مویدی خرم آبادی» ... «مویدی خرم‌آبادی»)."""

from __future__ import annotations

from collections.abc import Iterable

from khabar.extract import lexicons as lx
from khabar.extract.glued_names import name_keys
from khabar.extract.namewords import FREQUENT, rank
from khabar.extract.people import Mention, first_name_at, spelled_person_key, stopwords
from khabar.text.segment import TokenColumns

ARTICLE = "ال"
_MIN_BARE = 4  # letters of a family name without its article


def other_forms(key: str) -> str:
    """The family name with Arabic's article if it has none, else without it; itself when
    the word without the article is an ordinary word, a given name or too short to tell
    («البر», «الحسن», «الشام» are no «بر», «حسن», «شام»)."""
    bare = key[len(ARTICLE) :] if key.startswith(ARTICLE) else key
    if len(bare) < _MIN_BARE or rank(bare) < FREQUENT or bare in lx.common_words():
        return key
    if bare in lx.first_names() or bare in stopwords():
        return key
    return bare if key.startswith(ARTICLE) else ARTICLE + key


def spelling_index(surnames: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Each family name's spellings (joined, with or without the article) -> the family
    names of ``surnames`` written so."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for s in surnames:
        joined = "".join(s)
        for form in dict.fromkeys((joined, other_forms(joined))):
            index.setdefault(form, []).append(s)
    return index


def family_owners(
    multi: list[Mention], tokens: TokenColumns, keys: list[str]
) -> dict[str, tuple[str, str]]:
    """Family names written after a given name (joined, without spaces) -> the key and name
    of the one person so named; a family name two persons share is left out. One word there
    may be two alone («غلامعلی حدادعادل» ... «حداد عادل»). A listed figure's full name of
    three words opens with his given name, listed or not («مولود چاووش اوغلو» ... «چاووش
    اوغلو», «جان مک کین» ... «مک کین»)."""
    owners: dict[str, tuple[str, str]] = {}
    shared: set[str] = set()
    for m in multi:
        words = name_keys(m, tokens, keys)
        given = first_name_at(words, 0) or _figure_given(words)
        if not given or len(words) == given:
            continue
        family = "".join(words[given:])
        owner = (spelled_person_key(m.name), m.name)
        if owners.setdefault(family, owner)[0] != owner[0]:
            shared.add(family)
    return {f: o for f, o in owners.items() if f not in shared}


def _figure_given(words: list[str]) -> int:
    """1 when ``words`` are all of a listed figure's full name of three words or more, whose
    first word is his given name; else 0."""
    if len(words) < 3:
        return 0
    hit = lx.foreign_figures().match(words, 0)
    return int(hit is not None and hit[0] == len(words))
