"""Stable identifiers: the same input and configuration give the same ids."""

from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: object, length: int = 16) -> str:
    """`prefix_` + a hex digest of the parts (joined with a separator that cannot occur in them)."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:length]}"


def content_hash(text: str) -> str:
    """sha256 of the article text as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
