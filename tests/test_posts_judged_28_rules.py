"""Posts the twenty-eighth judged posts sample (articles of 3,000-4,500 characters) missed, and
the rule written for them: a head of state or government right before a full name is its title
(``posts.TITLES``: «رئیس جمهور الهام علی اف»), not a post running on over the name, which left
the name with no post where its given name is no listed one. Other heads before a name name
whom they serve, and a family name alone after a title is left as before. Sentences of the
sample's articles and of other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text

SAMPLE = "posts_judged_28.jsonl"


def test_a_president_titled_before_the_name_holds_the_title():
    # roozno_49: «... جز تقویت هیمنه رئیس جمهور الهام علی اف بر این کشور غنی از نفت ندارد»
    posts = posts_of(judged_article(SAMPLE, "roozno_49"))
    assert posts["الهام علی\u200cاف"] == ["رئیس جمهور"]


def test_a_full_name_titled_holds_the_title_and_a_family_name_alone_as_before():
    # tabnak_514: Maduro named in full holds the title; «رئیس‌جمهور ترامپ» is left as it was
    doc = extract_text(
        "انتشار این گزارشات ۲ روز پس از آن انجام شد که رئیس‌جمهور ترامپ اعلام کرد خواهان افزایش "
        "فشارهای خود بر رئیس‌جمهور نیکولاس مادورو و دولت او می‌باشد.\n"
    )
    posts = posts_of(doc)
    assert posts["نیکولاس مادورو"] == ["رئیس\u200cجمهور"]
    assert posts["ترامپ"] == []


def test_a_head_before_a_name_it_serves_is_not_the_names():
    # tabnak_451: Putin's envoy, not Putin; roozno_1052: Ahmadinejad's ministers
    doc = extract_text(
        "وزارت خارجه روسیه از دیدار فرستاده ویژه ولادیمیر پوتین به خاورمیانه با نماینده ویژه "
        "سازمان ملل در لیبی خبر داد.\n"
    )
    assert posts_of(doc)["ولادیمیر پوتین"] == []
    doc = extract_text(
        "در‌حالی‌که دو وزیر احمدی‌نژاد یعنی نیکزاد و حسینی به نفع حاجی‌بابایی، دیگر وزیر "
        "احمدی‌نژاد برای نامزدی ریاست مجلس کنار کشیدند.\n"
    )
    assert not posts_of(doc).get("احمدی\u200cنژاد")
