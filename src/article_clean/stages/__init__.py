"""The built-in stages and their default order.

The order is data: `DEFAULT_STAGES` lists `(name, stage)` pairs, and `DEFAULT_PIPELINE` wraps them. Stage names
equal the names of the functions they run.
"""

from __future__ import annotations

from article_clean.pipeline import Pipeline, Stage, block_stage, text_stage
from article_clean.stages import boilerplate, markers, normalize
from article_clean.stages.about import drop_about_box
from article_clean.stages.captions import extract_captions
from article_clean.stages.classify import classify_lines
from article_clean.stages.comments import drop_comment_section
from article_clean.stages.dateline import extract_dateline
from article_clean.stages.dedupe import drop_caption_copies, drop_repeated_paragraphs
from article_clean.stages.flat import split_flat_galleries, split_flat_players, split_joined_furniture
from article_clean.stages.gallery import extract_galleries
from article_clean.stages.header import drop_above_headline, extract_header, read_opening_stamp
from article_clean.stages.highlights import extract_highlights
from article_clean.stages.html_meta import extract_html_metadata
from article_clean.stages.inline import decode_inline_markup
from article_clean.stages.learned import drop_learned_boilerplate
from article_clean.stages.limits import enforce_input_limits, split_long_blocks
from article_clean.stages.parse import parse
from article_clean.stages.publisher import apply_publisher_profiles
from article_clean.stages.related import drop_related_links, drop_related_list_tail
from article_clean.stages.repair import repair_mojibake
from article_clean.stages.tree import extract_figures, segment_html, strip_non_content
from article_clean.stages.video import extract_videos

__all__ = ["DEFAULT_PIPELINE", "DEFAULT_STAGES", "EXTRACTED_TEXT_PIPELINE"]

#: Every built-in stage, in the order the default pipeline runs them.
DEFAULT_STAGES: tuple[tuple[str, Stage], ...] = (
    ("enforce_input_limits", enforce_input_limits),
    ("repair_mojibake", repair_mojibake),
    ("parse", parse),
    ("extract_html_metadata", extract_html_metadata),
    ("strip_non_content", strip_non_content),
    ("extract_figures", extract_figures),
    ("segment_html", segment_html),
    ("split_long_blocks", split_long_blocks),
    ("decode_inline_markup", decode_inline_markup),
    *((fix.__name__, text_stage(fix)) for fix in normalize.ALL_TEXT_FIXES),
    ("split_flat_galleries", split_flat_galleries),
    ("split_flat_players", split_flat_players),
    ("split_joined_furniture", split_joined_furniture),
    ("mark_list_items", normalize.mark_list_items),
    ("drop_comment_section", drop_comment_section),
    ("drop_empty", block_stage(boilerplate.drop_empty)),
    ("drop_promo", block_stage(boilerplate.drop_promo)),
    ("drop_read_more", block_stage(boilerplate.drop_read_more)),
    ("drop_advertisement", block_stage(boilerplate.drop_advertisement)),
    ("drop_newsletter_prompt", block_stage(boilerplate.drop_newsletter_prompt)),
    ("drop_cookie_notice", block_stage(boilerplate.drop_cookie_notice)),
    ("drop_share_bar", block_stage(boilerplate.drop_share_bar)),
    ("drop_relative_time", block_stage(boilerplate.drop_relative_time)),
    ("drop_slideshow_control", block_stage(boilerplate.drop_slideshow_control)),
    ("drop_count_list", block_stage(boilerplate.drop_count_list)),
    ("drop_tag_line", block_stage(boilerplate.drop_tag_line)),
    ("drop_linked_headline", block_stage(boilerplate.drop_linked_headline)),
    ("drop_separator", block_stage(boilerplate.drop_separator)),
    ("apply_publisher_profiles", apply_publisher_profiles),
    ("drop_repeated_paragraphs", drop_repeated_paragraphs),
    ("extract_header", extract_header),
    ("drop_related_links", drop_related_links),
    ("drop_about_box", drop_about_box),
    ("extract_videos", extract_videos),
    ("extract_highlights", extract_highlights),
    ("extract_galleries", extract_galleries),
    ("drop_caption_copies", drop_caption_copies),
    ("extract_dateline", extract_dateline),
    ("drop_learned_boilerplate", drop_learned_boilerplate),
    ("classify_lines", classify_lines),
    ("extract_captions", extract_captions),
    ("drop_related_list_tail", drop_related_list_tail),
    ("read_opening_stamp", read_opening_stamp),
    ("drop_above_headline", drop_above_headline),
    ("drop_reading_time", block_stage(markers.drop_reading_time)),
    ("drop_share_label", block_stage(markers.drop_share_label)),
    ("drop_post_navigation", block_stage(markers.drop_post_navigation)),
    ("drop_ad_label", block_stage(markers.drop_ad_label)),
    ("drop_slideshow_notice", block_stage(markers.drop_slideshow_notice)),
    ("drop_comment_prompt", block_stage(markers.drop_comment_prompt)),
)

#: Dropping lines changes which lines stand next to each other, so the stages that read neighbours run again
#: while any of them changes something: the run ends at a fixed point, which keeps cleaning idempotent. Every
#: stage after the classifier is inside the span (captions lifted, the lines above the headline and the marker
#: lines dropped), so the classifier's last round sees exactly the lines kept: the page a second cleaning sees.
DEFAULT_REPEAT = ("drop_comment_section", "drop_comment_prompt")

#: The pipeline `clean_article` runs unless given another.
DEFAULT_PIPELINE = Pipeline(DEFAULT_STAGES, repeat=DEFAULT_REPEAT)

#: For text an extractor (newspaper, readability, boilerpipe...) already cut down to the article: every stage but
#: the line classifier, which judges lines by their place in a whole page and would cut list-like bodies that such
#: an extractor kept. The furniture filters and publisher profiles still remove the boilerplate extractors leak.
EXTRACTED_TEXT_PIPELINE = DEFAULT_PIPELINE.without("classify_lines")
