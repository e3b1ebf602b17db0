"""A family name run into the verb that ends a heading, where the text lost a line break:
«... تحریم‌های آمریکا هستیمموسوی درباره تحریم جدید آمریکا ... بیان کرد:», «... مهم
استروحانی اظهار داشت:». Interviews and long reports carry subheadings, and the next paragraph
opens with the speaker's family name; a token that is no word of its own, made of a verb and
the family name of the one person the article names so, followed in its sentence by a
reporting verb, is a mention of that person, and the subject of the clause that verb closes
(``speakers``): the heading before it is no part of it; so is a place that ends a heading
(«... در مبادی تهرانزالی درباره ... گفت»). A noun run into a family name may be the noun and its
possessor that lost a space («دولتروحانی»), and is left.

A heading may end with the family name, run into the word that opens the next paragraph:
«تلاش دموکرات‌ها برای تخریب سندرزدر این رابطه ...», «تهدید ترامپدر چنین فضایی ...», «موافقت
مقتدی صدر با نامزدی الکاظمیاز سوی دیگر ...», «رقابت قالیباف حاجی‌باباییبه گزارش روز نو ...».
A token that is no word of its own, made of the family name of the one person the article named
before and a word that opens a sentence (``_OPENERS``), names that person in its first part.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from functools import lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.family_spellings import spelling_index
from khabar.extract.glued_heading_nouns import heading_noun, opens_clause
from khabar.extract.glued_names import words_where
from khabar.extract.glued_words import end_of_key
from khabar.extract.namewords import RARE, rank, verb
from khabar.extract.registry import Registry
from khabar.text.segment import TokenColumns

# verbs that end a heading which ``namewords.verb`` leaves (frequent short forms, copulas)
_SHORT_ENDS = frozenset(
    "است نیست هست هستیم هستند نیستیم نیستند بود بودند نبود شد شدند نشد شود نشود کرد کردند "
    "نکرد داد دادند دارد ندارد داریم نداریم دارند ندارند گفت گفتند".split()
)
_MIN_TAIL = 3  # letters of the family name
_SHORT_TAIL = 2  # but right before its reporting verb, after a verb: «... می‌شودلک افزود:»
# keys found to be no unknown word (``_unknown_word``), remembered per process: an article's
# keys are each tested once, and only its few unknown words are sought for a family name's
# ending (a search of every key of the article for each ending cost more than the rest)
_KNOWN: set[str] = set()


def glued_surnames(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    distinct: set[str] | None = None,
) -> None:
    """Add to ``reg`` the family names run into the word before them (``sentences``: token
    ranges; ``distinct``: the set of ``keys``, when already made); their tokens go to
    ``reg.glued``."""
    if not reg.surnames:
        return
    unknown_words = words_where(set(keys) if distinct is None else distinct, _unknown_word, _KNOWN)
    if not unknown_words:
        return  # every word of the article is listed: none holds a family name run in
    _glued_two_words(reg, tokens, keys, sentences, unknown_words)
    _run_into_next(reg, tokens, keys, unknown_words)
    verbs = lx.reporting_verbs()
    # every spelling ``by_surname`` knows: a word that ends in none runs no family name in
    tails = frozenset(spelling_index(reg.surnames))
    unknown = _ending_in(unknown_words, tails)
    if not unknown:
        return
    hits = lx.positions(keys, unknown)  # only those tokens are looked at
    for a, b in sentences:
        for i in hits[bisect_left(hits, a) : bisect_left(hits, b)]:
            if i in reg.by_token or not tokens.words[i][:1].isalpha():
                continue
            cue = i + 1 < b and verbs.match(keys, i + 1) is not None
            found = _glued(reg, keys[i], tails, opens_clause(keys, i), cue)
            if found is None or not any(verbs.match(keys, k) for k in range(i + 1, b)):
                continue
            head, pkey = found
            before = reg.named_before(pkey, tokens.starts[i])
            if not _verb_or_place(head) and not before:
                continue  # a heading's noun: glued_heading_nouns
            if len(keys[i]) - len(head) < _MIN_TAIL and not before:
                continue  # a short family name: only of one the article named before
            reg.mention_at(tokens, i, i + 1, pkey, end_of_key(tokens.words[i], head))
            reg.glued.add(i)


def _glued_two_words(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    unknown_words: set[str],
) -> None:
    """A family name of two words whose first a heading's last word ran into, the second
    the next token («... بر میزان مشارکترحمانی فضلی با اشاره به ... گفت:»): the person's, when
    the article named them before and the two words open the clause of a reporting verb
    (``opens_clause``), the word before a verb, a place or a heading's noun
    (``unknown_words``: the article's keys that are ``_unknown_word``)."""
    firsts = {s[0]: s for s in reg.surnames if len(s) == 2 and len(s[0]) >= _MIN_TAIL}
    if not firsts:
        return
    unknown = _ending_in(unknown_words, firsts)
    if not unknown:
        return
    verbs = lx.reporting_verbs()
    hits = lx.positions(keys, unknown)
    for a, b in sentences:
        for i in hits[bisect_left(hits, a) : bisect_left(hits, b)]:
            if i + 1 >= b or i in reg.by_token or i + 1 in reg.by_token:
                continue
            found = _two_word_cut(reg, keys[i], keys[i + 1], firsts, opens_clause(keys, i + 1))
            if found is None or not any(verbs.match(keys, k) for k in range(i + 2, b)):
                continue
            head, pkey = found
            if not reg.named_before(pkey, tokens.starts[i]):
                continue
            reg.mention_at(tokens, i, i + 2, pkey, end_of_key(tokens.words[i], head))
            reg.glued.add(i)


# words that open a paragraph after a heading, and the heading's last word may run into:
# «در این رابطه», «به گزارش», «از سوی دیگر», «پس از ...», «با ...», «که ...»; not «این», which
# opens an anaphor of the one who speaks next («قالیبافاین نماینده سابق مجلس اضافه می‌کند:»
# is another's post)
_OPENERS = ("در", "به", "از", "با", "که", "پس")
_FAMILY_LEAST = 4  # letters of the family name run in: «ترامپ»; not «صدر» of «صدردر»


def _run_into_next(
    reg: Registry, tokens: TokenColumns, keys: list[str], unknown_words: set[str]
) -> None:
    """A family name that ends a heading run into the word that opens the next paragraph
    («سندرزدر این رابطه»): the person's, who has that family name alone in the article and
    was named before (``unknown_words``: the article's keys that are ``_unknown_word``)."""
    heads = {
        key: key[: -len(opener)]
        for key in unknown_words
        for opener in _OPENERS
        if key.endswith(opener) and len(key) - len(opener) >= _FAMILY_LEAST
    }
    if not heads:  # most articles: the family names' spellings are not indexed for nothing
        return
    tails = spelling_index(reg.surnames)
    cuts = {key: head for key, head in heads.items() if head in tails}
    if not cuts:
        return
    for i in lx.positions(keys, set(cuts)):
        family = cuts[keys[i]]
        if i in reg.by_token or not tokens.words[i][:1].isalpha():
            continue
        pkey = reg.by_surname((family,))
        if pkey is None or _in_another_name(reg, family, pkey):
            continue
        if not reg.named_before(pkey, tokens.starts[i]):
            continue
        kept = end_of_key(tokens.words[i], family)
        if kept:
            reg.mention_at(tokens, i, i + 1, pkey, kept=kept)
            reg.run_on.add(i)


def _two_word_cut(
    reg: Registry, key: str, after: str, firsts: Mapping[str, tuple[str, ...]], noun: bool
) -> tuple[str, str] | None:
    """(the word before, the person) when ``key`` is a word run into the first word of a
    family name of two words and ``after`` its second; else None."""
    for first, family in firsts.items():
        if not key.endswith(first) or family[1] != after:
            continue
        head = key[: -len(first)]
        if len(head) < 2 or not (_verb_or_place(head) or (noun and heading_noun(head))):
            continue
        pkey = reg.by_surname(family)
        if pkey is not None:
            return head, pkey
    return None


def _ending_in(words: Iterable[str], ends: Iterable[str]) -> set[str]:
    """The words of ``words`` (keys: no newline in any) that end in one of ``ends``: each
    ending and a newline sought in the words joined between newlines, by ``str.find``. A
    call of ``str.endswith`` costs about a thousand instructions here (its arguments parsed
    from a format string at each call), so testing every word of an article cost more than
    the rest of this rule; the endings are a few, the words that end in one fewer."""
    joined = "\n".join(words) + "\n"
    out: set[str] = set()
    for end in ends:
        sought = end + "\n"
        p = joined.find(sought)
        while p >= 0:
            out.add(joined[joined.rfind("\n", 0, p) + 1 : p + len(end)])
            p = joined.find(sought, p + 1)
    return out


@lru_cache(maxsize=65536)  # per word, bounded: a long ingest meets new words without end
def _unknown_word(key: str) -> bool:
    """A word of letters that no list holds as a word or a name."""
    if len(key) < 2 + _MIN_TAIL or not key.isalpha():
        return False
    if rank(key) < RARE or key in lx.common_words() or key in lx.name_words():
        return False
    return key not in lx.first_names()


def _glued(
    reg: Registry, key: str, tails: frozenset[str], noun: bool = False, cue: bool = False
) -> tuple[str, str] | None:
    """(the word before, the person) when ``key`` is a word run into the family name of
    one person of the article (``tails``: the spellings of the article's family names; with
    ``noun``, the word before may be a heading's noun, ``glued_heading_nouns``; with ``cue``,
    a reporting verb right after ``key``, the family name may be of two letters, run into a
    verb: «... تمام می‌شودلک افزود:»); else None."""
    shortest = _SHORT_TAIL if cue else _MIN_TAIL
    for cut in range(2, len(key) - shortest + 1):
        head, tail = key[:cut], key[cut:]
        if tail not in tails:
            continue
        if len(tail) < _MIN_TAIL and not (head in _SHORT_ENDS or _verb_end(head)):
            continue
        # a verb or a place, never a noun: «دولتروحانی» may be «دولت روحانی», Rouhani's
        # government; «... در مبادی تهرانزالی درباره ... گفت» is a heading ending in a place
        if not (_verb_or_place(head) or (noun and heading_noun(head))):
            continue
        pkey = reg.by_surname((tail,))
        if pkey is not None and not _in_another_name(reg, tail, pkey):
            return head, pkey
    return None


def _verb_or_place(head: str) -> bool:
    return head in _SHORT_ENDS or _verb_end(head) or one_word_place(head)


def _in_another_name(reg: Registry, tail: str, pkey: str) -> bool:
    """Another person of the article has ``tail`` in their name («محسن هاشمی رفسنجانی»
    beside «محسن هاشمی»): whom the word means is not sure."""
    return any(tail in lx.phrase_keys(p.name) for other, p in reg.persons.items() if other != pkey)


def one_word_place(head: str) -> bool:
    """A place's whole name of one word («تهران», «قم»): a heading may end with it."""
    m = lx.places().match([head], 0)
    return m is not None and m[0] == 1


def _verb_end(head: str) -> bool:
    """A verb form that may end a heading («هستیم», «می‌شود», «نمی‌شکنند»)."""
    return len(head) > 3 and verb(head)
