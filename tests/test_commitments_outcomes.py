"""Commitments: an outcome that comes about, a decision recalled from months before, an
assessment or a memoir's doubt is no announcement; the same outcome that someone does is."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        # an outcome comes about: no one announces doing it
        "علی رضایی گفت: با همت مردم اهداف صادراتی امسال محقق خواهد شد.",
        "رئیس سازمان گفت: با این سیاست آرامش در بازار ارز برقرار خواهد شد.",
        "علی رضایی وعده داده است که به زودی صادرات غیرنفتی دو برابر خواهد شد.",
        # a forecast of what we shall witness, soon
        "علی رضایی گفت: با این امکانات می‌توانیم شاهد رشد این رشته در آینده نزدیک باشیم.",
        # a decision months before, or last year, recalled
        "علی رضایی گفت: سه ماه قبل مقرر شد این اعتبار به بیمارستان‌ها تخصیص یابد.",
        "علی رضایی گفت: سال گذشته مقرر شد بانک‌ها این وام را پرداخت کنند.",
        # an analyst's assessment; a memoir's doubt
        "حسن احمدی در ارزیابی خود گفت: این حزب در همه حوزه‌ها مشارکت خواهد کرد.",
        "من آن روز نمی‌دانستم که قرار است این بیماری شیوع پیدا کند.",
    ],
)
def test_outcomes_recollections_and_assessments_are_no_commitments(text: str) -> None:
    assert extract_text(f"date 2020-03-01\n{text}").commitments == []


@pytest.mark.parametrize(
    "text",
    [
        # the actor announces doing it, or the doers are named
        "علی رضایی گفت: این وعده را محقق خواهیم کرد.",
        "علی رضایی گفت: بیمه کامل دام‌ها با همکاری سازمان جهاد کشاورزی محقق خواهد شد.",
        # «چند سال گذشته» is a period, not last year
        "در این جلسه علی رضایی به اقدامات مهمی که دبیرخانه در چند سال گذشته انجام داده اشاره"
        " کرد و مقرر شد پیگیری‌های دبیرخانه ادامه یابد.",
        # a decision of last year whose act is still ahead
        "علی رضایی گفت: سال گذشته مقرر شد که این خودرو از ابتدای مرداد ۱۳۹۹ دیگر تولید نشود.",
    ],
)
def test_outcomes_someone_brings_about_are_commitments(text: str) -> None:
    assert len(extract_text(f"date 2020-03-01\n{text}").commitments) == 1
