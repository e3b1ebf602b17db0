"""People referred to within one article: the posts an article uses for someone it names.

Persian news often opens with a post alone («نماینده مجلس گفت: ...», «عضو کمیسیون امنیت
ملی ادامه داد: ...») and names the speaker later («بروجردی ... گفت»). Those posts are the
person's when they agree with the posts the person already holds: a post of another
country («سفیر آمریکا» beside «صدراعظم آلمان») or another post of the same kind («وزیر
کشور» beside «وزیر خارجه») is someone else's.
"""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.people import RoleMention, role_key
from khabar.extract.registry import Registry


def countries_in(post: tuple[str, ...]) -> set[str]:
    """The countries a post names («سفیر آمریکا در برلین» -> {آمریکا})."""
    out = set()
    for at in range(len(post)):
        m = lx.places().match(list(post), at)
        if m and m[1].kind == "country":  # type: ignore[union-attr]
            out.add(m[1].name)  # type: ignore[union-attr]
    return out


def posts_agree(reg: Registry, pkey: str, role: RoleMention) -> bool:
    """Whether ``role`` can be another wording or another post of the person ``pkey``."""
    new = role_key(role.keys)
    new_countries = countries_in(new)
    for held in reg.persons[pkey].roles:
        old = role_key(lx.phrase_keys(held))
        old_countries = countries_in(old)
        if new_countries and old_countries and not new_countries & old_countries:
            return False  # «سفیر آمریکا» is not the post of «صدراعظم آلمان»
        if new and old and new[0] == old[0] and not (set(new) <= set(old) or set(old) <= set(new)):
            return False  # «وزیر کشور» and «وزیر خارجه»: two people
    return True
