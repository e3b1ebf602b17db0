"""The tagger's spans made of one kind where the text says what they are: the items of a
comma list, a name before a person's post, an organization's name that runs into a title
and the person after it (``of_one_kind``, the decoder's last step in ``tagger``)."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from khabar.extract import lexicons as lx
from khabar.extract.people import stopwords
from khabar.extract.tagger_features import COMMAS, list_items

_CLOSE_OR_COMMA = frozenset('"»”،,')


def of_one_kind(
    found: list[tuple[str, int, int]],
    words: list[str],
    keys: list[str],
    ranges,
    commas: list[int] | None = None,
) -> list[tuple[str, int, int]]:
    """The model's spans, made consistent where the text says what they are: the items of
    a comma list are of the kind most of them have («آرون تایلرجانسون، برایان کرانستون،
    ...» are all people), and a name right before a person's post is a person's («کمالا
    هریس معاون رئیس جمهور»), unless the lexicons list it as a place or organization.
    ``commas``: the tokens that are one (``COMMAS``), sorted, when already found."""
    at = {(i, j): n for n, (_, i, j) in enumerate(found)}
    out = list(found)

    def unlisted(i: int, j: int) -> bool:
        return not any(
            (hit := trie.match(keys, i)) is not None and hit[0] == j
            for trie in (lx.places(), lx.organizations(), lx.agencies())
        )

    starts = {i: n for n, (_, i, _) in enumerate(found)}
    for a, b in ranges:
        cuts = None
        if commas is not None:  # the sentence's commas, cut from the article's
            cuts = commas[bisect_left(commas, a) : bisect_left(commas, b)]
            if len(cuts) < 2:
                continue  # a list needs two commas at least (``list_items``)
        listed = list_items(words, a, b, cuts)
        if not listed:
            continue  # most sentences: no list, nothing to make consistent
        items = [at[s] for s in listed if s in at]
        kinds = Counter(found[n][0] for n in items).most_common()
        if len(kinds) > 1 and kinds[0][1] >= 2 and kinds[0][1] > kinds[1][1]:
            for n in items:
                kind, i, j = found[n]
                if kind != kinds[0][0] and unlisted(i, j):
                    out[n] = (kinds[0][0], i, j)
        if kinds and kinds[0][0] == "PER" and kinds[0][1] >= 3 and 2 * kinds[0][1] >= len(listed):
            # an item the model left out of a list of people is one too, if shaped like a
            # name («...، جک داونپورت، کوین مک‌نالی، جاناتان پرایس»)
            tagged = {k for _, i, j in out for k in range(i, j)}
            for i, j in listed:
                if (
                    1 < j - i <= 3
                    and tagged.isdisjoint(range(i, j))
                    and _name_shaped(words, keys, i, j)
                ):
                    out.append(("PER", i, j))
            # and so is the name after the last «و» («...، الیزابت دبیکی و میشل رودریگز»)
            i = listed[-1][1] + 1
            if i < b and words[i - 1] == "و":
                j = i
                while j < min(b, i + 3) and _name_shaped(words, keys, j, j + 1):
                    j += 1
                if j - i > 1 and tagged.isdisjoint(range(i, j)):
                    out.append(("PER", i, j))
        if kinds and kinds[0][0] == "PER" and kinds[0][1] >= 2 and listed:
            # the last item run into the next: «سالی هاوکینز و سی جی آدامز» as one ORG
            i = listed[-1][0]
            run_on = next((starts[k] for k in range(*listed[-1]) if k in starts), None)
            if (
                run_on is not None
                and found[run_on][0] != "PER"
                and found[run_on][2] > listed[-1][1]
            ):
                j, cut = found[run_on][2], listed[-1][1]
                out[run_on] = ("PER", i, cut)
                if words[cut] == "و" and j > cut + 1:
                    out.append(("PER", cut + 1, j))
    for n, (kind, i, j) in enumerate(out):
        # an organization's name may hold a comma, but no title after it: «روابط عمومی
        # سپاه عاشورا، سردار غلام‌عسکر کریمیان» is the body, then a person
        title_at = (
            next((c for c in range(i + 1, j - 1) if _title_after(words, keys, c)), None)
            if not COMMAS.isdisjoint(words[i + 1 : j - 1])  # most names hold none: in C
            else None
        )
        if title_at is not None and kind == "ORG":
            out[n] = (kind, i, title_at)
            out.append(("PER", title_at + 1, j))
    for n, (kind, i, j) in enumerate(out):
        # past a closing quote or a comma: «"نصار الربیعی" رئیس», «لیندسی گراهام، رئیس»
        after = j + (j < len(words) and words[j] in _CLOSE_OR_COMMA)
        if (
            kind != "PER"
            and after < len(keys)
            and keys[after] in lx.post_heads().root  # most words open no post: no call
            and lx.post_heads().match(keys, after)
        ):
            if unlisted(i, j) and keys[i] not in lx.common_words():
                out[n] = ("PER", i, j)
    return out


def _title_after(words: list[str], keys: list[str], c: int) -> bool:
    return words[c] in COMMAS and lx.honorifics().match(keys, c + 1) is not None


def _name_shaped(words: list[str], keys: list[str], i: int, j: int) -> bool:
    """Words ``[i, j)`` could be a name: all letters, none a function word or a common one."""
    return all(
        w.replace("\u200c", "").isalpha() and k not in stopwords() and k not in lx.common_words()
        for w, k in zip(words[i:j], keys[i:j], strict=True)
    )
