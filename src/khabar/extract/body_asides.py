"""A writer's sentence between a body's words and a person's anaphor. «وی», «او» or an
anaphoric post right after a body's statement that names no person is the person who spoke
before the body (``quotes``, ``past_body``); one sentence of the speaker's own run-on words,
quoting nothing and naming no one, may stand between, as when a minister's talk tells what a
state claims and goes on with it («... که رژیم صهیونیستی مدعی است از کرونا پاک هستند ...
بنابراین رژیم صهیونیستی که خودش را ... می‌داند آن‌قدر ... کتمان کرده که .... وی افزود:»;
Nasrallah's «سازمان بهداشت جهانی اذعان می‌کند که ... اسرائیل با تاکید شرایط را ... سوق
می‌داد، اما این امر نیز شکست خورد. وی ادامه داد:»). Not a sentence that names a person or a
post, nor one opened by «یک» or a pronoun: someone else may speak next («یک دیپلمات غربی ...
این دیپلمات گفت:»; «خبرنگار سانا ... گفت، ... آنها ضربات ... را ... انجام دادند ... وی در
ادامه ... تاکید کرد», the reporter, not the Turkish president named long before)."""

from __future__ import annotations

from collections.abc import Container

from khabar.extract.clause_words import PRONOUNS

_SOMEONE = PRONOUNS | {"یک", "یکی", "آنها", "آنان"}  # keys: no ZWNJ («آن‌ها»)


def body_aside(keys: list[str], a: int, b: int, people: list[str], post_at: Container[int]) -> bool:
    """Whether the sentence ``a:b``, which quotes nothing, may stand between a body's words and
    the anaphor of the person who spoke before them: it names no person nor post, and does not
    open with «یک» or a pronoun."""
    if people or a >= b or keys[a] in _SOMEONE:
        return False
    return not any(k in post_at for k in range(a, b))
