"""Learn a site's boilerplate from a corpus: the lines that recur across many different stories of one site.

A scraped corpus repeats each site's chrome on every page ("Chat with us in Facebook Messenger…", newsletter
prompts, footer lines). `learn_profile` counts, per site, in how many *different stories* each line occurs, and
keeps the lines found in at least `min_pages` stories and at least a `min_share` of the site's stories. The
result, a `LearnedProfile`, is applied with `clean_article(raw, profile=…)` by the `drop_learned_boilerplate`
stage, which drops such lines with the reason `learned_boilerplate`.

What is not learned:

* Body text repeated for a good reason: a quote in two stories is below `min_pages`; a story stored twice
  (an update, a second URL) counts once, since pages whose three longest lines are the same are one story.
* Lines without a letter (numbers, rules, bullets): a numbered list's "1." recurs everywhere and is body.

Lines are compared by their *shape* (`line_shape`): case-folded, white space collapsed, every run of digits as
`#`, so "© 2016 Cable News Network" and "© 2019 Cable News Network" are one line. Counting uses the Lossy
Counting algorithm (Manku and Motwani, 2002) per site, so memory stays bounded on corpora of millions of pages
(stories are remembered by a 16-byte digest): a count is at most `min_share / 10` of the site's stories too low,
and every line that reaches the thresholds is kept.

>>> from article_clean import clean_article
>>> stories = ["The council passed the budget.", "A storm closed the coast road.", "The team won again.",
...            "Prices rose in March.", "The museum reopened.", "A bridge opened downtown."]
>>> pages = [f"{story}\\nTips? Write to the newsroom" for story in stories]
>>> profile = learn_profile(pages, min_pages=5)
>>> [line.shape for line in profile.sites[0].lines]
['tips? write to the newsroom']
>>> clean_article("A new story, with a body of its own.\\nTips? Write to the newsroom", profile=profile).text
'A new story, with a body of its own.'
"""

from __future__ import annotations

import hashlib
import heapq
import math
from typing import TYPE_CHECKING

import regex

from article_clean.api import run_pipeline
from article_clean.errors import ConfigError
from article_clean.profiles.learned import ANY_SITE, LearnedLine, LearnedProfile, LearnedSite, line_shape, site_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from article_clean.pipeline import Pipeline

__all__ = ["learn_profile"]

_LETTER = regex.compile(r"\p{L}")
#: A page's story is told by its longest lines: two copies of a story share them, two stories do not.
STORY_LINES = 3


class _LossyCounter:
    """Lossy Counting: counts of items in a stream, with items rarer than `epsilon` of it pruned as it goes."""

    def __init__(self, epsilon: float) -> None:
        self.width = math.ceil(1 / epsilon)
        self.seen = 0
        self.counts: dict[str, tuple[int, int]] = {}  # item -> (count, maximal undercount)

    def add(self, items: set[str]) -> None:
        bucket = self.seen // self.width + 1
        for item in items:
            count, error = self.counts.get(item, (0, bucket - 1))
            self.counts[item] = (count + 1, error)
        self.seen += 1
        if self.seen % self.width == 0:
            self.counts = {item: ce for item, ce in self.counts.items() if ce[0] + ce[1] > bucket}


def learn_profile(
    pages: Iterable[str | bytes | tuple[str | bytes, str | None]],
    *,
    min_pages: int = 5,
    min_share: float = 0.02,
    pipeline: Pipeline | None = None,
) -> LearnedProfile:
    """Learn the lines that recur across the stories of each site in `pages`.

    Args:
        pages: Scraped texts or HTML pages, or `(page, site)` pairs whose site is a domain or a URL (pages of
            an HTML corpus without one are grouped by their canonical URL's host).
        min_pages: The fewest different stories a line must occur in.
        min_share: The smallest share of its site's stories a line must occur in.
        pipeline: The pipeline the profile will be used with (the default one unless given): lines are learned
            as its stages before `drop_learned_boilerplate` leave them.

    Raises:
        ConfigError: a threshold is out of range, or the pipeline has no `drop_learned_boilerplate` stage.
        InputTypeError: a page is neither text nor bytes.
    """
    if min_pages < 1 or not 0.0 < min_share <= 1.0:
        msg = f"min_pages must be at least 1 and min_share in (0, 1], not {min_pages!r} and {min_share!r}"
        raise ConfigError(msg)
    prefix = _reading_pipeline(pipeline)
    counters: dict[str, _LossyCounter] = {}
    stories: dict[str, set[bytes]] = {}  # digests of the stories seen, per site: 16 bytes each, not the text
    for page in pages:
        raw, given = page if isinstance(page, tuple) else (page, None)
        site, story, shapes = _read(raw, given, prefix)
        if not shapes:
            continue
        seen = stories.setdefault(site, set())
        digest = hashlib.blake2b(story.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if digest in seen:
            continue  # the same story again: its lines are not evidence of boilerplate
        seen.add(digest)
        counters.setdefault(site, _LossyCounter(min_share / 10)).add(shapes)
    sites = tuple(_site(site, counters[site], min_pages, min_share) for site in sorted(counters))
    return LearnedProfile(min_pages=min_pages, min_share=min_share, sites=sites)


def _site(site: str, counter: _LossyCounter, min_pages: int, min_share: float) -> LearnedSite:
    floor = max(min_pages, math.ceil(min_share * counter.seen))
    # A count is low by at most its recorded error: keep what may reach the floor (Lossy Counting's output rule).
    kept = [(shape, count) for shape, (count, error) in counter.counts.items() if count + error >= floor]
    kept.sort(key=lambda pair: (-pair[1], pair[0]))
    return LearnedSite(site=site, pages=counter.seen, lines=tuple(LearnedLine(shape=s, pages=c) for s, c in kept))


def _reading_pipeline(pipeline: Pipeline | None) -> Pipeline:
    from article_clean.stages import DEFAULT_PIPELINE

    pipeline = pipeline or DEFAULT_PIPELINE
    if "drop_learned_boilerplate" not in pipeline.names:
        msg = "the pipeline has no 'drop_learned_boilerplate' stage, so a learned profile would never apply"
        raise ConfigError(msg)
    return pipeline.only(*pipeline.names[: pipeline.names.index("drop_learned_boilerplate")])


def _read(raw: str | bytes, given: str | None, prefix: Pipeline) -> tuple[str, str, set[str]]:
    """The page's site, its story (its longest lines, verbatim), and the shapes of its lines."""
    draft = run_pipeline(raw, None, prefix, {})
    site = site_of(given) or site_of(draft.meta.url) or ANY_SITE
    story = "\n".join(
        sorted(heapq.nlargest(STORY_LINES, {block.text for block in draft.blocks}, key=_length_then_text))
    )
    return site, story, {shape for block in draft.blocks if _LETTER.search(shape := line_shape(block.text))}


def _length_then_text(text: str) -> tuple[int, str]:
    return len(text), text  # ties broken by the text, not by set order, so learning is deterministic
