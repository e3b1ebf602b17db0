"""Posts the twenty-second judged posts sample (articles of 4,500-12,000 characters) showed
missed, and the rule written for them: «منتخب مردم» and the seat after it is a post, the one
a name's elected to («جواد کریمی قدوسی، منتخب مردم مشهد»); alone it is no post («... خاتمی،
منتخب مردم شد», a list the people chose). Sentences of the sample's articles and of other
shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text
from khabar.model import Document

SAMPLE = "posts_judged_22.jsonl"
_posts = posts_of


def _article(stem: str) -> Document:
    """The sample's article ``stem``, extracted whole."""
    return judged_article(SAMPLE, stem)


def test_the_seat_one_was_elected_to_is_a_post():
    # roozno_1137: «علاءالدین بروجردی، منتخب مردم بروجرد و جواد کریمی قدوسی، منتخب مردم مشهد»
    posts = _posts(_article("roozno_1137"))
    assert posts["جواد کریمی قدوسی"] == ["منتخب مردم مشهد"]
    assert posts["علاءالدین بروجردی"] == ["منتخب مردم بروجرد"]


def test_the_seat_and_its_parliament():
    # roozno_769: «محمدباقر قالیباف، منتخب مردم تهران در مجلس یازدهم»
    posts = _posts(_article("roozno_769"))
    assert posts["محمدباقر قالیباف"] == ["منتخب مردم تهران در مجلس یازدهم"]


def test_elected_by_the_people_of_a_town():
    # roozno_1147
    text = (
        "حسین جلالی، منتخب مردم رفسنجان پیشنهادی مبنی بر ختم روزنامه قرآن کریم توسط "
        "نمایندگان مطرح کرد.\n"
    )
    assert _posts(extract_text(text)) == {"حسین جلالی": ["منتخب مردم رفسنجان"]}


def test_elected_before_a_tweet():
    # roozno_1087
    text = (
        "پیش از این علیرضا زاکانی، منتخب مردم قم در توئیتر نوشت: «پیش‌نویس برنامه تحول برای "
        "مجلس یازدهم با همکاری تعدادی از منتخبین مردم و کارشناسان خبره تهیه شده است.»\n"
    )
    assert _posts(extract_text(text))["علیرضا زاکانی"] == ["منتخب مردم قم"]


def test_elected_by_the_people_alone_is_no_post():
    # roozno_379: the list the two backed was elected, no seat named
    text = (
        "در مجلس دهم هم پس از 12 سال تکیه اصولگرایان بر صندلی سبز بهارستان، لیست مورد تائید "
        "علی اکبر هاشمی رفسنجانی و سیدمحمد خاتمی، منتخب مردم شد و آن انتخابات با اقبال قابل "
        "توجه مردم همراه بود.\n"
    )
    assert _posts(extract_text(text))["سیدمحمد خاتمی"] == []
