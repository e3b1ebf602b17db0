"""Organizations, places, the cited source and the title."""

from __future__ import annotations

from functools import cache

from khabar.extract import lexicons as lx
from khabar.extract.org_spans import ORG_HEADS, no_org_end, outside_names, the_office
from khabar.extract.people import post_boundaries, stopwords
from khabar.lexicon import named
from khabar.model import Organization, Place
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_DEMONSTRATIVES = {"این", "آن", "همین", "همان", "هر", "چند", "کدام"}
_MAX_ORG = 7
SOURCE_LEADS = (("به", "گزارش"), ("به", "نقل", "از"), ("در", "گفتوگو", "با"))
_LEAD_OPENINGS = frozenset(lead[:2] for lead in SOURCE_LEADS)  # each lead's first two words


def find_organizations(
    tokens: TokenColumns, keys: list[str], text: str, starts: list[int]
) -> list[Organization]:
    """``starts``: the tokens whose key opens an organization or is a head (sorted)."""
    found: dict[str, Organization] = {}
    orgs = lx.organizations()
    i = 0
    for at in starts:
        if at < i:
            continue
        i = at
        m = orgs.match(keys, i) if keys[i] in orgs.root else None
        if m and the_office(keys, i, m[0]):
            i = m[0]
            continue
        # past a bare alias a name goes on from («ستاد اجرایی | خدمات سفر»: another body),
        # none of its words names the listed body («بسیج» of «سازمان بسیج | مهندسین»)
        past = i + 1
        if m and name_goes_on(tokens, keys, i, m[0]):
            past, m = m[0], None
        if m:
            j, entry = m
            name, aliases = entry.name, aliases_of(entry.name)
        elif keys[i] in ORG_HEADS and not (i and keys[i - 1] in _DEMONSTRATIVES):
            j = _extend(tokens, keys, i + 1)
            if j - i < 2 or j <= past:
                i = past
                continue
            name, aliases = text[tokens.starts[i] : tokens.ends[j - 1]], []
        else:
            i = past
            continue
        name_key = lx.key(name)
        if name_key not in found:  # made at an organization's first mention only
            found[name_key] = Organization(name=name, aliases=aliases)
        org = found[name_key]
        org.mentions.append(Span(tokens.starts[i], tokens.ends[j - 1]))
        i = j
    return list(found.values())


def with_outlets(
    orgs: list[Organization],
    tokens: TokenColumns,
    keys: list[str],
    opening: list[int] | None = None,
) -> list[Organization]:
    """``orgs`` and the outlets the text names (``agencies.tsv``): organizations as well as
    sources. A name that is also a word («مهر», «شرق»: ``outlet_words.txt``) counts where it
    is cited («به گزارش مهر», «به نقل از شرق», «خبرنگار فارس») only."""
    taken = {(m.start, m.end) for o in orgs for m in o.mentions}
    covered = [(m.start, m.end) for o in orgs for m in o.mentions]
    found = {lx.key(o.name): o for o in orgs}
    outlets = lx.agencies()
    i = 0
    # the tokens that open an outlet's name (``opening``, when already found:
    # ``triggers.OUTLET``), found in one pass (most open none)
    if opening is None:
        opening = [at for at, k in enumerate(keys) if k in outlets.root]
    for at in opening:
        if at < i:
            continue
        i = at
        m = outlets.match(keys, i)
        if not m:
            continue
        j, entry = m
        span = Span(tokens.starts[i], tokens.ends[j - 1])
        inside = any(a <= span.start and span.end <= b for a, b in covered)
        if not inside and (j - i > 1 or keys[i] not in lx.outlet_words() or _cited(keys, i)):
            org = found.setdefault(
                lx.key(entry.name), Organization(name=entry.name, aliases=aliases_of(entry.name))
            )
            if (span.start, span.end) not in taken:
                org.mentions.append(span)
        i = j
    return list(found.values())


def _cited(keys: list[str], i: int) -> bool:
    """Token ``i`` follows «به گزارش», «به نقل از», «خبرنگار» or «منبع:»."""
    return i > 0 and (
        keys[i - 1] in ("گزارش", "خبرنگار", "منبع")
        or keys[i - 2 : i] == ["نقل", "از"]
        or (i > 1 and keys[i - 1] == ":" and keys[i - 2] == "منبع")
    )


def _extend(tokens: TokenColumns, keys: list[str], j: int) -> int:
    start = j
    n = len(tokens.words)
    places, orgs = lx.places(), lx.organizations()
    while j < n and j - start < _MAX_ORG:
        k = keys[j]  # most words open neither: one look-up each, no call
        if (k in places.root and (m := places.match(keys, j))) or (
            k in orgs.root and (m := orgs.match(keys, j))
        ):
            j = m[0]
            continue
        if k == "(" and j + 2 < n and tokens.words[j + 2] == ")":
            j += 3
            continue
        if k == "و" and j + 1 < n and _org_word(tokens, keys, j + 1):
            j += 1
            continue
        if not _org_word(tokens, keys, j):
            break
        j += 1
    while j > start and keys[j - 1] == "و":
        j -= 1
    return j


