"""What is no person's name, or where a name ends, by the causes read in the nineteenth judged
sample (``tests/fixtures/persons_judged_19.jsonl``), on sentences of the shared news, and the
names that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import extract_text
from khabar.extract.glued_ends import glued_end


@pytest.mark.parametrize(
    "text, absent",
    [
        # commissioners open no name, nor do a hospital's wards
        (
            "نخستین جلسه بررسی حادثه مذکور با توجه به قرارداد کمیساریان سرحدی (مرزبانان) ۱۳۳۵،"
            " با حضور هیاتی از کارشناسان مرزبانی برگزار شد.",
            "کمیساریان سرحدی",
        ),
        (
            "اینترن‌های بخش زنان آرش، درمانگاه بهارلو، ارتو سینا (به جز کشیک)، جراحی سینا (به جز"
            " کشیک) و برخی دیگر از بخش‌های بیمارستان، اعتصاب کرده‌اند.",
            "ارتو سینا",
        ),
        (
            "اینترن‌های بخش زنان آرش، درمانگاه بهارلو، ارتو سینا (به جز کشیک)، جراحی سینا (به جز"
            " کشیک) و برخی دیگر از بخش‌های بیمارستان، اعتصاب کرده‌اند.",
            "جراحی سینا",
        ),
        # «quasi-» makes a compound of the words after it
        (
            "این مهم، با باز پس گیری شبه جزیر کریمه از اوکراین، وضوح بیشتری یافت.",
            "جزیر کریمه",
        ),
        # a lone word no name list holds after «استاد»: a village, a visiting lecturer
        (
            "برگزاری کارگاه‌های ترویجی با حضور دهیاران و شوراهای روستاهای استاد کلایه، گوشکور،"
            " شیشارستان و حسین‌آباد از دیگر فعالیت‌های این اداره است.",
            "کلایه",
        ),
        ("این درس را یک استاد مدعو از دانشگاه تهران تدریس می‌کند.", "مدعو"),
        # a word in «ه» with its Ezafe written opens no name
        (
            "معجزه‌ی سلیمانی انقلاب سوم را پدید آورده که این بار ابعادش بسیار فراتر از مرزهای"
            " جمهوری اسلامی است.",
            "معجزه‌ی سلیمانی",
        ),
        # «نشینی» of «عقب نشینی» written apart opens no name
        (
            "ظاهرا پوتین اصرار به عقب نشینی بن سلمان و پذیرش بازگشت وی به توافق سابق دارد.",
            "نشینی بن سلمان",
        ),
        # a family name run into «امروز»
        (
            "به گزارش مهر، حسین سلاحورزیامروز در همایش شکل‌دهی آینده سیاستگذاری پولی و مالی"
            " گفت: فناوری بلاکچین بسیار مهم است.",
            "حسین سلاحورزیامروز",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "به گزارش مهر، حسین سلاحورزیامروز در همایش شکل‌دهی آینده سیاستگذاری پولی و مالی"
            " گفت: فناوری بلاکچین بسیار مهم است.",
            "حسین سلاحورزی",
        ),
        # a listed figure's full name, his given name a word of the language
        (
            "به گزارش ایسنا، به نقل از روسیا الیوم، مولود چاووش اوغلو، وزیر خارجه ترکیه در"
            " حاشیه اجلاس امنیتی مونیخ تاکید کرد: اکثر مشکلات منطقه ما ساختگی است.",
            "مولود چاووش اوغلو",
        ),
        # a noun in «گری» opens no name; the name after it stands
        (
            "افشاگری مرتضی آقاتهرانی درباره قالیباف هم اخیرا مطرح شد.",
            "مرتضی آقاتهرانی",
        ),
        # «رفت» ending a clause, run into the given name after it
        (
            "فرصت طلایی که از دست رفتالیاس حضرتی، قائم مقام حزب اعتماد ملی گفت: مشارکت قابل"
            " قبول بوده است.",
            "الیاس حضرتی",
        ),
        # a listed figure's other spelling
        (
            "این قرارداد تا زمانی که ولادیمیر ایلیچ لنین همه قراردادهای تحمیلی را لغو کرد به"
            " قوت خود باقی بود.",
            "ولادیمیر ایلیچ لنین",
        ),
        # a master's name that a name list holds stands
        ("این کتاب مجموعه سخنرانی‌های استاد مطهری در دانشگاه است.", "مطهری"),
        # a family name written with a ZWNJ before its «ی» is no Ezafe
        ("فاطمه کاه‌ی، مدیر این مرکز گفت: برنامه‌ها ادامه دارد.", "فاطمه کاه‌ی"),
        ("معجزه‌ی سلیمانی انقلاب سوم را پدید آورد و حاج قاسم سلیمانی زنده است.", "قاسم سلیمانی"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


def test_a_listed_figure_named_by_his_family_name_of_two_words_is_one_person() -> None:
    text = (
        "به گزارش ایسنا، مولود چاووش اوغلو، وزیر خارجه ترکیه در جریان اظهارات خود تاکید کرد:"
        " مشکلات ساختگی است.\nچاووش اوغلو در ادامه افزود، بحران قطر با گفت‌وگو حل می‌شود."
    )
    persons = extract_text(text).persons
    assert [(p.name, len(p.mentions)) for p in persons] == [("مولود چاووش اوغلو", 2)]


def test_a_family_name_in_yeh_run_into_today_is_cut_there() -> None:
    assert glued_end("سلاحورزیامروز") == len("سلاحورزی")
    assert glued_end("عصرامروز") == 0  # «عصر امروز», no name


# a film's notice of tabnak's: the film, its story, its cast and crew
_NOTICE = (
    "فیلم سینمایی «قرمز 2 / Red 2» به کارگردانی دین پاریزو محصول سال 2013 است.\n"
    "فرانک موزس قصد دارد با معشوقش زندگی آرام پس از بازنشستگی را بگذراند اما دوست دیرباز"
    " او ماروین باگز به او می‌گوید که کسانی دنبالش هستند.\n"
    "بروس ویلیس، مریلوئیز پارکر، جان مالکوویچ، هلن میرن و آنتونی هاپکینز در این فیلم مقابل"
    " دوربین انریکه چدیاک بازی کردند.\n"
    "آلن سیلوستری موسیقی متن این فیلم را ساخت و دان زیمرمن این اثر را تدوین کرد."
)


def test_the_characters_of_a_films_story_are_no_persons() -> None:
    found = names(_NOTICE)
    assert "فرانک موزس" not in found
    assert {"دین پاریزو", "بروس ویلیس", "انریکه چدیاک", "دان زیمرمن"} <= set(found)


def test_the_story_ends_at_the_cast_and_a_credited_maker_stands() -> None:
    cast = (
        "فیلم سینمایی «ریمو ویلیامز» به کارگردانی گای همیلتون محصول سال 1985 است.\n"
        "فرد وارد، جوئل گری، ویلفورد بریملی، جی.\n"
        "ای. پرستون، جرج کو و کیت مولگرو در این فیلم مقابل دوربین اندرو لاسلو بازی کردند."
    )
    assert "جوئل گری" in names(cast)
    credited = (
        "فیلم سینمایی «فندق‌شکن و چهار قلمرو» به کارگردانی لاسه هالستروم محصول سال 2018 است.\n"
        "این فیلم بر اساس باله فندق‌شکن اثر آهنگساز روسی پیوتر ایلیچ چایکوفسکی ساخته شده است.\n"
        "کیرا نایتلی و هلن میرن در این فیلم مقابل دوربین لینوس ساندگرن بازی کردند."
    )
    assert "پیوتر ایلیچ چایکوفسکی" in names(credited)


def test_a_name_of_a_story_not_in_a_films_notice_stands() -> None:
    news = _NOTICE.replace("فیلم سینمایی", "به گزارش ایسنا، فیلم سینمایی", 1)
    assert "فرانک موزس" in names(news)
