"""Whole-line furniture is dropped with its reason; prose that mentions the same words is kept."""

from __future__ import annotations

import pytest

from article_clean import Block, BlockRule
from article_clean.stages.boilerplate import (
    drop_advertisement,
    drop_cookie_notice,
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
    (drop_read_more, "( Also on POLITICO: The GOP leadership scramble)", "read_more"),
    (drop_read_more, "Also on rt.com Journalists threatened with sedition arrests", "read_more"),
    (drop_read_more, "Also on AOL Tech", "read_more"),
    (drop_read_more, "Also on Yahoo!", "read_more"),
    (drop_read_more, "Also on Friday, an official asked for patience.", None),
    (drop_read_more, "Also on Friday.", None),
    (drop_read_more, "Also on U.S. soil, agents found two more devices.", None),
    (drop_read_more, "Also on news.yahoo.com: the storm in pictures", "read_more"),
    (drop_read_more, "Also on his team was Bernard Kerik", None),
    (drop_read_more, "SEE ALSO: Pope Francis arrives in U.S.", "read_more"),
    (drop_read_more, "See also:", "read_more"),
    (drop_read_more, "See also the infographic below. There is a lot here to digest.", None),
    (drop_read_more, "(Leggi anche su: I Cavalieri dello Zodiaco –FOTO)", "read_more"),
    (drop_read_more, "Lesen Sie auch: Die Bahn streikt", "read_more"),
    (drop_read_more, "Читайте также", "read_more"),
    (drop_advertisement, "ADVERTISEMENT", "advertisement"),
    (drop_advertisement, "Advertisement:", "advertisement"),
    (drop_advertisement, "Advertisement revenue fell 8% in the quarter.", None),
    (drop_newsletter_prompt, "Sign up for Daily Newsletters Manage Newsletters", "newsletter_prompt"),
    (drop_newsletter_prompt, "The newsletter was founded in 1998.", None),
    (drop_newsletter_prompt, "Want more deals? Join the IGN Deals Newsletter.", "newsletter_prompt"),
    (drop_newsletter_prompt, "Click here to subscribe to The Paradigm Newsletter", "newsletter_prompt"),
    (drop_newsletter_prompt, "Get every new post delivered to your Inbox.", "newsletter_prompt"),
    (drop_newsletter_prompt, "Get Email Updates", "newsletter_prompt"),
    (drop_newsletter_prompt, "Subscribe to Seth's Blog", "newsletter_prompt"),
    (drop_newsletter_prompt, "SUBSCRIBE NOW", "newsletter_prompt"),
    (drop_newsletter_prompt, "Assine nossa newsletter", "newsletter_prompt"),
    (drop_newsletter_prompt, "Get rid of the spam in your inbox by setting filters.", None),
    (drop_newsletter_prompt, "Get a pizza delivered in 30 minutes, the company promised.", None),
    (drop_newsletter_prompt, "Get my posts straight to your InBox!", "newsletter_prompt"),
    (drop_newsletter_prompt, "Get Screen Rant news sent to your inbox", "newsletter_prompt"),
    (drop_newsletter_prompt, "We get a lot of email in our inbox every day.", None),
    (drop_newsletter_prompt, "He told readers to sign up for the newsletter, which was popular.", None),
    (drop_newsletter_prompt, "Subscribers rose 8% in the quarter.", None),
    (drop_newsletter_prompt, "Sign up for our newsletter. It is free.", "newsletter_prompt"),
    (drop_cookie_notice, "We use cookies to improve your experience on our website.", "cookie_notice"),
    (drop_cookie_notice, "This website is using cookies.", "cookie_notice"),
    (drop_cookie_notice, "Utilizziamo i cookie per offrirti la migliore esperienza.", "cookie_notice"),
    (drop_cookie_notice, "By continuing to use this site, you agree to our use of cookies.", "cookie_notice"),
    (drop_cookie_notice, "By clicking Subscribe you agree to our Privacy Policy.", "cookie_notice"),
    (drop_cookie_notice, "Cookie Settings", "cookie_notice"),
    (drop_cookie_notice, "Privacy & Cookies", "cookie_notice"),
    (drop_cookie_notice, "Google uses cookies to track users, the report said.", None),
    (drop_cookie_notice, "By using the app, users agree to its privacy policy, critics said.", None),
    (drop_cookie_notice, "Cookies were served after the ceremony.", None),
    (drop_share_bar, "Share Tweet Email", "share_bar"),
    (drop_share_bar, "Follow @politicalticker Follow @danmericacnn", "share_bar"),
    (drop_share_bar, "Share prices rose sharply on Tuesday.", None),
    (drop_share_bar, "Share this:", "share_bar"),
    (drop_share_bar, "Share this article", "share_bar"),
    (drop_share_bar, "Share: Email Facebook Twitter Print", "share_bar"),
    (drop_share_bar, "Share | Print | Comments", "share_bar"),
    (drop_share_bar, "Share on Facebook", "share_bar"),
    (drop_share_bar, "Share this with Messenger", "share_bar"),
    (drop_share_bar, "Click to share on Twitter (Opens in new window)", "share_bar"),
    (drop_share_bar, "Share on Facebook Share on Twitter Share on Linkedin Share via Email", "share_bar"),
    (drop_share_bar, "Post to Tumblr.", "share_bar"),
    (drop_share_bar, "Compartilhe no WhatsApp", "share_bar"),
    (drop_share_bar, "Share on Facebook what you think of the plan.", None),
    (drop_share_bar, "Post to Facebook was deleted an hour later.", None),
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
