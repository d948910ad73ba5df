"""The review workflow: a local web app to decide on flags, decisions re-applied by every run, exports, report.

`extractor review OUT` serves the page (`server.create_app`); decisions live in OUT/review.sqlite
(`storage.ReviewStore`); `decisions.DecisionSet` applies them to records (used by `pipeline.run`,
`export` and `report`).
"""

from __future__ import annotations

from .decisions import DecisionSet, Orphan, parse_number
from .storage import Decision, ReviewStore

__all__ = ["Decision", "DecisionSet", "Orphan", "ReviewStore", "parse_number"]
