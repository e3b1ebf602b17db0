"""The tests in C that stand before a loop over a clause's words give the loop's answers.

The sentences are those of tests/test_quote_cues.py and of the shared news («اگرایران
درخواست ...» of ``commitment_moods.glued_if``)."""

from __future__ import annotations

import pytest

from khabar.extract import lexicons as lx
from khabar.extract.commitment_moods import glued_if, may_hold_glued_if
from khabar.extract.reporting_cues import _AND_OR_COMMA, _THAT_OR_PAUSE, _last_of

SENTENCES = [
    "در این راستا شبکه المیادین گزارش داد، تجهیزات نظامی آمریکا به پایگاه عین الاسد منتقل شده است.",
    "به گزارش ایرنا، روز گذشته وزارت بهداشت، درمان وآموزش پزشکی اعلام کرد دو نفر در قم "
    "به علت ابتلا به ویروس کرونا جان باختند.",
    "این نکته که علی ربیعی می‌گوید اگر دولت بخواهد بیانگر آن است",
    "اگرایران درخواست خود را ارائه بدهد، بررسی خواهد شد",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_last_mark_is_the_loops(sentence: str) -> None:
    keys = list(lx.phrase_keys(sentence))
    for words in (_THAT_OR_PAUSE, _AND_OR_COMMA):
        for a in range(len(keys)):
            for i in range(a, len(keys) + 1):
                looped = next((k for k in range(i - 1, a - 1, -1) if keys[k] in words), None)
                assert _last_of(keys, a, i, words) == looped


def test_the_last_mark_of_a_clause() -> None:
    keys = list(lx.phrase_keys(SENTENCES[1]))
    comma = len(keys) - 1 - keys[::-1].index("،")
    assert _last_of(keys, 0, len(keys), _AND_OR_COMMA) == comma
    assert _last_of(keys, comma + 1, len(keys), _AND_OR_COMMA) is None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_no_glued_if_where_the_words_hold_none(sentence: str) -> None:
    keys = list(lx.phrase_keys(sentence))
    if any(map(glued_if, keys)):
        assert may_hold_glued_if(keys)
    assert may_hold_glued_if(keys) == ("اگر" in sentence)


def test_a_glued_if_is_found() -> None:
    keys = list(lx.phrase_keys(SENTENCES[3]))
    assert glued_if(keys[0]) and may_hold_glued_if(keys[:1])
    assert not may_hold_glued_if(keys[1:])
