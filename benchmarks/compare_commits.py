"""Two versions of khabar in one run: is the second slower, and does it print the same?

Usage: python benchmarks/compare_commits.py BEFORE AFTER NEWS_PATH
           [--articles 200] [--ingest 300] [--rounds 5] [--same-only] [--with-model] [--repo .]

BEFORE, AFTER: a commit of ``--repo`` (its ``src/`` is exported with ``git archive``, no
worktree is made) or a folder holding ``src/khabar``. NEWS_PATH: ir_news_dataset ``.txt``
or farsnews ``.json`` files, or a folder of them; every version reads the articles' texts
as plain text files (readers of other layouts are newer than some versions).

Speed: each version runs in a process of its own (this interpreter, that version first on the
path) over the same texts: repair, and repair + extraction by the rules (``--no-model``: the
learned tagger is newer than some versions compared), then ``khabar ingest --workers 1`` of
``--ingest`` articles into a new database. The versions alternate, round after round, and
each keeps its least CPU time of a task (machines here are shared; a ratio of two figures
taken side by side is what holds). A ratio above 1.05 is a slowdown of more than 5 %.
``--with-model`` times repair + extraction with the tagger as well. The first round of each
task is printed apart: there a process meets every word for the first time (the tagger's
cost per new word type, which the least of several rounds hides).

Output: ``khabar extract --jsonl --no-model`` (``--with-model``: with the tagger) of the first
``--articles`` texts, byte for byte; where lines differ, the records are compared again after
the intended changes listed in ``RENAMED`` and ``ADDED`` are undone, and the fields still
differing are counted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

# Changes of the extract contract made on purpose. A person's keys renamed, by the schema of
# the record that has the old names (0d6fd89: one word for a post):
RENAMED = {"khabar.extract/1": {"roles": "posts", "role_mentions": "post_mentions"}}
# Keys a later version adds to the items of a list, left out where the earlier record has
# none: a commitment's deadline_date, found by extraction rather than when stored (a7be53f),
# and a fact's confidence (34ab695).
ADDED = {
    "persons": ("confidence", "post_confidences"),
    "organizations": ("confidence",),
    "places": ("confidence",),
    "quotes": ("confidence",),
    "commitments": ("deadline_date", "confidence"),
}


# -- a version's process ------------------------------------------------------------------


def worker(texts_file: str) -> None:
    """Run in a version's process: wait for a task's name, print the CPU seconds it took."""
    import inspect

    from khabar.extract import extract
    from khabar.text import repair

    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    rules = {"use_model": False} if "use_model" in inspect.signature(extract).parameters else {}
    tasks = {
        "repair": repair,
        "repair + extract": lambda t: extract(repair(t), **rules),
        "repair + extract, tagger": lambda t: extract(repair(t)),
    }
    for task in tasks.values():  # lexicons loaded before any clock starts
        task(texts[0])
    print("ready", flush=True)
    for line in sys.stdin:
        task = tasks[line.strip()]
        start = time.process_time()
        for t in texts:
            task(t)
        print(time.process_time() - start, flush=True)


class Version:
    def __init__(self, label: str, source: str, repo: Path, tmp: Path) -> None:
        self.label = label
        self.src = _source_tree(source, repo, tmp / label)
        self.env = os.environ | {"PYTHONPATH": str(self.src), "PYTHONHASHSEED": "0"}
        extract, ingest = self.help("extract"), self.help("ingest")
        self.rules_only = ["--no-model"] if "--no-model" in extract else []
        self.ingest_rules_only = ["--no-model"] if "--no-model" in ingest else []
        self.jsonl = ["--jsonl"] if "--jsonl" in extract else ["--format", "jsonl"]
        self.proc: subprocess.Popen[str] | None = None

    def help(self, command: str) -> str:
        """What ``khabar COMMAND --help`` of this version says (which options it has)."""
        env = self.env | {"COLUMNS": "300", "NO_COLOR": "1"}
        args = [sys.executable, "-m", "khabar", command, "--help"]
        return subprocess.run(args, capture_output=True, text=True, env=env, check=True).stdout

    def start(self, texts_file: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--worker", str(texts_file)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=self.env,
        )
        assert self.proc.stdin and self.proc.stdout
        if self.proc.stdout.readline().strip() != "ready":
            raise SystemExit(f"{self.label}: the timing process did not start")

    def time(self, task: str) -> float:
        assert self.proc and self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(task + "\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def stop(self) -> None:
        if self.proc and self.proc.stdin:
            self.proc.stdin.close()
            self.proc.wait()

    def khabar(self, *args: str, out: Path | None = None) -> float:
        """Run ``khabar ARGS`` of this version; its CPU seconds (it and its children)."""
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(out or os.devnull, "wb") as f:
            subprocess.run(
                [sys.executable, "-m", "khabar", *args],
                stdout=f,
                stderr=subprocess.DEVNULL,
                env=self.env,
                check=True,
            )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _source_tree(source: str, repo: Path, into: Path) -> Path:
    """The ``src`` folder of ``source``: a folder as it is, or a commit exported."""
    if (Path(source) / "src" / "khabar").is_dir():
        return Path(source).resolve() / "src"
    into.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", "--format=tar", source, "src"],
        capture_output=True,
        check=True,
    ).stdout
    tar = into / "src.tar"
    tar.write_bytes(archive)
    with tarfile.open(tar) as t:
        t.extractall(into, filter="data")
    tar.unlink()
    return into / "src"


# -- comparing the output -------------------------------------------------------------------


def _renamed(record: dict[str, Any]) -> dict[str, Any]:
    renamed = RENAMED.get(record.get("schema", ""), {})
    persons = [{renamed.get(k, k): v for k, v in p.items()} for p in record.get("persons", [])]
    return record | {"schema": None, "persons": persons}


def as_intended(old: dict[str, Any], new: dict[str, Any]) -> tuple[dict, dict]:
    """The two records with the intended changes undone: keys renamed as the new version
    names them, the keys it adds left out where the old one lacks them."""
    old, new = _renamed(old), _renamed(new)
    for part, keys in ADDED.items():
        lacking = [k for k in keys if not any(k in item for item in old.get(part, []))]
        new[part] = [{k: v for k, v in item.items() if k not in lacking} for item in new[part]]
    return old, new


def compare_output(before: Path, after: Path) -> dict[str, Any]:
    lines = [p.read_bytes().splitlines() for p in (before, after)]
    if len(lines[0]) != len(lines[1]):
        return {"articles": (len(lines[0]), len(lines[1])), "identical": False}
    same_bytes = sum(a == b for a, b in zip(*lines, strict=True))
    fields: Counter[str] = Counter()
    differ = 0
    for a, b in zip(*lines, strict=True):
        if a == b:
            continue
        old, new = as_intended(json.loads(a), json.loads(b))
        keys = [k for k in old.keys() | new.keys() if k != "schema" and old.get(k) != new.get(k)]
        fields.update(keys)
        differ += bool(keys)
    return {
        "articles": len(lines[0]),
        "byte-identical": same_bytes,
        "identical but for intended changes": len(lines[0]) - same_bytes - differ,
        "different": differ,
        "fields that differ": dict(fields.most_common()),
    }


# -- the run --------------------------------------------------------------------------------


def _sample(texts: list[str], folder: Path) -> list[Path]:
    """The texts as plain text files, which every version reads alike."""
    folder.mkdir()
    files = [folder / f"{n:04}.txt" for n in range(len(texts))]
    for f, text in zip(files, texts, strict=True):
        f.write_text(text + "\n", encoding="utf-8")
    return files


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    ap.add_argument("news", type=Path)
    ap.add_argument("--articles", type=int, default=200, help="articles whose output is compared")
    ap.add_argument("--ingest", type=int, default=300, help="articles ingested each round")
    ap.add_argument("--rounds", type=int, default=5, help="alternating rounds; the least counts")
    ap.add_argument("--same-only", action="store_true", help="compare the output, time nothing")
    ap.add_argument("--with-model", action="store_true", help="output and time with the tagger")
    ap.add_argument("--keep", type=Path, help="copy the two outputs into this folder")
    ap.add_argument("--repo", type=Path, default=Path(__file__).resolve().parents[1])
    args = ap.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).parent))
    from build_zwnj_lexicon import news_articles

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        versions = [
            Version(label, source, args.repo, tmp)
            for label, source in (("before", args.before), ("after", args.after))
        ]
        texts = ["\n".join(s for s in art if s) for art in news_articles(args.news)]
        texts = [t for t in texts if t.strip()]
        compared = [str(f) for f in _sample(texts[: args.articles], tmp / "compared")]
        for v in versions:
            out = tmp / f"{v.label}.jsonl"
            rules_only = [] if args.with_model else v.rules_only
            v.khabar("extract", *v.jsonl, *rules_only, *compared, out=out)
        same = compare_output(tmp / "before.jsonl", tmp / "after.jsonl")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for v in versions:
                shutil.copy(tmp / f"{v.label}.jsonl", args.keep)
        how = "" if args.with_model else " --no-model"
        print(f"khabar extract{how}, {args.before} -> {args.after}:")
        print(json.dumps(same, ensure_ascii=False, indent=1))
        if args.same_only:
            return
        ingested = _sample(texts[: args.ingest], tmp / "ingested")[0].parent
        texts = texts[: args.articles]
        (tmp / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        tasks = ["repair", "repair + extract", "ingest"]
        if args.with_model:
            tasks.insert(2, "repair + extract, tagger")
        best = {(v.label, t): float("inf") for v in versions for t in tasks}
        first: dict[tuple[str, str], float] = {}  # a fresh process's round: every word new
        for v in versions:
            v.start(tmp / "texts.json")
        try:
            for n in range(args.rounds):
                for v in versions if n % 2 == 0 else versions[::-1]:
                    for task in tasks[:-1]:
                        seconds = v.time(task)
                        first.setdefault((v.label, task), seconds)
                        best[v.label, task] = min(best[v.label, task], seconds)
                    db = tmp / f"{v.label}.db"
                    cpu = v.khabar(
                        "ingest",
                        str(ingested),
                        "--db",
                        str(db),
                        "--workers",
                        "1",
                        *v.ingest_rules_only,
                    )
                    best[v.label, "ingest"] = min(best[v.label, "ingest"], cpu)
                    for suffix in ("", "-wal", "-shm"):
                        Path(f"{db}{suffix}").unlink(missing_ok=True)
        finally:
            for v in versions:
                v.stop()
    chars = sum(map(len, texts))
    print(f"\n{len(texts)} articles ({chars / 1e6:.2f} M characters); ingest of {args.ingest}")
    print(
        f"{'least CPU seconds of ' + str(args.rounds):40} {'before':>8} {'after':>8} {'ratio':>7}"
    )
    for task in tasks:
        old, new = best["before", task], best["after", task]
        flag = "  slower by more than 5 %" if new > 1.05 * old else ""
        print(f"{task:40} {old:8.2f} {new:8.2f} {new / old:7.3f}{flag}")
    for task in tasks[:-1]:
        old, new = first["before", task], first["after", task]
        print(f"{task + ', first round':40} {old:8.2f} {new:8.2f} {new / old:7.3f}")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--worker"]:
        worker(sys.argv[2])
    else:
        main()
