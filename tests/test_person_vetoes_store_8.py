"""What is no person's name, by the classes of the false persons read in the eighth store
sample (``tests/fixtures/persons_judged_store_8.jsonl``) and left in the earlier ones, on
sentences of the shared news, and the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

_HASHEMI = (
    "نگاه جامعه به آقای هاشمی خیلی مثبت بود، ولی این دلیل اصلی یا دلیل واقعی که آقای هاشمی"
    " نپذیرفت، من اطلاع ندارم که به چه دلیل ایشان نپذیرفت."
)
_SOLEIMANI = (
    "بدون شک تا وقتی راه امام و رهبری را دنبال کنیم بازنده میدان دشمنان ملت ایران خواهند بود،"
    " همان‌گونه که سردار سلیمانی جغرافیای جهان اسلام وسعت داد به امت اسلام قدرت و عزت بخشید."
)
_CABINET = (
    "25 بهمن 1324، احمد قوام اعضای کابینه خود را به این شرح معرفی کرد: وزیر دادگستری احمدعلی"
    " سپهر، وزیر پیشه و هنر دکتر منوچهر اقبال، وزیر بهداری محمدتقی بهار، وزیر فرهنگ – سهام‌الدین"
    " غفاری."
)
_RAJAVI = (
    "امروز سرمایه آمریکایی‌ها به امثال مسیح علی‌نژاد و مریم رجوی خائن محدود شده است، آنها روزی"
    " در منطقه صدام و حزب بعث را داشتند."
)
_SIGHTS = (
    "«کتابخانه جان رایلند / John Rylands Library»، «شهربازی لگولند/Legoland Discovery Center»،"
    " «پارک هیتون / Heaton Park»، «باغ گیاهان / Botanical Garden» از جاذبه‌های منچستر است."
)
_MINA = (
    "همچنین عکسی از غضنفر رکن‌آبادی، سفیر سابق ایران در لبنان که در مهرماه امسال در فاجعه منا"
    " جان به جان‌آفرین تسلیم کرد، را در حالی که پرچم سرخی در دست دارد، می‌بینید."
)
_SADR = (
    "بازگشایی حرم امام علی تحت فشار هواداران مقتدی صدرهمچنین به دلیل ترس از شیوع بیماری کرونا"
    " در عراق، مقامات دینی در شهر کربلا هم اعلام کردند حرم بسته می‌شود."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_HASHEMI, "هاشمی نپذیرفت"),  # did not accept: a verb, no part of the name
        ("آقای هاشمی نرفت و در جلسه هم حاضر نشد.", "هاشمی نرفت"),  # did not go
        (_SOLEIMANI, "سلیمانی جغرافیای"),  # the geography of: the clause's word
        (_CABINET, "بهداری محمدتقی بهار"),  # the minister of health
        (_RAJAVI, "مریم رجوی خائن"),  # the traitor
        (_SIGHTS, "پارک هیتون"),  # Heaton Park
        (_MINA, "منا جان"),  # died («جان به جان‌آفرین تسلیم کرد») in the Mina disaster
        (_MINA, "منا"),
        (_SADR, "مقتدی صدرهمچنین"),  # «همچنین» (likewise) of the next sentence
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_SOLEIMANI, "سلیمانی"),
        (_CABINET, "محمدتقی بهار"),
        (_CABINET, "احمدعلی سپهر"),
        (_HASHEMI, "هاشمی"),
        (_RAJAVI, "مریم رجوی"),
        (_SADR, "مقتدی صدر"),
        # a family name that opens with «ن» and ends in a past stem stands; so does a
        # family name in «ای» and a name before «جان باخت»
        ("محمدباقر نوبخت سخنگوی دولت گفت: بودجه امسال آماده است.", "محمدباقر نوبخت"),
        ("آیت‌الله خامنه‌ای در این دیدار گفت: کار باید ادامه یابد.", "خامنه\u200cای"),
        ("در این حادثه غلامرضا احمدی جان باخت و دو نفر زخمی شدند.", "غلامرضا احمدی"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)
