"""A given name of two words whose first word the name's span left out, listed so
(extract/given_heads.py). The sentences are from the shared news, outside the gold."""

from __future__ import annotations

import pytest
from conftest import persons


@pytest.mark.parametrize("use_model", [True, False])
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # tabnak_data_998
            "در همین حال، شیر محمد استانکزی، رئیس دفتر سیاسی طالبان در قطر، امضای توافق صلح با"
            ' آمریکا را توافقی برای "خروج نیروهای اشغالگر آمریکایی از افغانستان" و "پیروزی"'
            " طالبان عنوان کرد.",
            "شیر محمد استانکزی",
        ),
        (  # tabnak_data_1003
            "به گزارش خبرگزاری مهر به نقل از بی‌بی‌سی، شیر محمد استانکزی رئیس دفتر سیاسی طالبان"
            " در قطر امروز شنبه امضای توافق صلح میان این گروه با آمریکا را توافق برای خروج"
            " «نیروهای اشغالگر آمریکایی» از افغانستان عنوان کرد.",
            "شیر محمد استانکزی",
        ),
        (  # roozno_data_454
            "برنیس بژو بازیگر فرانسوی، بتینا بروکمپر تهیه‌کننده آرژانتینی، آن ماری جاسر کارگردان"
            " فلسطینی، کنت لونرگان نمایشنامه‌نویس و کارگردان آمریکایی، همکاران آیرونز در هیئت"
            " داوران بودند.",
            "آن ماری جاسر",
        ),
    ],
)
def test_the_first_word_of_a_given_name_of_two_opens_the_name(text, name, use_model) -> None:
    found = persons(text, use_model)
    assert name in found, found
    assert not [n for n in found if n != name and name.endswith(n)], found


@pytest.mark.parametrize("use_model", [True, False])
def test_a_title_or_word_before_a_given_name_stays_out(use_model) -> None:
    # «آن» is «that» before a name the list does not join with it; a title is a title
    found = persons("سردار علی مویدی رئیس پلیس مبارزه با مواد مخدر گفت: کار ادامه دارد.", use_model)
    assert "علی مویدی" in found, found
