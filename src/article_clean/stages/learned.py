"""Drop the lines a learned site profile lists: the chrome that recurs across a site's stories.

The profile comes from `learn_profile` (or `article-clean learn`) and is passed as `clean_article(raw,
profile=…)`; without one this stage does nothing. Lines are compared by shape (`line_shape`), so a footer
whose year changes is still recognised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from article_clean.errors import DropReason
from article_clean.profiles.learned import line_shape, site_of

if TYPE_CHECKING:
    from article_clean.draft import Draft

__all__ = ["drop_learned_boilerplate"]


def drop_learned_boilerplate(draft: Draft) -> None:
    """Drop every body line whose shape the learned profile lists for the page's site."""
    profile = draft.config.profile
    if profile is None:
        return
    shapes = profile.lines_for(site_of(draft.config.site) or site_of(draft.meta.url))
    if not shapes:
        return
    for block in draft.blocks:
        if line_shape(block.text) in shapes:
            draft.drop(block, DropReason.LEARNED_BOILERPLATE)
