"""A word after a lone given name by which the article calls someone: «حاج قاسم | جهان را با
بعثت جدیدی روبرو ساخته است», «آقا محمود | صاحب کارخانه‌ای در رشت است».

After a title and a given name the rules take the next word for the family name even where it
is a word of the language (``people.family_end``: «سرهنگ ... نکونام»). News often calls a
figure by a title and his given name alone («حاج قاسم», «حاج عماد»); where the article does so
elsewhere with a listed given name (not «شیخ اجل», Saadi's epithet, before «سعدی»), that title
and given name are the name it uses, and a word of the language after them («جهان», the world;
«صاحب», owner of) or the adjective of the news' own country («حاج قاسم | ایرانی»: the Iranian
Qasem) is the sentence going on, no family name."""

from __future__ import annotations

from khabar.extract import lexicons as lx
from khabar.extract.namewords import demonym
from khabar.extract.people import Mention, ended_at
from khabar.text.segment import TokenColumns


def without_words_after_titled_given(
    tokens: TokenColumns, keys: list[str], text: str, mentions: list[Mention]
) -> list[Mention]:
    """``mentions``, each of a title, a given name and a plain word (and any after it), ended
    at the given name where another mention of the article is that given name alone after a
    title (module docstring)."""
    names = lx.first_names()
    alone = {keys[m.i] for m in mentions if m.ti < m.i and m.j - m.i == 1 and keys[m.i] in names}
    if not alone:
        return mentions
    return [
        ended_at(m, m.i + 1, tokens.ends[m.i], text)
        if m.ti < m.i
        and m.j - m.i > 1
        and not m.quoted  # «سرلشکر "چن وی"»: the words in quotes are the name
        and keys[m.i] in alone
        and _plain(keys[m.i + 1])
        else m
        for m in mentions
    ]


def _plain(key: str) -> bool:
    """A word of the language that is no given name, or the news' own country's adjective."""
    return (key in lx.common_words() and key not in lx.first_names()) or demonym(key, alone=True)
