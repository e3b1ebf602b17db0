"""The rules of the twenty-fifth persons-recall sample (``persons_recall_dev_25.jsonl``), on
its own sentences and on shared articles outside it: a list's item of a given name and a family
name a stop-word list holds («عنایت بخشی»: ``list_items._given_and_family``), and a name of one
word in a bracket with its age alone (``aged_names._bracketed``); and «جریان صدر», the Sadrist
movement, a body (``organizations.tsv``), whose «صدر» is no mention of its leader."""

from __future__ import annotations

from conftest import persons

from khabar.extract import extract_text

_CAST = (
    "محسن شاه ابراهیمی، ویشکا آسایش، عنایت بخشی، اکرم محمدی، فریده سپاه‌منصور، سیروس گرجستانی، "
    "عزت‌الله رمضانی‌فر و حسن میرباقری در این فیلم مقابل دوربین عليرضا زرين دست بازی کردند."
)


def test_a_cast_s_item_of_a_given_name_and_a_stop_word() -> None:
    # tabnak_430, the sample's: «عنایت بخشی» broke the run of items, and «ویشکا آسایش» was
    # left with one person found beside it
    found = persons("فیلم سینمایی «ساحره» به کارگردانی داوود میرباقری است.\n" + _CAST)
    assert found["عنایت بخشی"] == ["عنایت بخشی"]
    assert found["ویشکا آسایش"] == ["ویشکا آسایش"]
    # tabnak_863 (the fifth sample's, which it gains; no other shared article changes)
    text = (
        "پرویز پرستویی، خسرو شکیبایی، عنایت بخشی، علی آقاجانیان، مهری ودادیان، منیژه سلیمی، "
        "نقی سیف جمالی، نعمت‌الله گرجی، ایرج زینعلی، صفر کشکولی، بهمن پسندی، حسن روشن در این "
        "فیلم مقابل دوربین برگرونی بغوسیان بازی کردند."
    )
    assert persons(text)["عنایت بخشی"] == ["عنایت بخشی"]


def test_a_stop_word_after_a_given_name_outside_a_list_of_persons() -> None:
    # no run of persons found around it: «علی بخشی» is no item of a list
    text = "این مبلغ صرف خرید کتاب، علی بخشی از آن و هزینه‌های دیگر شد."
    assert "علی بخشی" not in persons(text)


def test_a_name_in_a_bracket_with_its_age() -> None:
    # fars-5_257, the sample's: the prisoner named once, in brackets
    text = (
        "اين حادثه در 7 ژوئن گذشته رخ داد كه در آن يك سرباز صهيونيست در مقابل فرمانده خود از "
        "فاصله‌اي كمتر از يك متر به اسير چشم و دست بسته فلسطيني (ابورحمه 27 ساله) شليك و پاي "
        "وي را زخمي كرد."
    )
    assert persons(text)["ابورحمه"] == ["ابورحمه"]
    # roozno_710: two words, found before as well
    text = (
        "دادستانی کل سودان، حکم بازداشت وزیر خارجه پیشین این کشور (علی کرتی 67 ساله) را به "
        "خاطر نقش او در کودتای 1989 صادر کرد."
    )
    assert persons(text)["علی کرتی"] == ["علی کرتی"]
    # an age in a bracket after a plain word names no one
    assert persons("سه کودک (پسر 12 ساله) در این حادثه زخمی شدند.") == {}


def _organizations(text: str) -> dict[str, list[str]]:
    doc = extract_text(text)
    return {o.name: [doc.span_text(m) for m in o.mentions] for o in doc.organizations}


def test_the_sadrist_movement_is_a_body_and_no_mention_of_its_leader() -> None:
    # tabnak_1231, the sample's: the movement is named after the family, not a mention of him
    text = (
        "مقتدی صدر، رهبر جریان صدر عراق نیز خواهان خویشتن‌داری شد.\n"
        "وی بر لزوم دور نگه داشتن عراق از تنش‌ها و نزاع‌ها تأکید کرد."
    )
    assert persons(text)["مقتدی صدر"] == ["مقتدی صدر"]
    assert _organizations(text)["جریان صدر"] == ["جریان صدر عراق"]
    # tabnak_21
    text = (
        "آمریکا و ایادی آن در عراق از فراخوان مقتدی صدر، رهبر جریان صدر عراق و رهبران "
        "گروه‌های مقاومت برای تظاهرات میلیونی روز جمعه در محکومیت اشغال عراق توسط آمریکا خشمگین "
        "شده‌اند.\n"
        "در مقابل طبق اطلاعات، عقب‌نشینی جریان صدر از میدان التحریر بغداد، منعکس کننده مخالفت "
        "این جریان با هر گونه روند تخریبی بود."
    )
    assert persons(text)["مقتدی صدر"] == ["مقتدی صدر"]
    assert _organizations(text)["جریان صدر"] == ["جریان صدر عراق", "جریان صدر"]
