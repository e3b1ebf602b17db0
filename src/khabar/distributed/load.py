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
from typing import Any

from khabar.errors import KhabarError
from khabar.store import Store, open_store

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
    notes: list[tuple[str, str]] = field(default_factory=list)  # articles kept, but changed
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
    partitions = planned(out)
    manifests = {p.name: shard_manifest(out, p) for p in partitions}
    missing = [name for name, manifest in manifests.items() if manifest is None]
    if missing and not partial:
        raise KhabarError(
            f"{out}: {len(missing)} of {len(partitions)} partitions have no shard "
            f"(first: {missing[0]}); rerun «khabar process» or load with --partial"
        )
    with open_store(db) as store:
        loader = InOrderLoader(out, store, partitions, batch_size, progress, manifests)
        for part in partitions:
            loader.settle(part.name)
    return loader.summary


def articles_in(out: Path) -> int:
    """The articles the complete shards of ``out`` hold (from their manifests)."""
    manifests = (shard_manifest(out, p) for p in planned(out))
    return sum(m["read"] for m in manifests if m is not None)


def planned(out: Path) -> list[Partition]:
    try:
        return [Partition.from_json(p) for p in read_json(out / PLAN)["partitions"]]
    except (OSError, ValueError, KeyError) as e:
        raise KhabarError(f"{out}: not the output of «khabar process» ({e})") from None


def shard_manifest(out: Path, part: Partition) -> dict[str, Any] | None:
    """The manifest of the partition's shard, if the shard is complete."""
    try:
        manifest = read_json(manifest_path(out, part.name))
    except (OSError, ValueError):  # none yet, or cut short
        return None
    if (  # a manifest left by a run over other inputs does not count
        not isinstance(manifest, dict)
        or manifest.get("partition") != part.to_json()
        or not (out / str(manifest.get("shard"))).exists()
    ):
        return None
    return manifest


class InOrderLoader:
    """Loads shards into an open store in partition order, as their partitions settle
    (done, or given up): ``khabar process --db`` loads while the workers go on."""

    def __init__(
        self,
        out: Path,
        store: Store,
        partitions: list[Partition],
        batch_size: int = 500,
        progress: Callable[[LoadSummary], None] | None = None,
        manifests: dict[str, dict[str, Any] | None] | None = None,
    ) -> None:
        """``manifests``: ``shard_manifest`` of the partitions, when already read (by name);
        otherwise each is read as its partition settles (the workers may still write it)."""
        self.out, self.store, self.batch_size, self.progress = out, store, batch_size, progress
        self.manifests = manifests
        self.pending = list(reversed(partitions))  # the next to load is last
        self.settled: set[str] = set()
        self.summary = LoadSummary()

    def settle(self, name: str) -> None:
        """Partition ``name`` will change no more: load it and every settled one after it
        that is next in order."""
        self.settled.add(name)
        while self.pending and self.pending[-1].name in self.settled:
            part = self.pending.pop()
            if self.manifests is None:
                manifest = shard_manifest(self.out, part)
            else:
                manifest = self.manifests[part.name]
            if manifest is None:
                self.summary.missing.append(part.name)
            else:
                self._load(manifest)

    def _load(self, manifest: dict[str, Any]) -> None:
        summary = self.summary
        summary.shards += 1
        summary.failed += manifest["failed"]
        summary.failures.extend(map(tuple, manifest["failures"]))
        summary.notes.extend(map(tuple, manifest.get("notes", [])))
        for batch in read_shard(self.out / manifest["shard"], self.batch_size):
            for result in self.store.add_many(batch):
                summary.read += 1
                if result.status == "new":
                    summary.new += 1
                elif result.status == "new version":
                    summary.versions += 1
                else:
                    summary.unchanged += 1
            if self.progress:
                self.progress(summary)
