"""Percentages: changes, shares, levels and percentage points, with direction and baseline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice

from ..document import ArticleDoc
from ..models import PercentageClaim
from ..registry import rule
from .common import build_claim
from .context import (
    WORD,
    attribution,
    baseline_near,
    clause_bounds,
    direction_in,
    growth_direction,
    has_parse,
    is_rate_level,
    own_clause,
    period_of,
    reached_by_move,
    subject_metric,
    words_before,
    words_right_after,
)
from .figures import numbers_of, period_bounds
from .numbers import NumberMention
from .periods import clause_verb, expanded_span
from .vocab import percent_cues

#: how many words before a percentage may carry its cue ("rose 7.8%", "an increase of 0.6%")
CUE_WINDOW = 6
#: chars next to a percentage its cue patterns read (far more than the longest match of any: BY_AMOUNT, TO_LEVEL,
#: ANNUAL_RATE, OR_SHARE and the checks on its left, the share and change cues after it)
CUE_CHARS = 300
#: words searched back from "by X" to its verb ("lower its three key interest rates by 0.25 points")
BY_WINDOW = 10
#: a level reached or left, not a change: "rose to 5%", "cut to 3.5%", "at 2%", "down from 17.2%"
TO_LEVEL = re.compile(r"\b(?:to|at|from)\s{1,3}(?:(?:about|around|nearly|almost|over|just|a)\s{1,3})?$", re.I)
#: "by X" / "by about X": a change amount whose verb may stand several words back
BY_AMOUNT = re.compile(
    r"\bby\s{1,3}(?:(?:about|around|nearly|almost|some|roughly|a\s{1,3}total\s{1,3}of|another|a\s{1,3}further"
    r"|a\s{1,3}cumulative|a\s{1,3}combined|an\s{1,3}additional)\s{1,3})?$",
    re.I,
)
#: the "up to" of an at-most qualifier at the end of the text before a number
UP_TO_END = re.compile(r"\bup\s{1,3}to\s{0,3}$", re.I)
#: "grew at an annualized rate of 2.8%": a change whose verb stands before the rate phrase
ANNUAL_RATE = re.compile(
    r"\b(?:at\s{1,3})?an?\s{1,3}(?:annual|annuali[sz]ed|seasonally\s{1,3}adjusted\s{1,3}annual(?:i[sz]ed)?|year-on-year)\s{1,3}(?:rate|pace)\s{1,3}of\s{1,3}$",
    re.I,
)
#: "$16.28 billion, or 24.2%": a percentage in apposition to an amount is its share of a total ...
OR_SHARE = re.compile(r"[$€£¥₩]?\d[^,;%]{0,30},\s{0,2}or\s{1,3}(?:about\s{1,3}|nearly\s{1,3}|around\s{1,3})?$", re.I)
#: ... unless the amount is itself a change ("up 1.2 trillion yuan, or 5.1 percent")
CHANGE_AMOUNT_BEFORE = re.compile(
    r"\b(?:by|up|down|(?:increase|decrease|rise|growth|gain|drop|decline|fall|jump)\s{1,3}of)\s{1,3}(?:about\s{1,3}|nearly\s{1,3})?$", re.I
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    cues = percent_cues()

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    share_before = re.compile(rf"\b(?:{alt(cues.share_before)})\b[^.;%]{{0,60}}$", re.I)
    share_after = re.compile(rf"^\s{{0,2}}(?:{alt(cues.share_after)})\b", re.I)
    change_after = re.compile(
        rf"^\s{{0,2}}(?:(?:annualized|annualised|annual|monthly|quarterly|sequential|on-year|on-month|year-on-year"
        rf"|month-on-month|quarter-on-quarter|y/y|m/m)\s{{1,3}})?"  # "a 5% year-on-year decrease": the noun tells the way
        rf"(?:{alt(cues.change_after)})\b",
        re.I,
    )
    return share_before, share_after, change_after, frozenset(w.lower() for w in cues.level)


def _share_of_amount(before: str) -> bool:
    """Whether the text before a percentage ends in "<amount>, or" with an amount that is not a change."""
    m = OR_SHARE.search(before)
    return m is not None and CHANGE_AMOUNT_BEFORE.search(before[max(0, m.start() - 30) : m.start()]) is None


#: words before a percentage searched for the noun "share"
SHARE_WORDS_BACK = 4


def _names_share(doc: ArticleDoc, start: int, words: list[str]) -> bool:
    """Whether "share" is among the last words before a percentage as a noun of its own ("its share rose to 18%"), not
    a modifier of another noun ("its share price rose 5%", "the Nikkei share average dropped 1.8%"; parse only)."""
    if "share" not in words[-SHARE_WORDS_BACK:]:
        return False
    if not has_parse(doc):
        return True
    found = list(WORD.finditer(doc.text, max(0, start - 80), start))[-SHARE_WORDS_BACK:]
    for m in found:
        if m.group(0).lower() != "share":
            continue
        span = doc.nlp.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0 or span.root.dep_ not in {"compound", "amod"}:
            return True
    return False


def _after_way(change_words: str) -> str | None:
    """'up' / 'down' from a change word after the number that tells the way by itself ("10% more", "3% less";
    percent_cues.yaml change_after_up / change_after_down), else None."""
    cues = percent_cues()
    last = change_words.lower().split()[-1]
    if last in {w.lower() for w in cues.change_after_up}:
        return "up"
    return "down" if last in {w.lower() for w in cues.change_after_down} else None


def classify(doc: ArticleDoc, n: NumberMention, clause: tuple[int, int]) -> tuple[str, str | None]:
    """(measure, direction) of a percentage from the words around it."""
    share_before, share_after, change_after, level_words = _patterns()
    text = doc.text
    # the cue patterns read a bounded stretch next to the number (each ends at the number or starts right after
    # it): the clause's text beyond CUE_CHARS is never reached, and a number-dense clause is not copied per number
    before = text[max(clause[0], n.start - CUE_CHARS) : n.start]
    after = text[n.end : min(clause[1], n.end + CUE_CHARS)]
    words = words_before(text, clause[0], n.start, CUE_WINDOW)
    if n.qualifier == "at_most" and words[-2:] == ["up", "to"]:  # "reduced by up to 40%": read as "reduced by 40%"
        words = words[:-2]
        before = UP_TO_END.sub("", before)
    comparative = COMPARATIVE_BEFORE.search(before)
    if comparative is not None:  # "lower than the 25% originally scheduled": the words before the comparative
        words = words_before(text, clause[0], max(clause[0], n.start - CUE_CHARS) + comparative.start(), CUE_WINDOW)
    by = BY_AMOUNT.search(before)
    if by:  # the words up to "by" (past an "up to" taken off)
        words = words_before(text, clause[0], max(clause[0], n.start - CUE_CHARS) + len(before), BY_WINDOW)
        verb = _by_verb_direction(doc, max(clause[0], n.start - CUE_CHARS) + by.start())
        if verb is not None:  # "could lower economic growth by 0.1 to 0.2 points": the verb's way, not its object's
            words = words + [verb]
    if n.measure == "points":
        return "points", direction_in(words + [w.group(0).lower() for w in islice(WORD.finditer(text, n.end, clause[1]), 3)])
    if share_after.match(after) or share_before.search(before[-80:]) or _names_share(doc, n.start, words) or _share_of_amount(before):
        return "share", None
    m = change_after.match(after)
    if m:
        # the way a word after the number tells ("0.8% below ...") outranks a cue farther back, which may be another
        # number's ("reached 2.03 million tons in the first nine months, 0.8% below the same period last year")
        return "change", direction_in(words[-2:] + m.group(0).lower().split()) or _after_way(m.group(0)) or direction_in(words)
    if ANNUAL_RATE.search(before):
        direction = direction_in(words_before(text, clause[0], n.start, BY_WINDOW))
        if direction:
            return "change", direction
    after_words = _noun_words_after(text, n.end, clause[1], 2)
    if any(w in level_words for w in after_words) or is_rate_level(doc, clause, n.start, n.end, before=False, after_words=len(after_words)):
        return "level", None  # "a 2 percent target", "a 10 percent import tariff"
    own = own_clause(doc, clause, numbers_of(doc), n.start)  # the words since the clause's previous number
    own_before = text[own[0] : n.start]
    named_level = is_rate_level(doc, own, n.start, n.end) or any(w in level_words for w in WORD.findall(own_before.lower()))
    if TO_LEVEL.search(before) or _names_level(doc, clause[0], n.start, level_words):
        growth = None if named_level else growth_direction(doc, own, n.start)
        return ("change", growth) if growth else ("level", None)
    direction = direction_in(words)
    if direction:
        return "change", direction
    growth = None if named_level else growth_direction(doc, own, n.start)
    if growth:  # a growth rate held to a cap or target: "keep the growth of household loans within 5 percent"
        return "change", growth
    return "level", None


#: words that open a phrase of their own right after a percentage: a level noun after one is not the noun the percentage
#: qualifies ("fell 3% on tariff fears", "surge 61% after duty cut", "rose 2% as the levy took effect")
PHRASE_OPENERS = frozenset({"after", "amid", "on", "despite", "as", "following", "before", "since", "because", "in", "at",
                            "for", "over", "to", "of", "by", "against", "ahead", "when", "if", "until", "during", "under",
                            "into", "toward", "towards", "due", "through", "thanks"})


def _noun_words_after(text: str, end: int, hi: int, n: int) -> list[str]:
    """Up to `n` words right after a percentage that may name what it is ("a 2 percent target", "10 percent import
    tariff"), stopping at a word that opens another phrase (PHRASE_OPENERS)."""
    words = words_right_after(text, end, hi, n)
    for i, w in enumerate(words):
        if w in PHRASE_OPENERS:
            return words[:i]
    return words


#: a minus written right before a number: "-3.2%", "−0.4 point", "minus 3.2%", "(-1.5%)" (not the dash of a range "5-6%"
#: or of a compound "year-on-year-3%", which follow a word character, nor a tolerance band: "plus or minus 1 point", "+/-1%")
NEGATIVE_BEFORE = re.compile(r"(?:(?:^|(?<=[\s(\[:=,]))[-−]\s?|\b(?<!plus or )(?<!plus-or-)(?<!plus/)minus\s{1,3})$", re.I)


def _negative_sign(text: str, start: int) -> bool:
    """Whether a minus sign or the word "minus" stands right before the number at `start`."""
    return NEGATIVE_BEFORE.search(text, max(0, start - 8), start) is not None


#: words before a percentage searched for a level noun ("the tariff of 25%", "the rate at 5%")
LEVEL_WORDS_BACK = 3


def _names_level(doc: ArticleDoc, lo: int, start: int, level_words: frozenset[str]) -> bool:
    """Whether one of the last words before a percentage is a level noun ("tariff", "rate") that heads its phrase: not a
    modifier of another noun ("tax revenue fell 11.2%": the revenue fell; parse only)."""
    found = [m for m in WORD.finditer(doc.text, max(lo, start - 80), start)][-LEVEL_WORDS_BACK:]
    for m in found:
        if m.group(0).lower() not in level_words:
            continue
        if not has_parse(doc):
            return True
        span = doc.nlp.char_span(m.start(), m.end())
        if span is None or len(span) != 1 or span[0].dep_ != "compound":
            return True
    return False


def _by_verb_direction(doc: ArticleDoc, by_start: int) -> str | None:
    """The cue word of the verb a "by X" amount hangs on (parse), when it is a direction cue: in "lower South
    Africa's growth by 0.2 points" the verb "lower" tells the way, the object "growth" does not. None without a parse."""
    if not has_parse(doc):
        return None
    span = doc.nlp.char_span(by_start, by_start + 2)
    if span is None or len(span) != 1 or span[0].lower_ != "by":
        return None
    head = span[0].head
    up, down, _ = _cue_words()
    word = head.lower_
    return word if head.pos_ in {"VERB", "AUX"} and (word in up or word in down) else None


@lru_cache(maxsize=1)
def _cue_words() -> tuple[frozenset[str], frozenset[str], None]:
    cues = percent_cues()
    return frozenset(w.lower() for w in cues.up), frozenset(w.lower() for w in cues.down), None


#: what may stand between two percentages of one list ("to 2.15% and 2.40%", "2.0 percent this year and 1.6
#: percent in 2026"), once its time expressions are taken out
LIST_GAP = re.compile(r"(?:[\s,]|\b(?:in|for|during|over|and)\b){1,12}", re.I)
LIST_JOIN = re.compile(r",|\band\b", re.I)  # not "or": "up 12.3%, or 27.4% of the total" is a share, no list


def continues_list(doc: ArticleDoc, prev: NumberMention, n: NumberMention) -> bool:
    """Whether n is the next item of a list that prev started ("lowered to 2.15% and 2.40%")."""
    if prev.measure != n.measure:
        return False
    gap = list(doc.text[prev.end : n.start])
    for t in doc.times:
        if prev.end <= t.start and t.end <= n.start:
            gap[t.start - prev.end : t.end - prev.end] = " " * (t.end - t.start)
    gap_text = re.sub(r"\s+", " ", "".join(gap))
    return LIST_GAP.fullmatch(gap_text) is not None and LIST_JOIN.search(gap_text) is not None


#: a percentage given as the value compared with: "down from the 1.5% it projected", "slower than the 4.7% pace"
_COMPARED_TAIL = (
    r"\s{1,3}(?:(?:the|a|an|about|around|nearly|some)\s{1,3}){0,2}"
    r"(?:(?:upwardly|downwardly|revised|initial|initially|preliminary|previous|prior|flash|earlier|original|originally"
    r"|reported|estimated|expected|forecast|projected)\s{1,3}){0,2}(?:(?:reading|estimate|print|figure|forecast)\s{1,3}of\s{1,3})?"
    r"(?:(?:more|less)\s{1,3}than\s{1,3})?$"
)
COMPARED_BEFORE = re.compile(rf"\b(?:from|than|compared\s{{1,3}}(?:with|to)|versus|vs\.?){_COMPARED_TAIL}", re.I)
#: a comparative right before a compared value ("15%, lower than the 25% scheduled"): it tells how the OTHER value
#: compares, not which way this one moved
COMPARATIVE_BEFORE = re.compile(rf"\b(?:higher|lower|more|less|above|below|greater|smaller|up|down)\s{{1,3}}(?:than|from){_COMPARED_TAIL}", re.I)
#: change nouns right after a compared value that name a fall ("compared with a 3% drop")
FALL_AFTER = re.compile(r"\s{0,2}(?:fall|drop|decline|decrease|contraction|slump|slide|dip|loss|reduction)\b", re.I)


def _compared_value(doc: ArticleDoc, prev: NumberMention, n: NumberMention, sent: tuple[int, int]) -> bool:
    """Whether n is the value a number earlier in its sentence is compared with: "GDP growing 0.8%, down from the
    1.5% it projected in February" (a change too, whatever the comparison word says of the first one), "dropped to
    19 percent, from more than 20 percent" (a share too). With a parse both must stand in the same clause ("cut by
    47%, and the tariff will be raised from 25%": the 25% is the tariff's level; "rose 3.1%, as investors bet the
    rates were lower than the 30%": another clause's value)."""
    if not sent[0] <= prev.start or COMPARED_BEFORE.search(doc.text, max(sent[0], n.start - 40), n.start) is None:
        return False
    if doc.nlp is None:
        return True
    prev_verb, verb = clause_verb(doc, prev.start, prev.end), clause_verb(doc, n.start, n.end)
    return prev_verb is None or verb is None or prev_verb.i == verb.i


def _own_direction(doc: ArticleDoc, n: NumberMention, clause: tuple[int, int]) -> str:
    """The direction of a compared change: a fall when a fall noun follows it, else a rise."""
    return "down" if FALL_AFTER.match(doc.text, n.end, clause[1]) else "up"


#: a conjunction between two items of one list ("and by 0.3%")
JOINED_BY = re.compile(r"\b(?:and|or|but)\s{1,3}by\b", re.I)
#: the only words an elliptical list item has before its number ("..., and 1.6% next year")
ELLIPSIS_WORDS = frozenset({"and", "or", "but", "then", "about", "around", "nearly", "almost", "roughly", "some", "another"})


def _elliptical(doc: ArticleDoc, prev: NumberMention, n: NumberMention, clause: tuple[int, int], sent: tuple[int, int]) -> bool:
    """Whether n is a later item of its sentence with no words of its own before it ("and 1.6% next year", "shrank
    0.3% in the fourth quarter and by 0.3% in 2023"): it shares the verb of the sentence's earlier change."""
    if not sent[0] <= prev.start or prev.measure != n.measure:
        return False
    if clause[0] <= prev.start and BY_AMOUNT.search(doc.text, max(prev.end, n.start - 40), n.start) \
            and own_clause(doc, clause, [prev], n.start) == clause and JOINED_BY.search(doc.text, prev.end, n.start):
        return True  # "... and by 0.3% in 2023": only time phrases and link words since the earlier change
    words = (w.group(0).lower() for w in WORD.finditer(doc.text, clause[0], n.start))  # read only up to a verdict
    first = next(words, None)
    return first in {"and", "or", "but"} and all(w in ELLIPSIS_WORDS for w in words)


#: dependency labels of a clause subordinate to another ("citing a slowdown ...", "after inflation eased ...", "inflation
#: that reached ..."): a rate named in the clause above it is not what its numbers measure
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp"})
#: steps walked up from a number looking for the subordinate clause it stands in
SUBORDINATE_STEPS = 8


#: words that open a subordinate clause or purpose phrase after a rate decision ("..., after annual inflation eased to
#: 1.78%", "..., citing a slowdown in inflation to 20.4%", "to curb inflation that reached 33.88%"), read without a parse
SUBORDINATE_OPENER = re.compile(
    r",\s{1,3}(?:after|citing|amid|following|as|because|with)\b|\bto\s{1,3}(?:curb|tame|fight|contain|cool|combat|rein\s{1,3}in)\b",
    re.I,
)


def _subordinate_by_words(text: str, clause: tuple[int, int], start: int) -> tuple[int, int]:
    """Without a parse, the part of the clause from the last subordinate opener before the number on (SUBORDINATE_OPENER),
    else the whole clause."""
    last = None
    for last in SUBORDINATE_OPENER.finditer(text, max(clause[0], start - CUE_CHARS), start):
        pass
    return (last.start(), clause[1]) if last is not None else clause


def _rate_search_span(doc: ArticleDoc, clause: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The part of the clause where the rate a level is of may be named: from the start of the subordinate clause the
    number stands in (parse) on ("cut its policy rate to 27% on Sept. 27, citing a slowdown in consumer inflation to
    20.4% in August", "..., after annual inflation eased to 1.78% in October", "to curb inflation that reached 33.88%");
    not a prepositional list ("..., including 20% on Vietnam") nor a clause on the rate noun itself ("the tariff, which
    rose to 25%"). Without a parse, from the last word that opens such a clause (SUBORDINATE_OPENER); else the whole
    clause."""
    if not has_parse(doc):  # no parse (fast mode): the words that open such a clause
        return _subordinate_by_words(doc.text, clause, start)
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return clause
    token = span.root
    for _ in range(SUBORDINATE_STEPS):
        if token.dep_ in SUBORDINATE_DEPS:
            head_end = token.head.idx + len(token.head.text)
            if is_rate_level(doc, (token.head.idx, head_end), head_end, head_end, after_words=0):
                return clause  # the clause qualifies the rate noun itself
            lo = token.left_edge.idx
            return (lo, clause[1]) if clause[0] < lo < start else clause
        if token.head is token:
            break
        token = token.head
    return clause


@rule("percentage.v1")
def extract_percentages(doc: ArticleDoc) -> Iterator[PercentageClaim]:
    """Every percentage, told apart as change / share / level / points."""
    previous: tuple[NumberMention, str, str | None] | None = None
    for n in numbers_of(doc):
        if n.kind != "percent":
            continue
        sent = doc.sentence_bounds(n.start, n.end)
        clause = clause_bounds(doc.text, sent, n.start, n.end)
        if previous is not None and (
            (n.range_id is not None and n.range_id == previous[0].range_id and n.measure == previous[0].measure)
            or continues_list(doc, previous[0], n)
        ):
            _, measure, direction = previous  # "an increase of 3.4% to 6.9%", "to 2.15% and 2.40%": as the first item
        elif previous is not None and previous[1] == "change" and _elliptical(doc, previous[0], n, clause, sent):
            _, measure, direction = previous  # "growing 0.8% in 2025, ..., and 1.6% next year": the same verb's
        else:
            measure, direction = classify(doc, n, clause)
            if previous is not None and previous[1] in {"change", "share"} and _compared_value(doc, previous[0], n, sent):
                if previous[1] == "change":
                    measure, direction = "change", _own_direction(doc, n, clause)
                else:  # "took up 7 percent of the market, down from more than 8 percent": a share compared with
                    measure, direction = "share", None
        previous = (n, measure, direction)
        if measure in {"change", "points"} and _negative_sign(doc.text, n.start):
            direction = "down"  # "growth was -3.2%", "came in at minus 0.4 percentage point": a fall, whatever the verb
        rate_level = measure in {"level", "points"} and is_rate_level(doc, _rate_search_span(doc, clause, n.start, n.end), n.start, n.end)
        move = measure in {"change", "points"} or reached_by_move(doc, clause, n.start)
        # a rate's move has the day it was decided on; the level it reached, as a level set at that decision, too
        period, _ = period_of(doc, *period_bounds(doc, n), dated=not rate_level, move=move and not (rate_level and reached_by_move(doc, clause, n.start)))
        subject, metric = subject_metric(doc, n.start, n.end)
        yield build_claim(
            doc,
            PercentageClaim,
            "percentage.v1",
            n.start,
            n.end,
            value=n.value,
            measure=measure,
            direction=direction,
            qualifier=n.qualifier,
            period=period,
            baseline=baseline_near(doc, clause) if measure in {"change", "points"} else None,
            subject=subject,
            metric=metric,
            attribution=attribution(doc, n.start, n.end),
            range_id=f"r{n.range_id}" if n.range_id is not None else None,
        )
