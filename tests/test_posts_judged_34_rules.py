"""Posts the thirty-fourth judged posts sample (articles of 3,000-4,500 characters) showed
missed, and the rule written for them:

- «منتخب» right after a name (or the comma after it) and before a town, county or province is
  the seat its holder was elected to («غلامرضا تاجگردون منتخب گچساران، کاظم دلخوش منتخب صومعه
  سرا و حسین محمدصالح منتخب فریدن و فریدون شهر», ``posts._elected_end``); alone, before a
  country («تیم منتخب ایران») or away from a name it opens no post, and «منتخب مردم» is the
  head ``post_heads.tsv`` lists."""

from posts_articles import judged_article, posts_of

from khabar.extract import extract_text

SAMPLE = "posts_judged_34.jsonl"


def test_an_electees_seat_after_the_name_is_the_post():
    posts = posts_of(judged_article(SAMPLE, "tabnak_1636"))
    assert posts["غلامرضا تاجگردون"] == ["منتخب گچساران"]
    assert posts["کاظم دلخوش"] == ["منتخب صومعه\u200cسرا"]
    assert posts["حسین محمد صالح"] == ["منتخب فریدن"]
    posts = posts_of(judged_article(SAMPLE, "tabnak_1593"))
    assert posts["حسین محمدصالحی"] == ["منتخب فریدن"]


def test_a_pick_or_a_seat_away_from_a_name_is_no_post():
    doc = extract_text(
        "تیم منتخب ایران در این رقابت‌ها به مصاف تیم منتخب تهران رفت و علی کریمی منتخب "
        "هیئت داوران شد."
    )
    assert not any(p.startswith("منتخب") for ps in posts_of(doc).values() for p in ps)


def test_seats_of_a_speakers_rivals_and_of_an_age_board():
    # tabnak_1529
    doc = extract_text(
        "دو کاندیدای دیگر ریاست مجلس، مصطفی آقامیرسلیم منتخب تهران ۱۲ رای و فریدون عباسی منتخب "
        "کازرون نیز ۱۸ رای، کسب کردند."
    )
    posts = posts_of(doc)
    assert posts["مصطفی آقامیرسلیم"] == ["منتخب تهران"]
    assert posts["فریدون عباسی"] == ["منتخب کازرون"]
    # tabnak_1479 (in a null-speakers sample, which judges no post): «نایب رئیس» after
    # آقامیرسلیم's seat is no longer given to نجابت, named after it
    doc = extract_text(
        "هیئت رییسه سنی متشکل از حجت‌الاسلام رضا تقوی منتخب تهران به عنوان رییس، مصطفی "
        "آقامیرسلیم منتخب تهران نایب رئیس، روح‌الله نجابت منتخب شیراز و محسن فتحی منتخب سنندج به "
        "عنوان دبیران آنان، انجام می‌شود."
    )
    posts = posts_of(doc)
    assert posts["روح\u200cالله نجابت"] == ["منتخب شیراز"]
    assert posts["محسن فتحی"] == ["منتخب سنندج"]
