"""The words of a line as evidence: which words pages print in their furniture, and which in their articles.

A page's furniture speaks a vocabulary of its own ("subscribe", "rights reserved", "comments", "share", "posted"),
and so does article text ("said", "percent", "however"). The model file holds a weight per word, learned from pages
people labelled (`training/fit.py`): the log-odds that a line holding the word is article text rather than
furniture, counting each site once. Only words printed on several sites are kept, so no site's own names are
learned. The words are the `\\w+` runs of the lower-cased line, in any script; a line whose words are all unknown
(most lines of a script the pages rarely held) simply gives no evidence.

A line is read as three numbers (`LEXICON_NAMES`): the mean weight of its distinct known words, the lowest of
them, and the share of its distinct words that are known; (0, 0, 0) for a line with none.

>>> lexicon = Lexicon({"subscribe": -2.0, "newsletter": -1.5, "said": 1.0})
>>> lexicon.read("Subscribe to our newsletter")
(-1.75, -2.0, 0.5)
>>> lexicon.read("Zzz")
(0.0, 0.0, 0.0)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["LEXICON_NAMES", "WORD", "Lexicon", "Reading"]

#: The columns a lexicon adds to a line's features.
LEXICON_NAMES = ["words_mean", "words_min", "words_known"]
#: A word: a run of letters, digits or underscores, in any script.
WORD = re.compile(r"\w+")
Reading: TypeAlias = tuple[float, float, float]
"""What a lexicon reads in one line: see `LEXICON_NAMES`."""
_NOTHING: Reading = (0.0, 0.0, 0.0)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A weight per word: positive for the words of article text, negative for those of page furniture."""

    weights: Mapping[str, float]

    def read(self, line: str) -> Reading:
        """The mean and least weight of the line's distinct known words, and the share of its words known."""
        return self.read_words(frozenset(WORD.findall(line.lower())))

    def read_words(self, words: frozenset[str]) -> Reading:
        """`read` of a line whose distinct words (`WORD`, lower-cased) are `words`."""
        values = [weight for word in words if (weight := self.weights.get(word)) is not None]
        if not values:
            return _NOTHING
        # fsum is exact, so the mean does not depend on the order a set yields the words in.
        return math.fsum(values) / len(values), min(values), len(values) / len(words)
