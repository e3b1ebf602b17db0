"""The learned tagger's names, joined with what the rules know.

The tagger reads the rules' findings as features (``tagger.rule_marks``) and so has already
weighed them: where it marks a person, an organization or a place, its span is the name.
The rules give what a span does not: the titles before a name, the listed name of an
organization or place («ناجا» is «فرماندهی انتظامی ...»), a foreign figure's full name;
their lexicons veto what they know is no name (a post, a title, a reporting verb, a
function word at an edge). A rule's finding that the tagger does not confirm is dropped,
except a place inside an organization's name, which stays a mention of that place.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.entities import aliases_of
from khabar.extract.people import Mention, first_name_at, role_boundaries, stopwords
from khabar.model import Organization, Place
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns
from khabar.text.zwnj import default_lexicon

Tagged = list[tuple[str, int, int]]
KIND_OF_NEW_PLACE = "other"


def _trim(tokens: TokenColumns, keys: list[str], i: int, j: int, person: bool) -> tuple[int, int]:
    """Without the edges no name has: punctuation, and for a person function words and
    reporting verbs (the stop list holds «خبرگزاری», which opens an organization's name)."""

    def bad(k: int) -> bool:
        return not (tokens.words[k][0].isalpha() or tokens.words[k] in "()") or (
            person
            and (
                keys[k] in stopwords()
                or keys[k] in role_boundaries()
                or lx.reporting_verbs().match(keys, k) is not None
            )
        )

    while i < j and bad(i):
        i += 1
    while j > i and bad(j - 1):
        j -= 1
    return i, j


def _spans(
    tokens: TokenColumns, keys: list[str], tagged: Tagged, kind: str
) -> list[tuple[int, int]]:
    out = []
    for t, a, b in tagged:
        if t == kind:
            i, j = _trim(tokens, keys, a, b, kind == "PER")
            if j > i:
                out.append((i, j))
    return out


def people(
    tokens: TokenColumns, keys: list[str], text: str, tagged: Tagged, rules: list[Mention]
) -> list[Mention]:
    """The rules' mentions, with the tagger's boundaries, and the people it alone marks.

    Where the tagger marks a person on a rule's mention, the tagger's span is the name
    («ملانیا ترامپ», not «ترامپ»; «محمد اسلامی», not «محمد اسلامی بعدازظهر»), unless the
    rule's is longer by words that are names themselves («عبدالرضا رحمانی فضلی»); the
    rule's titles stay. A rule's mention the tagger does not mark stands when it has a
    title, a listed given name or a listed foreign figure, and the tagger marks no
    organization or place on it. A name of the tagger's alone must not begin with an
    ordinary word («ویروس کرونا»), be a known person's family name (linked to them by
    ``surname_mentions``), a holy figure, or one ambiguous word (``_lone_name``).
    """
    spans = [_untitled(keys, i, j) for i, j in _spans(tokens, keys, tagged, "PER")]
    spans = [(i, j) for i, j in spans if j > i]
    span_at = {k: (i, j) for i, j in spans for k in range(i, j)}
    other = {k for kind, a, b in tagged if kind != "PER" for k in range(a, b)}
    out: list[Mention] = []
    taken: set[int] = set()
    for m in rules:
        span = next((span_at[k] for k in range(m.i, m.j) if k in span_at), None)
        if span is None:
            strong = m.ti < m.i or m.j - m.i > 1 or lx.foreign_figures().match(keys, m.i)
            named = m.j - m.i > 1 and first_name_at(keys, m.i)  # a listed given name
            if not strong or (other.intersection(range(m.i, m.j)) and not named):
                continue
            if any(_ordinary(keys[k]) or _verb(keys[k]) for k in range(m.i, m.j)):
                continue  # «قاسم سلیمانی دستاوردهای», «علی کاری», «خواهد»: no names
        elif span != (m.i, m.j):
            i, j = span
            head = range(m.i, max(m.i, i))
            rule_longer = i >= m.i and j <= m.j and all(_name_word(keys[k]) for k in head)
            if not (rule_longer and (j == m.j or _name_word(keys[m.j - 1]))):
                m = _bounded(m, i, j, tokens, text)
        out.append(m)
        taken.update(range(m.ti, m.j))
    tails = {tuple(keys[k : m.j]) for m in out for k in range(m.i + 1, m.j)}
    tails |= {(keys[k],) for m in out for k in range(m.i + 1, m.j)}  # «مسجدی» of «مسجدی آرانی»
    for i, j in spans:
        if taken.intersection(range(i, j)) or any(
            lx.role_heads().match(keys, k) for k in range(i, j)
        ):
            continue
        if keys[i] in lx.common_words() and keys[i] not in lx.first_names():
            continue
        if tuple(keys[i:j]) in tails:
            continue
        if j - i > 1 and _ordinary(keys[j - 1]):
            continue  # «رفیع شهادت»: a name ends in no ordinary noun
        if (j - i == 1 and not _lone_name(tokens, keys, i)) or _holy(tokens, keys, i, j):
            continue
        span = Span(tokens.starts[i], tokens.ends[j - 1])
        out.append(Mention(i, j, text[span.start : span.end], [], span, span, i))
        taken.update(range(i, j))
    return out


def _untitled(keys: list[str], i: int, j: int) -> tuple[int, int]:
    """A span without the titles the tagger took in («سردار»), but a title that is also a
    given name («امیر قاسمی»)."""
    while i < j and keys[i] not in lx.first_names() and (m := lx.honorifics().match(keys, i)):
        i = min(m[0], j)
    return i, j


def _bounded(m: Mention, i: int, j: int, tokens: TokenColumns, text: str) -> Mention:
    """``m`` as tokens ``[i, j)``; its titles stay if they still stand right before it."""
    name = Span(tokens.starts[i], tokens.ends[j - 1])
    ti = m.ti if i == m.i else i
    titles = m.titles if i == m.i else []
    full = Span(tokens.starts[ti], name.end)
    return Mention(i, j, text[name.start : name.end], titles, name, full, ti)


def _name_word(key: str) -> bool:
    """A word that is a name itself: a listed given name, a word shaped like a family name
    («... خرم‌آبادی»), or a title word that is one after a given name («عبدالرسول استوار»)."""
    shaped = key.endswith(_SURNAME_ENDS) and len(key) > 3 and not key.endswith("های")
    return (
        key in lx.first_names()
        or (shaped and key not in lx.common_words())  # «جهرمی», not «کاری»
        or lx.honorifics().match([key], 0) is not None
    )


_HOLY_TITLES = frozenset({"حضرت", "امام", "پیامبر"})
_HOLY_MARKS = frozenset({"ع", "س", "ص", "ره", "عج"})
_SURNAME_ENDS = ("ی", "زاده", "پور", "فر", "نیا", "نژاد", "وند", "لو", "یان", "راد", "مقدم")


def _ordinary(key: str) -> bool:
    """An ordinary word that is no given name and not shaped like a family name."""
    return key in lx.common_words() and not _name_word(key)


def _verb(key: str) -> bool:
    """A verb form («می‌سپارم», «برود»); one in «ی» may be a family name («دوانی»)."""
    verbs = default_lexicon().verbs
    return (key in verbs and key[-1] != "ی") or (key[:2] == "می" and key[2:] in verbs)


def _lone_name(tokens: TokenColumns, keys: list[str], i: int) -> bool:
    """One word the tagger calls a person, with no other name in the article to lean on,
    stands only as the subject of a reporting verb («کولیوند افزود:»): not «شاکیان،»,
    «با کرونا خبر داد», a glued «حمعاون» or a given name alone («علی»)."""
    if keys[i] in lx.first_names():
        return False
    if i and tokens.words[i - 1][0].isalpha():
        return False
    return any(lx.reporting_verbs().match(keys, t) for t in (i + 1, i + 2) if t < len(keys))


def _holy(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """A holy figure («امام حسین (ع)», «حضرت فاطمه زهرا (س)»), as the rules leave out:
    not a subject of the news. PEYMA tags them; khabar does not, on purpose."""
    if "(" in tokens.words[i:j] or (i and keys[i - 1] in _HOLY_TITLES):
        return True
    return j + 1 < len(keys) and tokens.words[j] == "(" and keys[j + 1] in _HOLY_MARKS


def organizations(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    tagged: Tagged,
    rules: list[Organization],
    skip: set[int],
    in_posts: set[int],
) -> list[Organization]:
    """The organizations the tagger marks, named as the data files list them when they do,
    and the rules' listed ones where the tagger marks nothing, unless ordinary words
    outside a post («فراجا», «رئیس پلیس کشور», «سپاه», not «دولت» or «مجلس» alone: PEYMA
    does not tag them, and the tagger learned so)."""
    found: dict[str, Organization] = {}
    marked = {k for _, a, b in tagged for k in range(a, b)}
    spans = [(i, j, None) for i, j in _spans(tokens, keys, tagged, "ORG")]
    index = {s: k for k, s in enumerate(tokens.starts)}
    for org in rules:
        for m in org.mentions:
            i = index[m.start]
            hit = lx.organizations().match(keys, i)
            if (
                hit
                and tokens.ends[hit[0] - 1] == m.end
                and not marked.intersection(range(i, hit[0]))
                and (
                    in_posts.issuperset(range(i, hit[0]))  # «رئیس پلیس کشور»
                    or hit[1].kind == "military"  # type: ignore[union-attr]  # «سپاه»
                    or not all(k in lx.common_words() for k in keys[i : hit[0]])  # «دولت»
                )
            ):
                spans.append((i, hit[0], org.name))
    for i, j, listed in sorted(spans):
        if skip.intersection(range(i, j)):
            continue
        name = listed or _listed_name(keys, i, j) or text[tokens.starts[i] : tokens.ends[j - 1]]
        org = found.setdefault(lx.key(name), Organization(name=name, aliases=aliases_of(name)))
        org.mentions.append(Span(tokens.starts[i], tokens.ends[j - 1]))
    return list(found.values())


def _listed_name(keys: list[str], i: int, j: int) -> str | None:
    """The data files' name of the organization at ``[i, j)``: listed whole, or a listed
    one followed by the place it serves («نیروی انتظامی استان قم» is the police)."""
    for trie in (lx.organizations(), lx.agencies()):
        hit = trie.match(keys, i)
        if hit and hit[0] == j:
            return hit[1].name  # type: ignore[union-attr]
        if hit and (place := lx.places().match(keys, hit[0])) and place[0] == j:
            return hit[1].name  # type: ignore[union-attr]
    return None


def _outlet(keys: list[str], i: int, j: int) -> bool:
    hit = lx.agencies().match(keys, i)
    return bool(hit and hit[0] == j)


def places(
    tokens: TokenColumns,
    keys: list[str],
    text: str,
    tagged: Tagged,
    rules: list[Place],
    skip: set[int],
) -> list[Place]:
    """The places the tagger marks, and the rules' places inside its organizations, but an
    outlet's («خبرگزاری فارس») and ordinary words («بانک مرکزی»): names, not places."""
    index = {s: k for k, s in enumerate(tokens.starts)}
    in_org = {
        k
        for i, j in _spans(tokens, keys, tagged, "ORG")
        if not _outlet(keys, i, j)
        for k in range(i, j)
        if not (keys[k] in lx.common_words() and keys[k][-1] == "ی")  # an adjective: «مرکزی»
    }
    found: dict[str, Place] = {}
    taken: set[int] = set()
    for i, j in _spans(tokens, keys, tagged, "LOC"):
        if skip.intersection(range(i, j)):
            continue
        # a city that is also a word is listed only after «شهر»: «مشهد» is still the city
        hit = lx.places().match(keys, i) or lx.places().match(["شهر", *keys[i:j]], 0)
        if hit and hit[0] in (j, j - i + 1):
            place = Place(hit[1].name, hit[1].kind)  # type: ignore[union-attr]
        else:
            place = Place(text[tokens.starts[i] : tokens.ends[j - 1]], KIND_OF_NEW_PLACE)
        found.setdefault(place.name, place).mentions.append(
            Span(tokens.starts[i], tokens.ends[j - 1])
        )
        taken.update(range(i, j))
    for place in rules:
        for m in place.mentions:
            i = index[m.start]
            if i in in_org and i not in taken:
                found.setdefault(place.name, Place(place.name, place.kind)).mentions.append(m)
    return list(found.values())
