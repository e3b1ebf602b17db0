"""Bodies and outlets the seven draws of quotes left with no speaker name as the speaker
(``null_speakers_judged*.jsonl``): a cause («به همین دلیل نیز») or a time ago («چند سال قبل
نیز») opening the clause is passed before a body (clause_openers.past_cause_or_ago), not before
a person, whom the further scan finds and «وی» after must not go on with; outlets written
otherwise than listed («ای بی‌سی», «یواس‌ای‌تودی») and one not listed («الخلیج الجدید») are in
data/agencies.tsv; «سرویس», «آستان» and «حکومت» head a body that speaks
(data/speaking_heads.txt). The sentences are from the shared news, cut to the lines that matter."""

from __future__ import annotations

from khabar.extract import extract_text


def said(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_organization) for q in extract_text(text).quotes]


def test_a_body_past_a_cause_with_no_comma_speaks() -> None:
    # roozno_105: «به همین دلیل نیز» and the council's long name, then its verb
    quotes = said(
        "به همین دلیل نیز شورای عالی سیاستگذاری اصلاح‌طلبان با در نظر گرفتن موانع موجود بر سر "
        "راه اصلاح‌طلبان اعلام کرد که برای یازدهمین دوره انتخابات مجلس شورای اسلامی لیستی ارائه "
        "نخواهد کرد و احزاب اصلاح‌طلب مختارند تا جداگانه برای ارائه یا عدم ارائه لیست تصمیم "
        "بگیرند."
    )
    assert quotes == [(None, "شورای عالی سیاستگذاری اصلاح‌طلبان")]


def test_a_body_past_a_time_ago_speaks() -> None:
    # roozno_1004: «چند سال قبل نیز» before the army's claim
    quotes = said(
        "چند سال قبل نیز ارتش مصر مدعی اختراع دستگاه تشخیص و درمان ایدز و هپاتیت شد، ادعایی "
        "که مجله نیچر آن را رد کرد."
    )
    assert quotes == [(None, "ارتش مصر")]
    # tabnak_38: «چند هفته پیش نیز» before an agency and its comma
    quotes = said(
        "چند هفته پیش نیز خبرگزاری دولتی سوریه (سانا) گزارش داد، نظامیان آمریکایی ده‌ها خودرو "
        "و تجهیزات را از مناطق شمالی استان رقه و جنوب استان حسکه به منطقه نفتی رمیلان ارسال "
        "کرده و این تجهیزات در نزدیکی میادین نفتی مستقر شده‌اند."
    )
    assert quotes[0][1] == "خبرگزاری دولتی سوریه"


def test_a_person_past_a_cause_does_not_take_the_speakers_vi() -> None:
    # fars-4_292: Habibi tells what Bush said; «وی» after is Habibi still, not Bush
    quotes = said(
        "خبرگزاری فارس: محمد نبی حبیبی دبیر کل حزب موتلفه اسلامی گفت: قدرت مرجعت در عراق برای "
        "اشغالگران باید عبرت آموز باشد.\n"
        "وی افزود: دستاورد فراخوان آیت‌الله سیستانی و حل بحران نجف نشان داد ظرفیت‌هایی از قدرت "
        "در عراق وجود دارد که در وقت خود ظهور خواهد کرد، بدون شک آمریکائی‌ها در حمله به عراق "
        "در محاسبات خود قدرت مرجعیت و علما اسلام را به حساب نیاورده بودند. به همین دلیل بوش "
        "با اعتراف به شکست خود در عراق اعلام کرد که مقاومت در این سطح را پیش‌بینی نمی‌کرده "
        "است.\n"
        "وی با اشاره به خبر جعلی رسانه‌های استکباری در خصوص نتایج نشست مراجع در نجف گفت: "
        "رسانه‌های استکباری یک خبر جعلی مبنی بر مخالفت مراجع با اقدام مسلحانه علیه آمریکا در "
        "عراق را طراحی کردند."
    )
    assert quotes[-1] == ("محمد نبی حبیبی", None)


def test_outlets_written_otherwise_speak() -> None:
    # roozno_824, roozno_1189, roozno_623
    assert said(
        "ای بی‌سی نوشت: اولین هشدارها از شیوع ویروس کرونا در اوایل ژانویه حاکی از این بود که "
        "شیوع این ویروس جدید در چین ممکن است به یک بیماری همه‌گیر جهانی تبدیل شود."
    ) == [(None, "ای‌بی‌سی")]
    assert said(
        "الخلیج الجدید نوشت: نزدیکی سریع بین عربستان سعودی و یونان، دلایل واقعی این دوستی "
        "سیاسی بین دو کشور را پنهان می‌کند."
    ) == [(None, "الخلیج الجدید")]
    assert said(
        "به نوشته یواس‌ای‌تودی خریداران در سراسر کشور با قفسه‌های خالی و صف‌های طولانی در "
        "فروشگاه‌ها مواجه هستند."
    ) == [(None, "روزنامه یو‌اس‌ای تودی")]


def test_a_service_and_a_shrine_speak_by_their_heads() -> None:
    # tabnak_1372, tabnak_1231: «سرویس» and «آستان» head a body's name (data/speaking_heads.txt)
    assert said(
        "سرویس فدرال خدمات بهداشتی روسیه اعلام کرد که این کشور حدود ۸۰۰ سیستم تست برای "
        "تشخیص نوع جدیدی از ویروس کرونا به کشور‌های ایران، کره شمالی و مغولستان ارسال کرده است."
    ) == [(None, "سرویس فدرال خدمات بهداشتی روسیه")]
    assert said(
        "آستان مقدس حسینی امروز (جمعه) در بیانیه‌ای اعلام کرد، در حمله آمریکا به فرودگاه "
        "بین‌المللی کربلا، یک غیرنظامی کشته و برخی از کارگران مشغول در ساخت فرودگاه زخمی شدند."
    ) == [(None, "آستان مقدس حسینی")]
    # a denial of service is what was told of, the board's member told it
    assert said(
        "دیروز عضو هیأت‌مدیره شرکت ارتباطات زیرساخت از رفع اختلال یک‌ساعته اینترنت به دلیل "
        "حمله منع سرویس توزیع‌شده (DDoS mitigation) خبر داد؛ ویروسی که شبیه زامبی عمل می‌کند."
    ) == [(None, None)]


def test_a_government_named_hokumat_speaks() -> None:
    # roozno_1058: «حکومت» heads a state's government as «دولت» does, after «چرا که»
    assert said(
        "تمام نشانه‌ها در خاورمیانه، حکایت از آن دارد که منطقه در انتظار یک برخورد بزرگ بین "
        "اردن و اسرائیل است، چرا که حکومت اسرائیل اعلام کرده است قصد دارد منطقه غور اردن را "
        "رسما بعنوان جزئی از شهرک‌های اسرائیلی معرفی کند."
    ) == [(None, "حکومت اسرائیل")]
    # martial law declared is no body that speaks
    assert said(
        "در پی این ناآرامی‌ها در شهر حکومت نظامی اعلام شد و رئیس پلیس گفت: خیابان‌ها بسته است."
    ) == [(None, None)]
