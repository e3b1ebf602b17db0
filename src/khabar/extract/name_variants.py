"""A person of the article named again otherwise than in full: the family name run together
or written apart, a foreign given name alone (``surname_mentions`` calls these)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, rank
from khabar.extract.people import stopwords
from khabar.extract.registry import Registry
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_JOINED_LEAST = 6  # letters of a family name found run together or apart
_KUNYA = frozenset({"ابو", "ابن", "بن", "ام", "آل"})  # open a name of their own


def joined_surnames(
    reg: Registry, tokens: TokenColumns, keys: list[str], tagged: dict[int, str] | None
) -> None:
    """A family name run together where the full name wrote it apart, or apart where that
    ran it together, is the one person's of the article with that family name («سارا خادم
    الشریعه» ... «خادم‌الشریعه»; «حجت‌الله نصیری‌پور» ... «نصیری پور»)."""
    joined: dict[str, tuple[int, str]] = {}
    for surname, holders in reg.surnames.items():
        if len(holders) == 1 and len("".join(surname)) >= _JOINED_LEAST:
            joined.setdefault("".join(surname), (len(surname), next(iter(holders))))
    if not joined:  # most articles: no family name to look for
        return
    # one word that a name of several wrote apart, or two words that one name ran together:
    # only words that begin such a name are looked at twice
    run_together = {key: v[1] for key, v in joined.items() if v[0] != 1}
    apart = {key: v[1] for key, v in joined.items() if v[0] != 2}
    heads = {key[:m] for key in apart for m in range(1, len(key) + 1)}
    wanted = heads.union(run_together)
    for i in lx.positions(keys, wanted):  # the few looked at twice
        word = keys[i]
        if word in run_together:
            _joined_mention(reg, tokens, tagged, range(i, i + 1), run_together[word])
        if word in heads and i + 1 < len(keys) and word + keys[i + 1] in apart:
            _joined_mention(reg, tokens, tagged, range(i, i + 2), apart[word + keys[i + 1]])


def _joined_mention(
    reg: Registry, tokens: TokenColumns, tagged: dict[int, str] | None, at: range, pkey: str
) -> None:
    if any(k in reg.by_token or not tokens.words[k][0].isalpha() for k in at):
        return
    if tagged is not None and {tagged.get(k) for k in at} & {"ORG", "LOC"}:
        return
    _mention(reg, tokens, at, pkey)


def given_names_alone(
    reg: Registry, tokens: TokenColumns, keys: list[str], sentence_starts: set[int]
) -> None:
    """The given name of a foreigner named in full, alone as the subject that opens a
    sentence («وینگو بگوویچ» ... «وینگو با اشاره به ... عنوان کرد»): no Persian given name
    («علی» is many people's) and no frequent word; one person of the article has it."""
    firsts: dict[str, set[str]] = {}
    for m in reg.mention_of.values():
        if m.j - m.i >= 2:
            firsts.setdefault(keys[m.i], set()).add(reg.by_token[m.i])
    for i in sorted(i for i in sentence_starts if i < len(keys) - 1):  # opens a sentence
        k = keys[i]
        holders = firsts.get(k)
        if not holders or len(holders) != 1 or i in reg.by_token:
            continue
        if k in lx.first_names() or k in stopwords() or k in _KUNYA or rank(k) < FREQUENT:
            continue
        if not tokens.words[i + 1][0].isalpha() or i + 1 in reg.by_token:
            continue  # «وینگو بگوویچ» again, or a name run on
        _mention(reg, tokens, range(i, i + 1), next(iter(holders)))


def _mention(reg: Registry, tokens: TokenColumns, at: range, pkey: str) -> None:
    for k in at:
        reg.by_token[k] = pkey
    reg.persons[pkey].mentions.append(Span(tokens.starts[at[0]], tokens.ends[at[-1]]))
