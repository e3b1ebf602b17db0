"""Names the judged samples found cut short, mended where the words are a name's, on
sentences of the shared news: a Russian family name's ending written apart opens with the
unlisted given name before it (``unlisted_given``), and a short word of a headline run into a
long given name of the lead gives the name back (``glued_names``); names that must stay as
they are."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract.glued_names import given_name_cut

# the ninth store sample's «موسی یف»: the stem and «یف» apart, «ماگومد» no list holds
_MAGOMED = (
    "گلیج در این مرحله با نتیجه 12 بر 2 ماگومد موسی یف دارنده مدال نقره بازی‌های آسیایی از"
    " قرقیزستان را مغلوب کرد و به دیدار فینال راه یافت."
)
_SADULAEV = (
    "نفر سوم زیر ۲۳ سال جهان از اوکراین در دومین مبارزه مقابل عبدالرشید سعدالله یف قهرمان"
    " جهان و المپیک از روسیه با نتیجه ۹ بر ۴ شکست خورد."
)
_HASANOV = (
    "دارنده مدال طلای زیر ۲۳ سال جهان ۲۰۱۸ از گرجستان در همان دور نخست مقابل جبرییل حسن اف"
    " دارنده برنز المپیک ۲۰۱۶ و دو نقره و دو برنز جهان از آذربایجان شکست خورد."
)
_FATF = "به گزارش روز نو : عصر روز جمعه ایران وارد لیست سیاه اف ای تی اف شد."
# the sixth sample's «کاظم‌زاده»: a headline's «مرگ» run into the lead's «شادمهر»
_KAZEMZADEH = (
    "قرنطینه یعنی خودکشی از ترس مرگشادمهر کاظم\u200cزاده نماینده مردم دهلران اما در مخالفت با"
    " طرح سه\u200cفوریتی تعطیلی یک\u200cماهه کشور، گفت: این طرح خودکشی از ترس مرگ است."
)


@pytest.mark.parametrize(
    "text, name",
    [
        (_MAGOMED, "ماگومد موسی یف"),
        (_SADULAEV, "عبدالرشید سعدالله یف"),  # a listed given name: the rules' own
        (_HASANOV, "جبرییل حسن اف"),
        (_KAZEMZADEH, "شادمهر کاظم\u200cزاده"),
    ],
)
def test_names_in_full(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_MAGOMED, "موسی یف"),
        (_SADULAEV, "مقابل عبدالرشید سعدالله یف"),  # «مقابل» is a word, no given name
        (_HASANOV, "مقابل جبرییل حسن اف"),
        (_KAZEMZADEH, "کاظم\u200cزاده"),
    ],
)
def test_no_cut_or_run_on_name(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_letters_are_no_person() -> None:
    assert names(_FATF) == []  # FATF spelt out: «اف» ends no name here


@pytest.mark.parametrize(
    "word, cut",
    [
        ("مرگشادمهر", 3),  # «مرگ | شادمهر»
        ("همدلیحمیدرضا", 5),  # a long head, as before
        ("شاهمحمد", 0),  # «شاه» opens given names
        ("حضورحمید", 0),  # a word the news writes often enough to be one of its own
    ],
)
def test_given_name_cut(word: str, cut: int) -> None:
    assert given_name_cut(word)[1] == cut
