"""Fixtures for the knowledge-base and entity-normalization tests."""

from __future__ import annotations

import pytest

from extractor.normalize import KnowledgeBase


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    """The repository's knowledge base, loaded once."""
    return KnowledgeBase.load()
