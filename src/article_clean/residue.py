"""Decode HTML residue left in scraped text: character references and tags.

Scrapers leave markup behind twice over: entities (`&#39;`, `&amp;`) and whole tags, often escaped
(`&lt;strong&gt;Before:&lt;/strong&gt;`). Decoding one layer can reveal another (`&amp;lt;b&amp;gt;`), and removing
a tag can join the halves of an entity (`&am<b>p;`). `unescape_html` therefore runs one left-to-right pass over the
text with a stack, feeding every decoded character back in, so the result contains no entity and no tag however
deeply they were nested, in time linear in the length of the text.
"""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass, field

import regex

from article_clean import patterns

__all__ = ["InlineMarkup", "read_inline_markup", "unescape_html"]

_TOKEN = regex.compile(r"[^&;<>]++|[&;<>]")


@dataclass(slots=True)
class _Reducer:
    """The output of `unescape_html` under construction, with the positions where an entity or tag may start."""

    tags: bool
    out: list[str] = field(default_factory=list)
    amps: list[int] = field(default_factory=list)
    opens: list[int] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    """Decoded text still to be read, last token first; a stack rather than recursion, as decodings can chain."""

    def feed(self, token: str) -> None:
        """Read one token of input, and everything its decoding produces."""
        self.pending.append(token)
        while self.pending:
            self._step(self.pending.pop())

    def _step(self, token: str) -> None:
        if token == ";":
            self._close_entity()
        elif token == ">" and self.tags:
            self._close_tag()
        else:
            if token == "&":
                self.amps.append(len(self.out))
            elif token == "<":
                self.opens.append(len(self.out))
            self.out.append(token)

    def _close_entity(self) -> None:
        start = self.amps.pop() if self.amps else None
        decoded = _decode_entity("".join(self.out[start:]) + ";") if start is not None else None
        if start is None or decoded is None:
            # No entity can start before this ";" any more: entity names never contain ";".
            self.amps.clear()
            self.out.append(";")
            return
        del self.out[start:]
        self._forget(start)
        self.pending.extend(reversed(_TOKEN.findall(patterns.remove_invisible(unicodedata.normalize("NFC", decoded)))))

    def _close_tag(self) -> None:
        start = self.opens.pop() if self.opens else None
        tag = "".join(self.out[start:]) + ">" if start is not None else ""
        if start is None or not patterns.TAG.fullmatch(tag):
            # A tag contains no ">", so none can start before this one any more.
            self.opens.clear()
            self.out.append(">")
            return
        del self.out[start:]
        self._forget(start)
        if _is_breaking(tag):
            self.out.append(" ")

    def _forget(self, start: int) -> None:
        """Drop pending entity starts inside a removed tail (a tag's attributes may hold an "&").

        Pending tag starts need no such care: a removed entity holds no "<", and a removed tag starts at the
        newest "<".
        """
        while self.amps and self.amps[-1] >= start:
            self.amps.pop()


def _decode_entity(candidate: str) -> str | None:
    """Return what `candidate` (from "&" to ";") decodes to, or None if it is no character reference."""
    if len(candidate) > patterns.ENTITY_MAX_LENGTH or not patterns.ENTITY.fullmatch(candidate):
        return None
    decoded = html.unescape(candidate)
    return None if decoded == candidate else decoded


def _is_breaking(tag_start: str) -> bool:
    name = patterns.TAG_NAME.match(tag_start)
    return name is not None and name.group(1).lower() in patterns.BREAKING_TAGS


def unescape_html(text: str) -> str:
    """Decode character references and remove tags until none is left.

    Only references ending in ";" are decoded, so "AT&T" and "this&not" are left alone. Block-level tags and
    `<br>` become a space so that words on either side stay apart. Invisible characters are removed, since they
    can hide an entity (`&am\\x00p;`).

    >>> unescape_html("&lt;strong&gt;Before:&lt;/strong&gt; ISIS&#39; occupation")
    "Before: ISIS' occupation"
    >>> unescape_html("&amp;amp;lt;b&amp;gt;AT&T")
    'AT&T'
    """
    return _reduce(text, tags=True)


def unescape_entities(text: str) -> str:
    """Decode character references until none is left, leaving tags in place.

    >>> unescape_entities("&lt;a href=&quot;x&quot;&gt;")
    '<a href="x">'
    """
    return _reduce(text, tags=False)


def _reduce(text: str, *, tags: bool) -> str:
    text = patterns.remove_invisible(text)
    if "&" not in text and not (tags and "<" in text):
        return text
    reducer = _Reducer(tags=tags)
    for token in _TOKEN.findall(text):
        reducer.feed(token)
    result = "".join(reducer.out)
    return result if result == text else unicodedata.normalize("NFC", result)


@dataclass(frozen=True, slots=True)
class InlineMarkup:
    """What a line of inline HTML says once read: its text, its links, and a leading bold label."""

    text: str
    links: tuple[tuple[str, str], ...] = ()
    label: str | None = None


def read_inline_markup(text: str) -> InlineMarkup | None:
    """Read the tags in one line of text, or return None if it has none.

    Entities are decoded first, so escaped markup (`&lt;a href=…&gt;`) is read like real markup. A label is a
    bold run (`<strong>`, `<b>`) that opens the line and ends with a colon, as in "**Before:** The ruins…".

    >>> m = read_inline_markup('&lt;b&gt;After:&lt;/b&gt; see &lt;a href="http://u"&gt;the site&lt;/a&gt;.')
    >>> m.text, m.links, m.label
    ('After: see the site.', (('the site', 'http://u'),), 'After')
    """
    decoded = unescape_entities(text)
    if not patterns.TAG.search(decoded):
        return None
    pieces: list[str] = []
    links: list[tuple[str, str]] = []
    link: tuple[int, str] | None = None  # (index into pieces where the open link's text starts, href)
    label_end: int | None = None
    position = 0
    for match in patterns.TAG.finditer(decoded):
        pieces.append(decoded[position : match.start()])
        position = match.end()
        tag = match.group(0)
        name_match = patterns.TAG_NAME.match(tag)
        name = name_match.group(1).lower() if name_match else ""
        closing = tag.startswith("</")
        if name in patterns.BREAKING_TAGS:
            pieces.append(" ")
        if name == "a" and not closing:
            href = patterns.HREF.search(tag)
            link = (len(pieces), _first_group(href)) if href else None
        elif name == "a" and link is not None:
            links.append((patterns.squash_whitespace("".join(pieces[link[0] :])), link[1].strip()))
            link = None
        elif name in {"strong", "b"} and closing and label_end is None and not "".join(pieces[:1]).strip():
            label_end = len(pieces)
    pieces.append(decoded[position:])
    plain = patterns.squash_whitespace("".join(pieces))
    label = _label("".join(pieces[:label_end]), plain) if label_end is not None else None
    return InlineMarkup(text=plain, links=tuple(links), label=label)


def _first_group(match: regex.Match[str]) -> str:
    return next(group for group in match.groups() if group is not None)


def _label(bold: str, plain: str) -> str | None:
    """Return the label of a line opening with `bold` text, if that text is a short "Label:"."""
    bold = patterns.squash_whitespace(bold)
    rest = plain[len(bold) :]
    if not (bold.endswith(":") or rest.startswith(":")):
        return None
    label = bold.rstrip(":").strip()
    return label if label and len(label.split()) <= 4 else None
