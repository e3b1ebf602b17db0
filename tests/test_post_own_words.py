"""A post alone named by another wording than its holder's: «در ادامه سخنان خود» after it
ties it to the one who spoke before (``posts_going_on.in_own_words``), and in an article
where one person alone speaks, named only with a post, the post is theirs
(``coref._lone_speaker``). The sentences are those of the shared news' draws of quotes left
with no speaker (``null_speakers_judged*.jsonl``, class «post»)."""

from __future__ import annotations

from conftest import said

# roozno_937: Javadi writes, Motahari named with one post speaks, then by another «در ادامه
# سخنان خود»
_MOTAHARI = (
    "چند روزه پیش محمدصادق جوادی حصار نماینده مجلس ششم در یادداشتی برای «آفتاب یزد» درباره "
    "نقش مجلس فعلی در مواجه با بحران کرونا نوشته بود:« درباره نقش مجلس در چالش اخیری که کشور "
    "با آن دست و پنجه نرم می‌کند باید در سطحی کلان موضوع را مورد توجه قرار داد.»\n"
    "در اشاره‌ای دیگر به اینکه مجلس در چه جایگاهی در وضعیت فعلی کشور قرار دارد علی مطهری "
    "نماینده فعلی تهران گفته:«این‌چنین بستن دست مجلس به صلاح کشور نیست.\n"
    "من درباره نهاد مجلس صحبت می‌کنم، چه در آینده ما در این مجلس حضور داشته باشیم و چه "
    "نداشته باشیم، تضعیف جایگاه مجلس به صلاح کشور و نظام نیست.» عضو کمیسیون فرهنگی مجلس "
    "در ادامه سخنان خود به مسئله مهم تضعیف جایگاه مجلس پرداخت و تصریح کرده بود:«امروز "
    "دیگر ضعیف بودن جایگاه مجلس امری بدیهی است و قابل انکار نیست.\n"
)
_OWN_WORDS = "در ادامه سخنان خود"


def test_a_post_going_on_with_its_own_words():
    assert said(_MOTAHARI)[-1] == ("علی مطهری", None)
    assert said(_MOTAHARI.replace(_OWN_WORDS, "در ادامه سخنانش"))[-1] == ("علی مطهری", None)


def test_not_a_meeting_going_on_nor_another():
    # «در ادامه نشست» goes on with the meeting, which another may speak in; «نیز»: another
    for other in ("در ادامه نشست", "نیز " + _OWN_WORDS, "در ادامه"):
        assert said(_MOTAHARI.replace(_OWN_WORDS, other))[-1] == (None, None), other


# roozno_1027: the lead by post, its holder named with it in apposition, then another post
_MIRZAEI = (
    "عضو فراکسیون امید مجلس دهم گفت: برخی نمایندگان اقداماتی انجام دادند که در سیاق نمایندگی "
    "نیست بلکه خارج از نمایندگی است که به نوعی بار خود را بسته‌اند.\n"
    "به گزارش روز نو :قاسم میرزایی نیکو، عضو فراکسیون امید در مجلس دهم، در پاسخ به سوال "
    "خبرنگار سیاسی برنا مبنی بر اینکه پس از نمایندگی به چه کاری مشغول خواهد شد؟ گفت: ابتدا "
    "به کارهای عقب مانده خود می‌پردازم.\n"
    "قبلا تدریس داشتم.\n"
    "نماینده سابق مردم دماوند و فیروزکوه در مجلس شورای اسلامی درباره جذب در دولت نیز اظهار "
    "کرد: بنده در این باره چیزی نشنیده‌ام.\n"
    "او درباره تصوری که مردم درباره درآمد نماینده‌ها دارند، تصریح کرد: بنده اصلا این تصور "
    "را قبول ندارم.\n"
)


def test_the_one_speaker_named_only_with_a_post():
    assert said(_MIRZAEI)[-2:] == [("قاسم میرزایی نیکو", None)] * 2


def test_not_where_another_speaks_nor_a_post_of_another_kind():
    # another named speaker: two fit, and the post is left
    other = _MIRZAEI + "محمدرضا عارف نیز گفت: فراکسیون امید به کار خود ادامه می‌دهد.\n"
    assert said(other)[-3:-1] == [(None, None)] * 2
    # another member of the same head as his: another of the faction may speak
    member = _MIRZAEI.replace("نماینده سابق مردم دماوند و فیروزکوه", "عضو فراکسیون مستقلین")
    assert said(member)[-2:] == [(None, None)] * 2


# fars-4_95: a commission's rapporteur, a post the lead names its holder by
_HAYATI = (
    "خبرگزاری فارس: مخبر کمیسیون آموزش و تحقیقات مجلس گفت: بر نحوه نظارت بر مقاوم‌سازی، "
    "تخریب و بازسازی مدارس خطرآفرین در آئین‌نامه اجرایی مقاوم‌سازی مدارس فرسوده همچنان "
    "اختلاف وجود دارد.\n"
    "محمد حیاتی در گفت‌وگو با خبرنگار اجتماعی فارس گفت: ما در بحث فضاهای آموزشی دچار مشکل "
    "بودیم.\n"
    "وی اضافه کرد: در همین راستا برداشت 4 میلیارد دلار از حساب ذخیره ارزی برای مقاوم‌سازی "
    "مدارس فرسوده تصویب شد.\n"
    "مخبر کمیسیون آموزش و تحقیقات مجلس اظهار داشت: در حال حاضر سازمان نوسازی مدارس به امر "
    "تخریب و بازسازی مدارس می‌پردازد.\n"
)


def test_a_commissions_rapporteur_is_a_post():
    assert said(_HAYATI) == [("محمد حیاتی", None)] * 4


def test_the_family_name_mokhber_is_no_post():
    # «مخبر» alone is a family name («مخبر دزفولی»), not the head of a post
    quotes = said(_HAYATI.replace("مخبر کمیسیون آموزش و تحقیقات مجلس", "محمد مخبر"))
    assert quotes[0] == ("محمد مخبر", None)
