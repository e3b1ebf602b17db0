"""Names a list writes side by side with no comma, found as one person: credits and casts
(«سهیل بیرقی سهیل بیرقی سهیل بیرقی», the director, producer and writer under their lost
labels; «علیرضا مهران مسعود سلامی», an actor and the cinematographer).

A name of three words or more that holds a full name the article gives apart (two words or
more, a given name first), or its own first two words again, is those names side by side: it
is cut into them. What lies between or after them is a name of its own where it is two words
or more opened by a given name; a single word is dropped: a given name after a full name
opens the next name, whose family name the run lost («سامان سالور ساسان سالور | ساسان»), and a
word that is no given name before one closes the name before, whose given name it lost
(«پوررئوفی | امین جعفری»). A given name alone before a full name makes one name with it
(«امیر | حسین ...», a given name of two words), and a word that is no given name after one is
its family name's second word: the name stands whole.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import LINEAGE, SURNAME_ENDS, without_sayyid
from khabar.extract.people import Mention, ended_at, untitled_mention
from khabar.text.segment import TokenColumns

_LEAST_WORDS = 3  # a full name and one word more
_LEAST_PAIRS = 2  # full names side by side, none known apart
# a family name's second word after a given name: its ends, and a town's «-آباد» written apart
# («قربانعلی دری نجف آبادی», of Najafabad; «علی آبادی», «دولت آبادی»)
_SECOND_HALVES = (*SURNAME_ENDS, "آباد")


def with_names_side_by_side(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each that holds full names the article gives apart cut into them
    (module docstring)."""
    if not any(m.j - m.i >= _LEAST_WORDS for m in mentions):
        return mentions  # most articles
    given = lx.first_names()
    # the full names: a given name first, a word that is none last («محمد جواد» is no name)
    known = {
        name
        for m in mentions
        if m.j - m.i > 1
        and keys[m.i] in given
        and (name := _name_keys(tokens, keys, text, m))[-1] not in given
    }
    out: list[Mention] = []
    for m in mentions:
        pieces = (
            _pieces(_name_keys(tokens, keys, text, m), m, known)
            if m.j - m.i >= _LEAST_WORDS
            else None
        )
        if pieces is None:
            out.append(m)
            continue
        for a, b in pieces:
            if b - a == 1:
                continue  # a word the run cut from its name
            end = m.span.end if b == m.j else tokens.ends[b - 1]  # «سلامی» of «سلامی‌زنی»
            if a == m.i:  # the first keeps the titles before the name
                out.append(ended_at(m, b, end, text))
            else:
                part = untitled_mention(tokens, text, a, b)
                out.append(ended_at(part, b, end, text))
    return out


def _name_keys(tokens: TokenColumns, keys: list[str], text: str, m: Mention) -> tuple[str, ...]:
    """The keys of ``m``'s words, its last as far as the name goes («سلامی» of «سلامی‌زنی»)."""
    j = m.j - 1
    if m.span.end == tokens.ends[j]:
        return tuple(keys[m.i : m.j])
    return (*keys[m.i : j], lx.key(text[tokens.starts[j] : m.span.end]))


def _given(key: str) -> bool:
    """A given name, «سید» run into one too («سیدغلامرضا»)."""
    return key in lx.first_names() or without_sayyid(key) in lx.first_names()


def _pieces(
    whole: tuple[str, ...], m: Mention, known: set[tuple[str, ...]]
) -> list[tuple[int, int]] | None:
    """The token ranges of the names ``m`` (its words' keys ``whole``) holds side by side, or
    None where it is one name: names the article gives apart first, else full names in pairs
    («پوررئوفی | امین جعفری | بهتاش صناعی», where the word before «امین جعفری» is read as
    its part)."""
    return _known_pieces(whole, m, known) or _pairs(whole, m)


def _known_pieces(
    whole: tuple[str, ...], m: Mention, known: set[tuple[str, ...]]
) -> list[tuple[int, int]] | None:
    """The token ranges of the names the article gives apart that ``m`` holds, and of what lies
    between them, or None where they are not so cut."""
    again = (
        _given(whole[0])
        and whole[1] not in lx.first_names()
        and any(whole[k : k + 2] == whole[:2] for k in range(2, len(whole)))
    )
    names = known | {whole[:2]} if again else known
    pieces: list[tuple[int, int]] = []
    found: list[bool] = []  # each piece, whether a name the article gives
    p = 0
    while p < len(whole):
        if at := _name_at(whole, p, names):
            pieces.append((p, p + at))
            found.append(True)
            p += at
            continue
        q = p + 1
        while q < len(whole) and not _name_at(whole, q, names):
            q += 1
        pieces.append((p, q))
        found.append(False)
        p = q
    if len(pieces) < 2:
        return None
    for n, ((a, b), named) in enumerate(zip(pieces, found, strict=True)):
        if named:
            continue
        word = whole[a]
        if b - a > 1:
            if not _given(word) or "".join(whole[a:b]) in lx.first_names():
                return None  # words of no name of their own, or a given name apart («محمد جواد»)
        elif n < len(pieces) - 1:
            return None  # a word before a name is its part («امیر | حسین ...», «زلمای | ...»)
        elif not _given(word) or word in lx.family_name_words():
            return None  # a family name's second word («احمد خورشیدی | آزاد»)
    return [(m.i + a, m.i + b) for a, b in pieces]


def _pairs(whole: tuple[str, ...], m: Mention) -> list[tuple[int, int]] | None:
    """The token ranges of two full names or more, each a given name and a family name, side
    by side with none the article gives apart («پوررئوفی | امین جعفری | بهتاش صناعی»): a
    family name first, the given name's lost, is a piece of one word (dropped); None where
    the words do not so alternate, or a given name and the word after it make one family
    name («علی آبادی», «حسن زاده», «نجف آبادی»)."""
    if LINEAGE.intersection(whole):
        return None  # «جابر بن عبدالله انصاری»: one name of a lineage
    lost = not _given(whole[0])
    rest = whole[1:] if lost else whole
    if len(rest) < 2 * _LEAST_PAIRS or len(rest) % 2 or (lost and not _family(whole[0])):
        return None
    for given, family in zip(rest[::2], rest[1::2], strict=True):
        if not _given(given) or family in lx.first_names() or not _family(family):
            return None
        if given + family in lx.name_words() or family.startswith(_SECOND_HALVES):
            return None
    ranges = [(0, 1)] if lost else []
    ranges += [(p, p + 2) for p in range(int(lost), len(whole), 2)]
    return [(m.i + a, m.i + b) for a, b in ranges]


def _family(key: str) -> bool:
    """A family name's word: listed, or with a family name's ending («پوررئوفی»)."""
    return key in lx.family_name_words() or key.endswith(SURNAME_ENDS)


def _name_at(whole: tuple[str, ...], p: int, names: set[tuple[str, ...]]) -> int:
    """The length of the longest name of ``names`` opening at word ``p`` of ``whole``, not
    ``whole`` itself; 0 where none does."""
    for length in range(len(whole) - p, 1, -1):
        if length < len(whole) and whole[p : p + length] in names:
            return length
    return 0
