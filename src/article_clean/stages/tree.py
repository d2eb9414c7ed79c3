"""Stages that work on the parsed HTML tree, before it is cut into blocks.

They only act on HTML input (`draft.tree` is set); on scraped text they do nothing, so one pipeline serves both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, cast
from urllib.parse import urljoin

from lxml import etree

from article_clean import patterns
from article_clean._memo import memo_line
from article_clean.document import Gallery, GalleryItem, Link, ParagraphKind
from article_clean.draft import Block, Draft
from article_clean.errors import DropReason
from article_clean.stages._shape import split_credit
from article_clean.stages.normalize import clean_text, collapse_whitespace

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["absolute_url", "extract_figures", "page_base", "segment_html", "strip_non_content"]

#: Elements whose content is code or media, never text: removed without an audit record.
SILENT_TAGS: frozenset[str] = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "canvas", "object", "embed", "iframe", "video", "audio"}
)
#: Elements that hold page furniture, never article text: removed, their text recorded as dropped.
NON_CONTENT_TAGS: frozenset[str] = frozenset({"nav", "footer", "aside", "form", "menu", "dialog", "button", "select"})
#: Elements that end a block of text.
BLOCK_TAGS: frozenset[str] = frozenset(patterns.BREAKING_TAGS | {"body", "html", "center", "details", "summary"})
_KINDS: dict[str, ParagraphKind] = {
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "blockquote": "quote",
}


def strip_non_content(draft: Draft) -> None:
    """Remove code, media and page furniture from the tree; record the furniture's text as dropped.

    A furniture element that holds the article anyway (some sites wrap the whole page in one `<form>`) is kept:
    one that contains an `<article>` or `<main>`, or more than half of the page's text.
    """
    if draft.tree is None:
        return
    survey = _survey(draft.tree)
    for element in survey.silent:
        _remove(element)
    page_size = survey.sizes[draft.tree]
    gone: list[bool] = []  # of each furniture element: removed, or inside one removed
    for furniture in survey.furniture:
        element = furniture.element
        if furniture.within is not None and gone[furniture.within]:
            gone.append(True)
            continue
        if furniture.holds_article or survey.sizes[element] * 2 > page_size:
            gone.append(False)
            continue
        text = _text(element)
        if text:
            draft.drop_text(text, DropReason.NON_CONTENT)
        gone.append(True)
        _remove(element)


@dataclass(slots=True)
class _Furniture:
    element: etree._Element
    within: int | None
    """The index of the nearest furniture element around this one, if any."""
    holds_article: bool = False
    """Whether an `<article>` or `<main>` is inside."""


class _Survey(NamedTuple):
    sizes: dict[etree._Element, int]
    """The text sizes `_weigh` gives once the silent elements are removed."""
    silent: list[etree._Element]
    """The silent elements not inside another, in document order."""
    furniture: list[_Furniture]
    """The furniture elements outside silent ones, in document order."""


_SILENT, _FURNITURE, _HEADER, _ARTICLE = range(4)
_ROLES: dict[str, int] = {
    **dict.fromkeys(SILENT_TAGS, _SILENT),
    **dict.fromkeys(NON_CONTENT_TAGS, _FURNITURE),
    "header": _HEADER,
    "article": _ARTICLE,
    "main": _ARTICLE,
}


def _survey(root: etree._Element) -> _Survey:
    """Find the silent and the furniture elements, and the text sizes the tree will have without the silent ones.

    One walk in document order, so that nothing is walked once per element: a silent element's subtree is skipped
    and its tail counted where `_remove` will put it; each furniture element learns the nearest one around it,
    whether an `<article>`/`<main>` is inside it, and (a `<header>`) whether one is around it.
    """
    survey = _Survey({}, [], [])
    sizes, furniture = survey.sizes, survey.furniture
    totals: list[int] = [0]  # the text size so far of each open element
    last: str | None = None  # the text the next silent element's tail joins: a text or tail already counted
    marked: list[tuple[etree._Element, int]] = []  # the open elements that are furniture or articles
    open_furniture: list[int] = []
    articles = 0  # open `<article>` and `<main>` elements
    skipped = False
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, node in walker:
        if event == "start":
            role = _ROLES.get(cast("str", node.tag).lower())  # start and end events come with elements: a str tag
            if role == _SILENT and node is not root:
                walker.skip_subtree()
                skipped = True
                survey.silent.append(node)
                if node.tail:
                    joined = _joined_tail(last, node.tail)
                    totals[-1] += len(joined.strip()) - (len(last.strip()) if last else 0)
                    last = joined
                continue
            last = node.text
            totals.append(len(last.strip()) if last else 0)
            if role == _ARTICLE:
                articles += 1
                marked.append((node, role))
                _mark_holding(furniture, open_furniture)
            elif role == _FURNITURE or (role == _HEADER and not articles):
                furniture.append(_Furniture(node, open_furniture[-1] if open_furniture else None))
                open_furniture.append(len(furniture) - 1)
                marked.append((node, _FURNITURE))
        elif event == "end":
            if skipped:  # the end of a silent element
                skipped = False
                continue
            size = totals.pop()
            sizes[node] = size
            last = node.tail
            totals[-1] += size + (len(last.strip()) if last else 0)
            if marked and marked[-1][0] is node:
                if marked.pop()[1] == _ARTICLE:
                    articles -= 1
                else:
                    open_furniture.pop()
        else:  # a comment or processing instruction: no text of its own, but a tail
            last = node.tail
            totals[-1] += len(last.strip()) if last else 0
    return survey


def _joined_tail(previous: str | None, tail: str) -> str:
    """The text `_remove` leaves where a removed element's tail joins the text before it."""
    return _NOT_SETTABLE.sub("", previous or "") + _NOT_SETTABLE.sub("", tail)


