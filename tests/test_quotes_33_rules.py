"""What the thirty-third quotes-recall sample taught «according to»: «به‌گفته», written as one
word with a ZWNJ, opens what someone said as «به گفته» does («به‌گفته علی پیرحسینلو، ...»,
«بنا به‌گفته محمد رستگاری، ...»), and «به گفته X، ...» opens a clause of its own after the
«که» of a frame, «این در حالی است که» or «چرا که», as it does after «و» or «اما»; the «که» of
a relative clause opens none (``clause_openers``, ``quotes_without_verb``).

The sentences are those of ``fixtures/quotes_dev_33`` (sobhane2_104, a shared article no
earlier sample read whole) and of the shared news.
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = extract_text(text)
    return [(q.verb, q.speaker, doc.span_text(q.span)) for q in doc.quotes]


def test_the_smog_s_speakers_are_each_their_own():
    # sobhane2_104: the governorate's press officer, then the environment deputy, whose «او
    # ... می‌گوید:» was the press officer's while «بنا به‌گفته محمد رستگاری» was not read
    text = (FIXTURES / "quotes_dev_33/sobhane2_104.txt").read_text(encoding="utf-8")
    said = _said(text)

    def of(words: str) -> set[str | None]:
        return {s for _, s, t in said if words in t}

    assert of("شاخص آلایندگی در دو شهر") == {"بابایی"}
    assert of("ما نسبت به سال‌های گذشته") == {"محمد رستگاری"}  # «بنا به‌گفته محمد رستگاری،»
    assert of("در چند سال اخیر، چند اقدام") == {"محمد رستگاری"}  # «چرا که به گفته او»
    assert of("ما از ابتدای امسال تاکنون") == {"محمد رستگاری"}  # «او ... می‌گوید:»
    assert of("پاکدشت با ۱۵۱") == {"محمد رستگاری"}
    assert of("با اینکه هم‌اکنون همه مبادی") == {"علی پیرحسینلو"}  # «به‌گفته علی پیرحسینلو،»
    assert of("سال‌هاست که استفاده از شیوه‌های") == {"علی پیرحسینلو"}  # his post, named after


def test_according_to_after_a_frame_s_that_is_someone_s_words():
    # tabnak_828: the gold dealers' union's head after «این در حالی است که طبق گفته»
    text = (
        "قیمت سکه امروز روند رو به رشدی را به ثبت رسانده است.\nاین در حالی است که طبق گفته"
        " محمد کشتی آرای، بازار با کاهش چشمگیر دادوستدها دست و پنجه نرم می‌کند، اما نوسان نرخ"
        " ارز عاملی اصلی در قیمت‌گذاری در این بازار است.\n"
    )
    assert any(t.startswith("بازار با کاهش چشمگیر") for _, _, t in _said(text))
    # roozno_344: doctors, no one named, after «چرا که طبق گفته پزشکان،»
    text = (
        "احتمالا مبتلایان بیش از ۴۷ نفر خواهد بود؛ چرا که طبق گفته پزشکان، میزان مرگ و میر"
        " این ویروس ۲ درصد است و ۱۲ نفر نمی‌تواند دو درصد ۴۷ نفر باشد.\n"
    )
    assert [(s, t[:20]) for _, s, t in _said(text)] == [(None, "میزان مرگ و میر این ")]
    # tabnak_1592: a source no one names, to its comma, as when «به گفته» opens the sentence
    text = (
        "چرا کارخانه‌های لبنی قیمت برخی از محصولات را افزایش داده‌اند؟ این در حالی است که به"
        " گفته یکی از فعالان این صنعت، 70 درصد قیمت تمام‌شده محصولات لبنی، متاثر از قیمت شیر"
        " خام است.\n"
    )
    assert [(s, t[:15]) for _, s, t in _said(text)] == [(None, "70 درصد قیمت تم")]


def test_according_to_after_a_relative_that_is_no_one_s_words():
    # the «که» of a relative clause opens no clause of «به گفته»: what the plan is, no statement
    text = "وزیر از طرحی خبر داد که به گفته کارشناسان، هزینه آن بسیار زیاد است.\n"
    assert not any(t.startswith("هزینه آن") for _, _, t in _said(text))


def test_according_to_after_chera_ke_written_as_one_word():
    # roozno_134: Aref's words after his own quote, «چراکه به‌گفته او، «...»», both joined
    text = (
        "عارف در واکنش به پرسش خبرگزاری تسنیم گفته است: «شاخص اصلاح‌طلبی را شورای‌عالی"
        " سیاستگذاری اصلاح‌طلبان تعیین می‌کند، نه رسانه‌ها!» چراکه به‌گفته او، «ممکن است هر"
        " رسانه یا فردی بنا به سلیقه خودش لیستی بالاتر از ۴۵ نفر هم ببندد.»\n"
    )
    said = _said(text)
    assert any(t.startswith("«ممکن است هر رسانه") for _, _, t in said)
    # tabnak_1451: the importers, no one named, after «هشدار دادند؛ چراکه به گفته آن‌ها»
    text = (
        "فعالان حوزه واردات این محصولات نسبت به افزایش قاچاق لوازم‌آرایشی هشدار دادند؛ چراکه به"
        " گفته آن‌ها تولید لوازم‌آرایشی در کشور پاسخگوی نیاز نیست و ممنوعیت واردات این محصولات"
        " باعث افزایش کالای تقلبی و قاچاق در بازار شده است.\n"
    )
    assert [(s, t[:20]) for _, s, t in _said(text)] == [(None, "تولید لوازم‌آرایشی د")]
