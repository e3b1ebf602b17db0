"""A person written in quotation marks who opens a clause («در همین زمینه «حیان سلیمان» معاون
وزیر برق سوریه اعلام کرد،», «همچنین "تیسیر خالد" عضو کمیته اجرایی ... گفت،»), and one who
opens the clause after its last «که», in quotation marks or with their post between commas
(«این نقد آن‌قدر آشکار است که «سیدامیر سیاح» از دیگر کاندیداهای جناح راست نیز ...
می‌نویسد:», «شدت این حادثه در حدی بود که احمد علی موهبتی، استاندار سیستان و بلوچستان، اعلام
کرد که», «جز آنکه "فخرالدین آلتون" مدیر رسانه‌ای دفتر اردوغان ... اعلام کرد»), or after the
«و» that closes a finite verb («... توصیه کرد و جواد ظریف، وزیر امور خارجه ایران هم گفت:»);
another person past them only inside «ضمن ...», one they tell of. The bare name right after
«که» is read in ``clause_openers.after_that_body``."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_openers import finite_verb
from khabar.extract.clause_words import CLAUSE_ENDS, CLOSING_QUOTE, COMMAS
from khabar.extract.registry import Registry

_THAT = frozenset(map(lx.key, ("که", "آنکه", "اینکه", "چنانکه", "همانطورکه", "همانگونهکه")))
# «زمانی که», «وقتی که»: a noun in «ی» before «که» is described by the clause («مشکلاتی که
# قالیباف ... با آن روبه روست»), but for these, which open a clause of time
_WHEN_NOUNS = frozenset(map(lx.key, ("زمانی", "وقتی", "هنگامی")))
_POST_TAIL = 6  # tokens past a post in apposition to its closing comma at most
_AND = "و"
# «... می‌توانیم ببینیم که «ترامپ» در مورد آن چه می‌گوید»: what someone says asked, no statement
_ASKING = frozenset(map(lx.key, ("چه", "چرا", "آیا", "چگونه", "چطور", "کجا", "کی", "چقدر")))


def person_after_that(keys, s: int, verb_at: int, reg: Registry, post_at) -> int | None:
    """The token of a known person opening the clause after the last «که» (or «آنکه»,
    «اینکه») before the verb at ``verb_at``, in quotation marks or with a post after the name
    (between commas, or right after it), when nothing past them up to the verb opens another
    clause: no comma, «که», «و» (but one joining an earlier verb to this one, «... اظهارنظر
    کرد و گفت:»), verb or other person. None when there is none."""
    if _THAT.isdisjoint(keys[s + 1 : verb_at]):
        return None  # most clauses hold none
    c = max(k for k in range(s + 1, verb_at) if keys[k] in _THAT)
    noun = keys[c - 1]
    if keys[c] == "که" and noun.endswith("ی") and noun not in _WHEN_NOUNS:
        return None
    return _opens_to_verb(keys, c + 1, verb_at, reg, post_at)


def person_after_and(keys, s: int, verb_at: int, reg: Registry, post_at) -> int | None:
    """The token of a known person opening the clause after the last «و» that follows a
    finite verb before the verb at ``verb_at``, in quotation marks or with a post after the
    name, as ``person_after_that`` reads them: «... ترامپ به رزمناوها ... توصیه کرد و جواد ظریف،
    وزیر امور خارجه ایران هم گفت:»; not the object («... و X، وزیر کشور را ...»). None when
    there is none."""
    ands = [k for k in range(s + 2, verb_at - 1) if keys[k] == _AND and finite_verb(keys[k - 1])]
    if not ands:
        return None  # most clauses hold none
    t = ands[-1] + 1
    if ":" in keys[t:verb_at] or (at := _opens_to_verb(keys, t, verb_at, reg, post_at)) is None:
        return None
    e = reg.name_end(at, verb_at)
    post = post_at.get(e + 1)
    if _OBJECT in keys[e : e + 2] or (post is not None and keys[post.j : post.j + 1] == [_OBJECT]):
        return None
    return at


def _opens_to_verb(keys, t: int, verb_at: int, reg: Registry, post_at) -> int | None:
    """``t``, when a known person opens there in quotation marks or with a post after the
    name, and nothing past them up to the verb at ``verb_at`` opens another clause; else
    None."""
    mark = keys[t] if t < verb_at and keys[t] in CLOSING_QUOTE else None
    t += mark is not None
    if t >= verb_at or (pkey := reg.by_token.get(t)) is None:
        return None
    e = reg.name_end(t, verb_at)
    if mark is not None:
        if keys[e : e + 1] != [CLOSING_QUOTE[mark]]:
            return None
        e += 1
    elif not (keys[e : e + 1] and keys[e] in COMMAS):
        return None  # the bare name after «که»: ``after_that_body``'s
    if keys[e : e + 1] and keys[e] in COMMAS and (post := post_at.get(e + 1)) and not post.anaphor:
        comma = next(
            (k for k in range(post.j, min(post.j + _POST_TAIL, verb_at)) if keys[k] in COMMAS),
            None,
        )
        # the post's own comma, or none: «تا آنجا که محمدرضا عارف، رییس شورای عالی ... به ایلنا
        # می‌گوید:»; what lies past it is read for another clause below
        e = post.j if comma is None else comma + 1
    elif (post := post_at.get(e)) and not post.anaphor:
        e = post.j
    elif mark is None:
        return None
    end = verb_at
    if keys[verb_at - 1] == _AND and finite_verb(keys[verb_at - 2]):
        end = verb_at - 2  # «... اظهارنظر کرد و گفت:»
    while_saying = False
    for k in range(e, end):
        key = keys[k]
        if key in CLAUSE_ENDS or key in _THAT or key == _AND or key in _ASKING:
            return None
        if finite_verb(key):
            return None
        while_saying = while_saying or key == _WHILE
        if reg.by_token.get(k, pkey) != pkey and not while_saying:
            return None  # another person, but one the speaker tells of («ضمن اعلام ... قالیباف»)
    return t


_WHILE = "ضمن"


_OBJECT = lx.key("را")  # «"X" را ...»: the name is the object


def quoted_person(keys, k: int, reg: Registry) -> int | None:
    """The token of a known person written in quotation marks opened at ``k``, when the
    marks close right after the name and no «را» follows («"X" را ...» is the object); else
    None."""
    mark = keys[k] if k + 1 < len(keys) else None
    if mark not in CLOSING_QUOTE or k + 1 not in reg.by_token:
        return None
    e = reg.name_end(k + 1)
    if keys[e : e + 1] != [CLOSING_QUOTE[mark]] or keys[e + 1 : e + 2] == [_OBJECT]:
        return None
    return k + 1


THAT_WORDS = _THAT  # one of which a clause ``person_after_that`` reads must hold
