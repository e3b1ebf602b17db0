"""Score extraction against hand-annotated gold files (format: tests/fixtures/gold/README.md).

People match on the folded full name. A gold quote is located by its first words; the
predicted quote whose span covers that point is aligned with it.

* persons: precision and recall of full names.
* posts: of the gold persons found, those whose posts match the gold ``roles`` (``posts_match``).
* quotes: a gold quote is found when a predicted quote of its kind is aligned with it;
  precision counts the predicted quotes aligned with no gold quote as wrong.
* speakers: precision counts every predicted quote that names a person: right only when
  aligned with a gold quote of that person; recall counts gold quotes whose speaker is a
  person.
* speaker accuracy: of the gold quotes said by a person or an organization, those whose
  aligned quote names that speaker (``right``); another speaker is ``wrong``, no speaker or
  no quote ``missed``.
* organizations: precision and recall of ``speaker_organization`` (``orgs_match``), in the
  gold files that annotate it (the drawn ones: the first 29 predate the field).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from khabar.extract import lexicons as lx
from khabar.letters import GOLD_LETTERS
from khabar.model import Document, Quote

_LETTERS = GOLD_LETTERS | {c: None for c in range(0x064B, 0x0653)}  # harakat: «کُرد»
# the repair writes an outlet's “…” and "…" as «…»; the gold keeps the marks as typed
_LETTERS |= {ord(c): '"' for c in "«»“”"}


def fold(s: str | None) -> str:
    s = (s or "").translate(_LETTERS)
    return "".join(lx.phrase_keys(s)).replace(" ", "")


def _words(s: str | None) -> tuple[str, ...]:
    return tuple(k for k in lx.phrase_keys((s or "").translate(_LETTERS)) if k[:1].isalnum())


def _glued_as(words: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` with two neighbours joined where ``other`` writes them as one word
    («دبیر کل» and «دبیرکل», «فرمانده کل» and «فرمانده‌کل»)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if k + 1 < len(words) and words[k] + words[k + 1] in other:
            out.append(words[k] + words[k + 1])
            k += 2
        else:
            out.append(words[k])
            k += 1
    return tuple(out)


def posts_match(found: str, gold: str) -> bool:
    """Two wordings of one post: they open with the same word and the words of the shorter
    stand in the longer in order («استاندار» and «استاندار کرمان», «معاون وزیر کار» and
    «معاون وزیر تعاون، کار و رفاه اجتماعی»; not «استاندار» and «معاون استاندار»)."""
    a, b = _words(found), _words(gold)
    a, b = _glued_as(a, b), _glued_as(b, a)
    short, long = sorted((a, b), key=len)
    if not short or short[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(word in rest for word in short[1:])


def orgs_match(found: str | None, gold: str | None) -> bool:
    """The words of one name are all in the other («وزارت خارجه», «وزارت امور خارجه»)."""
    a, b = set(_words(found)), set(_words(gold))
    return bool(a and b) and (a <= b or b <= a)


def one_listed(found: str | None, gold: str | None) -> bool:
    """Both are whole names or aliases of one listed outlet or body («ایتارتاس» and
    «خبرگزاری تاس», «روزنامه وال استریت ژورنال» and «روزنامه وال‌استریت‌ژورنال»)."""
    listed = _listed(_words(found))
    return listed is not None and listed == _listed(_words(gold))


def _listed(keys: tuple[str, ...]) -> str | None:
    """The listed outlet or body whose name or alias the words are, whole."""
    for trie in (lx.agencies(), lx.organizations()):
        if keys and (m := trie.match(list(keys), 0)) and m[0] == len(keys):
            return m[1].name
    return None


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Tally:
    """Right, wrong and missed out of a total: ``accuracy`` is right / total."""

    right: int = 0
    wrong: int = 0
    missed: int = 0

    def add(self, other: Tally) -> None:
        self.right += other.right
        self.wrong += other.wrong
        self.missed += other.missed

    @property
    def total(self) -> int:
        return self.right + self.wrong + self.missed

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    persons: Score = field(default_factory=Score)
    speakers: Score = field(default_factory=Score)
    quotes: Score = field(default_factory=Score)
    organizations: Score = field(default_factory=Score)
    posts: Tally = field(default_factory=Tally)
    speaker_accuracy: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)

    def add(self, other: Report) -> None:
        for name in ("persons", "speakers", "quotes", "organizations", "posts"):
            getattr(self, name).add(getattr(other, name))
        self.speaker_accuracy.add(other.speaker_accuracy)
        self.misses.extend(other.misses)


class Locator:
    """Finds the gold quotes' first words in order, ignoring ZWNJ, spaces and letter forms."""

    def __init__(self, text: str) -> None:
        chars, self.index = [], []
        for i, c in enumerate(text):
            for ch in fold(c):
                chars.append(ch)
                self.index.append(i)
        self.folded = "".join(chars)
        self.pos = 0

    def find(self, starts: str) -> int | None:
        at = self.folded.find(fold(starts), self.pos)
        if at < 0:
            at = self.folded.find(fold(starts))
        if at < 0:
            return None
        self.pos = at + 1
        return self.index[at]


