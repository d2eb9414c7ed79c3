"""The lines that mark where a post sits on its page go, after the line classifier has read them.

Each rule's own cases are in the rule table of `test_boilerplate.py`.
"""

from __future__ import annotations

from article_clean import clean_article
from article_clean.stages import DEFAULT_PIPELINE


def test_the_markers_run_after_the_classifier() -> None:
    """The classifier reads the markers with the page; they go once it has, outside the repeated span."""
    names = DEFAULT_PIPELINE.names
    after = names[names.index("extract_captions") + 1 :]
    markers = {"drop_reading_time", "drop_share_label", "drop_post_navigation", "drop_ad_label"}
    markers |= {"drop_slideshow_notice", "drop_comment_prompt"}
    assert markers <= set(after)


def test_a_post_loses_its_markers() -> None:
    """In the default pipeline each marker leaves the body with its reason and stage."""
    body = [
        "The council approved the new bridge on Monday after a year of debate.",
        "Work starts in the spring and should take two years, the mayor said.",
    ]
    furniture = ["Like this:", "Like Loading...", "Previous Post", "Comments are closed."]
    article = clean_article("\n".join(["4 min read", *body, *furniture]))
    assert [p.text for p in article.paragraphs] == body
    dropped = {(d.text, d.filter) for d in article.dropped}
    assert {
        ("4 min read", "drop_reading_time"),
        ("Like this:", "drop_share_label"),
        ("Like Loading...", "drop_share_label"),
        ("Previous Post", "drop_post_navigation"),
        ("Comments are closed.", "drop_comment_prompt"),
    } <= dropped
