"""A post ends within its clause: before the noun of the clause's compound verb («رئیس مجلس |
برگزار شد», «سرپرست | همراهی می‌کنند»). A sentence that opens with a list of names takes no
post the sentence before it left to nobody. Sentences of ARMAN's news (folds 1-2,
``posts_judged_5.jsonl`` and the articles around it; its terms:
fixtures/arman_quotes/SOURCES.md)."""

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.posts import _LIGHT_FORMS, _form_stem


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_a_post_ends_before_the_noun_of_an_act_and_its_light_verb():
    # arman-1_63, arman-2_2: «افتتاح شد», «برگزار شد»
    text = (
        "زنجان ـ مجموعه ورزشی دو هزارنفره شهید رجائی خرمدره كه در زمینی به مساحت پنج هکتار "
        "احداث شده و شامل محوطه چمن و سالنهای ویژه والیبال ، بسکتبال ، هندبال ، فوتبال "
        "می‌باشد ، توسط حسین کمالی وزیر کار و امور اجتماعی افتتاح شد . اعضای هیأت‌رئیسه مجمع "
        "نمایندگان شهر تهران و شهرستانهای استان تهران در اولین نشست این مجمع كه به دعوت مهدی "
        "کروبی رئیس مجلس برگزار شد ، برگزیده شدند ."
    )
    posts = _posts(text)
    assert posts["حسین کمالی"] == ["وزیر کار و امور اجتماعی"]
    assert posts["مهدی کروبی"] == ["رئیس مجلس"]


def test_a_post_ends_before_any_word_of_a_verb_made_with_kardan():
    # arman-2_100 «همراهی می‌کنند», arman-2_148 «گوش می‌کرد»
    text = (
        "این تیم را جمشید مهیار و عبدالصادق گرگانی به عنوان مربی و مصطفی کریمی به عنوان "
        "سرپرست همراهی می‌کنند . مادلین آلبرایت ، وزیر امور خارجه آمریکا روز سه‌شنبه در صف "
        "اول میهمانان همایش گفتگوی تمدنها به‌دقت به سخنان آقای خاتمی ، رئیس‌جمهوری گوش "
        "می‌کرد ."
    )
    posts = _posts(text)
    assert posts["مصطفی کریمی"] == ["سرپرست"]
    assert posts["خاتمی"] == ["رئیس‌جمهوری"]


def test_a_list_of_names_opening_the_next_sentence_takes_no_post():
    # arman-2_28 (posts_judged_5.jsonl): «پاپ ژان پل دوم» is no person khabar finds, and his
    # post was given to the first of the athletes listed after it
    text = (
        "پاپ ژان پل دوم رهبر کاتولیکهای جهان ، در دو نوبت برای این جوانان كه در خارج از شهر "
        "رم اجتماع کرده بودند ، سخنرانی کرد . حمید سجادی ، احمد یزدانیان ، عباس صمیمی ، مهدی "
        "جلودارزاده ، محمدرضا مولائی و جعفر باباخانی اعضای تیم ملی دوومیدانی در این "
        "مسابقه‌ها هستند ."
    )
    posts = _posts(text)
    assert posts["حمید سجادی"] == []
    assert all(not p for p in posts.values())


def test_the_table_of_light_verb_forms_answers_as_the_stems_tried_one_by_one():
    # arman-1_63, arman-2_2 and the forms the table holds: looked up, each key's stem is the
    # one the stems tried in turn give, and a word no form of a light verb has none
    text = (
        "توسط حسین کمالی وزیر کار و امور اجتماعی افتتاح شد . به دعوت مهدی کروبی رئیس مجلس "
        "برگزار شد و نمایندگان همراهی می‌کنند یا گوش نمی‌کردند ، کرده بودند ، نشود ، بدهند"
    )
    keys = [lx.key(w) for w in text.split()] + list(_LIGHT_FORMS) + ["کردستان", "شدت", "دهم"]
    assert all(_LIGHT_FORMS.get(k) == _form_stem(k) for k in keys)
    assert _LIGHT_FORMS[lx.key("شد")] == "شد" and _LIGHT_FORMS[lx.key("نمی‌کردند")] == "کرد"
    assert lx.key("دهم") not in _LIGHT_FORMS
