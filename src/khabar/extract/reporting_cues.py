"""Where a sentence reports speech: its reporting verbs (data/reporting_verbs.tsv) and the
kind of quote each opens, read from what stands around the verb: a colon after it (a direct
quote), «که» (what follows is said), an object before it («... را اعلام کرد»: indirect), a
verb that names only its topic («از ... یاد کرد»), or «خواستار ... شد» around the wish."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.clause_words import CLAUSE_ENDS, FINAL, PRONOUNS

_COLON = {":"}


def cues_in(tokens, keys, a, b, starts: list[int]) -> list[tuple[int, int, lx.Verb, str]]:
    """Reporting verbs of the sentence: (start, end, verb, kind), at most one direct.

    ``starts``: the sentence's tokens whose key opens a reporting verb (sorted). Kinds:
    ``direct`` (a colon follows), ``indirect`` (what was said comes before the verb),
    ``that`` (it comes after «که»: «اعلام کرد که ...») and ``loose`` (it follows with no
    colon: «نوشت، ...»; a statement only when someone known says it).
    """
    out: list[tuple[int, int, lx.Verb, str]] = []
    i = a
    verbs = lx.reporting_verbs()
    for at in starts:
        if at < i:
            continue
        i = at
        m = verbs.match(keys, i)
        if not m and (around := _wish_around(keys, i, b)):
            out.append((i, around, WISHED, "around"))  # «خواستار توضیح کشورهایی شد»
            i = around
            continue
        if not m or m[0] > b:
            continue
        j, verb = m
        after = tokens.words[j] if j < b else ""
        at_end = j >= b or (j == b - 1 and not after[0].isalnum())
        if after in _COLON and (verb.kind != "indirect" or verb.lemma == "خبر دادن"):
            # «... نمی‌گوید که ...، اظهار داشت: ...»: the colon's verb is the sentence's
            out = [c for c in out if c[3] != "that"]
            out.append((i, j, verb, "direct"))
            break
        if out and out[-1][3] == "that":
            pass  # inside what was said after «که»: only a colon's verb is another cue
        elif at_end and verb.kind in ("indirect", "both"):
            out.append((i, j, verb, "indirect"))
        elif verb.lemma in _TOPIC_ACTS and (
            at_end or (after in ("و", "،", "؛") and verbs.match(keys, j + 1))
        ):
            out.append((i, j, verb, "topic"))  # «... را تشریح کرد.»: who acts, but no quote
        elif (
            verb.kind != "direct"
            and after in ("و", "،", "؛")
            and (
                verb.kind == "indirect"
                or verbs.match(keys, j + 1)
                or _wish_around(keys, j + 1, b)  # «... را ... عنوان کرد و خواستار ... شد»
            )
        ):
            out.append((i, j, verb, "indirect"))  # «... را مهم دانست و گفت: ...»
        elif i > a and keys[i - 1] in _MODALS:
            pass  # «نمی‌توان گفت که ...»: nobody says it
        elif verb.lemma == "خبر دادن" and keys[j : j + 1] == ["که"] and "از" in keys[a:i]:
            out.append((i, j, verb, "indirect"))  # «از وقوع انفجاری خبر دادند که ...»
        elif j + 1 < b and (keys[j] == "که" or (keys[j] == "تا" and verb.lemma == "خواستن")):
            out.append((i, j + 1, verb, "that"))  # «اعلام کرد که ...», «از X خواست تا ...»
        elif (
            i - a <= 3
            and verb.kind in ("direct", "both")
            and after
            and after[0].isalpha()
            and (keys[a] in PRONOUNS)
        ):
            out.append((i, j, verb, "direct"))  # «وی افزود هر چه ...»: no colon
            break
        elif j < b and _opens_statement(keys, a, i, j, verb):
            out.append((i, j, verb, "loose"))  # «نوشت، ...», «گفت آمار ...»: no colon
            break
        i = j
    return out


WISHED = lx.Verb("خواستار ... شد", "indirect", "خواستار شدن")


BECAME = {"شد", "شدند", "شده", "میشود", "میشوند"}


def _wish_around(keys, i, b) -> int | None:
    """«خواستار» at ``i`` and «شد» after what was wished, ending the clause: the token after
    «شد» (and its «است»/«بود»), or None."""
    if keys[i] != "خواستار":
        return None
    for k in range(i + 2, min(b, i + 16)):
        if keys[k] in CLAUSE_ENDS - BECAME or keys[k] in PRONOUNS or keys[k] == "که":
            return None  # another clause before any «شد»
        if keys[k] in BECAME:
            end = k + 1 + (k + 1 < b and keys[k + 1] in ("است", "بود"))
            return end if end >= b or keys[end] in FINAL | {"و", "،", ",", "؛", "که"} else None
    return None


# Acts that name only their topic (data/reporting_verbs.tsv: «direct», so a quote only
# before a colon, «که» or the statement): their subject still holds the post it is named by
# and is the current speaker.
_TOPIC_ACTS = {"یاد کردن", "تشریح کردن", "تبیین کردن", "انتقاد کردن", "تکذیب کردن"}


_TOPIC_ACTS |= {"رد کردن", "هشدار دادن"}


_MODALS = {"توان", "میتوان", "نمیتوان", "باید", "نباید", "بتوان", "نتوان"}


# After a reporting verb, these begin no statement: «گفت و ...», «گفت به خبرنگار ما ...».
_NO_STATEMENT = {"و", "را", "به", "با", "تا", "از", "برای", "؛", ";", "."}


_OBJECT_MARKS = {"را", "بر"}  # «... را اعلام کرد، ...», «بر ... تاکید کرد، ...»: indirect


def _opens_statement(keys, a, i, j, verb: lx.Verb) -> bool:
    """Whether the words after the verb at ``i:j`` are what was said, with no colon or «که»
    («روزنامه واشنگتن پست نوشت، برگزاری ...», «خواست اعتراض‌های خود را ...»): the verb
    says something, nothing before it in the sentence is its object, and the next word
    opens a clause."""
    if verb.kind == "indirect" and verb.lemma != "خواستن":
        return False
    wished = verb.lemma == "خواستن" and keys[j] == "از"  # «خواست از مبارزه دست برندارند»
    # an object of a verb before it is not this one's: «... را ... نامیده و گفته است فیلمش ...»
    clause = max((k + 1 for k in range(a, i) if keys[k] in ("و", "،", ",")), default=a)
    if any(k in _OBJECT_MARKS for k in keys[clause:i]) or (keys[j] in _NO_STATEMENT and not wished):
        return False
    nxt = keys[j + 1] if keys[j] in ("،", ",") and j + 1 < len(keys) else keys[j]
    return nxt[:1].isalnum() or nxt[:1] in '«"“'
