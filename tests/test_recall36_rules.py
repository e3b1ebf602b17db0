"""The rules of the thirty-sixth persons-recall sample (``persons_recall_dev_36.jsonl``), on its
own sentences and on other shared articles: three pen names or more joined in one list are the
poets with no poetry beside them, and two that such a list names (``poet_names.py``); a family
name alone in quotes after «سناتور» or «قاضی» is a name (``unlisted_names.find_quoted_names``);
«رکس» is a given name (``foreign_given_names.txt``)."""

from __future__ import annotations

from conftest import persons


def test_three_pen_names_in_a_list_are_the_poets() -> None:
    # sobhane2_22, the sample's: the list of three, and the two it names in the sentence before
    found = persons(
        "با این دفاع‌های بد که شهید حججی را بر حافظ و سعدی ترجیح دهیم، آیا کمکی به ارزش‌ها "
        "کرده‌ایم یا دانسته و نادانسته دست به تخریب آن‌ها زده‌ایم؟ حافظ و سعدی و مولانا جایگاه "
        "خود را دارند و شهیدان والامقام جایگاه خود."
    )
    assert found["حافظ"] == ["حافظ", "حافظ"]
    assert found["سعدی"] == ["سعدی", "سعدی"]
    assert found["مولانا"] == ["مولانا"]


def test_two_pen_names_alone_or_streets_are_no_poets() -> None:
    # two pen names with no list of three beside them: a guardian and a given name, no poets
    found = persons("او را حافظ و سعدی را نگهبان این خانه می‌دانند.")
    assert "حافظ" not in found and "سعدی" not in found
    # the streets, their word in the plural before the list
    found = persons("ترافیک در خیابان‌های حافظ و سعدی و فردوسی سنگین است.")
    assert not {"حافظ", "سعدی", "فردوسی"} & set(found)
    # fars-news-5.json, farsnews 8312290001 (a shared article): a street, one pen name
    found = persons(
        "مرکز خرید فرش - بازار بزرگ و خیابان فردوسی و مرکز خرید کتاب -روبروی دانشگاه تهران."
    )
    assert "فردوسی" not in found


def test_a_family_name_alone_in_quotes_after_senator() -> None:
    # roozno_263, the sample's: Senator Murphy by family name alone, twice
    found = persons(
        "وزیر امور خارجه درباره دیدار او با سناتور «مورفی»، گفت: سناتورهای آمریکا از ۲۰ سال "
        "پیش با من دیدار می‌کنند و چیز جدیدی نیست."
    )
    assert found.get("مورفی") == ["مورفی"]
    # an ordinary word in quotes after the title is no name
    found = persons("سناتور «جمهوریخواه» گفت که این طرح رد شد.")
    assert not found
    # roozno_164 (read for its quotes): a full name in quotes after the title, as before
    found = persons(
        'موقعیت سناتور "برنی سندرز" از نامزدهای اصلی حزب دموکرات در رقابت انتخابات ریاست '
        "جمهوری سال ۲۰۲۰ تقویت شده است."
    )
    assert "برنی سندرز" in found


def test_rex_opens_a_name() -> None:
    # fars-1_165, the sample's: Tillerson in full in an apposition to Pompeo
    found = persons(
        "ترامپ و برخی از مشاورانش از جمله مایک پامپئو، نامزد پیشنهادی ترامپ به عنوان جانشین "
        "رکس تیلرسون وزیر خارجه این کشور، از همین حالا سخن گفتند."
    )
    assert "رکس تیلرسون" in found and "مایک پامپئو" in found
    # roozno_1070 (a shared article): «هرکس» is no one
    found = persons(
        "نیز این طور توجیه می‌کردند که اگر لازم باشد خود رهبری وارد می‌شوند، در حالی که هرکس "
        "وظیفه خود را دارد."
    )
    assert not found
