"""What the twenty-ninth quotes-recall sample taught quotes and speakers: a quotation closed
with an end mark and a word run into its closing guillemet ends its sentence there, the space
after it lost («... رسانه‌ای نکردیم.»به گفته وی، «...»», ``segment.sentences``); «این مقام ...»
opening a statement right after a sentence that reports nothing and names one person with a
post in apposition is that person, not the last speaker («... از سوی سعید موتمنی، رییس اتحادیه
نمایشگاهداران تهران رد شده است. این مقام صنفی گفته است: ...»), and it is not the last speaker
where its own clause names them before its verb («این مقام صنفی برخلاف موتمنی، ...»), but the
one other person the sentence before names (``official_anaphors``).

The sentences are those of ``fixtures/quotes_dev_29`` (sobhane2_39, a shared article no
earlier sample read whole) and of the shared news where the rules hold or must not.
"""

from pathlib import Path

from khabar.extract import extract_text
from khabar.text.segment import sentences

FIXTURES = Path(__file__).parent / "fixtures"


def _said(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.verb, q.speaker) for q in extract_text(text).quotes]


def test_the_car_market_s_speakers_are_each_their_own():
    # sobhane2_39: Saipa's head, the minister, the dealers' union's head, the makers' association's
    text = (FIXTURES / "quotes_dev_29/sobhane2_39.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    said = [(q.verb, q.speaker, doc.span_text(q.span)) for q in doc.quotes]
    assert ("به گفته", "سید جواد سلیمانی") in [(v, s) for v, s, _ in said]

    def of(words: str) -> set[str | None]:
        return {s for _, s, t in said if words in t}

    assert of("زمانی که یک خودرو از رده خارج") == {"سعید موتمنی"}  # «این مقام صنفی گفته است:»
    assert of("ناشی از اخبار منتشر شده") == {"احمد نعمت‌بخش"}  # «این مقام صنفی برخلاف موتمنی»
    assert of("خبر توقف تولید پراید در هفته‌های گذشته") == {"احمد نعمت‌بخش"}  # «به گفته وی، ...»
    assert of("تولید فعلی پراید تا اتمام تعهدات") == {"سید جواد سلیمانی"}


def test_a_closed_quotation_ends_its_sentence_before_a_word_run_into_it():
    # tabnak_484: Iran's envoy to the UN, his two statements with no space between them
    text = (
        "وی تاکید کرد: «ما باید کاملا هشیار باشیم تا جای حفاظت از غیرنظامیان با حفاظت از"
        " تروریست‌ها عوض نشود.»نماینده ایران در سازمان ملل با اشاره با آمادگی تهران برای"
        " استفاده از تلاش‌های خود برای کمک به حل و فصل سیاسی اختلافات کنونی بین ترکیه و سوریه"
        " در مورد وضعیت در ادلب گفت: «اجلاس سران روند آستانه که در آینده نزدیک در تهران"
        " برگزار می‌شود، فرصت حیاتی برای بررسی جامع اوضاع در سوریه است.»"
    )
    assert len(sentences(text)) == 2
    assert [v for v, _ in _said(text)] == ["تاکید کرد", "گفت"]
    # sobhane2_39: «به گفته وی، «...»» right after the closing guillemet
    text = (
        "سید جواد سلیمانی در این خصوص توضیح داد: «از بهمن سال گذشته برنامه‌ریزی دقیق آغاز"
        " شد.\nبا این حال، این موضوع را در آن زمان رسانه‌ای نکردیم.»به گفته وی، «تولید فعلی"
        " پراید تا اتمام تعهدات انجام خواهد شد.»"
    )
    assert _said(text) == [("توضیح داد", "سید جواد سلیمانی"), ("به گفته", "سید جواد سلیمانی")]


def test_the_frame_after_a_closed_quotation_opens_no_sentence():
    # «این در حالی است که» right after the guillemet stays with the quotation's sentence
    text = "او گفت: «ما آماده‌ایم.»این در حالی است که دولت چیزی نگفته است."
    assert len(sentences(text)) == 1


def test_this_official_is_the_last_speaker_when_no_official_was_introduced():
    # roozno_200: «این مقام مسئول» right after the deputy minister's own statement
    text = (
        "انصاری\nغلامرضا انصاری معاون دیپلماسی اقتصادی وزارت امور خارجه تصریح کرد: اگر FATF"
        " تصویب نشود حساب‌ها بسته می‌شود.\nاین مقام مسئول دنیای آینده را دنیای بلاکچین‌ها و رمز"
        " ارزها عنوان کرد.\n"
    )
    assert {s for _, s in _said(text)} == {"غلامرضا انصاری"}


def test_a_sentence_run_into_a_quotation_that_names_another_keeps_him_from_the_speaker():
    # roozno_591 (the tenth sample): Falahatpisheh's request told right after Ghazizadeh's
    # quotation, no space after it; «او گفت» next is not Ghazizadeh's
    text = (FIXTURES / "quotes_dev_10/roozno_591.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    said = {doc.span_text(q.span)[:25]: q.speaker for q in doc.quotes}
    told = [s for t, s in said.items() if "از امروز تا سال ۲۰۳۰" in t]
    assert told and "سیدامیرحسین قاضی‌زاده هاشمی" not in told
    # roozno_695 (the twelfth): Khalkhali's memoir after another's quotation
    text = (FIXTURES / "quotes_dev_12/roozno_695.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    told = [q.speaker for q in doc.quotes if "ذره‌ای از کار" in doc.span_text(q.span)]
    assert told and "محمدحسنی" not in told
