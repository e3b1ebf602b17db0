"""Wrong facts left on the news, a fifteenth pass: a post's last word run into «پیرو» ends the
post inside the token, as «در» does (``glued_words.in_run_on``); a name before a post whose
first token is a word run into a given name starts at the given name
(``unlisted_names.given_run_in``); a given name that is a frequent word before the given name
of a person the article names in full is the noun he is the genitive of, no name
(``tagged._noun_given``). Sentences of the shared news."""

from khabar.extract import extract_text
from khabar.extract.glued_words import in_run_on
from khabar.extract.unlisted_names import given_run_in


def _persons(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_a_post_run_into_peyro_ends_inside_its_last_token():
    # roozno_473: a letter's salutation, «کشور» run into «پیرو نامه شماره ...»
    text = (
        "لغو نمازجمعه در تمامی شهرهای مراکز استان\n"
        "به گزارش روز نو ، متن کامل این نامه به شرح زیراست؛حجت الاسلام جناب آقای حاج علی "
        "اکبریرئیس محترم شورای سیاست گذاری ائمه جمعه کشورپیرو نامه شماره ۱۶۰۶/۱۰۰ مورخ "
        "۰۸/۱۲/۱۳۹۸ درخصوص عدم برگزاری نماز جمعه در ۲۳ استان کشور ابلاغ شد.\n"
    )
    posts = [post for posts in _persons(text).values() for post in posts]
    assert not any("پیرو" in post for post in posts)


def test_a_name_in_peyro_is_no_run_on():
    # «شاپیرو» (Shapiro) ends in «پیرو»: two letters before it are no word
    assert in_run_on("شاپیرو") == 0
    assert in_run_on("کشورپیرو") == len("کشور")


def test_a_heading_s_word_run_into_a_given_name_before_a_post():
    # tabnak_708: the heading «... پس از ۹ سال» run into the lead's «علی حمود، وزیر ...»
    text = (
        "عنوان\n"
        "راه‌اندازی فرودگاه بین‌المللی حلب پس از ۹ سالعلی حمود، وزیر حمل و نقل سوریه از "
        "راه‌اندازی فرودگاه بین‌المللی حلب پس از ۹ سال تعطیلی خبر داد.\n"
    )
    persons = _persons(text)
    assert "سالعلی حمود" not in persons
    assert persons["علی حمود"] == ["وزیر حمل و نقل سوریه"]


def test_a_heading_s_word_run_into_a_foreign_given_name_before_a_post():
    # roozno_709: «گواهی خروج موجه» run into «امانوئل ماکرون، رئیس جمهوری فرانسه»
    text = (
        "عنوان\n"
        "فرانسه؛ نیاز به نشان‌دادن گواهی خروج موجهامانوئل ماکرون، رئیس جمهوری فرانسه اعلام "
        "کرد که کشورش در «جنگ» است.\n"
    )
    persons = _persons(text)
    assert "موجهامانوئل ماکرون" not in persons
    assert persons["امانوئل ماکرون"] == ["رئیس جمهوری فرانسه"]


def test_a_given_name_that_opens_with_a_word_is_not_cut():
    assert given_run_in("قربانعلی") == 0
    assert given_run_in("سالعلی") == len("سال")


def test_a_frequent_word_before_a_named_person_s_given_name_is_no_name():
    # fars-news-2, item 182: «کمال حسن», Hassan's perfection, of «حسن امام‌دوست»
    text = (
        "عنوان\n"
        "در بخشی از وصیت‌نامه شهید حسن امام‌دوست آمده است که باید صبر کرد. هشت بهار زندگی حسن "
        "در سیستان سپری شد. حسن در جبهه‌های زیادی حضور داشت و هیچ‌کس رشادت‌های حسن را فراموش "
        "نخواهد کرد ولی هیچ‌کدام از این عملیات‌ها نتوانست کمال حسن را تکمیل کنند تا این که "
        "عملیات والفجر ۴ از راه فرا رسید.\n"
    )
    persons = _persons(text)
    assert "کمال حسن" not in persons
    assert "حسن امام‌دوست" in persons


def test_a_quoted_name_of_a_word_and_another_s_given_name_stands():
    # tabnak_529: «الهام» is a word too, «احمد» of «احمد سلیمان» named beside her
    text = (
        "عنوان\n"
        "«الهام احمد» رئیس هیأت اجرایی «شورای دموکراتیک سوریه»، «مصطفی شیخ» رئیس ائتلاف "
        "«الکردی»، «احمد سلیمان»، عضو دفتر سیاسی حزب «پیشرفت کردی» و «سنحریب برصوم» رئیس حزب "
        "«اتحاد سریانی» در کنار چند تن از مسئولان شاخص کرد در این نشست حضور داشتند.\n"
        "«الهام احمد»در دهم نوامبر ۲۰۱۹ نیز به الشرق‌الاوسط گفته بود، با اعلام خروج آمریکا از "
        "سوریه، نیروهای قسد به گفت‌وگو با دولت سوریه فکر می‌کنند.\n"
    )
    assert "الهام احمد" in _persons(text)
