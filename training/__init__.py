"""Reproducible training and evaluation of the line classifier that the `classify_lines` stage ships."""
