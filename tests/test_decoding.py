"""Bytes are decoded by BOM, declared charset (unless the bytes are valid UTF-8), UTF-8, then Windows-1252."""

from __future__ import annotations

import codecs
import gzip

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import clean_article
from article_clean.decoding import decode, unpack

KOREAN = "엘제이의 리벤지인가, 류화영의 피해자 코스프레인가. 시작은 엘제이의 일방적인 사진 공개로부터 비롯됐다."
JAPANESE = "東京都は二十日、新型の感染症対策について新しい方針を発表した。知事は記者会見で述べた。"
CHINESE = "北京时间二十日，国家统计局发布了最新的经济数据，显示经济增长保持稳定。"
RUSSIAN = "В восьмидесятых годах чешская красавица заявила о себе на весь мир. Тогда трудно было найти."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        ("Palmyra’s".encode(), "Palmyra’s", "utf-8"),
        (codecs.BOM_UTF8 + "é".encode(), "é", "utf-8-sig"),
        ("é".encode("utf-16"), "é", "utf-16"),
        (b'<meta charset="windows-1252"><p>caf\xe9', '<meta charset="windows-1252"><p>caf\xe9', "cp1252"),
        (b"<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'>\x93q\x94", None, "cp1252"),
        (b'<meta charset="shift_jis">\x83e', '<meta charset="shift_jis">テ', "shift_jis"),
        (b"caf\xe9 \x93quoted\x94", "café “quoted”", "cp1252"),
        (b"\x81\x8d", "\x81\x8d", "cp1252"),
        (b'<meta charset="utf-8">caf\xe9', '<meta charset="utf-8">café', "cp1252"),
        (b'<meta charset="no-such-codec">ok', '<meta charset="no-such-codec">ok', "utf-8"),
        (b'<meta charset="base64"><p>hi', '<meta charset="base64"><p>hi', "utf-8"),
        (b'<meta charset="utf-7"><p>+AGE-', '<meta charset="utf-7"><p>+AGE-', "utf-8"),
        (b'<meta charset="unicode_escape"><p>\\x41', '<meta charset="unicode_escape"><p>\\x41', "utf-8"),
        # stored as UTF-8 under the original declaration: read as UTF-8, no "youâ€™re"
        ('<meta charset="windows-1252"><p>you’re'.encode(), '<meta charset="windows-1252"><p>you’re', "utf-8"),
        ('<meta charset="euc-kr"><p>한국어'.encode(), '<meta charset="euc-kr"><p>한국어', "utf-8"),
        # a real legacy page is not valid UTF-8 and keeps its declared encoding
        ('<meta charset="euc-kr"><p>한국어 기사'.encode("euc-kr"), '<meta charset="euc-kr"><p>한국어 기사', "euc_kr"),
        # nothing declared and not UTF-8: sniffed when the reading is mostly another script, else Windows-1252
        (f"<p>{KOREAN}</p>".encode("euc-kr"), f"<p>{KOREAN}</p>", "cp949"),
        (f"<p>{JAPANESE}</p>".encode("shift_jis"), f"<p>{JAPANESE}</p>", "cp932"),
        (f"<p>{CHINESE}</p>".encode("gbk"), f"<p>{CHINESE}</p>", "gb18030"),
        (f"<p>{RUSSIAN}</p>".encode("cp1251"), f"<p>{RUSSIAN}</p>", "cp1251"),
        ("<p>The café served “quoted” coffee — naïve résumé.</p>".encode("cp1252"), None, "cp1252"),
        (
            '<meta charset="windows-1251"><p>Новости'.encode("cp1251"),
            '<meta charset="windows-1251"><p>Новости',
            "cp1251",
        ),
    ],
)
def test_decode(data: bytes, text: str | None, encoding: str) -> None:
    """Each way of naming an encoding is honoured; a wrong declaration falls back to sniffing."""
    decoded, used = decode(data)
    assert used == encoding
    if text is not None:
        assert decoded == text


