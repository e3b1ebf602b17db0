"""Whose country a post is: the countries a post names, and whether a person of the article
may hold a post of another country than Iran.

In Persian news a state's post named bare («رئیس مجلس», «وزیر امور خارجه», «سفیر») is Iran's,
never the post of another country a longer wording names («رئیس مجلس ملی کره جنوبی»); a post
of another country is taken from the text around it only by one the article shows as of that
country, and never by an official of Iran («خاتمی» is no «امیر قطر»).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, PREPOSITIONS
from khabar.extract.namewords import RARE, rank
from khabar.extract.people import foreign_country_at, own_country, post_key
from khabar.extract.registry import Registry


def countries_in(post: tuple[str, ...]) -> set[str]:
    """The countries a post names («سفیر آمریکا در برلین» -> {آمریکا}), one run into the
    word before it too («سخنگوی وزارت خارجهعراق»: the source glues words)."""
    out = set()
    for at in range(len(post)):
        m = lx.places().match(list(post), at)
        if m and m[1].kind == "country":
            out.add(m[1].name)
        elif country := _glued_country(post[at]):
            out.add(country)
    return out


def _glued_country(key: str) -> str | None:
    """The country whose name ends ``key`` after a common word, where ``key`` is no word of
    its own («خارجهعراق» -> «عراق»), or None."""
    if len(key) < 6 or key in lx.common_words() or rank(key) < RARE:
        return None
    for cut in range(3, len(key) - 2):
        if key[:cut] in lx.common_words():
            m = lx.places().match([key[cut:]], 0)
            if m and m[0] == 1 and m[1].kind == "country":
                return m[1].name
    return None


# Offices of a state that one person holds, one at a time: the president is not a minister.
STATE_OFFICES = {"رییسجمهور", "رییسجمهوری", "نخستوزیر", "صدراعظم", "وزیر", "پادشاه", "ولیعهد"}


def of_its_country(
    reg: Registry, pkey: str, countries: set[str], keys: Sequence[str] | None = None
) -> bool:
    """Whether a post naming ``countries`` may be taken by ``pkey`` from the text around it:
    a post of another country than Iran only by one the article shows as of that country,
    named by a given name of another language or as a foreign figure (``named_abroad``),
    holding a post of that country already, or with the country named in their own clause
    (``_country_beside``: «یی گانگ با برشمردن ... اقدامات بانک مرکزی چین ... گفت»). Someone
    named with no such sign («سیدعباس موسوی نوشت», «قصی الانباری از رهبران سازمان الحشد
    الشعبی گفت») is not «سفیر چین» or «نخست‌وزیر پاکستان» because named right after it."""
    abroad = countries - {"ایران"}
    if not abroad:
        return True
    if of_iran(reg, pkey):
        return False
    if named_abroad(reg, pkey):
        return keys is None or not shown_of_another(reg, keys, pkey, abroad)
    if any(
        countries_in(post_key(lx.phrase_keys(held))) & abroad for held in reg.persons[pkey].posts
    ):
        return True
    return keys is not None and _country_beside(reg, keys, pkey, abroad)


def of_iran(reg: Registry, pkey: str) -> bool:
    """Whether the article shows ``pkey`` as an official of Iran: a listed head of Iran's
    state or branches (``national_figures.tsv``, ``titled_figures.tsv``: «خاتمی») or holding
    a post of Iran's («سخنگوی وزارت خارجه ایران», «سفیر ایران در چین»). Such a person never
    holds a post of another country."""
    person = reg.persons[pkey]
    return _iranian_name(person.name) or any(
        own_country(post_key(lx.phrase_keys(held)), 1) == "ایران" for held in person.posts
    )


@cache
def _iranian_names() -> frozenset[tuple[str, ...]]:
    """The full names and family names of ``national_figures.tsv`` and ``titled_figures.tsv``,
    as keys (a family name alone is of Iran's figure in Persian news: «خاتمی»)."""
    out = set()
    for r in lx.rows("national_figures.tsv"):
        for n in [r[0], *(v for c in r[1:3] for v in lx.split_values(c))]:
            out.add(lx.phrase_keys(n))
    for r in lx.rows("titled_figures.tsv"):  # not its given names alone: «علی»
        for n in [r[0], *lx.split_values(r[2])]:
            out.add(lx.phrase_keys(n))
    return frozenset(out)


@lru_cache(maxsize=4096)
def _iranian_name(written: str) -> bool:
    name = lx.phrase_keys(written)
    names = _iranian_names()
    return bool(name) and (name in names or name[-1:] in names)


_BESIDE = 24  # tokens of a person's clause read past their name for their country
_CLAUSE_ENDS = {".", "!", "؟", "?", ":", "«"}  # «"» and «»» may close the name itself


def _country_beside(reg: Registry, keys: Sequence[str], pkey: str, countries: set[str]) -> bool:
    """Whether one of ``countries`` is named in the words right after a mention of ``pkey``,
    before what they say (a colon, an opening quotation mark) or the sentence's end («خانم
    "سیمونتا سوماروگا" با بیان اینکه سوئیس ...»)."""
    for k, holder in reg.by_token.items():
        if holder != pkey:
            continue
        end = k + 1
        while end < min(len(keys), k + _BESIDE) and keys[end] not in _CLAUSE_ENDS:
            end += 1
        if countries_in(tuple(keys[k + 1 : end])) & countries:
            return True
    return False


# Words that open an adjunct after a name's comma, not an apposition to it
_ADJUNCT = PREPOSITIONS | {"در", "ضمن", "طی", "پس", "هنگام", "که"}


def shown_of_another(reg: Registry, keys: Sequence[str], pkey: str, countries: set[str]) -> bool:
    """Whether the apposition after a mention of ``pkey`` names a country, none of
    ``countries`` other than Iran: a post of those countries is then another's."""
    abroad = countries - {"ایران"}
    own = _apposed_countries(reg, keys, pkey) if abroad else set()
    return bool(own) and not own & abroad


def _apposed_countries(reg: Registry, keys: Sequence[str], pkey: str) -> set[str]:
    """The countries named in the apposition set off by commas right after a mention of
    ``pkey`` («دونالد ترامپ، نامزد ... ریاست جمهوری آمریکا در ... گفت»: {آمریکا}): the
    country a person named abroad is shown of, whose posts of another country are not theirs
    («سفیر کره شمالی» is not Trump's, of whose words on North Korea's leader it speaks)."""
    out: set[str] = set()
    for k, holder in reg.by_token.items():
        if holder != pkey or reg.by_token.get(k + 1) == pkey:
            continue
        if k + 2 >= len(keys) or keys[k + 1] not in COMMAS or keys[k + 2] in _ADJUNCT:
            continue  # «برهانی، در مورد تماس ... با محمود عباس ...»: no apposition
        end = k + 2
        stop = min(len(keys), k + 2 + _BESIDE)
        while end < stop and keys[end] not in _CLAUSE_ENDS and keys[end] not in COMMAS:
            end += 1
        out |= countries_in(tuple(keys[k + 2 : end]))
    return out


# Words of a state's post: in Persian news such a post named bare is Iran's («رئیس مجلس»,
# «وزیر امور خارجه», «سفیر»), never the post of another country a longer wording names.
_STATE_WORDS = STATE_OFFICES | {"جمهور", "جمهوری", "وزارت", "مجلس", "پارلمان", "دولت", "ارتش"}
_STATE_WORDS |= {"سفیر", "سفارت"}


def foreign_apart(bare: tuple[str, ...], qualified: tuple[str, ...]) -> bool:
    """Whether the post ``qualified`` names a country other than Iran as its own and ``bare``
    a state's post naming none (``_STATE_WORDS``): two people, «رئیس مجلس ملی کره جنوبی» is
    not «رئیس مجلس (شورای اسلامی)», «وزیر دارایی عراق» not a «وزیر دارایی» named before. A
    post of another body named bare may be its holder's abroad («رهبر جریان صدر» is
    «رهبر جریان صدر عراق»)."""
    return (
        bool(set(bare) & _STATE_WORDS)
        and foreign_country_at(qualified, 1)
        and not foreign_country_at(bare, 1)
    )


@cache
def _abroad_names() -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """Given names of other languages, and the full names and surnames of
    ``foreign_figures.tsv``, as keys."""
    figures = set()
    for r in lx.rows("foreign_figures.tsv"):
        for n in [r[0], *(v for c in r[1:3] for v in lx.split_values(c))]:
            figures.add(lx.phrase_keys(n))
    return lx.foreign_given_names() | lx.foreign_given_words(), frozenset(figures)


def named_abroad(reg: Registry, pkey: str) -> bool:
    """Whether a person is named as one of another country: by a given name of another
    language («سرگئی لاوروف، وزیر خارجه», «دونالد ترامپ») or as a foreign figure
    (``foreign_figures.tsv``). A state's post they hold bare is then their country's, and a
    wording that names it is theirs too."""
    return _abroad_name(reg.persons[pkey].name)


@lru_cache(maxsize=4096)
def _abroad_name(written: str) -> bool:
    name = lx.phrase_keys(written)
    if not name:
        return False
    given, figures = _abroad_names()
    return name[0] in given or name in figures or name[-1:] in figures
