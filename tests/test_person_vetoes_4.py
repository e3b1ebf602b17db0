"""What is no person's name, by the causes read in the fourth judged sample
(``tests/fixtures/persons_judged_4.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


def names(text: str) -> list[str]:
    return [p.name for p in extract_text(text).persons]


@pytest.mark.parametrize(
    "text, absent",
    [
        # Arabic text: a greeting, a jurist's words, a verse, a publisher in a citation
        ("ولسلام علیکم و رحمت‌الله و برکاته", "ولسلام علیکم"),
        (
            "دلیل نفی الضرر. ویقتضی الاجتزاء به فی صحه العقد وإن لم یکن مصلحه إطلاق أدله"
            " الولایه، المقتصر فی تقییده علی ما ذکر».",
            "ویقتضی الاجتزاء",
        ),
        ("[xlix] فضل الله المجاهدین علی القاعدین اجرا عظیما (نساء/95)؛", "فضل الله المجاهدین علی"),
        ("غزالی، محمد ابوحامد، المستصفی، بیروت: دارالکتب الاسلامیه، 1413ق.", "دارالکتب الاسلامیه"),
        # a place named after someone, the name in quotes or after a shrine's hall
        (
            'مدرک کارشناسی ارشد را در رشته روابط بین‌الملل از دانشگاه "جورج تاون" دریافت کرد.',
            "جورج تاون",
        ),
        (
            "مدیر مرکز از برگزاری آیین تجلیل از قاریان در شبستان نجمه خاتون آستانه مقدسه قم"
            " خبر داد.",
            "نجمه خاتون",
        ),
        ("زیر حوضه آبخیز دره سلیمان کهک و یک سازه گابیون بندی افتتاح می‌شود.", "سلیمان کهک"),
        # a family name run into the next word
        ("قالیباف یا حاجی باباییلازم به ذکر است انتخاب رئیس با رای‌گیری انجام می‌شود.", "باباییلازم"),
        # «known as» ends a name, a verb's object is no family name
        (
            "سخنگوی قوه قضائیه درباره دستگیری هومن پروین معروف به سلطان قاچاق سوخت گفت: رای"
            " این پرونده در حال اجراست.",
            "هومن پروین معروف",
        ),
        ("اگر از رومینا عکسی نمی‌فرستاد این مسائل پیش نمی‌آمد.", "رومینا عکسی"),
        # a title and a name that end a fuller name of the article are that name
        (
            "علی حاج کاظم امروز در گفت‌وگو با خبرنگار فارس اظهار داشت: کار آغاز شده است. حاج"
            " کاظم تأکید کرد: انتقال بدون مشکل انجام شده است.",
            "کاظم",
        ),
        # an acronym spelled out, a citation's place of publication, a title and its
        # adjective after «این»
        ("ای بی‌سی نوشت: اولین هشدارها از شیوع ویروس کرونا در اوایل ژانویه بود.", "ای بی\u200cسی"),
        ("خوئی، سیدابوالقاسم، کتاب النکاح، ج2، نجف اشرف: دارالعلم، 1404ق.", "نجف اشرف"),
        ("مراسم تشییع پیکر پاک این استاد فرهیخته، ساعت 8 صبح روز شنبه انجام می‌شود.", "فرهیخته"),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # an Arabic outlet after a name, a courtier's honorific name, a book's title in Arabic
        (
            "مروان قبلان در العربی الجدید نوشت: پس از ترور سردار سلیمانی، تنش بالا گرفت.",
            "مروان قبلان",
        ),
        (
            "صمصام السلطنه وزیران جدید را معرفی کرد: محتشم السلطنه وزیر داخله و وثوق‌الدوله"
            " وزیر خارجه.",
            "محتشم السلطنه",
        ),
        # a title other than a martyr's after a word of a place: a person («تیم پزشکی استاد»)
        ("این خبر از سوی تیم پزشکی استاد شجریان تکذیب شد.", "شجریان"),
        # a name of three letters run into a frequent word is no family name run into it
        ('"علی کریملی" رهبر "جبهه مردمی" (حزب مخالف) انتخابات را باخت.', "علی کریملی"),
        # a name known as another stands without «known as»; a relative's given name
        (
            "این گروه به رهبری مسلم یوسف شاه ملقب به پیر سید صلاح‌الدین اداره می‌شود.",
            "سید صلاح\u200cالدین",
        ),
        (
            "این سریال درباره سه بچه به نام‌های ویولت بودلر ،کلاوس بودلر و سانی بودلر است.",
            "ویولت بودلر",
        ),
        (
            "حمیدرضا حاجی بابایی وزیر آموزش و پرورش بود. نمی‌توان از تلاش‌های حاجی بابایی نیز"
            " عبور کرد.",
            "حمیدرضا حاجی بابایی",  # «حاجی بابایی» is his (test_lone_surnames.py)
        ),
        # a family name in «ا» of a word of names is no adverb; letters beside a name
        (
            "عبد الباسط سیدا در القدس العربی چاپ لندن نوشت: الگوی سوئد متفاوت است.",
            "عبد الباسط سیدا",
        ),
        (
            "تای شرایدن، اولیویا کوک، بن مندلسون، تی جی میلر، سایمون پگ و مارک رایلنس در این"
            " فیلم مقابل دوربین یانوش کامینسکی بازی کردند.",
            "تی جی میلر",
        ),
        # Persian writes «أ» too: «رأی» is no Arabic text; a family name in «ا» is no adverb
        (
            "میرحسین قاضی‌زاده هاشمی با ۲۰۸ رأی و علی نیکزاد با ۱۹۶ رأی به ترتیب به عنوان نواب"
            " اول و دوم هیأت رئیسه مجلس انتخاب شدند.",
            "علی نیکزاد",
        ),
        (
            "سهیل بیرقی، فاطمه معتمد آریا، هوتن شکیبا و باران کوثری در این فیلم بازی کرده‌اند.",
            "هوتن شکیبا",
        ),
        ("١. ابن اثیر، عزالدین محمد بن محمد، الکامل فی التاریخ، بیروت.", "عزالدین محمد بن محمد"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)
