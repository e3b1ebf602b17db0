"""A name no rule finds, set off by commas from the post it holds at the head of a reporting
clause: «وجدی مراد، شهردار عالیه، روز سه‌شنبه گفت:». News writes a new speaker so, name first,
then the post in apposition; where the words before the comma are no word of a list (a post,
title, place, body, pronoun or verb) and the first is no ordinary word, they are the name of
the post's holder, as khabar reads «تحسین الخفاجی، سخنگوی ...» when its tagger marks it. With
no comma, only a family name of a known name and a family name's second word written together
by a zero-width non-joiner, right before the post, opening the clause or past a phrase «در
...،» that opens it: «در ادامه، محمدی‌راد مدیرکل آموزش و پرورش استان گفت:» (a word there is
as often a conjunction or a heading run into the post: «چنانچه», «درنامه», «حمعاون»). Words
of a time may open the clause before the name («روز سه‌شنبه وجدی مراد، شهردار ... گفت:»).
A given name run into its family name in one word («احمدپورفلاح», «کوین‌هاست»), before a
comma or a bracket and the post, is a name whatever reporting verb of one speaker follows,
a colon after it or not: «کریمعلیوی، عضو کمیسیون امنیت و دفاع پارلمان عراق فاش کرد، ...»,
«دیمیتری‌نوویکوف (معاون‌اول رئیس کمیته‌ی بین الملل پارلمان روسیه) ... گفت:». So are two
words that the lexicon and the lists of given names do not hold, opening the clause right
before the post with no comma: a foreign name, transliterated («خلوصی آکار وزیر دفاع ترکیه از
... خبر داد», «ونگ تاو تحلیلگر تکنیکال رویترز اعلام کرده که»). These two may open past a
frame («این در حالی است که», «در این میان») as well as a time."""

from __future__ import annotations

from bisect import bisect_right

from khabar.extract import dates
from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import after_frame, after_source, past_this_matter
from khabar.extract.clause_words import COMMAS, NOT_SUBJECT, WHEN
from khabar.extract.lone_surnames import (
    lettered,
    no_verb_nor_listed,
    said_by_one,
    states_after,
)
from khabar.extract.namewords import RARE, compound_family_name, rank
from khabar.extract.people import QUOTES_CLOSE, QUOTES_OPEN, PostMention, stopwords
from khabar.extract.registry import Registry, subject_at
from khabar.text.segment import TokenColumns

_MAX_WORDS = 3  # a name of one to three words before the comma
_REACH = 12  # words from the end of the post to its reporting verb
_IN = "در"
_MEANWHILE = {("در", "این", "میان"), ("در", "همین", "حال"), ("در", "این", "حال")}
_MARKS = frozenset({*COMMAS, "("})  # what sets a post in apposition off from the name before
# letters of a given name and of a family name run together, at least: not «درا» (a given
# name too) of «دراین‌میان»
_RUN_IN_GIVEN, _RUN_IN_FAMILY = 4, 3
_OPENER = 6  # «در ادامه،», «در پایان این جلسه،» and the name after
# words of a time that may open the clause before the name, with no comma: «اوایل همین ماه
# آنگرت کرامپ‌کارن‌باوئر، رهبر ... اعلام کرد»; the first of them one of ``_TIME_FIRST``
_TIME_FIRST = (WHEN - {"،"}) | set(lx.phrase_keys("اوایل اواخر اواسط امسال"))
_TIME_WORDS = _TIME_FIRST | {lx.key(m) for m in dates.MONTH_NAMES} | {"همین", "این", "جاری"}


