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
