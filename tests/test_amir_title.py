"""«امیر», the army's general officers' title and a given name, on sentences of the shared
news: the title before a rank word or, with the army's words near, before a given name and a
family name; a given name after another title, before one family name, in a compound given
name, and before a given name and a family name where no army is near."""

from __future__ import annotations

from conftest import names

from khabar.extract.lexicons import key
from khabar.extract.people import amir_title


def title_at(text: str, word: int = 0) -> bool:
    """Whether the «امیر» of ``text`` (its ``word``-th, split at spaces) is a title."""
    keys = [key(w) for w in text.replace("،", " ،").replace(".", " .").split()]
    at = [k for k, w in enumerate(keys) if w == key("امیر")][word]
    return amir_title(keys, at)


COMMANDER = (
    "به گزارش فارس، در این مراسم امیر علیرضا انگیزه به عنوان فرمانده جدید پایگاه پایگاه شهید"
    " بابایی اصفهان معرفی و از زحمات امیر سرتیپ دوم خلبان سعید فتاح تجلیل به عمل آمد."
)
PROSECUTOR = (
    "پس از آن قاضی مسعودی مقام از امیر رسول قهرمانی نماینده دادستان خواست تا کیفرخواست پرونده"
    " را قرائت کند."
)
GUARDS = (
    "سردار سرتیپ پاسدار امیر علی حاجی‌زاده فرمانده نیروی هوا فضای سپاه پاسداران در محل این"
    " رونمایی با اشاره به جزئیاتی از ساقط کردن این پهپاد فوق پیشرفته گفت: این پهپاد بزرگترین"
    " هواپیمای جاسوسی بدون سرنشین جهان است و مشخصات منحصر به فردی دارد."
)
MINISTER = (
    "صبح امروز با حضور سرتیپ امیر حاتمی وزیر دفاع و پشتیبانی نیروهای مسلح، سردار سرلشکر پاسدار"
    " حسین سلامی فرمانده‌کل سپاه پاسداران، سردار تنگسیری فرمانده نیروی دریایی سپاه، استاندار"
    " هرمزگان، نماینده ولی فقیه در استان و جمعی زیادی از مسئولان لشکری و کشوری مراسم الحاق 112"
    " فروند شناور موشک انداز به ناوگان مدافعان امنیت خلیج فارس در بندرعباس برگزار شد."
)


def test_amir_before_a_commanders_name_is_his_title() -> None:
    assert title_at(COMMANDER)


def test_amir_with_no_army_near_is_a_given_name() -> None:
    assert not title_at(PROSECUTOR)
    assert "امیر رسول قهرمانی" in names(PROSECUTOR)
    assert "رسول قهرمانی" not in names(PROSECUTOR)


def test_amir_after_a_rank_or_as_a_given_names_head_is_no_title() -> None:
    assert not title_at(GUARDS)  # «سردار ... امیر علی حاجی‌زاده»: the Guards' general
    assert "امیر علی حاجی‌زاده" in names(GUARDS)
    assert not title_at(MINISTER)  # «سرتیپ امیر حاتمی»: a rank before the given name
    assert "امیر حاتمی" in names(MINISTER)


def test_amir_before_one_family_name_stays_in_the_name() -> None:
    text = "سیمرغ بهترین بازیگر نقش مکمل مرد به امیر آقایی برای «شنای پروانه» تعلق گرفت."
    assert not title_at(text)
    assert "امیر آقایی" in names(text)
