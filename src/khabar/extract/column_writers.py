"""A writer no list holds, named before the outlet they wrote in: «خطار أبودیاب در العرب
نوشت:», «راسل برمن در آتلانتیک نوشت:», «أنیس فوزی قاسم در العربی الجدید، رسانه نزدیک به قطر
نوشت:».

Roundups of the foreign press open each piece with its writer, «در», the outlet and «نوشت:»
with its colon; the piece then goes on («در ادامه این مطلب آمده است:») as the writer's. Two or
three words that open their clause right before «در» there are a person's name, when each is a
word of a foreign name (``aged_names.name_word``, or a listed given name after the first:
«أنیس فوزی قاسم») and the outlet is a listed one or one or two words no list of ordinary words
holds, with at most «چاپ» and a place («الاخبار چاپ بیروت») or a comma and a description of no
verb («، رسانه نزدیک به قطر») before the verb. In the shared news every such name is a writer's.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.aged_names import name_before
from khabar.extract.namewords import rare_word, verb
from khabar.extract.people import Mention, held_tokens, untitled_mention, with_added
from khabar.text.segment import TokenColumns

_WROTE = (lx.key("نوشت"), lx.key("می‌نویسد"))
_IN = "در"
_PRINTED = lx.key("چاپ")  # «الاخبار چاپ بیروت»: where the paper is printed
_REACH = 12  # tokens from «در» to the verb: the outlet and its description
_OUTLET_WORDS = 2  # words of an outlet no list holds


def with_column_writers(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the writers no rule took that open «X در <outlet> نوشت:»."""
    distinct = lx.distinct(keys)
    if not any(w in distinct for w in _WROTE) or ":" not in distinct:
        return mentions  # most articles: two look-ups in the article's set of keys
    used = held_tokens(mentions)
    added = []
    for wrote in _WROTE:
        for v in lx.occurrences(keys, wrote, 1):
            if keys[v + 1 : v + 2] != [":"]:
                continue
            at = _in_outlet(keys, v)
            span = name_before(tokens, keys, at, byline=True) if at is not None else None
            if span is not None and used.isdisjoint(range(*span)):
                added.append(untitled_mention(tokens, text, *span))
                used.update(range(*span))
    return with_added(mentions, added) if added else mentions


def _in_outlet(keys: list[str], v: int) -> int | None:
    """The «در» that opens the outlet the verb at ``v`` wrote in, or None."""
    at = next((k for k in range(v - 1, max(v - _REACH, 0) - 1, -1) if keys[k] == _IN), None)
    if at is None:
        return None
    listed = lx.agencies().match(keys, at + 1)
    end = listed[0] if listed else _unlisted_end(keys, at + 1, v)
    if end is None or end > v:
        return None
    if keys[end : end + 1] == [_PRINTED] and lx.places().match(keys, end + 1):
        end = lx.places().match(keys, end + 1)[0]  # type: ignore[index]
    elif keys[end : end + 1] in (["،"], [","]):
        end = v if not any(verb(k) or k == "که" for k in keys[end + 1 : v]) else end
    return at if end == v else None


def _unlisted_end(keys: list[str], s: int, v: int) -> int | None:
    """The end of an outlet of one or two words no word list holds, at ``s``, or None."""
    end = s
    while end < min(s + _OUTLET_WORDS, v) and keys[end][:1].isalpha() and rare_word(keys[end]):
        end += 1
    return end if end > s else None
