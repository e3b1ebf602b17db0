"""The rule written on the ARMAN posts samples (``arman_posts_judged*.jsonl``): round brackets
written mirrored, «) … (», are read as the pair they are (``text/mirrored_brackets.py``).

ARMAN's sentences are quoted for measurement only ("only for academic research use", its
Hugging Face card: CC BY 4.0)."""

from __future__ import annotations

from khabar.extract import extract_text
from khabar.text.mirrored_brackets import mirrored_bracket_edits
from khabar.text.pipeline import repair


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: list(p.posts) for p in extract_text(text).persons}


def test_a_post_in_mirrored_brackets_after_a_name_is_the_name_s() -> None:
    # arman-2_177 (arman_posts_judged_2.jsonl): the post read as a character's, «فراست», before
    text = (
        "به‌طوری‌که جسی استفان، منتقد نشریه « دیلی‌میل » : ، او را به همراه جان تاو ) بازیگر "
        "نقش بازرس مورس ( و دیوید جیسون ) بازیگر نقش کارآگاه فراست ( بهترین هنرپیشه‌های "
        "تلویزیون به حساب می‌آورد."
    )
    posts = _posts(text)
    assert posts["دیوید جیسون"] and posts["دیوید جیسون"][0].startswith("بازیگر نقش")
    assert not posts.get("فراست")


def test_a_post_in_mirrored_brackets_outside_the_samples() -> None:
    # arman-1_175 (ARMAN fold 1, arman_speakers_judged_4.jsonl, never judged for posts)
    text = (
        "بهترین نصیحتی كه به تو کرده‌اند چه بود ؟ * جان تاو ) بازیگر نقش بازرس مورس ( همیشه "
        "به من می‌گفت كه وجه اصلی خودم را پیدا کنم و به کیفیت کار خودم فکر کنم ."
    )
    assert _posts(text)["جان تاو"] == ["بازیگر نقش بازرس مورس"]


def test_mirrored_pairs_are_turned_one_character_for_one() -> None:
    # arman-2_80 (ARMAN fold 2): a holy mark, then a second pair on the same line
    text = "ما از حضرت علی ) ع ( يك تکیه کلام می‌آموزیم و پیغمبر ) ص ( فرمود ."
    edits = mirrored_bracket_edits(text)
    assert [e.replacement for e in edits] == ["(", ")", "(", ")"]
    assert all(e.end - e.start == 1 for e in edits)  # no offset moves
    assert "حضرت علی ( ع ) " in repair(text).text and "پیغمبر ( ص ) " in repair(text).text


def test_brackets_written_the_right_way_round_stay() -> None:
    # fars-news-3 (shared news): a «)» closing a bracket opened before it, and a pair after it
    text = (
        "تندروهای شورای پنجم (مشارکت و کارگزاران ) هم قسم شده بودند که از ورود اصلاح طلبان "
        "معتدل ( شریعتمداری و مهرعلیزاده ) به جمع ٧ نفره خودداری کنند."
    )
    assert mirrored_bracket_edits(text) == []
    # a list's markers, and a stray «)» before a pair written the right way round
    assert mirrored_bracket_edits("الف) یک ب) دو (سه)") == []
    assert mirrored_bracket_edits("1 ) متن ( توضیح ) بعد") == []
