"""One person of the article found under two names, one of which holds the other: «حسن
نصرالله» (of «سید. حسن نصرالله») and «سید حسن نصرالله», «محمد العیسی» and «محمد بن
عبدالکریم العیسی».

Left apart, the two share their family name, so a family name alone («نصرالله گفت») names
neither (``Registry.by_surname`` wants the one holder). The shorter name, of two words or more,
joins the longer when that is the only name of the article that holds it so:

* after titles («سید», «حاج», ``honorifics.tsv``): «[سید] حسن نصرالله», «[سید]غلامرضا موسوی»;
* around an Arabic lineage, «بن ...» between the given name and the family name: «محمد [بن
  عبدالکریم] العیسی»;
* after a first given name, when both names open with listed given names that are no
  ordinary words: «[جمیل] لطف‌الله نسبی», named in full, then by his second given name and
  family name;
* after given names (any listed, «مقصود» too), when the shorter opens with no given name: a
  family name of two words, «[مقصود] اسعدی سامانی»;
* a family name alone run into by a given name: «منتظری» of «محمد [جعفر]منتظری»;
* the same given names before the family name without the Arabic article «ال»: «بشار [ال]جعفری»,
  named in full first, then «بشار جعفری».

A family name alone joins the name of one word that a listed given name opens, glued to it
by a ZWNJ: «علی‌السمیسم», then «السمیسم».

A name the longer goes on from («محسن هاشمی [رفسنجانی]») is often the shorter run on into a
word of the text («حسن روحانی [هیئتی]», «رضا رشیدپور [توئیتی]», «محمود عباس [منتظر]»): it joins
only when each word it goes on with stands in people's names and is no common word
(``lexicons.name_words``, ``common_words``: «[حجت‌الاسلام] حسینی» and «حسینی [شاهرودی]», «غلامرضا
نوری [قزلجه]»), and a name of one word only when it is no given name («قاسم» of «قاسم سلیمانی»
may be another) and ends no other name of the article («حسینی» beside «سید جلال حسینی»).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence

from khabar.extract import lexicons as lx
from khabar.extract.namewords import LINEAGE, SAYYID, without_sayyid
from khabar.extract.namewords import verb as is_verb
from khabar.extract.org_spans import FINITE_VERBS
from khabar.extract.people import PostMention
from khabar.extract.registry import Registry

_ARTICLE = "ال"  # the Arabic article a family name is written with or without


def merge_held_names(
    reg: Registry, posts: list[PostMention], keys: list[str], starts: list[int]
) -> None:
    """Each person named by a name another name of the article holds joins that person (and
    the posts of ``posts`` held by the one are the other's); ``keys`` and ``starts``: the
    article's tokens' keys and first characters."""
    _join_glued_given(reg)
    names = {pkey: lx.phrase_keys(p.name) for pkey, p in reg.persons.items()}
    if len(names) < 2:
        return
    ends = Counter(words[-1] for words in names.values())  # how many names end with a word
    for short, words in sorted(names.items(), key=lambda kv: len(kv[1])):
        if len(words) == 1 and not _family_alone(words[0], ends):
            continue
        holders = [
            pkey
            for pkey, longer in names.items()
            if pkey != short
            and pkey in reg.persons
            and (
                (len(words) > 1 and _holds(longer, words))
                or (_goes_on(longer, words) and not _before_a_verb(reg, pkey, keys, starts))
                or _given_run_in(longer, words)
            )
        ]
        if len(holders) == 1:
            # «علی‌السمیسم» keeps its given name when «السمیسم» joins it, «بشار الجعفری»
            # its article when «بشار جعفری» does
            merge(
                reg,
                short,
                holders[0],
                rename=not (
                    _given_run_in(names[holders[0]], words)
                    or _article_dropped(names[holders[0]], words)
                ),
                posts=posts,
            )


def _join_glued_given(reg: Registry) -> None:
    """A name of one word after a listed given name, the two written as one word with a ZWNJ
    between them («شیخ "علی‌السمیسم"», then «السمیسم افزود»), is that person's family name
    alone, when one such name of the article holds it."""
    glued: dict[str, list[str]] = {}
    for pkey, p in reg.persons.items():
        given, zwnj, rest = p.name.partition("\u200c")
        if zwnj and " " not in p.name and _given(lx.key(given)) and "\u200c" not in rest:
            glued.setdefault(lx.key(rest), []).append(pkey)
    if not glued:
        return
    for short, p in list(reg.persons.items()):
        holders = glued.get(lx.key(p.name), []) if " " not in p.name else []
        if len(holders) == 1 and short in reg.persons and holders[0] in reg.persons:
            merge(reg, short, holders[0], rename=False)  # the glued name kept whole


def _holds(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    n = len(words)
    if len(longer) == n and longer[1:] == words[1:]:
        return any(longer[0] == s + words[0] for s in SAYYID)  # «سیدغلامرضا موسوی»
    if _article_dropped(longer, words):
        return True  # «بشار الجعفری», then «بشار جعفری»
    if len(longer) <= n:
        return False
    extra = longer[: len(longer) - n]
    if longer[-n:] == words and all(_title(k) for k in extra):
        return True  # «سید حسن نصرالله»
    if longer[-n:] == words and all(_given(k) for k in (*extra, words[0])):
        return True  # «جمیل لطف‌الله نسبی»
    if (
        longer[-n:] == words
        and all(k in lx.first_names() for k in extra)
        and words[0] not in lx.first_names()
    ):
        return True  # «مقصود اسعدی سامانی», then «اسعدی سامانی»: a family name of two words
    return (
        n == 2
        and longer[0] == words[0]
        and longer[-1] == words[1]
        and longer[1] in LINEAGE  # «عادل بن احمد الجبیر»
    )


def _article_dropped(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """«بشار جعفری» of «بشار الجعفری»: the same given names, the family name without the
    Arabic article."""
    return (
        len(longer) == len(words)
        and longer[:-1] == words[:-1]
        and longer[-1] == _ARTICLE + words[-1]
    )


def _goes_on(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """«حسینی» of «حسینی شاهرودی», «غلامرضا نوری» of «غلامرضا نوری قزلجه»: the longer goes on
    from the shorter with words of names only, none a common word («محمود عباس منتظر»)."""
    n = len(words)
    return (
        len(longer) > n
        and longer[:n] == words
        and all(k in lx.name_words() and k not in lx.common_words() for k in longer[n:])
    )


def _before_a_verb(reg: Registry, pkey: str, keys: list[str], starts: list[int]) -> bool:
    """Whether a mention of ``pkey`` runs right into a verb: its last word the verb's noun,
    no family name («ناصر کاظمی آهی کشید»)."""
    for m in reg.persons[pkey].mentions:
        k = bisect_left(starts, m.end)
        if k < len(keys) and (keys[k] in FINITE_VERBS or is_verb(keys[k])):
            return True
    return False


def _given_run_in(longer: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """«منتظری» of «محمد جعفرمنتظری», «زیدآبادی» of «احمدزیدآبادی»: a family name alone that
    ends the longer's last word, a listed given name (after «سید» or not) run into it."""
    if len(words) != 1 or longer[-1] == words[0] or not longer[-1].endswith(words[0]):
        return False
    given = longer[-1][: -len(words[0])]
    return without_sayyid(given) in lx.first_names()


def _family_alone(key: str, ends: Counter[str]) -> bool:
    """Whether a name of one word may be a family name alone that opens a longer one: no
    given name («قاسم»), and no other name of the article ends with it («سید جلال حسینی»;
    ``ends``: how many of the article's names end with each word, the name itself one)."""
    return key not in lx.first_names() and ends[key] == 1


def _given(key: str) -> bool:
    """A listed given name that is no ordinary word too («امید», «نور»)."""
    return lx.first_names().get(key) is False


def _title(key: str) -> bool:
    return key in SAYYID or lx.honorifics().match([key], 0) is not None


def merge(
    reg: Registry,
    short: str,
    into: str,
    rename: bool = True,
    posts: Sequence[PostMention] = (),
) -> None:
    """Person ``short``'s mentions, titles and posts become person ``into``'s (and its name,
    where the other holds a title run into the given name, when ``rename``), and so do the
    posts of ``posts`` held by ``short``."""
    for r in posts:
        if r.holder == short:
            r.holder = into
    gone, person = reg.persons.pop(short), reg.persons[into]
    if rename and len(lx.phrase_keys(gone.name)) == len(lx.phrase_keys(person.name)):
        person.name = gone.name  # «غلامرضا موسوی», not «سیدغلامرضا موسوی»: the title apart
    person.mentions = sorted([*person.mentions, *gone.mentions], key=lambda s: s.start)
    person.titles += [t for t in gone.titles if t not in person.titles]
    person.posts += [t for t in gone.posts if t not in person.posts]
    person.post_mentions += gone.post_mentions
    for k, pkey in reg.by_token.items():
        if pkey == short:
            reg.by_token[k] = into
    for holders in reg.surnames.values():
        if short in holders:
            holders.discard(short)
            holders.add(into)
    for groups in (reg.posts.exact, reg.posts.longer):
        for group in groups.values():
            if short in group:
                del group[short]
                group[into] = None
    for marked in (reg.given, reg.quoted):
        if short in marked:
            marked.discard(short)
            marked.add(into)
