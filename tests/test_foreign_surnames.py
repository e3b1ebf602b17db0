"""A foreigner's family name alone that the article never gives in full, where a post of
another country follows it, «و» joins it to a person or it scores a goal
(extract/foreign_surnames.py). The sentences are from PEYMA's training part, read by the
rules alone (the shipped tagger was trained on it), and from the shared news."""

from __future__ import annotations

from conftest import persons

from khabar.extract import lexicons as lx
from khabar.extract.foreign_surnames import _score_at, foreign_shaped
from khabar.text import repair


def test_a_minister_named_before_his_post_throughout() -> None:
    text = (
        "معاون اروپا و آمریکای وزارت امور خارجه کشورمان با « انلیدزه » وزیر امور خارجه "
        "گرجستان همکاری‌های دو کشور را بررسی کرد . در این دیدار که میان معاون اروپا و "
        "آفریقای وزارت امور خارجه و انلیدزه وزیر امور خارجه گرجستان برگزار شد ، دو طرف بر "
        "گسترش روابط تاکید کردند ."
    )
    found = persons(text, use_model=False)
    assert found.get("انلیدزه") == ["انلیدزه", "انلیدزه"], found


def test_a_president_before_a_comma_and_his_post() -> None:
    text = (
        "خبرگزاری فارس: روموهیون، رییس‌جمهور کره‌جنوبی روز گذشته از ملت کره‌جنوبی به دلیل "
        "اتهاماتی که به بستگان او در زمینه ثروت اندوزی غیرقانونی وارد آمده عذرخواهی کرد."
    )
    assert "روموهیون" in persons(text)


def test_two_scorers_of_a_goal() -> None:
    text = "گل‌های دورتموند را در این دیدار اوبامیانگ و راموس به ثمر رساندند ."
    found = persons(text, use_model=False)
    assert "اوبامیانگ" in found and "راموس" in found, found


def test_a_goal_is_found_by_the_scores_rarer_words() -> None:
    words = "اوبامیانگ و راموس به ثمر رساندند ، مسی گلزنی کرد و سوارز گل زد .".split()
    assert _score_at(lx.keys_of(words)) == [3, 8, 12]
    assert _score_at(lx.keys_of("یک طرح به ثمر بنشیند و ثمر داد".split())) == []


def test_a_name_joined_to_a_person_named_before() -> None:
    text = (
        "در یادداشت‌ها به یک نشست کوشنر و چند دستیار ارشد دیگر ترامپ در دسامبر ۲۰۱۶ با سرگئی "
        "کیسلیاک، سفیر سابق روسیه در آمریکا اشاره شده است. "
        "در این قسمت از یادداشت‌ها آمده است: چند هفته بعد از انتخابات (ویرایش شده) کوشنر، فلن "
        "و کیسلیاک با یکدیگر در برج ترامپ دیدار کردند. کوشنر به شکلی مبهم به یاد می‌آورد که "
        "فلن به مدیریت روسیه در قبال مساله پرداخته است."
    )
    found = persons(text)
    assert found.get("فلن") == ["فلن", "فلن"], found


def test_persian_words_before_a_post_or_a_goal_name_no_one() -> None:
    text = (
        "او در این جلسات برخی دیگر از وزرا ، رئیس اتاق بازرگانی ایران را دید. "
        "ستاد به پیروی از "
        "منویات رهبر معظم انقلاب تشکیل شد. برای آنکه یک طرح سه فوریتی به ثمر بنشیند باید "
        "اضطرار باشد. گوران پاندف در نیمه اول برای جنوا گلزنی کرد."
    )
    found = persons(text, use_model=False)
    assert not {"وزرا", "منویات", "فوریتی", "جنوا"} & set(found), found


def test_a_name_after_a_word_that_may_be_a_given_name_is_left() -> None:
    text = (
        "مایک پمپئو وزیر خارجه، کلی کرافت نماینده دائم آمریکا در سازمان ملل متحد و برایان "
        "هوک نماینده ویژه آمریکا در امور ایران بودند."
    )
    assert "کرافت" not in persons(text)


def test_the_shape_of_a_transliteration() -> None:
    text = "انلیدزه سامپائولی گروتفسکی ورشکستگی فرمایشات تاثیرگذاری وزرا انشاالله عریقات"
    tokens = repair(text).token_columns
    keys = lx.keys_of(tokens.words)
    shaped = {tokens.words[i] for i in range(len(keys)) if foreign_shaped(tokens, keys, i)}
    assert shaped == {"انلیدزه", "سامپائولی", "گروتفسکی"}, shaped
