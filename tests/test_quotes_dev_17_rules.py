"""The rules of the seventeenth quotes-recall sample (``quotes_dev_17``): «از ... پرده برداشت»
tells what was disclosed, as «از ... خبر داد» does, from its «از» on, past a source's «به نقل
از» or a speech's «بخش دیگری از»; «خواسته» after a count is a noun, the demands counted, not a
verb of asking. On the sample's own sentences and on sentences of other
shared articles."""

from __future__ import annotations

from khabar.extract import extract_text

# the sample's tabnak_598: an almanac's entry, a magazine's disclosure
_ATLANTIC = (
    "22 بهمن 1397، مجله آتلانتیک در گزارشی تفصیلی از انتقال میلیاردها دلار سرمایه از روسیه به"
    " آمریکا در اوایل دهه ۱۹۹۰ میلادی پرده برداشت.\n"
)
# tabnak_1173
_AL_WATAN = (
    "روزنامه الوطن سوریه از سفر عباس کامل رئیس دستگاه اطلاعاتی مصر به دمشق در دوم ماه مارس جاری"
    " پرده برداشت و اینکه با مسئولان سوری دیدار کرده است؛ این دیدار محرمانه بوده است.\n"
)
# tabnak_1296 and tabnak_759: the source's «از» opens no object
_SOURCES = (
    "به گزارش ایسنا، العربی الجدید به نقل از منابع آگاه از جزئیات سفر اخیر عباس کامل، رئیس دستگاه"
    " اطلاعات مصر به سودان و سودان جنوبی پرده برداشت.\n"
)
_SKY = (
    "به گزارش «تابناک»؛ شبکه اسکای نیوز به نقل از منابع دیپلماتیک بلندپایه از مخالفت روسیه با"
    " بیانیه سازمان ملل درباره آتش بس در شمال غربی سوریه خبر داد.\n"
)
# tabnak_480: a part of a speech
_KHAZALI = (
    "خزعلی در بخش دیگری از سخنان خود از تصمیم آمریکا برای ترور مقتدی صدر پرده برداشت و گفت:"
    " آمریکا به دنبال آن بود تا عصائب اهل الحق را متهم به این ترور کند.\n"
)
# the sample's tabnak_1100: the letter's demands listed, then counted
_DEMANDS = (
    "۱۹ اسفند ۱۳۹۴، ولی ‌الله سیف، رئیس کل بانک مرکزی، در نامه ‌ای به استانداران کشور، پنج"
    " درخواست اصلی بانک مرکزی از مسوولان استان‌ها را تشریح کرد.\n"
    "«حمایت از بازرسان و ناظران بانک مرکزی»، «جلوگیری از فعالیت موسسات غیرمجاز» و «پیشگیری از"
    " مداخله نهادهای غیرمسوول در امور بانک‌ها» پنج خواسته ویژه رئیس کل بانک مرکزی از استانداران"
    " بود.\n"
)
# roozno_770
_TWO_DEMANDS = (
    "این سازوکار قرار بود با دور زدن تحریم ها، دو خواسته اصلی ایران، یعنی فروش نفت و بازگشت"
    " درآمد‌های آن، را تسهیل کند.\n"
)


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = extract_text(text)
    return [
        (q.kind, " ".join(doc.span_text(q.span).split()[:3]), q.speaker, q.speaker_organization)
        for q in doc.quotes
    ]


def test_what_was_disclosed_is_said_from_its_preposition_on() -> None:
    assert _quotes(_ATLANTIC) == [("indirect", "انتقال میلیاردها دلار", None, "مجله آتلانتیک")]
    assert _quotes(_AL_WATAN) == [
        ("indirect", "سفر عباس کامل", None, "روزنامه الوطن سوریه"),
    ]


def test_a_source_or_a_part_of_a_speech_is_not_what_was_told_of() -> None:
    assert [said for _, said, _, _ in _quotes(_SOURCES)] == ["جزئیات سفر اخیر"]
    assert [said for _, said, _, _ in _quotes(_SKY)] == ["مخالفت روسیه با"]
    assert [said for _, said, _, _ in _quotes(_KHAZALI)][:1] == ["تصمیم آمریکا برای"]


def test_demands_counted_are_no_one_asking() -> None:
    assert _quotes(_DEMANDS) == []
    assert _quotes(_TWO_DEMANDS) == []
