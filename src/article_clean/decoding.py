"""Decode `bytes` input: a byte-order mark, then an HTML `<meta charset>`, then UTF-8, then Windows-1252.

This follows the order browsers use for pages without an HTTP header, with one exception for scraped pages: bytes
that hold non-ASCII text and are valid UTF-8 are read as UTF-8 whatever the page declares, because crawlers often
store a page re-encoded as UTF-8 under its original `<meta charset>`, and legacy encodings almost never produce
valid multi-byte UTF-8 by chance. Bytes that declare nothing and are not UTF-8 are sniffed with
charset-normalizer; its guess is taken when it reads the page as mostly non-Latin letters (Korean, Japanese,
Chinese, Cyrillic…), where a wrong Western guess would be mojibake. Windows-1252 is the last resort, as in
browsers with a Western locale, because it decodes every byte (its five unassigned bytes map to the C1 controls
of the same number, as browsers do), so decoding never fails and never loses a byte.

Bytes that open with the gzip signature (a stored `.html.gz`, a WARC payload or an HTTP body saved before its
`Content-Encoding` was undone) are decompressed first, by `unpack`; a damaged or truncated stream gives what could
be read and says why it stopped, since an article cut short is still worth cleaning.
"""

from __future__ import annotations

import codecs
import zlib
from typing import Literal, NamedTuple

import charset_normalizer
import regex

__all__ = ["Unpacked", "decode", "unpack"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = regex.compile(
    rb"""<meta\b[^>]{0,512}?charset\s*+=\s*+["']?\s*+([a-zA-Z0-9_.:\-]{1,40})""", regex.IGNORECASE
)
#: Labels browsers read as another encoding (WHATWG Encoding Standard).
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "x-user-defined": "cp1252",
}
_NOT_FOR_PAGES = frozenset({"utf-7", "idna", "punycode", "raw-unicode-escape", "unicode-escape"})
_C1 = "article_clean.c1"
_GZIP = b"\x1f\x8b\x08"  # the magic number and the only compression method gzip defines (deflate)
#: Gzip inside gzip, as servers that compress an already compressed file send it; deeper is not a page.
_MAX_LAYERS = 3
_GZIP_WINDOW = 16 + zlib.MAX_WBITS
#: The last code point of the Latin blocks (Latin Extended-B); letters above it are of other scripts.
_LATIN_END = 0x24F
#: Letters of another script a sniffed reading must hold before it is believed: a few stray bytes prove nothing.
_MIN_FOREIGN_LETTERS = 16


def _c1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return chr(error.object[error.start]), error.start + 1


codecs.register_error(_C1, _c1_fallback)


def decode(data: bytes) -> tuple[str, str]:
    """Return the text of `data` and the name of the encoding used.

    >>> decode("Palmyra’s".encode("utf-8"))
    ('Palmyra’s', 'utf-8')
    >>> decode(b'<meta charset="windows-1252"><p>caf\\xe9')
    ('<meta charset="windows-1252"><p>café', 'cp1252')
    >>> decode('<meta charset="windows-1252"><p>café'.encode("utf-8"))[1]
    'utf-8'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    declared = _declared(data[:4096])
    if declared and declared != "utf-8" and not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8"  # stored as UTF-8 under the page's original declaration
        except UnicodeDecodeError:
            pass
    if declared:
        try:
            return data.decode(declared), declared
        except UnicodeDecodeError:
            pass  # a wrong declaration is common; fall back to sniffing
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    sniffed = _sniffed(data)
    if sniffed is not None:
        return sniffed
    return data.decode("cp1252", errors=_C1), "cp1252"


class Unpacked(NamedTuple):
    """Bytes taken out of their compression, and how."""

    data: bytes
    compression: Literal["gzip"] | None = None
    """"gzip" when the input was compressed; None when it was not."""
    error: str | None = None
    """Why decompression stopped before the end of the stream; None when it read the whole stream."""


def unpack(data: bytes, limit: int) -> Unpacked:
    """Decompress gzip `data` (concatenated members and up to three nested layers), reading at most `limit` bytes.

    Bytes without the gzip signature, or whose stream is broken before its first byte, come back unchanged.

    >>> import gzip
    >>> unpack(gzip.compress(b"<p>Palmyra</p>"), 1000)
    Unpacked(data=b'<p>Palmyra</p>', compression='gzip', error=None)
    >>> unpack(gzip.compress(b"<p>Palmyra</p>")[:-12], 1000).error
    'the gzip stream ends early'
    >>> unpack(b"plain text", 1000).compression is None
    True
    """
    unpacked = Unpacked(data)
    for _ in range(_MAX_LAYERS):
        if not unpacked.data.startswith(_GZIP):
            break
        inner, error = _gunzip(unpacked.data, limit)
        if not inner and error is not None:
            break  # not a stream after all: the bytes only began with the signature
        unpacked = Unpacked(inner, "gzip", error)
        if error is not None:
            break
    return unpacked


def _gunzip(data: bytes, limit: int) -> tuple[bytes, str | None]:
    """The content of the gzip members that open `data`, at most `limit` bytes, and why reading stopped early."""
    parts: list[bytes] = []
    size = 0
    rest = data
    while rest.startswith(_GZIP):
        stream = zlib.decompressobj(_GZIP_WINDOW)
        try:
            part = stream.decompress(rest, max(limit - size, 1))  # (a `max_length` of 0 means no limit)
        except zlib.error as error:
            return b"".join(parts), f"the gzip stream is damaged ({error})"
        parts.append(part)
        size += len(part)
        if size > limit or (size == limit and not stream.eof):
            # Cut at a line break so that no character is split: a torn one would defeat the UTF-8 reading.
            whole = b"".join(parts)[:limit]
            return whole[: whole.rfind(b"\n") + 1] or whole, f"stopped after {limit:,} bytes, the input limit"
        if not stream.eof:
            return b"".join(parts), "the gzip stream ends early"
        rest = stream.unused_data
    if rest.strip(b"\0"):
        return b"".join(parts), "bytes after the gzip stream were not read"
    return b"".join(parts), None


def _sniffed(data: bytes) -> tuple[str, str] | None:
    """A legacy encoding of mostly non-Latin text, as charset-normalizer reads the bytes; None for anything else."""
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    letters = [char for char in text if char.isalpha()]
    foreign = sum(ord(char) > _LATIN_END for char in letters)
    if foreign < _MIN_FOREIGN_LETTERS or foreign * 2 < len(letters):
        return None  # Western text (or too little to tell): Windows-1252, as browsers read it, beats a guess
    return text, codecs.lookup(best.encoding).name


def _declared(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    label = _ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Python also registers byte-to-byte codecs (base64, zlib) and UTF-7, which no browser honours.
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FOR_PAGES:
        return None
    return info.name
