"""HTML input: parsed like a browser, furniture removed with a record, figures lifted, blocks typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import DEFAULT_PIPELINE, clean_article
from article_clean.classifier.features import DOM_NAMES, FEATURE_NAMES, NO_DOM, line_features
from article_clean.stages.parse import looks_like_html, parse_html
from article_clean.stages.tree import _NAME_PATTERNS, _named

PAGE = """<!DOCTYPE html><html><head><title>Page title - Site</title>
<meta property="og:title" content="Palmyra retaken &amp; held">
<meta property="article:published_time" content="2017-03-02T22:43:00Z">
<meta property="og:site_name" content="CNN">
<link rel="canonical" href="https://example.com/palmyra">
<script type="application/ld+json">{"@type": "NewsArticle",
 "author": [{"name": "Lonzo Cook"}, {"name": "Hamdi Alkhshali"}]}</script>
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Palmyra retaken &amp; held</h1>
<p>Syrian government forces have recaptured the city of Palmyra from ISIS, state media said.</p>
<figure><img src="a.jpg"><figcaption>The ruins in 2007.
<a href="http://whc.unesco.org">UNESCO</a> (AP Photo/Jane Doe)</figcaption></figure>
<h2>Background</h2><ul><li>First point</li><li>&bull; Second point</li></ul>
<blockquote>A quoted line.</blockquote>
<p>Line one<br>Line two</p></article>
<footer>Copyright 2017 CNN</footer></body></html>"""


@pytest.fixture(scope="module")
def page():
    """The sample page, cleaned."""
    return clean_article(PAGE)


def test_metadata_from_head(page) -> None:
    """Title, publisher, date, authors and URL come from meta tags and JSON-LD."""
    assert page.title == "Palmyra retaken & held"
    assert page.publisher == "CNN"
    assert page.published == datetime(2017, 3, 2, 22, 43, tzinfo=UTC)
    assert page.authors == ("Lonzo Cook", "Hamdi Alkhshali")
    assert page.url == "https://example.com/palmyra"
    assert page.source.format == "html"


def test_body_blocks_and_kinds(page) -> None:
    """Block elements become typed paragraphs; the headline equal to the title leaves the body."""
    assert [(p.kind, p.text) for p in page.paragraphs] == [
        ("paragraph", "Syrian government forces have recaptured the city of Palmyra from ISIS, state media said."),
        ("heading", "Background"),
        ("list_item", "First point"),
        ("list_item", "Second point"),
        ("quote", "A quoted line."),
        ("paragraph", "Line one"),
        ("paragraph", "Line two"),
    ]


def test_figures_become_a_gallery(page) -> None:
    """Figure captions are gallery items with credit and links, never body text."""
    (item,) = page.galleries[0].items
    assert (item.caption, item.credit) == ("The ruins in 2007. UNESCO", "AP Photo/Jane Doe")
    assert [link.href for link in item.links] == ["http://whc.unesco.org"]


def test_furniture_is_recorded_and_code_is_not_text(page) -> None:
    """Navigation and footer text is recorded as dropped; scripts and styles are not text at all."""
    dropped = {(record.reason.value, record.text) for record in page.dropped}
    assert ("non_content", "Home World") in dropped
    assert ("non_content", "Copyright 2017 CNN") in dropped
    assert "not text" not in page.text
    assert "color" not in page.text


def test_page_wide_form_is_kept() -> None:
    """A form that wraps the whole page holds the article and is not dropped."""
    html = "<html><body><form><nav>Home</nav><p>" + "Body text of the article. " * 10 + "</p></form></body></html>"
    article = clean_article(html)
    assert article.text.startswith("Body text of the article.")
    assert [record.text for record in article.dropped] == ["Home"]


@pytest.mark.parametrize(
    ("raw", "html"),
    [
        ("<!DOCTYPE html><p>x</p>", True),
        ("  <html><body>x", True),
        ("<p>Fragment</p>", True),
        ("<strong>Before:</strong> a caption", True),
        ("Plain text with <b>bold</b> inside", False),
        ("&lt;strong&gt;Escaped&lt;/strong&gt;", False),
        ("a < b", False),
        ("<b and c> are letters of the alphabet", False),
        ("<br>Breaking News\nThe Headline\nBy Jane Doe, CNN", False),
        ("<br>Breaking News\n<p>The Headline</p>", True),
        ("<!-- saved page -->\nText", True),
        # A page saved without its <html> tag may open with an element that only a document's head holds.
        ('<script type="text/javascript">\nvar blog = document.location.hostname;\n</script>\nText', True),
        ("<style>\nbody { margin: 0 }\n</style>\nText", True),
        ('<meta charset="utf-8">\n<title>A page</title>\nText', True),
        ("<title>A page</title>\nText", True),
        ("<scripts are what actors read>\nText", False),
    ],
)
def test_looks_like_html(raw: str, html: bool) -> None:
    """A document start, or a real tag with block markup or on a single line, makes HTML; lines make text."""
    assert looks_like_html(raw) is html


@pytest.mark.parametrize(
    "raw", ["<!DOCTYPE HTML0", "<!DOCTYPE HTML>\x0b\x00\ud800", "<p x\"y=1>x<b z'w=2>y</b></p>", "<html>" * 3000]
)
def test_odd_html_never_raises(raw: str) -> None:
    """Odd doctypes, control characters, lone surrogates, bad attribute names and deep nesting are read."""
    assert clean_article(raw).source.format == "html"


def test_a_meta_author_listing_several_names_them_each() -> None:
    """A `<meta name="author">` that lists authors with semicolons names each once, as a byline naming them does."""
    lede = "<p>Egypt's antiquities ministry said the rumour about the pyramids had no basis at all, officials said.</p>"
    html = (
        '<html><head><meta name="author" content="ROD NORDLAND;MAYY EL SHEIKH"></head>'
        f"<body><p>By ROD NORDLAND and MAYY EL SHEIKH</p>{lede}</body></html>"
    )
    assert clean_article(html).authors == ("ROD NORDLAND", "MAYY EL SHEIKH")


def test_broken_json_ld_is_ignored() -> None:
    """Broken JSON-LD gives no metadata and no error."""
    html = '<html><head><script type="application/ld+json">{"author": </script></head><body><p>x</p></body></html>'
    assert clean_article(html).authors == ()


def test_element_text_splits_words_only_at_block_boundaries() -> None:
    """Inline tags join the letters around them; block tags, `<br>` and the end of a comment's text do not."""
    html = (
        "<p>Body paragraph one is here and it is long enough.</p><figure><figcaption>The temple<em>'s</em> "
        "col<b>umns</b> fell<br>Photo: AP</figcaption></figure><nav>Ho<b>me</b><ul><li>A</li><li>B</li></ul>"
        "<!-- c -->tail</nav>"
    )
    article = clean_article(html)
    assert article.galleries[0].items[0].caption == "The temple's columns fell"
    assert article.galleries[0].items[0].credit == "AP"
    assert [record.text for record in article.dropped] == ["Home A B tail"]


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        ("Syria retakes Palmyra - CNN", "Syria retakes Palmyra"),
        ("CNN | Syria retakes Palmyra", "Syria retakes Palmyra"),
        ("Syria retakes Palmyra", "Syria retakes Palmyra"),
    ],
)
def test_headline_under_a_site_suffixed_title(title: str, h1: str) -> None:
    """A `<title>` with the site's name still finds its headline, which becomes the title."""
    lede = "(CNN) The lede sentence is here and it runs on long enough to be prose."
    article = clean_article(f"<html><head><title>{title}</title></head><body><h1>{h1}</h1><p>{lede}</p></body></html>")
    assert article.title == h1
    assert article.text == lede.removeprefix("(CNN) ")


