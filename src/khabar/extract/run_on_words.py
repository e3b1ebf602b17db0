"""Words of the sentence run on into a name's end, and words that make what follows a form.

- A craft a person is named by (``craft_words.txt``) that no family name list holds ends no
  name of three words or more: the name ends before it («دکتر فاطمه منفرد پویا | روانشناس نیز
  ... می‌گوید», a psychologist; not «میترا استاد», a family name).
- So does «وکلای» (the lawyers of), whose client's name follows: «محمود حاجلوئی و مسعود
  افرازه | وکلای میترا استاد».
- A friend, a spouse or a colleague between a listed family name and a given name that ends
  the run is whose the one named before is: the name ends before it («بهمن خاوری | دوست رومینا
  گفته», Romina's friend; not «فیلیپ دوست بلازی», whose «بلازی» is no given name, nor a word
  of kin that names are made of, «علی کاظمی بابا حیدر»).
- So does a suitor, a friend, a spouse or a colleague right after a listed family name (or
  one in its shape) that ends a name of three words or more («بهمن خاوری | خواستگار رومینا»).
- An ordinary word after a family name alone, before «من» or «ما» and a copula, is what the
  one named is to the speaker: the name ends before it («خانم کلاهدوزان | امین من بود», was my
  trustee; not «شهید فلاحی ما نبود», no ordinary word).
- A preposition no name holds ends a name: «اظهارات بهمن | درباره رضایت رومینا» (Bahman's
  words about Romina's consent); one that opens it names no one.
- A word of the language made indefinite by «ی», no name list's word, ends an untitled name
  before «را»: it is the object, the name its verb's subject («حسن روحانی | هیئتی را متشکل از
  وزرای کشور ... تعیین کرد», a delegation; «عباس | هیئتی را ... فرستاده است», «احمد قوام |
  نخست‌وزیری را پذیرفت»; not «شهید عبدالعلی مزاری را», titled).
- After «به صورت» or «به شکل» (in the form of) the words name a form, no person («توزیع برنج
  به صورت «دمی پختک»», «به صورت علی الدوام», continually).
- A word of kin no family name list holds ends a name of three words or more before a royal
  title or a given name: the name ends before it, the kin being the one named next's («احمد
  بن عبدالعزیز | برادر پادشاه سعودی», the king's brother; not «ملا عبد الغنی برادر طی ...»,
  whose name it is); so does a plural of a common word made indefinite by «ی» (some
  opponents: «رفتن حسن روحانی | مخالفانی نیز ... داشت»; not «کرمانی», a family name).
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import FREQUENT, KIN_WORDS, rank, shaped
from khabar.extract.people import QUOTES_OPEN, Mention, ended_at
from khabar.text.segment import TokenColumns

# a friend, a spouse, a fiancé(e), a colleague: no name's word between its two parts
_FRIENDS = frozenset({"دوست", "همسر", "نامزد", "همکار"})
# and a suitor: words of a relation after a full name, whose the one named next is («رفیق», a
# comrade, is a given name too)
_RELATIONS = _FRIENDS | {"خواستگار"}
# prepositions of two syllables or more, never a name's word (not «در» of «اورسولا فن در لین»,
# nor «پیرامون», a family name too: «ابراهیم پیرامون مدیرعامل ...»)
_PREPOSITIONS = frozenset({"درباره", "دربارهی", "درخصوص", "برای"})
# «to me», «to us» and a copula after them: «امین من بود», «پشتیبان ما است»
_OWNERS = frozenset({"من", "ما"})
_COPULAS = frozenset({"بود", "است", "هست", "بودند", "هستند", "نبود", "نیست"})
# a person's noun in a broken plural's Ezafe, the persons of the one named next: lawyers of
_PERSONS_OF = frozenset({lx.key("وکلای")})
_OBJECT = "را"
_INDEFINITE = "ی"
_AS = "به"
_FORMS = frozenset({"صورت", "شکل"})
# words of kin (``namewords.KIN_WORDS``) stand after a name as the next one's: «X برادر پادشاه»,
# the king's brother
_PLURAL = "ان"


def without_run_on_words(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` ended before the words of the sentence run on into them, and without
    those that name a form (module docstring)."""
    out = []
    for m in mentions:
        if _as_form(tokens.words, keys, m.ti):
            continue
        j = _run_on_end(keys, m)
        if j == m.i:
            continue
        if j < m.j:
            m = ended_at(m, j, tokens.ends[j - 1], text)
        out.append(m)
    return out