def _mark_holding(furniture: list[_Furniture], open_furniture: list[int]) -> None:
    """Mark the open furniture elements as holding an article; those further out than a marked one already are."""
    for index in reversed(open_furniture):
        if furniture[index].holds_article:
            return
        furniture[index].holds_article = True


def extract_figures(draft: Draft) -> None:
    """Turn figure captions into one gallery, so they never reach the body.

    A caption is a `<figure>`, or an element whose class or id names one (`image-caption`, `wp-caption`,
    `photo-credit`): most pages still mark their photos up with `<div>`s, and a caption's sentences read like the
    article's own. An element so named that holds more than a caption's text is left to the later stages, and so
    are all of them on a slideshow's page, whose captions are its story: the `<p>` outside them hold less text
    than they do together, and none is longer than the longest. A credit right after its caption becomes the
    caption's credit.
    """
    if draft.tree is None:
        return
    figures, paragraphs = _outermost_figures(draft.tree)
    named = [len(text) for figure, text in figures if _tag(figure) != "figure"]
    if named and not (_more_text(paragraphs, sum(named)) or any(_longer(p, max(named)) for p in paragraphs)):
        # A slideshow's captions are its story: the page's paragraphs outside them hold less text than they do,
        # and none is longer than the longest.
        figures = [(figure, text) for figure, text in figures if _tag(figure) == "figure"]
    base = draft.base or draft.meta.url
    # Read before any figure leaves the tree: whether each figure comes right after the one before it.
    follows = [index > 0 and figure.getprevious() is figures[index - 1][0] for index, (figure, _) in enumerate(figures)]
    items: list[GalleryItem] = []
    last: str | None = None  # the caption of the figure before, if it became the last item
    for (figure, caption), after in zip(figures, follows, strict=True):
        if caption and after and last is not None and items[-1].credit is None and _is_credit(figure):
            items[-1] = items[-1].model_copy(update={"credit": caption})
            last = None
        elif caption:
            items.append(_figure_item(figure, caption, len(items) + 1, base))
            last = caption
        else:
            last = None
        _remove(figure)
    if items:
        total = len(items)
        draft.galleries.append(Gallery(items=tuple(item.model_copy(update={"total": total}) for item in items)))


