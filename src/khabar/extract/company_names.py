"""A company's, a publisher's or a club's name read as a person's.

«شرکت صنایع تولیدی کروز» names a company; «کروز» alone in the same article is that company,
not a person the tagger saw in a lone word. A name that follows a word of
``data/company_heads.txt`` somewhere in its article, past a few words of the body's trade,
is the body's wherever it stands alone. A name that holds a listed given name stays («شرکت
فورد» does not take «هنری فورد» away), and so does the family name of a person the article
names in full («آقای بلومبرگ مالک شرکت بلومبرگ است» after «مایکل بلومبرگ»), but for one
that ends in a listed town, the body's with its town («کارخانه ... آریا چابهار»).
A listed body's name written with its words joined or split otherwise than the list writes
it is that body («پاری‌سن ژرمن» of «پاری سن ژرمن», «پاری‌سن‌ژرمن»), and so is a name right
before a bracketed trading symbol in an article about shares («سامان گستراصفهان (ثامان1)»).
A name that «مانند», «نظیر», «همچون», «مثل» or «از جمله» (such as) brings after such a word, in
the plural too, past a few words of the trade, is one of those bodies («شرکت‌های داروسازی
مانند «گلاکسواسمیت کلاین»»).
"""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.name_verbs import verb_word
from khabar.extract.namewords import RARE, rank
from khabar.extract.no_name_words import an_outlet, at_no_name_edge, known_given
from khabar.extract.people import QUOTES_OPEN, Mention, stopwords
from khabar.lexicon import named

_TRADE_WORDS = 3  # «شرکت صنایع تولیدی کروز»
_STOPS = frozenset({"،", ",", ".", ":", "؛", "«", "»", '"', "(", ")"})


def without_company_names(
    keys: list[str], mentions: list[Mention], heads_at: list[int] | None = None
) -> list[Mention]:
    """``mentions`` without those whose name some company's, publisher's or club's name of
    the article ends with, past its head («شرکت صنایع تولیدی | کروز»), those at a word
    of ``no_name_edges.tsv`` («شیرینی کرکی»), those that are a listed outlet's whole name
    («به نقل از صدی البلد») and those a listed body's name opens with («فیروز صفه اصفهان»),
    whichever rule found them. ``heads_at``: the tokens whose keys
    are a company's head (``company_heads.txt``), when already found (``triggers.COMPANY``)."""
    mentions = [m for m in mentions if not at_no_name_edge(keys[m.i : m.j])]
    # a family name of a person named in full is theirs though a company bears it too («مایکل
    # بلومبرگ» ... «آقای بلومبرگ مالک شرکت بلومبرگ است»)
    named = {
        tuple(keys[k : m.j])
        for m in mentions
        if any(known_given(key) for key in keys[m.i : m.j])
        for k in range(m.i + 1, m.j)
    }
    mentions = [m for m in mentions if not _outlet_alone(keys, m, named)]
    mentions = [m for m in mentions if not _named_with_town(keys, m)]
    mentions = [m for m in mentions if not _body_joined_otherwise(keys, m)]
    mentions = [m for m in mentions if not _inside_listed_body(keys, m)]
    mentions = _without_traded_names(keys, mentions)
    mentions = _without_brands(keys, mentions)
    if heads_at is None:
        heads = lx.keyed_words("company_heads.txt")
        heads_at = [k for k, key in enumerate(keys) if key in heads]
    at = heads_at
    mentions = [m for m in mentions if not _owner_of_body(keys, m, at)]
    listed: set[tuple[str, ...]] = set()
    if not _SUCH_AS.isdisjoint(lx.distinct(keys)):
        listed = {tuple(keys[m.i : m.j]) for m in mentions if _such_as(keys, m)}
    if not at and not listed:
        return mentions
    bodies: set[tuple[str, ...]] = set()
    for m in mentions:
        name = tuple(keys[m.i : m.j])
        if name in bodies or name in named or any(known_given(key) for key in name):
            continue
        if name in listed or any(_after_head(keys, k, name) for k in at):
            bodies.add(name)
    if not bodies:
        return mentions
    return [m for m in mentions if tuple(keys[m.i : m.j]) not in bodies]


# «owner», a given name too («مالک شریعتی»); not the common words that are given names
# otherwise («صادق», «حمید»: a given name before a family name that is a place's too)
_OWNER = lx.key("مالک")


