from khabar.text.segment import sentences, tokens


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