def _is_credit(element: etree._Element) -> bool:
    """Whether an element is named for a photo's credit alone: the credit line of the caption just before it."""
    names = (_names(element) or "").lower()
    return "credit" in names and "caption" not in names


def _names(element: etree._Element) -> str | None:
    """An element's class and id, the words its markup names it by (CNN's `<cite id="galleryCaption001">`)."""
    classes, ident = element.get("class"), element.get("id")
    if not ident:
        return classes
    return f"{classes} {ident}" if classes else ident


#: Class and id words of an element that holds a photo's caption or credit. A credit is named with the photo
#: (`photo_credit_container`) or by a word ending in it (`credit`, `image-credit`, `imageEmbedCredit`): not a
#: credit card's tag (`tag-credit-card`) nor a quote's source (`quote-credit`).
_CAPTION_NAME = re.compile(
    r"caption(?<!closedcaption)|(?:photo|image|img|media|picture|pic|figure)[-_]?credit|(?<!quote[-_])credit(?![^\s])",
    re.IGNORECASE,
)
#: The most words an element named for a caption holds to be read as one: a longer one is a wrapper (a
#: `has-caption` article, a gallery page's whole text), left to the later stages.
_CAPTION_MAX_WORDS = 120


def _outermost_figures(root: etree._Element) -> tuple[list[tuple[etree._Element, str]], list[etree._Element]]:
    """The figures not inside another, in document order, with their text; and the `<p>` elements outside them.

    A figure is a `<figure>`, or an element whose class or id names a caption that holds a caption's text and
    no article. A figure's subtree is not walked.
    """
    figures: list[tuple[etree._Element, str]] = []
    paragraphs: list[etree._Element] = []
    walker = etree.iterwalk(root, events=("start",))
    for _, element in walker:
        tag = cast("str", element.tag).lower()  # start events come with elements: a str tag
        if tag == "figure":
            figures.append((element, _text(element)))
            walker.skip_subtree()
            continue
        names = _names(element)
        if names and _caption_name(names) and tag not in _NOT_CAPTIONS:
            text = _text(element)
            if len(text.split()) <= _CAPTION_MAX_WORDS and not _holds_article(element):
                figures.append((element, text))
                walker.skip_subtree()
                continue
        if tag == "p":
            paragraphs.append(element)
    return figures, paragraphs


def _longer(paragraph: etree._Element, chars: int) -> bool:
    """Whether a paragraph holds more than `chars` characters of text, white space runs counted as one."""
    return len(" ".join("".join(paragraph.itertext()).split())) > chars


#: Elements never read as a caption whatever their names: the page's frame, and text-level markup a caption's
#: paragraph would be cut out of.
_NOT_CAPTIONS = frozenset({"html", "body", "article", "main", "a", "b", "i", "em", "strong"})


@memo_line
def _caption_name(names: str) -> bool:
    """Whether class and id words name a caption or a photo's credit; a page repeats its class names."""
    lowered = names.lower()
    # Most names hold neither word: a substring test decides them before the pattern.
    return ("caption" in lowered or "credit" in lowered) and _CAPTION_NAME.search(names) is not None


def _holds_article(element: etree._Element) -> bool:
    """Whether an element is or holds the article's own markup: an `<article>`, `<main>` or `articleBody`."""
    if element.get("itemprop") == "articleBody":
        return True
    return next(element.iter("article", "main"), None) is not None


def _figure_item(figure: etree._Element, caption: str, index: int, base: str | None) -> GalleryItem:
    caption, credit = split_credit(caption)
    links = tuple(
        Link(text=_text(anchor), href=clean_text(str(anchor.get("href"))))
        for anchor in figure.iter("a")
        if anchor.get("href")
    )
    image = _image_url(figure) or _nearby_image(figure, caption)
    return GalleryItem(index=index, caption=caption, credit=credit, image=absolute_url(image, base), links=links)


