"""The readers against hostile input (hypothesis): random bytes, random JSON values (lone
surrogates, deep nesting, huge numbers), truncated and corrupted gzip, WARC and feeds.

No exception escapes a reader, every bad record is reported with its file and position, and
every good record is kept. A few seconds in all under the "ci" profile (tests/conftest.py:
a fixed seed); the "nightly" profile draws ten times as many from a random seed.
"""

from __future__ import annotations

import gzip
import io
import json
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from random import Random

from conftest import write_html_response
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from khabar.errors import ReadError
from khabar.ingest import jsonsplit, warc
from khabar.ingest.base import RawArticle, ReaderOptions, ReadNote, readers
from khabar.ingest.htmlpage import looks_like_html
from khabar.ingest.readers import read_paths

fuzz = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PERSIAN = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی "
WORDS = st.text(alphabet=PERSIAN, min_size=3, max_size=40).map(lambda s: f"وزیر {s.strip()} گفت.")
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=30)  # lone surrogates too


def json_values(floats: st.SearchStrategy[float]) -> st.SearchStrategy[object]:
    return st.recursive(
        st.none()
        | st.booleans()
        | st.integers(min_value=-(10**60), max_value=10**60)
        | floats
        | ANY_TEXT,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
        max_leaves=12,
    )


JSON_VALUES = json_values(st.floats())  # NaN and Infinity too, as Python writes them
DEEP = st.integers(min_value=150, max_value=50_000).map(lambda k: "[" * k + "]" * k)


@contextmanager
def file_of(data: bytes, name: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        yield path


def checked_items(items: list, path: Path) -> list:
    """``items`` after checking what every reader promises."""
    for item in items:
        assert isinstance(item, RawArticle | ReadError | ReadNote), item
        assert item.source.startswith(str(path)), item.source
        if isinstance(item, ReadError):
            assert not item.reason.startswith("unexpected"), item.reason  # a reader's bug
    return items


def articles(items: list) -> list[RawArticle]:
    return [i for i in items if isinstance(i, RawArticle)]


def errors(items: list) -> list[ReadError]:
    return [i for i in items if isinstance(i, ReadError)]


HEADS = [b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00", b'<?xml version="1.0"?><rss version="2.0">']
HEADS += [b"<html><body><div>", b'[{"text": "', b'{"text": "', b"\xef\xbb\xbf", b"\xff\xfe"]
NAMES = ["a.txt", "a.html", "a.json", "a.jsonl", "a.jsonl.gz", "a.warc", "a.warc.gz", "a.rss", "a"]


@fuzz
@given(head=st.sampled_from(HEADS), body=st.binary(max_size=3000), name=st.sampled_from(NAMES))
def test_random_bytes_never_raise_from_any_reader(head, body, name):
    with file_of(head + body, name) as path:
        for reader in readers():
            checked_items(list(reader.read(path, ReaderOptions())), path)
        checked_items(list(read_paths([path])), path)


def good_line(text: str) -> str:
    return json.dumps({"text": text, "title": "خبر", "date": "2025-11-26"})


@fuzz
@given(
    good=st.lists(st.tuples(WORDS, ANY_TEXT), min_size=1, max_size=6),
    junk=st.lists(
        JSON_VALUES.map(json.dumps)
        | DEEP
        | st.integers(min_value=4_400, max_value=6_000).map(lambda k: "9" * k)  # > int limit
        | st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"").decode("latin-1"))
        | st.builds(lambda v: json.dumps({"text": "وزیر گفت.", "date": v}), JSON_VALUES),
        max_size=6,
    ),
    order=st.randoms(use_true_random=False),
)
# a text with a tag is read as HTML: the tag goes, as it should; the words stay
@example(good=[("وزیر ااا گفت.", "<A>")], junk=[], order=Random(1))
@example(good=[("وزیر ااا گفت.", "\r\n ب\u2028")], junk=[], order=Random(1))
def test_jsonl_keeps_every_good_line_and_reports_every_bad_one(good, junk, order):
    texts = [f"{words} {extra}" for words, extra in good]
    lines = [(good_line(t), t) for t in texts] + [(j, None) for j in junk]
    first, rest = lines[0], lines[1:]
    order.shuffle(rest)
    lines = [first, *rest]  # a good first line: the file is JSON Lines
    data = "\n".join(line for line, _ in lines).encode("utf-8", "surrogatepass")
    with file_of(data, "a.jsonl") as path:
        items = checked_items(list(read_paths([path])), path)
    by_line: dict[int, list] = {}
    for item in items:
        if not isinstance(item, ReadNote):
            locator = item.locator if isinstance(item, RawArticle) else item.source
            by_line.setdefault(int(locator.rsplit("line ", 1)[1]), []).append(item)
    for n, (line, text) in enumerate(lines, 1):
        if not line.strip():
            continue
        assert len(by_line.get(n, [])) == 1, (n, line[:80], by_line.get(n))
        if text is not None:
            (article,) = by_line[n]
            assert isinstance(article, RawArticle)
            assert_kept(article.text, text)
    for article in articles(items):  # what is stored can be encoded
        article.text.encode("utf-8")


