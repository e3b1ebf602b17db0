"""A confidence on every fact: from the evidence that found it, as fitted on the tune gold."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.calibration import Labelled, beta_cdf, beta_quantile, fit, gold_facts
from khabar.evaluate import drawn_stems, gold_split
from khabar.extract import extract_text
from khabar.extract.confidence import evidence_of, quote_evidence, score
from khabar.serialize import SCHEMA, document_to_dict

FIXTURES = Path(__file__).parent / "fixtures"


def _doc(stem: str):  # type: ignore[no-untyped-def]
    return extract_text((FIXTURES / "news" / f"{stem}.txt").read_text(encoding="utf-8"))


def test_every_fact_carries_a_confidence_in_the_contract() -> None:
    record = document_to_dict(_doc("tabnak_31"))
    assert record["schema"] == SCHEMA  # a key added breaks no reader: no new number
    for part in ("persons", "organizations", "places", "quotes"):
        assert record[part]
        for fact in record[part]:
            assert 0.0 <= fact["confidence"] <= 1.0, (part, fact)
    for person in record["persons"]:
        assert len(person["post_confidences"]) == len(person["posts"])
        assert all(0.0 <= c <= 1.0 for c in person["post_confidences"])


def test_a_speaker_by_pronoun_by_name_and_by_post_are_told_apart() -> None:
    """«وی افزود: ...» is the current speaker through a pronoun, «دهقانی‌نیا گفت: ...» named,
    «سخنگوی ستاد ... گفت» a post-only lead; each gets the confidence of its class."""
    doc = _doc("tabnak_31")
    found = {}
    for q in doc.quotes:
        cue = doc.text[q.sentence.start : q.cue.end if q.cue else q.span.start]
        found[cue.split()[0]] = (quote_evidence(doc, q), q.confidence)
    assert found["وی"][0][0] == "pronoun"
    assert found["دهقانی‌نیا"][0][0] == "named"
    assert found["سخنگوی"][0][0] == "post"
    for evidence, confidence in found.values():
        assert confidence == score("quote", evidence)
    assert found["وی"][1] != found["دهقانی‌نیا"][1]  # classes measured apart


def test_a_commitment_has_a_confidence() -> None:
    text = (
        "date 2025-12-01\nبه گزارش ایرنا، سردار قاسم رضایی رئیس پلیس کشور گفت:"
        " این طرح ظرف مدت ۳ ماه در همه استان‌ها اجرا خواهد شد."
    )
    (c,) = extract_text(text).commitments
    assert c.confidence is not None and 0.0 < c.confidence <= 1.0


def test_a_confidence_is_a_lower_bound_and_a_class_seen_seldom_sits_below_its_parent() -> None:
    facts = [Labelled("quote", ("named",), True)] * 90 + [Labelled("quote", ("named",), False)] * 10
    facts += [Labelled("quote", ("pronoun",), True)] * 2
    rates = {e: c for k, e, c, _, _ in fit(facts)}
    assert 0.85 < rates["named"] < 0.9  # 90 of 100 right: promised a little less
    assert rates["pronoun"] < rates[""] < 0.92  # two right of two: less sure than the kind
    # more of the same share, a narrower posterior: a bound nearer the share measured
    more = [Labelled("quote", ("named",), n % 10 != 0) for n in range(1000)]
    assert rates["named"] < dict((e, c) for _, e, c, _, _ in fit(more))["named"] < 0.9


def test_the_beta_quantile_matches_closed_forms() -> None:
    for q in (0.1, 0.5, 0.9):
        assert abs(beta_quantile(q, 1, 1) - q) < 1e-9  # uniform
        assert abs(beta_quantile(q, 3, 1) - q ** (1 / 3)) < 1e-9  # I_x(3, 1) = x^3
        assert abs(beta_quantile(q, 1, 4) - (1 - (1 - q) ** (1 / 4))) < 1e-9
    assert abs(beta_cdf(0.5, 2, 3) - 11 / 16) < 1e-12
    assert abs(beta_quantile(0.5, 40, 40) - 0.5) < 1e-9  # symmetric


def test_facts_at_ninety_percent_are_right_nine_times_in_ten_on_the_tune_gold() -> None:
    """The shipped table, on the tune part of the gold (persons, posts, quotes)."""
    gold_dir = FIXTURES / "gold"
    drawn = drawn_stems(gold_dir)
    high = []
    for stem in gold_split(gold_dir)["tune"]:
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        doc = extract_text((FIXTURES / gold["file"]).read_text(encoding="utf-8"))
        labels = list(gold_facts(doc, gold, organizations=stem in drawn))
        high += [f.right for f in labels if score(f.kind, f.evidence) >= 0.9]
        # the confidence set by extraction is the table's for the evidence found
        for kind, fact, evidence in evidence_of(doc):
            if kind not in ("post",):
                assert fact.confidence == score(kind, evidence)  # type: ignore[attr-defined]
    assert len(high) > 300
    assert sum(high) / len(high) >= 0.9


def test_a_clauses_words_are_its_runs_of_letters_and_zwnjs() -> None:
    """Found by one pattern, then character by character only where ``\\w`` and
    ``str.isalpha`` part («²», a digit no decimal one): the same words as the characters
    read one by one."""
    from khabar.extract.confidence import _words, _words_one_by_one
    from khabar.text.offsets import Span

    text = "وی گفت: این‌ مقام x²y در ۱۲ سالگی\u200c«او» ½کیلو ‌ abc_def"
    for a, b in ((0, len(text)), (3, 20), (9, 30)):
        found = list(_words(text, Span(a, b)))
        assert found == list(_words_one_by_one(text, Span(a, b)))
    assert ("x", 18) in list(_words(text, Span(0, len(text))))
    assert ("او", 35) in list(_words(text, Span(0, len(text))))


def test_a_pronoun_is_found_in_a_clause_as_its_words_read_one_by_one_find_it() -> None:
    """A clause the quote lies outside of is read as its runs of letters at once; its verdict
    is that of its words read one by one past the quote, on every quote of two articles and
    on clauses cut at each word («وی», «این مقام», «او» inside «اوضاع» no pronoun)."""
    from khabar.extract.confidence import DEMONSTRATIVE_LEADS, PRONOUNS, _clause, _pronoun_in
    from khabar.extract.confidence import _words as words_of
    from khabar.text.offsets import Span

    def one_by_one(text: str, clause: Span, quoted: Span) -> bool:
        words = [w for w, at in words_of(text, clause) if not quoted.start <= at < quoted.end]
        return any(
            w in PRONOUNS or (w in DEMONSTRATIVE_LEADS and words[n + 1 : n + 2] == ["مقام"])
            for n, w in enumerate(words)
        )

    told = 0
    for stem in ("tabnak_31", "fars-1_8"):
        doc = _doc(stem)
        for q in doc.quotes:
            clause = _clause(q)
            found = _pronoun_in(doc, clause, q.span)
            assert found == one_by_one(doc.text, clause, q.span), (stem, q.span)
            told += found
            for cut in range(clause.start + 1, clause.end, 7):
                for part in (Span(clause.start, cut), Span(cut, clause.end)):
                    assert _pronoun_in(doc, part, q.span) == one_by_one(doc.text, part, q.span)
    assert told
