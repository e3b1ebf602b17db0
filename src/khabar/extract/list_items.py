"""The items of a list of names that neither a rule nor the tagger took: «شان کانری، اونور
بلکمن، گرت فروبه ... و ناجا رگین», «حسین رضوانی، میلاد دستگردی و محمدصالح فلاح در ...».

A sentence is cut at its separators («،», «,», «و», a dash) into segments, and each segment opens
with its item: a person found there, or up to three words each of which a name may hold,
ending where the segment does or where a preposition opens its tail («... از شهرستان
سرایان»). A run of such items, two of them persons found and a third of them at least, is a
list of persons: its other items are persons too, though their words are ordinary ones
(«برد پیت», «ولی الله دانشمند») or the tagger read them as a body («گارسیا برنال، کوجی
یاکوشو»). An item in a list is bounded by its separators: a given name a person found there
leaves out before it is that person's («اسماء [سالار صادقی]»).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from itertools import compress

from khabar.extract import lexicons as lx
from khabar.extract.namewords import (
    FREQUENT,
    SURNAME_ENDS,
    adjective,
    light_verb,
    name_word,
    ordinary_edge,
    rank,
    rare_word,
    verb,
)
from khabar.extract.no_name_words import plain_compound
from khabar.extract.people import (
    Mention,
    first_name_at,
    held_tokens,
    name_like,
    stopwords,
    untitled_mention,
)
from khabar.extract.tagged_entities import KIND_WORDS
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_SEPARATORS = frozenset({"،", ",", "و", "-", "–", "_"})
_MOST = 3  # words of an item no one found
# the prepositions that open an item's tail: «امید بنی‌اسد از شهرستان سرایان»
_TAILS = frozenset({"از", "در", "برای"})
# an item followed by «از ...» is a person's of a roll («... از شهرستان سرایان»)
_FROM = "از"
_LEAST_FOUND = 2
_PLURALS = ("\u200cها", "\u200cهای", "\u200cهایی", "ها", "های")
_TITLE_PLURALS = ("ان", "ها")  # «آقایان», «خانم‌ها»
FAMILY_ENDS = ("زاده", "پور", "فر", "نیا", "نژاد")  # a family name's endings
# kind («found», «ends»: a person found; «new»; «opens»: a new item ending its clause),
# first and last token, the person found within a new item, and how it stands in its
# segment (``_clean``)
Item = tuple[str, int, int, Mention | None, int]
_WHOLE, _FROM_PLACE = 2, 1


def with_list_items(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    mentions: list[Mention],
    sentences: list[tuple[int, int]],
) -> list[Mention]:
    """``mentions`` and the other items of the lists of persons they stand in."""
    used = held_tokens(mentions)
    by_start = {m.ti: m for m in mentions}
    by_end = {m.j: m for m in mentions}
    added: list[Mention] = []
    replaced: set[int] = set()  # ids of mentions an item holds with a given name before
    # the tokens where a person found opens or ends (its last token), sorted: one look-up
    # a sentence
    marks = sorted({*by_start, *(j - 1 for j in by_end)})
    for a, b in sentences:
        n = bisect_left(marks, a)
        if n == len(marks) or marks[n] >= b:
            continue  # no person found opens or ends an item here: no list of persons
        cuts = list(compress(range(a, b), map(_SEPARATORS.__contains__, keys[a:b])))
        if not cuts:
            continue
        items: list[Item | None] = []
        segment_end: dict[int, int] = {}
        for n, s in enumerate([a, *(c + 1 for c in cuts)]):
            e = _before_aside(keys, s, cuts[n] if n < len(cuts) else b)
            items.append(_item(tokens, keys, s, e, n == 0, a, by_start, by_end, used))
            segment_end[s] = e
        for run in _runs(_past_posts(keys, items)):
            found = sum(item[0] in ("found", "ends") for item in run)
            if 3 * found < len(run) or not (found >= _LEAST_FOUND or _paired(keys, run)):
                continue
            for n, (kind, i, j, held, _) in enumerate(run):
                if held is not None and _cut_short(tokens, keys, run, n, segment_end.get(i)):
                    e = segment_end[i]
                    span = Span(held.span.start, tokens.ends[e - 1])
                    full = Span(held.full.start, span.end)
                    name = text[span.start : span.end]
                    added.append(Mention(held.i, e, name, held.titles, span, full, held.ti))
                    replaced.add(id(held))
                    continue
                if kind not in ("new", "opens"):
                    continue
                if not (_beside(run, n, j - i == 1 and held is None) or _officials(keys, run, n)):
                    continue
                if j - i == 1 and held is None and not _found_beside(keys, run, n):
                    continue
                if _after_initials(keys, i):
                    continue  # «جی. ای. پرستون»: a name whose initials the sentence cut off
                added.append(untitled_mention(tokens, text, i, j))
                if held is not None:
                    replaced.add(id(held))
    if not added:
        return mentions
    kept = [m for m in mentions if id(m) not in replaced]
    return sorted([*kept, *added], key=lambda m: m.ti)


def _before_aside(keys: list[str], s: int, e: int) -> int:
    """Where the segment ``[s, e)`` ends before a bracketed aside that closes it, which tells
    what its item plays or does («سمیرا مرکب سازی | (قارمان)، سیما گنجه‌ای | (سازهای کوبه ای)»,
    a player's instrument; a cast's roles): the item is all that comes before it."""
    if e - s < 3 or keys[e - 1] != ")":
        return e
    for p in range(e - 2, s, -1):
        if keys[p] == "(":
            return p
        if keys[p] == ")":
            return e
    return e


def _cut_short(
    tokens: TokenColumns, keys: list[str], run: list[Item], n: int, e: int | None
) -> bool:
    """The person found at item ``n`` of ``run`` ends one word before its segment, between
    two items that are all of theirs: the word is the last of the family name, though an
    ordinary one («رضا فرهادی، محمود زاج | فروش، هوشنگ افشار»)."""
    kind, _, j, held, _ = run[n]
    if kind != "found" or held is None or e != j + 1 or not 0 < n < len(run) - 1:
        return False
    # not two names that lost their comma («آسیه کلاته بتول | نامجو»)
    given = held.i + max(first_name_at(keys, held.i), 1)
    if any(lx.first_names().get(keys[k]) is False for k in range(given, j)):
        return False
    if run[n - 1][4] != _WHOLE or run[n + 1][4] != _WHOLE:
        return False
    key, word = keys[j], tokens.words[j]
    if not word.isalpha() or key in stopwords() or adjective(key) or light_verb(key):
        return False
    # a present stem is a noun too («فروش», «آموزش»); a verb with an ending or «می» is not
    if verb(key) and (key.endswith(("د", "ت")) or key.startswith(("می", "نمی"))):
        return False
    if not name_like(tokens, keys, j):
        return False
    return not (lx.places().match(keys, j) or lx.organizations().match(keys, j))


def _clean(keys: list[str], end: int, e: int) -> int:
    """How an item ending at ``end`` stands in its segment ending at ``e``: all of it
    (``_WHOLE``), before a roll's «از ...» (``_FROM_PLACE``), or before other words (0)."""
    if end == e:
        return _WHOLE
    return _FROM_PLACE if keys[end] == _FROM else 0


