"""People, places and organizations against PEYMA's test split: khabar and mBERT, one scorer.

Usage: python benchmarks/ner.py ../shared/data/ner [--misses TYPE] [--systems S,S...]

The 1,160 sentences of ParsBERT's PEYMA test split are cut into articles of 10 sentences,
which khabar repairs and extracts from as it does any article; every person, organization
and place mention it reports is mapped back to the article as read and snapped to PEYMA's
tokens. A mention counts when its type, first and last token equal a gold entity's (exact
spans). The predictions of multilingual BERT fine-tuned on PEYMA (``baselines/``) are scored
against the same gold in the same run.

Systems: ``khabar`` (rules and the learned tagger, as ``khabar extract`` runs), ``rules``
(``--no-model``), ``tagger`` (the learned tagger's spans alone) and ``mbert``. Three views:
``as output`` scores every mention reported; ``PEYMA`` drops a mention that lies inside a
longer one of another type («تهران» in «دانشگاه تهران»), since PEYMA never nests entities;
``khabar's`` scores the PEYMA view against the gold in khabar's conventions (``khabar_gold``:
no holy figures, given names or posts alone as persons, a comma list's places one by one).

``--arman FOLDS`` scores ARMAN's sentences of those folds instead (``--arman 3``: its third fold,
which nothing in khabar is fitted on), text that neither the tagger nor the rules were made
on: news of another decade, with names PEYMA never saw. Its persons, organizations and
locations are the gold (its facilities, products and events untagged); ARMAN now and then puts a
title inside a person's span (20 times in folds 1-2, 471 outside), so khabar's view takes it
off («دکتر حسن روحانی» → «حسن روحانی»),
and it tags nationalities and countries acting as actors as organizations, so its ORG and
LOC figures say less than its PER.

``--model PATH`` scores other weights than the shipped ones, with the known names written
beside them (``ner_names.tsv``, as ``train_ner.py`` writes them) where there are any.
"""

from __future__ import annotations

import argparse
import sys
import time
from bisect import bisect_right
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from ner_data import TYPES, Article, articles, entities, held_out, read_arman, split  # noqa: E402
from ner_model_diff import names_beside  # noqa: E402
from train_ner import known_names  # noqa: E402

from khabar.extract import extract, tag_document  # noqa: E402
from khabar.extract import lexicons as lx  # noqa: E402
from khabar.extract.called_names import called_names  # noqa: E402
from khabar.extract.people import amir_title  # noqa: E402
from khabar.extract.tagger import use_model_file  # noqa: E402
from khabar.extract.tagger_features import COMMAS, use_names  # noqa: E402
from khabar.extract.tagger_margins import parse_gate, use_gate  # noqa: E402
from khabar.text import repair  # noqa: E402

Spans = set[tuple[str, int, int]]


def snap(article: Article, start: int, end: int) -> tuple[int, int]:
    """A character span widened to the PEYMA tokens it touches."""
    starts = [s for sent in article.token_spans for s, _ in sent]
    ends = [e for sent in article.token_spans for _, e in sent]
    a = max(0, bisect_right(starts, start) - 1)
    b = max(0, bisect_right(starts, max(start, end - 1)) - 1)
    return starts[a], ends[b]


def khabar_spans(article: Article, use_model: bool) -> Spans:
    doc = extract(repair(article.text), use_model=use_model)
    found: Spans = set()
    for kind, facts in (("PER", doc.persons), ("ORG", doc.organizations), ("LOC", doc.places)):
        for fact in facts:
            for m in fact.mentions:
                o = doc.original_span(m)
                found.add((kind, *snap(article, o.start, o.end)))
    return found


def tagger_spans(article: Article) -> Spans:
    doc = repair(article.text)
    found: Spans = set()
    for kind, span in tag_document(doc):
        o = doc.original_span(span)
        found.add((kind, *snap(article, o.start, o.end)))
    return found


def read_mbert(path: Path) -> dict[tuple[str, ...], list[str]]:
    """First parts of a sentence's tokens -> mBERT's tags (the file keeps only first parts)."""
    out: dict[tuple[str, ...], list[str]] = {}
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if words:
                out.setdefault(tuple(words), tags)
            words, tags = [], []
            continue
        # «آیت الله|O O» is written «آیت O»: the first part and the prediction
        head = line.rpartition("|")[0] if "|" in line else line
        words.append(head.split()[0])
        tags.append(line.split()[-1])
    return out


