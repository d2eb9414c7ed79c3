"""Whole-line furniture is dropped with its reason; prose that mentions the same words is kept."""

from __future__ import annotations

import pytest

from article_clean import Block, BlockRule, clean_article
from article_clean.stages.boilerplate import (
    drop_advertisement,
    drop_cookie_notice,
    drop_count_list,
    drop_empty,
    drop_newsletter_prompt,
    drop_promo,
    drop_read_more,
    drop_relative_time,
    drop_share_bar,
    drop_slideshow_control,
    drop_tag_line,
)

NAV = "navigation"

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
    (drop_share_bar, "Print This Article Share it With Friends", "share_bar"),
    (drop_share_bar, "Email this article to a friend", "share_bar"),
    (drop_share_bar, "Like this story? Share it with a friend!", "share_bar"),
    (drop_share_bar, "Send to a Friend", "share_bar"),
    (drop_share_bar, "Save this story.", "share_bar"),
    (drop_share_bar, "Send", None),
    (drop_share_bar, "Email this to your senator today", None),
    (drop_share_bar, "Print this and keep it on the fridge.", None),
    (drop_share_bar, "Share on Facebook what you think of the plan.", None),
    (drop_share_bar, "Post to Facebook was deleted an hour later.", None),
    (drop_share_bar, "Email: press@example.com", None),
    (drop_share_bar, "Comments: 15", None),
    (drop_relative_time, "2 hrs ago", "relative_time"),
    (drop_relative_time, "Published 1 day ago", "relative_time"),
    (drop_relative_time, "Updated: about a minute ago", "relative_time"),
    (drop_relative_time, "há 2 horas", "relative_time"),
    (drop_relative_time, "vor 3 Stunden", "relative_time"),
    (drop_relative_time, "il y a 2 heures", "relative_time"),
    (drop_relative_time, "Two years ago the mill closed.", None),
    (drop_relative_time, "5 years ago today, the bridge fell", None),
    (drop_slideshow_control, "Enlarge Image", "gallery_control"),
    (drop_slideshow_control, "Enlarge This Image", "gallery_control"),
    (drop_slideshow_control, "click to enlarge", "gallery_control"),
    (drop_slideshow_control, "Image 1 of 13", "gallery_control"),
    (drop_slideshow_control, "52 Photos", "gallery_control"),
    (drop_slideshow_control, "Back to Gallery", "gallery_control"),
    (drop_slideshow_control, "View Slideshow »", "gallery_control"),
    (drop_slideshow_control, "Photo Gallery", "gallery_control"),
    (drop_slideshow_control, "Foto 2 de 9", "gallery_control"),
    (drop_slideshow_control, "The gallery opened in 1952.", None),
    (drop_slideshow_control, "52 photos of the flood were shown on Monday.", None),
    (drop_slideshow_control, "Slide 3 of 10: The harbour at dawn", None),
    (drop_slideshow_control, "Previous", None),
    (drop_slideshow_control, "Enlarge the park, residents said", None),
    (drop_count_list, "Archive June 2012 (4) May 2012 (9) April 2012 (13) March 2012 (2) February 2012 (7)", NAV),
    (drop_count_list, "Archives November (5) October (18) September (20) August (13) July (10) June (25)", NAV),
    (drop_count_list, "Categories Book Club (236) Giveaways! (45) Recipes (9) Faith at Home (112) Travel (3)", NAV),
    (
        drop_count_list,
        "Blog Archive 05/06/12 - 05/13/12 (11) 05/13/12 - 05/20/12 (7) 05/20/12 - 05/27/12 (3) "
        "05/27/12 - 06/03/12 (9) 06/03/12 - 06/10/12 (4)",
        NAV,
    ),
    (
        drop_count_list,
        "Twitter (17,951 followers) • Facebook (3,507 likes) • Flickr (4,218 contacts) • "
        "YouTube (1,200 subscribers) • Tumblr (88 followers)",
        NAV,
    ),
    (drop_count_list, "Archive June 2012 (4) May 2012 (9) April 2012 (13) March 2012 (2)", None),
    (drop_count_list, "Scorers: Smith (12), Jones (9), Brown (8), White (7) and Black (4) for the home side", None),
    (drop_count_list, "Votes went to Lee (40) and Kim (31) and Park (12) and Cho (9) and Yoon (3).", None),
    (drop_count_list, "Steps (1) mix (2) knead (3) rest (4) bake (5) serve", None),
    (
        drop_count_list,
        "The committee (5 members) met (2 hours) after the vote (3) and the recount (4) and (6)"
        " the appeals that the lawyers for the families of the victims had filed with the district court in the last"
        " two weeks of the session",
        None,
    ),
    (drop_tag_line, "Tags: Alibaba, Mobile Technology, Wireless LAN", "post_metadata"),
    (drop_tag_line, "Tagged as: eclipses, solar eclipse", "post_metadata"),
    (drop_tag_line, "Filed under: 2012 VP Pick • Mitt Romney • Ohio", "post_metadata"),
    (drop_tag_line, "Posted in: NFL Network | comments |", "post_metadata"),
    (drop_tag_line, "Related Topics:", "post_metadata"),
    (drop_tag_line, "Tags: U.S. politics, Election 2012", "post_metadata"),
    (drop_tag_line, "Schlagwörter: Bahn, Streik", "post_metadata"),
    (drop_tag_line, "Topics: the board discussed pay. Then it voted.", None),
    (drop_tag_line, "Filed under: Latest News The production of the car was halted. Demand fell.", None),
    (drop_tag_line, "Tags are sold at the counter: two dollars each", None),
    (drop_tag_line, "Tags: " + ", ".join(["word"] * 45), None),
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


def test_a_count_too_long_to_be_a_number_is_no_count() -> None:
    """Digits past what `int` reads from a string ("(999…9)", 5,000 of them) are no count, and raise nothing."""
    text = " ".join("Archive (" + "9" * 5000 + ")" for _ in range(6))
    assert drop_count_list(Block(text=text, line=1)) is None
    assert clean_article(f"The mayor opened the bridge on Monday.\n{text}").text.startswith("The mayor")
