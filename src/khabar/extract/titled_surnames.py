"""A family name after a title as the subject of a reporting clause: «دکتر قالیباف تصریح
کرد», «مهندس X در ادامه افزود». The word a title stands before is a family name even when it
is an ordinary word too («قالیباف», a carpet weaver, which ``lone_surnames`` leaves), once the
article names it so twice or after a given name («دکترمحمدباقر قالیباف», the title run in):
one title and a word may still be «دکتر متخصص»."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import NOT_SUBJECT
from khabar.extract.general_posts import counts_holders
from khabar.extract.lone_surnames import lettered, no_verb_nor_listed, reports, states_after
from khabar.extract.people import PostMention, family_after_title, stopwords
from khabar.extract.registry import Registry, subject_at
from khabar.text.segment import TokenColumns

# titles a given name is run into in news text («دکترمحمدباقر»)
_RUN_IN = ("دکتر", "مهندس", "سردار", "سرهنگ", "سرتیپ", "سرلشکر", "سپهبد", "پروفسور")
_TITLED_TWICE = 2
# a royal title («شاهزاده», «ملکه», «سلطان») stands before a name, never before a word of a
# trade as «دکتر متخصص»: once is enough
_ROYAL = "royal"


def titled_surnames(
    reg: Registry, tokens: TokenColumns, keys: list[str], sentences: list[tuple[int, int]]
) -> None:
    """Add to ``reg`` the persons named by a title and a family name that open a sentence and
    report (``sentences``: token ranges), and the name of each where the article gives it."""
    titles = lx.honorifics()
    for a, b in sentences:
        s = subject_at(keys, a, b)
        # most subjects open with no title: one look-up, no call
        title = titles.match(keys, s) if s < len(keys) and keys[s] in titles.root else None
        if title is None:
            continue
        t = title[0]
        if t >= b - 1 or t in reg.by_token or not _surname_shaped(tokens, keys, t):
            continue
        royal = title[1].kind == _ROYAL  # «شاهزاده سعودالفیصل ... گفت:»: a name follows
        if not reports(keys, t + 1, b) and not (
            royal and keys[t + 1] == "در" and states_after(keys, t + 2, b)
        ):
            continue  # a royal one's «در ...» runs as far as the verb that opens a statement
        pkey = reg.by_surname((keys[t],))
        if pkey is None:
            if reg.spelled((keys[t],)):
                continue  # two persons have that family name: either may speak
            given = _given_before(keys, keys[t])
            if given is None and not royal and _titled(keys, keys[t]) < _TITLED_TWICE:
                continue
            pkey = _new_person(reg, tokens, keys, t, given)
        reg.mention_at(tokens, t, t + 1, pkey)


def surnames_after_titles(
    reg: Registry, tokens: TokenColumns, keys: list[str], posts: list[PostMention]
) -> None:
    """Add to ``reg`` the persons a head written as a title names by a listed family name
    alone, and that post: «در شعبه 15 دادگاه انقلاب تهران به ریاست قاضی صلواتی برگزار شد»
    (``people.family_after_title``). One the article names in full is that one («قاضی
    مسعودی مقام» after «قاضی اسدالله مسعودی مقام»)."""
    for post in posts:
        t = post.j
        if post.j != post.i + 1 or t in reg.by_token or not family_after_title(keys, t):
            continue
        if counts_holders(keys, post.i):
            continue  # «دو سناتور تندرو آمریکایی»: two of them, and a word that tells which
        if not _surname_shaped(tokens, keys, t):
            continue
        two = reg.by_surname(tuple(keys[t : t + 2])) if t + 2 <= len(keys) else None
        end = t + 2 if two is not None and t + 1 not in reg.by_token else t + 1
        pkey = two if end == t + 2 else reg.by_surname((keys[t],))
        if pkey is None:
            if reg.spelled((keys[t],)):
                continue  # two persons have that family name: either may be the one
            pkey = reg.new_person(tokens, keys, t, t + 1)
        reg.mention_at(tokens, t, end, pkey)
        if post.holder is None:
            reg.add_post(pkey, post)


def _surname_shaped(tokens: TokenColumns, keys: list[str], t: int) -> bool:
    """A word of letters, not a given name (a name khabar would find whole), a pronoun, a
    verb, a post, a place or a body."""
    if not lettered(tokens, keys, t):
        return False
    key = keys[t]
    if key in lx.first_names() or key in NOT_SUBJECT or key in stopwords():
        return False
    return no_verb_nor_listed(keys, t)


def _titled(keys: list[str], key: str) -> int:
    """How often the article writes ``key`` right after a title."""
    titles = lx.honorifics()
    return sum(
        1
        for k, found in enumerate(keys)
        if found == key and any((m := titles.match(keys, j)) and m[0] == k for j in (k - 1, k - 2))
    )


def _given_before(keys: list[str], key: str) -> int | None:
    """The token of a given name the article writes right before ``key``, a title perhaps run
    into it («دکترمحمدباقر قالیباف»); None if there is none."""
    for k in range(1, len(keys)):
        if keys[k] == key and _given(keys[k - 1]):
            return k - 1
    return None


def _given(word: str) -> str | None:
    """The given name ``word`` is, or holds after a title run into it; None if neither."""
    if word in lx.first_names():
        return word
    head = next((t for t in _RUN_IN if word.startswith(t)), None)
    return word[len(head) :] if head and word[len(head) :] in lx.first_names() else None


def _new_person(
    reg: Registry, tokens: TokenColumns, keys: list[str], t: int, given: int | None
) -> str:
    """A person named by the family name at ``t``, in full where a given name stands before it
    (``given``: its token; a title run into it is left out of the name)."""
    pkey = reg.new_person(tokens, keys, t, t + 1)
    if given is not None:
        word = tokens.words[given]
        cut = len(word) - len(_given(keys[given]) or "")
        first = word[cut:] if lx.key(word[cut:]) == _given(keys[given]) else word
        reg.persons[pkey].name = f"{first} {tokens.words[given + 1]}"
        reg.mention_at(tokens, given, given + 2, pkey, cut)
    return pkey
