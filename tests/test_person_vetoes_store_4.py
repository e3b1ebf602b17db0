"""What is no person's name, by the classes of the false persons read in the fourth store
sample (``tests/fixtures/persons_judged_store_4.jsonl``), on sentences of the shared news,
and the names that must stand in their place."""

from __future__ import annotations

import pytest
from conftest import names

_THEORIZED = (
    "سیاست، شکلی فن‌سالارانه به خود گرفت که با ایده‌هایی همچون نرمال‌سازی سعید حجاریان تئوریزه شد."
)
_ADVISER = (
    "این مراسم با حضور شاهزاده فیصل بن فرحان بن عبدالله وزیر امور خارجه، مساعد بن محمد"
    " العیبان، وزیر مشاور و مشاور امنیت ملی، سفیر انگلیس در عربستان و شماری از مقامات حضور"
    " داشتند."
)
_MINISTER = (
    "همچنین ترکی بن عبدالله الشبانه وزیر اطلاع‌رسانی از پستش برکنار و به جای او ماجد بن"
    " عبدالله القصبی وزیر بازرگانی با حفظ سمت سرپرست وزارت اطلاع‌رسانی شد."
)
_UNPREDICTABLE = (
    "همین مساله از بن سلمان شخصیتی پیش‌بینی‌ناپذیر ساخته که تصمیماتی متهورانه صرف نظر از"
    " عواقب آن می‌گیرد."
)
_CABINET = (
    "مستوفی‌الممالک کابینه خود را به این شرح ترمیم کرد: وزیر عدلیه شهاب الدوله، وزیر پست و"
    " تلگراف مهندس الممالک، وزیر تجارت و فوائدعامه علاءالسلطنه، وزیر علوم و اوقاف."
)
_ENDOWMENT = (
    "نخستین موقوفه کشور متعلق به استان قزوین و به نام موقوفه خدیجه بنت‌خواجه بدیعا معروف به"
    " قنات آخوند که در قرن پنجم ه.ق آن را وقف کرده است."
)
_PRICES = (
    "تیبا ۲ تنوع رنگ ۷۴ میلیون تومان، ساینا ساده ۷۳ میلیون تومان، ساینا فول ۷۷ میلیون تومان،"
    " ساینا اتوماتیک ۹۲ میلیون تومان قیمت‌گذاری شد."
)
_JURY = (
    "فیلم‌ها را داوری کردیم نه فیلمسازان رافرشته طائرپور از اعضای هیات داوران این بخش گفت:"
    " به همه سلام می‌کنم."
)


@pytest.mark.parametrize(
    "text, absent",
    [
        (_THEORIZED, "سعید حجاریان تئوریزه"),  # «تئوریزه شد»: theorized
        (_ADVISER, "محمد العیبان"),  # cut short after «بن»
        (_MINISTER, "عبدالله القصبی"),  # and so
        (_UNPREDICTABLE, "سلمان شخصیتی"),  # after «از بن»: no given name before «بن»
        (_CABINET, "الممالک"),  # a courtier's title's second half alone
        (_ENDOWMENT, "خدیجه بنت‌خواجه"),  # an endowment named after its founder
        (_PRICES, "ساینا فول"),  # a car's trim
        (_JURY, "رافرشته طائرپور"),  # «را» run into the given name
    ],
)
def test_no_person(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (_THEORIZED, "سعید حجاریان"),
        (_ADVISER, "مساعد بن محمد العیبان"),
        (_ADVISER, "فیصل بن فرحان بن عبدالله"),
        (_MINISTER, "ماجد بن عبدالله القصبی"),
        (_CABINET, "شهاب الدوله"),  # a courtier's whole title names him
        (_JURY, "فرشته طائرپور"),
        # given names in «یزه» and «را...» stand
        ("فایزه حضری از سرایان حائز مقام دوم شد.", "فایزه حضری"),
        ("رامونا حسینی و راحله صادقی گفتند که می‌آیند.", "رامونا حسینی"),
        ("رامونا حسینی و راحله صادقی گفتند که می‌آیند.", "راحله صادقی"),
        # a name that opens at «بن» stands
        ("اسامه بن لادن، موسس القاعده در فهرست کشته‌شدگان بود.", "اسامه بن‌لادن"),
    ],
)
def test_names_that_stand(text: str, name: str) -> None:
    assert name in names(text)
