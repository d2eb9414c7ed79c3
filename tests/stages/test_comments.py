"""A reader comment section is cut from its heading on, and only where the lines below it read as comments."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from article_clean import clean_article
from article_clean.stages.comments import drop_comment_section, is_comment_heading
from tests.helpers import body, reasons, run

ARTICLE = [
    "The council approved the new bridge on Monday after a year of debate.",
    "Work starts in the spring and should take two years, the mayor said.",
]


def test_wordpress_responses_are_cut() -> None:
    """WordPress: "N Responses to “title”", then each comment under a name and a dated stamp."""
    comments = [
        "3 Responses to “The bridge is approved”",
        "Ann Lee says:",
        "October 15, 2012 at 6:24 am",
        "About time. The old one has been closed for months.",
        "Bob says:",
        "October 15, 2012 at 10:33 am",
        "I will miss the ferry.",
    ]
    draft = run(drop_comment_section, *ARTICLE, *comments)
    assert body(draft) == ARTICLE
    assert reasons(draft) == ["comments"] * len(comments)
    assert [item.text for item in draft.dropped] == comments  # the audit trail keeps every line


def test_blogger_comments_are_cut() -> None:
    """Blogger's "N comments:", "<name> said...", the comment, then its date."""
    comments = ["2 comments:", "tRiSh said...", "Thanks, I needed that.", "September 10, 2012 4:45 AM"]
    comments += ["Ankita said...", "Wish I could think this way :)", "September 10, 2012 6:14 AM"]
    assert body(run(drop_comment_section, *ARTICLE, *comments)) == ARTICLE


def test_comment_form_is_cut_with_the_sidebar_after_it() -> None:
    """A comment form without comments: its fields are enough."""
    tail = ["Leave a Reply", "Click here to cancel reply.", "Name *", "Email *", "Website", "Recent Posts"]
    assert body(run(drop_comment_section, *ARTICLE, *tail)) == ARTICLE
    tail = ["Leave a Comment", "Name (required)", "Email: (never displayed) *", "Comment: *", "Popular Posts"]
    assert body(run(drop_comment_section, *ARTICLE, *tail)) == ARTICLE


@pytest.mark.parametrize(
    ("heading", "control"),
    [
        ("Lascia un commento", "Devi essere connesso per inviare un commento."),
        ("Deixe um comentário", "Você precisa fazer login para publicar um comentário."),
        ("Schreibe einen Kommentar", "Du musst angemeldet sein, um einen Kommentar abzugeben."),
        ("Laisser un commentaire", "Vous devez vous connecter pour publier un commentaire."),
        ("Leave a Reply", "You must be logged in to post a comment."),
    ],
)
def test_a_comment_form_for_members_only_is_cut_in_any_language(heading: str, control: str) -> None:
    """The blogging platforms' prompt and their "you must be logged in" line, in the languages they ship."""
    assert body(run(drop_comment_section, *ARTICLE, heading, control, "Recent Posts")) == ARTICLE


def test_a_comment_with_its_controls_is_cut() -> None:
    """One comment is enough when a comment control ("Reply") stands among the lines."""
    tail = ["15 comments to The bridge is approved", "On November 1, 2012 at 10:12 am Maggie said:"]
    tail += ["Finally some good news from the council.", "Reply"]
    assert body(run(drop_comment_section, *ARTICLE, *tail)) == ARTICLE


def test_a_post_s_own_bylines_are_not_two_comments() -> None:
    """Regression: "Comments" ended a blog's menu, and the post's two bylines below it read as two comments' stamps."""
    menu = ["Would direct U.S.-Iran talks be bad for Israel?", "Archives", "Comments"]
    post = ["Posted by Max Fisher on October 29, 2012 at 6:48 pm", "Print", "Share:", *ARTICLE]
    lines = [*menu, "A video of Haiti's camps after Sandy", *post, "By Max Fisher October 29, 2012"]
    assert body(run(drop_comment_section, *lines)) == lines


def test_the_page_s_headline_below_a_menu_s_comments_is_the_post() -> None:
    """Regression: a menu's "Comments" above the post's headline is no comment section.

    Below it the post's byline and the next post's, by another author, read as two comments' stamps; the page's own
    headline below the "Comments" shows the post.
    """
    title = "Swedish town exports its unemployed to Norway"
    menu = ["Would direct U.S.-Iran talks be bad for Israel? The talks open in Geneva.", "Archives", "Comments"]
    post = ["Posted by Olga Khazan on October 31, 2012 at 5:30 pm", "Print", "Share:", *ARTICLE]
    after = ["Photos: Halloween in Hong Kong", "By Max Fisher October 31, 2012"]
    paragraphs = "".join(f"<p>{line}</p>" for line in [*post, *after])
    page = f"<html><head><title>{title}</title></head><body><p>{'</p><p>'.join(menu)}</p>"
    article = clean_article(f"{page}<h1>{title}</h1>{paragraphs}</body></html>")
    assert "comments" not in {d.reason.value for d in article.dropped}
    assert all(sentence in article.text for sentence in ARTICLE)