def _blocks_seen_by_the_classifier(raw: str) -> list:
    seen: list = []
    pipeline = DEFAULT_PIPELINE.replace("classify_lines", lambda draft: seen.extend(draft.blocks))
    clean_article(raw, pipeline=pipeline)
    return seen


def test_blocks_carry_what_the_markup_says() -> None:
    """Each HTML block holds its link share and whether it sits in the article or in furniture-named markup."""
    raw = (
        '<html><body><div id="main-content"><article><p>Rain fell on the city all night, <a href="/x">officials</a>'
        ' said.</p></article></div><ul class="related-stories"><li><a href="/a">Another story entirely</a></li>'
        "</ul></body></html>"
    )
    story, related = _blocks_seen_by_the_classifier(raw)
    assert story.text == "Rain fell on the city all night, officials said."
    share = len("officials") / len(story.text)
    story_share = 46 / 68  # text of the <article> (pieces stripped) over the page's: 32 + 9 + 5 of 46 + 22
    assert story.dom == pytest.approx((share, 0.0, 1.0, 1.0, 0.0, 4, story_share, 1, 0.0, 0.0, 1.0, 1.0))
    assert related.dom == pytest.approx((1.0, 1.0, 0.0, 0.0, 2.0, 4, 1 - story_share, 0, 0.0, 0.0, 0.0, 0.0))