def score_document(doc: Document, gold: dict[str, Any], organizations: bool = True) -> Report:
    """``organizations``: whether the gold file annotates ``speaker_organization``."""
    rep = Report()
    name = gold.get("file", "?")
    _score_persons(doc, gold, rep)
    aligned: dict[int, dict[str, Any]] = {}
    locator = Locator(doc.text)
    for g in gold.get("quotes", []):
        at = locator.find(g["starts"])
        if at is None:
            rep.misses.append(f"{name}: gold quote not found in text: {g['starts']}")
            continue
        for n, q in enumerate(doc.quotes):
            if q.span.start - 25 <= at < q.span.end and n not in aligned:
                aligned[n] = g
                break
        else:
            rep.quotes.fn += 1
            rep.misses.append(f"{name}: no quote at «{g['starts']}» ({_said(g)})")
            if g.get("speaker"):
                rep.speakers.fn += 1
            if _attributed(g, organizations):
                rep.speaker_accuracy.missed += 1
            if organizations and g.get("speaker_organization"):
                rep.organizations.fn += 1
    for n, q in enumerate(doc.quotes):
        g = aligned.get(n)
        if g is None:
            rep.quotes.fp += 1
        elif g["kind"] == q.kind:
            rep.quotes.tp += 1
        else:
            rep.quotes.fn += 1
            rep.quotes.fp += 1
            rep.misses.append(f"{name}: {q.kind} quote at «{g['starts']}» ({g['kind']})")
        _score_speaker(doc, q, g, name, organizations, rep)
    return rep


def _score_persons(doc: Document, gold: dict[str, Any], rep: Report) -> None:
    name = gold.get("file", "?")
    predicted = {fold(p.name): p for p in doc.persons}
    expected = {fold(p["name"]): p for p in gold.get("persons", [])}
    found = predicted.keys() & expected.keys()
    rep.persons = Score(len(found), len(predicted) - len(found), len(expected) - len(found))
    rep.misses += [f"{name}: missed person {p}" for p in sorted(expected.keys() - predicted.keys())]
    rep.misses += [f"{name}: extra person {p}" for p in sorted(predicted.keys() - expected.keys())]
    for k in sorted(found):
        extra, lost = tally_posts(rep.posts, predicted[k].posts, expected[k].get("roles", []))
        if extra or lost:
            rep.misses.append(
                f"{name}: posts of {predicted[k].name}: wrong {extra}, missing {lost}"
            )


def tally_posts(tally: Tally, posts: list[str], roles: list[str]) -> tuple[list[str], list[str]]:
    """One person's ``posts`` against the gold's ``roles``, counted in ``tally``: wrong when a
    post matches no role, else missed when a role is matched by no post, else right. Returns
    (the posts that match no role, the roles that no post matches)."""
    extra = [p for p in posts if not any(posts_match(p, r) for r in roles)]
    lost = [r for r in roles if not any(posts_match(p, r) for p in posts)]
    if extra:
        tally.wrong += 1
    elif lost:
        tally.missed += 1
    else:
        tally.right += 1
    return extra, lost


