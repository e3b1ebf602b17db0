"""Named subjects and post-only leads behind quotes left with no speaker (the nine draws,
``null_speakers_judged*.jsonl``, classes «subject» and «lead»): a person with a post after the
«و» that follows a finite verb, a family name past «در ادامه», and the lead's post worded again
another way with its holder in the next sentence."""

from __future__ import annotations

from conftest import said

from khabar.extract import extract_text

ZARIF = (
    "این پس از آن بود که قایق‌های تندروی ایرانی برای اولین مرتبه از سال 2018 کشتی‌های جنگی "
    "آمریکایی را مورد آزار قرار دادند و ترامپ به رزمناوها درباره اقدام علیه قایق‌ها توصیه کرد "
)


def test_a_person_with_a_post_after_a_verb_and_its_and() -> None:
    # roozno_1109: Trump's clause closed by «کرد و», Zarif's own to the colon
    quotes = said(
        ZARIF + "و جواد ظریف، وزیر امور خارجه ایران هم گفت: «نیروهای آمریکایی در 7 هزار مایلی "
        "از خانه هیچ کاری ندارند.»\n"
    )
    assert quotes == [("جواد ظریف", None)]


def test_the_object_after_and_is_left() -> None:
    # the name and its post the object of the clause after «و»: not the one who speaks
    quotes = said(
        ZARIF + "و جواد ظریف، وزیر امور خارجه ایران را مقصر دانست و گفت: «نیروهای آمریکایی "
        "در 7 هزار مایلی از خانه هیچ کاری ندارند.»\n"
    )
    assert "جواد ظریف" not in {person for person, _ in quotes}
    quotes = said(
        ZARIF + "و «جواد ظریف» را مقصر خواند و گفت: «نیروهای آمریکایی در 7 هزار مایلی از خانه "
        "هیچ کاری ندارند.»\n"
    )
    assert "جواد ظریف" not in {person for person, _ in quotes}


POURI = (
    "میرعلی اشرف عبدالله پوری حسینی رئیس سازمان خصوصی‌سازی امروز در جمع خبرنگاران گفت: "
    "وزارت اموراقتصادی و دارایی 20 درصد سهام بانک‌ها را در اختیاردارد.\n"
    "پوری حسینی ادامه داد: در این وزارتخانه سهام شرکت چاپخانه دولتی باید واگذار شود.\n"
)


def test_a_family_name_past_going_on() -> None:
    # fars-3_21: «در ادامه» and no comma, the family name of two words, the verb and its colon
    quotes = said(
        POURI + "در ادامه پوری حسینی گفت: شرکت “فولاد آذربایجان” را واگذار کرده بودیم، اما به "
        "اصرار نماینده مجلس آن را اقاله کردیم.\n"
    )
    assert quotes[-1] == ("پوری حسینی", None)


def test_going_on_and_its_comma_is_left_to_the_phrase() -> None:
    # a comma after «در ادامه»: what opens past it is read as a phrase's (``after_in_phrase``)
    quotes = said(
        POURI + "در ادامه، نمایندگان مجلس گفتند: شرکت “فولاد آذربایجان” نباید واگذار شود.\n"
    )
    assert quotes[-1][0] != "پوری حسینی"


