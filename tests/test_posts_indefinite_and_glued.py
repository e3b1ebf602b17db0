"""A name, then «یک» or «دیگر» and its post; a post a name ran into, the space lost.
Sentences from the shared news (fars-3 235, fars-4 279, tabnak 895, farsnews, tabnak)."""

from khabar.extract import extract_text


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_a_post_after_yek_is_the_names():
    # fars-3_235: «"نک محمد" یک رهبر سابق طالبان را که ... کشته شد»
    text = (
        'بیش از 3 هزار نفر از ساکنان قبایل پاکستان اولین سالگرد "نک محمد" یک رهبر سابق '
        "طالبان را که در سال گذشته در درگیری با نیروهای پاکستانی کشته شد، گرامی داشتند."
    )
    assert _posts(text)["نک محمد"] == ["رهبر سابق طالبان"]


def test_a_post_after_digar_is_the_names():
    # fars-4_279: «سعید احمدعباسی دیگر بازیکن مازندرانی تیم تاسیسات دریایی تهران»
    text = (
        "به گزارش فارس در این اردو سعید احمدعباسی دیگر بازیکن مازندرانی تیم تاسیسات دریایی "
        "تهران به اردوی تیم ملی فوتسال زیر 21 سال کشورمان نیز دعوت شد."
    )
    assert _posts(text)["سعید احمدعباسی"] == ["بازیکن مازندرانی تیم تاسیسات دریایی تهران"]


def test_a_post_run_into_the_name_is_the_names():
    # tabnak_895: «بامحمد کشتی آرایعضو هیأت مدیره ...», the spaces lost
    text = (
        "برای اطلاع از آخرین نرخ‌ها در بازار طلا و سکه تهران گفتگویی بامحمد کشتی آرایعضو هیأت "
        "مدیره طلا و جواهر تهران داشتیم.\n"
        "کشتی آرای با تاکید بر افت نرخ جهانی اونس طلا افزود: بازار آرام است."
    )
    assert _posts(text)["محمد کشتی آرای"] == ["عضو هیأت مدیره طلا و جواهر تهران"]


def test_the_run_in_posts_evidence_starts_at_its_head():
    # tabnak_895: the post's span opens inside the token «آرایعضو», at «عضو»
    text = (
        "برای اطلاع از آخرین نرخ‌ها در بازار طلا و سکه تهران گفتگویی بامحمد کشتی آرایعضو هیأت "
        "مدیره طلا و جواهر تهران داشتیم."
    )
    doc = extract_text(text)
    person = next(p for p in doc.persons if p.name == "محمد کشتی آرای")
    said = [doc.text[s.start : s.end] for s in person.post_mentions]
    assert "عضو هیأت مدیره طلا و جواهر تهران" in said


def test_the_next_credit_run_into_a_name_is_no_post():
    # tabnak_1240: a list of series run together, «کارگردان:» the next credit's word
    text = (
        '۹ نام سریال : "بیگانه با من است" کارگردان: احمد امینی تهیه‌کننده : بهروز مفید۱۰نام '
        'سریال: "زیر خاکی"تهیه‌کننده : رضا نصیری‌نیاکارگردان: جلیل سامان۱۱ نام سریال : "ایل دا"'
    )
    assert "کارگردان" not in _posts(text).get("رضا نصیری‌نیا", [])
