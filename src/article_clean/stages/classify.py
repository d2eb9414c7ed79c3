"""Drop the body lines that the line classifier judges not to be article text: menus, related links, footers.

The classifier scores every remaining line in the context of its page (see `article_clean.classifier`) and
drops the lines below the model's threshold: its HTML threshold for a page given as HTML, whose blocks carry their
markup's evidence; for text, its dump threshold once a scoring finds the page to be mostly furniture, a whole page
dumped to text rather than an extractor's output (`LineModel.text_threshold`). Dropping lines changes which lines
are neighbours, so the default pipeline runs the structure stages, this one and the stages after it again while
they change anything (`DEFAULT_REPEAT`): the last round saw exactly the lines that are kept, so cleaning the result
again drops nothing more. A round on the very lines an earlier round kept whole is skipped, so the confirming round
costs nothing.

The paragraph `extract_dateline` read a dateline from ("(CNN) President …", "WASHINGTON (AP) — …") is the
article's first: under a list of related headlines a lede can score like one of them. It is cut at the lowest
threshold, the text one of a page that is no dump (`LineModel.threshold`), whatever the page's. Cleaning the
result again, the lede has no dateline left and is judged like any line, on the page the last scoring saw, at the
threshold of a page that is no dump: it scored no lower there, and stays.

A scoring that would leave the page no paragraph (no line of 12 words or more) keeps its paragraphs of prose (such
lines that end like a sentence) when they hold at least half the page's characters (`PROSE_SHARE`): an extractor's
output holding the whole article on one line, beside a few lines of metadata, can score that line low. It still
drops the other low lines. Where the paragraphs are a small part of the page, a text page keeps the one paragraph
the model scored highest: a blog post's one paragraph under long menus can score low, and a page emptied of its
text is the worst answer. A page given as HTML keeps none: its markup's evidence is trusted to tell a photo post's
footer from its text (on the held-out Dragnet pages, keeping one there lost more than it gained).

Within one call the stage already drops and rescores until a scoring drops nothing (at most `ROUNDS` times):
most pages settle there, so the structure stages run once more to confirm rather than once per scoring.

Cleaning must settle, or cleaning the result again would cut further. A model that reads a line's relative
position can erode a page of look-alike lines (thousands of captions) without end: each scoring cuts a share from
its new end. So a scoring drops none, and the page (the window) is settled as it stands, when it would drop less
than `MIN_DROP_SHARE` of the lines, or when every line it would drop reads like a line it keeps (`by_position`):
the same text but for its numbers, told apart by position alone. Cleaning the result again makes the same choice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.classifier import line_model
from article_clean.classifier.features import LineFactsCache
from article_clean.errors import DropReason
from article_clean.stages._shape import PARAGRAPH_WORDS, is_prose, words

if TYPE_CHECKING:
    from collections.abc import Sequence

    from article_clean.classifier.model import Array, LineModel
    from article_clean.draft import Block, Draft

__all__ = ["by_position", "classify_lines"]

#: Inputs with fewer body lines are an article or a fragment, not a page to cut down: the model was made for
#: pages, and a short text gives it too little context to judge.
MIN_LINES = 10
#: Scorings per call; a page still shrinking after these continues in the pipeline's next round.
ROUNDS = 8
#: The most lines, and characters, scored together: a longer input (no article is that long; a dump of a whole
#: site, or hostile input, is) is scored in consecutive windows of this size, each as a page, so the model's
#: feature matrices stay a bounded size and time stays linear. A window keeps its bounds while its lines drop and
#: settles on its own: were the windows cut again after each scoring, every drop would shift the bounds of all
#: those after it, and each would be judged anew. Real pages are one window: the longest of the 3,120
#: training inputs has 2,352 lines and 246,000 characters. The features hold about 30 bytes per character of a
#: window while they count, so the character bound is what bounds a scoring's memory.
WINDOW_LINES = 10_000
WINDOW_CHARS = 250_000
#: The least share of a page's lines a scoring drops: fewer is an erosion by position (see above), not a verdict
#: on the lines. On the 2,640 benchmark inputs it kept lines on 11 and changed no F1 by more than .0001 per source.
MIN_DROP_SHARE = 0.01
#: Scorings per page. Real pages settle within a few (the 115 ScrapingHub dumps a median of 2, at most 6); a page
#: that loses a line or two at every scoring would otherwise be scored once per line, which is quadratic. Such a
#: page keeps what it has when the budget runs out.
MAX_SCORINGS = 12
#: The least share of a window's characters its paragraphs of prose hold for them to be kept when a scoring would
#: keep no line of 12 words or more: then they are the text of the page, not a photo post's footer or a teaser list.
PROSE_SHARE = 0.5


def classify_lines(draft: Draft) -> None:
    """Drop the lines scored below the model's threshold, judging each in the context of all remaining lines."""
    if _same(draft.settled, draft.blocks):
        return  # the very lines a previous round kept whole
    model = line_model()
    windows = _windows(draft.blocks)
    # A page scored in windows is no article (see WINDOW_LINES): its lines are not kept between scorings.
    cache = LineFactsCache() if len(windows) == 1 else None
    for _ in range(ROUNDS):
        if draft.scorings >= MAX_SCORINGS:
            return  # out of budget
        draft.scorings += 1
        windows = [kept for window in windows if (kept := _judge(draft, model, window, cache))]
        if not windows:
            draft.settled = [(block, block.text) for block in draft.blocks if block.fate is None]
            return