def mbert_spans(article: Article, predictions: dict[tuple[str, ...], list[str]]) -> Spans:
    found: Spans = set()
    for sent, spans in zip(article.sentences, article.token_spans, strict=True):
        tags = predictions.get(tuple(t.split("\u200c")[0] for t in sent.tokens))
        if tags is None or len(tags) != len(spans):
            continue
        for kind, i, j in entities(tags):
            found.add((kind, spans[i][0], spans[j - 1][1]))
    return found


def peyma_view(spans: Spans) -> Spans:
    """Without mentions nested in a longer one of another type."""
    return {
        s
        for s in spans
        if not any(o[0] != s[0] and o[1] <= s[1] and s[2] <= o[2] and o != s for o in spans)
    }


_HOLY = ("امام ", "حضرت ", "پیامبر ", "پیغمبر ")
_PROPHET = frozenset({"پیامبر", "پیغمبر"})  # the Prophet named by his title alone
_OFFICE = lx.key("مقام")  # «مقام معظم رهبری», «مقام رهبری»: the office, said of its holder


def _not_khabars_person(name: str, called: frozenset[str] = frozenset()) -> bool:
    """``called``: the given names the article introduces by «به نام» after a person noun
    («مردی به نام منصور»), each a person there, alone too (``called_names``)."""
    alone = name in lx.first_names() and lx.key(name) not in called
    if "(" in name or name.startswith(_HOLY) or name in _PROPHET or alone:
        return True
    return _post_alone([lx.key(w) for w in name.split()])


def _post_alone(keys: list[str]) -> bool:
    """A post or an office named alone («رهبر معظم انقلاب», «پاپ», «مقام معظم رهبری»):
    khabar reads it as a post and links it to its holder, as PEYMA leaves it untagged (50
    times of 51 in its training part); ARMAN tags it a person now and then (in folds 1-2
    «مقام معظم رهبری» 14 times of 20, «رهبر معظم انقلاب» 2 of 5, «رهبر انقلاب» never of 16)."""
    hit = lx.post_heads().match(keys, 0)
    return bool(keys) and (keys[0] == _OFFICE or (hit is not None and hit[0] == len(keys)))


def khabar_gold(article: Article) -> Spans:
    """PEYMA's gold in khabar's conventions, where they differ on purpose: no holy figure
    («امام حسین (ع)», «پیامبر»), no given name alone («نیما») but one a person noun and «به
    نام» introduce («دختری به نام ندا»: ``_called``), and no post alone («مقام معظم
    رهبری», ``_post_alone``) is a person («امام» before a figure of the news is his title:
    ``_past_figure_title``), and each person or
    place of a comma list is one («شهرستان‌های قائمشهر، سوادکوه و ...» is three); a list of
    places after a plural lead («استان‌های خوزستان و ایلام») is its places one by one, the
    lead no part of them, as khabar reports them (``_listed_after_plural``)."""
    tokens = [t for sent in article.token_spans for t in sent]
    called = _called(article.text, tokens)
    out: Spans = set()
    for kind, s, e in article.gold:
        if kind == "PER":
            s = _past_figure_title(article.text, tokens, s, e)
        name = article.text[s:e]
        if kind == "PER" and _not_khabars_person(name, called):
            continue
        if kind in ("PER", "LOC"):
            inside = [(a, b) for a, b in tokens if s <= a and b <= e]
            if kind == "LOC" and (items := _listed_after_plural(article.text, inside)):
                out.update(("LOC", a, b) for a, b in items)
                continue
            cuts = [n for n, (a, b) in enumerate(inside) if article.text[a:b] in COMMAS]
            for x, y in zip([-1, *cuts], [*cuts, len(inside)], strict=True):
                if y > x + 1:
                    out.add((kind, inside[x + 1][0], inside[y - 1][1]))
        else:
            out.add((kind, s, e))
    return out


# the plural words that say places, as keys («استان‌های», «شهرستان‌های»)
_PLURAL_LEADS = frozenset("استانهای شهرهای کشورهای روستاهای شهرستانهای ایالتهای".split())


