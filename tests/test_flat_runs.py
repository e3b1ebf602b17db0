"""The tokenizer's and the ZWNJ scan's runs of words, matched by one class where the text
allows it, cut into the same tokens and words as by the patterns that take a run word by word."""

from __future__ import annotations

import random
import re

import pytest

from khabar.text import segment, zwnj
from khabar.text.runs import cut_runs
from khabar.text.segment import token_columns

# lines of the shared news: a hyphen between words, Latin words, digits of two scripts
LINES = [
    "خبرگزاری فارس: هزار سال هنر سنتی ایرانی-اسلامی و آثار آخرین نسل پیشکسوتان هنرهای"
    " چندگانه ایرانی در نگارخانه خیال، ذهن و زبان هنردوستان را به سوی خود فرا می\u200cخواند.",
    "نشست رفتار سازمانی در سازمان\u200cهای فرهنگی - هنری",
    "خبرگزاری فارس: رئیس اداره کل دفاتر خدمات بانکی پست بانک گفت: با خرید و نصب نرم\u200cافزار"
    " متمرکز (Core) به زودی خدمات بر خط بانکی در دفاتر ICT روستایی ارایه می\u200cشود.",
    "این تحقیقات از نزدیک به ۷ هزار کودک ۷ تا 10 ساله انجام شد و محققان ساعاتی را که در هوای"
    " آزاد می\u200cگذراندند، زیر نظر گرفتند.",
    "نامه\u200cای به O'Brien و Ali’s Cafe رسید؛ ٣ روز پیش؟ the head of the world",
    "سازمانِ ملل متحد\u0654 و کشورهای عضو اِعلام کردند",  # marks after letters
]
# the odd characters a run may meet: marks, ZWNJ, a lone surrogate, digits of three scripts,
# the letters a link opens with and the separators a word holds
ODD = [
    *"ابپکهیwhHWxétp",
    " ",
    " ",
    "\u200c",
    "'",
    "’",
    "-",
    ".",
    ":",
    "/",
    "۱",
    "1",
    "١",
    "\u064b",
    "\u0654",
    "\ud800",
    "،",
    "«",
    "\n",
    "\t",
    "\xa0",
    "ـ",
    "ß",
    "д",
    "_",
    "http://",
    "www.",
    "https://a",
    " http",
    " www",
]


def _tokens(pattern: re.Pattern[str], text: str) -> list[str]:
    """The spaces and tokens of ``text`` as ``segment`` cuts them from ``pattern``'s runs."""
    pieces = pattern.split(text)
    del pieces[::3]
    return cut_runs(pieces) if pieces else pieces


def _random_texts() -> list[str]:
    rng = random.Random(7)
    return ["".join(rng.choice(ODD) for _ in range(rng.randint(1, 16))) for _ in range(30_000)]


@pytest.mark.parametrize("text", LINES)
def test_the_flat_runs_cut_real_lines_as_the_runs_word_by_word(text: str) -> None:
    assert segment._flat_safe(text) and "  " not in text
    flat, by_word = segment._RUNS_FLAT_RE, segment._RUNS_SPLIT_RE
    assert _tokens(flat, text) == _tokens(by_word, text)
    assert zwnj._SPLIT_RUNS_FLAT.split(text) == zwnj._SPLIT_RUNS.split(text)


def test_the_flat_runs_cut_odd_text_as_the_runs_word_by_word() -> None:
    safe = spaced = 0
    for text in _random_texts():
        if segment._flat_safe(text):
            safe += 1
            flat, by_word = segment._RUNS_FLAT_RE, segment._RUNS_SPLIT_RE
            assert _tokens(flat, text) == _tokens(by_word, text), text
        if "  " not in text:
            spaced += 1
            assert zwnj._SPLIT_RUNS_FLAT.split(text) == zwnj._SPLIT_RUNS.split(text), text
    assert safe > 10_000 and spaced > 20_000


def test_where_the_flat_runs_would_cut_otherwise_the_text_is_split_word_by_word() -> None:
    # a link after a word, two spaces, a ZWNJ beside a space: the flat class would run on
    # past each, so such a text takes the runs word by word
    link = "گفتنی است: پایگاه اطلاعات علمی جهاد دانشگاهی به آدرس www.SID.ir در دسترس است."
    for text in (link, "سایت http://isna.ir", "دو  فاصله", "نیم\u200c فاصله", "a \u200cb"):
        assert not segment._flat_safe(text)
        flat, by_word = segment._RUNS_FLAT_RE, segment._RUNS_SPLIT_RE
        assert _tokens(flat, text) != _tokens(by_word, text)
    assert token_columns(link).words[-5:] == ["www.SID.ir", "در", "دسترس", "است", "."]
    assert token_columns("سایت http://isna.ir").words == ["سایت", "http://isna.ir"]
    assert token_columns("دو  فاصله").words == ["دو", "فاصله"]
    assert token_columns("نیم\u200c فاصله").words == ["نیم", "\u200c", "فاصله"]
    assert zwnj._SPLIT_RUNS_FLAT.split("دو  فاصله") != zwnj._SPLIT_RUNS.split("دو  فاصله")
