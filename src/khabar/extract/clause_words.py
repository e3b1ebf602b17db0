"""The words around a reporting clause that are not its subject: pronouns that stand for the
speaker, lead-ins, prepositions, time adverbials and quotation marks, shared by the finding of
quotes (``quotes``) and of the bodies that speak (``speaking_bodies``). Keys are folded
(``lexicons.phrase_keys``): no ZWNJ, «سه‌شنبه» is «سهشنبه»."""

from __future__ import annotations

PRONOUNS = {"وی", "او", "ایشان", "نامبرده"}  # the current speaker
LEAD_INS = {"همچنین", "سپس", "نیز"}
ALSO = frozenset({"نیز", "هم"})  # «X نیز گفت», «او هم افزود»: one more who says so
PREPOSITIONS = {"با", "از", "به", "برای", "بر", "و", "درباره", "علیه", "توسط", "همراه"}

# Words that open a clause without being its subject: «در ادامه گفت», «با اشاره به ...».
NOT_SUBJECT = PREPOSITIONS | LEAD_INS | PRONOUNS | {"در", "طی", "ضمن", "پس", "پیش", "قبل"}
NOT_SUBJECT |= {"بعد", "هم", "امروز", "دیروز", "روز", "اما", "ولی", "که", "این", "همین", "آن"}

# People of a group before a name: «تحلیلگران گلدمن ساکس در یادداشتی نوشتند» is said by the
# group, unnamed, not by whom the name is.
GROUPS = {"تحلیلگران", "کارشناسان", "مقامات", "مقامهای", "وکلای", "یاران", "هواداران"}
GROUPS |= {"حامیان", "مشاوران", "نزدیکان", "اعضای", "دستیاران", "سخنگویان", "منتقدان"}

# When it was said, between a subject and its verb: «وزارت بهداشت روز شنبه اعلام کرد».
WHEN = {"روز", "گذشته", "امروز", "دیروز", "دیشب", "صبح", "ظهر", "عصر", "شب", "شامگاه", "بامداد"}
WHEN |= {"شنبه", "یکشنبه", "دوشنبه", "سهشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "،", "هفته", "ماه"}

QUOTE_MARKS = {"«", "»", '"', "“", "”"}
CLOSING_QUOTE = {"«": "»", "“": "”", '"': '"'}  # an opening mark -> the mark closing it
CLOSING_MARKS = frozenset({"»", "”"})  # the marks that only close a quotation
DASHES = {"-", "–", "—"}  # a dateline's, after a place: «بوشهر - ...»
# after an agency that opens a lead as its dateline: «خبرگزاری فارس: ...», «خبرگزاری فارس- ...»
DATELINE = {":"} | DASHES

# Punctuation or a finite verb closes a clause.
CLAUSE_ENDS = {"،", ",", "؛", ";", ":", ".", "؟", "?", "!", "»", "/", "است", "بود", "شد"}
CLAUSE_ENDS |= {"شدند", "کرد", "کردند", "کند", "کنند", "دهد", "دهند", "داد", "دادند", "دارد"}

FINAL = {".", "!", "؟", "?", "…"}  # what ends a sentence
FULL_STOPS = frozenset({".", "!", "؟", "?"})  # what ends a sentence, an ellipsis aside
# the marks that end a sentence or a clause with no comma: a full stop, a colon, a semicolon
STOPS = frozenset({".", "!", "؟", "?", ":", "؛", ";"})
COMMAS = ("،", ",")  # the Persian comma and the Latin one
# what ends a post's phrase or the reach of its clause: a comma or a stop; a Latin «?» or «;»
# in Persian text stands for «؟» or «؛» and ends it as they do
PHRASE_ENDS = frozenset(COMMAS) | STOPS
LIST_SEPARATORS = frozenset({"،", ",", "و"})  # what parts the items of a list of names

# The part of a paper a clause quotes, after «در»: «در ادامه این بیانیه», «در پایان بیانیه
# کرملین», «در بخش دیگری از این اطلاعیه آمده است»; «ادامه‌ی» written with its «ی».
PAPER_PARTS = [("ادامه",), ("پایان",), ("بخشی", "از"), ("بخش", "دیگری", "از"), ("بخش", "دیگر")]
PAPER_PARTS += [("قسمتی", "از"), ("قسمت", "دیگری", "از"), ("ادامهی",)]


# a verb's plural: past («گفتند», «فرمودند»), present («می‌کنند», «می‌گویند»), perfect
# («گفته‌اند»); not the singular «می‌کند», «می‌خواند»
VERB_PLURAL_ENDS = ("تند", "دند", "نند", "یند", "هاند")


def plural_verb(keys, verb_at) -> bool:
    """Whether the reporting verb at ``verb_at`` is in the plural («دانستند», «تاکید کرده‌اند»)."""
    for k in range(verb_at, min(verb_at + 3, len(keys))):
        if keys[k] in (":", "،", ",", "که", "."):
            return False
        if keys[k].endswith(VERB_PLURAL_ENDS) or keys[k] == "اند":
            return True
    return False


def sentence_around(keys: list[str], t: int) -> tuple[int, int]:
    """The tokens ``[a, b)`` of the sentence holding token ``t``, between full stops."""
    a = next((k + 1 for k in range(t - 1, -1, -1) if keys[k] in FULL_STOPS), 0)
    b = next((k for k in range(t, len(keys)) if keys[k] in FULL_STOPS), len(keys))
    return a, b
