"""What the ninth quotes-recall sample (shared articles of 4,500 to 9,000 characters,
``fixtures/quotes_dev_9``) taught speakers and quote finding: a name's spelling in Latin
letters stands between it and its post; «این در حالی است که» ends the clause of a body
before it; words of time with no comma may open the clause before its subject; «او» or «وی»
with a new verb of saying after a sentence a person named in full opens is that person; a
verb of saying glued to the word before its colon is split off; «به گفته» run into a closed
quotation opens a sentence before a person's name, or before a pronoun when the quotation's
sentence names someone; words nobody was found to say in a clause another person opens after
«که» leave «او» after them to no one.

The sentences are those of the sample (``tabnak_1566``, ``roozno_328``, ``roozno_13``,
``tabnak_1665``, ``tabnak_858``), of the eighth sample (``tabnak_198``) and others a rule must
leave alone.
"""

from quote_rows import quote_rows

from khabar.extract import extract_text
from khabar.extract import lexicons as lx
from khabar.extract.registry import Registry
from khabar.extract.speakers import told_of_before
from khabar.extract.time_openers import past_bare_time
from khabar.text import repair
from khabar.text.segment import token_columns


def _keys(text: str) -> list[str]:
    return lx.keys_of(repair(text).token_columns.words)


# tabnak_1566: the guard's commander is glossed in Latin letters before his post (the
# governor, named in guillemets the rules do not read, «تیم»: a team, speaks before him)
_GOVERNOR = (
    "عنوان\nفرماندار ایالت مینه‌سوتا در یک نشست خبری اعلام کرد: با ادامه ناآرامی‌ها، وضعیت "
    "شهر مینیاپولیس «به شدت خطرناک» است.\n«تیم والز» افزود: از همه می‌خواهم تا در خانه‌های "
    "خود بمانند.\nدر همین حال ژنرال «جان جنسن John Jensen »، فرمانده گارد ملی ایالت "
    "مینه‌سوتا نیز در این نشست خبری گفت: با اختیاراتی که از فرماندار ایالت مینه‌سوتا گرفته "
    "شد، اعزام یک‌هزار سرباز درخواست شد.\n"
)


def test_a_post_after_a_name_spelled_in_latin_is_the_names():
    doc = extract_text(_GOVERNOR)
    jensen = next(p for p in doc.persons if p.name == "جان جنسن")
    assert jensen.posts[0] == "فرمانده گارد ملی ایالت مینه‌سوتا"
    assert doc.quotes[-1].speaker == "جان جنسن"


def test_latin_words_not_before_a_gap_give_no_post():
    doc = extract_text(
        "عنوان\nژنرال «جان جنسن John Jensen » و فرمانده گارد ملی ایالت مینه‌سوتا به شهر رفتند.\n"
    )
    assert all(not p.posts for p in doc.persons if p.name == "جان جنسن")


# roozno_328: a subheading run into «این در حالی است که ...» (the line break and the space
# lost), the person after words of time with no comma
_MEMBER = (
    "عنوان\nایران در لیست سیاه FATF؛ چرا تشخیص‌دهندگان مصلحت در دسترس نیستنداین در حالی "
    "است که دی‌ماه سال جاری سید محمد صدر، عضو حقیقی این نهاد در مصاحبه‌ای با اعتمادآنلاین، "
    "گفته بود « چون بر اساس ماده ۲۵ آیین‌نامه داخلی مجمع، به آن رسیدگی نشد.»\n"
)


def test_a_body_before_while_it_is_does_not_speak_past_it():
    assert [(org, first) for _, _, org, first in quote_rows(_MEMBER)] == [(None, "« چون بر")]


def test_a_body_while_it_does_something_still_speaks():
    text = (
        "عنوان\nوزارت خارجه ایران در حالی که مذاکرات ادامه دارد، اعلام کرد هیچ توافقی "
        "حاصل نشده است.\n"
    )
    assert [org for _, _, org, _ in quote_rows(text)] == ["وزارت امور خارجه"]


def test_a_person_past_words_of_time_with_no_comma_opens_the_clause():
    text = _MEMBER.replace("ایران در لیست سیاه FATF؛ چرا تشخیص‌دهندگان مصلحت در دسترس نیستند", "")
    assert [speaker for _, speaker, _, _ in quote_rows(text)] == ["سید محمد صدر"]