def _listed_after_plural(text: str, inside: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items of a place span that opens with a plural lead and lists places joined by
    commas or «و» («استان‌های تهران ، قم و اصفهان»), each a place, the lead left out; a
    listed place holding «و» stays whole («چهارمحال و بختیاری»). None if it is no list."""
    keys = [lx.key(text[a:b]) for a, b in inside]
    if len(keys) < 4 or keys[0] not in _PLURAL_LEADS:
        return []
    items: list[tuple[int, int]] = []
    i = 1
    while i < len(keys):
        hit = lx.places().match(keys, i)
        j = hit[0] if hit else i + 1
        while j < len(keys) and keys[j] not in COMMAS and keys[j] != "و":
            j += 1
        items.append((inside[i][0], inside[j - 1][1]))
        while j < len(keys) and (keys[j] in COMMAS or keys[j] == "و"):
            j += 1
        i = j
    return items if len(items) > 1 else []


def arman_gold(article: Article) -> Spans:
    """ARMAN's gold in khabar's conventions: a person's leading titles («دکتر», «آیت‌الله»,
    «سردار») are not the name, but «امیر» where it is a given name («امیر باقری», «امیر فرشاد
    ابراهیمی»: ``amir_title``); a title alone is no person, nor is what ``khabar_gold``
    leaves out of PEYMA's (holy figures, a given name alone). «امام» before the family name
    of a figure of the news it titles (``titled_figures.tsv``: «امام خمینی») is a title,
    not a holy figure's: khabar names him «خمینی», as it names «آیت‌الله خامنه‌ای»."""
    tokens = [t for sent in article.token_spans for t in sent]
    every = [lx.key(article.text[a:b]) for a, b in tokens]
    called = _called(article.text, tokens)
    titles = lx.honorifics()
    out: Spans = set()
    for kind, s, e in article.gold:
        if kind == "PER":
            at = [n for n, (a, b) in enumerate(tokens) if s <= a and b <= e]
            inside = [tokens[n] for n in at]
            keys = [every[n] for n in at]
            i = 0
            while (hit := titles.match(keys, i)) is not None:
                if hit[0] == i + 1 and not title_amir(every, at[i]):
                    break  # «امیر باقری»: «امیر» a given name, no title
                i = hit[0]
            if i + 2 == len(inside) and _figure_title(keys[i], keys[i + 1]):
                i += 1
            if i >= len(inside) or _not_khabars_person(article.text[inside[i][0] : e], called):
                continue
            s = inside[i][0]
        out.add((kind, s, e))
    return out


def _figure_title(title: str, family: str) -> bool:
    """«امام خمینی»: the title of a figure of the news (``titled_figures.tsv``), who is no
    holy one; khabar names him «خمینی», as it names «آیت‌الله خامنه‌ای»."""
    return (family, title) in lx.titled_figures()


def _past_figure_title(text: str, tokens: list[tuple[int, int]], s: int, e: int) -> int:
    """Where the person ``[s, e)`` is a figure's title and family name, the family name's start."""
    inside = [(a, b) for a, b in tokens if s <= a and b <= e]
    if len(inside) == 2:
        title, family = (lx.key(text[a:b]) for a, b in inside)
        if _figure_title(title, family):
            return inside[1][0]
    return s


def _called(text: str, tokens: list[tuple[int, int]]) -> frozenset[str]:
    """The given names (keys) that the article introduces by a person noun and «به نام»."""
    words = [text[a:b] for a, b in tokens]
    keys = [lx.key(w) for w in words]
    return frozenset(keys[i] for i, _ in called_names(words, keys))


def title_amir(keys: list[str], k: int) -> bool:
    """A one-word title at ``k`` is one, but «امیر» the given name (``amir_title``)."""
    return keys[k] != lx.key("امیر") or amir_title(keys, k)


