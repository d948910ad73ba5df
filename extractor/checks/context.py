"""Where claims sit in the repaired text and what the words around them say they are.

Checks pair claims by their period, subject and metric and by the wording of their sentence
("exports ... imports ... surplus", "of which", "accounting for X% of"), never by position alone.
`views(doc)` gives every figure and percentage claim with its repaired-text span, its sentence and
the role its words give it; the result is cached on the document.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..claims.vocab import percent_cues, units
from ..document import ArticleDoc
from .precision import Reading, stated, unrepaired
from .vocab import check_vocab

#: how far before a figure its role word may stand (chars): "exports to China in the first eleven
#: months of this year were" is ~60 chars; longer windows start picking up the previous clause's noun
ROLE_WINDOW = 90
#: how far after a figure a role word may follow it ("$823 billion trade surplus")
ROLE_AFTER = 25
#: the longest sentence the splitter looks at between two boundaries is unbounded; the regexes below
#: are all bounded (no nested unbounded quantifiers)
WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]{0,30}")


def _alt(words: list[str]) -> str:
    """An alternation of `words`, longest first (so a regex takes the longest word at a position).

    The words are grouped by first letter, each group behind a lookahead on it, the whole behind one
    on any first letter: the same matches in the same order of trial, but the engine tries only the
    words that can start where it stands (a plain alternation of a hundred words tries them all at
    every word boundary). Words with a non-ASCII first letter keep the plain alternation.
    """
    ordered = sorted(set(words), key=len, reverse=True)
    if not ordered or not all(w and w[0].isascii() for w in ordered):
        return "|".join(re.escape(w) for w in ordered)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0].lower(), []).append(w)
    body = "|".join(f"(?=[{re.escape(k + k.upper())}])(?:{'|'.join(map(re.escape, g))})" for k, g in groups.items())
    return f"(?=[{re.escape(''.join(k + k.upper() for k in groups))}])(?:{body})"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, Any]:
    v = check_vocab()
    role_of = {w.lower(): role for role, ws in v.roles.items() for w in ws}
    measure_of = {w.lower(): noun for noun, ws in v.measure_nouns.items() for w in [noun, *ws]}
    return {
        "role": re.compile(rf"\b(?:{_alt(list(role_of))})\b", re.IGNORECASE),
        "role_of": role_of,
        "role_after": re.compile(rf"^\s{{0,3}}(?:in\s{{1,3}})?(?P<w>{_alt(list(role_of))})\b", re.IGNORECASE),
        "partner": re.compile(
            rf"\b(?:{_alt(v.partner_preps)})\s{{1,3}}(?:the\s{{1,3}})?(?P<p>[A-Z][\w.’'-]{{0,30}}(?:\s{{1,3}}[A-Z][\w.’'-]{{0,30}}){{0,3}})"
        ),
        "total": re.compile(rf"\b(?:{_alt(v.total_words)})\b", re.IGNORECASE),
        "surplus": re.compile(rf"\b(?:{_alt(v.surplus_words)})\b", re.IGNORECASE),
        "deficit": re.compile(rf"\b(?:{_alt(v.deficit_words)})\b", re.IGNORECASE),
        "abbrev": frozenset(v.abbreviations),
        "months": frozenset(m.lower() for m in v.month_names),
        "time": re.compile(
            rf"\b(?:{_alt(v.month_names)})\b|\b(?:19|20)\d{{2}}\b|\b(?i:{_alt(v.time_words)})\b"
        ),
        "measure": re.compile(rf"\b(?:{_alt(list(measure_of))})\b", re.IGNORECASE),
        "measure_of": measure_of,
        "change_before": re.compile(
            rf"(?:\b(?:{_alt(_direction_words())})(?:\s{{1,3}}by)?|\b(?:{_alt(v.change_nouns)})\s{{1,3}}(?:of|by)|\bby)"
            r"\s{1,3}(?:(?:about|around|nearly|some|almost|roughly|over|more\s{1,3}than|less\s{1,3}than)\s{1,3})?$",
            re.IGNORECASE,
        ),
        "change_after": re.compile(rf"^\s{{1,3}}(?:more|less|higher|lower|{_alt(v.change_nouns)})\b", re.IGNORECASE),
        "part_opener": re.compile(rf"[\s\"“]{{0,3}}(?:{_alt(v.part_openers)})\b", re.IGNORECASE),
    }


def _direction_words() -> list[str]:
    """Direction cue words of the percentage rules (up and down), as one list."""
    c = percent_cues()
    return [*c.up, *c.down]


# ----------------------------------------------------------------------------- sentences

#: a full stop, "!" or "?" before (quotes and) a capital, a Chinese full stop, a line break; written as one character
#: set first (the condition on ".!?" after it) so that the engine skips straight to the candidate characters
SENTENCE_END = re.compile(r"[.!?。！？\n](?:(?<=[.!?])(?=[\"'”’)]{0,2}\s{1,10}[\"“‘(]{0,2}[A-Z])|(?<![.!?]))")
#: the word a full stop ends, and an initialism ("U.S" of "U.S.")
WORD_BEFORE_STOP = re.compile(r"[\w.]{1,12}$")
INITIALISM = re.compile(r"(?:[A-Z]\.){1,4}[A-Z]")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`: a full stop before a capital, a Chinese full stop, a line break.

    A full stop after a known abbreviation ("U.S.", "Mr.") or a single capital letter does not end
    a sentence; a decimal point never does (no space follows it).
    """
    abbrev = _patterns()["abbrev"]
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if m.group(0) == ".":
            word = WORD_BEFORE_STOP.search(text, max(0, m.start() - 12), m.start())
            w = word.group(0) if word else ""
            if w in abbrev or (len(w) == 1 and w.isupper()) or INITIALISM.fullmatch(w):
                continue
        end = m.end()
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


