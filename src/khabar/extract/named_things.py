"""A name «به نام» gives a thing, not a person: «سومین نفتکش ایران به نام فاکسون», «پنج
کشتی به نام‌های «فورچون»، «فارست»، «فاکسون» ...», «شهری به نام بنی براک», «دومین کارخانه شیر
صفاشهر با نام «اسپه لبن»».

The thing's word, a vessel's, a town's, a village's, an island's or a factory's, stands right
before «به نام» / «با نام» (or their plurals), a word or two that qualify it between («کشتی
آمریکایی», «کارخانه شیر صفاشهر»), none a function word, a verb or a word for a person; a
place's word after «در» is where the one named stands, unless it is indefinite («مستقر در
پایگاه عین‌الاسد به نام «کیمو کلتس»»; «در شهری به نام ...»). The name after it is no
person's, nor is each name in quotes of the list after the plural («به نام‌های «...»، «...» و
«...»»), nor, but a factory's brand, is that name written alone anywhere else in the article.
A name in quotes right after a vessel's, a town's, a village's or an island's word is that
thing's too («زندانی ... در شهر "پدرو خوآن کابالرو" در مرز برزیل»).
A street, a school or a hall «به نام» someone honours the person, who is named so: «تغییر نام
خیابان شیشه مینا به نام پرویز دهداری» stays his.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.called_names import person_nouns
from khabar.extract.clause_words import LIST_SEPARATORS
from khabar.extract.namewords import verb
from khabar.extract.people import Mention, stopwords

_NAMED = frozenset({"نام", "نامهای", "اسم"})
_BY = frozenset({"به", "با"})
_FUSED = frozenset({"بنام", "بنامهای"})  # «بنام», «به‌نام» folded
# things named so whose names name nothing else in the article (``named_things.txt``)
_NAMED_ONLY_SO = lx.keyed_words("named_things.txt")
# a factory named by its brand, which may be a maker's name too
_FACTORIES = frozenset({"کارخانه", "کارخانجات"})
_THINGS = _NAMED_ONLY_SO | _FACTORIES
_ENDS = ("هایی", "های", "ها", "ای", "یی", "ی")  # «کشتی‌های», «شهری», «روستایی»
_BETWEEN = 2  # words that qualify the thing: «کارخانه شیر صفاشهر»
# a place named with «در» before it is where someone named after it is: «یکی از دو هزار نظامی
# مستقر در پایگاه عین‌الاسد به نام «کیمو کلتس»»; an indefinite one is named itself («در شهری
# به نام ...»)
_IN = "در"
_LIST_ITEMS = 8
_OPEN = frozenset({"«", '"', "“"})
_CLOSE = frozenset({"»", '"', "”"})
_AND = LIST_SEPARATORS


def _thing(key: str) -> str | None:
    """The thing's word ``key`` is, or one of its plural or indefinite forms."""
    if key in _THINGS:
        return key
    for end in _ENDS:
        stem = key.removesuffix(end)
        if stem != key and stem in _THINGS:
            return stem
    return None


def _head(keys: list[str], at: int) -> str | None:
    """The thing's word before «به نام» opening at ``at``, past a word or two qualifying it."""
    for n in range(at - 1, max(-1, at - 2 - _BETWEEN), -1):
        key = keys[n]
        if (thing := _thing(key)) is not None:
            if key == thing and n and keys[n - 1] == _IN:
                return None  # «نظامی مستقر در پایگاه عین‌الاسد به نام «کیمو کلتس»»: a place
            return thing
        if not key.isalpha() or key in stopwords() or key in person_nouns() or verb(key):
            return None
    return None


def _quoted_after_thing(keys: list[str], m: Mention) -> bool:
    """``m``, untitled, fills the quotes right after a thing's word of ``named_things.txt``:
    the thing's own name («در شهر "پدرو خوآن کابالرو" در مرز برزیل»)."""
    i = m.i
    return (
        m.ti == i
        and i >= 2
        and m.j < len(keys)
        and keys[i - 1] in _OPEN
        and keys[m.j] in _CLOSE
        and keys[i - 2] in _NAMED_ONLY_SO
    )


def _names_after(keys: list[str], k: int, plural: bool) -> list[int]:
    """The first tokens of the names after «نام» at ``k``: the next word or the words in the
    quotes there, and with the plural each quoted item after it."""
    i = k + 1
    if i >= len(keys):
        return []
    if keys[i] not in _OPEN:
        return [i]
    firsts: list[int] = []
    while len(firsts) < _LIST_ITEMS and i + 1 < len(keys) and keys[i] in _OPEN:
        firsts.append(i + 1)
        close = next((j for j in range(i + 1, min(len(keys), i + 6)) if keys[j] in _CLOSE), None)
        if close is None or not plural:
            break
        i = close + 1
        while i < len(keys) and keys[i] in _AND:
            i += 1
    return firsts


def without_named_things(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the untitled names «به نام» gives a thing, or the quotes right
    after a thing's word hold (module docstring)."""
    quoted = {tuple(keys[m.i : m.j]) for m in mentions if _quoted_after_thing(keys, m)}
    if _NAMED.isdisjoint(lx.distinct(keys)) and _FUSED.isdisjoint(lx.distinct(keys)):
        if not quoted:
            return mentions  # most articles
        return [m for m in mentions if not (m.ti == m.i and tuple(keys[m.i : m.j]) in quoted)]
    firsts: set[int] = set()
    names: set[tuple[str, ...]] = quoted
    for k in lx.positions(keys, _NAMED | _FUSED):
        at = k if keys[k] in _FUSED else k - 1
        if at < 0 or (keys[k] in _NAMED and keys[at] not in _BY):
            continue
        thing = _head(keys, at)
        if thing is None:
            continue
        after = _names_after(keys, k, keys[k].endswith("های"))
        firsts.update(after)
        if thing in _NAMED_ONLY_SO:
            names.update(tuple(keys[m.i : m.j]) for m in mentions if m.i in after)
    if not firsts and not names:
        return mentions
    return [
        m
        for m in mentions
        if not (m.ti == m.i and (m.i in firsts or tuple(keys[m.i : m.j]) in names))
    ]
