"""`khabar process` + `khabar load` on a local Dask cluster store what `khabar ingest` stores."""

from __future__ import annotations

import gzip
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from conftest import write_html_response

from khabar.cli import app  # noqa: E402
from khabar.distributed import load, plan, process  # noqa: E402
from khabar.distributed.load import InOrderLoader  # noqa: E402
from khabar.distributed.task import read_piece, run_partition  # noqa: E402
from khabar.driver import ingest  # noqa: E402
from khabar.errors import KhabarError, ReadError  # noqa: E402
from khabar.ingest.base import RawArticle, ReaderOptions  # noqa: E402
from khabar.ingest.readers import read_paths  # noqa: E402
from khabar.store import open_store  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
SMALL = 20_000  # bytes per partition: the test inputs become many partitions
runner = CliRunner()


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


@pytest.fixture
def inputs(tmp_path, seeds) -> list[str]:
    """Seeds and ingest fixtures as they are, a JSONL and a WARC big enough to be cut into
    ranges, a gzipped JSONL and a binary file."""
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        json.dumps({"text": f"{text}\nنسخه {n} از گزارش {key}.", "url": f"https://x.ir/{key}/{n}"})
        for n in range(6)
        for key, text in sorted(seeds.items())
    ]
    lines.insert(7, "{not json")
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "b.jsonl.gz").write_bytes(gzip.compress("\n".join(lines[::2]).encode(), 1))
    _warc(folder / "c.warc.gz", seeds)
    (folder / "d.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    return [str(FIXTURES / "seeds"), str(FIXTURES / "ingest"), str(folder)]


def _warc(path: Path, seeds: dict[str, str]) -> None:
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for n, (key, text) in enumerate(sorted(seeds.items()) * 2):
            paragraphs = "".join(f"<p>{p}</p>" for p in text.splitlines() if p.strip())
            page = f"<html><body><article>{paragraphs}<p>صفحه {n}.</p></article></body></html>"
            writer.write_record(writer.create_warc_record(f"https://w.ir/{key}/{n}", "request"))
            write_html_response(writer, f"https://w.ir/{key}/{n}", page)


def dump(db: Path) -> dict[str, list[tuple]]:
    """Every table but the search index, without the time of ingest."""
    with sqlite3.connect(db) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith(("documents_fts", "sqlite"))
        ]
        out = {}
        for t in tables:
            cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})") if r[1] != "ingested_at"]
            out[t] = conn.execute(f"SELECT {', '.join(cols)} FROM {t} ORDER BY 1").fetchall()
    return out


def test_big_files_are_cut_into_ranges_that_read_like_the_whole(inputs, tmp_path):
    parts = plan(inputs, target_bytes=SMALL)
    pieces = [p for part in parts for p in part.pieces]
    kinds = {Path(p.path).name: p.kind for p in pieces}
    assert kinds["a.jsonl"] == "jsonl" and kinds["c.warc.gz"] == "warc"
    assert kinds["b.jsonl.gz"] == "jsonl"  # cut, read by skipping lines
    for name in ("a.jsonl", "b.jsonl.gz", "c.warc.gz"):
        ranges = [p for p in pieces if Path(p.path).name == name]
        assert len(ranges) >= 2
        whole = list(read_paths([ranges[0].path]))
        cut = [item for piece in ranges for item in read_piece(piece, ReaderOptions(), "/")]
        assert _keys(cut) == _keys(whole)


def _keys(items: list) -> list[tuple]:
    return [
        (i.source, i.locator, i.text) if isinstance(i, RawArticle) else (i.source, i.reason)
        for i in items
    ]


