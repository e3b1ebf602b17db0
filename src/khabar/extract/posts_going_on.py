"""A post nobody holds that goes on with the words of the person who spoke right before it:
«وزیر اطلاعات گفت: ... عضو شورای عالی امنیت کشور ادامه داد: ...». «ادامه داد», «افزود»,
«اضافه کرد» go on with a speech begun before, and a post the article had not written before
it names no one who had begun one: it is another post of the person who spoke in the cue
right before (``goes_on_by_another_post``), a member of a council a minister sits on; so does
a post «در ادامه سخنان خود» («عضو کمیسیون فرهنگی مجلس در ادامه سخنان خود ... تصریح کرده
بود:» after «علی مطهری ... گفته»): «خود», their own words, ties it to one who spoke. After
that person's last quote, a post of the kind of one they hold («عضو ...» beside their «عضو
...») may be another's, and is left. Not when «نیز» or «هم» marks another, when the writer
tells a sentence of their own between the two cues, or when the post is of a country the
person is not shown of. A post opening its sentence so goes on with them before anyone named
after it is asked to hold it (``opens_sentence``): «ادامه داد» after «کیانوش جهانپور ... افزود»
is his, not that of «سعید نمکی», named two quotes later."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import ALSO
from khabar.extract.people import PostMention, post_key
from khabar.extract.post_countries import countries_in, of_its_country
from khabar.extract.registry import Registry, resolve_post
from khabar.extract.told_apart import told_apart
from khabar.model import Quote

_GOES_ON = frozenset({"افزود", "ادامه", "اضافه", "میافزاید"})  # keys of the verb's first word
_IN_GOING_ON = ("در", "ادامه")
# what one says, after «در ادامه» and before «خود»: not «نشست» or «گفت‌وگو», which another may
# go on with («مدیر جشنواره نیز در ادامه نشست»)
_WORDS_SAID = frozenset({"سخنان", "صحبتهای", "اظهارات", "مواضع", "گفتههای", "سخنرانی"})
_OWN = frozenset({"خود", "خویش"})
_OWN_WORDS = frozenset(w + "ش" for w in _WORDS_SAID)  # «در ادامه سخنانش»


class _Cue(Protocol):
    @property
    def quote(self) -> Quote: ...
    @property
    def ref(self) -> object: ...
    @property
    def also(self) -> bool: ...


def _person(reg: Registry, ref: object) -> str | None:
    if isinstance(ref, str):
        return ref
    if isinstance(ref, PostMention) and not ref.anaphor:
        return resolve_post(reg, ref)
    return None


def goes_on_by_another_post(
    reg: Registry, keys: list[str], cues: Sequence[_Cue], n: int, text: str | None
) -> str | None:
    """The person whose words the post alone of cue ``n`` goes on with, else None."""
    c, post = cues[n], cues[n].ref
    if n == 0 or text is None or not isinstance(post, PostMention) or c.also:
        return None
    verb = c.quote.verb.split(" ")[0] if c.quote.verb else ""
    going_on = lx.key(verb) in _GOES_ON or in_own_words(keys, post.j)
    if not going_on or not cues[n - 1].quote.verb:
        return None
    if ALSO & {*keys[post.j : post.j + 1], *keys[max(post.i - 1, 0) : post.i]}:
        return None
    prev = _person(reg, cues[n - 1].ref)
    if prev is None or told_apart(text, cues[n - 1].quote, c.quote):
        return None
    if all(_person(reg, d.ref) != prev for d in cues[n + 1 :]) and _of_a_kind_held(reg, prev, post):
        return None  # none of theirs after it, and «عضو کمیسیون اقتصادی» beside their «عضو ...»
    if text.find(post.text, 0, post.span.start) >= 0:
        return None  # written before: someone the article brought in, who may speak now
    countries = countries_in(post_key(post.keys))
    return prev if of_its_country(reg, prev, countries, keys) else None


def opens_sentence(text: str | None, quote: Quote, post: PostMention) -> bool:
    """Whether ``post`` opens the sentence of ``quote``, as the subject of a going-on verb
    does («... گفت: ... سخنگوی قرارگاه مبارزه با کرونا ادامه داد:»); not a post inside it,
    one of those present before its own subject («در این جلسه که وزیر راه ...، رییس سازمان
    غذا و دارو ... حضور داشتند، استاندار اصفهان ... ارائه کرد و افزود:»)."""
    start, at = quote.sentence.start, post.span.start
    return text is not None and start <= at and not text[start:at].strip()


def in_own_words(keys: list[str], k: int) -> bool:
    """Whether «در ادامه سخنان خود» (or «... سخنانش», «صحبت‌های خویش») stands at token
    ``k``, right after a post."""
    if tuple(keys[k : k + 2]) != _IN_GOING_ON or k + 2 >= len(keys):
        return False
    said = keys[k + 2]
    if said in _OWN_WORDS:
        return True
    return said in _WORDS_SAID and k + 3 < len(keys) and keys[k + 3] in _OWN


def _of_a_kind_held(reg: Registry, pkey: str, post: PostMention) -> bool:
    """Whether ``post`` has the head of a post ``pkey`` holds: another member of another body,
    perhaps someone else («عضو کمیسیون اقتصادی» beside «عضو کمیسیون تلفیق»)."""
    head = post_key(post.keys)[:1]
    return any(post_key(lx.phrase_keys(h))[:1] == head for h in reg.persons[pkey].posts)
