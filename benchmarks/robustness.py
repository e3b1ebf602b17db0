"""The same facts whatever an outlet's typography: extraction of each article as written and
of typographic variants of it.

Every rule was tuned on the shared outlets' typography; another outlet may write quotation
marks as “ ” or ASCII ", lose its ZWNJs, use Latin digits or Arabic ي/ك, a Latin comma,
a colon with a space before it, hard line wraps or blank lines between paragraphs. Each
variant below is a small pure function of the raw text; the article is repaired and
extracted as written and as each variant, and the facts are compared by folded text (offsets
differ): persons (name), quotes (first letters of the quote, with the same speaker), posts
(person and post), places and organizations (name). Per variant: the share of the
original's facts the variant keeps, and the facts it adds (per 100 of the original's).

    python benchmarks/robustness.py PATH... [--limit N] [--seed S] [--variants a,b] [--losses]

PATH: news files or folders (read as ``khabar ingest`` reads them; articles are drawn in a
shuffled order and only those with at least one quote are kept, up to ``--limit``, 300 by
default), or a gold folder (``tests/fixtures/gold``: its ``tune`` part; ``--part heldout``
for totals only). ``--losses``: list the facts each variant loses or adds.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from khabar.extract import extract
from khabar.model import Document
from khabar.text import repair
from khabar.text.fold import fold

ROOT = Path(__file__).resolve().parents[1]
ZWNJ = "\u200c"
_PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def _wrap(text: str, width: int = 70) -> str:
    """Paragraphs hard-wrapped at ``width`` characters, a blank line between them."""
    return "\n\n".join(
        "\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False))
        for p in text.split("\n")
        if p.strip()
    )


VARIANTS: dict[str, Callable[[str], str]] = {
    "curly_quotes": lambda t: t.replace("«", "“").replace("»", "”"),
    "ascii_quotes": lambda t: t.replace("«", '"').replace("»", '"'),
    "spaced_guillemets": lambda t: t.replace("«", "« ").replace("»", " »"),
    "zwnj_as_space": lambda t: t.replace(ZWNJ, " "),
    "zwnj_dropped": lambda t: t.replace(ZWNJ, ""),
    "latin_digits": lambda t: t.translate(str.maketrans(_PERSIAN_DIGITS, "0123456789")),
    "persian_digits": lambda t: t.translate(str.maketrans("0123456789", _PERSIAN_DIGITS)),
    "arabic_letters": lambda t: t.replace("ی", "ي").replace("ک", "ك"),
    "latin_comma": lambda t: t.replace("،", ","),
    "latin_semicolon": lambda t: t.replace("؛", ";"),
    "spaced_colon": lambda t: re.sub(r"(?<! ):", " :", t),
    "hard_wraps": _wrap,
    "blank_lines": lambda t: re.sub(r"\n+", "\n\n", t),
}

KINDS = ("persons", "quotes", "posts", "places", "organizations")
_NOT_LETTER = re.compile(r"[\W_]+")
QUOTE_KEY = 24  # letters of the quote's folded start compared


def key(text: str | None) -> str:
    """Folded, with every space, ZWNJ and mark left out: «نرم‌افزار», «نرم افزار» and
    «نرمافزار» are one key, and so are “…” and «…»."""
    return _NOT_LETTER.sub("", fold(text or ""))


def facts(doc: Document) -> dict[str, set[Any]]:
    out: dict[str, set[Any]] = {k: set() for k in KINDS}
    for p in doc.persons:
        out["persons"].add(key(p.name))
        out["posts"] |= {(key(p.name), key(post)) for post in p.posts}
    for q in doc.quotes:
        said = doc.text[q.span.start : q.span.end]
        out["quotes"].add((key(said)[:QUOTE_KEY], key(q.speaker or q.speaker_organization)))
    out["places"] = {key(p.name) for p in doc.places}
    out["organizations"] = {key(o.name) for o in doc.organizations}
    return out


def _news(paths: list[str], seed: int) -> Iterator[tuple[str, str, dict[str, Any]]]:
    from khabar.ingest.prepare import documents

    files = sorted(
        str(f) for p in paths for f in ([Path(p)] if Path(p).is_file() else Path(p).rglob("*"))
    )
    files = [f for f in files if Path(f).is_file()]
    random.Random(seed).shuffle(files)
    for f in files:
        for doc in documents([f]):
            if isinstance(doc, Document):
                where = f"{f}:{doc.meta['locator']}" if doc.meta.get("locator") else f
                yield where, doc.original, doc.meta


def _gold(folder: Path, part: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    import json

    from khabar.evaluate import gold_split

    for stem in sorted(gold_split(folder)[part]):
        gold = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
        yield stem, (ROOT / "tests/fixtures" / gold["file"]).read_text(encoding="utf-8"), {}


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    opts = dict(a[2:].split("=", 1) if "=" in a else (a[2:], "1") for a in argv if "--" in a)
    limit, seed = int(opts.get("limit", 300)), int(opts.get("seed", 0))
    names = opts["variants"].split(",") if "variants" in opts else list(VARIANTS)
    gold = len(args) == 1 and (Path(args[0]) / "split.json").exists()
    part = opts.get("part", "tune")
    articles = _gold(Path(args[0]), part) if gold else _news(args, seed)
    losses = "losses" in opts and part == "tune"
    base: Counter[str] = Counter()
    kept: dict[str, Counter[str]] = {v: Counter() for v in names}
    added: dict[str, Counter[str]] = {v: Counter() for v in names}
    changed: Counter[str] = Counter()
    n = 0
    for where, original, meta in articles:
        doc = extract(repair(original, meta))
        if not gold and not doc.quotes:
            continue
        n += 1
        ours = facts(doc)
        for kind in KINDS:
            base[kind] += len(ours[kind])
        for v in names:
            text = VARIANTS[v](original)
            if text == original:
                for kind in KINDS:
                    kept[v][kind] += len(ours[kind])
                continue
            changed[v] += 1
            theirs = facts(extract(repair(text, meta)))
            for kind in KINDS:
                kept[v][kind] += len(ours[kind] & theirs[kind])
                added[v][kind] += len(theirs[kind] - ours[kind])
                if losses and ours[kind] != theirs[kind]:
                    for f in sorted(map(str, ours[kind] - theirs[kind])):
                        print(f"  {v} {where} {kind} lost {f}")
                    for f in sorted(map(str, theirs[kind] - ours[kind])):
                        print(f"  {v} {where} {kind} added {f}")
        if n >= limit:
            break
    print(f"{n} articles; facts as written: " + ", ".join(f"{k} {base[k]}" for k in KINDS))
    print(f"{'variant':18} {'changed':>7}  " + "  ".join(f"{k[:13]:>13}" for k in KINDS))
    print(f"{'':18} {'':>7}  " + "  ".join(f"{'kept  +added':>13}" for _ in KINDS))
    for v in names:
        cells = []
        for k in KINDS:
            share = kept[v][k] / base[k] if base[k] else 1.0
            plus = 100 * added[v][k] / base[k] if base[k] else 0.0
            cells.append(f"{share:6.3f} {plus:+5.1f}")
        print(f"{v:18} {changed[v]:7}  " + "  ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
