"""Progress of the long commands (ingest, process, load, export) on standard error.

With a known total: a bar, the percentage, done/total, the rate and the time left. When the
total cannot be known beforehand (a feed or a WARC file among the inputs): a spinner with the
count, the rate and the time spent.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Items per second, averaged over the last half minute."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} {self.unit}/s" if speed else f"- {self.unit}/s")


def progress_bar(console: Console, total: int | None, unit: str, extra: str = "") -> Progress:
    """A transient ``Progress`` for one task of ``total`` items (``None``: unknown);
    ``extra`` is a ``TextColumn`` format of the task's fields (``{task.fields[new]}``)."""
    columns: list[ProgressColumn]
    if total is None:
        columns = [SpinnerColumn(), TextColumn(f"{{task.completed:,.0f}} {unit}")]
        columns += [RateColumn(unit), TimeElapsedColumn()]
    else:
        columns = [BarColumn(bar_width=None), TaskProgressColumn(), MofNCompleteColumn()]
        columns += [RateColumn(unit), TimeRemainingColumn()]
    if extra:
        columns.append(TextColumn(extra))
    return Progress(*columns, console=console, transient=True)
