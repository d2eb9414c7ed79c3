# Convenience targets; each works on a fresh clone with only Python 3.11+ and pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test check bench fuzz

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

demo: $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/python -m article_clean fixtures/seed/cnn-palmyra.txt

test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/python -m pytest

check: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	scripts/check

bench: $(BIN)/python
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python benchmarks/accuracy.py
	$(BIN)/python benchmarks/speed.py

fuzz: $(BIN)/python
	$(BIN)/pip install -q -e '.[fuzz]'
	mkdir -p .fuzz-corpus
	$(BIN)/python fuzz/fuzz_clean.py -max_total_time=$${FUZZ_SECONDS:-60} -rss_limit_mb=4096 .fuzz-corpus fuzz/seeds