def test_words_of_time_alone_are_passed_only_to_what_follows():
    keys = _keys("دی‌ماه سال جاری سید محمد صدر گفته بود")
    assert past_bare_time(keys, 0, len(keys)) == 3
    keys = _keys("در ماه مه سال گذشته ترامپ معافیت را پایان داد")
    assert past_bare_time(keys, 0, len(keys)) == 5
    keys = _keys("دولت سال جاری بودجه را بست")
    assert past_bare_time(keys, 0, len(keys)) == 0


# roozno_13: a new source tells of Trump, then «وی گفت که»; tabnak_198 (the eighth sample):
# Talbot opens a sentence, then «او می‌گوید»
_SOURCED = (
    "عنوان\nبهروز مهری در نشریه انگلیسی «ویک» نوشت: با شدت گرفتن جنگ اقتصادی بین ایران و "
    "آمریکا، جمهوری اسلامی در تلاش است.\nپس از آنکه دونالد ترامپ، رئیس جمهور آمریکا در سال "
    "۲۰۱۸ از توافق هسته‌ای با ایران خارج شد تحریم‌هایی را اعمال کرد.\nبه گزارش بی‌بی‌سی، در "
    "ماه مه سال گذشته ترامپ معافیت از مجازات‌های فرعی آمریکا را پایان داد.\nوی گفت که این "
    "اقدام، همراه با محدودیت‌های بیشتر در بخش بانکی اعمال می‌شود.\n"
)
_TALBOT = (
    "عنوان\nدونالد ترامپ گفت: این قانون ضروری است.\nکری تالبوت، مدیر مجموعه وکالت فدرال "
    "مهاجرت که یک گروه حقوقی درباره مهاجران است، از وزارت امور خارجه انتقاد کرده است.\nاو "
    "می‌گوید وزارت امور خارجه مشخص نکرده است که ماموران چگونه تعیین می‌کنند.\n"
)


def test_a_pronoun_after_a_sentence_a_person_opens_is_that_person():
    assert [speaker for _, speaker, _, _ in quote_rows(_SOURCED)] == ["بهروز مهری", "دونالد ترامپ"]
    assert [speaker for _, speaker, _, _ in quote_rows(_TALBOT)] == ["دونالد ترامپ", "کری تالبوت"]


def test_a_pronoun_that_goes_on_stays_with_the_speaker():
    # the writer's note between, then «وی افزود:» or «وی همچنین گفت»: the speaker resumes
    for verb in ("افزود:", "همچنین گفت:"):
        text = _TALBOT.replace("او\nمی‌گوید", f"وی {verb}").replace("او می‌گوید", f"وی {verb}")
        assert [speaker for _, speaker, _, _ in quote_rows(text)] == ["دونالد ترامپ"] * 2


# tabnak_1665: «نوبختاظهارداشت:», «ویاظهارداشت:», a space lost before the verb
def test_a_verb_of_saying_glued_to_the_word_before_its_colon_is_split():
    assert repair("نوبختاظهارداشت: دارایی متعلق به نسل آینده است.").text.startswith(
        "نوبخت اظهارداشت:"
    )
    assert repair("فوزیبرهومتصریح کرد: این کار").text.startswith("فوزیبرهوم تصریح کرد:")
    assert repair("اظهارداشت: دارایی").text.startswith("اظهارداشت:")
    text = (
        "عنوان\nمحمدباقر نوبخت گفت: بودجه اصلاح می‌شود.\nنوبختاظهارداشت: دارایی که متعلق به "
        "نسل آینده است کسی حق ندارد آن را بفروشد.\n"
    )
    assert [(speaker, first) for _, speaker, _, first in quote_rows(text)][-1] == (
        "محمدباقر نوبخت",
        "دارایی که متعلق",
    )


# tabnak_858: «به گفته او» run into the quotation closed before it
def test_according_to_run_into_a_closed_quotation_opens_a_sentence():
    text = (
        "عنوان\nژنرال پاول فردریکس، جراح ستاد مشترک ارتش آمریکا به پایگاه «دیفنس‌وان» گفت: "
        "«نشانه‌های ضربه مغزی اغلب غیراختصاصی هستند.»به گفته او این نشانه‌ها موارد مختلف از "
        "سردرد تا سرگیجه را شامل می‌شوند.\n"
    )
    rows = quote_rows(text)
    assert [(kind, speaker, first) for kind, speaker, _, first in rows][-1] == (
        "indirect",
        "پاول فردریکس",
        "این نشانه‌ها موارد",
    )


