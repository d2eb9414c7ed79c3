"""`python -m article_clean`: the `article-clean` command line (see `article_clean.cli`)."""

from __future__ import annotations

from article_clean.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
