"""A family name alone said to be one of a plural noun of persons: «باید بپذیریم که نادی یکی از
بازیکنان سرعتی خوب ایران بوده», «بویلن یکی از مربیانی بود که ...». News names a player, a coach
or a writer so when it never names him in full; the apposition says the word is a person's
name, though no verb of saying, post or title stands beside it. The word opens its clause
(after a full stop, a comma, «که» or «و»): not «مصدومیت یکی از بازیکنان» (the injury of one of
the players) nor «حزب کارگر یکی از شاکیان».
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, STOPS
from khabar.extract.led_lists import plural_of_persons
from khabar.extract.lone_surnames import lettered, no_verb_nor_listed
from khabar.extract.namewords import FREQUENT, adjective, no_name_end, rank
from khabar.extract.no_name_words import no_name
from khabar.extract.people import post_boundaries, stopwords
from khabar.extract.registry import Registry
from khabar.text.segment import TokenColumns

_ONE = lx.key("یکی")
_OF = lx.key("از")
# what a clause's subject opens after: a sentence's or a clause's mark, «که», «و»
_OPENERS = STOPS | frozenset({*COMMAS, "«", "»", '"', "که", "و"})


def one_of_persons(
    reg: Registry, tokens: TokenColumns, keys: list[str], tagged: dict[int, str] | None = None
) -> None:
    """Add to ``reg`` the persons named by a family name alone right before «یکی از» and a
    plural noun of persons (``plural_of_persons``), opening its clause; with the tagger's kinds
    (``tagged``), not one it reads as a body or a place."""
    for k in lx.positions(keys, frozenset({_ONE})):
        i = k - 1
        if i < 0 or k + 2 >= len(keys) or keys[k + 1] != _OF:
            continue
        if not plural_of_persons(keys[k + 2]) or i in reg.by_token:
            continue
        if i > 0 and keys[i - 1] not in _OPENERS:
            continue  # «به دلیل مصدومیت یکی از بازیکنان»: a noun of the phrase before
        if tagged is not None and tagged.get(i) in ("ORG", "LOC"):
            continue
        if not _family_word(tokens, keys, i):
            continue
        pkey = reg.by_surname((keys[i],)) or reg.new_person(tokens, keys, i, i + 1)
        reg.mention_at(tokens, i, i + 1, pkey)


def _family_word(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """A word of letters that may be a family name alone: a listed family name's word that is
    no common word, or a word past the commonest no list holds («بویلن»); no adjective, given
    name, function word, post's edge, verb, place, organization or title."""
    key = keys[i]
    if not lettered(tokens, keys, i) or key in stopwords() or key in post_boundaries():
        return False
    if key in lx.common_words() or key in lx.first_names() or adjective(key):
        return False
    if no_name(key) or no_name_end(key) or key in lx.outlet_words():
        return False
    if key not in lx.family_name_words() and rank(key) < FREQUENT:
        return False
    return no_verb_nor_listed(keys, i)