def apposed_names(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    sentences: list[tuple[int, int]],
    posts: list[PostMention],
    tagged: dict[int, str] | None = None,
) -> None:
    """Add to ``reg`` the persons named before a comma and a post in apposition that open a
    sentence which reports (``sentences``: token ranges; ``tagged``: the tagger's kinds)."""
    starts = [a for a, _ in sentences]
    opening = set(starts)
    for post in posts:  # a post after a comma, few in an article: their sentences only
        c = post.i - 1
        if c < 0 or post.anaphor:
            continue
        n = bisect_right(starts, c) - 1
        if n < 0:
            continue
        a, b = sentences[n]
        i = subject_at(keys, a, b)
        first = _past_time(keys, _past_frame(keys, i, c), c)  # where a name may open
        if keys[c] in _MARKS and c - 1 == first and _run_in(reg, keys, c - 1):
            if _name_word(tokens, keys, c - 1, tagged) and _reports_after(keys, post.j, b):
                _add(reg, tokens, keys, c - 1, c, post)  # «احمدپورفلاح، رئیس اتاق ... تأکید کرد:»
            continue
        if keys[c] in _MARKS and c - 2 == first and _foreign_pair(tokens, keys, c - 1, tagged):
            if _reports_after(keys, post.j, b) and not {c - 2, c - 1} & reg.by_token.keys():
                # «اوایل همین ماه آنگرت کرامپکارن‌باوئر، رهبر ... اعلام کرد که»
                _add(reg, tokens, keys, c - 2, c, post)
                continue
        if keys[c] not in COMMAS and c - 1 == first and _unknown_pair(keys, c):
            # «خلوصی آکار وزیر دفاع ترکیه از ... خبر داد»: two words no list holds
            if all(_name_word(tokens, keys, k, tagged) for k in (c - 1, c)):
                if not {c - 1, c} & reg.by_token.keys() and _reports_after(keys, post.j, b):
                    _add(reg, tokens, keys, c - 1, c + 1, post)
            continue
        if keys[c] not in COMMAS:
            # «در ادامه، محمدی‌راد مدیرکل آموزش و پرورش استان گفت:»: one word right before
            # the post, opening the clause or past a phrase «در ...،» that opens it
            c += 1
            if c - 1 > i + 1 and keys[i] == _IN and keys[c - 2] in COMMAS and c - i <= _OPENER:
                i = c - 1
            if c - i != 1 or not compound_family_name(tokens.words[i]):
                continue
        elif c < 1 or not 0 < c - (i := _past_time(keys, i, c)) <= _MAX_WORDS:
            # «در این ارتباط «ذبیح‌الله مجاهد»، سخنگوی طالبان گفته است که»
            if c > 0 and (quoted := _quoted_after_matter(keys, i, c)):
                _add_quoted(reg, tokens, keys, quoted, post, b, tagged, opening)
            continue
        elif any(keys[k] in COMMAS for k in range(i, c)):
            continue
        if any(k in reg.by_token for k in range(i, c)) or not states_after(keys, post.j, b, _REACH):
            continue
        if not all(_name_word(tokens, keys, k, tagged) for k in range(i, c)):
            continue
        if keys[i] in lx.common_words() or keys[i] in lx.more_given_names() and c == i + 1:
            continue  # «مراد»: a word, or a given name alone
        _add(reg, tokens, keys, i, c, post)


def _add(
    reg: Registry, tokens: TokenColumns, keys: list[str], i: int, c: int, post: PostMention
) -> None:
    """The person named by the tokens ``i:c``, holding the ``post`` in apposition."""
    pkey = reg.new_person(tokens, keys, i, c)
    reg.mention_at(tokens, i, c, pkey)
    if post.holder is None:
        reg.add_post(pkey, post)  # «شهردار عالیه»: the post in apposition is theirs
    if c - i > 1:
        _named_again(reg, tokens, keys, i, c, pkey)


def _named_again(
    reg: Registry, tokens: TokenColumns, keys: list[str], i: int, c: int, pkey: str
) -> None:
    """The name of two words or more at ``i:c`` written the same way elsewhere in the article,
    where no person is found, is that person's too: «به گزارش ایسنا، فوزی برهوم سخنگوی جنبش
    ... سخن گفت.» names him, and «فوزی برهوم در ادامه ... گفت:» later (found only beside the
    post, the name's other mentions were not)."""
    name = keys[i:c]
    for k in lx.positions(keys, {name[0]}):
        after = k + len(name)
        if k != i and keys[k:after] == name and not any(t in reg.by_token for t in range(k, after)):
            reg.mention_at(tokens, k, after, pkey)


def _run_in(reg: Registry, keys: list[str], k: int) -> bool:
    """Token ``k`` is a given name run into a family name, in one word or by a ZWNJ
    («احمدپورفلاح», «کوین‌هاست», «دیمیتری‌نوویکوف»): a listed given name of four letters at
    least opens it, and the rest, of three letters at least, is a word the lexicon does not
    hold; no part of a name found."""
    key = keys[k]
    if k in reg.by_token or rank(key) != RARE:
        return False
    given = lx.first_names(), lx.more_given_names()
    return any(
        rank(key[n:]) == RARE
        for n in range(_RUN_IN_GIVEN, len(key) - _RUN_IN_FAMILY + 1)
        if key[:n] in given[0] or key[:n] in given[1]
    )


def _unknown_pair(keys: list[str], k: int) -> bool:
    """Tokens ``k - 1`` and ``k`` are two words of letters that the lexicon does not hold,
    nor a list of given names: a foreign name, transliterated («ونگ تاو», «کیث تمپرتون»)."""
    return k > 0 and all(
        key.isalpha() and rank(key) == RARE and key not in lx.first_names()
        for key in (keys[k - 1], keys[k])
    )


def _foreign_pair(
    tokens: TokenColumns, keys: list[str], k: int, tagged: dict[int, str] | None
) -> bool:
    """Tokens ``k - 1`` and ``k`` are a foreign name's two words (``_unknown_pair``), each
    one a name may hold (``_name_word``)."""
    return _unknown_pair(keys, k) and all(_name_word(tokens, keys, t, tagged) for t in (k - 1, k))


