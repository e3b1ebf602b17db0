"""Two words run together in one: «نعمتیبه», «روحانیدبیرکل», «سیاسیاقتصادی», «دبیرشورای».

News text loses spaces; a word so made is no part of a name (``namewords`` knows the rest of
what one word of a name may be).
"""

from __future__ import annotations

from functools import cache, lru_cache

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import LEAD_INS
from khabar.extract.namewords import FREQUENT, RARE, SURNAME_ENDS, rank
from khabar.text.zwnj import NAME_PARTS


@lru_cache(maxsize=65536)  # per word: bounded, a long ingest meets new words without end
def glued(word: str) -> bool:
    """Two words run together: a word glued to a function word or a post («نعمتیبه»,
    «فاضلیوی», «روحانیدبیرکل»), a frequent word to a title («دارنددکتر»), a post to its body
    («دبیرشورای»), a given name to a known
    family name («روحالهلطیفی»), or a word written twice («سندرزسندرز»). A ZWNJ is a join
    made on purpose: «فتحعلی‌بیگی»."""
    key = lx.key(word)
    if key in lx.first_names() or rank(key) < RARE:
        return False
    if key.startswith(_CUE_HEADS) and len(key) > 5:
        return True  # «به گزارشرو زنو»: the cue run into the outlet's name
    if key[:2] in ("در", "از") and "\u200c" not in word and key not in lx.name_words():
        tail = key[2:]  # «جواد قناعت درپایان با اشاره به ...»: «در پایان», in the end
        if len(tail) > 3 and rank(tail) < FREQUENT and tail not in lx.first_names():
            return True
    if "\u200c" not in word and any(_day_run_in(key, day) for day in _DAYS):
        return True  # «مصطفی پورمحمدی عصرامروز در حاشیه ...»: «عصر امروز», this afternoon
    if key[:2] in _PRONOUNS and key[2:] in LEAD_INS:
        return True  # «اوهمچنین پیش‌تر گفته بود»: «او | همچنین»
    half = len(key) // 2
    if len(key) % 2 == 0 and key[:half] == key[half:] and half > 2:
        return "\u200c" not in word  # «سندرزسندرز»; «حاجی‌حاجی» is a family name
    for cut in range(3, len(key) - 1):
        head, tail = key[:cut], key[cut:]
        if _given(tail) and (head in _GLUED_TITLES or plain_head(head)):
            return True  # «دکترمحمد», «نیستندمحمد»: a title or a word run into a given name
        if tail in _GLUED_TITLES and plain_head(head) and "\u200c" not in word:
            return True  # «قرار دارنددکتر جهانپور»: a word run into the title of the name after it
        if head[-1] == "ی" and (tail in _tails() or (len(head) > 3 and _given(tail))):
            return True  # «نعمتیبه», «نجومیمسعود»
        if head[-1] == "ی" and _plain_word(head) and _plain_word(tail) and "\u200c" not in word:
            return True  # «سیاسیاقتصادی»: two frequent words, not «حسینی‌شاهرودی»
        if head in _post_heads() and _plain_word(tail, 3) and tail not in lx.name_words():
            # «جنتی دبیرشورای نگهبان», «رضاخان وزیرجنگ»: a post run into its body
            return "\u200c" not in word
        if (
            len(head) > 3
            and head[-1] == "ی"
            and head in lx.family_name_words()
            and "\u200c" not in word
        ):
            if len(tail) > 2 and rank(tail) < 2 * FREQUENT and tail not in lx.name_words():
                return True  # «باباییلازم», «باباییموضوعی»: a family name run into a word
        if _family_run_in(word, head, tail):
            return True  # «ظریفانتقاد پمپئو»: «ظریف | انتقاد», a link's title run on
        # a given name glued to a family name in «ی» («روحالهلطیفی»), not «محمودآبادی»
        if len(head) > 4 and head in lx.first_names() and len(tail) > 3 and tail[-1] == "ی":
            if "\u200c" in word:
                return False
            return not tail.startswith(("آباد", "اباد")) and rank(tail) < RARE
    return False


_PRONOUNS = ("او", "وی")  # the current speaker, run into the word after it


def _day_run_in(key: str, day: str) -> bool:
    """A frequent word that no name holds, run into ``day`` («عصرامروز»; not a family name
    the text runs into it, «حسین سلاحورزیامروز»)."""
    head = key[: -len(day)]
    return (
        key.endswith(day)
        and len(head) > 1
        and rank(head) < FREQUENT
        and head not in lx.name_words()
    )


def _family_run_in(word: str, head: str, tail: str) -> bool:
    """A listed family name of four letters or more, no given name, run into a frequent word
    of four letters or more that no name holds and that ends no family name («ظریفانتقاد»:
    «ظریف» and «انتقاد», criticism); not a family name of two parts («ثابت‌قدم» written
    «ثابتقدم»: «قدم» ends family names)."""
    if len(head) < 4 or len(tail) < 4 or "\u200c" in word or rank(tail) >= FREQUENT:
        return False
    if head not in lx.family_name_words() or head in lx.first_names():
        return False
    if tail in lx.name_words() or tail in NAME_PARTS:
        return False
    return not tail.endswith(SURNAME_ENDS)


