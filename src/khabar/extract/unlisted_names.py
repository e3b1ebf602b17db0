"""People named with no title and no given name of ``first_names.tsv``: foreign names,
transliterated, and «امام» before a family name.

``first_names.tsv`` opens the untitled names ``people.find_people`` finds; a foreign given
name («مایکل», «حسان») is in ``lx.more_given_names`` (farsi-faker's and a list of other
languages' given names), and a foreign name with none is known by its apposition to a post.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import compress, count, repeat

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import COMMAS, WHEN
from khabar.extract.glued_words import end_of_key, glued
from khabar.extract.keys_joined import keys_joined
from khabar.extract.named_places import place_word_at
from khabar.extract.namewords import (
    COURT_ENDS,
    PARTICLE_ARTICLES,
    PARTICLES,
    RARE,
    SURNAME_ENDS,
    adjective,
    cited_source,
    kin,
    rank,
    script_end,
    titled_work,
    verb,
)
from khabar.extract.people import (
    HOLY_MARKS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    Mention,
    first_name_at,
    held_tokens,
    name_like,
    stopwords,
    title_head_before,
    untitled_mention,
)
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import default_lexicon


def find_unlisted_names(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    posts: list[int],
    taken: list[Mention],
    given_at: list[int] | None = None,
    clans_at: list[int] | None = None,
) -> list[Mention]:
    """Untitled names that ``first_names.tsv`` cannot open: foreign names, transliterated.

    * A given name of ``lx.more_given_names`` (farsi-faker's, and other languages' such as
      «مایکل») and one or two words after it that are no ordinary words but rare ones or
      shaped like family names («حسان دیاب», «ژان برتراند آریستید», «ایاد علاوی»); a
      frequent word only when a comma, a post or the sentence's end follows («جرج بوش،»).
    * Two or three rare words, none a known word, place or organization, in apposition to a
      post («لیندسی گراهام، رئیس کمیته قضایی سنا»): news names a foreigner so on first mention.
    ``posts``: the tokens that open a post head (sorted); ``given_at``, ``clans_at``: those
    whose keys are in ``lx.more_given_names`` and ``CLAN_WORDS``, when already found
    (``triggers.GIVEN``, ``triggers.CLAN``).
    """
    used = held_tokens(taken)
    given = lx.more_given_names()
    n = len(tokens.words)
    found: list[tuple[int, int]] = []
    if given_at is None:
        given_at = [i for i, k in enumerate(keys) if k in given]
    for i in given_at:
        if i in used or (i and (keys[i - 1] in given or first_name_at(keys, i - 1))):
            continue
        if place_word_at(keys, i - 1) or tokens.words[i].startswith("به\u200c"):
            continue  # «کاخ چارلز پنجم»: a place's name; «به‌یاد» (no «بهیاد»): a preposition
        j = _particle_end(tokens, keys, i + 1)
        while j < min(n, i + 3) and _rare_name_word(tokens, keys, j):
            j += 1
        foreign = keys[i] in lx.foreign_given_names()
        if j == i + 1 and j < n and name_like(tokens, keys, j) and _letters(tokens.words[j]):
            if (foreign and not verb(keys[j])) or _closed(tokens, keys, j + 1):
                j += 1  # «جرج بوش همه ...», «... جرج بوش، رییس جمهوری آمریکا»
                if _rare_name_word(tokens, keys, j):
                    j += 1  # «فیلیپ دوست بلازی»
        if j > i + 1:
            found.append((i, j))
    post_at = set(posts)
    opens: dict[int, int] = {}  # where in its first token a name found before a post starts
    for p in posts:
        if 0 < p and tokens.words[p - 1] not in COMMAS:
            if (bare := _bare_name_at(tokens, keys, text, p, post_at)) is not None:
                found.append((bare, p))
            continue
        if p < 3:
            continue
        i = p - 1
        while i > p - 3 and _rare_name_word(tokens, keys, i - 1, strict=True):
            i -= 1
        if i == p - 3 and _unknown(keys, i - 1) and _rare_name_word(tokens, keys, i - 1):
            i -= 1  # a third word only when no word list knows it: not «گفتگوی خوآن گوآیدو»
        if p - 1 - i == 1 and _unknown(keys, i) and _opens_clause(tokens, keys, text, i - 2):
            if _given_place(tokens, keys, i - 1):
                i -= 1  # «تحسین الخفاجی، سخنگوی ...»: a family name no list knows
        if p - 1 - i >= 2 and not _rare_name_word(tokens, keys, i - 1) and i - 1 not in post_at:
            found.append((i, p - 1))
            if at := given_run_in(tokens.words[i]):
                opens[i] = at  # «پس از ۹ سال|علی حمود، وزیر ...»: a heading's word before
        elif p - 1 - i == 1 and keys[p] not in _ONE_LEADER and _unlisted_name_word(tokens, keys, i):
            # a family name alone in apposition to a post, as a clause's subject («... ،
            # مظاهری، مشاور اقتصادی رئیس‌جمهوری»), as before one with no comma; not a source
            # after its cue («بنا بر گزارش آنسا، پاپ ...»), a word of kin («محمد بن نایف،
            # پسرعمو، ولیعهد») nor «که» run into a name («در حالی کهخوآنگایدائو، رئیس‌جمهور»)
            if i - 1 not in post_at and _opens_clause(tokens, keys, text, i - 1):
                if (
                    keys[i - 1] not in _SOURCE_CUES
                    and not kin(keys[i])
                    and not _that_run_in(keys[i])
                ):
                    found.append((i, p - 1))
    if clans_at is None:
        clans_at = [i for i, k in enumerate(keys) if k in CLAN_WORDS]
    for i in [i for i in clans_at if i < n - 2]:
        # «عیسی آل کثیر»: a listed given name, «آل» and the clan's name
        if i and keys[i - 1] in lx.first_names() and _given_place(tokens, keys, i + 1):
            if _opens_clause(tokens, keys, text, i - 2):
                found.append((i - 1, i + 2))
    out: list[Mention] = []
    for i, j in sorted(found):
        if used.intersection(range(i, j)):
            continue
        m = untitled_mention(tokens, text, i, j)
        if at := opens.get(i, 0):
            span = Span(m.span.start + at, m.span.end)
            m = replace(m, name=text[span.start : span.end], span=span, full=span)
        out.append(m)
        used.update(range(i, j))
    return out


_RUN_IN_LEAST = 3  # letters of the word and of the given name run together («سال|علی»)
_PAST_ENDS = ("ت", "د")  # a past verb's third person: «گرفت», «داشت»


def _past_verb(key: str) -> bool:
    """A past verb of the third person, which ends a clause («گرفت»); not a stem that opens
    a name («توان»), nor a short or frequent form that is a word or a name too (``verb``)."""
    return key.endswith(_PAST_ENDS) and verb(key)


def given_run_in(word: str) -> int:
    """Where a given name starts in ``word`` when a word the news writes, no name's word and
    opening no given name, is run into a listed given name and the whole is no word («سالعلی»:
    «سال» and «علی», a heading's last word and the next line's name; «موجهامانوئل»), or a
    past verb that ends its clause is run into the name's first word, listed or not
    («کرونا گرفت|برون پوارسون، وزیر ...»), 0 if not; a given name that opens with a word is
    itself listed («قربانعلی», «نورعلی»)."""
    key = lx.key(word)
    if rank(key) < RARE or key in lx.name_words() or not word.isalpha():
        return 0
    given = lx.more_given_names()
    for cut in range(_RUN_IN_LEAST, len(key) - _RUN_IN_LEAST + 1):
        head, tail = key[:cut], key[cut:]
        named = tail in lx.first_names() or tail in given
        if not (named or _past_verb(head)) or rank(head) == RARE:
            continue
        if head in lx.name_words() or head in lx.first_name_heads():
            continue
        return end_of_key(word, head)
    return 0


def _particle_end(tokens: TokenColumns, keys: list[str], j: int) -> int:
    """Past a family name's particle at ``j``, its article and the word after them, which the
    name ends with though it is a word too («فن در | لاین»); else ``j``."""
    if j >= len(keys) or keys[j] not in PARTICLES:
        return j
    k = j + 1 + (j + 1 < len(keys) and keys[j + 1] in PARTICLE_ARTICLES)
    if k >= len(keys) or not (_letters(tokens.words[k]) and name_like(tokens, keys, k)):
        return j
    return j if verb(keys[k]) or lx.places().match(keys, k) else k + 1


def _bare_name_at(
    tokens: TokenColumns, keys: list[str], text: str, p: int, post_at: set[int]
) -> int | None:
    """The token of a name of one word right before the post at ``p``, with no comma
    between, that opens its clause («... . ناکایاما رئیس گروه دوستی ...», «این رکورد به
    دینوزوف سرمربی سابق ...», «خالدی سخنگوی سازمان اورژانس»): a word the news' word list does
    not hold, or a listed family name past its frequent words; not before the post of the
    one leader («راستین رهبر معظم انقلاب», «امام»). None where there is none."""
    i = p - 1
    if keys[p] in _ONE_LEADER or i - 1 in post_at or not _unlisted_name_word(tokens, keys, i):
        return None
    return i if _opens_clause(tokens, keys, text, i - 1) else None


_ONE_LEADER = frozenset({"امام", "رهبر", "مقام"})
# the words a source's name follows («به گزارش ایرنا،», «به نقل از آنسا،»)
_SOURCE_CUES = frozenset({"گزارش", "از", "نوشته", "اعلام"})


def _that_run_in(key: str) -> bool:
    """«که» run into the word after it, which no family name opens so («کهخوآنگایدائو»)."""
    return key.startswith("که") and key not in lx.family_name_words()


def _unlisted_name_word(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """Token ``j`` is a word no list knows as an ordinary word, place, organization or outlet,
    and either a listed family name no frequent word nor adjective is, or one the news' word
    list does not hold that is no two words run together, the second a family name or a
    post's head («بیاورد|رضوی», «ح|معاون»)."""
    if not _rare_name_word(tokens, keys, j, strict=True, apart=True):
        return False
    k = keys[j]
    if lx.agencies().match(keys, j) or k in lx.outlet_words() or k in lx.first_names():
        return False
    rank = default_lexicon().rank.get(k)
    if rank is not None:
        return k in lx.family_name_words() and rank >= _RARE_RANK and not adjective(k)
    return k in lx.family_name_words() or not any(
        lx.post_heads().match([k[n:]], 0)
        or (k[n:] in lx.family_name_words() and k[n:] not in SURNAME_ENDS)
        for n in range(1, len(k) - 2)
    )


