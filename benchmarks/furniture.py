"""Count publisher furniture that survives cleaning, and body sentences that do not, on pages without gold.

    python benchmarks/furniture.py [--bench ../shared/bench] [--sets abp-cnn abp-other] [--show 5] [--joined]

The ABP files hold articles as newspaper3k scraped them, with each publisher's boilerplate still inside. The
detectors below are written independently of the library's own patterns (a detector that reused them could
never disagree with them): each is a regular expression for one kind of furniture as it appears in the input.

For every article it reports:

- **furniture**: the share of articles in which a detector that fired on the input still fires on the output
  (lower is better; the target is that at most 0.5% of CNN articles keep any);
- **sentences kept**: of the input's body-like sentences (at least 12 words, ending in `.`/`?`/`!`, matching
  no detector, not part of a flattened gallery), the share found verbatim in the output's body, gallery
  captions, highlights or metadata once a possible dateline is set aside (the text past a ")" in the first 60
  characters, else past the first four words), since a dateline moves into its own field. Boilerplate written
  as a sentence ("Get our daily newsletter …") counts as body here, so this share understates what a perfect
  cleaner would score.

With `--joined` each set is measured a second time with every article joined onto one line (white space runs
become one space), as scrapers and datasets that keep no line breaks store text: galleries, players and
highlights then sit inside paragraphs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import records
from article_clean import Article, clean_article

#: Furniture detectors by name. Each matches the furniture itself, never a sentence that mentions it.
DETECTORS: dict[str, re.Pattern[str]] = {
    "cnn_video_player": re.compile(r"JUST WATCHED|MUST WATCH|\bReplay\s+More Videos"),
    "cnn_story_highlights": re.compile(r"(?m)^\s*Story highlights\b"),
    "cnn_gallery_control": re.compile(r"(?m)Hide Caption\s*\d+ of \d+|^\s*Hide Caption\s*$"),
    "read_more_line": re.compile(r"(?m)^\s*Read More\s*$"),
    "political_ticker_age": re.compile(r"(?m)^\s*\d+ (?:years?|months?|days?|hours?) ago\s*$"),
    "story_continued_below": re.compile(r"(?m)^\s*Story Continued Below\s*$"),
    "advertisement_line": re.compile(r"(?m)^\s*(?:ADVERTISEMENT|Advertisement)\s*$"),
    "npr_toggle_caption": re.compile(r"Enlarge this image|toggle caption"),
    "bbc_media_playback": re.compile(r"Media playback is unsupported on your device"),
    "bbc_image_copyright": re.compile(r"Image copyright\s|Image caption\s"),
}

#: A sentence: a run of text up to its terminal mark, starting where the text or the previous sentence or line ends.
#: Anchoring the start keeps the scan linear: tried at every position of a long run without a mark (a joined
#: article's captions, a list), the run would be rescanned from each.
_SENTENCE = re.compile(r"(?:^|(?<=[.!?\n]))[^.!?\n]*+[.!?](?=\s|$)")
_LETTER = re.compile(r"[^\W\d_]")
_MIN_SENTENCE_WORDS = 12
_DATELINE_WORDS = 4
_DATELINE_CHARS = 60


def _fired(text: str) -> set[str]:
    return {name for name, pattern in DETECTORS.items() if pattern.search(text)}


def _normal(text: str) -> str:
    """Drop invisible format and control characters, fold to NFC and collapse white space, as cleaning does."""
    visible = "".join(char for char in text if unicodedata.category(char) not in {"Cf", "Cc"} or char in "\n\t")
    return " ".join(unicodedata.normalize("NFC", visible).split())


def _body_sentences(text: str) -> list[str]:
    found = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0).strip()
        if _LETTER.search(sentence) is None or len(sentence.split()) < _MIN_SENTENCE_WORDS:
            continue
        if _fired(sentence) or "Photos:" in sentence:
            continue  # furniture, or a flattened gallery item (its caption is scored by the detectors)
        found.append(sentence)
    return found


def _tail(sentence: str) -> str:
    """The sentence without a possible dateline: past a ")" near its start, else past its first words."""
    close = sentence.find(")", 0, _DATELINE_CHARS)
    return sentence[close + 1 :].strip(" -–—") if close >= 0 else " ".join(sentence.split()[_DATELINE_WORDS:])


def _everything(article: Article) -> str:
    """All text the document keeps, in any field, with white space collapsed."""
    parts = [article.text, *article.highlights, article.title or "", *(v.title for v in article.videos)]
    parts += [item.caption for gallery in article.galleries for item in gallery.items]
    return _normal(" ".join(parts))


def measure(rows: list[dict[str, Any]], show: int, *, joined: bool = False) -> dict[str, Any]:
    """Clean each row's text (joined onto one line if asked) and count surviving furniture and lost sentences."""
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    dirty = with_furniture = 0
    sentences = kept = 0
    lost: list[str] = []
    for row in rows:
        text = " ".join(row["text"].split()) if joined else row["text"]
        article = clean_article(text)
        fired_in, fired_out = _fired(text), _fired(article.text)
        before.update(fired_in)
        after.update(fired_in & fired_out)
        dirty += bool(fired_in & fired_out)
        with_furniture += bool(fired_in)
        everything = _everything(article)
        for sentence in _body_sentences(text):
            sentences += 1
            # A dateline cut off the lede ("Washington (CNN) …") moves its first words into a field.
            if _tail(_normal(sentence)) in everything:
                kept += 1
            elif len(lost) < show:
                lost.append(f"{row['id']}: {sentence[:160]}")
    return {
        "articles": len(rows),
        "with_furniture": with_furniture,
        "still_dirty": dirty,
        "dirty_share": dirty / len(rows) if rows else 0.0,
        "sentences": sentences,
        "sentences_kept": kept / sentences if sentences else 1.0,
        "by_detector": {name: (before[name], after[name]) for name in DETECTORS if before[name]},
        "lost_examples": lost,
    }


def main() -> None:
    """Run the measurement and print one block per set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bench", type=Path, default=Path("../shared/bench"))
    parser.add_argument("--sets", nargs="*", default=["abp-cnn", "abp-other"])
    parser.add_argument("--show", type=int, default=5, help="print this many lost sentences per set")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--joined", action="store_true", help="also measure each set joined onto one line per article")
    args = parser.parse_args()
    results = {}
    for name in args.sets:
        rows = list(records(args.bench / f"{name}.jsonl"))
        results[name] = measure(rows, args.show)
        if args.joined:
            results[f"{name} joined"] = measure(rows, args.show, joined=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for name, result in results.items():
        print(f"## {name}: {result['articles']} articles, {result['with_furniture']} with detected furniture")
        print(f"articles still holding furniture: {result['still_dirty']} ({result['dirty_share']:.2%})")
        print(f"body sentences kept: {result['sentences_kept']:.2%} of {result['sentences']}")
        for detector, (fired, survived) in result["by_detector"].items():
            print(f"  {detector:<24} in {fired:>5} inputs, survives in {survived:>5}")
        for example in result["lost_examples"]:
            print(f"  lost: {example}")


if __name__ == "__main__":
    main()
