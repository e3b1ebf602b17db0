"""Clubs named by a word or two and their town after the word of a team, and words and
peoples taken for places and bodies (extract/team_towns.py, extract/place_or_word.py)."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.place_or_word import a_word_among_words, closed_before_place, people_of_a_place
from khabar.extract.team_towns import sides_of_places, team_towns
from khabar.text import repair

# PEYMA's training part, a volleyball report: the tagger marked the towns alone
VOLLEYBALL = (
    "حساس‌ترین دیدار هفته بین تیم‌های حفاری اهواز و دبیری تبریز آغاز شد . این بازی که تا"
    " ثانیه‌های پایانی ادامه داشت در لیگ برتر برگزار شد ."
)
# ARMAN's folds 1–2: a national team after the word of its sport, the country its place
NATIONAL = "اعضای برگزیده تیم بدمینتون ایران در سه رده سنی جوانان ، امید و بزرگسالان بازی کردند ."


def _keys(text: str) -> tuple[list[str], list[str]]:
    words = repair(text).token_columns.words
    return words, lx.keys_of(words)


def _at(words: list[str], name: str) -> tuple[int, int]:
    n = len(name.split())
    i = next(k for k in range(len(words)) if " ".join(words[k : k + n]) == name)
    return i, i + n


def test_clubs_after_the_plural_of_a_team_take_in_their_towns() -> None:
    words, keys = _keys(VOLLEYBALL)
    towns = [_at(words, "اهواز"), _at(words, "تبریز")]
    marked = {k for a, b in towns for k in range(a, b)}
    assert team_towns(keys, marked, towns) == [
        _at(words, "حفاری اهواز"),
        _at(words, "دبیری تبریز"),
    ]


def test_a_name_the_tagger_marks_is_no_club_word() -> None:
    words, keys = _keys(VOLLEYBALL)
    towns = [_at(words, "اهواز"), _at(words, "تبریز")]
    marked = {k for a, b in towns for k in range(a, b)} | {words.index("دبیری")}
    assert team_towns(keys, marked, towns) == [_at(words, "حفاری اهواز")]


def test_a_countrys_team_and_a_game_less_article_name_no_club() -> None:
    words, keys = _keys(NATIONAL + " این بازی در لیگ آسیا بود .")
    iran = _at(words, "ایران")
    assert team_towns(keys, set(range(*iran)), [iran]) == []
    words, keys = _keys("تیم‌های حفاری اهواز و دبیری تبریز به این شهر آمدند .")
    towns = [_at(words, "اهواز"), _at(words, "تبریز")]
    assert team_towns(keys, {k for a, b in towns for k in range(a, b)}, towns) == []


# PEYMA's training part: a side named by its sport and its place, one organization
SIDES = (
    "تیم ملی والیبال ایران در سومین بازی خود از گروه B رقابتهای المپیک به مصاف کوبا رفت و"
    " تیم تنیس روی میز نوجوانان قم با تیم‌های فارس و مرکزی همگروه شد ."
)
WOMEN = "تیم ملی بانوان ایران در این بازی 7 - 0 شکست خورد ."


def test_a_side_named_by_its_sport_holds_its_place() -> None:
    words, keys = _keys(SIDES)
    places = [_at(words, "ایران"), _at(words, "قم"), _at(words, "فارس")]
    assert sides_of_places(keys, places) == [
        _at(words, "تیم ملی والیبال ایران"),
        _at(words, "تیم تنیس روی میز نوجوانان قم"),
    ]


def test_a_side_without_its_sport_leaves_its_place() -> None:
    words, keys = _keys(WOMEN)
    assert sides_of_places(keys, [_at(words, "ایران")]) == []
    words, keys = _keys("تیم جوانان استان قم در لیگ فوتبال برنده شد .")
    assert sides_of_places(keys, [_at(words, "استان قم")]) == []


# PEYMA's training part: a town that is also a word, among words
THOUGHT = "سومین سوگواره در برج میلاد با همین نگاه و اندیشه به استقبال آن رفت ."
ATTRIBUTES = "دو یاس کوچک ( طفلان مسلم ) ، حر ( اندیشه ، توبه ، شهادت ) شش‌ماهه"
TOWNS = "مصلی‌های شهریار ، اندیشه و قدس آماده شده‌اند ."
CLAUSE = "طرح آبیاری اراضی در مهران ، شرکت در نشست اقتصادی و بازدید از مرز"


def test_a_town_that_is_a_word_among_words_is_the_word() -> None:
    for text in (THOUGHT, ATTRIBUTES):
        words, keys = _keys(text)
        i = words.index("اندیشه")
        assert a_word_among_words(keys, i, i + 1, set(), listed=True)


def test_a_town_among_towns_or_before_a_clause_stays_a_place() -> None:
    words, keys = _keys(TOWNS)
    i = words.index("اندیشه")
    assert not a_word_among_words(keys, i, i + 1, set(), listed=True)
    words, keys = _keys(CLAUSE)  # «مهران ، شرکت در ...»: a clause goes on past the comma
    i = words.index("مهران")
    assert not a_word_among_words(keys, i, i + 1, set(), listed=True)
    words, keys = _keys("سیاست ایران در منطقه و جهان تنش‌زدایی است .")
    i = words.index("جهان")
    assert not a_word_among_words(keys, i, i + 1, set(), listed=False)


def test_a_places_people_is_no_body_but_a_body_of_them_is() -> None:
    words, keys = _keys("گوشه‌ای از زندگی روزان مردم سرت لیبی در سایه داعش")
    assert people_of_a_place(keys, *_at(words, "روزان مردم سرت لیبی"))
    words, keys = _keys("اعضای مجمع نمایندگان مردم گیلان گفتند")
    assert not people_of_a_place(keys, *_at(words, "مجمع نمایندگان مردم گیلان"))
    words, keys = _keys("حزب کمونیست مردم قزاقستان اعلام کرد")
    assert not people_of_a_place(keys, *_at(words, "حزب کمونیست مردم قزاقستان"))


def test_jerusalem_among_words_and_a_town_after_its_lead_stay_places() -> None:
    # the shared news: «درباره قدس و حق بازگشت» is Jerusalem, as nearly everywhere alone
    words, keys = _keys("نقض همه توافق‌نامه‌های بین‌المللی به ویژه درباره قدس و حق بازگشت دانسته‌اند")
    i = words.index("قدس")
    assert not a_word_among_words(keys, i, i + 1, set(), listed=True)
    # «تیم محبوب شهر اصفهان»: a town after its lead is no club's
    words, keys = _keys("روی تیم محبوب شهر اصفهان در لیگ برتر متمرکز شد .")
    town = _at(words, "شهر اصفهان")
    assert team_towns(keys, set(range(*town)), [town]) == []


def test_a_body_run_past_its_closing_mark_ends_there_before_a_town() -> None:
    # PEYMA's training part, bookshops in quotation marks, each with its town after the marks
    text = "« نمایشگاه و فروشگاه کتاب محام » اهواز ، « کتاب شهر » کرمانشاه و « پردیس کتاب » مشهد"
    words, keys = _keys(text)
    a, b = _at(words, "پردیس کتاب » مشهد")
    assert closed_before_place(words, a, b, keys) == b - 2
    a, b = _at(words, "« کتاب شهر » کرمانشاه")  # its opening mark inside: a name in quotes
    assert closed_before_place(words, a, b, keys) is None
