"""The document model: one original text, its repaired text, the map between them, and facts.

Facts never copy text: they hold ``Span`` offsets into ``Document.text`` (as spaCy's Span
does into its Doc); the offset map turns any of them into offsets of the text as read.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from khabar.text.offsets import OffsetMap, Span, Token
from khabar.text.segment import TokenColumns, as_tokens, token_columns


@dataclass
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    post_mentions: list[Span] = field(default_factory=list)
    confidence: float | None = None  # in [0, 1]; set by extraction (extract/confidence.py)
    post_confidences: list[float] = field(default_factory=list)  # one per post of ``posts``


@dataclass
class Organization:
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    confidence: float | None = None


@dataclass
class Place:
    name: str
    kind: str
    mentions: list[Span] = field(default_factory=list)
    confidence: float | None = None


@dataclass
class Quote:
    speaker: str | None
    kind: str  # "direct" | "indirect"
    verb: str
    span: Span
    sentence: Span
    cue: Span | None = None  # the words that attribute it (e.g. «وی افزود»)
    speaker_organization: str | None = None  # «وزارت خارجه اعلام کرد»: no person speaks
    confidence: float | None = None  # that the quote is one and its speaker the one named


@dataclass
class Quantity:
    span: Span
    sentence: Span
    value: float | None = None
    min: float | None = None
    max: float | None = None
    unit: str | None = None
    kind: str = "count"  # count | percent | money | duration | measure


@dataclass
class Commitment:
    span: Span
    sentence: Span
    announcer: str | None
    action: str
    deadline: str | None = None
    cue: str = ""
    deadline_date: str | None = None  # ISO: the deadline's day, a duration from publication
    confidence: float | None = None
    announcer_organization: str | None = None  # «وزارت نیرو اعلام کرد: ...»: no person speaks
    announcer_post: str | None = None  # «معاون استاندار گفت: ...»: a post no one named holds


@dataclass
class DateMention:
    span: Span
    iso: str | None
    text: str
    precision: str = "day"  # "month": «آبان ماه سال گذشته», iso is the month's first day


@dataclass
class Document:
    original: str
    text: str
    offset_map: OffsetMap
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    _columns: TokenColumns | None = field(default=None, repr=False, compare=False)
    _tokens: list[Token] | None = field(default=None, repr=False, compare=False)
    # ``sentences`` and their starts, for ``sentence_of``'s binary search
    _sentence_starts: tuple[list[Span], list[int]] | None = field(
        default=None, repr=False, compare=False
    )

    @property
    def token_columns(self) -> TokenColumns:
        """Tokens of ``text`` as parallel lists, made on first use (the extractor's view)."""
        if self._columns is None:
            self._columns = token_columns(self.text)
        return self._columns

    @property
    def tokens(self) -> list[Token]:
        """Tokens of ``text``, made on first use (the repair itself does not need them)."""
        if self._tokens is None:
            self._tokens = as_tokens(self.token_columns)
        return self._tokens

    def drop_tokens(self) -> None:
        """Forgets the tokens (most of a large document's memory); ``token_columns`` and
        ``tokens`` make them again if asked."""
        self._columns = self._tokens = None

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def original_span(self, span: Span) -> Span:
        """The span of ``original`` that ``span`` of ``text`` was repaired from."""
        return Span(*self.offset_map.to_original(span.start, span.end))

    def original_text(self, span: Span) -> str:
        o = self.original_span(span)
        return self.original[o.start : o.end]

    def sentence_of(self, span: Span) -> Span | None:
        """The first sentence that holds ``span.start``, or ends at or after ``span.end``
        with ``span.end`` inside it. Sentences are sorted and do not overlap: a binary
        search finds each candidate (a scan made a large document quadratic)."""
        sents = self.sentences
        cached = self._sentence_starts
        if cached is None or cached[0] is not sents or len(cached[1]) != len(sents):
            cached = self._sentence_starts = (sents, [s.start for s in sents])
        starts = cached[1]
        found = []
        i = bisect_right(starts, span.start) - 1  # the last sentence starting at or before
        if i >= 0 and span.start < sents[i].end:
            found.append(i)
        i = bisect_left(starts, span.end) - 1  # the last sentence starting before the end
        if i >= 0 and span.end <= sents[i].end:
            found.append(i)
        return sents[min(found)] if found else None
