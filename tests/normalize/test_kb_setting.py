"""The knowledge base is a setting: every rule that reads it reads the run's `--kb`, not the default folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extractor import extract_text
from extractor.settings import Settings

from ..conftest import REPO

EXTRA_PERSON = """people:
  - id: zz-quentin-zabriskie
    name: Quentin Zabriskie
    family_name: Zabriskie
    offices:
      - {role: trade_minister, title: Minister of Trade, country: US, from: 2030-01-01, to: null}
    source: "test fixture: a person only this knowledge base knows"
"""


@pytest.fixture(scope="module")
def custom_kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("kb") / "kb"
    shutil.copytree(REPO / "corpus" / "kb", folder)
    (folder / "people" / "zz.yaml").write_text(EXTRA_PERSON, encoding="utf-8")
    return folder


@pytest.mark.parametrize("model", ["none", None])
def test_rules_read_the_runs_knowledge_base(custom_kb: Path, model: str | None) -> None:
    text = "Quentin Zabriskie said on Monday that the tariffs would stay.\n\nZabriskie added that talks would go on."
    base = Settings() if model is None else Settings(model=model)
    default = extract_text(text, "2031-03-02", settings=base)
    custom = extract_text(text, "2031-03-02", settings=base.model_copy(update={"kb": custom_kb}))
    assert "zz-quentin-zabriskie" not in {e.kb_id for e in default.entities}
    assert "zz-quentin-zabriskie" in {e.kb_id for e in custom.entities}
    again = extract_text(text, "2031-03-02", settings=base)  # the default comes back for a run without it
    assert "zz-quentin-zabriskie" not in {e.kb_id for e in again.entities}