@given(st.binary())
def test_decode_never_fails_and_loses_no_byte(data: bytes) -> None:
    """Any bytes decode; cp1252 with C1 fallback maps each byte to one character; a sniffed reading is strict."""
    decoded, used = decode(data)
    if used == "cp1252":
        assert len(decoded) == len(data)
    elif used not in {"utf-8", "utf-8-sig", "utf-16", "utf-32"}:
        assert decoded == data.decode(used)  # strict: no byte replaced


def test_clean_article_reports_the_encoding() -> None:
    """The article says which encoding its bytes were read with."""
    assert clean_article("Café au lait.".encode("cp1252")).source.encoding == "cp1252"
    assert clean_article("Café au lait.").source.encoding is None


PAGE = "<html><head><title>Palmyra</title></head><body><p>" + KOREAN + "</p></body></html>"


def test_gzipped_bytes_are_decompressed_then_decoded() -> None:
    """A stored `.html.gz` or a response body still gzip-encoded reads as the page inside it."""
    plain = clean_article(PAGE.encode("euc-kr"))
    packed = clean_article(gzip.compress(PAGE.encode("euc-kr")))
    assert packed.text == plain.text == KOREAN
    assert (packed.source.compression, packed.source.compression_error) == ("gzip", None)
    assert (plain.source.compression, packed.source.encoding) == (None, plain.source.encoding)


@pytest.mark.parametrize(
    ("data", "inside", "error"),
    [
        (gzip.compress(gzip.compress(b"twice")), b"twice", None),  # a server compressed a .gz again
        (gzip.compress(b"one ") + gzip.compress(b"two"), b"one two", None),  # concatenated members
        (gzip.compress(b"body") + b"\0\0", b"body", None),  # padding some writers add
        (gzip.compress(b"line one\nline two")[:-8], b"line one\nline two", "the gzip stream ends early"),  # no trailer
        (gzip.compress(b"body") + b"tail", b"body", "bytes after the gzip stream were not read"),
        (gzip.compress(b"first line\n" + b"y" * 60), b"first line\n", "stopped after 64 bytes, the input limit"),
        (gzip.compress(b"x" * 80), b"x" * 64, "stopped after 64 bytes, the input limit"),
        (b"\x1f\x8b\x08 not a stream", b"\x1f\x8b\x08 not a stream", None),
        (b"plain", b"plain", None),
    ],
)
def test_unpack(data: bytes, inside: bytes, error: str | None) -> None:
    """Layers and members are read; a damaged, cut or overlong stream gives what was read and says why."""
    unpacked = unpack(data, 64)
    assert (unpacked.data, unpacked.error) == (inside, error)
    assert unpacked.compression == (None if unpacked.data == data else "gzip")


def test_a_truncated_download_keeps_what_was_read() -> None:
    """A crawl cut off mid-stream still yields the paragraphs before the cut, and says the stream was cut."""
    paragraphs = [f"Paragraph {n} of the story tells what happened on day {n}." for n in range(200)]
    page = "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
    packed = gzip.compress(page.encode())
    article = clean_article(packed[: len(packed) // 2])
    assert article.source.compression_error == "the gzip stream ends early"
    assert article.text.startswith(paragraphs[0])
    assert 0 < len(article.paragraphs) < len(paragraphs)


@given(st.binary(max_size=200))
def test_unpack_never_raises_and_gives_back_what_it_cannot_read(data: bytes) -> None:
    """Any bytes, gzip or not, come back decompressed or unchanged; a stream's content is bounded by the limit."""
    unpacked = unpack(gzip.compress(data), 64)
    assert unpacked.compression == "gzip"
    assert data.startswith(unpacked.data)
    assert (unpacked.error is None) == (len(data) <= 64)
    plain = unpack(data, 64)
    assert plain.data == data or plain.compression == "gzip"


@given(st.binary(max_size=300), st.integers(min_value=0, max_value=400))
def test_a_gzip_stream_cut_anywhere_never_raises(data: bytes, cut: int) -> None:
    """Any prefix of a gzip stream cleans without raising; a stream read in part says why it stopped."""
    packed = gzip.compress(data)[:cut]
    article = clean_article(packed)
    if article.source.compression == "gzip" and cut < len(gzip.compress(data)):
        assert article.source.compression_error is not None
