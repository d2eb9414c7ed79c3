"""Bytes are decoded by BOM, declared charset (unless the bytes are valid UTF-8), UTF-8, then Windows-1252."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import clean_article
from article_clean.decoding import decode

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
