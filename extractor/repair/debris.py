"""Debris normalization: Chinese punctuation, lone byline brackets and doubled words.

Each normalization is a Repair of kind "debris" with its rule and original span, never a silent
edit. Vocabulary in extractor/data/repair/debris.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extractor.repair.data import debris_vocab
from extractor.repair.model import Repair, Span, Suspect
from extractor.repair.registry import Candidate, Proposal, repair_rule
from extractor.repair.scan import matches_at

# Debris confidences: full-width punctuation between Latin letters is unambiguous; a lone bracket
# and a doubled word are almost always debris but have rare legitimate uses.
CONF_CJK_PUNCT = 0.98
CONF_LONE_BRACKET = 0.9
CONF_DOUBLED_WORD = 0.9

# A doubled lowercase word: "by by" (runs like "by by by" collapse at once). Bounded for linear time.
DOUBLED_RE = re.compile(r"(?<![\w'-])([a-z]{1,20})(?:[ ]\1){1,8}(?![\w'-])")


def _is_cjk(ch: str) -> bool:
    """True for CJK ideographs, kana and hangul (text written in those scripts)."""
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF


# How far to look for the nearest letter when deciding whether punctuation sits in Chinese text.
NEIGHBOR_WINDOW = 12


def _neighbor(text: str, i: int, step: int) -> str:
    """The nearest letter (Latin or CJK) from i in direction step within a window ('' if none)."""
    for _ in range(NEIGHBOR_WINDOW):
        if not 0 <= i < len(text):
            return ""
        if text[i].isalpha():
            return text[i]
        i += step
    return ""


def _debris(rule: str, text: str, start: int, end: int, replacement: str, conf: float, message: str) -> Candidate:
    """A debris repair with its fallback suspect."""
    original = text[start:end]
    rep = Repair(rule=rule, kind="debris", spans=(Span(start, end, replacement),), original=original,
                 repaired=replacement, value=None, confidence=conf, start=start, end=end, message=message)
    sus = Suspect(rule=rule, start=start, end=end, original=original, suggestion=replacement,
                  confidence=conf, message=message)
    return Candidate(rep, sus)


@lru_cache(maxsize=1)
def _cjk_table() -> dict[str, tuple[str, bool, bool]]:
    """Full-width punctuation -> (ascii, space_after, space_before)."""
    return {p.char: (p.ascii, p.space_after, p.space_before) for p in debris_vocab().cjk_punctuation}


@lru_cache(maxsize=1)
def _cjk_pattern() -> re.Pattern[str]:
    """One character of the full-width punctuation table (a scan in C instead of a loop over characters)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in _cjk_table()) + "]")


@repair_rule("debris.cjk_punct")
def propose_cjk_punct(text: str) -> list[Proposal]:
    """Replace Chinese punctuation inside English text by ASCII, adding the space English needs."""
    if text.isascii():
        return []  # full-width punctuation is never ASCII
    table = _cjk_table()
    out: list[Proposal] = []
    for found in _cjk_pattern().finditer(text):
        i, ch = found.start(), found.group(0)
        before, after = _neighbor(text, i - 1, -1), _neighbor(text, i + 1, 1)
        if (before and _is_cjk(before)) or (after and _is_cjk(after)):
            continue  # Chinese text: its punctuation is right where it is
        ascii_, space_after, space_before = table[ch]
        rep = ascii_
        if space_before and i > 0 and text[i - 1].isalnum():
            rep = " " + rep
        if space_after and i + 1 < len(text) and (text[i + 1].isalnum() or text[i + 1] in "\"'“‘("):
            rep = rep + " "
        out.append(_debris("debris.cjk_punct.v1", text, i, i + 1, rep, CONF_CJK_PUNCT,
                           f"Chinese punctuation '{ch}' in English text normalized to '{rep.strip()}'"))
    return out


@repair_rule("debris.lone_bracket")
def propose_lone_brackets(text: str) -> list[Proposal]:
    """Remove square brackets whose partner is missing on the same line (byline debris).

    A lone closing bracket followed by a capitalized word ends a byline ("Ding Ling] Yonhap said"):
    it becomes a full stop so the byline name stays apart from the sentence after it.
    """
    out: list[Proposal] = []
    for pair in debris_vocab().lone_brackets:
        if pair.open not in text and pair.close not in text:
            continue
        line_start = 0
        for line in text.split("\n"):
            if pair.open not in line and pair.close not in line:
                line_start += len(line) + 1
                continue
            stack: list[int] = []
            lone: list[int] = []
            for found in re.finditer(f"{re.escape(pair.open)}|{re.escape(pair.close)}", line):  # brackets only
                j, ch = found.start(), found.group()
                if ch == pair.open:
                    stack.append(j)
                elif ch == pair.close:
                    if stack:
                        stack.pop()
                    else:
                        lone.append(j)
            lone.extend(stack)
            for j in sorted(lone):
                out.append(_lone_bracket(text, line_start + j))
            line_start += len(line) + 1
    return out


def _lone_bracket(text: str, i: int) -> Candidate:
    """The repair of one lone bracket at offset i."""
    ch = text[i]
    start, end, rep = i, i + 1, ""
    nxt = text[i + 1:i + 3]
    prev = text[i - 1] if i > 0 else ""
    if nxt[:1] == " " and nxt[1:2].isupper() and prev.isalpha():
        rep = "."  # "Ding Ling] Yonhap" -> "Ding Ling. Yonhap"
    elif nxt[:1].isalnum() and prev.isalnum():
        # glued on both sides: "Zhu Yiping】Data released" -> "Zhu Yiping. Data released",
        # "the National Bank】said" -> "the National Bank said"
        rep = ". " if nxt[:1].isupper() and prev.isalpha() else " "
    elif nxt[:1] == " " and (prev in (" ", "") or i == 0):
        end = i + 2  # "[ Global" -> "Global": drop the bracket and the space after it
    return _debris("debris.lone_bracket.v1", text, start, end, rep, CONF_LONE_BRACKET,
                   f"lone bracket '{ch}' (byline debris) removed")


@lru_cache(maxsize=1)
def _doubles() -> tuple[str, ...]:
    """"w w" for every word w to collapse that the doubled-word pattern can match (lower-case letters)."""
    words = {w.lower() for w in debris_vocab().doubled_word_collapse}
    return tuple(f"{w} {w}" for w in sorted(words) if re.fullmatch(r"[a-z]{1,20}", w))


def _occurrences(text: str, sub: str) -> Iterator[int]:
    i = text.find(sub)
    while i >= 0:
        yield i
        i = text.find(sub, i + 1)


@repair_rule("debris.doubled_word")
def propose_doubled_words(text: str) -> list[Proposal]:
    """Collapse doubled function words ("by by" -> "by"); other doubles may be grammar or names."""
    # A proposal's match starts with "w w" for a word w to collapse, so only those places are tried. A match
    # of another word cannot hide one: every word starting inside it is that same word.
    starts = sorted({i for double in _doubles() for i in _occurrences(text, double)})
    out: list[Proposal] = []
    for m in matches_at(DOUBLED_RE, text, starts):
        word = m.group(1)
        out.append(_debris("debris.doubled_word.v1", text, m.start() + len(word), m.end(), "", CONF_DOUBLED_WORD,
                           f"doubled word '{m.group(0)}' collapsed to '{word}'"))
    return out
