"""The misses of the nineteenth persons-recall sample (``persons_recall_dev_19.jsonl``) that a
rule now finds, each on the sentence it was made for and one it must leave alone."""

from __future__ import annotations

from khabar.extract import extract_text


def _persons(text: str) -> dict[str, list[str]]:
    doc = extract_text(text)
    return {p.name: [doc.text[m.start : m.end] for m in p.mentions] for p in doc.persons}


# sobhane2_20: the head of a body by family name alone before his post, a possessor twice
SOCIAL_SECURITY = (
    "اصلاح قانون مشاغل سخت و زیان آور در مجلس\n"
    "نشست مشترک سالاری رئیس سازمان تامین اجتماعی کشور با حضور تعدادی از نمایندگان استان "
    "کرمان برگزار شد.\nمحمدرضا پورابراهیمی نماینده مردم کرمان و راور در این نشست با تقدیر از "
    "زحمات سالاری رئیس سازمان تامین اجتماعی کشور گفت: جایگاه این سازمان مهم است.\n"
)


def test_a_rare_family_name_before_the_post_of_a_body_is_its_holder() -> None:
    assert _persons(SOCIAL_SECURITY).get("سالاری") == ["سالاری", "سالاری"]


# tabnak_422: a delegation's members in a list, each before his post
DELEGATION = (
    "از «فوت روزانه» تا «آخرین وضعیت پرونده»\n16 بهمن 1317، هیاتی مرکب از وثیقی کفیل وزارت "
    "بازرگانی، اللهیار صالح معاون وزارت دارایی و دلپاک رییس اداره دوم سیاسی وزارت امور خارجه "
    "برای مذاکرات بازرگانی عازم مسکو شدند.\n"
)


def test_a_word_the_news_never_writes_before_the_post_of_a_body_is_its_holder() -> None:
    persons = _persons(DELEGATION)
    assert persons.get("وثیقی") == ["وثیقی"]
    assert persons.get("اللهیار صالح") == ["اللهیار صالح"]


def test_a_common_word_before_the_post_of_a_body_is_no_name() -> None:
    text = "معاون وزیر جهاد کشاورزی رئیس سازمان تعاون روستایی را منصوب کرد و او کار را آغاز کرد."
    assert not _persons(text)


def test_a_family_name_after_a_given_name_before_the_post_is_not_cut_short() -> None:
    text = "در این نشست محمد سالاری رئیس سازمان تامین اجتماعی از برنامه‌های سال آینده خبر داد."
    persons = _persons(text)
    assert "سالاری" not in persons
    assert "محمد سالاری" in persons


def test_a_word_after_a_bodys_kind_before_a_post_is_the_bodys_name() -> None:
    text = "نشست شرکت فولادپاکان مدیرعامل شرکت ملی نفت را به خود جلب کرد و قراردادی امضا شد."
    assert not _persons(text)


# fars-2_191: a family name that is no word though the news writes it often, after a plural
# noun of persons and «چون»; a given name and an ordinary word; the list of one named in full
AGHAJARI = (
    "دوم‌خردادی‌ها از آغاجری اعلام برائت کنند\nمیری در ادامه اضافه کرد: بعد از اینکه در "
    "سازمان انشقاق پیدا شد افرادی چون آغاجری به صورت رسمی اعلام کردند که پسوند را حذف کردیم.\n"
    "این فعال دانشجویی تأکید کرد: افرادی چون مرتضی مبلغ که در دولت اصلاحات مشاور خاتمی بود با "
    "حضور خود ماهیت خود را فاش کرده است و تأسف‌آور است که کسانی چون مبلغ، صفری و... اقدامی "
    "انجام نمی‌دهند.\n"
)


def test_a_family_names_shape_after_persons_like_is_a_person() -> None:
    assert "آغاجری" in _persons(AGHAJARI)


def test_a_given_name_and_an_ordinary_word_after_persons_like_are_a_name() -> None:
    assert _persons(AGHAJARI).get("مرتضی مبلغ") == ["مرتضی مبلغ", "مبلغ"]


def test_a_listed_family_name_beside_one_named_in_full_after_persons_like() -> None:
    assert _persons(AGHAJARI).get("صفری") == ["صفری"]


def test_people_like_a_pronoun_or_a_plural_name_no_one() -> None:
    text = (
        "کسانی چون ما باید پاسخگو باشند و افرادی چون معلمان و پرستاران حقوق کمی دارند.\n"
        "کسانی چون عالی‌ترین مقامات کشور نیز در این جلسه حضور داشتند."
    )
    assert not _persons(text)


def test_a_word_in_i_that_is_an_adjective_after_persons_like_is_no_name() -> None:
    text = "افرادی چون اصلاحی در این باره سخن نمی‌گویند و کسانی چون انقلابی‌ها ساکت هستند."
    assert not _persons(text)


# tabnak_387 (the fourteenth sample): one player such as a family name alone
def test_a_noun_of_persons_with_the_indefinite_i_leads_like_a_plural() -> None:
    text = (
        "اگرچه نبود بازیکنی مثل دیاباته و چند نفر دیگر می‌تواند در استقلال تاثیرگذار باشد.\n"
        "این هتاکی‌ها از شخصی چون آغاجری چیز جدیدی نیست."
    )
    persons = _persons(text)
    assert "دیاباته" in persons
    assert "آغاجری" in persons


def test_someone_like_a_pronoun_or_a_post_names_no_one() -> None:
    text = "کسی مثل من این کار را نمی‌کند و مقامی مانند وزارت را هم نمی‌خواهد."
    assert not _persons(text)


def test_a_field_or_an_epithet_after_a_noun_with_the_indefinite_i_is_no_name() -> None:
    text = (
        "زیرا مکتبی که شاگردش شخصیتی چون امیرالمومنین باشد، رهبر آن مکتب جایگاه بلندی دارد.\n"
        "هیچ یک از خودروسازان برای تولید تجهیزات پزشکی همچون ونتیلاتور بسته نشده‌اند."
    )
    assert not _persons(text)
