"""Words of the text read as a name, by their class: a sheikh's epithet («شیخ اجل», «شیخ
اعظم انصاری»), a verb run into a preposition («به دکتر برویددر این هفته ...»: «بروید در»),
a scandal named in «گیت» («روسیگیت مولر»: Russiagate), two of the commonest words run
together («نه آقا بالاسر»: «بالا سر», a boss over one's head), a family name that is also
an adjective, right after a plural of places («اماکن عبادی»: places of worship), a noun of a
quality or «یک‌» and a word ending or in a name («زهرا وابستگی», «علی یک‌سری»), and a
foreign given name alone after a cleric's title, a nickname («آیت‌الله مایک»), and «علی»
of a blessing on the Prophet, a preposition («صلی‌الله علی محمد», «صل علی محمد»: upon
Muhammad). A word run into another makes no name's word either: a news agency's name and
«هم», too («اسپوتنیکهم گزارش داد»), a word and a country's name («رپسولاسپانیا
وشورونآمریکا», Repsol of Spain and Chevron of America), and the verbs' «می‌» opening a word
(«می‌رسلیماحمد مازنی», where «میرسلیم» and «احمد» ran together).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_names import given_name_cut
from khabar.extract.namewords import FREQUENT, RARE, adjective, country, rank, verb
from khabar.extract.people import Mention
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

# a sheikh's epithets: the most sublime (Saadi), the greatest (Morteza Ansari), the chief
# (Avicenna); after «شیخ» they are the title's, no given name (not «اکبر», a given name too)
_SHEIKH = "شیخ"
_SHEIKH_EPITHETS = frozenset(map(lx.key, ("اجل", "اعظم", "الرئیس")))
# prepositions, «را» and «که», run into the word before them where the text lost a space
_GLUED_TAILS = ("در", "از", "به", "با", "را", "که")
_SCANDAL = "گیت"  # «واترگیت», «روسیه‌گیت»: -gate
_COMMONEST = 1000  # both halves of a word run together among the commonest («بالا», «سر»)
# plurals of places, whose adjective in «ی» a family name may also be («اماکن عبادی»,
# «مراکز درمانی»); keys, no ZWNJ
_PLACES = frozenset({"اماکن", "مراکز", "مکانهای", "محلهای", "مکانها"})
# a blessing's «bless» before «علی», upon: «صل علی محمد», «صلی‌الله علی محمد»; keys
_ALI = "علی"
_BLESS = frozenset({"صل", "صلی", "صلیالله"})
_TOO = "هم"  # «اسپوتنیکهم»: «هم» (too) run into an agency's name
_COUNTRY_LEAST = 5  # letters of a country's name run into a word: «آمریکا»; not «چین» of «منوچین»
_VERB_PREFIX = "می\u200c"  # «می‌» and a ZWNJ open a verb («می‌گوید»), no name's word


def without_plain_words(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` without those the words of the text make (module docstring); a name
    that opens with a sheikh's epithet opens after it («شیخ اعظم | انصاری»)."""
    out = []
    for m in mentions:
        if m.i and keys[m.i - 1] == _SHEIKH and keys[m.i] in _SHEIKH_EPITHETS:
            if m.j - m.i == 1:
                continue  # «شیخ اجل»: Saadi's epithet, no name
            span = Span(tokens.starts[m.i + 1], m.span.end)
            m = Mention(m.i + 1, m.j, text[span.start : span.end], [], span, span, m.i + 1)
        m = _without_glued_title(tokens, text, m)
        if any(glued_verb(keys[k]) or scandal(tokens.words[k]) for k in range(m.i, m.j)):
            continue
        if any(run_into_word(word, lx.key(word)) for word in _words_of(tokens, text, m)):
            continue  # «اسپوتنیکهم», «رپسولاسپانیا», «می‌رسلیماحمد»
        if any(_numeral_compound(tokens.words[k]) for k in range(m.i, m.j)):
            continue  # «علی یک‌سری کارها کرده»: a series, no name's word
        if m.j - m.i > 1 and quality_noun(keys[m.j - 1]):
            continue  # «زهرا وابستگی شدیدی دارد»: a dependence, no family name
        if m.j - m.i == 1 and _cleric_nickname(keys, m):
            continue
        if _blessing(keys, m.i):
            continue  # «صلی‌الله علی محمد و آله»: upon Muhammad, no «علی»
        if m.j - m.i == 1 and (commonest_pair(keys[m.i]) or _place_adjective(keys, m)):
            continue
        out.append(m)
    return out


def _without_glued_title(tokens: TokenColumns, text: str, m: Mention) -> Mention:
    """``m``, its name opening after a title run into its given name, the title now its
    («دکترحسن مشرف نفیسی»: «دکتر» and «حسن مشرف نفیسی»)."""
    word = tokens.words[m.i]
    head, at = given_name_cut(word) if m.ti == m.i and len(word) >= 5 else ("", 0)
    if not at or lx.honorifics().match([head], 0) is None:
        return m
    span = Span(tokens.starts[m.i] + at, m.span.end)
    full = Span(tokens.starts[m.i], span.end)
    return Mention(m.i, m.j, text[span.start : span.end], [word[:at]], span, full, m.i, m.quoted)


