"""A large document costs in proportion to its size: no step compares every fact with every
other. Checked by counting work, never by timing (benchmarks/large_document.py times it)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from khabar.extract import extract
from khabar.extract import lexicons as lx
from khabar.extract.people import posts_compatible
from khabar.extract.posts import find_posts
from khabar.extract.registry import PostHolders
from khabar.letters import WORD_LETTERS
from khabar.model import Document
from khabar.store.facts import rows_for
from khabar.store.records import record_for, with_search_index
from khabar.text import repair, zwnj
from khabar.text.offsets import Span
from khabar.text.segment import sentences

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def one_line() -> str:
    """24 annotated news articles and the seeds (about 60,000 characters) on one line."""
    # the first 24 news articles by name, leaving out the ARMAN runs (arman3_*), which sort first
    news = [p for p in sorted((FIXTURES / "news").glob("*.txt")) if not p.stem.startswith("arman")]
    news = news[:24]
    paths = news + sorted((FIXTURES / "seeds").glob("*.txt"))
    return " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in paths)


def _calls(text: str) -> int:
    """Function calls made while extracting ``text`` and turning it into rows."""
    doc = repair(text)
    count = 0

    def profile(frame, event, arg) -> None:  # noqa: ANN001
        nonlocal count
        if event in ("call", "c_call"):  # a generator resumed is a call too
            count += 1

    sys.setprofile(profile)
    try:
        rows_for(with_search_index(record_for(extract(doc))))
    finally:
        sys.setprofile(None)
    return count


def test_extraction_work_grows_linearly_with_the_document(
    one_line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khabar.text import segment

    monkeypatch.setattr(segment, "_CHUNK", 1 << 16)  # both sizes tokenized the same way
    # two and eight copies of the same articles: four times the people, posts, quotes and
    # numbers. Matching each post against every post, each commitment against every quote
    # or each number against every date mask made it 5.5 times the calls
    _calls(one_line)  # the lexicons and memos are warm for both
    ratio = _calls(" ".join([one_line] * 8)) / _calls(" ".join([one_line] * 2))
    assert ratio < 4.4


class CountedList(list):
    """A list that counts how often it is iterated from the start."""

    iterations = 0

    def __iter__(self):  # noqa: ANN204
        CountedList.iterations += 1
        return super().__iter__()


def _sentence_of_by_scan(doc: Document, span: Span) -> Span | None:
    """The definition ``Document.sentence_of`` keeps: the first sentence in order."""
    for s in doc.sentences:
        if s.start <= span.start < s.end or (s.start < span.end <= s.end):
            return s
    return None


def test_sentence_of_searches_instead_of_scanning(one_line: str) -> None:
    doc = repair(one_line)
    doc.sentences = CountedList(doc.sentences)
    bounds = sorted({p for s in doc.sentences[:300] for p in (s.start - 1, s.start, s.end)})
    spans = [Span(a, b) for a in bounds[:120] for b in bounds[:120] if a <= b]
    CountedList.iterations = 0
    found = [doc.sentence_of(s) for s in spans]
    assert CountedList.iterations == 1  # the starts are read once, not once per span
    assert found == [_sentence_of_by_scan(doc, s) for s in spans]
    assert Document("", "", doc.offset_map).sentence_of(Span(0, 0)) is None


def test_post_holders_agree_with_pairwise_comparison(one_line: str) -> None:
    doc = repair(one_line)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    posts = find_posts(tokens, keys, doc.text, list(range(len(keys))))
    assert len(posts) > 100
    held: dict[str, list[tuple[str, ...]]] = {}
    index = PostHolders()
    for n, post in enumerate(posts[::2]):  # every other post has a holder: 15 people
        pkey = f"person {n % 15}"
        held.setdefault(pkey, []).append(post.keys)
        index.add(pkey, post.keys)
    for post in posts:
        expected = [
            p for p, posts in held.items() if any(posts_compatible(post.keys, r) for r in posts)
        ]
        found = index.holders(post.keys)
        assert set(found) <= set(expected)
        assert len(found) == min(2, len(expected))


def test_zwnj_scan_goes_by_chunks_and_stops_at_the_last_word(
    one_line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    restorer = zwnj.default_restorer()
    latin = "The minister said on Monday that 20 people were arrested. " * 2000
    # each word with the non-word characters before it
    spaced_word = re.compile(f"([^{WORD_LETTERS}]*+)([{WORD_LETTERS}]++)")
    for text in (one_line * 3, one_line + latin, latin, latin + one_line[:500], "", "۱۲ سلام"):
        # findall(text) itself, but for the pair of the word added, which spares the
        # reference the quadratic scan of a trailing Latin run
        expected = spaced_word.findall(text + " ا")[:-1]
        assert [p for pairs in restorer._gaps_and_words(text) for p in pairs] == expected
    scanned: list[str] = []

    class Spy:
        def split(self, chunk: str) -> list[str]:
            scanned.append(chunk)
            return pattern.split(chunk)

    pattern = zwnj._SPLIT_RUNS_FLAT  # no two spaces together in this text
    monkeypatch.setattr(zwnj, "_SPLIT_RUNS_FLAT", Spy())
    text = one_line * 3 + latin  # a Latin run after the last word was scanned quadratically
    list(restorer._gaps_and_words(text))
    # the chunks follow one another from the start to the last word, none much over _CHUNK
    assert len(scanned) > 1 and "".join(scanned) == one_line * 3
    assert all(len(chunk) < zwnj._CHUNK + 100 for chunk in scanned)


def test_a_run_of_letters_longer_than_any_word_is_left_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    restorer = zwnj.Restorer(zwnj.default_lexicon())  # a fresh memo
    cut: list[str] = []
    monkeypatch.setattr(restorer, "_cuts", lambda piece: cut.append(piece) or ())
    run = "کتابها" * 200  # trying every cut of it was quadratic in its length
    assert restorer.edits(f"این {run} است") == []
    assert run not in cut and "این" not in cut  # short words need no cut either
    restorer.edits("کتابها")
    assert cut == ["کتابها"]


def test_a_quote_left_open_does_not_hold_the_sentences_after_it() -> None:
    # sentences inside «...» stay whole only when a » closes them later in the paragraph;
    # with none left (checked once per paragraph), a «» opened and never closed splits normally
    closed = "او گفت: «این کار. آن کار.» پایان."
    assert [closed[s.start : s.end] for s in sentences(closed)] == [
        "او گفت: «این کار. آن کار.»",
        "پایان.",
    ]
    opened = "او گفت: «این کار. آن کار. پایان."
    assert len(sentences(opened)) == 3


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    """The paragraphs of the annotated news and the seeds, one per line, each repeated
    further on, whole or in part (≥ 80% of it, which is dropped, or less, which stays)."""
    paths = sorted((FIXTURES / "news").glob("*.txt")) + sorted((FIXTURES / "seeds").glob("*.txt"))
    lines = [ln for p in paths for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    shares = [1, 0.95, 0.85, 0.5] * len(lines)
    repeats = [ln[: int(len(ln) * f)] for ln, f in zip(lines[::3], shares, strict=False)]
    trimmed = [ln[len(ln) // 12 :] for ln in lines[1::5]]  # the start cut off
    return lines + repeats + trimmed


def test_repeated_paragraphs_of_a_long_text_are_found_by_index(
    paragraphs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from khabar.text import layout

    text = "\n".join(paragraphs)
    assert len(text) > layout._SCAN_MAX  # indexed as it stands
    monkeypatch.setattr(layout, "_SCAN_MAX", len(text))  # searched, as an article is
    by_scan = layout.repeated_paragraph_edits(text)
    assert len(by_scan) > 100
    compared: list[str] = []
    covers = layout._covers
    monkeypatch.setattr(layout, "_covers", lambda old, k: compared.append(k) or covers(old, k))
    monkeypatch.setattr(layout, "_SCAN_MAX", 0)
    assert layout.repeated_paragraph_edits(text) == by_scan
    # each line is compared with the few earlier ones that share its windows, not all
    assert len(compared) < 3 * len(paragraphs)


def test_repeated_paragraphs_are_compared_by_length(
    paragraphs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from khabar.text import layout

    # lines, then some of them again whole or in part, and with their start cut off
    lines = paragraphs[:600]
    shares = [1, 0.95, 0.85, 0.5] * len(lines)
    repeats = [ln[: int(len(ln) * f)] for ln, f in zip(lines[::3], shares, strict=False)]
    text = "\n".join(lines + repeats + [ln[len(ln) // 12 :] for ln in lines[1::5]])
    monkeypatch.setattr(layout, "_SCAN_MAX", len(text))  # searched, as an article is
    # every earlier key compared, as the scan did before the keys were kept by length
    kept: list[str] = []
    expected = []
    scanned = 0  # the keys the scan compared
    for (s, e), key in zip(layout._lines(text), layout._line_keys(text), strict=True):
        scanned += len(kept) if len(key) >= layout._REPEAT_MIN else 0
        if len(key) >= layout._REPEAT_MIN and any(layout._covers(old, key) for old in kept):
            expected.append(layout.Edit(s - 1 if s > 0 else s, e if s > 0 else e + 1, ""))
        elif len(key) >= layout._REPEAT_MIN:
            kept.append(key)
    compared: list[str] = []
    covers = layout._covers
    monkeypatch.setattr(layout, "_covers", lambda old, k: compared.append(k) or covers(old, k))
    edits = layout.repeated_paragraph_edits(text)
    assert len(edits) > 100
    assert edits == expected
    # only the earlier keys of a length the line may cover are compared, and only when one
    # of them holds the line's head
    assert len(compared) < scanned / 20


def test_a_line_is_folded_as_the_pattern_folds_it(paragraphs: list[str]) -> None:
    from khabar.text.layout import _FOLD_LINES_RE, _line_keys

    # marks dropped in C first, the pattern on what is left: «_», a tab, a carriage return,
    # a dash, vowel marks, a no-break space, an emoji, a lone surrogate, Persian digits
    odd = ["", "_", "\t", "\r", "–", "\u064e\u0650", "\xa0", "\U0001f600", "\ud800", "۱۴۰۲", "a_b"]
    lines = [line + tail for line, tail in zip(paragraphs[:200], odd * 20, strict=False)]
    text = "\n".join(lines)
    assert _line_keys(text) == _FOLD_LINES_RE.sub("", text).split("\n")
    assert _line_keys("«سلام»، دنیا.\n\nA_b: ۱۲") == ["سلامدنیا", "", "Ab۱۲"]


def test_a_line_ends_a_sentence_as_the_pattern_says(paragraphs: list[str]) -> None:
    from khabar.text.layout import _SENTENCE_MARKS, _TERMINAL_MARKS, _ends_with

    # read back from the end of a paragraph instead of searching it whole at each line
    tails = ["", ".", ":", "؛", " ", ".»", ".» ", "»", ". »", ".)]  ", '!"', "…’\t", "، "]
    for line in paragraphs[:60]:
        for tail in tails:
            text = "  " + line.rstrip(".!?؟:؛…»\"”'’)] ") + tail
            for marks, pattern in (
                (_TERMINAL_MARKS, r"[.!?؟:؛…][»\"”'’)\]]*\s*\Z"),
                (_SENTENCE_MARKS, r"[.!?؟…][»\"”'’)\]]*\s*\Z"),
            ):
                expected = bool(re.search(pattern, text[2:]))
                assert _ends_with(marks, text, 2, len(text)) is expected, (text[-20:], tail)


def test_a_document_over_the_limit_is_refused_and_nothing_else_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from khabar.driver import ingest
    from khabar.ingest import prepare

    seeds = sorted((FIXTURES / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds[:3]]
    limit = max(map(len, texts))
    texts[1] = " ".join([texts[1]] * 3)  # the middle record is over the limit
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts),
        encoding="utf-8",
    )
    monkeypatch.setattr(prepare, "MAX_CHARACTERS", limit)
    summary = ingest([corpus], tmp_path / "k.db")
    assert (summary.new, summary.failed) == (2, 1)
    ((where, reason),) = summary.failures
    assert where.endswith("corpus.jsonl:line 2")
    assert f"characters: longer than the {limit:,} one document may have" in reason


def test_a_long_text_is_tokenized_a_chunk_at_a_time(
    one_line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from khabar.text import segment

    text = one_line + "\n" + one_line[::-1]
    whole = segment.token_columns(text)
    monkeypatch.setattr(segment, "_CHUNK", 997)  # cut at the next space after each 997
    chunked = segment.token_columns(text)
    assert chunked == whole
    assert segment.token_columns(text, 5000, 60_000) == segment.token_columns(text[:60_000], 5000)
    # the same word is one string, not one per token
    assert len({id(w) for w in chunked.words}) == len(set(chunked.words))
    doc = extract(repair(one_line))
    assert doc._columns is None  # let go once the facts are out; made again if asked
    assert doc.token_columns == segment.token_columns(doc.text)
