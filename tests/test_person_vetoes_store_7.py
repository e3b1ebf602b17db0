"""What is no person's name, by the classes of the false persons read in the seventh store
sample (``tests/fixtures/persons_judged_store_7.jsonl``), on sentences of the shared news,
and the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

_SIGHTS = (
    "مهم‌ترین جاذبه‌های توریستی این استان عبارتند از: بازار بین‌الحرمین، کاخ گلستان، بقعه"
    " امام‌زاده یحیی، بقعه سید اسماعیل، بقعه سید نصرالدین، مدرسه دارالفنون و..."
)
_RAMADAN = (
    "در روزهای پایانی ماه رمضان المبارک، خط حزب‌الله گزیده‌ای از بیانات رهبر انقلاب درباره‌ی"
    " «عمل به قرآن» را بازخوانی کرده است."
)
_BISMILLAH = (
    "رئیس جمهور هم خطاب به آن‌ها گفت اگر تصور می‌کنند کشور را بهتر می‌توانند اداره کنند، بسم الله!"
)
_SMITH = "آدام اسمیت اسکاتلندی در این روز متولد شد."
_SPUTNIK = (
    "اسپوتنیکهم گزارش داد: نیروهای ارتش سوریه عملیات نظامی در جبهه‌های حومه جنوبی ادلب شروع کرده‌اند."
)
_COMPANIES = "این شرکت‌هارلاینسهند، رپسولاسپانیا وشورونآمریکا را هم شامل می‌شود."
_MAZANI = (
    "درخواست مازنی از می‌رسلیماحمد مازنی، نماینده تهران در مجلس دهم از میرسلیم درخواست کرده"
    " تا نام نماینده‌ای که رشوه گرفته را اعلام کند."
)
_LETTER = (
    "متن کامل نامه به شرح زیر است:«برادر خوبم؛ جناب آقای دکتر حداد عادلالسلام علیکم و"
    " رحمه‌الله و برکاته نامه سرگشاده جنابعالی دریافت شد."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_SIGHTS, "سید اسماعیل"),  # a tomb named after the saint buried in it
        (_SIGHTS, "سید نصرالدین"),
        (_RAMADAN, "رمضان المبارک"),  # the blessed month of Ramadan
        ("رجب المرجب ماه خدا و ماه استغفار است.", "رجب المرجب"),
        (_BISMILLAH, "بسم الله"),  # in the name of God: go ahead
        (_SMITH, "آدام اسمیت اسکاتلندی"),  # the Scottish, no part of his name
        (_SPUTNIK, "اسپوتنیکهم"),  # Sputnik too, an agency
        (_COMPANIES, "رپسولاسپانیا وشورونآمریکا"),  # Repsol of Spain and Chevron of America
        (_MAZANI, "می\u200cرسلیماحمد مازنی"),  # two names run together
        (_LETTER, "حداد عادلالسلام"),  # the greeting run into the name
        ("دستش را روی شانه‌های کوچک پسرک گذاشت.", "پسرک"),  # the little boy
        ("وی گفت: رابطه بین زوجین مانند یک فرزند نادیدنی است.", "زوجین"),  # a couple
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_SMITH, "آدام اسمیت"),
        (_LETTER, "حداد عادل"),  # the name ends where the greeting begins
        # a given name that is a month stands before a family name; «المبارک» ends an Arab's
        # name; a given name in «السلام» and a family name in «چین» stand
        ("رمضان قاسمی در گفت‌وگو با خبرنگار فارس گفت: کار آغاز شده است.", "رمضان قاسمی"),
        (
            "فهد بن عبدالله المبارک وزیر مشاور عربستان گفت: ما برای این کار آماده‌ایم.",
            "فهد بن عبدالله المبارک",
        ),
        ("محمد عبدالسلام سخنگوی انصارالله گفت: ما برای این کار آماده‌ایم.", "محمد عبدالسلام"),
        (
            "استیون منوچین وزیر خزانه‌داری آمریکا تاکید کرده است که تحریم‌ها ادامه دارد.",
            "استیون منوچین",
        ),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)
