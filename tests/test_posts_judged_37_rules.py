"""Posts the thirty-seventh judged posts sample (articles of 4,500-12,000 characters) showed
missed, and the rule written for them: «سرلیست», the head of an electoral list, is a post's head
(``data/post_heads.tsv``), so that «مجید انصاری سرلیست حزب کارگزاران» and «محمدرضا عارف به
عنوان سرلیست اصلاح‌طلبان» are posts, as the thirty-first and this sample judge them; the
post ends at a verb of being able after it («... سرلیست اصلاح‌طلبان | توانست رتبه اول تهران را
بدست آورد», ``data/post_boundaries.txt``). «سرلیستی» with «ی» written on stays the office, no
one's post («با سرلیستی محمدباقر قالیباف»), and «بر سر لیست» («about the list») no head.
Sentences of the sample's articles and of other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text

SAMPLE = "posts_judged_37.jsonl"


def test_the_head_of_the_list_after_as():
    # roozno_342: «در انتخابات قبل در تهران محمدرضا عارف به عنوان سرلیست اصلاح‌طلبان توانست
    # رتبه اول تهران را بدست آورد.»: the post, cut at «توانست»
    posts = posts_of(judged_article(SAMPLE, "roozno_342"))
    assert posts["محمدرضا عارف"] == ["سرلیست اصلاح‌طلبان"]


def test_the_head_of_a_partys_list_after_the_name():
    # roozno_235, which the thirty-first posts sample judges
    text = (
        "مجید انصاری سرلیست حزب کارگزاران از جمله افرادی است که به‌رغم نگرانی‌ها بابت نبود "
        "زمان کافی برای تبلیغات معتقد است مردم باید تحت هر شرایطی در انتخابات شرکت کنند.\n"
    )
    assert posts_of(extract_text(text))["مجید انصاری"] == ["سرلیست حزب کارگزاران"]


def test_two_heads_of_lists_in_one_sentence():
    # roozno_168: the coalition's list and the Paydari front's, each its head, and the
    # organisation once read across both («شورای ائتلاف و آقاتهرانی سرلیست جبهه پایداری») gone
    text = (
        "محمدباقر قالیباف از ثبت‌نام خود در انتخابات مجلس خبر داد.\n"
        "با‌این‌حال شورای ائتلاف اصولگرایان تهران با ریاست غلامعلی حدادعادل و جبهه پایداری با "
        "ریاست مرتضی آقاتهرانی بالاخره لیست نهایی انتخاباتی خود را منتشر کردند.\n"
        "قالیباف سرلیست شورای ائتلاف و آقاتهرانی سرلیست جبهه پایداری می‌شود.\n"
    )
    doc = extract_text(text)
    posts = posts_of(doc)
    assert posts["محمدباقر قالیباف"] == ["سرلیست شورای ائتلاف"]
    assert posts["مرتضی آقاتهرانی"] == ["سرلیست جبهه پایداری"]
    assert not [o.name for o in doc.organizations if "آقاتهرانی" in o.name]


def test_the_office_with_its_ending_is_no_ones_post():
    # roozno_216: «با سرلیستی X» names the office of the list, not a post after a name
    text = (
        "لیست «ایران سربلند» با سرلیستی محمدباقر قالیباف، شورای ائتلاف نیروهای انقلاب را "
        "نمایندگی می‌کند؛ لیست «مجلس فریادرس» با سرلیستی مرتضی آقاتهرانی، جبهه پایداری را "
        "نمایندگی می‌کند.\n"
    )
    posts = posts_of(extract_text(text))
    assert not [p for ps in posts.values() for p in ps if "سرلیست" in p]
