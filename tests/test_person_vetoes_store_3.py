"""What is no person's name, by the classes of the false persons read in the third store
sample (``tests/fixtures/persons_judged_store_3.jsonl``), on sentences of the shared news,
and the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.clause_vetoes import plural_past
from khabar.extract.verse_lines import verse_spans

_FORGIVEN = "بیش از همه کس گناه ما بود، ولی ما را به محبت علی بخشیدند"
_TUESDAY = (
    "واکنش علی مطهریسه‌شنبه بود که مصطفی تاجزاد‌ه فعال سیاسی اصلاح‌طلب د‌ر مناظره‌ای"
    " پیرامون انتخابات و رد صلاحیت‌ها مقابل جلیل محبی نشست."
)
_LOBBY = (
    "به گزارش رویداد۲۴ علی نیکزاد رئیس ستاد ابراهیم رئیسی در انتخابات ۹۶ بود و حالا برای"
    " حاجی بابایی لابی می‌کند."
)
_NARRATIVES = (
    "مستقلین و اصلاح‌طلبان همراه با سردار اصولگراروایت‌ها در ایام لابی‌ها برای ریاست مجلس"
    " حکایت از رایزنی گسترده قالیباف با مستقلین و اصلاح‌طلبان داشت."
)
_FIRE = (
    "با اینکه خبرنگاران حاضر در محل از گستردگی آتش سخن می‌گفتند، اما شب گذشته مدیرکل محیط"
    ' زیست استان کهگیلویه و بویر احمد آتش‌سوزی را "کوچک" ارزیابی کرد.'
)
_PASOLINI = (
    "فیلم سینمایی «آنتونیوی زیبا» به کارگردانی مائورو بولونینی براساس رمانی از ویتالیانو"
    " برانکاتی توسط پیر پائولو پازولینی و ویتالیانو برانکاتی محصول سال 1960 است."
)
_FOLLOWERS = (
    "رقیب دیرینه اصول‌گرا این امید را در قالیباف ایجاد کرده بود اما با وجود پایداری‌ها و"
    " احمدی نژادی‌ها کار برای قالیباف «افتاد مشکل‌ها».\nاحمدی نژادی‌ها سونامی کانون‌های مجلس را"
    " شکل دهند. در راست و چپ او یکی از احمدی نژادی‌هاست و دیگری از پایداری‌ها."
)
_POEM = "\n".join(
    [
        "او در ادامه این شعر می‌سراید:",
        "خواجه لولاک را یار و برادر علی است",
        "فاطمه را تا ابد همدم و همسر علی است",
        "امیر بدر و احد فاتح خیبر علی است",
        "خدیجه! داماد تو، ساقی کوثر علی است",
        "آینه کبریا، فاطمه و حیدرند",
        "معلم انبیا فاطمه و حیدرند",
        "بتول، کفو علی است؛ علی است کفو بتول",
        "سلامشان از خدا درودشان از رسول",
        "و اکنون این نوشتار را با شعری از شاعر قمی، حامد حجتی به پایان می‌آوریم.",
    ]
)
_TABLE = "\n".join(
    [
        "جدول رده‌بندی:",
        "1- فولاد مبارکه سپاهان اصفهان 38 امتیاز",
        "2- ذوب آهن اصفهان 35 امتیاز",
        "3- صنعت مس کرمان 29 امتیاز",
        "4- ثامن الحجج سبزوار 26 امتیاز",
    ]
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_FORGIVEN, "علی بخشیدند"),  # a plural past verb
        (_FORGIVEN, "علی"),  # and the given name alone left before it
        (_TUESDAY, "علی مطهریسه‌شنبه"),  # «سه‌شنبه» (Tuesday) run into the family name
        (_LOBBY, "بابایی لابی"),  # the noun of «لابی می‌کند» (lobbies)
        (_NARRATIVES, "اصولگراروایت‌ها"),  # «اصولگرا روایت‌ها» run together
        (_FIRE, "احمد آتش‌سوزی"),  # «بویر احمد», a province's name written apart
        (_PASOLINI, "پائولو پازولینی"),  # cut short: «پیر» is his
        (_FOLLOWERS, "احمدی"),  # «احمدی نژادی‌ها»: Ahmadinejad's men
        (_POEM, "احد فاتح خیبر علی"),  # a poem's line
        (_POEM, "بتول"),  # the Prophet's daughter's epithet, in a poem
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_TUESDAY, "علی مطهری"),
        (_TUESDAY, "جلیل محبی"),
        (_LOBBY, "بابایی"),
        (_LOBBY, "علی نیکزاد"),
        (_PASOLINI, "پیر پائولو پازولینی"),
        (_PASOLINI, "مائورو بولونینی"),
        (_POEM, "حامد حجتی"),  # the poet, in prose after the poem
        # a name after a demonstrative stands
        (
            "پیش از این علیرضا زاکانی، منتخب مردم قم در توئیتر نوشت: «پیش‌نویس برنامه تحول"
            " برای مجلس یازدهم تهیه شده است.»",
            "علیرضا زاکانی",
        ),
        # a misspelt Hasselhoff in «‌ها» stands: no ordinary word ends his name
        (
            "بن استیلر، وینس وان، چاک نوریس، جمال داف، لانس آرمسترانگ، دیوید هسل‌ها و غیره.",
            "دیوید هسل‌ها",
        ),
        (
            "طبق گزارش میدل ایست آی، محمد بن سعد آل سعود که روز یکشنبه دستگیر شده، دومین عضو"
            " از شورای بیعت عربستان است.",
            "محمد بن سعد آل سعود",
        ),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)


def test_the_classes_hold_only_their_words() -> None:
    assert plural_past("بخشیدند") and plural_past("گذاشتند")
    assert not plural_past("خداوند") and not plural_past("هنرمند") and not plural_past("دماوند")
    assert [_POEM[s.start : s.end].split("\n")[0] for s in verse_spans(_POEM)] == [
        "خواجه لولاک را یار و برادر علی است"
    ]
    assert verse_spans(_TABLE) == []
