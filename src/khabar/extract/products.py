"""A maker's name before a model's names a product, not the maker: «تویوتا پرادو»,
«میتسوبیشی پاجرو GLX», «کیا سراتو ۲۰۰۰», «پژو 206», «اپل واچ». PEYMA's training part tags
27 of the 30 makers' names so placed as no organization (2 as one: «پژو زودتر», «اپل
تکنولوژی»), and the makers alone («هیوندای ، کیا و تویوتا») as organizations 26 times of 35."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.org_spans import no_org_end

# words of a maker's company after its name («میتسوبیشی موتورز», «سامسونگ الکترونیکس»)
_COMPANY_WORDS = frozenset(
    lx.key(w)
    for w in "موتور موتورز الکترونیکس تکنولوژی کمپانی گروپ کورپوریشن اینترنشنال ایران".split()
)


def _model_word(word: str, key: str) -> bool:
    """A model's word: a number or a Latin word («206», «GLX», «۲۰۰۰»), or a word no
    frequent Persian word is («پرادو», «سراتو», «واچ»), and no verb («سامسونگ گفت»)."""
    if no_org_end(word, key):
        return False
    if word[:1].isdigit() or (word.isascii() and word.isalpha()):
        return True
    return word.isalpha() and key not in _COMPANY_WORDS and key not in lx.common_words()


def a_product(words: list[str], keys: list[str], i: int) -> bool:
    """The name at token ``i`` is a maker's («تویوتا») and a model's word follows it."""
    return (
        keys[i] in lx.keyed_words("makers.txt")
        and i + 1 < len(keys)
        and _model_word(words[i + 1], keys[i + 1])
    )