def test_the_leads_post_worded_again_with_the_name_next() -> None:
    # fars-2_7: «افسر سابق اطلاعاتی» in both, «آمریکا» and «سازمان سیا» apart
    quotes = said(
        "خبرگزاری فارس: یک افسر سابق اطلاعاتی آمریکا گفت: همان مشاوران اطلاعاتی که برای جورج "
        "بوش فعالیت می‌کردند، اکنون اطراف رئیس‌جمهور اوباما را احاطه کرده‌اند.\n"
        "به گزارش خبرگزاری فارس، «جان کیریاکو» افسر سابق اطلاعاتی سازمان سیا در گفت‌وگو با "
        "شبکه راشاتودی گفت که باراک اوباما، رئیس جمهور آمریکا همان سیاست‌های دولت بوش را در "
        "پیش گرفته است.\n"
    )
    assert quotes[0] == ("جان کیریاکو", None)
    # fars-4_296: «برنامه» and «برنامه‌های»
    quotes = said(
        "خبرگزاری فارس: مدیر برنامه مهاجم سوئدی درباره امکان بازگشت زلاتان به پیکارهای "
        "باشگاهی ایتالیا و باشگاه یوونتوس گفت: هر چیزی ممکن است اتفاق بیفتد.\n"
        "به گزارش خبرگزاری فارس، مینو رایولا مدیر برنامه‌های زلاتان ایبراهیموویچ مهاجم پاری "
        "سن ژرمن اعلام کرد در صورتی که پیشنهاد از یوونتوس ارائه شود امکان حضور این مهاجم "
        "در تورین وجود دارد.\n"
    )
    assert quotes[0] == ("مینو رایولا", None)
    # tabnak_1164: «عراقی» and «عراق»
    quotes = said(
        "یک تحلیلگر عراقی از همکاری و تبانی گروه تروریستی داعش با نزدیکان و خانواده صدام "
        "دیکتاتور معدوم عراق خبر داد.\n"
        "به گزارشخبرگزاری مهربه نقل از المعلومه، «کریم الخیکانی» تحلیلگر سیاسی عراق امروز "
        "اظهار داشت: گروه تروریستی داعش با نزدیکان و خانواده صدام همکاری می‌کند.\n"
    )
    assert quotes[0] == ("کریم الخیکانی", None)


def test_another_post_with_the_name_next_is_left() -> None:
    # the head alike, no other word of the lead's post in the one the name holds
    quotes = said(
        "خبرگزاری فارس: یک افسر سابق اطلاعاتی آمریکا گفت: همان مشاوران اطلاعاتی که برای جورج "
        "بوش فعالیت می‌کردند، اکنون اطراف رئیس‌جمهور اوباما را احاطه کرده‌اند.\n"
        "به گزارش خبرگزاری فارس، «جان کیریاکو» افسر پلیس نیویورک در گفت‌وگو با شبکه راشاتودی "
        "گفت که باراک اوباما، رئیس جمهور آمریکا همان سیاست‌های دولت بوش را در پیش گرفته است.\n"
    )
    assert quotes[0][0] is None


GHALIBAF = (
    "محمدباقر قالیباف، رئیس مجلس یازدهم، امروز در جلسه حاضر شد.\n"
    "قالیباف اما در مجلس مانع سختی چون حزب پایداری را در مسیر رسیدن به ریاست پیش رو دارد که "
    "«مرتضی آقا تهرانی» دبیرکل این جبهه "
)


def test_a_person_told_of_while_saying() -> None:
    # roozno_1030: «ضمن اعلام ...» names another, of whom the one after «که» speaks
    quotes = said(
        GHALIBAF + "ضمن اعلام دلیل عدم حضور قالیباف در جلسات موسوم به وفاق گفته است: «باید "
        "دوستان از آقای قالیباف بپرسند.»\n"
    )
    assert quotes[-1] == ("مرتضی آقا تهرانی", None)


def test_another_person_with_no_while_saying_is_left() -> None:
    # the other one not inside «ضمن ...»: either may be the verb's subject
    quotes = said(
        GHALIBAF + "با قالیباف در جلسات موسوم به وفاق گفته است: «باید دوستان از آقای قالیباف "
        "بپرسند.»\n"
    )
    assert quotes[-1][0] != "مرتضی آقا تهرانی"


def test_a_political_actor_is_a_post() -> None:
    # roozno_509: «کنشگر سیاسی», as «فعال سیاسی», heads the lead's post and the name's next
    quotes = said(
        "کنشگر سیاسی اصلاح‌طلب با بیان اینکه اصولگرایان در انتخاب هیئت رئیسه نیز با یکدیگر "
        "دچار چالش خواهند شد، گفت: در این دوره از انتخابات اصلاح‌طلب شاخص به جز آقای "
        "«پزشکیان» نداریم.\n"
        "به گزارش روز نو :علی صوفی کنشگر سیاسی اصلاح‌طلب، در تحلیل آرایش سیاسی مجلس یازدهم "
        "گفت: اصلاح‌طلبان شکست نخوردند بلکه حذف شدند.\n"
    )
    assert quotes == [("علی صوفی", None), ("علی صوفی", None)]
    # activism, not the actor: no post
    people = extract_text(
        "علی صوفی کنشگری سیاسی اجتماعی را از جوانی آغاز کرد و گفت: اصلاح‌طلبان شکست نخوردند.\n"
    ).persons
    assert all(not person.posts for person in people)
