"""The readings of a reporting clause are asked only where the clause holds their words, or
opens with one of their first words (``subject_start``, ``speakers.speaker``,
``reporting_cues.cues_in``): each still fires where its words stand, in sentences of the
shared news its docstring quotes, and is not asked of a clause without them."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest
from conftest import said

from khabar.extract import reporting_cues, speakers

subject_start = importlib.import_module("khabar.extract.subject_start")
_PLAIN = "علی لاریجانی رئیس مجلس شورای اسلامی گفت: بودجه تصویب می‌شود."


def _answers(
    monkeypatch: pytest.MonkeyPatch, module: Any, name: str, text: str
) -> list[tuple[tuple[Any, ...], Any]]:
    """The arguments and answer of each call of ``module.name`` while ``text`` is read."""
    real: Callable[..., Any] = getattr(module, name)
    calls: list[tuple[tuple[Any, ...], Any]] = []

    def asked(*args: Any) -> Any:
        answer = real(*args)
        calls.append((args, answer))
        return answer

    monkeypatch.setattr(module, name, asked)
    said(text)
    monkeypatch.undo()
    return calls


def _moved(calls: list[tuple[tuple[Any, ...], Any]]) -> bool:
    """Whether a reading that takes ``(keys, s, ...)`` moved the subject's start."""
    return any(answer != args[1] for args, answer in calls)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # after «به گزارش ...،»
        ("after_source", "به گزارش خبرگزاری فارس، علی لاریجانی گفت: بودجه تصویب می‌شود."),
        # «این در حالی است که»: the frame's words anywhere in the clause
        (
            "after_frame",
            "این در حالی است که دونالد ترامپ رئیس‌جمهور آمریکا مدعی شد که ایران توافق را "
            "نقض کرده است.",
        ),
        # «اما» inside the clause
        (
            "after_but",
            "جزئیات بیشتری از موشک‌های شلیک شده منتشر نشده اما خبرگزاری کیودو گزارش داده که "
            "این موشک‌ها از نوع بالستیک بوده‌اند.",
        ),
        # «در سال ...» opening it
        ("past_year", "در سال ۹۸ وزارت نفت اعلام کرد که تولید افزایش یافته است."),
        # «با این حال» opening it
        (
            "past_concession",
            "با این حال وزارت خارجه آمریکا اعلام کرد که تحریم‌ها ادامه خواهد یافت.",
        ),
    ],
)
def test_subject_start_asks_a_reading_where_its_words_stand(
    monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    assert _moved(_answers(monkeypatch, subject_start, name, text))


@pytest.mark.parametrize(
    "name",
    ["after_source", "after_frame", "after_but", "past_year", "past_concession", "after_when"],
)
def test_subject_start_leaves_a_reading_unasked_without_its_words(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _answers(monkeypatch, subject_start, name, _PLAIN) == []


def test_a_heading_run_into_a_name_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # a person named past a heading's verb («... مشاهده نمی‌شود ابوالفضل حسن بیگی ...»): the
    # persons and «یک» of the clause, sought in C first, let the heading's verbs be read
    calls = _answers(
        monkeypatch,
        subject_start,
        "_named_past_heading",
        "پیشرفتی در پیگیری پرونده منا مشاهده نمی‌شود ابوالفضل حسن بیگی در گفتگو با خبرنگار "
        "مهر اظهار داشت: پرونده باز است.",
    )
    assert any(answer is not None for _, answer in calls)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # «دو طرف»: both who met, no one of them
        (
            "_both_sides",
            "حسن روحانی با ولادیمیر پوتین دیدار کرد. دو طرف بر گسترش همکاری‌ها تاکید کردند.",
        ),
        # «به نام»: the person an indefinite subject names
        (
            "named_as",
            "یکی از وکلای آسانژ به نام مارک سامرز از قاضی خواست که جلسه را به تعویق بیندازد.",
        ),
        # «به نقل از»: whom an outlet relays
        (
            "_relayed_by_outlet",
            "روزنامه واشنگتن‌پست به نقل از وزارت دادگستری آمریکا نوشت: پرونده بسته شد.",
        ),
    ],
)
def test_speaker_asks_a_reading_where_its_words_stand(
    monkeypatch: pytest.MonkeyPatch, name: str, text: str
) -> None:
    calls = _answers(monkeypatch, speakers, name, text)
    assert any(answer is not None for _, answer in calls)


@pytest.mark.parametrize("name", ["_both_sides", "named_as", "_relayed_by_outlet", "glued_pronoun"])
def test_speaker_leaves_a_reading_unasked_without_its_words(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    assert _answers(monkeypatch, speakers, name, _PLAIN) == []


def test_a_pronoun_a_heading_ran_into_is_still_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # «... قوی‌تر شده استوی گفت:»: a word of the clause ends in «وی», so the reading is asked
    text = (
        "علی لاریجانی رئیس مجلس گفت: بودجه تصویب می‌شود.\n"
        "ویروس کرونا قوی‌تر شده استوی گفت: باید مراقب بود."
    )
    calls = _answers(monkeypatch, speakers, "glued_pronoun", text)
    assert any(answer is not None for _, answer in calls)
    assert said(text)[-1] == ("علی لاریجانی", None)


def test_cues_read_a_semicolon_for_a_colon_where_it_stands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # «... گفت؛ ...»: the press of the 2000s writes a semicolon for the colon
    text = "کاستاس سیمیتیس نخست‌وزیر یونان گفت؛ در مدت سفر کلینتون تظاهرات ممنوع است."
    calls = _answers(monkeypatch, reporting_cues, "_semicolon_for_colon", text)
    assert any(answer for _, answer in calls)
    assert _answers(monkeypatch, reporting_cues, "_semicolon_for_colon", _PLAIN) == []
