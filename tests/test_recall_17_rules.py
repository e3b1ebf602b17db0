"""The misses of the seventeenth persons-recall sample (``persons_recall_dev_17.jsonl``) that a
rule now finds, each on the sentence it was made for and one it must leave alone."""

from __future__ import annotations

from khabar.extract import extract_text


def _persons(text: str) -> dict[str, list[str]]:
    doc = extract_text(text)
    return {p.name: [doc.text[m.start : m.end] for m in p.mentions] for p in doc.persons}


# tabnak_394: Qatar's air force commander, his family name with the article before a hamza
QATAR = (
    "بنا بر اعلام وزرات دفاع قطر، علی حسین الأحبابی فرمانده نیروی هوایی این کشور در این باره "
    "اعلام کرد: این رزمایش با هدف تقویت همکاری نظامی میان دو کشور صورت گرفته است."
)


def test_an_arab_family_name_in_al_and_hamza_after_a_given_name_before_a_post() -> None:
    assert _persons(QATAR).get("علی حسین الأحبابی") == ["علی حسین الأحبابی"]


def test_words_in_arabic_letters_with_no_post_after_make_no_name() -> None:
    # a verse's words after a given name, no post: Arabic text, no one named
    text = "خداوند در قرآن می‌فرماید: محمد الأمین رسول الله و این سخن را همه شنیده‌اند."
    assert not any("الأمین" in name for name in _persons(text))


# roozno_1128: a letter to the head of branch 12, the title written run together with ZWNJs
LETTER = (
    "در نامه علیرضا زاکانی، نماینده قم، آمده: «جناب حجت‌الاسلام‌والمسلمین لارگانی، ریاست "
    "محترم شعبه 12، با سلام.\nموسوی‌لارگانی نماینده فلاورجان و رئیس شعبه 12 نیز از تحویل "
    "این اعتراض‌ها خبر داده است."
)


def test_the_title_run_together_with_zwnjs_is_no_word_of_the_name() -> None:
    names = _persons(LETTER)
    assert names.get("لارگانی") == ["لارگانی"]
    assert not any("والمسلمین" in name for name in names)


def test_a_family_name_and_its_nisba_joined_by_a_zwnj_opening_a_clause_before_a_post() -> None:
    assert _persons(LETTER).get("موسوی‌لارگانی") == ["موسوی‌لارگانی"]


def test_such_a_family_name_after_a_word_before_a_post_is_left() -> None:
    # after a word of the sentence, the words may be the post's: «اقدام موسوی‌لارگانی»
    assert not _persons("این اقدام موسوی‌لارگانی بود و همه آن را می‌دانند.")


def test_a_word_that_is_no_family_name_and_a_zwnj_make_no_name_before_a_post() -> None:
    text = "در این نامه آمده است. زیبایی‌شناسی نماینده فرهنگ ایرانی است و همه آن را می‌دانند."
    assert not _persons(text)


# fars-2_70: the sect's cleric, «London-dwelling» after his name
CLERIC = (
    "یاسر الحبیب لندن‌نشین که خودش را جزو مقلدان سید‌صادق‌شیرازی رهبر فرقه انحرافی شیعه "
    "انگلیسی می‌داند، بعد از مدتی که در رسانه‌ها حاضر نمی‌شد اعلام کرد مشغول ساخت فیلمی بوده است."
)


def test_an_adjective_of_where_one_dwells_ends_a_name() -> None:
    names = _persons(CLERIC)
    assert names.get("یاسر الحبیب") == ["یاسر الحبیب"]
    assert not any("نشین" in name for name in names)


def test_an_adjective_of_where_one_dwells_names_no_one() -> None:
    text = "در محله سنی‌نشین بیروت انفجاری رخ داد و چند نفر زخمی شدند."
    assert not any("نشین" in name for name in _persons(text))


def test_no_statement_opens_with_the_subject_s_adjective_of_dwelling() -> None:
    # «یاسر الحبیب لندن‌نشین که خودش را ... می‌داند»: a relative clause on him, not his words
    doc = extract_text(CLERIC)
    assert not any(doc.text[q.span.start : q.span.end].startswith("لندن") for q in doc.quotes)


def test_a_given_name_alone_before_an_adjective_of_dwelling_names_no_one() -> None:
    # a book's title in a list of titles: «عابد خلوت‌نشین» (the hermit worshipper)
    text = (
        'آثار او عبارتند از "کاروان عشق"، "عابد خلوت‌نشین"، "وصف خورشید"، "علی (ع) در آینه '
        'علی" که همه چاپ شده است.'
    )
    assert not any(name.startswith("عابد") for name in _persons(text))


# recall_dev_3/tabnak_346: a chess official, his family name alone as a relative clause's subject
CHESS = (
    "شطرنج بازان آینده خود را مبهم می‌دیدند اما با ابتکاری که علی‌نژاد ارائه کرد و "
    "پیگیری‌هایی انجام شد توانستیم مشکلات را برطرف کنیم."
)


def test_the_tagger_s_family_name_after_that_before_its_clause_s_verb() -> None:
    assert _persons(CHESS).get("علی‌نژاد") == ["علی‌نژاد"]


def test_a_common_word_after_that_before_a_verb_is_no_one() -> None:
    text = "شطرنج بازان آینده خود را مبهم می‌دیدند اما با ابتکاری که مدیریت ارائه کرد مشکل حل شد."
    assert not _persons(text)
