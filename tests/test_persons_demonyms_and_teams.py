"""Foreigners named with their country's adjective after a noun of a person or before
«دارنده» (extract/demonym_names.py), the second of a pair before «به ترتیب»
(extract/list_partners.py), teams before their scores (extract/scored_teams.py) and «پرفسور»,
a title (data/honorifics.tsv). The sentences are from PEYMA's training part and the
shared news; the shipped tagger was trained on PEYMA's, so those are read by the rules
alone."""

from __future__ import annotations

from conftest import persons


def test_a_wrestler_before_his_country_and_a_medal() -> None:
    text = (
        "سوریان در دور دوم با نتیجه 9 بر 4 مغلوب آیو آنگلوف بلغارستانی دارنده مدال طلای 2014 "
        "جهان شد."
    )
    found = persons(text, use_model=False)
    assert "آیو آنگلوف" in found, found
    assert not any(name.startswith("مغلوب") for name in found), found


def test_a_player_of_one_word_between_commas_is_named_throughout() -> None:
    text = (
        "حضور غیرممکن نیمار در رئال ! باشگاه بارسلونا اعلام کرد پاری سن ژرمن و رئال مادرید در "
        "اندیشه جذب نیمار ، ستاره برزیلی بارسلونا هستند . این باشگاه حاضر به پرداخت مبلغ فسخ "
        "قرارداد نیمار نخواهد بود ."
    )
    found = persons(text, use_model=False)
    assert "نیمار" in found, found
    assert len(found["نیمار"]) == 3, found


def test_a_scientist_before_his_noun_and_country() -> None:
    text = (
        "سانتریفیوژ پ-1 طرحی است که ایران از طریق برنامه‌های قاچاق‌شده توسط عبدالقدیر خان "
        "دانشمند پاکستانی به ایران، ساخته شده است."
    )
    assert "عبدالقدیر خان" in persons(text)


def test_a_word_alone_before_a_noun_and_a_country_is_no_name() -> None:
    text = (
        "مجموعا مهاجم آرژانتینی بارسلونا در ۱۹ بازی‌اش ۱۵ گل زد. لبرون جیمز با درآمد ۸۸.۲ "
        "میلیون دلار پردرآمدترین ورزشکار امریکایی است."
    )
    found = persons(text)
    assert "مجموعا" not in found and "پردرآمدترین" not in found, found


def test_the_second_of_a_pair_before_respectively() -> None:
    from khabar.extract import lexicons as lx
    from khabar.extract.list_partners import respective_pair
    from khabar.text import repair

    text = (
        "در چکیده این گزارش ، مارک دوباویتز و آنی فیکسلر ، به ترتیب مدیر اجرایی و تحلیلگر "
        "سیاسی در بنیاد دفاع از دموکراسی‌ها ، وضع اقتصاد ایران را توصیف کردند ."
    )
    tokens = repair(text).token_columns
    keys = lx.keys_of(tokens.words)
    i = keys.index(lx.key("آنی"))
    assert respective_pair(tokens, keys, i)
    cut = repair(text.replace("به ترتیب ", "")).token_columns
    assert not respective_pair(cut, lx.keys_of(cut.words), i)


def test_teams_before_their_scores_in_a_list_of_results() -> None:
    from khabar.extract import lexicons as lx
    from khabar.extract.people import untitled_mention
    from khabar.extract.scored_teams import without_scored_teams
    from khabar.text import repair

    text = (
        "آسیب دیدگی‌ها به او اجازه دادند تا بتواند برابر رایو وایکانو ( 2 10 ) رئال سوسیداد "
        "( 1 3 ) ، والنسیا ( 2 2 ) ، دیپورتیو ولاکرونیا ( 0 5 ) و اسپورتینگ خیخون ( 1 5 ) به "
        "میدان برود ."
    )
    doc = repair(text)
    tokens = doc.token_columns
    keys = lx.keys_of(tokens.words)
    i = keys.index(lx.key("رایو"))
    v = keys.index(lx.key("والنسیا"))
    team = untitled_mention(tokens, doc.text, i, i + 2)
    assert without_scored_teams(keys, [team], [("ORG", v, v + 1)]) == []
    # no listed body or place before a score: the name stays
    assert without_scored_teams(keys, [team], []) == [team]


def test_a_professor_spelt_without_its_vav() -> None:
    text = (
        "وی پس از تعطیلی در کلاس تئاتر دریابیگی ، تجربه حضور در جلسات تاتر را داشت و مدتی نیز "
        "در کلاس تئاتر پرفسور داویدسن حضور پیدا یافت ."
    )
    assert "داویدسن" in persons(text)


def test_a_country_adjective_is_found_again_once_its_words_are_remembered() -> None:
    # the words found to be no adjective are remembered per process: an article read again,
    # and one that shares its words, name the same persons
    text = (
        "سانتریفیوژ پ-1 طرحی است که ایران از طریق برنامه‌های قاچاق‌شده توسط عبدالقدیر خان "
        "دانشمند پاکستانی به ایران، ساخته شده است."
    )
    first = persons(text)
    assert persons(text) == first
    assert "عبدالقدیر خان" in persons("برنامه‌های قاچاق‌شده توسط عبدالقدیر خان دانشمند پاکستانی")
