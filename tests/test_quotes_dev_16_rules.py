"""The rules of the sixteenth quotes-recall sample (``quotes_dev_16``): «گوشزد کرد که» and «نتیجه
گرفت که» report what was said, not where «باید» or «می‌توان» makes them what one must or could
say; a post alone whose next sentence opens «به گفته X،» is X's. On the sample's own sentences
and on sentences of other shared articles."""

from __future__ import annotations

from khabar.extract import extract_text

# the sample's tabnak_684 and fars-3_50: a warning told
_SPOKESMAN = (
    "تا جایی که سخنگوی وزارت خارجه ایران هم با تهدیدی ملایم به این دو شرکت گوشزد کرد که ایرانیان"
    " دوستان زمان سختی را فراموش نمی‌کنند."
)
_STAFF = (
    "اکنون نیز کادر پزشکی تیم فوتسال یاسین‌پیشرو قم به مربیان این تیم گوشزد کرده‌اند که این"
    " بازیکن احتمالاً می‌تواند به میدان برود."
)
# fars-5_259: what one must tell, the writer's
_MUST_TELL = (
    "ولی در عین حال باید به طرف روسی گوشزد کرد که این قبیل اقدامات با ماموریت حفاظت از صلح آن"
    " مغایرت دارد."
)

# the sample's fars-3_82: a conclusion stated
_CONCLUDED = (
    "سپس نغمه بهبودی، کارشناس هنرهای سنتی، گفت: «کارگاه سفالگری شاهزیله در روستای شاهزیله است.»\n"
    "بهبوی در پایان نتیجه گرفت که با مستندسازی و حمایت از فعالان این رشته، می‌توان از روند"
    " فراموشی هنر سفالگری این منطقه، جلوگیری کرد."
)
# roozno_536 and tabnak_416
_TRUMP = (
    "دونالد ترامپ، رئیس جمهوری ایالات متحده آمریکا وضعیت تأثیر شیوع کرونا در کشورش را با تأثیر"
    " آنفلوانزا مقایسه کرده و نتیجه گرفته است که کرونا از آنفلوانزا کم‌اهمیت‌تر است."
)
_MUELLER = (
    "تحقیقات مولر در مارس ۲۰۱۹ در گزارش خود نتیجه گرفت که شواهد برای اثبات وجود دسیسه مجرمانه"
    " میان روسیه و کمپین ۲۰۱۶ ترامپ ناکافی هستند."
)
# tabnak_776: what one could conclude, the writer's
_ONE_COULD = (
    "اکنون با پایان این بازی و انتشار اخبار و حواشی‌های مربوط به آن می‌توان نتیجه گرفت که دلیل"
    " این موضوع چه بوده است."
)

# the sample's tabnak_651: an almanac's entry, its post named past «به گفته» next
_FARZIN = (
    "25 بهمن 1390، دبیر ستاد هدفمندی یارانه ها از آغاز روند عملیاتی حذف پردرآمدها از فهرست"
    " یارانه ‌بگیران خبر داد و گفت: فرم خودانصرافی خانوارهای پردرآمد از دریافت یارانه نقدی، از"
    " دیروز در استان ‌ها توزیع شده است.\n"
    "به گفته محمدرضا فرزین، اسامی چهار میلیون نفر از پردرآمدها آماده شده است.\n"
)
# tabnak_859
_SEIF = (
    "6 اسفند 1396، رئیس کل بانک مرکزی میزان استقبال یک هفته‌ای از بسته جدید سیاست‌گذار را شاهدی"
    " بر عدم ناترازی بالا در بازار ارز تلقی کرد.\n"
    "به گفته ولی‌الله سیف، میزان استقبال آحاد جامعه از بسته ضدالتهاب نشان داده است که انتظارات"
    " منفی در مورد آینده بازار ارز و طلا وجود ندارد.\n"
)


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = extract_text(text)
    return [(q.kind, " ".join(doc.span_text(q.span).split()[:3]), q.speaker) for q in doc.quotes]


def test_a_warning_told_before_ke_is_said() -> None:
    assert _quotes(_SPOKESMAN) == [("indirect", "ایرانیان دوستان زمان", None)]
    assert _quotes(_STAFF) == [("indirect", "این بازیکن احتمالا", None)]


def test_what_one_must_tell_is_nobody_s_statement() -> None:
    assert _quotes(_MUST_TELL) == []


def test_a_conclusion_stated_before_ke_is_said() -> None:
    assert _quotes(_CONCLUDED)[1] == ("indirect", "با مستندسازی و", "نغمه بهبودی")
    assert _quotes(_TRUMP) == [("indirect", "کرونا از آنفلوانزا", "دونالد ترامپ")]
    assert [kind for kind, _, _ in _quotes(_MUELLER)] == ["indirect"]


def test_what_one_could_conclude_is_nobody_s_statement() -> None:
    assert _quotes(_ONE_COULD) == []


def test_a_post_alone_is_the_one_named_past_according_to_next() -> None:
    assert _quotes(_FARZIN) == [
        ("indirect", "آغاز روند عملیاتی", "محمدرضا فرزین"),
        ("direct", "فرم خودانصرافی خانوارهای", "محمدرضا فرزین"),
        ("indirect", "اسامی چهار میلیون", "محمدرضا فرزین"),
    ]
    assert _quotes(_SEIF)[0] == ("indirect", "میزان استقبال یک", "ولی‌الله سیف")
