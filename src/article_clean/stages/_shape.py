"""Small predicates on the shape of a line, shared by the stages that recognise page furniture."""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean._memo import memo_line

if TYPE_CHECKING:
    from article_clean.draft import Block


@memo_line
def key(text: str) -> str:
    """Return a comparison key: case-folded, with white space collapsed.

    >>> key("  Hide   CAPTION ")
    'hide caption'
    """
    return " ".join(text.split()).casefold()  # str.split() is the fastest way to collapse white space


#: Typographic quotes, dashes and the ellipsis, as a `<title>` often writes them plainly ("Wasn't" for "Wasn’t").
_PLAIN_PUNCTUATION = str.maketrans(
    {**dict.fromkeys("‘’‛′", "'"), **dict.fromkeys("“”„″", '"'), **dict.fromkeys("‒–—―", "-"), "…": "..."}
)


def title_key(text: str) -> str:
    """A comparison key for a headline as its page's `<title>` and headings write it: `key`, with plain punctuation.

    >>> title_key("Why King Corn Wasn’t Ready") == title_key("Why King Corn Wasn't  ready")
    True
    """
    return key(text).translate(_PLAIN_PUNCTUATION)


def longest_side(sides: list[str]) -> int:
    """The position of the headline among the sides of a `<title>` split at its separators: the longest side.

    >>> longest_side(["Storm hits the coast", "Daily News"]), longest_side(["Rain", "Snow"])
    (0, 0)
    """
    return max(range(len(sides)), key=lambda i: len(key(sides[i])))  # of two of one length, the first


def words(text: str, most: int = -1) -> int:
    """Count the words in `text`; with `most`, stop counting past `most` (the count is then at most `most` + 1).

    >>> words("one two three"), words("one two three", most=1)
    (3, 2)
    """
    return len(text.split(None, most))


def is_title_like(text: str, max_words: int) -> bool:
    """Whether `text` could be a headline: short, and not ending like a sentence or a list.

    >>> is_title_like("Syrian regime recaptures ancient city of Palmyra from ISIS", 30)
    True
    >>> is_title_like("It was recaptured.", 30)
    False
    """
    return 1 <= words(text) <= max_words and not patterns.SENTENCE_END.search(text)


def is_label(text: str) -> bool:
    """Whether `text` is a section label: a few capitalised words, no sentence punctuation.

    >>> is_label("Breaking News"), is_label("Breaking news from Syria today")
    (True, False)
    """
    return bool(patterns.LABEL.match(text))


#: The least share of a block's text inside links for the block to be one link.
LINKED_SHARE = 0.95


def is_one_link(block: Block) -> bool:
    """Whether `block` is an HTML block whose text is all inside links; a line of text cannot show its links.

    >>> from article_clean.draft import Block
    >>> is_one_link(Block(text="Storm closes the coast road", line=1, dom=(1.0,)))  # link share comes first
    True
    >>> is_one_link(Block(text="Storm closes the coast road", line=1))
    False
    """
    return block.dom is not None and block.dom[0] >= LINKED_SHARE


#: The least words of a paragraph of prose, as `is_prose` counts them: the header ends at the first one, and a
#: shorter sentence above it is a promo or a teaser ("Watch the latest news on CNN.").
PARAGRAPH_WORDS = 12
#: Characters at the end of a line that can hold a sentence's end: the mark and its closing quotes or brackets.
_PROSE_TAIL = 32


def is_prose(text: str, min_words: int) -> bool:
    """Whether `text` reads as a sentence of body text: long enough, and ending like a sentence.

    >>> is_prose("Syrian forces recaptured the city from ISIS last March.", 8), is_prose("Markets", 8)
    (True, False)
    """
    # The ending is read from the tail and the words counted only up to `min_words`: a block may be 100,000
    # characters long, and stages ask this of every block.
    ending = patterns.PROSE_END.search(text, max(0, len(text) - _PROSE_TAIL)) is not None
    return ending and words(text, most=min_words) >= min_words


def is_kicker(text: str) -> bool:
    """Whether `text` is a section label of the kind shown above a headline.

    >>> is_kicker("Breaking News"), is_kicker("ANALYSIS"), is_kicker("Follow CNN Business")
    (True, True, False)
    """
    return is_label(text) and (key(text) in patterns.KICKERS or (text.isupper() and len(text) >= 4))


@memo_line
def split_credit(caption: str) -> tuple[str, str | None]:
    """Split a trailing photo credit off a caption.

    >>> split_credit("The temple of Bel (AP Photo/Evan Vucci)")
    ('The temple of Bel', 'AP Photo/Evan Vucci')
    >>> split_credit("The temple (pictured) fell.")
    ('The temple (pictured) fell.', None)
    """
    match = patterns.CREDIT.search(caption)
    if match is None:
        return caption, None
    inside, labelled = match.groups()
    if inside is not None and not patterns.CREDIT_WORDS.search(inside):
        return caption, None
    return caption[: match.start()].rstrip(), (inside or labelled).strip()


def richness(block: Block) -> int:
    """How much a copy's markup carried (links and a bold label): of two copies of a text, the richer is kept."""
    return len(block.links) + (block.label is not None)


def is_gallery_control(text: str) -> bool:
    """Whether `text` is a gallery button ("Hide Caption"); counters are read apart, since they bound the items."""
    return key(text) in patterns.GALLERY_CONTROLS


def is_gallery_furniture(text: str) -> bool:
    """Whether `text` is a gallery control or counter ("Hide Caption", "3 of 15").

    >>> is_gallery_furniture("Hide Caption"), is_gallery_furniture("3 of 15"), is_gallery_furniture("3 of us")
    (True, True, False)
    """
    return is_gallery_control(text) or patterns.GALLERY_COUNTER.match(text) is not None


def is_player_control(text: str) -> bool:
    """Whether `text` is a line of a video player other than a title ("JUST WATCHED", "Replay", "MUST WATCH").

    >>> is_player_control("Replay"), is_player_control("JUST WATCHED"), is_player_control("Replay of the match")
    (True, True, False)
    """
    return key(text) in patterns.VIDEO_CONTROLS or key(text) == patterns.VIDEO_START
