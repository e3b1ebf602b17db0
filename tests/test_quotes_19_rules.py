"""What the eighteenth and nineteenth quotes-recall samples taught quote finding: a quotation
under its speaker's label in the body, «X: «...»» with no verb of saying, is X's direct quote
when X is a person the article names, a post, a body or the Leader's post
(``labelled_quotations``); a family name written apart, alone («حسین زاده»), is the one person's
named in full whose family name it is as one word («حسین حسین‌زاده», ``family_apart``).

The sentences are those of ``tabnak_10`` (``fixtures/quotes_dev_18``), ``fars-5_77``
(``fixtures/quotes_dev_19``) and of the shared news where a rule must leave one alone or holds
again.
"""

from pathlib import Path

from quote_rows import quote_rows

from khabar.extract import extract_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_marjas_rulings_under_their_labels_are_their_quotes():
    # tabnak_10: each ruling opens its line after a question or the closing mark of the one
    # before; the Leader, named only by his post, speaks with no name
    text = (FIXTURES / "quotes_dev_18/tabnak_10.txt").read_text(encoding="utf-8")
    rows = quote_rows(text)
    assert len(rows) == 12
    speakers = [speaker for _, speaker, _, _ in rows]
    assert speakers == [None, "سیستانی", "مکارم شیرازی"] * 4
    assert all(kind == "direct" for kind, *_ in rows)
    assert rows[4][3] == "«خمس دارد.»"  # a ruling of two words, run into the next label


def test_a_ruling_runs_over_its_lines_to_its_closing_mark():
    text = (
        "آیا به خانه‌های خالی خمس تعلق نمی‌گیرد؟\n"
        "مقام معظم رهبری: «در حالت عادی جامعه اگر کسی در مسکن سرمایه‌گذاری کرده و با آن کاسبی "
        "کند اشکالی ندارد.\n"
        "اما در شرایط خاص جامعه‌ی امروز اگر این کار باعث اختلال در نظام اقتصادی بازار شود حرام "
        "است.\n"
        "»آیت الله سیستانی: «هر چیزی که خلاف قوانین کشور باشد، حرام است.\n"
        "»وی در ادامه گفت: این حکم روشن است."
    )
    doc = extract_text(text)
    said = [(q.speaker, doc.span_text(q.span)) for q in doc.quotes]
    assert said[0][0] is None and said[0][1].endswith("بازار شود حرام است.»")
    assert said[1] == ("سیستانی", "«هر چیزی که خلاف قوانین کشور باشد، حرام است.»")
    assert said[2] == ("سیستانی", "این حکم روشن است.")  # «وی» after a ruling: its speaker


def test_a_law_a_dateline_or_a_list_under_a_label_is_no_quote():
    # fars-news-1 item 22: a law's article; fars-news-3 item 40: the agency's dateline before
    # a film's name; fars-news-1 item 275: the nominees of a category
    assert not quote_rows(
        "11. ماده 49 قانون مدنی ایران: «اطفال در صورت ارتکاب جرم، مبری از مسؤولیت کیفری هستند "
        "و تربیت آنان با نظر دادگاه به عهده سرپرست اطفال می‌باشد.\nتبصره 1. منظور از طفل کسی "
        "است که به حد بلوغ شرعی نرسیده باشد."
    )
    assert not quote_rows(
        "خبرگزاری فارس: «نیوه مانگ» (نیمه ماه) آخرین ساخته بهمن قبادی کارگردان سینمای ایران، "
        "در بخش مسابقه جشنواره بین‌المللی فیلم استانبول به نمایش در خواهد آمد."
    )
    assert not quote_rows(
        "2- در بخش بهترین بازیگر مرد: «خاویر باردم» برای بازی در فیلم «دریای درون»، «دان چیدل» "
        "برای بازی در فیلم «هتل رواندا» و «جیمی فاکس» برای بازی در فیلم «ری»."
    )


def test_a_family_name_written_apart_is_the_one_named_in_full():
    # fars-5_77: «حسین حسین‌زاده», then «حسین زاده» apart, read as «حسین | زاده»
    text = (FIXTURES / "quotes_dev_19/fars-5_77.txt").read_text(encoding="utf-8")
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["حسین حسین‌زاده"]
    assert {q.speaker for q in doc.quotes} == {"حسین حسین‌زاده"}


def test_a_family_name_in_nezhad_written_apart_goes_back_to_its_holder():
    # fars-news-1 item 60: Gachsaran's head of the veterinary service
    text = (
        "امید افشاری‌نژاد امروز در گفت‌وگو با خبرنگار فارس در گچساران اظهار کرد: دامپزشکی "
        "همواره به عنوان یکی از پایه‌های اصلی سلامت جامعه محسوب می‌شود.\n"
        "افشاری نژاد با اشاره به عملکرد دامپزشکی گچساران در نیمه نخست امسال گفت: تعداد 450 "
        "هزار و 235 راس دام سبک و سنگین در نیمه نخست امسال واکسیناسیون شده‌اند."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["امید افشاری‌نژاد"]
    assert [q.speaker for q in doc.quotes] == ["امید افشاری‌نژاد"] * 2


def test_two_words_joined_into_nobody_s_family_name_stay_a_person():
    # the second word a family name's ending, but no one of the article is named so whole
    doc = extract_text("حسین زاده در این باره گفت: این طرح اجرا می‌شود.")
    assert [q.speaker for q in doc.quotes] == ["حسین زاده"]
