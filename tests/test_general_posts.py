"""A post's head alone right before «باید» says what any holder ought to do, and right after a
word that counts or picks holders («هر», «کدام», «دو») is any of them: no mention of the one
person holding it (``general_posts.said_of_any_holder``). Sentences from the shared news
(roozno, tabnak)."""

import pytest

from khabar.extract import extract_text


def _post_mentions(text: str, name: str) -> list[str]:
    person = next(p for p in extract_text(text).persons if p.name == name)
    return [text[s.start : s.end] + f"@{s.start}" for s in person.post_mentions]


# (text, the head said of any holder and the word after it, the person, their own post)
_OF_ANY = [
    (
        # roozno_data_115: «نماینده» opens what آقاتهرانی said, of any representative
        "حجت‌الاسلام مرتضی آقاتهرانی با تاکید بر اینکه نماینده مجلس نباید خود، اهل فساد مالی "
        "باشد، گفت: نماینده باید فتنه‌ستیز، انحراف‌ستیز، فسادستیز و شفاف باشد.\n"
        "همچنین ایسنا نوشت: جواد آرین‌منش، نماینده پیشین مردم مشهد در مجلس شورای اسلامی با "
        "اشاره به لیست شورای ائتلاف اظهار کرد: بنده از حدود ۲ماه قبل خروجی لیست را پیش‌بینی "
        "کرده بودم.",
        ("نماینده", "باید"),
        "جواد آرین‌منش",
        "نماینده پیشین مردم مشهد",
    ),
    (
        # tabnak_data_770: Kerry's «هر سناتور» is any senator, not Murphy
        "ترامپ درباره دیدار «محمد جواد ظریف» با «کریس مورفی» سناتور دموکرات آمریکایی و «جان "
        "کری» صورت گرفته، نوشت: «کری و مورفی، قانون لوگان را نقض کرده‌اند.»\n"
        "جان کری اضافه کرد: «من کاری را کردم که هر سناتور و یا وزیر خارجه آمریکا انجام "
        "می‌دهد؛ یعنی سفر به کنفرانس‌هایی در خارج.»",
        ("سناتور", "و یا"),
        "کریس مورفی",
        "سناتور دموکرات آمریکایی",
    ),
    (
        # roozno_data_1147: «توسط سه رئیس» are three, none of them the president named before
        "محمود احمدی‌نژاد رئیس دولت‌های نهم و دهم به مجلس آمد.\n"
        "این وضعیت باعث شد که صحن مجلس در یک امر بی‌سابقه توسط سه رئیس مدیریت شود.",
        ("رئیس", "مدیریت"),
        "محمود احمدی‌نژاد",
        "رئیس دولت‌های نهم و دهم",
    ),
]


@pytest.mark.parametrize(("text", "said", "name", "own"), _OF_ANY)
def test_a_head_said_of_any_holder_is_no_mention_of_one(text, said, name, own):
    head, after = said
    mentions = _post_mentions(text, name)
    assert f"{head}@{text.index(f'{head} {after}')}" not in mentions
    assert any(m.startswith(own) for m in mentions)


def test_a_post_with_its_body_before_baayad_is_still_its_holders():
    # roozno_data_847: a post named in full before «باید» is still the one holder's
    text = (
        "کیانوش جهانپور سخنگوی وزارت بهداشت گفت: آمار مبتلایان امروز اعلام می‌شود.\n"
        "سخنگوی وزارت بهداشت باید قدم نهایی را بر می‌داشت."
    )
    at = text.index("سخنگوی وزارت بهداشت باید")
    assert f"سخنگوی وزارت بهداشت@{at}" in _post_mentions(text, "کیانوش جهانپور")


def test_a_head_alone_with_no_count_is_still_its_holders():
    # roozno_data_1106: «با حضور رئیس جمهور» is Rouhani, named in the lead
    text = (
        "جلسه روسای کمیته‌های تخصصی ستاد ملی مقابله با کرونا با حضور رئیس جمهور برگزار شد.\n"
        "به گزارش روز نو: حجت‌الاسلام والمسلمین حسن روحانی، رئیس جمهور امروز در جلسه روسای "
        "کمیته‌های تخصصی گفت: کرونا مهار شده است."
    )
    assert f"رئیس جمهور@{text.index('رئیس جمهور')}" in _post_mentions(text, "حسن روحانی")
