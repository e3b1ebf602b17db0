"""Where each extractor may start, found in one pass over the token keys.

Most tokens open no lexicon entry: rather than each extractor walking every token of the
article, one dictionary look-up per token lists the tokens that open an entry of each
lexicon, and the extractors visit only those (in order, as their own scans would).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from itertools import chain, compress

from khabar.extract import lexicons as lx
from khabar.extract.keys_joined import keys_joined

PERSON, POST, ORGANIZATION, PLACE, SOURCE, COMMITMENT, QUOTE = range(7)
# Keys that other per-token scans look for, found in the same pass: the openers of the
# tagger's gazetteers (its lexicon marks), the given names of unlisted foreign names and
# «آل», the heads of credits' cues, the outlets' first words, the companies' heads and the
# commas and marks that no name of the tagger's holds, the marks that close a quotation or
# end a sentence, those that open a quotation, and post heads in the plural.
GAZETTEER, GIVEN, CLAN, CREDIT, OUTLET, COMPANY, STOP, FINAL, QUOTE_OPEN, PLURAL = range(
    QUOTE + 1, QUOTE + 11
)


@cache
def _kinds() -> dict[str, int]:
    """Key -> bit set of the extractors that may start at a token with that key."""
    from khabar.extract.commitments import cues
    from khabar.extract.credits import credit_heads
    from khabar.extract.entities import ORG_HEADS, SOURCE_LEADS
    from khabar.extract.people import QUOTES_OPEN
    from khabar.extract.quotes import CLOSED_OR_FINAL
    from khabar.extract.tagger import NO_NAME_INSIDE
    from khabar.extract.tagger_features import gazetteer_openers
    from khabar.extract.unlisted_names import CLAN_WORDS

    starts = {
        PERSON: lx.honorifics().first_keys()
        | lx.first_names().keys()
        | lx.first_name_heads()
        | lx.foreign_figures().first_keys(),
        POST: lx.post_heads().first_keys() | lx.post_anaphors().first_keys(),
        ORGANIZATION: lx.organizations().first_keys() | ORG_HEADS,
        PLACE: lx.places().first_keys(),
        SOURCE: {lead[0] for lead in SOURCE_LEADS},
        COMMITMENT: cues().first_keys(),
        QUOTE: lx.reporting_verbs().first_keys(),
        GAZETTEER: gazetteer_openers(),
        GIVEN: lx.more_given_names(),
        CLAN: CLAN_WORDS,
        CREDIT: credit_heads(),
        OUTLET: lx.agencies().first_keys(),
        COMPANY: lx.keyed_words("company_heads.txt"),
        STOP: NO_NAME_INSIDE,
        FINAL: CLOSED_OR_FINAL,
        QUOTE_OPEN: QUOTES_OPEN,
        PLURAL: lx.plural_head_openers(),
    }
    kinds: dict[str, int] = {}
    for kind, keys in starts.items():
        for k in keys:
            kinds[k] = kinds.get(k, 0) | 1 << kind
    return kinds


def find_triggers(keys: list[str]) -> list[list[int]]:
    """For each extractor (``PERSON`` ... ``QUOTE``), the sorted indices where it may start,
    and for each other scan (``GAZETTEER`` ... ``PLURAL``) those of the keys it looks for.

    A person may also start at any «سید...» (``khabar.extract.people.first_name_at``).
    """
    kinds = list(map(_kinds().get, keys))
    by_kinds: defaultdict[int, list[int]] = defaultdict(list)  # each combination's tokens
    for i in compress(range(len(kinds)), kinds):  # the tokens of any kind, picked in C
        by_kinds[kinds[i] or 0].append(i)  # never 0: picked as true
    parts: list[list[list[int]]] = [[] for _ in range(PLURAL + 1)]  # each kind's lists
    for bits, tokens in by_kinds.items():
        while bits:  # each kind of the combination, lowest first
            kind = bits & -bits
            parts[kind.bit_length() - 1].append(tokens)
            bits ^= kind
    out = [lists[0] if len(lists) == 1 else sorted(chain.from_iterable(lists)) for lists in parts]
    if sayyid := _starting(keys_joined(keys), "سید"):
        out[PERSON] = sorted(set(out[PERSON]).union(sayyid))
    return out


def _starting(joined: str, prefix: str) -> list[int]:
    """The indices of the keys that start with ``prefix``, in the keys joined between
    newlines: found by ``str.find`` and their newlines counted, all in C (``str.startswith``
    called on every key costs twice a join)."""
    out = [0] if joined.startswith(prefix) else []
    at, n, p = 0, 0, joined.find("\n" + prefix)
    while p >= 0:
        n += joined.count("\n", at, p + 1)  # the newlines up to this key's
        out.append(n)
        at = p + 1
        p = joined.find("\n" + prefix, at)
    return out
