"""Quotes left with no speaker, an eleventh random draw (``null_speakers_judged_11.jsonl``),
judged by reading before any rule was written for it; and the anaphors of the eleven draws
whose antecedent one person alone provably is."""

from __future__ import annotations

from conftest import said
from null_draws import check_as_drawn, check_since, draws_before

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import after_source

DRAW = "null_speakers_judged_11.jsonl"
EARLIER = draws_before(11)

# ``null_speakers_judged_11.jsonl``: 100 quotes drawn at random (seed 1212,
# ``scripts/draw_null_speakers.py --but`` the ten earlier draws) from the 1,303 quotes with
# neither speaker nor organization of the extraction of all the shared news at fc521034,
# outside the gold's articles and those of the ten earlier draws, each judged by reading its
# article before any rule was written for it: 46 name a speaker a reader gives them to (6 a
# body or a state, 6 a paper), 45 no one, 9 are no statement. As drawn none of the 46 right
# in the whole articles; on the text up to the paragraph after the quote one right (a lead's
# «یک مقام مسئول در بورس کالا ... گفت:», given to «علی پناهی» of the bourse, who says the same
# next) and none of the 45 credited. Since, 3 right: «وی ادامه داد:» past a passive that no
# longer reads as a cue («... به سامانه ۴۰۳۰ پاسخ داده نمی‌شود»), and «وی» past a source with
# no comma («به نوشته ایزنا وی ... افزود:»).
CLASSES = {
    "glued": 9,  # a subheading, a caption or a list's heading run into the subject
    "lead": 6,  # a post or «یک مقام» alone, the holder named after (or in the title)
    "body": 6,  # a body, an outlet or a state
    "paper": 6,  # a body's, an outlet's or a writer's paper, going on
    "anaphor": 5,  # «وی», «ایشان» or an anaphoric post of a person named, not read
    "inside": 5,  # words told inside another's account
    "subject": 4,  # a named subject the rules miss
    "person": 3,  # a person khabar never finds (or finds cut short)
    "post": 2,  # a person the article names in other words
    "none": 45,
    "nostmt": 9,
}
SINCE = 3
# and 1 since a capital past «پیش‌تر» speaks for its state («پیش‌تر مسکو اعلام کرده بود که»,
# ``subject_start``)
SINCE += 1
# and 2 since «شوند» ends a heading run into a post («... رد صلاحیت شونددبیرکل جبهه پایداری
# تصریح کرد:», ``glued_pronouns.heading_end``) and «در مورد» follows a family name run into a
# heading's noun («... کانون شیوع کرونا در کشورجهانپور در مورد ... نیز گفت:»,
# ``glued_heading_nouns``)
SINCE += 2


def test_the_eleventh_draw_is_judged_as_drawn() -> None:
    check_as_drawn(DRAW, 100, CLASSES, EARLIER)


def test_the_eleventh_draw_since() -> None:
    assert not check_since(DRAW, SINCE, wrong=0, credited=0)


def test_a_negated_passive_is_no_cue_and_the_speaker_goes_on() -> None:
    # roozno_759: «همکاران ما گلایه دارند که ... پاسخ داده نمی‌شود»: nobody answers, nobody
    # speaks; «وی» after it is still the ministry's spokesman
    text = (
        "کیانوش جهانپور گفت: ۲۹۲۶ بیمار جدید مبتلا به کووید۱۹ در کشور شناسایی شدند.\n"
        "بعضا همکاران ما گلایه دارند که پس از تماس‌های مکرر به سامانه ۴۰۳۰ پاسخ داده "
        "نمی‌شود، لذا شماره تلفن ۴۰۳۰ را پاسخ دهید.\n"
        "وی ادامه داد: انشاالله که این روزها را با سعادت طی کنیم.\n"
    )
    assert said(text) == [("کیانوش جهانپور", None)] * 2
    # fars-5_274: «شبهاتی که پاسخ داده نمی‌شود» is no quote of anyone's
    assert not said("دلیل دیگر شبهات اعتقادی و دینی‌ای است که پاسخ داده نمی‌شود.\n")
    # the active verb still reports
    assert said("وزیر بهداشت در پاسخ به این سوال پاسخ داد: سامانه فعال است.\n")


