"""``khabar load``: the shards of ``khabar process`` into the store, in input order.

Shards are read in partition order and their records in the order they were read, which is
the order ``khabar ingest`` reads the same inputs: the database gets the same documents with
the same ids, facts and entities. Each batch is one transaction (``Store.add_many``), which
also indexes the text and links the entities; a killed load resumes like ingest does (what
is stored is skipped by its content hash).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from khabar.errors import KhabarError
from khabar.store import open_store

from .partition import Partition
from .shards import PLAN, manifest_path, read_json, read_shard


@dataclass
class LoadSummary:
    shards: int = 0
    read: int = 0
    new: int = 0
    versions: int = 0
    unchanged: int = 0
    failed: int = 0  # inputs the workers could not read (from the manifests)
    failures: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # partitions without a shard


def load(
    out: str | Path,
    db: str | Path,
    batch_size: int = 500,
    partial: bool = False,
    progress: Callable[[LoadSummary], None] | None = None,
) -> LoadSummary:
    """Load every shard of ``out`` into ``db``. Missing shards raise ``KhabarError`` unless
    ``partial`` (the others are loaded then, and a later load adds the rest after them)."""
    out = Path(out)
    try:
        partitions = [Partition.from_json(p) for p in read_json(out / PLAN)["partitions"]]
    except (OSError, ValueError, KeyError) as e:
        raise KhabarError(f"{out}: not the output of «khabar process» ({e})") from None
    summary = LoadSummary()
    manifests = {}
    for part in partitions:
        path = manifest_path(out, part.name)
        manifest = read_json(path) if path.exists() else None
        if (  # a manifest left by a run over other inputs does not count
            manifest is None
            or manifest["partition"] != part.to_json()
            or not (out / manifest["shard"]).exists()
        ):
            summary.missing.append(part.name)
        else:
            manifests[part.name] = manifest
    if summary.missing and not partial:
        raise KhabarError(
            f"{out}: {len(summary.missing)} of {len(partitions)} partitions have no shard "
            f"(first: {summary.missing[0]}); rerun «khabar process» or load with --partial"
        )
    with open_store(db) as store:
        for part in partitions:
            manifest = manifests.get(part.name)
            if manifest is None:
                continue
            summary.shards += 1
            summary.failed += manifest["failed"]
            summary.failures.extend(map(tuple, manifest["failures"]))
            for batch in read_shard(out / manifest["shard"], batch_size):
                for result in store.add_many(batch):
                    summary.read += 1
                    if result.status == "new":
                        summary.new += 1
                    elif result.status == "new version":
                        summary.versions += 1
                    else:
                        summary.unchanged += 1
                if progress:
                    progress(summary)
    return summary
