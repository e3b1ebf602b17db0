"""People a story introduces by a noun for a person and «به نام» (named): «مردی به نام منصور»,
«دختری 20 ساله به نام ندا», «فردی به نام بهمن خاوری», «یکی از وکلای آسانژ به نام مارک سامرز».
The name after it is a person's, a given name alone too (which alone names no one elsewhere:
a word, or many people's), and so is that name written again alone later in the article
(«منصور هم زنگ خانه را زد», «ندا در شرح ماجرا گفت:»). «به نام» after a thing names the thing
(«کتابی به نام»), and «به نام خدا» no one."""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, adjective, light_verb_form, rank, verb
from khabar.extract.numbers import WORDS
from khabar.extract.people import Mention, held_tokens, stopwords, untitled_mention
from khabar.extract.registry import Registry
from khabar.text.segment import TokenColumns

_NAMED = frozenset({"نام", "بنام", "بهنام", "اسم"})  # «به نام», «بنام», «به‌نام», «به اسم»
_OPEN = frozenset({"«", '"', "“"})
_CLOSE = frozenset({"»", '"', "”"})
# the forms of a person noun: «مردی», «دانشجویی», «خواهرش»; the plural ones only after «از»
# («یکی از متهمان به نام», «یکی از دخترهای خوابگاه به نام»)
_ONE = ("ی", "ای", "یی", "ش", "اش")
_MANY = ("ان", "ها", "های", "انی", "هایی")
_AGE = frozenset({"ساله", "سالهای"})  # «دختری 20 ساله», «جوان ۳۳ ساله‌ای»
_REACH = 3  # words between the noun and «به نام»: «دختری 20 ساله», «شهروند آمریکایی»
_NAME_WORDS = 3  # words of the name: «مولوی محمد علی»
# the files of nouns for things a name follows: a work, a company, a product, a body, a place
_THINGS = (
    "named_after.txt",
    "company_heads.txt",
    "work_words.txt",
    "product_words.txt",
    "speaking_heads.txt",
)


@cache
def person_nouns() -> frozenset[str]:
    """Nouns for a person (``called_persons.txt``), keyed."""
    return lx.keyed_words("called_persons.txt")


@cache
def _things() -> frozenset[str]:
    return frozenset().union(*(lx.keyed_words(name) for name in _THINGS))


def called_names(words: list[str], keys: list[str]) -> list[tuple[int, int]]:
    """The token ranges of the names that a person noun and «به نام» introduce, in order;
    found once an article, for ``with_called_names`` and then ``called_again``."""
    if _NAMED.isdisjoint(lx.distinct(keys)):
        return []  # most articles
    out = []
    for k in lx.positions(keys, _NAMED):
        at = _phrase_start(words, keys, k)
        if at is None or not _person_before(keys, at):
            continue
        name = _name_after(words, keys, k + 1)
        if name is not None:
            out.append(name)
    return out


def _phrase_start(words: list[str], keys: list[str], k: int) -> int | None:
    """The first token of «به نام» / «با نام» / «بنام» / «به‌نام» / «به اسم» that ends at
    ``k``."""
    if keys[k] == "اسم":
        return k - 1 if k and keys[k - 1] == "به" else None
    if keys[k] == "نام":
        return k - 1 if k and keys[k - 1] in ("به", "با") else None
    if keys[k] == "بهنام" and "\u200c" not in words[k]:
        return None  # «بهنام», a given name
    return k


def _person_before(keys: list[str], at: int) -> bool:
    """A person noun stands before ``at``, past a few words that qualify it («دختری 20 ساله»,
    «مرد میانسالی»), none a verb, a function word or a thing («نفتکش ایرانی»); an age in
    words counts as one («دختر بیست و یک ساله‌ای»)."""
    n, last = at - 1, max(-1, at - 2 - _REACH)
    while n > last:
        key = keys[n]
        if _person_noun(keys, n):
            return True
        if key in WORDS:  # past the number's other words, «و» between them
            while n - 2 > last and keys[n - 1] == "و" and keys[n - 2] in WORDS:
                n -= 2
                last = max(-1, last - 2)
            n -= 1
            continue
        if key.isdigit() or key in _AGE:
            n -= 1
            continue
        if not key.isalpha() or key in stopwords() or key in _things() or verb(key):
            return False
        n -= 1
    return False


