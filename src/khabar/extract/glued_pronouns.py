"""A subheading the source ran into the next paragraph's «وی» or «او»: «... در قموی تاکید
کرد:», «ویروس کرونا قوی‌تر شده استوی گفت:»; the pronoun is the current speaker."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.glued_heading_nouns import plural_noun
from khabar.extract.namewords import RARE, rank
from khabar.extract.registry import Registry

# a subheading's last word, run into the pronoun: «... امنیتی استاو در ادامه افزود:»
_HEADING_ENDS = {"است", "نیست", "شد", "بود", "دارد", "کند", "کنیم", "کرد", "شود", "باشد"}
# and the plural, negative and other persons of these, and «داشت», «رسید», «گردید»: «... ما
# اجتماع حضوری نخواهیم داشترئیس جمهوری ... گفت», «... مشغول غربالگری هستندسخنگوی دولت ...»
_HEADING_ENDS |= {"هست", "هستند", "هستیم", "نیستند", "نیستیم", "شدند", "شدیم", "نشد"}
_HEADING_ENDS |= {"بودند", "بودیم", "دارند", "داریم", "ندارد", "ندارند", "نداریم", "کردند"}
_HEADING_ENDS |= {"کردیم", "نکرد", "داشت", "داشتند", "نداشت", "رسید", "رسیدند", "گردید"}
# and the light verbs of change and taking: «... به یک‌سوم حجم سیلابی کاهش یافتمدیرعامل ...»
_HEADING_ENDS |= {"یافت", "یافتند", "نیافت", "گرفت", "گرفتند"}
# and the present of the plural: «... رد صلاحیت شونددبیرکل جبهه پایداری تصریح کرد:», «...
# از نظر اجتماعی رشد کنندنماینده مردم تهران ... ادامه داد:»
_HEADING_ENDS |= {"کنند", "نکنند", "شوند", "نشوند"}
# what follows «وی» in its clause («وی همچنین افزود», «وی با اشاره به ...»), not a noun of an
# ezafe («جلوی میوه‌فروشی»)
_AFTER_HE = {"همچنین", "نیز", "با", "ضمن", "در", "به", "درباره", "پیش", "پس", "روز", "امروز"}
_WORD = 4  # letters of a heading's last word, a noun or an adjective, run into «وی»
# «بیشتر بخوانید: ...»: a link to other stories, their titles run on into the next paragraph
READ_MORE = (lx.key("بیشتر"), lx.key("بخوانید"), ":")


def glued_pronoun(keys, s, verb_at, reg: Registry, post_at) -> int | None:
    """The token of ``s:verb_at`` that is a heading's last word run into «وی» or «او»: a word
    khabar does not know ending in «وی» after an ordinary word or a heading's verb, or in «او»
    after such a verb; None if none. A person named before it stops the search, but in the
    titles of a «بیشتر بخوانید:» list («... قتل رومینا سیزده ساله / یادداشتی از محمد
    فاضلیوی گفت:»)."""
    verbs = lx.reporting_verbs()
    # a «بیشتر بخوانید:» list's titles may name persons: the subject is past them all
    listed = tuple(keys[s : s + len(READ_MORE)]) == READ_MORE
    for k in range(s, verb_at):
        key = keys[k]
        if (k in reg.by_token and not listed) or k in post_at:
            return None
        if key in verbs.root and verbs.match(keys, k):
            return None
        stem = key[:-2]
        if (
            key.endswith(("وی", "او"))
            and (len(stem) >= 3 or stem in _HEADING_ENDS)  # «... رد شدوی افزود:»
            and (k + 1 == verb_at or keys[k + 1] in _AFTER_HE)
            and key not in lx.common_words()
            and key not in lx.first_names()
            # «او» ends many words: only after a heading's verb («... است‌او در ادامه افزود»)
            and (
                heading_end(stem)
                or (key.endswith("وی") and (_heading_word(key, stem) or _subjunctive(stem)))
            )
        ):
            return k
        if key == "وی" and k > s and keys[k - 1].isdigit() and _after_he(keys, k, verb_at):
            return k  # «برنامه‌های سال 99 وی اظهار کرد:»: a heading ending in a number
    return None


def _heading_word(key: str, stem: str) -> bool:
    """``key`` is a heading's last word ``stem`` run into «وی»: an ordinary word, or a word
    the frequency list knows, of some letters, when the whole is none («... از اورژانس
    اجتماعیوی در توضیح ... گفت», «... از سوی افراطیونوی با بیان ... افزود»; not «فرانسوی»)."""
    if stem in lx.common_words():
        return True
    known = (len(stem) >= _WORD and rank(stem) < RARE) or plural_noun(stem)  # «رستوران‌هاوی»
    return known and rank(key) >= RARE


def _after_he(keys, k: int, verb_at: int) -> bool:
    return k + 1 == verb_at or keys[k + 1] in _AFTER_HE


def heading_end(stem: str) -> bool:
    """Whether a word may be a heading's last word, a verb («... قوی‌تر شده است», «... به
    توافق می‌رسند»), so that a word run into it opens the next paragraph."""
    return stem in _HEADING_ENDS or _heading_verb(stem) or _joined_copula(stem)


def _joined_copula(stem: str) -> bool:
    """Whether a word is a word and the copula joined to it, a heading's last word: «ست»
    after «ا» or «و» («... کرونا در بین ویروس‌ها استثناستاو ... گفت:»), «است» after any
    other («... در حال تغییراست»); not a verb or a noun so shaped («خواست», «آراست»,
    «درخواست», «سیاست»: what comes before no word of some letters)."""
    if not stem.endswith(_JOINED_IS) or stem in lx.common_words():
        return False
    after_vowel = stem[: -len(_JOINED_IS)]
    if after_vowel.endswith(("ا", "و")) and _a_word(after_vowel):
        return True
    return stem.endswith(_IS) and _a_word(stem[: -len(_IS)])


def _a_word(word: str) -> bool:
    return len(word) >= _WORD and rank(word) < RARE


_IS = "است"
_JOINED_IS = "ست"  # «است» after a long vowel: «استثناست», «آن‌جاست»


def _heading_verb(stem: str) -> bool:
    """Whether a word is a verb of the present or the past continuous, a heading's last word
    («... به توافق می‌رسندوی ادامه داد:», «... را از دست نمی‌دهداو افزود»), or the present
    perfect's «اند», apart or joined («... بهبود یافته و ترخیص‌شده اندوی تاکید کرد:», «...
    را از دست داده‌اندوی ادامه داد:»)."""
    if stem == _PERFECT or (stem.endswith(_PARTICIPLE_PERFECT) and len(stem) >= _PERFECT_WORD):
        return True
    return (
        stem.startswith(("می", "نمی"))
        and len(stem) >= 5
        and stem.endswith(("د", "م", "ند", "یم", "ید"))
    )


def _subjunctive(stem: str) -> bool:
    """Whether a word is the subjunctive of a plural person, a slogan's last word run into
    «وی» («... اتحاد شوم کرونا و تحریم را بشکنیموی تصریح کرد:», «... باشیدوی ...»); not a
    noun so shaped («بازدید»)."""
    return (
        stem.startswith(_SUBJUNCTIVE)
        and len(stem) >= 5
        and stem.endswith(_PLURAL_PERSONS)
        and (stem not in lx.common_words() or stem.startswith(_BE))
    )


_SUBJUNCTIVE = "ب"  # «بشکنیم», «بگذارند», «باشید»
_PLURAL_PERSONS = ("یم", "ید", "ند")
_BE = "باش"  # «باشیم», «باشید», «باشند»: common words, and verbs


_PERFECT = "اند"
_PARTICIPLE_PERFECT = "ه" + _PERFECT  # keys: «داده‌اند» is «دادهاند»
_PERFECT_WORD = 6  # letters of a participle and «اند»: «شده‌اند», not «خانه» of a name
