"""Errors that name the input and the reason, for users rather than tracebacks."""

from __future__ import annotations


class KhabarError(Exception):
    """Base class of the errors khabar reports to users."""


class ReadError(KhabarError):
    """An input could not be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str]]:
        # pickled as its two fields (it goes to and from worker processes); the default
        # would call ReadError(message) and fail, which hangs a multiprocessing pool
        return (ReadError, (self.source, self.reason))
