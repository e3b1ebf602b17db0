"""A poet named by his pen name alone beside his poetry: «غزلی از حافظ», «اشعار سعدی»,
«حافظ در اینباره در شعرش چه زیبا بیان می‌کند», «رودکی می‌گوید: ...».

A pen name of ``pen_names.txt`` is a word, a street or a given name too («حافظ منافع چین»,
«خیابان حافظ», «سعدی کریمی»), so no list names the poet wherever it stands. It is the poet
where his poetry stands beside it: right after a word of poetry or «به قول» («دیوان حافظ»,
«غزلی از حافظ»), or before one within a few words of its clause («حافظ در اینباره در
شعرش»), a verb of saying in the present («سعدی می‌گوید», «سعدی خود ... می‌گوید») or a comma and
«شاعر» («سعدی، شاعر بلند آوازه ایرانی»); and a pen name joined by «و», «یا» or a comma to a
poet found so is one too («اشعار سعدی و حافظ یا فردوسی»). Three pen names or more joined in
one list are the poets with no poetry beside them («حافظ و سعدی و مولانا جایگاه خود را
دارند»), and so are two that such a list names («بر حافظ و سعدی ترجیح دهیم»). Never where a
place's word stands before it («آرامگاه حافظ», «خیابان‌های حافظ و سعدی و فردوسی»), a name goes
on after it («مولوی عبدالحمید») or another mention holds it.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.named_places import named_after
from khabar.extract.people import Mention, held_tokens, untitled_mention, with_added
from khabar.text.segment import TokenColumns

# words of poetry, their plurals and their «ی» of one («غزلی از حافظ»), and the quoted book
_POETRY = frozenset(
    lx.key(w)
    for w in (
        "شعر شعری شعرش اشعار اشعارش شعرهای شعرهایش غزل غزلی غزلش غزل‌های غزلیات رباعی رباعیات"
        " دیوان ابیات بیت بیتی بیت‌های مثنوی قصیده قصاید سروده سروده‌های کلام گلستان بوستان"
        " شاهنامه"
    ).split()
)
# present verbs of a poet's saying, and the words of a quotation's author before his name
_SAYS = frozenset(lx.key(w) for w in "می‌گوید می‌فرماید فرموده".split())
_POET = frozenset(lx.key(w) for w in "شاعر شاعری شاعران".split())
_JOINS = frozenset({"و", "یا", "،", ","})
_AHEAD = 5  # the words after a pen name read for its poetry
_MARKS = frozenset('.:؛;!؟?«»"()')
_LISTED = 3  # pen names joined in one list that name the poets with no poetry beside them


def pen_names() -> frozenset[str]:
    return lx.keyed_words("pen_names.txt")  # read once there


def with_poet_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the poets named by pen name beside their poetry (module docstring)."""
    at = lx.positions(keys, pen_names())
    if not at:
        return mentions
    used = held_tokens(mentions)
    found = [k for k in at if k not in used and _free(tokens, keys, k) and _beside_poetry(keys, k)]
    found += _listed_together(tokens, keys, at, used)
    if not found:
        return mentions
    poets = set(found)
    grown = True
    while grown:  # «اشعار سعدی و حافظ یا فردوسی»: the names joined to a poet found
        grown = False
        for k in at:
            if k in poets or k in used or not _free(tokens, keys, k):
                continue
            if any(_joined(keys, k, p) for p in poets):
                poets.add(k)
                grown = True
    added = [untitled_mention(tokens, text, k, k + 1) for k in sorted(poets)]
    return with_added(mentions, added)


def _listed_together(
    tokens: TokenColumns, keys: list[str], at: list[int], used: set[int]
) -> list[int]:
    """Pen names joined by «و», «یا» or commas that name the poets with no poetry beside them:
    three or more in one list («حافظ و سعدی و مولانا جایگاه خود را دارند»: streets, halls or
    people of those given names are not listed three together with no word naming them), and
    two where such a list of the article names both («بر حافظ و سعدی ترجیح دهیم»). Each free
    (``_free``), and no place's word before the list's first, in the plural either."""
    free = [k for k in at if k not in used and _free(tokens, keys, k)]
    chains: list[list[int]] = []
    for k in free:
        if chains and _joined(keys, chains[-1][-1], k):
            chains[-1].append(k)
        else:
            chains.append([k])
    # «خیابان‌های حافظ و سعدی و فردوسی»: streets, the place's word in the plural
    chains = [c for c in chains if not (c[0] and _places_word(keys[c[0] - 1]))]
    out = [k for c in chains if len(c) >= _LISTED for k in c]
    poets = {keys[k] for k in out}
    out += [k for c in chains if 1 < len(c) < _LISTED and {keys[k] for k in c} <= poets for k in c]
    return out


def _places_word(key: str) -> bool:
    return key.removesuffix("های").removesuffix("ها").removesuffix("\u200c") in named_after()


def _free(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """No place's word before the pen name, no name going on after it."""
    if k and keys[k - 1] in named_after():
        return False
    if k + 1 < len(keys):
        after = keys[k + 1]
        if after in lx.first_names() or after in lx.family_name_words():
            return False
    return True


def _beside_poetry(keys: list[str], k: int) -> bool:
    before = keys[k - 1] if k else ""
    if before in _POETRY or (before == "قول" and k > 1 and keys[k - 2] == "به"):
        return True
    if before == "از" and k > 1 and keys[k - 2] in _POETRY:  # «غزلی از حافظ»
        return True
    if k + 2 < len(keys) and keys[k + 1] == "،" and keys[k + 2] in _POET:
        return True
    for n in range(k + 1, min(k + 1 + _AHEAD, len(keys))):
        if keys[n] in _MARKS or keys[n] in _JOINS - {"و"}:
            return False
        if keys[n] in _POETRY or keys[n] in _SAYS:
            return True
    return False


def _joined(keys: list[str], k: int, p: int) -> bool:
    """Pen names ``k`` and ``p`` stand joined by «و», «یا» or a comma (with «و» after it)."""
    a, b = min(k, p), max(k, p)
    between = keys[a + 1 : b]
    return 1 <= len(between) <= 2 and all(w in _JOINS for w in between)
