"""An event before a place (extract/tagged_entities.py) and a place ending in a title
before the tagger's person (extract/tagged_spans.titled_namesakes). The sentences are from
PEYMA's training part; the shipped tagger was trained on it, so its spans are given."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.text import repair


def _places(text: str, tagged: list[tuple[str, str]]) -> list[str]:
    """The places of ``text`` read from the tagger's spans given as (kind, words)."""
    from khabar.extract.tagged_entities import places

    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    spans = []
    for kind, words in tagged:
        first = words.split()
        k = next(k for k in range(len(keys)) if tokens.words[k : k + len(first)] == first)
        spans.append((kind, k, k + len(first)))
    found = places(tokens, keys, doc.text, spans, [], set())
    return [doc.text[m.start : m.end] for p in found for m in p.mentions]


def test_an_event_opens_no_place() -> None:
    text = (
        "وی با اشاره به حضور به‌موقع خبرنگار رسانه ملی در حادثه اخیر کابل و کودتای ترکیه و "
        "توفیقات بدست‌آمده گفت : خبرنگاران ما در سخت‌ترین شرایط مشغول کارند ."
    )
    assert _places(text, [("LOC", "کودتای ترکیه")]) == ["ترکیه"]


def test_a_body_before_a_place_is_still_cut_off() -> None:
    text = "هیئتی از مجلس ملی نیکاراگوئه به تهران آمد ."
    assert _places(text, [("LOC", "مجلس ملی نیکاراگوئه")]) == ["نیکاراگوئه"]


Tagged = list[tuple[str, int, int]]


def _tagged(text: str, spans: list[tuple[str, str]]) -> tuple[list[str], Tagged]:
    """The keys of ``text`` and the tagger's spans given as (kind, words)."""
    tokens = repair(text).token_columns
    out = []
    for kind, words in spans:
        first = words.split()
        k = next(k for k in range(len(tokens.words)) if tokens.words[k : k + len(first)] == first)
        out.append((kind, k, k + len(first)))
    return lx.keys_of(tokens.words), out


def test_a_place_ending_in_a_title_takes_the_person_after_it() -> None:
    from khabar.extract.tagged_spans import titled_namesakes

    text = (
        "به فروشگاه کتاب شادزی ، واقع در خیابان سید جمال‌الدین اسدآبادی ، بالاتر از میدان "
        "اسدآبادی ، شماره 360 مراجعه کنند ."
    )
    keys, tagged = _tagged(
        text, [("LOC", "خیابان سید"), ("PER", "جمال‌الدین اسدآبادی"), ("LOC", "میدان اسدآبادی")]
    )
    street = ("LOC", tagged[0][1], tagged[1][2])
    assert titled_namesakes(keys, tagged) == [street, tagged[2]]


def test_a_place_and_a_person_after_it_stay_apart_without_a_title() -> None:
    from khabar.extract.tagged_spans import titled_namesakes

    text = "در تهران علی لاریجانی گفت که این طرح اجرا می‌شود ."
    keys, tagged = _tagged(text, [("LOC", "تهران"), ("PER", "علی لاریجانی")])
    assert titled_namesakes(keys, tagged) == tagged
