"""A listed given name and a family name of one word or two as the subject of a reporting
clause, where the vetoes of ordinary words dropped the name or no rule read it:
«علیرضا آرامش ظهر امروز در ... اظهار کرد:» («آرامش»: calm), «محمد کشتی آرای در گفت و گو با
ایسنا ... گفت:» («کشتی»: a ship), «نادر قاضی‌پور در تذکری شفاهی ... گفت:» («نادر»: rare);
and two or three words in quotation marks that open such a clause («"غایب العمیری" پیش‌بینی
کرد که ...»), the marks bounding the name.

The clause says a person speaks: its subject opens it, and its verb reports to a colon or
opens an interview (``lone_surnames.reports``, ``states_after``, ``given_subjects``). The
name is a person's where the tagger marks the words a person, each a word of letters and no
function word, reporting verb, post, title, place or body; or, the tagger silent or the
given name a word too, where the family name is a word no list holds, shaped as a family
name («قاضی‌پور»), or a listed family name that is no ordinary word («فقیهی»). Not after a
title, a holy figure's title or a word of kin, nor where the given name is a family name of
the article's («صدیف بدری» ... «بدری نمونه این ایثار را ... یادآور شد»).
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import NOT_SUBJECT, WHEN
from khabar.extract.given_subjects import interview
from khabar.extract.lone_surnames import (
    lettered,
    listed_at,
    no_verb_nor_listed,
    reports,
    states_after,
)
from khabar.extract.namewords import (
    FREQUENT,
    RARE,
    cited_source,
    kin,
    no_name_end,
    rank,
    shaped,
    titled_work,
)
from khabar.extract.people import (
    HOLY_TITLES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    first_name_at,
    post_boundaries,
    stopwords,
)
from khabar.extract.registry import Registry, subject_at
from khabar.extract.unlisted_names import quoted_word
from khabar.text.segment import TokenColumns

_FAMILY_WORDS = 2  # a family name of two words at most: «کشتی آرای», «خواجه دلوئی»


def reported_names(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    kinds: dict[int, str] | None,
    person_at: list[int],
) -> None:
    """Add to ``reg`` the persons a given name and a family name open a reporting clause
    with (``sentences``: token ranges; ``kinds``: the tagger's kind of each token, None
    without the tagger; ``person_at``: the tokens where a person's name may start, sorted,
    every listed given name among them)."""
    for a, b in sentences:
        subject = subject_at(keys, a, b)
        if a < subject < b - 3 and tokens.words[subject - 1] in QUOTES_OPEN:
            _quoted_subject(reg, tokens, keys, subject, b, kinds)
        at = person_at[bisect_left(person_at, a) : bisect_left(person_at, b - 2)]
        if not at:
            continue  # most sentences name no one so
        if subject < b and keys[subject] in ("همچنین", "سپس"):
            subject += 1  # «همچنین نادر قاضی‌پور نماینده ... گفت:»
        for i in at:
            # past a comma or a semicolon too: «به گزارش تابناک به نقل از ایسنا؛ هوشیار ...»
            if i == subject or (i > a and keys[i - 1] in _CLAUSE_MARKS):
                _subject(reg, tokens, keys, i, a, b, kinds)


_CLAUSE_MARKS = frozenset({"،", ",", "؛"})
# words that go on with the subject's description, not its predicate: a story's
_NO_PREDICATE = frozenset({"و", "که"})


def _subject(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    i: int,
    a: int,
    b: int,
    kinds: dict[int, str] | None,
) -> None:
    """The person named at ``i`` as the subject of the reporting clause it opens, added."""
    if i >= b - 2 or i in reg.by_token:
        return
    if i > a and (keys[i - 1] in HOLY_TITLES or kin(keys[i - 1])):
        return  # «امام حسن ...», «پدر محمد ...»
    if i > a and lx.honorifics().match(keys, i - 1):
        return  # a title: the rules' to read
    if kinds is not None and i > a and kinds.get(i - 1) == "PER":
        return  # the tagger's name opens before: «محمد | علی رضایی»
    if reg.by_surname((keys[i],)):
        return  # a family name of the article's: «صدیف بدری» ... «بدری نمونه این ایثار را»
    # a given name that is a word too («نادر»: rare) opens only a name whose family name
    # no list holds as a word, not one the tagger marks («ستاره تیم لندنی»)
    given = first_name_at(keys, i)
    ambiguous = not given and keys[i] in lx.first_names()
    if not (given or ambiguous):
        return
    j = _family_end(tokens, keys, i + (given or 1), b, kinds, tagger=not ambiguous)
    if j is None or any(k in reg.by_token for k in range(i, j)):
        return
    if not (reports(keys, j, b) or interview(keys, j, b) or states_after(keys, j, b)):
        return
    _add(reg, tokens, keys, i, j)


def _quoted_subject(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    i: int,
    b: int,
    kinds: dict[int, str] | None,
) -> None:
    """Two or three words in quotation marks that open the sentence and report, or one before a
    post in apposition (``_lone_quoted_name``): a person, the marks bounding the name though
    its words are ordinary ones or no list holds them («"غایب العمیری" پیش‌بینی کرد که»,
    ««عظمت خان» نویسنده این گزارش ... می‌افزاید:»); not a body or a place the tagger reads
    there, a work's title nor an outlet cited."""
    j = next((k for k in range(i + 1, min(b, i + 4)) if tokens.words[k] in QUOTES_CLOSE), None)
    if j is None or any(k in reg.by_token for k in range(i, j)):
        return
    if j == i + 1 and not _lone_quoted_name(tokens, keys, i, b):
        return
    if kinds is not None and any(kinds.get(k) in ("ORG", "LOC") for k in range(i, j)):
        return
    if not all(quoted_word(tokens, keys, k) for k in range(i, j)):
        return
    if all(keys[k] in lx.common_words() for k in range(i, j)):
        return
    if titled_work(tokens.words, keys, i, j) or cited_source(tokens.words, keys, i):
        return
    if reports(keys, j + 1, b) or interview(keys, j + 1, b) or states_after(keys, j + 1, b):
        _add(reg, tokens, keys, i, j)


