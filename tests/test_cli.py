"""The article-clean command: real runs over fixture files, in a subprocess where the process boundary matters."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from article_clean import Article, clean_article
from article_clean.cli import main
from tests.conftest import FIXTURES

if TYPE_CHECKING:
    from pathlib import Path

SEED = FIXTURES / "seed" / "cnn-palmyra.txt"
ROWS = [
    {"id": "r1", "text": "First story body here, long enough to keep.\nRead More", "url": "https://www.example.com/1"},
    {"id": "r2", "body": "no text field"},
    {"id": "r3", "text": "Last story body here, long enough to keep."},
]


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "article_clean", *args], input=stdin, capture_output=True, check=False)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder with a text page, a gzipped HTML page in a subfolder, and a JSONL file with a bad row."""
    (tmp_path / "pages" / "html").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "pages" / "a-seed.txt")
    shutil.copy(FIXTURES / "pages" / "wday-russian.html.gz", tmp_path / "pages" / "html" / "b-wday.html.gz")
    lines = [json.dumps(row) for row in ROWS]
    (tmp_path / "rows.jsonl").write_text("\n".join([lines[0], "not json", *lines[1:]]) + "\n", encoding="utf-8")
    return tmp_path


def test_jsonl_output_has_one_record_per_input_in_order_with_ids_and_errors(corpus: Path) -> None:
    """Jsonl output has one record per input in order with ids and errors."""
    result = _run(str(corpus / "pages"), str(corpus / "rows.jsonl"), str(corpus / "missing.txt"), "-f", "jsonl")
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [record["id"] for record in records] == [
        str(corpus / "pages" / "a-seed.txt"),
        str(corpus / "pages" / "html" / "b-wday.html.gz"),
        "r1",
        f"{corpus / 'rows.jsonl'}:2",
        "r2",
        "r3",
        str(corpus / "missing.txt"),
    ]
    assert Article.model_validate(records[0]["article"]) == clean_article(SEED.read_bytes())
    assert records[2]["url"] == "https://www.example.com/1"
    assert records[2]["article"]["paragraphs"] == [{"text": ROWS[0]["text"].split("\n")[0], "kind": "paragraph"}]
    assert [("error" in record) for record in records] == [False, False, False, True, True, False, True]
    assert "text field 'text'" in records[4]["error"]
    stderr = result.stderr.decode()
    assert "r2: KeyError" in stderr
    assert "missing.txt: FileNotFoundError" in stderr
    assert result.returncode == 1


def test_one_file_prints_one_record_and_exits_zero() -> None:
    """One file prints one record and exits zero."""
    result = _run(str(SEED), "--no-dropped")
    record = json.loads(result.stdout)
    assert result.returncode == 0
    assert record["id"] == str(SEED)
    assert "dropped" not in record["article"]


def test_several_inputs_print_a_json_array(corpus: Path) -> None:
    """Several inputs print a json array."""
    result = _run(str(corpus / "pages"), "-j", "2")
    records = json.loads(result.stdout)
    assert [record["id"].rsplit("/", 1)[1] for record in records] == ["a-seed.txt", "b-wday.html.gz"]


def test_jsonl_from_standard_input_with_chosen_fields() -> None:
    """Jsonl from standard input with chosen fields."""
    rows = b'{"key": "x1", "content": "A body line long enough to keep it here."}\n'
    result = _run("-", "--jsonl", "--text-field", "content", "--id-field", "key", "-f", "jsonl", stdin=rows)
    record = json.loads(result.stdout)
    assert record["id"] == "x1"
    assert record["article"]["paragraphs"][0]["text"] == "A body line long enough to keep it here."


def test_gzipped_jsonl_is_read(tmp_path: Path) -> None:
    """Gzipped jsonl is read."""
    path = tmp_path / "rows.jsonl.gz"
    path.write_bytes(gzip.compress(json.dumps(ROWS[2]).encode() + b"\n"))
    record = json.loads(_run(str(path), "-f", "jsonl").stdout)
    assert record["id"] == "r3"


def test_text_and_markdown_formats(corpus: Path) -> None:
    """Text and markdown formats."""
    text = _run(str(SEED), "-f", "text").stdout.decode()
    assert text.startswith("Syrian regime recaptures ancient city of Palmyra from ISIS\n\nSyrian government forces")
    markdown = _run(str(SEED), "-f", "markdown").stdout.decode()
    assert markdown.startswith("# Syrian regime recaptures ancient city of Palmyra from ISIS\n\n*Lonzo Cook")
    assert "## How ISIS ravaged Palmyra's world treasures\n\n1. The ruins of the 2,000-year-old" in markdown
    several = _run(str(corpus / "rows.jsonl"), "-f", "text").stdout.decode()
    assert several.startswith("==> r1 <==\n\nFirst story body here")
    assert "[error: KeyError" in several


