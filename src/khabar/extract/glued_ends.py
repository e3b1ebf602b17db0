"""A name's last word run into the word after it, where the text lost a space.

«مرتضی قربانیوقتی خیال کردند ...», «مرتضی قربانیبا 300 نفر ...», «امیرحسین کاوهگفت: ...»:
the last token holds a word of a name (a given name or a family name's word, four letters or
more) and a word that follows names (a preposition, «که», «وقتی», a reporting verb; «یا», or,
after a family name in «ی»: «آیت‌الله اشرفییا آیت‌الله دستغیب»). The name
ends inside the token; a token that is a word or a name of its own is never cut. A film's
credit runs into the name before it in lists of crews («کارگردان: مسعود تکاورتهیه کننده :
...», «سعید نعمت‌اللهتهیه‌کننده: ...», «علی ضیاءکارگردان: ...»): the name ends before it. So
does a listed name's word that «نخست» of «نخست وزیر», written apart, runs into («بنیامین
نتانیاهونخست وزیررژیم صهیونیستی»).
"""

from __future__ import annotations

from functools import lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.glued_words import end_of_key
from khabar.extract.namewords import RARE, rank
from khabar.extract.people import Mention, ended_at, open_end
from khabar.text.segment import TokenColumns

# words that follow a name and open the rest of the sentence («... گفت:», «... با ...»), and
# a post's head («حمید بعیدی نژادرئیس هیات کارشناسی ...»: «رئیس» keyed «رییس»; «محمدرضا
# نجفینماینده مردم ...», a letter's signature), and a letter's greeting after the name it is
# addressed to («جناب آقای دکتر حداد عادلالسلام علیکم»)
_TAILS = frozenset(
    {"با", "در", "از", "به", "را", "که", "وقتی", "گفت", "افزود", "رییس", "نماینده", "السلام"}
)
# today, yesterday, tonight, this year: a family name unknown to the lists may run into them
_DAYS = ("امروز", "دیروز", "امشب", "امسال")
_DAY_LONGEST = max(map(len, _DAYS))
# «or», run into a name's word that ends in «ی» (no name ends in «ییا»)
_OR = "یا"
_NAME_LEAST = 4  # letters of the name's word: «کاوه», «قربانی»; not «حی» of «حیدر»
# the credits of a crew (keys: no ZWNJ), which no family name ends with; «تهیه» of «تهیه کننده»;
# and a prize's or a mention's word in a list of a festival's awards, run into the director's
# name before it («به کارگردانی نوبوهیرو سواجایزه ویژه بهترین فیلم کوتاه»)
_CREDITS = (
    *("تهیهکننده", "تهیه", "کارگردان", "نویسنده", "آهنگساز", "فیلمنامه", "تصویربردار"),
    *("جایزه", "تقدیر"),
)
_CREDITED_LEAST = 3  # letters of the name's word before a credit: «ضیاء», «مقدم»
# «نخست» of «نخست وزیر» written apart, run into the name before it («بنیامین نتانیاهونخست
# وزیر رژیم صهیونیستی»); «وزیر» opens the next token
_PREMIER = "نخست"
_MINISTER = "وزیر"


@lru_cache(maxsize=16384)
def glued_end(word: str) -> int:
    """Where the name's word ends in ``word`` (a character offset), when a word of
    ``_TAILS`` is run into it; 0 if not."""
    key = lx.key(word)
    if rank(key) < RARE or key in lx.name_words() or key in lx.first_names():
        return 0
    if "\u200c" in word:  # a ZWNJ inside the name's word («صفی‌یاریامسال»), none before the day
        return _day_end(word, key) if "\u200c" not in word[-_DAY_LONGEST - 1 :] else 0
    for tail in _TAILS:
        head = key[: -len(tail)]
        if key.endswith(tail) and len(head) >= _NAME_LEAST and head in lx.name_words():
            return end_of_key(word, head)
    head = key[: -len(_OR)]  # «آیت‌الله اشرفییا آیت‌الله دستغیب»: «یا» run into «اشرفی»
    if key.endswith(_OR) and head[-1:] == "ی" and len(head) >= _NAME_LEAST:
        if head in lx.family_name_words():
            return end_of_key(word, head)
    return _day_end(word, key)


