"""The rules of the thirty-seventh persons-recall sample (``persons_recall_dev_37.jsonl``), on its
own sentences and on other shared articles: a family name alone before a relative «که» is the
subject of the reporting verb past the clause (``lone_surnames._states_alone``); a name whose
last word runs into «نماینده» or «رئیس» after it, a letter's signature, stands with the tagger
too, cut where the word runs in (``tagged._run_on_end``, ``glued_ends._TAILS``), and makes no
longer name of the words written apart elsewhere (``tagged._fuller``)."""

from __future__ import annotations

from conftest import persons


def test_a_family_name_before_a_relative_clause_says_what_follows() -> None:
    # roozno_123, the sample's: Bennett named in full, then alone before «که» and his verb
    found = persons(
        "نفتالی بنت، وزیر دفاع اسرائیل، روز یکشنبه گفت که این رژیم و ایالات متحده به توافق "
        "رسیده‌اند.\nبه گزارش روز نو ، بنت که از سفری کاری به واشنگتن بازمی‌گشت به خبرنگاران "
        "اظهار داشت: «من با مارک اسپر وزیر دفاع آمریکا دیدار کردم.»"
    )
    assert found["نفتالی بنت"] == ["نفتالی بنت", "بنت"]


def test_a_relative_clause_that_names_another_keeps_its_speaker() -> None:
    # «که» later in the clause, naming another who speaks: the family name before says nothing
    found = persons(
        "نفتالی بنت، وزیر دفاع اسرائیل، روز یکشنبه سخنرانی کرد.\nبنت اما در این سفر شرکت "
        "داشت که ارسلان مطهری به خبرنگاران اظهار داشت: «این سفر کاری بود.»"
    )
    assert found["نفتالی بنت"] == ["نفتالی بنت"]


def test_a_signature_run_into_the_post_after_it() -> None:
    # roozno_474, the sample's: the letter's signature, «نماینده» run into the family name
    found = persons(
        "در نامه محمدرضا نجفی خطاب به حسن روحانی آمده است: «در پایان بر لزوم تقویت مدیریت "
        "بحران تاکید کرده و توفیق شما را خواستارم.\nمحمدرضا نجفینماینده مردم شریف تهران»"
    )
    assert found["محمدرضا نجفی"] == ["محمدرضا نجفی", "محمدرضا نجفی"]
    # tabnak_1236 (a shared article): the same signature after another letter of his
    found = persons(
        "محمد رضا نجفی نماینده تهران در سومین نامه‌اش به رئیس جمهور انتقاد کرد.\n"
        "محمدرضا نجفینماینده مردم تهران، شمیرانات، اسلامشهر، ری و پردیس در مجلس شورای اسلامی"
    )
    assert found == {"محمد رضا نجفی": ["محمد رضا نجفی", "محمدرضا نجفی"]}


def test_a_name_run_into_a_head_of_post() -> None:
    # tabnak_805 (a shared article): «رئیس» run into the family name, the governor's
    found = persons(
        "به عنوان نمونه دقایقی پیش عبدالناصر همتیرئیس کل بانک مرکزی در یادداشت اینستاگرامی "
        "خود نوشت: حال شاهد رشد قیمت دلار هستیم."
    )
    assert found == {"عبدالناصر همتی": ["عبدالناصر همتی"]}


def test_a_run_on_name_makes_no_longer_name_elsewhere() -> None:
    # tabnak_1314 (a shared article): «علی لاریجانیرییس مجلس» and, apart, «علی لاریجانی
    # رئیس مجلس»: one person, «رئیس» no word of his name
    found = persons(
        "طبق اعلام کنسرسیوم نفت یک منطقه نفتی کشف شد.، علی لاریجانیرییس مجلس مصوبه دولت را "
        "مغایر قانون دانست.، علی لاریجانی رئیس مجلس شورای اسلامی طی نامه‌ای به رئیس‌جمهور، "
        "قانون بودجه را جهت اجرا ابلاغ کرد."
    )
    assert found == {"علی لاریجانی": ["علی لاریجانی", "علی لاریجانی"]}
