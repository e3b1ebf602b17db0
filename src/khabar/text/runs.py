"""Runs of words, one space between each two, matched once and cut into their words after.

A match of a regular expression costs far more than a character, and most of a text's words
stand in such runs: the tokenizer (``segment``) and the ZWNJ scan (``zwnj``) match a whole
run and cut it into its words and spaces with ``str`` methods in C. The runs are cut apart
with the characters «\\0» and «\\1»; a text that holds either (``holds_marks``) is split
word by word instead.
"""

from __future__ import annotations


def holds_marks(text: str) -> bool:
    """Whether ``text`` holds a character ``cut_runs`` cuts with."""
    return "\0" in text or "\1" in text


def cut_runs(pieces: list[str]) -> list[str]:
    """``pieces``, a gap and a run in turn (the runs at the odd places), with each run cut into
    its words and the spaces between them: a gap and a word in turn."""
    pieces[1::2] = "\1".join(pieces[1::2]).replace(" ", "\0 \0").split("\1")
    return "\0".join(pieces).split("\0")
