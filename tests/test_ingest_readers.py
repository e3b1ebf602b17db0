"""Readers: every input format, folders and globs, errors that do not stop a run, streaming."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import random
import re
import shutil
from pathlib import Path

import pytest

from khabar.calendars import iso_date
from khabar.errors import ReadError
from khabar.ingest import base, json_records
from khabar.ingest.base import RawArticle, ReaderOptions, ReadNote, register_reader
from khabar.ingest.readers import read_paths

FIX = Path(__file__).parent / "fixtures" / "ingest"
Z = "\u200c"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def read(*paths: str | Path, **options: object) -> list[RawArticle | ReadError]:
    return list(read_paths([str(p) for p in paths], ReaderOptions(**options)))  # type: ignore[arg-type]


def articles(items: list[RawArticle | ReadError]) -> list[RawArticle]:
    assert not [i for i in items if isinstance(i, ReadError)], items
    return [i for i in items if isinstance(i, RawArticle)]


# --- plain text ------------------------------------------------------------------------------


def test_plain_text_is_one_article_without_title() -> None:
    (a,) = articles(read(FIX / "article_fa.txt"))
    assert a.text == (FIX / "article_fa.txt").read_text(encoding="utf-8")
    assert (a.locator, a.title, a.published, a.url) == ("", None, None, None)


def test_plain_text_windows_1256_detected_or_forced(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("خبر فوري: بارش برف در تهران".encode("cp1256"))  # cp1256 has ي, not ی
    assert articles(read(path))[0].text == "خبر فوري: بارش برف در تهران"
    assert articles(read(path, encoding="cp1256"))[0].extra["encoding"] == "cp1256"


# --- HTML ------------------------------------------------------------------------------------


def test_html_keeps_zwnj_and_drops_boilerplate() -> None:
    (a,) = articles(read(FIX / "page_fa.html"))
    assert f"می{Z}شود" in a.text and f"پاسگاه{Z}ها" in a.text
    assert a.text.count(f"می{Z}شود") == 2  # one of them written as &zwnj; in the page
    assert "میشود" not in a.text and "پاسگاهها" not in a.text
    page = (FIX / "page_fa.html").read_text(encoding="utf-8").replace("&zwnj;", Z)
    body = " ".join(re.findall(r"<p[^>]*>(.*?)</p>", page)[:4])
    for word in {w.strip("،.:") for w in body.split() if Z in w}:
        assert word in a.text, word
    for furniture in ("صفحه اصلی", "اخبار مرتبط", "کلیه حقوق", "درباره ما", "اشتراک", "نظر شما"):
        assert furniture not in a.text
    assert a.title == f"ساخت ۱۲ پاسگاه{Z}ی جدید در مرزهای شرقی"
    assert not a.text.startswith(a.title)  # the <h1> is the title, not the body
    assert a.text.startswith("فرمانده مرزبانی انتظامی کشور")
    assert a.published == "2024-03-05"
    assert a.url == "https://news.example.ir/fa/news/123456"
    assert a.source_name == "خبرگزاری نمونه"


def test_html_meta_charset_windows_1256_and_sniffed_without_extension(tmp_path: Path) -> None:
    page = (FIX / "page_fa.html").read_text(encoding="utf-8")
    page = page.replace('charset="utf-8"', 'charset="windows-1256"')
    page = page.translate(str.maketrans("ی۰۱۲۳۴۵۶۷۸۹", "ي0123456789"))  # what cp1256 can hold
    (tmp_path / "page").write_bytes(page.encode("cp1256"))
    (a,) = articles(read(tmp_path / "page"))
    assert a.extra["encoding"] == "cp1256"
    assert f"پاسگاه{Z}ها" in a.text and a.title == f"ساخت 12 پاسگاه{Z}ي جديد در مرزهاي شرقي"


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><title>خانه</title></head><body><img src=a.png><script>f()</script>"
    (tmp_path / "empty.html").write_text(page + "</body></html>", encoding="utf-8")
    (err,) = read(tmp_path / "empty.html")
    assert isinstance(err, ReadError) and "no article text" in err.reason


# --- JSON and JSON Lines ---------------------------------------------------------------------


def test_farsnews_json_abstract_leads_the_text() -> None:
    items = articles(read(FIX / "fars-news-excerpt.json"))
    assert [a.locator for a in items] == ["item 1", "item 2", "item 3"]
    a = items[2]
    raw = json.loads((FIX / "fars-news-excerpt.json").read_text(encoding="utf-8"))[2]
    assert a.title == raw["title"] and a.url == raw["link"]
    assert a.extra["abstract"] == raw["abstract"]
    assert a.text.split("\n") == [raw["abstract"], *raw["paragraphs"]]
    assert a.extra["categories"] == ["foreign-policy", "others"]
    assert a.extra["tags"] == raw["tags"] and a.published is None


def test_jsonl_default_and_custom_fields(tmp_path: Path) -> None:
    rows = [
        {"headline": "عنوان", "body": "بند یک\n\nبند دو", "publishedAt": "2024-03-05T06:50:00Z",
         "link": "https://x.ir/1", "source": {"id": "irna", "name": "ایرنا"}, "lang": "fa"},
        {"titr": "عنوان دو", "matn": f"<p>متن یک</p><p>می{Z}شود</p>", "zaman": "1402/12/15",
         "agency": "ایسنا"},
    ]  # fmt: skip
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    a, b = read(path, fields={"title": "titr", "text": "matn", "date": "zaman"})
    assert isinstance(b, RawArticle) and isinstance(a, ReadError)  # a has no «matn»
    assert "matn" in a.reason and a.source == f"{path}:line 1"
    assert (b.title, b.text, b.published) == ("عنوان دو", f"متن یک\nمی{Z}شود", "2024-03-05")
    assert b.source_name == "ایسنا" and b.locator == "line 2"
    a, _ = read(path)
    assert isinstance(a, RawArticle)
    assert (a.title, a.text, a.published) == (
        "عنوان",
        "بند یک\nبند دو",
        "2024-03-05T06:50:00+00:00",
    )
    assert (a.url, a.source_name, a.extra) == ("https://x.ir/1", "ایرنا", {"lang": "fa"})


def test_corrupt_jsonl_line_and_binary_file_do_not_stop_the_run(tmp_path: Path) -> None:
    good = json.dumps({"title": "الف", "text": "متن"}, ensure_ascii=False)
    (tmp_path / "1.jsonl").write_text(f"{good}\n{{broken\n[1, 2]\n\n{good}\n", encoding="utf-8")
    (tmp_path / "2.bin").write_bytes(PNG)
    shutil.copy(FIX / "article_fa.txt", tmp_path / "3.txt")
    items = read(tmp_path)
    kinds = [(type(i).__name__, i.source if isinstance(i, ReadError) else i.locator) for i in items]
    assert kinds == [
        ("RawArticle", "line 1"),
        ("ReadError", f"{tmp_path}/1.jsonl:line 2"),
        ("ReadError", f"{tmp_path}/1.jsonl:line 3"),
        ("RawArticle", "line 5"),
        ("ReadError", f"{tmp_path}/2.bin"),
        ("RawArticle", ""),
    ]
    assert "binary" in items[4].reason  # type: ignore[union-attr]


def test_broken_json_array_yields_items_before_the_break(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text('[{"title": "a", "text": "x"}, {"text": "y"}, 7, {"text": ', encoding="utf-8")
    a, b, c, d = read(path)
    assert isinstance(a, RawArticle) and isinstance(b, RawArticle) and b.title is None
    assert isinstance(c, ReadError) and c.source == f"{path}:item 3"
    assert isinstance(d, ReadError) and d.source == f"{path}:item 4" and "invalid JSON" in d.reason


def test_a_json_array_item_with_lone_surrogates_is_kept_and_so_is_the_rest(tmp_path: Path) -> None:
    # yajl, which read JSON arrays before, failed on a lone escape beside a valid pair and
    # reported the rest of the file as not read
    path = tmp_path / "a.json"
    path.write_text(
        '[{"text": "وزیر گفت."}, {"text": "رئیس \\ud800\\ud800\\udc00 گفت.", "title": "\\udfff"},'
        ' {"text": "سوم"}, {"text": "بی \\ud800 جفت"}]',
        encoding="utf-8",
    )
    items = read(path)
    kept = [(i.locator, i.text, i.title) for i in items if isinstance(i, RawArticle)]
    assert kept == [
        ("item 1", "وزیر گفت.", None),
        ("item 2", "رئیس \ufffd\U00010000 گفت.", "\ufffd"),
        ("item 3", "سوم", None),
        ("item 4", "بی \ufffd جفت", None),  # yajl made this one "?", unsaid
    ]
    notes = [(n.source, n.note) for n in items if isinstance(n, ReadNote)]
    replaced = "lone surrogate replaced with U+FFFD (first at character {} of the text)"
    assert notes == [(f"{path}:item 2", replaced.format(5)), (f"{path}:item 4", replaced.format(3))]
    assert not [i for i in items if isinstance(i, ReadError)]


def test_a_bad_json_array_item_is_reported_and_the_next_items_read(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        '[{"text": "یک"}, {"text": "دو" "سه"}, {"text": "چهار", "n": 1e999999}, {"text": "\\x"},'
        ' {"text": "پنج", "big": ' + "9" * 5000 + '}, tru, {"text": "شش"}]',
        encoding="utf-8",
    )
    items = read(path)
    kept = [(i.locator, i.text) for i in items if isinstance(i, RawArticle)]
    assert kept == [("item 1", "یک"), ("item 3", "چهار"), ("item 5", "پنج"), ("item 7", "شش")]
    errors = [(e.source, e.reason.split(":")[0]) for e in items if isinstance(e, ReadError)]
    assert errors == [(f"{path}:item {n}", "invalid JSON") for n in (2, 4, 6)]


def test_gzipped_jsonl_and_json_lines_in_a_json_file(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"text": f"متن {i}"}) + "\n" for i in range(3)).encode()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "b.json").write_bytes(lines)
    items = articles(read(tmp_path))
    assert [a.text for a in items] == ["متن 0", "متن 1", "متن 2"] * 2
    assert items[-1].locator == "record 3"


class _Spy:
    """Remembers the files that ``records`` opens, to see how far they were read."""

    def __init__(self) -> None:
        self.files: list[io.BufferedReader] = []

    def __call__(self, path: Path) -> io.BufferedReader:
        f = path.open("rb")
        self.files.append(f)
        return f


@pytest.mark.parametrize("kind", ["jsonl", "json"])
def test_big_file_is_streamed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    row = json.dumps({"title": "عنوان", "text": "متن خبر " * 40}, ensure_ascii=False)
    path = tmp_path / f"big.{kind}"
    with path.open("w", encoding="utf-8") as f:
        f.write("[" if kind == "json" else "")
        for _ in range(20_000):
            f.write(row + (",\n" if kind == "json" else "\n"))
        f.write("{broken")  # a parser that read everything first would fail on this
    spy = _Spy()
    monkeypatch.setattr(json_records, "open_binary", spy)
    stream = read_paths([str(path)], ReaderOptions())
    first = next(stream)
    assert isinstance(first, RawArticle) and first.title == "عنوان"
    size = path.stat().st_size
    assert size > 10_000_000 and spy.files[0].tell() < size / 20
    stream.close()


# --- WARC ------------------------------------------------------------------------------------


def _warc(path: Path, html_dated: bytes, html_undated: bytes) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=path.suffix == ".gz")

        def response(uri: str, status: str, ctype: str, body: bytes, date: str) -> None:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict={"WARC-Date": date},
            )  # fmt: skip
            writer.write_record(rec)

        writer.write_record(writer.create_warc_record("https://a.ir/", "request"))
        response(
            "https://a.ir/1",
            "200 OK",
            "text/html; charset=utf-8",
            html_dated,
            "2024-04-01T00:00:00Z",
        )
        response(
            "https://a.ir/2", "404 Not Found", "text/html", html_undated, "2024-04-01T00:00:00Z"
        )
        response("https://a.ir/logo.png", "200 OK", "image/png", PNG, "2024-04-01T00:00:00Z")
        response("https://a.ir/3", "200 OK", "text/html", html_undated, "2024-04-02T08:00:00Z")


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_articles(tmp_path: Path, name: str) -> None:
    dated = (FIX / "page_fa.html").read_bytes()
    undated = re.sub(rb'<meta property="(article|og):[^>]*>|<time[^>]*>', b"", dated)
    _warc(tmp_path / name, dated, undated)
    a, b = articles(read(tmp_path / name))
    assert re.fullmatch(r"warc:urn:uuid:[0-9a-f-]{36}", a.locator)
    assert (a.url, a.published) == ("https://a.ir/1", "2024-03-05")
    assert (b.url, b.published, b.extra["date_from"]) == (
        "https://a.ir/3",
        "2024-04-02T08:00:00+00:00",
        "crawl",
    )
    assert f"پاسگاه{Z}ها" in b.text and "اخبار مرتبط" not in b.text


def test_broken_warc_reports_and_keeps_what_came_before(tmp_path: Path) -> None:
    page = (FIX / "page_fa.html").read_bytes()
    _warc(tmp_path / "a.warc", page, page)
    with (tmp_path / "a.warc").open("ab") as f:
        f.write(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>cut")
        f.write(b"\r\n\r\nthis is not a record\r\n" * 3)
    items = read(tmp_path / "a.warc")
    assert isinstance(items[0], RawArticle) and isinstance(items[1], RawArticle)
    assert items[2:] and all(isinstance(i, ReadError) for i in items[2:])


# --- feeds -----------------------------------------------------------------------------------


def test_rss_entries_are_articles() -> None:
    a, b = articles(read(FIX / "feed_fa.rss"))
    assert a.title == f"ساخت ۱۲ پاسگاه{Z}ی جدید در مرزهای شرقی"
    assert a.text.startswith(f"سردار علی{Z}پور گفت") and f"می{Z}شود" in a.text
    assert a.extra["abstract"] == f"فرمانده مرزبانی از ساخت پاسگاه{Z}های جدید خبر داد."
    assert (a.published, a.locator, a.extra["categories"]) == (
        "2024-03-05T10:20:00+03:30",
        "item 1",
        ["انتظامی"],
    )
    assert (a.url, a.source_name) == (
        "https://news.example.ir/fa/news/123456",
        "خبرگزاری نمونه - سیاسی",
    )
    assert b.text.split("\n") == [
        f"سخنگوی دولت در نشست خبری هفتگی به پرسش{Z}های خبرنگاران پاسخ داد.",
        "این نشست دو ساعت طول کشید.",
    ]
    assert b.published == "2024-03-04T08:00:00+00:00"


def test_atom_feed_sniffed_from_xml(tmp_path: Path) -> None:
    (tmp_path / "news.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>ایرنا</title><entry><title>خبر</title><link href='https://irna.ir/1'/>"
        "<updated>2024-03-05T10:20:00+03:30</updated>"
        f"<content type='html'>&lt;p&gt;می{Z}گوید&lt;/p&gt;"
        "</content></entry></feed>",
        encoding="utf-8",
    )
    (a,) = articles(read(tmp_path / "news.xml"))
    assert (a.title, a.text, a.url, a.source_name) == (
        "خبر",
        f"می{Z}گوید",
        "https://irna.ir/1",
        "ایرنا",
    )


# --- IR-News-Dataset -------------------------------------------------------------------------


def test_irnews_files() -> None:
    a, b = articles(read(FIX / "irnews_*.txt"))
    assert a.title is None  # «nan» in the dataset
    assert a.source_name == "صبحانه" and a.published == "2020-01-07T18:05:00"
    assert a.extra["categories"] == ["گوناگون"] and a.extra["id"] == "208244"
    assert a.text.split("\n")[-1] == "منبع:ایسنا"
    assert b.title == f"هویی{Z}آن در قاب 4K" and b.source_name == "تابناک"
    assert b.text.split("\n") == [
        f"«هوایی{Z}آن / HOI AN» یک شهر در ویتنام است که در استان کوانگ نام واقع شده{Z}است.",
        f"این شهر را در قاب 4K تماشا می{Z}کنید.",
    ]
    assert b.extra["summary_sentences"] == [1, 2] and f"هوایی{Z}آن" in b.extra["tags"]
    assert b.extra["categories"] == [] and b.url.startswith("https://www.tabnak.ir/fa/news/961073/")


# --- paths, formats, registry, garbage -------------------------------------------------------


def test_folders_are_recursive_and_sorted_globs_expand(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "empty").mkdir()
    for rel in ("b/c/2.txt", "b/1.txt", "a.txt", ".hidden.txt"):
        (tmp_path / rel).write_text(rel, encoding="utf-8")
    assert [a.text for a in articles(read(tmp_path))] == ["a.txt", "b/1.txt", "b/c/2.txt"]
    assert [a.text for a in articles(read(tmp_path / "b" / "**" / "*.txt"))] == [
        "b/1.txt",
        "b/c/2.txt",
    ]
    assert read(tmp_path / "empty") == []
    nothing, missing = read(tmp_path / "*.json", tmp_path / "nope.txt")
    assert isinstance(nothing, ReadError) and "no file matches" in nothing.reason
    assert isinstance(missing, ReadError) and "no such file" in missing.reason


def test_format_option_overrides_sniffing() -> None:
    (a,) = articles(read(FIX / "page_fa.html", format="text"))
    assert a.text.startswith("<!DOCTYPE html>")
    with pytest.raises(ValueError, match="unknown format"):
        read(FIX / "page_fa.html", format="docx")


def test_custom_reader_registry(tmp_path: Path) -> None:
    def sniff(path: Path, head: bytes) -> bool:
        return head.startswith(b"KHABAR-TEST\n")

    def read_custom(path: Path, options: ReaderOptions):  # type: ignore[no-untyped-def]
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], 1):
            yield RawArticle(str(path), f"line {n + 1}", line, title=f"#{n}")

    (tmp_path / "x.txt").write_text("KHABAR-TEST\nیک\nدو\n", encoding="utf-8")
    register_reader("test-custom", sniff, read_custom)
    try:
        assert [(a.title, a.text) for a in articles(read(tmp_path))] == [("#1", "یک"), ("#2", "دو")]
    finally:
        base.unregister_reader("test-custom")
    assert [a.text for a in articles(read(tmp_path))] == ["KHABAR-TEST\nیک\nدو\n"]


@pytest.mark.parametrize(
    "name",
    ["g.txt", "g.html", "g.json", "g.jsonl", "g.warc", "g.warc.gz", "g.rss", "g.xml", "g.gz", "g"],
)
def test_garbage_yields_errors_never_exceptions(tmp_path: Path, name: str) -> None:
    rng = random.Random(name)
    samples = [b"", b"\x00" * 10, PNG, bytes(rng.randrange(256) for _ in range(5000)),
               gzip.compress(bytes(rng.randrange(256) for _ in range(500))), b"WARC/1.0\r\n\r\n",
               b"[{", b"<rss><channel><item>", b"<html><body></body></html>",
               b"a###b###http://x###c###d###e###f\n"]  # fmt: skip
    for i, data in enumerate(samples):
        path = tmp_path / f"{i}{name}"
        path.write_bytes(data)
        items = list(itertools.islice(read_paths([str(path)]), 50))
        assert all(isinstance(x, RawArticle | ReadError | ReadNote) for x in items)
        for x in items:
            if isinstance(x, ReadError):
                assert x.source.startswith(str(path)) and x.reason
                assert not x.reason.startswith("unexpected")  # a reader bug, not bad input


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2020-01-07 15:40:00", "2020-01-07T15:40:00"),
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T06:50:00Z", "2024-03-05T06:50:00+00:00"),
        ("Tue, 05 Mar 2024 10:20:00 +0330", "2024-03-05T10:20:00+03:30"),
        ("۱۴۰۲/۱۲/۱۵", "2024-03-05"),
        ("1398/10/17 - 12:30", "2020-01-07T12:30:00"),
        ("دیروز", None),
        ("2024-13-45", None),
        (None, None),
    ],
)
def test_iso_date(value: object, iso: str | None) -> None:
    assert iso_date(value) == iso


def test_xml_that_is_no_feed_is_reported(tmp_path: Path) -> None:
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://a.ir/</loc></url></urlset>'
    )
    (err,) = read(tmp_path / "sitemap.xml")
    assert isinstance(err, ReadError) and "not an RSS or Atom feed" in err.reason


def test_a_single_path_string_is_one_path() -> None:
    assert len(list(read_paths(str(FIX / "article_fa.txt")))) == 1
