"""Text repair and segmentation. ``khabar.text.repair(str) -> Document`` is the entry point."""

from __future__ import annotations

from typing import Any

__all__ = ["repair", "repair_line", "repair_text"]


def __getattr__(name: str) -> Any:
    # Lazy, so that khabar.model can import khabar.text.offsets without a cycle.
    if name in __all__:
        from khabar.text import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
