"""A subheading the source ran into the post that opens the next paragraph, where a line
break was lost: «... اولویت ما، کنترل و مهار کرونا استوزیر بهداشت یادآور شد:», «... تا کنون
۱۱ ... هستیمسخنگوی وزارت بهداشت افزود:», «... کاهش محسوس موارد بستری کرونا در کشورمعاون
وزیر بهداشت تاکید کرد:». The heading's last word, a verb, an ordinary word or a place, and the
post's head are one token; split, the post opens the clause, as a post alone does
(``speakers``), and only its wording names its holder (``coref.adopt_posts``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from khabar.extract import lexicons as lx
from khabar.extract.glued_pronouns import heading_end
from khabar.extract.glued_surnames import one_word_place
from khabar.extract.glued_words import end_of_key
from khabar.extract.heading_plurals import singular
from khabar.extract.namewords import FREQUENT, RARE, rank, verb
from khabar.extract.people import Mention, PostMention, stopwords
from khabar.extract.posts import find_posts
from khabar.text.offsets import Span
from khabar.text.segment import TokenColumns

_LEAST = 6  # letters of a heading's verb and a post's head together («استوزیر»)


def glued_posts(
    tokens: TokenColumns, keys: list[str], text: str, distinct: set[str] | None = None
) -> list[PostMention]:
    """The posts whose head a heading's last word ran into, each starting where its head
    does inside its token (keys: the head's, then the words after it); the token is no word
    of its own, no given name, and the word a verb a heading ends with (``heading_end``) or
    an ordinary word or place (``_heading_word``). ``distinct``: the set of ``keys``, when
    already made."""
    out: list[PostMention] = []
    cuts = _glued_cuts(set(keys) if distinct is None else distinct)
    if not cuts:
        return out  # most articles: no heading runs into a post
    for k in lx.positions(keys, cuts.keys()):  # the tokens of those keys alone
        key = keys[k]
        cut = _cut_in(tokens.words[k], key, cuts[key], _object_of_preposition(keys, k))
        if not cut:
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


# Keys found to run no heading into a post, remembered per process (up to ``_REMEMBERED``):
# an article's keys are looked for in them at once, and only new ones are tested
_NO_GLUED_POST: set[str] = set()
_REMEMBERED = 200_000


def _glued_cuts(keys: set[str]) -> dict[str, list[tuple[int, bool, bool]]]:
    """The keys of ``keys`` (an article's, each once) that are no word of their own nor a
    given name and may hold a heading's last word run into a post's head, with where the
    head may start (``_heading_cuts``)."""
    if len(_NO_GLUED_POST) > _REMEMBERED:
        _NO_GLUED_POST.clear()
    roots = lx.post_heads().root
    out = {}
    for key in keys.difference(_NO_GLUED_POST):
        if len(key) >= _LEAST and key.isalpha() and key not in lx.common_words():
            cuts = _heading_cuts(key, roots)
            if cuts and key not in lx.first_names() and key not in lx.name_words():
                out[key] = cuts
                continue
        _NO_GLUED_POST.add(key)
    return out


def _heading_cuts(key: str, roots) -> list[tuple[int, bool, bool]]:
    """Where a post's head may start in ``key`` after a heading's last word, in order: after
    a verb a heading ends with, or (True: if no ZWNJ joins them in the word, ``_cut_in``)
    after an ordinary word or a place of three letters or more (``_heading_word``), or (the
    third True) after a name's word, which ends a heading only as a preposition's object
    (``_object_of_preposition``)."""
    if one_word_place(key):
        return []  # «بندرامام»: a place's name, not «بندر» and «امام»
    out = []
    for cut in range(2, len(key) - 2):
        stem = key[:cut]
        if key[cut:] not in roots:
            continue
        if heading_end(stem) or _verb_of_a_heading(stem):
            out.append((cut, False, False))
        elif _heading_word(stem, roots):
            out.append((cut, True, False))
        elif _name_word(stem, roots):
            out.append((cut, True, True))
    return out


def _name_word(stem: str, roots) -> bool:
    """A name's word of three letters or more that is no post's head nor stopword: a heading
    may end with it where a preposition holds it (``_object_of_preposition``)."""
    return (
        len(stem) >= 3 and stem not in roots and stem not in stopwords() and stem in lx.name_words()
    )


# prepositions whose object, a name, may end a subheading run into the post that opens the
# next paragraph («توضیح سخنگوی ... درباره دیدار مورفی با ظریفسخنگوی وزارت امور خارجه ایران
# نیز ... برشمرد.», «پیشنهاد به حسن روحانیدبیرکل حزب اتحاد ملت به رئیس‌جمهور روحانی پیشنهاد
# کرد»): the post is another's, whom the name's preposition does not make its subject
_OBJECT_OF = frozenset({"با", "به", "از", "درباره"})


def _object_of_preposition(keys: list[str], k: int) -> bool:
    """Whether the token at ``k`` ends a preposition's object: the preposition right before it,
    or before a given name right before it («به حسن روحانیدبیرکل ...»)."""
    if k and keys[k - 1] in _OBJECT_OF:
        return True
    return k > 1 and keys[k - 2] in _OBJECT_OF and keys[k - 1] in lx.first_names()


_VERB_LETTERS = 4  # a verb's letters, more than a short word shaped like one


def _verb_of_a_heading(stem: str) -> bool:
    """A verb that ends a heading, of the forms ``heading_end`` leaves (the subjunctive, the
    simple past: «... در جلسات حضور داشته باشندرئیس ستاد ... گفت:», «... هیچ کشوری نمی‌تواند
    کمک کند، بلکه سوختسخنگوی ...»)."""
    return len(stem) >= _VERB_LETTERS and verb(stem)


def _cut_in(word: str, key: str, cuts: Iterable[tuple[int, bool, bool]], held: bool) -> int:
    """The first of ``cuts`` that holds in ``word``: a heading's word and the head no ZWNJ
    joins («کمک‌مربی» is one word its writer joined), a name's word only where a preposition
    holds it (``held``); 0 if none."""
    for cut, apart, named in cuts:
        if named and not held:
            continue
        if not apart:
            return cut
        at = end_of_key(word, key[:cut])
        if at and "\u200c" not in word[at - 1 : at + 1]:
            return cut
    return 0


def _heading_word(stem: str, roots) -> bool:
    """A word a heading may end with before the post run into it: an ordinary word or a
    place («... در کشورمعاون وزیر بهداشت تاکید کرد:», «... ۲۰۵ نفرسرپرست دانشگاه ...»,
    «... در استان ایلامرئیس دانشگاه ...»); not a word of few letters or a stopword («غیرعضو»,
    «چندعضو»), a post's head itself («مدیرمسئول», «نایب‌رئیس»), nor a name's word, as a
    name run into its post is one person's («موسویسخنگوی وزارت امور خارجه»), but for one of
    the most frequent words (``_ordinary_name_word``: «جهانی», «اسلامی»)."""
    if stem == _AGED:
        return True  # «... مرگ نوجوان 15 سالهسرپرست دانشگاه علوم پزشکی ... گفت:»
    if len(stem) < 3 or stem in roots or stem in stopwords():
        return False
    if stem in lx.name_words() and not _ordinary_name_word(stem):
        return False
    if (one := singular(stem)) is not None and one not in roots and rank(one) < FREQUENT:
        return True  # «... در استان‌هارئیس شورای ائتلاف ادامه داد:» (heading_plurals)
    if _adjective_of_frequent(stem):
        return True  # «... به بیماران کروناییرئیس ستاد کل نیرو‌های مسلح از ... خبر داد.»
    return stem in lx.common_words() or rank(stem) < FREQUENT or one_word_place(stem)


_AGED = "ساله"  # «۱۵ ساله»: a stopword, and a headline's last word after an age
_ORDINARY = 500  # the most frequent words: a family name among them is a word first
_ADJECTIVE = "یی"  # the adjective of a word ending in a vowel: «کرونایی», «اروپایی»
_ADJECTIVE_BASE = 4  # letters of the word it is made of


def _adjective_of_frequent(stem: str) -> bool:
    """An adjective in «یی» of a frequent word that is no name's word nor a given name
    («کرونایی» of «کرونا»): a heading's last word, where no name's word is («طباطبایی»,
    «رضایی» are left to the check before)."""
    base = stem[: -len(_ADJECTIVE)]
    return (
        stem.endswith(_ADJECTIVE)
        and len(base) >= _ADJECTIVE_BASE
        and rank(base) < FREQUENT
        and base not in lx.first_names()
        and base not in lx.name_words()
    )


def _ordinary_name_word(stem: str) -> bool:
    """A name's word that is one of the most frequent words and no given name: a heading's
    word before a post run into it («... نظام سرمایه‌داری جهانیرئیس مجلس ... گفت:»), as no
    family name among them runs into a post (not «حسینی», «موسوی»)."""
    return rank(stem) < _ORDINARY and stem not in lx.first_names()


def name_glued_posts(
    tokens: TokenColumns, keys: list[str], text: str, mentions: Iterable[Mention]
) -> list[tuple[Mention, PostMention]]:
    """The posts a name ran into, the space lost, each with its name: a name that ends inside
    its last token, the rest of which is a post's head («بامحمد کشتی آرایعضو هیأت مدیره طلا
    و جواهر تهران»; ``_heading_word`` leaves a name's word run into a post to this). The post
    starts where its head does (keys: the head's, then the words after it); not a credit's
    word before its colon, the next credit of a list run together."""
    out: list[tuple[Mention, PostMention]] = []
    roots = lx.post_heads().root
    for m in mentions:
        k = m.j - 1
        if not tokens.starts[k] < m.span.end < tokens.ends[k]:
            continue  # most names: the whole token
        rest = lx.key(text[m.span.end : tokens.ends[k]])
        if rest not in roots:
            continue
        found = find_posts(tokens, [*keys[:k], rest, *keys[k + 1 :]], text, [k])
        if not found or found[0].i != k or keys[found[0].j : found[0].j + 1] == [":"]:
            continue  # «تهیه‌کننده: رضا نصیری‌نیاکارگردان: جلیل سامان»: the next credit
        span = Span(m.span.end, found[0].span.end)
        out.append((m, replace(found[0], span=span, text=text[span.start : span.end])))
    return out


# post heads a writer runs into the word after them («مدیرگمرک استان زنجان», «مدیرروابط
# عمومی ...», «وزیرکشور در ادامه گفت:»): the heads of one word that open most posts
_RUN_ON_HEADS = ("مدیر", "رییس", "معاون", "دبیر", "سخنگوی", "فرمانده", "نماینده", "وزیر")


def run_on_posts(
    tokens: TokenColumns, keys: list[str], text: str, distinct: set[str] | None = None
) -> list[PostMention]:
    """The posts whose head runs into the word after it, the space lost: a token that is no
    word nor name of its own, of a head and a known word of three letters or more, read as
    the two («مدیرگمرک استان زنجان گفت:» is «مدیر گمرک استان زنجان»). ``distinct``: the set
    of ``keys``, when already made."""
    out: list[PostMention] = []
    heads = _run_on_heads(set(keys) if distinct is None else distinct)
    if not heads:
        return out  # most articles: no head runs into the next word
    for k in lx.positions(keys, heads.keys()):  # the tokens of those keys alone
        key = keys[k]
        head = heads[key]
        if "\u200c" in tokens.words[k]:
            continue
        at = end_of_key(tokens.words[k], head)
        if not at:
            continue
        rest = key[len(head) :]
        split = TokenColumns(
            [*tokens.words[:k], head, tokens.words[k][at:], *tokens.words[k + 1 :]],
            [*tokens.starts[:k], tokens.starts[k], tokens.starts[k] + at, *tokens.starts[k + 1 :]],
            [*tokens.ends[:k], tokens.starts[k] + at, tokens.ends[k], *tokens.ends[k + 1 :]],
        )
        found = find_posts(split, [*keys[:k], head, rest, *keys[k + 1 :]], text, [k])
        if not found or found[0].i != k or found[0].j < k + 2:
            continue
        post = found[0]
        if head == _MINISTER and _in_a_cabinet(keys, k, post.j - 1):
            continue
        out.append(replace(post, j=post.j - 1))
    return out


_MINISTER = "وزیر"
_PRIME = "نخست"  # «نخست‌وزیر»: its first word run into a name before it


def _in_a_cabinet(keys: list[str], k: int, j: int) -> bool:
    """The minister's post run into its ministry at ``k:j`` is a cabinet list's, the post of
    the given name right after it («... وزیر معارف سالار لشگر، وزیرعدلیه امیر نظام، ...»),
    or the end of «نخست‌وزیر» whose first word a name ran into («بنیامین نتانیاهونخست
    وزیررژیم صهیونیستی»): not a post of its own for the one named before."""
    return (j < len(keys) and keys[j] in lx.first_names()) or (
        k > 0 and keys[k - 1].endswith(_PRIME)
    )


_NO_RUN_ON_HEAD: set[str] = set()  # keys found to hold no head run on, remembered per process


def _run_on_heads(keys: set[str]) -> dict[str, str]:
    """The keys of ``keys`` (an article's, each once) that are no word nor name of their
    own, of a head and a known word of three letters or more, with their head."""
    if len(_NO_RUN_ON_HEAD) > _REMEMBERED:
        _NO_RUN_ON_HEAD.clear()
    out = {}
    for key in keys.difference(_NO_RUN_ON_HEAD):  # each key tested once a process
        if len(key) < 7 or not key.startswith(_RUN_ON_HEADS):
            _NO_RUN_ON_HEAD.add(key)
            continue
        head = next(h for h in _RUN_ON_HEADS if key.startswith(h))
        rest = key[len(head) :]
        if len(rest) < 3 or rank(rest) == RARE or a_word(key) or _office_of(key):
            _NO_RUN_ON_HEAD.add(key)
            continue
        out[key] = head
    return out


def _office_of(key: str) -> bool:
    """A head of one word with «ی» written on: its office («به دبیرکلی سید شهاب‌الدین صدر»,
    «مدیرکلی»), or one of its holders, not a head run into «کلی»."""
    head = lx.post_heads().match([key[:-1]], 0) if key.endswith("ی") else None
    return head is not None and head[0] == 1


def a_word(key: str) -> bool:
    """A word or name of its own: frequent, listed, or a name's («مدیریت», «رئیسی»)."""
    return rank(key) < FREQUENT or key in lx.common_words() or key in lx.name_words()


def mended_post(
    tokens: TokenColumns, keys: list[str], text: str, post: PostMention
) -> PostMention | None:
    """The post found at ``post.i`` is part of a longer one whose head, in the token before,
    is misspelt with a letter doubled («معاوون وزیر بهداشت افغانستان») or run into the word
    before it («حمعاون وزیر بهداشت»): that longer post, from where its head starts (None
    where the token before is no such head). The token is no word of its own; its head and
    the words from ``post.i`` make a post's head of two words or more."""
    i = post.i
    if i < 1:
        return None
    key = keys[i - 1]
    if len(key) < _LEAST - 2 or not key.isalpha() or key in lx.common_words():
        return None
    if key in lx.first_names() or key in lx.name_words() or rank(key) < FREQUENT:
        return None
    heads = lx.post_heads()
    wrong = [(re.sub(r"(.)\1+", r"\1", key), 0)]
    wrong += [(key[cut:], cut) for cut in range(1, len(key) - 2)]
    for head, cut in wrong:
        if head == key or head not in heads.root:
            continue
        found = heads.match([head, *keys[i : i + _HEAD_WORDS]], 0)
        if found is None or found[0] < 2:
            continue
        longer = find_posts(tokens, [*keys[: i - 1], head, *keys[i:]], text, [i - 1])
        at = end_of_key(tokens.words[i - 1], key[:cut]) if cut else 0
        if not longer or longer[0].i != i - 1 or (cut and not at):
            return None
        span = Span(tokens.starts[i - 1] + at, longer[0].span.end)
        return replace(longer[0], span=span, text=text[span.start : span.end], glued=bool(cut))
    return None


_HEAD_WORDS = 16  # words of the longest post heads