def _nearby_image(caption_element: etree._Element, caption: str) -> str | None:
    """The image of the element around a caption marked up apart from its photo, if that element holds no more text.

    `<div class="photo"><img …><div class="caption">…</div></div>`: the caption is the figure's only text.
    """
    around = caption_element.getparent()
    for _ in range(2):
        if around is None or _more_text((around,), len(caption) + _CREDIT_SLACK):
            return None
        image = _image_url(around)
        if image is not None:
            return image
        around = around.getparent()
    return None


def _more_text(elements: Iterable[etree._Element], chars: int) -> bool:
    """Whether elements hold more than `chars` characters of text together, white space aside; read only that far."""
    total = 0
    for element in elements:
        for text in element.itertext():
            total += len(text.strip())
            if total > chars:
                return True
    return False


#: The text an element around a caption may hold besides the caption, the credit split off it.
_CREDIT_SLACK = 80


def page_base(tree: etree._Element, url: str | None) -> str | None:
    """The URL relative links of the page resolve against: its `<base href>`, else its canonical URL."""
    declared = next((str(e.get("href")) for e in tree.iter("base") if e.get("href")), None)
    return absolute_url(declared, url) if declared else url


def absolute_url(url: str | None, base: str | None) -> str | None:
    """`url` resolved against `base` when `base` is an http(s) URL; otherwise `url` as written.

    >>> absolute_url("/img/a.jpg", "https://example.com/news/story.html")
    'https://example.com/img/a.jpg'
    >>> absolute_url("a.jpg", None), absolute_url("https://cdn.example/b.jpg", "https://example.com/")
    ('a.jpg', 'https://cdn.example/b.jpg')
    """
    if url is None or base is None or not base.startswith(("http://", "https://")):
        return url
    try:
        return urljoin(base, url)
    except ValueError:
        return url  # a malformed URL (an unclosed IPv6 bracket, say) stays as written


def _image_url(figure: etree._Element) -> str | None:
    """The URL of a figure's first image: `src`, a lazy loader's `data-src`, or the first `srcset` candidate."""
    for image in figure.iter("img", "source"):
        for name in ("src", "data-src", "data-original", "data-lazy-src", "srcset", "data-srcset"):
            value = clean_text(str(image.get(name) or "")).split(" ")[0].rstrip(",")
            if value and not value.startswith("data:"):
                return value
    return None


def segment_html(draft: Draft) -> None:
    """Cut the tree into Blocks: one per run of text between block-level elements or `<br>`s.

    Each block carries what the markup around it says (`Block.dom`): how much of its text is link text, whether
    an enclosing element is an `<article>`/`<main>` or is named like content or like furniture, its kind, and its
    depth. The line classifier reads it beside the text.
    """
    if draft.tree is None:
        return
    body = next((e for e in _elements(draft.tree) if _tag(e) == "body"), draft.tree)
    block = _BlockText()
    sizes, candidates, paragraphs = _weigh(body)
    page = max(sizes[body], 1)
    contexts = [_Context()]
    tags: list[str] = []  # of the open elements, read once at their start

    def flush() -> None:
        text, dom = block.take()
        if text and dom is not None:
            draft.blocks.append(Block(text=text, line=len(draft.blocks) + 1, kind=dom.kind, source=text, dom=dom.row))

    for event, element in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            tag = cast("str", element.tag).lower()  # start and end events come with elements: a str tag
            tags.append(tag)
            if tag in BLOCK_TAGS or tag == "br":
                flush()
            container = (
                (min(sizes.get(element, 0) / page, 1.0), paragraphs.get(element, 0)) if tag in _CONTAINERS else None
            )
            contexts.append(contexts[-1].enter(element, tag, container, candidates.get(element)))
            if element.text:
                block.add(element.text, contexts[-1], len(contexts) - 1)
        else:
            if tags.pop() in BLOCK_TAGS:
                flush()
            contexts.pop()
            if element.tail and element is not body:
                block.add(element.tail, contexts[-1], len(contexts) - 1)
    flush()
    draft.tree = None


