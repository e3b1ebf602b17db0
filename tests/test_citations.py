"""The citations of an article found once (extract/clause_openers.py ``citations``): the
sentences of the quotes' reading are searched for a source cited only where one stands.
The sentences are written as the shared news writes its sources."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.body_subjects import cited_body
from khabar.extract.clause_openers import according_at, citations, cited_sources
from khabar.text.segment import token_columns


def _keys(text: str) -> tuple[list[str], list[str]]:
    words = token_columns(text).words
    return words, [lx.key(w) for w in words]


def test_the_citing_words_of_an_article() -> None:
    text = (
        "به گزارش ایسنا به نقل از مارکا، این بازیکن به تیم بازگشت. "
        "وزیر به نوشته رسانه‌ها به تهران رفت. او به گزارش‌ها اشاره کرد."
    )
    words, keys = _keys(text)
    assert [words[k + 1] for k in citations(keys)] == ["گزارش", "نقل", "نوشته"]
    # what the sentences cite is found at them: «مارکا», up to its comma
    assert cited_sources(keys, 0, len(keys)) == [(6, 7)]


def test_no_citation_where_no_cited_word_follows_to() -> None:
    words, keys = _keys("سخنگوی دولت به خبرنگاران گفت که گزارش این طرح به مجلس رفت.")
    assert citations(keys) == []
    assert cited_sources(keys, 0, len(keys)) == []
    assert cited_body(keys, 0, len(keys), words) is None


def test_the_openers_of_what_one_said_or_announced() -> None:
    # ``find_quotes`` reads a sentence for «به گفته X، ...» only where one of them opens
    text = (
        "به گفته وی، این طرح اجرا شد. طبق اعلام پلیس، دو نفر بازداشت شدند. "
        "بنا بر اعلام وزارت بهداشت، آمار کاهش یافت. او به گفت و گو ادامه داد."
    )
    words, keys = _keys(text)
    assert [words[k] for k in according_at(keys)] == ["به", "طبق", "بنا"]
    assert according_at(_keys("این گفته او به نوشته‌ها اشاره دارد.")[1]) == []