# ----------------------------------------------------------------------------- claim views


@dataclass
class View:
    """A figure or percentage claim as the checks see it."""

    claim: Any
    start: int  # repaired-text span of the evidence
    end: int
    sent: int  # index of its sentence
    sent_start: int
    sent_end: int
    reading: Reading | None  # as stated (repaired)
    original: Reading | None  # before its number repair, when it had one
    role: str | None = None  # exports / imports / balance / trade, for figures
    partner: str | None = None  # "china" in "exports to China"
    total: bool = False  # its words call it a total ("total exports", "overall trade")
    sign: int = 0  # balances: +1 surplus, -1 deficit, 0 unsaid
    level: bool = True  # figures: a level, not a change amount ("profits of $X, up 5%" is a level)
    paragraph: int = 0  # index of its line/paragraph
    clause_start: int = 0  # where its own clause starts (after the previous claim or ";" in its sentence)
    own_period: bool = False  # its own clause names a time ("in October", "last year", "2023")
    eff_period: Any = None  # its period, or for one without own time words the period of the claim before it
    subject: str | None = None  # its subject, normalized
    subject_or_default: str | None = None  # that, else the place its metric opens with ("China's exports"), else the article's dominant subject
    measure: str | None = None  # what the claim measures ("profit", "exports"), canonical, from its clause
    baseline: str | None = None  # changes: what they are against, "year" / "quarter" / "month", from the claim or its words
    year_back: bool = False  # its sentence opens by going a year back ("A year earlier, ...") and its clause names no time of its own
    kind: str = field(init=False)  # its claim's kind (read by every check, so a plain attribute)

    def __post_init__(self) -> None:
        self.kind = self.claim.kind

    @property
    def is_level(self) -> bool:
        """A level, not a change amount: no direction its words back ("fell by $2 billion" is a change)."""
        return self.claim.direction is None or self.level


def views(doc: ArticleDoc) -> list[View]:
    """Every figure and percentage claim of the article with its span, sentence and role (cached)."""
    if "checks.views" in doc.cache:
        return doc.cache["checks.views"]
    text = doc.text
    sents = sentences(text)
    starts = [s for s, _ in sents]
    out: list[View] = []
    for claim in doc.claims:
        if claim.kind not in {"figure", "percentage"}:
            continue
        start, end = doc.repaired.to_repaired(claim.evidence.start, claim.evidence.end)
        start, end = _number_span(text, start, end, claim)
        idx = bisect_right(starts, start) - 1  # the sentence it starts in (sentences are sorted, disjoint)
        if idx < 0 or start >= sents[idx][1]:  # before the first sentence or in the blank between two
            idx = len(sents) - 1 if sents else 0
        s0, s1 = sents[idx] if sents else (0, len(text))
        out.append(View(claim, start, end, idx, s0, s1, stated(claim), unrepaired(claim)))
    out.sort(key=lambda v: (v.start, v.end))
    default = article_subject(doc.claims)
    for v in out:
        v.subject = normalize_name(v.claim.subject)
        v.subject_or_default = subject_of(v.claim) or default
    _assign_clauses(text, out)
    _assign_roles(text, out)
    _assign_respectively(text, out)
    _assign_levels(text, out)
    _assign_periods(text, out)
    _assign_year_back(text, out)
    _assign_measures(text, out)
    for v in out:
        v.baseline = baseline_of(text, v)
    doc.cache["checks.views"] = out
    return out


#: how far after a figure a time phrase of its own may run ("$133 billion last year", "$5 billion in 2023")
TIME_AFTER = 30
TIME_AFTER_OPENER = re.compile(r"^\s{0,3}(?:in|for|during|over|through|throughout|as\s{1,3}of|at|last|this|a|the)\b", re.IGNORECASE)
#: how far before a figure the words that make it a change amount may stand ("an increase of about")
CHANGE_WINDOW = 40


def _assign_clauses(text: str, items: list[View]) -> None:
    """Where each claim's own clause starts: after the previous claim of its sentence, or a ";"."""
    prev_end: dict[int, int] = {}
    for v in items:
        lo = max(v.sent_start, prev_end.get(v.sent, v.sent_start))
        semi = max(text.rfind(";", lo, v.start), text.rfind("；", lo, v.start))
        v.clause_start = semi + 1 if semi >= 0 else lo
        v.paragraph = text.count("\n", 0, v.start)
        prev_end[v.sent] = max(prev_end.get(v.sent, 0), v.end)


def _assign_levels(text: str, items: list[View]) -> None:
    """Whether a figure with a direction is a change amount by its words ("rose by $X", "$X more"), else a level."""
    p = _patterns()
    for v in items:
        if v.kind != "figure" or v.claim.direction is None:
            continue
        before = text[max(v.sent_start, v.start - CHANGE_WINDOW) : v.start]
        after = text[v.end : min(v.sent_end, v.end + 20)]
        v.level = not (p["change_before"].search(before) or p["change_after"].match(after))