def test_output_file(tmp_path: Path) -> None:
    """Output file."""
    out = tmp_path / "out.jsonl"
    assert main([str(SEED), "-f", "jsonl", "-o", str(out), "-q"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["id"] == str(SEED)


def test_explain_marks_each_line_with_its_fate(capsys: pytest.CaptureFixture[str]) -> None:
    """Explain marks each line with its fate."""
    assert main(["--explain", str(SEED)]) == 0
    out = capsys.readouterr().out
    assert "   36 - read_more (drop_read_more)" in out
    assert "-> title (extract_header)" in out
    assert "\x1b[" not in out  # no colour when not a terminal
    assert main(["--explain", "--color", "always", str(SEED)]) == 0
    assert "\x1b[31m" in capsys.readouterr().out


def test_schema_command_prints_the_document_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """Schema command prints the document schema."""
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == Article.model_json_schema()


def test_learn_then_apply_a_profile(tmp_path: Path) -> None:
    """Learn then apply a profile."""
    stories = [f"Story {chr(65 + n)} tells of event {chr(65 + n) * 3} in the valley." for n in range(8)]
    rows = [
        {"id": str(n), "text": f"{story}\nListen to the Valley Hour podcast", "domain": "valley.example"}
        for n, story in enumerate(stories)
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    profile = tmp_path / "profile.json"
    learned = _run("learn", str(corpus), "--url-field", "domain", "--out", str(profile))
    assert learned.returncode == 0, learned.stderr
    assert "1 lines of 1 sites" in learned.stderr.decode()
    page = tmp_path / "page.txt"
    page.write_text("A new story from the valley, long enough.\nListen to the Valley Hour podcast\n", encoding="utf-8")
    record = json.loads(_run(str(page), "--profile", str(profile)).stdout)
    assert [d["reason"] for d in record["article"]["dropped"]] == ["learned_boilerplate"]


def test_a_bad_profile_is_a_usage_error(tmp_path: Path) -> None:
    """A bad profile is a usage error."""
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = _run(str(SEED), "--profile", str(bad))
    assert result.returncode == 2
    assert b"is not a learned profile" in result.stderr


def test_extracted_skips_the_line_classifier(capsys: pytest.CaptureFixture[str]) -> None:
    """Extracted skips the line classifier."""
    assert main([str(FIXTURES / "pages" / "cnn-asian-markets.txt"), "--extracted", "-f", "jsonl"]) == 0
    dropped = json.loads(capsys.readouterr().out)["article"]["dropped"]
    assert all(d["filter"] != "classify_lines" for d in dropped)


def test_bad_jobs_is_a_usage_error() -> None:
    """Bad jobs is a usage error."""
    assert _run(str(SEED), "--jobs", "0").returncode == 2


def test_jobs_keep_input_order_over_many_records(tmp_path: Path) -> None:
    """With two worker processes, forty JSONL records come out in input order, each the document of its row."""
    rows = [{"id": f"n{n}", "text": f"Story {n} is told here in a sentence of its own.\nRead More"} for n in range(40)]
    corpus = tmp_path / "many.jsonl"
    corpus.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    records = [json.loads(line) for line in _run(str(corpus), "-f", "jsonl", "-j", "2").stdout.splitlines()]
    assert [record["id"] for record in records] == [row["id"] for row in rows]
    assert [record["article"]["paragraphs"][0]["text"] for record in records] == [
        str(row["text"]).split("\n")[0] for row in rows
    ]


def test_progress_line_counts_pages_and_failures() -> None:
    """The progress line redraws in place with the count, the failures and the rate; it is silent when disabled."""
    import io

    from article_clean.cli.progress import Progress

    stream = io.StringIO()
    progress = Progress(stream, enabled=True)
    progress.step(failed=False)
    progress.message("article-clean: x: an error")
    progress.step(failed=True)
    progress.close()
    out = stream.getvalue()
    assert "\r\x1b[2Karticle-clean: x: an error\n" in out
    assert out.rstrip("\n").rsplit("\r\x1b[2K", 1)[1].startswith("2 pages, 1 failed, ")
    assert "pages/s" in out
    quiet = io.StringIO()
    silent = Progress(quiet, enabled=False)
    silent.step(failed=False)
    silent.close()
    assert quiet.getvalue() == ""