def name_end_cut(word: str) -> int:
    """Where a name's last word ends in ``word``, when a word that follows names (a
    preposition, «وی», a post, a credit) is run into it («آرایعضو», «فکوهیبا»); 0 if not."""
    key = lx.key(word)
    for cut in range(3, len(key) - 1):
        if key[cut - 1] == "ی" and (key[cut:] in _tails() or key[cut:] == "با"):
            return end_of_key(word, key[:cut])
    return 0


# a cleric's title of two words whose first a heading's last word ran into, a line break lost
# before the paragraph it opens («... با وزیر بهداشتحجت الاسلام والمسلمین حسن روحانی ...»)
_CLERICAL_TITLES = (("حجت", "الاسلام"), ("آیت", "الله"))
_BEFORE_TITLE_LEAST = 3  # letters of the heading's word: «بهداشت»; no name ends in the title


def runs_into_title(keys: list[str], k: int) -> bool:
    """Key ``k`` is a word run into a cleric's title that opens the next paragraph: it ends
    with the title's first word and the next key is its second («بهداشتحجت | الاسلام»), or it
    ends with the title joined («انتخاباتآیت‌الله»)."""
    key = keys[k]
    for first, second in _CLERICAL_TITLES:
        if key.endswith(first) and len(key) - len(first) >= _BEFORE_TITLE_LEAST:
            if keys[k + 1 : k + 2] == [second]:
                return True
        if key.endswith(first + second) and len(key) - len(first + second) >= _BEFORE_TITLE_LEAST:
            return True
    return False


# the words a clause after a post opens with, run into the post's last word: «in», and
# «following» of a letter's first line («... ائمه جمعه کشورپیرو نامه شماره ...»)
_OPENERS = ("در", "پیرو")
_IN_HEAD_LEAST = 3  # letters of the word before it: «ملی»; not «ما» of «مادر», «شا» of «شاپیرو»


@lru_cache(maxsize=65536)  # per word, as ``glued``
def in_run_on(word: str) -> int:
    """Where a frequent word ends in ``word`` when «در» or «پیرو» is run into it and the
    whole is no word the news writes («ملیدر», «کشوردر», «کشورپیرو»; not «برادر», «بهادر»,
    «قلندر»), 0 if not."""
    key = lx.key(word)
    opener = next((o for o in _OPENERS if key.endswith(o)), "")
    head = key[: -len(opener)]
    if not opener or len(head) < _IN_HEAD_LEAST or "\u200c" in word:
        return 0
    if rank(key) < RARE or rank(head) >= FREQUENT or key in lx.name_words():
        return 0
    return end_of_key(word, head)


def end_of_key(word: str, head: str) -> int:
    """Where in ``word`` the letters whose key is ``head`` end (a character offset; a key
    drops marks and ZWNJs, so it is sought), 0 if no prefix of ``word`` has that key."""
    return next((p for p in range(len(word), 0, -1) if lx.key(word[:p]) == head), 0)


# today, yesterday, tonight, run into the word before them («عصرامروز»; no name ends so)
_DAYS = ("امروز", "دیروز", "امشب")

# titles that are no part of a given name («سید», «میر», «حاج», «امیر» are: «حاجعلی»)
_GLUED_TITLES = frozenset("دکتر مهندس سردار سرهنگ سرتیپ سرلشکر سپهبد پروفسور شهید مرحوم".split())

# nouns of the cues that open a source or a speaker («به گزارش», «به گفته», «به نقل از»)
_CUE_HEADS = ("گزارش", "گفته", "نقل")


def plain_head(key: str) -> bool:
    """A frequent word of four letters or more that opens no given name and is no word of a
    name («نیستند»; not «غلام» of «غلامحسین», «دوست» of «دوست‌محمد»)."""
    if len(key) < 4 or rank(key) >= FREQUENT or key in lx.first_name_heads():
        return False
    return key not in lx.name_words()


def _plain_word(key: str, least: int = 4) -> bool:
    """A frequent word of four letters (``least``) or more that no name is made of
    («سیاسی»; not «محمد», «زاده»)."""
    return (
        len(key) >= least
        and rank(key) < FREQUENT
        and key not in lx.first_names()
        and key not in SURNAME_ENDS
        and key not in NAME_PARTS
    )


def _given(key: str) -> bool:
    return len(key) > 3 and lx.first_names().get(key) is False


@cache
def _post_heads() -> frozenset[str]:
    """The words that open a post, of three letters or more, no given name («دبیر»)."""
    heads = {k for k in lx.post_heads().root if isinstance(k, str) and len(k) > 2}
    return frozenset(k for k in heads if k not in lx.first_names())


@cache
def _tails() -> frozenset[str]:
    """Words that follow a name and, glued to it, show two words run together: a
    preposition or «وی», a post, a credit («تهیه‌کننده»)."""
    heads = {k for k in lx.post_heads().root if isinstance(k, str) and len(k) > 2}
    return frozenset(heads | {"به", "وی", "در", "از", "را", "که", "گفت", *_CREDITS})


_CREDITS = (
    "تهیهکننده",
    "کارگردان",
    "نویسنده",
    "بازیگر",
    "دبیرکل",
    "آهنگساز",
    "تدوین",
    "داستان",
    "فیلمنامه",
    "تصویربردار",
)
