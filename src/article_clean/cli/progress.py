"""A one-line progress report on standard error: records done, errors, pages per second."""

from __future__ import annotations

import time
from typing import TextIO

__all__ = ["Progress"]

#: Seconds between redraws: often enough to look alive, rarely enough to cost nothing.
_EVERY = 0.2


class Progress:
    """Counts records and redraws one status line on a terminal; silent when `enabled` is False."""

    def __init__(self, stream: TextIO, *, enabled: bool) -> None:
        """Report on `stream` if `enabled` (a terminal, and not --quiet)."""
        self.stream, self.enabled = stream, enabled
        self.done = self.failed = 0
        self.start = self.drawn = time.monotonic()

    def step(self, *, failed: bool) -> None:
        """Count one record."""
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if self.enabled and now - self.drawn >= _EVERY:
            self.drawn = now
            self._draw(now)

    def message(self, line: str) -> None:
        """Write a line (an error report) without garbling the status line."""
        self.stream.write(("\r\x1b[2K" if self.enabled else "") + line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Draw the final count and end the line."""
        if self.enabled:
            self._draw(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        errors = f", {self.failed} failed" if self.failed else ""
        self.stream.write(f"\r\x1b[2K{self.done} pages{errors}, {rate:,.1f} pages/s")
        self.stream.flush()
