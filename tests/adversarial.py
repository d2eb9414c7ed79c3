"""Adversarial inputs, one generator per class, at any size: the regression fixtures of hostile input.

`tests/test_adversarial.py` cleans each class at a small size and checks the result; `benchmarks/robustness.py`
cleans each from 1 KB to 20 MB and asserts that time per MB stays flat and memory a small multiple of the input.
Every generator is deterministic: the same size gives the same input.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

_SEED = (Path(__file__).resolve().parent.parent / "fixtures" / "seed" / "cnn-palmyra.txt").read_text(encoding="utf-8")
_PARAGRAPH = (
    "<p>Syrian government forces have recaptured the city of <a href='/palmyra'>Palmyra</a> and surrounding "
    "areas, according to the country's general command, cited by the state news agency.</p>\n"
)


def _fill(unit: str, size: int) -> str:
    return (unit * (size // max(len(unit), 1) + 1))[:size]


def article_text(size: int) -> str:
    """A scraped CNN page repeated: the normal case."""
    return _fill(_SEED + "\n", size)


def one_line(size: int) -> str:
    """Words and no line break at all."""
    return _fill("a sentence without end, ", size)


def entity_storm(size: int) -> str:
    """Lines of `&amp;amp;amp;…lt;b&gt;`: entities inside entities, one level per `amp;`, hundreds deep."""
    return _fill("&" + "amp;" * 500 + "lt;b&gt; and &#x26;#x26;#38;\n", size)


def control_characters(size: int) -> str:
    """Text with control characters and lone surrogates every few characters."""
    return _fill("Word\x00 wo\x07rd \ud800 \x1b[31m red\x7f\x85 ", size)


def mojibake(size: int) -> str:
    """The page's UTF-8 read as Windows-1252, the way a careless pipeline stores it."""
    return _fill(_SEED.encode("utf-8").decode("cp1252", "replace") + "\nThe mayorâ€™s cafÃ© said â€œnoâ€\x9d.\n", size)


def counter_lines(size: int) -> str:
    """Thousands of gallery counters: `caption / N of M`."""
    lines = [f"Photo caption number {n}\n{n} of 99999\n" for n in range(1, size // 20 + 2)]
    return "".join(lines)[:size]


def html_page(size: int) -> str:
    """An ordinary page whose article has many paragraphs."""
    return "<!DOCTYPE html><html><head><title>Palmyra</title></head><body><article>" + _fill(_PARAGRAPH, size)


def deep_nesting(size: int) -> str:
    """`<div>` inside `<div>`, as deep as the size allows."""
    return "<html><body>" + _fill("<div>", size) + "text at the bottom"


def unclosed_tags(size: int) -> str:
    """A start tag whose attributes never end."""
    return "<html><body><a " + _fill('x="1" ', size)


def tag_soup(size: int) -> str:
    """Runs of `<` and half tags that are not markup."""
    return "<html><body><p>" + _fill("<< <b <p a=< </ <!-- x <? ", size)


def random_bytes(size: int) -> bytes:
    """Bytes from a fixed random sequence."""
    return random.Random(size).randbytes(size)  # test data, not secrets


def mixed_encodings(size: int) -> bytes:
    """UTF-8, Windows-1252, UTF-16 and Shift_JIS pieces of one text, concatenated."""
    text = "Café crème, “quoted”, Привет, 東京 "
    unit = b"".join(text.encode(codec, "replace") for codec in ("utf-8", "cp1252", "utf-16", "shift_jis"))
    return (unit * (size // len(unit) + 1))[:size]


#: Every class by name, with whether it is text (str) or bytes; the benchmark and the tests iterate this.
CLASSES: dict[str, Callable[[int], str | bytes]] = {
    "article text": article_text,
    "one line": one_line,
    "entity storm": entity_storm,
    "control characters": control_characters,
    "mojibake": mojibake,
    "gallery counters": counter_lines,
    "HTML page": html_page,
    "deep nesting": deep_nesting,
    "unclosed tags": unclosed_tags,
    "tag soup": tag_soup,
    "random bytes": random_bytes,
    "mixed encodings": mixed_encodings,
}
