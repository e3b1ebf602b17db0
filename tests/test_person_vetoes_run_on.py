"""A name run into the next word of its clause, by class, as read in the four store samples
(``tests/fixtures/persons_judged_store*.jsonl``), on sentences of the shared news, and the
names that must stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

_TERRORIST = (
    "وی گفت: به شهادت رساندن سردار سلیمانی کاری تروریستی بود و مردم به آمریکا نشان دادند که"
    " در کار تروریستی خود شکست خورد."
)
_DEED = (
    "من نمی‌دانستم دقیقا چرا علی چنین کاری کرده است اما می‌دانستم علی کاری را از سر هیجان"
    " نمی‌کند؛ او به کارها و تصمیم‌هایش فکر می‌کند."
)
_TRIGGER = (
    "بوریس جانسون پس از خروج از اتحادیه اروپا به دنبال توافق است. با این حال، از دیدگاه"
    " دیپلماتیک اینکه جانسون ماشه را بکشد، برای ترامپ بهتر است."
)


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        (_TERRORIST, "سلیمانی", "کاری"),  # «کاری تروریستی بود»: a terrorist act
        (_DEED, "علی", "کاری"),  # «کاری را … نمی‌کند»: does a deed
        (_TRIGGER, "بوریس جانسون", "ماشه"),  # «ماشه را بکشد»: pull the trigger
    ],
)
def test_name_ends_before_the_word(text: str, name: str, word: str) -> None:
    found = names(text)
    assert name in found
    assert not any(n.endswith(" " + word) for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a family name among the commonest words that persons bear stands
        ("محسن هاشمی را به عنوان رئیس شورا انتخاب کردند.", "محسن هاشمی"),
        ("علی زمانی را در این نشست دیدیم.", "علی زمانی"),
        ("صادق زیباکلام را به دادگاه احضار کردند.", "صادق زیباکلام"),
        # a foreign name: an unlisted given name before «را», a commonest word as a surname
        (
            "بارسلونا حاضر بود بازیکنانی همچون آرتورو ویدال یا فیلیپه کوتینیو را معرفی کند.",
            "فیلیپه کوتینیو",
        ),
        ('از این گذشته سرلشکر "چن وی"، کارشناس ارشد ارتش چین، به ووهان اعزام شد.', "چن وی"),
        ("یک استاد تاریخ آمریکایی به نام «هاوارد زن» می‌گفت که تاریخ را باید نوشت.", "هاوارد زن"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)