def _officials(keys: list[str], run: list[Item], n: int) -> bool:
    """The new item ``n`` of ``run`` is a name before its post (``_official``) beside another
    item before its post: a list of officials, each with his post."""
    _, i, j, held, _ = run[n]
    if held is not None or not _official(keys, i, j):
        return False
    return any(0 <= m < len(run) and _post_at(keys, run[m][2]) for m in (n - 1, n + 1))


def _official(keys: list[str], s: int, t: int) -> bool:
    """The words ``[s, t)`` are a name before a post, opened by a listed given name, though
    one that is a word too («امید قیامی مدیرکل ...»), or ended by a listed family name
    («شهامت هدایت مدیرکل ...»); not a post's own words after «و» («تدوین و | مستندسازی آثار
    رئیس‌جمهوری»)."""
    return _post_at(keys, t) and _named(keys, s, t)


def _named(keys: list[str], s: int, t: int) -> bool:
    """A listed given name opens the words ``[s, t)``, one that is a word too among them, or
    a listed family name ends two words or more."""
    if keys[s] in lx.first_names() or first_name_at(keys, s) > 0:
        return True
    return t - s > 1 and keys[t - 1] in lx.family_name_words()


def _post_at(keys: list[str], k: int) -> bool:
    """A post opens at token ``k``: the item before it is its holder's name, as in a list of
    officials each with his post («کریم حاجی‌زاده مدیرکل میراث فرهنگی، شهامت هدایت مدیرکل
    منابع طبیعی، ...»)."""
    return k < len(keys) and lx.post_heads().match(keys, k) is not None


def _beside(run: list[Item], n: int, one_word: bool) -> bool:
    """The new item ``n`` of ``run`` stands beside an item that is all its segment or a
    roll's «از ...», not as the part of a post after «و» («وزیر فرهنگ و | ارشاد اسلامی»);
    a family name alone beside one that is all its segment, not a town in a list of a
    constituency's («... از حوزه انتخابیه اهواز، | باوی، حمیدیه و کارون»)."""
    least = _WHOLE if one_word else _FROM_PLACE
    before = n > 0 and run[n - 1][4] >= least
    after = (n == 0 or one_word) and n + 1 < len(run) and run[n + 1][4] >= least
    return before or after


