"""«بنابر اعلام X،» (as X announced) opening a clause with a subject and a verb of saying of
its own: «بنابر اعلام روابط عمومی وزارت بهداشت، وی بیان داشت: ...». X relays the words, as
«به گزارش X،» does, and the subject past its comma speaks; with no verb of saying the words
stay X's («طبق اعلام کمیته مسابقات ...، چند دیدار ... لغو شد», ``quotes_without_verb``)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import by_announcement
from khabar.extract.clause_words import COMMAS

_REACH = 12  # tokens from «بنابر» to the comma at most


def past_announcement(keys, s: int, verb_at: int) -> int:
    """The token past the comma of «بنابر اعلام X،» at ``s``, when words stand between it and
    the verb at ``verb_at`` and nothing in X reports; else ``s``."""
    if not by_announcement(keys, s):
        return s
    verbs = lx.reporting_verbs()
    for k in range(s + 2, min(verb_at - 1, s + _REACH)):
        if keys[k] in COMMAS:
            return k + 1
        if verbs.match(keys, k) is not None:
            return s
    return s