def test_the_page_and_the_post_terms_name_no_region() -> None:
    """The classes of `<body>` describe the page, and a WordPress post's term classes what it is about.

    Regression: Wired's `<body class="responsive …">` and a post filed under `category-corporate-responsibility`
    marked every block a comment (`respon`); a post's `tag-…` classes marked its paragraphs furniture.
    """
    prose = "The council met on Tuesday and voted to keep the library open for another year."
    raw = (
        '<html><body class="responsive single-post right-sidebar"><div class="post hentry type-post tag-social-media'
        f' category-corporate-responsibility"><p>{prose}</p></div><div class="tag-cloud"><p>Politics</p></div>'
        "</body></html>"
    )
    story, cloud = _blocks_seen_by_the_classifier(raw)
    furniture, content, comment = story.dom[1], story.dom[2], story.dom[9]
    assert (furniture, content, comment) == (0.0, 1.0, 0.0)
    assert cloud.dom[1] == 1.0  # outside a post, a tag cloud is still furniture


def test_blocks_know_how_much_their_container_looks_like_the_article() -> None:
    """Paragraphs of prose vote for the elements around them; links do not count.

    The article's container wins (1.0), a teaser list of sentence-like links scores low, and a block outside every
    voted element scores 0.
    """
    prose = "The council met on Tuesday, and after a long debate, it voted to keep the library open, said the mayor."
    teaser = '<p><a href="/t">Another story, with commas, in a sentence that is long enough to vote.</a></p>'
    raw = (
        f"<html><body><p>Home</p><div><div id='a'><p>{prose}</p><p>{prose}</p></div></div>"
        f"<div><div id='b'>{teaser}{teaser}<p>Short note, fine.</p><p>One more sentence of its own here.</p>"
        "</div></div></body></html>"
    )
    blocks = _blocks_seen_by_the_classifier(raw)
    candidate = {block.text: block.dom[10:] for block in blocks}
    assert candidate[prose] == (1.0, 1.0)
    low = candidate["One more sentence of its own here."]
    assert 0.0 < low[1] < 0.5
    assert low[0] == low[1]  # its grandparent scored lower still
    assert candidate["Home"] == (0.0, 0.0)


def test_table_cells_and_comment_threads_are_marked() -> None:
    """A results table's cells and a comment thread's paragraphs say where they sit."""
    raw = (
        "<html><body><article><p>The standings after the final race of the season.</p><table><tr><td>1</td>"
        '<td>Kyle Busch</td></tr></table></article><div id="comments"><p>Great race, what a finish!</p></div>'
        "</body></html>"
    )
    blocks = {block.text: block.dom for block in _blocks_seen_by_the_classifier(raw)}
    assert blocks["Kyle Busch"] is not None
    assert blocks["Kyle Busch"][8:10] == (1.0, 0.0)
    assert blocks["Great race, what a finish!"][8:10] == (0.0, 1.0)
    assert blocks["The standings after the final race of the season."][8:10] == (0.0, 0.0)