def _day_end(word: str, key: str) -> int:
    """«حسین سلاحورزیامروز در همایش ...», «مهدی صفی‌یاریامسال با ...»: a family name in «ی»
    unknown to the lists, a day or this year run into it."""
    for day in _DAYS:
        head = key[: -len(day)]
        if key.endswith(day) and len(head) > _NAME_LEAST and head[-1] == "ی" and rank(head) == RARE:
            return end_of_key(word, head)
    return 0


@lru_cache(maxsize=16384)
def credit_end(word: str) -> int:
    """Where the name's word ends in ``word`` when a crew's credit is run into it
    («تکاورتهیه», «نعمت‌اللهتهیه‌کننده», «ضیاءکارگردان»); 0 if not."""
    key = lx.key(word)
    for tail in _CREDITS:
        head = key[: -len(tail)]
        if key.endswith(tail) and len(head) >= _CREDITED_LEAST:
            return len(word[: end_of_key(word, head)].rstrip("\u200c"))
    return 0


@lru_cache(maxsize=16384)
def relative_end(word: str) -> int:
    """Where the name's word ends in ``word`` before «که» when it bears the relative «ی»
    («دونالد ترامپی که ...», the Donald Trump who ...): a listed name's word of four letters
    or more, no given name, and «ی», itself no word nor name; 0 if not."""
    key = lx.key(word)
    if "\u200c" in word or not key.endswith("ی") or rank(key) < RARE or key in lx.name_words():
        return 0
    head = key[:-1]
    if len(head) < _NAME_LEAST or head not in lx.name_words() or head in lx.first_names():
        return 0
    return end_of_key(word, head)


@lru_cache(maxsize=4096)
def premier_end(word: str) -> int:
    """Where the name's word ends in ``word`` when «نخست» of «نخست وزیر» is run into it
    («نتانیاهونخست»): a listed name's word of four letters or more before it, the whole no
    word nor name; 0 if not."""
    key = lx.key(word)
    if "\u200c" in word or not key.endswith(_PREMIER) or key in lx.name_words():
        return 0
    head = key[: -len(_PREMIER)]
    if len(head) < _NAME_LEAST or rank(key) < RARE or head not in lx.name_words():
        return 0
    return end_of_key(word, head)


def hyphen_post(words: list[str], k: int) -> int:
    """Where the name's word ends in token ``k`` when a hyphen joins a post to it, the
    post going on in the tokens after («محمدحسین حمیدی-رئیس پلیس راهنمایی», a signature);
    0 if not."""
    head, hyphen, post = words[k].partition("-")
    if not (hyphen and head.isalpha() and post.isalpha()):
        return 0
    after = [lx.key(post), *(lx.key(w) for w in words[k + 1 : k + 4])]
    return len(head) if lx.post_heads().match(after, 0) is not None else 0


def match_pair(words: list[str], i: int, j: int) -> bool:
    """Tokens ``[i, j)`` hold, before their last, a place's name and the next word joined by
    a hyphen: two clubs of a match, each with its town («بعثت کرمانشاه-پرسپولیس گناوه»), no
    person."""
    for k in range(i, j - 1):
        head, hyphen, tail = words[k].partition("-")
        if hyphen and tail.isalpha() and lx.places().match([lx.key(head)], 0) is not None:
            return True
    return False