def _time_in_clause(text: str, v: View) -> bool:
    """Whether the claim's own clause, or a short phrase right after it, names a time."""
    p = _patterns()
    if p["time"].search(text, v.clause_start, v.start):
        return True
    after = text[v.end : min(v.sent_end, v.end + TIME_AFTER)]
    after = re.split(r"[,;:(]", after, maxsplit=1)[0]
    return bool(TIME_AFTER_OPENER.match(after) and p["time"].search(after))


def _assign_periods(text: str, items: list[View]) -> None:
    """Own-period flag and effective period: a dated claim without time words of its own takes the period of the claim before it.

    The claim stage sometimes carries a period from the wrong phrase ("imports were $218.3 billion"
    read as of the first ten months when the sentence is about October); the checks read such a
    claim as of the period of the claim just before it (same paragraph, same or previous sentence),
    as a reader would. A claim the claim stage left undated takes a period only within its sentence
    ("exports in October were $X; imports were $Y").
    """
    last: dict[int, View] = {}
    for v in items:
        v.own_period = _time_in_clause(text, v)
        prev = last.get(v.paragraph)
        v.eff_period = v.claim.period
        if not v.own_period and prev is not None and (prev.sent == v.sent or (v.claim.period is not None and v.sent - prev.sent <= 1)):
            v.eff_period = prev.eff_period
        if v.eff_period is not None:
            last[v.paragraph] = v


#: a sentence that opens by going a year back from the one before: "A year before, ...", "In the same period last year, ..."
YEAR_BACK_OPENER = re.compile(
    r"[\s\"“]{0,3}(?:(?:a|one)\s{1,3}year\s{1,3}(?:earlier|before|ago|previously)|(?:in|during|over)\s{1,3}the\s{1,3}same\s{1,3}"
    r"(?:period|month|quarter|time)\s{1,3}(?:(?:of\s{1,3})?(?:last|the\s{1,3}previous|the\s{1,3}prior)\s{1,3}year|a\s{1,3}year\s{1,3}(?:earlier|before|ago))"
    r"|in\s{1,3}the\s{1,3}(?:previous|prior|preceding)\s{1,3}year)\s{0,3}[,，]",
    re.IGNORECASE,
)


def _assign_year_back(text: str, items: list[View]) -> None:
    """Mark the claims of a sentence that opens by going a year back ("A year before, the country had exported $3.59 trillion").

    The claim stage may date such a claim with the period of the sentence before (the opener is no date of its own);
    the checks then read it as of the year before: not of the same period as the claims it was dated like
    (`same_period`), and a growth rate's base a year earlier (check.growth.v1). A claim whose own clause after the
    opener names a time ("A year earlier, in 2022, ...") keeps its period.
    """
    p = _patterns()
    for v in items:
        m = YEAR_BACK_OPENER.match(text, v.sent_start)
        if m is None or v.start < m.end():
            continue
        lo = max(m.end(), v.clause_start)
        if p["time"].search(text, lo, v.start):
            continue
        after = re.split(r"[,;:(]", text[v.end : min(v.sent_end, v.end + TIME_AFTER)], maxsplit=1)[0]
        if TIME_AFTER_OPENER.match(after) and p["time"].search(after):
            continue
        v.year_back = True


#: a change against the same span a year back: "from a year earlier", "year-on-year", "over the same period last year"
YEAR_BACK = re.compile(
    r"\blast\s{1,3}year|\ba\s{1,3}year\s{1,3}(?:earlier|ago|before)|\byear[- ]on[- ]year|\byoy\b|\by/y\b|\bon\s{1,3}the\s{1,3}year\b"
    r"|\b(?:previous|prior|preceding)\s{1,3}year|\bsame\s{1,3}(?:period|month|quarter|time)\b|\b(?:19|20)\d\d\s{0,3}(?:level|figure)",
    re.IGNORECASE,
)
#: a change against the month or quarter before: "month-on-month", "from the previous month", "from October"
SHORT_BACK = re.compile(
    r"\b(?P<u>month|quarter)[- ]on[- ](?:month|quarter)|\b(?:previous|prior|preceding)\s{1,3}(?P<v>month|quarter)|\bsequential"
    r"|\b(?:from|than|over|compared\s{1,3}(?:with|to))\s{1,3}(?:that\s{1,3}(?:of|in)\s{1,3}|in\s{1,3})?(?P<m>January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b(?!\s{1,3}(?:to|through|-)\s)",
)
#: how far around a rate its baseline words may stand ("a year-on-year increase of", "up 7.8% from the same month last year")
BASELINE_BEFORE = 45
BASELINE_AFTER = 60


def baseline_of(text: str, v: View) -> str | None:
    """What a change is against: the claim's baseline, else the words of its clause ("year", "quarter", "month"; None: unsaid)."""
    if v.kind != "percentage" or getattr(v.claim, "measure", None) not in {"change", "points"}:
        return None
    said = getattr(v.claim, "baseline", None) or ""
    before = text[max(v.clause_start, v.start - BASELINE_BEFORE) : v.start]
    after = re.split(r"[;,(]|\s(?:but|while|whereas|and)\s", text[v.end : min(v.sent_end, v.end + BASELINE_AFTER)], maxsplit=1)[0]
    for words in (said, before + " " + after):
        if YEAR_BACK.search(words):
            return "year"
        m = SHORT_BACK.search(words)
        if m:
            unit = m.group("u") or m.group("v")
            return unit.lower() if unit else "quarter" if "sequential" in m.group(0).lower() else "month"
    return None