def scores(gold: list[Spans], found: list[Spans]) -> dict[str, tuple[float, float, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, f in zip(gold, found, strict=True):
        for s in f:
            (tp if s in g else fp)[s[0]] += 1
        for s in g - f:
            fn[s[0]] += 1
    out = {}
    for t in (*TYPES, "all"):
        a, b, c = (sum(x.values()) for x in (tp, fp, fn)) if t == "all" else (tp[t], fp[t], fn[t])
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        out[t] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ner_dir", type=Path, help="../shared/data/ner")
    ap.add_argument("--systems", default="khabar,rules,tagger,mbert")
    ap.add_argument("--misses", choices=TYPES, help="print a system's errors of this type")
    ap.add_argument("--of", default="khabar", help="the system whose errors --misses prints")
    ap.add_argument("--model", type=Path, help="a model file other than the shipped one")
    ap.add_argument("--gate", help="thresholds of the tagger's own names: PER=0.5,ORG=0.7")
    ap.add_argument(
        "--dev", type=int, default=0, help="score every N-th training article instead (as train)"
    )
    ap.add_argument("--block", type=int, default=1, help="with --dev: runs of B articles")
    ap.add_argument(
        "--residue", type=int, help="with --dev: which run of each N (default the last)"
    )
    ap.add_argument("--arman", help="score ARMAN's folds instead, e.g. 3 (its zip in ner_dir)")
    args = ap.parse_args(argv)
    if args.model:
        use_model_file(args.model)
    if args.gate is not None:
        use_gate(parse_gate(args.gate))
    train, test = split(args.ner_dir / "peyma")
    arts = articles(test)
    if args.dev:
        every = list(enumerate(articles(train)))
        arts = [a for n, a in every if held_out(n, args.dev, args.block, args.residue)]
        test = [s for a in arts for s in a.sentences]
        # the known names are the other articles' (as train_ner.py --dev gives its model):
        # the shipped list holds the dev articles' names too
        use_names(
            known_names(
                [a for n, a in every if not held_out(n, args.dev, args.block, args.residue)]
            )
        )
    if args.model and (names := names_beside(args.model)) is not None:
        use_names(names)  # the names its training text held
    if args.arman:
        folds = [int(n) for n in args.arman.split(",")]
        test = read_arman(args.ner_dir / "arman/ArmanPersoNERCorpus.zip", folds)
        arts = articles(test)
    predictions = read_mbert(args.ner_dir / "baselines/Peyma_test_predictions.txt")
    runs = {
        "khabar": lambda a: khabar_spans(a, True),
        "rules": lambda a: khabar_spans(a, False),
        "tagger": tagger_spans,
        "mbert": lambda a: mbert_spans(a, predictions),
    }
    gold = [a.gold for a in arts]
    own_gold = arman_gold if args.arman else khabar_gold
    tokens = sum(len(s.tokens) for s in test)
    part = f"ARMAN fold {args.arman}" if args.arman else "PEYMA " + ("dev" if args.dev else "test")
    print(f"{part}: {len(test)} sentences, {tokens} tokens, {len(arts)} articles;", end="")
    counts = Counter(s[0] for g in gold for s in g)
    print(" gold " + ", ".join(f"{t} {counts[t]}" for t in TYPES))
    print(f"{'system':8} {'view':9} " + " ".join(f"{t:>17}" for t in (*TYPES, "all")) + "  tok/s")
    print(" " * 19 + " ".join(f"{'P     R     F1':>17}" for _ in (*TYPES, "all")))
    for name in args.systems.split(","):
        if name == "mbert" and args.arman:
            continue  # its predictions are PEYMA's only
        start = time.process_time()  # CPU time: the machine is shared
        found = [runs[name](a) for a in arts]
        speed = tokens / (time.process_time() - start)
        views = (
            ("as output", gold, found),
            ("PEYMA", gold, [peyma_view(f) for f in found]),
            ("khabar's", [own_gold(a) for a in arts], [peyma_view(f) for f in found]),
        )
        for view, truth, spans in views:
            if name == "mbert" and view != "as output":
                continue
            s = scores(truth, spans)
            cells = " ".join(f"{p:.3f} {r:.3f} {f:.3f}" for p, r, f in s.values())
            rate = f"{speed:7.0f}" if name != "mbert" else "      -"
            print(f"{name:8} {view:9} {cells}  {rate}")
        if args.misses and name == args.of:
            truth = [own_gold(a) for a in arts] if args.arman else gold
            _print_misses(arts, truth, [peyma_view(f) for f in found], args.misses)


def _print_misses(arts: list[Article], gold: list[Spans], found: list[Spans], kind: str) -> None:
    for a, g, f in zip(arts, gold, found, strict=True):
        for label, spans in (("missed", g - f), ("false", f - g)):
            for t, s, e in sorted(spans):
                if t == kind:
                    print(f"{label}\t{a.text[s:e]}\t…{a.text[max(0, s - 30) : e + 30]}…")


if __name__ == "__main__":
    main(sys.argv[1:])