#: Class and id words of elements that hold furniture, and of elements that hold the article.
_FURNITURE_NAME = re.compile(
    r"nav|menu|foot|sidebar|related|comment|share|social|breadcrumb|widget|promo|newsletter|subscri|cookie|banner"
    r"|advert|(?<![a-z])ads?(?![a-z])|masthead|header|(?<![a-z])tags?(?![a-z])|popular|trending|recommend|teaser",
    re.IGNORECASE,
)
_CONTENT_NAME = re.compile(r"article|content|story|post|entry|body|text|main", re.IGNORECASE)
#: Class and id words of comment threads: sentences like the article's, under it, in markup named for them.
_COMMENT_NAME = re.compile(r"comment|disqus|respon|repl(?:y|ies)|discussion|forum", re.IGNORECASE)
_KIND_CODES: dict[ParagraphKind, float] = {"paragraph": 0.0, "heading": 1.0, "list_item": 2.0, "quote": 3.0}
#: Elements that group blocks: the nearest one around a block is its container.
_CONTAINERS = frozenset({"div", "section", "article", "main", "ul", "ol", "table", "body", "header", "span"})


#: Elements whose text is a paragraph of prose when it is long enough: they vote for the elements around them.
_VOTING = frozenset({"p", "pre", "td", "blockquote"})
_VOTE_MIN_CHARS = 25
_COMMAS = re.compile("[,\uff0c\u3001\u060c]")  # Latin, full-width and ideographic, Arabic


class _Weights(NamedTuple):
    sizes: dict[etree._Element, int]
    """The amount of text under every element, white space excluded."""
    candidates: dict[etree._Element, float]
    """The candidate score of every element that has one."""
    paragraphs: dict[etree._Element, int]
    """How many children of each element with any are `<p>` (in either case)."""


