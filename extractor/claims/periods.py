"""Tie a number to the period phrase the parse attaches it to, when a sentence holds several.

The text rules of extractor.dates.choose_period pick by position (clause, nearest before, directly
after). They go wrong when a second number brings its own period later in the clause: "Imports fell 3% in
October, compared with a 1.5% gain in September" - the nearest expression before 1.5% is October, but
"in September" hangs on "gain", the noun 1.5% modifies. spaCy's dependency parse says what each phrase
modifies; a period attached to the same word as the number wins over one attached elsewhere.

Also "a 0.1% fall the month before": a "month before"/"year earlier" phrase hanging directly on the change
noun a number modifies, with no comparison word ("from", "than", "compared with") before it, dates that
change; it is not the baseline of the sentence's other change.
"""

from __future__ import annotations

import re
from typing import Any

from ..dates import load_claim_cues
from ..dates.attach import compared_value_at
from ..dates.context import CUE_WINDOW, cue_patterns
from ..dates.model import TimeExpr
from ..document import ArticleDoc

NUMBER = re.compile(r"\d")
JOIN = re.compile(r"\b(?:and|but|while|whereas)\b|;", re.IGNORECASE)
#: dependency labels by which a number modifies a noun ("a 1.5% gain", "the 4.7% pace")
MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "quantmod", "nmod"})
#: dependency labels by which a number is measured by its head ("rose 3%", "reached $5 billion", "to 5%"), not its subject
GOVERNED_DEPS = MODIFIER_DEPS | {"dobj", "npadvmod", "attr", "pobj", "advmod", "appos", "oprd", "acomp"}
#: parts of speech skipped when walking up from a time phrase to what it modifies ("in", "before")
FUNCTION_POS = frozenset({"ADP", "ADV", "PART", "DET", "PUNCT", "SCONJ", "CCONJ"})
#: steps walked up the tree at most (a prepositional phrase is two or three; the sentence root is close)
MAX_STEPS = 6
#: rules whose baselines ("the month before", "a year earlier") may date the change noun they hang on
SHIFTED_RULES = frozenset({"month.previous", "year.previous", "quarter.previous"})


def parse_memo(doc: ArticleDoc, name: str) -> dict:
    """A dict of readings of the article's parse, kept in doc.cache with the parse they were read from."""
    memo = doc.cache.get(name)
    if memo is None or memo[0] is not doc.nlp:
        memo = doc.cache[name] = (doc.nlp, {})
    return memo[1]


def expanded_span(doc: ArticleDoc, start: int, end: int) -> Any:
    """`doc.nlp.char_span(start, end, alignment_mode="expand")`, made once per span of the parse (None without one).

    The rules ask for the same number's and time phrase's span many times (each reading of a number, each number of
    a sentence for its time phrases); spaCy builds it anew on every call. So are the heads read from it below.
    """
    if doc.nlp is None:
        return None
    memo = parse_memo(doc, "periods.spans")
    key = (start, end)
    if key not in memo:
        memo[key] = doc.nlp.char_span(start, end, alignment_mode="expand")
    return memo[key]


def number_head(doc: ArticleDoc, start: int, end: int) -> tuple[Any, bool] | None:
    """(the word the number at [start, end) hangs on, whether the number modifies it as a noun phrase), up past
    prepositions ("rose to $5 billion": "rose"); None when the number is a subject or a coordinated item, whose
    head is not what it measures (or when there is no parse). Read once per span."""
    memo = parse_memo(doc, "periods.number_head")
    if (start, end) not in memo:
        memo[(start, end)] = _number_head(doc, start, end)
    return memo[(start, end)]


def _number_head(doc: ArticleDoc, start: int, end: int) -> tuple[Any, bool] | None:
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return None
    token = span.root
    if token.dep_ not in GOVERNED_DEPS:
        return None
    head = _content_head(span)
    if head is None:
        return None
    return head, token.dep_ in MODIFIER_DEPS and head.pos_ in {"NOUN", "PROPN"}


