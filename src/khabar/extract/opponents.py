"""An opponent named by a bout's cue and a country or a medal: «مقابل کیونگ جین نام از کره
جنوبی», «در دور نخست مقابل آمان نازاروف از ترکمنستان با نتیجه هشت بر صفر», «باید از سد
راویندر از هند عبور کند», «مقابل باجرانگ دارنده مدال نقره و برنز جهان از هند».

Results of wrestling, judo and the like name each foreign opponent once, by a name no list
holds, after «مقابل», «به مصاف» or «مصاف با», «از سد», «مغلوب» (beaten by) or the round
(«در مرحله نیمه نهایی ناوین از هند», «در دیدار پایانی ساتیوارت کادیان دارنده مدال») and
before «از» and the country or «دارنده مدال» (the medals the opponent holds). Where a person
found stands so in the article («به مصاف ژائو دنگ از چین»), the article is such a report and
the words of the other frames of that shape are persons too: one to three words a name in a
list may hold (``list_items.item_word``, ``list_items.name_words``), none in a name found.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.list_items import item_word, name_words
from khabar.extract.people import Mention, held_tokens, untitled_mention, with_added
from khabar.extract.tagged_spans import BEATEN
from khabar.text.segment import TokenColumns

_FROM = "از"
_BOUT, _WITH = "مصاف", "با"  # «به مصاف X» and «در مصاف با X»
# the cue and the word before it, if any
_CUES = {"مقابل": None, _BOUT: "به", "سد": "از", BEATEN: None, "نهایی": None, "پایانی": None}
_HOLDER, _MEDAL = "دارنده", "مدال"  # «دارنده مدال برنز آسیا»: a medallist, named before it
_WORDS = 3  # words of an opponent's name


def with_opponents(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` and the opponents of the article's bouts no rule took, where one found
    stands in such a frame."""
    frames = [f for c in lx.positions(keys, _CUES) if (f := _frame(tokens, keys, c)) is not None]
    if not frames:
        return mentions  # most articles
    spans = {(m.i, m.j) for m in mentions}
    if not any(f in spans for f in frames):
        return mentions
    used = held_tokens(mentions)
    added = []
    for i, j in frames:
        if used.isdisjoint(range(i, j)):
            added.append(untitled_mention(tokens, text, i, j))
            used.update(range(i, j))
    return with_added(mentions, added) if added else mentions


def _frame(tokens: TokenColumns, keys: list[str], c: int) -> tuple[int, int] | None:
    """The tokens of the name between the cue at ``c`` and «از» and a country or «دارنده
    مدال», or None."""
    i = c + 1
    before = _CUES[keys[c]]
    if keys[c] == _BOUT and i < len(keys) and keys[i] == _WITH:
        i += 1  # «در مصاف با تمرلان شادوکایف دارنده مدال برنز»
    elif before is not None and (c == 0 or keys[c - 1] != before):
        return None
    ends = (_FROM, _HOLDER)
    f = next((t for t in range(i + 1, min(len(keys), i + _WORDS + 1)) if keys[t] in ends), None)
    if f is None or f + 1 >= len(keys):
        return None
    if not all(item_word(tokens, keys, t, t > i) for t in range(i, f)):
        return None
    if not name_words(tokens.words, keys, i, f):
        return None
    if keys[f] == _HOLDER:
        return (i, f) if keys[f + 1] == _MEDAL else None
    place = lx.places().match(keys, f + 1)
    return (i, f) if place is not None and place[1].kind == "country" else None