def test_a_comment_named_like_the_article_is_no_article() -> None:
    """WordPress wraps each comment in `<article class="comment-body">` and `comment-content`: still a comment."""
    raw = (
        '<html><body><article class="post"><div class="entry-content"><p>The coach said the team needed to win the'
        ' game.</p></div></article><ol class="comment-list"><li class="comment"><article class="comment-body">'
        '<div class="comment-content"><p>What else is he supposed to say after that?</p></div></article></li></ol>'
        "</body></html>"
    )
    blocks = {block.text: block.dom for block in _blocks_seen_by_the_classifier(raw)}
    story, comment = (
        blocks["The coach said the team needed to win the game."],
        blocks["What else is he supposed to say after that?"],
    )
    assert story is not None
    assert comment is not None
    assert story[2:4] == (1.0, 1.0)  # named like content, inside an <article>
    assert comment[2:4] == (0.0, 0.0)
    assert comment[9] == 1.0  # in a comment thread


def test_text_blocks_carry_no_markup_evidence() -> None:
    """Scraped text has no markup: its blocks say nothing about it."""
    assert all(block.dom is None for block in _blocks_seen_by_the_classifier("One line.\nAnother line."))


def test_dom_columns_of_text_and_html_lines() -> None:
    """Lines without markup get has_dom 0 and a sentinel; HTML lines get their evidence and its windows."""
    matrix = line_features(
        ["A line", "Another", "Third"], [None, (0.5, 1.0, 0.0, 1.0, 2.0, 3, 0.5, 4, 1.0, 0.0, 0.8, 0.2), (0.0,) * 12]
    )
    columns = {name: matrix[:, FEATURE_NAMES.index(name)].tolist() for name in DOM_NAMES}
    assert columns["has_dom"] == [0.0, 1.0, 1.0]
    assert columns["dom_link"] == [NO_DOM, 0.5, 0.0]
    assert columns["dom_depth"][1] == pytest.approx(np.log1p(3))
    assert columns["dom_container_share"] == [NO_DOM, 0.5, 0.0]
    assert columns["dom_container_paragraphs"][1] == pytest.approx(np.log1p(4))
    assert columns["dom_cell"] == [NO_DOM, 1.0, 0.0]
    assert columns["dom_candidate"] == pytest.approx([NO_DOM, 0.8, 0.0])
    assert columns["dom_near_candidate"] == pytest.approx([NO_DOM, 0.2, 0.0])
    assert columns["dom_furniture_w2"] == pytest.approx([NO_DOM, 1 / 3, 1 / 3])  # a line without markup counts 0
    assert (line_features(["A", "B"])[:, FEATURE_NAMES.index("has_dom")] == 0).all()


@pytest.mark.parametrize(
    "raw",
    [
        "<div>" * 3000 + "deep text",  # deeper than libxml2 goes: html5lib reads it
        "<?xml version='1.0' encoding='utf-8'?><html><body><p>deep text</p></body></html>",  # refused by lxml in a str
        "<html><body><p>deep text</p></body></html>",
    ],
)
def test_every_page_is_parsed_whole(raw: str) -> None:
    """Where the fast parser gives up, the HTML5 parser takes over: no text is lost either way."""
    tree = parse_html(raw)
    assert tree is not None
    assert "deep text" in "".join(tree.itertext())


def test_characters_xml_forbids_do_not_stop_the_parse() -> None:
    """Invisible characters go, other characters XML forbids become spaces, and the text around them stays."""
    tree = parse_html("<p>soft\u00adhyphen zero\u200bwidth form\x0cfeed non\ufffecharacter c0\x01control</p>")
    assert tree is not None
    assert "".join(tree.itertext()) == "softhyphen zerowidth form feed non character c0control"


