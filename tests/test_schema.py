"""The committed JSON Schemas match the models (regenerate with `extractor schema --out schemas/`)."""

from __future__ import annotations

from pathlib import Path

from extractor.schema import schema_texts

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def test_committed_schemas_match_models() -> None:
    texts = schema_texts()
    committed = {p.name for p in SCHEMAS.glob("*.schema.json")}
    assert committed == set(texts), "schemas/ has missing or extra files: run `extractor schema --out schemas`"
    for name, text in texts.items():
        assert (SCHEMAS / name).read_text(encoding="utf-8") == text, (
            f"schemas/{name} differs from the models: run `extractor schema --out schemas` and commit"
        )
