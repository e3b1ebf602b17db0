"""Posts no one named here holds, left unheld rather than given to the wrong person: a post
lead before the article's one named speaker, who is brought in later with a post of their own
of another head (``coref._refused_next``), and someone the writer had, «استاد اخلاقی داشتیم
که ...» (``coref._one_we_had``). Sentences from the shared news (roozno, fars)."""

from khabar.extract import extract_text


def _posts(text: str) -> dict[str, list[str]]:
    return {p.name: p.posts for p in extract_text(text).persons}


def test_a_ministers_lead_is_not_the_one_named_speakers():
    # roozno_data_935: «وزیر جوان دولت» is the minister's, not his critic's in a tweet
    text = (
        "وزیر ارتباطات اخیردر مورد گلایه مردم نسبت به کندی اینترنت توپ را به زمین صداوسیما "
        "انداخته و آنها را مقصر دانسته و گفته سال‌هاست برای بازگرداندن فرکانس‌هایی که در اختیار "
        "صداوسیما است تلاش کرده است.\n"
        "به حدی که برخی کاربران در توئیتر آذری جهرمی وزیر ارتباطات را مقصر شماره یک این ماجرا "
        "دانستند.\n"
        "از سوی دیگر وزیر جوان دولت چندی پیش در لایو ایستاگرامش بیان کرد:«با ارسال نامه‌ای به "
        "رئیس جمهور خواستار بررسی این درخواست در ستاد ملی کرونا شدیم.» این در حالی است که برخی "
        "معتقدند صداوسیما به این راحتی‌ها فرکانس را به دولت برنمی‌گرداند.\n"
        "با این حال هرچه علی عسگری رئیس صداوسیما به اظهارات آذری جهرمی پاسخ نداده اما رنجبران "
        "مدیر روابط عمومی این سازمان در مقام مقابله با وزیر بر آمده و در پاسخ به این گفته آذری "
        "جهرمی که گفته وزارت ارتباطات سه سال است تلاش می‌کند تا فرکانس‌ها را پس بگیرد در توئیتر "
        "خود نوشته است«برادرمون سه سال نتونست مجلس طرفدار خودشون رو اقناع کنه؛ آن وقت دوباره "
        "میاد میگه تقصیر صداوسیماست اینترنت کنده!»"
    )
    doc = extract_text(text)
    posts = {p.name: p.posts for p in doc.persons}
    assert posts["رنجبران"] == ["مدیر روابط عمومی"]
    lead = next(q for q in doc.quotes if text[q.span.start :].startswith("«با ارسال"))
    assert lead.speaker is None


def test_a_lead_of_the_same_head_is_still_the_next_speakers():
    # a post lead, then the one named speaker with a post of that head («معاون»)
    text = (
        "معاون وزیر بهداشت گفت: تعداد بیماران کرونا در کشور رو به کاهش است.\n"
        "به گزارش ایسنا، ایرج حریرچی معاون کل وزارت بهداشت امروز در نشست خبری گفت: رعایت "
        "فاصله اجتماعی همچنان لازم است."
    )
    assert _posts(text)["ایرج حریرچی"] == ["معاون کل وزارت بهداشت", "معاون وزیر بهداشت"]


def test_a_prime_ministers_lead_written_apart_is_still_his():
    # tabnak_data_458: «نخست وزیر» written apart heads the post as «نخست‌وزیر» does
    text = (
        "نخست‌وزیر اقلیم کردستان عراق ضمن ابراز امیدواری نسبت به موفقیت نخست‌وزیر مکلف این کشور "
        "در ماموریت جدید خود، از احتمال پیدایش مجدد داعش سخن گفت.\n"
        "به گزارش ایسنا، به نقل از سایت المسله، مسرور بارزانی، نخست وزیر اقلیم کردستان عراق "
        "امروز(چهارشنبه) در مصاحبه‌ای عنوان کرد: امیدواریم محمد علاوی، نخست‌وزیر مکلف در تشکیل "
        "دولت و ماموریت جدید خود موفق عمل کند."
    )
    doc = extract_text(text)
    lead = next(q for q in doc.quotes if text[q.span.start :].startswith("ضمن ابراز"))
    assert lead.speaker == "مسرور بارزانی"


def test_a_teacher_the_writer_had_is_not_the_one_who_spoke_before():
    # fars-news-5 (item 39): the unnamed teacher of ethics, not the eulogist named before
    text = (
        "*سید ابراهیم در قله ایمان ایستاده است\n"
        "حاج مهدی سلحشور برای روضه‌خوانی به سوریه آمده بود، شهید صدرزاده که این را شنید گفت: "
        "من حتما باید در مراسم حاج مهدی شرکت کنم.\n"
        "استاد اخلاقی داشتیم که شهید صدرایی و شهید مهدی صابری خیلی با این بزرگوار صمیمی بودند، "
        "این استاد اخلاق در یکی از جلساتش گفته بود حدیثی داریم که می‌گویند ایمان دارای مراتبی "
        "است و من یک جوان بسیجی به نام سید ابراهیم می‌شناسم که در قله ایمان ایستاده است."
    )
    doc = extract_text(text)
    assert {p.name: p.posts for p in doc.persons}["مهدی سلحشور"] == []
    said = next(q for q in doc.quotes if text[q.span.start :].startswith("حدیثی داریم"))
    assert said.speaker is None
