"""What is no person's name, by the causes read in the sixteenth judged sample
(``tests/fixtures/persons_judged_16.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names


@pytest.mark.parametrize(
    "text, absent",
    [
        # a campus named after a martyr
        (
            "علی کاظمی امروز در گفت‌وگو با خبرنگار فارس در اصفهان اظهار داشت: دانشگاه فرهنگیان"
            " اصفهان در پردیس شهید باهنر، 6 اسفند ماه سال جاری میزبان دو تن از شهدای گمنام است.",
            "باهنر",
        ),
        # a stock exchange's index
        (
            "سهام‌های بورس داو جونز، تنها در یک هفته، حدود ۴۰۰۰ پله کاهش داشتند و قیمت‌های نفت"
            " به هر بشکه ۴۵ دلار رسید.",
            "جونز",
        ),
        # a livestock farm, a listed company
        (
            "سیمان ممتازان کرمان (سمتاز)، افرانت(افرا)، کشت و دامداری فکا(زفکا)، سیمان بهبهان"
            "(سبهان) در این فهرست هستند.",
            "فکا",
        ),
        # heirs
        ("خوشا به حال مجاهدان! خوشا به حال وارثان حسین - علیه‌السلام!", "حسین"),
        # a holy figure's blessing written apart
        (
            "حجت‌الاسلام ستار علیزاده با تسلیت ایام شهادت حضرت صدیقه طاهره سلام‌الله علیها"
            " اظهار کرد: یکی از حوزه‌های مؤثر حوزه اطلاع‌رسانی است.",
            "طاهره",
        ),
        # a frequent word run into an Arabic word with its article: a seminary
        (
            "عضو هیئت علمی جامعهالمصطفی العالمیه با بیان اینکه اکثر جوانان در شب‌های محرم در"
            " مساجد حضور پیدا می‌کنند، گفت: این حضور ارزشمند است.",
            "العالمیه",
        ),
        # «و» run into a known word
        (
            "کروناویروس قطعا درگیری تنفسی دارد و باعث تنگی نفس، هایپوکسی ونارسایی ریه می‌شود.",
            "هایپوکسی",
        ),
        # a school of kung fu
        (
            "* 60 هنرجو در استاژ فنی نن شائولین\nیک دوره استاژ فنی نن شائولین، هفته گذشته به"
            " میزبانی کرمان برگزار شد.",
            "شائولین",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    found = names(text)
    assert not any(absent in n for n in found), found


@pytest.mark.parametrize(
    "text, whole, not_run_on",
    [
        # a role after the name is none of it
        (
            "شبکه‌های تلویزیونی خبر اعدام برزان التکریتی برادر ناتنی صدام دیکتاتور پیشین عراق"
            " را منتشر کردند.",
            "صدام",
            "دیکتاتور",
        ),
        (
            "به گزارش روز نو : جواد امام کنشگر سیاسی اصلاح‌طلب درباره تصمیم شورای عالی"
            " اصلاح‌طلبان گفت: لیست نمی‌دهیم.",
            "جواد امام",
            "کنشگر",
        ),
    ],
)
def test_the_name_ends_before_the_role(text: str, whole: str, not_run_on: str) -> None:
    found = names(text)
    assert whole in found and not any(not_run_on in n for n in found), found


def test_an_agent_noun_is_no_name_word() -> None:
    text = (
        "با پذیرش قطعنامه، رژیم صدام شروع‌کننده جنگ در سازمان ملل شناخته و ملزم به پرداخت خسارت شد."
    )
    assert not any("کننده" in n for n in names(text))
    # a name run into a film's credit is cut there, not vetoed
    text = "کارگردان: سعید کشاورزتهیه‌کننده: مهدی صفی‌یاری امسال برای اولین بار فیلم ساخت."
    assert "سعید کشاورز" in names(text)


def test_the_name_goes_on_past_its_particle() -> None:
    # «اورسلا», a spelling of Ursula, and the German particle and article after it
    text = (
        "انتظار می‌رود بسته عظیم حمایتی یک تریلیون یورویی توسط اورسلا فون در لین، رئیس"
        " کمیسیون اروپا اعلام شود."
    )
    assert "اورسلا فون در لین" in names(text)


def test_the_rule_name_the_tagger_made_whole_is_one_person() -> None:
    text = (
        "یکی از این طلاب شهید آستانه‌ای محمد نقی امینیان است که در سال ۶۷ در منطقه عملیاتی"
        " شلمچه به شهادت رسید."
    )
    assert names(text) == ["محمد نقی امینیان"]


def test_a_family_name_run_into_a_word_is_the_article_name() -> None:
    # a headline run into the lead: the family name the article gives the man elsewhere
    text = (
        "با ادامه وضعیت فعلی دیگر خودروی زیر ۱۰۰ میلیون تومان وجود نخواهد داشت؟ فربد"
        " زاوهقیمت‌گذاری دستوری خودروساران را نابود کرده استفربد زاوه کارشناس صنعت خودرو در"
        " گفتگو با فرارو گفت: قیمت‌گذاری دستوری بد است."
    )
    assert names(text) == ["فربد زاوه"]


def test_a_member_in_quotes_before_a_post_is_a_person() -> None:
    # after a party's word, the quoted name a post follows is a member's, not the party's
    text = (
        "در جریان کنگره این حزب «مهراج عبدالله اف» رئیس حزب کمونیست تاجیکستان به عنوان"
        " کاندیدای این حزب در انتخابات ریاست جمهوری این کشور معرفی شد."
    )
    assert "مهراج عبدالله اف" in names(text)
    # a film's character and an operation's title stay titles
    text = "داستان این فیلم درباره «پدرام آرام» وکیل پایه یک دادگستری است."
    assert names(text) == []
    text = "مرکز اطلاع‌رسانی عملیات «برکان الغضب» وابسته به نیروهای دولت وفاق ملی گزارش داد."
    assert names(text) == []
