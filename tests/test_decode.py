import codecs

import pytest

from khabar.errors import ReadError
from khabar.ingest.decode import decode_bytes, read_text_file

PERSIAN = "فرمانده انتظامی استان لرستان گفت: امنیت پایدار است."
# Windows-1256 has no Persian ی/ک: old sites wrote Arabic ي/ك.
ARABIC_LETTERS = PERSIAN.replace("ی", "ي").replace("ک", "ك")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PERSIAN.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PERSIAN.encode("utf-8"), "utf-8-sig"),
        (PERSIAN.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + PERSIAN.encode("utf-16-be"), "utf-16"),
        (ARABIC_LETTERS.encode("cp1256"), "cp1256"),
    ],
)
def test_decodes_supported_encodings(data, encoding):
    text, found = decode_bytes(data, "a.txt")
    assert found == encoding
    assert text in (PERSIAN, ARABIC_LETTERS)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n", "empty file"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"abc\x00def", "NUL"),
        ("café crème brûlée".encode("latin-1"), "not UTF-8"),
        (codecs.BOM_UTF8 + b"\xff\xfe bad", "invalid utf-8"),
    ],
)
def test_bad_input_names_file_and_reason(data, reason):
    with pytest.raises(ReadError) as e:
        decode_bytes(data, "bad.txt")
    assert str(e.value).startswith("bad.txt: ")
    assert reason in str(e.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ReadError, match="No such file"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="directory"):
        read_text_file(tmp_path)
