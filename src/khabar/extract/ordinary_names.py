"""Family names the vetoes of the tagger's names would drop, where the article shows them names.

* A family name written in two words, the second an ending of family names standing apart
  and the first a family name's word that is an ordinary word too, or a word no list holds:
  «عوض زاده با اشاره به ... تصریح کرد» («عوض»: a change), «آخند زاده»,
  «سید غفار عوض زاده». The tagger calls it a person; the veto of a name opening with an
  ordinary word («ویروس کرونا») would drop it. Not a word the lexicon holds written as one
  («برادرزاده», «امامزاده», «شاهزاده»: a nephew, a shrine, a prince).
* An ordinary word the tagger calls a person more than once in the article, opening a
  sentence before a reporting verb: «تابش گفت: ...» ... «تابش افزود: ...» (a club's deputy
  named by his family name alone, «تابش» a word: radiance).
* A name of three words opened by a given name that is a word too («کریم», «سامان»), whose
  second word is no given name: its family name is the other two («کریم انصاری فرد» ...
  «قرارداد انصاری فرد»), not the last word alone («فرد», an individual).
* A listed family name alone that the tagger calls a person, right after a post: «به گزارش
  تسنیم قاضی منصوری از دستگیری ... خبر داد» (the judge is named by his post and family name).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import FINAL
from khabar.extract.namewords import RARE, kin, rank
from khabar.extract.people import first_name_at, stopwords
from khabar.text.segment import TokenColumns

# the endings of family names that stand apart as words of their own: «عوض زاده», «سلطانی
# فر», «ابراهیم پور»; not «مقدم» («خیر مقدم»: welcome) nor «ی»
# endings of family names the news writes apart («عوض زاده»)
APART = frozenset({"زاده", "پور", "فر", "نیا", "نژاد", "راد"})
_ALSO = frozenset({"همچنین", "نیز"})  # «X همچنین گفت»
_POST_WORDS = 4  # words of a post before the family name at most


def family_apart(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """The tagger's two words at ``i``, ``j`` are one family name written apart: an ending
    of family names after a family name's word or a word no list holds («عوض زاده», «آخند
    زاده»), the two no word the lexicon holds written as one, no word of kin, title or
    function word before the ending; not «کرونا زاده»."""
    if j - i != 2 or keys[i + 1] not in APART or not tokens.words[i].isalpha():
        return False
    first = keys[i]
    if first in stopwords() or kin(first) or lx.honorifics().match(keys, i) is not None:
        return False
    if first not in lx.family_name_words() and rank(first) != RARE:
        return False  # «کرونا زاده» (born of the virus): a word no family name holds
    return rank(first + keys[i + 1]) == RARE


def reported_word(tokens: TokenColumns, keys: list[str], i: int, marked: dict[str, int]) -> bool:
    """The ordinary word at ``i`` is a family name: the tagger calls it a person more than
    once in the article (``marked``: its one-word persons, per word), and here it opens a
    sentence before a reporting verb, past «همچنین» or «نیز»; no given name alone, word of
    kin or function word."""
    key = keys[i]
    if marked.get(key, 0) < 2 or key in lx.first_names() or kin(key) or key in stopwords():
        return False
    if i and tokens.words[i - 1] not in FINAL:
        return False
    n = i + 1
    while n < len(keys) and keys[n] in _ALSO:
        n += 1
    return n < len(keys) and lx.reporting_verbs().match(keys, n) is not None


def family_of_ungiven(words: list[str]) -> tuple[str, ...] | None:
    """The family name of a name no listed given name opens (``words``: its keys): a family
    name of two words written apart («عوض زاده»), or the two words after a given name that
    is a word too, in a name of three whose second is no given name («کریم انصاری فرد» →
    «انصاری فرد»; not «امید علی رضایی», a given name of two)."""
    if len(words) == 2 and words[1] in APART:
        return (words[0], words[1])
    if len(words) != 3 or not lx.first_names().get(words[0]):
        return None
    if first_name_at(words, 1) or words[1] in lx.first_names():
        return None
    return (words[1], words[2])


def post_before(keys: list[str], i: int) -> bool:
    """A post ends right before token ``i`` and the name ends at it («قاضی منصوری از دستگیری
    ... خبر داد», «قاضی صلواتی گفت:»): a family name alone there is its holder's. Not a word
    of a name the post's word opens after a given name («محسن قاضی مرادی»), nor one the
    tagger cut short (a word of letters after it but a function word or a verb of saying:
    «قاضی مسعودی | مقام»)."""
    posts = lx.post_heads()
    n = i + 1
    if n < len(keys) and keys[n][:1].isalpha() and keys[n] not in stopwords():
        if lx.reporting_verbs().match(keys, n) is None:
            return False
    for k in range(max(0, i - _POST_WORDS), i):
        if (m := posts.match(keys, k)) and m[0] == i:
            return not (k and first_name_at(keys, k - 1))
    return False
