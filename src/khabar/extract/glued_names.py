"""A name glued to the word before it, where the text lost a space or a line break.

«... مشکلی نداردعلی صوفی، وزیر سابق ...», «اضافه نکنیدحسینعلی شهریاری، نماینده ...»,
«ملاعبدالغنی برادر»: the token holds a word (a title, or a frequent word or a preposition
that opens no name) and a listed given name; a family name follows. The name starts inside
the token, and the word before is no part of it (a title is the name's title).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import end_of_key, glued, name_end_cut, plain_head
from khabar.extract.namewords import FREQUENT, RARE, SAYYID, ordinary, rank, verb
from khabar.extract.people import Mention, family_end, held_tokens
from khabar.lexicon import rows
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import default_lexicon

_PLURAL = ("\u200cها", "\u200cهای")
# prepositions and «که», run into a given name of four letters or more («بامحمد»)
_SHORT_HEADS = frozenset({"با", "از", "به", "در", "که"})
# short verbs that end a headline («شد», «کرد», «است»; «رفت» of «از دست رفت»), run into a
# given name after them
_VERB_HEADS = frozenset({"شد", "شود", "کرد", "است", "بود", "داد", "رفت"})  # not «گفت»: «گفتمانی»
# of them, those that end a clause and open no given name («دادعلی», «کردعلی» are names)
_CLAUSE_END_VERBS = frozenset({"است", "شد"})
# titles that open given names too («حاجعلی», «میرحسین», «شیخعلی»): never cut off
# the last word of a title of many words, run into the given name after it by a ZWNJ
# («حجت‌الاسلام و المسلمین‌حسن روحانی»): the title's end, no word of the name
_TITLE_ENDS = frozenset({"المسلمین"})
_AND_TITLE_ENDS = _TITLE_ENDS | {"و"}  # «وعلی ...»: a name joined to the one before it
_LONG_GIVEN = 5  # letters of a given name a short word may run into («مرگ|شادمهر»)
# letters of a rarer word and of the given name it runs into («پردردسر|مرتضی»; not «باخبر|نگار»
# of «باخبرنگار مهر»)
_RARER_HEAD, _RARER_GIVEN = 5, 5
# letters of a given name that is no word and of a listed family name that is one, after it
# («دکترمحسن نصر»; not «محمد بن» of «محمد بن زاید»)
_GIVEN_BEFORE_WORD, _FAMILY_WORD = 4, 3
_NAME_TITLES = frozenset("حاج حاجی میر امیر شیخ سید سیده ملک آقا شاه سلطان مشهدی کربلایی".split())


@lru_cache(maxsize=65536)  # called on every long word of every article
def given_name_cut(word: str) -> tuple[str, int]:
    """(the word or title before, where the given name starts in ``word``), or ("", 0) when
    ``word`` is no word run into a given name: a word of its own («بهنام», «فعلی») or a
    name's word is never cut, nor is a given name whose part a ZWNJ joins."""
    key = lx.key(word)
    names = lx.first_names()
    if len(key) < 5 or key in names or not key.isalpha():
        return "", 0
    # but a title's («ملامحمد» is in the word list); asked once a cut leaves a given name
    word_of_its_own: bool | None = None
    for cut in range(2, len(key) - 2):
        head, tail = key[:cut], key[cut:]
        given = names.get(tail)
        if given is not False and not (
            (head in _VERB_HEADS or head in _CLAUSE_END_VERBS or tail[:3] in SAYYID)
            and _given_after_verb(head, tail, given)
        ):
            continue  # no given name, or one that is also a word («امید»)
        if tail in lx.khan_names():
            continue  # «دوست | علیخان»: an old given name may open with a word («دوستعلیخان»)
        title = head in _titles() or head in _TITLE_ENDS
        if word_of_its_own is None:
            word_of_its_own = not _no_word(key)
        if word_of_its_own and not title:
            continue
        short = head in _SHORT_HEADS or head in _VERB_HEADS or verb(head)  # «می‌کشانندمحمد»
        # a short given name only after «است» or «شد» ending a sentence («بالاتر استعلی فرنام،»)
        ends_clause = head in _CLAUSE_END_VERBS
        if not (
            title
            or plain_head(head)
            or (short and (len(tail) > 3 or ends_clause))
            or _short_noun_before_long_given(head, tail)
            or _rarer_word_before_given(head, tail)
        ):
            continue
        at = next((p for p in range(len(word)) if lx.key(word[p:]) == tail), 0)
        if head in _TITLE_ENDS and word[at : at + 1] == "\u200c":
            at += 1  # the title's ZWNJ, no part of the given name
        if at and "\u200c" not in word[at:]:
            return head, at
    return "", 0


