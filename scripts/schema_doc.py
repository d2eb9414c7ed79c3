"""Write docs/document.md from the JSON schema of `Article`, so the schema page never drifts from the code.

python scripts/schema_doc.py          # rewrite docs/document.md
python scripts/schema_doc.py --check  # exit 1 if docs/document.md is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from article_clean import Article, DropReason

DOC = Path(__file__).resolve().parent.parent / "docs" / "document.md"

INTRO = """# The document

`clean_article` returns an `Article`: a frozen pydantic model. `Article.model_dump(mode="json")` is its JSON form,
`Article.model_validate_json(...)` reads it back into an equal object, and `Article.model_json_schema()` is the
published schema. Field names are stable. This page is generated from that schema by `scripts/schema_doc.py`;
a test fails when it is out of date.

`Article.text` (a property, not a field) joins the paragraphs with blank lines.
"""


def _type(spec: dict[str, Any]) -> str:
    if "$ref" in spec:
        return spec["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in spec:
        return " or ".join(_type(option) for option in spec["anyOf"])
    if spec.get("type") == "array":
        return f"list of {_type(spec.get('items', {}))}"
    if "enum" in spec:
        return "one of " + ", ".join(f"`{value}`" for value in spec["enum"])
    if "const" in spec:
        return f"`{spec['const']}`"
    kind = spec.get("type", "any")
    return {"string": "string", "integer": "integer", "null": "null", "boolean": "boolean"}.get(kind, kind) + (
        f" ({spec['format']})" if "format" in spec else ""
    )


def _table(name: str, model: dict[str, Any]) -> list[str]:
    lines = [f"## {name}", "", model.get("description", "").strip().split("\n\n")[0], ""]
    lines += ["| field | type | meaning |", "|---|---|---|"]
    for field, spec in model["properties"].items():
        meaning = " ".join(spec.get("description", "").split())
        lines.append(f"| `{field}` | {_type(spec)} | {meaning} |")
    return [*lines, ""]


def render() -> str:
    """Return the Markdown for the whole schema."""
    schema = Article.model_json_schema()
    parts = [INTRO, *_table("Article", schema)]
    for name, model in schema.get("$defs", {}).items():
        if "properties" in model:
            parts += _table(name, model)
    parts += ["## DropReason", "", "Stable codes for `Dropped.reason`:", ""]
    parts += [f"- `{reason.value}`: {reason.description}" for reason in DropReason]
    return "\n".join(parts).rstrip() + "\n"


def main() -> int:
    """Rewrite or check the page."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = render()
    if args.check:
        return 0 if DOC.read_text(encoding="utf-8") == text else 1
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
