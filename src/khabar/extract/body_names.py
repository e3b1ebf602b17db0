"""Bodies' names the tagger cuts short or leaves unmarked: a name run on over a pair of words
joined by «و» («مرکز اوج کودک | و نوجوان»), a court's branch before it («شعبه دوم | دادگاه
کیفری استان تهران»), a periodical named after the word of its kind («فصلنامه فرهنگ رضوی»),
a paper's name run on into the town it is printed in («روزنامه الوطن | چاپ کویت»).
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, adjective, word_rank
from khabar.extract.org_spans import no_org_end, ordinal, outside_names
from khabar.extract.people import stopwords
from khabar.lexicon import rows


@cache
def name_pairs() -> frozenset[tuple[str, str]]:
    """The pairs of ``name_pairs.txt``, keyed."""
    return frozenset((lx.key(a), lx.key(b)) for a, b, *_ in rows("name_pairs.txt"))


def pair_run_on(keys: list[str], j: int, taken: set[int]) -> int:
    """``j``, or past «و» and the second word of a pair the name ending at ``j`` ends with the
    first of («مرکز اوج کودک | و نوجوان», «معاونت توسعه مدیریت | و پشتیبانی», «وزیر راه |
    و ترابری»), and on while another listed pair follows."""
    while (
        j + 1 < len(keys)
        and keys[j] == "و"
        and (keys[j - 1], keys[j + 1]) in name_pairs()
        and taken.isdisjoint((j, j + 1))
    ):
        j += 2
    return j


# the courts and prosecutors' offices whose numbered branch opens the name («شعبه دوم دادگاه
# کیفری یک استان تهران», «شعبه ۱۵ دادگاه انقلاب»)
_COURTS = frozenset({"دادگاه", "دادسرای", "دیوان", "دادسرا"})
_BRANCH = "شعبه"


def court_branch(keys: list[str], i: int, taken: set[int]) -> int:
    """``i``, or the «شعبه» of a numbered branch two words before a court's name at ``i``."""
    if i < 2 or keys[i] not in _COURTS or keys[i - 2] != _BRANCH or i - 2 in taken:
        return i
    number = keys[i - 1]
    if number.isdigit() or ordinal(number):
        return i - 2
    return i


# words of a periodical's kind, whose name follows them
PERIODICALS = frozenset(
    lx.key(w)
    for w in "فصلنامه ماهنامه هفته‌نامه دوهفته‌نامه دوماهنامه گاهنامه سالنامه مجله نشریه".split()
)
_NAME_MOST = 2  # words of a periodical's name (three run on: «مجله زمانه مهمان‌های قسمت»)
# words after a periodical's word that are no name («نشریه خود», «مجله نگار» is a writer's)
_NO_PERIODICAL_NAME = frozenset(
    lx.key(w) for w in "خود نگار نگاران نگاری این آن همین همان هر دیگر جدید معروف".split()
)


# «چاپ X»: printed in X, the paper's town, no part of its name
_PRINTED = lx.key("چاپ")
_PAPERS = PERIODICALS | {lx.key("روزنامه")}


def printed_in(keys: list[str], i: int, j: int) -> int | None:
    """Where the tagger's body ``[i, j)`` runs on into «چاپ» and a listed place that ends it
    («روزنامه « الوطن » چاپ کویت», «روزنامه ال مرکوریو چاپ سانتیاگو»): the token of «چاپ»,
    the end of the paper's name; the town is a place of its own. ARMAN tags the town a place
    (its folds 1-2: «چاپ صنعا», «چاپ اسلام‌آباد»)."""
    for k in range(i + 1, j - 1):
        if keys[k] == _PRINTED:
            hit = lx.places().match(keys, k + 1)
            return k if hit and hit[0] == j else None
    return None


def a_paper_word(keys: list[str], i: int, j: int) -> bool:
    """``[i, j)`` is a word of a paper's kind alone («روزنامه» of «روزنامه چاپ مادرید»)."""
    return j - i == 1 and keys[i] in _PAPERS