def _reports_after(keys: list[str], j: int, b: int) -> bool:
    """A reporting verb said by one («تأکید کرد», not «اعلام کردند») follows ``j`` in the
    sentence that ends at ``b``; an outlet's verb too («نوشت»), which ``lone_surnames`` leaves
    to the paper a family name alone seldom opens: here the post before it says a person."""
    verbs = lx.reporting_verbs()
    for k in range(j, b):
        if keys[k] in verbs.root and (m := verbs.match(keys, k)):  # most words open none
            return said_by_one(keys, k, m[0])
    return False


def _add_quoted(
    reg: Registry,
    tokens: TokenColumns,
    keys: list[str],
    name: tuple[int, int],
    post: PostMention,
    b: int,
    tagged: dict[int, str] | None,
    starts: set[int],
) -> None:
    """The person named in quotation marks by the tokens ``name``, holding the ``post`` in
    apposition, when a reporting verb of one follows it: a listed given name that is no word
    opens the name, no word of it a name found, an ordinary word or what a list holds; and
    its family name alone in quotation marks opening a sentence (``starts``) is theirs."""
    i, c = name
    if lx.first_names().get(keys[i]) is not False or not _reports_after(keys, post.j, b):
        return
    if any(k in reg.by_token for k in range(i, c)):
        return
    if not all(_name_word(tokens, keys, k, tagged) for k in range(i, c)):
        return
    _add(reg, tokens, keys, i, c, post)
    family = keys[i + 1 : c]  # named again so, alone: «"مجاهد" همچنین ... گفته است:»
    for k in lx.positions(keys, {family[0]}):
        after = k + len(family)
        if (
            keys[k:after] == family
            and k not in reg.by_token
            and _quoted_opening(keys, k, after, starts)
        ):
            reg.mention_at(tokens, k, after, reg.by_token[i])


def _quoted_opening(keys: list[str], i: int, after: int, sentence_starts: set[int]) -> bool:
    """The family name at ``i:after`` opens its sentence alone in quotation marks, as an
    article that writes its names so names its person again («"مجاهد" همچنین ... گفته است:»
    of «"ذبیح‌الله مجاهد"، سخنگوی طالبان»)."""
    return (
        i - 1 in sentence_starts
        and keys[i - 1] in QUOTES_OPEN
        and after < len(keys)
        and keys[after] in QUOTES_CLOSE
    )


def _quoted_after_matter(keys: list[str], i: int, c: int) -> tuple[int, int] | None:
    """The tokens of a name of two or three words set in quotation marks right before the comma
    at ``c``, past «در این/همین رابطه» (or «ارتباط», «خصوص», ...) opening the clause at ``i``:
    «در این ارتباط «ذبیح‌الله مجاهد»، سخنگوی طالبان گفته است که»; else None."""
    k = past_this_matter(keys, i, c)
    if k == i or keys[k] not in QUOTES_OPEN or keys[c - 1] not in QUOTES_CLOSE:
        return None
    return (k + 1, c - 1) if 2 <= c - 1 - (k + 1) <= _MAX_WORDS else None


def _past_frame(keys: list[str], i: int, c: int) -> int:
    """The token past a source and a frame that open the clause at ``i`` before a name, the
    name and its post's mark at ``c`` left («این در حالی است که خلوصی آکار وزیر دفاع ترکیه
    ...», «در این میان ونگ تاو تحلیلگر ...»); else ``i``."""
    i = after_source(keys, i, c)  # «به نقل از خبرگزاری اسپوتنیک،» after «به گزارش ایسنا،»
    if tuple(keys[i : i + 3]) in _MEANWHILE and i + 3 < c:
        return i + 3
    return after_frame(keys, i, c)


def _past_time(keys: list[str], i: int, c: int) -> int:
    """The token past words of a time that open the clause at ``i`` with no comma («روز
    سه‌شنبه», «اوایل همین ماه», «در ۲۰ فوریه ۲۰۲۰»), a word at least left before the comma
    at ``c``; else ``i``."""
    k = i + 1 if keys[i] == _IN and i + 1 < c else i  # «در ۲۰ فوریه ۲۰۲۰ ...»
    if keys[k] not in _TIME_FIRST and not keys[k].isdigit():
        return i
    while k < c - 1 and (keys[k] in _TIME_WORDS or keys[k].isdigit()):
        k += 1
    return k


def _name_word(
    tokens: TokenColumns, keys: list[str], k: int, tagged: dict[int, str] | None
) -> bool:
    """A word of letters that no list holds as a post, title, place, body or verb, and no
    pronoun or word of a clause; not what the tagger reads as a body or a place."""
    if tagged is not None and tagged.get(k) in ("ORG", "LOC"):
        return False
    if not lettered(tokens, keys, k) or keys[k] in NOT_SUBJECT or keys[k] in stopwords():
        return False
    return no_verb_nor_listed(keys, k) and not lx.places().match(keys, k)
