"""Take the dateline off the head of the lede: "(CNN)Syrian…", "Washington (CNN) -- …", "LONDON (Reuters) - …"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean import patterns
from article_clean.stages._shape import PARAGRAPH_WORDS, is_prose

if TYPE_CHECKING:
    import regex

    from article_clean.draft import Draft

__all__ = ["extract_dateline"]

#: The lede is the first prose paragraph with at least this many words once its dateline is off.
_LEDE_WORDS = 8


def extract_dateline(draft: Draft) -> None:
    """Move the lede's dateline into `Article.dateline`.

    >>> from article_clean.draft import Draft, Block
    >>> lines = ["Watch the latest news on CNN.", "(CNN)Officials said on Monday that the talks would go on."]
    >>> draft = Draft(raw="", blocks=[Block(text=text, line=n) for n, text in enumerate(lines, 1)])
    >>> extract_dateline(draft)
    >>> draft.meta.dateline, draft.blocks[1].text
    ('CNN', 'Officials said on Monday that the talks would go on.')
    """
    for block in draft.blocks:
        places: list[str] = []
        sources: list[str] = []
        rest = block.text
        # Cut to a fixed point, so that "(CNN) WASHINGTON — …" loses both parts in one pass.
        while (match := _dateline(rest)) and is_prose(rest[match.end() :], _LEDE_WORDS):
            places.append(match.group(1).strip(" ,"))
            sources.append(match.group(2).strip() if match.re is patterns.DATELINE else "")
            rest = rest[match.end() :]
        if not is_prose(rest, _LEDE_WORDS):
            continue
        if places:
            draft.meta.dateline = _name(", ".join(filter(None, places)), ", ".join(filter(None, sources)))
            block.text = rest
            draft.lede = block
            return
        if is_prose(rest, PARAGRAPH_WORDS):
            # The first paragraph, without a dateline. A shorter sentence does not end the search: the stages after
            # the classifier may drop it (`drop_above_headline`), and cleaning the result again would then find
            # the dateline this cleaning left.
            return


def _dateline(text: str) -> regex.Match[str] | None:
    # Any kind of block: the body text has no kinds, so a rule that read them would not be idempotent.
    match = patterns.DATELINE.match(text)
    if match is not None:
        return match if _is_dateline(match) else None
    return patterns.CAPS_DATELINE.match(text)


def _is_dateline(match: regex.Match[str]) -> bool:
    glued_or_dashed = not match.group(3) or not match.group(3).isspace()
    return glued_or_dashed or match.group(2).strip().casefold() in patterns.NEWS_SOURCES


def _name(place: str, source: str) -> str:
    return f"{place} ({source})" if place and source else (source or place)
