"""Named subjects behind quotes left with no speaker (the eleven draws,
``null_speakers_judged*.jsonl``, class «subject»): a name past «چندی پیش» or «اکنون», after
«که» or «هرچند» with no colon after the verb, or after «که» and a title of office («رئیس‌جمهور
ترامپ»), and a family name alone the tagger reads as a body or a place, of one named in full before.
Snippets of the shared news, outside the gold."""

from __future__ import annotations

from conftest import said
from null_draws import draw, draws_before

from khabar.evaluate_speakers import score

# the named subjects of the eleven draws: 14 of 60 at 82934099, as the layouts were classed
SUBJECTS = 60
SINCE = 19


def test_a_name_past_a_while_ago() -> None:
    # roozno_840: «چندی پیش» and no comma, then the name and its post
    quotes = said(
        "به گزارش روز نو: چندی پیش ترامپ رئیس جمهور آمریکا اعلام کرد «ایران درخواست رسمی برای "
        "لغو تحریم‌ها نداده است تنها کافی است با من تماس بگیرند».\n"
    )
    assert quotes == [("ترامپ", None)]


def test_no_name_past_a_while_ago() -> None:
    quotes = said(
        "به گزارش روز نو: چندی پیش برخی تحلیلگران مسائل سیاست خارجی اعلام کردند «ایران درخواست "
        "رسمی برای لغو تحریم‌ها نداده است».\n"
    )
    assert quotes == [(None, None)]


def test_a_name_past_now() -> None:
    # roozno_611: «اکنون», the name, its post between commas, «خبر داد که ...»
    quotes = said(
        "البته بانک جهانی نیز از بسته ۱۲ میلیاردی خود در قالب وام ضروری خبر داده بود.\n"
        "اکنون عبدالناصر همتی، رئیس کل بانک مرکزی خبر داد که برای بهره‌مندی از این حق ایران، "
        "روز جمعه ۱۶ اسفند‌ماه، نامه‌ای به خانم کریستالینا جورجیوا نوشته است: «براساس اعلان "
        "رسمی شما برای پشتیبانی از اعضا، از جمله ایران، درخواست ۵ میلیارد دلار را داریم.»\n"
    )
    assert quotes[-1] == ("عبدالناصر همتی", None)


def test_the_spoken_now_is_left() -> None:
    # roozno_1139: «الان» opens words the minister says before he is named: left to nobody
    quotes = said(
        "وزیر کشور گفت: در آبان برخی با سلاح‌هایی کشته شدند که سلاح سازمانی نبود.\n"
        "الان ترامپ می‌گوید با سگ شکاری به مقابله با معترضان می‌رود، ولی می‌گویند، چون رحمانی "
        "دستور قطع اینترنت را داده است، تحریم می‌شود.\n"
    )
    assert quotes[-1] == (None, None)


def test_a_name_after_that_with_no_colon() -> None:
    # roozno_724: the person opens the clause after «که», the verb with no colon after it
    quotes = said(
        "یکی از داروهای امیدبخش ترکیب دو دارو hydroxychloroquine و ZPak است که ترامپ اعلام کرد "
        "یک بیمار با استفاده از ترکیبی از این دو توانسته بهبود یابد.\n"
    )
    assert quotes == [("ترامپ", None)]


def test_a_title_of_office_before_the_name_after_that() -> None:
    # tabnak_514: «رئیس‌جمهور ترامپ», the post read over the name, is his title
    quotes = said(
        "دونالد ترامپ رئیس جمهور آمریکا به فلوریدا رفت.\nانتشار این گزارشات ۲ روز پس از آن انجام "
        "شد که رئیس‌جمهور ترامپ اعلام کرد خواهان افزایش فشارهای خود بر رئیس‌جمهور نیکولاس "
        "مادورو و دولت او می‌باشد.\n"
    )
    assert quotes == [("دونالد ترامپ", None)]


