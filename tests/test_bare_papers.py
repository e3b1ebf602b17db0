"""A statement, notice or letter going on with no «این» before it (bare_papers): «در بخش
پایانی نامه آمده است:», «در ادامه اطلاعیه آمده است:», «بیانیه می‌افزاید که» are whoever
issued the paper the sentences before quote, as «در این نامه آمده است» is, when the quote
before is theirs; not an outlet's or a site's that told of it, not after a quote given to no
one, nor where the paper's owner is named after it. The sentences are from the shared news,
cut to the lines that matter."""

from __future__ import annotations

from conftest import said


def test_the_last_part_of_a_letter() -> None:
    # fars-1_203: the city council's letter to the governor
    quotes = said(
        "به گزارش خبرگزاری فارس از یاسوج، اعضای شورای اسلامی شهر یاسوج در نامه‌ای خطاب به "
        "استاندار کهگیلویه و بویراحمد خواستار جلوگیری از هرگونه ساخت و ساز در نقطه استراتژیک "
        "این شهر شدند.\n"
        "در این نامه آمده است: شهر یاسوج با داشتن آب و هوایی مطبوع و دلنشین به عنوان پایتخت "
        "طبیعت ایران نامگذاری شده است.\n"
        "در بخش پایانی نامه آمده است: اینجانبان ضمن مخالفت صریح با تغییر کاربری اراضی یاد شده "
        "از شما درخواست داریم نسبت به هرگونه تخریب در این زمین‌ها جلوگیری کنید.\n"
    )
    assert quotes[-1] == (None, "شورای اسلامی شهر یاسوج")


def test_a_notice_that_adds() -> None:
    # roozno_664: the institution's notice, «در ادامه اطلاعیه», then «اطلاعیه اضافه کرده است»
    quotes = said(
        "جامعه‌المصطفی العالمیه با صدور اطلاعیه‌ای به سخنان اخیر مولوی عبدالحمید و نسبت دادن "
        "شیوع ویروس کرونا در ایران به طلاب چینی این جامعه، واکنش نشان داد و به استناد او به "
        "ادعاهای رسانه‌های معاند انتقاد کرد.\n"
        "به گزارش روز نو :در اطلاعیه این نهاد علمی و آموزشی آمده است: مولوی عبدالحمید به کدام "
        "دلیل ادعا کرده‌اند که منشأ شیوع ویروس کرونا در ایران، دانش‌پژوهان چینی المصطفی "
        "بوده‌اند؟\n"
        "در ادامه اطلاعیه آمده است: این ادعای شستشوی مغزی دانش‌پژوهان، اهانت به صدها فاضل و "
        "عالم اهل سنت است. اطلاعیه اضافه کرده است: ابتلائات الهی همواره برای همه انسان‌ها در "
        "طول تاریخ بوده است.\n"
    )
    assert quotes[-2:] == [(None, "جامعه‌المصطفی العالمیه")] * 2


def test_a_statement_that_adds() -> None:
    # tabnak_1402: the ministry's statement as the subject, «می‌افزاید که» after it
    quotes = said(
        "وزارت خارجه افغانستان در بیانیه‌ای اعلام کرد که برای تحقیقات همه‌جانبه درباره حادثه "
        "مرزی اخیر یک هیئت عالیرتبه دیپلماتیک از ایران به کابل سفر خواهد کرد.\n"
        "بیانیه می‌افزاید که «محسن بهاروند» معاون امور حقوقی و بین‌المللی وزارت امور خارجه "
        "ایران در رأس این هیئت قرار دارد.\n"
    )
    assert quotes[-1] == (None, "وزارت خارجه افغانستان")
    # with no statement named before, no one
    assert said(
        "وزارت خارجه افغانستان اعلام کرد که یک هیئت از ایران به کابل سفر خواهد کرد.\n"
        "بیانیه می‌افزاید که «محسن بهاروند» معاون وزارت امور خارجه ایران در رأس این هیئت "
        "قرار دارد.\n"
    )[-1] == (None, None)


def test_not_after_a_paper_given_to_no_one() -> None:
    # roozno_21: the deputy office's letter, not the mayor's, who spoke paragraphs before (the
    # office's since «معاونت» heads a body that speaks)
    quotes = said(
        "محمدباقر قالیباف شهردار پیشین تهران گفته بود: «از همان چند سال گذشته در بنیاد شهید "
        "دنبال کردند تا بیمارستانی را بسازیم.\n"
        "در تاریخ ۱۸ آبان سال جاری معاونت مالی اقتصادی شهرداری تهران نامه‌ای به حراست "
        "شهرداری می‌زند.\n"
        "در نامه معاونت مالی اقتصادی شهری آمده است: املاک طی ۳ قرارداد به سازمان مشارکت‌ها "
        "واگذار می‌شود.\n"
        "در بخش دیگر نامه آمده است: قبل از انعقاد قرارداد تمام قطعات به خیریه واگذار شده "
        "است.\n"
    )
    assert quotes[0] == ("محمدباقر قالیباف", None)
    assert quotes[-1] == (None, "معاونت مالی اقتصادی شهری")


def test_not_a_site_that_told_of_the_statement() -> None:
    # roozno_1114: the site tells of a joint statement of several: no one of them
    quotes = said(
        "به نوشته وبسایت وزارت خارجه انگلیس، سخنگویان مسئول سیاست خارجی اتحدیه اروپا و وزرای "
        "خارجه فرانسه، آلمان و انگلیس یک بیانیه مشترک منتشر کردند.\n"
        "در ادامه بیانیه آمده است: «به همین دلیل است که ما به طور پیوسته با هدف اطمینان از "
        "اجرای کامل تعهدات برجام تلاش کرده‌ایم».\n"
    )
    assert quotes[-1] == (None, None)


def test_not_a_paper_whose_owner_is_named() -> None:
    # the minister's letter, named after the paper: not the party that spoke before
    quotes = said(
        "حزب مردمسالاری در بیانیه‌ای اعلام کرد: متاسفانه عده‌ای باز هم بر طبل جدایی می‌کوبند.\n"
        "در ادامه نامه وزیر کشور آمده است: احزاب قانونی کشور باید منحل شوند.\n"
    )
    assert quotes[-1] != (None, "حزب مردم‌سالاری")
