"""What is no person's name, by the causes read in the eleventh judged sample
(``tests/fixtures/persons_judged_11.jsonl``), on sentences of the shared news, and the names
that must still stand beside them."""

from __future__ import annotations

import pytest
from conftest import names

from khabar.extract import extract_text
from khabar.extract.colloquial import colloquial
from khabar.extract.lexicons import key
from khabar.extract.named_places import coordinated_place
from khabar.extract.no_name_words import at_no_name_edge


@pytest.mark.parametrize(
    "text, absent",
    [
        # a sweet, a stew, a gum: the kind of thing opens its name
        ("شیرینی پادرازی یکی از انواع شیرینی‌های خشک ایرانی است که در قزوین پخته می‌شود.", "پادرازی"),
        (
            "«شیرینی کرکی» یا «شیرینی بهشتی» یک نوع شیرینی است که برخی ریشه آن را به یزد می‌رسانند.",
            "کرکی",
        ),
        (
            "خورش کدو حلوایی یکی از خورش‌های ایرانی است که در نقاط مختلف به شیوه‌های مختلف تهیه"
            " می‌شود.",
            "کدو",
        ),
        (
            "این شرکت محصول جدیدی با نام آدامس نواری موزی اوینا حاوی کورکومین به بازار ارائه"
            " کرده است.",
            "موزی",
        ),
        # a company, a cemetery, a verse's «we»
        (
            "بیشترین معامله به ارزش ۳۱ هزار میلیارد ریال انجام شد. سنگ‌آهن گوهر زمین، پتروشیمی"
            " مارون، هلدینگ صنایع معدنی خاورمیانه در صدر بودند.",
            "مارون",
        ),
        (
            "موزه رودن، موزه پن، گورستان لورل هیل، آسمان‌خراش کامکست سنتر از دیدنی‌های"
            " فیلادلفیا است.",
            "لورل",
        ),
        (
            "متن پیام تسلیت وزیر فرهنگ و ارشاد اسلامی بدین شرح می‌باشد: انا لله و انا الیه"
            " راجعون باز دست تقدیر ما را به هجران نشاند.",
            "راجعون",
        ),
        # an armed group of «supporters»
        (
            "یگان‌های ارتش سوریه بعد از درگیری‌های شدید با تروریست‌های جبهه النصره و انصار"
            " التوحید و هم‌پیمانان آنها بر دو شهرک مسلط شدند.",
            "التوحید",
        ),
        # Arabic sayings and verses
        ("حضرت امیر چه زیبا فرموده‌اند: که «لا ادری اصلاحکم بافساد نفسی».", "ادری"),
        (
            "مضامین آیاتی چون «لااکراه فی الدین» و «افانت تکره الناس حتی یکونوا مؤمنین» را"
            " نادیده گرفت.",
            "تکره",
        ),
        # «دخت» (daughter) ends no name; «شهید پرور» (martyr-raising) names no one
        (
            "روحانی گفت: میلاد با سعادت دخت پیامبر اسلام فاطمه اطهر را به همه حضار و ملت ایران"
            " تبریک و تهنیت می‌گویم.",
            "سعادت دخت",
        ),
        (
            "شهربابک با اهدای 110 شهید دانش‌آموز یکی از شهرستان‌های فرهنگی و شهید پرور استان است.",
            "پرور",
        ),
        # a hospital named after a martyr, joined by «و» past the first one's town and province
        (
            "روحانی با پزشکان و پرستاران بیمارستان‌های ولی‌عصر(عج) بیرجند دراستان خراسان جنوبی و"
            " شهید مصطفی خمینی در ایلام گفتگو کرد.",
            "مصطفی خمینی",
        ),
        # a company's and a club's name alone, named after their head elsewhere
        (
            "کروز نمونه موفق از یک شرکت کاملا خصوصی است.\nارائه تسهیلات ارزان‌قیمت به گسترش"
            " تولید شرکت‌هایی مانند کروز منجر می‌شود.\nمنصور مرادی نماینده مردم مریوان از سایت"
            " شماره 2 شرکت صنایع تولیدی کروز بازدید به عمل آورد.",
            "کروز",
        ),
        (
            "باشگاه ناپولی به دنبال جذب هافبک هلاس ورونا است. به گزارش خبرگزاری فارس، این بازیکن"
            " در باشگاه هلاس ورونا بازی می‌کند.",
            "ورونا",
        ),
    ],
)
def test_no_person(text: str, absent: str) -> None:
    found = names(text)
    assert not any(absent in n for n in found), found


@pytest.mark.parametrize(
    "text, present",
    [
        # a name that holds «پرور» stands
        ("سوسن پرور در این نشست گفت: کار ادامه دارد.", "سوسن پرور"),
        # «شرکت در» (taking part) and a preposition after a club open no body's name
        (
            "هزاران نفر برای شرکت در مراسم تشییع حسنی مبارک حضور یافتند. حسنی مبارک رئیس جمهور"
            " پیشین مصر بود.",
            "حسنی مبارک",
        ),
        (
            "سرپرست باشگاه پرسپولیس گفت: باشگاه پرسپولیس به برانکو ایوانکوویچ 330 هزار یورو"
            " پرداخت کرد.",
            "برانکو ایوانکوویچ",
        ),
        # the person a company is named after is named beside it
        (
            "منصور مرادی نماینده مردم مریوان از سایت شماره 2 شرکت صنایع تولیدی کروز بازدید به"
            " عمل آورد.",
            "منصور مرادی",
        ),
    ],
)
def test_a_person_stands(text: str, present: str) -> None:
    assert present in names(text), names(text)


def test_edges() -> None:
    assert at_no_name_edge([key("شیرینی"), key("کرکی")])
    assert at_no_name_edge([key("انصار"), key("السنه")])
    assert at_no_name_edge([key("سعادت"), key("دخت")])
    assert at_no_name_edge([key("پرور")]) and not at_no_name_edge([key("سوسن"), key("پرور")])
    assert not at_no_name_edge([key("مجید"), key("انصاری")])
    assert colloquial(key("حرفامو"))


def test_a_martyrs_place_after_its_town() -> None:
    keys = [key(w) for w in "بیمارستان‌های ولی‌عصر بیرجند دراستان خراسان جنوبی و شهید".split()]
    assert coordinated_place(keys, 6)
    # a comma ends the place's words
    keys = [key(w) for w in "بیمارستان‌های ولی‌عصر ، مردم شهر و شهید".split()]
    assert not coordinated_place(keys, 5)


def test_a_family_name_a_company_bears_stays_its_persons() -> None:
    text = (
        "در میان رقبای دموکرات آقای ترامپ، مایکل بلومبرگ، شهردار سابق نیویورک با ثروت خالص ۵۶"
        " میلیارد دلار ثروتمندترین است. آقای بلومبرگ مالک شرکت بلومبرگ است که در زمینه تولید،"
        " انتشار و تحلیل داده‌های مالی فعالیت می‌کند. سومین نامزد تنها معادل ۵ درصد آقای"
        " بلومبرگ ثروت دارد."
    )
    doc = extract_text(text)
    person = next(p for p in doc.persons if p.name == "مایکل بلومبرگ")
    # the owner («آقای بلومبرگ | مالک شرکت») is his too, the company's name none of his
    assert len(person.mentions) == 3 and person.titles == ["آقای"]
    assert doc.text.index("شرکت بلومبرگ") + 5 not in {m.start for m in person.mentions}