def measure_in(text: str) -> str | None:
    """The canonical measure noun nearest the end of `text` ("total profits were" -> "profit")."""
    p = _patterns()
    hits = list(p["measure"].finditer(text))
    if not hits:
        return None
    best = max(hits, key=lambda m: (m.end(), len(m.group(0))))
    return p["measure_of"][best.group(0).lower()]


def _assign_measures(text: str, items: list[View]) -> None:
    """What each claim measures: the measure noun of its clause, else the one right after it, else the previous figure's in its sentence ("and that of ...")."""
    prev: dict[int, str | None] = {}
    for v in items:
        found = measure_in(text[max(v.clause_start, v.start - ROLE_WINDOW) : v.start])
        if found is None:
            after = MEASURE_AFTER.match(text[v.end : min(v.sent_end, v.end + ROLE_AFTER)])
            found = measure_in(after.group(0)) if after else None
        if found is None:
            found = prev.get(v.sent)
        v.measure = found
        prev[v.sent] = found


def measure_qualifier(text: str, v: View) -> str | None:
    """The qualifier of the measure noun of a figure's clause ("net profit" -> "net", "operating profits of" -> "operating").

    "" when its measure noun has none, None when its clause names no measure noun ("and that of local firms was").
    """
    p = _patterns()
    window = text[max(v.clause_start, v.start - ROLE_WINDOW) : v.start]
    hits = list(p["measure"].finditer(window))
    if not hits:
        return None
    best = max(hits, key=lambda m: (m.end(), len(m.group(0))))
    words = re.findall(r"[A-Za-z][\w-]{0,30}", window[max(0, best.start() - 20) : best.end()])
    quals = _qualifiers()
    found = [w.lower() for w in words[-3:] if w.lower() in quals]
    return found[-1] if found else ""


def same_qualifier(text: str, a: View, b: View) -> bool:
    """The measure nouns of two figures carry the same qualifier ("net", "operating"), or one names no measure noun."""
    qa, qb = measure_qualifier(text, a), measure_qualifier(text, b)
    return qa is None or qb is None or qa == qb


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    return frozenset(w.lower() for w in check_vocab().measure_qualifiers)


#: "$823 billion (in) trade surplus", "$5 billion in sales": a measure noun right after a figure
MEASURE_AFTER = re.compile(r"^\s{0,3}(?:in\s{1,3})?[A-Za-z][A-Za-z -]{0,24}")


def _number_span(text: str, start: int, end: int, claim: Any) -> tuple[int, int]:
    """Narrow a repaired span widened by a repair to the repaired number itself, when it is there."""
    if not claim.repairs:
        return start, end
    rep = claim.repairs[0].repaired
    at = text.find(rep, start, end) if rep else -1
    return (at, at + len(rep)) if at >= 0 else (start, end)


#: the words right after a figure up to the first punctuation, where a partner phrase may follow it
PARTNER_AFTER = re.compile(r"[^,.;:()\n]{0,40}")


def _assign_roles(text: str, items: list[View]) -> None:
    """Role, partner, total-ness and balance sign of each figure from the words nearest before it."""
    p = _patterns()
    prev_end: dict[int, int] = {}
    last_partner: dict[int, str] = {}
    for v in items:
        if v.kind != "figure":
            continue
        lo = max(v.sent_start, prev_end.get(v.sent, v.sent_start), v.start - ROLE_WINDOW)
        window = text[lo : v.start]
        after = text[v.end : min(v.sent_end, v.end + ROLE_AFTER)]
        m_after = p["role_after"].match(after)
        hits = list(p["role"].finditer(window))
        word = None
        if m_after:
            word = m_after.group("w")
            scope = window[-40:] + " " + m_after.group(0)
        elif hits:
            best = max(hits, key=lambda m: (m.end(), len(m.group(0))))
            word = best.group(0)
            scope = window[best.start() :]
            pair = PAIR_COMPOUND.search(window[max(0, best.start() - 50) : best.start()])
            if pair and not (is_month(pair.group("a")) or is_month(pair.group("b"))):
                # "China-Australia trade was ...": a flow between the two places the compound names
                scope = f"between {pair.group('a')} and {pair.group('b')} {scope}"
        else:
            scope = window
        if word:
            v.role = p["role_of"][word.lower()]
        if word and v.role:
            v.partner = partner_in(scope, v.role)
            if v.partner is None:  # "Vietnam imported $91.15 billion from China, up 32%": the partner after the figure
                v.partner = partner_in(PARTNER_AFTER.match(text, v.end, v.sent_end).group(0), v.role)
        v.total = bool(p["total"].search(window[-50:]))
        if v.role and v.partner is None and not v.total:
            v.partner = last_partner.get(v.sent)  # "exports to the US were $X and imports $Y": both with the US
        if v.partner is not None:
            last_partner[v.sent] = v.partner
        if v.role == "balance":
            if p["surplus"].search(scope):
                v.sign = 1
            elif p["deficit"].search(scope):
                v.sign = -1
        prev_end[v.sent] = v.end


