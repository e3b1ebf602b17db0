"""What the twenty-ninth quotes-recall sample taught speakers: «این مقام ...» opening a
statement right after a sentence that reports nothing and names one person with a post in
apposition is that person, not the last speaker («... از سوی سعید موتمنی، رییس اتحادیه
نمایشگاهداران تهران رد شده است. این مقام صنفی گفته است: ...»), and it is not the last speaker
where its own clause names them before its verb («این مقام صنفی برخلاف موتمنی، ...»), but the
one other person the sentence before names (``official_anaphors``).

The sentences are those of ``fixtures/quotes_dev_29`` (sobhane2_39, a shared article no
earlier sample read whole) and of the shared news where the rule must not hold: no other shared
article holds «این مقام ...» right after a sentence that introduces an official.
"""

from pathlib import Path

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def _said(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.verb, q.speaker) for q in extract_text(text).quotes]


def test_the_car_market_s_speakers_are_each_their_own():
    # sobhane2_39: Saipa's head, the minister, the dealers' union's head, the makers' association's
    text = (FIXTURES / "quotes_dev_29/sobhane2_39.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    said = [(q.verb, q.speaker, doc.span_text(q.span)) for q in doc.quotes]

    def of(words: str) -> set[str | None]:
        return {s for _, s, t in said if words in t}

    assert of("زمانی که یک خودرو از رده خارج") == {"سعید موتمنی"}  # «این مقام صنفی گفته است:»
    assert of("ناشی از اخبار منتشر شده") == {"احمد نعمت‌بخش"}  # «این مقام صنفی برخلاف موتمنی»
    assert of("خبر توقف تولید پراید در هفته‌های گذشته") == {"احمد نعمت‌بخش"}  # «به گفته وی، ...»
    assert of("از بهمن سال گذشته برنامه‌ریزی دقیق") == {"سید جواد سلیمانی"}


def test_this_official_is_the_last_speaker_when_no_official_was_introduced():
    # roozno_200: «این مقام مسئول» right after the deputy minister's own statement
    text = (
        "انصاری\nغلامرضا انصاری معاون دیپلماسی اقتصادی وزارت امور خارجه تصریح کرد: اگر FATF"
        " تصویب نشود حساب‌ها بسته می‌شود.\nاین مقام مسئول دنیای آینده را دنیای بلاکچین‌ها و رمز"
        " ارزها عنوان کرد.\n"
    )
    assert {s for _, s in _said(text)} == {"غلامرضا انصاری"}
