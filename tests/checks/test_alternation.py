"""`_alt` groups its words by first letter behind lookaheads: the same matches as a plain longest-first alternation."""

from __future__ import annotations

import re

import pytest

from extractor.checks.context import _alt


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


WORDS = [
    ["exports", "export", "exports and imports", "imports", "trade", "trade surplus", "Trade balance", "surplus"],
    ["profit", "profits", "net profit", "Profit margin", "revenue", "sales", "output"],
    ["from", "to", "with", "between", "To"],
    ["U.S.", "U.K.", "the U.S.", "fixed-asset investment", "a", "an", "and"],
    ["über", "exports"],  # a non-ASCII first letter: the plain alternation
    [],
]
TEXTS = [
    "Exports to the U.S. rose while the trade surplus and Trade balance narrowed; net profits and profit margins fell.",
    "EXPORTS AND IMPORTS, TRADE SURPLUS, NET PROFIT, FIXED-ASSET INVESTMENT between them, to and from",
    "exportsandimports tradesurplus profitable reexports, über-exports, an and a the u.s. economy",
    "",
]


@pytest.mark.parametrize("words", WORDS)
@pytest.mark.parametrize("template", [r"\b(?:{})\b", r"(?:{})", r"(?<![\w.])(?:{})(?![\w])", r"\b(?P<w>{})\s{{1,3}}(?:the\s{{1,3}})?[A-Z]"])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_same_matches_as_a_plain_alternation(words: list[str], template: str, flags: int) -> None:
    grouped = re.compile(template.format(_alt(words)), flags)
    plain = re.compile(template.format(_plain(words)), flags)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
        for start in range(0, len(text), 7):  # windows that cut words
            assert [m.span() for m in grouped.finditer(text, start, start + 40)] == [m.span() for m in plain.finditer(text, start, start + 40)]


def test_longest_word_first() -> None:
    assert re.search(rf"\b(?:{_alt(['trade', 'trade surplus', 'Trade balance'])})\b", "the trade surplus", re.I).group(0) == "trade surplus"


PLAIN_SENTENCE_END = re.compile(r"[.!?](?=[\"'”’)]{0,2}\s{1,10}[\"“‘(]{0,2}[A-Z])|[。！？]|\n")


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose 5.2%. Imports fell! Why? Because.\nNext line",
        'He said "it is done." The "next" one (see. Below) was ok.',
        "出口增长。进口下降！为什么？\n\nU.S. exports to the U.K. rose 1.5 B. c? D",
        "No end here",
        "a.\nB. ’ C .  “D",
        "",
    ],
)
def test_sentence_ends_as_the_plain_regex(text: str) -> None:
    from extractor.checks.context import SENTENCE_END

    assert [m.span() for m in SENTENCE_END.finditer(text)] == [m.span() for m in PLAIN_SENTENCE_END.finditer(text)]
