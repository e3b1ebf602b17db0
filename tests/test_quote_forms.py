"""Reporting verbs in another person or tense than the one listed, requests and claims around
their object, and the verbs that look like reporting but report nothing. The sentences are
those of the quotes-recall sample (tests/fixtures/quotes_dev), of the gold (fars-4_27) and of
the shared news where the extraction was read."""

from pathlib import Path

import pytest

from khabar.extract import extract_text


def _quotes(text: str) -> list[tuple[str, str]]:
    """(kind, the first words of what was said) of each quote."""
    doc = extract_text(text)
    return [(q.kind, " ".join(doc.span_text(q.span).split()[:3])) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (  # roozno_404: a plural of «ادعا کرد» before «که»
            'به گزارش روز نو، "ژان ایو لودریان" وزیر امور خارجه فرانسه و هایکو ماس همتای '
            "آلمانی وی و وزرای امور خارجه ۱۲ کشور دیگر اتحادیه اروپا ادعا کردند که آنچه مسکو "
            "به عنوان مبارزه با تروریسم انجام می‌دهد، نقض گسترده قوانین بین‌المللی بشردوستانه "
            "را توجیه نمی‌کند.",
            [("indirect", "آنچه مسکو به")],
        ),
        (  # tabnak_475: the perfect of hearsay with no «است», and a claim around its object
            "نتانیاهو باردیگر مدعی الحاق شهرک‌ها به دیگر مناطق اشغالی شد\n"
            "نتانیاهو باردیگر در سخنانی مدعی شده که پس از پیروزی احتمالی در انتخابات "
            "پارلمانی پیش رو، شهرک‌های یهودی‌نشین را به دیگر مناطق الحاق خواهد کرد.\n"
            "نتانیاهو این ادعاها را در جریان سخنرانی انتخاباتی خود اعلام کرده است.",
            [("indirect", "الحاق شهرک‌ها به"), ("indirect", "پس از پیروزی")],
        ),
        (  # fars-1_147: a request with its content, asked of someone
            "دکتر ابراهیم همچنین از مقامات عراقی خواست برای خاتمه دادن به چنین اقداماتی "
            "سریعا وارد عمل شوند.",
            [("indirect", "برای خاتمه دادن")],
        ),
        (  # roozno_404: «خبر داد اما ...», then a second statement
            "اردوغان روز شنبه از نشست چهار جانبه در ۵ مارس (۱۵ اسفند) خبر داد اما بعدا گفت که "
            '"توافق کامل" در مورد این نشست وجود ندارد.',
            [("indirect", "نشست چهار جانبه"), ("indirect", '"توافق کامل" در')],
        ),
        (  # shared news: an adverbial phrase and its comma open the statement
            "مت هانکوک، وزیر بهداشت بریتانیا اعلام کرد با مرگ یکی دیگر از مبتلایان در "
            "بریتانیا، شمار قربانیان بیماری کرونا در این کشور به ۵ نفر رسید.",
            [("direct", "با مرگ یکی")],
        ),
        (  # shared news: a list in what was wished
            "رئیس گروه بازرسان تسلیحاتی سازمان ملل خواستار نابودی سلاح‌های کشتار جمعی "
            "قدرت‌های اصلی جهان به ویژه آمریکا، انگلیس، فرانسه، روسیه و چین شد.",
            [("indirect", "نابودی سلاح‌های کشتار")],
        ),
        (  # shared news: the plural of a present listed in the singular
            "درب ورودی حرم مطهر امیرالمومنین همچنان به روی زوار و مشتاقان آن حضرت بسته است و "
            "منابع مطلع اعلام می‌کنند که این وضعیت دو روز دیگر یا بیشتر ادامه می‌یابد.",
            [("indirect", "این وضعیت دو")],
        ),
        (  # shared news: «توان» is a noun here, no modal
            "شهردار منطقه ۵ از برنامه‌ریزی برای آزادی ۲۹ زندانی زن که به دلیل عدم توان مالی "
            "قادر به پرداخت دیون خود نیستند خبر داد.",
            [("indirect", "برنامه‌ریزی برای آزادی")],
        ),
        (  # shared news: a bare participle after another, and before a colon
            "ایران همواره این اتهام را رد کرده و گفته هیچ‌گاه به دنبال بمب اتم نیست.",
            [("direct", "هیچ‌گاه به دنبال")],
        ),
        (
            "با این حال سخنگوی وزارت بهداشت آلمان با تأیید گزارش این روزنامه گفته: دولت آلمان "
            "بسیار علاقه‌مند است تا اطمینان حاصل کند که واکسن‌ها و مواد فعال ضد ویروس جدید در "
            "آلمان و اروپا نیز تولید شوند.",
            [("direct", "دولت آلمان بسیار")],
        ),
        (  # shared news: a name in quotation marks in a wish
            "دبیرکل عصائب اهل الحق همچنین خواستار شفافیت موضع «محمد توفیق علاوی» نخست‌وزیر "
            "مکلف عراق در قبال حشد شعبی و اخراج نیروهای بیگانه شد.",
            [("indirect", "شفافیت موضع «محمد")],
        ),
        (  # tabnak_64: a quotation closed on its full stop and run into «وی»
            "«رابرت وود» نماینده آمریکا به خبرنگاران گفت: «با توجه به تخمین‌ها بر این باوریم که "
            "ذخایر هسته‌ای چین در 10 سال آینده دو برابر شود، اکنون زمان آن است که گفت‌وگوهای سه "
            "جانبه انجام شود.»وی با اشاره به عدم تحمل آمریکا در این زمینه گفت که واشنگتن هفته "
            "گذشته در دیدار با روسیه در زمینه برگزاری مذاکرات سه‌جانبه احتمالی گفت‌وگو کرده بود و "
            "به تفاهم‌هایی رسیده بود.",
            [("direct", "«با توجه به"), ("indirect", "واشنگتن هفته گذشته")],
        ),
        (  # shared news: «خواسته» as a word of manner
            "بدین ترتیب، ترامپ خواسته یا ناخواسته تأیید کرده که در ارسال تجهیزات پزشکی به "
            "ایران به‌دلیل تحریم‌های اقتصادی محدودیت‌هایی وجود دارد.",
            [("indirect", "در ارسال تجهیزات")],
        ),
    ],
)
def test_statements_in_other_forms(text: str, quotes: list[tuple[str, str]]) -> None:
    assert _quotes(text) == quotes


