"""Running the pipeline on a Dask cluster: ``process`` writes shards, ``load`` stores them.

``partition`` cuts the inputs into bounded partitions, ``task`` is what a worker runs on one
(read, repair, extract, write a shard), ``shards`` is the shard and manifest format, ``run``
drives the cluster and ``load`` fills the store. Dask is needed by ``run`` only
(``pip install 'khabar[dask]'``).
"""

from __future__ import annotations

from .load import LoadSummary, load
from .partition import Partition, Piece, plan
from .run import ClusterError, ProcessSummary, dask_client, prepare_out, process, process_partitions

__all__ = [
    "ClusterError",
    "LoadSummary",
    "Partition",
    "Piece",
    "ProcessSummary",
    "dask_client",
    "load",
    "plan",
    "prepare_out",
    "process",
    "process_partitions",
]