@pytest.mark.parametrize(
    "first", ["Swedish town exports its unemployed to Norway", "Swedish town exports its unemployed to Norway - Blogs"]
)
def test_the_headline_a_dump_opens_with_below_a_menu_s_comments_is_the_post(first: str) -> None:
    """Regression: a dump's first line, its `<title>`, names the headline; its repeat below a menu's "Comments".

    The `<title>` holds the headline alone or with the site's name; the line repeating it below a menu's "Comments"
    shows the post, though no title was read yet.
    """
    title = "Swedish town exports its unemployed to Norway"
    menu = ["Would direct U.S.-Iran talks be bad for Israel? The talks open in Geneva.", "Archives", "Comments"]
    post = ["Posted by Olga Khazan on October 31, 2012 at 5:30 pm", "Print", "Share:", *ARTICLE]
    after = ["Photos: Halloween in Hong Kong", "By Max Fisher October 31, 2012"]
    lines = [first, *menu, title, *post, *after]
    assert body(run(drop_comment_section, *lines)) == lines


def test_without_the_headline_below_the_same_lines_are_comments() -> None:
    """The headline is what tells the post: the same stamps under a "Comments" after prose are two comments."""
    lines = [*ARTICLE, "Comments", "Posted by Olga Khazan on October 31, 2012 at 5:30 pm", "Lovely town."]
    lines += ["By Max Fisher October 31, 2012", "I agree."]
    assert body(run(drop_comment_section, *lines)) == ARTICLE


@pytest.mark.parametrize("name", ["Anonymous", "Max Fisher | Reply"])
def test_stamps_of_one_signature_are_comments_when_unnamed_or_with_controls(name: str) -> None:
    """Two comments signed "Anonymous", or stamps that carry a comment's controls, are still a comment section."""
    tail = ["Comments (2)", "I love this band.", f"Posted by {name} | November 12, 2012 6:50 PM", "Me too."]
    tail += [f"Posted by {name} | November 12, 2012 7:07 PM"]
    assert body(run(drop_comment_section, *ARTICLE, *tail)) == ARTICLE


def test_count_above_the_article_is_kept() -> None:
    """A comment count under the headline comes before any prose: it does not open a comment section."""
    lines = ["Bridge approved", "56 comments", "24 Jul 2012", "Posted by Ann Lee on July 24, 2012", *ARTICLE]
    lines += ["Reply to the council by July 30, 2012 if you object."]
    draft = run(drop_comment_section, *lines)
    assert body(draft) == lines
    assert reasons(draft) == []


def test_count_without_comments_below_is_kept() -> None:
    """A heading followed by related links, not comments, is left to the other stages."""
    lines = [*ARTICLE, "12 comments", "More from the city desk", "Road works on Main Street", "New school opens"]
    assert body(run(drop_comment_section, *lines)) == lines


def test_one_run_of_stamps_is_not_enough() -> None:
    """A byline with its dates (one run of stamps) under a count is not two comments."""
    lines = [*ARTICLE, "4 comments", "Posted by Ann Lee on May 2, 2012", "Updated May 3, 2012"]
    lines += ["The second phase of the works was approved too.", "It adds a cycle lane."]
    assert body(run(drop_comment_section, *lines)) == lines


@pytest.mark.parametrize(
    "sentence",
    [
        "12 replies to the survey said the bridge was needed, officials said.",
        "No comments were made by the mayor's office.",
        "Discussion of the plan took four hours.",
    ],
)
def test_prose_that_mentions_comments_is_kept(sentence: str) -> None:
    """Only a whole-line heading opens a section, never a sentence that mentions comments."""
    lines = [*ARTICLE, sentence, "Ann Lee said:", "May 2, 2012", "It will open in 2014.", "Bob said:", "May 3, 2012"]
    assert body(run(drop_comment_section, *lines)) == lines


def test_clean_article_drops_a_comment_section_and_says_why() -> None:
    """Through the default pipeline the comments are out of the body and in `dropped` with their reason."""
    comments = ["2 Responses to “Bridge approved”", "Ann Lee says:", "October 15, 2012 at 6:24 am"]
    comments += ["About time, the old one has been closed for months now.", "Reply"]
    raw = "\n\n".join([*ARTICLE, *comments])
    doc = clean_article(raw)
    assert [paragraph.text for paragraph in doc.paragraphs] == ARTICLE
    assert {item.text for item in doc.dropped if item.reason == "comments"} == set(comments)


def test_share_bar_under_a_comments_link_is_kept() -> None:
    """Regression: "Comments / Print / Email" is a share bar above the article; a bare "Email" is no form field."""
    lines = [*ARTICLE, "Comments", "Print", "Email", "The bridge will cost 40 million dollars, paid by the state."]
    lines += ["Posted on May 2, 2012", "It opens in 2014.", "Work starts in spring."]
    assert body(run(drop_comment_section, *lines)) == lines