#: "exports and imports were X and Y, respectively": figures listed in the order of the role words before them
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
#: what may stand between two listed figures ("X and Y", "X, Y and Z") or two listed role words
LIST_GAP = re.compile(r"\s{0,3}(?:[,，]\s{0,3})?(?:and\s{1,3})?(?:the\s{1,3})?(?:its\s{1,3})?")
#: longest text between the last listed figure and "respectively" ("X and Y in the first half, respectively")
MAX_TO_RESPECTIVELY = 40


@lru_cache(maxsize=1)
def _single_role() -> re.Pattern[str]:
    """One role word or phrase that does not itself join two ("exports", "trade surplus"; not "exports and imports")."""
    words = [w for w in _patterns()["role_of"] if " and " not in w]
    return re.compile(rf"\b(?:{_alt(words)})\b", re.IGNORECASE)


def _assign_respectively(text: str, items: list[View]) -> None:
    """Roles of figures listed with "respectively": the k figures take the k role words listed before them, in order.

    "Exports and imports were 12.13 trillion yuan and 8.94 trillion yuan, respectively": the first
    figure is the exports, the second the imports (the nearest-word rule would read both as trade).
    """
    p = _patterns()
    for m in RESPECTIVELY.finditer(text):
        listed = [v for v in items if v.kind == "figure" and v.sent_start <= m.start() < v.sent_end and v.end <= m.start()]
        if len(listed) < 2 or len(text[listed[-1].end : m.start()]) > MAX_TO_RESPECTIVELY or re.search(r"[\d;]", text[listed[-1].end : m.start()]):
            _respectively_after(text, items, m)
            continue
        run = [listed[-1]]
        for v in reversed(listed[:-1]):
            if not LIST_GAP.fullmatch(text[v.end : run[0].start]):
                break
            run.insert(0, v)
        if len(run) < 2:
            continue
        window = text[max(run[0].clause_start, run[0].start - ROLE_WINDOW) : run[0].start]
        words = list(_single_role().finditer(window))[-len(run) :]
        if len(words) != len(run) or any(not LIST_GAP.fullmatch(window[a.end() : b.start()]) for a, b in zip(words, words[1:])):
            words = _roles_with_rates(text, items, run)
            if words is None:
                continue
        for v, w in zip(run, words):
            v.role = p["role_of"][w.group(0).lower()]
            v.total = False
            v.sign = 1 if p["surplus"].search(w.group(0)) else -1 if p["deficit"].search(w.group(0)) else 0


#: between two role words each followed by its own change rate: "exports fell X and imports ..." (X: the rate)
RATE_GAP = re.compile(
    r"\s{1,3}(?:[a-z-]{1,15}\s{1,3}){0,3}(?:by\s{1,3})?X(?:\s{1,3}(?:year[- ]on[- ]year|on[- ]year|from\s{1,3}a\s{1,3}year\s{1,3}earlier))?"
    r"\s{0,3}[,，]?\s{0,3}(?:and|while|whereas)\s{1,3}(?:the\s{1,3}|its\s{1,3})?"
)
#: after the last role word, its rate and the word that opens the list of levels: "imports fell X, to "
RATE_TAIL = re.compile(
    r"\s{1,3}(?:[a-z-]{1,15}\s{1,3}){0,3}(?:by\s{1,3})?X(?:\s{1,3}(?:year[- ]on[- ]year|on[- ]year))?\s{0,3}[,，]?\s{0,3}"
    r"(?:to|at|reaching|hitting)\s{1,3}(?:(?:about|around|nearly|some|roughly)\s{1,3})?"
)


def _roles_with_rates(text: str, items: list[View], run: list[View]) -> list[re.Match[str]] | None:
    """The role words of "exports fell 2.6% and imports fell 4.7%, to $246.3 billion and $236.6 billion respectively":
    each role word followed by its own change rate, then the levels in the same order (None when the words are not so).
    """
    lo = max(run[0].sent_start, run[0].start - ROLE_WINDOW)
    rates = [v for v in items if v.kind == "percentage" and lo <= v.start and v.end <= run[0].start]
    if len(rates) != len(run):
        return None
    pieces, at = [], lo
    for v in rates:
        pieces += [text[at : v.start], "X"]
        at = v.end
    masked = "".join(pieces) + text[at : run[0].start]
    words = list(_single_role().finditer(masked))[-len(run) :]
    if len(words) != len(run) or not RATE_TAIL.fullmatch(masked, words[-1].end()):
        return None
    if any(not RATE_GAP.fullmatch(masked, a.end(), b.start()) for a, b in zip(words, words[1:])):
        return None
    return words


#: "..., respectively, to $61.3 billion and $52.4 billion": the levels a list of changes ended at, right after "respectively"
LEVELS_AFTER = re.compile(r"\s{0,3},?\s{0,3}(?:to|at|of|reaching|hitting)\s{1,3}(?:(?:about|around|nearly|some|roughly)\s{1,3})?")


