"""What is no person's name, by the causes read in the twelfth judged sample
(``tests/fixtures/persons_judged_12.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.lexicons import key
from khabar.extract.named_places import counted_martyrs, place_word_at
from khabar.extract.no_name_words import at_no_name_edge


@pytest.mark.parametrize(
    "text, absent",
    [
        # martyrs counted are named by their kind
        (
            "شاعران کشورمان می‌توانند اشعار سروده‌شده خود درباره 175 شهید غواص را در اختیار"
            " خبرگزاری فارس قرار دهند.",
            "غواص",
        ),
        (
            "نمازگزاران در تشییع پیکرهای پاک دو شهید نروی انتظامی که در درگیری‌های اخیر با اشرار"
            " جان باخته بودند شرکت کردند.",
            "نروی",
        ),
        (
            "دومین کنگره سراسری شهدای جامعه عشایری کشور با حضور خانواده‌های معظم 200 شهید عشایری"
            " از استان‌های مختلف آغاز بکار کرد.",
            "عشایری",
        ),
        # a library named after a martyr
        (
            "افتتاح کتابخانه شهید چمران کوشک با زیربنای 400 متر مربع در شهرستان خمینی شهر از دیگر"
            " برنامه‌های سفر وزیر ارشاد به اصفهان است.",
            "چمران",
        ),
        # a university named after «خواجه ...», a drug maker after a doctor
        (
            "نخستین کنفرانس تخصصی نرم‌افزارهای مهندسی عمران در دانشگاه صنعتی خواجه نصیر‌الدین"
            " طوسی برگزار می‌شود.",
            "طوسی",
        ),
        (
            "داروسازی اسوه(داسوه)با توجه به رفع تعلیق نماد،داروسازی دکتر عبیدی(دعبید)با توجه به"
            " افشای اطلاعات با اهمیت بازگشایی شدند.",
            "عبیدی",
        ),
        # kinds of things and ordinary nouns open no name
        (
            "به همین جهت، سیگنال، محبوب‌ترین اپلیکیشن در حوزه بورس، قابلیت احراز هویت را به"
            " اپلیکیشن سیگنال اضافه کرد.",
            "سیگنال",
        ),
        ("این پکیج شامل ژل ریش، مام رولی، اف‌تر شیو و اسپری 48 ساعته است.", "شیو"),
        (
            "معمولا هرچه استاد توانایی بالایی برای تدریس داشته باشد، تعداد شاگردان بیشتری دارد.",
            "بالایی",
        ),
        (
            "اما سلسه عواملی باعث شد حتی رکورد سال قبل نیز تکرار نشود.",
            "عواملی",
        ),
        # ordinary adjectives, «روستای» and an ordinal end none
        (
            "اگر انسان دنیا را با آخرت بنگرد و سعادت اخروی را بر خوشی زودگذر دنیایی مقدم بدارد،"
            " حاضر نیست به هر قیمتی در پی زندگی دنیایی باشد.",
            "اخروی",
        ),
        (
            "طرح هادی روستای تینوج با هزینه 243 میلیون تومان به بهره‌برداری رسید.",
            "روستای",
        ),
        ("در دقایق پایانی آرتور پنجمین گل تیمش را وارد دروازه ایبار کرد.", "پنجمین"),
        # a song's words, spoken Persian
        ("غمت یه شبه آبم کردببین دنیا منو بی تو جوابم کرد", "منو"),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    found = names(text)
    assert not any(absent in n for n in found), found


@pytest.mark.parametrize(
    "text, present",
    [
        # a place pointed to is named already: the name after it is a person's
        (
            "در مراسم افتتاحیه این کتابخانه علیرضا رهایی، رئیس دانشگاه صنعتی امیرکبیر گفت: ساخت"
            " این کتابخانه سه سال طول کشید.",
            "علیرضا رهایی",
        ),
        # a martyr named, no count before
        ("سالروز شهادت شهید چمران در دانشگاه گرامی داشته شد.", "چمران"),
    ],
)
def test_a_person_stands(text: str, present: str) -> None:
    assert any(present in n for n in names(text)), names(text)


def test_edges() -> None:
    assert at_no_name_edge([key("اپلیکیشن"), key("سیگنال")])
    assert at_no_name_edge([key("ورثه"), key("متوفی")])
    assert at_no_name_edge([key("عمر"), key("انفرادی")])
    assert not at_no_name_edge([key("عمر"), key("سلیمانی")])


def test_counted_martyrs() -> None:
    keys = [key(w) for w in "درباره 175 شهید غواص".split()]
    assert counted_martyrs(keys, 1)
    keys = [key(w) for w in "پیکرهای پاک دو شهید".split()]
    assert counted_martyrs(keys, 2)
    keys = [key(w) for w in "مزار شهید چمران".split()]
    assert not counted_martyrs(keys, 0)


def test_a_place_pointed_to() -> None:
    assert place_word_at([key("کتابخانه")], 0)
    assert not place_word_at([key("این"), key("کتابخانه")], 1)


@pytest.mark.parametrize(
    "text, whole",
    [
        # a name's last word before its post, set off by a comma
        (
            "برای بررسی این موضوع با محمدصادق جوادی حصار، عضو شورای مرکزی حزب اعتماد ملی به"
            " گفت‌وگو نشسته است.",
            "محمدصادق جوادی حصار",
        ),
        (
            "گرچه به گفته ژنرال مارک الکساندر میلی، رئیس ستاد مشترک نیروهای مسلح آمریکا، اکثریت"
            " نیروها علائم ملایمی نشان داده‌اند.",
            "مارک الکساندر میلی",
        ),
        # and the same name cut short again in its article, its last word after it
        (
            "محمد صادق جوادی حصار، رئیس شورای اصلاح‌طلبان خراسان رضوی هم اعلام کرد که لیستی ارائه"
            " نمی‌کند. محمد صادق جوادی حصار شورای عالی سیاست‌گذاری را نقد کرد.",
            "محمد صادق جوادی حصار",
        ),
    ],
)
def test_a_name_ends_before_its_post(text: str, whole: str) -> None:
    assert names(text) == [whole]


def test_a_frequent_word_before_a_post_ends_no_name() -> None:
    assert names("علی لاریجانی امروز، رئیس مجلس گفت: کار ادامه دارد.") == ["علی لاریجانی"]


def test_a_quoted_name_is_whole() -> None:
    text = "«نضال حسین الجراد» سرکرده یکی از گروهک‌های تروریستی در میان کشته شدگان بود."
    assert names(text) == ["نضال حسین الجراد"]
    # a film's title holds a name and an ordinary word before it
    assert names("فیلم «جنگ خصوصی ماری کالوین» را دیدیم.") == ["ماری کالوین"]
