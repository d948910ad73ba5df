"""A regex's matches found by trying only the positions where one can start."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` when each of them starts at one of `starts` (increasing).

    The positions are tried in order and a match resumes the scan at its end, as finditer does, so the
    rest of the text (most of it) is skipped without entering the regex engine. `pattern` never matches
    empty text.
    """
    pos = 0
    for c in starts:
        if c < pos:
            continue  # inside the match found last
        m = pattern.match(text, c)
        if m is not None:
            yield m
            pos = m.end()
