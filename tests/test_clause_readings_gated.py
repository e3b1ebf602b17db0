"""Readings of a clause asked only where what they need stands in it: a person past where the
clause opens (``speakers._person_further_in``), «فردی» and its kin (``someone_after_comma``),
«که» near the verb (``named_before_relative``), the words a paper or an issue opens with
(``body_subjects._issuer``, ``subject_shapes.outlet_by_issue``), and whom a sentence that
reports nothing goes on with (``speakers.opener``, which asks who opens it only where someone
would go on). Each still fires where its words stand.

The sentences are of the shared news (a ceremony's report, «در این آیین سرهنگ باقر پسنده ...
گفت», roozno_250's «فردی که ...»), and ones each reading must leave alone.
"""

from types import SimpleNamespace

from khabar.extract import extract_text
from khabar.extract.relative_subjects import named_before_relative, someone_after_comma


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker) for q in extract_text(text).quotes]


_CEREMONY = "عنوان\nمراسم گرامیداشت دهه فجر آغاز شد. در این آیین {} ضمن گرامیداشت دهه پرفروغ فجر انقلاب گفت: این دهه یادآور پیروزی مردم است.\n"  # noqa: E501


def test_a_person_further_in_the_clause_speaks():
    assert _said(_CEREMONY.format("سرهنگ باقر پسنده")) == [("direct", "باقر پسنده")]


def test_a_clause_naming_no_one_further_in_has_no_person():
    assert _said(_CEREMONY.format("فرمانده انتظامی شهرستان")) == [("direct", None)]


def test_someone_after_a_comma_is_found_right_past_where_the_clause_opens():
    keys = ["نماینده", "باید", "،", "فردی", "که", "خود", "را", "نامزد", "معرفی", "میکند", "،"]
    keys += ["میگوید", ":"]
    assert someone_after_comma(keys, 2, 11) == 3  # the comma at ``s``, «فردی» right past it
    assert someone_after_comma(keys, 3, 11) is None  # «فردی» opens the clause: no one after
    keys[3] = "کتابی"
    assert someone_after_comma(keys, 2, 11) is None


def test_the_person_of_a_relative_clause_is_found_with_that_at_its_farthest():
    keys = ["او", "آمده", "بود", "،", "صدرزاده", "که", "این", "را", "در", "آن", "روز", "شنید"]
    keys += ["گفت", ":", "من"]
    reg = SimpleNamespace(by_token={4: "صدرزاده"})
    assert named_before_relative(keys, 0, 12, reg) == 4
    # «که» eight tokens before the verb, the farthest the relative clause may run from
    assert named_before_relative(keys, 0, 13, reg) == 4
    assert named_before_relative(keys, 0, 14, reg) is None  # one word more: too far
    keys[5] = "هم"
    assert named_before_relative(keys, 0, 12, reg) is None


def _bodies(text: str) -> list[tuple[str, str | None]]:
    return [(q.kind, q.speaker_organization) for q in extract_text(text).quotes]


def test_a_body_known_by_its_paper_or_its_issue_still_speaks():
    said = _bodies(
        "عنوان\nخبرگزاری فارس: یک روزنامه آمریکایی در گزارشی اعلام کرد: اوضاع بحرین آرام نیست.\n"
    )
    assert said == [("direct", "یک روزنامه آمریکایی")]
    said = _bodies(
        "عنوان\nاخوان‌المسلمین مصر با صدور بیانیه‌ای از سند توافق حمایت کرد و خواستار آزادی "
        "زندانیان شد.\n"
    )
    assert said == [("indirect", "اخوان‌المسلمین مصر")]
    said = _bodies(
        "عنوان\nبه گزارش خبرگزاری فارس، Information week در تازه‌ترین گزارش خود نوشت: فروش "
        "تلفن‌های همراه کاهش یافت.\n"
    )
    assert said == [("direct", "Information week")]


def test_people_of_a_group_before_a_paper_are_no_body():
    said = _bodies("عنوان\nتحلیلگران گلدمن ساکس در یادداشتی نوشتند: بازار نفت آرام است.\n")
    assert said == [("direct", None)]


def test_the_one_person_named_before_anyone_spoke_goes_on():
    said = _said(
        "عنوان\nاین بخشی از دیدگاه جهانی مارک اسپر، وزیر دفاع آمریکا است. "
        "وی در ادامه گفت: ما آماده‌ایم.\n"
    )
    assert said == [("direct", "مارک اسپر")]
    said = _said(
        "عنوان\nحسن روحانی گفت: دولت آماده است. این سفر دو روز طول کشید. وی افزود: ما آماده‌ایم.\n"
    )
    assert said == [("direct", "حسن روحانی"), ("direct", "حسن روحانی")]
