"""A person of the article named again otherwise than in full: the family name run together
or written apart, a foreign given name alone (``surname_mentions`` calls these)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, adjective, light_verb_form, rank, verb
from khabar.extract.people import stopwords
from khabar.extract.registry import Registry
from khabar.text.segment import TokenColumns

_JOINED_LEAST = 6  # letters of a family name found run together or apart
_KUNYA = frozenset({"ابو", "ابن", "بن", "ام", "آل"})  # open a name of their own


def joined_surnames(
    reg: Registry, tokens: TokenColumns, keys: list[str], tagged: dict[int, str] | None
) -> None:
    """A family name run together where the full name wrote it apart, or apart where that
    ran it together, is the one person's of the article with that family name («سارا خادم
    الشریعه» ... «خادم‌الشریعه»; «حجت‌الله نصیری‌پور» ... «نصیری پور»); so is a family name
    run into «آقا» without it («مصطفی آقامیرسلیم» ... «با میرسلیم مخالفت کرد»)."""
    joined: dict[str, tuple[int, str]] = {}
    for surname, holders in reg.surnames.items():
        if len(holders) == 1 and len("".join(surname)) >= _JOINED_LEAST:
            joined.setdefault("".join(surname), (len(surname), next(iter(holders))))
    if not joined:  # most articles: no family name to look for
        return
    agha = {rest: v[1] for key, v in joined.items() if v[0] == 1 and (rest := _agha_rest(key))}
    agha = {rest: p for rest, p in agha.items() if not reg.spelled((rest,))}  # another's name
    for i in lx.positions(keys, agha):
        _joined_mention(reg, tokens, tagged, range(i, i + 1), agha[keys[i]])
    # one word that a name of several wrote apart, or two words that one name ran together:
    # only words that begin such a name are looked at twice
    run_together = {key: v[1] for key, v in joined.items() if v[0] != 1}
    apart = {key: v[1] for key, v in joined.items() if v[0] != 2}
    heads = {key[:m] for key in apart for m in range(1, len(key) + 1)}
    wanted = heads.union(run_together)
    for i in lx.positions(keys, wanted):  # the few looked at twice
        word = keys[i]
        if word in run_together:
            _joined_mention(reg, tokens, tagged, range(i, i + 1), run_together[word])
        if word in heads and i + 1 < len(keys) and word + keys[i + 1] in apart:
            _joined_mention(reg, tokens, tagged, range(i, i + 2), apart[word + keys[i + 1]])


def _agha_rest(surname: str) -> str:
    """The family name after «آقا» run into it, where it is one of its own: four letters or
    more, no common word, adjective, given name, place or place's «ی» («آقامیرسلیم» ->
    «میرسلیم»; not «آقاتهرانی» -> «تهرانی», of Tehran)."""
    rest = surname[len(_AGHA) :] if surname.startswith(_AGHA) else ""
    if len(rest) < _AGHA_REST_LEAST or rest in lx.common_words() or rest in stopwords():
        return ""
    if adjective(rest) or rest in lx.first_names() or lx.places().match([rest], 0):
        return ""
    if rest.endswith("ی") and lx.places().match([rest[:-1]], 0):
        return ""  # «تهرانی»: of a place
    return rest


_AGHA = "آقا"
_AGHA_REST_LEAST = 4


def _joined_mention(
    reg: Registry, tokens: TokenColumns, tagged: dict[int, str] | None, at: range, pkey: str
) -> None:
    if any(k in reg.by_token or not tokens.words[k][0].isalpha() for k in at):
        return
    if tagged is not None and {tagged.get(k) for k in at} & {"ORG", "LOC"}:
        return
    reg.mention_at(tokens, at.start, at.stop, pkey)


def given_names_alone(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentence_starts: set[int],
    tagged: dict[int, str] | None = None,
) -> None:
    """The given name of a foreigner named in full, alone as the subject that opens a
    sentence («وینگو بگوویچ» ... «وینگو با اشاره به ... عنوان کرد»): no Persian given name
    («علی» is many people's) and no frequent word; one person of the article has it.
    Elsewhere too when it is no ordinary word either (``_unknown_given``). A mention that
    is the person's family name of two words («سلیمی نمین» of «عباس سلیمی نمین») opens with
    no given name."""
    firsts: dict[str, set[str]] = {}
    for m in reg.mention_of.values():
        pkey = reg.by_token[m.i]
        if m.j - m.i >= 2 and pkey not in reg.surnames.get(tuple(keys[m.i : m.j]), ()):
            firsts.setdefault(keys[m.i], set()).add(pkey)
    if not firsts:
        return
    given_at = lx.positions(keys, firsts)
    for i in given_at:
        one = firsts[keys[i]]
        pkey = next(iter(one))
        if len(one) == 1 and _unknown_given(tokens, keys, i, reg, pkey, tagged):
            reg.mention_at(tokens, i, i + 1, pkey)
    for i in given_at:  # those that open a sentence: their places, not every sentence's first
        if i not in sentence_starts or i >= len(keys) - 1:
            continue
        k = keys[i]
        holders = firsts[k]
        if len(holders) != 1 or i in reg.by_token:
            continue
        if k in lx.first_names() or k in stopwords() or k in _KUNYA or rank(k) < FREQUENT:
            continue
        if not tokens.words[i + 1][0].isalpha() or i + 1 in reg.by_token:
            continue  # «وینگو بگوویچ» again, or a name run on
        reg.mention_at(tokens, i, i + 1, next(iter(holders)))


def _unknown_given(
    tokens: TokenColumns,
    keys: list[str],
    i: int,
    reg: Registry,
    pkey: str,
    tagged: dict[int, str] | None,
) -> bool:
    """The word at ``i`` may be a foreigner's given name alone anywhere in the article
    («زلاتان ابراهیموویچ» ... «پیشنهاد چینی‌ها به زلاتان چند میلیون یورو است؟»): letters past
    the commonest words, no Persian given name, ordinary word, adjective, place or body, the
    tagger marking no body or place there, no other name's word nor a place on either side
    of it, nor a verb after it; no listed family name, nor one of ``pkey``'s name's words
    after it."""
    k = keys[i]
    if i in reg.by_token or not tokens.words[i].isalpha() or i + 1 >= len(keys):
        return False
    if k in lx.first_names() or k in stopwords() or k in _KUNYA or rank(k) < FREQUENT:
        return False
    if light_verb_form(keys[i + 1]) or verb(keys[i + 1]):
        return False  # «... را مغلوب کرد» of a false «مغلوب نوراسلام سانایف»: a verb's noun
    if k in lx.common_words() or adjective(k) or lx.places().match(keys, i):
        return False
    if k in lx.family_name_words() or keys[i + 1] in lx.phrase_keys(reg.persons[pkey].name):
        return False  # «غفاری» of «غفاری هویدا»; «مقتدا صدر» again, its name run apart
    if lx.places().match(keys, i + 1):
        return False  # «نواز غزه»: «نوار» misspelled before its place
    if lx.organizations().match(keys, i) or (tagged is not None and tagged.get(i) in _BODIES):
        return False
    after = tokens.words[i + 1].replace("\u200c", "")
    if i + 1 in reg.by_token or (after.isalpha() and rank(keys[i + 1]) >= FREQUENT):
        return False  # «زلاتان ابراهیموویچ» again, or a name run on
    before = keys[i - 1] if i else ""
    return not (i - 1 in reg.by_token or before in lx.name_words() or rank(before) >= FREQUENT)


_BODIES = frozenset({"ORG", "LOC"})
