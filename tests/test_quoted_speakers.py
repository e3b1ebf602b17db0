"""A person named in quotation marks after «به گفته» with no comma after the name or the
post («به گفته «فلورنس پارلی» وزیر دفاع فرانسه میان ...»). The sentences are those of the
shared news where the extraction was read (tabnak_343, tabnak_130, tabnak_93)."""

import pytest

from khabar.extract import extract_text


def _quotes(text: str) -> list[tuple[str | None, str]]:
    """(speaker, the first words of what was said) of each quote."""
    doc = extract_text(text)
    return [(q.speaker, " ".join(doc.span_text(q.span).split()[:3])) for q in doc.quotes]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (  # tabnak_343: no comma after the post
            "این ائتلاف با ائتلافی که آمریکا با مشارکت شش کشور در خلیج فارس به راه انداخته، "
            "مجزاست؛ اما به گفته «فلورنس پارلی» وزیر دفاع فرانسه میان دو ائتلاف هماهنگی و "
            "تماس برقرار خواهد بود تا از ایمنی تردد اطمینان حاصل شود.",
            [("فلورنس پارلی", "میان دو ائتلاف")],
        ),
        (  # tabnak_130: where the post is, up to its comma
            "از نظر جغرافیایی بنا به گفته «نیکولاس راسموسن» مدیر مرکز ضد تروریسم آمریکا، "
            "اعضای این یگان در سرتاسر جهان پراکنده هستند و بر اساس گفته «متیو لِوِت» مدیر "
            "برنامه ضد تروریسم و اطلاعات در پژوهشکده واشنگتن، آماده زدن اهداف آمریکا و "
            "اسرائیل هستند.",
            [("متیو لوت", "آماده زدن اهداف")],
        ),
    ],
)
def test_quoted_name_after_according_to(text: str, quotes: list[tuple[str | None, str]]) -> None:
    assert _quotes(text) == quotes


def test_post_comma_parting_a_list_has_no_end() -> None:
    # tabnak_93: the comma after «اقتصادی» parts a list; what was said is not cut there
    text = (
        "به گفته «رضا صمدی» مدیرکل دفتر مطالعات اقتصادی، اجتماعی و زیست محیطی سازمان "
        "انرژی‌های تجدیدپذیر و بهره وری انرژی برق ایران در سال گذشته ۶۷ میلیارد متر مکعب "
        "گاز طبیعی در نیروگاه‌ها مصرف شده است."
    )
    assert all(not words.startswith("اجتماعی") for _, words in _quotes(text))


def test_indirect_quote_opens_past_a_name_in_guillemets() -> None:
    # fars-news-4: the subject is a name in guillemets; what was said opens after its «»»
    text = (
        "خبرگزاری فارس: «حمید سبزواری» از چاپ پرغلط آثارش توسط یک ناشر دولتی شدیدا گلایه "
        "کرد و آن را تعمدی دانست."
    )
    assert _quotes(text) == [("حمید سبزواری", "چاپ پرغلط آثارش")]


def test_relative_clause_on_a_name_in_guillemets_is_not_said() -> None:
    # tabnak_770: the relative clause on «دونالد ترامپ» runs to its comma, past the name's «»»
    text = (
        "«دونالد ترامپ» که به دلیل ناکارآمد بودن سیاست‌هایش در قبال ایران به شدت مورد انتقاد "
        "قرار گرفته، روز چهارشنبه دیدار برخی از سیاستمداران دموکرات این کشور با مقام‌های ایران "
        "را دلیل بی‌میلی تهران به توافق با آمریکا دانسته است."
    )
    assert _quotes(text) == [("دونالد ترامپ", "روز چهارشنبه دیدار")]
