"""Benchmark ZWNJ restoration: strip ZWNJs from correctly written text and restore them.

    python benchmarks/zwnj.py /work/shared/data/ud/*/*-test.conllu [news files or folders...]

Sentences come from CoNLL-U ``# text =`` lines or ir_news_dataset articles (``id<TAB>sentence``
from line 3; ``--consistent`` keeps only the articles that write their ZWNJs, as the lexicon
builder does). Each sentence is character-normalized (Persian letters, no diacritics, clean
ZWNJs) and taken as the gold. Two damaged inputs are made from it: *glued* (ZWNJs deleted) and
*spaced* (ZWNJs turned into spaces). A boundary is a position between two letters of the
stripped text where the gold has a ZWNJ; precision/recall/F1 are over boundaries. In spaced
mode a real space turned into a ZWNJ is also a false positive, and "wrong joins" is their rate
over all real spaces. If Hazm is importable, ``hazm.Normalizer().normalize`` is measured on the
same inputs (its output is aligned to the input by letters, as it also changes characters).

``--names`` measures the other side: words written whole that must stay whole. It takes the
person and place names of PEYMA (``token<TAB>TAG``, a space for the source's ZWNJ) and ARMAN
(its zip, ``token TAG``): every name token of one piece, Persian letters only. Each is restored
alone, the worst case (a lone word shows no sign of how a text lost its ZWNJs, so every split
the restorer finds is made), and the share of those it touches is reported; then the same
names inside their sentences, as the corpora write them and with every ZWNJ removed (what
the pipeline sees: the text's signs of how it lost its ZWNJs, the word after a name):

    python benchmarks/zwnj.py --names /work/shared/data/ner/peyma/persian_NER_300K.txt \
        /work/shared/data/ner/arman/ArmanPersoNERCorpus.zip -- ../shared/data/ud/*/*-test.conllu
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_zwnj_lexicon import (  # noqa: E402
    conllu_sentences,
    consistent,
    news_articles,
    normalize,
)

from khabar.letters import ZWNJ
from khabar.text import zwnj  # noqa: E402
from khabar.text.offsets import apply_edits  # noqa: E402
from khabar.text.zwnj import Lexicon, Restorer, zwnj_edits  # noqa: E402
from khabar.text.zwnj_lexicon import solid_names  # noqa: E402


def load(paths: list[Path], half: int | None = None, only_consistent: bool = False) -> list[str]:
    out: list[str] = []
    for p in paths:
        if p.suffix == ".conllu":
            out.extend(
                s for i, s in enumerate(conllu_sentences(p)) if half is None or i % 2 == half
            )
        else:
            for art in news_articles(p):
                if not only_consistent or consistent([normalize(s) for s in art]):
                    out.extend(art)
    return [s for s in (normalize(x).strip() for x in out) if s]


def separators(text: str) -> tuple[str, list[str], list[int]]:
    """Letters without spaces/ZWNJs, what stands before each ('', ' ' or ZWNJ), their offsets."""
    letters: list[str] = []
    seps: list[str] = []
    where: list[int] = []
    pending = ""
    for i, ch in enumerate(text):
        if ch == " ":
            pending = " "
        elif ch == ZWNJ:
            pending = pending or ZWNJ
        else:
            letters.append(ch)
            seps.append(pending)
            where.append(i)
            pending = ""
    return "".join(letters), seps, where


def word_at(text: str, i: int) -> str:
    start = text.rfind(" ", 0, i) + 1
    end = text.find(" ", i)
    return text[start : end if end >= 0 else len(text)]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    spaces: int = 0
    wrong_joins: int = 0
    chars: int = 0
    seconds: float = 0.0

    def add(self, gold: str, out: str, errors: Counter[tuple[str, str]] | None = None) -> None:
        g_letters, g, g_at = separators(gold)
        o_letters, o, o_at = separators(out)
        if g_letters == o_letters:
            pairs = [(i, i) for i in range(1, len(g))]
        else:  # the system changed letters: compare where both sides align
            sm = difflib.SequenceMatcher(None, g_letters, o_letters, autojunk=False)
            blocks = sm.get_matching_blocks()
            pairs = [(a + k, b + k) for a, b, n in blocks for k in range(1, n)]
            matched = {i for i, _ in pairs}
            self.fn += sum(1 for i in range(1, len(g)) if g[i] == ZWNJ and i not in matched)
        for i, j in pairs:
            gs, os_ = g[i], o[j]
            if gs == " ":
                self.spaces += 1
                self.wrong_joins += os_ != " "
            if gs == ZWNJ:
                self.tp += os_ == ZWNJ
                self.fn += os_ != ZWNJ
            elif os_ == ZWNJ:
                self.fp += 1
            if errors is not None and (gs == ZWNJ) != (os_ == ZWNJ):
                errors[(word_at(gold, g_at[i]), word_at(out, o_at[j]))] += 1

    def line(self, name: str, spaced: bool) -> str:
        p = self.tp / max(1, self.tp + self.fp)
        r = self.tp / max(1, self.tp + self.fn)
        f = 2 * p * r / max(1e-9, p + r)
        s = f"{name:7s} P {p:.4f}  R {r:.4f}  F1 {f:.4f}"
        s += f"  ({self.tp} tp, {self.fp} fp, {self.fn} fn)"
        if spaced:
            s += f"  wrong joins {self.wrong_joins / max(1, self.spaces):.4%}"
        return s + f"  {self.chars / max(1e-9, self.seconds):,.0f} chars/s"

    @property
    def f1(self) -> float:
        return 2 * self.tp / max(1, 2 * self.tp + self.fp + self.fn)


_restorer: Restorer | None = None  # None: the package's own, through zwnj_edits


def khabar_restore(text: str) -> str:
    edits = _restorer.edits(text) if _restorer else zwnj_edits(text)
    return apply_edits(text, edits, "zwnj")[0]


def khabar_cold() -> None:
    """Forget memoised words, so that each timed run starts cold (the lexicon stays loaded)."""
    (_restorer or zwnj.default_restorer()).split.cache_clear()


_NAME_TAGS = re.compile(r"[BI][_-](PER|pers|LOC|loc)$")
_ONE_PIECE = re.compile("[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]{2,}")


def tagged_sentences(paths: list[Path]) -> Iterator[list[tuple[str, str]]]:
    """The (token, tag) sentences of PEYMA or ARMAN files, tokens character-normalized (a
    PEYMA token's space is its source's ZWNJ)."""
    for path in paths:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as z:
                lines = [
                    line
                    for name in z.namelist()
                    if name.startswith("test_fold")  # the three test folds are the corpus
                    for line in z.read(name).decode("utf-8").splitlines()
                ]
        else:
            lines = path.read_text(encoding="utf-8").splitlines()
        sentence: list[tuple[str, str]] = []
        for line in lines:
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
                continue
            token, _, tag = line.rpartition("\t" if "\t" in line else " ")
            sentence.append((normalize(token), tag))
        if sentence:
            yield sentence


def name_words(sentences: list[list[tuple[str, str]]]) -> Counter[str]:
    """Person and place names of one piece that are never written in pieces in
    ``sentences``, with their counts."""
    words: Counter[str] = Counter()
    apart: set[str] = set()  # any token written in pieces, names or not
    for sentence in sentences:
        for word, tag in sentence:
            if _NAME_TAGS.match(tag) and _ONE_PIECE.fullmatch(word):
                words[word] += 1
            elif " " in word or ZWNJ in word:
                apart.add(word.replace(" ", "").replace(ZWNJ, ""))
    # a name that the corpora also write in two pieces (شهرستان‌های، جمال‌زاده) may need a ZWNJ
    return Counter({w: n for w, n in words.items() if w not in apart})


def report_names_in_sentences(
    words: Counter[str], sentences: list[list[tuple[str, str]]], glued: bool, show: int = 0
) -> None:
    """The names of ``words`` restored inside their sentences, as the pipeline sees them: as
    the corpus writes them (its ZWNJs kept), or with every ZWNJ removed (``glued``). A name
    is touched by a ZWNJ inside it (not by a space beside it turned into one: «نجفی نژاد»,
    a name of two tokens, is joined on purpose)."""
    restorer = _restorer or zwnj.default_restorer()
    touched: Counter[str] = Counter()
    for sentence in sentences:
        tokens = [t.replace(" ", ZWNJ) for t, _ in sentence]
        if glued:
            tokens = [t.replace(ZWNJ, "") for t in tokens]
        spans, at = [], 0
        for token in tokens:
            if token in words:
                spans.append((at, at + len(token), token))
            at += len(token) + 1
        if not spans:
            continue
        cuts = {e.start for e in restorer.edits(" ".join(tokens))}
        for a, b, token in spans:
            if any(k in cuts for k in range(a + 1, b)):
                touched[token] += 1
    seen = sum(words.values())
    hits = sum(touched.values())
    print(
        f"-- names in their sentences, {'ZWNJs removed' if glued else 'as written'}: "
        f"khabar touches {len(touched)} of {len(words)} words "
        f"({len(touched) / max(1, len(words)):.2%}), {hits} of {seen} occurrences "
        f"({hits / max(1, seen):.2%})"
    )
    for w, n in touched.most_common(show):
        print(f"   {n:4d}  {w}")


def report_names(words: Counter[str], show: int) -> None:
    touched = {w: khabar_restore(w) for w in words}
    touched = {w: out for w, out in touched.items() if out != w}
    share = len(touched) / max(1, len(words))
    seen = sum(words.values())
    hits = sum(words[w] for w in touched)
    lexicon = (_restorer or zwnj.default_restorer()).lex
    listed = sum(w in lexicon.zwnj for w in touched)  # the lexicon spells them with a ZWNJ
    unknown = len(touched) - listed
    print(
        f"-- names: {len(words)} words ({seen} occurrences); khabar adds a ZWNJ to "
        f"{len(touched)} ({share:.2%}; {hits / max(1, seen):.2%} of occurrences): "
        f"{unknown} unknown words ({unknown / max(1, len(words)):.2%}), "
        f"{listed} that the lexicon lists with a ZWNJ (پاک‌دامن، آتش‌فشان)"
    )
    # the names khabar's name lists hold keep their spelling whatever the rules: how the rest
    # fare is the rate a name no list holds can expect (the lists are not drawn from PEYMA or
    # ARMAN: see data/SOURCES.md)
    unlisted = [w for w in words if w not in solid_names()]
    touched_unlisted = sum(w in touched for w in unlisted)
    print(
        f"   of the {len(unlisted)} that no name list holds (given and family names, places, "
        f"gazetteers), {touched_unlisted} ({touched_unlisted / max(1, len(unlisted)):.2%})"
    )
    for w in sorted(touched, key=words.__getitem__, reverse=True)[:show]:
        print(f"   {words[w]:4d}  {w} -> {touched[w]}")


def run(
    golds: list[str],
    damage: Callable[[str], str],
    restore: Callable[[str], str],
    errors: Counter[tuple[str, str]] | None = None,
) -> Score:
    score = Score()
    inputs = [damage(g) for g in golds]
    t0 = time.perf_counter()
    outputs = [restore(x) for x in inputs]
    score.seconds = time.perf_counter() - t0
    score.chars = sum(map(len, inputs))
    for g, o in zip(golds, outputs, strict=True):
        score.add(g, o, errors)
    return score


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", type=Path, nargs="*", help=".conllu files, news files or folders")
    ap.add_argument(
        "--names",
        type=Path,
        nargs="+",
        default=[],
        help="PEYMA .txt or ARMAN .zip: the share of their one-piece names that gain a ZWNJ",
    )
    ap.add_argument("--show", type=int, default=20, help="names touched to list (--names)")
    ap.add_argument("--no-hazm", action="store_true", help="skip the Hazm comparison")
    ap.add_argument("--errors", type=Path, help="write khabar's wrong boundaries here")
    ap.add_argument("--lexicon", type=Path, help="use this lexicon instead of the package's")
    ap.add_argument(
        "--half",
        type=int,
        choices=(0, 1),
        help="only the even (0) or odd (1) sentences of each .conllu file (dev tuning; see "
        "build_zwnj_lexicon.py --half)",
    )
    ap.add_argument(
        "--consistent",
        action="store_true",
        help="skip news articles that write ZWNJ inconsistently (as build_zwnj_lexicon.py does)",
    )
    args = ap.parse_args(argv)
    if args.lexicon:
        global _restorer
        _restorer = Restorer(Lexicon.parse(args.lexicon.read_text(encoding="utf-8")))
    if args.names:
        sentences = list(tagged_sentences(args.names))
        words = name_words(sentences)
        report_names(words, args.show)
        for glued in (False, True):
            report_names_in_sentences(words, sentences, glued, args.show)
    if not args.paths:
        return
    golds = load(args.paths, args.half, args.consistent)
    print(
        f"{len(golds)} sentences, {sum(map(len, golds)):,} chars, "
        f"{sum(g.count(ZWNJ) for g in golds)} ZWNJs"
    )
    systems: list[tuple[str, Callable[[str], str]]] = [("khabar", khabar_restore)]
    if not args.no_hazm:
        try:
            import hazm  # type: ignore[import-not-found]

            systems.append(("hazm", hazm.Normalizer().normalize))
        except ImportError:
            print("hazm not importable: no comparison")
    khabar_restore("گرم کردن")  # load the lexicon outside the timing
    modes = {"glued": lambda s: s.replace(ZWNJ, ""), "spaced": lambda s: s.replace(ZWNJ, " ")}
    for mode, damage in modes.items():
        print(f"-- {mode}")
        scores = {}
        for name, restore in systems:
            errors: Counter[tuple[str, str]] | None = (
                Counter() if args.errors and name == "khabar" else None
            )
            if name == "khabar":
                khabar_cold()
            scores[name] = run(golds, damage, restore, errors)
            print(scores[name].line(name, mode == "spaced"))
            if errors:
                with args.errors.open("w" if mode == "glued" else "a", encoding="utf-8") as fh:
                    for (gw, ow), n in errors.most_common():
                        fh.write(f"{mode}\t{n}\t{gw}\t{ow}\n")
        if "hazm" in scores:
            k, h = scores["khabar"], scores["hazm"]
            ratio = (k.chars / k.seconds) / (h.chars / h.seconds)
            print(f"khabar/hazm speed {ratio:.1f}x, F1 {k.f1:.4f} vs {h.f1:.4f}")


if __name__ == "__main__":
    main()
