"""PEYMA as khabar sees it: sentences, the ParsBERT test split, articles of 10 sentences.

PEYMA (``../shared/data/ner/peyma``) is one ``token<TAB>TAG`` a line, a blank line after each
sentence; a token holding a space held a ZWNJ in its source, and gets it back here. An
article is 10 consecutive sentences of one part (test or training) joined by spaces: the
text khabar repairs, tokenizes and extracts from, as it does a news report. Gold entities
are kept as character spans of that text, so any tagger is scored on the same ground.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from khabar.extract import lexicons as lx

TYPES = ("PER", "LOC", "ORG")
ARTICLE_SENTENCES = 10


@dataclass
class Sentence:
    index: int  # 0-based block number in persian_NER_300K.txt
    tokens: list[str]
    tags: list[str]  # B_PER, I_LOC, O ...


@dataclass
class Article:
    text: str
    sentences: list[Sentence]
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)
    token_spans: list[list[tuple[int, int]]] = field(default_factory=list)  # per sentence
    gold: set[tuple[str, int, int]] = field(default_factory=set)  # (type, start, end) chars


def read_peyma(path: Path) -> list[Sentence]:
    out: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip():
            if tokens:
                out.append(Sentence(len(out), tokens, tags))
                tokens, tags = [], []
            continue
        word, _, tag = line.rpartition("\t")
        tokens.append(word.strip().replace(" ", "\u200c"))
        tags.append(tag.strip() or "O")
    return out


def test_ids(path: Path) -> set[int]:
    return {int(x) for x in path.read_text(encoding="utf-8").split()}


def split(peyma_dir: Path) -> tuple[list[Sentence], list[Sentence]]:
    """(training part, test part) of PEYMA; the test part is ParsBERT's split."""
    sentences = read_peyma(peyma_dir / "persian_NER_300K.txt")
    test = test_ids(peyma_dir / "test_sentence_ids.txt")
    return [s for s in sentences if s.index not in test], [s for s in sentences if s.index in test]


def entities(tags: list[str]) -> Iterator[tuple[str, int, int]]:
    """(type, first token, end token) of the PER/LOC/ORG runs of a BIO sequence."""
    return ((kind, i, j) for kind, i, j in runs(tags) if kind in TYPES)


