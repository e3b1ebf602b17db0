"""Reporting verbs that share their light verb with the next one: «... را استقلال، آزادی ...
عنوان و تصریح کرد: ...» is «عنوان کرد» and «تصریح کرد». The first names what was said before
it (indirect), the second opens its own quote."""

from __future__ import annotations

from khabar.extract import lexicons as lx


def elided_verb(
    keys: list[str], i: int, b: int, topic_acts: frozenset[str] = frozenset()
) -> lx.Verb | None:
    """The reporting verb whose first word stands at ``i``, before «و» and another reporting
    verb whose light verb («کرد», «داشت») it takes: «عنوان و تصریح کرد» -> «عنوان کرد». Not
    before an act of ``topic_acts``: «نکاتی را بیان و تشریح کرد» names its topic only."""
    if i + 3 >= b or keys[i + 1] != "و":
        return None
    verbs = lx.reporting_verbs()
    after = verbs.match(keys, i + 2)
    if after is None or after[0] > b or after[0] - (i + 2) < 2 or after[1].lemma in topic_acts:
        return None  # «... عنوان و گفت»: no light verb to share
    # the light verb is the second verb's last words: «کرد» of «تصریح کرد», and of «ابراز
    # امیدواری کرد» («... را بسیار مهم توصیف و ابراز امیدواری کرد ...»)
    for start in range(i + 3, after[0]):
        probe = [keys[i], *keys[start : after[0]]]
        own = verbs.match(probe, 0)
        if own is not None and own[0] == len(probe):
            return own[1]
    return None