def _owner_of_body(keys: list[str], m: Mention, heads_at: list[int]) -> bool:
    """``m``, untitled, opens with «مالک» (owner) and the rest of it is a body's or a place's
    name, no given or family name: the owner of a thing, not a person («میلیاردر آمریکایی |
    مالک آمازون», where «شرکت آمازون» names the company; «مالک شریعتی» stays). The body is
    listed (``organizations.tsv``), a place, or follows a company's word in the article past
    the words of its trade."""
    rest = tuple(keys[m.i + 1 : m.j])
    if m.ti < m.i or not rest or keys[m.i] != _OWNER:
        return False
    if any(key in lx.family_name_words() or known_given(key) for key in rest):
        return False
    for trie in (lx.organizations(), lx.places()):
        if rest[0] in trie.root and (hit := trie.match(keys, m.i + 1)) and hit[0] == m.j:
            return True
    return any(_after_head(keys, k, rest) for k in heads_at)


def _named_with_town(keys: list[str], m: Mention) -> bool:
    """``m``, untitled, ends in a listed town no family name list holds and follows a
    company's or a factory's word past the words of its trade: the body's name with its town
    («کارخانه تولید لوله و پروفیل فلزی آریا چابهار», a pipe factory of Chabahar), though it
    opens with a given name."""
    if m.ti < m.i or m.j - m.i < 2 or keys[m.j - 1] in lx.family_name_words():
        return False
    town = lx.places().match(keys, m.j - 1)
    if town is None or town[0] != m.j or town[1].kind not in _TOWNS:
        return False
    for k in range(m.i - 1, max(-1, m.i - 1 - _TOWN_TRADE_WORDS), -1):
        if keys[k] in _STOPS:
            return False
        if keys[k] in _FACTORY_HEADS or keys[k] in lx.keyed_words("company_heads.txt"):
            return True
    return False


_TOWNS = frozenset({"city", "county"})
_TOWN_TRADE_WORDS = 8  # «کارخانه تولید لوله و پروفیل فلزی | آریا چابهار»
_FACTORY_HEADS = frozenset({lx.key("کارخانه"), lx.key("کارخانجات")})


@cache
def _bodies_joined() -> dict[str, frozenset[tuple[str, ...]]]:
    """Each listed body's name and alias (``organizations.tsv``) by its letters run together
    -> its words as listed."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for entry in named("organizations.tsv"):
        for form in (entry.name, *entry.aliases):
            words = lx.phrase_keys(form)
            out.setdefault(_letters(words), set()).add(words)
    return {k: frozenset(v) for k, v in out.items()}


def _letters(words: tuple[str, ...] | list[str]) -> str:
    return "".join(words).replace("\u200c", "")


def _body_joined_otherwise(keys: list[str], m: Mention) -> bool:
    """``m``, untitled, is a listed body's name written with its words joined or split
    otherwise («پاری‌سن | ژرمن» for «پاری سن ژرمن»); the list's own spelling is found as the
    body already."""
    if m.ti < m.i:
        return False
    name = keys[m.i : m.j]
    listed = _bodies_joined().get(_letters(name))
    return listed is not None and tuple(name) not in listed


def _inside_listed_body(keys: list[str], m: Mention) -> bool:
    """``m`` is inside a listed body's name (``organizations.tsv``) that opens with it or its
    title: a club whose name holds a given name («فیروز صفه اصفهان») names no one."""
    orgs = lx.organizations()
    for k in {m.ti, m.i}:
        if keys[k] in orgs.root and (hit := orgs.match(keys, k)) and hit[0] >= m.j:
            return True
    return False


# a share's trading symbol in brackets after its company's name: «(ثامان1)», «(حفاری1)»
_SYMBOL_WORDS = frozenset({lx.key("نماد"), lx.key("نمادهای"), lx.key("نماد\u200cهای")})


def _without_traded_names(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the untitled names right before a bracketed trading symbol in an
    article that speaks of symbols («نماد معاملاتی شرکت‌های ... سامان گستراصفهان (ثامان1)
    حفاری شمال (حفاری1)»)."""
    if _SYMBOL_WORDS.isdisjoint(lx.distinct(keys)):
        return mentions  # most articles
    return [m for m in mentions if not (m.ti == m.i and _symbol_at(keys, m.j))]