def _respectively_after(text: str, items: list[View], m: re.Match[str]) -> None:
    """Roles of figures listed right after "respectively" ("Exports and imports rose 4.2% and 1.9%, respectively, to
    $61.3 billion and $52.4 billion"): the k figures take the k role words listed before the rates, in order.
    """
    p = _patterns()
    after = [v for v in items if v.kind == "figure" and v.sent_start <= m.start() < v.sent_end and v.start >= m.end()]
    if len(after) < 2 or not LEVELS_AFTER.fullmatch(text[m.end() : after[0].start]):
        return
    run = [after[0]]
    for v in after[1:]:
        if not LIST_GAP.fullmatch(text[run[-1].end : v.start]):
            break
        run.append(v)
    rates = [v for v in items if v.kind == "percentage" and v.sent_start <= m.start() < v.sent_end and v.end <= m.start()]
    if len(run) < 2 or len(rates) != len(run):
        return
    window = text[max(rates[0].clause_start, rates[0].start - ROLE_WINDOW) : rates[0].start]
    words = list(_single_role().finditer(window))[-len(run) :]
    if len(words) != len(run) or any(not LIST_GAP.fullmatch(window[a.end() : b.start()]) for a, b in zip(words, words[1:])):
        return
    for v, w in zip(run, words):
        v.role = p["role_of"][w.group(0).lower()]
        v.total = False
        v.sign = 1 if p["surplus"].search(w.group(0)) else -1 if p["deficit"].search(w.group(0)) else 0


#: "trade between China and Russia": a flow between two named places (either may be the subject)
BETWEEN = re.compile(
    r"\bbetween\s{1,3}(?:the\s{1,3})?(?P<a>[A-Z][\w.’'-]{0,30}(?:\s{1,3}[A-Z][\w.’'-]{0,30}){0,3})\s{1,3}and\s{1,3}"
    r"(?:the\s{1,3})?(?P<b>[A-Z][\w.’'-]{0,30}(?:\s{1,3}[A-Z][\w.’'-]{0,30}){0,3})"
)
#: "China-Australia trade", "US-China bilateral trade": two places joined by a hyphen right before the flow word
PAIR_COMPOUND = re.compile(
    r"(?<![\w-])(?P<a>[A-Z][A-Za-z.]{1,20})\s{0,1}[-–]\s{0,1}(?P<b>[A-Z][A-Za-z.]{1,20})\s{1,3}(?:(?:bilateral|two-way|goods|total)\s{1,3})?$"
)
#: a word made of capitalized names joined by hyphens ("China-Australia", "US-China")
NAME_COMPOUND = re.compile(r"[A-Z][A-Za-z.]{0,20}(?:[-–][A-Z][A-Za-z.]{0,20}){1,3}")
#: how a "between" partner is written: both names, sorted, joined by this
PAIR = " & "


#: the preposition that names where a flow starts from, not its partner: "exports from Taiwan" are Taiwan's exports
ORIGIN_PREP = {"exports": "from", "imports": "to"}


def partner_in(text: str, role: str | None = None) -> str | None:
    """The partner a flow phrase names ("exports to the US" -> "united states"); months are not partners ("from January to November").

    "trade between China and Russia" names both places ("china & russia"): `same_partner` lets
    either stand for the partner of the flow.
    """
    between = BETWEEN.search(text)
    if between:
        a, b = normalize_name(between.group("a")), normalize_name(between.group("b"))
        if a and b and a != b:
            return PAIR.join(sorted((a, b)))
    for m in _patterns()["partner"].finditer(text):
        if role in ORIGIN_PREP and m.group(0).split()[0].lower() == ORIGIN_PREP[role]:
            continue
        name = m.group("p")
        if not is_month(name.split()[0]):
            return normalize_name(name)
    return None


