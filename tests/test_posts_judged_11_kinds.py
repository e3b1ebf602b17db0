"""Posts the eleventh judged sample (``posts_judged_11.jsonl``) missed, and what the rules
written for them leave alone: a post alone that the head of a department within its body
took («رئیس امور سلامت ... سازمان برنامه و بودجه» for «رئیس سازمان برنامه و بودجه»), and a
second post joined by «و» past the seat of a post set after its holder's name by a comma.
Sentences of the shared news (tabnak 1289, fars 3_244, roozno 408, fars 5_142), and sentences
each rule must leave alone."""

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.coref import same_post
from khabar.extract.people import post_key
from khabar.model import Document


def _posts(doc: Document) -> dict[str, list[str]]:
    return {p.name: p.posts for p in doc.persons}


def _same(held: str, new: str) -> bool:
    return same_post(post_key(lx.phrase_keys(held)), post_key(lx.phrase_keys(new)))


_BUDGET = (
    "رضا عوض پور، رئیس امور سلامت و رفاه اجتماعی سازمان برنامه و بودجه در تشریح رقم پرداختی "
    "به کسب و کارهای آسیب دیده از ویروس کرونا می گوید: دولت دو بسته حمایتی برای شاغلان فاقد "
    "درآمد ثابت در دستور کار دارد.\n"
    "او افزود: در برآورد اولیه ما حدود سه میلیون خانوار مشمول این طرح شناسایی شده اند.\n"
    "نوبحت افزود: ۳ میلیون نفر کسانی هستند که از درآمد ثابت ندارند و مشمول دریافت ۲۰۰ تا ۶۰۰ "
    "هزار تومان در ماه خواهند شد.\n"
    "او ادامه داد: این وام ۱۲ درصد سود دارد که ۸ درصد آن را برنامه و بودجه پرداخت می کند.\n"
    "دریافت وام نیاز به ضامن ندارد و با کارت یارانه قابل پرداخت است.\n"
    "رئیس سازمان برنامه و بودجه بیان کرد: این رقم ۳۰ ماهه بازگردانده می شود که ۳ ماه تنفس "
    "دارد."
)


def test_the_body_heads_post_alone_is_not_the_department_heads():
    # tabnak_1289: the last words are Nobakht's, who speaks just before, not Avazpour's
    doc = extract_text(_BUDGET)
    posts = _posts(doc)
    assert posts["رضا عوض‌پور"] == ["رئیس امور سلامت و رفاه اجتماعی سازمان برنامه و بودجه"]
    assert posts["نوبحت"] == ["رئیس سازمان برنامه و بودجه"]
    assert doc.quotes[-1].speaker == "نوبحت"


def test_a_department_is_named_by_affairs_between_the_head_and_the_body():
    department = "رئیس امور سلامت و رفاه اجتماعی سازمان برنامه و بودجه"
    assert not _same(department, "رئیس سازمان برنامه و بودجه")
    assert not _same("رئیس سازمان برنامه و بودجه", department)


def test_affairs_of_a_ministrys_name_or_alone_name_no_department():
    # «امور خارجه» is the ministry's name; «امور» alone adds nothing
    assert _same("وزیر امور خارجه جدید آلمان", "وزیر خارجه آلمان")
    assert _same("وزیر امور خارجه", "وزیر خارجه")
    assert _same("معاون امور اقتصادی وزیر", "معاون اقتصادی وزیر")


def test_the_foreign_minister_named_again_by_his_post_keeps_it():
    # fars-5_142: «وزیر خارجه آلمان ... عنوان کرد» is Westerwelle's, named «وزیر امور خارجه
    # جدید آلمان» in the lead
    text = (
        "خبرگزاری فارس: وزیر امور خارجه جدید آلمان دوشنبه هفته جاری در قالب سفر به فرانسه "
        "عازم پاریس می‌شود.\n"
        'به گزارش فارس به نقل از روزنامه فرانسوی فیگارو، "گیدو وستروله" دوشنبه هفته جاری در '
        "چارچوب سفری رسمی، راهی فرانسه و هلند خواهد شد.\n"
        "وزیر خارجه آلمان پنجشنبه گذشته در جلسه معارفه خود در وزارت امور خارجه این کشور، "
        "تعمیق رابطه با اعضای اتحادیه اروپا را اولویت کاری خود عنوان کرد."
    )
    doc = extract_text(text)
    assert _posts(doc)["گیدو وستروله"] == ["وزیر امور خارجه جدید آلمان", "وزیر خارجه آلمان"]
    assert doc.quotes[-1].speaker == "گیدو وستروله"


def test_a_second_post_joined_past_the_seat_of_one_after_the_holders_comma():
    # fars-3_244
    text = (
        "آیت الله غلامعلی صفایی بوشهری، نماینده ولی فقیه در استان و امام جمعه بوشهر نیز در "
        "سخنانی با اشاره به لزوم حمایت از فعالیت‌های سازمان تبلیغات اسلامی تقویت این سازمان را "
        "تقویت انقلاب اسلامی عنوان کرد."
    )
    assert _posts(extract_text(text))["غلامعلی صفایی بوشهری"] == [
        "نماینده ولی فقیه",
        "امام جمعه بوشهر",
    ]
    # roozno_408: the seat a listed place
    text = (
        "همانطور که آیت‌الله سعیدی، نماینده ولی فقیه در استان قم و تولیت حرم کریمه اهل بیت(س) "
        "بیان داشت: «ما این حرم مقدس را دارالشفا می‌دانیم.»"
    )
    assert _posts(extract_text(text))["سعیدی"] == [
        "نماینده ولی فقیه",
        "تولیت حرم کریمه اهل بیت(س)",
    ]


def test_a_post_after_a_comma_past_another_post_is_no_holders_second():
    # the comma follows a post, not its holder's name: a list of those received
    text = "حسن روحانی رئیس جمهور، نماینده ولی فقیه در استان و امام جمعه شهر را به حضور پذیرفت."
    assert _posts(extract_text(text))["حسن روحانی"] == ["رئیس جمهور"]
