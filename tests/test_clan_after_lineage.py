"""An Arab name of lineage («X بن Y») the rules or the tagger end before «آل» and the house's
name written apart takes both words in: they are its family name, which the news writes
alone after it (the forty-fifth persons-recall sample's tabnak_713; tabnak_580 of the shared
news). A name with no «بن» in it, or «آل» with no name before it, stays as it was."""

from __future__ import annotations

import pytest

from khabar.extract import extract_text

# tabnak_713: Qatar's foreign minister, «عبد الرحمان» written apart, then «آل ثانی» alone
_AL_THANI = (
    "معاون وزیر خارجه کویت افزود: با وجود برخی کارشکنی\u200cها، ما هرگز امیدمان را به ادامه"
    " این میانجیگری از دست نخواهیم داد.\nمحمد بن عبد الرحمان آل ثانی، معاون نخست وزیر و وزیر"
    " خارجه قطر به تازگی در کنفرانس امنیتی مونیخ اعلام کرد که اقدامات مشترک با عربستان و"
    " امارات برای حل بحران موفقیت\u200cآمیز نبودند و این تلاش\u200cها از اوایل ژانویه گذشته به"
    " حالت تعلیق درآمده\u200cاند.\nاین وزیر قطری افزود: دوحه مسؤول شکست این تلاش\u200cها نیست و"
    " آماده ازسرگیری گفتگوهاست.\nهمچنین آل ثانی تاکید کرد: منطقه خاورمیانه به یک توافقنامه"
    " امنیتی نیاز دارد."
)
# tabnak_580: Qatar's new prime minister, two «بن», «آل ثانی» before a word of the language
_KHALID = (
    "انتصاب خالد بن خلیفه بن عبدالعزیز آل ثانی تحصیلکرده آمریکا به عنوان نخست وزیر جدید قطر"
    " اهمیت این کشور عربی برای آمریکا را دو چندان کرده است."
)
# tabnak_664: written solid, the tagger took it whole already
_SOLID = (
    "به گزارش ایسنا، به نقل از روسیا الیوم، محمد بن عبدالرحمن آل ثانی، وزیر خارجه قطر در"
    " سخنرانی خود در کنفرانس امنیتی مونیخ گفت که تلاش\u200cها موفق نبود."
)


def _mentions(text: str) -> dict[str, list[str]]:
    doc = extract_text(text)
    return {p.name: [doc.text[m.start : m.end] for m in p.mentions] for p in doc.persons}


def test_the_house_s_name_after_a_lineage_is_the_name_s() -> None:
    found = _mentions(_AL_THANI)
    assert found == {"محمد بن عبد الرحمان آل ثانی": ["محمد بن عبد الرحمان آل ثانی", "آل ثانی"]}


def test_two_lineage_words_before_the_house() -> None:
    assert list(_mentions(_KHALID)) == ["خالد بن خلیفه بن عبدالعزیز آل ثانی"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_SOLID, "محمد بن عبدالرحمن آل ثانی"),
        # no «بن»: «آل» after a given name alone, as it was
        ("عیسی آل کثیر، نماینده اهواز در مجلس گفت که طرح آماده است.", "عیسی آل کثیر"),
    ],
)
def test_names_that_stay(text: str, name: str) -> None:
    assert name in _mentions(text)