def test_process_and_load_store_what_ingest_stores(client, inputs, tmp_path, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    inputs = ["seeds", *inputs[1:]]  # a relative path is stored as given, like ingest does
    out = tmp_path / "shards"
    summary = process(inputs, out, client, target_bytes=SMALL)
    assert summary.partitions > 4 and summary.done == summary.partitions
    assert not summary.crashed
    assert any("d.txt" in where and "binary" in why for where, why in summary.failures)
    assert any(where.endswith("a.jsonl:line 8") for where, _ in summary.failures)
    loaded = load(out, tmp_path / "dask.db", batch_size=7)
    reference = ingest(inputs, tmp_path / "ingest.db")
    assert (loaded.read, loaded.new, loaded.failed) == (
        reference.read,
        reference.new,
        reference.failed,
    )
    assert sorted(loaded.failures) == sorted(reference.failures)
    # the fixtures' SOURCES.md and the data set's readme and licence excerpts: no articles
    assert sorted(summary.left_out) == sorted(reference.skipped)
    assert any(where.endswith("SOURCES.md") for where, _ in reference.skipped)
    assert summary.undated == reference.undated > 0
    assert dump(tmp_path / "dask.db") == dump(tmp_path / "ingest.db")
    with sqlite3.connect(tmp_path / "dask.db") as conn:
        paths = {r[0] for r in conn.execute("SELECT path FROM documents")}
    assert any(p.startswith("seeds/") for p in paths)

    # loading each shard as its partition settles, while the others run: the same database
    with open_store(tmp_path / "overlap.db") as store:
        out = tmp_path / "overlap"
        loader = InOrderLoader(out, store, plan(inputs, ReaderOptions(), SMALL))
        process(inputs, out, client, target_bytes=SMALL, settled=loader.settle)
    assert loader.summary.read == reference.read and not loader.summary.missing
    assert dump(tmp_path / "overlap.db") == dump(tmp_path / "ingest.db")


def test_rerun_skips_done_shards_and_redoes_missing_ones(client, inputs, tmp_path):
    out = tmp_path / "shards"
    first = process(inputs, out, client, fmt="jsonl", target_bytes=SMALL)
    again = process(inputs, out, client, fmt="jsonl", target_bytes=SMALL)
    assert (again.skipped, again.done) == (first.partitions, 0)
    (out / "part-000001.json").unlink()
    third = process(inputs, out, client, fmt="jsonl", target_bytes=SMALL)
    assert (third.skipped, third.done) == (first.partitions - 1, 1)
    loaded = load(out, tmp_path / "k.db")
    assert loaded.read == first.read and loaded.new > 40  # the .gz repeats lines of a.jsonl


def flaky_task(partition: dict, out: str, **kwargs) -> dict:
    """Fails the first time it runs partition 1 (a marker file remembers it across workers)."""
    marker = Path(out) / ".failed-once"
    if partition["index"] == 1 and not marker.exists():
        marker.write_text("x")
        raise RuntimeError("worker lost its disk")
    return run_partition(partition, out, **kwargs)


def test_failed_partition_is_retried_then_reported(client, inputs, tmp_path):
    out = tmp_path / "retried"
    summary = process(inputs, out, client, target_bytes=SMALL, retries=1, task=flaky_task)
    assert (out / ".failed-once").exists()
    assert not summary.crashed and summary.done == summary.partitions

    out = tmp_path / "crashed"
    summary = process(inputs, out, client, target_bytes=SMALL, retries=0, task=flaky_task)
    assert summary.crashed == [("part-000001", "RuntimeError: worker lost its disk")]
    with pytest.raises(KhabarError, match="1 of .* partitions have no shard"):
        load(out, tmp_path / "k.db")
    assert load(out, tmp_path / "k.db", partial=True).missing == ["part-000001"]
    rerun = process(inputs, out, client, target_bytes=SMALL, retries=0, task=flaky_task)
    assert rerun.done == 1 and not rerun.crashed

    # loading as partitions settle: a crashed one is missing, the others are all loaded
    out = tmp_path / "crashed-loaded"
    with open_store(tmp_path / "overlap.db") as store:
        loader = InOrderLoader(out, store, plan(inputs, ReaderOptions(), SMALL))
        process(
            inputs,
            out,
            client,
            target_bytes=SMALL,
            retries=0,
            task=flaky_task,
            settled=loader.settle,
        )
    assert loader.summary.missing == ["part-000001"]
    assert loader.summary.shards == summary.partitions - 1


def test_cli_process_and_load(client, inputs, tmp_path):
    out, db = tmp_path / "shards", tmp_path / "k.db"
    address = client.scheduler.address
    args = ["process", *inputs, "--out", str(out), "--scheduler", address, "--partition-mb", "0.02"]
    done = runner.invoke(app, args)
    assert done.exit_code == 1, done.output  # the binary file and the bad line
    assert "crashed 0" in done.stderr and "d.txt: binary file" in done.stderr
    assert "left out 3 that are not articles (--keep-all keeps them)" in done.stderr
    loaded = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert loaded.exit_code == 1 and "failed 2" in loaded.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()[0] > 40

    both = runner.invoke(
        app,
        [
            *args[:-4],
            "--out",
            str(tmp_path / "again"),
            *args[-4:],
            "--db",
            str(tmp_path / "both.db"),
        ],
    )
    assert both.exit_code == 1 and "crashed 0" in both.stderr and "failed 2" in both.stderr
    assert dump(tmp_path / "both.db") == dump(db)


def test_process_and_load_show_a_bar_with_rate_and_time_left(client, inputs, tmp_path, terminal):
    out, address = tmp_path / "shards", client.scheduler.address
    args = ["process", *inputs, "--out", str(out), "--scheduler", address, "--partition-mb", "0.02"]
    runner.invoke(app, args)
    shown = terminal.getvalue()
    assert re.search(r"100% .*(\d+)/\1 .*partitions/s .*\d:\d\d:\d\d", shown), shown
    terminal.truncate(0)
    runner.invoke(app, ["load", str(out), "--db", str(tmp_path / "k.db")])
    shown = terminal.getvalue()
    assert re.search(r"100% .*(\d+)/\1 .*articles/s .*\d:\d\d:\d\d", shown), shown


def test_rerun_and_odd_inputs_keep_their_failures_and_names(client, tmp_path):
    """A file name that is not UTF-8, a lone surrogate and an empty file: every good article
    is stored, the name escaped; a rerun that skips every shard still reports the failure."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    lines = [
        json.dumps({"text": "وزیر کشور گفت که کار انجام می‌شود. " * 9}),
        json.dumps({"text": "رئیس مجلس \ud800 گفت که برنامه ادامه دارد. " * 9}),
    ]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "c.txt").write_bytes(b"")
    with open(os.path.join(os.fsencode(folder), b"b\xff.txt"), "wb") as f:
        f.write("وزیر نیرو گفت که آب کافی است.\n".encode())
    address = client.scheduler.address
    args = ["process", str(folder), "--out", str(out), "--scheduler", address]
    first = runner.invoke(app, args)
    assert first.exit_code == 1 and "read 3, failed 1" in first.stderr, first.output
    assert "a.jsonl:line 2: lone surrogate replaced" in first.stderr
    for run in (args, [*args, "--db", str(tmp_path / "k.db")]):  # every shard is skipped
        again = runner.invoke(app, run)
        assert again.exit_code == 1, again.output
        assert "skipped 1 already done" in again.stderr and "failed 1" in again.stderr
        assert "c.txt: empty file" in again.stderr
    with sqlite3.connect(tmp_path / "k.db") as conn:
        paths = sorted(r[0] for r in conn.execute("SELECT path FROM documents"))
    assert paths == [str(folder / "a.jsonl")] * 2 + [str(folder / "b\\xff.txt")]


def test_cli_errors_are_one_line_and_exit_2(tmp_path, monkeypatch):
    import khabar.distributed.run as run

    monkeypatch.setattr(run, "CONNECT_TIMEOUT", "0.5s")
    seeds = str(FIXTURES / "seeds")
    cases = [
        (["process", str(tmp_path / "nope"), "--out", str(tmp_path)], "no such file"),
        (["process", seeds, "--out", "/proc/khabar/out"], "cannot write shards"),
        (["process", seeds, "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"], "reach"),
        (["load", str(tmp_path), "--db", str(tmp_path / "k.db")], "not the output"),
    ]
    for args, message in cases:
        result = runner.invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert message in result.stderr and "Traceback" not in result.output


def test_workers_name_relative_inputs_as_given(tmp_path, monkeypatch):
    (tmp_path / "x.txt").write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    (piece,) = plan(["x.txt"])[0].pieces
    monkeypatch.chdir("/")  # a worker runs elsewhere; it gets the client's folder
    (item,) = read_piece(piece, ReaderOptions(), str(tmp_path))
    assert isinstance(item, ReadError) and (item.source, item.reason) == ("x.txt", "empty file")


def test_shards_of_other_inputs_do_not_count(client, seeds, tmp_path):
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    text = "\n".join(seeds.values())
    for name in ("a.txt", "b.txt"):  # one partition each
        (folder / name).write_text(text * (SMALL // len(text.encode()) + 1), encoding="utf-8")
    assert process([str(folder)], out, client, target_bytes=SMALL).done == 2
    (folder / "b.txt").write_text(text, encoding="utf-8")
    changed = process([str(folder)], out, client, target_bytes=SMALL, retries=0, task=flaky_task)
    assert changed.skipped == 1 and changed.crashed  # b.txt changed: its old shard is stale
    assert load(out, tmp_path / "k.db", partial=True).missing == ["part-000001"]


@pytest.mark.parametrize("fmt", ["parquet", "jsonl"])
def test_shards_give_back_the_records_written(tmp_path, fmt):
    from khabar.distributed.shards import read_shard, write_shard

    records = [
        {"text": "می‌شود «نقل» 🙂", "surtitle": None, "quotes": [{"text": "آری", "start": 0}]},
        {"text": "دوم", "quotes": [], "locator": "warc:3", "offset_steps": [["x", [1], [2]]]},
        {"text": "", "surtitle": None, "quotes": None, "search_index": ["a", "b\nc", "\u200c"]},
    ]
    path = tmp_path / f"part-000000.{fmt}"
    write_shard(path, records, fmt)
    back = [r for batch in read_shard(path, batch_size=2) for r in batch]
    columns = ["text", "surtitle", "quotes", "locator", "offset_steps", "search_index"]
    # a Parquet file has one set of columns: a field a record lacks comes back as None
    expected = [{c: r.get(c) for c in columns} for r in records] if fmt == "parquet" else records
    assert back == expected
    if fmt == "parquet":  # plain text columns, facts as JSON text: readable by any tool
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        assert {str(t) for t in table.schema.types} == {"string"}
        assert json.loads(table.column("quotes")[0].as_py()) == records[0]["quotes"]
