"""What is no person's name, by the causes read in the seventh judged sample
(``tests/fixtures/persons_judged_7.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.colloquial import colloquial
from khabar.extract.glued_words import glued
from khabar.extract.lexicons import key


@pytest.mark.parametrize(
    "text, absent",
    [
        # song lyrics run together: a title («بارون») or the tagger among spoken Persian
        ("داره بارون میباره تورو یادم میارهکه تو بودی کنارم بی تو دلم می‌گیره", "بارون میباره"),
        ("این صدای منه…ابر پر بارون یه عمره تو چشای منه…بی‌قرار یه عاشقانه زیر بارونم!", "بارون یه"),
        # a thing named after someone, a holy figure's epithet, a blessing after a title
        (
            "محققان منتظر تحقیقات مستقیمی هستند که توسط تلسکوپ جیمز وب صورت خواهد گرفت.",
            "جیمز وب",
        ),
        ("مناجات سید الساجدین هم مثل مناجات من و توست؟", "سید الساجدین"),
        (
            "تجلیل می‌کردم از فقیه گرانقدر یار صدیق امام و مقام معظم رهبری، زید عزه و همراه"
            " همیشگی نظام اسلامی.",
            "زید عزه",
        ),
        # «a ... named»: the noun before «به نام»
        (
            "دکتر جوانی به نام شایان در اوج موفقیت کاری و اجتماعی‌اش درمی‌یابد مبتلا به تومور"
            " مغزی شده‌است.",
            "جوانی",
        ),
        # a lone word after a royal title that no name list knows
        ("ایرانی‌ها ویدئویی در کنار «رضا پهلوی»، فرزند شاه مخلوع ایران ضبط کند.", "مخلوع"),
        (
            "صرفا خرید و فروش یا اجاره ملک غیرمنقول مشمول مالیات بر ارزش افزوده نیست.",
            "غیرمنقول",
        ),
        (
            "ولیعهد عربستان با مشاور پادشاه مراکش که حامل پیام شفاهی پادشاه کشورش بود، دیدار کرد.",
            "مراکش",
        ),
        (
            "موضوع مربوط به یک شاهزاده معمولی نیست بلکه صحبت از بازداشت پسر مؤسس خاندان است.",
            "معمولی",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_word_run_into_the_title_opens_no_name() -> None:
    text = (
        "نفر در وضعیت شدید این بیماری قرار دارنددکتر جهانپور سخنگوی وزارت بهداشت اعلام کرد:"
        " از دیروز تا امروز بیمار جدید شناسایی شد."
    )
    assert not any("دارنددکتر" in n for n in names(text))
    assert glued("دارنددکتر") and not glued("دکتر")


@pytest.mark.parametrize(
    "text, present",
    [
        ("دو روز گذشته «ملک سلمان» پادشاه سعودی، با ولیعهد دیدار کرد.", "سلمان"),
        ("ملکه الیزابت و شاهزاده فیلیپ از بالکن کاخ باکینگهام برای مردم دست تکان دادند.", "فیلیپ"),
        (
            "از سردار ملک شاهکویی به‌عنوان فرمانده‌ای بومی یاد کرد و ملک‌شاهکویی را ستود.",
            "ملک شاهکویی",
        ),
        ("هویدا به شخصی به نام کریمی رو کرد و کریمی پاسخی نداد.", "کریمی"),
        ("حسن روحانی به نام ملت ایران از مردم قدردانی کرد.", "حسن روحانی"),
    ],
)
def test_a_person_stands(text: str, present: str) -> None:
    assert any(present in n for n in names(text)), names(text)


def test_spoken_words_are_known_and_names_are_not() -> None:
    assert colloquial(key("میاد")) and colloquial(key("یه"))
    assert not colloquial(key("اون"))  # «کیم جونگ اون»
    assert not colloquial(key("بارون"))  # a title too: «بارون دوچیلد»