def test_numbered_list_of_dated_posts_is_kept() -> None:
    """Regression: "208. Response to …" numbers a list item; it is no count of responses."""
    lines = [*ARTICLE, "207. Is This the Best They Can Do? (May 21, 2007)"]
    lines += ["208. Response to Kmiec -- What Does it Mean? (May 21, 2007)", "209. Written Statement (May 23, 2007)"]
    lines += ["210. The Crisis Within (May 27, 2007)", "211. Politicizing the Courts (May 29, 2007)"]
    assert body(run(drop_comment_section, *lines)) == lines


@pytest.mark.parametrize(
    "heading",
    ["3 Responses to “Did they attack other religions?”", "46 Comments on “Can 187,586 Buyers Be Wrong? So...”"],
)
def test_heading_quoting_a_title_that_ends_like_a_sentence(heading: str) -> None:
    """Regression: the quoted title may end in "?" or "..."; the heading is still a heading."""
    tail = [heading, "C. Wingate says:", "August 9, 2012, at 1:23 pm", "Ouch.", "JoeMerl says:", "August 9, 2012"]
    assert body(run(drop_comment_section, *ARTICLE, *tail)) == ARTICLE


def test_a_prompt_followed_by_the_count_opens_a_section() -> None:
    """Regression: "Post a Comment 106 Comments and 18 Replies" heads a food blog's 106 comments."""
    tail = ["Post a Comment 106 Comments and 18 Replies", "I just caught this episode the other day!"]
    tail += ["Georgia Mimi54 On Friday, November 2 at 12:30 pm", "Reply", "Oh chocolate, yes!", "Reply"]
    assert body(run(drop_comment_section, *ARTICLE, *tail)) == ARTICLE
    assert not is_comment_heading("Post a comment on the 12 comments of the mayor, the council said.")


def test_a_heading_is_not_the_prose_a_section_must_follow() -> None:
    """Regression (found by the property below): a heading quoting a question counted as prose before."""
    lines = ["3 Responses to “Did they attack?”", "12 comments", "Ann Lee says:", "12 comments", "Ann Lee says:"]
    assert body(run(drop_comment_section, *lines)) == lines


#: Lines of every kind the stage reads: headings, stamps, controls, form fields, prose, labels.
LINE_KINDS = [
    "12 comments",
    "3 Responses to “Did they attack?”",
    "Leave a Reply",
    "Post a Comment 106 Comments and 18 Replies",
    "Comments",
    "Ann Lee says:",
    "Bob said...",
    "October 15, 2012 at 6:24 am",
    "Reply",
    "Name *",
    "Email",
    "The council approved the new bridge on Monday after a year of debate.",
    "It opens in 2014.",
    "More from the city desk",
]


@given(st.lists(st.sampled_from(LINE_KINDS), max_size=60))
def test_only_a_tail_opened_by_a_heading_after_prose_is_dropped(lines: list[str]) -> None:
    """Whatever the mix of lines, the stage keeps a prefix, and what it drops starts with a heading after prose."""
    draft = run(drop_comment_section, *lines)
    kept = body(draft)
    assert kept == lines[: len(kept)]
    if len(kept) < len(lines):
        assert is_comment_heading(lines[len(kept)])
        assert any(line.endswith(".") and len(line.split()) >= 4 for line in kept)
        assert reasons(draft) == ["comments"] * (len(lines) - len(kept))


@pytest.mark.parametrize(
    "meta",
    [
        "Filed under: Travel | 48 Comments »",
        "Posted by Ann Lee | Permalink | 2 Comments | Trackback",
        "Print This Post • 4 Comments",
    ],
)
def test_a_meta_line_ending_in_its_count_opens_the_section(meta: str) -> None:
    """A post's meta line whose last parts count its comments heads them like a heading of its own."""
    tail = [meta, "August 9th, 2012 at 8:38 am", "infamousdx said,", "Which hotels did you stay at?"]
    tail += ["August 9th, 2012 at 8:41 am", "Kevin said,", "Agree with all of your choices."]
    assert body(run(drop_comment_section, *ARTICLE, *tail)) == ARTICLE


@pytest.mark.parametrize("heading", ["sound off (78 Responses)", "8 appreciated comments on “New work”"])
def test_a_labelled_count_opens_the_section(heading: str) -> None:
    """A count in parentheses after a label, or with a word between the number and the noun, is a heading."""
    tail = [heading, "Jamie Wayne, on November 7th, 2012 // Twitter: @jamie", "Well done on this project!"]
    tail += ["Luke, on November 7th, 2012", "Great work."]
    assert body(run(drop_comment_section, *ARTICLE, *tail)) == ARTICLE


def test_a_share_bar_with_a_comments_button_is_no_meta_line() -> None:
    """Only a counted part makes a meta line a heading: "Share | Print | Comments" names a button."""
    lines = [*ARTICLE, "Share | Print | Comments", "Posted on May 2, 2012", "It opens in 2014.", "Ann said:"]
    lines += ["May 3, 2012", "Work starts in spring."]
    assert body(run(drop_comment_section, *lines)) == lines