def _content_head(span: Any) -> Any:
    """The first word above a span's root, outside the span, that is not a function word (preposition, adverb...)."""
    token = span.root
    for _ in range(MAX_STEPS):
        head = token.head
        if head is token:
            return None
        token = head
        if span.start <= token.i < span.end:
            continue
        if token.pos_ not in FUNCTION_POS:
            return token
    return None


def _number_tokens(doc: ArticleDoc, start: int, end: int) -> set[int]:
    span = expanded_span(doc, start, end)
    return set(range(span.start, span.end)) if span is not None else set()


def phrase_head(doc: ArticleDoc, expr: TimeExpr) -> Any:
    """The content word a time phrase modifies: up from its root past prepositions and adverbs (read once per span)."""
    memo = parse_memo(doc, "periods.phrase_head")
    key = (expr.start, expr.end)
    if key not in memo:
        span = expanded_span(doc, expr.start, expr.end)
        memo[key] = None if span is None or len(span) == 0 else _content_head(span)
    return memo[key]


def _number_between(doc: ArticleDoc, start: int, end: int, expr: TimeExpr) -> bool:
    """Whether another number, or a conjunction before a later phrase, stands between the claim and the phrase
    ("rose to 20.2% from 17.0% in 2022": 2022 is the 17.0%'s; "to 2.7% from 2.5% and for fiscal 2025 to 2.4%":
    fiscal 2025 opens the next item), whatever the parse hangs it on."""
    lo, hi = (end, expr.start) if expr.start >= end else (expr.end, start)
    return NUMBER.search(doc.text, lo, hi) is not None or (expr.start >= end and JOIN.search(doc.text, lo, hi) is not None)


def attached_period(doc: ArticleDoc, start: int, end: int, chosen: TimeExpr | None, pool: list[TimeExpr]) -> TimeExpr | None:
    """The period phrase of `pool` the parse attaches to the same word as the number at [start, end), when the
    position-based `chosen` one hangs on another word; else None (keep `chosen`)."""
    direct = [  # a compared value's period ("from 4.87% in June") is only that value's
        e for e in _attached(doc, start, end, pool) if (at := compared_value_at(doc.text, e)) is None or start <= at < end
    ]
    if not direct or (chosen is not None and chosen in direct):
        return None
    if chosen is not None and phrase_head(doc, chosen) is None:
        return None  # no reading of the chosen phrase: keep it
    return min(direct, key=lambda e: abs(e.start - end) if e.start >= end else abs(start - e.end))


def _attached(doc: ArticleDoc, start: int, end: int, pool: list[TimeExpr]) -> list[TimeExpr]:
    """The period phrases of `pool` the parse attaches to the number at [start, end) or to the word it hangs on."""
    if doc.nlp is None or not pool:
        return []
    targets = _number_tokens(doc, start, end)
    found = number_head(doc, start, end)
    if found is not None:
        targets.add(found[0].i)
    return [
        e for e in pool
        if (h := phrase_head(doc, e)) is not None and h.i in targets and not _number_between(doc, start, end, e)
    ]


def own_period(doc: ArticleDoc, start: int, end: int, pool: list[TimeExpr]) -> TimeExpr | None:
    """The nearest period phrase of `pool` the parse attaches to the number or the word it hangs on, else None."""
    direct = _attached(doc, start, end, pool)
    return min(direct, key=lambda e: abs(e.start - end) if e.start >= end else abs(start - e.end)) if direct else None


