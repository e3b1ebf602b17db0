"""A statement told after «که» ends where «اما» or «ولی» opens another's account in the past
(«... اعلام کرد که X اما Y ... تاکید کرد ...»), from the second judged quotes sample
(``fixtures/quotes_judged_2.jsonl``); not at words quoted inside it, nor at the speaker's own
account in the present. Texts from the shared news."""

from __future__ import annotations

from khabar.extract import extract_text


def _said(text: str) -> list[str]:
    doc = extract_text(text)
    return [doc.span_text(q.span) for q in doc.quotes]


def test_another_account_after_but_is_not_the_statement() -> None:
    # tabnak_983
    text = (
        "وزیر بهداشت ۷ اسفندماه اعلام کرد که دانشگاه‌ها یک هفته دیگر یعنی در بازه زمانی (۱۰ تا "
        "۱۵ اسفندماه) تعطیل خواهند بود اما معاون آموزشی وزیر علوم در گفتگویی که با مهر داشت "
        "تاکید کرد بخش اداری، بخش پروژه‌ها، بخش تحصیلات تکمیلی، برگزاری جلسات دفاع از "
        "پایان‌نامه‌ها و رساله‌ها و پیشنهاد پروژه‌ها دایر است.\n"
    )
    assert _said(text)[0].endswith("(۱۰ تا ۱۵ اسفندماه) تعطیل خواهند بود")


def test_a_claim_against_it_is_not_the_statement() -> None:
    # roozno_733
    text = (
        "در حالی که مقامات ایران بارها اعلام کرده‌اند که تحریم‌های مالی ایران از سوی آمریکا "
        "باعث ایجاد مشکل برای واردات دارو و مواد غذایی شده اما سخنگوی وزارت امور خارجه آمریکا "
        "بدون اشاره به این محدودیت مدعی شد که ارسال دارو و مواد غذایی و کالاهای بشردوستانه به "
        "ایران تحت تحریم آمریکا قرار ندارد.\n"
    )
    said = _said(text)
    assert said[0].endswith("برای واردات دارو و مواد غذایی شده")


def test_words_quoted_inside_stay_the_statement() -> None:
    # fars-4_71: the expert tells what the Kurds told the Russians
    text = (
        "این کارشناس در عین حال گفت که تا کنون اطلاعات دقیقی درباره بندهای این توافق وجود "
        "ندارد، ولی «کردها به طرف روس گفتند که آماده خروج کامل از عین عیسی هستند و اقدامات "
        "عملی طی ساعات آتی آغاز خواهد شد».\n"
    )
    assert _said(text)[0].endswith("اقدامات عملی طی ساعات آتی آغاز خواهد شد»")


def test_the_speakers_own_account_in_the_present_stays() -> None:
    # fars-1_92: a producer at a round table tells what the petrochemical's director says
    text = (
        "مرداد پرهیز، تولیدکننده مکمل دی‌کلسیم فسفات در این میزگرد یادآور شد که پتروشیمی "
        "بیشترین میزان افزودنی تولید می‌کند ولی مدیر پتروشیمی می‌گوید نمی‌توانیم از دلار 4 هزار "
        "و 200 تومانی بهره‌مند شوند و دولت پاسخ بدهد که این دلار برای چه کسی است.\n"
    )
    assert _said(text)[0].endswith("این دلار برای چه کسی است")


def test_a_second_statement_after_a_semicolon_and_but_is_cut_off_with_it() -> None:
    # tabnak_1626: the same minister, another statement after «؛ اما وی ... بیان کرد»
    text = (
        "وزیر امور خارجه تشکیلات خودگردان در پایان گفت که فلسطین آماده است با اشراف مسکو، "
        "گفت‌و‌گویی تصویری با تل‌آویو داشته باشد؛ اما وی در عین حال بیان کرد، به اینکه این "
        "گفت‌وگو نتایج ملموسی در پی داشته باشد، مشکوک است.\n"
    )
    assert _said(text)[0].endswith("گفت‌و‌گویی تصویری با تل‌آویو داشته باشد")
