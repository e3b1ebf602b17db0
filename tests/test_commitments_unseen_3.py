"""Commitments on sentences of news no commitment rule was written on (ARMAN's and PEYMA's,
``fixtures/commitments_judged_unseen_2.jsonl`` and ``_3``): an opinion as someone's («به عقیده
من»), what the speaker once imagined («تصور نمی‌کردم»), what was and will be («داده و خواهد
داد»), a change brought about («... بیشتر خواهد کرد»), an indirect question after the cue
(«قرار است از کجا ...»), what happens soon («به‌زودی رخ خواهد داد») and a decision taken when
a thing was designed («در زمان طراحی ... قرار شد»), a state soon («... بزودی ... قابل‌دسترسی
خواهد بود») and what will be witnessed by a deadline («ظرف دو سال ... شاهد خروجی ملموسی ...
خواهیم بود») announce nothing; a third person's belief denied, a question word in a clause of
its own, «چرا که» and an act witnessed by a deadline still do."""

from __future__ import annotations

import pytest

from khabar.extract import extract, extract_text
from khabar.text import repair


@pytest.mark.parametrize(
    "text",
    [
        # an opinion, as the speaker's
        "جان برنان گفت: به عقیده من 28 صفحه گزارش منتشر خواهد شد و من نیز انتشار آن را تایید"
        " می‌کنم.",
        # what the speaker never imagined
        "رامین صدیقی گفت: بعد از آن من با خودم عهد کردم تا دیگر کنسرتی در تالار وحدت برگزار"
        " نکنم اما هیچ وقت تصور نمی‌کردم به‌زودی باید عهد کنم که حتی دیگر پایم را آن جا"
        " نگذارم.",
        # what was and will be
        "صالحی امیری ادامه داد: در نظام جمهوری اسلامی هیچ کس نمی‌تواند بگوید من هستم و دیگران"
        " نباشند، این گردش قدرت به صورت مداوم به نظام سیاسی ایران حیات و بقا داده و خواهد داد.",
        # a change brought about: an effect
        "رئیس‌جمهوری یونان گفت: اطلاعات بیشتر در مورد فرصت‌های اقتصادی دو کشور، علاقه تجار را"
        " به بررسی آنها بیشتر خواهد کرد.",
        # an indirect question after the cue
        "حسن بختیاری، نائب رئیس شورای اسلامی شهر قم گفت: یکی از بحث‌ها این است که نیروهای این"
        " مجموعه قرار است از کجا تامین شود.",
        # what happens soon
        "سرلشگر حسن فیروزآبادی گفت: تنها راه چاره مقابله با این تفکر خطرناک این است که جوانان"
        " جهان اسلام با وحدت و همدلی سرزمین‌های اسلامی را از وهابیت پاک کنند که این اتفاق"
        " به‌زودی رخ خواهد داد.",
        # a decision taken when the district was designed
        "محمد سالاری گفت: در زمان طراحی برای منطقه 22 همایش‌های مختلفی با حضور متخصصان برگزار"
        " شد و قرار شد همه ساخت‌و‌سازها بر مبنای استانداردهای کامل ایجاد شود.",
    ],
)
def test_no_commitment(text: str) -> None:
    assert extract_text(text).commitments == []


@pytest.mark.parametrize(
    "text",
    [
        # a third person's belief, denied: the government's act is announced
        "اسحاق جهانگیری معاون اول رئیس جمهور افزود: بر خلاف تصور عده‌ای که فکر می‌کردند دولت"
        " به دلیل محدودیت‌های بودجه و پایین بودن درآمدهای نفتی محدودیت‌هایی را نسبت به حوادث"
        " گذشته اعمال خواهد کرد، اما دولت با وجود همه این محدودیت‌ها برای آذربایجان‌شرقی نیز"
        " دقیقا مانند دوره‌های گذشته که تحریم وجود نداشت و درآمدها نیز کافی بود عمل خواهد کرد.",
        # «چگونه» in a clause of its own, after the verb
        "امیدعلی پارسا درباره آیین‌نامه جدید بررسی تراکنش‌های بانکی اظهار داشت: آیین‌نامه‌ای را"
        " تا آخر این هفته ابلاغ خواهیم کرد که چگونه با تراکنش‌های بانکی که در حال حاضر انجام"
        " می‌شود، برخورد کنیم.",
        # «چرا که»: because, not why
        "وزیر گفت: قرار است این موارد را به درب منازل مردم تحویل دهیم چرا که قم کانون ورود"
        " بیماری به کشور بوده است.",
        # a decision of the day, with «در زمان» of something ahead
        "وزیر گفت: در این جلسه قرار شد در زمان برگزاری مسابقات، ورزشگاه به روی تماشاگران باز شود.",
    ],
)
def test_still_a_commitment(text: str) -> None:
    assert extract_text(text).commitments


def test_an_undated_article_s_act_is_due_on_the_day_that_names_its_year() -> None:
    doc = extract_text(
        "ترنسفورمز تا کنون 3 میلیارد و 700 میلیون دلار در سراسر جهان فروش کرده و قرار است قسمت"
        " بعدی آن با عنوان آخرین شوالیه 23 ژوئن 2017 راهی سینماها شود."
    )
    assert [c.deadline_date for c in doc.commitments] == ["2017-06-23"]
    # a year, a Western month of a year: their last day
    doc = extract_text(
        "قرار است ریاض در سال 2017 عوارض بی‌سابقه‌ای را بر نیروی کار خارجی و وابستگان به آن‌ها"
        " اعمال کند."
    )
    assert [c.deadline_date for c in doc.commitments] == ["2017-12-31"]
    doc = extract_text(
        "وزارت دفاع آمریکا از اعزام واحدهای زرهی به شرق اروپا خبر داد و گفت، قرار است استقرار"
        " این واحدها در فوریه 2017 آغاز شود."
    )
    assert [c.deadline_date for c in doc.commitments] == ["2017-02-28"]
    # a day without its year says nothing in an undated article
    doc = extract_text("وزیر گفت: قرار است این نمایشگاه در 5 مرداد افتتاح شود.")
    assert [c.deadline_date for c in doc.commitments] == [None]


def _dated(text: str) -> int:
    return len(extract(repair("date 2017-03-01\n" + text)).commitments)


def test_a_state_soon_is_no_announcement() -> None:
    text = (
        "خانم مهندس فرزام، رئیس مرکز اسناد و مدارک میراث فرهنگی، گفت: اطلاعات پایگاه نقش جهان"
        " که بزودی از طریق شبکه اینترنت نیز قابل‌دسترسی خواهد بود، شامل 0 هزار رکورد است."
    )
    assert extract_text(text).commitments == []


def test_what_is_witnessed_by_a_deadline() -> None:
    # an outcome witnessed: a forecast
    assert not _dated(
        "معصومه ابتکار معاون رییس جمهور در امور زنان و خانواده گفت: ظرف دو سال شاهد خروجی"
        " ملموسی از اقدامات معاونت امور زنان خواهیم بود تا به هدف توانمندسازی زنان دست یابیم."
    )
    # an act witnessed: an announcement
    assert _dated(
        "حسن روحانی رئیس جمهور گفت: ما تا پایان سال شاهد افتتاح طرح‌های بسیار مهم در"
        " زمینه‌های مختلف در کشور خواهیم بود."
    )