def _after_initials(keys: list[str], i: int) -> bool:
    """Token ``i`` follows an initial and its full stop («فریمن ای. | دیویس»)."""
    return i > 1 and keys[i - 1] == "." and 0 < len(keys[i - 2]) <= _INITIAL


_INITIAL = 2  # letters of a Latin initial written in Persian («ای», «جی», «پی»)


def _found_beside(keys: list[str], run: list[Item], n: int) -> bool:
    """The new item ``n`` of one word is a family name's word or shape, or stands right
    beside a person found: a word the news writes rarely is a name only among names
    («منفردزاده، واروژان، پرویز مقصدی»; not «دلی شفاف و زلال و بلورین»)."""
    k = keys[run[n][1]]
    if k in lx.family_name_words() or k.endswith(FAMILY_ENDS):
        return True
    return any(0 <= m < len(run) and run[m][0] in ("found", "ends") for m in (n - 1, n + 1))


def _past_posts(keys: list[str], items: list[Item | None]) -> list[Item | None]:
    """``items`` without the segments that go on with the post after an item's name: a list
    of officials, each with his post, whose posts hold «و» or a comma («شفیع شفیعی مدیرکل
    امور اجتماعی و | فرهنگی استانداری، ...») is one run of names."""
    if None not in items:
        return items
    out: list[Item | None] = []
    posted = False  # the last name stands before a post
    skipped = False  # a segment of its post skipped since
    for item in items:
        if item is None:
            if not posted:
                out.append(item)
            skipped = skipped or posted
            continue
        if skipped and item[0] == "new" and not _named(keys, item[1], item[2]):
            # past a post's words only a listed name's words make a name («... تدوین و |
            # مستندسازی آثار رئیس‌جمهوری»): the run ends as before
            out.append(None)
            posted = skipped = False
            continue
        # a word alone goes on with the post too («... میراث فرهنگی، | صنایع‌دستی و ...»)
        alone = item[0] == "new" and item[2] - item[1] == 1
        posted = _post_at(keys, item[2]) or (posted and alone)
        skipped = skipped and alone
        out.append(item)
    return out


def _runs(items: list[Item | None]) -> list[list[Item]]:
    """Runs of items one after another; a person found at the end of a clause opens one."""
    out: list[list[Item]] = [[]]
    for item in items:
        if item is None or item[0] in ("ends", "opens"):
            out.append([])
        if item is not None:
            out[-1].append(item)
    return [r for r in out if r]


def _paired(keys: list[str], run: list[Item]) -> bool:
    """Two items, one a person found, the other two words or more opened by a given name no
    ordinary word («حامد حسن پور و ولی الله دانشمند»), or, joined by «و», a listed family name
    alone that is no word of the language, no adjective and no given name («دکتر رجالی و
    اعلمی از مؤلفان ...»)."""
    new = [item for item in run if item[0] == "new"]
    if len(run) != 2 or len(new) != 1:
        return False
    _, i, j, held, _ = new[0]
    if held is None and j - i == 1:
        return keys[run[1][1] - 1] == "و" and _family_alone(keys[i])
    return held is None and j - i > 1 and first_name_at(keys, i) > 0 and not _ambiguous(keys, i)


def _family_alone(key: str) -> bool:
    """A listed family name's word, no common word, adjective or given name («اعلمی»)."""
    return (
        key in lx.family_name_words()
        and key not in lx.common_words()
        and not adjective(key)
        and not _given(key)
    )


def _ambiguous(keys: list[str], i: int) -> bool:
    return lx.first_names().get(keys[i]) is True


