"""The last word of a family name of two words, alone as a clause's subject: the one person
whose family name ends in it («امین حسین نقشینه» ... «نقشینه با اخطار ... گفت», «غلامحسین
محسنی اژه‌ای» ... «اژه‌ای : ...», «سیدمصطفی آقا میرسلیم» ... «میرسلیم ۲۵ اردیبهشت ۹۹
توئیتر:»)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, adjective, demonym, ordinary, shaped, word_rank
from khabar.extract.registry import Registry, family_tail
from khabar.text.segment import TokenColumns


def surname_tails(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentence_starts: set[int],
    tagged: dict[int, str] | None = None,
) -> None:
    """A bare last word of the one family name of two words that ends in it, no given name
    and no one's whole family name (``family_tail``), becomes that person's mention where it
    opens a clause (a sentence start, after punctuation or «که») and is a word past the
    commonest, or the tagger marks it a person, or a reporting verb or a colon follows; not
    a frequent word, an adjective, a country's or a place's adjective («یزدی» of «مصباح
    یزدی»)."""
    tails = {s[-1] for s in reg.surnames if len(s) == 2 and len(s[0]) > 1}
    if not tails:
        return
    for i in lx.positions(keys, tails):
        k = keys[i]
        if i in reg.by_token or not tokens.words[i][0].isalpha() or not _name_like(k):
            continue
        if not (i in sentence_starts or _opens_clause(tokens, keys, i)):
            continue
        said = lx.reporting_verbs().match(keys, i + 1) is not None or (
            i + 1 < len(keys) and tokens.words[i + 1] == ":"
        )
        rare = word_rank(k) >= FREQUENT and k not in lx.common_words()
        if not (said or rare or (tagged is not None and tagged.get(i) == "PER")):
            continue
        pkey = family_tail(reg, k)
        if pkey is None or (not said and _family_head_alone(reg, pkey, k)):
            continue
        reg.mention_at(tokens, i, i + 1, pkey)


def _name_like(key: str) -> bool:
    """No frequent or ordinary word, no adjective, no place's or country's «ی»."""
    if ordinary(key) or adjective(key) or demonym(key) or word_rank(key) < FREQUENT:
        return key in lx.family_name_words() and not ordinary(key) and not adjective(key)
    stem = key[:-1] if key.endswith("ی") else ""
    return not (stem and lx.places().match([stem], 0))


def _opens_clause(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """Punctuation or «که» before token ``i``: not a noun, a preposition («عدم مفسده», «در
    توئیتی») or «و», which joins nouns as often as clauses («ضرر و مفسده»)."""
    return not i or not tokens.words[i - 1][0].isalpha() or keys[i - 1] == "که"


def _family_head_alone(reg: Registry, pkey: str, tail: str) -> bool:
    """Whether the family name's first word is a family name by itself, no given name
    («حسینی | متواری», «رشیدپور | توئیتی»): the word after it may be the text's, not the
    name's, and counts only before a reporting verb or a colon («محسنی اژه‌ای» ... «اژه‌ای :»)."""
    heads = [
        s[0] for s, held in reg.surnames.items() if len(s) == 2 and s[-1] == tail and pkey in held
    ]
    return any(
        h not in lx.first_names() and (h in lx.family_name_words() or shaped(h)) for h in heads
    )
