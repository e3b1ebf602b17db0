"""The data behind ZWNJ restoration (``khabar.text.zwnj``): the lexicon built from corpora
(``data/zwnj_words.txt``, written by ``benchmarks/build_zwnj_lexicon.py``) with the verb forms
and verbal compound parts its verb stems make, and the names spelt in one piece that keep
their spelling (given names, places, the gazetteers' names)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from khabar.letters import WORD_LETTERS, ZWNJ
from khabar.lexicon import data_text, given_names, place_names, rows, split_values, words

# Right parts of compounds made from a verb's present stem (تصمیم‌گیرندگان، قانون‌شکنی،
# اسلام‌گرایان) or its past stem (ستم‌دیدگان، تمرین‌زدگی): tried in unknown words only.
_PRESENT_PARTS = ("", "ی", "ان", "نده", "ندگان", "ندگی")  # after a present stem (-نویس)
_PRESENT_PARTS_V = ("یی", "یان")  # after a present stem ending in a vowel (گرایی)
_PAST_PARTS = ("گی", "گان")  # after a past stem + ه (زدگی، دیدگان)
_MIN_VERBAL = 4  # shorter ones (-بری، -رزی) cut too many words written whole
_IMPERSONAL = ("توان",)  # the one bare present stem after می (می‌توان گفت)
_ENDINGS = ("", "م", "ی", "د", "یم", "ید", "ند")


@dataclass(frozen=True)
class Lexicon:
    """The data behind the decisions; see ``benchmarks/build_zwnj_lexicon.py``."""

    rank: dict[str, int]  # known plain word -> frequency rank (0 = most frequent)
    zwnj: dict[str, tuple[int, ...]]  # word without ZWNJ -> where its ZWNJs go
    verbs: frozenset[str]  # verb forms, and the stems they are made of
    after_mi: frozenset[str]  # the forms that take می/نمی (not a bare present stem: مینه)
    verbal: frozenset[str]  # right parts made of a verb stem (-گیرندگان, -پذیری, -زدگی)
    right: frozenset[str]  # productive right-hand compound parts (-رسانی, -پور, ...)
    left: frozenset[str]  # productive left-hand compound parts (نیمه-, ضد-, ...)
    stop: frozenset[str]  # function words: never joined to a neighbour by morphology alone
    join_pairs: frozenset[tuple[str, str]]  # «a b» written «a‌b» although morphology says no
    no_join: frozenset[tuple[str, str]]  # word pairs morphology would join but usage does not

    @classmethod
    def parse(cls, text: str) -> Lexicon:
        sections: dict[str, list[str]] = {}
        current: list[str] = []
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                current = sections.setdefault(line[1:].strip(), [])
            else:
                current.append(line)
        verbs: set[str] = set()
        after_mi = set(_IMPERSONAL)
        verbal: set[str] = set()
        for line in sections.get("verbs", []):
            past, _, present = line.partition("#")
            if past:
                after_mi.update(past + e for e in _ENDINGS)
                after_mi.add(past + "ه")
                verbs.add(past + "ن")
                verbal.update(past + e for e in _PAST_PARTS)
            if present:
                glide = "ی" if present[-1] in "اوآ" else ""
                verbs.add(present)
                after_mi.update(present + glide + e for e in _ENDINGS if e)
                if present[-1] == "و":  # و is a consonant in شو، رو (شود) and a vowel in گو
                    after_mi.update(present + e for e in _ENDINGS if e)
                verbal.update(present + e for e in _PRESENT_PARTS)
                if present[-1] in "اوآ":
                    verbal.update(present + e for e in _PRESENT_PARTS_V)
        verbal = {p for p in verbal if len(p) >= _MIN_VERBAL}
        return cls(
            rank={w: i for i, w in enumerate(sections.get("plain", []))},
            zwnj={f.replace(ZWNJ, ""): positions(f) for f in sections.get("zwnj", [])},
            verbs=frozenset(verbs | after_mi),
            after_mi=frozenset(after_mi),
            verbal=frozenset(verbal),
            right=frozenset(sections.get("right", [])),
            left=frozenset(sections.get("left", [])),
            stop=frozenset(sections.get("stop", [])),
            join_pairs=_pairs(sections.get("join", [])),
            no_join=_pairs(sections.get("nojoin", [])),
        )


def _pairs(lines: list[str]) -> frozenset[tuple[str, str]]:
    return frozenset((a, b) for a, _, b in (line.partition(" ") for line in lines))


def positions(form: str) -> tuple[int, ...]:
    """Offsets (in the form without ZWNJ) where the ZWNJs of ``form`` stand."""
    out, k = [], 0
    for ch in form:
        if ch == ZWNJ:
            out.append(k)
        else:
            k += 1
    return tuple(out)


@cache
def default_lexicon() -> Lexicon:
    return Lexicon.parse(data_text("zwnj_words.txt"))


# Gazetteers whose names, where spelt in one piece, keep that spelling (کامپالا، شینهوا)
_GAZETTEERS = (
    "world_places.tsv",
    "foreign_figures.tsv",
    "historic_figures.tsv",
    "national_figures.tsv",
    "organizations.tsv",
    "agencies.tsv",
    "outlets.tsv",
)


_ONE_WORD = re.compile(f"[{WORD_LETTERS.replace(ZWNJ, '')}]+")


@cache
def solid_names() -> frozenset[str]:
    """Names spelt in one piece: given names (``data/first_names.tsv``: فرحناز، گلبهار، علیقلی),
    the words of family names (``data/family_names.txt``: خاندوزی، پاکدامن، مهماندوست),
    countries, provinces and cities (``lexicon.place_names``: فیلیپین، بمپور) and the other
    gazetteers' names. A name keeps its spelling even where its parts would take a ZWNJ as
    words (گل‌ها، فیلی‌پین): written glued, a family name that is also a word (پاکدامن، همرنگ)
    is more often the name, and a glued adjective is a spelling of its own, not a damaged one."""
    names: set[str] = set()
    names.update(g.name for g in given_names() if g.name and not g.ambiguous)  # not common words
    names.update(words("family_names.txt"))
    names.update(p for _, _, spellings in place_names() for p in spellings)
    names.update(
        v for f in _GAZETTEERS for row in rows(f) for field in row for v in split_values(field)
    )
    return frozenset(n for n in names if _ONE_WORD.fullmatch(n))


@cache
def given_name_keys() -> frozenset[str]:
    """Given names that are no common word (``lexicon.given_names``), every spelling, glued
    (فتح الله: فتحالله): the word after one is read as a family name."""
    return frozenset(
        v.replace(ZWNJ, "").replace(" ", "")
        for g in given_names()
        if not g.ambiguous
        for v in (g.name, *g.variants)
        if v
    )
