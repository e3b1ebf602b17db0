"""The rules of the thirty-third persons-recall sample (``persons_recall_dev_33.jsonl``), on its
own sentences and on shared articles outside it: a two-word item of a list of full names, between
two of them, is a person though its words are ordinary ones or a town's (``flanked_items``);
«وزیرمختار» (a minister plenipotentiary), run together or apart, is a post's head
(``post_heads.tsv``)."""

from __future__ import annotations

from conftest import persons


def test_an_item_between_two_full_names_of_a_list_is_a_person() -> None:
    # sobhane2_6, the sample's: the poets and writers added to the schoolbooks
    found = persons(
        "به‌جای این حذفیات از آثار رضا امیرخانی، علی سهامی، کیوان شاه‌بداغ‌خان، فاضل نظری، "
        "عیسی سلمانی‌لطف‌آبادی، کامور بخشایش، مجید واعظی، نظام وفا و ضیاءالدین شفیعی اضافه "
        "شده‌اند."
    )
    assert found["کامور بخشایش"] == ["کامور بخشایش"]  # «بخشایش» a town's name too
    assert found["نظام وفا"] == ["نظام وفا"]
    # fars-1_5: a team's first five
    found = persons(
        "تیم ملی بسکتبال نوجوانان کشورمان در ابتدای این بازی با ترکیب ابتدایی رضا نظری‌کیا، "
        "شایان حصاری، پارسا فلاح، معین خرسندی و پویا حقی به میدان رفت."
    )
    assert found["پارسا فلاح"] == ["پارسا فلاح"]
    # tabnak_1553: a film's cast
    found = persons(
        "مهران مدیری، لیلا حاتمی، پژمان جمشیدی، جواد عزتی، مهران غفوریان، ویشکا آسایش، سروش "
        "صحت، هانیه توسلی، مانی حقیقی و حسن معجونی در این فیلم بازی کرده‌اند."
    )
    assert found["سروش صحت"] == ["سروش صحت"]


def test_a_post_between_names_is_no_item() -> None:
    found = persons(
        "در این دیدار حسن روحانی، محمدجواد ظریف، وزیر خارجه، علی لاریجانی و محمد باقری حضور داشتند."
    )
    assert "وزیر خارجه" not in found and "خارجه" not in found


def test_a_minister_plenipotentiary_is_a_post() -> None:
    # tabnak_201, the sample's: the American minister in Tehran in quotation marks
    found = persons(
        '6 بهمن 1311، "چارل كالمر هارت" وزيرمختار آمريكا در تهران در گزارشي محرمانه به وزارت '
        "خارجه كشورش مي نويسد."
    )
    assert found["چارل کالمر هارت"] == ["چارل کالمر هارت"]
    found = persons('"چارل كالمر هارت" وزير مختار آمريكا در تهران گزارشي نوشت.')
    assert found["چارل کالمر هارت"] == ["چارل کالمر هارت"]
