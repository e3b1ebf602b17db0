"""What is no person's name, by the classes of the false persons read in the second store
sample (``tests/fixtures/persons_judged_store_2.jsonl``) and those the first left
(``persons_judged_store.jsonl``), on sentences of the shared news, and the names that must
stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.word_vetoes import commonest_pair, glued_verb, quality_noun, scandal

_BOSS = (
    "مجلس در درجه اول نیازمند سخنگویی صادق و مدیری خدوم با تجربه پاک و لایق است و نه آقا بالاسر."
)
_STORY = (
    "ویدیوئی در صفحه اینستاگرام بهنوش بختیاری استوری شد که واقعا تعجب آور و یا بهتر است"
    " گفته شود شرم‌آور است."
)
_QUARANTINE = (
    "حالا اگر به تعبیر آقای روحانی قرنطینه را رها کنیم و مردم را برای کسب و کار به"
    " خیابان‌ها بفرستیم، آیا اعتراضی شکل نمی‌گیرد؟"
)
_SHEIKH = "قم: کنگره بزرگداشت دویستمین سالگرد میلاد شیخ اعظم انصاری، پاییز 1373."
_SAADI = (
    "مدعیان امروز که توصیه شیخ اجل «علاج واقعه قبل از وقوع» را به حسن روحانی یادآوری"
    " می‌کنند، همان‌ها هستند."
)
_PRIZE = (
    'تقدیر: "صداها در باد" (Voices in the Wind) به کارگردانی نوبوهیرو سواجایزه ویژه بهترین'
    ' فیلم کوتاه: "Clebs" به کارگردانی حلیمه وردیری (کانادا/مراکش)'
)
_DOCTOR = 'به دکتر برویددر این هفته تعطیلات یهودی "پوریم" وجود دارد.'
_HEADLINE = (
    "نماینده مجلس: باید تا پایان فروردین همه‌جا تعطیل شودقاسم میرزایی نیکو نماینده مردم"
    " دماوند در مجلس دهم ارزیابی خود را اینگونه مطرح کرد."
)
_GATE = (
    "روسیگیت مولر، استیضاح این‌ها هیچ‌کدام کودتا نبودند، آنچه دیروز اتفاق افتاد، کودتا بود"
    " و ما آن را عقب خواهیم زد."
)
_WORSHIP = (
    "دونالد ترامپ رئیس جمهوری آمریکا از فرمانداران ایالت‌های این کشور خواست اماکن عبادی را"
    " در تعطیلات هفته جاری بازگشایی کنند."
)
_MASTERS = (
    "وارد هنرستان موسیقی شد و از حضور اساتیدی چون موسی معروفی، روح‌الله خالقی، جواد معروفی"
    " و حسین تهرانی بهرمند شد."
)


_DEPENDENCE = (
    "زهرا وابستگی بسیار بسیار شدیدی نسبت به پدرش دارد. علی یک‌سری کارها کرده که من شک ندارم"
    " در خاطر همه می‌ماند."
)
_GLUED_TITLE = (
    "6 بهمن ۱۳20، دکترحسن مشرف نفیسی از سازمان برنامه کنار رفت و احمدحسین عدل جای او را گرفت."
)
_NICKNAME = (
    "شواهد جدید از مرگ «آیت‌الله مایک» در سرنگونی هواپیمای آمریکایی، رزمایش مشترک نیرو‌های"
    " قطر و پاکستان در دوحه."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_BOSS, "بالاسر"),  # «بالا سر» run together: a boss over one's head
        (_STORY, "بهنوش بختیاری استوری"),  # the noun of «استوری شد» (posted a story)
        (_QUARANTINE, "روحانی قرنطینه"),  # the object before «را»
        (_SHEIKH, "اعظم انصاری"),  # «شیخ اعظم»: the sheikh's epithet
        (_SAADI, "اجل"),  # «شیخ اجل»: Saadi's epithet
        (_PRIZE, "نوبوهیرو سواجایزه"),  # a prize's word run into the director's name
        (_DOCTOR, "برویددر"),  # «بروید در»: a verb and a preposition run together
        (_HEADLINE, "میرزایی نیکو"),  # the headline's «شود» run into the given name
        (_GATE, "روسیگیت مولر"),  # Russiagate
        (_WORSHIP, "عبادی"),  # «اماکن عبادی»: places of worship
        (_MASTERS, "حسین تهرانی بهرمند"),  # «بهرمند شد» (benefited), misspelt
        (_DEPENDENCE, "زهرا وابستگی"),  # a noun of a quality ends no name
        (_DEPENDENCE, "علی یک‌سری"),  # «یک‌سری»: a series
        (_NICKNAME, "مایک"),  # «آیت‌الله مایک»: a nickname
        (_GLUED_TITLE, "دکترحسن مشرف نفیسی"),  # a title run into the given name
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_STORY, "بهنوش بختیاری"),
        (_QUARANTINE, "روحانی"),
        (_SHEIKH, "انصاری"),
        (_PRIZE, "نوبوهیرو سوا"),
        (_HEADLINE, "قاسم میرزایی نیکو"),
        (_WORSHIP, "دونالد ترامپ"),
        (_GLUED_TITLE, "حسن مشرف نفیسی"),
        # a family name in «لنگی» stands
        (
            "مرتضی رئیسی حسنلنگی امروز در گفت‌وگو با خبرنگار فارس در بندرعباس اظهار داشت:"
            " شمار مسافران به ۲۴۳ هزار نفر رسیده است.",
            "مرتضی رئیسی حسنلنگی",
        ),
        (_MASTERS, "حسین تهرانی"),
        # a family name before «را» stands («محمد خاتمی را»), and a word after a given name
        ("مردم محمد خاتمی را به ریاست جمهوری برگزیدند.", "محمد خاتمی"),
        ("مشروح گفتگوی نامه نیوز با صادق زیباکلام را در ادامه بخوانید.", "صادق زیباکلام"),
        (
            "از زمانی که ترامپ تصمیم به صدور دستور ترور سردار قاسم سلیمانی و ابو مهدی المهندس"
            " را گرفت، پیش‌بینی کردیم.",
            "ابو مهدی المهندس",
        ),
        # an actor named by a word said twice
        (
            "ویتوریو گاسمن، توتو، کلودیا کاردیناله و مارچلو ماسترویانی در این فیلم مقابل"
            " دوربین جانی دی ونانتزو بازی کردند.",
            "توتو",
        ),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


def test_the_classes_hold_only_their_words() -> None:
    assert glued_verb("برویددر") and not glued_verb("بروید")
    assert scandal("روسیگیت") and scandal("اوکراین‌گیت") and not scandal("بیرگیت")
    assert quality_noun("وابستگی") and not quality_noun("حسنلنگی")
    assert commonest_pair("بالاسر") and commonest_pair("بیکار")
    assert not commonest_pair("روحانی") and not commonest_pair("محمداسلامی")
