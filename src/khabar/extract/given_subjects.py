"""A listed given name and a family name that is an ordinary word too, as the subject of a
reporting clause or an interview: «احمد روستا در گفت‌وگو با خبرنگار ... اظهار داشت»,
«محمد سرافراز در مصاحبه با روزنامه شرق ...». ``people.family_end`` leaves such a pair
(«روستا», a village; «سرافراز», proud), since «علی بزرگ» may be no name; a word that Persian
family names hold (``family_names.txt``), after a given name that is no ordinary word, and
before a reporting verb or «در گفت‌وگو با», «در مصاحبه با», is a family name.
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, NOT_SUBJECT
from khabar.extract.lone_surnames import lettered, no_verb_nor_listed, reports
from khabar.extract.namewords import verb
from khabar.extract.people import HOLY_TITLES, post_boundaries, stopwords
from khabar.extract.registry import Registry, subject_at
from khabar.text.segment import TokenColumns

# «در گفت‌وگو با», «در گفتگو با», «در مصاحبه با»: an interview, whose subject speaks
_INTERVIEW = frozenset({"گفتوگو", "گفتگو", "مصاحبه"})
# words a subject's clause may hold before its interview: «X در حاشیه سفر به مازندران در ...»
_INTERVIEW_REACH = 8
_CLAUSE_ENDS = frozenset({"،", ",", ":", "؛", "(", "«", '"'})
# the words a place's name ends with («حسن آباد», «خلیل آباد»), no family name's
_PLACE_ENDS = frozenset({"آباد", "شهر"})


def given_subjects(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    person_at: list[int],
) -> None:
    """Add to ``reg`` the persons named by a listed given name and an ordinary word of family
    names that report or give an interview (``sentences``: token ranges; ``person_at``: the
    tokens where a person's name may start, sorted, every listed given name among them)."""
    names = lx.first_names()
    # the given names that are ordinary words too: most sentences have none
    words_too = [i for i in person_at if names.get(keys[i]) is False]
    if not words_too:
        return  # and most articles: no sentence is cut for them
    for a, b in sentences:
        at = words_too[bisect_left(words_too, a) : bisect_left(words_too, b - 2)]
        if not at:
            continue
        subject = subject_at(keys, a, b)
        for i in at:
            if i in reg.by_token or i + 1 in reg.by_token:
                continue
            if i != subject and keys[i - 1] not in COMMAS:
                continue  # a subject opens its clause: not «نضال [عیسی ناظر] اجرایی ...»
            if i > a and (keys[i - 1] in names or keys[i - 1] in HOLY_TITLES):
                continue  # a given name of two words; a holy figure («امام حسن عسکری»)
            if i > a and lx.honorifics().match(keys, i - 1):
                continue  # a title: the rules' to read
            if not _family_word(tokens, keys, i + 1):
                continue
            if not (reports(keys, i + 2, b) or interview(keys, i + 2, b)):
                continue
            pkey = reg.named_so((keys[i], keys[i + 1]))
            if pkey is None:
                pkey = reg.new_person(tokens, keys, i, i + 2)
                reg.given.add(pkey)
            reg.mention_at(tokens, i, i + 2, pkey)


def _family_word(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """A word of letters that family names hold, and no given name, pronoun, function word,
    verb, post, title, place or body."""
    key = keys[j]
    if not lettered(tokens, keys, j) or key not in lx.family_name_words() or key in _PLACE_ENDS:
        return False
    if key in lx.first_names() or key in NOT_SUBJECT or key in stopwords():
        return False
    return key not in post_boundaries() and no_verb_nor_listed(keys, j)


def interview(keys: list[str], j: int, b: int) -> bool:
    """«در گفت‌وگو با» follows at ``j`` or a few words on, within the clause."""
    for k in range(j, min(b - 2, j + _INTERVIEW_REACH)):
        if keys[k] == "در" and keys[k + 1] in _INTERVIEW and keys[k + 2] == "با":
            return True
        if keys[k] in _CLAUSE_ENDS or verb(keys[k]):
            return False
    return False