def glued_verb(key: str) -> bool:
    """A verb and a preposition run together, no word of its own («برویددر»: «بروید در»)."""
    if rank(key) < RARE or key in lx.name_words():
        return False
    for tail in _GLUED_TAILS:
        head = key[: -len(tail)]
        if key.endswith(tail) and len(head) > 2 and verb(head) and rank(head) < FREQUENT:
            return True
    return False


def scandal(word: str) -> bool:
    """A scandal named in «گیت» (-gate) after a country, an adjective or a frequent word
    («روسیگیت», «اوکراین‌گیت»); not a given name («بیرگیت»)."""
    key = lx.key(word)
    if not key.endswith(_SCANDAL) or key in lx.name_words():
        return False
    head = lx.key(word[: -len(_SCANDAL)].rstrip("\u200c"))
    if len(head) < 3:
        return False
    return country(head) or adjective(head) or rank(head) < FREQUENT


def _words_of(tokens: TokenColumns, text: str, m: Mention) -> list[str]:
    """The words of the name ``m`` as its span holds them: of a token the text ran into the
    name, only the name's part («محمد» of «می‌کشانندمحمد جواد آذری جهرمی»)."""
    span = m.span
    return [
        text[max(tokens.starts[k], span.start) : min(tokens.ends[k], span.end)]
        for k in range(m.i, m.j)
    ]


def run_into_word(word: str, key: str) -> bool:
    """A word no list or corpus knows that is no name's word: a news agency's name and «هم»
    run together («اسپوتنیکهم»), a word and a country's name of five letters or more
    («رپسولاسپانیا», «اوغلیآمریکا»; not the news' own country, which family names end with),
    or a word opening with the verbs' «می‌» («می‌رسلیماحمد»)."""
    if rank(key) < RARE or key in lx.name_words() or not key.isalpha():
        return False
    if word.startswith(_VERB_PREFIX):
        return True
    if key.endswith(_TOO) and lx.agencies().match([key[: -len(_TOO)]], 0) is not None:
        return True
    if "\u200c" in word:
        return False
    tails = (key[cut:] for cut in range(3, len(key) - _COUNTRY_LEAST + 1))
    return any(country(tail) and tail != "ایران" for tail in tails)


def commonest_pair(key: str) -> bool:
    """A word no list or corpus knows, made of two of the language's commonest words run
    together («بالاسر»: «بالا», «سر»; «بیکار»), no name's word; not a given name run into a
    family name («محمداسلامی») nor a word said twice («توتو», an actor)."""
    if rank(key) < RARE or key in lx.name_words() or not key.isalpha() or len(key) < 5:
        return False
    return any(
        _commonest(key[:cut]) and _commonest(key[cut:]) and key[:cut] != key[cut:]
        for cut in range(2, len(key) - 1)
    )


def _commonest(key: str) -> bool:
    return rank(key) < _COMMONEST and key not in lx.first_names()


def quality_noun(key: str) -> bool:
    """A noun of a quality made of an adjective in «ه» and «گی» («وابستگی» of «وابسته»,
    «سادگی» of «ساده»), a word of the language no name holds; not a family name in «بیگی»
    or «لنگی» («رئیسی حسنلنگی»), whose «ه» makes no word."""
    if not key.endswith("گی") or key.endswith("بیگی") or len(key) < 5:
        return False
    adjective_of = key[:-2] + "ه"
    return rank(adjective_of) < RARE and rank(key) < RARE and key not in lx.name_words()


def _numeral_compound(word: str) -> bool:
    """«یک» (one) and a word joined by a ZWNJ: «یک‌سری» (a series), «یک‌بار» (once)."""
    head, zwnj, tail = word.partition("\u200c")
    return head == "یک" and bool(zwnj) and bool(tail)


# a cleric's titles, keys: a foreign given name alone after them is a nickname in the news
# («شواهد جدید از مرگ «آیت‌الله مایک»»: a CIA officer so called)
_CLERICS = frozenset({"آیتالله", "حجتالاسلام"})


def _cleric_nickname(keys: list[str], m: Mention) -> bool:
    key = keys[m.i]
    foreign = key in lx.foreign_given_names() and key not in lx.first_names()
    return foreign and m.i > 0 and keys[m.i - 1] in _CLERICS


def _place_adjective(keys: list[str], m: Mention) -> bool:
    """A lone word right after a plural of places, with no title: its adjective («اماکن
    عبادی»), though a family name is written so too."""
    return m.ti == m.i and m.i > 0 and keys[m.i - 1] in _PLACES


def _blessing(keys: list[str], i: int) -> bool:
    """Token ``i`` is «علی», upon, of a blessing: «صل», «صلی» or «صلی‌الله» (whose «الله» may
    stand apart) before it."""
    if keys[i] != _ALI or not i:
        return False
    if keys[i - 1] == "الله":
        return i > 1 and keys[i - 2] == "صلی"
    return keys[i - 1] in _BLESS
