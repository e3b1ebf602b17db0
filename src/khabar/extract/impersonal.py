"""«می‌شود» as a modal right before a reporting verb: «درواقع می‌شود گفت اصلاح‌طلبی امروز ...»,
«از هم الان می‌شود پیش‌بینی کرد ...», «همه این‌ها را می‌شود ذیمدخل دانست»: what one could
say, the writer's, nobody's statement (as «می‌توان گفت»); not after «که» or «اینکه», where
«می‌شود» ends a clause of its own («با بیان اینکه ... انجام می‌شود گفت ...»)."""

from __future__ import annotations

_CAN = frozenset({"میشود", "نمیشود"})
_APART = frozenset({"می", "نمی"})  # «می شود» written apart
_THAT = frozenset({"که", "اینکه", "آنکه", "چون", "زیرا"})


def one_could_say(keys: list[str], a: int, i: int) -> bool:
    """Whether the reporting verb at ``i`` follows «می‌شود» / «نمی‌شود» used as a modal in a
    clause opening at ``a``."""
    if i - 1 < a:
        return False
    can = keys[i - 1] in _CAN or (keys[i - 1] == "شود" and i - 2 >= a and keys[i - 2] in _APART)
    return can and _THAT.isdisjoint(keys[a:i])
