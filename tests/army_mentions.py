"""What the tests of the passes over wrong facts read of Iran's army in a text."""

from __future__ import annotations

from khabar.extract import extract_text


def irans_army_mentions(text: str) -> list[str]:
    """The words of ``text`` resolved to Iran's army, in order."""
    doc = extract_text(text)
    return [
        doc.text[m.start : m.end]
        for o in doc.organizations
        if o.name == "ارتش جمهوری اسلامی ایران"
        for m in o.mentions
    ]
