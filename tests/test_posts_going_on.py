"""A post nobody holds that goes on («ادامه داد», «افزود») with the words of the person who
spoke right before it is another post of that person; not one the article wrote before, nor
one «نیز» marks as another's.

The sentences are those of ARMAN's news (``fixtures/arman_quotes_3``).
"""

from quote_rows import quote_rows

# arman-1_118
_YOUNESI = (
    "وزیر اطلاعات گفت: این وزارتخانه در شعارهای خود به حفظ قانونگرائی تأکید و تکیه در "
    "تمام ابعاد دارد. عضو شورای عالی امنیت کشور ادامه داد: جنبش دانشجوئی ما عقل‌گرا، "
    "دیندار، ارزش‌گرا و قانون‌گرا است و طبعا هر عنصر تند و افراطی را از خودش طرد "
    "می‌کند. وی افزود: این شایعات که دوستان را نگران و دشمنان را خوشحال می‌کند، تنها در "
    "ذهن‌ها باقی می‌ماند و چنین چیزی عملی نخواهد شد و من مطمئن هستم امسال، سال تحصیلی "
    "پررونق‌تر از گذشته با همکاری تشکل‌های دانشجوئی و دیگر ارگان‌های ذی‌ربط، خواهیم "
    "داشت و هیچ جای نگرانی نیست. خبرنگاری از یونسی درباره اصلاح ساختار وزارت اطلاعات بر "
    "اساس قولی که در آغاز کار وزارت خود داده بود، سئوال کرد که وی چنین پاسخ داد: به "
    "نظرم به عمده برنامه‌ای که به مجلس ارائه کردم و مورد تائید رئیس‌جمهوری عزیز قرار "
    "گرفت، دست یافته‌ام. وی تصریح کرد: موفقیتهائی که اکنون در وزارت اطلاعات به آنها دست "
    "یافته‌ام، در ابتدای کار برای من قابل پیش‌بینی نبود. یونسی با اشاره به وضعیت خاص "
    "وزارت اطلاعات گفت: نمی‌توانیم تمام آنچه را که در این وزارتخانه می‌گذرد به مردم به "
    "گونه‌ای شفاف بگوئیم اما نتائج آن بخوبی قابل دسترسی است و رضایت خوب مسئولان و "
    "تشکل‌ها نشان از موفقیت اصلاحات در وزارت اطلاعات است."
)


def test_a_second_post_goes_on_with_the_speaker_before():
    # arman-1_118: Younesi, minister of intelligence, sits on the council; the post goes on
    # with his words, and «وی» after it, as his «وی تصریح کرد» after the reporter's question
    assert [(p, s) for _, p, _, s in quote_rows(_YOUNESI)] == [
        ("یونسی", "این وزارتخانه در"),
        ("یونسی", "جنبش دانشجوئی ما"),
        ("یونسی", "این شایعات که"),
        (None, "به نظرم به"),
        ("یونسی", "موفقیتهائی که اکنون"),
        ("یونسی", "نمی‌توانیم تمام آنچه"),
    ]


def test_not_another_named_before_nor_marked_as_another():
    post = "عضو شورای عالی امنیت کشور ادامه داد:"
    before = "در این نشست عضو شورای عالی امنیت کشور حضور داشت. " + _YOUNESI
    also = _YOUNESI.replace(post, "عضو شورای عالی امنیت کشور نیز ادامه داد:")
    said = _YOUNESI.replace(post, "عضو شورای عالی امنیت کشور گفت:")
    for text in (before, also, said):
        assert [p for _, p, _, _ in quote_rows(text)][:3] == ["یونسی", None, None], text


def test_after_the_speakers_last_quote_only_a_post_of_another_kind():
    # a council's member after the minister's last quote is his; a member of another body
    # beside his own membership may be anyone of it (test_post_coref, «عضو کمیسیون اقتصادی»)
    last = "یونسی " + _YOUNESI[: _YOUNESI.index(" وی افزود:")]
    assert [p for _, p, _, _ in quote_rows(last)] == ["یونسی", "یونسی"]
