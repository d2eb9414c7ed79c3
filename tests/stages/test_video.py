"""Video players become Video records; their controls, title repeats and playlists are dropped."""

from __future__ import annotations

from article_clean import clean_article
from article_clean.stages.flat import split_flat_players
from article_clean.stages.video import extract_videos
from tests.helpers import body, reasons, run

PROSE = "The minister said on Monday that the talks would resume next week in Geneva."


def test_player_with_repeated_titles() -> None:
    """The seed's layout: title twice, JUST WATCHED, title, controls, count."""
    title = "Saving Palmyra's treasures destroyed by ISIS"
    draft = run(
        extract_videos,
        title,
        title,
        "JUST WATCHED",
        title,
        "Replay",
        "More Videos ...",
        "MUST WATCH",
        "(8 Videos)",
        PROSE,
    )
    assert [video.title for video in draft.videos] == [title]
    assert body(draft) == [PROSE]
    assert sorted(set(reasons(draft))) == ["duplicate_video_title", "video_player"]


def test_playlist_after_the_count_is_dropped() -> None:
    """A playlist opens with the playing title; the other titles are dropped as a playlist."""
    draft = run(
        extract_videos,
        "JUST WATCHED",
        "Trade talks going well",
        "Replay",
        "More Videos ...",
        "MUST WATCH",
        "(3 Videos)",
        "Trade talks going well",
        "China censors a lot",
        "US blacklists 28 companies",
        "(CNN) President Donald Trump made an unscheduled trip to the hospital on Saturday.",
    )
    assert [video.title for video in draft.videos] == ["Trade talks going well"]
    assert reasons(draft).count("video_playlist") == 2
    assert body(draft) == ["(CNN) President Donald Trump made an unscheduled trip to the hospital on Saturday."]


def test_text_after_count_without_playlist_stays() -> None:
    """Lines after the count stay unless they start with the playing title."""
    draft = run(extract_videos, "JUST WATCHED", "A video", "Replay", "(8 Videos)", "Story highlights", PROSE)
    assert body(draft) == ["Story highlights", PROSE]


def test_flattened_player_with_duration() -> None:
    """A player flattened onto one line gives its title and running time."""
    draft = run(
        extract_videos,
        "JUST WATCHED Egypt's churches looted Replay More Videos ... MUST WATCH Egypt's churches looted 01:59",
        PROSE,
    )
    assert [(v.title, v.duration_seconds) for v in draft.videos] == [("Egypt's churches looted", 119)]
    assert body(draft) == [PROSE]


def test_flattened_player_without_trailing_title() -> None:
    """A flattened player cut after MUST WATCH still gives its title."""
    draft = run(extract_videos, "JUST WATCHED Paralyzed man walks Replay More Videos ... MUST WATCH")
    assert [video.title for video in draft.videos] == ["Paralyzed man walks"]


def test_same_video_twice_is_listed_once() -> None:
    """Two players of one video give one Video."""
    line = "JUST WATCHED A video Replay More Videos ... MUST WATCH A video 00:30"
    draft = run(extract_videos, line, PROSE, line)
    assert len(draft.videos) == 1


def test_prose_about_watching_is_kept() -> None:
    """Prose that mentions watching or replays is not a player."""
    lines = ["Just watched the game, he said.", "Replay the video to see the goal again, she told viewers."]
    draft = run(extract_videos, *lines)
    assert body(draft) == lines
    assert draft.videos == []


def test_playlist_ends_at_the_first_line_that_is_not_a_title() -> None:
    """A playlist stops at prose even before it has as many titles as the count announced."""
    draft = run(
        extract_videos, "JUST WATCHED", "A video", "(5 Videos)", "A video", "Another video", PROSE, "Yet another video"
    )
    assert reasons(draft).count("video_playlist") == 1
    assert body(draft) == [PROSE, "Yet another video"]


def test_flattened_player_without_a_title_is_left() -> None:
    """A one-line player with no title between its controls is not a video."""
    line = "JUST WATCHED Replay More Videos ... MUST WATCH"
    draft = run(extract_videos, line)
    assert draft.videos == []
    assert body(draft) == [line]


def test_lone_anchor_is_dropped() -> None:
    """A JUST WATCHED line with no title after it is still player furniture."""
    draft = run(extract_videos, "JUST WATCHED", "JUST WATCHED", "A video", PROSE)
    assert [video.title for video in draft.videos] == ["A video"]
    assert body(draft) == [PROSE]
    assert reasons(draft) == ["video_player", "video_player"]


JOINED_PLAYER = (
    "JUST WATCHED Army: 'Sharp weapons' used Replay More Videos ... MUST WATCH Army: 'Sharp weapons' used 01:55"
)


def test_player_joined_into_a_paragraph_is_cut_out() -> None:
    """Scrapers that join every line put players mid-paragraph; the text on both sides stays in the body."""
    before, after = "Six attackers were killed, officials said.", "The photos were posted on Amaq."
    draft = run(split_flat_players, f"{before} {JOINED_PLAYER} {JOINED_PLAYER} {after}")
    assert body(draft) == [before, JOINED_PLAYER, JOINED_PLAYER, after]
    extract_videos(draft)
    draft.sweep()
    assert [(video.title, video.duration_seconds) for video in draft.videos] == [("Army: 'Sharp weapons' used", 115)]
    assert body(draft) == [before, after]


def test_player_without_its_title_repeat_ends_at_must_watch() -> None:
    """A joined player whose title is not repeated ends after MUST WATCH; the next sentence is body."""
    draft = run(split_flat_players, f"{PROSE} JUST WATCHED Toobin: A bad day Replay More Videos ... MUST WATCH {PROSE}")
    assert body(draft) == [PROSE, "JUST WATCHED Toobin: A bad day Replay More Videos ... MUST WATCH", PROSE]


def test_words_of_a_player_in_prose_are_not_cut() -> None:
    """Prose that uses the words in lower case, or a player alone on its line, is left as it is."""
    prose = f"{PROSE} I just watched the replay more videos than once; a must watch."
    assert body(run(split_flat_players, prose, JOINED_PLAYER)) == [prose, JOINED_PLAYER]


def test_joined_player_in_a_whole_article_on_one_line() -> None:
    """End to end: the video is data, both sides of it are body, and cleaning again changes nothing."""
    article = clean_article(f"{PROSE} {JOINED_PLAYER} {PROSE.replace('Monday', 'Tuesday')}")
    assert [video.title for video in article.videos] == ["Army: 'Sharp weapons' used"]
    assert article.text == f"{PROSE}\n\n{PROSE.replace('Monday', 'Tuesday')}"
    assert clean_article(article.text).text == article.text
