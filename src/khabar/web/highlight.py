"""Article text as HTML with its facts marked: every span of a document becomes an element
around exactly its characters, nested where spans nest and split where they cross.

All text is escaped here; the result is the only markup of an article a page ever shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # css class: person, post, organization, place, quantity, date, quote (and
    # «low-confidence» after it)
    href: str | None = None
    title: str | None = None
    anchor: str | None = None  # element id, for links to the fact


def _open(mark: Mark, link: bool, first: bool) -> str:
    attrs = f' class="{escape(mark.kind)}"'
    if mark.title:
        attrs += f' title="{escape(mark.title)}"'
    if mark.anchor and first:
        attrs += f' id="{escape(mark.anchor)}"'
    if link:
        return f'<a href="{escape(mark.href)}"{attrs}>'
    return f"<{_element(mark)}{attrs}>"


def _element(mark: Mark) -> str:
    return "q" if mark.kind.split()[0] == "quote" else "mark"


def _close(mark: Mark, link: bool) -> str:
    return "</a>" if link else f"</{_element(mark)}>"


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` escaped, each mark wrapped around its span.

    A mark that crosses another is closed and reopened around it; a linked mark inside
    another link is shown unlinked (HTML forbids nested links)."""
    spans = sorted(
        {m for m in marks if 0 <= m.start < m.end <= len(text)},
        key=lambda m: (m.start, -m.end, m.kind),
    )
    points = sorted({0, len(text)} | {m.start for m in spans} | {m.end for m in spans})
    by_start: dict[int, list[Mark]] = {}
    for m in spans:
        by_start.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[tuple[Mark, bool]] = []  # open marks, outermost first, and whether a link
    opened: set[Mark] = set()
    pos = 0

    def push(mark: Mark) -> None:
        link = mark.href is not None and not any(is_link for _, is_link in stack)
        out.append(_open(mark, link, mark not in opened))
        opened.add(mark)
        stack.append((mark, link))

    for p in points:
        out.append(str(escape(text[pos:p])))
        pos = p
        ending = [i for i, (m, _) in enumerate(stack) if m.end == p]
        if ending:
            cut = ending[0]
            reopen = [m for m, _ in stack[cut:] if m.end != p]
            for m, link in reversed(stack[cut:]):
                out.append(_close(m, link))
            del stack[cut:]
            for m in reopen:
                push(m)
        for m in by_start.get(p, []):
            push(m)
    return Markup("".join(out))
