"""Features of each line of a page, for telling article text from page furniture without the page's markup.

`line_features(lines)` returns a `(len(lines), N_FEATURES)` float32 matrix, columns named by `FEATURE_NAMES`;
`stack_features` adds a later stage's features from the stage before's probabilities. Lines must be stripped
and non-blank: converters disagree on blank lines, so no feature depends on them.

Design:
* Character statistics are computed for all lines at once: the lines are joined, turned into an array of
  code points, classified through a 64K lookup table of bit flags, and counted per line and flag with one
  ``np.bincount``. No per-character Python loop.
* Length is *script weighted*: a Han/Kana character counts as 3 Latin characters and a Hangul syllable
  as 2, so a 60-character Chinese paragraph weighs like a 180-character English one.
* Context features (windows of neighbours, distances to the main text mass, position) are vectorised
  over the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np
import numpy.typing as npt

from article_clean.classifier.lexicon import LEXICON_NAMES, WORD

if TYPE_CHECKING:
    from collections.abc import Sequence

    from article_clean.classifier.lexicon import Lexicon, Reading

__all__ = [
    "DOM_NAMES",
    "FEATURE_NAMES",
    "N_FEATURES",
    "OWN_NAMES",
    "STACK_NAMES",
    "LineFacts",
    "LineFactsCache",
    "dom_features",
    "lexicon_columns",
    "line_facts",
    "line_features",
    "line_words",
    "max_subarray",
    "stack_features",
]

Array = npt.NDArray[Any]

# ---------------------------------------------------------------------------------------------------------------
# character classes

F_WORD, F_UPPER, F_LOWER, F_DIGIT, F_SPACE, F_HAN, F_HANGUL, F_TERM, F_COMMA, F_PUNCT, F_SEP, F_CLOSE = (
    1 << i for i in range(12)
)
TERMINATORS = ".!?。！？．…؟।"
COMMAS = ",，、;；:："
SEPARATORS = "|•»«›‹·►▶▸◂◀★☆∙◦▪■□●○→←/\\>~"
CLOSERS = "\"'”’»)]」』）】"
BULLETS = "*-•·▪◦●○►▶▸→–—+"
HAN_WEIGHT = 3.0  # extra weight is (weight - 1) per character
HANGUL_WEIGHT = 2.0
SENT_MIN_WLEN = 40.0  # a "sentence-like" line ends like a sentence and is at least this long
LONG_WLEN = 80.0


@cache
def _build_table() -> Array:
    """Bit-flag table for code points 0..0xFFFF."""
    tab = np.zeros(0x10000, dtype=np.uint16)
    for cp in range(0x10000):
        ch = chr(cp)
        cat = unicodedata.category(ch)
        f = 0
        if cat[0] in "LNM" or ch == "_":
            f |= F_WORD
        if cat == "Lu" or cat == "Lt":
            f |= F_UPPER
        elif cat == "Ll":
            f |= F_LOWER
        if cat == "Nd":
            f |= F_DIGIT
        if ch.isspace():
            f |= F_SPACE
        if cat[0] in "PS":
            f |= F_PUNCT
        tab[cp] = f
    for lo, hi in ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
        tab[lo : hi + 1] |= F_HAN
    for lo, hi in ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)):
        tab[lo : hi + 1] |= F_HANGUL
    for chars, flag in ((TERMINATORS, F_TERM), (COMMAS, F_COMMA), (SEPARATORS, F_SEP), (CLOSERS, F_CLOSE)):
        for ch in chars:
            tab[ord(ch)] |= flag
    return tab


_BULLET_CPS = np.array(sorted(ord(c) for c in BULLETS), dtype=np.uint32)

#: All alternatives start with a digit: the lookahead makes the scan cheap. None crosses a line's end, so that
#: a line's count does not depend on the line after it.
DATE_RE = re.compile(
    r"(?=\d)(?:\b(?:1[89]\d\d|20\d\d)\b|\b\d{1,2}:\d\d\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\d{1,4}[^\S\n]?[年月日일])"
)
LINK_RE = re.compile(r"(?=[hHwW.@])(?:https?://|www\.|\.(?:com|org|net|html?|php)\b|@\w)", re.IGNORECASE)
#: A word, as the lexicon reads it too (one tokenisation serves the title comparison and the lexicon).
WORD_RE = WORD
LEADING_NUMBER_RE = re.compile(r"[#(]?(\d{1,3})(?!\d)")
#: How far apart (in lines) two items of one numbered list may be: an item may wrap onto a few lines.
SEQ_REACH = 3
#: A line holding this share of the title's words is taken for the headline repeated in the page.
HEADLINE_CONTAIN = 0.6

OWN_NAMES = [
    "log_wlen",
    "log_words",
    "frac_alpha",
    "frac_digit",
    "frac_upper",
    "frac_punct",
    "ends_term",
    "ends_comma",
    "log_terms",
    "log_commas",
    "log_seps",
    "starts_bullet",
    "titlecase",
    "mean_wordlen",
    "frac_cjk",
    "links",
    "dates",
    "copyright",
    "log_repeat",
    "title_overlap",
    "title_contain",
    "starts_lower",
    "starts_digit",
    "ends_digit",
    "sentlike",
    "seq_number",
    "lead_caps",
    "log_same_opening",
    "log_same_ending",
    "ends_ellipsis",
]
WINDOWS = (1, 2, 5)
_MEAN_WINDOWS = (1, 2, 5, 10, 20)  # the context features' windows, and the wider ones of sentence density
CONTEXT_NAMES = (
    ["rel_pos", "mass_pos", "log_lines", "log_mass"]
    + [f"{s}_w{k}" for k in WINDOWS for s in ("mean_len", "max_len", "mean_sent", "mean_sep", "mean_title")]
    + ["prev_len", "next_len", "prev2_len", "next2_len", "prev_sent", "next_sent"]
    + ["len_rank", "len_minus_max", "len_minus_median"]
    + ["d_longest", "d_dense", "in_span", "d_span", "span_pos", "span_mass"]
    + ["mean_sent_w10", "mean_sent_w20", "d_prev_sent", "d_next_sent", "sent_before", "sent_after"]
    + ["seq_w5", "d_headline", "has_headline"]
)
#: What the HTML around a block says (`Block.dom`, made by `segment_html`), then two windows of it. Lines from
#: text input have no markup: `has_dom` is 0 and the rest hold `NO_DOM`.
DOM_NAMES = [
    "has_dom",
    "dom_link",
    "dom_furniture",
    "dom_content",
    "dom_article",
    "dom_kind",
    "dom_depth",
    "dom_container_share",
    "dom_container_paragraphs",
    "dom_cell",
    "dom_comment",
    "dom_candidate",
    "dom_near_candidate",
    "dom_link_w2",
    "dom_furniture_w2",
]
NO_DOM = -1.0
_DOM_WIDTH = 12  # the length of a `Block.dom` row
FEATURE_NAMES = OWN_NAMES + CONTEXT_NAMES + DOM_NAMES
N_FEATURES = len(FEATURE_NAMES)


# ---------------------------------------------------------------------------------------------------------------
# helpers


def _codepoints(text: str) -> Array:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


#: The per-line counts `_char_counts` returns, one column each: characters with a flag, then word starts (all,
#: upper-case, cased), then copyright signs.
_FLAG_COLUMNS = (F_SPACE, F_HAN, F_HANGUL, F_UPPER, F_LOWER, F_DIGIT, F_TERM, F_COMMA, F_SEP, F_PUNCT)
_WORD_COLUMNS = (F_WORD, F_UPPER, F_UPPER | F_LOWER)
_COPYRIGHT = 0xA9


@dataclass(frozen=True, slots=True)
class _CharKeys:
    """Characters by key: every character with the same flags shares a key, twice over (opening a word or not).

    One `np.bincount` of (line, key) pairs then gives every per-line count at once; a pass per flag would walk
    the page's characters a dozen times.
    """

    of_bmp: Array  # key of each BMP code point when it does not open a word; opening one adds 1
    flags: Array  # flags of each key
    counts: Array  # (keys, columns): what one character of each key adds to each count
    han: int  # key of a CJK character beyond the BMP
    other: int  # key of any other character beyond the BMP


@cache
def _char_keys() -> _CharKeys:
    table = _build_table()
    values = np.unique(np.concatenate((table, np.array([F_WORD | F_HAN, F_PUNCT], np.uint16))))
    classes = np.searchsorted(values, table)
    classes[_COPYRIGHT] = len(values)  # its flags are shared with other symbols: a class of its own
    values = np.append(values, table[_COPYRIGHT])
    flags = np.repeat(values, 2)
    opens = np.tile([False, True], len(values))
    columns = [(flags & flag) != 0 for flag in _FLAG_COLUMNS]
    columns += [opens & ((flags & flag) != 0) for flag in _WORD_COLUMNS]
    columns.append(np.repeat(np.arange(len(values)) == len(values) - 1, 2))
    counts = np.column_stack(columns).astype(np.float64)
    han, other = (2 * int(np.searchsorted(values[:-1], v)) for v in (F_WORD | F_HAN, F_PUNCT))
    return _CharKeys((2 * classes).astype(np.intp), flags, counts, han, other)


def _char_counts(cps: Array, lens: Array) -> tuple[Array, Array]:
    """Per line (`lens` long, each followed by one separator) the counts named by `_FLAG_COLUMNS` and after.

    Returns the counts, a row per column, and each character's key.
    """
    keys = _char_keys()
    if len(cps) and cps.max() >= 0x10000:
        key = keys.of_bmp[np.minimum(cps, 0xFFFF)]
        # supplementary planes: CJK extensions count as Han, the rest as symbols
        high, cjk = cps >= 0x10000, (cps >= 0x20000) & (cps < 0x40000)
        key[high & cjk] = keys.han
        key[high & ~cjk] = keys.other
    else:
        key = keys.of_bmp[cps]
    word = (keys.flags[key] & F_WORD) != 0
    opens = word.copy()
    opens[1:] &= ~word[:-1]
    key += opens
    width = len(keys.flags)
    line = np.repeat(np.arange(0, len(lens) * width, width), lens + 1)[: len(key)]
    line += key  # in place: one array of a machine word per character is the most this holds at once
    per_key = np.bincount(line, minlength=len(lens) * width).reshape(len(lens), width)
    counts: Array = keys.counts.T @ per_key.T.astype(np.float64)
    return counts, key


def _matches_per_line(regex: re.Pattern[str], text: str, starts: Array) -> Array:
    pos = [m.start() for m in regex.finditer(text)]
    if not pos:
        return np.zeros(len(starts))
    idx = np.searchsorted(starts, np.asarray(pos), side="right") - 1
    return np.bincount(idx, minlength=len(starts)).astype(np.float64)


def _columns(n: int, cols: Sequence[Array]) -> Array:
    """The (n, len(cols)) float64 matrix of these columns."""
    matrix = np.empty((n, len(cols)))
    for j, col in enumerate(cols):
        matrix[:, j] = col
    return matrix


def _window_mean(x: Array, k: int) -> Array:
    """Mean of x over [i-k, i+k], clipped at page edges."""
    mean: Array = _window_means(x, (k,))[0]
    return mean


def _window_means(x: Array, ks: Sequence[int] = _MEAN_WINDOWS) -> list[Array]:
    """`_window_mean` of each column of x (or of x itself) for each k, from one running sum."""
    n = len(x)
    c = np.zeros((n + 1, *x.shape[1:]))
    np.cumsum(x, axis=0, out=c[1:])
    i = np.arange(n)
    means: list[Array] = []
    for k in ks:
        lo = np.maximum(i - k, 0)
        hi = np.minimum(i + k + 1, n)
        width = hi - lo
        means.append((c[hi] - c[lo]) / (width[:, None] if x.ndim > 1 else width))
    return means


def _window_max(x: Array, k: int) -> Array:
    """Max of x over [i-k, i+k], clipped at page edges."""
    n = len(x)
    pad = np.full(n + 2 * k, -np.inf)
    pad[k : k + n] = x
    peak = pad[:n].copy()
    for j in range(1, 2 * k + 1):
        np.maximum(peak, pad[j : j + n], out=peak)
    return peak


def _shift(x: Array, s: int, fill: float = 0.0) -> Array:
    """y[i] = x[i - s] (s > 0: previous lines), fill outside the page."""
    y = np.full_like(x, fill)
    if s > 0:
        y[s:] = x[:-s]
    elif s < 0:
        y[:s] = x[-s:]
    else:
        y[:] = x
    return y


def max_subarray(x: Array) -> tuple[int, int, float]:
    """Best contiguous span [a, b] (inclusive) maximising sum(x[a:b+1]); Kadane, O(n)."""
    best, best_a, best_b = -np.inf, 0, -1
    cur, cur_a = 0.0, 0
    for i, v in enumerate(x.tolist()):
        if cur <= 0:
            cur, cur_a = v, i
        else:
            cur += v
        if cur > best:
            best, best_a, best_b = cur, cur_a, i
    return best_a, best_b, float(best)


def _nearest_distances(mask: Array) -> tuple[Array, Array]:
    """log1p distance (in lines) to the nearest previous / next line where mask is true (self excluded).

    Lines with none on that side get log1p(n + 1).
    """
    n = len(mask)
    idx = np.arange(n)
    pos = np.where(mask)[0]
    if len(pos) == 0:
        far = np.full(n, np.log1p(n + 1.0))
        return far, far.copy()
    j = np.searchsorted(pos, idx, side="left")  # first hit >= i
    prev = np.where(j > 0, idx - pos[np.maximum(j - 1, 0)], n + 1)
    k = np.searchsorted(pos, idx, side="right")  # first hit > i
    nxt = np.where(k < len(pos), pos[np.minimum(k, len(pos) - 1)] - idx, n + 1)
    return np.log1p(prev.astype(np.float64)), np.log1p(nxt.astype(np.float64))


def stack_features(p: Array, own: Array) -> Array:
    """Second-stage features from first-stage body probabilities ``p`` of the same page's lines."""
    n = len(p)
    idx = np.arange(n, dtype=np.float64)
    mass = np.minimum(np.expm1(own[:, 0]), 1000.0)
    cols: list[Array] = [p]
    cols += _window_means(p, (1, 2, 5, 10))
    cols += [_window_max(p, 2), _shift(p, 1), _shift(p, -1), _shift(p, 2), _shift(p, -2)]
    a, b, s = max_subarray(p - 0.5)
    if s <= 0:
        a, b = int(np.argmax(p)), int(np.argmax(p))
    dist = np.where(idx < a, idx - a, np.where(idx > b, idx - b, 0.0))
    cols += [(idx >= a) & (idx <= b), _signed_log(dist), np.full(n, (b - a + 1) / n)]
    cols += [np.full(n, p.max()), p / max(p.max(), 1e-6)]
    cols += list(_nearest_distances(p >= 0.5))
    w = p * mass
    cw = np.cumsum(w)
    tot = max(cw[-1], 1e-6)
    cols += [(cw - w) / tot, (cw[-1] - cw) / tot]
    return _columns(n, cols).astype(np.float32)


