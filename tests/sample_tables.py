"""What the tests over tables of judged or drawn samples share (``test_*_judged.py``,
``test_*_recall.py``): each row a sample, each test run once a row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import pytest


class Named(Protocol):
    @property
    def name(self) -> str: ...  # the fixture's stem, the test's id


def each_of(samples: Sequence[Named]) -> pytest.MarkDecorator:
    """Runs a test once for each of ``samples``, named by its file."""
    return pytest.mark.parametrize("sample", samples, ids=lambda s: s.name)
