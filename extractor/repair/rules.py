"""The one place that imports every repair rule module so each registers itself."""

from __future__ import annotations

from extractor.repair import debris, glued_wan, masks, split_decimal  # noqa: F401  (imported to register)

# Rules in use, in the order they run (order does not change the result: proposals are merged).
DEFAULT_RULES: list[str] = [
    "split_decimal",
    "glued_wan",
    "masks",
    "debris.cjk_punct",
    "debris.lone_bracket",
    "debris.doubled_word",
]
