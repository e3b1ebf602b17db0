"""The rule of the forty-third persons-recall sample (``persons_recall_dev_43.jsonl``), on its own
sentences and on other shared articles: a tweet («توئیت», «توییت») and Sochi («سوچی», of the
Russo-Turkish accords) alone name no one (``data/no_name_edges.tsv``)."""

from __future__ import annotations

from pathlib import Path

from conftest import persons

FIXTURES = Path(__file__).parent / "fixtures"

# tabnak_350, the sample's: the lead of a roundup, «توئیت سفیر چین» the ambassador's tweet
_TWEET = (
    "توئیت سفیر چین در تهران در پی شیوع ویروس کرونا، حمایت توئیتری «بن‌زاید» از معامله قرن، "
    "نشست اضطراری سازمان همکاری اسلامی درباره «معامله قرن» و اجرایی شدن کانال مالی مشترک ایران "
    "و اروپا، از جمله مهم‌ترین خبر‌ها و رویداد‌های مرتبط با خاورمیانه در ۲۴ ساعت گذشته بوده‌اند."
)
# tabnak_431 (a shared article, its «سوچی» judged no person in the twenty-eighth store sample):
# the accord of Astana and Sochi
_ACCORDS = (
    "منابع وابسته به مخالفان سوری اعلام کردند، جنگنده روسی که از پایگاه حمیمیم در استان لاذقیه "
    "برخاسته بود، مرکز تجمع نیروهای وابسته به ترکیه را بمباران کرد و روس‌ها تهدید به بمباران "
    "عفرین و جرابلس هم کردند و این هم مفهومش این است که برای اولین بار از زمان توافق آستانه و "
    "سوچی، این نیروها هم‌تراز جبهه النصره و حزب اسلامی ترکستانی و دیگر گروه‌های تروریستی محسوب "
    "می‌شوند و به مثابه متلاشی شدن توافق شمال سوریه میان روسیه و ترکیه است."
)


def test_a_tweet_alone_names_no_one() -> None:
    assert "توئیت" not in persons(_TWEET)


def test_sochi_alone_names_no_one() -> None:
    assert "سوچی" not in persons(_ACCORDS)
    # tabnak_414, the sample's: «توافقنامه سوچی» in the headline, «توافق سوچی» after
    found = persons((FIXTURES / "recall_dev_43/tabnak_414.txt").read_text(encoding="utf-8"))
    assert "سوچی" not in found
    assert "رجب طیب اردوغان" in found and "ولادیمیر پوتین" in found


def test_a_name_after_a_tweet_stands() -> None:
    # tabnak_350: the tweet's author named after it
    found = persons(
        "«دانی آیالون» معاون سابق وزیر خارجه رژیم صهیونیستی توئیت بن‌زاید را بازنشر کرد."
    )
    assert found == {"دانی آیالون": ["دانی آیالون"]}
