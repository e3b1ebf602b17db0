"""Posts the judged posts samples miss, pooled and read by kind, and the rule written for the
one kind a rule closes without risk: a candidacy right after a name, past a comma or a closing
quotation mark, when it stands for a party or the election (``candidacies.py``: «برنی سندرز،
نامزد دموکرات‌ها در انتخابات ...», «"رونالد ریگان" نامزد جمهوری‌خواه»). «نامزد» and «کاندیدا»
alone head no post (a fiancé, a prize's nominee, a post alone of the lead); nor after a name run
into the next word (tabnak_518's «پیت بوته‌ججاین نامزد دموکرات ادامه داد»,
``test_post_holders.test_a_host_alone_is_no_post``). Sentences of the samples' articles and of
other shared articles (each named)."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text


def test_a_candidacy_after_a_name_and_a_comma():
    # posts_judged_19, tabnak_876: «... به برنی سندرز، نامزد دموکرات‌ها در انتخابات ریاست
    # جمهوری آمریکا داده‌اند»
    posts = posts_of(judged_article("posts_judged_19.jsonl", "tabnak_876"))
    assert posts["برنی سندرز"] == ["نامزد دموکرات\u200cها"]
    # posts_judged_7, tabnak_881: «برنی سندرز، کاندیدای دموکرات‌ها ...»
    posts = posts_of(judged_article("posts_judged_7.jsonl", "tabnak_881"))
    assert "کاندیدای دموکرات\u200cها" in posts["برنی سندرز"]


def test_a_candidacy_after_a_quoted_name_ends_with_its_party():
    # posts_judged_29, roozno_1200: «در برابر "رونالد ریگان" نامزد جمهوری‌خواه شکست خورد»:
    # the light verb after the party is the clause's, not the post's
    posts = posts_of(judged_article("posts_judged_29.jsonl", "roozno_1200"))
    assert posts["رونالد ریگان"] == ["نامزد جمهوری\u200cخواه"]


def test_a_past_candidacy_and_a_party_plural():
    # posts_judged_4, tabnak_885: «هیلاری کلینتون نامزد سابق دموکرات انتخابات ریاست جمهوری
    # ۲۰۱۶ آمریکا»: «سابق» between the head and the party
    posts = posts_of(judged_article("posts_judged_4.jsonl", "tabnak_885"))
    assert "نامزد سابق دموکرات" in posts["هیلاری کلینتون"]
    # posts_judged_20, roozno_164: «برای رویارویی با ترامپ نامزد جمهوری خواهان»
    posts = posts_of(judged_article("posts_judged_20.jsonl", "roozno_164"))
    assert posts["ترامپ"] == ["نامزد جمهوری\u200cخواهان"]


def test_no_candidacy_that_stands_for_nothing_named():
    # a nominee for a prize, a fiancé: «نامزد» with no party or election after it
    doc = extract_text("مریم احمدی نامزد جایزه اسکار شد و علی رضایی نامزد خود را معرفی کرد.")
    assert all(not posts for posts in posts_of(doc).values())


def test_a_candidacy_in_other_shared_articles():
    # roozno_1226 (in speakers samples, which judge no post): «"جو بایدن" نامزد دموکرات‌ها در
    # انتخابات ...» after «یکی از مشاوران»: the adviser is another, the candidacy Biden's
    doc = extract_text(
        'به خصوص آن که یکی از مشاوران "جو بایدن" نامزد دموکرات‌ها در انتخابات ریاست جمهوری '
        "پیش روی امریکا از مخالفت او با الحاق خبر داده است."
    )
    assert posts_of(doc)["جو بایدن"] == ["نامزد دموکرات\u200cها"]
    # roozno_162 (in a null-speakers sample): a past candidacy after a comma
    doc = extract_text(
        "رابرت شیر نویسنده نشریه استرتژیک کالچر یکی از افرادی است که چنین باوری دارد و در "
        "مقاله‌ای که در این مورد نوشته، سندرز را با سناتور جرج مک گاورن، کاندیدای دموکرات‌ها در "
        "سال ۱۹۷۲ قیاس می‌کند."
    )
    assert "کاندیدای دموکرات\u200cها" in posts_of(doc)["جرج مک گاورن"]  # and «سناتور»


def test_no_candidacy_past_digar():
    # roozno_1090, in no fixture: «دیگر» after a name may be «no longer» as well as «another»,
    # so nothing stands between the name and the head but a comma or a quotation mark
    doc = extract_text("مصطفی میرسلیم دیگر کاندیدای ریاست مجلس بود.")
    assert posts_of(doc)["مصطفی میرسلیم"] == []
