"""Damaged archives: every good record is kept, the damage is reported with file and byte."""

from __future__ import annotations

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
        ("garbage", URLS, "broken WARC record: Invalid WARC record"),
        ("garbage-plain", URLS, "broken WARC record: Invalid WARC record"),
        ("corrupt", URLS[:2] + URLS[3:], "broken WARC record"),
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
