"""Bodies as speakers: a sample of quotes whose reporting verb a body may be the subject of,
judged by reading, and the rules written for it. The sentences are from the shared news,
outside the gold, cut to the lines that matter."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from conftest import said

from khabar.evaluate_commitments import read_judged
from khabar.evaluate_speakers import score

FIXTURES = Path(__file__).parent / "fixtures"


def test_a_date_and_its_comma_open_a_body_s_clause() -> None:
    # tabnak_447, tabnak_36: a digest of the day's events over the years, each line a date
    quotes = said(
        "اقتصاد ایران و جهان در گذر زمان\n"
        "17 بهمن 1396، شورای جهانی طلا اعلام کرد در سال ۲۰۱۷ ایران با افزایش ۱۲ درصدی، میزان "
        "خرید طلا و جواهرات خود را به ۴/ ۴۵ تن رسانده است.\n"
        "1 بهمن 1359، بانک انگلیس اعلام کرد: دارایی‌های مسدودشده ایران در آمریکا به حساب مخصوص "
        "الجزایر ریخته شد."
    )
    assert quotes == [(None, "شورای جهانی طلا"), (None, "بانک انگلیس")]


def test_a_date_and_its_comma_open_a_person_s_clause() -> None:
    # tabnak_351
    quotes = said(
        "اقتصاد ایران و جهان در گذر زمان\n"
        "12 بهمن 1374، ریچارد مورفی عضو شورای روابط خارجی آمریکا گفت سیاست‌های دولت کلینتون "
        "در متهم کردن ایران به تروریسم عموما اشتباه بوده است."
    )
    assert quotes == [("ریچارد مورفی", None)]


def test_a_date_before_a_post_alone_is_not_passed() -> None:
    # tabnak_447: the chief of staff of 2011 is not the president the digest names years after
    quotes = said(
        "اقتصاد ایران و جهان در گذر زمان\n"
        "17 بهمن 1389، رییس دفتر رییس‌جمهور از طرح ادغام وزارت راه با وزارت مسکن خبر داد و "
        "گفت: قرار بود این ادغام پس از عید نوروز انجام شود.\n"
        "17 بهمن 1390، باراک اوباما رئیس جمهور آمریکا دستور مسدود شدن دارایی‌های دولت ایران "
        "را صادر کرد."
    )
    assert quotes[0] == (None, None)


# ``body_speakers_judged.jsonl``: quotes of the shared news whose reporting verb's clause holds
# a head of an organization's name, a body's paper or a listed organization or outlet, drawn
# (seed 30, ``scripts/draw_body_sample.py``) from all such quotes of the articles no fixture
# held at c804702 (nor the second misses sample), and judged by reading. The shared news is
# nearly all held: the 41 quotes are all there were, in 18 of tabnak's digests of the day's
# economic events over the years. 19 are a body's, 11 a person's, 11 nobody's (a post or
# people never named). As drawn: of the 19 bodies 4 right, 1 wrong, 14 missed; of the 11
# people 8 right, 1 wrong, 2 missed; none of nobody's credited. Since (a date and its comma
# passed, a body after «و», «در این بخشنامه» the issuer's): bodies 14 right, none wrong, 5
# missed; people 9 right, 1 wrong, 1 missed.
BODIES = FIXTURES / "body_speakers_judged.jsonl"


def test_the_body_sample_is_judged_as_drawn() -> None:
    items = list(read_judged(BODIES))
    assert len(items) == 41
    assert Counter(i["kind"] for i in items) == {"body": 19, "person": 11, "nobody": 11}
    drawn_right = sum(
        1
        for i in items
        if i["kind"] == "body"
        and i["drawn"]["speaker"] is None
        and i["drawn"]["speaker_organization"] == i["speaker_organization"]
    )
    assert drawn_right == 4
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    assert not gold & {i["stem"] for i in items}


def test_the_bodies_found_and_none_wrong() -> None:
    result = score(i for i in read_judged(BODIES) if i["kind"] == "body")
    assert result.accuracy.right >= 15, result.misses  # 15 since a body past a comma
    assert result.accuracy.wrong == 0, result.misses


def test_the_people_and_nobody_s_quotes_of_the_sample() -> None:
    people = score(i for i in read_judged(BODIES) if i["kind"] == "person")
    assert people.accuracy.right >= 9, people.misses
    assert people.accuracy.wrong <= 1, people.misses
    nobody = score(i for i in read_judged(BODIES) if i["kind"] == "nobody")
    assert nobody.unnamed == 11
    assert nobody.credited == 0, nobody.misses


def test_a_body_after_and_opens_the_clause_after_a_verb() -> None:
    # tabnak_351: the banks' clause ends with its verb, the radio's opens after «و»
    quotes = said(
        "اقتصاد ایران و جهان در گذر زمان\n"
        "همچنین در این روز، بانک‌های سوئیس گفتند که پول‌های ایران را پس نمی‌دهند و رادیو کویت "
        "نیز اعلام کرد: وزیر انرژی آمریکا گفته است در صورت ادامه عدم صدور نفت ایران، کشورش "
        "مجبور به جیره‌بندی نفت خواهد بود."
    )
    assert quotes[-1] == (None, "رادیو کویت")


def test_a_body_after_and_with_a_relative_clause_is_not_the_subject() -> None:
    # roozno_137: «خواسته است» is Washington's, after «که», not Israel's
    quotes = said(
        "تحولات سوریه\n"
        "در حال حاضر، نبردها برای ازادی ادلب و شمال سوریه در جریان است و اسرائیل از این شرایط "
        "برای ایفای نقشی که واشنگتن از آن خواسته است، سوء استفاده می‌کند و مدعی است که حملاتش، "
        "تنها حضور ایران در سوریه را هدف گرفته است."
    )
    assert (None, "اسرائیل") != quotes[0]


def test_this_paper_is_the_body_s_that_issued_it() -> None:
    # tabnak_422: the circular the central bank issued a sentence before
    quotes = said(
        "اقتصاد ایران و جهان در گذر زمان\n"
        "16 بهمن 1391، بانک مرکزی در بخشنامه‌ای خطاب به بانک‌ها و موسسات اعتباری کشور، نسبت "
        "به «عدم رعایت دقیق قوانین و مقررات» هشدار داد.\n"
        "در این بخشنامه که به امضای معاون نظارتی بانک مرکزی رسیده، با بیان اینکه برخی بانک‌ها "
        "به کرات مقررات را نقض کرده‌اند، آمده است: ادامه این روند، زمینه برخی تخلفات را در "
        "نظام بانکی کشور فراهم می‌سازد."
    )
    assert quotes == [(None, "بانک مرکزی جمهوری اسلامی ایران")]


def test_the_report_goes_on_as_the_body_s_that_spoke() -> None:
    # roozno_609: «گزارش می‌افزاید» after «کوریا تایمز ... نوشت», with no «این»
    quotes = said(
        "کیم از پایتخت رفت\n"
        "به گزارش روز نو :«کوریا تایمز» روز شنبه نوشت اگر چه آمار قابل استنادی وجود ندارد اما "
        "شواهد حاکی است که رهبر کره شمالی پیونگ یانگ را ترک کرده است.\n"
        "گزارش می افزاید «کیم جونگ اون» احتیاط بالایی در برابر امکان ابتلا به بیماری های "
        "عفونی دارد."
    )
    assert quotes == [(None, "کوریا تایمز")] * 2


def test_a_paper_issued_by_a_body_opens_the_clause() -> None:
    # tabnak_442: «بیانیه منتشر شده از سوی پارلمان کویت،» with no «در» before it
    quotes = said(
        "پارلمان کویت طرح صلح آمریکا را محکوم کرد\n"
        "به گزارش ایسنا، به نقل از پایگاه اینترنتی النشره، بیانیه منتشر شده از سوی پارلمان "
        'کویت، اتخاذ رویکرد اسلامی، عربی و بین‌المللی و مخالفت با "معامله ناموفق قرن" را '
        "خواستار شده است."
    )
    assert quotes == [(None, "پارلمان کویت")]


def test_this_report_of_an_outlet_relayed() -> None:
    # fars-2_295: «به نقل از خبرگزاری فرانسه», then «در این گزارش آمده است،»
    quotes = said(
        "مردم آمریکای لاتین با تظاهرات گسترده از بوش استقبال کردند\n"
        "به گزارش فارس به نقل از خبرگزاری فرانسه، شهر سائوپائولو شاهد حضور ده‌ها هزار "
        "تظاهرکننده ضدبوش در خیابان‌های اصلی خود بود.\n"
        "در این گزارش آمده است، تظاهرات آرام زمانی به خشونت گروید که گروهی از معترضین از "
        "محدوده ممنوعه گذشتند."
    )
    assert quotes[-1] == (None, "خبرگزاری فرانسه")


def test_this_report_then_the_one_it_quotes() -> None:
    # fars-2_287: «این گزارش حاکی است، وی افزود:» is the words of the one Bloomberg quoted
    quotes = said(
        "روسیه به سازمان تجارت جهانی می‌پیوندد\n"
        "به گزارش فارس به نقل از بلومبرگ، «ماکسیم مدودکوف» نماینده تام‌الاختیار روسیه در "
        "مذاکرات تجاری ضمن اعلام این مطلب گفت: فرصت بسیار مناسبی در اختیار ما قرار گرفته است.\n"
        "این گزارش حاکی است، وی افزود: تا پایان تابستان سال جاری کلیه مذاکرات انجام خواهد شد."
    )
    assert (None, "بلومبرگ") not in quotes
