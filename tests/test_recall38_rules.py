"""The rules of the thirty-eighth persons-recall sample (``persons_recall_dev_38.jsonl``), on its
own sentences and on other shared articles: a list a plural title heads («آقایان») runs over a
person found in it, whatever the words of his name, and over the family name alone of one the
article names in full (``titled_lists``); a head of government's family name that is a word is
his after «دولت» with its terms' ordinals between («دولت‌های نهم و دهم احمدی‌نژاد»,
``word_figures``); «هجری» opens no name, «بی‌احترامی» alone is none (``no_name_edges.tsv``)."""

from __future__ import annotations

from conftest import persons


def test_a_titled_list_runs_over_a_name_of_three_words() -> None:
    # roozno_1024, the sample's: the first item a full name of three words, the later ones
    # family names alone, three of them ordinary words («نادران», «تقوی», «فرهنگی»)
    found = persons(
        "دبیر کارگروه اجرایی فراکسیون انقلاب اسلامی اذعان کرد: برای نواب رئیسه مجلس جدید 8 نفر "
        "اعلام کاندیداتوری رسمی کردند که عبارتند از: آقایان امیرحسین قاضی‌زاده هاشمی، محمدمهدی "
        "زاهدی، محمدرضا میرتاج‌الدینی، مصری، نادران، منادی، تقوی و فرهنگی."
    )
    for name in ("نادران", "تقوی", "فرهنگی", "مصری", "منادی"):
        assert found.get(name) == [name], name


def test_a_titled_list_runs_over_a_family_name_named_in_full() -> None:
    # roozno_1024, the sample's: «قالیباف» (a carpet weaver) named in full before
    found = persons(
        "محمدباقر قالیباف که حتی پیش از انتخابات نیز خود را برای ریاست آماده می‌کرد. تسنیم "
        "نوشت؛ احمد نادری گفت: جلسه پنجشنبه برگزار شد، آقایان قالیباف، حاجی‌بابایی، نیکزاد، "
        "حسینی و میرسلیم به‌شکل رسمی نامزدی خود را اعلام کردند."
    )
    assert found.get("حاجی‌بابایی") == ["حاجی‌بابایی"]
    assert found["محمدباقر قالیباف"] == ["محمدباقر قالیباف", "قالیباف"]


def test_a_titled_list_runs_over_a_person_found() -> None:
    # roozno_808 (a shared article): «زنگنه» found, «ظریف» (delicate) the list's second item
    found = persons(
        "من دو سال اول به دولت اصرار داشتم که باید از افراد کارکشته‌ای مثل آقایان زنگنه و ظریف "
        "استفاده کند اما بعد از دو سال به این مورد اصراری نداشتم."
    )
    assert found == {"زنگنه": ["زنگنه"], "ظریف": ["ظریف"]}
    # roozno_829 (a shared article): one word after the title and a clause, no list
    assert not persons(
        "ایالات متحده برای واداشتن دولت‌ها به تسلیم، در برابر خواسته‌های آقایان امپریالیست، "
        "تبدیل شده است."
    )


def test_a_head_of_government_after_his_terms_ordinals() -> None:
    # roozno_1024, the sample's
    found = persons(
        "با اعلام موجودیت فراکسیون کارگزاران دولت‌های نهم و دهم احمدی‌نژاد و یارانش عملا وارد "
        "صحنه رقابت برای ریاست شدند."
    )
    assert found == {"احمدی‌نژاد": ["احمدی‌نژاد"]}
    # roozno_190 (a shared article): Rouhani's second term
    found = persons(
        "چه دولت‌ها بخواهند و چه نه، باید محیط زیست را در اولویت‌های اصلی خود قرار دهند. دولت "
        "دوم روحانی هزینه‌های هنگفتی برای محیط زیست انجام داده است."
    )
    assert found == {"روحانی": ["روحانی"]}
    # an ordinal after «دولت» with no figure after it names no one
    assert not persons("محور اصلی فعالیت دولت‌های نهم و دهم تامین امکانات لازم بود.")


def test_an_era_and_disrespect_name_no_one() -> None:
    # mashregh_3, the sample's: an era named after Soleimani; «حاجی» the Haji, a noun
    assert not persons(
        "تذکره نویسان سیاسی و امنیتی این روز را مبدأ تاریخ هجری سلیمانی خواهند دانست."
    )
    assert not persons(
        "می‌گوید مخالف نظام و عزادار حوادث آبان‌ماه است اما هر کس به حاجی بی‌احترامی کند به "
        "شدیدترین شکل واکنش نشان می‌دهد."
    )
