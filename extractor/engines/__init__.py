"""Execution engines: where the per-article batches of a run are processed.

The local engine (processes on this machine) lives in `extractor.pipeline._results_in_order`;
`extractor.engines.dask` sends the batches to Dask workers (`--engine dask`). Every engine yields
the same results in input order, so the output files are byte-identical whichever ran them.
"""

from __future__ import annotations


class EngineError(RuntimeError):
    """An engine cannot run (missing package, unreachable scheduler, mismatched workers)."""
