"""Golden tests: the five seed articles repaired."""

import pytest

from khabar.text import repair

ZW = "\u200c"


@pytest.fixture(scope="module")
def docs(seeds):
    return {k: repair(v) for k, v in seeds.items()}


@pytest.mark.parametrize(
    ("seed", "words"),
    [
        ("000", ["هم‌افزایی", "حوزه‌های", "بهره‌برداری", "ام‌القرای", "می‌تواند", "آسیب‌های"]),
        ("001", ["هاشمی‌فر", "نعمت‌الله", "خدمت‌رسانی", "عرصه‌ای", "جمشیدی‌پور", "مطالبه‌گری"]),
        ("002", ["پاسگاه‌ها", "می‌کنید", "شیوه‌نامه", "کلانتری‌ها", "ویژه‌ای"]),
        ("003", ["تلاش‌های", "استان‌های", "خریده‌اند", "مهم‌ترین", "بوده‌ایم"]),
        ("004", ["اطلاع‌رسانی", "به‌مناسبت", "امنیت‌ساز", "علی‌رغم", "ناظری‌زاده", "راه‌اندازی"]),
    ],
)
def test_zwnj_restored_in_seed(docs, seed, words):
    for w in words:
        assert w in docs[seed].text, w


@pytest.mark.parametrize(
    ("seed", "kept"),
    [
        ("001", ["ورود میدانی", "مجموعه انتظامی"]),
        ("002", ["موسسات", "روسای", "عملکرد"]),
        ("003", ["آذربایجان شرقی"]),
        ("000", ["امام علی ابن ابیطالب"]),
    ],
)
def test_whole_words_not_split(docs, seed, kept):
    for w in kept:
        assert w in docs[seed].text
    assert f"انت{ZW}های" not in docs[seed].text


def test_date_header_becomes_metadata(docs):
    assert docs["001"].meta["published"] == "2025-11-26"
    assert "date" not in docs["001"].text
    assert docs["001"].text.startswith("بسیج؛ ستون استوار امنیت")


def test_punctuation_line_rejoined(docs):
    assert "سیمای استان لرستان، سردار «محمدرضا هاشمی‌فر»" in docs["001"].text


def test_furniture_removed(docs):
    assert "انتهای پیام" not in docs["002"].text
    assert docs["002"].text.endswith("قدردانی ش")
    assert "نظر شما" not in docs["004"].text


def test_hard_wraps_rejoined_titles_kept(docs):
    lines = docs["003"].text.split("\n")
    assert lines[0] == "استاندار آذربایجان شرقی:"
    assert lines[1] == "ساختار مشارکت مردم و خیران در حوزه نظم و امنیت عمومی فراهم شده است"
    assert lines[2].startswith("استاندار آذربایجان شرقی با قدردانی")
    assert lines[2].endswith(
        "بر استفاده از ظرفیت جامعه خیران و جلب مشارکت عمومی در حوزه امنیت تأکید کرد."
    )
    assert "یکی از استان‌های پاک و امن کشور" in docs["003"].text
    assert "اهداف و ماموریت‌های نیروی انتظامی است." in docs["003"].text
    # every paragraph but the two title lines ends a sentence
    assert all(line.endswith(".") for line in lines[2:])
    assert len(lines) == 17


def test_repeated_paragraph_kept_once(docs):
    text = docs["004"].text
    assert text.count("حضور فعال پلیس در اتفاقات را مهم و ارزشمند دانست") == 1
    assert text.rstrip().endswith("در این دیدار شرکت داشتند.")


def test_offsets_of_repaired_words_point_into_original(docs, seeds):
    doc = docs["001"]
    start = doc.text.index("هاشمی‌فر")
    o = doc.offset_map.to_original(start, start + len("هاشمی‌فر"))
    assert seeds["001"][o[0] : o[1]] == "هاشمیفر"


def test_sentences(docs):
    doc = docs["000"]
    sents = [doc.text[s.start : s.end] for s in doc.sentences]
    assert (
        sents[0] == "تعامل بسیجیان و نیروهای انتظامی از ملزومات توسعه امنیت و فرهنگ عمومی جامعه است"
    )
    # the colon after «افزود» does not end the sentence
    assert any(s.startswith("جمیری افزود: جلسه اولیه") and s.endswith("برگزار شد.") for s in sents)
    # a period ends a sentence inside a paragraph
    assert any(s.startswith("بی‌تردید بحث‌های") and s.endswith("خواهد شد.") for s in sents)
