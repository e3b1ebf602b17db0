"""Posts the twenty-first judged posts sample showed wrong or missed, and the rules written for
them: a post before «بین» or «میان» and a name is contested between the names, nobody's; a
head right after a lone given name opening an item of a list is that name's family name, no
post; «در پست» and «در سمت» before a post a verb of appointing follows give it as «به سمت»
does. Sentences of the sample's articles and of other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text
from khabar.model import Document

SAMPLE = "posts_judged_21.jsonl"
_posts = posts_of


def _article(stem: str) -> Document:
    """The sample's article ``stem``, extracted whole."""
    return judged_article(SAMPLE, stem)


def test_a_post_contested_between_names_is_nobodys():
    # tabnak_333: «انتخاب سرمربی بین علی دایی و امیر قلعه‌نویی»
    posts = _posts(_article("tabnak_333"))
    assert posts["علی دایی"] == [] and posts["امیر قلعه‌نویی"] == []


def test_a_post_runs_on_past_between_before_no_name():
    # roozno_815: «بین المللی» after «صندوق» is the post's own word, no name after «بین»
    text = (
        "کریستالینا جورجیوا ، رئیس صندوق بین المللی پول روز جمعه در یک کنفرانس مطبوعاتی در "
        "ژنو اظهار داشت: این بحران جدی است.\n"
    )
    assert _posts(extract_text(text))["کریستالینا جورجیوا"] == ["رئیس صندوق بین\u200cالمللی پول"]


def test_a_family_name_in_a_cast_is_no_post():
    # tabnak_230: «محسن قاضی مرادی، محمود بهرامی», «قاضی مرادی» the name before's
    posts = _posts(_article("tabnak_230"))
    assert posts["محمود بهرامی"] == []


def test_a_post_after_a_listed_name_stays_its_own():
    # tabnak_389: «مهدی شیخ نماینده تهران» in a list of members: «شیخ» is his family name,
    # «نماینده تهران» his post
    text = (
        "حسن کامران نماینده اصفهان، مهدی شیخ نماینده تهران، محسن بیگلری نماینده سقز، "
        "ابوالفضل سروش نماینده تهران حضور داشتند.\n"
    )
    posts = _posts(extract_text(text))
    assert posts["مهدی شیخ"] == ["نماینده تهران"]
    assert posts["محسن بیگلری"] == ["نماینده سقز"]


def test_a_post_appointed_to_in_the_post_of():
    # tabnak_880: «... را در پست وزیر ورزش منصوب کرد»
    # the name of lineage whole, «آل سعود» with it
    assert _posts(_article("tabnak_880"))["عبدالعزیز بن ترکی بن فیصل آل سعود"] == ["وزیر ورزش"]


def test_in_the_post_of_an_office_is_no_post():
    # tabnak_1301: «در پست نخست وزیری», an office, not a head, and an appointment yet to be
    text = "برهم صالح، رئیس جمهور این کشور قصد دارد نعیم السهیل را در پست نخست وزیری منصوب کند.\n"
    assert _posts(extract_text(text))["نعیم السهیل"] == []


def test_in_the_post_of_with_no_appointing_is_no_post():
    # roozno_8: an office kept, no verb of appointing after it: «در سمت» gives nothing
    text = (
        "کرملین احتمالاً به این نتیجه رسیده که بهتر است به نتانیاهو کمک کند تا او یک دوره دیگر "
        "در سمت نخست‌وزیری ابقا شود، چرا که در دوران دولت او روابط روسیه و اسرائیل شکوفا شد.\n"
    )
    assert _posts(extract_text(text)) == {"نتانیاهو": []}
