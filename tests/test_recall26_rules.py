"""The rules of the twenty-sixth persons-recall sample (``persons_recall_dev_26.jsonl``), on
its own sentences and on shared articles outside it: a listed body's name that opens with a
given name is no person (``company_names._inside_listed_body``, the futsal club «فیروز صفه»
in ``organizations.tsv``; no other shared article names it); «گانتس», a spelling of Gantz,
and «لحود», Lahoud, alone name a person (``foreign_figures.tsv``); «کنیث», Kenneth, is a given
name (``foreign_given_names.txt``)."""

from __future__ import annotations

from conftest import persons


def test_a_club_that_holds_a_given_name_is_no_person() -> None:
    # fars-5_205, the sample's: «فیروز» is a given name, «فیروز صفه» a futsal club of Isfahan
    # (judged no person in the sixth judged store sample too)
    text = (
        "دو تیم گیتی پسند و فیروز صفه در شرایطی دربی فوتسال اصفهان را برگزار میکنند که هر دو "
        "تیم با تفکرات تازه به دنبال دیکته کردن قدرت خود بر حیف هستند.\n"
        "فیروز صفه اصفهان نیز در شرایطی به مصاف حریفان لیگ برتری خود خواهد رفت که سرمربی این "
        "تیم، تنها دو جلسه تمرین را با بازیکنان خود داشته است.\n"
        "احمد باغبان‌باشی سرمربی جوان تیم از شرایطی که تیمش دارد بسیار ناراضی است."
    )
    found = persons(text)
    assert "فیروز صفه" not in found
    assert found["احمد باغبان‌باشی"] == ["احمد باغبان‌باشی"]


def test_gantz_spelt_gantes_alone_is_a_person() -> None:
    # tabnak_1092, the sample's
    text = (
        "حزب لیکود به رهبری نتانیاهو ۳۶ کرسی و در مقابل حزب آبی سفید به رهبری بنی گانتس ۳۳ کرسی "
        "به دست آورده است."
    )
    assert persons(text)["بنی گانتس"] == ["بنی گانتس"]
    # tabnak_1230 (a statement of the twelfth judged speakers sample, in no persons sample);
    # roozno_1058 of the twentieth persons-recall sample gains «نتانیاهو و گانتس» too
    text = (
        "گانتس نیز با بررسی این درخواست با تشکیل دولت فوق‌العاده موافقت کرد و در بیانیه‌ای گفت، با "
        "توجه به اوضاع کنونی، ائتلافش آماده رایزنی پیرامون تشکیل دولت فوق‌العاده فراگیر است."
    )
    assert persons(text)["گانتس"] == ["گانتس"]


def test_kenneth_is_a_given_name() -> None:
    # fars-2_145, the sample's (Arabic letters): no other shared article writes «کنیث»
    text = (
        '"كنيث كاتزمن" در گفت‌وگو با شبكه خبري العالم درباره پرونده هسته‌اي ايران گفت: «در سال '
        "2006 فشارها بر ايران افزايش خواهد يافت.»"
    )
    assert persons(text)["کنیث کاتزمن"] == ["کنیث کاتزمن"]  # the repaired letters


def test_lahoud_alone_is_a_person() -> None:
    # fars-2_145, the sample's (Arabic letters): Lebanon's president of 1998-2007, by his family
    # name alone, which no Persian word is; no other shared article names him
    text = (
        "كاتزمن گفت: «رژيم سوريه مي‌خواست از منتقد خود كه مخالف اصلاح قانون اساسي بود رهايي "
        "يابد تا لحود در پست رياست جمهوري بماند.»"
    )
    assert persons(text)["لحود"] == ["لحود"]