def _post_after(keys: list[str], k: int, b: int) -> bool:
    """Whether a post's head stands at ``k``, or past a comma there."""
    if k < b and keys[k] in _CLAUSE_MARKS:
        k += 1
    return k < b and bool(lx.post_heads().match(keys, k))


def _lone_quoted_name(tokens: TokenColumns, keys: list[str], i: int, b: int) -> bool:
    """One word in quotation marks with a post in apposition after them: a family name the
    news writes rarely and no list holds as a word («"میزرا‌نژاد" مدیر بورس منطقه‌ای ...
    می‌گوید:»), not a day, a month or a word the news writes often («در «دوشنبه» وزیر»)."""
    key = keys[i]
    if key in lx.common_words() or key in lx.first_names() or rank(key) != RARE:
        return False
    return quoted_word(tokens, keys, i) and _post_after(keys, i + 2, b)


def _family_end(
    tokens: TokenColumns,
    keys: list[str],
    f: int,
    b: int,
    kinds: dict[int, str] | None,
    tagger: bool,
) -> int | None:
    """The end of the family name that opens at ``f``: the tagger's person's words that go
    on from the given name before ``f`` (one or two, each a word that may be a name's), or
    one word of a family name's shape that no list holds as a word."""
    if tagger and kinds is not None and kinds.get(f - 1) == "PER":
        j = f
        while j < b and kinds.get(j) == "PER" and j - f < _FAMILY_WORDS + 1:
            j += 1
        if f < j < b and j - f < _FAMILY_WORDS and not _predicate_at(keys, j):
            j += 1  # the tagger's name ends a word short: «محمد کشتی | آرای در گفت و گو با ...»
        if not f < j <= f + _FAMILY_WORDS or not _predicate_at(keys, j):
            return None
        return j if all(_tagged_word(tokens, keys, k) for k in range(f, j)) else None
    if kinds is not None and kinds.get(f) not in (None, "PER"):
        return None  # a body or a place the tagger reads there
    key = keys[f]
    if not _name_word(tokens, keys, f):
        return None
    if f + 1 < b and not _predicate_at(keys, f + 1):
        return None
    unlisted = rank(key) == RARE and shaped(key)  # «قاضی‌پور»
    family = key in lx.family_name_words() and key not in lx.common_words() and rank(key) == RARE
    return f + 1 if unlisted or family else None


def _predicate_at(keys: list[str], j: int) -> bool:
    """The subject's words end before ``j``: a function word, a mark, a word of time, a post
    in apposition or a reporting verb opens the rest of the clause there."""
    key = keys[j]
    if key in _NO_PREDICATE:
        return False  # «زینب مبهوت و هراسان پرسید», «کاوه همینطور که ... ایستاده بود گفت»
    if key in stopwords() or key in NOT_SUBJECT or key in WHEN or not key.isalpha():
        return True
    return lx.reporting_verbs().match(keys, j) is not None or bool(lx.post_heads().match(keys, j))


def _tagged_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """A word of letters that may be a name's where the tagger marks it one: a form of a verb
    too («کشتی», «آرای»), but no reporting verb, given name, pronoun, function word, post,
    title, place or body."""
    key = keys[k]
    if not _plain_word(tokens, keys, k) or key.startswith("می"):
        return False
    if key.startswith(("همین", "همان")) and rank(key[4:]) < FREQUENT:
        return False  # «کاوه همینطور که ...»: likewise
    if no_name_end(key) and rank(key) < FREQUENT:
        return False  # «صدام رسما اعلام کرد»: an adverb the news writes often
    return lx.reporting_verbs().match(keys, k) is None and not listed_at(keys, k)


def _name_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """A word of letters that may be a name's: no given name, pronoun, function word, verb,
    post, title, place or body."""
    return _plain_word(tokens, keys, k) and no_verb_nor_listed(keys, k)


def _plain_word(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """A word of letters and no given name, pronoun, function word, post's end or kin: what
    both the tagger's words (``_tagged_word``) and an unlisted family name (``_name_word``)
    must be."""
    key = keys[k]
    if not lettered(tokens, keys, k) or key in lx.first_names() or key in NOT_SUBJECT:
        return False
    return key not in stopwords() and key not in post_boundaries() and not kin(key)


def _add(reg: Registry, tokens: TokenColumns, keys: list[str], i: int, j: int) -> None:
    """The person named by ``keys[i:j]``: the one the article names so, or by the family name
    alone, now named in full («کرکه‌آبادی» of «سعید کرکه‌آبادی، رئیس هیأت جودو»), or new."""
    given = first_name_at(keys, i) or int(keys[i] in lx.first_names())
    family = tuple(keys[i + given : j]) if i + given < j else (keys[j - 1],)
    name = " ".join(tokens.words[i:j])
    pkey = reg.named_so(tuple(keys[i:j]))
    if pkey is None and (known := reg.by_surname(family)):
        if lx.phrase_keys(reg.persons[known].name) == family:
            pkey = known
            reg.persons[pkey].name = name
    if pkey is None:
        pkey = reg.new_person(tokens, keys, i, j, family)
    reg.reported.add(pkey)
    reg.mention_at(tokens, i, j, pkey)
