"""CSV: one file per table, UTF-8 with a byte order mark so that spreadsheet programs read
the Persian as Persian. Lists (titles, posts, aliases) are joined with `` | ``; a missing
value is an empty cell. The documents file leaves out the full text. Text that a spreadsheet
would take for a formula (``=``, ``+``, ``-``, ``@`` ...) starts with ``'``."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from contextlib import ExitStack
from pathlib import Path

from khabar.safetext import csv_cell
from khabar.store.fact_rows import TABLES, Row

from .files import output_dir, replacing

COLUMNS = {
    t: tuple(c for c in cols if (t, c) != ("documents", "text")) for t, cols in TABLES.items()
}


def write(rows: Iterable[tuple[str, Row]], directory: Path) -> dict[str, int]:
    """Write ``TABLE.csv`` for every table into ``directory``; returns rows per table."""
    output_dir(directory)
    counts = dict.fromkeys(TABLES, 0)
    with ExitStack() as stack:
        writers = {}
        for table, columns in COLUMNS.items():
            tmp = stack.enter_context(replacing(directory / f"{table}.csv"))
            fh = stack.enter_context(tmp.open("w", encoding="utf-8-sig", newline=""))
            writers[table] = csv.writer(fh)
            writers[table].writerow(columns)
        for table, row in rows:
            writers[table].writerow([csv_cell(row[c]) for c in COLUMNS[table]])
            counts[table] += 1
    return counts