@pytest.mark.parametrize(
    ("head", "language"),
    [
        ('<meta property="og:locale" content="pt_BR">', "pt-BR"),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "inLanguage": "ko"}</script>', "ko"),
        ('<meta property="og:locale" content="not a tag!">', "fr"),  # refused, then <html lang>
        ('<meta name="language" content="english">', "fr"),  # a language's name is no tag
        ('<meta name="language" content="english"><meta name="dc.language" content="en-us">', "en-US"),
        ('<meta name="language" content="zh-hant-tw">', "zh-Hant-TW"),
    ],
)
def test_language_from_meta_json_ld_or_html_lang(head: str, language: str) -> None:
    """The language comes from Open Graph or Dublin Core, then JSON-LD, then `<html lang>`, as a BCP 47 tag."""
    page = f'<html lang="fr"><head>{head}</head><body><p>Un article.</p></body></html>'
    assert clean_article(page).language == language


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (  # a day in the meta tags, the moment on that day in JSON-LD: the moment
            '<meta name="dc.date" content="2019-11-19">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-19T06:12:56-05:00"}'
            "</script>",
            "2019-11-19T06:12:56-05:00",
        ),
        (  # a moment on another day does not refine the day the meta tags name
            '<meta name="dc.date" content="2019-11-19">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-20T06:12:56-05:00"}'
            "</script>",
            "2019-11-19",
        ),
        (
            '<meta property="article:published_time" content="2019-11-19T11:30:42+00:00">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-11-19T06:30:42-05:00"}'
            "</script>",
            "2019-11-19T11:30:42+00:00",
        ),
    ],
)
def test_the_most_precise_publication_date_of_the_same_day(head: str, published: str) -> None:
    """Meta tags are trusted first; a later source refines a bare day they give with its time on that day."""
    article = clean_article(f"<html><head>{head}</head><body><p>Text.</p></body></html>")
    assert article.published is not None
    assert article.published.isoformat() == published


def test_a_date_never_set_gives_way_to_the_next_source() -> None:
    """JSON-LD's `0001-01-01T00:00:00Z`, the zero value a template prints for an unset date, is no date."""
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z",'
        ' "dateModified": "0001-01-01T00:00:00Z"}</script>'
        '<meta name="dc.date" content="2019-11-19">'
    )
    article = clean_article(f"<html><head>{head}</head><body><p>Text.</p></body></html>")
    assert (article.published, article.updated) == (date(2019, 11, 19), None)


@pytest.mark.parametrize(
    ("head", "image"),
    [
        ('<meta property="og:image" content="https://example.com/a.jpg">', "https://example.com/a.jpg"),
        ('<meta name="twitter:image" content="https://example.com/t.jpg">', "https://example.com/t.jpg"),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "image": [{"url": "https://e.com/l.jpg"}]}'
            "</script>",
            "https://e.com/l.jpg",
        ),
        ("", None),
    ],
)
def test_lead_image(head: str, image: str | None) -> None:
    """The lead image comes from Open Graph, the Twitter card, or JSON-LD (a URL, an ImageObject, a list)."""
    assert clean_article(f"<html><head>{head}</head><body><p>Text.</p></body></html>").image == image


def test_publication_time_element_only_where_it_dates_the_article() -> None:
    """A `<time>` marked as the publication date, or inside the article, dates it; a comment's `<time>` does not."""
    marked = '<time itemprop="datePublished" datetime="2019-11-19T08:00:00Z">Nov 19</time><p>Text.</p>'
    inside = '<article><time datetime="2019-11-20">Nov 20</time><p>Text.</p></article>'
    elsewhere = '<p>Text.</p><div class="comments"><time datetime="2019-11-21">Nov 21</time> Nice.</div>'
    assert clean_article(f"<html><body>{marked}</body></html>").published == datetime(2019, 11, 19, 8, tzinfo=UTC)
    assert str(clean_article(f"<html><body>{inside}</body></html>").published) == "2019-11-20"
    assert clean_article(f"<html><body>{elsewhere}</body></html>").published is None


