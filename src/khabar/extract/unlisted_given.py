"""A given name no list knows before the family name a person is found by: «رییس جمهور روسیه
ولادمیر | پوتین», «همتای خود رجب تیب | اردوغان», «به دیلما | روسف خیانت کرده‌اند».

The rules and the tagger find the family name alone where the given name before it is
misspelt or of a language no list holds, and the article then names the person by that
family name only. At the person's first mention, a word the news' word list does not hold,
or holds past its 15,000 commonest written as a transliteration («لیونل مسی»; not «کباب غاز
| جمالزاده»), opens the name: letters, no place, body, post, verb or words run together
(«بهنظرم», «مرگشادمهر», «حامیانش»), not ending in «ی» (an ezafe's noun or adjective:
«کاندیداتوری خاتمی») nor written with a hamza («رؤیت»); a listed given name before that word
opens it too («رجب تیب»). A figure the lists name in full («foreign_figures.tsv») takes only
a misspelling of its own given name («ولادمیر» of «ولادیمیر», «بینامین» of «بنیامین»; not
«دولت آیزنهاور»). Not where the article names the person by a longer name anywhere. A
Russian family name whose ending is written apart is found alone too («ماگومد | موسی یف»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.foreign_surnames import foreign_shaped
from khabar.extract.glued_words import glued
from khabar.extract.namewords import FREQUENT, adjective, kin, verb
from khabar.extract.people import Mention, held_tokens, name_like, opened_at, stopwords
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import default_lexicon

_RARE_RANK = 15000  # a word past this rank of the news' word list is no ordinary one
_HAMZAS = "ؤأإئء"  # looked for in the word as written (a key has its seats bare)
_SHORT = 6  # letters of a given name in which one letter only may be wrong
_PRONOUNS = ("ش", "اش", "شان", "م", "ت")  # run into a word: «حامیانش»
# a Russian family name's ending written apart from its stem: «ماگومد موسی یف»
_ENDINGS = frozenset({"یف", "اف", "اوف", "ایف", "یوف", "اوا", "یوا", "ووا"})


def with_unlisted_given_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, the first of each family name found alone opened by the unlisted given
    name before it."""
    if not any(_family_alone(keys, m) for m in mentions):
        return mentions  # most articles name every person in full first
    longer = {k for m in mentions if not _family_alone(keys, m) for k in keys[m.i : m.j]}
    taken = held_tokens(mentions)
    first: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.i):
        first.setdefault(keys[m.i], m.i)
    out = []
    for m in mentions:
        key = keys[m.i]
        if _family_alone(keys, m) and first[key] == m.i and key not in longer:
            k = _opening(tokens, keys, m, taken)
            if k is not None:
                m = opened_at(m, k, tokens.starts[k], text)
        out.append(m)
    return out


def _family_alone(keys: list[str], m: Mention) -> bool:
    """``m`` names a person by a family name alone, untitled: one word, or a stem and its
    Russian ending written apart («موسی یف»)."""
    n = m.j - m.i
    return m.ti == m.i and (n == 1 or (n == 2 and keys[m.i + 1] in _ENDINGS))


def _opening(tokens: TokenColumns, keys: list[str], m: Mention, taken: set[int]) -> int | None:
    """The token the name of ``m`` (a family name alone) opens at, the given name before it
    taken in; None where no such given name stands there."""
    figure = lx.foreign_figures().match(keys, m.i)
    if figure is not None and figure[0] == m.j:
        # a figure the lists name in full: only that given name, misspelt («ولادمیر پوتین»)
        given = lx.phrase_keys(figure[1].name)[:-1]
        k = m.i - len(given)
        if not given or k < 0 or not taken.isdisjoint(range(k, m.i)):
            return None
        if not all(tokens.words[t].isalpha() for t in range(k, m.i)):
            return None
        rank = default_lexicon().rank
        if any(
            w != g and rank.get(w, _RARE_RANK) < FREQUENT
            for w, g in zip(keys[k : m.i], given, strict=True)
        ):
            return None  # a frequent word is no misspelt given name («دولت آیزنهاور»)
        return k if _near(" ".join(keys[k : m.i]), " ".join(given)) else None
    k = m.i - 1
    if (m.j - m.i == 1 and _given(keys[m.i])) or k in taken or not _given_word(tokens, keys, k):
        return None
    if k > 0 and k - 1 not in taken and _given(keys[k - 1]):
        k -= 1  # «رجب تیب | اردوغان»: a listed given name before the unlisted word
    return k


def _near(a: str, b: str) -> bool:
    """``a`` is ``b`` or a misspelling of it: one letter wrong, left out or added in six or
    fewer, two in a longer name («ولادمیر» of «ولادیمیر», «رجب تیب» of «رجب طیب»)."""
    most = 1 if len(b) <= _SHORT else 2
    if abs(len(a) - len(b)) > most:
        return False
    row = list(range(len(b) + 1))
    for x, ca in enumerate(a, 1):
        prev, row[0] = row[0], x
        for y, cb in enumerate(b, 1):
            prev, row[y] = row[y], min(row[y] + 1, row[y - 1] + 1, prev + (ca != cb))
    return row[-1] <= most


def run_together(key: str) -> bool:
    """Two words written as one: a frequent word and a word or given name after it
    («بهنظرم», «کارآمدن», «رایمحمود», «مرگشادمهر»), or a word and a pronoun («حامیانش»)."""
    rank = default_lexicon().rank
    for n in range(2, len(key) - 1):
        head, rest = key[:n], key[n:]
        if rank.get(head, _RARE_RANK) < FREQUENT and (
            rank.get(rest, _RARE_RANK) < FREQUENT or rest in lx.first_names()
        ):
            return True
    return any(
        key.endswith(p) and rank.get(key[: -len(p)], _RARE_RANK) < _RARE_RANK for p in _PRONOUNS
    )


def _given(key: str) -> bool:
    return key in lx.first_names() or key in lx.more_given_names()


def _given_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` may be a given name no list knows: letters, a word the news' list does
    not hold or holds past its ordinary words written as a transliteration, no function word,
    place, body, post, verb, adjective, word of kin or words run together."""
    if k < 0 or not tokens.words[k].isalpha() or not name_like(tokens, keys, k):
        return False
    key = keys[k]
    if key.endswith("ی") or any(h in tokens.words[k] for h in _HAMZAS):
        return False  # a noun or adjective before it («کاندیداتوری خاتمی»), a loanword («رؤیت»)
    if key in lx.common_words():
        return False
    rank = default_lexicon().rank.get(key)
    if rank is not None and (rank < _RARE_RANK or not foreign_shaped(tokens, keys, k)):
        return False  # a word of the news; a rare one written as a transliteration may be a
        # given name («لیونل مسی»), a Persian one is none («کباب غاز جمالزاده»)
    if key in stopwords() or key in lx.family_name_words() or _given(key):
        return False  # a listed given name before is the rules' own; a family name is another's
    if lx.places().match(keys, k) or lx.organizations().match(keys, k):
        return False
    if lx.post_heads().match(keys, k) or lx.agencies().match(keys, k):
        return False
    return not (
        verb(key) or adjective(key) or kin(key) or glued(tokens.words[k]) or run_together(key)
    )
