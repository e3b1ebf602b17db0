"""Where a place's name is a word, where a body's name is a place's people, and where a
body the tagger runs past a closing quotation mark ends.

A word that is also a town («اندیشه», «یادگار») the tagger marks alone, joined by «و» or a
comma to an ordinary word, is the word («با همین نگاه و اندیشه», «حر ( اندیشه ، توبه ،
شهادت )»): PEYMA's training part leaves such a homonym of ``place_words.txt`` untagged 37
times and tags it twice. The people or the nation of a place («مردم بروجرد», «ملت لبنان»)
is no body: PEYMA tags the place after «مردم» 75 times, after «ملت» 20, a body never.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import CLOSING_QUOTE
from khabar.extract.org_spans import JOINERS, ORG_HEADS, place_to
from khabar.extract.people import stopwords


def a_word_among_words(keys: list[str], i: int, j: int, marked: set[int], listed: bool) -> bool:
    """The tagger's one-word place ``[i, j)``, a word that is also a place (``place_words``)
    or a word no list holds as a place (``listed`` false), stands joined by «و» or a comma to
    an ordinary word outside any name: a word among words."""
    if j - i != 1 or keys[i] not in lx.common_words():
        return False
    if listed and keys[i] not in lx.place_words():
        return False
    if keys[i] in _WORLD or keys[i] in _PLACE_FIRST:
        return False  # «منطقه و جهان»: PEYMA tags the world a place; «قدس و حق بازگشت»
    return _plain_beside(keys, i - 1, i - 2, marked) or _plain_beside(keys, i + 1, i + 2, marked)


def _plain_beside(keys: list[str], joiner: int, k: int, marked: set[int]) -> bool:
    """Token ``joiner`` joins, and token ``k`` beyond it is an ordinary word of no name; after
    a comma, one of a list that goes on («اندیشه ، توبه ، شهادت»), not a clause's next word
    («مهران ، شرکت در ...»)."""
    if not (0 <= k < len(keys)) or keys[joiner] not in JOINERS or k in marked:
        return False
    if keys[joiner] != "و":
        on = k + (k - joiner)
        if not (0 <= on < len(keys)) or keys[on] not in JOINERS:
            return False
    key = keys[k]
    return (
        key.isalpha()
        and key in lx.common_words()
        and key not in stopwords()
        and key not in lx.place_words()  # «اندیشه و قدس»: two towns that are words too
        and lx.places().match(keys, k) is None
    )


# the world, which PEYMA tags a place among words too (134 times of 170)
_WORLD = frozenset({lx.key("جهان"), lx.key("دنیا")})
# words of a body's name before its people («حزب کمونیست مردم قزاقستان»)
_BODY_WORDS = frozenset(
    {
        *ORG_HEADS,
        *(
            lx.key(w)
            for w in "حزب جبهه مجمع کانون انجمن اتحادیه سازمان شرکت گروه جمعیت نهضت جنبش "
            "مجلس کنگره فدراسیون کمیته دفتر مرکز موسسه بانک".split()
        ),
    }
)
# a word that is also a place, the place in most of the news's uses where it stands alone
# («درباره قدس و حق بازگشت»: Jerusalem; «روز قدس» the day, «نیروی قدس» the force, named)
_PLACE_FIRST = frozenset({lx.key("قدس")})
# the people and the nation of a place
_PEOPLE = frozenset({lx.key("مردم"), lx.key("ملت")})


def people_of_a_place(keys: list[str], i: int, j: int) -> bool:
    """The body ``[i, j)`` ends in «مردم» or «ملت» and a listed place, with no word of a body
    before them («مردم بروجرد», «روزان مردم سرت لیبی»; not «مجمع نمایندگان مردم گیلان»,
    «حزب کمونیست مردم قزاقستان»)."""
    k = next((k for k in range(i, j - 1) if keys[k] in _PEOPLE), None)
    if k is None or not any(place_to(keys, m, j) for m in range(k + 1, j)):
        return False
    if any(keys[m] in _BODY_WORDS or lx.post_heads().match(keys, m) for m in range(i, k)):
        return False  # «حزب کمونیست مردم قزاقستان», «نماینده مردم بروجرد»
    return lx.organizations().match(keys, i) is None


_OPENING = {close: opening for opening, close in CLOSING_QUOTE.items()}  # «»» -> «««


def closed_before_place(words: list[str], i: int, j: int, keys: list[str]) -> int | None:
    """Where the tagger's body ``[i, j)`` runs past a closing quotation mark whose opening
    mark is not in it, into a listed place that ends it («پردیس کتاب » مشهد», «دولت وفاق
    ملی » لیبی»): the mark's token, the end of the body; the place stands alone."""
    for k in range(i + 1, j - 1):
        opening = _OPENING.get(words[k])
        if opening is not None and opening not in words[i:k] and place_to(keys, k + 1, j):
            return k
    return None
