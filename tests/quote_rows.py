"""The quotes of a text as rows a test compares: written once for the quote-finding tests."""

from khabar.extract import extract_text


def quote_rows(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, speaker, organization, the first words of what was said) of each quote."""
    doc = extract_text(text)
    return [
        (q.kind, q.speaker, q.speaker_organization, " ".join(doc.span_text(q.span).split()[:3]))
        for q in doc.quotes
    ]