def assert_kept(kept: str, text: str) -> None:
    """``kept`` is ``text`` as a record's text is read: in paragraphs, a lone surrogate as
    U+FFFD; a text with a tag in it is read as HTML, which keeps its words (``WORDS``)."""
    if looks_like_html(text):
        words = text.split(" گفت.")[0] + " گفت."
        assert " ".join(words.split()) in " ".join(kept.split())
        return
    lines = (p.strip() for p in text.replace("\r", "\n").split("\n"))
    expected = "\n".join(p for p in lines if p)
    assert kept.replace("\ufffd", "?") == _no_surrogates(expected, "?")


def _no_surrogates(text: str, mark: str) -> str:
    return "".join(mark if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)


# Bytes that are no JSON but leave the array's strings and brackets whole: only their item lost
BAD_ITEMS = st.text(st.characters(exclude_characters='"[]{},\\'), max_size=12).filter(str.strip)
BAD_ITEMS |= ANY_TEXT.map(lambda s: f'{{"text": "وزیر گفت.", "x": {json.dumps(s)} 1}}')


@fuzz
@given(
    good=st.lists(st.tuples(WORDS, ANY_TEXT), min_size=1, max_size=5),
    junk=st.lists(JSON_VALUES.map(json.dumps) | DEEP | BAD_ITEMS, max_size=5),
    order=st.randoms(use_true_random=False),
)
# yajl stopped at a lone escape beside a valid pair: the items after it were not read
@example(good=[("وزیر کار گفت.", "")], junk=[json.dumps(["\ud800\ud800\udc00"])], order=Random(1))
@example(good=[("وزیر کار گفت.", "\udc00\ud800")] * 2, junk=[], order=Random(1))
def test_json_array_keeps_every_good_item(good, junk, order):
    texts = [f"{words} {extra}" for words, extra in good]
    items = [(good_line(t), t) for t in texts] + [(j, None) for j in junk]
    order.shuffle(items)
    data = ("[" + ",\n".join(i for i, _ in items) + "]").encode("utf-8", "surrogatepass")
    with file_of(data, "a.json") as path:
        read = checked_items(list(read_paths([path])), path)
    kept = {a.locator: a.text for a in articles(read)}
    for n, (_, text) in enumerate(items, 1):
        if text is not None:
            assert_kept(kept[f"item {n}"], text)
    located = [i for i in read if not isinstance(i, ReadNote)]
    assert len(located) == len(items)  # one article or one error per item


class Trickle(io.RawIOBase):
    """A stream that hands out at most ``size`` bytes a read, as a pipe or a socket may."""

    def __init__(self, data: bytes, size: int) -> None:
        self.data, self.size, self.at = data, size, 0

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        part = self.data[self.at : self.at + min(self.size, n if n >= 0 else self.size)]
        self.at += len(part)
        return part


