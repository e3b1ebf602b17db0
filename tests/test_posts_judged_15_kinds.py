"""Posts the fifteenth judged sample (``posts_judged_15.jsonl``) missed or gave wrong, and what
the rules written for them leave alone: a post alone inside others' words in the lead is the
title's one person's where the title says the same with the name in its place; a name in
quotation marks right after «سناتور» is a person; «بار دیگر» ends a post. Sentences of the
shared news (fars 2_220 and 4_12), and sentences each rule must leave alone."""

from khabar.extract import extract_text
from khabar.model import Document


def _posts(doc: Document) -> dict[str, list[str]]:
    return {p.name: p.posts for p in doc.persons}


_CONGRESS = (
    "اقدام عليه ايران، بوش را در برابر كنگره قرار مي‌دهد\n"
    "خبرگزاري فارس: اعضاي دموكرات و جمهوريخواه كنگره آمريكا به دنبال تهديدات جديد جرج بوش "
    "عليه ايران هشدار دادند، اقدام نظامي عليه ايران، رئيس جمهوري آمريكا را در برابر كنگره "
    "قرار مي‌دهد.\n"
    "به گزارش فارس جرج بوش در سخنان روز پنجشنبه خود در واشنگتن ايران را به دخالت در امور "
    "داخلي عراق متهم كرد.\n"
)


def test_a_post_in_others_words_is_the_titles_one_where_the_title_restates_them():
    # fars-2_220: the title's «بوش را در برابر کنگره قرار می‌دهد» is the lead's «رئیس جمهوری
    # آمریکا را در برابر کنگره قرار می‌دهد» in the congressmen's warning
    assert _posts(extract_text(_CONGRESS)) == {"جرج بوش": ["رئیس جمهوری آمریکا"]}


def test_a_post_in_others_words_is_no_ones_where_the_title_says_other_words():
    text = _CONGRESS.replace("بوش را در برابر كنگره قرار مي‌دهد", "بوش باید از كنگره مجوز بگیرد")
    assert _posts(extract_text(text)) == {"جرج بوش": []}


def test_a_title_restating_two_words_proves_nothing():
    # «... تهدید کرد» is too short to tell one clause from another
    text = (
        "اقدام علیه ایران، بوش تهدید کرد\n"
        "خبرگزاري فارس: نمایندگان کنگره آمریکا به دنبال تهديدات جديد جرج بوش عليه ايران "
        "گفتند، پس از این اقدام، وزیر دفاع آمریکا تهدید کرد.\n"
    )
    assert _posts(extract_text(text)) == {"جرج بوش": []}


_SENATOR = (
    'بنا بر اين گزارش،‌ سناتور "كيت باند" يكي از سناتورهاي جمهوريخواه از ايالت "ميسوري" '
    "و معاون رئيس كميته اطلاعاتي سنا روز گذشته در واكنش به اظهارات جرج بوش گفت: «شك دارم "
    "رئيس جمهور بدون اين كه به كنگره مراجعه كند دست به اين كار بزند.»\n"
)


def test_a_name_in_quotation_marks_after_senator_is_a_person():
    # fars-2_220: the senator speaks, and his post is no longer the president's his words name
    doc = extract_text(_SENATOR)
    assert _posts(doc)["کیت باند"] == ["سناتور"]
    assert _posts(doc)["جرج بوش"] == []
    assert doc.quotes[0].speaker == "کیت باند"


def test_words_in_quotation_marks_after_another_head_are_left_as_before():
    # only a head written as a title («سناتور», «قاضی») opens a name in quotation marks
    doc = extract_text(_SENATOR.replace('سناتور "كيت باند"', 'وزیر "كيت باند"'))
    assert "کیت باند" not in _posts(doc)


def test_once_more_ends_a_post():
    # fars-4_12: «معاون دوم رئیس جمهور | بار دیگر این قانون را وتو کند»
    text = (
        "اگر طارق الهاشمی معاون دوم رئیس جمهور بار دیگر این قانون را وتو کند این قانون برای "
        "سومین بار در مجلس به رای گذاشته خواهد شد.\n"
    )
    assert _posts(extract_text(text))["طارق الهاشمی"] == ["معاون دوم رئیس جمهور"]


def test_a_load_in_a_bodys_name_stays_in_the_post():
    # «بار» without «دیگر» is a body's word
    text = "علی رضایی مدیر پایانه بار تهران گفت: کار ادامه دارد.\n"
    assert _posts(extract_text(text))["علی رضایی"] == ["مدیر پایانه بار تهران"]
