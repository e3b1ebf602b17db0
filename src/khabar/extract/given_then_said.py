"""A family name that is a word some list holds (a post, a common word), written once after a
given name and then alone as the subject of a report: «علیرضا دبیر عضو هیات رئیسه شورای اسلامی
شهر تهران ...» ... «دبیر خاطرنشان کرد: ...», «دبیر گفت: ...». Alone, «دبیر» (a secretary) is a
post and «دبیر گفت» might be anyone's secretary; a listed given name right before the same word
elsewhere in the article tells that it is the family name of the one who speaks.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import stopwords
from khabar.extract.registry import Registry
from khabar.text.segment import TokenColumns

_OPENS_SUBJECT = 2  # «دبیر گفت:» and «دبیر خاطرنشان کرد:»: two reports at least


def given_then_said(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    opens: dict[str, list[int]],
) -> None:
    """Add to ``reg`` the person «G W» where W, a word of a listed family name, opens two
    reporting sentences or more (``opens``: the tokens where each such word no person holds
    opens one, by key) and the article writes W right after G, one listed given name, once or
    more; W's lone openings are that person's mentions."""
    for key, at in opens.items():
        if len(at) < _OPENS_SUBJECT or key in stopwords() or key in lx.first_names():
            continue
        if lx.honorifics().match(keys, at[0]):
            continue
        heads = [
            k
            for k in lx.occurrences(keys, key, 1, len(keys))
            if keys[k - 1] in lx.first_names()
            and k - 1 not in reg.by_token
            and k not in reg.by_token
        ]
        if not heads or len({keys[k - 1] for k in heads}) > 1:
            continue  # no given name before it, or two: two persons, or none
        pkey = reg.new_person(tokens, keys, heads[0] - 1, heads[0] + 1)
        for k in heads:
            reg.mention_at(tokens, k - 1, k + 1, pkey)
        for i in at:
            if i not in reg.by_token:
                reg.mention_at(tokens, i, i + 1, pkey)
