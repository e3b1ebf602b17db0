"""The rule of the forty-sixth persons-recall sample (``persons_recall_dev_46.jsonl``), on its own
sentences and on other shared articles: Reza Shah, whom Persian text names by «رضاخان» or
«رضاشاه» alone, and Ahmad Shah Qajar by his full name, are figures of history
(``data/historic_figures.tsv``); «احمدشاه» alone is a given name of others («احمدشاه مسعود»)
and is not listed, nor is «رضا شاه» of two words, a given name before a family name of
«شاه» («رضا شاه حسینی»)."""

from __future__ import annotations

from conftest import persons

# tabnak_859, the sample's: Iran's economic history on 6 Esfand, in Arabic letters as written
_DECREE = (
    "6 اسفند 1299، فرمان نخست وزيري سيدضياءالدين طباطبايي مدير روزنامه رعد كه از عوامل "
    "كودتاي رضاخان بود، از سوي احمدشاه قاجار صادر شد."
)
# tabnak_778, another of the same series: the clerics of Mashhad wire Reza Khan
_WIRE = (
    "روحانیون و علمای مشهد از این عده که تحت عنوان هیأت روحانیون آمریکایی متشکل هستند، به "
    "رضاخان تلگرام شکایت فرستادند."
)
# roozno_40: «رضاشاه» alone in a cleric's speech
_SPEECH = (
    "حجت‌الاسلام صدیقی با اشاره به اینکه شاه در برابر آمریکا‌خوار و ذلیل بود، ابراز کرد: "
    "رضاشاه هیچ ارزشی برای مردم قائل نبود اما در برابر آمریکا متواضع و نوکر آنها بود."
)


def test_reza_khan_and_ahmad_shah_in_the_sample() -> None:
    found = persons(_DECREE)
    assert found["رضاخان"] == ["رضاخان"]
    assert found["احمدشاه قاجار"] == ["احمدشاه قاجار"]
    assert "سیدضیاءالدین طباطبایی" in found  # the neighbouring name stays


def test_reza_khan_alone_in_other_articles() -> None:
    assert persons(_WIRE).get("رضاخان") == ["رضاخان"]
    found = persons(_SPEECH)
    assert found.get("رضاشاه") == ["رضاشاه"]
    assert "صدیقی" in found


def test_names_that_only_begin_so_are_others() -> None:
    # «احمدشاه» and «رضا» are given names: a family name after them makes another's name
    assert "احمدشاه مسعود" in persons("احمدشاه مسعود فرمانده ائتلاف شمال در افغانستان ترور شد.")
    text = "در این زمان رضا شاه‌حسینی مدیرکل استان گفت: کار تمام شد."
    assert persons(text) == {"رضا شاه‌حسینی": ["رضا شاه‌حسینی"]}


def test_a_dam_named_after_him_is_no_mention() -> None:
    # tabnak_631: the dams renamed after the revolution
    text = "سد داریوش کبیر به «درودزن» و سد رضاشاه به سد «کارون» تغییر نام یافته‌اند."
    assert "رضاشاه" not in persons(text)
