"""Coverage-guided fuzzing of `clean_article` with atheris (libFuzzer): any exception or hang is a crash.

    make fuzz          # installs atheris, then runs for 60 s (FUZZ_SECONDS=600 make fuzz for longer)

which is `python fuzz/fuzz_clean.py -max_total_time=60 .fuzz-corpus fuzz/seeds`: libFuzzer grows the corpus in
`.fuzz-corpus` from the seeds in `fuzz/seeds`, and writes an input that crashes to `crash-<hash>`.

Each input is cleaned as `bytes` and as text, so both entry points are covered. A crash found here is copied to
`fixtures/fuzz/crash-<what>.bin`, which `tests/test_fuzz_regressions.py` cleans on every test run.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from article_clean import clean_article


def test_one_input(data: bytes) -> None:
    """Clean the input as bytes and as text; the library must return an Article, never raise."""
    clean_article(data)
    provider = atheris.FuzzedDataProvider(data)
    clean_article(provider.ConsumeUnicodeNoSurrogates(len(data)))
    clean_article(data.decode("utf-8", "surrogatepass") if _utf8(data) else data.decode("latin-1"))


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return False
    return True


def main() -> None:
    """Run libFuzzer with the command line's options."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