@pytest.mark.parametrize(
    ("page", "published"),
    [
        # the hAtom microformat a blogging platform prints
        (
            '<div class="hentry"><abbr class="published" title="2012-10-28T22:24:43-0400">Oct 28</abbr></div>',
            "2012-10-28T22:24:43-04:00",
        ),
        # microdata on another element than <time>
        ('<span itemprop="datePublished" content="2012-11-06">Nov 6</span>', "2012-11-06"),
        # a comment's date, marked the same way, is not the article's
        ('<div class="comment-list"><span class="published" title="2012-10-29">Oct 29</span></div>', None),
        # a meta tag some sites name otherwise
        ('<meta name="sailthru.date" content="2012-08-09">', "2012-08-09"),
    ],
)
def test_publication_date_marked_in_the_markup(page: str, published: str | None) -> None:
    """Microdata, hAtom and other sites' meta names date the article where the usual tags do not."""
    article = clean_article(f"<html><body>{page}<p>Text.</p></body></html>")
    assert (article.published.isoformat() if article.published else None) == published


@pytest.mark.parametrize(
    ("page", "published"),
    [
        ('<meta name="published" content="Mon Jul 23 21:11:10 PDT 2012">', "2012-07-23T21:11:00-07:00"),
        ('<meta name="OriginalPublicationDate" content="2012/07/24 02:58:07">', "2012-07-24T02:58:07"),
        ('<meta name="posted" content="2012-11-06">', "2012-11-06"),
        ('<meta name="DisplayDate" content="2012-10-26">', "2012-10-26"),
        # HTML5's pubdate in words, and the text of a <time> inside the article
        ("<div>Filed under News, <time pubdate>November 12, 2012</time>, with 4 comments so far</div>", "2012-11-12"),
        (
            "<article><h1>A title</h1><p>In Travel on <time>Nov 9, 2012</time> with 3 comments so far</p></article>",
            "2012-11-09",
        ),
        ("<article><time>7 months ago</time></article>", None),
        # a comment's <time>, even inside the article, dates the comment
        (
            "<article><h1>A title</h1><p>The article's text, long enough to be read as a paragraph of prose.</p>"
            '<ul><li class="comment"><footer><time>Oct 16, 2012</time></footer> Nice one.</li></ul></article>',
            None,
        ),
        # the page's one <time> outside comments and sidebars
        (
            '<header><time datetime="2012-11-13T15:30:10+00:00">Nov 13</time></header>'
            '<div id="sidebar"><time datetime="2012-11-10T09:00:00+00:00">Nov 10</time></div>',
            "2012-11-13T15:30:10+00:00",
        ),
        # <time>s of two days outside the article name no single date
        (
            '<div><time datetime="2012-11-13">Nov 13</time></div><div><time datetime="2012-11-14">Nov 14</time></div>',
            None,
        ),
    ],
)
def test_publication_date_the_markup_names_less_surely(page: str, published: str | None) -> None:
    """Unix `date` and slashed dates in meta tags, other sites' meta names, and `<time>`s read with care."""
    article = clean_article(f"<html><head></head><body>{page}<p>Text.</p></body></html>")
    assert (article.published.isoformat() if article.published else None) == published


def test_a_date_line_is_placed_before_the_markup_names_less_surely() -> None:
    """A byline's date is the article's; a `<time>` text found in the markup is not taken first to make it a copy."""
    body = (
        "<article><h1>Storm hits the coast</h1><time>November 10, 2012</time>"
        "<p>By Jane Doe on November 11, 2012 3:00 PM</p><p>Text of the article, long enough to be read.</p></article>"
    )
    article = clean_article(f"<html><body>{body}</body></html>")
    assert article.published is not None
    assert article.published.isoformat().startswith("2012-11-11T15:00")
    assert not [drop for drop in article.dropped if "November 11" in drop.text]


