"""The rule of the fortieth persons-recall sample (``persons_recall_dev_40.jsonl``), on its own
sentences and on other shared articles: the last word of a family name of two words after a
listed given name, of a family name's shape, names its holder alone too
(``surname_mentions._second_given_tails``): «محمد توفیق علاوی» ... «مکلف شدن علاوی»; not
after its first word misspelt (``_head_misspelt_before``: «تحت روانچی»)."""

from __future__ import annotations

from conftest import persons


def test_the_last_word_of_a_name_of_three_names_him_alone() -> None:
    # tabnak_887, the sample's: Allawi in full, then by his last word away from any subject
    found = persons(
        "معترضان در تظاهرات میلیونی خود در میدان التحریر بار دیگر مخالفت خود را با محمد توفیق "
        "علاوی، نخست وزیر جدید اعلام کردند.\nبارزترین خواسته مردم در تظاهرات امروز، مخالفت با "
        "نامزد احزاب برای سمت نخست وزیری یعنی علاوی است.\nکابینه‌ای که مردم عراق از همان ابتدای "
        "مکلف شدن علاوی توسط رئیس جمهوری عراق با آن مخالف هستند."
    )
    assert found["محمد توفیق علاوی"] == ["محمد توفیق علاوی", "علاوی", "علاوی"]


def test_the_last_word_after_a_verb_and_a_preposition() -> None:
    # tabnak_831 (a shared article): «نگذارند علاوی», «علیه علاوی», «دولت علاوی»
    found = persons(
        "گروه‌های شیعی برجسته‌ای به محمد توفیق علاوی، نخست‌وزیر مکلف عراق اعلام کرده‌اند که "
        "در جلسه رأی‌گیری حضور نیابند.\nبه گفته این منبع، گروه‌های سیاسی اخیرا توافق کردند، "
        "نگذارند علاوی نظر خود را بر تمامی طرف‌ها تحمیل کند.\nمحمد التمیمی، تحلیلگر سیاسی "
        "گفت، گروه‌های سیاسی که در سال‌های گذشته اختلاف داشتند علیه علاوی متحد شده‌اند."
    )
    assert found["محمد توفیق علاوی"] == ["محمد توفیق علاوی", "علاوی", "علاوی"]


def test_an_ordinary_word_after_a_name_names_no_one() -> None:
    # fars-3, farsnews 8707060245 (a shared article): «جوان» (young) after Hasan Bamdad's
    # name is no word of it, and «جوان دیگری» (another young man) is not he
    found = persons(
        "حسن بامداد جوان تحصیل کرده مهربانی است که به شغل کشاورزی روی آورده است.\n"
        "جوان دیگری از شهر دوزدوزان، آمادگی خود را برای تحویل کل محصول خود اعلام کرد."
    )
    assert all("جوان" not in mentions[1:] for mentions in found.values())


def test_a_family_name_after_a_family_name_stays_whole() -> None:
    # roozno_355 (a shared article): «رحمانی فضلی» is one family name, not «فضلی» alone
    found = persons(
        "عبدالرضا رحمانی فضلی وزیر کشور در نشست خبری گفت: مشارکت ۴۲ درصد بود.\n"
        "رحمانی فضلی ادامه داد: انتخابات مجلس بر خلاف انتخابات ریاست جمهوری است."
    )
    assert found["عبدالرضا رحمانی فضلی"] == ["عبدالرضا رحمانی فضلی", "رحمانی فضلی"]


def test_a_misspelt_first_word_keeps_the_last_one_from_standing_alone() -> None:
    # fars-5_172 (the twenty-fifth sample's): «تحت روانچی» is «تخت روانچی» misspelt, the
    # whole family name, not «روانچی» alone after a preposition
    found = persons(
        "به گزارش خبرگزاری فارس، «مجید تخت روانچی» نماینده دائم ایران در سازمان ملل گفت: "
        "«آمریکا باید سرنوشت خود را تعیین کند.»\nتحت روانچی با بیان اینکه ترامپ به دنبال "
        "تعطیل کردن برجام بود، گفت: «توافق میان دو کشور نیست.»"
    )
    assert "روانچی" not in found.get("مجید تخت روانچی", [])
