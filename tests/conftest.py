"""Shared fixtures: paths to the seed article and a helper to run the CLI in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not (SEED / "articles").is_dir():
        pytest.skip("../shared/seed is not present")
    return SEED / "articles"
