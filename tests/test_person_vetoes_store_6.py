"""What is no person's name, by the classes of the false persons read in the sixth store
sample (``tests/fixtures/persons_judged_store_6.jsonl``), on sentences of the shared news,
and the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

_BRIGADES = (
    "نورالدین زنکی، ارتش الاحرار، الویه صقور الشام و تجمع دمشق از جمله گروه‌های تروریستی به"
    " شمار می‌آیند که در مناطق اشغالی استان ادلب حضور دارند."
)
_HILLS = (
    "این تپه‌ها عبارتند از: ماونت هیلابی (۳۴۰ متر)، در جنوب غرب لانگ پاند، کسل گرنت (۳۳۸ متر)،"
    " در جنوب لانگ پاند."
)
_MYSTIC = "شعاعیان مذهبی نبود اما عارف مسلک بودواقعا شعاعیان مارکسیست بود؟"
_REGENT = (
    "صمصام السلطنه وزیران جدید را به این شرح به نایب‌السلطنه معرفی کرد: محتشم السلطنه وزیر"
    " داخله وثوق‌الدوله وزیر خارجه سردار محتشم وزیر جنگ."
)
_BLESSING = (
    "و الحمد لله رب‌العالمین و صلی‌الله علی محمد و آله الطاهرین و صحبه المنتجبین و من تبعهم"
    " باحسان الی یوم‌الدین."
)
_CHANT = "در پادگان یک‌سره فریاد «صل علی محمد، مالک اشتر آمد» می‌آید."
_LETTER = (
    "متن نامه به این شرح است: سرکارخانم گابریلا کوئباس بارونرئیس اتحادیه جهانی بین المجالس"
    " همانگونه که استحضار دارید سازمان بهداشت جهانی وضعیت اضطراری اعلام کرده است."
)
_SWIFT = (
    "28 بهمن 1394،حمید بعیدی نژادرئیس هیات کارشناسی تیم مذاکره‌کننده هسته‌ای ایران گفت که بانک"
    " مرکزی و ۱۵ بانک دیگر ایرانی به این شبکه متصل شدند."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_BRIGADES, "الویه صقور الشام"),  # brigades, an armed group
        (_HILLS, "ماونت هیلابی"),  # Mount Hillaby, a hill
        (_MYSTIC, "عارف مسلک"),  # of a mystic bent
        (_REGENT, "نایب\u200cالسلطنه"),  # the regent, a title
        (_BLESSING, "علی محمد"),  # upon Muhammad
        (_CHANT, "علی محمد"),
        (_LETTER, "گابریلا کوئباس بارونرئیس"),  # a post's head run into the name
        (_SWIFT, "حمید بعیدی نژادرئیس"),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_BRIGADES, "نورالدین زنکی"),
        (_LETTER, "گابریلا کوئباس بارون"),  # the name ends where the post's head begins
        (_SWIFT, "حمید بعیدی نژاد"),
        # a given name «علی» after another word, and «عارف» with a family name, stand
        (
            "به گزارش ایسنا، علی محمد سعادتی گفت: پاساژ پروانه از نظر سازه، ایمنی لازم را ندارد.",
            "علی محمد سعادتی",
        ),
        ("همانطور که محمدرضا عارف، رییس فراکسیون امید در مورد انتخابات گفته است.", "محمدرضا عارف"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)
