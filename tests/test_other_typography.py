"""The same facts whatever an outlet's typography: real articles of the shared news
(``fixtures/typography``), each written as another outlet would (hard-wrapped lines with a
blank line between paragraphs, a Latin comma, “ ” quotation marks), give the
persons, the quotes with their speakers and the posts they give as written
(``benchmarks/robustness.py`` measures this on 300 articles)."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from khabar.extract import extract_text
from khabar.text import repair
from khabar.text.blank_lines import hard_wrap_width
from khabar.text.latin_marks import latin_mark_edits
from khabar.text.quote_marks import quote_mark_edits

FIXTURES = Path(__file__).parent / "fixtures" / "typography"
_NOT_LETTER = re.compile(r"[\W_]+")


def _wrapped(text: str) -> str:
    return "\n\n".join(
        "\n".join(textwrap.wrap(p, 70, break_long_words=False, break_on_hyphens=False))
        for p in text.split("\n")
        if p.strip()
    )


VARIANTS: dict[str, Callable[[str], str]] = {
    "hard_wraps": _wrapped,
    "latin_comma": lambda t: t.replace("،", ","),
    "curly_quotes": lambda t: t.replace("«", "“").replace("»", "”"),
}


def _key(text: str | None) -> str:
    return _NOT_LETTER.sub("", text or "")


def _facts(text: str) -> tuple[set[str], set[tuple[str, str]], set[tuple[str, str]]]:
    doc = extract_text(text)
    persons = {_key(p.name) for p in doc.persons}
    posts = {(_key(p.name), _key(post)) for p in doc.persons for post in p.posts}
    quotes = {(_key(doc.text[q.span.start : q.span.end])[:24], _key(q.speaker)) for q in doc.quotes}
    return persons, quotes, posts


@pytest.mark.parametrize(
    ("name", "variant"),
    [
        # «من هفته قبل شنیدم ...»: «احمد نادری» and his four quotes
        ("roozno_1216_nadri.txt", "hard_wraps"),
        # «سلامت جامعه چیزی نیست که ...» said by «اسحاق جهانگیری»
        ("roozno_767_jahangiri.txt", "hard_wraps"),
        # «یی گانگ» and «ریشی سوناک», their posts and their quotes
        ("tabnak_1487.txt", "latin_comma"),
        # «علیرضا رئیسی معاون وزیر بهداشت، درمان و آموزش پزشکی»
        ("tabnak_246_reisi.txt", "latin_comma"),
        # «به‌قلم «سث جی فرانتزمن»»
        ("tabnak_714.txt", "curly_quotes"),
    ],
)
def test_a_variant_gives_the_facts_of_the_article_as_written(name: str, variant: str) -> None:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    persons, quotes, posts = _facts(text)
    assert quotes and persons
    theirs = _facts(VARIANTS[variant](text))
    assert theirs[0] == persons
    assert theirs[1] == quotes
    assert theirs[2] == posts


def test_quotation_marks_in_pairs_become_guillemets() -> None:
    assert repair("او گفت: “ما از پارلمان می‌خواهیم” و رفت.").text == (
        "او گفت: «ما از پارلمان می‌خواهیم» و رفت."
    )
    # a writer's ” opening as well as closing
    assert repair("این است که ”جهان گرسنه انتظاری ندارد”. رحمت").text == (
        "این است که «جهان گرسنه انتظاری ندارد». رحمت"
    )
    # one character for one: nothing moves
    assert all(len(e.replacement) == e.end - e.start for e in quote_mark_edits("a “b” c"))


def test_quotation_marks_that_pair_with_nothing_stay() -> None:
    nested = "«او گفت: “تو باید بیایی”» و رفت"  # a quote inside a quote
    assert repair(nested).text == nested
    for text in ["x”y” z", "گفت: “ما از", "است!”ترامپ گفت:” خیلی", 'او گفت: "ما می‌آییم" و رفت']:
        assert not quote_mark_edits(text)


def test_a_latin_comma_between_persian_words_is_the_persian_one() -> None:
    assert repair("ایران, عراق و سوریه; اما 1,000 نفر").text == "ایران، عراق و سوریه؛ اما 1,000 نفر"
    assert not latin_mark_edits("A, B; c 1,000 «x», y")


def test_blank_lines_say_which_breaks_are_wraps() -> None:
    wrapped = "یک دو سه چهار\nپنج شش هفت\n\nهشت نه ده\nیازده"
    assert repair(wrapped).text == "یک دو سه چهار پنج شش هفت\nهشت نه ده یازده"
    assert hard_wrap_width(wrapped, _lines(wrapped)) == 6
    # one line a paragraph, as the shared outlets write: a line longer than a wrap
    one_line = "الف " * 40 + "\n" + "ب " * 80 + "\n\nج\nد"
    assert hard_wrap_width(one_line, _lines(one_line)) is None
    assert hard_wrap_width("یک\nدو\nسه", _lines("یک\nدو\nسه")) is None  # no blank line


def _lines(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[^\n]+", text)]
