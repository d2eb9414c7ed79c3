"""The documentation stays true to the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from article_clean import DEFAULT_PIPELINE, DropReason

ROOT = Path(__file__).resolve().parent.parent


def test_schema_page_is_current() -> None:
    """docs/document.md is what scripts/schema_doc.py renders from the schema today."""
    spec = importlib.util.spec_from_file_location("schema_doc", ROOT / "scripts" / "schema_doc.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "docs" / "document.md").read_text(encoding="utf-8") == module.render()


@pytest.mark.parametrize("name", DEFAULT_PIPELINE.names)
def test_every_stage_is_documented(name: str) -> None:
    """docs/filters.md has a row for every default stage."""
    assert f"| `{name}` |" in (ROOT / "docs" / "filters.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("reason", list(DropReason), ids=str)
def test_every_reason_is_documented(reason: DropReason) -> None:
    """docs/filters.md names every drop reason, and every reason has a description."""
    assert f"`{reason.value}`" in (ROOT / "docs" / "filters.md").read_text(encoding="utf-8")
    assert reason.description


def test_filters_table_is_in_pipeline_order() -> None:
    """The rows of docs/filters.md follow the order of the default pipeline."""
    text = (ROOT / "docs" / "filters.md").read_text(encoding="utf-8")
    positions = [text.index(f"| `{name}` |") for name in DEFAULT_PIPELINE.names]
    assert positions == sorted(positions)


def _readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_cli_excerpt_is_real_output() -> None:
    """The JSON shown in the README is the start of what the command line prints today."""
    import subprocess
    import sys

    excerpt = _readme().split("<!-- cli-output -->\n```json\n", 1)[1].split("```", 1)[0]
    result = subprocess.run(
        [sys.executable, "-m", "article_clean", "fixtures/seed/cnn-palmyra.txt"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.startswith(excerpt)


def test_ci_runs_the_readme_test_command() -> None:
    """.ci/run runs exactly the README's second command, the one that runs the tests."""
    commands = _readme().split("```sh\n", 1)[1].split("```", 1)[0].strip().splitlines()
    assert len(commands) == 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_cli_page_explain_excerpt_is_real_output() -> None:
    """The --explain lines shown in docs/cli.md are the start of what the command prints today."""
    import subprocess
    import sys

    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    excerpt = page.split("<!-- explain-output -->\n```text\n", 1)[1].split("```", 1)[0]
    result = subprocess.run(
        [sys.executable, "-m", "article_clean", "--explain", "fixtures/seed/cnn-palmyra.txt"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.startswith(excerpt)
