"""Posts against twenty judged samples, each judged by reading its articles.

Each sample holds 150 persons (the fourth and the sixth to twentieth 100), at most 3 of an
article; nineteen are of the shared news: the first (``posts_judged.jsonl``, seed 0) from
articles none of the gold's nor a copy of one under another name; the second (seed 61), the
third (seed 67), the fourth (seed 68), the sixth (seed 69), the seventh (seed 70), the eighth
(seed 80), the ninth (seed 90), the tenth (seed 100), the eleventh (seed 110), the twelfth (seed
120), the thirteenth (seed 130), the fourteenth (seed 140), the fifteenth (seed 150), the
sixteenth (seed 160), the seventeenth (seed 170), the eighteenth (seed 180), the nineteenth
(seed 190) and the twentieth (seed 200) the same way, leaving out also the articles of every
earlier sample and any copy of one of them. The fifth (``posts_judged_5.jsonl``, seed 70) is of
ARMAN's news of another decade, folds 1-2: every person of the 20 articles with one left when no
other fixture holds the article (34, the folds' articles spent), its text held in the fixture.
Two more are of ARMAN, each line naming its text under ``tests/fixtures`` (``file``), every real
person of each article judged by reading it before khabar ran on it
(``scripts/draw_arman_quotes.py``, seed 2612): ``arman_posts_judged.jsonl``, 12 articles of the
18 no ``arman_*`` fixture nor the fifth sample holds; ``arman_posts_judged_2.jsonl``, 12 of the
articles the ARMAN quotes-recall samples hold (read for quotes only) and the fifth does not,
whose text holds the third held-out draw's cue.
Each person's posts are as the article states them (``benchmarks/posts_accuracy.py
tests/fixtures/posts_judged_N.jsonl`` prints the same figures)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from khabar.evaluate import fold
from khabar.evaluate_posts import PostScore, read_judged, score

FIXTURES = Path(__file__).parent / "fixtures"


@dataclass(frozen=True)
class Sample:
    """A judged sample as drawn (articles, real persons, those with a post) and the floor the
    extractor must keep on it."""

    fixture: str
    articles: int
    real: int
    with_posts: int
    accuracy: float
    most_wrong: int
    persons: int = 150
    lost: int = 0  # judged persons khabar does not find (the ARMAN samples judged every one)


SAMPLES = (
    # 137 real persons as judged first; «سیروس تیموری‌نیا», named only in «پایگاه مقاومت سردار
    # شهید ...», is judged since by the rule of data/named_after.txt, which the persons samples
    # follow: a martyr a place is named after is no person in the news.
    # 0.781 (107 of 137; 3 wrong, 27 missed) by the extractor the sample was drawn from;
    # 0.847 (116; 2, 19) with posts held within their clause and leads named in the next
    # sentence; 0.853 (116; 2, 18) with a post after «یک» or «دیگر» the name's; 0.875 (119; 2,
    # 15) with the post of an anaphor opening a quote's clause its speaker's («این دیپلمات
    # ایرانی اضافه کرد»); 0.882 (120; 2, 14) with the post a speaker gives themself theirs
    # («وی خاطرنشان کرد: من به عنوان عضو فراکسیون ورزش مجلس ...»); 0.897 (122; 2, 12) with a
    # post in the plural after two names each one's («رجب طیب اردوغان و ولادیمیر پوتین، روسای
    # جمهوری ترکیه و روسیه»)
    Sample("posts_judged.jsonl", 90, 136, 102, 0.897, 2),
    # 0.842 (123 of 146; 2 wrong, 21 missed) by the extractor the sample was drawn from;
    # 0.877 (128; 3, 15) with the heads «مهاجم», «مجری», «بازیگر», «پادشاه», «افسر» and a
    # holder named in brackets after the post; 0.884 (129; 2, 15) once a post stops before a
    # name with its own post after a comma («معاون | آنتونیو گوترش، دبیرکل سازمان ملل»). One
    # wrong left is «بازیگر قدیمی», another wording of the lead's «بازیگر پیشکسوت سینما و
    # تلویزیون», which the judged posts write once; 0.897 (131; 2, 13) with a post after «دیگر»
    # the name's and a post a name ran into («کشتی آرایعضو هیأت مدیره ...»); 0.890 (130; 3, 13)
    # once a title of decks parted by slashes stays apart from the lead: the lead's «وزیر امور
    # خارجه کشورمان» then names the speaker of «رئیس دستگاه دیپلماسی ایران گفت: ...» (roozno_173,
    # a quote that had none), and that wording of his post, which the judged posts write once,
    # is the third wrong; 0.897 (131; 3, 12) with the post of an anaphor opening a quote's
    # clause its speaker's («این نماینده مجلس نهم تاکید کرد»); 0.904 (132; 2, 12) once «رئیس
    # دستگاه دیپلماسی ایران» beside «وزیر امور خارجه کشورمان» is written once, as the minister's;
    # 0.911 (133; 2, 11) once «نوروزی» alone is «حسن نوروی», the post's holder, with a letter off
    Sample("posts_judged_2.jsonl", 78, 146, 106, 0.910, 2),
    # 0.786 (114 of 145; 6 wrong, 25 missed) by the extractor the sample was drawn from;
    # 0.821 (119; 4, 22) with the heads «خواننده» and «والی» (a governor's post, not the
    # consul's before it), one post written once in two wordings («نخست‌وزیر اسرائیل»,
    # «نخست‌وزیر رژیم صهیونیستی») and a lead's post given to the one the next sentence names
    # though the title named them first. One wrong left is «رئیس جمهور آمریکا» for the
    # judged «رئیس جمهوری آمریکا», the same post, which the scoring does not match; 0.828
    # (120; 3, 22) once a post alone whose clause names the one speaking around it is not
    # theirs («رئیس اتاق ایران ... خطاب به همتی نوشته بود: ...»)
    # 0.834 (121; 3, 21) with the lead's post the title's one person's («رومینیگه: ...» over
    # «معاون باشگاه بایرن مونیخ معتقد است ...»)
    # 0.841 (122; 3, 20) with a second post joined by «و» past the first one's seat the
    # holder's too («آیت‌الله مروج نماینده فقید ولی‌فقیه در استان و امام جمعه اردبیل»); 0.848
    # (123; 3, 19) with «قاضی» a title right before a name («تصميم قاضي اورلاندو آلوارز»);
    # 0.855 (124; 3, 18) with the post of an anaphor opening a quote's clause its speaker's
    # («این مرجع تقلید با بیان اینکه ... گفت»); 0.862 (125; 3, 17) with a post in brackets
    # after a name in quotation marks its holder's («"خوان گوایدو" (رهبر شورشیان ونزوئلا)»);
    # 0.869 (126; 3, 16) with a second post joined by «و» past «این» and a noun the holder's
    # too («توحید اسدیان، مسئول این سبک و سرپرست تیم های ملی ووشو»); 0.876 (127; 3, 15) with a
    # post alone opening the sentence after the one its holder opens by name theirs («لیونل مسی
    # ... گلزنی کرد ... . مهاجم بارسا چهار هفته پیاپی ...»); 0.883 (128; 3, 14) with a post the
    # relative clause right after a name closes with its copula the name's («آقای زاهدی که گرچه
    # دوره ای وزیر علوم بود»)
    Sample("posts_judged_3.jsonl", 87, 145, 104, 0.882, 3),
    # 0.842 (80 of 95; 2 wrong, 13 missed) by the extractor the sample was drawn from;
    # 0.853 (81; 2, 12) with a post that opens a line of the source opening its clause though
    # the repair ran a subheading with no stop into it («مدیرکل میراث فرهنگی ... نیز گفت:»)
    # 0.863 (82; 1, 12) once a minister's post is not of one who holds a post of another
    # ministry («وزیر امور خارجه» is not the post of «سخنگوی وزارت دفاع آمریکا»)
    # 0.874 (83; 1, 11) with a post after «یک» and before «به نام» the name's («یک استاد
    # تاریخ آمریکایی به نام «هاوارد زن»»)
    # 0.884 (84; 1, 10) with the lead's post the title's one person's («آیا کرونا باعث شکست
    # ترامپ ... می‌شود؟» over «رئیس جمهور آمریکا که ...»)
    # 0.895 (85; 0, 10) with «رئیس دستگاه دیپلماسی روسیه» written once, as «وزیر امور خارجه
    # روسیه»; 0.905 (86; 0, 9) once «پمپئو» alone is «مایک پامپئو» with a letter off; 0.916
    # (87; 0, 8) with a post after the name said again in brackets the name's («قاسم سلیمانی
    # (سردار شهید حاج قاسم سلیمانی) فرمانده نیروی ویژه سپاه ...»); 0.937 (89; 0, 6) with the heads
    # «جهانگرد» and «اقتصاددان» («یک جهانگرد ایرانی», «کریستین گریم، اقتصاددان موسسه ایفو»);
    # 0.947 (90; 0, 5) with the lead's two posts the pair named next's in order («بین معاون علمی
    # ... و وزیر ارتباطات», then «بین سورنا ستای معاون علمی ... و محمدجواد آذری جهرمی»)
    # 0.958 (91; 0, 4) once a candidacy right after a name is read (``candidacies.py``)
    Sample("posts_judged_4.jsonl", 54, 95, 71, 0.957, 0, persons=100),
    # ARMAN's news of another decade (folds 1-2), all 34 persons of the 20 articles with one
    # that no fixture held: 0.846 (22 of 26; 1 wrong, 3 missed) by the extractor the sample
    # was drawn from; 0.885 (23; 0, 3) once a sentence opening with a list of names takes no
    # post the sentence before left to nobody («پاپ ژان پل دوم رهبر کاتولیکهای جهان ...»
    # then «حمید سجادی ، احمد یزدانیان ، ...»). Two missed are plurals («یکی از مجریان موفق
    # تلویزیون : مهران مدیری»), one «فیلمساز سرشناس ایرانی», a head not listed: on the shared
    # news it ran on past the post («فیلم‌ساز معترض سال‌های»)
    Sample("posts_judged_5.jsonl", 20, 26, 7, 0.884, 0, persons=34),
    # 0.827 (81 of 98; 2 wrong, 15 missed) by the extractor the sample was drawn from (f2935cd);
    # 0.847 (83; 1, 14) with the head «فرستاده» («مارتین گریفیث، فرستاده سازمان ملل به یمن»)
    # and a post that is another of the person's but for its country left out («رئیس جمهور»
    # beside «رئیس جمهوری چین»)
    # 0.857 (84; 1, 13) with the lead's post the title's one person's (Trump again)
    # 0.867 (85; 1, 12) once «عزیرپور» alone is «ابراهیم عزیزپور» with a letter off; 0.878
    # (86; 1, 11) with a post cut before «این مستند» and a comma its holder's after them
    # («کارگردان این مستند، مژگان اینانلو است»)
    # 0.898 (88; 1, 9) once a candidacy right after a name is read (``candidacies.py``)
    # fars-3_291's «خاتمی» alone is «سید محمد خاتمی» since the thirty-fourth quotes-recall
    # sample (``registry._one_but_sayyid``), and the post a lead ran on past «رئیس جمهور»,
    # «رئیس جمهور سیاست اصولی کاراکاس», wrong and held before by a «خاتمی» apart, was his,
    # 0.888 (87; 2, 9); 0.908 (89; 0, 9) once a head of state's post ends before a common noun
    # that opens its clause's object (``title_objects``: «رئیس جمهور | سیاست اصولی ... را»)
    Sample("posts_judged_6.jsonl", 56, 98, 73, 0.907, 0, persons=100),
    # 0.779 (74 of 95; 4 wrong, 17 missed) by the extractor the sample was drawn from (1b8d7e6);
    # 0.842 (80; 1, 14) once a post of one the speaker met or cites is not the speaker's («طاهری
    # در دیدار مدیرکل ...», «همچنان که رییس مجلس اعلام کرد»), a post after «در ادامه» or «یک»
    # opens its sentence for the one named next, «هنرپیشه» is a head and the Friday prayer's
    # post is written as its imam's («امام جمعه رشت», not «خطیب جمعه رشت»); 0.853 (81; 1, 13)
    # once «کبگانیان» alone is «منصور کبکانیان» with a letter off; 0.863 (82; 0, 13) once «و
    # شخص» before a name ends the post before it («تکذیب سخنگوی فدراسیون و شخص مهدی تاج»)
    # 0.874 (83; 0, 12) once a candidacy right after a name is read (``candidacies.py``)
    Sample("posts_judged_7.jsonl", 53, 95, 66, 0.873, 0, persons=100),
    # 0.934 (85 of 91; 2 wrong, 4 missed) by the extractor the sample was drawn from (2a97ad8);
    # 0.956 (87; 1, 3) with a second post joined by «و» past the first one's seat the holder's
    # too («نماینده ولی فقیه در هرمزگان و امام جمعه بندرعباس گفت») and a post a pronoun after
    # it names the holder of another's («مدیر برنامه وی به ما اعلام کرده»); 0.967 (88; 0, 3)
    # with «بعنوان» read as «به عنوان»: Mahathir holds «نخست وزیر مالزی», and the lead's «نخست
    # وزیر موقت مالزی» is his, no longer Anwar's
    Sample("posts_judged_8.jsonl", 53, 91, 52, 0.967, 0, persons=100),
    # 0.851 (80 of 94; 2 wrong, 12 missed) by the extractor the sample was drawn from (e5ab962);
    # 0.872 (82; 1, 11) with a post right after a family name found past the registry its
    # holder's («با حکم سلطانی فر وزیر ورزش و جوانان»; Salavati's «نماینده سابق مجلس» too)
    # and «رییس دستگاه دیپلماسی» beside «وزیر امورخارجه ایران» written once; 0.883 (83; 1,
    # 10) with the lead's two posts the pair named next's in order («رئيس تشكيلات خودگردان و
    # نخست‌وزير فلسطين», then «"محمود عباس" و "اسماعيل هنيه"»)
    Sample("posts_judged_9.jsonl", 53, 94, 62, 0.882, 1, persons=100),
    # 0.895 (85 of 95; 3 wrong, 7 missed) by the extractor the sample was drawn from (0b069e7);
    # 0.937 (89; 2, 4) with a post in brackets after a name its holder's («عباسعلی مطلبی (عضو
    # هیات علمی ...)»), a title's post before a colon the speaker's and not the name's after it
    # («سخنگوی سپاه: سردار سلیمانی در ماجرای ...»), a head alone beside a post it opens written
    # once («سخنگو» of «سخنگوی سپاه») and a post in the plural after two names each one's
    # («محمد جواد ظریف و المار ممدیارف، وزیران امور خارجه جمهوری اسلامی ایران و جمهوری
    # آذربایجان»); 0.947 (90; 1, 4) once the first vice-president's post and a minister's are
    # two offices («وزیر بهداشت» his tweet names is not Jahangiri). The one wrong is that plural
    # post of Mammadyarov's: this sample, as the ninth, writes no post a plural states, where
    # the first and second wrote such posts
    Sample("posts_judged_10.jsonl", 55, 95, 56, 0.947, 1, persons=100),
    # 0.916 (87 of 95; 2 wrong, 6 missed) by the extractor the sample was drawn from (8054f61);
    # 0.937 (89; 2, 4) once a post alone is not the head's of a department within its body
    # («رئیس سازمان برنامه و بودجه بیان کرد» after Nobakht's words, not Avazpour's «رئیس امور
    # سلامت و رفاه اجتماعی سازمان برنامه و بودجه») and a second post joined by «و» past the seat
    # of one set after its holder's name by a comma is theirs («غلامعلی صفایی بوشهری، نماینده
    # ولی فقیه در استان و امام جمعه بوشهر»). Its two wrong: a post run on into the verb's noun
    # («... تبلیغات اسلامی معارفه شد») and the subject's post before a comma given to the object
    # after it («رئیس جمهور وقت، علی دایی را برکنار کرد»); 0.958 (91; 2, 2) with «استراتژیست»
    # a head («استفن اینس، استراتژیست بازار در شرکت ...») and a post cut before «این کشور» and
    # a comma its holder's after them («به نخست وزیر این کشور، بنیامین نتانیاهو»); the post
    # run on into «معارفه شد» now ends before it, still wrong by the source's «سازمان و»
    Sample("posts_judged_11.jsonl", 55, 95, 59, 0.957, 2, persons=100),
    # 0.816 (80 of 98; 2 wrong, 16 missed) by the extractor the sample was drawn from (c1338023);
    # 0.827 (81; 1, 16) once a post alone is not the next one named where another post alone
    # marked by «هم» or «نیز» speaks between them («فرماندار شهرستان بویراحمد گفت:» then «رئیس
    # آموزش و پرورش بویراحمد هم گفت:» and «علی حسن‌زاده گفت:»); 0.837 (82; 1, 15) with
    # «سرکرده» a head («سعد بن عاطف العوقلی، سرکرده گروه القاعده در استان "شبوه" یمن»). Its one
    # wrong: a post after «با حضور» run into the name of the one introduced («با حضور قائم‌مقام
    # اداره کل فرهنگ و ارشاد اسلامی استان کرمان سجاد رکن‌آبادی به عنوان رئیس ... معرفی شد»)
    # 0.847 (83; 0, 15) once a post after «با حضور» is not the one introduced's named right
    # after it; 0.857 (84; 0, 14) with the lead's post the name's past the body its source
    # quotes from, no comma between («به نقل از اداره ... آموزش و پرورش استان شاهرخ کناری ...»)
    Sample("posts_judged_12.jsonl", 49, 98, 60, 0.857, 0, persons=100),
    # 0.879 (80 of 91; 2 wrong, 9 missed) by the extractor the sample was drawn from (fc521034);
    # 0.890 (81; 2, 8) with the lead's post the name's past a source no comma closes («به گزارش
    # خبرنگار خبرگزاری فارس از کرمان محمد نیازی که ... گفت»); 0.912 (83; 2, 6) with
    # «روزنامه‌نگار» and «کمیسر» heads («پژمان موسوی، روزنامه نگار», «اسماعیل شرقی، کمیسر صلح و
    # امنیت اتحادیه آفریقا»); 0.923 (84; 2, 5) with a title's head alone before a name in
    # quotation marks the name's («سناتور «مک کین»»). Its two wrong: the source's misspelling of
    # the post once («نماینده ویزه واشنگتن»), and a spokesman's post given to the president his
    # words name, the spokesman's name in quotation marks not read as one («"ذبیح‌الله مجاهد"،
    # سخنگوی طالبان»)
    # 0.934 (85; 2, 4) with «به عنوان» taken by the name that opens the main clause past the
    # sentence's opening adverbial and its comma («امروز بعد از ظهر، «عبدالله عبدالله»، به
    # عنوان رئیس‌جمهور افغانستان سوگند یاد کرد»)
    Sample("posts_judged_13.jsonl", 51, 91, 56, 0.934, 2, persons=100),
    # 0.934 (85 of 91; 2 wrong, 4 missed) by the extractor the sample was drawn from (82934099),
    # and since: its rules mend none of its own. Its two wrong: the lead's «معاون وزارت اقتصاد»,
    # another wording of «معاون امور بانکی وزارت امور اقتصادی و دارایی» the scorer cannot align,
    # and a campaign's wish given as a post («کمپینی برای حمایت از الهه کولایی به عنوان شهردار زن»)
    # 0.945 (86; 2, 3) with «به عنوان» taken past the opening adverbial's comma («در این جلسه
    # که ... انتخاب شد، جمشید خیرآبادی ... به عنوان رییس هیات کشتی استان انتخاب شد»)
    Sample("posts_judged_14.jsonl", 58, 91, 65, 0.945, 2, persons=100),
    # 0.898 (88 of 98; 2 wrong, 8 missed) by the extractor the sample was drawn from (7a06a4cf).
    # Its two wrong: a post run on past its end («معاون دوم رئیس جمهور | بار دیگر») and a
    # senator's head alone given to the president the senator's words name, the senator's name
    # in quotation marks not read as one («سناتور "کیت باند" ... در واکنش به اظهارات جرج بوش»);
    # 0.908 (89; 1, 8) with the senator's name in quotation marks a person, and a post inside
    # others' words in the lead the title's one person's where the title says the same with his
    # name in its place («بوش را در برابر کنگره قرار می‌دهد» over «... رئیس جمهوری آمریکا را در
    # برابر کنگره قرار می‌دهد»), and «بار دیگر» past a post ending it. The one wrong left is
    # that post's other wording («معاون دوم رئیس جمهور» beside «معاون رئیس جمهور عراق»); 0.918
    # (90; 1, 7) with «به عنوان» in the relative clause right after a name the name's («نعیم
    # السهیل که در حال حاضر به عنوان معاون رئیس دفتر ... مشغول به فعالیت است»)
    Sample("posts_judged_15.jsonl", 55, 98, 75, 0.918, 1, persons=100),
    # 0.863 (82 of 95; 3 wrong, 10 missed) by the extractor the sample was drawn from (6dc4bd32).
    # Its three wrong: a governor's post run onto the dead son named before him («پدر زنده یاد
    # نعمت‌الله نمکی استاندار کردستان، فرماندار و اعضای شورای اداری استان با حضور ...»), and two
    # other wordings the scorer cannot align («خطیب جمعه اصفهان» beside «امام جمعه موقت اصفهان»,
    # «وزیر ارتباطات و فن‌آوری اطلاعات» beside «... فناوری ...»); 0.884 (84; 3, 8) with
    # «بعنوان» read as «به عنوان» («انتخاب دونالد ترامپ بعنوان رئیس جمهور آمریکا») and the post
    # right after the name «به ریاست» names theirs («به ریاست ... روحانی رییس جمهوری برگزار شد»)
    Sample("posts_judged_16.jsonl", 58, 95, 61, 0.884, 3, persons=100),
    # 0.938 (90 of 96; 0 wrong, 6 missed) by the extractor the sample was drawn from (3bced779).
    # Its six missed: two callings after the name («جيمزناشوي» عكاس مشهور امريكايي», «جواد جوادی
    # آشپز حرفه‌ای»), a second post alone between the holder's own sentences («عضو و رئیس
    # کمیسیون حمل و نقل ... گفت», «فرمانده قرارگاه استانی شهید شهرامفر در ادامه گفت»), a post
    # alone in its holder's own sentence («... شهادت سردار قاسم سلیمانی ... یاد و خاطره فرمانده
    # شهید نیروی قدس سپاه») and a head alone before a name in quotation marks («کمیسر آندرادا»)
    Sample("posts_judged_17.jsonl", 51, 96, 57, 0.937, 0, persons=100),
    # 0.820 (82 of 100; 6 wrong, 12 missed) by the extractor the sample was drawn from (bcc39ee4).
    # Its six wrong: the lead's «یک مسؤول ارشد سوری», a description; the title's «سخنگوی سپاه»
    # given to the other man it names («واکنش سخنگوی سپاه به انتقادات ... سردار غیب‌پرور») and
    # the spokesman left the bare head «سخنگو» of «سخنگو و مسئول روابط عمومی کل سپاه»; two
    # posts alone of others after the speaker's words («سخنگوی وزارت امورخارجه کشورمان», Iran's,
    # after an American's; «فرمانده عملیات مشترک عراق» after its spokesman's); a post of
    # «حجت‌الاسلام محمدی», listed apart, joined to «علی محمدی» by the family name; 0.840 (84; 4,
    # 12) once a post alone is not the post of one who holds a post under it («فرمانده عملیات
    # مشترک عراق» after «سخنگوی فرماندهی عملیات مشترک عراق») nor, closing with «کشورمان», of
    # one who holds a post of another country
    Sample("posts_judged_18.jsonl", 55, 100, 75, 0.84, 4, persons=100),
    # 0.837 (82 of 98; 4 wrong, 12 missed) by the extractor the sample was drawn from (4a8c69ed).
    # Its four wrong: «عضو» alone cut before «از اعضای …» («یک عضو از اعضای احزاب افراطی ضد
    # اسلام هلند»), «احتمالا» glued to a post's last word («… مجلس نمایندگان آمریکااحتمالا»),
    # and two second wordings of a post held («رئیس حزب اسلام‌ستیز آزاد» beside «رئیس حزب
    # راستگرای آزاد هلند», «رییس دفتر رییس جمهوری» beside «رییس دفتر ریاست جمهوری»); 0.867 (85;
    # 2, 11) with «عضو» alone no post, «در این جلسه» past a lead's post, a relative clause's
    # copula past «در ...», the president's office one body named two ways and «فعال رسانه‌ای»
    # a head; 0.878 (86; 2, 10) with a head of state's title before a full name the name's
    # («رئیس جمهور لنین مورنو»)
    # 0.888 (87; 2, 9) once a candidacy right after a name is read (``candidacies.py``)
    Sample("posts_judged_19.jsonl", 54, 98, 71, 0.887, 2, persons=100),
    # 0.918 (89 of 97; 3 wrong, 5 missed) by the extractor the sample was drawn from (23197065).
    # Its three wrong: a post given with «به عنوان» to another man, the object of the speaker's
    # verb («به انتخاب برانکو به عنوان سرمربی جدید تیم ملی انتقاد کرد»); the lead's
    # «سخنگوي وزارت امور خارجه كره شمالي», never named, given to the next man named («كالين
    # پاول ... در حاشيه ديدار با وزير امور خارجه كره شمالي ... گفت»); and «مدیر ورزشی رم» of the
    # speaker given to the man his words name («بالديني در پايان گفت»); 0.938 (91; 0, 6) with a
    # post by «به عنوان» after a noun of appointing its object's, and a post alone not the next
    # named after a body spoke, nor of one its words name
    # 0.948 (92; 0, 5) once a candidacy right after a name is read (``candidacies.py``)
    Sample("posts_judged_20.jsonl", 51, 97, 69, 0.948, 0, persons=100),
    # 0.867 (65 of 75; 4 wrong, 6 missed) by the extractor the sample was drawn from (23197065).
    # Its four wrong: a post before «بین» and two names given to the first («انتخاب سرمربی بین
    # علی دایی و امیر قلعه‌نویی»), a name's family name taken for a head in a cast («محسن قاضی
    # مرادی، محمود بهرامی») and two other wordings the scorer cannot align («نماینده مرجعیت
    # عراق» beside «نماینده آیت‌الله العظمی سیستانی», «معاون وزیر بهداشت» beside «معاون کل
    # وزارت بهداشت، درمان و آموزش پزشکی»)
    Sample("posts_judged_21.jsonl", 37, 75, 42, 0.906, 2, persons=76),
    # drawn from articles of 4,500-12,000 characters (``--chars 4500 12000``), the shorter
    # ones' persons spent. 0.896 (86 of 96; 0 wrong, 10 missed) by the extractor the sample was
    # drawn from (285f458f); 0.917 (88; 0, 8) with «منتخب مردم» and its seat a post («جواد
    # کریمی قدوسی، منتخب مردم مشهد»)
    Sample("posts_judged_22.jsonl", 41, 96, 50, 0.916, 0, persons=100),
    # drawn the same way with seed 230 (the gold and twenty-two samples left out, 414 articles in
    # the pool). 0.907 (88 of 97; 2 wrong, 7 missed) by the extractor the sample was drawn from
    # (0615c2a4); 0.948 (92; 1, 4) with a post one may become no post held («اگر جو بایدن
    # رئیس‌جمهور شود») and the heads «جامعه‌شناس», «فعال اصولگرا» and «فعال اصلاح‌طلب»
    Sample("posts_judged_23.jsonl", 37, 97, 50, 0.948, 1, persons=100),
    # drawn the same way with seed 240 (the gold and twenty-three samples left out). 0.918 (89
    # of 97; 1 wrong, 7 missed) by the extractor the sample was drawn from (6311a4cf): the wrong
    # the judge's «قاضی» given to the defendant who answers him («قاضی پرسید: ...؟ زم پاسخ
    # داد», «قاضی گفت: ...؟ متهم زم گفت»), the judge never named; 0.928 (90; 0, 7) with a court's
    # post no post of the accused («متهم زم», ``court_parties``). Mended after the thirty-first
    # store sample's rules: «این استاد دانشگاه شهید بهشتی می‌افزاید» (roozno_851) follows Hamid
    # Souri's statement, who holds that post, not Minoo Mohraz's, judged so at first; 0.928 (90;
    # 0, 7) with Souri's name no longer run into «اپیدمیولوژیست» (0.918, 89; 1, 7 at d1e34afe)
    Sample("posts_judged_24.jsonl", 36, 97, 61, 0.927, 0, persons=100),
    # drawn the same way with seed 250 (the gold and twenty-four samples left out, 330 articles
    # in the pool). 0.906 (87 of 96; 1 wrong, 8 missed) by the extractor the sample was drawn
    # from (e42b7716): the wrong a second wording of a post held, «مدیر توسعه و کسب و کار ویدیو
    # بازار» beside «مدیر توسعه کسب و کار بخش ویدیو بازار»; 0.938 (90; 1, 5) with «تهیه‌کننده»
    # and «تئوریسین» heads («کارگردان و تهیه‌کننده سینما» two posts) and a credit's word before
    # a colon the next name's («کارگردان: محمد کارت، تهیه‌کننده: رسول صدرعاملی»); since
    # «دورتی شیا» joins «دوروتی شیا» of the same article (a given name a letter off), the judged
    # «دورتی شیا» holds her other mention's posts too, «سفیر جدید آمریکا» and «سفیر آمریکا»:
    # right, but not the one wording judged, so counted wrong (0.948 → 0.938, 90 of 96; 2, 4)
    Sample("posts_judged_25.jsonl", 41, 96, 69, 0.937, 2, persons=100),
    # drawn the same way with seed 260 (the gold and twenty-five samples left out, 285 articles
    # in the pool). 0.848 (84 of 99; 4 wrong, 11 missed) by the extractor the sample was drawn
    # from (6345936a): a post alone going on with the statement of one named before it given to
    # one named after it («سخنگوی قرارگاه مبارزه با کرونا ادامه داد:», «عضو کمیسیون صنایع و
    # معادن مجلس شورای اسلامی ادامه داد:»), a delegation's next member's post («دستیار وزیر
    # خارجه و نماینده مرزبانی ایران»), a title's «مدیر عامل آمازون توسط محمد بن سلمان»; 0.869
    # (86; 2, 11) with such a post opening its sentence the one's who spoke right before it
    Sample("posts_judged_26.jsonl", 41, 99, 65, 0.868, 2, persons=100),
    # drawn the same way with seed 270 (the gold and twenty-six samples left out, 243 articles
    # in the pool). 0.837 (77 of 92; 3 wrong, 12 missed) by the extractor the sample was drawn
    # from (8b42fb92): a post run on past its end («سخنگوی اتحادیه تهیه‌کنندگان موضع رسمی»,
    # «قائم مقام حزب اعتماد ملیدر تاریخ»), «دبیرکلی» of «به دبیرکلی سید شهاب‌الدین صدر»; 0.859
    # (79; 2, 11) with a head's office no head run into «کلی» and «روانشناس» a head
    Sample("posts_judged_27.jsonl", 39, 92, 54, 0.858, 2, persons=100),
    # the short band (1,200-3,000 characters) spent, drawn from articles of 3,000-4,500 with
    # seed 280 (the gold and twenty-six samples left out, 252 articles in the pool). 0.835 (81
    # of 97; 2 wrong, 14 missed) by the extractor the sample was drawn from (8e3c515e): a post
    # opening the line after a subheading that ends with a name given to that name
    # («... با حضور حجت‌الاسلام دهنوی» / «معاون دفتر نهاد نمایندگی ...»), another's post six
    # sentences on («دبیر کل حزب مخالف دولت در پارلمان ژاپن»); 0.845 (82; 2, 13) with a head of
    # state's title before a full name the name's («رئیس جمهور الهام علی اف»)
    Sample("posts_judged_28.jsonl", 44, 97, 57, 0.845, 2, persons=100),
    # drawn the same way with seed 290 from the articles of 3,000-4,500 characters (``--chars
    # 3000 4500``; the gold and all earlier samples, the twenty-seventh too, left out, 252
    # articles in the pool). 0.869 (86 of 99; 6 wrong, 7 missed) by the extractor the sample was
    # drawn from (8e3c515e): a post one is to be appointed to («كه قرار است به عنوان معاون
    # پارلماني رئيس‌جمهور منصوب شود»), what a lead says a post is not («... نه رئیس هیئت مدیره
    # گفت:»), a post run into the next line or a letter's signature, a speaker's post given to a
    # guest named in its sentence («... با حضور حجت‌الاسلام دهنوی ... خبر داد») and a coach's
    # to the player he sends on («مربی شهرخودرو امین قاسمی‌نژاد و ... را به زمین فرستاد»); 0.899
    # (89; 3, 7) with a post to be given «به عنوان ... منصوب شود» and a post after «نه» or alone
    # before «است نه» held by nobody, and a post opening a line no post of the name ending the
    # line before
    # 0.909 (90; 3, 6) once a candidacy right after a name is read (``candidacies.py``)
    Sample("posts_judged_29.jsonl", 43, 99, 51, 0.909, 3, persons=100),
    # drawn the same way with seed 300 from the articles of 3,000-4,500 characters (the gold and
    # all earlier samples, the twenty-eighth and twenty-ninth too, left out, 170 articles in the
    # pool). 0.865 (83 of 96; 2 wrong, 11 missed) by the extractor the sample was drawn from
    # (952c111d): the founder's title given to his grandson («وامدار تفکر و راه بنیان‌گذار
    # انقلاب» of حسن خمینی), an unnamed union head's post five lines before («رئیس اتحادیه
    # تزئینات داخلی ساختمان»); missed, posts for a person named alone in the clause («وزیر کشور»
    # of رحمانی‌فضلی), a post after «که» ending «بوده» («ژنرال سلیمانی که ... فرمانده نیروهای
    # قدس ... بوده»), a head of state's title before a family name («رئیس جمهور ترامپ»); 0.885
    # (85; 1, 10) with a post ending before «امام» or «حضرت امام» of a name, and the founder's
    # title alone nobody's but the late Imam's
    Sample("posts_judged_30.jsonl", 45, 96, 66, 0.885, 1, persons=100),
    # drawn with seed 310 from the articles of 4,500-12,000 characters (``--chars 4500 12000``,
    # as the twenty-seventh; the gold and all earlier samples left out, 204 articles in the
    # pool). 0.735 (72 of 98; 6 wrong, 20 missed) by the extractor the sample was drawn from
    # (06c59036): a post alone lines before a name given to it («وزیر بهداشت» of a question put
    # to واعظی, «رئیس سابق کمیسیون اجتماعی مجلس» of an unnamed speaker given to فدایی), an
    # indefinite post opening a new speaker's words («یک نماینده تهران ... بیان کرد:») given to
    # the one before, a spokesman's post given to whom he speaks for («سخنگوی پرنس چارلز»);
    # missed, one of a plural («از کاندیداهای اصولگرایان», «(داوران گروه تصویرگری)»), posts
    # alone («رئیس جمهور» of روحانی), a post after a Latin name in brackets; 0.776 (76; 1, 21)
    # with a lead not the next named's after its speaker ends («در پایان گفت») or one of a group
    # speaks («یکی از ... می‌گوید»), a post after a question in its line no answerer's nor last
    # speaker's, and a post naming the last speaker in its clause not theirs
    Sample("posts_judged_31.jsonl", 37, 98, 73, 0.775, 1, persons=100),
    # drawn with seed 320 from the articles of 3,000-4,500 characters (``--chars 3000 4500``, as
    # the thirtieth; the gold and all earlier samples left out, 125 articles in the pool). 0.849
    # (79 of 93; 0 wrong, 14 missed) by the extractor the sample was drawn from (55a130c9):
    # missed, callings after a comma («روان پزشک», «تاجر ایرانی مقیم دبی»), a post after a
    # name in guillemets («نویسنده روزنامه واشنگتن پست»), a pronoun's body («دبیرکل آن»), a
    # candidacy of two names, a second post after «و», posts alone in the clause or the
    # paragraph before («رئیس جمهور فنلاند», «رئیس تشکیلات خودگردان فلسطین», «خانم بازیگر»);
    # 0.860 (80; 0, 13) with «روان‌پزشک» a calling's head
    Sample("posts_judged_32.jsonl", 45, 93, 72, 0.86, 0, persons=100),
    # drawn with seed 330 from the articles of 4,500-12,000 characters (``--chars 4500 12000``, as
    # the thirty-first; the gold and all earlier samples left out, 167 articles in the pool).
    # 0.758 (72 of 95; 2 wrong, 21 missed) by the extractor the sample was drawn from
    # (af404f4c): a heading's post run into «حجت الاسلام والمسلمین» given to the president it
    # names («گفت و گوی روحانی با وزیر بهداشتحجت الاسلام والمسلمین حسن روحانی»), a union head's
    # post alone given to the economist named next («رئیس اتحادیه کشوری طلا و جواهر» of «آیت
    # محمد، ولی»); missed, callings after a comma («فروشنده یکی از داروخانه ها», «حقوقدان و
    # وکیل دادگستری»), posts in a life's predicates («به عنوان دستیار سفیر ... مشغول به کار
    # شد»), posts in a relative clause, a head of state's post after a name in «دولت X، ...»;
    # 0.779 (74; 1, 20) with a heading's post run into a cleric's title no one's and a post's
    # «در دولت X،» no adverbial of time
    Sample("posts_judged_33.jsonl", 42, 95, 64, 0.778, 1, persons=100),
    # drawn with seed 340 from the articles of 3,000-4,500 characters (``--chars 3000 4500``, as
    # the thirty-second; the gold and all earlier samples left out, 80 articles in the pool,
    # whose 37 with a person gave 99 persons). 0.768 (73 of 95; 0 wrong, 22 missed) by the
    # extractor the sample was drawn from (d1e34afe): missed, electees' seats («منتخب
    # گچساران»), posts alone in the sentence before the name («رئیس اتحادیه مشاوران املاک»,
    # «معاون وزیر راه و شهرسازی»), plurals («مراجع تقلید», «مداحان مشهور»), a post after a
    # comma past «پسر» or a quoted name, a post as the predicate («کارمند بازنشسته ... بود»);
    # 0.811 (77; 0, 18) with «منتخب» before a town, county or province after a name a seat
    Sample("posts_judged_34.jsonl", 37, 95, 65, 0.81, 0, persons=99),
    # drawn with seed 350 from the articles of 4,500-12,000 characters (``--chars 4500 12000``,
    # as the thirty-third; the gold and all earlier samples left out, 125 articles in the pool).
    # 0.717 (71 of 99; 3 wrong, 25 missed) by the extractor the sample was drawn from
    # (3675ba8b): wrong, a list's unnamed «و رئیس جمهور فرانسه» given to «مرکل صدراعظم آلمان»,
    # a panel's unnamed «مدیر بخش هواشناسی» to a researcher named later, a heading's word run
    # into «رئیس دیوان محاسبات»; missed, plurals («کارشناسانی مانند»), posts in a predicate or
    # a relative clause, posts alone in a lead or a headline, a second wording of one post
    Sample("posts_judged_35.jsonl", 40, 99, 71, 0.717, 3, persons=100),
    # drawn with seed 360 from the articles of 4,500-12,000 characters (``--chars 4500 12000``,
    # as the thirty-fifth; the gold and all earlier samples left out, 85 articles in the pool).
    # 0.708 (68 of 96; 3 wrong, 25 missed) by the extractor the sample was drawn from
    # (a59fbeae): wrong, a byline's name given the lead's unnamed «عضو شورای‌شهر تهران», the
    # second post of a long list of those present («در این جلسه که ...، رییس سازمان غذا و
    # دارو، ... حضور داشتند، استاندار خراسان رضوی ... گفت») given to the governor named next,
    # «به عنوان نماینده نهایی حزب خود» of what Biden may become; missed, plurals, posts alone
    # in a lead or between the holder's statements, a seat after a name with no separator,
    # posts in a predicate or a relative clause; 0.729 (70; 2, 24) with the list's clause
    # closed at its verb and a member's seat said alone written beside his post of the house
    Sample("posts_judged_36.jsonl", 38, 96, 60, 0.729, 2, persons=100),
    # drawn with seed 370 from the articles of 4,500-12,000 characters (``--chars 4500 12000``,
    # as the thirty-sixth; the gold and all earlier samples left out, 47 articles in the pool,
    # whose 27 with a person gave 72 persons). 0.855 (59 of 69; 2 wrong, 8 missed) by the
    # extractor the sample was drawn from (5a373866): wrong, a second wording of an
    # ambassador's post cut before «در تهران», a son's «رییس جمهور سابق» given to his father
    # of the same name; missed, posts alone in a lead or before the name, «سرلیست» in a
    # relative clause or after «به عنوان», a calling in a list of a defendant's particulars, an
    # office in a genitive; the same since, with «سرلیست» a post's head
    Sample("posts_judged_37.jsonl", 27, 69, 50, 0.855, 2, persons=72),
    # ARMAN's folds 1-2 once more, 12 of the 18 articles outside every ``arman_*`` fixture and
    # the fifth sample (seed 2612): the articles in which the extractor found no person when the
    # fifth was drawn. 4 real persons, none with a post («مک مانامان», «ناتاشا», «شوهرش ولادیمیر»,
    # «ویکا»), none found by the extractor of f72604da: nothing scored
    Sample("arman_posts_judged.jsonl", 12, 4, 0, 1.0, 0, persons=5, lost=4),
    # 12 articles of the ARMAN quotes-recall samples whose text holds the third held-out draw's
    # cue, but the fifth sample's (seed 2612): 27 real persons, 16 with a post. 0.682 (15 of 22;
    # 0 wrong, 7 missed) by the extractor of f72604da, 5 persons not found (a player, two
    # scorers, «شونمان», «جان تاو» before mirrored brackets). Missed: unlisted heads («نامزد»
    # after «جورج دبلیو بوش و ال گور», «منتقد»), a post alone away from the name («رئیس‌جمهوری»
    # of Khatami), the second of two posts before two names («رئیس‌جمهور … و نخست‌وزیر …
    # شهیدان عزیز رجائی و باهنر»), a plural («از هنرپیشه‌های مشهور …»), a post in brackets
    # written mirrored («دیوید جیسون ) بازیگر نقش کارآگاه فراست (»); 0.727 (16; 0, 6) once
    # mirrored brackets are read as a pair (``text/mirrored_brackets.py``)
    # 0.773 (17; 0, 5) once a candidacy right after a name is read (``candidacies.py``)
    Sample("arman_posts_judged_2.jsonl", 12, 27, 16, 0.772, 0, persons=28, lost=5),
)


@cache
def items_of(fixture: str) -> list[dict]:
    return list(read_judged(FIXTURES / fixture))


@cache
def result_of(fixture: str) -> PostScore:
    return score(items_of(fixture))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.fixture)
def test_the_sample_is_judged_as_drawn(sample: Sample) -> None:
    items = items_of(sample.fixture)
    persons = [p for i in items for p in i["persons"]]
    assert len(persons) == sample.persons
    assert len({i["stem"] for i in items}) == len(items) == sample.articles
    real = [p for p in persons if p["person"]]
    assert (len(real), sum(1 for p in real if p["roles"])) == (sample.real, sample.with_posts)


# samples drawn beside one another from the same commit and band, neither knowing the other's
# articles: they share five, whose persons both judge alike (the test below)
DRAWN_BESIDE = {"posts_judged_29.jsonl": "posts_judged_28.jsonl"}


@pytest.mark.parametrize("at", range(len(SAMPLES)), ids=lambda at: SAMPLES[at].fixture)
def test_no_article_of_the_gold_or_an_earlier_sample_is_in_the_sample(at: int) -> None:
    gold = {p.stem for p in (FIXTURES / "gold").glob("*.json")}
    drawn = (FIXTURES / "gold/drawn.tsv").read_text(encoding="utf-8").splitlines()[1:]
    gold |= {line.split("\t")[1] for line in drawn}
    beside = DRAWN_BESIDE.get(SAMPLES[at].fixture)
    earlier = [i for s in SAMPLES[:at] if s.fixture != beside for i in items_of(s.fixture)]
    items = items_of(SAMPLES[at].fixture)
    titles = {fold(i["text"].split("\n", 1)[0]) for i in earlier}
    assert not (gold | {i["stem"] for i in earlier}) & {i["stem"] for i in items}
    assert not titles & {fold(i["text"].split("\n", 1)[0]) for i in items}


def test_the_articles_of_samples_drawn_beside_one_another_are_judged_alike() -> None:
    for later, other in DRAWN_BESIDE.items():
        judged = {i["stem"]: i["persons"] for i in items_of(other)}
        shared = [i for i in items_of(later) if i["stem"] in judged]
        assert len(shared) == 5
        for item in shared:
            mine = {p["name"]: (p["person"], p["roles"]) for p in item["persons"]}
            theirs = {p["name"]: (p["person"], p["roles"]) for p in judged[item["stem"]]}
            assert all(mine[n] == theirs[n] for n in mine.keys() & theirs.keys()), item["stem"]


def test_no_article_of_the_arman_sample_is_in_another_arman_fixture() -> None:
    drawn = {(i["fold"], i["article"]) for i in items_of("posts_judged_5.jsonl")}
    assert {fold for fold, _ in drawn} == {1, 2}  # never fold 3
    held = set()
    for path in FIXTURES.glob("*.jsonl"):
        # the fifth ARMAN quotes-recall sample was drawn from the same free articles at the same
        # commit, each sample judged before any rule was written for it
        if path.name not in ("posts_judged_5.jsonl", "arman_quotes_recall_5.jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                item = json.loads(line) if line.strip() else {}
                if item.get("fold") is not None:
                    held.add((item["fold"], item["article"]))
    assert len(held) > 400
    assert not drawn & held


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.fixture)
def test_post_accuracy_on_the_judged_sample(sample: Sample) -> None:
    result = result_of(sample.fixture)
    assert result.posts.accuracy >= sample.accuracy, result.misses
    assert result.posts.wrong <= sample.most_wrong, result.misses
    assert result.lost <= sample.lost, result.misses


def test_the_later_arman_samples_are_of_folds_1_and_2_and_judged_for_posts_once() -> None:
    first = {(i["fold"], i["article"]) for i in items_of("arman_posts_judged.jsonl")}
    second = {(i["fold"], i["article"]) for i in items_of("arman_posts_judged_2.jsonl")}
    assert {fold for fold, _ in first | second} == {1, 2}  # never fold 3
    held: dict[str, set] = {"quotes": set(), "posts": set(), "any": set()}
    for path in FIXTURES.glob("*.jsonl"):
        if path.name.startswith("arman_posts_judged"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line) if line.strip() else {}
            if item.get("fold") is not None:
                where = (item["fold"], item["article"])
                held["any"].add(where)
                if path.name.startswith("arman_quotes_recall"):
                    held["quotes"].add(where)
                if path.name.startswith("posts_judged"):
                    held["posts"].add(where)
    assert not first & held["any"]  # held by no fixture at all
    assert second <= held["quotes"] and not second & (held["posts"] | first)
