"""A name glued to the word before it, where the text lost a space or a line break.

«... مشکلی نداردعلی صوفی، وزیر سابق ...», «اضافه نکنیدحسینعلی شهریاری، نماینده ...»,
«ملاعبدالغنی برادر»: the token holds a word (a title, or a frequent word or a preposition
that opens no name) and a listed given name; a family name follows. The name starts inside
the token, and the word before is no part of it (a title is the name's title).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache, lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import glued, name_end_cut, plain_head
from khabar.extract.namewords import FREQUENT, RARE, ordinary, rank, verb
from khabar.extract.people import Mention, family_end
from khabar.lexicon import rows
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_PLURAL = ("\u200cها", "\u200cهای")
# prepositions and «که», run into a given name of four letters or more («بامحمد»)
_SHORT_HEADS = frozenset({"با", "از", "به", "در", "که"})
# short verbs that end a headline («شد», «کرد», «است»), run into a given name after them
_VERB_HEADS = frozenset({"شد", "کرد", "است", "بود", "داد"})  # not «گفت»: «گفتمانی»
# titles that open given names too («حاجعلی», «میرحسین», «شیخعلی»): never cut off
_NAME_TITLES = frozenset("حاج حاجی میر امیر شیخ سید سیده ملک آقا شاه سلطان مشهدی کربلایی".split())


@lru_cache(maxsize=65536)  # called on every long word of every article
def given_name_cut(word: str) -> tuple[str, int]:
    """(the word or title before, where the given name starts in ``word``), or ("", 0) when
    ``word`` is no word run into a given name: a word of its own («بهنام», «فعلی») or a
    name's word is never cut, nor is a given name whose part a ZWNJ joins."""
    key = lx.key(word)
    names = lx.first_names()
    if len(key) < 5 or key in names or not key.isalpha():
        return "", 0
    word_of_its_own = not _no_word(key)  # but a title's («ملامحمد» is in the word list)
    for cut in range(2, len(key) - 2):
        head, tail = key[:cut], key[cut:]
        # a headline's last verb run into the lead's first name: «... دچار شدمارتین فلودن، ...»
        after_verb = head in _VERB_HEADS and len(tail) > 3 and _foreign_given(tail)
        if names.get(tail) is not False and not after_verb:
            continue  # no given name, or one that is also a word («امید»)
        title = head in _titles()
        if word_of_its_own and not title:
            continue
        short = head in _SHORT_HEADS or head in _VERB_HEADS
        if not (title or plain_head(head) or (short and len(tail) > 3)):
            continue
        at = next((p for p in range(len(word)) if lx.key(word[p:]) == tail), 0)
        if at and "\u200c" not in word[at:]:
            return head, at
    return "", 0


@cache
def _titles() -> frozenset[str]:
    """One-word titles that open no given name («دکتر», «مهندس», «ملا»)."""
    one = {lx.key(r[0]) for r in rows("honorifics.tsv") if " " not in r[0]}
    return frozenset(one - _NAME_TITLES - lx.first_name_heads())


def _foreign_given(key: str) -> bool:
    """A foreign given name that is no word of the language («مارتین»; not «جان»)."""
    return key in lx.foreign_given_names() and rank(key) >= FREQUENT


def _no_word(key: str) -> bool:
    return rank(key) == RARE and key not in lx.name_words()


def with_glued_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with the names found inside glued tokens; a mention over the glued token
    («نداردعلی صوفی») gives way to the name."""
    found: list[Mention] = []
    n = len(tokens)
    for k, word in enumerate(tokens.words[: n - 1]):
        if len(word) < 5 or not word[0].isalpha():
            continue
        head, at = given_name_cut(word)
        if not at:
            continue
        if text[tokens.ends[k] : tokens.starts[k + 1]] != " ":
            continue  # the family name is on the next line or after a mark
        given = k + 1 + (lx.first_names().get(lx.key(word[at:]) + keys[k + 1]) is False)
        j = family_end(tokens, keys, given, True, False)  # «کردیممحمد جواد آذری جهرمی»
        if j == given:
            continue
        end = tokens.ends[j - 1]
        last = keys[j - 1]
        cut = name_end_cut(tokens.words[j - 1]) if _no_word(last) else 0
        if cut:  # «محمد کشتی آرایعضو هیأت مدیره», «ناصر فکوهیبا توجه به ...»
            end = tokens.starts[j - 1] + cut
        elif glued(tokens.words[j - 1]):
            continue
        if any(glued(tokens.words[t]) for t in range(k + 1, j - 1)) or any(
            ordinary(keys[t]) or verb(keys[t]) or tokens.words[t].endswith(_PLURAL)
            for t in range(k + 1, j)
        ):
            continue  # «یکپارچهایاز داده‌های مالی»: a word of the text after a given name
        span = Span(tokens.starts[k] + at, end)
        titled = head in _titles()
        full = Span(tokens.starts[k], span.end) if titled else span
        titles = [word[:at]] if titled else []
        found.append(Mention(k, j, text[span.start : span.end], titles, span, full, k))
    if not found:
        return mentions
    before = {m.i: m for m in mentions if m.ti < m.i}
    for n, f in enumerate(found):  # the titles before the glued word stay («ماموستا ملامحمد»)
        if (m := before.get(f.i)) is not None:
            titles = [*(t for t in m.titles if t not in f.titles), *f.titles]
            found[n] = replace(f, titles=titles, full=Span(m.full.start, f.span.end), ti=m.ti)
    covered = {t for m in found for t in range(m.ti, m.j)}
    return [m for m in mentions if covered.isdisjoint(range(m.ti, m.j))] + found


def name_keys(m: Mention, tokens: TokenColumns, keys: list[str]) -> list[str]:
    """The keys of the words of ``m``'s name: its tokens' keys, but for a name that starts or
    ends inside a glued token, whose own words are the name's."""
    if m.span.start == tokens.starts[m.i] and m.span.end == tokens.ends[m.j - 1]:
        return keys[m.i : m.j]
    return list(lx.phrase_keys(m.name))