def test_others_in_the_plural_two_sentences_running() -> None:
    # tabnak_1439 (the ninth draw): what tax offices and many taxpayers hold, in two
    # sentences, stands between برومندزاده's words and his «وی»
    text = (
        "محمدعلی برومندزاده اظهار کرد: گاهی مشاوران املاک این‌گونه برداشت می‌کنند.\n"
        "در حالی که ادارات مالیاتی معتقدند صرفا خرید و فروش ملک مشمول مالیات نیست.\n"
        "اما بسیاری از مؤدیان معتقدند که سایر حقوق نیز مشمول این استثنا است.\n"
        "وی افزود: مثلا اشخاصی کار جدول‌کشی را تعهد می‌کنند.\n"
    )
    assert said(text)[-1] == ("محمدعلی برومندزاده", None)
    # a person named in the second: not past them
    text = text.replace("اما بسیاری از مؤدیان", "اما علی کریمی و بسیاری از مؤدیان")
    assert said(text)[-1][0] != "محمدعلی برومندزاده"


def test_a_pronoun_past_a_source_with_no_comma() -> None:
    # roozno_390: «به نوشته ایزنا وی ...», the agency with no comma before the pronoun
    text = (
        "رضا میرزایی شامگاه سه‌شنبه بیان کرد: سامانه بارشی در لرستان دارای ۲ موج است.\n"
        "به نوشته ایزنا وی با بیان اینکه موج دوم بارش‌ها از امشب آغاز شده افزود: تا کنون "
        "دبی سیلابی رودخانه خرم‌آباد به ۱۸۰ مترمکعب برثانیه رسیده است.\n"
    )
    assert said(text) == [("رضا میرزایی", None)] * 2
    # «از وی» past the source: the one it asked or relays, not the subject
    for source in ("به گزارش ایسنا از وی", "به گزارش خبرنگار ما از وی"):
        keys = list(lx.phrase_keys(source + " پرسیده شد که سامانه فعال است"))
        assert keys[after_source(keys, 0, len(keys))] != "وی"


def test_anaphoric_posts_of_a_specialist_and_a_seller() -> None:
    # roozno_984 (the tenth draw): «این فوق تخصص بیماری‌های عفونی افزود:» after محرز
    text = (
        "مینو محرز گفت: در بیمارستان امام خمینی(ره) ۱۸ هزار مراجعه سرپایی داشتیم.\n"
        "این فوق تخصص بیماری‌های عفونی افزود: نگران بازگشایی مشاغل هستیم.\n"
    )
    assert said(text) == [("مینو محرز", None)] * 2
    # no one spoke before: nobody
    assert said("این فوق تخصص بیماری‌های عفونی افزود: نگران بازگشایی مشاغل هستیم.\n") == [
        (None, None)
    ]


def test_the_one_asked_by_a_family_name_alone_answers() -> None:
    # fars-2_197 (the eighth draw): «از داوودی ... پرسید که وی پاسخ داد:», the reporter asks
    text = (
        "پرویز داوودی مسئول تدوین برنامه جبهه پایداری گفت: بنده اطلاعاتی گردآوری کردم.\n"
        "خبرنگار صدا و سیما از داوودی در خصوص وجه تمایز برنامه جبهه پایداری با سایر "
        "اصولگرایان پرسید که وی پاسخ داد: اصولگرایان طیف وسیعی را در بر می‌گیرند.\n"
    )
    assert said(text) == [("پرویز داوودی", None)] * 2
    # two of the article bear the name: the one asked is not known
    two = text.replace("خبرنگار صدا و سیما", "حسین داوودی نیز سخن گفت.\nخبرنگار صدا و سیما")
    assert said(two)[-1][0] != "پرویز داوودی"


def test_the_one_person_a_sentence_names_when_no_person_spoke() -> None:
    # tabnak_1177 (the fourth draw): a body's report, then Netanyahu in a clause after «که»,
    # then «وی در این باره گفت،»
    text = (
        "المیادین به نقل از رسانه‌های عبری زبان اعلام کرد که ارتش اسرائیل آمادگی خود را "
        "افزایش داده است.\n"
        "تصمیم ارتش اسرائیل پس از آن اتخاذ شد که بنیامین نتانیاهو، نخست‌وزیر این رژیم اخیرا "
        "دستور داد تا همه مسافران قرنطینه شوند.\n"
        "وی در این باره گفت، بعد از یک روز بحث تصمیم گرفته شد هر فردی باید ایزوله شود.\n"
    )
    assert said(text)[-1] == ("بنیامین نتانیاهو", None)
    # roozno_177 (the tenth draw): a name in a post's description is no antecedent
    text = (
        "مایک پامپئو وزیر خارجه آمریکا امروز به اتهام‌زنی علیه ایران پرداخت.\n"
        "وزیر خارجه دولت «دونالد ترامپ» پیش از سخنرانی با وزیر خارجه آلمان دیدار کرده بود.\n"
        "او در ابتدای سخنرانی خود ادعا کرد، غرب در حال پیروزی است.\n"
    )
    assert said(text)[-1][0] != "دونالد ترامپ"
