"""What is no person's name, by the causes read in the fifteenth judged sample
(``tests/fixtures/persons_judged_15.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.glued_words import glued


@pytest.mark.parametrize(
    "text, absent",
    [
        # a hotel chain named after the poet, an international one
        (
            "مدیریت هتل آرین و گروه هتل‌های بین‌المللی باباطاهر و مردم ولایت‌مدار دارالمؤمنین"
            " همدان در این برنامه همکاری بسیار نزدیک داشته و دارند.",
            "باباطاهر",
        ),
        # an Arabic brigade, an armed group
        (
            "این کشته‌ها از اعضای گروه‌های مسلح سوری با نام‌های «لواء المعتصم»، «فرقه السلطان"
            " مراد»، «لواء صقور الشمال» و «سلیمان شاه» هستند.",
            "المعتصم",
        ),
        # a hideout, a requirement, a housewife
        (
            "وی بیان داشت: در تحقیقات پلیسی، مخفیگاه فرد شرور در حوالی خیابان غیاثی شناسایی شد.",
            "شرور",
        ),
        (
            "الزام ماسک و دستکش برای کارکنان رستوران‌هاوی با بیان اینکه رعایت بهداشت فردی باید"
            " رعایت شود، گفت: استفاده از ماسک لازم است.",
            "ماسک",
        ),
        (
            "کاری که بعضا در دنیا انجام می‌دهند یعنی تولید محتوا دست یک خانم خانه‌دار، یک معلم"
            " و یا بسیاری می‌تواند باشد.",
            "خانه‌دار",
        ),
        # held under a title
        (
            "معاون امور نشریات وزارت فرهنگ افغانستان از برگزاری هفته فرهنگی افغانستان در تهران"
            " تحت عنوان «غزل سرود پارسی» با حضور جمعی از مسئولان خبر داد.",
            "پارسی",
        ),
        # the word that says place, joined to the name with a ZWNJ
        (
            "توپخانه ترکیه مواضع کردها را در شمال حلب و نیز روستای‌ام الکیف در حومه تل تمر"
            " گلوله باران کرده بود.",
            "الکیف",
        ),
        # «گرا» (-ist; «گرا دادن», to tip off) is no name's word, apart or joined («روحانی‌گرا»,
        # pro-Rouhani, as the ZWNJ repair writes it here)
        (
            "هرگز جنگ اتفاق نخواهد افتاد مگر این‌که آقای روحانی گرا دهد تا جنگ آغاز گردد!",
            "گرا",
        ),
        # teams after «تیم‌های», each with its town
        (
            "احمد هاشمیه افزود: تیم‌های کاشی مریم میبد، هلال احمر اشکذر، شهرداری ابرکوه، یزد"
            " رنگ زارچ و پرسپولیس اردکان در این رقابت‌ها حضور خواهند داشت.",
            "مریم",
        ),
        (
            "تیم‌های فوتسال ملی و حفاری ایران، علم و ادب سایپا مشهد، میثاق تهران، گیتی‌پسند"
            " اصفهان، شهید منصوری قرچک، لبنیات ارژن فارس، فیروز صفه اصفهان، راه ساری و صبای قم"
            " به رقابت می‌پردازند.",
            "منصوری",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    found = names(text)
    assert not any(absent in n for n in found), found


@pytest.mark.parametrize(
    "text, whole",
    [
        # the noun of a compound verb after a listed family name
        (
            "تا تعیین وزیر جدید دارایی علی‌اصغر فروزان کفالت گرفت.",
            "علی\u200cاصغر فروزان",
        ),
        # a frequent word, the object «را» marks, ends the name
        (
            "اگر ایگور و زلاتکو هم مانند مارکو فرم را پر می‌کردند، این 15 هزار یورو هم به ما"
            " تعلق نمی‌گرفت.",
            "مارکو",
        ),
        # but a foreign surname stands before «را»
        (
            "«حسین عرب» جزئیاتی از تشکیل دولت جدید عراق به ریاست محمد توفیق علاوی را افشا کرد.",
            "محمد توفیق علاوی",
        ),
        # «عصر امروز» run together ends the name before it
        (
            "به گزارش خبرنگار اجتماعی فارس، مصطفی پورمحمدی عصرامروز درحاشیه نخستین جشنواره"
            " گفت: دولت به دنبال دولتی کردن این شرکت‌ها نیست.",
            "مصطفی پورمحمدی",
        ),
        # a family name's second part written apart
        (
            "به گزارش خبرنگار ورزشی خبرگزاری فارس، مهدی رسول پناه درباره آخرین وضعیت باشگاه"
            " پرسپولیس اظهار داشت: من 15 روز قبل از سال 99 به پرسپولیس آمدم.",
            "مهدی رسول پناه",
        ),
        (
            "کاظمیان چندی پیش بعد از گفت و گو با محمدحسن انصاری فرد حاضر به ادامه همکاری با"
            " پرسپولیس شد.",
            "محمدحسن انصاری فرد",
        ),
        # a foreign given name the rule reads before the tagger's span opens the name
        (
            "همچنین امروز خاویر سولانا مسئول سیاست خارجی اتحادیه اروپا برای بررسی برنامه"
            " هسته‌ای کشورمان در مونیخ دیدار کرد.",
            "خاویر سولانا",
        ),
        # a guest's given name after «هتل», no hotel's
        (
            "در هتل رحمان رضایی خطیر بودند که دیدار و مذاکره داشتیم.",
            "رحمان رضایی",
        ),
    ],
)
def test_the_name_is_whole(text: str, whole: str) -> None:
    assert whole in names(text)


def test_names_beside_them() -> None:
    # «به عنوان مثال» (for example) brings a person in quotes, no title
    text = (
        "به عنوان مثال «ایمی اکتون» رئیس مرکز بهداشت و درمان ایالت اوهایو گفت: میزان ابتلا به"
        " ویروس کرونا بالاست."
    )
    assert "ایمی اکتون" in names(text)
    # a figure's surname before a pronoun stands
    text = "سندرز که برخی از جمله دونالد ترامپ او را به لحاظ گرایش‌های چپ نقد کرده‌اند."
    assert "دونالد ترامپ" in names(text)


def test_a_person_is_no_family_name() -> None:
    # «فرد» after a family name alone, no reporting verb after it, is the noun: «a person»
    text = (
        "اگر ولایت فقیه نباشد، ممکن است نظام متلاشی شود. بنابراین آقای منتظری فرد هم مبارز"
        " بودند، هم عالم بودند."
    )
    assert names(text) == ["منتظری"]


def test_words() -> None:
    assert glued("عصرامروز")
    assert not glued("سلاحورزیامروز")  # a family name the text runs into the day
