"""Decorator registries for extraction rules and consistency checks (spaCy's `registry` is the model).

A rule is a function `(doc: ArticleDoc) -> Iterable[record]`; a check is a function over the claims
of one article or of the whole run. A new rule is a new module under `extractor/claims/` (or
`extractor/checks/`) plus its import in that package's `__init__`; settings choose which run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class Registry:
    """Named functions in registration order."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[str, Callable[..., Any]] = {}

    def __call__(self, name: str) -> Callable[[F], F]:
        def register(func: F) -> F:
            if name in self._items:
                raise ValueError(f"{self.kind} {name!r} registered twice")
            self._items[name] = func
            return func

        return register

    def names(self) -> list[str]:
        return list(self._items)

    def select(self, names: list[str] | None) -> list[tuple[str, Callable[..., Any]]]:
        """The functions named (all when None), failing clearly on an unknown name."""
        if names is None:
            return list(self._items.items())
        unknown = [n for n in names if n not in self._items]
        if unknown:
            raise KeyError(f"unknown {self.kind}(s): {', '.join(unknown)}; known: {', '.join(self._items)}")
        return [(n, self._items[n]) for n in names]


rule = Registry("rule")
check = Registry("check")
