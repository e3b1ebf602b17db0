"""The rule of the forty-first persons-recall sample (``persons_recall_dev_41.jsonl``), on its own
sentences and on other shared articles: a word of a listed family name that is a post or a common
word too, written after a given name once and then opening two reporting sentences alone, is that
person's family name («علیرضا دبیر ...» ... «دبیر گفت:», ``given_then_said``)."""

from __future__ import annotations

from conftest import persons

# fars-4_61, the sample's: «دبیر» (a secretary) is a post word too
COUNCIL = (
    "در ادامه جلسه علیرضا دبیر عضو هیات رئیسه شورای اسلامی شهر تهران نیز با انتقاد از عدم حضور "
    "تمدن در جلسه شورا اظهار داشت: عدم حضور ایشان باید پیگیری شود. "
    "دبیر خاطرنشان کرد: مطمئنا دعوت از استاندار تهران بحث سیاسی نبوده است. "
    "دبیر گفت: اگر از ایشان دعوت شده برای این است که نقطه نظرات وی را بشنویم."
)


def test_a_post_word_after_a_given_name_then_said_alone() -> None:
    found = persons(COUNCIL)
    assert found["علیرضا دبیر"] == ["علیرضا دبیر", "دبیر", "دبیر"]


def test_once_alone_it_stays_a_word() -> None:
    # one report opened by the word alone: it may be anyone's secretary
    found = persons(COUNCIL.rsplit(" دبیر گفت:", 1)[0])
    assert "دبیر" not in found and "علیرضا دبیر" not in found


def test_a_common_word_after_a_given_name_then_said_alone() -> None:
    # fars-4_95 (a shared article): «حیاتی» (vital) a common word too
    found = persons(
        "محمد حیاتی در گفت‌وگو با خبرنگار اجتماعی فارس گفت: ما در بحث فضاهای آموزشی دچار مشکل "
        "بودیم.\nحیاتی اظهار داشت: آن زمان بحثی در مجلس مطرح شد.\nحیاتی افزود: این کار زمان "
        "طولانی را می‌برد."
    )
    assert found == {"محمد حیاتی": ["محمد حیاتی", "حیاتی", "حیاتی"]}