def test_a_byline_gives_the_time_of_the_day_the_metadata_names() -> None:
    """A byline's moment on the day the meta tags name alone is the same date, told more precisely."""
    head = '<meta name="dc.date" content="2012-11-11">'
    body = "<h1>Storm hits the coast</h1><p>By Jane Doe on November 11, 2012 3:00 PM</p><p>Text of the article.</p>"
    article = clean_article(f"<html><head>{head}</head><body>{body}</body></html>")
    assert article.published is not None
    assert article.published.isoformat().startswith("2012-11-11T15:00")


def test_figure_items_carry_their_image_url() -> None:
    """A figure's image URL comes from `src`, a lazy loader's `data-src` (not a data: placeholder) or `srcset`."""
    page = (
        '<html><body><p>Body text.</p><figure><img data-src="https://e.com/lazy.jpg" src="data:image/gif;base64,R0l">'
        '<figcaption>The ruins.</figcaption></figure><figure><img srcset="https://e.com/s.jpg 1x, https://e.com/t.jpg'
        ' 2x"><figcaption>A square.</figcaption></figure><figure><figcaption>No picture.</figcaption></figure>'
        "</body></html>"
    )
    items = clean_article(page).galleries[0].items
    assert [item.image for item in items] == ["https://e.com/lazy.jpg", "https://e.com/s.jpg", None]


@pytest.mark.parametrize(
    ("head", "lead", "figure"),
    [
        (
            '<link rel="canonical" href="https://e.com/news/a.html">',
            "https://e.com/lead.jpg",
            "https://e.com/news/p.jpg",
        ),
        ('<base href="https://cdn.e.com/b/">', "https://cdn.e.com/lead.jpg", "https://cdn.e.com/b/p.jpg"),
        ("", "/lead.jpg", "p.jpg"),  # nothing to resolve against: kept as written
    ],
)
def test_image_urls_resolve_against_the_page(head: str, lead: str, figure: str) -> None:
    """Relative image URLs resolve against `<base href>`, else the canonical URL; without either they stay."""
    page = (
        f'<html><head>{head}<meta property="og:image" content="/lead.jpg"></head>'
        '<body><p>Body.</p><figure><img src="p.jpg"><figcaption>A caption.</figcaption></figure></body></html>'
    )
    article = clean_article(page)
    assert article.image == lead
    assert article.galleries[0].items[0].image == figure


@given(st.text(alphabet=st.sampled_from([*"navMenuFootADsTagCommentReplyStoryK-_ 1", "\u212a", "\u017f"]), max_size=40))
def test_class_names_are_read_the_same_on_ascii_and_other_text(names: str) -> None:
    """Lower-casing an ASCII name before matching finds what matching it ignoring case finds."""
    assert _named(names) == tuple(pattern.search(names) is not None for pattern in _NAME_PATTERNS)


CAPTIONED = (
    "<html><body><article><p>Teachers rallied at the Statehouse on Tuesday, calling for higher pay for every"
    " teacher in the state.</p>{photo}<p>The protest was the biggest of its kind, organisers said after the rally"
    " ended in the afternoon.</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("photo", "caption", "credit", "image"),
    [
        (  # a newspaper template: caption and credit side by side, the image in an element before them
            '<div class="asset"><div class="image"><img src="https://e.com/a.jpg"></div><div class="image-meta">'
            '<div class="image-caption">Teachers in red rally.</div><div class="image-credit">Michael Conroy, AP</div>'
            "</div></div>",
            "Teachers in red rally.",
            "Michael Conroy, AP",
            "https://e.com/a.jpg",
        ),
        (  # WordPress
            '<div class="wp-caption aligncenter"><img src="https://e.com/b.jpg"><p class="wp-caption-text">'
            "Teachers in red rally. (AP Photo/Michael Conroy)</p></div>",
            "Teachers in red rally.",
            "AP Photo/Michael Conroy",
            "https://e.com/b.jpg",
        ),
        (  # named by its id, as CNN's galleries were
            '<div class="cnnGalleryImage"><img src="https://e.com/d.jpg"></div>'
            '<cite id="galleryCaption001">Teachers in red rally.</cite>',
            "Teachers in red rally.",
            None,
            None,
        ),
        (  # camel-cased names, the caption's image too far up to be its own
            '<div class="InlineImage-wrapper"><img src="https://e.com/c.jpg"><p>An unrelated paragraph of the'
            " page, long enough to be text of its own, which no caption of a photo could ever be.</p>"
            '<div class="InlineImage-imageEmbedCaption">Teachers in red rally.</div>'
            '<div class="InlineImage-imageEmbedCredit">Getty</div></div>',
            "Teachers in red rally.",
            "Getty",
            None,
        ),
    ],
)
def test_elements_named_for_captions_become_gallery_items(photo: str, caption: str, credit: str, image) -> None:
    """A caption marked up with `<div>`s is read like a `<figcaption>`: a gallery item, never body text."""
    article = clean_article(CAPTIONED.format(photo=photo))
    (item,) = article.galleries[0].items
    assert (item.caption, item.credit, item.image) == (caption, credit, image)
    assert "rally." not in article.text.replace("rally ended", "")