def test_a_post_of_another_before_the_title_is_left() -> None:
    quotes = said(
        "دونالد ترامپ رئیس جمهور آمریکا به فلوریدا رفت.\nمشاور رئیس‌جمهور ترامپ گفت: خواهان "
        "افزایش فشارها بر ونزوئلا هستیم.\n"
    )
    assert quotes == [(None, None)]


def test_what_one_wanted_after_that_is_left() -> None:
    # tabnak_1095: «خواست» with no one asked and no colon is what he wanted, not said
    quotes = said(
        "محمد بن سلمان ولیعهد عربستان است.\nدلیل دوم نیز این است که بن سلمان خواست پیش‌دستی "
        "کرده و از دست قدرتمندترین دشمنان خود خلاص شود.\n"
    )
    assert quotes == [(None, None)]


def test_a_name_after_though() -> None:
    # roozno_281: «هرچند» in mid-sentence, the name right after it, «گفته بود» with no colon
    quotes = said(
        "با این حال در جبهه پایداری استقبال از انصراف آنقدر‌ها هم گسترده نبوده هرچند وحید یامین "
        "پور نیز شب گذشته در توییتی کنایی گفته بود صبح امروز انصراف می‌دهد: «من برم بخوابم.»\n"
    )
    assert quotes == [("وحید یامین پور", None)]


def test_others_after_though_are_left() -> None:
    quotes = said(
        "با این حال در جبهه پایداری استقبال از انصراف آنقدر‌ها هم گسترده نبوده هرچند برخی از "
        "نامزدها نیز شب گذشته در توییتی کنایی گفته بودند صبح امروز انصراف می‌دهند: «من برم "
        "بخوابم.»\n"
    )
    assert quotes == [(None, None)]


def test_a_family_name_the_tagger_reads_as_a_body() -> None:
    # tabnak_355: «پارسا» of «امیدعلی پارسا», read as a body where it opens the third line
    quotes = said(
        "به گزارش؛ امیدعلی پارسا صبح امروز (شنبه) در جلسه صبحانه کاری با فعالان اقتصادی گفت: "
        "مالیات ستانی باید بر مبنای درآمد صورت گیرد.\n"
        "پارسا اعلام کرد: تا پایان هفته جاری آیین‌نامه بررسی تراکنش‌های بانکی ابلاغ می‌شود.\n"
        "پارسا درباره آیین‌نامه جدید بررسی تراکنش‌های بانکی اظهار داشت: آیین‌نامه‌ای را تا آخر "
        "این هفته ابلاغ خواهیم کرد که چگونه با تراکنش‌های بانکی برخورد کنیم.\n"
    )
    assert quotes[-1] == ("امیدعلی پارسا", None)


def test_a_family_name_the_tagger_reads_as_a_town() -> None:
    # roozno_280: «بنت» of «نفتالی بنت», also a town
    quotes = said(
        "وزیر دفاع اسرائیل گفت که ایران را در سوریه هدف قرار می‌دهد.\nنفتالی بنت، وزیر دفاع "
        "اسرائیل، روز یکشنبه گفت که آمریکا باید با ایران در عراق مقابله کند.\nبنت همچنین گفت: "
        "«ما از هوش و برتری عملیاتی بهره‌مند هستیم و به آنها ضربه می‌زنیم.»\n"
    )
    assert quotes[-1] == ("نفتالی بنت", None)


def test_the_town_with_no_one_of_its_name_is_left() -> None:
    quotes = said(
        "شهرستان نیک‌شهر در جنوب استان است.\nبنت همچنین گفت: «ما از هوش و برتری عملیاتی بهره‌مند "
        "هستیم.»\n"
    )
    assert quotes == [(None, None)]


def test_the_named_subjects_of_the_eleven_draws() -> None:
    items = [i for name in draws_before(12) for i in draw(name) if i["class"] == "subject"]
    assert len(items) == SUBJECTS
    result = score(items)
    assert result.accuracy.right >= SINCE, result.misses
    assert result.accuracy.wrong == 0, result.misses
