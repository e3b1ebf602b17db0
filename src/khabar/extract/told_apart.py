"""Two cues told apart by the writer: a sentence of the writer's own, ended by a full stop, in
the paragraph of the later cue, between the earlier cue's words and the later cue's sentence.
A text that runs several stories in one paragraph (ARMAN's news: «... اسپایک لی ... گفت ...
. نوزدهمین نمایشگاه کتاب مالزی ... دائر خواهد بود. ... عضو فراکسیون مشارکت مجلس، ... گفت:»)
tells a new item so; a news article opens a new paragraph for each, and a speech that runs on
stays in its quote or runs past a line break."""

from __future__ import annotations

import re
from typing import Protocol

from khabar.extract import lexicons as lx
from khabar.text.offsets import Span

_TOLD = re.compile(r"[.!](?=\s|$)")
# a wire's code that ends an item, a number between slashes or stars spaced apart: «/ 79003 /
# ذ 30», «خاورم * * 9156 * * 2041», «2096/6097 /»; not an address's «/2019/03/»
_WIRE_CODE = re.compile(r"[/*]\s+\d{3,}\s*[/*]|[/*]\s*\d{3,}\s+[/*]")
_OPENING = " \t.!?؟»”\"'\u200c"  # the earlier sentence's own end


class Said(Protocol):
    @property
    def span(self) -> Span: ...
    @property
    def sentence(self) -> Span: ...


_ITEM_END = ".،"  # a digest's items run on in one line, each ended so («... شد.، وزیر ...»)


def told_apart(text: str | None, earlier: Said, later: Said) -> bool:
    """Whether the writer tells a sentence of their own between ``earlier`` and ``later`` in
    the paragraph of ``later`` (``text`` None: never)."""
    if text is None:
        return False
    cue = getattr(later, "cue", None)
    stop = cue.start if cue is not None else later.span.start
    if text.find(_ITEM_END, earlier.span.start, stop) >= 0:
        return True  # «... افزایش یافته است.، علی‌اصغر یوسف‌نژاد ... گفت:»: a digest's item ended
    if cue is not None and earlier.span.start < later.sentence.start:
        head = text[later.sentence.start : cue.start]
        if _WIRE_CODE.search(text, max(earlier.sentence.end, 0), cue.start):
            return True  # «... / 79003 / ذ 30 واگذاری ... رئیس اتاق ... گفت:»: the item ended
        if ":" in head and outlet_colon(lx.phrase_keys(head)) is not None:
            # a heading run into an outlet's «X:» opens the later cue's sentence
            # (``subject_start``): «... معرفی متخلفان به دستگاه قضا پایگاه خبری تحلیلی انتخاب
            # ( Entekhab.ir ) : در پی ...، مدیرکل ... اعلام کرد»: a new item
            return True
        if _heading_then_source(list(lx.phrase_keys(head))):
            # a heading run into an outlet's «به گزارش X» opens the later cue's sentence
            # («... 5 برابر شده است به گزارش خبرگزاری مهر ...، آیت‌الله ... گفت:»): a new item
            return True
    end = later.sentence.start
    start = earlier.span.end
    if start > end:  # a quote that runs to its paragraph's end, over the later cue
        start = earlier.sentence.end
    start = max(start, earlier.sentence.end)
    if start >= end:
        return False
    line = text[start:end].rsplit("\n", 1)[-1].lstrip(_OPENING)
    if _TOLD.search(line) is None:
        return False
    # each sentence between goes on with the speech: the writer tells none of their own
    sentences = [s for s in _TOLD.split(line) if s.strip(_OPENING)]
    return not all(_goes_on(lx.phrase_keys(s)) for s in sentences)


# Words that open a sentence going on with what was said before it, not a new item's first
# sentence: a connective of contrast, cause or result, or words that point back to what was
# said («اما اگر ...», «برای اینکار نیز ...», «به همین دلیل»); and the speaker's own «ما», «من»
_GOES_ON_OPENERS = frozenset(
    lx.phrase_keys("اما ولی البته بنابراین لذا زیرا چراکه چون یعنی درواقع اینکار همین")
)
_POINTS_BACK = frozenset(lx.phrase_keys("اینکار همین"))  # not «در این جلسه»: the writer's
_FIRST_PERSON = frozenset(lx.phrase_keys("ما من"))
_MUST = frozenset(lx.phrase_keys("باید نباید"))  # «مسئولان باید ...»: what one urges
_PREPOSITIONS = frozenset(lx.phrase_keys("برای در از به با بر"))


def _goes_on(words: tuple[str, ...]) -> bool:
    """Whether a sentence's ``words`` go on with a speech: they open with a connective
    (``_GOES_ON_OPENERS``), a preposition and a word that points back («برای اینکار»), or
    hold the speaker's own «ما» or «من», or an «باید» that urges."""
    if not words:
        return True
    if words[0] in _GOES_ON_OPENERS:
        return True
    if len(words) > 1 and words[0] in _PREPOSITIONS and words[1] in _POINTS_BACK:
        return True
    return not (_FIRST_PERSON.isdisjoint(words) and _MUST.isdisjoint(words))


_HEADING_WORDS = 3  # the fewest words of a heading run into a source
_OUTLET_AT = 3  # tokens from «گزارش» to the outlet's name: «به گزارش خبرنگار مهر»


def _heading_then_source(keys: list[str]) -> bool:
    """Whether the words before a cue, ``keys``, run words of their own with no full stop nor
    comma into an outlet's «به گزارش X»: a heading the new item's source opens after."""
    for j in range(_HEADING_WORDS, len(keys) - 2):
        if keys[j] != "به" or keys[j + 1] != "گزارش":
            continue
        if not {"،", ",", ":"}.isdisjoint(keys[:j]):
            return False
        outlets = lx.agencies()
        return any(outlets.match(keys, t) for t in range(j + 2, min(j + 2 + _OUTLET_AT, len(keys))))
    return False


_SITE_AT = 5  # tokens of a site's address in brackets: «( Entekhab.ir )»
_OUTLET_WORDS = 5  # the longest outlet's name before its colon, in tokens


def outlet_colon(keys, s: int = 0, verb_at: int | None = None) -> tuple[int, int] | None:
    """Where the outlet's name opens and the last colon of ``keys[s:verb_at]`` that it ends
    at, past its address in brackets if any («پایگاه خبری تحلیلی انتخاب ( Entekhab.ir ) :»,
    «همشهری آنلاین:»), or None."""
    verb_at = len(keys) if verb_at is None else verb_at
    colon = next((k for k in range(verb_at - 1, s, -1) if keys[k] == ":"), None)
    if colon is None:
        return None
    end = colon
    if keys[end - 1] == ")":  # the outlet's address in brackets
        reach = range(end - 2, max(s, end - _SITE_AT) - 1, -1)
        opened = next((k for k in reach if keys[k] == "("), None)
        if opened is None:
            return None
        end = opened
    outlets = lx.agencies()
    for j in range(max(s, end - _OUTLET_WORDS), end):
        if (m := outlets.match(keys, j)) and m[0] == end:
            # a dateline, not the source of a report: «به گزارش روز نو: سید روح‌الله لطیفی ...»
            return None if _SOURCE_WORDS.intersection(keys[max(0, j - 3) : j]) else (j, colon)
    return None


_SOURCE_WORDS = frozenset(lx.key(w) for w in ("گزارش", "نقل", "نوشته", "گفته", "اساس"))
