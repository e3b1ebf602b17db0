"""A paper a sentence tells of someone issuing, and who issued it, read once for a text given
whole later and for a body's paper named again (extract/issued_papers.py). The sentences are
from the shared news, outside the gold."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.issued_papers import (
    BODIES_PAPERS,
    WRITERS_PAPERS,
    Papers,
    paper_issued,
    papers_named,
)
from khabar.extract.registry import Registry
from khabar.extract.speaker_refs import Ref
from khabar.extract.speaking_bodies import OrgRef
from khabar.text.segment import token_columns


def _issued(text: str, subject: str, papers: Papers) -> tuple[str, Ref, int] | None:
    words = token_columns(text).words
    keys = [lx.key(w) for w in words]
    at = words.index(subject)
    return paper_issued(keys, 0, len(keys), Registry(), lambda _: at, words, papers)


def test_a_body_s_paper_by_way_of_its_noun() -> None:
    text = "شورای هماهنگی تبلیغات اسلامی استان قم با انتشار اطلاعیه‌ای اعلام کرد:"
    for papers in (WRITERS_PAPERS, BODIES_PAPERS):
        found = _issued(text, "شورای", papers)
        assert found == ("اطلاعیه", OrgRef("شورای هماهنگی تبلیغات اسلامی"), 0), found
    # «با صدور اطلاعیه‌ای»: a paper whose text may follow, no body's named again
    text = text.replace("انتشار", "صدور")
    assert _issued(text, "شورای", WRITERS_PAPERS) is not None
    assert _issued(text, "شورای", BODIES_PAPERS) is None


def test_a_comma_between_the_body_and_its_paper() -> None:
    text = (
        "به گزارش خبرگزاری فارس، روابط عمومی دبیرخانه شورای اطلاع‌رسانی دولت، در اطلاعیه‌ای "
        "خود آورده است:"
    )
    body = OrgRef("روابط عمومی دبیرخانه شورای اطلاع\u200cرسانی دولت")
    assert _issued(text, "روابط", WRITERS_PAPERS) == ("اطلاعیه", body, 0)
    assert _issued(text, "روابط", BODIES_PAPERS) == ("اطلاعیه", None, 0)


def test_papers_named_once_for_the_article() -> None:
    # ``find_quotes`` asks ``paper_issued`` of an article's sentences only when its keys hold
    # one of the reading's papers: «اطلاعیه‌ای» is one of both
    words = token_columns("شورای هماهنگی با صدور اطلاعیه‌ای اعلام کرد: دیروز گفت").words
    keys = [lx.key(w) for w in words]
    assert papers_named(keys, WRITERS_PAPERS) and papers_named(keys, BODIES_PAPERS)
    words = token_columns("سخنگوی دولت در نشست خبری گفت: این طرح اجرا می‌شود").words
    keys = [lx.key(w) for w in words]
    assert not papers_named(keys, WRITERS_PAPERS) and not papers_named(keys, BODIES_PAPERS)
