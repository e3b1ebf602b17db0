"""Names opened by a word of the language, which vetoes them as names elsewhere.

* By lineage, «ابن» and a rare word: «ابن فراء هم بر این مبنا تاکید دارند», «اما ابن نقیب
  یکی از مورخان», «متوکل جانب ابن حنبل را گرفته». Jurists, historians and authors of the
  past are named so alone. «ابن» opens such a name where no name's word stands before it
  (not «علی ابن ابیطالب», a patronym inside a name) and the word after is one the news
  writes rarely (past the 10,000 commonest) and no list holds as a word, a place or a
  function word; not a plural («ابن ملجم‌ها», the type, not the man). A nisba that is a
  family name's word ends the name («ابن ملجم مرادی», «ابن فهد حلی»).
* «خلیفه» (a caliph, and an Arab given name) before a rare word that a known person's name
  holds and no list holds as a given name or a family name's word: «نیروهای خلیفه حفتر»,
  «به رهبری خلیفه حفتر»; not «خلیفه عمر», «خلیفه اموی», «خلیفه عباسی».
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import rank
from khabar.extract.people import Mention, held_tokens, stopwords, untitled_mention, with_added
from khabar.text.segment import TokenColumns

_SON = "ابن"
_CALIPH = "خلیفه"
# the word that opens a name as its given name here, for the family name alone further on
# («ارتش حفتر» of «خلیفه حفتر», ``surname_mentions``)
WORD_GIVEN_NAMES = frozenset({_CALIPH})
_RARE_RANK = 10_000  # «ابن اجماع», a slip for «این», is at 9,412


def with_word_opened_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the names the rules above find."""
    sons, caliphs = lx.occurrences(keys, _SON), lx.occurrences(keys, _CALIPH)
    if not sons and not caliphs:
        return mentions  # most articles
    used = held_tokens(mentions)
    added = []
    for i in caliphs:
        x = i + 1
        if x < len(keys) and not used.intersection((i, x)) and _caliph_name(tokens, keys, x):
            added.append(untitled_mention(tokens, text, i, x + 1))  # «خلیفه حفتر»
            used.update((i, x))
    for i in sons:
        x = i + 1
        if x >= len(keys) or used.intersection((i, x)) or not _rare_name(tokens, keys, x):
            continue
        if i and keys[i - 1].isalpha() and keys[i - 1] in lx.name_words():
            continue  # «علی ابن ابیطالب»: a patronym inside a name
        j = x + 1
        if j < len(keys) and j not in used and _nisba(tokens, keys, j):
            j += 1
        added.append(untitled_mention(tokens, text, i, j))
        used.update(range(i, j))
    return with_added(mentions, added) if added else mentions


def _rare_name(tokens: TokenColumns, keys: list[str], x: int) -> bool:
    key = keys[x]  # its vowel marks left out («فرَاء»)
    return (
        key.isalpha()
        and "\u200c" not in tokens.words[x]  # «ملجم‌ها»
        and rank(key) >= _RARE_RANK
        and key not in lx.common_words()
        and key not in stopwords()
        and key not in lx.place_words()
        and lx.places().match(keys, x) is None
    )


def _caliph_name(tokens: TokenColumns, keys: list[str], x: int) -> bool:
    key = keys[x]
    return (
        _rare_name(tokens, keys, x)
        and key in lx.name_words()
        and key not in lx.first_names()
        and key not in lx.family_name_words()
    )


def _nisba(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """A family name's word in «ی», no common word or function word: «مرادی», «حلی»."""
    key = keys[j]
    return (
        tokens.words[j].isalpha()
        and key.endswith("ی")
        and key in lx.family_name_words()
        and key not in lx.common_words()
        and key not in stopwords()
    )