@pytest.mark.parametrize(
    "text",
    [
        # roozno_173: a passive, and what happened
        "پیش از آن به من اطلاع داده شده بود که یک ایراد فنی بوده است.",
        "فرماندهی نظامی ما احتمالا زمانی مابین صبح چهارشنبه چند ساعت پس از ساقط شدن آن و "
        "غروب پنج‌شنبه به این موضوع پی برد و سپس ارزیابی‌هایی درباره این که کی، چگونه و چرا "
        "سقوط کرده و چه مشکلی پیش آمده است انجام داد.",
        # mashregh_14: an impersonal modal; «می‌دانند» is «they know»
        "شاید بتوان او را از معماران یکی پیچیده‌ترین شبکه اطلاعاتی حال حاضر دنیا دانست.",
        "آمریکایی‌ها به خوبی می‌دانند که علاوه بر عراق که اینک آسیب پذیرترین نقطه جهان برای "
        "آنها محسوب می‌شود، سردار قاآنی متخصص ویژه برخی از کشورهای غیر از عراق در منطقه است.",
        # shared news: a view, not a statement, after «با»
        "برخی معتقدند با تصویب قانون تعزیرات و پیش‌بینی جریمه برای تخلف احتکار در این قانون، "
        "مجازات و جریمه سنگین‌تری نیاز نیست.",
    ],
)
def test_no_one_says_it(text: str) -> None:
    assert _quotes(text) == []


def test_the_perfect_after_the_report_tells_its_events() -> None:
    # fars-4_27: the gold reads the threat as an event inside the report
    news = Path(__file__).parent / "fixtures/news/fars-4_27.txt"
    text = news.read_text(encoding="utf-8").split("\n")[4]
    assert _quotes(text) == []