@pytest.mark.parametrize(
    "element",
    [
        '<div class="tag-credit-card-rewards">Credit card rewards</div>',  # a credit card, not a photo credit
        '<blockquote>The rally worked.<span class="quote-credit">Jane Doe</span></blockquote>',  # a quote's source
        '<div class="closedcaption">Closed captions on</div>',  # a player's option
        '<div class="has-caption">' + "A long paragraph of the story itself. " * 40 + "</div>",  # a wrapper
    ],
)
def test_elements_not_read_as_captions(element: str) -> None:
    """Names that only look like a caption's, and wrappers holding more than a caption, are left in the page."""
    article = clean_article(CAPTIONED.format(photo=element))
    assert not article.galleries


def test_linked_headlines_in_capitals_leave_the_body() -> None:
    """A paragraph that is one link in capitals is another story's headline; a heading or plain capitals stay."""
    page = (
        "<html><body><article><h2><a href='/post'>RUNNING FROM THE SUN ALL DAY</a></h2>"
        "<p>The singer was eliminated on Monday night after a close vote by the viewers of the show.</p>"
        "<p><a href='/other'><strong>SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'</strong></a></p>"
        "<p>THE CROWD CHEERED AS THE RESULTS CAME IN</p>"
        "<p>She thanked her partner and said she would be back next season to try again.</p></article></body></html>"
    )
    article = clean_article(page)
    assert "SEAN SPICER" not in article.text
    assert "THE CROWD CHEERED" in article.text
    assert "RUNNING FROM THE SUN" in article.text
    (record,) = [r for r in article.dropped if "SEAN SPICER" in r.text]
    assert (record.reason.value, record.filter) == ("related_links", "drop_linked_headline")


def test_a_slideshows_captions_stay_its_story() -> None:
    """On a page none of whose paragraphs is longer than its longest caption element, the captions are the story."""
    slide = "Repurposing food as art is creative, and these sculptures of fruit and bread prove it once more."
    page = (
        "<html><body><div class='slide'><img src='a.jpg'><div class='caption slide-content'>"
        f"{slide}</div></div><p>Next slide</p><p>Share this gallery</p></body></html>"
    )
    article = clean_article(page)
    assert slide in article.text
    assert not article.galleries


def test_a_long_caption_beside_a_longer_story_is_lifted() -> None:
    """A caption longer than every paragraph is still lifted when the paragraphs hold more text together."""
    caption = "A very long caption that describes the scene in the photograph at length, " * 3
    paragraph = "<p>Paragraph {} of the story, which goes on for a while with its facts.</p>"
    paragraphs = "".join(paragraph.format(n) for n in range(6))
    page = f"<html><body><article>{paragraphs}<div class='image-caption'>{caption}</div></article></body></html>"
    article = clean_article(page)
    assert "very long caption" not in article.text
    assert article.galleries[0].items[0].caption == caption.strip()
