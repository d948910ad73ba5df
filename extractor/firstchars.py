"""Regexes that reject most start positions with one character test.

Python's regex engine skips ahead quickly only for patterns that start with a literal or a case-sensitive
character class; a case-insensitive pattern that starts with a word boundary or an alternation of words is
tried in full at every position of the text. `quick_start(p)` puts a lookahead of the characters a match of
`p` can start with in front of it (read from the parsed pattern), so the other positions fail at once. The
matches are the same: the lookahead only states what the first character of every match already is (a class
folds case exactly as a literal does under the same flags).
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from typing import Any

#: zero-width items: they consume nothing, so the first character comes after them
_ZERO_WIDTH = frozenset({C.AT, C.ASSERT, C.ASSERT_NOT})
_REPEATS = frozenset({C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT})
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_SPACE: r"\s", C.CATEGORY_WORD: r"\w"}


def _class_items(items: list[tuple[Any, Any]]) -> list[str] | None:
    """A character set's items as class source; None for a negated set or a category such as \\W."""
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is C.RANGE:
            out.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            out.append(_CATEGORIES[av])
        else:
            return None
    return out


def _first(items: list[tuple[Any, Any]], ignorecase: bool) -> tuple[list[tuple[str, bool]], bool] | None:
    """((class item, whether it folds case) for the characters a match of the sequence can start with, whether the
    sequence can match empty text); None when any character may start it."""
    out: list[tuple[str, bool]] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return out + [(re.escape(chr(av)), ignorecase)], False
        if op is C.IN:
            chars = _class_items(av)
            return (out + [(c, ignorecase) for c in chars], False) if chars is not None else None
        if op is C.BRANCH:
            found = [_first(alt.data, ignorecase) for alt in av[1]]
        elif op is C.SUBPATTERN:
            _, add, remove, sub = av
            found = [_first(sub.data, bool((ignorecase or add & re.IGNORECASE) and not remove & re.IGNORECASE))]
        elif op in _REPEATS:
            found = [_first(av[2].data, ignorecase)] + ([([], True)] if av[0] == 0 else [])
        elif op is C.ATOMIC_GROUP:
            found = [_first(av.data, ignorecase)]
        else:
            return None  # any character, a back-reference, a conditional: no useful set
        if any(f is None for f in found):
            return None
        out += [c for f in found for c in f[0]]  # type: ignore[index]
        if not any(f[1] for f in found):  # type: ignore[index]
            return out, False
    return out, True


def quick_start(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead of its possible first characters (the same matches); `pattern` itself when
    any character may start a match or a match may be empty.

    The class folds case when any of its characters comes from a case-insensitive part of the pattern (the
    others then match a little more than they need, which only costs a failed attempt)."""
    if pattern.flags & re.VERBOSE:
        return pattern  # a trailing comment would swallow the closing parenthesis
    found = _first(P.parse(pattern.pattern, pattern.flags).data, bool(pattern.flags & re.IGNORECASE))
    if found is None or found[1]:
        return pattern
    chars = f"[{''.join(dict.fromkeys(c for c, _ in found[0]))}]"
    folds = any(f for _, f in found[0])
    if folds != bool(pattern.flags & re.IGNORECASE):
        chars = f"(?{'i' if folds else '-i'}:{chars})"
    try:
        return re.compile(f"(?={chars})(?:{pattern.pattern})", pattern.flags)
    except re.error:  # global flags inside the source ("(?i)..."): they must stay first
        return pattern


#: the characters case-insensitive matching reads as an ASCII letter while str.lower() does not give that letter ("ı",
#: "ſ" match "i", "s"; "İ" lower-cases to two characters)
LOWER_MISSES = re.compile("[\u0130\u0131\u017f]")


def lower_agrees(text: str) -> bool:
    """Whether literals found in text.lower() (str.find) are where a case-insensitive regex finds them (no
    LOWER_MISSES in it)."""
    return LOWER_MISSES.search(text) is None
