"""Pathological texts for the robustness tests, the fuzzer's seeds and bench/robustness.py.

Each generator takes a length in characters and returns a text of about that length built to
provoke catastrophic backtracking or quadratic scans: long runs of one character the number,
money, percent and date patterns care about, glued number runs, nested brackets, repeated cues.
"""

from __future__ import annotations

from collections.abc import Callable


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


#: name -> generator(length) of one adversarial text
PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "digits": _repeat("7"),
    "stars": _repeat("*"),
    "dollars": _repeat("$"),
    "percents": _repeat("%"),
    "spaces": lambda n: " " * (n - 1) + "x",
    "ideographic_stops": _repeat("\u3002"),
    "glued_percents": _repeat("12.5%"),
    "glued_thousands": _repeat("1,"),
    "glued_decimals": _repeat("1."),
    "glued_money": _repeat("$1.5billion"),
    "digit_space_runs": _repeat("1 "),
    "dash_ranges": _repeat("1-"),
    "nested_parentheses": lambda n: "(" * (n // 2) + "5%" + ")" * (n // 2),
    "nested_brackets": lambda n: "[" * (n // 2) + "$5" + "]" * (n // 2),
    "repeated_money": _repeat("$1 billion "),
    "repeated_months": _repeat("in November "),
    "repeated_qualifiers": _repeat("about more than "),
    "split_decimal_cues": _repeat("exports7% "),
    "masked_runs": _repeat("** "),
    "cjk_numbers": _repeat("1\u4ebf5\u4e07"),
    "letters_no_space": _repeat("a"),
    "initials": _repeat("A. "),
    "title_runs": _repeat("Minister "),
}
