"""Words of the clause read as a name, by their class.

- A plural past verb ends no name, however rare its stem («به محبت علی | بخشیدند»); a given
  name alone, untitled, that is left before it names no one we can tell.
- A day of the week run into a family name ends the name inside the token («علی
  مطهریسه‌شنبه بود که»: «مطهری», «سه‌شنبه»).
- A family name alone, then a word of the language and a light verb: the word is the verb's
  noun («برای حاجی بابایی | لابی می‌کند», lobbies for him).
- A plural in «‌ها» of a word that ends in an ordinary word, no name's («سردار
  اصولگراروایت‌ها»: «اصولگرا روایت‌ها»).
- A name whose first word closes a place's name written apart («استان کهگیلویه و بویر احمد
  آتش‌سوزی را ...»).
- «پیر» before a foreign given name is the name's (Pier, Pierre: «پیر پائولو پازولینی»).
- A family name, then the rest of a name run with it in «ی‌ها», its followers («پایداری‌ها و
  احمدی نژادی‌ها»: Ahmadinejad's men).
- A name in a poem's lines (``verse_lines``).
"""

from __future__ import annotations

from dataclasses import replace

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import end_of_key
from khabar.extract.namewords import FREQUENT, RARE, light_verb, rank
from khabar.extract.people import Mention
from khabar.extract.verse_lines import without_verse
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns
from khabar.text.zwnj_lexicon import default_lexicon

# days of the week (keys, no ZWNJ), the longest first: «سه‌شنبه» before «شنبه»
_WEEKDAYS = ("چهارشنبه", "پنجشنبه", "سهشنبه", "یکشنبه", "دوشنبه", "شنبه", "جمعه")
_HEAD_LEAST = 4  # letters of the family name before a weekday: «مطهری»
_PLURAL = "\u200cها"  # a plural written with a ZWNJ («روایت‌ها»)
_WORD_LEAST = 4  # letters of the ordinary word a plural ends in: «روایت»
_FOLLOWERS = ("یهاست", "یهای", "یها")  # keys: «نژادی‌ها», «نژادی‌های», «نژادی‌هاست»
_PIER = "پیر"  # Pier, Pierre before a foreign given name; also «old»
_PLACE_REACH = 3  # tokens before a name where a place's name may open: «کهگیلویه و بویر»


def without_clause_words(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` without those the words of their clause make (module docstring), ended
    or opened where those words are the name's."""
    out = []
    for m in without_verse(text, mentions):
        if _no_name(tokens, keys, m):
            continue
        if plural_past(keys[m.j - 1]):
            if m.j - m.i == 1 or (m.j - m.i == 2 and _lone_given(keys, m)):
                continue
            m = _ended(tokens, text, m, m.j - 1, tokens.ends[m.j - 2])
        elif m.j - m.i == 2 and _noun_of_light_verb(keys, m):
            m = _ended(tokens, text, m, m.j - 1, tokens.ends[m.i])
        elif cut := _weekday_cut(tokens, m):
            m = _ended(tokens, text, m, m.j, tokens.starts[m.j - 1] + cut)
        m = _with_pier(tokens, keys, text, m)
        out.append(m)
    return out


def _no_name(tokens: TokenColumns, keys: list[str], m: Mention) -> bool:
    if _followers(keys, m) or _place_part(keys, m):
        return True
    return _word_plural(tokens.words, m)


def _lone_given(keys: list[str], m: Mention) -> bool:
    return not m.titles and keys[m.i] in lx.first_names()


def _ended(tokens: TokenColumns, text: str, m: Mention, j: int, end: int) -> Mention:
    span, full = Span(m.span.start, end), Span(m.full.start, end)
    return replace(m, j=j, name=text[span.start : span.end], span=span, full=full)


def plural_past(key: str) -> bool:
    """A past verb of «they»: a past stem the verb lexicon holds and «ند» («بخشیدند»,
    «گذاشتند»), never a name's word («خداوند», «هنرمند» end in no past stem)."""
    stem = key[:-2]
    if not key.endswith("ند") or len(stem) < 4 or stem[-1] not in "دت":
        return False
    if key in lx.name_words() or key in lx.first_names():
        return False
    return stem in default_lexicon().verbs


def _weekday_cut(tokens: TokenColumns, m: Mention) -> int:
    """Where the name ends in its last token, a weekday run into it; 0 if not."""
    last = m.j - 1
    return _weekday_end(tokens.words[last]) if m.span.end == tokens.ends[last] else 0


def _weekday_end(word: str) -> int:
    """Where a family name ends in ``word`` when a day of the week is run into it («مطهری»
    of «مطهریسه‌شنبه»), 0 if not."""
    key = lx.key(word)
    if key in lx.name_words() or key in lx.first_names() or rank(key) < RARE:
        return 0
    for day in _WEEKDAYS:
        head = key[: -len(day)]
        if key.endswith(day) and len(head) >= _HEAD_LEAST and head in lx.name_words():
            return end_of_key(word, head)
    return 0


def _noun_of_light_verb(keys: list[str], m: Mention) -> bool:
    """A family name alone (no given name opens the name), then a word of the language no
    list of names holds, then a light verb: the verb's noun («بابایی | لابی می‌کند»)."""
    if m.j >= len(keys) or not light_verb(keys[m.j]):
        return False
    first, last = keys[m.i], keys[m.j - 1]
    names = lx.name_words() | lx.family_name_words() | lx.foreign_given_names()
    return first not in lx.first_names() and rank(last) < RARE and last not in names


def _word_plural(words: list[str], m: Mention) -> bool:
    """A word of the name is a plural in «‌ها» whose stem ends in an ordinary word of four
    letters or more that no name holds («اصولگراروایت‌ها»; not «هسل‌ها», a misspelt
    Hasselhoff)."""
    for word in words[m.i : m.j]:
        if not word.endswith(_PLURAL):
            continue
        stem = lx.key(word[: -len(_PLURAL)])
        if any(
            rank(stem[k:]) < FREQUENT and stem[k:] not in lx.name_words()
            for k in range(len(stem) - _WORD_LEAST + 1)
        ):
            return True
    return False


def _followers(keys: list[str], m: Mention) -> bool:
    """The name's last word and the next one in «ی‌ها» make a name of the lists: the
    adjective of its bearer's followers («احمدی | نژادی‌ها», of «احمدی‌نژاد»)."""
    if m.j >= len(keys):
        return False
    after = keys[m.j]
    for end in _FOLLOWERS:
        stem = after[: -len(end)]
        if after.endswith(end) and len(stem) >= 3 and keys[m.j - 1] + stem in lx.name_words():
            return True
    return False


def _place_part(keys: list[str], m: Mention) -> bool:
    """The name's first word closes a place's name that opens before it («کهگیلویه و بویر
    | احمد آتش‌سوزی»)."""
    places = lx.places()
    for start in range(max(0, m.ti - _PLACE_REACH), m.ti):
        hit = places.match(keys, start)
        if hit is not None and hit[0] > m.i:  # the place ends past the name's first word
            return True
    return False


def _with_pier(tokens: TokenColumns, keys: list[str], text: str, m: Mention) -> Mention:
    """``m``, opened at «پیر» before its foreign given name («پیر | پائولو پازولینی»)."""
    if m.titles or m.i == 0 or keys[m.i - 1] != _PIER:
        return m
    given = keys[m.i]
    if given not in lx.foreign_given_names() or given in lx.first_names():
        return m
    span = Span(tokens.starts[m.i - 1], m.span.end)
    return replace(m, i=m.i - 1, ti=m.i - 1, name=text[span.start : span.end], span=span, full=span)