def _given_after_verb(head: str, tail: str, given: bool | None) -> bool:
    """A given name ``tail`` (``given``: its entry in the given names) run into a verb
    ending the line before, ``head``: the cheap tests first, since ``verb`` is asked of few
    heads (``given_name_cut`` calls this only where ``head`` is such a verb or ``tail``
    opens with «سید»)."""
    # a headline's last verb run into the lead's first name: «... دچار شدمارتین فلودن، ...»
    if head in _VERB_HEADS and len(tail) > 3 and _foreign_given(tail):
        return True
    # or a given name that is a word too, after «شد» or «است» ending the headline: «...
    # تمدید شدعادل عبدالمهدی، نخست‌وزیر عراق ...» (a family name must follow)
    if given is True and head in _CLAUSE_END_VERBS and len(tail) > 3:
        return True
    # «سید» run into a listed given name after a verb ending the line before: «... به
    # مردم بفروشید|سیدحسین مرعشی هم ...»
    return tail[:3] in SAYYID and lx.first_names().get(tail[3:]) is False and verb(head)


def _rarer_word_before_given(head: str, tail: str) -> bool:
    """A word of five letters or more past the frequent ones, that opens no given name and is
    no word of a name, run into a given name of five letters or more that is no word: a
    heading's or a letter's last word and the next paragraph's given name («در اقلیت اما
    پردردسر|مرتضی تمدن ... گفت:», «والسلام|ابوالفضل فاتح»)."""
    return (
        len(head) >= _RARER_HEAD
        and len(tail) >= _RARER_GIVEN
        and FREQUENT <= rank(head) < RARE
        and head not in lx.first_name_heads()
        and head not in lx.name_words()
    )


def _short_noun_before_long_given(head: str, tail: str) -> bool:
    """A frequent word of three letters that no name opens with, run into a given name of five
    letters or more that is no word («مرگشادمهر کاظم‌زاده»: a headline's last word and the
    lead's given name); not «شاه» nor «غلام» («شاهمحمد»)."""
    return (
        len(head) == 3
        and len(tail) >= _LONG_GIVEN
        and rank(head) < FREQUENT
        and head not in lx.first_name_heads()
        and head not in lx.name_words()
    )


@cache
def _titles() -> frozenset[str]:
    """One-word titles that open no given name («دکتر», «مهندس», «ملا»)."""
    one = {lx.key(r[0]) for r in rows("honorifics.tsv") if " " not in r[0]}
    return frozenset(one - _NAME_TITLES - lx.first_name_heads())


def _foreign_given(key: str) -> bool:
    """A foreign given name that is no word of the language («مارتین»; not «جان»)."""
    return key in lx.foreign_given_names() and rank(key) >= FREQUENT


def _no_word(key: str) -> bool:
    return rank(key) == RARE and key not in lx.name_words()


