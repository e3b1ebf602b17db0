"""A family name alone right before a post of a body, of someone the article never names in
full: «نشست مشترک سالاری رئیس سازمان تامین اجتماعی کشور ...», «با تقدیر از زحمات سالاری
رئیس سازمان ...», «هیاتی مرکب از وثیقی کفیل وزارت بازرگانی ... و دلپاک رییس اداره دوم
سیاسی ...».

News names an official once by family name and post, as a possessor or an object, where no
verb of saying follows (``lone_surnames``) and no list leads (``led_lists``). The post says
the word before it is its holder's name when that word can be nothing else: a listed family
name of a family name's shape that the news writes rarely and no list holds as a word, an
adjective, a given name or a place («سالاری»; not «کشاورزی» of «وزیر جهاد کشاورزی»), or a
word the news never writes but here, of letters only («دلپاک»). Not after a word of a name
(a name cut short: «اللهیار صالح معاون») nor after a body's or a place's kind («شرکت X مدیرعامل
...», «شهرستان X فرماندار ...»), nor a family name of a person the article names in full,
which ``surname_mentions`` gives to that person.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import glued
from khabar.extract.namewords import FREQUENT, RARE, SURNAME_ENDS, adjective, name_word, rank
from khabar.extract.people import (
    Mention,
    full_names_families,
    held_tokens,
    stopwords,
    untitled_mention,
    with_added,
)
from khabar.extract.tagged_entities import KIND_WORDS
from khabar.text.segment import TokenColumns

# the heads of a post a body's name follows («رئیس سازمان ...», «کفیل وزارت ...»)
_HEADS = frozenset(
    lx.key(w) for w in ("رئیس", "رییس", "معاون", "کفیل", "مدیرکل", "مدیرعامل", "دبیرکل")
)
_BODIES = frozenset(
    lx.key(w)
    for w in (
        *"سازمان وزارت اداره مجمع بانک شرکت ستاد دانشگاه دفتر مرکز کمیسیون شورای".split(),
        *"اتاق بنیاد موسسه مؤسسه دیوان کمیته انجمن".split(),
    )
)
_LETTERS = 3


def with_posted_surnames(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the family names alone before a post of a body the rule above finds."""
    heads = [h for h in lx.positions(keys, _HEADS) if 1 < h + 1 < len(keys)]
    heads = [h for h in heads if keys[h + 1] in _BODIES]
    if not heads:
        return mentions  # most articles
    used = held_tokens(mentions)
    families = full_names_families(keys, mentions)
    added: list[Mention] = []
    for h in heads:
        k = h - 1
        if k in used or keys[k] in families or not _holder(tokens, keys, k):
            continue
        before = keys[k - 1] if k > 0 else ""
        if name_word(before) or before in lx.first_names() or before in KIND_WORDS:
            continue  # «اللهیار صالح معاون ...», «شرکت X مدیرعامل ...»
        if before in lx.place_words():
            continue  # «شهرستان X ...»
        added.append(untitled_mention(tokens, text, k, k + 1))
        used.add(k)
    if not added:
        return mentions
    return with_added(mentions, added)


def _holder(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """Token ``k`` can be nothing but a family name: a listed one of a family name's shape,
    rare and no word, adjective, given name or place, or a word of letters the news never
    writes elsewhere."""
    key = keys[k]
    if not tokens.words[k].isalpha() or len(key) < _LETTERS or key in stopwords():
        return False
    if key in lx.common_words() or key in lx.first_names() or key in lx.place_words():
        return False
    if lx.places().match(keys, k) is not None or adjective(key):
        return False
    if key in lx.family_name_words():
        return key.endswith(SURNAME_ENDS) and rank(key) >= FREQUENT
    # not two words run together («درنامه رئیس سازمان ...»: «در نامه»)
    return rank(key) == RARE and key not in lx.name_words() and not glued(tokens.words[k])