# roozno_574: Jalali spoke in the lead (his clause opened by a date with no comma); then words
# nobody is found to say, in a clause a person other than him opens after «که», then «او گفت:»
_JALALI = (
    "عنوان\nبه گزارش روز نو، هرچند ۲۴ بهمن‌ماه سردار جلالی (رئیس پدافند غیرعامل) مقابل "
    "دوربین‌های صدا و سیما اعلام کرد هیچ مورد اثبات‌شده ورود کرونا به کشور وجود ندارد.\n"
    "احمد امیرآبادی نماینده قم در جلسه حاضر بود.\nدست رد نمایندگان به لایحه بودجه "
    "نمی‌توانست بی‌ارتباط با این موضوع باشد مسئله‌ای که امیرآبادی نماینده قم پرده از آن "
    "برداشت و به خبرنگاران گفت این تصمیم نمایندگان از ترس کرونا بود.\nاو گفت: «نمایندگان از "
    "ترس شیوع بیماری کرونا کلیات بودجه را رد کردند.»\n"
)


def test_a_pronoun_after_words_another_may_have_said_is_not_the_speaker_before():
    speakers = [speaker for _, speaker, _, _ in quote_rows(_JALALI)]
    assert speakers[0] == "جلالی"
    assert speakers[-1] != "جلالی"


# tabnak_697: Kochavi spoke; «بنت گفته که ...» (of «نفتالی بنت», a word too) was found with
# no speaker, and «به گفته وی» run into its closed quotation, whose sentence named no one the
# rules found, opened no sentence of its own: it would have been Kochavi's. «بنت» opening the
# sentence before its reporting verb is now Bennett, though the tagger reads a place there, and
# «به گفته وی» after his words is his
_BENNETT = (
    "عنوان\nاویو کوخاوی رئیس ستاد کل ارتش رژیم صهیونیستی مدعی شد، با اجرای این طرح ارتش "
    "«سریع‌تر» می‌شود.\nطرح تنوفا از سوی «نفتالی بنت» وزیر جنگ رژیم صهیونیستی به تأیید "
    "رسیده است.\nبنت گفته که این برنامه «این امکان را به ارتش می‌دهد تا سریع‌تر به دشمن حمله "
    "کند.»به گفته وی، این طرح «پیروزی را در صدر اولویت‌ها» قرار می‌دهد.\n"
)


def test_according_to_him_after_words_no_one_named_said_stays_in_them():
    rows = quote_rows(_BENNETT)
    assert rows[0][1] == "اویو کوخاوی"
    assert all(speaker != "اویو کوخاوی" for _, speaker, _, _ in rows[1:])
    assert all(
        speaker == "نفتالی بنت"
        for _, speaker, _, first in rows
        if first.startswith("این طرح «پیروزی")
    )


def test_the_sentence_before_is_read_only_for_a_pronoun_with_a_new_verb():
    # ``told_of_before`` takes the sentence before and reads its opening subject itself
    opened = "کری تالبوت، مدیر مجموعه وکالت فدرال مهاجرت، از وزارت امور خارجه انتقاد کرده است ."
    tokens = token_columns(opened + " او می‌گوید وزارت امور خارجه مشخص نکرده است")
    keys = lx.keys_of(tokens.words)
    reg = Registry()
    reg.mention_at(tokens, 0, 2, reg.new_person(tokens, keys, 0, 2))
    before = (0, keys.index("."))
    pronoun = before[1] + 1
    says = keys.index(lx.key("می‌گوید"))
    assert told_of_before(keys, pronoun, says, before, "دونالدترامپ", reg) == "کریتالبوت"
    # the same person heard before, no sentence before, or a verb that goes on: no one new
    assert told_of_before(keys, pronoun, says, before, "کریتالبوت", reg) is None
    assert told_of_before(keys, pronoun, says, None, "دونالدترامپ", reg) is None
    assert told_of_before(keys, before[1] - 2, before[1] - 1, before, "دونالدترامپ", reg) is None