def with_glued_names(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    distinct: set[str] | None = None,
    distinct_keys: set[str] | None = None,
) -> list[Mention]:
    """``mentions`` with the names found inside glued tokens; a mention over the glued token
    («نداردعلی صوفی») gives way to the name. ``distinct``, ``distinct_keys``: the sets of
    ``tokens.words`` and ``keys``, when already made."""
    found: list[Mention] = []
    n = len(tokens.words)
    distinct = set(tokens.words) if distinct is None else distinct
    glued_words = words_where(distinct, _opens_glued_name, _NO_GLUED_NAME)
    article = set(keys) if distinct_keys is None else distinct_keys
    written = _written_alone_cuts(distinct, article)
    # only words no other reading cuts («می‌کندحسین ایمانی جاجرمی» is ``given_name_cut``'s)
    repeated = {
        w: cut
        for w, cut in _repeated_surname_cuts(distinct, article).items()
        if w not in glued_words and w not in written
    }
    written.update(repeated)
    if not glued_words and not written:
        return mentions  # most articles: no word runs into a given name
    for k in lx.positions(tokens.words, glued_words.union(written)):
        if k >= n - 1:
            break
        word = tokens.words[k]
        head, at = given_name_cut(word) if word in glued_words else written[word]
        if word in repeated and keys[k + 1] != head:
            continue  # «روایت ناطق‌نوری|علی‌اکبر ناطق‌نوری»: only the family name it repeats
        if text[tokens.ends[k] : tokens.starts[k + 1]] != " ":
            continue  # the family name is on the next line or after a mark
        given = k + 1 + (lx.first_names().get(lx.key(word[at:]) + keys[k + 1]) is False)
        # «کردیممحمد جواد آذری جهرمی»; a listed family name that is a word too after a given
        # name that is none («...پردردسرمرتضی تمدن»)
        j = family_end(tokens, keys, given, True, _listed_family(word[at:], keys, given, given + 1))
        if j == given:
            continue
        end = tokens.ends[j - 1]
        last = keys[j - 1]
        cut = name_end_cut(tokens.words[j - 1]) if _no_word(last) else 0
        if cut:  # «محمد کشتی آرایعضو هیأت مدیره», «ناصر فکوهیبا توجه به ...»
            end = tokens.starts[j - 1] + cut
        elif glued(tokens.words[j - 1]):
            continue
        # the one family name a heading repeats is the name's, whatever its ending («...‌ها»)
        repeats = word in repeated and j == k + 2
        if not repeats and (
            any(glued(tokens.words[t]) for t in range(k + 1, j - 1))
            or any(
                (ordinary(keys[t]) and not _listed_family(word[at:], keys, k + 1, j))
                or verb(keys[t])
                or tokens.words[t].endswith(_PLURAL)
                for t in range(k + 1, j)
            )
        ):
            continue  # «یکپارچهایاز داده‌های مالی»: a word of the text after a given name
        span = Span(tokens.starts[k] + at, end)
        titled = head in _titles()
        full = Span(tokens.starts[k], span.end) if titled else span
        titles = [word[:at]] if titled else []
        found.append(Mention(k, j, text[span.start : span.end], titles, span, full, k))
    if not found:
        return mentions
    before = {m.i: m for m in mentions if m.ti < m.i}
    for n, f in enumerate(found):  # the titles before the glued word stay («ماموستا ملامحمد»)
        if (m := before.get(f.i)) is not None:
            titles = [*(t for t in m.titles if t not in f.titles), *f.titles]
            found[n] = replace(f, titles=titles, full=Span(m.full.start, f.span.end), ti=m.ti)
    covered = {t for m in found for t in range(m.ti, m.j)}
    return [m for m in mentions if covered.isdisjoint(range(m.ti, m.j))] + found


def _listed_family(given: str, keys: list[str], i: int, j: int) -> bool:
    """The one word ``keys[i:j]`` after a glued given name that is no word, of four letters or
    more, is a listed family name of three letters or more, though a word too
    («...پردردسرمرتضی تمدن», «دکترمحسن نصر»)."""
    return (
        j == i + 1
        and len(lx.key(given)) >= _GIVEN_BEFORE_WORD
        and lx.first_names().get(lx.key(given)) is False
        and len(keys[i]) >= _FAMILY_WORD
        and keys[i] in lx.family_name_words()
    )