def _run_on_end(keys: list[str], m: Mention) -> int:
    """Where ``m``'s name ends, before a preposition, a craft, a friend, a word of its
    relation to the speaker or an object; ``m.j`` where none runs on into it; ``m.i`` where
    it opens with a preposition."""
    i, j = m.i, m.j
    at = next((k for k in range(i, j) if keys[k] in _PREPOSITIONS), j)
    if at < j:
        return at
    last = keys[j - 1]
    if j - i >= 3 and last in lx.craft_words() and last not in lx.family_name_words():
        return j - 1
    if j - i >= 3 and last in _PERSONS_OF:
        return j - 1
    if j - i >= 3 and (_kin_of_next(keys, j) or _indefinite_plural(last)):
        return j - 1
    if j - i >= 4 and _friend_of(keys, j):
        return j - 2
    if j - i >= 3 and _relation_after_family(keys, j):
        return j - 1
    if j - i == 2 and _relation_to_speaker(keys, j):
        return j - 1
    if j - i in (2, 3) and m.ti == i and _indefinite_object(keys, j):
        return j - 1
    return j


def _friend_of(keys: list[str], j: int) -> bool:
    """A friend, a spouse or a colleague at ``j - 2``, after a listed family name and before
    a listed given name that ends the run at ``j``."""
    if keys[j - 2] not in _FRIENDS:
        return False
    return keys[j - 3] in lx.family_name_words() and keys[j - 1] in lx.first_names()


def _relation_after_family(keys: list[str], j: int) -> bool:
    """The name's last word, at ``j - 1``, is a word of a relation no family name list holds,
    after a listed family name or one in its shape that is no given name: «بهمن خاوری |
    خواستگار رومینا که او را فراری داد» (Romina's suitor)."""
    last, family = keys[j - 1], keys[j - 2]
    if last not in _RELATIONS or last in lx.family_name_words():
        return False
    listed = family in lx.family_name_words() or shaped(family)
    return listed and family not in lx.first_names()


def _relation_to_speaker(keys: list[str], j: int) -> bool:
    """The name's last word, at ``j - 1``, is an ordinary word that «من» or «ما» and a copula
    follow, after a family name alone that no given name is."""
    if j + 1 >= len(keys) or keys[j] not in _OWNERS or keys[j + 1] not in _COPULAS:
        return False
    first, last = keys[j - 2], keys[j - 1]
    return last in lx.common_words() and first not in lx.first_names()


def _indefinite_object(keys: list[str], j: int) -> bool:
    """The name's last word, at ``j - 1``, is a common word with «ی», no name's, before «را»."""
    if j >= len(keys) or keys[j] != _OBJECT:
        return False
    last = keys[j - 1]
    if not last.endswith(_INDEFINITE) or last in lx.name_words() or last in lx.first_names():
        return False
    return last not in lx.family_name_words() and last[:-1] in lx.common_words()


def _kin_of_next(keys: list[str], j: int) -> bool:
    """The name's last word, at ``j - 1``, is a word of kin that no name list holds, before a
    royal title or a given name, whose kin it is («برادر پادشاه سعودی»; not «ملا عبد الغنی
    برادر طی این هفته ...», Baradar)."""
    key = keys[j - 1]
    if key not in KIN_WORDS or key in lx.family_name_words() or key in lx.first_names():
        return False
    if j >= len(keys):
        return False
    royal = lx.honorifics().match(keys, j)
    return (royal is not None and royal[1].kind == "royal") or keys[j] in lx.first_names()


def _indefinite_plural(key: str) -> bool:
    """A frequent plural in «ان» of a common word, made indefinite by «ی» and no name's word:
    «مخالفانی» (some opponents); not «کرمانی», «روحانی», family names."""
    plural = key[:-1]
    if not key.endswith(_INDEFINITE) or not plural.endswith(_PLURAL):
        return False
    if key in lx.name_words() or key in lx.first_names() or key in lx.family_name_words():
        return False
    return rank(plural) < FREQUENT and plural[: -len(_PLURAL)] in lx.common_words()


def _as_form(words: list[str], keys: list[str], i: int) -> bool:
    """«به صورت» or «به شکل», a quotation mark between or none, before token ``i``."""
    k = i - 1
    if k >= 0 and words[k] in QUOTES_OPEN:
        k -= 1
    return k >= 1 and keys[k] in _FORMS and keys[k - 1] == _AS
