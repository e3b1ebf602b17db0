"""What is no person's name and where a name ends, by the classes of the false persons read in
the twenty-first store sample (``tests/fixtures/persons_judged_store_21.jsonl``), on sentences
of the shared news, and the names that must stand."""

from __future__ import annotations

from conftest import names

from khabar.extract import extract_text

# tabnak_data_344: the sample's line, a club written «تیم فوتبال شاهین بوشهر» and «تیم شاهین
# شهرداری بوشهر» in the article
_CLUB = (
    "تیم فوتبال شاهین بوشهر پس از ۱۸ هفته بالاخره موفق شد به پیروزی برسد که این پیروزی را "
    "خارج از خانه و در یک بازی پرگل مقابل پیکان به دست آورد.\n"
    "به گزارش تابناک ورزشی، تیم شاهین شهرداری بوشهر در چارچوب دیدارهای هفته هجدهم رقابت‌های "
    "لیگ برتر فوتبال باشگاه‌های کشور در دیدار خارج از خانه خود مقابل پیکان در ورزشگاه شهدای "
    "شهر قدس به برتری 3 بر یک دست یافت.\n"
    "سجاد حیدری‌مقدم (8)، سجاد مشکل‌پور (27) و اسماعیل شریفات (38) گلزنان تیم میهمان بودند که "
    "هر سه گل آنها در نیمه نخست به ثمر رسید تا شاهین شهرداری بوشهر به این ترتیب به نخستین "
    "پیروزی فصل خود دست یابد.\n"
    "امیرحسین کریمی، محمد ستاری، ابراهیم صالحی و شهریار مغانلو از پیکان و ماکسیما کویلیتایا و "
    "اسماعیل شریفات از شاهین شهرداری با کارت زرد داور جریمه شدند.\n"
    "شاهین با این پیروزی علاوه بر کسب اولین سه امتیاز فصل خود، 10 امتیازی شد تا پس از 18 هفته "
    "امتیازهای این تیم دو رقمی شود با این حال، جایگاهش در انتهای جدول تغییری نکرد.\n"
)
# fars-news-2 item 188: a basketball club written «تیم ثامن مشهد», then «ثامن» alone
_BASKETBALL = (
    "در هفته نخست دور برگشت لیگ برتر بسکتبال کشور نفت آبادان یک مصاف سخت را در خانه مقابل "
    "دانشگاه برگزار می‌کند و پتروشیمی در مشهد به مصاف ثامن خواهد رفت. "
    "دیدار دو تیم ثامن مشهد و پتروشیمی بندر امام در نخستین گام دور برگشت برگزار می‌شود. "
    "شاگردان هماد سامری در این روز نیز در مقابل مصطفی هاشمی و یارانش حرف‌های زیادی برای "
    "گفتن خواهند داشت."
)


def test_a_word_the_article_writes_as_a_clubs_before_its_town_is_no_person() -> None:
    assert "شاهین" not in names(_CLUB)
    assert {"سجاد مشکل\u200cپور", "اسماعیل شریفات", "امیرحسین کریمی"} <= set(names(_CLUB))
    assert "ثامن" not in names(_BASKETBALL)
    assert "مصطفی هاشمی" in names(_BASKETBALL)


# a name after «تیم» with no town after it is the coach's team: the coach stands
_COACH = (
    "برانکو ایوانکوویچ سرمربی پرسپولیس در نشست خبری پیش از دیدار با سپاهان گفت: تیم برانکو "
    "در این فصل بازی‌های خوبی انجام داده است و برانکو از بازیکنانش راضی است."
)


def test_a_name_after_team_with_no_town_after_it_stands() -> None:
    assert "برانکو ایوانکوویچ" in names(_COACH)


# roozno_data_1147: the sample's line, a book's title
_BOOK = (
    "حسین اچ دیگر کاربر توئیتر با اشاره به متن نهج البلاغه نوشت: «به جای خواندن قرآن توصیه "
    "می‌شه که چند بار از نامه حضرت علی به مالک اشتر در مورد شیوه مملکت‌داری رونویسی کنند»."
)
# fars-news-2 item 76: the sample's line, Samir Kuntar's epithet, the prisoners' chief
_EPITHET = (
    "این لوح فشرده شامل سخنرانی سمیر قنطار (سردار الاسرا) و عبدالکریم عبید اسیران آزاد شده "
    "از بند رژیم صهیونیستی است."
)
# tabnak_data_1363: «النهج» inside a bloc's quoted name is no name's either
_BLOC = (
    "این نشست با حضور ائتلاف «دولت قانون»، فراکسیون «العقد الوطنی» و فراکسیون «النهج الوطنی» "
    "برگزار شد و نوری المالکی در آن سخن گفت."
)


def test_a_books_way_opens_no_name_and_the_prisoners_alone_name_no_one() -> None:
    assert "نهج البلاغه" not in names(_BOOK)
    assert "الاسرا" not in names(_EPITHET)
    assert names(_EPITHET) == ["سمیر قنطار", "عبدالکریم عبید"]
    # nor is the word the tagger's place once no person's
    assert not extract_text(_EPITHET).places
    assert "نوری المالکی" in names(_BLOC)


# roozno_data_106: the sample's line, the host's full name and the absent actor's family name
# run together, after the article names each apart
_HOST = (
    "پس از پخش کلیپ محمدرضا شهیدی‌فرد به‌عنوان مجری مراسم پشت تریبون رفت. "
    "سیمرغ بلورین بهترین بازیگر نقش اول مرد به پیمان معادی برای «درخت گردو» رسید. "
    "بنابر اعلام محمدرضا شهیدی‌فرد معادی به دلیل حضور در خارج از کشور در مراسم غایب بود و "
    "محمدحسین مهدویان کارگردان «درخت گردو» این تندیس را به جای بازیگر اصلی فیلمش تحویل گرفت. "
    "پیمان معادی از طریق پیامی ویدیویی گفت: به دلایلی در جشنواره نبودم."
)


def test_a_full_name_and_anothers_family_name_run_together_are_parted() -> None:
    found = names(_HOST)
    assert "محمدرضا شهیدی\u200cفرد معادی" not in found
    assert {"محمدرضا شهیدی\u200cفرد", "پیمان معادی"} <= set(found)


# roozno_data_358: a name of three words whose head the article writes apart too, but whose
# last word is no other person's family name: it stands whole
_THREE = (
    "عبدالحسین روح‌الامینی نجف‌آبادی و سید نظام‌الدین موسوی به مجلس راه یافتند. "
    "عبدالحسین روح‌الامینی پیش از این نماینده مجلس بود."
)


def test_a_three_word_name_whose_last_word_is_no_other_persons_family_name_stands() -> None:
    assert "عبدالحسین روح\u200cالامینی نجف\u200cآبادی" in names(_THREE)
