"""Commitments on sentences of news no commitment rule was written on (ARMAN's and PEYMA's,
``fixtures/commitments_judged_unseen.jsonl``): a claim told as its source's, an expectation of
another's act, what comes first («در اولویت ... قرار خواهد داد»), a decision taken in the past,
a schedule granted in a concession, what befalls one soon, an aim («تا بتوانیم ...»), an
influence («قرار است ... تاثیر بگذارند») and an act word of another verb announce nothing;
the adjective «ادعایی», a cue after the «اما» of a concession, a speech scheduled and a
decision of the day still do."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        # a claim, its source's
        "فوق‌ستاره پرتغالی البته هنوز به مرز آمادگی 100 درصد نرسیده اما طبق ادعای مارکا، قرار"
        " است شنبه برابر اوساسونا و در بازی میان هفته در لیگ قهرمانان مقابل اسپورتینگ لیسبون از"
        " ابتدا به میدان برود.",
        # an expectation of another's act
        "سخنگوی شرکت بوئینگ گفت: این شرکت انتظار دارد به‌زودی مجوز تحویل هواپیما به ایران را از"
        " دولت آمریکا دریافت کند.",
        # what comes first: a stance
        "ترامپ گفت منافع آمریکا را در اولویت امور قرار خواهد داد.",
        "مصطفی معین وزیر علوم گفت: وزارت علوم همان مشی یک سال گذشته خود را ادامه خواهد داد به"
        " این مفهوم که اصل را بر حفظ مصالح عالی کشور قرار خواهیم داد.",
        # a decision taken in the past, in an undated article
        "دبیر جشنواره ادامه داد: در گذشته به سبب فقدان مدیریت فرهنگی در شهرداری اطلاعات کاملی"
        " در دسترس نبود که مقرر شد که این مطالعات در دستور کار دفتر این مدیریت قرار گیرد.",
        # a schedule granted in a concession and disputed after «اما»
        "هرچند بر اساس برنامه زمان‌بندی‌شده مورد توافق اعضای اتحادیه اخترشناسان، قرار است این"
        " رادیو تلسکوپ عظیم تا سال 2012 تکمیل شود، اما پیش‌بینی می‌شود که زمان اتمام پروژه"
        " دیرتر از موعد مقرر باشد.",
        # what befalls one soon
        "مدیرکل هواشناسی گفت: گلستان در آینده نزدیک با پدیده گردوغبار روبه‌رو می‌شود.",
        # an aim
        "غلامحسین خواجه افزود: دانشگاه شهید چمران اهواز تمامی تلاش خود را برای اخذ مجوزهای لازم"
        " انجام می‌دهد تا بتوانیم در آینده نزدیک دانشگاه هنر و یا دانشکده هنر در آبادان"
        " راه‌اندازی شود.",
        # an influence
        "وی گفت: مساله‌ای که در دنیا به عنوان صنایع خلاق محسوب می‌شود، مجموعه‌ای از"
        " زیرشاخه‌هایی هست که در غایت خود قرار است بر یکدیگر تاثیر بگذارند.",
        # the act word is another verb's («انجام می‌دهند»)
        "وانگ ئی وزیر خارجه چین گفت: چین نه بر پایه آنچه که دیگران می‌گویند بلکه بر مبنای آنچه"
        " که انجام می‌دهند قضاوت خواهد کرد.",
        # a condition written as one word, before the cue and right after a reporting verb
        "کمیته بین‌المللی المپیک اعلام کرد، درصورتی‌که آزمایش‌های شناسائی اریتروپوئتین نیز در"
        " آزمایش‌های کنترل دوپینگ بازی‌های المپیک سیدنی گنجانده شود، حدأقل 0 آزمایش دوپینگ در"
        " طول برگزاری این بازی‌ها انجام خواهد شد.",
        "آمریکا روز یکشنبه تهدید کرد، درصورتی‌که ژاپن به برنامه به اصطلاح صید علمی نهنگ ادامه"
        " دهد این کشور را مورد تحریم بازرگانی قرار خواهد داد.",
    ],
)
def test_no_commitment(text: str) -> None:
    assert extract_text(text).commitments == []


@pytest.mark.parametrize(
    "text",
    [
        # «ادعایی», an adjective: the announcement stands
        "رئیس جمهور آمریکا روز دوشنبه تأکید کرد که طرح صلح ادعایی آمریکا به نام «معامله قرن»"
        " فردا رونمایی خواهد شد.",
        # the cue after the concession's «اما»
        "اگرچه تا کنون جزئیاتی از این طرح اعلام نشده، اما قرار است وزیر امروز درباره جزئیات"
        " این طرح در نشستی خبری توضیح دهد.",
        # an agenda, not a priority
        "وزیر گفت: این طرح را به‌زودی در دستور کار قرار خواهیم داد.",
        # a speech scheduled, after a present verb
        "حجت‌الاسلام سید محمد علی ابطحی گفت: دبیرکل سازمان ملل متحد، مدیرکل یونسکو و 20 رئیس"
        " کشور در این کنفرانس که روز سه‌شنبه در مقر سازمان ملل متحد برگزار می‌شود سخنرانی"
        " خواهند کرد.",
        # a decision of the day; one can in a clause of its own
        "گفتنی است در پایان این نشست مقرر شد پیش‌نویس یادداشت تفاهم‌نامه همکاری دو جانبه از طرف"
        " دو پلیس تهیه و به امضا روسای پلیس دو کشور برسد.",
        "تشکری هاشمی گفت: به‌زودی طی فراخوانی از سرمایه‌گذاران دعوت خواهیم کرد که در فرایند"
        " نوسازی اتوبوسرانی مشارکت کنند.",
    ],
)
def test_still_a_commitment(text: str) -> None:
    assert extract_text(text).commitments


def test_the_subject_after_a_relative_clause_in_an_adjunct_announces() -> None:
    # «در این دیدار که X، سفیر ...، نیز شرکت داشت،»: the adjunct ends at the comma after its
    # relative clause's verb, not at the comma of the apposition inside it
    opening = "در این دیدار که محسن طلائی، سفیر جمهوری اسلامی ایران در سئول نیز شرکت داشت، "
    doc = extract_text(
        opening + "رئیس مجلس ملی کره جنوبی گفت که در آینده نزدیک از تهران دیدن خواهد کرد."
    )
    assert [(c.announcer, c.announcer_post) for c in doc.commitments] == [
        (None, "رئیس مجلس ملی کره جنوبی")
    ]
    doc = extract_text(opening + "علی لاریجانی رئیس مجلس گفت که همکاری ادامه خواهد یافت.")
    assert [q.speaker for q in doc.quotes] == ["علی لاریجانی"]
    # a time's clause: its subject goes on to the main clause
    doc = extract_text(
        "با این حال هنگامی که دونالد ترامپ، رئیس جمهور آمریکا چهارشنبه گذشته با برهم صالح، همتای"
        " عراقی خود دیدار کرد، بار دیگر بر حمایت واشنگتن از ثبات در عراق تاکید کرد."
    )
    assert [q.speaker for q in doc.quotes] == ["دونالد ترامپ"]