def held_out(n: int, every: int, block: int = 1, residue: int | None = None) -> bool:
    """Article ``n`` of the training part is a dev article: every ``every``-th article, or with
    ``block`` > 1 every ``every``-th run of ``block`` articles («--dev 10 --block 10»: 100
    sentences in a row), so that fewer of its stories go on in the articles trained on.
    ``residue``: which run of each ``every`` (default the last); another residue is a dev fold
    no rule was tuned on («--residue 4»)."""
    last = every - 1 if residue is None else residue
    return bool(every) and (n // block) % every == last


def articles(sentences: list[Sentence], size: int = ARTICLE_SENTENCES) -> list[Article]:
    out = []
    for a in range(0, len(sentences), size):
        part = sentences[a : a + size]
        pieces: list[str] = []
        art = Article("", part)
        pos = 0
        for s in part:
            spans = []
            first = pos
            for w in s.tokens:
                spans.append((pos, pos + len(w)))
                pieces.append(w)
                pos += len(w) + 1
            art.sentence_spans.append((first, pos - 1))
            art.token_spans.append(spans)
            for kind, i, j in entities(s.tags):
                art.gold.add((kind, spans[i][0], spans[j - 1][1]))
        art.text = " ".join(pieces)
        out.append(art)
    return out


# the corpora and their terms, as the fixtures drawn from them record them
ARMAN_SOURCE = (
    "ARMAN (Poostchi et al. 2016, 2018; HaniehP/PersianNER), only for academic research use "
    "(its Hugging Face dataset card: CC BY 4.0)"
)
PEYMA_SOURCE = (
    "PEYMA (Shahshahani et al. 2018; Soroush98/Persian_NER), training part, "
    "for free for research purposes"
)

ARMAN_TYPES = {"pers": "PER", "org": "ORG", "loc": "LOC"}  # facility, event, product: none
ARMAN_ALL = {"pers": "PER", "org": "ORG", "loc": "LOC", "fac": "FAC", "pro": "PRO", "event": "EVE"}


def read_arman(
    zip_path: Path, folds: Iterable[int] = (1, 2, 3), kinds: Mapping[str, str] = ARMAN_TYPES
) -> list[Sentence]:
    """ARMAN's sentences of ``folds`` (its three test folds are the whole corpus), tags as
    PEYMA's: its tags that ``kinds`` names as that kind (by default its persons,
    organizations and locations; its facilities, events and products untagged)."""
    import zipfile

    out: list[Sentence] = []
    with zipfile.ZipFile(zip_path) as z:
        for n in folds:
            tokens: list[str] = []
            tags: list[str] = []
            for line in [*z.read(f"test_fold{n}.txt").decode("utf-8").splitlines(), ""]:
                if not line.strip():
                    if tokens:
                        out.append(Sentence(-1, tokens, tags))
                        tokens, tags = [], []
                    continue
                word, _, tag = line.rpartition(" ")
                prefix, _, kind = tag.partition("-")
                tokens.append(word)
                tags.append(f"{prefix}_{kinds[kind]}" if kind in kinds else "O")
    return out


def runs(tags: list[str]) -> Iterator[tuple[str, int, int]]:
    """(type, first token, end token) of every typed run of a BIO sequence."""
    kind, start = None, 0
    for k, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("_")
        if kind and (prefix != "I" or t != kind):
            yield kind, start, k
            kind = None
        if prefix == "B" or (prefix == "I" and kind is None):
            kind, start = t, k


# the first words of a periodical's name: PEYMA tags «روزنامه ...» an organization, ARMAN a product
_PERIODICALS = ("روزنامه", "مجله", "هفته‌نامه", "ماهنامه", "فصلنامه", "نشریه", "خبرنامه")
_PERIODICALS_KEYS = frozenset(lx.key(w) for w in _PERIODICALS)
_TEAMS = frozenset(lx.key(w) for w in ("تیم", "تیمهای", "تیم‌های"))
_REGIMES = frozenset(lx.key(w) for w in ("جمهوری", "رژیم", "دولت", "حکومت", "پادشاهی"))


def _nationality(key: str) -> bool:
    """A country's adjective or its people («ایرانی», «آمریکائی», «ایرانیان», «فلسطینیها»)."""
    for end in ("‌ها", "ها", "ان"):
        if key.endswith(end) and len(key) > len(end) + 3:
            key = key[: -len(end)]
            break
    if not key.endswith("ی"):
        return False
    stems = [key[:-1]] + ([key[:-2]] if key.endswith(("یی", "ای")) else [])
    for stem in stems:
        hit = lx.places().match([stem], 0)
        if hit is not None and hit[1].kind == "country":
            return True
    return False


def _place_end(keys: list[str], i: int) -> int:
    """The end of the listed place's name at ``keys[i]``, or -1."""
    hit = lx.places().match(keys, i)
    return -1 if hit is None else hit[0]


def peyma_conventions(sentences: list[Sentence], fac: str = "O") -> list[Sentence]:
    """ARMAN's sentences (read with ``ARMAN_ALL``) retagged in PEYMA's conventions, where the
    two corpora differ (counted on ARMAN's folds 1 and 2 against PEYMA's training part):

    - a person's leading titles («دکتر», «آیت‌الله», «شهید») are not the name: PEYMA leaves
      them out at least 369 times and takes them in 44 (25 of them «امیر», a given name too);
      ARMAN too leaves them out mostly (471 times), but takes them in 20 times («شهید رجائی»,
      «ملا محمد عمر»). A title that is also a given name stays, and so does a title that is
      the whole name («مولوی», Rumi);
    - a nationality is no organization or place («ایرانی», «آمریکائی», «ایرانیان»: ARMAN
      tags them organizations, PEYMA leaves «ایرانی» untagged 157 times of 159);
    - a place's name alone tagged an organization (a country acting, «آمریکا») is a place:
      PEYMA tags «ایران» a place 626 times and an organization 3; but a state named by its
      regime stays an organization («جمهوری اسلامی ایران», «رژیم صهیونیستی», as in PEYMA);
    - a country's team is no organization, its country is a place: «تیم [ایران]» (ARMAN
      tags 75 such teams organizations, PEYMA leaves «تیم» out and tags the place 21 times of 22);
    - a periodical («روزنامه ایران») or a listed outlet («کیهان») is an organization, as in
      PEYMA, not a product; other products and events are untagged (PEYMA has neither);
    - a facility (a university, museum, stadium, street) is ``fac``: ``O``, ``ORG``, ``LOC``,
      or ``drop`` (the sentence holding one is left out).
    """
    titles, given = lx.honorifics(), lx.first_names()
    agencies = lx.agencies()
    out: list[Sentence] = []
    for sent in sentences:
        keys = lx.keys_of(sent.tokens)
        tags = ["O"] * len(keys)
        drop = False
        for kind, i, j in runs(sent.tags):
            if kind == "PER":
                while (hit := titles.match(keys, i)) is not None and hit[0] < j:  # one is left
                    if keys[i] in given:
                        break
                    i = hit[0]
            elif kind in ("ORG", "LOC") and j - i == 1 and _nationality(keys[i]):
                continue
            elif kind == "ORG" and keys[i] in _TEAMS and _place_end(keys, i + 1) == j:
                kind, i = "LOC", i + 1  # «تیم ملی فوتبال ایران», «تیم استقلال» stay
            elif kind == "ORG" and keys[i] not in _REGIMES and _place_end(keys, i) == j:
                kind = "LOC"
            elif kind == "PRO":
                whole = agencies.match(keys, i)
                if keys[i] in _PERIODICALS_KEYS or (whole is not None and whole[0] == j):
                    kind = "ORG"
                else:
                    continue
            elif kind == "EVE":
                continue
            elif kind == "FAC":
                if fac == "drop":
                    drop = True
                    break
                if fac not in TYPES:
                    continue
                kind = fac
            tags[i:j] = [f"B_{kind}"] + [f"I_{kind}"] * (j - i - 1)
        if not drop:
            out.append(Sentence(sent.index, sent.tokens, tags))
    return out