@fuzz
@given(values=st.lists(JSON_VALUES, max_size=6), size=st.integers(1, 40))
def test_json_records_are_cut_whole_whatever_the_reads_return(values, size):
    items = [json.dumps(v).encode("utf-8", "surrogatepass") for v in values]
    whole = b"[" + b",\n".join(items) + b"]"
    for data, array in ((whole, True), (b" \n".join(items), False), (whole, False)):
        cut = list(jsonsplit.json_records(Trickle(data, size), array))  # type: ignore[arg-type]
        expected = items if data is not whole or array else [whole]
        got = [json.dumps(json.loads(c)) for c in cut]  # as text: NaN is not NaN
        assert got == [json.dumps(json.loads(e)) for e in expected]


@fuzz
@given(texts=st.lists(WORDS, min_size=1, max_size=8), cut=st.floats(0, 1), flip=st.booleans())
def test_damaged_gzip_keeps_what_comes_before_and_says_so(texts, cut, flip):
    data = gzip.compress("\n".join(good_line(t) for t in texts).encode() + b"\n")
    at = int(len(data) * cut)
    data = (
        data[:at] + bytes([data[at] ^ 0x55]) + data[at + 1 :]
        if flip and at < len(data)
        else data[:at]
    )
    with file_of(data, "a.jsonl.gz") as path:
        items = checked_items(list(read_paths([path])), path)
    kept = [a.text for a in articles(items)]
    if not flip:  # cut: exactly the lines before the cut, and the cut reported
        assert kept == texts[: len(kept)]
    if kept != texts:
        assert errors(items), "records lost without a word"


def warc_file(pages: list[str], gzipped: bool) -> tuple[bytes, list[int]]:
    """A WARC of one response per page; its bytes and the offset of each record and the end."""
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzipped)
    offsets = []
    for n, text in enumerate(pages):
        offsets.append(out.tell())
        page = f"<html><body><article><p>{text}</p><p>{text}</p></article></body></html>"
        fixed = {"WARC-Record-ID": f"<urn:uuid:{n:032x}>", "WARC-Date": "2025-11-26T08:00:00Z"}
        write_html_response(writer, f"https://w.ir/{n}", page, fixed)  # the same bytes every run
    offsets.append(out.tell())
    return out.getvalue(), offsets


def damaged(data: bytes, damage: str, at: int, garbage: bytes) -> bytes:
    """``data`` cut at ``at``, or with ``garbage`` put in there, or that byte flipped."""
    if damage == "cut":
        return data[:at]
    if damage == "garbage":
        return data[:at] + garbage + data[at:]
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :] if at < len(data) else data


@fuzz
@given(
    pages=st.lists(WORDS.map(lambda w: w * 4), min_size=2, max_size=5),
    gzipped=st.booleans(),
    damage=st.sampled_from(["cut", "garbage", "flip"]),
    where=st.floats(0, 1),
    garbage=st.binary(min_size=1, max_size=200),
)
# garbage just after a member's magic number: warcio read the rest as one plain record
@example(
    pages=["وزیر کار گفت." * 4] * 4,
    gzipped=True,
    damage="garbage",
    where=355.5 / 1419,
    garbage=b"\r\n\r\n\x8aB\xa7\xf6\x95D\x86\xb3\x0f\xcf\x00&B)\\\x9ab\x10Hm",
)
# cut just after "Content-Length:" of a record's headers: warcio reads no length, unsaid
@example(
    pages=[f"وزیر {'ا' * n} گفت." * 4 for n in (3, 3, 5, 7, 3)],
    gzipped=False,
    damage="cut",
    where=0.6958117707199235,
    garbage=b"\x00",
)
def test_damaged_warc_keeps_every_record_the_damage_spares(pages, gzipped, damage, where, garbage):
    data, offsets = warc_file(pages, gzipped)
    at = int(len(data) * where)
    if not gzipped and damage != "cut":
        # a plain WARC has no checksum: a changed byte inside a record cannot be told from
        # the page; garbage between records can
        damage, at = "garbage", min(offsets, key=lambda o: abs(o - at))
    data = damaged(data, damage, at, garbage)
    with file_of(data, "a.warc.gz" if gzipped else "a.warc") as path:
        items = checked_items(list(warc.read(path, ReaderOptions())), path)
    urls = {f"https://w.ir/{n}": n for n in range(len(pages))}
    kept = [urls[a.url] for a in articles(items) if a.url in urls]
    assert kept == sorted(set(kept))  # in order, none twice
    spared = [n for n in range(len(pages)) if offsets[n + 1] <= at or offsets[n] > at]
    if damage == "cut":
        spared = [n for n in spared if offsets[n + 1] <= at]
    assert set(spared) <= set(kept), (spared, kept, [str(e) for e in errors(items)])
    if any(n not in kept for n in range(len(pages)) if offsets[n] < at):  # begun, then lost
        assert errors(items), "records lost without a word"
    for error in errors(items):
        assert "byte " in error.source