def _attributed(g: dict[str, Any], organizations: bool) -> bool:
    return bool(g.get("speaker") or (organizations and g.get("speaker_organization")))


def _said(g: dict[str, Any]) -> str:
    return g.get("speaker") or g.get("speaker_organization") or "no speaker"


def _score_speaker(
    doc: Document, q: Quote, g: dict[str, Any] | None, name: str, organizations: bool, rep: Report
) -> None:
    """One predicted quote ``q`` and the gold quote ``g`` aligned with it, if any."""
    person = bool(g and g.get("speaker")) and fold(g["speaker"]) == fold(q.speaker)  # type: ignore[index]
    org = bool(g and g.get("speaker_organization")) and q.speaker is None
    org = org and orgs_match(q.speaker_organization, g["speaker_organization"])  # type: ignore[index]
    if q.speaker is not None:
        if person:
            rep.speakers.tp += 1
        else:
            rep.speakers.fp += 1
            said = _said(g) if g else "no gold quote"
            rep.misses.append(
                f"{name}: speaker {q.speaker} for «{doc.span_text(q.span)[:30]}» ({said})"
            )
    if organizations and q.speaker_organization:
        if org:
            rep.organizations.tp += 1
        else:
            rep.organizations.fp += 1
            said = _said(g) if g else "no gold quote"
            rep.misses.append(
                f"{name}: organization {q.speaker_organization} for "
                f"«{doc.span_text(q.span)[:30]}» ({said})"
            )
    if g is None:
        return
    if g.get("speaker") and not person:
        rep.speakers.fn += 1
        if q.speaker is None:
            rep.misses.append(f"{name}: no speaker for «{g['starts']}» ({g['speaker']})")
    if organizations and g.get("speaker_organization") and not org:
        rep.organizations.fn += 1
        if not q.speaker_organization and not q.speaker:
            rep.misses.append(
                f"{name}: no organization for «{g['starts']}» ({g['speaker_organization']})"
            )
    if _attributed(g, organizations):
        if person or org:
            rep.speaker_accuracy.right += 1
        elif q.speaker or (organizations and q.speaker_organization):
            rep.speaker_accuracy.wrong += 1
        else:
            rep.speaker_accuracy.missed += 1


def gold_split(gold_dir: Path) -> dict[str, list[str]]:
    """The parts of the gold (`split.json`): gold file stems under `tune` and `heldout`."""
    return json.loads((gold_dir / "split.json").read_text(encoding="utf-8"))


def drawn_stems(gold_dir: Path, listing: str = "drawn*.tsv") -> set[str]:
    """The drawn gold files (`drawn.tsv`, `drawn_2.tsv`, `drawn_3.tsv`), the ones that annotate
    ``speaker_organization``; ``listing`` names one draw's list instead."""
    stems = set()
    for path in sorted(gold_dir.glob(listing)):
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        stems |= {line.split("\t")[1] for line in lines if line.strip()}
    return stems


def evaluate(
    gold_dir: Path,
    fixtures: Path,
    part: str | None = None,
    use_model: bool = True,
    only: set[str] | None = None,
) -> Report:
    """Score the gold files of one part of the split (`tune`, `heldout`), or of both; with
    ``only``, those of them whose stems it holds."""
    from khabar.extract import extract_text

    split = gold_split(gold_dir)
    stems = split[part] if part else split["tune"] + split["heldout"]
    if only is not None:
        stems = [s for s in stems if s in only]
    drawn = drawn_stems(gold_dir)
    total = Report()
    for stem in sorted(stems):
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        text = (fixtures / gold["file"]).read_text(encoding="utf-8")
        doc = extract_text(text, use_model=use_model)
        total.add(score_document(doc, gold, organizations=stem in drawn))
    return total