def with_glued_ends(tokens: TokenColumns, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, a name of two words or more, or a family name alone after a title,
    whose last token runs on into a word that follows names ending where its own word ends
    («مرتضی قربانی» of «مرتضی قربانیوقتی», «باقری» of «سردار سرلشکر باقریبا»), or that bears
    the relative «ی» before «که» («دونالد ترامپ» of «دونالد ترامپی که»), or «نخست» before
    «وزیر» («بنیامین نتانیاهو» of «بنیامین نتانیاهونخست وزیر»), or that a hyphen
    joins to a post («محمدحسین حمیدی-رئیس پلیس ...»); one whose family name goes on in «زاده»
    written apart, the next word run into it, ends inside the next token (``zadeh_run_on``);
    two clubs of a match joined by a hyphen go (``match_pair``)."""
    out = []
    for m in mentions:
        if match_pair(tokens.words, m.i, m.j):
            continue
        last = m.j - 1
        if (m.j - m.i > 1 or m.titles) and m.span.end == tokens.ends[last]:
            cut = glued_end(tokens.words[last]) or credit_end(tokens.words[last])
            cut = cut or hyphen_post(tokens.words, last)
            if not cut and m.j < len(tokens.words) and tokens.words[m.j] == "که":
                cut = relative_end(tokens.words[last])
            if not cut and m.j < len(tokens.words) and tokens.words[m.j].startswith(_MINISTER):
                cut = premier_end(tokens.words[last])
            if cut:
                m = ended_at(m, m.j, tokens.starts[last] + cut, text)
            elif (
                m.j < len(tokens.words)
                and open_end(tokens, text, m)
                and (cut := zadeh_run_on(tokens.words[m.j]))
            ):
                m = ended_at(m, m.j + 1, tokens.starts[m.j] + cut, text)
        out.append(m)
    return out


_ZADEH = "زاده"  # «son of», a family name's end written apart: «اشرفی زاده»


@lru_cache(maxsize=16384)
def zadeh_run_on(word: str) -> int:
    """Where «زاده» ends in ``word`` when the word after it is run into it, the family name
    before it written apart and going on with it («مرجان اشرفی زادهپروژه‌های دایر ...»: «اشرفی
    زاده», the projects); 0 if not, or where ``word`` is a word or a name of its own."""
    key = lx.key(word)
    rest = key[len(_ZADEH) :]
    if not key.startswith(_ZADEH) or len(rest) < _RUN_ON_LEAST or rank(key) < RARE:
        return 0
    if key in lx.name_words() or not word[:1].isalpha():
        return 0
    return end_of_key(word, _ZADEH)


_RUN_ON_LEAST = 3  # letters of the word run into «زاده»: «پروژه», «مدیرعامل»


def with_glued_family_names(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, a given name alone before a token that holds the family name the article
    gives it elsewhere and a word of the text run into it, named with that family name: «فربد
    زاوه» named so in the article, «فربد» of «فربد زاوهقیمت‌گذاری دستوری» (a headline run into
    the lead) is «فربد زاوه»."""
    families: dict[str, set[str]] = {}
    for m in mentions:
        if m.j - m.i == 2:
            given, family = lx.phrase_keys(m.name)[-2:] if " " in m.name else ("", "")
            families.setdefault(given, set()).add(family)
    if not families:
        return mentions
    out = []
    for m in mentions:
        j = m.j
        if j - m.i == 1 and j < len(keys) and keys[m.i] in families:
            word = tokens.words[j]
            family = next((f for f in families[keys[m.i]] if _runs_on(word, f)), "")
            if family and (cut := end_of_key(word, family)):
                m = ended_at(m, j + 1, tokens.starts[j] + cut, text)
        out.append(m)
    return out


def _runs_on(word: str, family: str) -> bool:
    """``word`` is ``family`` and a known word of three letters or more run into it (the
    first part of a word a ZWNJ joins: «قیمت» of «قیمت‌گذاری»)."""
    cut = end_of_key(word, family) if lx.key(word).startswith(family) else 0
    rest = lx.key(word[cut:].split("\u200c")[0]) if cut else ""
    return len(rest) > 2 and rank(rest) < RARE
