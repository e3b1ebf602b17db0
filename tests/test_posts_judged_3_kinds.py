"""Posts the third judged sample (``posts_judged_3.jsonl``) missed or wrote twice: a lead's
post whose holder the title names first, one post in two wordings, the heads «خواننده»,
«والی», «هافبک», «دروازه‌بان», a post given «با حفظ سمت», and a post whose clause names the
speaker around it as another. Sentences from the shared news (tabnak 890, roozno 1188,
tabnak 226, tabnak 1213, fars-4 75, fars-1 294, tabnak 1608)."""

from khabar.extract import extract_text
from khabar.extract.coref import one_wording


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_the_leads_post_is_the_one_the_title_and_the_next_sentence_name():
    # tabnak_890: the title names «مجیدی», the lead his post alone, the next sentence him
    text = (
        "مجیدی: جریمه سپاهان باید بیشتر از نتیجه یک بازی باشد!\n"
        "سرمربی تیم فوتبال استقلال از برگزاری بازی‌های لیگ برتر پس از شیوع ویروس کرونا لب به "
        "اعتراض گشود.\n"
        "به گزارش تابناک ورزشی، فرهاد مجیدی در گفتگو با رسانه باشگاه استقلال با اعتراض به "
        "برنامه‌ریزی مسابقات لیگ برتر اظهار داشت: جان‌مان را از سر راه آوردیم؟"
    )
    assert _posts(text)["فرهاد مجیدی"] == ["سرمربی تیم فوتبال استقلال"]


def test_a_name_in_the_body_before_the_post_still_keeps_it_from_the_next_sentence():
    # the same, with «مجیدی» named in the lead before the post: the post is not his by the
    # next sentence (a sentence of another subject between, so that the story does not go on
    # with him either, ``subject_going_on``)
    text = (
        "مجیدی: جریمه سپاهان باید بیشتر از نتیجه یک بازی باشد!\n"
        "فرهاد مجیدی به برنامه اعتراض کرد.\n"
        "بازی‌های لیگ برتر از هفته آینده دوباره آغاز می‌شود.\n"
        "سرمربی تیم فوتبال استقلال از برگزاری بازی‌های لیگ برتر لب به اعتراض گشود.\n"
        "به گزارش تابناک ورزشی، فرهاد مجیدی در گفتگو با رسانه باشگاه استقلال اظهار داشت: "
        "جان‌مان را از سر راه آوردیم؟"
    )
    assert _posts(text)["فرهاد مجیدی"] == []


def test_one_post_in_two_wordings_is_written_once():
    # roozno_1188: «نخست‌وزیر اسرائیل», then «نخست‌وزیر رژیم صهیونیستی» of the same man
    text = (
        "«بنیامین نتانیاهو» نخست‌وزیر اسرائیل روز سه‌شنبه در گفت‌وگو با رؤسای شهرک‌های "
        "یهودی نشین گفت: چراغ سبز آمریکا برای الحاق کرانه باختری دیگر وجود ندارد.\n"
        "به گزارش روزونو : «بنیامین نتانیاهو» نخست‌وزیر رژیم صهیونیستی روز سه‌شنبه در "
        "گفت‌وگو با رؤسای شهرک‌های صهیونیستی گفت: چراغ سبز آمریکا دیگر وجود ندارد."
    )
    assert _posts(text)["بنیامین نتانیاهو"] == ["نخست‌وزیر اسرائیل"]


def test_one_wording_keeps_the_first_and_other_posts():
    # tabnak_226: «رئیس جمهور آمریکا», then «رئیس جمهوری آمریکا» of Trump
    assert one_wording(["رئیس جمهور آمریکا", "رئیس جمهوری آمریکا"]) == ["رئیس جمهور آمریکا"]
    assert one_wording(["رئیس‌جمهور آمریکا", "رئیس جمهور روسیه"]) == [
        "رئیس‌جمهور آمریکا",
        "رئیس جمهور روسیه",
    ]
    assert one_wording(["وزیر امور خارجه", "معاون وزیر امور خارجه"]) == [
        "وزیر امور خارجه",
        "معاون وزیر امور خارجه",
    ]


def test_a_singer_a_governor_and_a_midfielder_hold_posts():
    # tabnak_1213, fars-4_75, and a midfielder of the shared news
    assert _posts("«عاشقی یک طرفه» قطعه‌ای از رضا صادقی خواننده پاپ است.")["رضا صادقی"] == [
        "خواننده پاپ"
    ]
    text = (
        '"گل آقا شيرزوي" والي ننگرهار نيز ضمن قدرداني از اين كمك‌هاي ايران گفت كه ايران '
        "كمك ها را به اين ولايت فرستاده است."
    )
    assert _posts(text)["شیرزوی"] == ["والی ننگرهار"]  # written in Persian letters
    text = (
        "مگنو باتیستا هافبک برزیلی تیم پارس جنوبی جم در نیمه اول مسابقه امروز از ناحیه زانو "
        "مصدوم شد."
    )
    assert _posts(text)["مگنو باتیستا"] == ["هافبک برزیلی تیم پارس جنوبی جم"]


def test_a_post_given_keeping_the_one_held_is_the_objects():
    # fars-1_294: «X را با حفظ سمت به عنوان ... منصوب کرد»
    text = (
        "رئیس دانشگاه‌ آزاد اسلامی طی حکمی عنایت‌اله ملکی‌تبار را با حفظ سمت به عنوان مشاور "
        "سرپرست مرکز گزینش این دانشگاه منصوب کرد."
    )
    assert _posts(text)["عنایت‌اله ملکی‌تبار"] == ["مشاور سرپرست مرکز گزینش"]


def test_a_post_whose_clause_names_the_speaker_is_anothers():
    # tabnak_1608: «رئیس اتاق ایران ... خطاب به همتی نوشته بود» between two of همتی's quotes
    text = (
        "فرصت بهره‌مندی از مشوق‌های بازگشت ارز صادرات تا پایان تیرماه\n"
        "عبدالناصر همتی رئیس کل بانک مرکزی با ارسال نامه‌ای به غلامحسین شافعی اعلام کرد کلیه "
        "صادرکنندگان تا پایان تیرماه سال جاری مهلت دارند نسبت به ایفای تعهدات ارزی صادراتی سال "
        "1398 اقدام کنند.\n"
        "نامه همتی در پاسخ به نامه 9 اردیبهشت شافعی ارسال شده است.\n"
        "رئیس اتاق ایران در آن نامه خطاب به همتی نوشته بود: حذف تعدیل 20 درصدی برای صادرات "
        "سال‌های 98 و 99 را بر خلاف رایزنی‌های صورت گرفته اعلام کرد.\n"
        "به گفته همتی، تصمیم تازه بانک مرکزی بر اساس تصمیم کمیته اتخاذ شده است."
    )
    doc = extract_text(text)
    assert {p.name: p.posts for p in doc.persons}["عبدالناصر همتی"] == ["رئیس کل بانک مرکزی"]
    said = [q.speaker for q in doc.quotes if doc.span_text(q.span).startswith("حذف تعدیل")]
    assert said == [None]
