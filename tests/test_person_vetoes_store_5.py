"""What is no person's name, by the classes of the false persons read in the fifth store
sample (``tests/fixtures/persons_judged_store_5.jsonl``), on sentences of the shared news,
and the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

_PRAISE = "الحمدلله این تجربه، تخصص، علم و این توان به آنجا منتقل شد."
_MERCENARY = "رضا شاه مزدور انگلیس و گوش به فرمان بیگانه بود."
_MEDICINE = (
    '"جفری گلن" (Jeffrey Glenn)، استاد پزشکی، میکروبیولوژی و ایمنی‌شناسی دانشگاه استنفورد'
    " گفت: من به کوری گفتم که ما در حال حاضر، مولکول‌های بهتری در اختیار داریم."
)
_JOURNALISM = (
    "چرا مردم دست از سر مردم برنمی‌دارند؟ حسن نمکدوست، استاد روزنامه‌نگاری پیش از این گفته"
    " بود که «خبر، شایعه را کشت»."
)
_RANK = "این زحمات سردار شپهبد شهید قاسم سلیمانی بود."
_FREEDOM = (
    "و از آنجا که مسلمانان جهان به علت فشار و حبس و اعدام، قدرت بیان مصیبت‌هایی را که حاکمان"
    " کشورشان بر آنها تحمیل کرده‌اند را ندارند، باید بتوانند در حرم امن الهی مصایب و"
    " دردهایشان را با کمال آزادی بیان کنند تا سایر مسلمانان برای رهایی آنان چاره‌ای بیندیشند."
)
_WIFE = (
    "ساچلی تاج‌بخش و آوین پوررئوفی امین جعفری بهتاش صناعی و عطا مهراد‌زنی همسرش را به خاطر"
    " یک حکم اعدام اشتباه از دست داده اما بدون آنکه بداند وارد ماجرای عاشقانه‌ای می‌شود."
)
_LEAVES = (
    "فاطمه معتمد آریا، هوتن شکیبا و باران کوثری حسین جعفریان هایده صفی یاری‌زنی بعد از 28 سال"
    " زندگی سنتی و پس از آنکه شوهرش به صراحت به او می‌گوید معشوقه دارد، خانه را ترک می‌کند."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_PRAISE, "الحمدلله"),  # thank God: a formula of praise
        (_MERCENARY, "رضا شاه مزدور"),  # a mercenary of England
        (_MEDICINE, "پزشکی"),  # a professor of medicine: a craft and «ی»
        (_JOURNALISM, "روزنامه\u200cنگاری"),  # a professor of journalism
        (_FREEDOM, "کمال آزادی"),  # «with utmost freedom»
        (_RANK, "شپهبد"),  # «سپهبد» misspelt, between a title and «شهید»
        (_WIFE, "عطا مهراد\u200cزنی"),  # the cast runs into the story: «زنی همسرش را ...»
        (_LEAVES, "هایده صفی یاری\u200cزنی"),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_MERCENARY, "رضا شاه"),
        (_MEDICINE, "جفری گلن"),
        (_JOURNALISM, "حسن نمکدوست"),
        (_RANK, "قاسم سلیمانی"),
        (_WIFE, "عطا مهراد"),
        (_LEAVES, "هایده صفی یاری"),
        (_LEAVES, "حسین جعفریان"),
        # a master named by his family name after «استاد» stands, and «شهید» after a name
        # as a verb's noun leaves it
        ("گروهی از دوستداران استاد شجریان در مقابل بیمارستان جم جمع شدند.", "شجریان"),
        ("و مگر الکی است که حاج قاسم شهید شده باشد؟", "قاسم"),
        # «با کمال» before a rare word is a meeting with Kamal
        ("وزیر امور خارجه با کمال خرازی دیدار و گفتگو کرد.", "کمال خرازی"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)
