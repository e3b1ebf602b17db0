"""A speaker's remarks listed point by point after «اهم اظهارات وی را در ادامه بخوانید؛», each
point opening «*» («*البته ریشه‌های موضوع ...», «*{درباره ...}: به دلیل ...»): the list is one
direct quote, with no verb, from the first point's words to the last point's end, of whoever
spoke right before the line that lists them (the line names the remarks, not the speaker, who is
the lead's: «اظهارات وی», «اظهارات رئیس مجلس»); the lines between points go on with it, and
what a point tells of others is nested in it."""

from __future__ import annotations

from khabar.text.offsets import Span

_HIGHLIGHTS = ("اهم", "اظهارات")  # the «most important remarks» the line announces
_READ = "بخوانید"
_INTRO = 16  # words from «اهم اظهارات» to «بخوانید» at most: «... به نقل از ایرنا، مهر، ...»
_POINT = "*"
_TOPIC = ("{", "}")  # «*{درباره عدم برگزاری ...}: ...»: the editor's topic, not the words


def _intro_star(keys: list[str], a: int, b: int) -> int | None:
    """The «*» right after «اهم اظهارات ... بخوانید؛» opening the sentence, if any."""
    if tuple(keys[a : a + 2]) != _HIGHLIGHTS:
        return None
    for k in range(a + 2, min(b, a + _INTRO)):
        if keys[k] == _READ:
            k += 1
            while k < b and keys[k] in ("؛", ":", "،"):
                k += 1
            return k if k < b and keys[k] == _POINT else None
    return None


def _words_start(keys: list[str], star: int, b: int) -> int:
    """The first token of a point's words, past its stars and an editor's topic in braces."""
    k = star
    while k < b and keys[k] == _POINT:
        k += 1
    if k < b and keys[k] == _TOPIC[0] and _TOPIC[1] in keys[k:b]:
        k = keys.index(_TOPIC[1], k, b) + 1
        if k < b and keys[k] == ":":
            k += 1
    return k


def listed_points(keys: list[str], sentences: list[tuple[Span, int, int]]) -> dict[Span, int]:
    """The sentences that are listed points of remarks, each with its words' first token.
    The list runs from the announcing line to the article's end; only the sentences opening
    with «*» are points."""
    out: dict[Span, int] = {}
    listing = False
    for sent, a, b in sentences:
        star = _intro_star(keys, a, b)
        if star is not None:
            listing = True
        elif listing and keys[a] == _POINT:
            star = a
        else:
            continue
        start = _words_start(keys, star, b)
        if start < b - 1:
            out[sent] = start
    return out
