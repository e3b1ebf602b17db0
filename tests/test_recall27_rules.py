"""The rules of the twenty-seventh persons-recall sample (``persons_recall_dev_27.jsonl``), on
its own sentences and on shared articles outside it: «اگنس», Agnès, is a given name
(``foreign_given_names.txt``); «یدیعوت» alone is the newspaper Yedioth Ahronoth, no person
(``agencies.tsv``); «مخبر ویژه» and «گزارشگر ویژه», a special rapporteur, are posts a name
ends before (``post_heads.tsv``)."""

from __future__ import annotations

from conftest import persons


def test_agnes_is_a_given_name() -> None:
    # tabnak_22, the sample's: the UN rapporteur before her post, in no guillemets
    text = (
        "پرونده مرسی از سوی این اتاق‌ها به اگنس کالامارد، گزارشگر سازمان ملل در حوزه اعدام‌های "
        "خودسرانه و ناعادلانه ارائه شد."
    )
    assert persons(text)["اگنس کالامارد"] == ["اگنس کالامارد"]
    # tabnak_98 (in judged persons samples, in no persons-recall sample): in guillemets she
    # was found before, and still is
    text = (
        "گاردین دریافته است که تجزیه و تحلیل دیجیتالی تلفن بزوس توسط «اگنس کالامارد» گزارشگر "
        "ویژه سازمان ملل که در مورد قتل‌های غیرقانونی تحقیق می‌کند، بررسی‌شده است."
    )
    assert persons(text)["اگنس کالامارد"] == ["اگنس کالامارد"]


def test_yedioth_alone_is_a_newspaper() -> None:
    # tabnak_718, the sample's: the paper named in full, then by its first word alone
    text = (
        "به گزارش ایسنا، روزنامه یدیعوت آحارونوت نوشت، هنوز مقامات عربستان به این اظهارات الکس "
        "لیوشین، وبلاگ‌نویس اسرائیلی واکنشی نشان نداده‌اند.\n"
        "یدیعوت نوشت، لیوشین با گذرنامه روسیه وارد عربستان شد."
    )
    found = persons(text)
    assert "یدیعوت" not in found
    assert found["الکس لیوشین"] == ["الکس لیوشین", "لیوشین"]
    # roozno_88 (in judged samples, in no persons-recall sample): another spelling of the full
    # name, no person before or now
    text = (
        "همانطور که یدیعوت احرونوت، از منابع نظامی نقل کرد که تهدیدات ابو مازن در گذشته نیز "
        "شنیده شده و نتیجه‌ای نداشته است."
    )
    assert not any("یدیعوت" in name for name in persons(text))


def test_a_special_rapporteur_ends_the_name_before_him() -> None:
    # tabnak_580 (of the fourteenth quotes-recall sample): «مخبر», also a family name, opens the
    # post «مخبر ویژه», the UN's special rapporteur, and no name runs into it
    text = (
        "صدای انتقادها از عربستان سعودی به خاطر کشتار جمال خاشقجی از جمله صدای اگنس کالامارد "
        "مخبر ویژه سازمان ملل و یکی از شرکت‌های حقوقی آمریکا توسط این شبکه خبری منتشر شده است."
    )
    assert persons(text)["اگنس کالامارد"] == ["اگنس کالامارد"]
    # the family name «مخبر» still names a person where no «ویژه» follows
    assert persons("محمد مخبر گفت: دولت آماده است.")["محمد مخبر"] == ["محمد مخبر"]