def _person_noun(keys: list[str], n: int) -> bool:
    key = keys[n]
    nouns = person_nouns()
    if key in nouns:
        return True
    for end in _ONE:
        if key.endswith(end) and key[: -len(end)] in nouns:
            # «تشکل دانشجویی»: an adjective of the noun before it, no person
            return not (
                end == "یی" and n and keys[n - 1].isalpha() and keys[n - 1] not in stopwords()
            )
    plural = any(key.endswith(end) and key[: -len(end)] in nouns for end in _MANY)
    return plural and n > 0 and keys[n - 1] == "از"


def _name_after(words: list[str], keys: list[str], i: int) -> tuple[int, int] | None:
    """The name at ``i``: the words in quotes there, or a name word and up to two more that
    names hold, stopping at a verb, a function word, a mark or an ordinary word."""
    if i >= len(keys):
        return None
    if keys[i] in _OPEN:
        end = next(
            (j for j in range(i + 1, min(len(keys), i + 2 + _NAME_WORDS)) if keys[j] in _CLOSE),
            None,
        )
        if end is None or end == i + 1 or not all(_lettered(words[j]) for j in range(i + 1, end)):
            return None
        return (i + 1, end) if keys[i + 1] not in stopwords() else None
    if not _first_word(words, keys, i):
        return None
    j = i + 1
    while j < min(len(keys), i + _NAME_WORDS) and _more_name(words, keys, j):
        j += 1
    return i, j


def _lettered(word: str) -> bool:
    return word.replace("\u200c", "").isalpha()


def _first_word(words: list[str], keys: list[str], i: int) -> bool:
    """A word a name opens with: a given name, or no function word, verb or ordinary word
    («چیزی به نام»: «برگه»)."""
    key = keys[i]
    if not _lettered(words[i]) or key in stopwords() or key in _things():
        return False
    if key in lx.first_names():
        return True
    return not (verb(key) or adjective(key) or key in lx.common_words() or rank(key) < FREQUENT)


def _more_name(words: list[str], keys: list[str], j: int) -> bool:
    """The word at ``j`` goes on a name: a given name no ordinary word, a family name's word,
    or a word past the commonest that is no verb, adjective or ordinary word («خاوری»)."""
    key = keys[j]
    if not _lettered(words[j]) or key in stopwords() or verb(key):
        return False
    if j + 1 < len(keys) and light_verb_form(keys[j + 1]):
        return False  # «با مردی به نام منصور آشنا شد»: a verb's word
    if lx.first_names().get(key) is False:
        return True
    if key in lx.common_words() or adjective(key):
        return False
    return key in lx.family_name_words() or rank(key) >= FREQUENT


def with_called_names(
    tokens: TokenColumns, text: str, mentions: list[Mention], called: list[tuple[int, int]]
) -> list[Mention]:
    """``mentions`` with the names a person noun and «به نام» introduce (``called``, of
    ``called_names``) that no mention holds."""
    if not called:
        return mentions  # most articles
    taken = held_tokens(mentions)
    added = [
        untitled_mention(tokens, text, i, j)
        for i, j in called
        if not taken.intersection(range(i, j))
    ]
    return sorted(mentions + added, key=lambda m: m.i) if added else mentions


def called_again(
    reg: Registry, tokens: TokenColumns, keys: list[str], called: list[tuple[int, int]]
) -> None:
    """A person introduced by «به نام» is the one that their given name alone names further on
    in the article («مردی به نام منصور» ... «ناگهان منصور وارد شد»), where no other person
    of the article has that given name and the word is no part of another name (``called``:
    the names ``called_names`` found)."""
    for i, j in called:
        pkey = reg.by_token.get(i)
        given = keys[i]
        if pkey is None:
            continue
        reg.called.add(pkey)
        if not (j - i == 1 or given in lx.first_names()):
            continue
        if any(
            other != pkey and lx.phrase_keys(p.name)[:1] == (given,)
            for other, p in reg.persons.items()
        ):
            continue  # another of that given name
        for k in lx.positions(keys, {given}):
            if k >= j and _alone(reg, tokens, keys, k):
                reg.mention_at(tokens, k, k + 1, pkey)


def _alone(reg: Registry, tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """The given name at ``k`` stands alone: in no name, and no name's word beside it."""
    if k in reg.by_token or k - 1 in reg.by_token or k + 1 in reg.by_token:
        return False
    if not _lettered(tokens.words[k]):
        return False
    if k and keys[k - 1] in lx.first_names():
        return False  # «محمد منصور»: another's name
    after = keys[k + 1] if k + 1 < len(keys) else ""
    return not (after in lx.family_name_words() and after not in lx.common_words())
