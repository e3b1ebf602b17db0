"""A post's head alone right before «باید» says what any holder ought to do, no mention of the
one person holding it (``general_posts.said_of_any_holder``). Sentences from the shared news
(roozno)."""

from khabar.extract import extract_text


def _post_mentions(text: str, name: str) -> list[str]:
    person = next(p for p in extract_text(text).persons if p.name == name)
    return [text[s.start : s.end] + f"@{s.start}" for s in person.post_mentions]


def test_what_a_representative_ought_to_be_is_no_mention_of_one():
    # roozno_data_115: «نماینده» opens what آقاتهرانی said, of any representative
    text = (
        "حجت‌الاسلام مرتضی آقاتهرانی با تاکید بر اینکه نماینده مجلس نباید خود، اهل فساد مالی "
        "باشد، گفت: نماینده باید فتنه‌ستیز، انحراف‌ستیز، فسادستیز و شفاف باشد.\n"
        "همچنین ایسنا نوشت: جواد آرین‌منش، نماینده پیشین مردم مشهد در مجلس شورای اسلامی با "
        "اشاره به لیست شورای ائتلاف اظهار کرد: بنده از حدود ۲ماه قبل خروجی لیست را پیش‌بینی "
        "کرده بودم."
    )
    at = text.index("نماینده باید")
    mentions = _post_mentions(text, "جواد آرین‌منش")
    assert f"نماینده@{at}" not in mentions
    assert any(m.startswith("نماینده پیشین مردم مشهد") for m in mentions)


def test_a_post_with_its_body_before_baayad_is_still_its_holders():
    # roozno_data_847: a post named in full before «باید» is still the one holder's
    text = (
        "کیانوش جهانپور سخنگوی وزارت بهداشت گفت: آمار مبتلایان امروز اعلام می‌شود.\n"
        "سخنگوی وزارت بهداشت باید قدم نهایی را بر می‌داشت."
    )
    at = text.index("سخنگوی وزارت بهداشت باید")
    assert f"سخنگوی وزارت بهداشت@{at}" in _post_mentions(text, "کیانوش جهانپور")
