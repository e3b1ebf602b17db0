"""The names a plural title heads («آقایان», «خانم‌ها»): each family name of the list after it
is a person, to the first word no name holds; plurals are no names («آقایان فقها»)."""

from khabar.extract import extract_text


def names(text: str) -> set[str]:
    return {p.name for p in extract_text(text).persons}


def test_family_names_after_messrs() -> None:
    # roozno_data_86
    text = "در حال حاضر دو نفر از اصلاح طلبان یعنی آقایان مقیمی و افشانی در تهران تأیید شدند."
    assert names(text) == {"مقیمی", "افشانی"}
    # tabnak_data_270
    text = (
        "من از تلاش‌های آقایان قدوسی، خبیری و حسینی و همکاری نمایندگان ایرانی و خارجی بازیکن"
        " و خود شما تشکر می‌کنم."
    )
    assert {"قدوسی", "خبیری", "حسینی"} <= names(text)


def test_mesdames_and_messrs() -> None:
    # roozno_data_1145
    text = (
        "در مجلس دهم نمایندگانی مانند خانم‌ها سیاوشی، سعیدی و سلحشوری و آقایان صادقی و مطهری"
        " عملکرد خوبی داشتند."
    )
    assert {"سیاوشی", "سعیدی", "سلحشوری", "صادقی"} <= names(text)


def test_plurals_after_messrs_are_no_names() -> None:
    # roozno_data_172: the gentlemen jurists and lawyers
    text = (
        "من ضمن اینکه به اصل شورای نگهبان اعتقاد دارم و آقایان فقها و حقوق‌دان‌ها را"
        " انسان‌های مورد وثوقی می‌دانم اما این دلیلی بر این نیست که اشتباهی نکنند."
    )
    assert not names(text) & {"فقها", "حقوق‌دان‌ها"}
