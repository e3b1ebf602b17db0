"""A person's anaphor after a body's statement: «این مسئول», «وی» pass over the body's words
to the person who spoke before them. Sentences of the shared news, cut to the lines that
matter."""

from __future__ import annotations

from conftest import said

# roozno_312: Tehran municipality's head of public relations, then its deputy for transport
_MUNICIPALITY = (
    "به گزارش روز نو، غلامحسین محمدی در نشست خبری ویژه خود عنوان کرد برای تشخیص این بیماری "
    "دو تست وجود دارد.\n"
    "محمدی توضیح داد: هر مرکزی نمی‌تواند بیماران مشکوک به کرونا را بپذیرد و هر پزشکی حق "
    "ندارد آنها را ویزیت کند.\n"
    "همچنین در راستای اقدامات پیشگیرانه شهرداری تهران، معاونت حمل و نقل هم اعلام کرد "
    "کنفرانس مهندسی حمل و نقل و ترافیک را تا اطلاع ثانوی به تعویق انداخته است.\n"
)


def test_this_official_after_a_body_is_the_person_before_it() -> None:
    quotes = said(
        _MUNICIPALITY + "این مسئول توضیح داد: همچنین کلیه همایش‌ها در شهرداری تهران به "
        "تشخیص مراجع بالادستی لغو می‌شوند."
    )
    assert quotes[-2:] == [(None, "معاونت حمل و نقل"), ("غلامحسین محمدی", None)]


def test_a_clause_with_no_subject_after_a_body_is_not_the_person_before_it() -> None:
    # the same lines, the last with no subject: it goes on with the body, not past it
    quotes = said(
        _MUNICIPALITY + "توضیح داد: همچنین کلیه همایش‌ها در شهرداری تهران به "
        "تشخیص مراجع بالادستی لغو می‌شوند."
    )
    assert quotes[-1][0] is None


def test_a_body_before_a_verb_joined_to_an_earlier_one() -> None:
    # peyma_657: the company's clause holds two verbs joined by «و»
    quotes = said(
        "ایچیکو از این مشتری نام نبرده و تنها اعلام کرده یک خودروساز ژاپنی است که قصد دارد "
        "مونیتور ویدیو را در شمار محدودی از خودروهایش استفاده کند."
    )
    assert quotes == [(None, "ایچیکو")]