def _org_word(tokens: TokenColumns, keys: list[str], j: int) -> bool:
    k = keys[j]
    return (
        tokens.words[j][0].isalpha()
        and k not in post_boundaries()
        and k not in stopwords()
        and lx.reporting_verbs().match(keys, j) is None
        and lx.post_heads().match(keys, j) is None
        and lx.honorifics().match(keys, j) is None
        and not outside_names(tokens.words, keys, j)
    )


def name_goes_on(tokens: TokenColumns, keys: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are an alias of ``bare_aliases.txt`` and a word of a name follows
    it, not its own body's («ستاد اجرایی | فرمان امام»): «ستاد اجرایی | خدمات سفر», «ستاد
    اجرایی | این طرح». A common noun with the indefinite «ی» is the clause's object, no word
    of a name («ستاد اجرایی | شرایطی را فراهم کرد», «... | دخالتی در توزیع ندارد»)."""
    own = lx.bare_aliases().get(tuple(keys[i:j]))
    if own is None or j >= len(keys) or keys[j] in own:
        return False
    if keys[j] in _DEMONSTRATIVES:
        return j + 1 < len(keys) and _org_word(tokens, keys, j + 1)
    if j + 1 < len(keys) and no_org_end(tokens.words[j + 1], keys[j + 1]):
        return False  # «سازمان بسیج | اجرایی می‌شود»: the word before a verb is its predicate
    return _org_word(tokens, keys, j) and not _indefinite(keys[j])


def _indefinite(k: str) -> bool:
    """A common noun with the indefinite «ی» («شرایطی», «دخالتی»; not «کشوری», a name's)."""
    common = lx.common_words()
    return k.endswith("ی") and k[:-1] in common and k not in common and k not in lx.name_words()


def aliases_of(canonical: str) -> list[str]:
    """The aliases ``organizations.tsv`` lists for an organization ([] if unlisted)."""
    return list(_alias_table().get(canonical, ()))


@cache
def _alias_table() -> dict[str, list[str]]:
    return {n.name: list(n.aliases) for n in named("organizations.tsv")}


def find_places(
    tokens: TokenColumns, keys: list[str], skip: set[int], starts: list[int]
) -> list[Place]:
    """``starts``: the tokens whose key opens a place name (sorted)."""
    found: dict[str, Place] = {}
    places = lx.places()
    new = tuple.__new__  # a Span made in C: NamedTuple's own constructor is a Python call
    i = 0
    for at in starts:
        if at < i or at in skip:
            continue
        i = at
        m = places.match(keys, i)
        if not m:
            i += 1
            continue
        j, entry = m
        if i > 1 and keys[i - 1] == "وقت" and keys[i - 2] == "به":  # «به وقت تهران», a clock
            i = j
            continue
        if entry.name not in found:  # made at a place's first mention only
            found[entry.name] = Place(entry.name, entry.kind)
        place = found[entry.name]
        place.mentions.append(new(Span, (tokens.starts[i], tokens.ends[j - 1])))
        i = j
    return list(found.values())


def find_source(
    tokens: TokenColumns, keys: list[str], text: str, starts: list[int]
) -> tuple[str | None, Span | None]:
    """The outlet cited in «به گزارش X،», «به نقل از X», «در گفت‌وگو با X»; None if unknown.

    A lead whose name is not a known outlet («به گزارش شبکه سردار ...», truncated) gives
    None: a person's name is never taken for a source. ``starts``: the tokens whose key
    opens a lead (sorted).
    """
    for i in starts:
        if tuple(keys[i : i + 2]) not in _LEAD_OPENINGS:
            continue  # most «به» and «در»: one look-up
        for lead in SOURCE_LEADS:
            if tuple(keys[i : i + len(lead)]) != lead:
                continue
            j = i + len(lead)
            m = lx.agencies().match(keys, j)
            if m:
                end, entry = m
                return entry.name, Span(tokens.starts[j], tokens.ends[end - 1])
            if lead[1] == "گزارش":
                return None, None  # the first citation decides
    return None, None


def canonical_source(name: str | None) -> str | None:
    """The data file's name for an outlet as written («خبرگزاری مهر» for «مهر»)."""
    if not name:
        return None
    keys = list(lx.phrase_keys(name))
    m = lx.agencies().match(keys, 0)
    return m[1].name if m and m[0] == len(keys) else name


def find_title(text: str, paragraphs: list[Span]) -> tuple[str | None, str | None]:
    """(surtitle, title) from the leading short lines without a full stop."""
    heads = []
    for p in paragraphs[:2]:
        line = text[p.start : p.end]
        if len(line) > 200 or line.rstrip().endswith((".", "!", "؟", "?")):
            break
        heads.append(line)
    if len(paragraphs) <= len(heads):
        heads = heads[: max(0, len(paragraphs) - 1)]
    if len(heads) == 2 and (heads[0].endswith(":") or len(heads[0]) < len(heads[1]) // 2):
        return heads[0].rstrip(":").strip(), heads[1]
    return None, heads[0] if heads else None
