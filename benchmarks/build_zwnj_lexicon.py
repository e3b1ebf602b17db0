"""Build ``src/khabar/data/zwnj_words.txt``, the lexicon behind ``khabar.text.zwnj``.

    python benchmarks/build_zwnj_lexicon.py --hazm /tmp/hazm/hazm/data \\
        --conllu /work/shared/data/ud/PerDT/fa_perdt-ud-dev.conllu \\
                 /work/shared/data/ud/Seraji/fa_seraji-ud-dev.conllu \\
        --news /work/shared/data/news/farsnews --curated benchmarks/zwnj_curated.txt \\
        -o src/khabar/data/zwnj_words.txt

Only sources whose licence allows redistribution go in: the GPL-licensed ir_news_dataset
is left out. Inputs: Hazm's ``words.dat`` and ``verbs.dat`` (get them with
``pip download hazm==0.10.0 --no-deps`` and unzip the wheel), UD Persian *dev* CoNLL-U
files (``# text =`` lines), hand-written phrases (``--curated``), and news in the
ir_news_dataset format (``id<TAB>sentence`` from line 3) or farsnews JSON. News articles
that write ZWNJ inconsistently (``می شود``/``میشود``) are skipped. Test splits are refused.
To tune without the test splits, build from half of the dev sentences (``--half 0``) and
score on the other half (``benchmarks/zwnj.py --half 1 --lexicon ...``), then swap.

Counting ZWNJ forms against the same letters written whole (``میدانی``) or as two words
(``به گزارش``) decides each word; words that the morphology of ``khabar.text.zwnj`` already
gets right are left out to keep the file small.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from khabar.letters import ZWNJ
from khabar.text import zwnj_words
from khabar.text.zwnj import Restorer
from khabar.text.zwnj_lexicon import Lexicon, positions

_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ة": "ه", "ـ": None, "\u00a0": " "})
_TOKEN = re.compile("[\u0621-\u063f\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c]+")
# Function words: never glued to the next word by morphology alone (هم آنان، به گزارش).
STOP = (
    "و در به از که را با برای یک تا بر هم نیز اما یا هر او ما من تو شما آنها ایشان وی "
    "چه اگر پس چون نه همه هیچ همین همان چند دو سه چنین چنان بی باید نباید است هست نیست بود "
    "شد کرد خود ای آیا ابن بن فی"
).split()
DEMONSTRATIVES = {"آن", "این", "همان", "همین"}  # آنها، اینها: whole (the majority in news)
# A ZWNJ form must be this many times as common as the two words apart to join them.
JOIN_RATIO = 1.0
MIN_PARTNERS = 3  # distinct words a compound part must form with a ZWNJ to be productive
# UD sentences are carefully written: they count more than news.
CONLLU_WEIGHT = 5
# Votes that morphology's split of a glued plural/superlative adds to its ZWNJ form.
PLURAL_PRIOR = 10
CLITICS = {"شان", "مان", "تان"}  # possessive clitics: usually written attached (تیمشان)
# Phrases that stay two words whatever some sites write (a news footer, a province...).
KEEP_APART = {tuple(p.split()) for p in ("انتهای پیام", "آذربایجان شرقی", "آذربایجان غربی")}
EXTRA_RIGHTS = {"ساز"}  # productive, but also a word of its own (an instrument)
SHORT_PARTS = {"گر", "فر", "زا", "گو", "ضد", "بد", "کم", "پر"}  # two-letter parts worth it
_SPACED_HINTS = {"می", "نمی", "ها", "های", "هایی", "اند", "ترین"}
_GLUED_HINTS = {"میشود", "میکند", "میکنند", "میدهد", "میگوید", "میتواند", "نمیشود", "میباشد"}


def normalize(text: str) -> str:
    """The character normalization the restorer expects: Persian letters, no diacritics."""
    text = text.translate(_FOLD)
    text = "".join(c for c in text if unicodedata.category(c) != "Mn")
    text = re.sub(" *\u200c[ \u200c]*", lambda m: " " if " " in m.group() else ZWNJ, text)
    return re.sub(" +", " ", text)


def tokens(text: str) -> list[str]:
    return [t.strip(ZWNJ) for t in _TOKEN.findall(text) if t.strip(ZWNJ)]


def conllu_sentences(path: Path) -> Iterator[str]:
    for line in path.open(encoding="utf-8"):
        if line.startswith("# text = "):
            yield line[9:].rstrip("\n")


def news_articles(path: Path) -> Iterator[list[str]]:
    """Sentences of each article under ``path`` (ir_news_dataset .txt or farsnews .json)."""
    files = sorted(path.rglob("*")) if path.is_dir() else [path]
    for f in files:
        if f.suffix == ".json":
            for art in json.loads(f.read_text(encoding="utf-8")):
                yield [art.get("title", ""), art.get("abstract", ""), *art.get("paragraphs", [])]
        elif f.suffix == ".txt" and f.name != "README.txt":
            lines = f.read_text(encoding="utf-8", errors="replace").split("\n")[2:]
            yield [ln.split("\t", 1)[1] for ln in lines if "\t" in ln]


def consistent(sentences: list[str]) -> bool:
    """True when the article writes its ZWNJs (few spaced or glued prefixes/suffixes)."""
    toks = [t for s in sentences for t in tokens(s)]
    good = sum(ZWNJ in t for t in toks)
    bad = sum(t in _SPACED_HINTS or t in _GLUED_HINTS for t in toks)
    return bad < 0.05 * max(1, good + bad)


class Counts:
    def __init__(self) -> None:
        self.plain: Counter[str] = Counter()  # tokens written without ZWNJ
        self.forms: defaultdict[str, Counter[str]] = defaultdict(Counter)  # plain -> ZWNJ forms
        self.pairs: Counter[tuple[str, str]] = Counter()  # adjacent tokens across one space
        self.joined: Counter[tuple[str, str]] = Counter()  # adjacent pieces across one ZWNJ

    def add(self, sentence: str, weight: int = 1) -> None:
        sentence = normalize(sentence)
        prev, prev_end = None, -1
        for m in _TOKEN.finditer(sentence):
            tok = canonical(m.group())
            if not tok:
                prev = None
                continue
            if ZWNJ in tok:
                self.forms[tok.replace(ZWNJ, "")][tok] += weight
                pieces = tok.split(ZWNJ)
                for pair in zip(pieces, pieces[1:], strict=False):
                    self.joined[pair] += weight
            else:
                self.plain[tok] += weight
            if prev is not None and sentence[prev_end : m.start()] == " ":
                self.pairs[(prev.split(ZWNJ)[-1], tok.split(ZWNJ)[0])] += weight
            prev, prev_end = tok, m.end()


def canonical(token: str) -> str:
    """Drop ZWNJs at the edges and after letters that do not join (invisible, not restored)."""
    token = token.strip(ZWNJ)
    if ZWNJ not in token:
        return token
    return "".join(
        c for i, c in enumerate(token) if c != ZWNJ or token[i - 1] not in zwnj_words._NON_JOINING
    )


def read_hazm(folder: Path) -> tuple[dict[str, float], set[str], list[str]]:
    """Hazm words (with frequency), the ones carrying a part-of-speech tag, and verbs."""
    freq: dict[str, float] = {}
    tagged: set[str] = set()
    for line in (folder / "words.dat").open(encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3 and parts[0]:
            freq[parts[0]] = float(parts[1])
            if parts[2] != "0":
                tagged.add(parts[0])
    verbs = [ln.strip() for ln in (folder / "verbs.dat").open(encoding="utf-8") if ln.strip()]
    return freq, tagged, verbs


def compound_parts(counts: Counts, verbs: list[str]) -> tuple[list[str], list[str]]:
    """Productive compound parts: right (-رسانی) and left (نیمه-) pieces that, in the words
    they form with a known word, are written with a ZWNJ at least twice as often (by distinct
    words) as glued, and are bound more often than free. Suffixes, clitics, light-verb
    participles and infinitives are left out.
    """
    vocab = {w for w, n in counts.plain.items() if n >= 2}
    pasts = {v.partition("#")[0] for v in verbs}
    excluded = set(zwnj_words.SUFFIXES) | CLITICS | {p + e for p in pasts for e in ("ه", "ن")}
    excluded |= set(zwnj_words.PREFIXES)
    z_right: defaultdict[str, set[str]] = defaultdict(set)
    z_left: defaultdict[str, set[str]] = defaultdict(set)
    bound: Counter[str] = Counter()  # tokens in which a piece is bound by a ZWNJ
    for forms in counts.forms.values():
        for form, n in forms.items():
            pieces = form.split(ZWNJ)
            if len(pieces) == 2 and not excluded & set(pieces):
                z_right[pieces[1]].add(pieces[0])
                z_left[pieces[0]].add(pieces[1])
                bound[pieces[0]] += n
                bound[pieces[1]] += n
    g_right: Counter[str] = Counter()
    g_left: Counter[str] = Counter()
    for w in counts.plain:
        for i in range(2, len(w) - 1):
            a, b = w[:i], w[i:]
            if a[-1] not in zwnj_words._NON_JOINING:
                g_right[b] += b in z_right and a in vocab
                g_left[a] += a in z_left and b in vocab

    def productive(z: dict[str, set[str]], g: Counter[str]) -> list[str]:
        return sorted(
            p
            for p, partners in z.items()
            if len(partners) >= MIN_PARTNERS
            and len(partners) >= 2 * g[p]
            and bound[p] >= counts.plain[p]  # more often bound than a word of its own
            and (len(p) >= 3 or p in SHORT_PARTS)
        )

    right = sorted(set(productive(z_right, g_right)) | EXTRA_RIGHTS)
    return right, productive(z_left, g_left)


def _lexicon(words: list[str], right: list[str], left: list[str], verbs: list[str]) -> Lexicon:
    """A lexicon of morphology only (no @zwnj, @join, @nojoin) over ``words``, most frequent
    first."""
    verb_lex = Lexicon.parse("@verbs\n" + "\n".join(verbs))
    return Lexicon(
        rank={w: i for i, w in enumerate(words)},
        zwnj={},
        verbs=verb_lex.verbs,
        after_mi=verb_lex.after_mi,
        verbal=verb_lex.verbal,
        right=frozenset(right),
        left=frozenset(left),
        stop=frozenset(STOP),
        join_pairs=frozenset(),
        no_join=frozenset(),
    )


def build(counts: Counts, hazm: Path, header: list[str]) -> str:
    hfreq, htagged, verbs = read_hazm(hazm)
    # Rank words by their count in the corpora; Hazm's frequencies (which rank موز above موزه)
    # only order the words the corpora never saw.
    order = sorted(
        set(counts.plain) | {w for w in hfreq if ZWNJ not in w and (hfreq[w] or w in htagged)},
        key=lambda w: (-counts.plain[w], w not in htagged, -hfreq.get(w, 0.0), w),
    )
    evidence: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for plain, forms in counts.forms.items():
        evidence[plain].update(forms)
    for w in hfreq:
        # One vote (Hazm's frequencies are not comparable with the corpora's), unless Hazm
        # itself has the word more often written whole (سخنگو over سخن‌گو).
        if ZWNJ in w and ZWNJ in canonical(w) and hfreq[w] >= hfreq.get(w.replace(ZWNJ, ""), 0):
            evidence[w.replace(ZWNJ, "")][canonical(w)] += 1

    right, left = compound_parts(counts, verbs)
    # Morphology's own reading of a glued plural or superlative (ارزشها -> ارزش‌ها) counts as
    # PLURAL_PRIOR votes for the ZWNJ form: news and Seraji glue some plurals, and a few
    # glued sightings must not make a plural a word of its own. Hazm-tagged words (تنها) and
    # words written whole far more often than not (آنها) stay whole.
    morph = Restorer(_lexicon(order, right, left, verbs))
    for plain in counts.plain:
        if plain in htagged:
            continue
        pos = morph.analyse(plain)
        if not pos or plain[pos[-1] :] not in zwnj_words.ALWAYS:
            continue
        stem = plain[: pos[-1]] if pos else ""
        if stem in morph.lex.rank and stem not in STOP and stem not in DEMONSTRATIVES:
            form = "".join(ZWNJ + c if i in pos else c for i, c in enumerate(plain))
            evidence[plain][form] += PLURAL_PRIOR

    # Each word is written with ZWNJ or whole, by the majority of its spellings.
    zwnj_forms: dict[str, str] = {}
    for plain, forms in evidence.items():
        form, n = forms.most_common(1)[0]
        if n >= counts.plain[plain] + (1 if plain in htagged else 0):  # ties: the ZWNJ
            zwnj_forms[plain] = form
    plain_words = [w for w in order if w not in zwnj_forms]
    lex = _lexicon(plain_words, right, left, verbs)
    # A word only Hazm knows, untagged and never seen, that morphology would split is more
    # likely a glued spelling (کتابها) than a word: drop it so that morphology splits it.
    morph = Restorer(lex)
    keep = [
        w
        for w in plain_words
        if counts.plain[w] or w in htagged or w in evidence or not morph.analyse(w)
    ]
    lex = dataclasses.replace(lex, rank={w: i for i, w in enumerate(keep)})
    morph = Restorer(lex)
    entries = [
        form
        for plain, form in sorted(zwnj_forms.items())
        if morph.analyse(plain) != positions(form)  # what morphology misses
    ]

    # Written with a space, two words are joined when the corpora write them with a ZWNJ
    # (JOIN_RATIO times) more often than apart; Hazm's ZWNJ words count when unseen (and
    # seen in Hazm's own corpus).
    joined = Counter(counts.joined)
    for form in zwnj_forms.values():
        pieces = form.split(ZWNJ)
        if not counts.forms[form.replace(ZWNJ, "")][form] and not hfreq.get(form):
            continue  # a form no corpus wrote (frequency 0 in Hazm) joins no spaced pair
        for a, b in zip(pieces, pieces[1:], strict=False):
            joined[(a, b)] = max(joined[(a, b)], 1)
    join, no_join = [], []
    for pair in sorted(set(joined) | set(counts.pairs)):
        want = joined[pair] > JOIN_RATIO * counts.pairs[pair] and pair not in KEEP_APART
        if want and not morph.join_by_morphology(*pair):
            join.append(" ".join(pair))
        elif (
            not want
            and (counts.pairs[pair] >= 2 or pair in KEEP_APART)
            and morph.join_by_morphology(*pair)
        ):
            no_join.append(" ".join(pair))
    out = [*header, "@plain", *keep, "@zwnj", *entries, "@verbs", *verbs, "@right", *right]
    out += ["@left", *left]
    out += ["@stop", *STOP, "@join", *join, "@nojoin", *no_join]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hazm", type=Path, required=True, help="folder with words.dat, verbs.dat")
    ap.add_argument("--conllu", type=Path, nargs="*", default=[], help="UD dev .conllu files")
    ap.add_argument("--news", type=Path, nargs="*", default=[], help="news files or folders")
    ap.add_argument(
        "--curated", type=Path, nargs="*", default=[], help="hand-written text with correct ZWNJ"
    )
    ap.add_argument(
        "--half",
        type=int,
        choices=(0, 1),
        help="only the even (0) or odd (1) sentences of each --conllu file: for tuning, score "
        "on the other half (benchmarks/zwnj.py --half)",
    )
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args(argv)
    for p in [*args.conllu, *args.news]:
        if "test" in p.name:
            sys.exit(f"refusing {p}: test splits are for measuring only")
    counts = Counts()
    for p in args.conllu:
        for i, s in enumerate(conllu_sentences(p)):
            if args.half is None or i % 2 == args.half:
                counts.add(s, CONLLU_WEIGHT)
    for p in args.curated:  # news usage the open corpora under-represent; weighs like UD
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                counts.add(line, CONLLU_WEIGHT * 4)
    kept = skipped = 0
    for p in args.news:
        for art in news_articles(p):
            if consistent([normalize(s) for s in art]):
                kept += 1
                for s in art:
                    counts.add(s)
            else:
                skipped += 1
    header = [
        "# ZWNJ lexicon for khabar.text.zwnj, written by benchmarks/build_zwnj_lexicon.py.",
        "# Derived from Hazm 0.10.0 words.dat and verbs.dat (MIT License, Copyright (c) 2013",
        "# Alireza Nourian), UD Persian PerDT and Seraji dev splits (CC BY-SA 4.0), and word",
        "# counts from the farsnews articles (Apache 2.0). This file: CC BY-SA 4.0.",
        "# Sections: @plain known words written whole, most frequent first; @zwnj words written",
        "# with ZWNJ that morphology misses; @verbs past#present stems; @right and @left",
        "# productive compound parts; @stop function words; @join word pairs that a space",
        "# wrongly separates;",
        "# @nojoin word pairs that morphology would join but usage keeps apart.",
    ]
    args.output.write_text(build(counts, args.hazm, header), encoding="utf-8")
    print(f"articles kept {kept}, skipped {skipped}; wrote {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
