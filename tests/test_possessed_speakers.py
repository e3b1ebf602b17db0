"""A person named as the possessor of what was said or shown («سخنان پوتین», «اظهارات البرهان»,
«نامه نتانیاهو», «تصویر احمدی‌نژاد») is not the subject of the reporting verb: the verb is
another's, often inside a «که» clause after them («سخنان پوتین ... پس از آن ایراد شد که ...
تعدادی از نمایندگان پیشنهاد دادند»). Their words are theirs only where the verb tells what
those words hold («در نامه محمدرضا نجفی ... آمده است:»).

The sentences are those of the shared news where the errors were seen, after the sentence of
the same article that names the person in full."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


def _speakers(text: str, verb: str) -> list[tuple[str | None, str | None]]:
    doc = extract_text(text)
    found = [(q.speaker, q.speaker_organization) for q in doc.quotes if q.verb == verb]
    assert found, f"no quote with the verb {verb!r}"
    return found


@pytest.mark.parametrize(
    ("text", "verb", "possessor"),
    [
        (
            # tabnak_1151
            "به گزارش خبرگزاری مهر به نقل از اسپوتنیک، «ولادیمر پوتین»، رئیس جمهور روسیه در"
            " سخنانی مخالفت خود را با حذف محدودیت دوران ریاست جمهوری در کشورش اعلام کرد.\n"
            "سخنان پوتین ساعاتی پس از آن ایراد شد که در جلسه امروز دومای روسیه، تعدادی از"
            " نمایندگان پیشنهاد دادند که «ولادیمیر پوتین» رئیس جمهور این کشور، با وجود ممنوعیت"
            " قانونی بتواند در انتخابات سال ۲۰۲۴ شرکت کنند.",
            "پیشنهاد دادند",
            "پوتین",
        ),
        (
            # tabnak_979: Brian Hook's words, named inside the «که» clause
            "به نوشته المانیتور، «مایک پامپئو» در جلسه کمیته امور خارجی مجلس نمایندگان آمریکا"
            " گفت، آمریکا از جامعه ملل خواهد خواست تحریم‌های سازمان ملل برای جلوگیری از فروش"
            " تسلیحات متعارف به ایران را تمدید کند.\n"
            "سخنان پامپئو مشابه سخنانی است که «برایان هوک»، نماینده ویژه دولت آمریکا در امور"
            " ایران امروز در مصاحبه با المانیتور مطرح کرد.",
            "مطرح کرد",
            "پامپئو",
        ),
        (
            # tabnak_456: a Sudanese military source revealed it
            "به گزارش ایسنا، به نقل از سایت روسیا الیوم، عبدالفتاح البرهان، رئیس شورای حاکمیتی"
            " انتقالی سودان امروز در سخنانی عنوان کرد: دیدار با بنیامین نتانیاهو، نخست وزیر"
            " اسرائیل بر اساس اعتقاد وباورم به اهمیت کوبیدن همه درها در راستای منافع ملت سودان و"
            " پیشرفت کشور انجام شد.\n"
            "اظهارات البرهان درباره ترتیب‌دهی دیدارش با نتانیاهو در اوگاندا توسط آمریکا در"
            " حالی مطرح می‌شود که پیش‌تر یک منبع نظامی سودانی فاش کرد که این دیدار توسط امارات"
            " و با هماهنگی عربستان و مصر ترتیب داده شده بود.",
            "فاش کرد",
            "البرهان",
        ),
        (
            # roozno_240: Rouhani had said it
            "به گزارش روز نو :عبدالرضا رحمانی فضلی، وزیر کشور با حضور در برنامه نگاه یک، شبکه"
            " اول سیما با اشاره به اختیارات شورای نگهبان در انتخابات از جمله نظارت، اشاره کرد که"
            " هیچ‌گونه اختلافی میان وزارت کشور و شورای نگهبان در زمینه اجرا و نظارت وجود ندارد.\n"
            "اما این سخنان رحمانی فضلی درباره رابطه وزارت کشور با شورای نگهبان در حالی است که"
            " رئیس جمهور روحانی در بخشی از اظهاراتش در یکی از جلسات هیات دولت در دی ماه گذشته و"
            " با اشاره به رد صلاحیت‌های انجام گرفته، گفته بود: به مردم نگوییم که در برابر یک"
            " صندلی مجلس ۱۷ نفر، ۱۷۰ یا۱۷۰۰ نفر کاندیدا هستند.",
            "گفته بود",
            "رحمانی فضلی",
        ),
        (
            # tabnak_1005: the Likud party called Lieberman's words about the letter false
            "به گزارش خبرگزاری مهر به نقل از روسیاالیوم، آویگدور لیبرمن رئیس حزب صهیونیستی"
            " «اسرائیل خانه» به شدت به بنیامین نتانیاهو نخست‌وزیر رژیم صهیونیستی حمله کرد و وی"
            " را منافق توصیف کرد.\n"
            "حزب لیکود حرفه‌ای لیبرمن درباره نامه نتانیاهو به پادشاه اردن را کذب و سخیف خواند و"
            " در پاسخ لیبرمن هم گفت که این واکنش سریع و با عجله نشان‌دهنده درستی اظهاراتش است.",
            "خواند",
            "نتانیاهو",
        ),
    ],
)
def test_the_possessor_of_what_was_said_is_not_the_subject(text, verb, possessor):
    for person, _ in _speakers(text, verb):
        assert person is None or possessor not in person


def test_a_person_in_a_picture_the_bulletin_printed_did_not_write():
    # fars-news-1: the bulletin wrote on its cover, above the picture of Ahmadinejad
    text = (
        "به گزارش فارس، بولتن دانشمندان آمریکا مهم‌ترین عنوان خبری شماره اخیر خود را به"
        " برنامه‌های اتمی ایران اختصاص داد و روی جلد خود و در بالای تصویر احمدی‌نژاد"
        " رییس‌جمهوری اسلامی ایران نوشت:« ایران کی بمب اتم می‌سازد؟»"
    )
    for person, _ in _speakers(text, "نوشت"):
        assert person is None or "احمدی" not in person


def test_what_a_letter_holds_is_its_writer_s():
    # roozno_522: «در نامه X ... آمده است:» is what X wrote
    text = (
        "در نامه محمدرضا نجفی خطاب به حسن روحانی آمده است: به استحضار می‌رساند متاسفانه با"
        " وجود هشدار کارشناسان خبره و مشاهده روند افزایش بیماری، کماکان اصرار بخش‌هایی از"
        " حاکمیت بر عادی نمایی وضعیت بحرانی ادامه دارد."
    )
    assert _speakers(text, "آمده است") == [("محمدرضا نجفی", None)]
