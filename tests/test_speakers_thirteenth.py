"""Speakers found since the thirteenth judged sample (``fixtures/speakers_judged_13.jsonl``):
a listed body's short name after the article named one abroad by it («دادستانی کل افزود:»
after «دادستانی کل عربستان ... نوشت») is that one, not the listed body of Iran; a family name
after another given name («بیل گیتس» beside «ملیندا گیتس») is not its holder's."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_speaker

from khabar.evaluate_commitments import read_judged
from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"
ITEMS = {i["stem"]: i for i in read_judged(FIXTURES / "speakers_judged_13.jsonl")}

CASES = [
    # «دادستانی کل عربستان امروز، دوشنبه در توییتر نوشت،» ... «دادستانی کل افزود:»
    ("tabnak_1121", None, "دادستانی کل عربستان"),
    # «بنیاد خیریه‌ی بیل و ملیندا گیتس» ... «بیل گیتس در پایان پیشنهاد‌های خود، ... می‌داند»:
    # Bill is never found as a person («بیل» is a word too), and no longer read as Melinda
    ("roozno_489", None, None),
]


@pytest.mark.parametrize(("stem", "person", "organization"), CASES)
def test_the_speaker_of_the_quote(stem: str, person: str | None, organization: str | None) -> None:
    assert_speaker(ITEMS[stem], person, organization)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "وزارت خارجه عربستان امروز اعلام کرد، مسافران باید گواهی داشته باشند.\n"
            "وزارت خارجه افزود: هر کسی که بر خلاف آن عمل کند جریمه می‌شود.",
            "وزارت خارجه عربستان",
        ),
        # the shared news (fars-4_256): «پلیس اسرائیل اعلام کرد ...» then «بنا بر اعلام پلیس،»
        (
            "پلیس اسرائیل اعلام کرد که یک اسرائیلی سعی کرده به کنست حمله کند.\n"
            "پلیس افزود: این فرد موفق به حمله نشد.",
            "پلیس اسرائیل",
        ),
    ],
)
def test_a_body_abroad_named_again_by_its_short_name(text: str, body: str) -> None:
    assert [q.speaker_organization for q in extract_text(text).quotes] == [body, body]


def test_the_listed_body_when_none_abroad_was_named() -> None:
    text = (
        "وزارت خارجه اعلام کرد، مسافران باید گواهی داشته باشند.\n"
        "وزارت خارجه افزود: هر کسی که بر خلاف آن عمل کند جریمه می‌شود."
    )
    assert {q.speaker_organization for q in extract_text(text).quotes} == {"وزارت امور خارجه"}


def test_a_body_abroad_named_long_before_is_not_the_one_meant() -> None:
    # the shared news (roozno_77): «دولت» of Iran paragraphs after «دولت بلغارستان»
    filler = "این موضوع در جلسات متعدد بررسی شد و نتیجه‌ای نداشت. " * 12
    text = (
        "اتحادیه اروپا دولت بلغارستان را تحت فشار قرار داد.\n"
        + filler
        + "\nدولت اعلام کرد: لایحه به مجلس رفته است."
    )
    assert extract_text(text).quotes[-1].speaker_organization != "دولت بلغارستان"


def test_a_family_name_after_another_given_name_is_not_its_holder_s() -> None:
    text = (
        "ملیندا گیتس در نشستی گفت: واکسن مهم است.\n"
        "بیل گیتس در پایان پیشنهاد‌های خود، افزایش بودجه را حیاتی می‌داند."
    )
    quotes = extract_text(text).quotes
    assert [q.speaker for q in quotes] == ["ملیندا گیتس", None]
    text = "ملیندا گیتس در نشستی گفت: واکسن مهم است.\nگیتس افزود: بودجه حیاتی است."
    assert [q.speaker for q in extract_text(text).quotes] == ["ملیندا گیتس", "ملیندا گیتس"]
