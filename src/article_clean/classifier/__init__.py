"""The line classifier: features of each line in its page, and a small tree model shipped with the library."""

from __future__ import annotations

from article_clean.classifier.model import LineModel, line_model

__all__ = ["LineModel", "line_model"]
