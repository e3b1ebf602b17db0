"""A subheading the source ran into the post that opens the next paragraph, where a line
break was lost: «... اولویت ما، کنترل و مهار کرونا استوزیر بهداشت یادآور شد:», «... تا کنون
۱۱ ... هستیمسخنگوی وزارت بهداشت افزود:», «... کاهش محسوس موارد بستری کرونا در کشورمعاون
وزیر بهداشت تاکید کرد:». The heading's last word, a verb, an ordinary word or a place, and the
post's head are one token; split, the post opens the clause, as a post alone does
(``speakers``), and only its wording names its holder (``coref.adopt_posts``)."""

from __future__ import annotations

from dataclasses import replace

from khabar.extract import lexicons as lx
from khabar.extract.glued_pronouns import heading_end
from khabar.extract.glued_surnames import one_word_place
from khabar.extract.glued_words import end_of_key
from khabar.extract.namewords import FREQUENT, RARE, rank
from khabar.extract.people import PostMention, stopwords
from khabar.extract.posts import find_posts
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_LEAST = 6  # letters of a heading's verb and a post's head together («استوزیر»)


def glued_posts(tokens: TokenColumns, keys: list[str], text: str) -> list[PostMention]:
    """The posts whose head a heading's last word ran into, each starting where its head
    does inside its token (keys: the head's, then the words after it); the token is no word
    of its own, no given name, and the word a verb a heading ends with (``heading_end``) or
    an ordinary word or place (``_heading_word``)."""
    out = []
    heads = lx.post_heads()
    for k, key in enumerate(keys):
        if len(key) < _LEAST or not key.isalpha() or key in lx.common_words():
            continue
        cut = _heading_cut(key, heads.root, tokens.words[k])
        if not cut or key in lx.first_names() or key in lx.name_words():
            continue
        split = [*keys[:k], key[cut:], *keys[k + 1 :]]
        found = find_posts(tokens, split, text, [k])
        at = end_of_key(tokens.words[k], key[:cut])
        if not found or found[0].i != k or not at:
            continue
        post = found[0]
        span = Span(tokens.starts[k] + at, post.span.end)
        out.append(replace(post, span=span, text=text[span.start : span.end], glued=True))
    return out


def _heading_cut(key: str, roots, word: str) -> int:
    """Where a post's head starts in ``key`` (of ``word``) after a heading's last word, or 0:
    a verb a heading ends with, or an ordinary word or a place of three letters or more
    (``_heading_word``) that no ZWNJ joins to the head («کمک‌مربی» is one word its writer
    joined)."""
    if one_word_place(key):
        return 0  # «بندرامام»: a place's name, not «بندر» and «امام»
    for cut in range(2, len(key) - 2):
        stem = key[:cut]
        if key[cut:] not in roots:
            continue
        if heading_end(stem):
            return cut
        at = end_of_key(word, stem)
        if at and "\u200c" not in word[at - 1 : at + 1] and _heading_word(stem, roots):
            return cut
    return 0


def _heading_word(stem: str, roots) -> bool:
    """A word a heading may end with before the post run into it: an ordinary word or a
    place («... در کشورمعاون وزیر بهداشت تاکید کرد:», «... ۲۰۵ نفرسرپرست دانشگاه ...»,
    «... در استان ایلامرئیس دانشگاه ...»); not a word of few letters or a stopword («غیرعضو»,
    «چندعضو»), a post's head itself («مدیرمسئول», «نایب‌رئیس»), nor a name's word, as a
    name run into its post is one person's («موسویسخنگوی وزارت امور خارجه»)."""
    if len(stem) < 3 or stem in roots or stem in stopwords() or stem in lx.name_words():
        return False
    return stem in lx.common_words() or rank(stem) < FREQUENT or one_word_place(stem)


# post heads a writer runs into the word after them («مدیرگمرک استان زنجان», «مدیرروابط
# عمومی ...»): the heads of one word that open most posts
_RUN_ON_HEADS = ("مدیر", "رییس", "معاون", "دبیر", "سخنگوی", "فرمانده", "نماینده")


def run_on_posts(tokens: TokenColumns, keys: list[str], text: str) -> list[PostMention]:
    """The posts whose head runs into the word after it, the space lost: a token that is no
    word nor name of its own, of a head and a known word of three letters or more, read as
    the two («مدیرگمرک استان زنجان گفت:» is «مدیر گمرک استان زنجان»)."""
    out = []
    for k, key in enumerate(keys):
        if len(key) < 7 or not key.startswith(_RUN_ON_HEADS) or "\u200c" in tokens.words[k]:
            continue
        head = next(h for h in _RUN_ON_HEADS if key.startswith(h))
        rest = key[len(head) :]
        if len(rest) < 3 or rank(rest) == RARE or _a_word(key):
            continue
        at = end_of_key(tokens.words[k], head)
        if not at:
            continue
        split = TokenColumns(
            [*tokens.words[:k], head, tokens.words[k][at:], *tokens.words[k + 1 :]],
            [*tokens.starts[:k], tokens.starts[k], tokens.starts[k] + at, *tokens.starts[k + 1 :]],
            [*tokens.ends[:k], tokens.starts[k] + at, tokens.ends[k], *tokens.ends[k + 1 :]],
        )
        found = find_posts(split, [*keys[:k], head, rest, *keys[k + 1 :]], text, [k])
        if not found or found[0].i != k or found[0].j < k + 2:
            continue
        post = found[0]
        out.append(replace(post, j=post.j - 1))
    return out


def _a_word(key: str) -> bool:
    """A word or name of its own: frequent, listed, or a name's («مدیریت», «رئیسی»)."""
    return rank(key) < FREQUENT or key in lx.common_words() or key in lx.name_words()
