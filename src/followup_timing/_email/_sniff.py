"""Turning a file's bytes into a draft's text, or refusing a file that is no draft.

A draft saved by a word processor (``.docx``, ``.doc``, PDF, RTF), an executable, an image
or random bytes is refused rather than analysed: analysing it would quote binary bytes as
gratitude. A text file is decoded by its byte-order mark (UTF-8, UTF-16 or UTF-32, as
Notepad and Excel write them) or else must be valid UTF-8; a whole message is decoded by
its own declared charsets later, so only its binary look is checked here.
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from typing import Final

from followup_timing.exceptions import EmailInputError

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# File signatures ("magic numbers") and what to call the file in the error.
_SIGNATURES: Final = (
    (b"%PDF-", "a PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a .doc (or Outlook .msg)"),
    (b"{\\rtf", "an RTF"),
    (b"MZ", "an executable"),
    (b"\x7fELF", "an executable"),
    (b"\xcf\xfa\xed\xfe", "an executable"),
    (b"\xfe\xed\xfa\xcf", "an executable"),
    (b"\x89PNG\r\n\x1a\n", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF87a", "an image"),
    (b"GIF89a", "an image"),
    (b"\x1f\x8b", "a compressed"),
)
_ZIP: Final = b"PK\x03\x04"
# Members that tell which office document a zip archive is.
_ZIP_KINDS: Final = (
    (b"word/", "a .docx"),
    (b"xl/", "an .xlsx"),
    (b"ppt/", "a .pptx"),
    (b"application/vnd.oasis.opendocument", "an OpenDocument (.odt)"),
)
#: Above this share of control bytes (other than whitespace), a sample is no text.
_MAX_CONTROL_SHARE: Final = 0.05
#: Below this share of ASCII letters, digits, punctuation and whitespace, a sample that is
#: not UTF-8 either is no text (Windows-1252 or Latin-1 text is mostly ASCII).
_MIN_ASCII_SHARE: Final = 0.7
#: How many bytes are sampled.
_SAMPLE: Final = 8192
#: Shorter input is not judged by its shares of bytes.
_MIN_SAMPLE: Final = 64
# Control bytes that text files hold: tab, line feed, vertical tab, form feed, carriage
# return, and escape (ANSI colours in a pasted terminal).
_TEXT_CONTROLS: Final = frozenset(b"\t\n\x0b\x0c\r\x1b")
_UTF16_WITHOUT_BOM: Final = "UTF-16 without a byte-order mark"


def refusal(kind: str) -> EmailInputError:
    """The one error for input that is no draft, naming what it looks like."""
    if kind == _UTF16_WITHOUT_BOM:
        return EmailInputError(
            "this looks like UTF-16 text without a byte-order mark: save the draft as UTF-8 "
            "plain text or .eml",
            what="message",
        )
    return EmailInputError(
        f"this looks like {kind} file: save the draft as plain text or .eml", what="message"
    )


def binary_kind(data: bytes) -> str | None:
    """What *data* looks like when it is not text ("a .docx", "a PDF", "a binary"), or ``None``.

    Input with a byte-order mark is text whatever follows; otherwise a known file
    signature, a NUL byte or a sample that is mostly control bytes makes it binary.
    """
    if _bom(data) is not None:
        return None
    if data.startswith(_ZIP):
        return next((kind for member, kind in _ZIP_KINDS if member in data), "a .zip")
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    if b"\0" in data:
        return _UTF16_WITHOUT_BOM if _utf16ish(data) else "a binary"
    sample = data[:_SAMPLE]
    if len(sample) < _MIN_SAMPLE:
        return None  # too short for a share to mean anything; the decoding judges it
    if _share(sample, _is_control) > _MAX_CONTROL_SHARE:
        return "a binary"
    if not _utf8_prefix(sample) and _share(sample, _is_ascii_text) < _MIN_ASCII_SHARE:
        return "a binary"
    return None


def decode_text(data: bytes) -> str:
    """Decode a draft saved as a text file.

    Args:
        data: the file's bytes.

    Returns:
        The text, without its byte-order mark.

    Raises:
        EmailInputError: *data* looks like a binary file, does not decode with the encoding
            its byte-order mark names, or has no mark and is not valid UTF-8.
    """
    kind = binary_kind(data)
    if kind is not None:
        raise refusal(kind)
    bom = _bom(data)
    codec, label = ("utf-8", "UTF-8") if bom is None else (bom[1], bom[2])
    body = data if bom is None else data[len(bom[0]) :]
    try:
        return body.decode(codec)
    except UnicodeDecodeError as exc:
        raise EmailInputError(
            _bad_encoding(body, exc, label, bom is not None), what="message"
        ) from None


def message_bytes(data: bytes) -> bytes:
    """The bytes of a whole message, ready for the :mod:`email` parser.

    A message saved with a byte-order mark (a UTF-16 ``.eml``) is re-encoded as UTF-8; the
    parts keep their declared charsets, which are applied when the body is read. Bytes that
    only start like a mark and do not decode with it are left to the parser as they are.

    Raises:
        EmailInputError: *data* looks like a binary file.
    """
    bom = _bom(data)
    if bom is not None:
        try:
            return decode_text(data).encode("utf-8")
        except EmailInputError:
            data_after_mark = data[len(bom[0]) :]
        kind = binary_kind(data_after_mark)
    else:
        kind = binary_kind(data)
    if kind is not None:
        raise refusal(kind)
    return data


def _bom(data: bytes) -> tuple[bytes, str, str] | None:
    return next((entry for entry in _BOMS if data.startswith(entry[0])), None)


def _utf16ish(data: bytes) -> bool:
    """Whether NULs sit at every other byte, as in ASCII text saved as UTF-16."""
    sample = data[:_SAMPLE]
    if len(sample) < 8:
        return False
    for parity in (0, 1):
        half = sample[parity::2]
        if half.count(0) >= 0.9 * len(half) and sample[1 - parity :: 2].count(0) == 0:
            return True
    return False


def _share(sample: bytes, test: Callable[[int], bool]) -> float:
    return sum(1 for b in sample if test(b)) / len(sample) if sample else 0.0


def _is_control(byte: int) -> bool:
    return (byte < 0x20 or byte == 0x7F) and byte not in _TEXT_CONTROLS


def _is_ascii_text(byte: int) -> bool:
    return 0x20 <= byte < 0x7F or byte in _TEXT_CONTROLS


def _utf8_prefix(sample: bytes) -> bool:
    """Whether *sample* is valid UTF-8, allowing a character cut at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _bad_encoding(body: bytes, exc: UnicodeDecodeError, label: str, marked: bool) -> str:
    line = body[: exc.start].count(b"\n") + 1
    byte = body[exc.start : exc.start + 1].hex()
    if marked:
        return (
            f"the file starts with a {label} byte-order mark, but is not valid {label} "
            f"(line {line}): save the draft again as UTF-8"
        )
    return (
        f"the file is not valid UTF-8 (byte 0x{byte} on line {line}; saved as Windows-1252 or "
        f"Latin-1?): save the draft as UTF-8, or as an .eml that declares its charset"
    )