def periodical_names(words: list[str], keys: list[str], marked: set[int]) -> list[tuple[int, int]]:
    """The periodicals named after the word of their kind the tagger leaves unmarked:
    «فصلنامه فرهنگ رضوی به سه زبان», «ماهنامه ... ،». The name is one or two words that
    are no function word, verb, light verb's noun or adjective of kind («مجله علمی»),
    followed by what ends a name (punctuation, a function word, a verb); not a periodical
    pointed at («این فصلنامه»). Its other mentions («فصلنامه فرهنگ رضوی | همراه با») are
    found as any name's are (``tagged_entities._named_again``)."""
    out = []
    stops = stopwords()
    for k in lx.positions(keys, PERIODICALS):
        if k + 1 >= len(keys) or k in marked or (k and keys[k - 1] in ("این", "آن", "همین")):
            continue
        end = k + 1
        while end < len(keys) and end - k - 1 < _NAME_MOST and _name_word(words, keys, end):
            end += 1
        if end == k + 1 or not marked.isdisjoint(range(k, end)):
            continue
        if end < len(keys) and _name_word(words, keys, end):
            continue  # runs on past two words: a phrase, no name
        if end < len(keys) and keys[end] not in stops and keys[end].isalpha():
            if not outside_names(words, keys, end):
                continue
        first = keys[k + 1]
        if first in _NO_PERIODICAL_NAME or adjective(first) or first in stops:
            continue
        if end - k == 2 and first.endswith("ی") and lx.places().match([first[:-1]], 0):
            continue  # «نشریه آلمانی»: a country's periodical, unnamed
        if end - k == 2 and first in lx.common_words() and lx.agencies().match(keys, k + 1) is None:
            continue  # «مجله صبح»: one ordinary word
        out.append((k, end))
    return out


def _name_word(words: list[str], keys: list[str], k: int) -> bool:
    key = keys[k]
    return (
        key.replace("\u200c", "").isalpha()
        and key not in stopwords()
        and not outside_names(words, keys, k)
        and not no_org_end(words[k], key)
    )


def without_town(
    keys: list[str],
    i: int,
    j: int,
    heads: frozenset[str],
    iranian: frozenset[str],
    team: bool = False,
) -> tuple[str, ...] | None:
    """The name of a club ``[i, j)`` less the Iranian town it ends with, as the article names
    it again alone: «ذوب‌آهن اصفهان» → «ذوب‌آهن», «گل‌گهر سیرجان» → «گل‌گهر» (PEYMA tags the
    short name an organization); None where the name opens with the word of a body (``heads``:
    «دانشگاه آزاد تهران», «شهرداری تهران»), where no town of ``iranian`` ends it right after
    the name's one or two words, with no word of place between («... استان تهران»), where
    the name ends with «ی» («کلیسای سنت جان», «برون‌شهری البرز») or where a word of it is a
    function word or an ordinary one: on the news, «بورس», «محیط زیست», «پتروشیمی» after
    «... تهران» name no body alone. A ``team`` (the name after «تیم», «باشگاه» or in the list
    of «تیم‌های») is named alone though its words are ordinary ones, its Ezafe left out:
    «صبای قم» → «صبا», «دبیری تبریز» → «دبیری»."""
    if keys[i] in heads:
        return None
    for m in (i + 1, i + 2):
        if m >= j:
            return None  # no word left for the town
        hit = lx.places().match(keys, m)
        if hit and hit[0] == j and hit[1].name in iranian and hit[1].kind != "country":
            break
    else:
        return None
    name = keys[i:m]
    if team and len(name[-1]) > 3 and name[-1].endswith(("ای", "وی")):
        name[-1] = name[-1][:-1]  # «صبای قم»: the Ezafe of «صبا»
    if (name[-1].endswith("ی") and not team) or any(
        not w.isalpha() or w in stopwords() or no_org_end(w, w) for w in name
    ):
        return None
    if not team and any(w in lx.common_words() or word_rank(w) < FREQUENT for w in name):
        return None
    if lx.places().match(name, 0) or keys[m] in lx.PLACE_LEADS:
        return None
    return tuple(name)