def _written_alone_cuts(words: set[str], article: set[str]) -> dict[str, tuple[str, int]]:
    """The words of no list that are a word the article writes alone run into a given name,
    one that is a word too among them («فروش تعهدی» ... «تعهدیامیر هامونی»: a subheading
    run into the lead's name): word -> (the word before, where the given name starts). A
    given name that is no word before another is one given name of two, though the article
    writes the first alone («محمدنعیم امینی فرد» ... «محمد دهقان»)."""
    out = {}
    names = lx.first_names()
    for word in words_where(words, _may_run_into_a_name, _NO_RUN_INTO_NAME):
        key = lx.key(word)
        for cut in range(4, len(key) - 3):
            head, tail = key[:cut], key[cut:]
            if tail in names and names.get(head) is False:
                break  # «محمد|نعیم»: a given name of two
            if tail in names and head in article and not _no_word(head):
                if tail in lx.khan_names():
                    break  # «دوست | علیخان»: an old given name may open with a word
                if at := next((p for p in range(len(word)) if lx.key(word[p:]) == tail), 0):
                    out[word] = (head, at)
                break
    return out


def _repeated_surname_cuts(words: set[str], article: set[str]) -> dict[str, tuple[str, int]]:
    """The words of no list, written with a ZWNJ, that are a family name the article writes
    alone run into a given name with no ZWNJ between: a heading of that family name run into
    the lead that names the person in full («روایت ناطق‌نوریعلی‌اکبر ناطق‌نوری هم ... گفته
    بود:», «روایت موسوی‌خوئینی‌هامحمد موسوی‌خوئینی‌ها»): word -> (the family name, where the
    given name starts). Only where the family name follows it (``with_glued_names``)."""
    out = {}
    names = lx.first_names()
    for word in words_where(words, _may_run_into_a_surname, _NO_SURNAME_RUN_IN):
        key = lx.key(word)
        for cut in range(4, len(key) - 2):
            head, tail = key[:cut], key[cut:]
            if tail not in names or head not in article:
                continue
            at = next((p for p in range(len(word)) if lx.key(word[p:]) == tail), 0)
            if at and word[at - 1] != "\u200c":  # a ZWNJ parts a word's own pieces
                out[word] = (head, at)
            break
    return out


def _may_run_into_a_surname(word: str) -> bool:
    """A word of no list written with a ZWNJ, long enough to hold a family name of two pieces
    and a given name run together."""
    key = lx.key(word)
    return len(key) >= 8 and "\u200c" in word and key.isalpha() and _no_word(key)


def _may_run_into_a_name(word: str) -> bool:
    """A word of no list, long enough to hold a word and a given name run together."""
    key = lx.key(word)
    return len(key) >= 8 and key.isalpha() and "\u200c" not in word and _no_word(key)


# Words found to run no name together, remembered per process (up to ``_REMEMBERED`` each):
# an article's words are then looked for in them at once, and only new ones are tested
_NO_GLUED_NAME: set[str] = set()
_NO_GIVEN_AND_FAMILY: set[str] = set()
_NO_RUN_INTO_NAME: set[str] = set()
_NO_SURNAME_RUN_IN: set[str] = set()
_REMEMBERED = 200_000


def words_where(words: set[str], test: Callable[[str], bool], no: set[str]) -> set[str]:
    """The words of ``words`` (an article's, each once) that pass ``test`` (a function of the
    word alone); those that fail it join ``no``, so that a word is tested once, not at every
    token."""
    if len(no) > _REMEMBERED:
        no.clear()
    out = set()
    for w in words.difference(no):
        if test(w):
            out.add(w)
        else:
            no.add(w)
    return out


def _opens_glued_name(word: str) -> bool:
    """A word that a given name starts inside (``given_name_cut``)."""
    return len(word) >= 5 and word[0].isalpha() and bool(given_name_cut(word)[1])


def _given_and_family(word: str) -> bool:
    """A given name run into a family name (``given_family_cut``)."""
    return len(word) >= 7 and bool(given_family_cut(word))


def name_keys(m: Mention, tokens: TokenColumns, keys: list[str]) -> list[str]:
    """The keys of the words of ``m``'s name: its tokens' keys, but for a name that starts or
    ends inside a glued token, whose own words are the name's."""
    if m.span.start == tokens.starts[m.i] and m.span.end == tokens.ends[m.j - 1]:
        return keys[m.i : m.j]
    return list(lx.phrase_keys(m.name))


