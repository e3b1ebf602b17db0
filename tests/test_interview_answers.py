"""An interview's answer under its speaker's label («...؟ رئیس‌جمهور: ...») is the speaker's
direct quote with no verb; the interviewer's question under its label is no quote.

The sentences are those of ARMAN's news (``fixtures/arman_quotes_5``) and of the shared news.
"""

from quote_rows import quote_rows


def test_an_answer_after_a_question_is_the_labels():
    # arman-2_36
    text = (
        "ما هم هیچ گونه دخالتی در کار دیگران نمی‌کنیم. آیا برنامه‌هایتان شما را وادار کرد یا "
        "خواسته‌های مردم؟ رئیس‌جمهور: این بحث، بحث خیلی زودرسی است و من هم آن چیزی را که گفتم "
        "این بود که گفتم اگر زنده ماندم و تصمیم گرفتم، بالاخره برنامه‌های خودم را عرضه می‌دارم. "
        "ما امروز در خدمت ملت ایران هستیم."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "این بحث، بحث")]


def test_an_answer_opening_the_text():
    # arman-1_24: the run of sentences opens on the label
    text = (
        "رئیس‌جمهور: سؤال مهمی کردید. یعنی ممکن است بعضی جاها رشد اقتصادی به صورتی باشد که "
        "خودشان به صورت زائده‌ای از سرمایه‌داری جهانی دربیایند."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "سؤال مهمی کردید.")]


def test_a_named_speakers_answers_and_the_interviewers_questions():
    # roozno_data_51: the agency asks under its label, the member of the council answers
    text = (
        "عباسعلی کدخدایی سخنگوی شورای نگهبان در گفت‌وگو با فارس درباره انتخابات سخن گفت. "
        "فارس: یعنی سه نفر از نمایندگان فعلی در مرحله دوم بعد از رد صلاحیت‌شان شکایت "
        "کرده‌اند؟ کدخدایی: بله همین‌طور است. فارس: نهادها و دستگاه‌ها چطور؟ کدخدایی: بله؛ "
        "در این میان نهادهای دخیل در برگزاری انتخابات باید از دخالت جلوگیری کنند."
    )
    rows = quote_rows(text)
    assert [(k, p, s) for k, p, _, s in rows] == [
        ("direct", "عباسعلی کدخدایی", "بله همین‌طور است."),
        ("direct", "عباسعلی کدخدایی", "بله؛ در این"),
    ]


def test_no_answer_where_nothing_was_asked():
    # a label with no question before it is a heading's, left to the headline rules; a label
    # whose sentence asks is a question
    text = (
        "سخنگوی دولت در نشست خبری حاضر شد. رئیس‌جمهور: سفر به نیویورک لغو شد. خبرنگار پرسید "
        "چه شد؟ رئیس‌جمهور: آیا باید پاسخ بدهم؟"
    )
    assert quote_rows(text) == []


def test_a_title_run_into_its_lead_is_no_answer():
    # roozno_data_972: the label opens the text, and the lead's own verb of saying follows
    text = (
        "وزیر بهداشت: وزیر بهداشت با اعلام اینکه امروز برای اولین بار طی حدود یک ماه اخیر، "
        "تعداد فوتی‌های ناشی از بیماری کووید ۱۹ در کشور دو رقمی شده است، گفت: با وجود این، "
        "رعایت فاصله‌گذاری هوشمند همچنان باید در اولویت باشد."
    )
    assert [(k, s) for k, _, _, s in quote_rows(text)] == [("direct", "با وجود این،")]
