"""Apply publisher profiles: each profile's furniture lines are dropped, its caption and video lines become data.

The rules are whole-line patterns written as data in `article_clean/profiles/*.json`, one file per publisher, so
a sentence that only mentions a publisher's furniture ("the advertisement ran on Fox") is never touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean.document import Gallery, GalleryItem, Video
from article_clean.profiles import compile_profiles
from article_clean.stages._shape import key

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["apply_publisher_profiles"]


def apply_publisher_profiles(draft: Draft) -> None:
    """Drop, or lift into galleries and videos, every body line a profile of `draft.config.profiles` describes."""
    compiled = compile_profiles(draft.config.profiles)
    captions: list[tuple[str, str | None]] = []
    for block in draft.blocks:
        caption = compiled.caption(block.text)
        title = None if caption else compiled.video(block.text)
        reason = None if caption or title else compiled.drop_reason(block.text)
        if caption:
            captions.append(caption)
            draft.place(block, "galleries")
        elif title:
            if all(key(video.title) != key(title) for video in draft.videos):
                draft.videos.append(Video(title=title))
            draft.place(block, "videos")
        elif reason:
            draft.drop(block, reason)
    if captions:
        items = tuple(
            GalleryItem(index=index, total=len(captions), caption=text, credit=credit)
            for index, (text, credit) in enumerate(captions, start=1)
        )
        draft.galleries.append(Gallery(items=items))
