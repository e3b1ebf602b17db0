"""Persian letters and digits: the joiner, the digit scripts, and the letter folds.

Each fold answers a different question, so each maps a different set of characters:

* ``REPAIR_LETTERS`` (text repair) writes the Persian letter where scraped text has its
  Arabic twin (ي -> ی, ك -> ک, ة -> ه, ٱ -> ا ...), one character for one so that offsets
  hold. Hamza seats (أ إ ؤ ئ) and آ stay: they are Persian spellings, and repaired text
  keeps what the writer meant. Digits stay as written.
* ``SEARCH_LETTERS`` (search folding) makes every way a word is typed one spelling, for the
  index and the query alike: the repair's letters, and also hamza seats and آ to their bare
  letter, kashida out, Persian and Arabic-Indic digits to Latin, ٫ ٬ to . ,.
* ``KEY_LETTERS`` (lexicon keys) compares repaired words with the data files' entries:
  ZWNJ out and hamza seats and ة bare, as people write them either way; the Arabic letters
  are not there, since repaired text has none left.
* ``ARABIC_LETTERS`` (number and date reading) turns the three Arabic letters that spell
  Persian number words differently (ي ى ك) into the Persian ones, one for one, for text that
  may not have been repaired.
* ``GOLD_LETTERS`` (evaluation) compares gold annotations, typed by hand, with extracted
  text: Arabic yeh and kaf, and the invisible ZWJ, LRM and RLM that editors leave.
"""

from __future__ import annotations

ZWNJ = "\u200c"  # zero-width non-joiner: «می‌شود» is one word, written unjoined
# The letters a Persian word is written in, ZWNJ included: a regular expression class
WORD_LETTERS = "\u0621-\u063f\u0641-\u064a\u0654\u066e-\u06d3\u06d5\u06fa-\u06ff\u200c"

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
TO_LATIN_DIGITS = str.maketrans(PERSIAN_DIGITS + ARABIC_DIGITS, "0123456789" * 2)
TO_PERSIAN_DIGITS = str.maketrans("0123456789", PERSIAN_DIGITS)

REPAIR_LETTERS = {
    "\u064a": "ی",  # ARABIC YEH
    "\u0649": "ی",  # ALEF MAKSURA
    "\u06d2": "ی",  # YEH BARREE
    "\u0643": "ک",  # ARABIC KAF
    "\u06aa": "ک",  # SWASH KAF
    "\u0629": "ه",  # TEH MARBUTA
    "\u06c0": "ه",  # HEH WITH YEH ABOVE (ezafe), folded like its spelling with ه + space
    "\u06be": "ه",  # HEH DOACHASHMEE
    "\u06c1": "ه",  # HEH GOAL
    "\u0671": "ا",  # ALEF WASLA
}

SEARCH_LETTERS = {
    "ي": "ی",
    "ى": "ی",
    "ے": "ی",
    "ئ": "ی",
    "ك": "ک",
    "ڪ": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "ە": "ه",
    "ھ": "ه",
    "ہ": "ه",
    "ۂ": "ه",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ٲ": "ا",
    "ٳ": "ا",
    "ؤ": "و",
    "٫": ".",
    "٬": ",",
    "\u0640": "",  # kashida is a letter (Lm) to Unicode, a stretch to the reader
    **{d: str(i) for i, d in enumerate(PERSIAN_DIGITS)},
    **{d: str(i) for i, d in enumerate(ARABIC_DIGITS)},
}

KEY_LETTERS = str.maketrans({ZWNJ: None, "أ": "ا", "إ": "ا", "ؤ": "و", "ئ": "ی", "ة": "ه"})

ARABIC_LETTERS = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک"})

GOLD_LETTERS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "\u200d": None, "\u200e": None, "\u200f": None}
)
