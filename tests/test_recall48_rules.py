"""The rule of the forty-eighth persons-recall sample (``persons_recall_dev_48.jsonl``), on its own
sentences and on other shared articles: Jared Kushner, whom Persian news names by «کوشنر» alone
(«حضور کوشنر داماد او», «کوشنر از آپارتاید ... حمایت کرده»), is a foreign figure
(``data/foreign_figures.tsv``), his full name also spelt «جرد کوشنر»; «کوشنر» is no Persian
word and names no one else in the news."""

from __future__ import annotations

from conftest import persons

# roozno_1208, the sample's: Trita Parsi on Bolton's memoir
_SON_IN_LAW = (
    "زمانی که نتانیاهو تلاش داشت ترامپ را از دیدار با ظریف منصرف سازد «جارد کوشنر» داماد ترامپ "
    "تلاش او را متوقف کرد. بولتون اما چنین هراسی را به خود راه نداد و کوشنر را متهم می کند که "
    "به دلیل «دموکرات» بودن چنین موضعی را اتخاذ کرده است."
)
# tabnak_492: a Palestinian official on the «deal of the century»
_APARTHEID = (
    "این مسؤول فلسطینی در ادامه تاکید کرد: کوشنر از آپارتاید، شهرک سازی‌ها، دیکته سیاست‌ها و "
    "گمراه‌سازی‌ها حمایت کرده و پشت نتانیاهو (نخست وزیر رژیم صهیونیستی) و شورای شهرک‌های "
    "استعماری اسرائیل ایستاده است."
)
# roozno_33: the family name alone, never in full in the article
_PRESENCE = (
    "د\u200cوم: د\u200cر عین حال با وجود ترامپ و شرایط د\u200cیگری همچون حضور کوشنر د\u200cاماد او "
    "د\u200cر کاخ سفید، نتانیاهو فرصتی تاریخی پید\u200cا کرد\u200cه که اهد\u200cاف خود علیه "
    "ایران را عملیاتی کند."
)
# tabnak_98: the full name spelt «جرد»
_KHASHOGGI = (
    "ترامپ و دامادش جرد کوشنر علی‌رغم این که نهاد‌های اطلاعاتی آمریکا براساس گزارشی با اطمینان "
    "از درجه متوسط تا زیاد بر این باورند که محمد بن سلمان دستور قتل خاشقجی را صادر کرده است، "
    "روابط خوب و نزدیکی را با ولیعهد سعودی برقرار کرده‌اند."
)
# tabnak_450: Azmi Bishara on the makers of the plan
_MAKERS = (
    "دکتر عزمی بشاره با تبیین عوامل و سازندگان طرح صلح آمریکایی، از جارد کوشنر داماد ترامپ، "
    "دیوید فریدمن، سفیر آمریکا در اسرائیل از سال ۲۰۱۷ و وکیل سابق ترامپ، جیسون گرینبلات، یکی "
    "از بارزترین حقوقدانان سابق شرکت‌های تجاری ترامپ که بعدها به عنوان نماینده ویژه ترامپ در "
    "گفتگوهای بین‌المللی تعیین شد، نام برد."
)


def test_kushner_in_full_and_alone_in_the_sample() -> None:
    for use_model in (True, False):
        found = persons(_SON_IN_LAW, use_model=use_model)
        assert found.get("جارد کوشنر") == ["جارد کوشنر", "کوشنر"], use_model
        assert "بولتون" in found and "ترامپ" in found  # the neighbouring names stay


def test_kushner_alone_in_other_articles() -> None:
    # a person named by family name alone only is named so
    assert persons(_APARTHEID).get("کوشنر") == ["کوشنر"]
    found = persons(_PRESENCE)
    assert found.get("کوشنر") == ["کوشنر"]
    assert "نتانیاهو" in found


def test_kushner_in_full_in_other_articles() -> None:
    found = persons(_KHASHOGGI)
    assert found.get("جرد کوشنر") == ["جرد کوشنر"]
    assert "محمد بن سلمان" in found
    found = persons(_MAKERS)
    assert found.get("جارد کوشنر") == ["جارد کوشنر"]
    assert {"عزمی بشاره", "دیوید فریدمن", "جیسون گرینبلات"} <= found.keys()
