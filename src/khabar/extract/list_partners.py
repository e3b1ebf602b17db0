"""A name joined by «و» to a person found, of a given name that is an ordinary word too and a
family name no list knows as an ordinary word: «سمیه گرامی و سپیده توکلی» («سپیده», dawn).

Alone, such a given name opens no name (``first_name_at`` leaves it); right after a person and
«و», before a word shaped like a family name, it is the list's next item. Not after «،», an
apposition's place («نیمیر عبدالعزیز، ستاره هلندی تیم ...»), nor with the family name of
another person of the article («کبری قربانی و زیبا بنی‌طالبی» beside «فرشته بنی‌طالبی»: two
persons of one family name leave its mentions alone unresolved, and their quotes with them).
Before «به ترتیب» the two words are the pair's second name whatever its given name, as the
posts after go to each in turn («مارک دوباویتز و آنی فیکسلر ، به ترتیب مدیر اجرایی و
تحلیلگر سیاسی»).
Two words the news writes rarely, each one a name may be, are the next item too after a person
named in full from a listed given name, where the word after them is no rare one: no list
knows the given name, but nothing else the pair could be joins a person so («احمد سراج و نسیب
خویخزی در همین حوزه انتخابیه»).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS
from khabar.extract.list_items import name_words
from khabar.extract.namewords import name_word, rare_word
from khabar.extract.people import Mention, held_tokens, untitled_mention, with_added
from khabar.text.segment import TokenColumns


def with_list_partners(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the names a list joins to one of them, by the rule above."""
    used = held_tokens(mentions)
    names = lx.first_names()
    held = {keys[m.j - 1] for m in mentions}
    added = []
    for m in mentions:
        i = m.j + 1  # the given name, past the separator
        if i + 1 >= len(keys) or keys[m.j] != "و" or i in used or i + 1 in used:
            continue
        family = keys[i + 1]
        if respective_pair(tokens, keys, i) or (
            family not in held and rare_pair(tokens, keys, m, i)
        ):
            added.append(untitled_mention(tokens, text, i, i + 2))
            used.update((i, i + 1))
            continue
        if not names.get(keys[i]) or family in names or family in held:
            continue
        # a family name a list holds, or one shaped so («توکلی» is an adjective's shape too)
        if not (family in lx.name_words() or name_word(family)) or family in lx.common_words():
            continue
        if "\n" in text[tokens.starts[m.j] : tokens.ends[i + 1]]:
            continue
        added.append(untitled_mention(tokens, text, i, i + 2))
        used.update((i, i + 1))
    if not added:
        return mentions
    return with_added(mentions, added)


def rare_pair(tokens: TokenColumns, keys: list[str], m: Mention, i: int) -> bool:
    """Tokens ``[i, i + 2)`` after ``m`` and «و» are two rare words a name may be, each of
    letters alone (no compound of two words, «صاحب‌نظر بوداز», nor a bracket run into it), after
    a full name that opens with a listed given name and before a word that is no rare one."""
    if m.j - m.i < 2 or keys[m.i] not in lx.first_names():
        return False
    for k in (i, i + 1):
        if not tokens.words[k].isalpha() or not rare_word(keys[k]):
            return False
        if not name_words(tokens.words, keys, k, k + 1):
            return False
    return i + 2 < len(keys) and not rare_word(keys[i + 2])


_RESPECTIVELY = (lx.key("به"), lx.key("ترتیب"))


def respective_pair(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Tokens ``[i, i + 2)`` after a person and «و» are a name before «به ترتیب» («، به
    ترتیب» too)."""
    k = i + 2
    if k < len(keys) and keys[k] in COMMAS:
        k += 1
    if tuple(keys[k : k + 2]) != _RESPECTIVELY:
        return False
    return name_words(tokens.words, keys, i, i + 2)
