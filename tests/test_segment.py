from pathlib import Path

from khabar.text.segment import _TOKEN_SPLIT_RE, sentences, token_columns, tokens

FIXTURES = Path(__file__).parent / "fixtures"


def split(text):
    return [text[s.start : s.end] for s in sentences(text)]


def test_decimals_and_initials_do_not_end_sentences():
    text = "نرخ رشد ۴.۸ درصد و تورم ۱۲٫۵ درصد بود. م. رضایی این را گفت."
    assert split(text) == ["نرخ رشد ۴.۸ درصد و تورم ۱۲٫۵ درصد بود.", "م. رضایی این را گفت."]


def test_and_so_on_ends_no_sentence():
    # «و…» is "and so on"; an ellipsis after another word still ends the sentence
    text = "افزایش قیمت مسکن، اجاره و … سبب نارضایتی شده است. او گفت که صبر کردیم... بعد رفتیم."
    assert split(text) == [
        "افزایش قیمت مسکن، اجاره و … سبب نارضایتی شده است.",
        "او گفت که صبر کردیم...",
        "بعد رفتیم.",
    ]
    assert split("کتاب، دفتر و... خریدند.") == ["کتاب، دفتر و... خریدند."]


def test_question_mark_and_quotes():
    text = "آیا این کافی است؟ وی ادامه داد: «ما آماده‌ایم. همه باید کمک کنند.» سپس رفت."
    assert split(text) == [
        "آیا این کافی است؟",
        "وی ادامه داد: «ما آماده‌ایم. همه باید کمک کنند.»",
        "سپس رفت.",
    ]


def test_newline_is_a_boundary_and_urls_stay_whole():
    text = "عنوان خبر\nمتن را در www.example.ir/a.b ببینید. پایان"
    assert split(text) == ["عنوان خبر", "متن را در www.example.ir/a.b ببینید.", "پایان"]


def test_tokens_keep_zwnj_words_numbers_and_offsets():
    text = "می‌شود ۱۲٫۵ درصد، ۱۴۰۴/۰۹/۰۵"
    toks = tokens(text)
    assert [t.text for t in toks] == ["می‌شود", "۱۲٫۵", "درصد", "،", "۱۴۰۴/۰۹/۰۵"]
    assert all(text[t.span.start : t.span.end] == t.text for t in toks)


def test_runs_of_words_give_the_tokens_of_one_match_a_token():
    # a run of words one space apart is one match, cut apart after: the same tokens and
    # offsets as one match a token, on real news and where a run meets a link (its «h», «w»),
    # two spaces, a line break or the marks the runs are cut apart with
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "news").glob("*.txt"))]
    texts += [
        "متن را در www.example.ir/a ببینید یا https://x.ir/b و http://y.ir",
        "see www.x.com or http://a.b now, a www. b hw wh",
        "  دو  فاصله \n و خط  ",
        "کتاب\0ها و\1 دفتر",
    ]
    for text in texts:
        expected = [(m.start(2), m.end(2)) for m in _TOKEN_SPLIT_RE.finditer(text)]
        cols = token_columns(text)
        assert list(zip(cols.starts, cols.ends, strict=True)) == expected
        assert cols.words == [text[a:b] for a, b in expected]