def _symbol_at(keys: list[str], k: int) -> bool:
    """A bracketed trading symbol opens at token ``k``: a word of letters and its number
    («( ثامان 1 )»), or a word alone that no word list holds («( قثابت )»); a word alone in
    brackets glosses a name («(مدیرعامل)», «(ره)»)."""
    if k + 2 >= len(keys) or keys[k] != "(" or not keys[k + 1].isalpha():
        return False
    if keys[k + 2] == ")":
        return rank(keys[k + 1]) == RARE
    return keys[k + 2].isdigit() and k + 3 < len(keys) and keys[k + 3] == ")"


def _outlet_alone(keys: list[str], m: Mention, named: set[tuple[str, ...]]) -> bool:
    """``m`` is a listed outlet's whole name, with no title and no person's family name."""
    return m.ti == m.i and an_outlet(keys, m.i, m.j) and tuple(keys[m.i : m.j]) not in named


def _after_head(keys: list[str], head: int, name: tuple[str, ...]) -> bool:
    """``name`` follows the head at ``head`` past at most a few words of its trade."""
    for start in range(head + 1, min(head + 2 + _TRADE_WORDS, len(keys))):
        if tuple(keys[start : start + len(name)]) == name:
            return True
        # a sign, a function word or a verb ends the body's name: «شرکت در مراسم تشییع حسنی
        # مبارک» (took part), «باشگاه پرسپولیس به برانکو»
        if keys[start] in _STOPS or keys[start] in stopwords() or verb_word(keys[start]):
            return False
    return False


# «such as», after which a body's word in the plural lists its bodies; «از جمله» ends in «جمله»
_SUCH_AS = frozenset({"مانند", "نظیر", "همچون", "مثل", "جمله"})
_PLURAL_ENDS = ("هایی", "های", "ها")


def _such_as(keys: list[str], m: Mention) -> bool:
    """``m``, untitled, follows «مانند», «نظیر», «همچون», «مثل» or «از جمله» (past an opening
    quote), and a company's, a publisher's or a club's word, in the plural too, stands before
    that past a few words of its trade: «شرکت‌های داروسازی مانند «گلاکسواسمیت کلاین»»."""
    k = m.i - 1
    if m.ti < m.i or k < 1:
        return False
    if keys[k] in QUOTES_OPEN:
        k -= 1
    if k < 1 or keys[k] not in _SUCH_AS or (keys[k] == "جمله" and keys[k - 1] != "از"):
        return False
    k -= 2 if keys[k] == "جمله" else 1
    heads = lx.keyed_words("company_heads.txt")
    for n in range(k, max(-1, k - 1 - _TRADE_WORDS), -1):
        key = keys[n]
        if key in heads or any(key.endswith(e) and key[: -len(e)] in heads for e in _PLURAL_ENDS):
            return True
        if key in _STOPS or key in stopwords() or verb_word(key):
            return False
    return False


def _without_brands(keys: list[str], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without a listed figure's surname that some mention shows to be a
    brand: right after a word of goods or of a maker (``product_words.txt``), or one word
    after it («یخچال فریزرهای بوش», «لوازم خانگی بوش»). Its other lone mentions in the
    article are the brand too («سایت خانه بوش»)."""
    brands = {
        keys[m.i]
        for m in mentions
        if m.j - m.i == 1 and m.ti == m.i and _after_product(keys, m.i) and _figure(keys, m.i)
    }
    if not brands:
        return mentions
    return [m for m in mentions if not (m.j - m.i == 1 and m.ti == m.i and keys[m.i] in brands)]


def _figure(keys: list[str], i: int) -> bool:
    """Token ``i`` alone is a listed figure's surname («بوش»)."""
    figure = lx.foreign_figures().match(keys, i)
    return figure is not None and figure[0] == i + 1


def _after_product(keys: list[str], i: int) -> bool:
    """A word of goods or a maker stands right before token ``i`` or one word before it."""
    products = lx.keyed_words("product_words.txt")
    return any(_singular(keys[k]) in products for k in range(max(0, i - 2), i))


def _singular(key: str) -> str:
    """``key`` without a plural or ezafe ending: «فریزرهای» -> «فریزر», «کالای» -> «کالا»;
    not an adjective's «ی» («مناظره تلویزیونی بوش و کری»: a televised debate)."""
    products = lx.keyed_words("product_words.txt")
    for stem in (key[:-3], key[:-2], key[:-1]):
        end, stem = key[len(stem) :], stem.rstrip("\u200c")
        if stem in products and end in _ENDINGS and (end != "ی" or stem[-1] in "او"):
            return stem
    return key


# what a noun of goods ends in before a name: a plural, or the ezafe «ی» after a vowel
_ENDINGS = frozenset({"های", "ها", "ی"})
