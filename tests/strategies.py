"""Hypothesis strategies shared by the property tests: messy scraped text, HTML documents, and articles."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import strategies as st

from article_clean import Article, Dropped, DropReason, Gallery, GalleryItem, Link, Paragraph, Source, Video

#: Lines a scraper really leaves behind, and look-alikes that must survive.
FURNITURE_LINES = (
    "JUST WATCHED",
    "Replay",
    "More Videos ...",
    "MUST WATCH",
    "(8 Videos)",
    "Story highlights",
    "Hide Caption",
    "1 of 3",
    "2 of 3",
    "3 of 3",
    "Photos: A gallery title",
    "Read More",
    "Advertisement",
    "Share Tweet Email",
    "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.",
    "By Jane Doe and John Roe, CNN",
    "By June, the rebels had left.",
    "Updated 10:43 PM ET, Thu March 2, 2017",
    "date 2017-03-02 Breaking News",
    "Breaking News",
    "(CNN)Officials said on Monday that the talks would continue into the next week.",
    "WASHINGTON (AP) — The Senate passed the bill late on Tuesday after a long debate.",
    "&lt;strong&gt;Before:&lt;/strong&gt; The temple in 2007, &lt;a href=&quot;http://x.org/a&quot;&gt;site&lt;/a&gt;.",
    "Before: The temple in 2007, site.",
    "The temple in 2007, site.",
    "JUST WATCHED Some video Replay More Videos ... MUST WATCH Some video 02:31",
    "Photos: T Photos: T One caption here. Hide Caption 1 of 2 Photos: T Two caption. Hide Caption 2 of 2",
    "• A highlight without a full stop",
    "AT&T and this&not are not entities &amp; this is",
    "x <y and z> w &#38;lt;b&#38;gt;",
    "&am<b>p;lt;i&gt;",
    "a &nbsp; b",
    "&nbsp;",
    "<br>",
    "Verdict: False",
    "About the author",
    "About Jane Doe",
    "Jane Doe covers the city for the paper.",
    "Tags: Palmyra, ISIS, museum",
    "Enlarge Image",
    "Image 1 of 3",
    "2 hrs ago",
    "Most read in Science",
    "Archive May 2012 (9) April 2012 (13) March 2012 (4) February 2012 (7) January 2012 (12)",
)

PROSE_WORDS = ("the", "city", "forces", "said", "Palmyra", "on", "Monday", "ISIS", "museum", "were", "by", "of")


@st.composite
def prose_lines(draw: st.DrawFn) -> str:
    """A sentence-like line of 3–20 words."""
    words = draw(st.lists(st.sampled_from(PROSE_WORDS), min_size=3, max_size=20))
    return " ".join(words).capitalize() + draw(st.sampled_from([".", "", "?", ":"]))


@st.composite
def counted_lines(draw: st.DrawFn) -> str:
    """Links with their counts on one line, the counts of any length ("Archive (9) …", "(999…9)")."""
    count = st.one_of(st.integers(min_value=0, max_value=10**6).map(str), st.integers(1, 6000).map("9".__mul__))
    counts = draw(st.lists(count, min_size=4, max_size=8))
    label = draw(st.sampled_from(["May 2012", "Book Club", "", "Twitter"]))
    return " ".join(f"{label} ({count})" for count in counts)


def scraped_lines() -> st.SearchStrategy[str]:
    """One line: furniture, prose, links with counts, or arbitrary text."""
    return st.one_of(st.sampled_from(FURNITURE_LINES), prose_lines(), counted_lines(), st.text(max_size=40))


@st.composite
def messy_text(draw: st.DrawFn, min_lines: int = 0, max_lines: int = 30) -> str:
    """Scraped text: lines of furniture, prose and noise, with blank lines and indentation."""
    lines = draw(st.lists(scraped_lines(), min_size=min_lines, max_size=max_lines))
    pads = draw(st.lists(st.sampled_from(["", "", "    ", "\n"]), min_size=len(lines), max_size=len(lines)))
    return "\n".join(pad + line for pad, line in zip(pads, lines, strict=True))


TAGS = (
    "p",
    "div",
    "span",
    "b",
    "strong",
    "a",
    "h1",
    "h2",
    "li",
    "ul",
    "blockquote",
    "nav",
    "footer",
    "figure",
    "figcaption",
    "script",
    "br",
    "em",
)


#: Class and id attributes the markup evidence reads: furniture, content and comment names, and none.
NAMES = ("", ' class="related-links"', ' id="comments"', ' class="story-body"', ' itemprop="articleBody"')


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    def render(tag: str, inner: list[str], href: str, names: str) -> str:
        attributes = f' href="{href}"' if tag == "a" else names
        return f"<{tag}{attributes}>{''.join(inner)}</{tag}>"

    return st.builds(
        render,
        st.sampled_from(TAGS),
        st.lists(children, max_size=4),
        st.sampled_from(["/a", "x&amp;y"]),
        st.sampled_from(NAMES),
    )


def html_documents() -> st.SearchStrategy[str]:
    """HTML documents built from nested elements whose text is furniture, prose or noise."""
    leaves = st.one_of(scraped_lines(), st.sampled_from(["&amp;", "&lt;b&gt;", "&#39;", " "]))
    body = st.recursive(leaves, _element, max_leaves=25)
    head = st.sampled_from(["", "<title>A page</title>", '<meta property="og:title" content="T &amp; U">'])
    return st.builds(lambda h, b: f"<!DOCTYPE html><html><head>{h}</head><body>{b}</body></html>", head, body)


def broken_html() -> st.SearchStrategy[str]:
    """HTML as crawls store it: cut off, a bare fragment, or nested deeply.

    Cut anywhere; a fragment without `<html>` or `<body>`; nesting up to past libxml2's depth limit, so that the
    html5lib fallback parses it too.
    """
    cut = st.builds(lambda document, at: document[:at], html_documents(), st.integers(0, 600))
    fragment = html_documents().map(lambda document: document.split("<body>", 1)[1].removesuffix("</body></html>"))
    deep = st.builds(
        lambda depth, tag, text: f"<{tag}>" * depth + text,
        st.integers(1, 2600),
        st.sampled_from(["div", "span", "p", "table", "li"]),
        scraped_lines(),
    )
    return st.one_of(cut, fragment, deep)


def clean_strings() -> st.SearchStrategy[str]:
    """Non-empty single-line strings, as the document holds them."""
    return (
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).map(str.strip).filter(bool)
    )


def _moments() -> st.SearchStrategy[date | datetime | None]:
    zones = st.sampled_from([UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=5, minutes=30))])
    aware = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=zones)
    return st.one_of(st.none(), st.dates(), aware)


def articles() -> st.SearchStrategy[Article]:
    """Arbitrary valid articles, for round-trip tests."""
    links = st.builds(Link, text=clean_strings(), href=clean_strings())
    items = st.builds(
        GalleryItem,
        index=st.integers(1, 50),
        total=st.none() | st.integers(1, 50),
        caption=clean_strings(),
        label=st.none() | clean_strings(),
        credit=st.none() | clean_strings(),
        links=st.lists(links, max_size=2).map(tuple),
    )
    return st.builds(
        Article,
        title=st.none() | clean_strings(),
        authors=st.lists(clean_strings(), max_size=3).map(tuple),
        published=_moments(),
        updated=_moments(),
        highlights=st.lists(clean_strings(), max_size=3).map(tuple),
        paragraphs=st.lists(st.builds(Paragraph, text=clean_strings()), max_size=4).map(tuple),
        galleries=st.lists(
            st.builds(Gallery, title=st.none() | clean_strings(), items=st.lists(items, max_size=3).map(tuple)),
            max_size=2,
        ).map(tuple),
        videos=st.lists(
            st.builds(Video, title=clean_strings(), duration_seconds=st.none() | st.integers(0, 9999)), max_size=2
        ).map(tuple),
        dropped=st.lists(
            st.builds(Dropped, filter=clean_strings(), reason=st.sampled_from(DropReason), text=st.text(max_size=20)),
            max_size=3,
        ).map(tuple),
        source=st.builds(Source, format=st.sampled_from(["text", "html"]), encoding=st.none() | st.just("utf-8")),
    )


def adversarial_text() -> st.SearchStrategy[str]:
    """Hostile text: entity storms, huge lines, control characters and surrogates, mojibake, unclosed tags."""
    storm = st.builds(
        lambda n, tail: "&" + "amp;" * n + tail, st.integers(0, 3000), st.sampled_from(["lt;b&gt;", "", "#39;"])
    )
    huge_line = st.builds(
        lambda unit, n: unit * n, st.sampled_from(["word ", "x", "&nbsp;", "<b>", " \t"]), st.integers(1, 30000)
    )
    controls = st.text(alphabet=st.characters(codec=None, categories=("Cc", "Cs", "Cf", "Zs", "Ll")), max_size=300)
    mojibake = prose_lines().map(
        lambda text: (text + " café “quoted” — naïve").encode("utf-8").decode("cp1252", "replace")
    )
    unclosed = st.builds(
        lambda tag, n, text: f"<{tag} " * n + text,
        st.sampled_from(["a", "div", "p x=", "!--", "?"]),
        st.integers(1, 2000),
        scraped_lines(),
    )
    return st.one_of(storm, huge_line, controls, mojibake, unclosed)


def adversarial_bytes() -> st.SearchStrategy[bytes]:
    """Hostile bytes: random, and one text in several encodings at once (with and without a declaration)."""
    codecs = st.sampled_from(["utf-8", "cp1252", "utf-16", "utf-16-le", "shift_jis", "euc-kr", "cp1251", "gb18030"])
    mixed = st.builds(
        lambda pieces, declared: declared + b"".join(text.encode(codec, "replace") for text, codec in pieces),
        st.lists(
            st.tuples(st.sampled_from(["Café crème", "“quoted”", "Привет", "東京", "서울", "plain"]), codecs),
            max_size=12,
        ),
        st.sampled_from([b"", b'<meta charset="utf-8">', b'<meta charset="shift_jis">', b"\xef\xbb\xbf", b"\xff\xfe"]),
    )
    return st.one_of(st.binary(max_size=4000), mixed)
