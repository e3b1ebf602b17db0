"""The day a commitment is due, from words the shared news uses: the year glued to «جاری»,
hours ahead, a count of weeks «دیگر» or «آینده», «امشب» and a time of «امروز», the coming
hours, and a Western month; not a length added («سه روز دیگر تمدید»)."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text


@pytest.mark.parametrize(
    ("published", "text", "deadline_date"),
    [
        # «سال‌جاری», one token: the Jalali year's last day (1398 ends on 19 March 2020)
        ("2020-01-10", "وزیر راه گفت: تا پایان سال‌جاری این پل افتتاح خواهد شد.", "2020-03-19"),
        # hours: 48 of them are two days, a few the article's own
        ("2020-03-14", "وزیر کشور گفت: این طرح ظرف ۴۸ ساعت آینده اجرا خواهد شد.", "2020-03-16"),
        ("2020-03-14", "وزیر کشور گفت: این طرح ظرف ۳ ساعت آینده اجرا خواهد شد.", "2020-03-14"),
        # a count of weeks or months from the article's day
        ("2005-11-06", "به گزارش ایرنا، اجلاس سران قرار است چهار هفته دیگر در ژنو برگزار شود.",
         "2005-12-04"),
        ("2020-01-01", "سخنگوی وزارت خارجه گفت: این کارخانه تا ۲ ماه آینده افتتاح خواهد شد.",
         "2020-03-01"),
        # «دو سه ماه آینده»: three months, not the next month's end
        ("2020-03-25", "عبدالناصر همتی گفت: دو بانک به زودی ادغام می‌شوند و ظرف دو سه ماه آینده"
         " تابلوی بانک سپه بالای این شعب خواهد رفت.", "2020-06-23"),
        # tonight, this afternoon, the coming hours: the article's day
        ("2020-03-15", "رئیس مجلس عراق اعلام کرد: امشب نام نخست‌وزیر جدید اعلام خواهد شد.",
         "2020-03-15"),
        ("2005-09-02", "دبیر همایش گفت: مراسم اختتامیه عصر امروز برگزار خواهد شد.", "2005-09-02"),
        ("2019-09-20", "رئیس پلیس راه گفت: این جاده تا ساعات آینده بازگشایی خواهد شد.",
         "2019-09-20"),
        # a Western month: its last day, the next such month
        ("2020-06-01", "سفیر آمریکا اعلام کرد: در ماه ژوئن همه مسائل بررسی خواهد شد.",
         "2020-06-30"),
        ("2020-06-01", "سفیر آمریکا اعلام کرد: این توافق در ماه فوریه امضا خواهد شد.",
         "2021-02-28"),
    ],
)  # fmt: skip
def test_days_read_from_words(published: str, text: str, deadline_date: str) -> None:
    (c,) = extract_text(f"date {published}\n{text}").commitments
    assert c.deadline_date == deadline_date


def test_a_length_added_is_no_day() -> None:
    text = "سخنگوی دولت چین اعلام کرد: تعطیلات سال نو را سه روز دیگر تمدید خواهد کرد."
    (c,) = extract_text(f"date 2020-01-27\n{text}").commitments
    assert c.deadline_date is None


def test_a_past_count_is_no_day() -> None:
    text = "وزیر نیرو گفت: این سد که دو هفته گذشته آبگیری شد، به زودی افتتاح خواهد شد."
    (c,) = extract_text(f"date 2020-01-27\n{text}").commitments
    assert c.deadline_date is None
