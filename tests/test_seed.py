"""The seed article must come out exactly right: metadata, 12 paragraphs, one 15-item gallery, one video."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from article_clean import Article, DropReason, clean_article


@pytest.fixture(scope="module")
def seed(seed_raw: str) -> Article:
    """The seed article, cleaned once for the module."""
    return clean_article(seed_raw)


def test_metadata(seed: Article) -> None:
    """Title, kicker, authors, publisher, dateline and dates are read from the header and the lede."""
    assert seed.title == "Syrian regime recaptures ancient city of Palmyra from ISIS"
    assert seed.kicker == "Breaking News"
    assert seed.authors == ("Lonzo Cook", "Hamdi Alkhshali")
    assert seed.publisher == "CNN"
    assert seed.dateline == "CNN"
    assert seed.published == date(2017, 3, 2)


def test_updated_is_eastern_standard_time(seed: Article) -> None:
    """A time in ET on 2 March 2017, before daylight saving began, has the offset -05:00."""
    assert seed.updated == datetime(2017, 3, 2, 22, 43, tzinfo=timezone(timedelta(hours=-5)))
    assert seed.model_dump(mode="json")["updated"] == "2017-03-02T22:43:00-05:00"


def test_highlights(seed: Article) -> None:
    """Both story highlights are read, without their bullets."""
    assert seed.highlights == (
        "Control over the city has passed from the regime to ISIS and back again a number of times",
        "At one point, ISIS says, it started demolishing ancient ruins in the city",
    )


def test_body_is_exactly_the_twelve_paragraphs(seed: Article) -> None:
    """The body runs from the lede to the SOHR quote, including the three paragraphs after the gallery."""
    texts = [paragraph.text for paragraph in seed.paragraphs]
    assert len(texts) == 12
    assert texts[0].startswith("Syrian government forces have recaptured the city of Palmyra")
    assert texts[5].startswith("Kremlin spokesman Dmitry Peskov said")
    assert texts[6] == "Control over the city has passed from the regime to ISIS and back again a number of times."
    assert texts[-1].startswith("Rami Abdulrahman, the founder of SOHR,")
    assert all(paragraph.kind == "paragraph" for paragraph in seed.paragraphs)


@pytest.mark.parametrize(
    "furniture",
    ["Read More", "JUST WATCHED", "Replay", "Hide Caption", "1 of 15", "Photos:", "Chat with us", "RESTRICTED", "&"],
)
def test_no_furniture_in_body(seed: Article, furniture: str) -> None:
    """No player, gallery or promo text, and no entity, is left in the body."""
    assert furniture not in seed.text


def test_one_gallery_of_fifteen_items_in_order(seed: Article) -> None:
    """The gallery keeps its title and each of its 15 items once, in order."""
    (gallery,) = seed.galleries
    assert gallery.title == "How ISIS ravaged Palmyra's world treasures"
    assert [item.index for item in gallery.items] == list(range(1, 16))
    assert {item.total for item in gallery.items} == {15}
    assert len({item.caption for item in gallery.items}) == 15


def test_captions_are_decoded(seed: Article) -> None:
    """Captions are plain text: entities decoded and tags removed."""
    items = seed.galleries[0].items
    assert "what's left of the Temple of Baalshamin" in items[1].caption
    assert '"historic value"' in items[10].caption
    for item in items:
        assert "&" not in item.caption
        assert "<" not in item.caption


def test_labels_only_on_before_and_after_items(seed: Article) -> None:
    """Items 1–6 carry Before/After labels from their bold markup; item 9 merely starts with "Before"."""
    items = seed.galleries[0].items
    assert [item.label for item in items[:6]] == ["Before", "After"] * 3
    assert all(item.label is None for item in items[6:])
    assert items[8].caption.startswith("Before ISIS invaded")
    assert items[0].caption.startswith("The ruins of the 2,000-year-old Temple of Baalshamin")


def test_links_recovered_from_caption_markup(seed: Article) -> None:
    """Links of items 1, 2 and 11 come from the escaped HTML, with their entities decoded."""
    items = seed.galleries[0].items
    assert [link.href for link in items[0].links] == ["http://whc.unesco.org/en/list/23"]
    assert items[0].links[0].text == "World Heritage Site."
    assert [link.href for link in items[1].links] == [
        "http://www.cnn.com/2016/03/28/middleeast/isis-palmyra-treasures-destroyed/index.html"
    ]
    assert [link.href for link in items[10].links] == ["http://www.dgam.gov.sy/index.php?d=314&id=1957"]
    assert sum(len(item.links) for item in items) == 3


def test_captions_never_in_body(seed: Article) -> None:
    """No caption appears among the body paragraphs."""
    body = {paragraph.text for paragraph in seed.paragraphs}
    assert not body & {item.caption for item in seed.galleries[0].items}


def test_one_video(seed: Article) -> None:
    """The player becomes one video; its repeated titles and controls are dropped."""
    assert [video.title for video in seed.videos] == ["Saving Palmyra's treasures destroyed by ISIS"]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds.", "promo"),
        ("Read More", "read_more"),
        ("JUST WATCHED", "video_player"),
        ("MUST WATCH", "video_player"),
        ("(8 Videos)", "video_player"),
        ("Story highlights", "section_label"),
    ],
)
def test_audit_trail_names_reason_and_filter(seed: Article, text: str, reason: str) -> None:
    """Each removed line is recorded with its stable reason code and the stage that removed it."""
    matches = [record for record in seed.dropped if record.text == text]
    assert matches
    assert {record.reason.value for record in matches} == {reason}
    assert all(record.filter for record in matches)


def test_every_gallery_line_is_accounted_for(seed: Article) -> None:
    """15 "Hide Caption" lines, 14 repeated titles, 15 duplicate captions and the thumbnail strip are dropped."""
    reasons = [record.reason for record in seed.dropped]
    assert reasons.count(DropReason.GALLERY_CONTROL) == 15
    assert reasons.count(DropReason.REPEATED_GALLERY_TITLE) == 14
    assert reasons.count(DropReason.DUPLICATE_CAPTION) == 15
    assert reasons.count(DropReason.GALLERY_THUMBNAILS) == 1
