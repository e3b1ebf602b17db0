"""The rules of the thirty-second persons-recall sample (``persons_recall_dev_32.jsonl``), on its
own sentences and on other shared articles: «مالک» (owner) ending a name before the thing
owned is its predicate, not the family name (``name_verbs._owner_of``); a film studio ends no
person's name (``no_name_edges.tsv``); «الیوت» and «پیت» are given names
(``foreign_given_names.txt``)."""

from __future__ import annotations

from conftest import persons


def test_owner_before_the_thing_owned_ends_the_name() -> None:
    # roozno_124, the sample's: Bloomberg named in full, then «آقای بلومبرگ مالک شرکت ...»
    found = persons(
        "مایکل بلومبرگ، شهردار سابق نیویورک با ثروت خالص ۵۶ میلیارد دلاری در صدر قرار دارد.\n"
        "آقای بلومبرگ مالک شرکت بلومبرگ است که در زمینه تحلیل داده‌های مالی فعالیت می‌کند."
    )
    assert found["مایکل بلومبرگ"] == ["مایکل بلومبرگ", "بلومبرگ"]
    assert "بلومبرگ مالک" not in found


def test_owner_of_a_club_ends_the_name() -> None:
    # tabnak_1504
    found = persons(
        "به گزارش تابناک ورزشی، روز گذشته فرهاد حمیداوی مالک شهرخودرو اعلام کرد که دو عضو "
        "این تیم مشکوک به ویروس کرونا هستند."
    )
    assert "فرهاد حمیداوی" in found
    assert "فرهاد حمیداوی مالک" not in found


def test_a_given_name_malek_still_opens_a_name() -> None:
    # roozno_1128: «مالک» opening a name in a list of MPs
    found = persons(
        "شش نماینده دیگر از‌جمله سیدنظام‌الدین موسوی، مالک شریعتی، احمد نادری، علی خضریان و "
        "مجتبی رضاخواه به او رای دادند."
    )
    assert "مالک شریعتی" in found


def test_a_film_studio_names_no_one() -> None:
    # tabnak_1396, the sample's: the only studio the shared news credits so
    found = persons(
        "این فیلم به تهیه‌کنندگی مارول استودیوز ساخته و توسط استودیو سینمایی والت دیزنی توزیع شد."
    )
    assert not any("استودیو" in name for name in found)


def test_elliot_and_pete_open_names() -> None:
    # tabnak_1396, the sample's: the film's editors
    found = persons(
        "پینار توپاک موسیقی متن این فیلم را ساخت و الیوت گراهام و دبی برمن این اثر را تدوین کرد."
    )
    assert "الیوت گراهام" in found
    # roozno_162: Buttigieg after «او نیز»
    found = persons(
        "با این حال صدرنشینی برنی سندرز و بعد از او نیز پیت بوتجیج و الیزابت واردن نشان از این "
        "دارد که رویه مورد علاقه حزب تغییر کرده است."
    )
    assert "پیت بوتجیج" in found
