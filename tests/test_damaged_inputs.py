"""Damaged archives: every good record is kept, the damage is reported with file and byte."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import write_html_response
from typer.testing import CliRunner

from khabar.cli import app
from khabar.distributed import plan
from khabar.distributed.task import read_piece
from khabar.errors import ReadError
from khabar.ingest import warc
from khabar.ingest.base import RawArticle, ReaderOptions

runner = CliRunner()


def write_warc(path: Path, gzip: bool = True, pages: int = 5) -> list[int]:
    """``pages`` Persian pages as WARC responses; the byte offset of each record and the end."""
    from warcio.warcwriter import WARCWriter

    offsets = []
    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=gzip)
        for n in range(pages):
            body = "".join(
                f"<p>وزیر شماره {n} گفت که طرح {j} تا پایان سال انجام می‌شود.</p>" for j in range(8)
            )
            page = f"<html><body><article>{body}</article></body></html>"
            offsets.append(f.tell())
            write_html_response(writer, f"https://w.ir/{n}", page)
        offsets.append(f.tell())
    return offsets


def pages_and_errors(path: Path) -> tuple[list[str], list[ReadError]]:
    items = list(warc.read(path, ReaderOptions()))
    pages = [i.url for i in items if isinstance(i, RawArticle)]
    return pages, [i for i in items if isinstance(i, ReadError)]


def damaged(tmp_path: Path, kind: str) -> tuple[Path, list[int]]:
    gzip = kind != "garbage-plain" and kind != "cut-plain"
    path = tmp_path / ("a.warc.gz" if gzip else "a.warc")
    offsets = write_warc(path, gzip)
    data = path.read_bytes()
    if kind.startswith("cut"):  # the download stopped inside record 4
        data = data[: (offsets[3] + offsets[4]) // 2]
    elif kind.startswith("garbage"):  # bytes that are no record after record 2
        data = data[: offsets[2]] + b"GARBAGE\r\n" * 40 + data[offsets[2] :]
    elif kind == "corrupt":  # record 3's gzip member damaged on disk
        middle = (offsets[2] + offsets[3]) // 2
        data = data[:middle] + b"\0" * 20 + data[middle + 20 :]
    path.write_bytes(data)
    return path, offsets


URLS = [f"https://w.ir/{n}" for n in range(5)]


@pytest.mark.parametrize(
    ("kind", "kept", "message"),
    [
        ("cut", URLS[:3], "record cut short: the file ends inside it; no record after it"),
        ("cut-plain", URLS[:3], "record cut short: "),
        ("garbage", URLS, "not a WARC record; read on at byte "),
        ("garbage-plain", URLS, "broken WARC record: Invalid WARC record"),
        ("corrupt", URLS[:2] + URLS[3:], "gzip member does not inflate past byte "),
    ],
)
def test_damage_is_reported_at_its_byte_and_the_good_records_kept(tmp_path, kind, kept, message):
    path, offsets = damaged(tmp_path, kind)
    pages, errors = pages_and_errors(path)
    assert pages == kept
    (error,) = errors
    assert message in error.reason
    damage_at = offsets[3] if kind.startswith("cut") else offsets[2]
    assert error.source.startswith(f"{path}:") and error.source.endswith(f"byte {damage_at}")


def test_ingest_counts_the_damage_as_failed(tmp_path):
    path, _ = damaged(tmp_path, "garbage")
    result = runner.invoke(app, ["ingest", str(path), "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 1
    assert "read 5, new 5" in result.stderr and "failed 1" in result.stderr
    assert f"{path}:byte " in result.stderr


@pytest.mark.parametrize("kind", ["garbage", "cut", "corrupt", "garbage-plain"])
def test_ranges_of_a_damaged_archive_read_like_the_whole(tmp_path, kind):
    path, _ = damaged(tmp_path, kind)
    (whole,) = plan([str(path)])
    parts = plan([str(path)], target_bytes=400)
    assert len(parts) > 2 and all(p.pieces[0].kind == "warc" for p in parts)

    def items(partitions):
        got = []
        for part in partitions:
            for piece in part.pieces:
                for item in read_piece(piece, ReaderOptions(), "."):
                    got.append(item.url if isinstance(item, RawArticle) else str(item))
        return got

    assert items(parts) == items([whole])


@pytest.mark.parametrize(
    ("damaged_record", "into", "garbage"),
    [
        # after the magic number: no gzip member any more, and warcio read what followed as
        # one plain record, or as a plain record's header, to the end of the file
        (0, 1, b"WARC/1.0\r\n`\x1d\x98\xb2\xc0\xdb"),
        (1, 1, b"\r\n\r\n\x8aB"),
        (2, 177, b"WARC/1.0\r\nKYC"),  # in its deflate data: it no longer inflates
    ],
)
def test_garbage_inside_a_gzip_member_loses_that_record_alone(
    tmp_path, damaged_record, into, garbage
):
    path = tmp_path / "a.warc.gz"
    offsets = write_warc(path, pages=4)
    data = path.read_bytes()
    at = offsets[damaged_record] + into
    path.write_bytes(data[:at] + garbage + data[at:])
    pages, errors = pages_and_errors(path)
    assert pages == [url for n, url in enumerate(URLS[:4]) if n != damaged_record]
    (error,) = errors
    assert error.source == f"{path}:byte {offsets[damaged_record]}"
    assert f"read on at byte {offsets[damaged_record + 1] + len(garbage)}" in error.reason


def test_an_archive_gzipped_as_one_stream_is_read(tmp_path):
    import gzip as gz
    import zlib

    plain = tmp_path / "a.warc"
    offsets = write_warc(plain, gzip=False)
    stream = gz.compress(plain.read_bytes(), mtime=0)
    path = tmp_path / "one.warc.gz"
    path.write_bytes(stream)
    assert pages_and_errors(path) == (URLS, [])

    # damage in the stream: the records that inflate before it are kept, the rest reported
    inflater, good = zlib.decompressobj(16 + zlib.MAX_WBITS), b""
    at = len(stream) * 2 // 3
    path.write_bytes(stream[:at] + b"\0" * 8 + stream[at + 8 :])
    for byte in range(at):
        good += inflater.decompress(stream[byte : byte + 1])
    before = [url for n, url in enumerate(URLS) if offsets[n + 1] <= len(good)]
    pages, errors = pages_and_errors(path)
    assert pages == before and len(before) >= 2
    (error,) = errors
    assert error.source == f"{path}:byte 0"
    assert "gzip member does not inflate past byte " in error.reason
    # a record inflated from the damaged bytes before the checksum failed may be counted as
    # read, but none of it is stored
    read_before = re.search(
        r"\((\d+) records? of it read before\); no record after it$", error.reason
    )
    assert read_before and int(read_before.group(1)) >= len(pages)