STACK_NAMES = [
    *("p", "p_w1", "p_w2", "p_w5", "p_w10", "p_max2", "p_prev", "p_next", "p_prev2", "p_next2"),
    *("p_in_span", "p_d_span", "p_span_len", "p_page_max", "p_rel_max", "p_d_prev", "p_d_next"),
    *("p_mass_before", "p_mass_after"),
]


def _signed_log(d: Array) -> Array:
    return np.sign(d) * np.log1p(np.abs(d))


# ---------------------------------------------------------------------------------------------------------------
# own features


#: The own features that compare a line with the rest of the page; every other one reads the line alone.
_PAGE_NAMES = ("log_repeat", "title_overlap", "title_contain", "seq_number", "log_same_opening", "log_same_ending")
_LINE_NAMES = [name for name in OWN_NAMES if name not in _PAGE_NAMES]
_LINE_COLUMNS = [OWN_NAMES.index(name) for name in _LINE_NAMES]
_PAGE_COLUMNS = {name: OWN_NAMES.index(name) for name in _PAGE_NAMES}
#: Longer lines are not compared with the title: a paragraph shares words with any headline.
_TITLE_MAX_WLEN = 400
#: Per line (lower-cased): how many of its distinct words the title has, and how many distinct words it has.
_SharedWords: TypeAlias = dict[str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class LineFacts:
    """What each of some lines says by itself: the page-level own features compare these across the page.

    `columns` holds the own features that read one line alone (`_LINE_NAMES`), then its weighted length.
    """

    columns: Array
    keys: list[str]
    """The lines lower-cased, for repetition and the overlap with the title."""
    numbers: Array
    """The number a line opens with, as in a numbered list; -10 for none."""
    openings: list[str]
    endings: list[str]

    def take(self, index: list[int]) -> LineFacts:
        """The facts of the lines at `index`, in that order."""
        return LineFacts(
            self.columns[index],
            [self.keys[i] for i in index],
            self.numbers[index],
            [self.openings[i] for i in index],
            [self.endings[i] for i in index],
        )

    def join(self, other: LineFacts) -> LineFacts:
        """These facts followed by `other`'s."""
        return LineFacts(
            np.concatenate((self.columns, other.columns)),
            self.keys + other.keys,
            np.concatenate((self.numbers, other.numbers)),
            self.openings + other.openings,
            self.endings + other.endings,
        )


class LineFactsCache:
    """The facts of the lines seen so far, by text, for scoring a page again once it has lost some lines.

    A page is scored until a scoring drops nothing, and each later scoring reads lines the first one read: only
    the page-level features are computed again.
    """

    __slots__ = ("_facts", "_index", "_shared", "_title", "_words", "readings")

    def __init__(self) -> None:
        self._index: dict[str, int] = {}
        self._facts = LineFacts(np.zeros((0, len(_LINE_NAMES) + 1)), [], np.zeros(0, np.int64), [], [])
        self._title: str | None = None
        self._shared: _SharedWords = {}
        self._words: dict[str, frozenset[str]] = {}
        self.readings: dict[str, Reading] = {}
        """What the model's lexicon reads in each line (`lexicon_columns`)."""

    def words(self, key: str) -> frozenset[str]:
        """The distinct words of a lower-cased line, found once for the title comparison and the lexicon both."""
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = line_words(key)
        return found

    def shared_words(self, title: str) -> _SharedWords:
        """The words lines share with `title` found so far: kept while the page keeps its first line."""
        if title != self._title:
            self._title, self._shared = title, {}
        return self._shared

    def facts(self, lines: list[str]) -> LineFacts:
        """The facts of `lines`, computing those of the lines not seen before."""
        new = [line for line in dict.fromkeys(lines) if line not in self._index]
        if new:
            computed = line_facts(new)
            first = len(self._index)
            self._index.update((line, first + i) for i, line in enumerate(new))
            self._facts = self._facts.join(computed)
        return self._facts.take([self._index[line] for line in lines])


def line_facts(lines: list[str]) -> LineFacts:
    """The facts of each of `lines` (stripped, non-blank), computed for all of them at once."""
    n = len(lines)
    text = "\n".join(lines)
    lens = np.fromiter(map(len, lines), dtype=np.int64, count=n)
    starts = np.concatenate(([0], np.cumsum(lens + 1)[:-1]))
    ends = starts + lens  # exclusive
    cps = _codepoints(text)
    chars, key = _char_counts(cps, lens)
    n_space, n_han, n_hangul, n_upper, n_lower, n_digit, n_term, n_comma, n_sep, n_punct = chars[:10]
    n_words, n_title, n_alpha_words, n_copyright = chars[10:]
    n_space = n_space - 1.0
    n_space[-1] += 1.0  # the last line has no trailing newline
    nonspace = np.maximum(lens - n_space, 1.0)
    wlen = lens + (HAN_WEIGHT - 1) * n_han + (HANGUL_WEIGHT - 1) * n_hangul

    fl = _char_keys().flags
    last = fl[key[ends - 1]]
    prev_last = fl[key[np.maximum(ends - 2, starts)]]
    eff_last = np.where((last & F_CLOSE) != 0, prev_last, last)
    ends_term = ((eff_last & F_TERM) != 0) & ~((eff_last & F_COMMA) != 0)
    # a line cut short ("… with Realtek Bluetooth...", a teaser's summary) ends in an ellipsis, not a sentence
    ellipsis = np.fromiter((line.rstrip(CLOSERS).endswith(("...", "…")) for line in lines), dtype=bool, count=n)
    ends_term &= ~ellipsis
    ends_comma = (eff_last & F_COMMA) != 0
    first_cp = cps[starts]
    first = fl[key[starts]]
    lead, openings, endings = _openings_and_endings(lines)
    own = {
        "log_wlen": np.log1p(wlen),
        "log_words": np.log1p(n_words),
        "frac_alpha": (n_upper + n_lower + n_han + n_hangul) / nonspace,
        "frac_digit": n_digit / nonspace,
        "frac_upper": n_upper / np.maximum(n_upper + n_lower, 1.0),
        "frac_punct": n_punct / nonspace,
        "ends_term": ends_term,
        "ends_comma": ends_comma,
        "log_terms": np.log1p(n_term),
        "log_commas": np.log1p(n_comma),
        "log_seps": np.log1p(n_sep),
        "starts_bullet": (first_cp[:, None] == _BULLET_CPS).any(axis=1),
        "titlecase": n_title / np.maximum(n_alpha_words, 1.0),
        "mean_wordlen": nonspace / np.maximum(n_words, 1.0),
        "frac_cjk": (n_han + n_hangul) / nonspace,
        "links": _matches_per_line(LINK_RE, text, starts),
        "dates": _matches_per_line(DATE_RE, text, starts),
        "copyright": n_copyright,
        "starts_lower": (first & F_LOWER) != 0,
        "starts_digit": (first & F_DIGIT) != 0,
        "ends_digit": (last & F_DIGIT) != 0,
        "sentlike": ends_term & (wlen >= SENT_MIN_WLEN),
        "lead_caps": lead,
        "ends_ellipsis": ellipsis,
    }
    keys = [line.lower() for line in lines]
    columns = _columns(n, [own[name] for name in _LINE_NAMES] + [wlen])
    return LineFacts(columns, keys, _leading_numbers(lines), openings, endings)


def own_features(lines: list[str], cache: LineFactsCache | None = None) -> Array:
    """Features of each line by itself, and of how it compares with the page (repetition, title, openings)."""
    facts = line_facts(lines) if cache is None else cache.facts(lines)
    n = len(lines)
    overlap, contain = _title_overlap(facts, cache)
    page = {
        "log_repeat": np.log(_tally(facts.keys)),
        "title_overlap": overlap,
        "title_contain": contain,
        "seq_number": _numbered_items(facts.numbers),
        "log_same_opening": np.log(_tally(facts.openings)),
        "log_same_ending": np.log(_tally(facts.endings)),
    }
    matrix = np.empty((n, len(OWN_NAMES)))
    matrix[:, _LINE_COLUMNS] = facts.columns[:, :-1]
    for name, column in page.items():
        matrix[:, _PAGE_COLUMNS[name]] = column
    return matrix


def line_words(key: str) -> frozenset[str]:
    """The distinct words (`WORD_RE`) of a lower-cased line.

    >>> sorted(line_words("the mayor said the bridge, 2 weeks"))
    ['2', 'bridge', 'mayor', 'said', 'the', 'weeks']
    """
    return frozenset(WORD_RE.findall(key))


def _title_overlap(facts: LineFacts, cache: LineFactsCache | None = None) -> tuple[Array, Array]:
    """Per line, the share of its words in the title (the first line), and the share of the title's in it.

    `cache` remembers, per line, how many of its distinct words are the title's and how many it has: a page is
    scored again under the same title, and a page repeats lines.
    """
    n = len(facts.keys)
    overlap = np.zeros(n)
    contain = np.zeros(n)
    title_words = line_words(facts.keys[0])
    if not title_words:
        return overlap, contain
    known = {} if cache is None else cache.shared_words(facts.keys[0])
    words_of = line_words if cache is None else cache.words
    weights = facts.columns[:, -1].tolist()
    for i in range(1, n):
        if weights[i] > _TITLE_MAX_WLEN:
            continue
        key = facts.keys[i]
        counts = known.get(key)
        if counts is None:
            words = words_of(key)
            counts = known[key] = (len(words & title_words), len(words))
        inter, size = counts
        if size:
            overlap[i] = inter / size
            contain[i] = inter / len(title_words)
    return overlap, contain


#: Words read at the head of a line for its run of capitalised words; a teaser glues a headline to its summary.
_LEAD_WORDS = 12


def _openings_and_endings(lines: list[str]) -> tuple[Array, list[str], list[str]]:
    """Per line: its leading run of capitalised words, its opening and its ending.

    The opening is a line's first two words, its ending its last word. A related-story teaser opens with a
    headline in title case glued to a sentence; share bars, comment headers ("… says:") and teaser lists repeat an
    opening or an ending line after line, while paragraphs of an article rarely do. No word list: the words are
    the page's own. A headline's numbers and quotes ("Paying $690 Bill", "‘Despicable’ Move") do not end its run.
    """
    lead = np.zeros(len(lines))
    openings: list[str] = []
    endings: list[str] = []
    for i, line in enumerate(lines):
        words = line.split(None, _LEAD_WORDS)
        run = 0
        for word in words[:_LEAD_WORDS]:
            letter = _first_letter(word)
            if not letter:
                continue  # a number or a mark ("$690", "2", "–") neither extends nor ends a headline's run
            if not letter.isupper():
                break
            run += 1
        lead[i] = run
        openings.append(" ".join(words[:2]).casefold())
        last = line.rsplit(None, 1)  # `words` stops splitting after the lead: its last item may be many words
        endings.append(last[-1].casefold() if last else "")
    return lead, openings, endings


def _first_letter(word: str) -> str:
    """The first letter of a word, past quotes and marks ("‘Despicable’"); "" for a word without one."""
    if word[0].isalpha():
        return word[0]
    return next((char for char in word if char.isalpha()), "")


def _tally(keys: list[str]) -> Array:
    """How many times each key occurs in the list, per occurrence."""
    counts = Counter(keys)
    return np.fromiter(map(counts.__getitem__, keys), dtype=np.float64, count=len(keys))


def _leading_numbers(lines: list[str]) -> Array:
    """The number each line opens with (`3.`, `#3`, `(3)`), or -10."""
    numbers = np.full(len(lines), -10, dtype=np.int64)
    for i, line in enumerate(lines):
        match = LEADING_NUMBER_RE.match(line)
        if match:
            numbers[i] = int(match.group(1))
    return numbers


def _numbered_items(numbers: Array) -> Array:
    """1 for a line that opens with the number following (or preceding) a nearby line's opening number.

    Ranked lists, results tables and numbered steps are body made of short lines; their items count up.
    """
    seq = np.zeros(len(numbers), dtype=bool)
    as_float = numbers.astype(np.float64)
    for step in range(1, SEQ_REACH + 1):
        seq |= _shift(as_float, step, -10.0) == numbers - 1
        seq |= _shift(as_float, -step, -10.0) == numbers + 1
    return seq & (numbers >= 0)


# ---------------------------------------------------------------------------------------------------------------
# context features


def context_features(own: Array) -> Array:
    """Features of each line's position and neighbourhood, from the own-feature matrix."""
    n = own.shape[0]
    c = {name: own[:, j] for j, name in enumerate(OWN_NAMES)}
    loglen = c["log_wlen"]
    wlen = np.expm1(loglen)
    sent = c["sentlike"]
    sep = np.minimum(c["log_seps"], 2.0) + np.minimum(c["links"], 2.0)
    title = c["titlecase"] * (1.0 - c["ends_term"])
    seq = c["seq_number"]
    idx = np.arange(n, dtype=np.float64)
    mass = np.minimum(wlen, 1000.0)
    total = mass.sum()
    cols: list[Array] = [
        idx / max(n - 1, 1),
        (np.cumsum(mass) - mass / 2) / total,
        np.full(n, np.log1p(n)),
        np.full(n, np.log1p(total)),
    ]
    # every windowed mean below, from one running sum per column
    means = dict(zip(_MEAN_WINDOWS, _window_means(np.column_stack((loglen, sent, sep, title, mass, seq))), strict=True))
    for k in WINDOWS:
        cols += [means[k][:, 0], _window_max(loglen, k), means[k][:, 1], means[k][:, 2], means[k][:, 3]]
    cols += [
        _shift(loglen, 1),
        _shift(loglen, -1),
        _shift(loglen, 2),
        _shift(loglen, -2),
        _shift(sent, 1),
        _shift(sent, -1),
    ]
    order = np.argsort(loglen, kind="stable")
    rank = np.empty(n)
    rank[order] = np.arange(n)
    cols += [rank / max(n - 1, 1), loglen - loglen.max(), loglen - np.median(loglen)]
    # distance to the longest line and to the densest run of text (window sum of mass, +-5 lines)
    cols.append(_signed_log(idx - float(np.argmax(loglen))))
    dense = means[5][:, 4]
    cols.append(_signed_log(idx - float(np.argmax(dense))))
    # main text mass: best span of "long or sentence-like" lines (max-sum subarray)
    gain = np.where((wlen >= LONG_WLEN) | (sent > 0), np.minimum(wlen, 600.0) / 100.0, -0.5)
    a, b, _ = max_subarray(gain)
    inside = (idx >= a) & (idx <= b)
    dist = np.where(idx < a, idx - a, np.where(idx > b, idx - b, 0.0))
    cols += [
        inside,
        _signed_log(dist),
        np.clip((idx - a) / max(b - a + 1, 1), -1.0, 2.0),
        np.full(n, mass[a : b + 1].sum() / total),
    ]
    # density of sentence-like lines further away, and distance to the nearest one on each side
    cols += [means[10][:, 1], means[20][:, 1]]
    cols += list(_nearest_distances(sent > 0))
    csum = np.cumsum(sent)
    tot_sent = max(csum[-1], 1.0)
    cols += [(csum - sent) / tot_sent, (csum[-1] - csum) / tot_sent]
    cols.append(means[5][:, 5])
    contain = c["title_contain"]
    headline = int(np.argmax(contain)) if n > 1 and contain.max() >= HEADLINE_CONTAIN else -1
    cols += [_signed_log(idx - headline) if headline >= 0 else np.zeros(n), np.full(n, float(headline >= 0))]
    return _columns(n, cols)


def dom_features(dom: Sequence[tuple[float, ...] | None] | None, n: int) -> Array:
    """The DOM columns of `n` lines from their `Block.dom` rows (None for a line without markup)."""
    out = np.full((n, len(DOM_NAMES)), NO_DOM)
    out[:, 0] = 0.0
    if dom is None:
        return out
    has = np.array([row is not None for row in dom], dtype=bool)
    if not has.any():
        return out
    rows = np.array([row if row is not None else (NO_DOM,) * _DOM_WIDTH for row in dom], dtype=np.float64)
    for column in (5, 7):  # depth and paragraph count: orders of magnitude matter
        rows[:, column] = np.log1p(np.maximum(rows[:, column], 0.0))
    out[:, 0] = has
    out[has, 1 : 1 + _DOM_WIDTH] = rows[has]
    out[:, -2] = np.where(has, _window_mean(np.where(has, rows[:, 0], 0.0), 2), NO_DOM)
    out[:, -1] = np.where(has, _window_mean(np.where(has, rows[:, 1], 0.0), 2), NO_DOM)
    return out


def line_features(
    lines: list[str], dom: Sequence[tuple[float, ...] | None] | None = None, cache: LineFactsCache | None = None
) -> Array:
    """Feature matrix (len(lines), N_FEATURES) float32 for stripped, non-blank lines, with their DOM rows if any.

    `cache` keeps the facts of each line between scorings of one page.
    """
    if not lines:
        return np.zeros((0, N_FEATURES), dtype=np.float32)
    own = own_features(lines, cache)
    return np.hstack([own, context_features(own), dom_features(dom, len(lines))]).astype(np.float32)


def lexicon_columns(lines: list[str], lexicon: Lexicon, cache: LineFactsCache | None = None) -> Array:
    """The `(len(lines), 3)` float32 readings of `lexicon` (`LEXICON_NAMES`) for `lines`.

    `cache` keeps them between scorings of one page, and shares each line's words with the title comparison.
    """
    readings = {} if cache is None else cache.readings
    words_of = line_words if cache is None else cache.words
    rows: list[Reading] = []
    for line in lines:
        reading = readings.get(line)
        if reading is None:
            reading = readings[line] = lexicon.read_words(words_of(line.lower()))
        rows.append(reading)
    return np.array(rows, dtype=np.float32).reshape(len(lines), len(LEXICON_NAMES))
