"""The rule of the forty-ninth persons-recall sample (``persons_recall_dev_49.jsonl``), on its own
sentence and on other shared articles: a titled figure of ``data/titled_figures.tsv`` («امام
خامنه‌ای», «امام خمینی») that the tagger runs into an organization with the noun of a deed or
a thought of his before it («منویات مقام معظم رهبری امام خامنه‌ای عزیز», «رحلت امام
خمینی(ره)») is named there, and that span is no body; a body named after him, opening with a
body's word or a listed organization's first word, stays one («کمیته امداد امام خمینی
(ره)», «دفتر حفظ و نشر آثار امام خامنه‌ای»)."""

from __future__ import annotations

from conftest import persons

from khabar.extract import extract_text

# fars-3_247, the sample's: the closing line of Tehran's traffic police chief's greeting
_GREETING = (
    "توفیقات روز افزون این قشر زحمتکش و تلاشگر را از خداوند متعال در سایه توجهات ویژه حضرت "
    "ولی عصر (عج) و منویات مقام معظم رهبری امام خامنه ای عزیز (مدظله العالی ) مسئلت می نمایم."
)
# fars-5_174: Qorveh's Friday prayer leader on the anniversary of Khomeini's death
_DEATH = (
    "امام جمعه شهرستان قروه۱۴ خردادماه را روز فراموش‌نشدنی در خاطره ملت بزرگ ایران دانست و "
    "گفت: رحلت امام خمینی(ره) روز فراق سرقافله جنبش بیداری اسلامی است."
)
# fars-4_158: Quds Day
_QUDS = (
    "جعفری گفت: خواسته مستکبران فراموشی کامل فلسطین بود، اما با ابتکار امام خمینی (ره) و "
    "نامگذاری آخرین جمعه ماه رمضان با عنوان روز جهانی قدس، فلسطین برای همیشه زنده است."
)
# fars-3_244: an office named after him, in brackets after the institute it is
_OFFICE = (
    "حجت‌الاسلام محمدرضا طاهری سابقه مدیریت تولید محتوای مؤسسه پژوهشی فرهنگی انقلاب "
    "اسلامی(دفتر حفظ و نشر آثار امام خامنه‌ای)، را دارد."
)


def _organizations(text: str) -> list[str]:
    return [o.name for o in extract_text(text).organizations]


def test_the_leader_after_a_thought_of_his_in_the_sample() -> None:
    assert persons(_GREETING) == {"خامنه‌ای": ["خامنه‌ای"]}
    assert not any("خامنه" in o for o in _organizations(_GREETING))


def test_khomeini_after_a_deed_of_his_in_other_articles() -> None:
    assert persons(_DEATH).get("خمینی") == ["خمینی"]
    assert not any("خمینی" in o for o in _organizations(_DEATH))
    found = persons(_QUDS)
    assert found.get("خمینی") == ["خمینی"]
    assert "جعفری" in found  # the speaker stays


def test_a_body_named_after_the_figure_stays_one() -> None:
    text = "کمیته امداد امام خمینی (ره) استان تهران اعلام کرد."
    assert "کمیته امداد امام خمینی (ره)" in _organizations(text)
    assert "خمینی" not in persons(text)
    assert "دفتر حفظ و نشر آثار امام خامنه‌ای" in _organizations(_OFFICE)