def inflated_before_damage(stream: bytes) -> bytes:
    """What a gzip stream inflates to, a byte at a time, before a byte that does not inflate."""
    inflater, out = zlib.decompressobj(16 + zlib.MAX_WBITS), []
    for n in range(len(stream)):
        try:
            out.append(inflater.decompress(stream[n : n + 1]))
        except zlib.error:
            break
    return b"".join(out)


@fuzz
@given(
    pages=st.lists(WORDS.map(lambda w: w * 4), min_size=2, max_size=5),
    damage=st.sampled_from(["cut", "garbage", "flip"]),
    where=st.floats(0, 1),
    garbage=st.binary(min_size=1, max_size=50),
)
# a flipped bit turned a length or distance: the stream inflated to a copy of record 1 again
@example(
    pages=[f"وزیر {w} گفت." * 4 for w in ("اا اا ا", "ااا", "ااا", "اا اا ا", "اا اا ا")],
    damage="flip",
    where=0.875,
    garbage=b"\x00",
)
def test_a_warc_gzipped_as_one_stream_keeps_every_record_before_its_damage(
    pages, damage, where, garbage
):
    plain, offsets = warc_file(pages, gzipped=False)
    stream = gzip.compress(plain, mtime=0)
    stream = damaged(stream, damage, int(len(stream) * where), garbage)
    out = inflated_before_damage(stream)
    pairs = zip(out, plain, strict=False)
    intact = next((n for n, (a, b) in enumerate(pairs) if a != b), min(len(out), len(plain)))
    with file_of(stream, "a.warc.gz") as path:
        items = checked_items(list(warc.read(path, ReaderOptions())), path)
    urls = {f"https://w.ir/{n}": n for n in range(len(pages))}
    kept = [urls[a.url] for a in articles(items) if a.url in urls]
    spared = [n for n in range(len(pages)) if offsets[n + 1] < intact]  # and a byte after it
    assert kept[: len(spared)] == spared, (spared, kept, [str(e) for e in errors(items)])
    # past the damage a deflate stream may inflate to anything, earlier records again
    # included, until its checksum fails at its end: then it is reported
    if kept != list(range(len(pages))):
        assert errors(items), "records lost without a word"


@fuzz
@given(titles=st.lists(WORDS, min_size=1, max_size=6), cut=st.floats(0, 1))
@example(titles=["وزیر ا  ا گفت."], cut=1.0)  # a feed's title is read with its spaces folded
def test_a_cut_feed_keeps_the_entries_before_the_cut(titles, cut):
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>خبر</title>'
    entries = [f"<item><title>{t}</title><description>{t} {t}</description></item>" for t in titles]
    data = (head + "".join(entries) + "</channel></rss>").encode()
    at = int(len(data) * cut)
    ends = [len((head + "".join(entries[: n + 1])).encode()) for n in range(len(entries))]
    with file_of(data[:at], "a.rss") as path:
        items = checked_items(list(read_paths([path])), path)
    kept = [a.title for a in articles(items)]
    whole = [" ".join(t.split()) for t, end in zip(titles, ends, strict=True) if end <= at]
    assert kept[: len(whole)] == whole