def _item(
    tokens: TokenColumns,
    keys: list[str],
    s: int,
    e: int,
    first: bool,
    sentence_start: int,
    by_start: dict[int, Mention],
    by_end: dict[int, Mention],
    used: set[int],
) -> Item | None:
    """The item the segment ``[s, e)`` opens with: ("found", ...) for a person found there,
    ("new", i, j, held) for words a name may hold (``held``: the person found within them,
    after a given name), None for anything else; and whether it is clean: all its segment or
    followed by «از». The first segment of a sentence ends with its item, which is found, or
    is all of it when it opens the sentence."""
    if s >= e:
        return None
    if s in by_start and by_start[s].j <= e:
        m = by_start[s]
        return ("found", s, m.j, m, _clean(keys, m.j, e))
    if (t := _after_like(keys, s, e)) is not None:
        # «آهنگسازانی مثل منفردزاده، واروژان، پرویز مقصدی ...»: the list opens past «مثل»,
        # and no item before it is of it («... فعالین فتنه در ...، غایبان بزرگی همچون ...»)
        item = _item(tokens, keys, t, e, False, sentence_start, by_start, by_end, used)
        if item is None or item[0] not in _OPENING:
            return item
        return (_OPENING[item[0]], *item[1:])
    if first or not item_word(tokens, keys, s):
        # a clause's first words, then a person found at its end: a run starts there
        if e in by_end and by_end[e].ti >= s:
            return ("ends", by_end[e].ti, e, by_end[e], _WHOLE)
        if first and _given_at_end(tokens, keys, s, e, used):
            # «در این نمایش محمدرضا فروتن، ستاره اسکندری، ...»: the list's first item ends
            # its clause's first words, a given name no word and one word more
            return ("opens", e - 2, e, None, _WHOLE)
        if not first or s != sentence_start or e - s > _MOST:
            return None
    t = s
    while t < e and t - s < _MOST and item_word(tokens, keys, t, t > s):
        t += 1
    if (
        t == s + 1
        and e == s + 2
        and (_family_of_words(tokens, keys, s) or _given_and_family(tokens, keys, s))
    ):
        t = e  # «بهزاد افرادی», «عنایت بخشی»: all its segment
    if t == s or (t < e and keys[t] not in _TAILS and not _official(keys, s, t)):
        return None
    # the persons found inside the item's words: most items hold none, found in C
    inside = (
        [m for m in by_start.values() if s < m.ti < t]
        if not by_start.keys().isdisjoint(range(s + 1, t))
        else None
    )
    if inside:
        m = inside[0]
        if m.j != t or not all(_given(keys[k]) for k in range(s, m.ti)):
            return None
        return ("new", s, t, m, _clean(keys, t, e))
    if used.intersection(range(s, t)):
        return None
    if not (name_words(tokens.words, keys, s, t) or _given_and_word(keys, s, t)):
        return None
    return ("new", s, t, None, _clean(keys, t, e))


def _after_like(keys: list[str], s: int, e: int) -> int | None:
    """The token past the last «مثل», «مانند», «چون», «همچون» or «نظیر» of the segment
    ``[s, e)`` (those the list's first item follows), when one to ``_MOST`` words follow it."""
    if _LIKE.isdisjoint(keys[max(s, e - _MOST - 2) : e - 1]):
        return None  # most segments: none of the words, looked for in C
    for p in range(e - 2, max(s, e - _MOST - 2) - 1, -1):
        if keys[p] in _LIKE:
            return p + 1
    return None


_LIKE = frozenset({"مثل", "مانند", "چون", "همچون", "نظیر"})
_OPENING = {"found": "ends", "new": "opens"}  # the kinds of items that open a run


def _given_and_word(keys: list[str], s: int, t: int) -> bool:
    """Two words, a listed given name that is no word and any word after it, which a list
    of persons makes a family name though it is an ordinary word or an adjective («محسن
    صادق‌زاده، بهزاد افرادی، بابک نظافت», «علی عالی», «آرش مظلوم»)."""
    return t - s == 2 and lx.first_names().get(keys[s]) is False and keys[s + 1] not in KIND_WORDS


def _family_of_words(tokens: TokenColumns, keys: list[str], s: int) -> bool:
    """The word after a listed given name that is no word at ``s`` may be its family name
    though the stop-word list holds it, an adjective or a noun («افرادی», «عالی», «مظلوم»):
    letters, no verb, past the very frequent words («نیز», «هم», «است» are not)."""
    k = keys[s + 1]
    if lx.first_names().get(keys[s]) is not False or not tokens.words[s + 1].isalpha():
        return False
    return rank(k) >= _NOT_VERY_FREQUENT and not (verb(k) or light_verb(k))


def _given_and_family(tokens: TokenColumns, keys: list[str], s: int) -> bool:
    """A listed given name, a word too or not, and a listed family name that a stop-word list
    holds, all of the segment at ``s``: a cast's or a roll's item («ویشکا آسایش، عنایت بخشی،
    اکرم محمدی»; «بخشی» is «a part» too). The run of items around it decides."""
    k = keys[s + 1]
    if keys[s] not in lx.first_names() or k not in lx.family_name_words():
        return False
    return tokens.words[s + 1].isalpha() and k in stopwords() and not verb(k)


_NOT_VERY_FREQUENT = 300  # rank of the ZWNJ lexicon's word list past the function words


