"""«شیخ» after a given name opens the family name: «خبرگزاری فارس – حسن شیخ حائری:», «مرتضی
شیخ زاده»، «عبدالرضا شیخ الاسلامی». A title stands before the given name, never between it and
the family name, so «شیخ» there is no title of «حائری» (a name read so loses its given name).

* A name found right after «شیخ» read as its title, with a listed given name that is no word
  right before the title, opens at that given name.
* A listed given name that is no word, «شیخ» and a family name's word or ending that no
  common word is («الاسلامی», «زاده») are a name where no name is found on them.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention, held_tokens, opened_at, untitled_mention, with_added
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import NAME_PARTS

_SHEIKH = "شیخ"


def with_sheikh_families(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with the names the rules above make whole or find."""
    at = [k for k in lx.occurrences(keys, _SHEIKH) if k and k + 1 < len(keys)]
    if not at:
        return mentions  # most articles
    used = held_tokens(mentions)
    by_title = {m.ti: m for m in mentions if m.ti == m.i - 1}
    out = list(mentions)
    added = []
    for k in at:
        if k - 1 in used or lx.first_names().get(keys[k - 1]) is not False:
            continue
        m = by_title.get(k)
        if m is not None:
            out[out.index(m)] = opened_at(m, k - 1, tokens.starts[k - 1], text)  # «حسن | شیخ حائری»
            used.add(k - 1)
        elif k + 1 not in used and _family_word(tokens, keys, k + 1):
            added.append(untitled_mention(tokens, text, k - 1, k + 2))  # «مرتضی شیخ زاده»
            used.update((k - 1, k, k + 1))
    if out == mentions and not added:
        return mentions
    return with_added(out, added)


def _family_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    key = keys[k]
    if not tokens.words[k].isalpha():
        return False
    return key in NAME_PARTS or (key in lx.family_name_words() and key not in lx.common_words())