def instrument_by_parse(doc: ArticleDoc, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether the number at [start, end) sizes a policy instrument of `words` by the parse: the noun it hangs on
    ("a 2 trillion yen fund"), a noun after "in" on it ("$52.7 billion in subsidies"), or the subject or object of
    the verb it hangs on ("the package sets aside 5.9 trillion yen", "raising the subsidy from 10,000 yuan")."""
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return False
    root = span.root
    if any(c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in c.children) for c in root.children):
        return True
    found = number_head(doc, start, end)
    if found is None:
        return False
    head = found[0]
    if head.lemma_.lower() in words or head.lower_ in words:
        return True
    return head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass", "dobj"} and (c.lemma_.lower() in words or c.lower_ in words) for c in head.children
    )


def dated_change(doc: ArticleDoc, start: int, end: int, sent: tuple[int, int]) -> TimeExpr | None:
    """A "the month before" / "a year earlier" phrase that dates the change noun the number modifies ("reversing
    a 0.1% fall the month before"): hanging on that noun, without a comparison word before it."""
    if doc.nlp is None:
        return None
    found = number_head(doc, start, end)
    if found is None or not found[1]:
        return None
    noun = found[0]
    cues = cue_patterns()
    for e in doc.times:
        if e.role != "baseline" or e.rule not in SHIFTED_RULES or e.period is None or not sent[0] <= e.start < sent[1]:
            continue
        if e.start < end:
            continue
        before = doc.text[max(sent[0], e.start - CUE_WINDOW) : e.start]
        if cues.baseline_before.search(before):
            continue
        head = phrase_head(doc, e)
        if head is not None and head.i == noun.i:
            return e
    return None


def foreign_possessive(doc: ArticleDoc, start: int, end: int, expr: TimeExpr) -> bool:
    """Whether a possessive time phrase ("next week's meeting", "last year's rules") qualifies a noun other than
    the number, its head word or that head's subject ("last year's exports rose 5%" keeps last year)."""
    if not expr.text.endswith(("'s", "’s")):
        return False
    head = phrase_head(doc, expr)
    if head is None:
        return False
    targets = _number_tokens(doc, start, end)
    found = number_head(doc, start, end)
    if found is not None:
        targets.add(found[0].i)
        targets.update(c.i for c in found[0].children if c.dep_ in {"nsubj", "nsubjpass"})
    return head.i not in targets


#: verb tags of a finite clause head ("rose", "is", "could")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: dependency labels of the auxiliaries that make a participle a clause head ("will be raised", "has risen")
AUX_DEPS = frozenset({"aux", "auxpass"})
#: steps walked up from a number to the head of its clause at most
CLAUSE_STEPS = 12


def clause_verb(doc: ArticleDoc, start: int, end: int) -> Any:
    """The head of the finite clause the number at [start, end) stands in: the first verb above it that is finite or
    has an auxiliary ("raised" in "will be raised from 25%"), past participles and prepositions such as "compared"
    in "compared with 3%" included on the way; the sentence root when none; None without a parse."""
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(CLAUSE_STEPS):
        head = token.head
        if head is token:
            return token
        token = head
        if span.start <= token.i < span.end:
            continue
        if token.pos_ in {"VERB", "AUX"} and (
            token.tag_ in FINITE_TAGS or any(c.dep_ in AUX_DEPS for c in token.children)
        ) and token.dep_ != "prep":
            return token
    return token


#: verb tags of a clause that speaks of now or of what may be ("is", "are", "could"), not of a reported period
NONPAST_TAGS = frozenset({"VBZ", "VBP", "MD"})


#: dependency labels of a verb's own subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: conjunct links followed back to the verb whose tense a bare conjunct shares
CONJ_STEPS = 8


def _tense_bearer(verb: Any) -> Any:
    """The verb whose tense a clause verb takes: itself, or for a conjunct with neither subject nor auxiliary of its own
    the first verb of its coordination ("modules accounted for $20.4 billion, wafers $3.3 billion and cells $3.15
    billion": the gapped items, whose nouns the parse may read as present-tense verbs, are as past as "accounted")."""
    for _ in range(CONJ_STEPS):
        if verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"} \
                or any(c.dep_ in SUBJECT_DEPS or c.dep_ in AUX_DEPS for c in verb.children):
            return verb
        verb = verb.head
    return verb


def nonpast_clause(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the clause of the number at [start, end) is in the present or present perfect tense or modal ("the
    utilization rate is only about 67%", "prices have since recovered to 50,500 rupees", "could fall by 6 pesos"): it
    tells how things stand, not the period an earlier sentence reported. False without a parse."""
    verb = clause_verb(doc, start, end)
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    verb = _tense_bearer(verb)
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in AUX_DEPS]
    return any(t in NONPAST_TAGS for t in tags) and not any(t == "VBD" for t in tags)


#: dependency labels of a participle that qualifies a noun ("the reserve, announced in April")
REDUCED_RELATIVE_DEPS = frozenset({"acl", "relcl"})


def dates_an_act(doc: ArticleDoc, expr: TimeExpr) -> bool:
    """Whether a period phrase hangs on the participle of a one-off act qualifying a noun ("the A$1.2 billion reserve,
    announced in April", "a program launched in January 2019"; claim_cues.yaml `event_participles`): it dates the act,
    not what the sentence's amounts measure."""
    head = phrase_head(doc, expr)
    if head is None or head.tag_ != "VBN" or head.dep_ not in REDUCED_RELATIVE_DEPS:
        return False
    return head.lower_ in {w.lower() for w in load_claim_cues().event_participles}


def _level_participle(doc: ArticleDoc, expr: TimeExpr) -> Any:
    """The noun a time phrase dates through a measuring participle on it ("the 14.1% peak reached in August 2022":
    "peak"; claim_cues.yaml `level_participles`), else None."""
    head = phrase_head(doc, expr)
    if head is None or head.tag_ != "VBN" or head.dep_ != "acl" or head.head is head:
        return None
    if head.lower_ not in {w.lower() for w in load_claim_cues().level_participles}:
        return None
    return head.head if head.head.pos_ in {"NOUN", "PROPN", "NUM"} else None


def participle_period(doc: ArticleDoc, start: int, end: int, pool: list[TimeExpr]) -> TimeExpr | None:
    """The period phrase of `pool` on a measuring participle of the noun the number at [start, end) modifies ("barely
    a quarter of the A$19.8 billion peak reached in 2022-23": 2022-23, not the sentence's other fiscal years)."""
    if doc.nlp is None or not pool:
        return None
    found = number_head(doc, start, end)
    targets = _number_tokens(doc, start, end)  # "a record $7.9 billion posted in 2022": on the number itself
    if found is not None and found[1]:
        targets.add(found[0].i)  # "the 14.1% peak reached in August 2022": on the noun it modifies
    for e in pool:
        noun = _level_participle(doc, e)
        if noun is not None and noun.i in targets:
            return e
    return None


def dates_another_level(doc: ArticleDoc, start: int, end: int, expr: TimeExpr) -> bool:
    """Whether a period phrase stands on a measuring participle of a noun another number modifies ("Inflation eased to
    5.2%, well below the 9.8% peak reached in October 2022": October 2022 is the 9.8%'s, not the 5.2%'s)."""
    if doc.nlp is None:
        return False
    noun = _level_participle(doc, expr)
    if noun is None:
        return False
    own = _number_tokens(doc, start, end)
    if noun.i in own or any(t.i in own for t in noun.subtree if t.like_num):
        return False  # the number's own noun (or one its phrase belongs to)
    return noun.like_num or any(c.dep_ in MODIFIER_DEPS and any(g.like_num for g in c.subtree) for c in noun.children)


def pledged_amount(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the number at [start, end) is the object of an infinitive of handing over under a verb of undertaking
    ("pledged to provide 60 billion yuan of support over the next three years"; claim_cues.yaml `pledge_heads`,
    `pledge_verbs`): a one-off commitment, whose horizon is no period of the amount."""
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(MAX_STEPS):  # "360 billion yuan": up the number's own modifiers to the noun phrase's head
        if token.dep_ not in MODIFIER_DEPS or token.head is token:
            break
        token = token.head
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "xcomp" or verb.head is verb:
        return False
    cues = load_claim_cues()
    return verb.lower_ in {w.lower() for w in cues.pledge_verbs} and verb.head.lower_ in {w.lower() for w in cues.pledge_heads}


#: steps walked up from a time phrase looking for the relative clause it stands in
RELATIVE_STEPS = 8


def in_relative_clause(doc: ArticleDoc, expr: TimeExpr) -> bool:
    """Whether a time phrase stands in a relative or participle clause on a noun ("the rate, where it had been held since
    October", "the reserve, announced in April"): it dates what that noun did, not the span the sentence reports."""
    span = expanded_span(doc, expr.start, expr.end)
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(RELATIVE_STEPS):
        if token.dep_ in REDUCED_RELATIVE_DEPS:
            # "data ... show that Ecuador exported 598,000 tons in the first half" (a garbled parse may hang the
            # "that" clause on a noun): a clause opened by "that"/"whether" with its own subject reports, not qualifies
            return not any(c.dep_ == "mark" and c.lower_ in COMPLEMENT_MARKS for c in token.children)
        if token.head is token:
            return False
        token = token.head
    return False


#: words that open a content clause ("show that ...", "asked whether ...")
COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})


#: granularities of a span a level can be held through ("in December", "in the third quarter"); a day is a decision's
HELD_GRANULARITIES = frozenset({"month", "quarter"})
#: "in" (and "the") right before a period phrase: "kept at 2% in June"; not "from June", "since October"
IN_BEFORE = re.compile(r"\bin\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)


def held_through(doc: ArticleDoc, start: int, end: int, pool: list[TimeExpr]) -> TimeExpr | None:
    """The month or quarter a level was kept at ("kept its discount rate at 1.375% in December", "left the rate at 2% in
    June"): an "in <month>" phrase the parse hangs on the standing verb (claim_cues.yaml `standing_verbs`) the number
    hangs on. A decision day ("held at 6.5% on Thursday") or a start ("from June") is not such a span. None otherwise."""
    found = number_head(doc, start, end)
    if found is None or found[1]:
        return None
    verb = found[0]
    if verb.pos_ not in {"VERB", "AUX"} or verb.lower_ not in {w.lower() for w in load_claim_cues().standing_verbs}:
        return None
    for e in pool:
        if e.granularity not in HELD_GRANULARITIES or e.period is None:
            continue
        if not IN_BEFORE.search(doc.text, max(0, e.start - 8), e.start):
            continue
        head = phrase_head(doc, e)
        if head is not None and head.i == verb.i and not _number_between(doc, start, end, e):
            return e
    return None


#: a level set off by commas after its noun: "inflation, at 5.1% in August," ("about" and the like may stand before it)
_APPOSITIVE_AT = re.compile(r"\w\s{0,2},\s{1,3}at\s{1,3}(?:(?:about|around|nearly|some|just)\s{1,3})?$", re.IGNORECASE)
#: what may stand between such a level and its period phrase: " in ", " in the "
_IN_GAP = re.compile(r"\s{1,3}(?:in\s{1,3}(?:the\s{1,3})?)?")
#: the "in" a period phrase may itself open: "in October" ("since March", "from June" are starts)
_IN_OPENING = re.compile(r"in\s", re.IGNORECASE)


def appositive_period(doc: ArticleDoc, start: int, end: int, pool: list[TimeExpr]) -> TimeExpr | None:
    """The period of a level given in apposition with its own period phrase ("to bring inflation, at 5.1% in August, back
    toward target", "Inflation, at 3.1% in October, ..."): an "in <period>" right after the number that the parse hangs
    on the number itself, the apposition closed by a comma or the sentence's end. It dates that level even where a rate
    named earlier in the sentence makes it look like a rate setting. None otherwise, or without a parse."""
    if _APPOSITIVE_AT.search(doc.text, max(0, start - 24), start) is None:
        return None
    own = _number_tokens(doc, start, end)
    sent_end = doc.sentence_bounds(start, end)[1]
    for e in pool:
        gap = _IN_GAP.fullmatch(doc.text, end, e.start)
        if e.period is None or e.start < end or gap is None or not (gap.group(0).strip() or _IN_OPENING.match(e.text)):
            continue
        closing = doc.text[e.end : e.end + 1]
        if closing not in {",", ";", ")"} and doc.text[e.end : sent_end].strip(" .\n") != "":
            continue
        if _on_number(doc, e, own):
            return e
    return None


def _on_number(doc: ArticleDoc, expr: TimeExpr, own: set[int]) -> bool:
    """Whether the parse hangs a period phrase on the number's own tokens ("5.1% in August") or on the preposition that
    takes the number ("at 5.1% in August", the phrase parsed onto "at")."""
    span = expanded_span(doc, expr.start, expr.end)
    if span is None or len(span) == 0:
        return False
    token = span.root
    if token.head.pos_ == "ADP" and token.head.i not in range(span.start, span.end):
        token = token.head  # "in"
    target = token.head
    if target is token:
        return False
    return target.i in own or (target.pos_ == "ADP" and any(c.i in own for c in target.children))


#: a move's reached level between the move and its day: " to 10.25% " in "by 1 point to 10.25% on Friday"
_REACHED_LEVEL_GAP = re.compile(r"\s{1,3}to\s{1,3}(?:a\s{1,3}record\s{1,3}(?:low|high)\s{1,3}of\s{1,3})?\d[\d.,]{0,12}\s?(?:%|percent|per\s?cent)?\s{1,3}(?:on\s{1,3}(?:the\s{1,3})?)?", re.I)


#: "on" (and "the") right before a day: "cut the rate to 4% on Thursday", "on Nov. 14"; not "from the 28th", "since May 2"
ON_BEFORE = re.compile(r"\bon\s{1,3}(?:the\s{1,3})?$", re.IGNORECASE)


#: prepositions by which a decision verb takes the level it sets ("cut its rate to 5%", "held the rate at 6.5%"); not
#: "from" (the level it left) nor "by" (the move, dated as a move)
SET_LEVEL_PREPS = frozenset({"to", "at"})
#: dependency labels of what a decision verb sets ("cut its rate", "the rate was held"), and of a second rate it sets in
#: the same breath ("cut its deposit rate to 25% and its lending rate to 26%": the parse may hang it on the verb)
DECIDED_DEPS = frozenset({"dobj", "nsubjpass", "conj"})
#: words walked in the noun phrase of what a decision sets at most ("the benchmark one-week repo rate")
DECIDED_PHRASE_WORDS = 8


def _set_by_prep(doc: ArticleDoc, start: int, end: int, verb: Any) -> bool:
    """Whether the number at [start, end) is the object of "to"/"at" on `verb` (the level it sets)."""
    span = expanded_span(doc, start, end)
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(3):  # the number, its "%" noun, the preposition
        if token.dep_ == "prep" and token.head.i == verb.i:
            return token.lower_ in SET_LEVEL_PREPS
        if token.head is token:
            return False
        token = token.head
    return False


def sets_policy_rate(doc: ArticleDoc, start: int, end: int, verb: Any) -> bool:
    """Whether the level at [start, end) is a policy rate that `verb` sets, holds or moves to ("cut its benchmark rate to
    5.25%", "held the Selic rate at 15%", "the repo rate was raised to 6%"): the number is the verb's "to"/"at" object and
    what the verb sets names a rate (claim_cues.yaml `rate_level_words`, or "rate" that is no measured rate) and no
    other setting (`not_decided_rate_words`: a target, a forecast, a tariff, a tax...)."""
    from .context import names_rate_level  # context imports this module

    if not _set_by_prep(doc, start, end, verb):
        return False
    excluded = {w.lower() for w in load_claim_cues().not_decided_rate_words}
    decided = [c for c in verb.children if c.dep_ in DECIDED_DEPS and c.pos_ in {"NOUN", "PROPN"}]
    decided += [g for c in decided for g in c.conjuncts if g.pos_ in {"NOUN", "PROPN"}]
    if not decided:
        return False
    for noun in decided:
        words = [t for t in noun.subtree if t.i <= noun.i][-DECIDED_PHRASE_WORDS:]
        if any(t.lower_ in excluded for t in words):
            return False
    return any(names_rate_level(" ".join(t.text for t in noun.subtree if t.i <= noun.i)) for noun in decided)


def _one_decision(doc: ArticleDoc, start: int, end: int, expr: TimeExpr, verb: Any) -> bool:
    """Whether the numbers between the claim and its decision day are all the same verb's, in one clause ("cut its
    deposit rate by 2.25 points to 25% and its lending rate to 26% on April 17", "to 27% from 29% on Sept. 27"): no
    comma, semicolon or other verb between, every number hanging on the verb."""
    lo, hi = (end, expr.start) if expr.start >= end else (expr.end, start)
    between = expanded_span(doc, lo, hi)
    if between is None:
        return False
    for t in between:
        if t.idx < lo or t.idx >= hi:
            continue
        if t.text in {",", ";"} or (t.pos_ in {"VERB", "AUX"} and t.i != verb.i):
            return False
    return all(_hangs_on(t, verb) for t in between if t.like_num and lo <= t.idx < hi)


#: steps from a number up to the verb it is an argument of: the number, its noun ("%", "points"), the preposition
ARGUMENT_STEPS = 4


def _hangs_on(token: Any, verb: Any) -> bool:
    """Whether a number token is an argument of `verb` ("to 26%", "from 29%"), no other verb or noun phrase between."""
    for _ in range(ARGUMENT_STEPS):
        if token.head is token or token.head.pos_ in {"VERB", "AUX"}:
            return token.head.i == verb.i
        token = token.head
    return False


#: prepositions by which a decision verb takes the meeting or decision it was made at ("at its meeting on Wednesday", "in
#: a decision on Thursday")
DECISION_NOUN_PREPS = frozenset({"at", "in"})


def _decision_noun_of(noun: Any, verb: Any) -> bool:
    """Whether `noun` is the meeting or decision `verb` acted at: the object of "at"/"in" on the verb ("held the rate at
    4% at its meeting on Wednesday", "At its meeting on Tuesday, the bank raised ..."), no number of its own."""
    prep = noun.head
    return (
        noun.pos_ == "NOUN" and noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in DECISION_NOUN_PREPS
        and prep.head.i == verb.i and not any(c.like_num for c in noun.children)
    )


def decision_day(doc: ArticleDoc, start: int, end: int, pool: list[TimeExpr], *, level: bool = False) -> TimeExpr | None:
    """The day a rate level or rate move was decided: an "on <day>" phrase the parse hangs on the verb the number hangs on
    ("cut its policy rate by 0.25 point to 5% on Nov. 14", "held its overnight rate at 2.75% on July 30"), or on the
    meeting or decision the verb acted at ("at its meeting on Wednesday"). A day on another verb ("On the 27th, the bank announced that it will lower the rate to 11%") or a start ("effective from the
    28th") is not. A level (level=True) must be a policy rate the verb sets (sets_policy_rate), not a target, forecast
    or tariff. None otherwise, or without a parse."""
    found = number_head(doc, start, end)
    if found is None or found[1]:
        return None
    verb = found[0]
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    if level and not sets_policy_rate(doc, start, end, verb):
        return None
    for e in pool:
        on = e.text[:3].lower() == "on " or ON_BEFORE.search(doc.text, max(0, e.start - 8), e.start) is not None
        if e.granularity != "day" or e.period is None or not on:  # "on Friday" is one span, "on" + "July 30" two
            continue
        head = phrase_head(doc, e)
        if head is None or not (head.i == verb.i or _decision_noun_of(head, verb)):
            continue
        reached = e.start >= end and _REACHED_LEVEL_GAP.fullmatch(doc.text, end, e.start) is not None
        if reached or not _number_between(doc, start, end, e) or _one_decision(doc, start, end, e, verb):
            return e
    return None


#: what stands between a move and the level it reached: " to ", " to a record ", " to about "
_TO_REACHED = re.compile(r"\s{1,3}to\s{1,3}(?:(?:about|around|nearly|almost|some|a\s{1,3}record|an?\s{1,3}estimated)\s{1,3})?", re.I)


def dates_a_later_number(doc: ArticleDoc, start: int, end: int, expr: TimeExpr, numbers: list) -> bool:
    """Whether a period phrase after the number at [start, end) is another, later number's: the parse hangs it on the
    word that later number modifies or hangs on, not on the claim's own word ("Imports fell 2.3%, reversing a 0.3% rise
    in September": September dates the rise; "fell 1.2% after rising 3.4% in June")."""
    if doc.nlp is None or expr.start < end:
        return False
    between = [n for n in numbers if end <= n.start and n.end <= expr.start]
    if not between:
        return False
    other = between[-1]
    mine = next((n for n in numbers if n.start <= start < n.end), None)
    if mine is not None and mine.range_id is not None and mine.range_id == other.range_id:
        return False  # "between 1.31 million and 1.35 million tonnes this year": one range, one period
    if _TO_REACHED.fullmatch(doc.text, end, other.start):
        return False  # "fell by $3 billion to $40 billion in October": the level the move reached, in the move's period
    head = phrase_head(doc, expr)
    own = number_head(doc, start, end)
    if head is None or (own is not None and own[0].i == head.i):
        return False
    found = number_head(doc, other.start, other.end)
    # the later number's own change word ("a 0.3% rise", "rising 3.4%"), not the number itself ("worth $11.1 billion in
    # the fiscal year" dates the shipment it values too)
    if found is None or found[0].pos_ not in {"NOUN", "VERB"}:
        return False
    # ... or the verb whose object that change word is ("reversing a 1.2% gain in September", parsed onto "reversing")
    return found[0].i == head.i or (found[0].dep_ == "dobj" and found[0].head.i == head.i)


def qualifies_a_period(doc: ArticleDoc, expr: TimeExpr, exprs: list[TimeExpr], start: int) -> bool:
    """Whether a period phrase stands in a relative clause on another period phrase that does not hold the number at
    `start` ("In fiscal 2022, which ended in March this year, buyers took 22.5%": March tells when fiscal 2022 ended;
    the number is fiscal 2022's)."""
    found = _relative_clause(doc, expr)
    if found is None:
        return False
    lo, hi, noun = found
    if lo <= start < hi:
        return False
    return any(o is not expr and o.start <= noun < o.end for o in exprs)


def _relative_clause(doc: ArticleDoc, expr: TimeExpr) -> tuple[int, int, int] | None:
    """(start, end, the offset of the noun it qualifies) of the relative clause a time phrase stands in, else None;
    read once per phrase (every number of its sentence asks)."""
    memo = parse_memo(doc, "periods.relative_clause")
    key = (expr.start, expr.end)
    if key in memo:
        return memo[key]
    memo[key] = None
    span = expanded_span(doc, expr.start, expr.end)
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(RELATIVE_STEPS):
        if token.dep_ == "relcl":
            memo[key] = (token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text), token.head.idx)
            return memo[key]
        if token.head is token:
            return None
        token = token.head
    return None
