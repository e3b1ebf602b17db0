"""The characters of a film's story, by the class of the false persons read in the
twenty-fourth store sample (``tests/fixtures/persons_judged_store_24.jsonl``), on notices of
the shared news (every notice of the shared news that opens with a title and its original is
in an earlier persons sample), and the names that must stand."""

from __future__ import annotations

from conftest import names

# tabnak_data_1524: the sample's notice, opening with the title alone and its original
_SERIES = "\n".join(
    [
        "«مجموعه حوادث ناگوار / A Series of Unfortunate Events» یک کمدی سیاه‌درام است که توسط "
        "نت‌فلیکس پخش شده است.",
        "این فیلم برگرفته از مجموعه کتاب‌هایی با همین نام نوشته دنیل هندلر با نام مستعار لمونی "
        "اسنیکت است که در سیزده جلد منتشر شده و بازتاب‌های فراوانی نیز به همراه داشته است.",
        "این سریال مربوط به سه بچه به نام‌های ویولت بودلر ،کلاوس بودلر و سانی بودلر است که روزی "
        "برای تفریح به ساحل برینی بیچ می‌روند و در همان‌جا خبر مرگ پدر و مادرشان را دریافت "
        "می‌کنند.",
        "سپس آقای پو که مسئول مدیریت مالی ثروت آنها در بانک است، بچه‌ها را به پیش قیم جدیدشان به "
        "نام کنت الاف می‌برد اما چیزی نمی‌گذرد که بچه‌ها متوجه می‌شوند تنها دلیل کنت الاف برای "
        "قبول به سرپرستی گرفتن آنها تنها به دست آرودن ثروت بسیار زیاد مادر و پدر بودلر‌هاست.",
        "کنت الاف برای به دست آوردن ثروتشان ویولت را که تنها چهارده سال دارد مجبور می‌کند با او "
        "ازدواج کند و غیره..",
        "نیل پاتریک هریس، پاتریک واربرتون، مالینا وایسمن، لوسی پانچ در این سری مقابل دوربین "
        "برنارد کوتر بازی کردند.",
    ]
)


def test_a_notice_opening_with_a_title_and_its_original_drops_its_characters() -> None:
    found = names(_SERIES)
    assert not {"سانی بودلر", "ویولت بودلر", "کلاوس بودلر", "کنت الاف", "پو"} & set(found)
    assert {"دنیل هندلر", "برنارد کوتر", "پاتریک واربرتون", "لوسی پانچ"} <= set(found)


# tabnak_data_1278: a line of the story speaks of a part and names no one; the hero's life
# ends the sentence before his name
_JOKER = "\n".join(
    [
        "فیلم سینمایی «جوکر / Joker» به نویسندگی، تهیه‌کنندگی و کارگردانی تاد فلیپس محصول سال "
        "2019 است.",
        "این تریلر روان‌شناختی داستان مستقل شکل گیری شخصیت جوکر است که در فیلم‌های ابرقهرمانی بت "
        "من، نقش بدمن را بازی می‌کند.",
        "مرد میان‌سالی به نام آرتور فلک به همراه مادر خود پنی در در سال 1981 در شهر گاته‌ام "
        "زندگی می‌کند.",
        "آرتور به عنوان دلقک در مهمانی‌های مختلف ظاهر شده و خرج خود را اینگونه درمی‌آورد.",
        "واکین فینیکس، رابرت دنیرو، زازی بیتز، فرانسیس کانروی و برت کالن در این فیلم مقابل دوربین "
        "لارنس شر بازی کردند و جف گروث هیلدور این اثر را تدوین کرد.",
    ]
)


def test_a_line_of_the_story_on_a_part_does_not_end_it() -> None:
    found = names(_JOKER)
    assert not [n for n in found if n.startswith("آرتور")]
    assert {"واکین فینیکس", "رابرت دنیرو", "لارنس شر"} <= set(found)


# tabnak_data_1012: a title and its original open a city's notice, which names no cast:
# whoever it names stands
_CITY = "\n".join(
    [
        "«فینیکس / Phoenix» مرکز ایالت «آریزونا / Arizona» آمریکا است.",
        "این شهر پنجمین شهر بزرگ آمریکا است.",
        "کاپیتول ایالت آریزونا که در سال 1900 با معماری جیمز رایلی گوردن ساخته شد، باغ‌وحش فینیکس "
        "و «موزه سازهای موسیقی / Musical Instrument Museum» برخی از نقاط مشهور فینیکس است.",
    ]
)


def test_a_title_with_its_original_and_no_cast_keeps_its_names() -> None:
    assert names(_CITY) == ["جیمز رایلی گوردن"]
