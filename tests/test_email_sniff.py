"""Reading a draft file's bytes: byte-order marks, UTF-8, and files that are no draft."""

from __future__ import annotations

import io
import random
import re
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_timing import EmailInputError
from followup_timing._email._sniff import binary_kind, decode_text, message_bytes

DRAFT = "Hi Sam,\r\n\r\nThank you for the interview — the café tour was great.\r\n\r\nAl\r\n"
_REFUSAL = "this looks like {} file: save the draft as plain text or .eml"

# Text as a text file holds it: no control characters but line breaks and tabs, no
# surrogates, and no leading byte-order mark character (that would be read as the mark).
_TEXT = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from("\n\r\t"),
    max_size=400,
)


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document>Thank you!</w:document>")
    return buffer.getvalue()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                      "utf-32", "utf-32-le", "utf-32-be"])  # fmt: skip
def test_byte_order_marks_are_read(encoding: str) -> None:
    """UTF-8, UTF-16 and UTF-32 files with a byte-order mark decode to the text, mark dropped."""
    data = ("" if encoding in {"utf-8-sig", "utf-16", "utf-32"} else "\ufeff") + DRAFT
    assert decode_text(data.encode(encoding)) == DRAFT


@given(_TEXT, st.sampled_from(["utf-8-sig", "utf-16", "utf-32"]))
def test_any_text_with_a_mark_round_trips(text: str, encoding: str) -> None:
    """Whatever the text, saved with a byte-order mark it reads back unchanged."""
    assert decode_text(text.encode(encoding)) == text


@given(_TEXT)
def test_any_utf8_text_round_trips(text: str) -> None:
    """Text saved as UTF-8 without a mark reads back unchanged."""
    assert decode_text(text.encode("utf-8")) == text


def test_latin1_text_is_refused_with_the_byte_and_line() -> None:
    """A Windows-1252 file is not guessed at: the error names the byte, the line, the fix."""
    data = "Hi Sam,\nThank you for the café tour.\n".encode("cp1252")
    with pytest.raises(EmailInputError) as info:
        decode_text(data)
    assert str(info.value) == (
        "the file is not valid UTF-8 (byte 0xe9 on line 2; saved as Windows-1252 or "
        "Latin-1?): save the draft as UTF-8, or as an .eml that declares its charset"
    )


def test_broken_utf16_after_its_mark_is_refused() -> None:
    """A UTF-16 mark followed by an odd number of bytes is not silently patched."""
    with pytest.raises(EmailInputError, match=r"UTF-16 byte-order mark, but is not valid UTF-16"):
        decode_text(b"\xff\xfeH\x00i\x00!")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (_docx(), "a .docx"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), "a .doc (or Outlook .msg)"),
        (b"{\\rtf1\\ansi Thank you for the interview.}", "an RTF"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "an executable"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "an image"),
        (random.Random(12).randbytes(4096), "a binary"),
        (b"Thank you\x00for the interview", "a binary"),
    ],
    ids=["docx", "pdf", "doc", "rtf", "exe", "png", "random", "nul"],
)
def test_files_that_are_no_draft_are_refused(data: bytes, kind: str) -> None:
    """Office documents, PDFs, executables, images and random bytes get the one-line refusal."""
    with pytest.raises(EmailInputError) as info:
        decode_text(data)
    assert str(info.value) == _REFUSAL.format(kind)
    with pytest.raises(EmailInputError, match=re.escape(_REFUSAL.format(kind))):
        message_bytes(data)


def test_this_pythons_own_executable_is_refused() -> None:
    """A real executable file (the interpreter running the tests) is refused."""
    data = Path(sys.executable).resolve().read_bytes()[:65536]
    assert binary_kind(data) in {"an executable", "a binary"}


def test_utf16_without_a_mark_gets_its_own_advice() -> None:
    """NULs at every other byte mean UTF-16 text without a mark, not a binary file."""
    with pytest.raises(EmailInputError) as info:
        decode_text(DRAFT.encode("utf-16-le"))
    assert str(info.value) == (
        "this looks like UTF-16 text without a byte-order mark: save the draft as UTF-8 "
        "plain text or .eml"
    )


@given(st.binary(max_size=600))
def test_any_bytes_decode_or_raise_email_input_error(data: bytes) -> None:
    """Whatever the bytes, the result is text without NULs, or EmailInputError."""
    try:
        text = decode_text(data)
    except EmailInputError as exc:
        message = str(exc)
    else:
        assert "\0" not in text
        return
    assert message.startswith(("this looks like", "the file "))


def test_a_message_with_a_mark_is_re_encoded_as_utf8() -> None:
    """A UTF-16 .eml becomes UTF-8 bytes the email parser reads; a plain one is unchanged."""
    raw = "Subject: Thank you\r\n\r\nHi Sam, thank you — really.\r\n"
    assert message_bytes(raw.encode("utf-16")) == raw.encode("utf-8")
    assert message_bytes(raw.encode("utf-8")) == raw.encode("utf-8")
    latin1 = raw.replace("—", "é").encode("latin-1")
    assert message_bytes(latin1) == latin1  # its declared charset applies later
