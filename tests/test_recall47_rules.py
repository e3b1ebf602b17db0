"""The rules of the forty-seventh persons-recall sample (``persons_recall_dev_47.jsonl``), on its
own sentences and on other shared articles.

A subheading that ends with a person's family name, run into the word that opens the next
paragraph where the text lost its line break («تخریب سندرزدر این رابطه»), names that person
(``glued_surnames._run_into_next``); and a woman's given name with «السادات» written apart or
with a ZWNJ is one given name (``data/first_names.tsv``: «حرمت السادات», «ام‌السادات»,
«زینب‌السادات»), as «منیرالسادات» and «اشرف‌السادات» were."""

from __future__ import annotations

from conftest import persons, said

# roozno_571, the sample's: the subheading «تلاش دموکرات‌ها برای تخریب سندرز» run into the
# paragraph after it
_SANDERS = (
    "امری که بیانگر تلاش حزب دموکرات برای جلوگیری از پیروزی برنی سندرز در مقابل جو بایدن است.\n"
    "تلاش دموکرات‌ها برای تخریب سندرزدر این رابطه علی اسدی خمامی کارشناسان مسائل بین‌الملل "
    "به «ابتکار» می‌گوید: سال 2016، رقابت میان برنی سندرز و هیلاری کلینتون غوغایی به پا کرد."
)
# tabnak_214: the subheading «تهدید ترامپ»
_TRUMP = (
    "هرچند دموکرات‌ها ممکن است در این بررسی برای استیضاح دونالد ترامپ بازنده شوند، آن‌ها "
    "امیدوارند این روند، در نوامبر به پیروزی‌های انتخاباتی برای آن‌ها منتهی شود.\n"
    "تهدید ترامپدر چنین فضایی برخی رسانه‌ها تصویری از سخنرانی آدام شیف منتشر کرده‌اند."
)
# roozno_894: the subheading «موافقت مقتدی صدر با نامزدی الکاظمی»
_KADHIMI = (
    "در ادامه، ایشان مصطفی الکاظمی را به عنوان جایگزین الزرفی انتخاب کردند.\n"
    "موافقت مقتدی صدر با نامزدی الکاظمیاز سوی دیگر، تشکل سائرون، که مورد حمایت مقتدی صدر "
    "است، بر اطلاع از نتایج نشست‌های قوای شیعه تاکید کرد."
)


def test_a_family_name_run_into_the_next_paragraph_in_the_sample() -> None:
    for use_model in (True, False):
        found = persons(_SANDERS, use_model)
        assert sorted(found["برنی سندرز"]) == ["برنی سندرز", "برنی سندرز", "سندرز"]
        assert "علی اسدی خمامی" in found  # the speaker after it stays his
        assert "هیلاری کلینتون" in found


def test_the_clause_after_it_is_the_next_speaker_s() -> None:
    # the name ends the heading: the subject of «می‌گوید:» opens past it
    assert said(_SANDERS)[0] == ("علی اسدی خمامی", None)


def test_a_family_name_run_into_the_next_paragraph_in_other_articles() -> None:
    assert sorted(persons(_TRUMP)["دونالد ترامپ"]) == ["ترامپ", "دونالد ترامپ"]
    found = persons(_KADHIMI)
    assert sorted(found["مصطفی الکاظمی"]) == ["الکاظمی", "مصطفی الکاظمی"]
    assert "مقتدی صدر" in found


def test_only_one_named_before() -> None:
    # no «ترامپ» named before the subheading: the token is left as it is
    text = "تهدید ترامپدر چنین فضایی برخی رسانه‌ها تصویری از سخنرانی منتشر کرده‌اند."
    assert not any("ترامپ" in name for name in persons(text, use_model=False))


def test_a_given_name_with_al_sadat_apart_in_the_sample() -> None:
    # fars-1_251: the federation's officials in a comma list, each before a post
    text = (
        "در این مراسم افشین داوری سرپرست فدراسیون والیبال، حرمت السادات زبردست سرپرست نایب "
        "رئیسی امور بانوان در کنار روسای هیات‌ها حضور داشتند."
    )
    found = persons(text, use_model=False)
    assert found["حرمت السادات زبردست"] == ["حرمت السادات زبردست"]
    assert "افشین داوری" in found


def test_given_names_with_al_sadat_in_other_articles() -> None:
    # fars-1_234: the speaker; tabnak_366: a list of actresses after their films
    text = (
        "جشنواره حجاب برتر در سپاه کربلا برگزار می‌شود.\n"
        "ام‌السادات رخشنده در گفت‌وگو با خبرنگار خبرگزاری فارس گفت: این جشنواره برگزار می‌شود."
    )
    assert persons(text)["ام‌السادات رخشنده"] == ["ام‌السادات رخشنده"]
    text = "امید میرزایی (شاه‌کش) زینب‌السادات بدری (بهشت گم‌شده) محمدمهدی محمدی (قسم)"
    found = persons(text)
    assert found["زینب‌السادات بدری"] == ["زینب‌السادات بدری"]
    assert "محمدمهدی محمدی" in found
