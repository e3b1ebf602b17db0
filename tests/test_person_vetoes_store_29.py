"""A title read as a name's first word, by the false persons read in the twenty-ninth store
sample (``tests/fixtures/persons_judged_store_29.jsonl``), on sentences of the shared news.

«اقای» is «آقای» (Mr) written without its madda: a courtesy title before a name, not a given
name (``data/honorifics.tsv``)."""

from __future__ import annotations

from conftest import names

# roozno_data_290: the sample's line, «آقای کدخدایی» and then «اقای کدخدایی»
_KADKHODAEI = (
    "من به آقای کدخدایی هم گفتم در نامه‌ای که فرمانداری به من داد، چنین بندی را برای رد صلاحیت "
    "من عنوان کرده‌اید و اقای کدخدایی اعلام کردند که نه چنین چیزی نیست."
)
# roozno_data_313: the head of the central bank, once so written
_HEMMATI = (
    "اما به هر حال ما برخی کم‌تحرکی‌هایی در داخل داشتیم و مثلا در دوره پیش از حضور اقای همتی در "
    "بانک مرکزی، این بانک هم کم‌کاری‌هایی کرده بود که حالا نتیجه‌اش را می‌بینیم."
)
# roozno_data_869: the proposed minister of agriculture
_KHAVAZI = (
    "معاون اول رئیس جمهور در دفاع از وزیر پیشنهادی کشاورزی گفت: از مهم‌ترین خصیصه اقای خاوازی "
    "این است که بدنه کشاورزی را می‌شناسد."
)
# roozno_data_138 and roozno_data_1147: a family name alone after the title, found now
_AHMADINEJAD = (
    "امری بدیهی است که با حضور پای صندوق‌های رای اتفاق خواهد افتاد و اقای احمدی‌نژاد هم همواره "
    "بر این موضوع تاکید داشته و دارند."
)
_GOVERNMENT = "مقام معظم رهبری در اولین ملاقات‌شان با دولت اقای احمدی‌نژاد یک آسیب‌شناسی دقیق کردند."
# roozno_data_1009: a given and a family name after the title, as before
_AZAR = "مجلس از اقای عادل آذر می‌خواهد که اسناد و مدارک خود را ارائه و ما را در جریان قرار دهد."


def test_the_title_written_without_its_madda_is_no_given_name() -> None:
    assert names(_KADKHODAEI) == ["کدخدایی"]
    assert names(_HEMMATI) == ["همتی"]
    assert names(_KHAVAZI) == ["خاوازی"]


def test_the_name_after_the_title_is_found() -> None:
    assert names(_AHMADINEJAD) == ["احمدی\u200cنژاد"]
    assert names(_GOVERNMENT) == ["احمدی\u200cنژاد"]
    assert names(_AZAR) == ["عادل آذر"]