CLAN_WORDS = frozenset({"آل"})  # «آل سعود», «آل کثیر»: the family's name follows


def _opens_clause(tokens: TokenColumns, keys: list[str], text: str, i: int) -> bool:
    """The token after ``i`` opens the text, a line or a clause (after punctuation or a
    function word: «... است که تحسین الخفاجی، سخنگوی ...»)."""
    if i < 0 or keys[i] in stopwords():
        return True
    return not tokens.words[i][0].isalpha() or "\n" in text[tokens.ends[i] : tokens.starts[i + 1]]


def _given_place(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """Token ``j`` may stand in a name though it is an ordinary word («تحسین», «روزی»): a
    word of letters, no function word, post, verb, place or organization."""
    if j < 0 or not _letters(tokens.words[j]) or not name_like(tokens, keys, j):
        return False
    if lx.places().match(keys, j) or lx.organizations().match(keys, j):
        return False
    return not (verb(keys[j]) or glued(tokens.words[j]) or kin(keys[j]))


def _rare_name_word(
    tokens: TokenColumns, keys: list[str], j: int, strict: bool = False, apart: bool = False
) -> bool:
    """Token ``j`` may be part of a foreign name: a word, no function word, post, place or
    organization, and no ordinary word but a rare one (or, unless ``strict``, one shaped
    like a family name: «علاوی»). ``apart``: a word with a family name's ending written
    after a ZWNJ is a word too («محبی‌نیا»)."""
    if j < 0 or j >= len(tokens.words):
        return False
    word = tokens.words[j]
    if not (word.isalpha() or (apart and family_end_apart(word))) or not name_like(tokens, keys, j):
        return False
    k = keys[j]
    if k in lx.common_words() or lx.places().match(keys, j) or lx.organizations().match(keys, j):
        return False
    if k in default_lexicon().verbs or verb(k) or glued(tokens.words[j]):
        return False
    rare = default_lexicon().rank.get(k, 10**9) >= _RARE_RANK
    return rare or (not strict and k in lx.family_name_words())


_RARE_RANK = 5000  # a word past this rank of the ZWNJ lexicon's word list is no ordinary one


def _closed(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    """A name may end before token ``j``: the text's end, punctuation, a post or a
    reporting verb."""
    if j >= len(tokens.words) or not tokens.words[j][0].isalpha():
        return True
    return bool(lx.post_heads().match(keys, j) or lx.reporting_verbs().match(keys, j))


def find_court_names(
    tokens: TokenColumns, keys: list[str], text: str, taken: list[Mention]
) -> list[Mention]:
    """The honorific names by which the Qajar court's men are known («قوام‌السلطنه»,
    «مخبرالسلطنه», «وثوق الدوله», «معیرالممالک»): a word ending in «السلطنه», «الدوله» or
    «الممالک», or a word before one of them written apart."""
    joined = keys_joined(keys)  # made once for the triggers
    if not any(end in joined for end in COURT_ENDS):
        return []  # most articles: one substring search in C per ending, no loop
    used = held_tokens(taken)
    out: list[Mention] = []
    # most words end with none: tested in C before the search below
    for j in compress(count(), map(str.endswith, keys, repeat(COURT_ENDS))):
        k = keys[j]
        end = next((e for e in COURT_ENDS if k.endswith(e)), None)
        if end is None or j in used or not court_name(k):
            continue
        i = j
        if k == end:
            if not j or j - 1 in used or not _letters(tokens.words[j - 1]):
                continue
            i = j - 1
        out.append(untitled_mention(tokens, text, i, j + 1))
        used.update(range(i, j + 1))
    return out


def find_imam_surnames(
    tokens: TokenColumns, keys: list[str], text: str, taken: list[Mention]
) -> list[Mention]:
    """«امام» before a family name is a modern figure («امام خمینی (ره)»), not one of the
    Imams, whom news names by given name («امام علی (ع)», «امام حسن عسکری»): the word after
    it is no given name, ends as family names do in «ی», and no «(ع)», «(س)» follows it
    ((ره) is said of the late, not of the holy). After a word of a place named after someone
    («فرودگاه امام خمینی») it names that place."""
    out: list[Mention] = []
    if "امام" not in lx.distinct(keys):
        return out  # most articles: one look-up in the article's set of keys, no loop
    used = held_tokens(taken)
    for i in lx.occurrences(keys, "امام", 0, len(keys) - 1):
        j = i + 1
        k = keys[j]
        if i in used or j in used or not _letters(tokens.words[j]) or len(k) < 4:
            continue
        if k[-1] != "ی" or first_name_at(keys, j) or k in lx.first_names() or k in stopwords():
            continue
        if (k in lx.common_words() and k not in lx.family_name_words()) or (
            j + 1 < len(keys) and verb(keys[j + 1])
        ):
            continue  # «امام کاری کردند»
        if place_word_at(keys, i - 1) or _holy_mark_after(tokens, keys, j + 1):
            continue
        span = Span(tokens.starts[j], tokens.ends[j])
        full = Span(tokens.starts[i], span.end)
        out.append(Mention(j, j + 1, text[span.start : span.end], ["امام"], span, full, i))
    return out


def _holy_mark_after(tokens: TokenColumns, keys: list[str], k: int) -> bool:
    """«(ع)», «(س)», «(ص)», «(عج)» at token ``k``: said of the holy; «(ره)» is not."""
    if k + 2 >= len(tokens.words) or tokens.words[k] != "(":
        return False
    return keys[k + 1] in HOLY_MARKS - {"ره"} and tokens.words[k + 2] == ")"


def family_end_apart(word: str) -> bool:
    """A word of letters whose last part, past a ZWNJ, is an ending of family names
    («محبی‌نیا», «موسوی‌نژاد», «امین‌زاده»), not a plural's or a compound's («ارگان‌های»)."""
    head, zwnj, end = word.rpartition("\u200c")
    return bool(zwnj) and end in _APART_ENDS and _letters(head) and end.isalpha()


_APART_ENDS = frozenset(SURNAME_ENDS) - {"ی"}


def _letters(word: str) -> bool:
    """A word of letters, ZWNJ allowed («خامنه‌ای»)."""
    return word.replace("\u200c", "").isalpha()


def court_name(key: str) -> bool:
    """A word of a Qajar courtier's honorific name («قوام‌السلطنه»; «السلطنه» of «وثوق
    السلطنه»), no given name («عبدالملک» is one)."""
    end = next((e for e in COURT_ENDS if key.endswith(e)), None)
    return (
        end is not None and key not in lx.first_names() and (key == end or len(key) > len(end) + 2)
    )


def _unknown(keys: list[str], j: int) -> bool:
    """Token ``j`` is a word the ZWNJ lexicon's word list does not hold."""
    return j >= 0 and keys[j] not in default_lexicon().rank


_QUOTED_MOST = 4  # words of a name in quotes


def find_quoted_names(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    taken: list[Mention],
    opening: list[int] | None = None,
) -> list[Mention]:
    """A name the text puts in quotes before a post or a word of kin in apposition
    («"بیل د بلاسیو" شهردار نیویورک», «"کیارا د بلاسیو" دختر ۲۵ ساله», «سرتاج عزیز»
    مشاور نخست‌وزیر), or before the day it said or did something, of words no list holds
    as ordinary ones («"گیدو وستروله" دوشنبه ...»), or right after a head written as a title
    (``TITLE_HEADS``: «سناتور "کیت باند" یکی از سناتورهای ...»; there a family name alone too,
    «سناتور «مورفی»»): the quotes mark where it begins and ends, though its words are ordinary
    ones («عزیز»). Two to four words (one after a title), none a
    function word, verb, post, place or organization, one at least no ordinary word. A name
    found inside the quotes is cut short there («"مفیقه | محمد القواسمه"، همسر»): the quoted
    name, which ``quoted_over`` puts in its place, is the whole. ``opening``: the tokens that
    open a quotation (``QUOTES_OPEN``), when already found (``triggers.QUOTE_OPEN``)."""
    spans = [(m.ti, m.j) for m in taken]
    out: list[Mention] = []
    n = len(tokens.words)
    if opening is None:
        opening = [i for i, w in enumerate(tokens.words) if w in QUOTES_OPEN]
    for i in [i for i in opening if i < n - 2]:
        titled = title_head_before(keys, i) >= 0
        j = next(
            (
                j
                for j in range(i + 3 - titled, min(n, i + _QUOTED_MOST + 2))
                if tokens.words[j] in QUOTES_CLOSE
            ),
            None,
        )
        if j is None or any(a < i + 1 < b or a < j < b or (a, b) == (i + 1, j) for a, b in spans):
            continue  # a name runs out of the quotes, or fills them
        if not (
            apposed_after(tokens.words, keys, j)
            or tuple(keys[max(0, i - 2) : i]) == _ACCORDING_TO
            or titled
            or _given_first(keys, i + 1, j)
            or (_before_a_day(keys, i + 1, j) and (not i or keys[i - 1] in ("،", ",", ".")))
        ):
            continue
        if quoted_no_name(tokens.words, keys, i + 1, j):
            continue
        inner = range(i + 1, j)
        # a city's name after a title's name's first word is his family name's: «سناتور
        # جمهوری خواه "مارشا بلک برن"» (Bern)
        if not all(quoted_word(tokens, keys, k, titled and k > i + 1) for k in inner):
            continue
        if all(keys[k] in lx.common_words() for k in inner):
            continue
        end = script_end(tokens.words, i + 1, j)  # «"جان جنسن John Jensen"»: one name
        span = Span(tokens.starts[i + 1], tokens.ends[end - 1])
        quoted = end == j
        out.append(Mention(i + 1, end, text[span.start : span.end], [], span, span, i + 1, quoted))
        spans.append((i + 1, j))
    return out


_ACCORDING_TO = ("به", "گفته")  # «به گفته "عمرو موسی"، ...»: someone's words
# «"پنی ابیواردنا" از مقامات شهر نیویورک گفت»: one of a group of people
_ONE_OF = frozenset(map(lx.key, "مقامات مسئولان مسوولان مسولان اعضای رهبران فرماندهان".split()))


# «"جبران باسیل" همتای لبنانی خود»: a minister's counterpart, of the same post
_COUNTERPART = frozenset({lx.key("همتای"), lx.key("همتا")})


def apposed_after(words: list[str], keys: list[str], close: int) -> bool:
    """A name's apposition (``_apposed``) right after the quotation closing at token
    ``close``, or past a comma after it."""
    after = close + 1 + (close + 1 < len(words) and words[close + 1] in COMMAS)
    return _apposed(keys, after)


def quoted_no_name(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """The words ``[i, j)`` in quotes name no person, whatever their words: a work's title, a
    source cited («به گزارش شبکه «روسیا الیوم»، نخست‌وزیر ...»), a place named after someone
    («دانشگاه "جورج تاون"»), or initials, which tell no one apart («"ح س" 30 ساله»)."""
    return (
        titled_work(words, keys, i, j)
        or cited_source(words, keys, i)
        or place_word_at(keys, i - 2)
        or all(len(keys[k]) == 1 for k in range(i, j))
    )


def _apposed(keys: list[str], k: int) -> bool:
    """A post, a word of kin, a counterpart («همتای»), an age («"دیالا مصطفی مطر"، 26
    ساله») or «از مقامات ...» at token ``k``, after a name in quotes."""
    if k >= len(keys):
        return False
    if lx.post_heads().match(keys, k) or kin(keys[k]) or keys[k] in _COUNTERPART:
        return True
    if keys[k].isdigit() and keys[k + 1 : k + 2] == ["ساله"]:
        return True
    return keys[k] == "از" and k + 1 < len(keys) and keys[k + 1] in _ONE_OF


# when it was said or done, after a subject that opens its clause («فیگارو، "گیدو وستروله"
# دوشنبه هفته جاری ...»; not «وبگاه «بالگرین میلی‌تری» روز شنبه»: what the quotes name)
_DAYS = frozenset(WHEN - {"،", "گذشته", "هفته", "ماه"})


def _before_a_day(keys: list[str], i: int, j: int) -> bool:
    """The quotes hold words no list of ordinary words holds, and a day or a time of day
    follows («"گیدو وستروله" دوشنبه»): a subject named before when it spoke or acted."""
    return (
        j + 1 < len(keys)
        and keys[j + 1] in _DAYS
        and j - i <= 3
        and not any(k in lx.common_words() for k in keys[i:j])
    )


def _given_first(keys: list[str], i: int, j: int) -> bool:
    """The quotes hold a given name and one or two words no list of ordinary words or
    family names holds («"ایمن الظواهری"», «"نادر پسنده"»): a name, wherever it stands."""
    given = keys[i] in lx.first_names() or keys[i] in lx.more_given_names()
    rest = keys[i + 1 : j]
    return given and 1 <= len(rest) <= 2 and not any(k in lx.common_words() for k in rest)


def quoted_word(tokens: TokenColumns, keys: list[str], k: int, place_ok: bool = False) -> bool:
    """A word of a name in quotes; a given name that is also a function word («عزیز») too;
    a place's name too where ``place_ok``."""
    if not _letters(tokens.words[k]):
        return False
    given = keys[k] in lx.first_names() and keys[k] in stopwords()
    if not (given or name_like(tokens, keys, k)):
        return False
    if (lx.places().match(keys, k) and not place_ok) or lx.organizations().match(keys, k):
        return False
    word = tokens.words[k]
    if word.endswith("\u200cی") and lx.key(word[:-2]) in lx.common_words():
        return False  # a noun that its ezafe joins to the next word («حمله‌ی بیولوژیکی»)
    # a word shaped like a verb is a name there («نهاد المشنوق»), but for a verb's prefix
    return not (word.startswith(("می\u200c", "نمی\u200c")) or glued(word))


def quoted_over(mentions: list[Mention], quoted: list[Mention]) -> list[Mention]:
    """``mentions`` less those inside a name in quotes, and the quoted names."""
    inside = {k for q in quoted for k in range(q.i, q.j)}
    return [m for m in mentions if inside.isdisjoint(range(m.ti, m.j))] + quoted
