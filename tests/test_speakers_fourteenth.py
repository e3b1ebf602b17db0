"""Speakers since the fourteenth judged sample (``fixtures/speakers_judged_14.jsonl``), which
holds no wrong speaker and no miss as drawn: the rules since mend wrong speakers of the earlier
samples and the shared news. A person named inside an adverbial of answering, addressing or
topic after the clause's subject («در پاسخ به ...», «در واکنش به ...», «خطاب به ...»,
«درباره ...», «در مورد ...», «در خصوص ...») is the one answered, addressed or spoken of, not
the speaker, and neither is the one whose post stands there; a person after «پرونده» or
«واکنش» is whose case or reaction it is («پرونده برانکو ... سرپرست باشگاه ... توضیح داد», «یک
عضو مجلس کویت، واکنش حمید رضا آصفی ... را نامناسب خواند»)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_14.jsonl")}

CASES = [
    # «علی ربیعی در نشست خبری ... در پاسخ به سوالی درباره‌ی ... اظهار کرد:»: the subject
    # opens the clause, before the adverbial
    ("roozno_268", "علی ربیعی", None),
    # «سخنگوی شورای نگهبان در پاسخ به سوالی درباره اینکه ... گفت:» going on after the name
    ("tabnak_746", "عباسعلی کدخدایی", None),
    # «حضرت آیت‌الله سیستانی در این فتوا در پاسخ به استفتایی ... تاکید کرده‌اند که»
    ("roozno_922", "سیستانی", None),
    # «عضو کمیسیون برنامه و بودجه مجلس ... درباره پرونده مهدی هاشمی، تصریح کرد:»: the one
    # whose case it is is no subject, the post is
    ("fars-3_245", "موسی‌الرضا ثروتی", None),
    # «مرکز ترافیک دریایی گزارش داد»
    ("roozno_1108", None, "مرکز ترافیک دریایی"),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


@pytest.mark.parametrize(
    "text",
    [
        # the shared news (tabnak_317)
        "به گزارش ایسنا، به نقل از سانا، یک منبع در وزارت خارجه سوریه در واکنش به رونمایی "
        'دونالد ترامپ، رئیس جمهوری آمریکا از طرح به اصطلاح "صلح" موسوم به "معامله قرن" اظهار '
        "کرد: سوریه به شدت آنچه معامله قرن نامیده می‌شود را محکوم می‌کند.",
        # roozno_848: the one answered, not the ambassador, whom khabar does not find
        "چانگ هوا سفیر چین در تهران در پاسخ به توئیت کیانوش جهانپور سخنگوی وزارت بهداشت کشور در "
        "توئیتی نوشت: «وزارت بهداشت چین هر روز نشست خبری دارد.»",
        # roozno_78: «در خبری ...» holds no person; the president is the rumour's
        "به گزارش روز نو: در خبری در واکنش به شایعه استعفای رئیس‌جمهور نوشت: از روز گذشته "
        "شایعه‌ای مبنی بر استعفای حسن روحانی، رئیس جمهور کشور منتشر شده است.",
    ],
)
def test_the_one_answered_or_addressed_does_not_speak(text: str) -> None:
    assert [q.speaker for q in extract_text(text).quotes] == [None]


def test_the_judge_speaks_not_the_one_addressed() -> None:
    # roozno_479: the judge, named after «قاضی» by family name alone (since the tenth pass over
    # wrong facts), not the accused addressed
    text = (
        "در ادامه جلسه دادگاه قاضی صلواتی پس از تفهیم اتهام متهم ردیف اول پرونده خطاب به "
        "متهم رضا ستوده گفت: برای بیان دفاعیات در جایگاه قرار گیرید."
    )
    assert [q.speaker for q in extract_text(text).quotes] == ["صلواتی"]


def test_nor_the_one_whose_post_stands_in_the_adverbial() -> None:
    # the shared news (tabnak_1134): the Taliban's spokesman speaks to Ghani and Abdullah
    text = (
        "«ذبیح‌الله مجاهد» سخنگوی طالبان گفت: ما آماده‌ایم.\n"
        "«مجاهد» همچنین خطاب به «محمد اشرف غنی» رئیس جمهور و «عبدالله عبدالله» رئیس اجرایی "
        "افغانستان گفته است: بیایید اختلافات را کنار بگذارید."
    )
    assert extract_text(text).quotes[-1].speaker != "عبدالله عبدالله"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("در پاسخ به سوال خبرنگار فارس علی لاریجانی گفت: مجلس کار خود را می‌کند.", "علی لاریجانی"),
        ("همچنین در پاسخ به این سوال محمد جواد ظریف گفت: ما مذاکره نمی‌کنیم.", "محمد جواد ظریف"),
        # the shared news (roozno_334)
        (
            "در واکنش به این موضوع محمد قوچانی روزنامه‌نگار گفت: اصلاح‌طلبان شکست خوردند.",
            "محمد قوچانی",
        ),
        ("محمد جواد ظریف در پاسخ به مایک پمپئو گفت: آمریکا باید عمل کند.", "محمد جواد ظریف"),
    ],
)
def test_an_adverbial_that_opens_the_clause_leaves_the_subject_after_it(
    text: str, speaker: str
) -> None:
    assert [q.speaker for q in extract_text(text).quotes] == [speaker]


def test_whose_case_it_is_does_not_speak() -> None:
    # the shared news (fars-3_89): a subheading run into the post of the one who speaks
    text = (
        "برانکو ایوانکوویچ سرمربی سابق پرسپولیس به دادگاه شکایت کرد.\n"
        "* پرونده برانکو و بدهی خارجی‌ها نباشد هر کسی جای من باشد اداره باشگاه مشکلی ندارد "
        "سرپرست باشگاه پرسپولیس درباره اینکه راه افتادن هشتک‌های اینستاگرام در شأن این باشگاه "
        "است، توضیح داد: باید با خودمان روراست باشیم."
    )
    assert [q.speaker for q in extract_text(text).quotes] == [None]


@pytest.mark.parametrize(
    "text",
    [
        # the shared news (roozno_956): the judiciary's spokesman, by family name alone, on Najafi
        "محمدعلی نجفی شهردار سابق تهران در زندان است.\nاسماعیلی درباره دلایل آزاد نشدن نجفی "
        "در موج آزادی زندانیان پیش از عید گفت: این ادعا صحت ندارد.",
        # roozno_1208: Trita Parsi writes of Bolton's book
        'به گزارش ،"تریتا پارسی" از بنیانگذاران شورای ایرانی امریکایی (نایاک) در مقاله‌ای در '
        'نشریه "فارین پالسی" درباره کتاب خاطرات تازه جان بولتون و افشاگری‌ها و ادعاهای '
        'مطرح‌شده توسط او می‌نویسد: "کتاب بولتون بیش‌تر با هدف انتقام‌جویی او منتشر شده است."',
    ],
)
def test_the_one_spoken_of_does_not_speak(text: str) -> None:
    assert [q.speaker for q in extract_text(text).quotes][-1] is None


@pytest.mark.parametrize(
    "text",
    [
        "محمدرضا عارف درباره انتخابات گفت: مشارکت مهم است.",
        "درباره این موضوع محمدرضا عارف گفت: مشارکت مهم است.",
    ],
)
def test_the_subject_before_or_after_a_topic_speaks(text: str) -> None:
    assert [q.speaker for q in extract_text(text).quotes] == ["محمدرضا عارف"]


@pytest.mark.parametrize(
    "text",
    [
        # the shared news (fars-2_151): an unnamed Kuwaiti MP
        "خبرگزاری فارس: یک عضو مجلس کویت، واکنش حمید رضا آصفی سخنگوی وزارت‌خارجه ایران را در "
        "مورد چاپ یک کاریکاتور موهن در روزنامه بحرینی الایام، نامناسب خواند.",
        # tabnak_1045: foreign media, unnamed
        "سهیل شاهین سخنگوی طالبان گفت: هیچ سند دیگری وجود ندارد.\nاین واکنش شاهین پس از آن "
        "صورت می‌گیرد که چند روز پیش شماری از رسانه‌های خارجی از وجود اسناد مخفی بین طالبان "
        "و ایالات متحده خبر داده بودند.",
    ],
)
def test_whose_reaction_it_is_does_not_speak(text: str) -> None:
    assert [q.speaker for q in extract_text(text).quotes][-1] is None


def test_a_reaction_met_then_told() -> None:
    # «با واکنش X مواجه شد، او ...» is X's (``reactions``), «واکنش» aside
    text = (
        "اظهارات گستاخانه‌ای که با واکنش عباس موسوی، سخنگوی وزارت خارجه مواجه شد، او گفت: "
        "این اظهارات مداخله است."
    )
    assert [q.speaker for q in extract_text(text).quotes] == ["عباس موسوی"]


def test_the_one_spoken_of_who_said_it_in_a_relative_clause() -> None:
    # ARMAN's news (arman-1_171): «که گفته‌اند» is of the minister the adverbial names
    text = (
        "فدوی محض روشن شدن اذهان در مورد فرمایش آقای مظفر » وزیر آموزش و پرورش « که گفته‌اند: "
        "مدیران مدارس باید در همه موارد با خانواده دانش‌آموزان مدارا کنند، به عرض می‌رساند."
    )
    assert [q.speaker for q in extract_text(text).quotes][:1] == ["مظفر"]
