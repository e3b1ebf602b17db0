"""Words that make a name no person's, by the false persons read in the thirtieth store sample
(``tests/fixtures/persons_judged_store_30.jsonl``), on sentences of the shared news.

«مسلکی» (-minded), Arabic «ینصرنی» (who helps me) and «بت‌شکن» or «شکن» (idol-breaker) end no
name (``data/no_name_edges.tsv``)."""

from __future__ import annotations

from conftest import names

# roozno_data_726: the sample's line, a man of a mystic bent
_MYSTIC = "بله، گرایش مذهبی نداشت اما انسان زاهد و عارف مسلکی بود."
# tabnak_data_679: the adjective in a list of a candidate's merits, no name before it
_CREED = "از وطن‌فروشی و وطن‌فروشان دور باشد۱۲.\nاهل اعتدال فکری و مسلکی باشد۱۳."
# fars-news-5 item 166: the sample's line, a martyr's will; the martyr named stays
_WILL = (
    "رعایت واجبات و مستحبات در متن وصیت‌نامه شهید رضا (کامران) مولایی از استان کرمانشاه ذکر شده و "
    "در بخشی از این اسناد نورانی آمده است: به ندای «هل من ناصر ینصرنی» امام زمان (پیر جماران)، "
    "ابراهیم بت شکن، قلب تپنده اسلام لبیک بگوییم."
)
# fars-news-2 item 182: the twenty-eighth store sample's line, the epithet written as one word
_KARBALA = (
    "گاهی فکر می‌کنم که اینجا کربلاست و حسین زمان خمینی بت‌شکن و یارانش، مشتاقانه مرگ را در "
    "آغوش می‌گیرند."
)


def test_an_adjective_of_a_bent_ends_no_name() -> None:
    assert names(_MYSTIC) == []
    assert names(_CREED) == []


def test_an_arabic_cry_and_an_epithet_end_no_name() -> None:
    assert names(_WILL) == ["رضا (کامران) مولایی"]
    assert names(_KARBALA) == []
