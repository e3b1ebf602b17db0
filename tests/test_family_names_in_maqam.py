"""«مقام» written apart after a family name in «ی» ends it, before no rank or station: the
judge «قاضی مسعودی مقام» of the fourteenth quotes-recall sample (``quotes_dev_14``), whose
words were credited to «مسعودی»; on sentences of the shared news, and the ranks and stations
that must stay apart from the name."""

from __future__ import annotations

import pytest
from conftest import names, said

# the fourteenth quotes-recall sample's roozno_214: the judge named by his family name alone,
# the lead first
_LEAD = (
    "نخستین جلسه دادگاه متهمین جدید بانک سرمایه (مجید عادلیان و احسان خادم) در شعبه سوم"
    " دادگاه‌های ویژه مفاسد اقتصادی به ریاست قاضی مسعودی مقام برگزار شد.\n"
)
_JUDGE = _LEAD + (
    "به گزارش رو نو :در ابتدای این جلسه قاضی مسعودی مقام با نام بردن از «مجید عادلیان» و «احسان"
    " خادم» گفت که احسان خادم متواری است و سپس از نماینده دادستان خواست که کیفرخواست پرونده را"
    " قرائت کند."
)
_CLOSING = _LEAD + (
    "هنگام ظهر قاضی مسعودی مقام با اعلام ختم این جلسه رسیدگی اعلام کرد: آقایان متهمین با قرار"
    " بازداشت موقت به زندان معرفی می‌شوند و جلسه بعدی متعاقبا اعلام می‌شود."
)
# roozno_26: his given name before it
_HEARING = (
    "قاضی اسداله مسعودی مقام روز شنبه در نخستین جلسه دور پنجم دادگاه رسیدگی به تخلفات بانک"
    " سرمایه گفت: جلسه دادرسی به پرونده داریوش امان کی یکانی مشهور به حبیب امانی رسیدگی می‌شود."
)
# a rank won, and a station named after a name: «مقام» stays apart
_RANK = (
    "در رشته سنگ این رویداد ورزشی سهیل یوسف‌پور به مقام قهرمانی رسید، امیرحسین شبان دوم شد و"
    " امیرمحمد یوسفی مقام سوم را از آن خود کرد."
)
# an official, after a credit run into the next item's headline (a PEYMA speakers sample's)
_OFFICIAL = (
    "تنظیم: داود توسلی ** انتشار: مهرنوش خانزائی مقام افغان: 55 هزار خانوار افغان آسیب‌دیده از"
    " جنگ به کمک نیاز دارند کابل - ایرنا - وزیر مبارزه با حوادث طبیعی دولت وحدت ملی افغانستان"
    " اعلام کرد: بیش از 163 هزار خانواده بر اثر جنگ و ناامنی، بی‌خانمان شده‌اند."
)
_STATION = (
    "برخی از مسئولان و بزرگانی مانند آیت‌الله خامنه‌ای مقام معظم رهبری، هاشمی رفسنجانی،"
    " موسوی‌اردبیلی و میرحسین موسوی در نامه‌ای به امام خمینی (ره) به اختلاف‌های مکرر مجلس و"
    " شورای نگهبان اشاره کردند."
)


@pytest.mark.parametrize(
    "text, speaker",
    [(_JUDGE, "مسعودی مقام"), (_CLOSING, "مسعودی مقام"), (_HEARING, "اسداله مسعودی مقام")],
)
def test_the_judge_is_named_whole(text: str, speaker: str) -> None:
    assert {s for s, _ in said(text)} == {speaker}


@pytest.mark.parametrize(
    "text, name, longer",
    [
        (_RANK, "امیرمحمد یوسفی", "امیرمحمد یوسفی مقام"),
        (_OFFICIAL, "مهرنوش خانزائی", "خانزائی مقام"),
        (_STATION, "خامنه‌ای", "خامنه‌ای مقام"),
    ],
)
def test_a_rank_or_a_station_stays_apart(text: str, name: str, longer: str) -> None:
    found = names(text)
    assert any(n.endswith(name) for n in found) and not any(longer in n for n in found)
