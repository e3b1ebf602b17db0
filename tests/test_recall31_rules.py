"""The rule of the thirty-first persons-recall sample (``persons_recall_dev_31.jsonl``), on its
own sentences: «پور» written apart after a full name is the closing part of its family name
(``family_continued.with_family_parts_apart``); the repair joins it only after a word in «ی»
(«هاشمی‌پور»). The rule changes no person's name on the shared news (the article's body was
found whole already, its headline kept apart), so its test holds the sample's sentences."""

from __future__ import annotations

from conftest import persons


def test_a_family_name_s_por_written_apart_is_the_name_s() -> None:
    # tabnak_510, the sample's: the headline and the first line name the father in full
    found = persons("قادر مولان پور کیست؟\nقادر مولان پور مشهور به استاد قادر، پدر سه شهید است.")
    assert found["قادر مولان پور"] == ["قادر مولان پور", "قادر مولان پور"]
    assert "پور" not in found
