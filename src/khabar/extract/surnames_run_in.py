"""The family name of a person the article named in full, written right before another
person's name with no comma between («... پیش از تایید اظهارات میرسلیم از سوی توکلی
محمدحسنی، رییس سازمان عقیدتی سیاسی ارتش ...», «احمد توکلی» named before): a name of two
family names, the first that earlier person's and no given name, opens on its second word.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import Mention, opened_at
from khabar.text.segment import TokenColumns


def with_surnames_run_in(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions`` with a name of two family names cut to its second where the first is the
    last word of a fuller name the article gave before it."""
    given, families = lx.first_names(), lx.family_name_words()
    out: list[Mention] = []
    for m in mentions:
        first, second = m.i, m.i + 1
        if (
            m.j - m.i == 2
            and m.ti == m.i
            and keys[first] not in given
            and keys[second] not in given
            and keys[second] in families
            and text[tokens.ends[first] : tokens.starts[second]] == " "
            and any(
                n.j - n.i >= 2 and n.j <= m.i and keys[n.j - 1] == keys[first] for n in mentions
            )
        ):
            out.append(opened_at(m, second, tokens.starts[second], text))
        else:
            out.append(m)
    return out