def with_glued_given_names(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    distinct: set[str] | None = None,
) -> list[Mention]:
    """``mentions`` and the names written as one word, a listed given name run into a listed
    family name («اصغرجمالی فرد», «سید روحالهلطیفی»): a word no list knows, after no given
    name (of which it would be the family name: «سبا حیدرخانی»), no family name of a person
    found, no function word run into a known word («درسازمان»), and its family name no part
    of compounds («مختارگرایی»). ``distinct``: the set of ``tokens.words``, when already made."""
    distinct = set(tokens.words) if distinct is None else distinct
    glued_words = words_where(distinct, _given_and_family, _NO_GIVEN_AND_FAMILY)
    if not glued_words:
        return mentions  # most articles: no given name runs into a family name
    used = held_tokens(mentions)
    families = {keys[m.j - 1] for m in mentions}  # «علی زاهددوست» ... «زاهددوست اظهار داشت»
    names = lx.first_names()
    found: list[Mention] = []
    for k in lx.positions(tokens.words, glued_words):  # the tokens of those words alone
        word = tokens.words[k]
        if k in used or (k and names.get(keys[k - 1]) is not None):
            continue
        if keys[k] in families:
            continue
        cut = given_family_cut(word)
        name, i = word, k  # a family name may open with a given name too: «عسکراولادی»
        if k > 0 and keys[k - 1] in SAYYID and k - 1 not in used:
            # «سید روحالهلطیفی»: «سید» says a given name follows, as listed («روح‌الله»)
            given = _spellings().get(lx.key(word[:cut])) or word[:cut]
            name, i = f"{tokens.words[k - 1]} {given} {word[cut:]}", k - 1
        span = Span(tokens.starts[i], tokens.ends[k])
        found.append(Mention(i, k + 1, name, [], span, span, i))
    return sorted([*mentions, *found], key=lambda m: m.ti) if found else mentions


def run_into_heading(m: Mention, tokens: TokenColumns, keys: list[str]) -> bool:
    """Whether the name ``m`` opens inside its first token past a word that is no title and
    no preposition: a heading's last word run into the first name of the paragraph after it
    («اداره کرونا با همدلیحمیدرضا جلائی‌پور، فعال سیاسی ... گفت:»), where the clause opens;
    not «بامحمد ...», whose name a preposition holds."""
    if m.titles or tokens.starts[m.i] >= m.span.start:
        return False
    head = lx.key(tokens.words[m.i][: m.span.start - tokens.starts[m.i]])
    return head not in _SHORT_HEADS and head not in _AND_TITLE_ENDS


@lru_cache(maxsize=65536)  # per word: bounded, a long ingest meets new words without end
def given_family_cut(word: str) -> int:
    """Where the given name ends in ``word`` (a character offset), when ``word`` is a given
    name run into a family name; 0 if not."""
    key = lx.key(word)
    if "\u200c" in word or not key.isalpha() or not _no_word(key):
        return 0
    lexicon = default_lexicon()
    if any(key.startswith(h) and rank(key[len(h) :]) < RARE for h in _FUNCTION_HEADS):
        return 0
    names, families = lx.first_names(), lx.family_name_words()
    for cut in range(3, len(key) - 3):
        head, tail = key[:cut], key[cut:]
        if names.get(head) is not False or tail not in families:
            continue
        if tail in lexicon.right or tail in lexicon.verbal:
            return 0
        return end_of_key(word, head)
    return 0


@cache
def _spellings() -> dict[str, str]:
    """A given name's key, and its variants' keys -> the name as first_names.tsv lists it."""
    out: dict[str, str] = {}
    for given in lx.given_names():
        for n in (given.name, *given.variants):
            out.setdefault(lx.key(n.replace(" ", "")), given.name)
    return out


_FUNCTION_HEADS = ("و", "در", "به", "از", "با", "که", "را", "تا")
