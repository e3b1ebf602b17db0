from khabar.text.offsets import Edit, OffsetMap, apply_edits


def chain(text, *edit_lists):
    m = OffsetMap()
    for edits in edit_lists:
        text, step = apply_edits(text, edits)
        m.steps.append(step)
    return text, m


def test_replacement_insertion_deletion_map_back():
    original = "ab  cd\u0640ef"
    text, m = chain(original, [Edit(2, 4, " "), Edit(6, 7, "")], [Edit(2, 2, "\u200c")])
    assert text == "ab\u200c cdef"
    # «cdef» maps back over the deleted kashida
    s = text.index("cdef")
    assert m.to_original(s, s + 4) == (4, 9)
    assert original[4:9] == "cd\u0640ef"
    # the inserted ZWNJ maps to an empty point between «ab» and the spaces
    assert m.to_original(2, 3) == (2, 2)
    # forward: the original spaces became one space after the inserted ZWNJ
    assert m.from_original(2, 4) == (3, 4)


def test_deleted_text_maps_forward_to_a_point():
    text, m = chain("xx--yy", [Edit(2, 4, "")])
    assert text == "xxyy"
    assert m.from_original(2, 4) == (2, 2)
    assert m.from_original(0, 6) == (0, 4)


def test_overlapping_edits_are_rejected():
    import pytest

    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, "x"), Edit(2, 4, "y")])
