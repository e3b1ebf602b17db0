"""A given name that is one of the language's frequent nouns too («هدیه», a gift), second in a
name of two words, right before a light verb, is the verb's noun where the article writes the
name's first word alone elsewhere: «فهد از او استقبال کرد و کلاش طلا به صدام | هدیه کرد»
(gave Saddam a golden rifle as a gift), in an article that names «صدام» alone throughout. A
listed family name stays one («ناطق نوری داشت»), and a name written as one word that a list
holds is one («حداد عادل»)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, light_verb_form, rank

_ALONE_LEAST = 2  # times the article writes the name's first word without the noun


def predicate_noun(keys: list[str], i: int, j: int) -> bool:
    """The name over tokens ``[i, j)``, two words, ends in a given name that is a frequent noun
    and no family name, a light verb follows it, and the article writes the first word alone
    twice or more (module docstring)."""
    if j - i != 2 or j >= len(keys) or not light_verb_form(keys[j]):
        return False
    first, last = keys[i], keys[i + 1]
    if last not in lx.first_names() or last not in lx.common_words() or rank(last) >= FREQUENT:
        return False
    if last in lx.family_name_words() or first + last in lx.name_words():
        return False
    # the first word's places in the article, sought once for it (``lx.occurrences``)
    alone = sum(
        1 for k in lx.occurrences(keys, first, 0, len(keys) - 1) if keys[k + 1] != last and k != i
    )
    return alone >= _ALONE_LEAST
