"""The post of an announcer the article does not name: «معاون استاندار گفت: ... اجرا خواهد شد».

A quote's speaker is a person when the article's coreference gives its post to one
(``quotes``); when no one holds it, the quote names nobody, yet its commitment is still
announced by someone the text describes. That post is the subject of the quote's reporting
clause: a post that opens it (past the sources cited, a dateline and «همچنین», «نیز») or
that ends right before its verb and opens a clause of its own, after a comma or a verb («در
جلسه ...، استاندار گفت»; not «X با اشاره به سخنان وزیر کشور افزود», the minister's words).
An anaphor («این مقام») names no post and is left out, and so is an analyst's
(«کارشناس روس افزود: ...»): what a commentator says will come is a forecast, no one's act.
A pronoun («وی افزود: ...») goes on with the post of the quote before, when that one too
named no one but a post; after a quote whose speaker is named or unknown, it has none.
"""

from __future__ import annotations

from bisect import bisect_left

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import after_source
from khabar.extract.clause_words import CLAUSE_ENDS, DASHES, LEAD_INS, PRONOUNS, QUOTE_MARKS
from khabar.extract.people import PostMention
from khabar.model import Quote
from khabar.text.segment import TokenColumns

_COMMENTATORS = frozenset(
    map(lx.key, ("کارشناس", "تحلیلگر", "تحلیل‌گر", "پژوهشگر", "مفسر", "ناظر", "منتقد"))
)
_DATELINE = 4  # «ایلام - معاون ...», «بندرعباس- ...»: a place of up to three words, a dash


def announcing_posts(
    quotes: list[Quote], tokens: TokenColumns, keys: list[str], post_at: dict[int, PostMention]
) -> list[str | None]:
    """For each of ``quotes`` (in the article's order), the post of its speaker when it names
    no person nor body, as written, else None; ``post_at``: the article's post mentions by
    their first token."""
    out: list[str | None] = [None] * len(quotes)
    last = None  # the post of the quote before, when it named no one else
    for n in sorted(range(len(quotes)), key=lambda n: (quotes[n].cue or quotes[n].span).start):
        quote = quotes[n]
        if quote.speaker or quote.speaker_organization:
            last = None
            continue
        subject = _subject(quote, tokens, keys, post_at)
        post = _post_at(subject, keys, post_at) if subject else None
        if post is None and subject and keys[subject[0]] in PRONOUNS:
            post = last  # «معاون استاندار گفت: ... وی افزود: ...»
        out[n] = last = post
    return out


def _subject(
    quote: Quote, tokens: TokenColumns, keys: list[str], post_at: dict[int, PostMention]
) -> tuple[int, int] | None:
    """Where the subject of ``quote``'s reporting clause may open, and its verb's token;
    None when the quote's sentence holds no cue."""
    sentence, cue = quote.sentence, quote.cue
    if cue is None or not sentence.start <= cue.start < sentence.end:
        return None
    a = bisect_left(tokens.starts, sentence.start)
    verb_at = bisect_left(tokens.starts, cue.start)
    s = a
    while s < verb_at and keys[s] in QUOTE_MARKS:
        s += 1
    s = after_source(keys, s, verb_at)
    dash = next((k for k in range(s, min(s + _DATELINE, verb_at)) if keys[k] in DASHES), None)
    if dash is not None and dash + 1 in post_at:
        s = dash + 1
    while s < verb_at and keys[s] in LEAD_INS:
        s += 1
    return s, verb_at


def _post_at(
    subject: tuple[int, int], keys: list[str], post_at: dict[int, PostMention]
) -> str | None:
    """The post that is the subject of the clause ``subject`` gives (``_subject``), as written."""
    s, verb_at = subject
    # the article's few posts in the clause, in order, not every token of it
    for post in [post_at[k] for k in sorted(k for k in post_at if s <= k < verb_at)]:
        if post.anaphor or post.j > verb_at or post.keys[0] in _COMMENTATORS:
            continue
        if post.i == s or post.glued or (post.j == verb_at and keys[post.i - 1] in CLAUSE_ENDS):
            return post.text  # a post run into a heading's verb opens its clause too
    return None