def _weigh(root: etree._Element) -> _Weights:
    """The amount of text under every element, white space excluded, the candidate scores and the paragraphs.

    A candidate score says how strongly an element looks like the one holding the article, relative to the
    strongest (1.0). Every paragraph of prose votes for its parent (fully) and its grandparent (half), more for
    longer text and more commas; an element's votes are discounted by the share of its text inside links. The
    element with the most votes is where the article's paragraphs sit side by side; a block outside it (a teaser
    list, a footer) gets a low score however sentence-like its own text is.
    """
    sizes: dict[etree._Element, int] = {}
    links: dict[etree._Element, int] = {}
    commas: dict[etree._Element, int] = {}
    votes: dict[etree._Element, float] = {}
    paragraphs: dict[etree._Element, int] = {}
    # Document order backwards reaches every element after all of its descendants: each adds its counts to its
    # parent, so an element's own are complete when it is reached. Votes are whole and half numbers, so their sums
    # do not depend on the order they come in.
    for element in reversed(list(root.iter())):
        tag = _tag(element)
        text = element.text if tag is not None else None  # comments and PIs have no text of their own
        size = sizes.get(element, 0) + (len(text.strip()) if text else 0)
        count = commas.get(element, 0) + _comma_count(text)
        linked = size if tag == "a" else links.get(element, 0)
        sizes[element], commas[element], links[element] = size, count, linked
        parent = element.getparent()
        if parent is None:
            continue
        if tag == "p":
            paragraphs[parent] = paragraphs.get(parent, 0) + 1
        if element is not root:
            tail = element.tail
            sizes[parent] = sizes.get(parent, 0) + size + (len(tail.strip()) if tail else 0)
            commas[parent] = commas.get(parent, 0) + count + _comma_count(tail)
            links[parent] = links.get(parent, 0) + linked
        if tag in _VOTING and size >= _VOTE_MIN_CHARS:
            vote = 1.0 + count + min(size // 100, 3)
            votes[parent] = votes.get(parent, 0.0) + vote
            grandparent = parent.getparent()
            if grandparent is not None:
                votes[grandparent] = votes.get(grandparent, 0.0) + vote / 2
    scores = {e: v * (1.0 - min(links.get(e, 0) / max(sizes.get(e, 0), 1), 1.0)) for e, v in votes.items()}
    top = max(scores.values(), default=0.0)
    candidates = {element: score / top for element, score in scores.items()} if top > 0 else {}
    return _Weights(sizes, candidates, paragraphs)


def _comma_count(text: str | None) -> int:
    return len(_COMMAS.findall(text)) if text else 0


class _Context(NamedTuple):
    """What the elements enclosing a point of the tree say about the text there, besides how deep it is."""

    kind: ParagraphKind = "paragraph"
    link: bool = False
    furniture: bool = False
    content: bool = False
    article: bool = False
    container_share: float = 1.0
    """The share of the page's text inside the nearest container."""
    paragraphs: int = 0
    """How many `<p>` children the nearest container has: article text comes as many paragraphs side by side."""
    cell: bool = False
    """Inside a table cell: a results table or a layout table."""
    comment: bool = False
    candidate: float = 0.0
    """The strongest enclosing element's candidate score (1.0: inside the element most like the article's)."""
    near_candidate: float = 0.0
    """The nearest enclosing element's candidate score, among those with one."""

    def enter(
        self, element: etree._Element, tag: str | None, container: tuple[float, int] | None, candidate: float | None
    ) -> _Context:
        """The context inside `element`.

        `container` is, if it is a container, its share of the page's text and how many children are paragraphs;
        `candidate` its candidate score if it has one.
        Most elements of a page (inline markup, list items' links) say nothing new: their context is this one.
        """
        names = _region_names(element, tag) if tag is not None else None
        itemprop = element.get("itemprop") if tag is not None else None
        if not (names or tag in _TELLING or container is not None or candidate is not None or itemprop):
            return self
        furniture, content, comment = _named(names) if names else (False, False, False)
        return _Context(
            kind=_KINDS.get(tag or "", self.kind),
            link=self.link or tag == "a",
            furniture=self.furniture or furniture,
            # A comment's markup borrows the article's words ("comment-content", `<article class="comment-body">`
            # in WordPress): named for a comment, an element says nothing about the article.
            content=self.content or (content and not comment),
            article=self.article or (not comment and (tag in {"article", "main"} or itemprop == "articleBody")),
            container_share=self.container_share if container is None else container[0],
            paragraphs=self.paragraphs if container is None else container[1],
            cell=self.cell or tag in {"td", "th"},
            comment=self.comment or comment,
            candidate=self.candidate if candidate is None else max(self.candidate, candidate),
            near_candidate=self.near_candidate if candidate is None else candidate,
        )

    def row(self, depth: int) -> tuple[float, ...]:
        """The DOM evidence at `depth` elements down, without the link share (the block's, not a point's)."""
        flags = (float(self.furniture), float(self.content), float(self.article))
        shape = (_KIND_CODES[self.kind], depth, self.container_share, self.paragraphs)
        return (*flags, *shape, float(self.cell), float(self.comment), self.candidate, self.near_candidate)


#: Tags that change a context by themselves: a kind, a link, an article, a table cell.
_TELLING = frozenset({*_KINDS, "a", "article", "main", "td", "th"})


#: Elements whose class and id describe the whole page (`<body class="single-post right-sidebar">`, Wired's
#: `<body class="responsive …">`), not a region of it.
_PAGE_ELEMENTS = frozenset({"html", "body"})
#: The classes WordPress gives a post's element, which carry its terms' classes too.
_POST_MARKS = frozenset({"hentry", "type-post", "status-publish"})
#: A term's class (`tag-csr`, `category-corporate-responsibility`, `author-jane`): the words of what the post is
#: about, not of what the element holds.
_TERM_CLASS = re.compile(r"(?:s-)?(?:tag|category|author|format)-", re.IGNORECASE)


def _region_names(element: etree._Element, tag: str) -> str | None:
    """The class and id words that say what an element holds: not the page's, not the post's terms.

    >>> from lxml import html
    >>> post = html.fromstring('<div class="post hentry tag-social-media category-comments"><p>x</p></div>')
    >>> _region_names(post, "div")
    'post hentry'
    >>> _region_names(html.fromstring('<html><body class="single right-sidebar"></body></html>'), "html")
    """
    if tag in _PAGE_ELEMENTS:
        return None
    names = _names(element)
    words = names.split() if names else []
    if not _POST_MARKS.intersection(words):
        return names
    return " ".join(word for word in words if not _TERM_CLASS.match(word))


#: The name patterns, and the same matching case: on ASCII names, which nearly all are, ignoring case is matching
#: the lower-cased names (same length, the same letters for `[a-z]`), a few times faster.
_NAME_PATTERNS = (_FURNITURE_NAME, _CONTENT_NAME, _COMMENT_NAME)
_LOWER_NAME_PATTERNS = tuple(re.compile(pattern.pattern) for pattern in _NAME_PATTERNS)


@memo_line
def _named(names: str) -> tuple[bool, bool, bool]:
    """Whether class and id words name furniture, content, a comment thread; a page repeats its class names."""
    text, patterns = (names.lower(), _LOWER_NAME_PATTERNS) if names.isascii() else (names, _NAME_PATTERNS)
    furniture, content, comment = (pattern.search(text) is not None for pattern in patterns)
    return furniture, content, comment


class _BlockText:
    """The text of the block being built, with its link share and the context where it starts."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.linked = 0
        self.start: _Context | None = None
        self.depth = 0

    def add(self, text: str, context: _Context, depth: int) -> None:
        if not text.strip():
            self.pieces.append(text)
            return
        if self.start is None:
            self.start, self.depth = context, depth
        self.pieces.append(text)
        if context.link:
            self.linked += len(text.strip())

    def take(self) -> tuple[str, _Dom | None]:
        if self.start is None:  # nothing but white space since the last block: most block boundaries
            self.pieces.clear()
            return "", None
        text = collapse_whitespace("".join(self.pieces))  # the text fixes run later, after inline markup is read
        start = self.start
        share = min(self.linked / max(len(text), 1), 1.0)
        self.pieces.clear()
        self.linked = 0
        self.start = None
        return text, _Dom(start.kind, (share, *start.row(self.depth)))


@dataclass(frozen=True, slots=True)
class _Dom:
    kind: ParagraphKind
    row: tuple[float, ...]


def _elements(root: etree._Element) -> Iterator[etree._Element]:
    return (element for element in root.iter() if isinstance(element.tag, str))


def _tag(element: etree._Element) -> str | None:
    return element.tag.lower() if isinstance(element.tag, str) else None


def _text(element: etree._Element) -> str:
    """Return the element's text, spaced only where a block element or `<br>` separates words.

    Inline markup joins the letters around it: "col<b>umns</b>" is one word.
    """
    parts: list[str] = []
    append = parts.append
    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        if event == "start":
            if cast("str", node.tag).lower() in patterns.BREAKING_TAGS:
                append(" ")
            text = node.text
            if text:
                append(text)
            continue
        if event == "end" and cast("str", node.tag).lower() in patterns.BREAKING_TAGS:
            append(" ")
        tail = node.tail  # comments and processing instructions have no text of their own, only a tail
        if tail and node is not element:
            append(tail)
    return clean_text("".join(parts))


#: What lxml refuses in a text it is given: control characters other than white space, lone surrogates, U+FFFE/F.
_NOT_SETTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _remove(element: etree._Element) -> None:
    """Remove `element` but keep the text that follows it, which belongs to its parent."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        # A character reference such as `&#x13;` puts a character into the tree that lxml refuses to set back;
        # it carries no text, so it goes.
        previous = element.getprevious()
        if previous is not None:
            previous.tail = _joined_tail(previous.tail, element.tail)
        else:
            parent.text = _joined_tail(parent.text, element.tail)
    parent.remove(element)
