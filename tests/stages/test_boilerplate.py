"""Whole-line furniture is dropped with its reason; prose that mentions the same words is kept."""

from __future__ import annotations

import pytest

from article_clean import Block, BlockRule
from article_clean.stages.boilerplate import (
    drop_advertisement,
    drop_empty,
    drop_newsletter_prompt,
    drop_promo,
    drop_read_more,
    drop_share_bar,
)

CASES = [
    (drop_promo, "CLICK HERE TO GET THE FOX NEWS APP", "promo"),
    (drop_promo, "Visit Business Insider's homepage for more stories.", "promo"),
    (drop_promo, "See a sample reprint in PDF format. Order a reprint of this article now", "promo"),
    (drop_promo, "Chat with us, the minister told reporters in Messenger Hall on Friday.", None),
    (drop_read_more, "Read More", "read_more"),
    (drop_read_more, "Story Continued Below", "read_more"),
    (drop_read_more, "Read more: 9 surprising things you can find at the library", "read_more"),
    (drop_read_more, "Read more books, the doctor said.", None),
    (drop_advertisement, "ADVERTISEMENT", "advertisement"),
    (drop_advertisement, "Advertisement:", "advertisement"),
    (drop_advertisement, "Advertisement revenue fell 8% in the quarter.", None),
    (drop_newsletter_prompt, "Sign up for Daily Newsletters Manage Newsletters", "newsletter_prompt"),
    (drop_newsletter_prompt, "The newsletter was founded in 1998.", None),
    (drop_share_bar, "Share Tweet Email", "share_bar"),
    (drop_share_bar, "Follow @politicalticker Follow @danmericacnn", "share_bar"),
    (drop_share_bar, "Share prices rose sharply on Tuesday.", None),
    (drop_share_bar, "Share this:", "share_bar"),
    (drop_share_bar, "Share this article", "share_bar"),
    (drop_share_bar, "Share: Email Facebook Twitter Print", "share_bar"),
    (drop_share_bar, "Share | Print | Comments", "share_bar"),
    (drop_share_bar, "Email: press@example.com", None),
    (drop_share_bar, "Comments: 15", None),
    (drop_empty, "", "empty"),
    (drop_empty, "x", None),
]


@pytest.mark.parametrize(
    ("rule", "text", "reason"), CASES, ids=[f"{rule.__name__}:{text[:20]}" for rule, text, _ in CASES]
)
def test_rule_table(rule: BlockRule, text: str, reason: str | None) -> None:
    """Each rule drops its furniture with its reason code, and keeps prose."""
    verdict = rule(Block(text=text, line=1))
    assert (verdict.value if verdict else None) == reason
