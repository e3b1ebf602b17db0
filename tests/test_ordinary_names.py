"""Family names the vetoes of the tagger's names would drop, where the article shows them
names (``extract/ordinary_names.py``), on sentences of PEYMA's training-part news and the
shared news: a family name written in two words («آخند زاده»), an ordinary word that opens
reporting sentences («علمایی گفت:»), the family name of two words after a given name that is a
word too («کریم انصاری فرد»), a listed family name after a post («قاضی منصوری»); and a family
name alone that tells of something with «از ... نام برد» (``lone_surnames._tells_of``)."""

from __future__ import annotations

from conftest import persons


def test_a_family_name_written_in_two_words_is_one_written_as_one_too() -> None:
    text = (
        "پس از گزارش فارین پالیسی درباره ابتلای رهبر طالبان به ویروس کرونا، این نشریه آمریکایی"
        " از مرگ آخند زاده بر اثر بیماری کووید ۱۹ خبر داد.\nاین در حالی است که سخنگوی طالبان"
        " گزارش فارین پالیسی درباره ابتلای «هبت الله آخند زاده» رهبر این گروه به کرونا را"
        " تکذیب کرده بود.\nهمچنین برخی از مقامات ارشد طالبان اعلام کردند که طی ۳ ماه گذشته"
        " آخندزاده در مناسبت‌های عمومی شرکت نکرده است."
    )
    assert persons(text).get("آخند زاده") == ["آخند زاده", "آخند زاده", "آخندزاده"]


def test_a_word_born_of_a_virus_is_no_family_name() -> None:
    text = (
        "نوع برخورد مسئولین امر، به خصوص مسئولین امنیتی کشور در قبال سوال مهم این روزهای"
        " جامعه که آیا اساسا کرونا زاده یک بیوتروریسم است؟ آیا این ویروس می تواند از دل یک"
        " پروژه ضد امنیتی شکل گرفته باشد؟"
    )
    assert not any("زاده" in name for name in persons(text))


def test_a_witness_named_by_family_name_alone_is_a_person() -> None:
    text = (
        "علمایی گفت: داریوش امان‌کی خصومت شخصی دارد.\n"
        "داریوش امان‌کی با انکار این موضوع گفت: چنین چیزی نبوده است.\n"
        "علمایی گفت: من کپی نامه‌های جعلی را نگه داشتم."
    )
    assert persons(text).get("علمایی") == ["علمایی", "علمایی"]


def test_the_family_name_after_a_given_name_that_is_a_word_is_both_words() -> None:
    text = (
        "در یک هفته گذشته مسئولان تیم‌های ایتالیایی و ترکیه‌ای وارد یونان شده‌اند تا ضمن"
        " زیر نظر گرفتن کریم انصاری فرد مذاکراتی را با این بازیکن و باشگاه پانیونیوس داشته"
        " باشند . قرارداد انصاری فرد با باشگاه یونانی در پایان فصل به پایان می‌رسد و هنوز"
        " صحبتی برای تمدید قرارداد این بازیکن صورت نگرفته است . باشگاه یونانی نمی‌خواهد"
        " انصاری فرد بازیکن آزاد شود ."
    )
    mentions = persons(text).get("کریم انصاری فرد")
    assert mentions == ["کریم انصاری فرد", "انصاری فرد", "انصاری فرد"]


def test_a_family_name_after_a_post_is_its_holder() -> None:
    text = (
        "به گزارش تسنیم قاضی منصوری از دستگیری اعضای باند خالکوبی غیرمجاز در یکی از"
        " آرایشگاه‌های شهر خبر داد ."
    )
    assert "منصوری" in persons(text)


def test_a_family_name_alone_that_tells_of_something_is_a_person() -> None:
    text = (
        "مدیر شرکت زیست‌محیطی فناوری پیشرفته اسپان در ادامه با اشاره به اجرای این طرح در"
        " کردستان اظهار داشت : در حال حاضر به منظور اجرای این طرح در کردستان 64 نفر از افراد"
        " تحصیل‌کرده که کلا بومی استان هستند برای آموزش‌های لازم به تهران رفته‌اند . قهرمانلو"
        " از اجرای این طرح به عنوان ظریفت خوبی در راستای ایجاد اشتغال در استان نام برد و گفت :"
        " امیدواریم با رفع مشکلی که در بحث آب برای اجرای این طرح وجود دارد شاهد کلنگ‌زنی پیست"
        " کمپوست قارچ دارویی باشیم ."
    )
    assert persons(text).get("قهرمانلو") == ["قهرمانلو"]
