"""The rules of the twenty-fourth persons-recall sample (``persons_recall_dev_24.jsonl``), on
its own sentences and on shared articles outside it: a name written again where the tagger ran
it on into a word of kin or a title (``surname_mentions._name_beside``), a one-word name found
after a title or a post's head found again after the same words (``surname_mentions.
_head_before``), a given name of another language (``foreign_given_names.txt``: «هری»), two
prime ministers before 1979 by family name after «دولت» (``word_figures.tsv``: «قوام»), and a
post the speaker addressed is not theirs (``other_party._addressed``)."""

from __future__ import annotations

from conftest import persons, said

from khabar.extract import extract_text


def posts_of(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_a_name_written_again_before_a_word_of_kin() -> None:
    # roozno_502, the sample's: the tagger runs «محمد بن نایف» on into «برادر ملک سلمان»
    text = (
        "بنابر این گزارش احمد بن عبدالعزیز برادر پادشاه و محمد بن نایف، ولیعهد پیشین عربستان "
        "سعودی متهم به خیانت از طریق طراحی یک کودتا شده‌اند.\n"
        "محمد بن نایف برادر ملک سلمان پادشاه عربستان است و گفته می‌شود بردار او نیز توسط "
        "گارد سلطنتی بازداشت شده است."
    )
    assert persons(text)["محمد بن نایف"] == ["محمد بن نایف", "محمد بن نایف"]


def test_a_judge_named_again_after_the_same_title() -> None:
    # sobhane2_60, the sample's: the tagger finds «قاضی [زرگر]» once, the third time
    text = (
        'پرونده "هاشم یکه‌زارع" مدیرعامل معزول ایران خودرو برای رسیدگی به شعبه دوم دادگاه '
        "ویژه رسیدگی به جرایم اخلالگران و مفسدان اقتصادی به ریاست قاضی زرگر ارجاع شد.\n"
        "بر اساس این گزارش، اکنون پرونده یکه‌زارع به شعبه دوم دادگاه ویژه رسیدگی به جرایم "
        "اخلالگران و مفسدان اقتصادی ارجاع شده که ریاست این شعبه بر عهده قاضی زرگر است.\n"
        "قاضی زرگر در حال حاضر رسیدگی به پرونده، ولی الله سیف؛ رئیس سابق بانک مرکزی و احمد "
        "عراقچی معاون ارزی سابق بانک مرکزی را در دست دارد."
    )
    assert persons(text)["زرگر"] == ["زرگر"] * 3
    # roozno_479: «به ریاست قاضی صلواتی» and «قاضی صلواتی در ابتدای جلسه ...» before the one
    # the tagger finds (the article's sentences, the quote cut)
    text = (
        "نخستین جلسه دادگاه رسیدگی به پرونده محتکران ماسک و اقلام بهداشتی در شعبه چهارم "
        "دادگاه ویژه جرایم اقتصادی به ریاست قاضی صلواتی آغاز شد.\n"
        "قاضی صلواتی در ابتدای جلسه دادگاه عنوان کرد: اولین جلسه محاکمه متهمان پرونده حاضر "
        "برگزار می‌شود.\n" + _SALAVATI_SAID
    )
    assert persons(text)["صلواتی"] == ["صلواتی"] * 3


def test_harry_is_a_given_name() -> None:
    # tabnak_182, the sample's: «دان» is a word too
    text = (
        "این زن در ۲۷ اوت ۲۰۱۹ در یک تصادف رانندگی باعث کشته شدن هری دان ۱۹ ساله شد و سپس "
        "با وجود درخواست‌های دولت لندن برای استردادش به ایالات متحده گریخته است."
    )
    assert persons(text)["هری دان"] == ["هری دان"]
    # tabnak_725
    text = (
        "پیش از این نیز هری کین به دلیل همسترینگ مصدوم شده بود و اکنون تاتنهام به شدت با "
        "مشکل خط تهاجمی روبه‌رو است."
    )
    assert persons(text)["هری کین"] == ["هری کین"]


def test_qavam_s_government() -> None:
    # tabnak_325, the sample's (no other shared article writes «دولت قوام» or «کابینه هویدا»)
    text = (
        "10 بهمن 1326، روزنامه «ارس» چاپ تهران نوشت آمريكا تنها به شرط انحلال حزب توده و "
        "سازمان ‌‌هاي كارگري چپ با اعطاي وام 250 ميليون دلاري تقاضا شده از سوي دولت قوام "
        "موافقت خواهد كرد."
    )
    assert persons(text)["قوام"] == ["قوام"]
    assert "قوام" not in persons("قوام این بنا به ستون‌های آن است.")


def test_the_post_addressed_is_not_the_speaker_s() -> None:
    # roozno_479: the health ministry's legal director, whom the judge addressed, speaks next
    text = (
        "پس از پایان قرائت کیفرخواست قاضی صلواتی خطاب به مدیر کل حقوقی وزارت بهداشت گفت: "
        "برای طرح شکایت در جایگاه قرار گیرید.\n"
        "مدیرکل حقوقی وزارت بهداشت ضمن قرائت متن شکوائیه وزارت بهداشت و اقدامات انجام شده و "
        "تمهیدات پیش‌بینی‌شده در راستای پیشگیری از ویروس کرونا گفت: در شرایطی که همکاران "
        "تلاشگر حوزه سلامت در حال خدمت‌رسانی به بیماران و هموطنان نیز نیازمند اقلام بهداشتی "
        "هستند، عده‌ای سودجو و منفعت‌طلب با علم به این موضوع در صدد جمع‌آوری و احتکار این "
        "اقلام برآمده‌اند.\n" + _SALAVATI_SAID
    )
    assert [s for s, _ in said(text)] == ["صلواتی", None, "صلواتی"]
    assert posts_of(text)["صلواتی"] == ["قاضی"]


# roozno_479: where the tagger finds the judge
_SALAVATI_SAID = (
    "قاضی صلواتی گفت: شما به عنوان یک پزشک در مقابل جامعه مسئولیت داشتید، بعدا که متوجه شدید "
    "صادرات ممنوع شده است."
)
