"""Words that make a name no person's, by the false persons read in the thirty-second store
sample (``tests/fixtures/persons_judged_store_32.jsonl``), on sentences of the shared news.

Arabic adverbs of «علی» and an «ال» word end no name («علی الراس», «علی المتیقن», «علی
الرغم», «علی الکاذبین», «علی المجرمین»; ``data/no_name_edges.tsv``), while «علی» before an
Arab family name stays a given name («علی اللامی», «علی الغانمی»), and the tagger's run of
Arabic that ends in such an adverb is no place either (``place_or_word.a_word_here``); an
aircraft carrier, «هواپیمابر», is named after someone (``data/named_after.txt``)."""

from __future__ import annotations

from conftest import names

from khabar.extract import extract_text

# fars-news-3 item 72: the sample's line, a tax at a flat rate
_FLAT_RATE = (
    "وی ادامه داد: از سال آینده مالیات پزشکان، داروسازان، پیراپزشکان و داروسازان علی الراس "
    "محاسبه نخواهد شد."
)
# fars-news-1 item 22: the sample's line, a jurist's Arabic
_CERTAIN = (
    "وبالأصل، فإنه إذا لم یکن لأدله الولایه اطلاق لابد من الاقتصار علی المتیقن، وهو الولایه "
    "علی التصرف الذی فیه المصلحه، والرجوع فی غیر ذلک إلی أصاله عدم ثبوت الولایه، أو عدم نفوذ "
    "التصرف»."
)
# roozno_data_891: despite
_DESPITE = (
    "چیزی که برای ما خیلی اهمیت دارد این است که علی الرغم تمام این تنوع شرایط همه استان‌ها "
    "تلاش‌های فوق‌العاده خوبی داشتند تا دانش‌آموزان را تحت پوشش خدمات و جریان آموزشی قرار بدهند."
)
# roozno_data_479: against the guilty
_GUILTY = (
    "باید بدانند که دادسرای تهران و دستگاه قضایی در برخورد با هر کسی که در صدد کسب سود و "
    "منفعت از این طریق است، اشدا علی المجرمین خواهد بود."
)
# tabnak_data_940: a verse, upon the liars
_LIARS = (
    "(فمن حاجک فیه من بعد ما جاءک من العلم فقل تعالوا ندع أبناءنا وأبناءکم ونساءنا ونساءکم "
    "وأنفسنا وأنفسکم ثم نبتهل فنجعل لعنت‌الله علی الکاذبین )(انعام :١٥١)."
)
# fars-news-3 item 134 and tabnak_data_571: Arab family names after «علی» stay
_LAMI = (
    '"علی اللامی" مدیر هیئت بازخواست و عدالت نیز به خبرگزاری فرانسه گفت: تشکل‌های سیاسی برای '
    "بیشتر نامزدها جایگزین تعیین کردند."
)
_GHANIMI = (
    "به گزارش ایسنا، به نقل از شبکه خبری اسکای نیوز، علی الغانمی، عضو کمیته امنیت و دفاع "
    "پارلمان عراق گفت: نیروهای آمریکایی عقب‌نشینی از ۱۵ پایگاه نظامی را آغاز کرده‌اند."
)
# roozno_data_686: the sample's line, an aircraft carrier after «ناو»
_TRUMAN = "در شرق دریای عربی نیز ناو هواپیمابر هری اس. ترومن با ۷۵۰۰ سرباز حضور دارد."
# tabnak_data_625: another, alone
_LINCOLN = (
    "هواپیمابر آبراهام لینکلن نوامبر گذشته (آبان) بعد از ده ماه حضور در منطقه عازم پایگاه خود "
    "در آمریکا شد."
)


def test_an_arabic_adverb_of_ali_ends_no_name() -> None:
    assert names(_FLAT_RATE) == []
    assert names(_CERTAIN) == []
    assert names(_DESPITE) == []
    assert names(_GUILTY) == []
    assert names(_LIARS) == []


def test_ali_before_an_arab_family_name_stays() -> None:
    assert names(_LAMI) == ["علی اللامی"]
    assert names(_GHANIMI) == ["علی الغانمی"]


def test_an_aircraft_carrier_is_named_after_someone() -> None:
    assert names(_TRUMAN) == []
    assert names(_LINCOLN) == []


def test_a_run_of_arabic_ending_in_such_an_adverb_is_no_place() -> None:
    assert [p.name for p in extract_text(_LIARS).places] == []
    # the jurist's other clause, a place before as after, is not this rule's
    assert [p.name for p in extract_text(_CERTAIN).places] == [
        "وهو الولایه علی التصرف الذی فیه المصلحه"
    ]
    assert [p.name for p in extract_text(_GUILTY).places] == ["تهران"]