def same_partner(a: str | None, b: str | None) -> bool:
    """Two partners of a flow are one: equal, or one is a place of the other's "between X and Y"."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    pa, pb = a.split(PAIR), b.split(PAIR)

    def within(xs: list[str], ys: list[str]) -> bool:
        return all(any(same_place(x, y) for y in ys) for x in xs)

    return (len(pa) == 2 and within(pb, pa)) or (len(pb) == 2 and within(pa, pb)) or (len(pa) == len(pb) == 1 and same_place(a, b))


def pair_owner_fits(a: "View", b: "View") -> bool:
    """A flow between two places ("trade between China and South Africa") goes with a flow of one of them with the
    other (China's exports to South Africa), not with a third place's flow with one of them (US exports to South Africa).

    The single-partner figure's subject (its own, else the article's) must be the pair's other place, or unknown.
    """
    for pair, single in ((a, b), (b, a)):
        if pair.partner and PAIR in pair.partner and single.partner and PAIR not in single.partner:
            owner = single.subject_or_default
            if owner is not None and not any(same_place(owner, p) for p in pair.partner.split(PAIR)):
                return False
    return True


#: what a demonym adds to its place name ("Brazil" -> "Brazilian", "Japan" -> "Japanese", "Austria" -> "Austrian")
DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "ish")


def same_place(a: str, b: str) -> bool:
    """One place, or a place and its demonym ("australia" and "australian": "China-Australian trade")."""
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long_.startswith(short) and long_[len(short) :] in DEMONYM_ENDINGS)


# ----------------------------------------------------------------------------- names and periods


#: names, metrics and categories are pure functions of their text, asked for again for every pair of claims the
#: checks compare; an article has a few dozen distinct ones
NAME_CACHE_SIZE = 4096


@lru_cache(maxsize=1)
def _alias_table() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    v = check_vocab()
    names = {_clean(a): canon for canon, alist in v.aliases.items() for a in [canon, *alist]}
    metrics = {_clean(a): canon for canon, alist in v.metric_synonyms.items() for a in [canon, *alist]}
    return names, metrics, frozenset(v.metric_stopwords)


def _clean(s: str) -> str:
    s = s.lower().replace("’", "'")
    s = re.sub(r"'s\b|s'(?=\s|$)", lambda m: "" if m.group(0) == "'s" else "s", s)
    s = re.sub(r"[^\w.\s-]", " ", s)
    s = re.sub(r"\s{1,50}", " ", s).strip(" .-–—")  # "- Taiwan" after a dateline dash is "taiwan"
    return s.removeprefix("the ")


#: a subject that only points back at one named before ("the country", "The kingdom", "its", "it"), or an epithet's
#: possessor ("The world's biggest buyer of vegetable oils imported ..." -> "The world"): a determiner or pronoun (of
#: either case, at a sentence start) followed by at most two lower-case words
ANAPHOR = re.compile(r"(?i:the|this|that|these|those|its|their|it|they|which)(?:\s{1,3}[a-z][a-z-]{0,30}){0,2}")


@lru_cache(maxsize=NAME_CACHE_SIZE)
def normalize_name(name: str | None) -> str | None:
    """A place or subject name in one spelling: case, possessives, "the", aliases ("ROK" -> "south korea").

    A subject that only refers back ("the country", "the company", "it") names nothing: None, like
    a missing subject (the checks then read it as any subject of the article).
    """
    if not name:
        return None
    names, _, _ = _alias_table()
    s = _clean(name)
    if s in names:
        return names[s]
    if ANAPHOR.fullmatch(name.strip()):
        return None
    return s or None


@lru_cache(maxsize=NAME_CACHE_SIZE)
def normalize_metric(metric: str | None) -> str | None:
    """A metric in one spelling: "South Korea's total exports to the ROK" style variants made equal.

    Lower-cased, possessives and stopwords dropped, place names and metric synonyms replaced by
    their canonical form (longest phrase first).
    """
    if not metric:
        return None
    names, metrics, stop = _alias_table()
    s = _clean(metric)
    table = {**metrics, **names}
    pattern = _phrase_pattern()
    s = pattern.sub(lambda m: table[m.group(0)], s)
    words = [w for w in s.split() if w not in stop]
    while words and words[-1] in TRAILING:  # "trade deficit for" (its date object dropped by the parse)
        words.pop()
    return " ".join(words) or None


#: words a metric phrase cannot end with: prepositions left when the parse dropped their object
TRAILING = frozenset({"for", "in", "of", "to", "from", "with", "on", "at", "by", "during", "over", "between"})


@lru_cache(maxsize=1)
def _phrase_pattern() -> re.Pattern[str]:
    names, metrics, _ = _alias_table()
    return re.compile(rf"(?<![\w.])(?:{_alt(list(names) + list(metrics))})(?![\w])")


#: currency words that are also other English words, kept in a metric's category ("real GDP", "pounds of beef")
AMBIGUOUS_CURRENCY_WORDS = frozenset({"real", "pound", "pounds"})


@lru_cache(maxsize=1)
def _currency_words() -> frozenset[str]:
    """One-word names of currencies (units.yaml): "dollars", "yuan", "rand" name the unit of a figure, not a category of it."""
    words = {w.lower() for c in units().currencies for w in c.words if " " not in w}
    return frozenset(words - AMBIGUOUS_CURRENCY_WORDS)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def category(metric: str | None) -> frozenset[str]:
    """What narrows a flow to a category: metric words beyond role words, partners, generic words and currency names.

    "car exports to the US" -> {"car"}; "exports to China" and "monthly exports" -> {} (the partner
    is compared separately); "US dollars" (a metric the claim stage took from the figure's own
    currency words) -> {}.
    """
    if not metric:
        return frozenset()
    metric = metric.rsplit("]", 1)[-1]  # "[Reporter Lin Xiaoyi] Exports from ...": a byline is no category
    names, _, _ = _alias_table()
    name_words = {w for n in names for w in n.split()}
    currency = _currency_words()
    kept = [
        w
        for i, w in enumerate(metric.split())
        if not re.search(r"['’]s?$", w)  # possessives name the subject: "Vietnam's exports"
        and not (i > 0 and w[:1].isupper())  # proper names inside the phrase
        and not NAME_COMPOUND.fullmatch(w)  # "China-Australia trade": the partners, compared separately
        and w.lower().strip(".,") not in name_words
        and w.lower().strip(".,") not in currency
    ]
    norm = normalize_metric(" ".join(kept))
    if not norm:
        return frozenset()
    v = check_vocab()
    p = _patterns()
    norm = re.sub(rf"\b(?:{_alt(v.partner_preps)})\b.*$", "", norm)  # the partner phrase and what follows
    norm = p["role"].sub(" ", norm)
    skip = {w.lower() for w in v.generic_metric_words} | {w.lower() for w in v.metric_stopwords}
    months = p["months"]
    time_words = {w.lower() for w in v.time_words}
    def timeless(w: str) -> bool:  # "first-half", "seven", "months": words of a time phrase name no category
        return all(x in skip or x in months or x in time_words or x in TRAILING or x.isdigit() for x in w.split("-"))

    words = (w for w in norm.split() if not timeless(w))
    return frozenset(w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words)  # "cars" = "car"


def same_category(a: View, b: View) -> bool:
    """Both figures are about the same category of the flow (none, or the same words)."""
    return category(a.claim.metric) == category(b.claim.metric)


def stated_same_period(a: View, b: View) -> bool:
    """Both claims were given one period by the claim stage (equal known periods, or both unknown in one sentence)."""
    pa, pb = a.claim.period, b.claim.period
    if pa is not None and pb is not None:
        return pa.start == pb.start and pa.end == pb.end
    return pa is None and pb is None and a.sent == b.sent


def prefer_stated_period(anchor: View, found: list[View]) -> list[View]:
    """The candidates of the anchor's stated period when there are any, else all (of its period by context)."""
    stated = [v for v in found if stated_same_period(v, anchor)]
    return stated or found


