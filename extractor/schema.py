"""Generating the JSON Schemas in `schemas/` from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from .models import OUTPUT_MODELS, json_schema
from .output import write_atomic


def schema_texts() -> dict[str, str]:
    """File name -> schema text for every output file."""
    return {
        f"{name}.schema.json": json.dumps(json_schema(name), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        for name in OUTPUT_MODELS
    }


def write_schemas(out: Path) -> list[Path]:
    """Write every schema into `out`; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in schema_texts().items():
        write_atomic(out / name, text)
        paths.append(out / name)
    return paths