def _given_at_end(tokens: TokenColumns, keys: list[str], s: int, e: int, used: set[int]) -> bool:
    """The segment ``[s, e)`` ends with a given name no word and a word a name may hold,
    after a frequent word no name holds («نمایش»): a new item at a clause's end."""
    i = e - 2
    if i <= s or used.intersection(range(i - 1, e)) or lx.first_names().get(keys[i]) is not False:
        return False
    before = keys[i - 1]
    if before in lx.name_words() or rank(before) >= FREQUENT:
        return False
    if not item_word(tokens, keys, e - 1, True):
        return False
    return name_words(tokens.words, keys, i, e)


def item_word(tokens: TokenColumns, keys: list[str], k: int, inner: bool = False) -> bool:
    """A word a name in a list may hold: letters, no function word, verb or post, no title
    but within the name («رضوانه شیخ زاده»), no place or body."""
    word = tokens.words[k]
    # within the name, a title or a family name's ending written apart («شیخ زاده»)
    if inner and keys[k] in SURNAME_ENDS:
        return True
    if not word.replace("\u200c", "").isalpha() or _never_in_name(keys[k]):
        return False
    title = inner and lx.honorifics().match(keys, k) is not None
    if not (title or name_like(tokens, keys, k)):
        return False
    places, orgs = lx.places(), lx.organizations()  # most words open neither: no walk
    return not (
        (keys[k] in places.root and places.match(keys, k))
        or (keys[k] in orgs.root and orgs.match(keys, k))
    )


@lru_cache(maxsize=65536)  # per word, bounded: a long ingest meets new words without end
def _never_in_name(key: str) -> bool:
    """A function word, a title's plural (the titles of the names after it: «آقایان»), or a
    verb: no word of a name in a list, wherever it stands."""
    if key in stopwords() or any(_title_plural(key, p) for p in _TITLE_PLURALS):
        return True
    return verb(key) or light_verb(key)


def _given(key: str) -> bool:
    """A given name of any list, farsi-faker's words too («اسماء»)."""
    return key in lx.first_names() or key in lx.more_given_names() or key in _listed_given()


@cache
def _listed_given() -> frozenset[str]:
    return lx.keyed_words("more_given_names.txt") | lx.foreign_given_names()


def name_words(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """Words of a name: one of them a given name, a family name's word or shape, or a word
    the news writes rarely; a lone word no given name, a family name's or a rare one
    («عابدینی», «واروژان»; not «علی», «همکاران»)."""
    if any(plain_compound(w) or w.endswith(_PLURALS) for w in words[i:j]):
        return False  # «توییت‌های اصولگرایان», «هیچ‌کدام»
    if any(_arabic_article(k) for k in keys[i:j]) or keys[i] in KIND_WORDS:
        return False  # a book's title in a list of sources («تهذیب الاصول»), a party's name
    if keys[i].endswith("گی") or lx.honorifics().match(keys, j - 1) is not None:
        return False  # a credit's noun («نویسندگی ...»), a title after a post («پاسدار شهید»)
    if j - i == 1:
        k = keys[i]  # a listed family name, or one of a family name's endings
        family = k in lx.family_name_words() or k.endswith(FAMILY_ENDS)
        plain = k in lx.common_words() or adjective(k) or _given(k)
        # or a word the news writes rarely, a stage name or a foreigner's («واروژان», «گوگوش»)
        return (family or (rare_word(k) and not _owned(k))) and not plain
    if all(k in lx.common_words() for k in keys[i:j]) and not first_name_at(keys, i):
        return False  # «احتمال قریب», «آموزش پزشکی»
    if ordinary_edge(keys, i, j) and not any(rare_word(k) for k in keys[i:j]):
        return False  # «هادی کشتی انقلاب»; not «برد پیت», a foreign name of a rare word
    return any(
        _given(k) or name_word(k) or k in lx.family_name_words() or rare_word(k) for k in keys[i:j]
    )


def _owned(key: str) -> bool:
    """A frequent word with a pronoun written on: «نامزدش» (his fiancée), «همسرم»."""
    return len(key) > 3 and key[-1] in _OWNERS and rank(key[:-1]) < FREQUENT


_OWNERS = frozenset("شمت")


def _title_plural(key: str, ending: str) -> bool:
    stem = key[: -len(ending)]
    return key.endswith(ending) and lx.honorifics().match([stem], 0) is not None


def _arabic_article(key: str) -> bool:
    """A word opened by Arabic's article that no name list holds («الاصول», «الکافی»)."""
    return key.startswith("ال") and len(key) > 4 and key not in lx.name_words()