def _judge(draft: Draft, model: LineModel, window: list[Block], cache: LineFactsCache | None) -> list[Block]:
    """Score a window as a page and drop its low lines; the lines it keeps, or none once it is settled."""
    if len(window) < MIN_LINES:
        return []  # too few lines to judge: a short input, or the end of a long one
    scores = model.probabilities([block.text for block in window], [block.dom for block in window], cache)
    cut = _threshold(draft, model, scores)
    # The lede a dateline opened is cut at the lowest threshold (see the module's docstring).
    low = [
        score < (model.threshold if block is draft.lede else cut)
        for block, score in zip(window, scores.tolist(), strict=True)
    ]
    low = _keeping_some_prose(window, low, None if draft.format == "html" else scores.tolist())
    if not any(low) or sum(low) < MIN_DROP_SHARE * len(window) or by_position([b.text for b in window], low):
        return []  # settled, or eroding by position rather than judging (see the module's docstring)
    kept: list[Block] = []
    for block, is_low in zip(window, low, strict=True):
        if is_low:
            draft.drop(block, DropReason.NOT_ARTICLE_TEXT)
        else:
            kept.append(block)
    return kept


def _keeping_some_prose(window: list[Block], low: list[bool], scores: list[float] | None) -> list[bool]:
    """`low`, but keeping some text when it keeps no paragraph at all (see the module's docstring).

    The paragraphs of prose when they are most of the page, else the paragraph scored highest, unless `scores` is
    None (an HTML page).

    >>> from article_clean.draft import Block
    >>> prose = "The council approved the new bridge on Monday after a year of debate and two votes."
    >>> _keeping_some_prose([Block(text=text, line=1) for text in ("Home", prose)], [True, True], [0.1, 0.2])
    [True, False]
    """
    long = [words(block.text, PARAGRAPH_WORDS) >= PARAGRAPH_WORDS for block in window]
    if any(not is_low and is_long for is_low, is_long in zip(low, long, strict=True)):
        return low  # the scoring keeps a paragraph, whether or not it ends like a sentence
    prose = [is_prose(block.text, PARAGRAPH_WORDS) for block in window]
    prose_chars = sum(len(block.text) for block, is_paragraph in zip(window, prose, strict=True) if is_paragraph)
    if any(prose) and prose_chars >= PROSE_SHARE * sum(len(block.text) for block in window):
        return [is_low and not is_paragraph for is_low, is_paragraph in zip(low, prose, strict=True)]
    # A line opening in lower case is the tail of a sentence a link cut ("here or you can add me to …"), not a
    # paragraph of the post.
    paragraphs = [i for i, block in enumerate(window) if long[i] and not block.text[:1].islower()]
    if not paragraphs or scores is None:
        return low
    best = max(paragraphs, key=lambda i: scores[i])
    return [is_low and i != best for i, is_low in enumerate(low)]


def _threshold(draft: Draft, model: LineModel, scores: Array) -> float:
    """The threshold to cut a page at, given its lines' scores.

    A text page read as a dump at one scoring stays one: its later scorings see the body that is left, which no
    longer looks like a dump, and would keep lines the first cut would have dropped. Cleaning the output again
    drops nothing more: the lines kept scored at or above the highest threshold, so its first scoring finds too
    few low lines to read the page as a dump, and drops what the last scoring dropped: nothing.
    """
    if draft.format == "html":
        return model.html_threshold
    draft.cut = max(draft.cut, model.text_threshold(scores))
    return draft.cut


def by_position(texts: Sequence[str], low: Sequence[bool]) -> bool:
    """Whether every line judged `low` reads like a line judged high: the same text but for its numbers.

    >>> by_position(["Photo 1 of 3", "Photo 2 of 3", "Photo 3 of 3"], [False, False, True])
    True
    >>> by_position(["Photo 1 of 3", "Share this", "Photo 3 of 3"], [False, True, True])
    False
    """
    unmatched = {_look(text) for text, is_low in zip(texts, low, strict=True) if is_low}
    for text, is_low in zip(texts, low, strict=True):
        if not is_low:
            unmatched.discard(_look(text))
            if not unmatched:
                return True
    return not unmatched


def _look(text: str) -> str:
    """What a line reads like, its numbers aside."""
    return patterns.DIGITS.sub("#", text)


def _windows(blocks: list[Block]) -> list[list[Block]]:
    """`blocks` in consecutive runs of at most `WINDOW_LINES` blocks and about `WINDOW_CHARS` characters."""
    windows: list[list[Block]] = [[]]
    chars = 0
    for block in blocks:
        if windows[-1] and (len(windows[-1]) >= WINDOW_LINES or chars + len(block.text) > WINDOW_CHARS):
            windows.append([])
            chars = 0
        windows[-1].append(block)
        chars += len(block.text)
    return windows


def _same(settled: list[tuple[Block, str]], blocks: list[Block]) -> bool:
    """Whether `blocks` are the settled blocks with the same texts (a later stage may have cut a dateline)."""
    pairs = zip(settled, blocks, strict=False)
    return len(settled) == len(blocks) and all(a is b and text == b.text for (a, text), b in pairs)