def same_period(a: View, b: View) -> bool:
    """Both claims refer to one period: equal known periods, both unknown in one sentence, or one period by context.

    "By context": at most one of the two names a time in its own clause, and read in order (a claim
    without time words of its own is of the period of the claim before it in its paragraph) both
    are of one period.
    """
    if a.year_back != b.year_back:
        return False  # "A year before, ... $3.59 trillion": a year before the figures it was dated like
    if stated_same_period(a, b):
        return True
    ea, eb = a.eff_period, b.eff_period
    if a.own_period and b.own_period or ea is None or eb is None:
        return False
    return ea.start == eb.start and ea.end == eb.end


def same_subject(a: View, b: View) -> bool:
    """Subjects do not contradict: equal after normalization, or one unknown.

    A claim without a subject may be about anything the article is about (no contradiction).
    """
    sa, sb = a.subject, b.subject
    return sa is None or sb is None or sa == sb


#: an article's most named subject stands in for its claims' missing subjects when it covers at least
#: this share of the claims that name one (an article about Korea's trade says "exports to China" of Korea)
DOMINANT_SHARE = 0.6
#: ... and is named at least this often (one named claim says little about the rest)
DOMINANT_MIN = 2


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(check_vocab().aliases)


@lru_cache(maxsize=1)
def _places_longest_first() -> list[str]:
    return sorted(_place_names(), key=len, reverse=True)


@lru_cache(maxsize=NAME_CACHE_SIZE)
def subject_in_metric(metric: str | None) -> tuple[str | None, str | None]:
    """A place the metric opens with, as its subject, and the metric without it ("China's exports" -> china, exports)."""
    norm = normalize_metric(metric)
    if norm is None:
        return None, None
    for name in _places_longest_first():
        if norm == name:
            return name, None
        if norm.startswith(name + " "):
            return name, norm[len(name) + 1 :]
    return None, norm


def subject_of(claim: Any) -> str | None:
    """The claim's subject, normalized, else the place its metric opens with."""
    return normalize_name(claim.subject) or subject_in_metric(claim.metric)[0]


@lru_cache(maxsize=NAME_CACHE_SIZE)
def country_of(name: str | None) -> str | None:
    """The country a name stands for in the run's knowledge base, normalized ("New Delhi" -> "india", "Indonesian" ->
    "indonesia"), else None.

    The knowledge base lists a country's capital among its names: a capital acting in the news ("New Delhi cut the
    duty") stands for its government. The alias table knows a dozen places; the knowledge base knows the countries
    the run's articles are about.
    """
    if not name or not name.strip():
        return None
    from ..normalize.actors import default_kb

    try:
        found = default_kb().find_country(name.strip())
    except Exception:  # noqa: BLE001 - a knowledge base that cannot be read names no country
        return None
    return normalize_name(found.name) if found is not None else None


def subject_country(claim: Any) -> str | None:
    """The claim's subject as a country when the knowledge base knows it as one, else its normalized subject."""
    return country_of(claim.subject) or subject_of(claim)


def article_subject(claims: list[Any]) -> str | None:
    """The subject most of an article's figures and percentages name, when one clearly dominates.

    Subjects are counted by the country they stand for, so a capital acting for its government ("New Delhi cut the
    duty") counts for its country ("India's imports jumped").
    """
    named = Counter(s for c in claims if c.kind in {"figure", "percentage"} and (s := subject_country(c)) is not None)
    if not named:
        return None
    top, count = named.most_common(1)[0]
    return top if count >= DOMINANT_MIN and count >= DOMINANT_SHARE * sum(named.values()) else None


def words_between(text: str, a: int, b: int) -> str:
    return text[a:b] if a <= b else ""


def is_month(word: str) -> bool:
    return word.lower().strip(".") in _patterns()["months"]


#: a capitalized name of one to three words in a headline ("Taiwan's exports rely on ...")
TITLE_NAME = re.compile(r"(?<![\w-])[A-Z][\w.’'-]{1,30}(?:\s{1,3}[A-Z][\w.’'-]{1,30}){0,2}")


def title_place(title: str | None) -> str | None:
    """The first known place a headline names ("Taiwan's exports rely on AI orders" -> "taiwan"), else None.

    Headlines name the economy a story is about first; only places the alias table or the knowledge base's
    countries know count, so a company or a person in the headline names none.
    """
    if not title:
        return None
    places = _place_names()
    for m in TITLE_NAME.finditer(title):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):  # "South Korea's chip exports": the longest known prefix
            name = normalize_name(" ".join(words[:n]))
            if name in places:
                return name
            country = country_of(" ".join(words[:n]))
            if country is not None:
                return country
    return None
