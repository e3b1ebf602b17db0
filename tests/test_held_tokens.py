"""``held_tokens`` keeps the tokens of the mentions it was last asked of (extract/people.py):
each caller still gets a set of its own to add to, and other mentions, or the same list
changed, get their own tokens."""

from __future__ import annotations

from khabar.extract.people import Mention, held_tokens
from khabar.text.offsets import Span


def _mention(ti: int, i: int, j: int) -> Mention:
    return Mention(i, j, "نام", [], Span(0, 3), Span(0, 3), ti)


def test_the_same_mentions_asked_again_give_a_set_of_the_callers_own():
    mentions = [_mention(0, 1, 3), _mention(5, 5, 6)]
    first = held_tokens(mentions)
    assert first == {0, 1, 2, 5}
    first.add(9)  # as the rules add the tokens of the names they find
    assert held_tokens(mentions) == {0, 1, 2, 5}
    assert held_tokens(list(mentions)) == {0, 1, 2, 5}  # the same mentions in another list


def test_mentions_changed_or_others_give_their_own_tokens():
    mentions = [_mention(0, 1, 3)]
    assert held_tokens(mentions) == {0, 1, 2}
    mentions.append(_mention(7, 7, 9))
    assert held_tokens(mentions) == {0, 1, 2, 7, 8}
    mentions[0] = _mention(4, 4, 5)  # as long as before, another mention in it
    assert held_tokens(mentions) == {4, 7, 8}
    assert held_tokens([]) == set()
