"""Family names and given names read from each other: the first word of a family name of
two words alone is its holder («صفار» of «محمدحسین صفار هرندی»), and a family name made
of the word before it and «ی» makes that word a given name («شفیع شفیعی»)."""

from conftest import names

from khabar.extract import extract_text


def test_the_first_word_of_a_family_name_of_two() -> None:
    # fars-news-3: «صفار» alone is «محمدحسین صفار هرندی», as news shortens him
    text = (
        "به گزارش خبرنگار فارس، محمدحسین صفار هرندی شب گذشته در ضیافت افطار هنرمندان در"
        " تالار وحدت حضور یافت و در جمع هنرمندان سه حوزه موسیقی، تجسمی وتئاتر به سخنرانی"
        " پرداخت.\nصفار همچنین گفت: من دراین نشست به نمایندگی از 4 میلیارد انسان آسیایی"
        " که اغلب متدین هستند سخن گفتم."
    )
    doc = extract_text(text)
    assert [p.name for p in doc.persons] == ["محمدحسین صفار هرندی"]
    assert len(doc.persons[0].mentions) == 2


def test_a_family_name_made_of_the_given_name() -> None:
    # fars-news-3: «شفیعی» is the given name «شفیع» and «ی»
    text = (
        "جواد زنجانی فرماندار اردبیل، شفیع شفیعی مدیرکل امور اجتماعی و فرهنگی استانداری،"
        " مهدی نوروزی مدیر استانی حوزه علمیه اردبیل در این جلسه حضور داشتند."
    )
    assert "شفیع شفیعی" in names(text)
    assert "شفیعی" not in names(text)
