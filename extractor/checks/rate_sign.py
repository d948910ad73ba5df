"""One change rate stated twice with opposite signs: "arrivals rose 4.2% year-on-year" and, later, "the 4.2% decline in arrivals".

check.direction_words.v1 compares two statements of a change when the claim stage gave both one metric.
A writer who comes back to a change names it by a noun instead ("the 4.2% decline in Chinese tourists"),
so the claim's metric is the change noun and the flow follows it. The same printed rate, over the same
period, of the flow the other statement names, but with the other sign, is one change told two ways:
one of the two direction words is mistranslated. Equal values are what make it safe to pair claims this
loosely (two different flows rarely change by exactly the same rate with opposite signs in one article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..document import ArticleDoc
from ..models import FlagRecord
from ..registry import check
from .context import View, baseline_of, normalize_metric, normalize_name, same_period, views
from .direction import _comparable, _is_change, _quote
from .feedback import guarded, make_flag
from .vocab import check_vocab

#: verbs that end the flow phrase after a change noun ("the 4.2% decline in Chinese tourists was mainly due to")
STOP = "was|were|is|are|has|have|had|will|would|could|may|might|came|comes|reflected|reflects"
#: longest flow phrase after a change noun ("the 4.2% decline in Chinese tourist arrivals to the kingdom")
MAX_FLOW_PHRASE = 60


@lru_cache(maxsize=1)
def _flow_after() -> re.Pattern[str]:
    """ "% decline in <flow>", "% rise of <flow>": the flow a change noun after a rate names."""
    nouns = "|".join(re.escape(w) for w in sorted(check_vocab().change_nouns, key=len, reverse=True))
    return re.compile(rf"\s{{0,3}}(?:(?:{nouns})\s{{1,3}})?(?:in|of)\s{{1,3}}(?:the\s{{1,3}})?(?P<flow>(?:(?!\b(?:{STOP})\b)[^,.;:()\d]){{1,{MAX_FLOW_PHRASE}}})", re.IGNORECASE)


def _change_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in check_vocab().change_nouns)


def flow_phrase(text: str, v: View) -> str | None:
    """What a change rate is of, as written: its metric, or, when that is only a change noun, the phrase after "in"/"of"."""
    metric = normalize_metric(v.claim.metric)
    if metric is not None and not set(metric.split()) <= _change_nouns():
        return v.claim.metric
    m = _flow_after().match(text, v.end, v.sent_end)
    return " ".join(m.group("flow").split()) if m else None


def _said(text: str, v: View) -> str:
    """The words of a rate's clause up to it, and the change noun and flow after it when its metric names none."""
    quote = _quote(text, v)
    metric = normalize_metric(v.claim.metric)
    if metric is None or set(metric.split()) <= _change_nouns():
        m = _flow_after().match(text, v.end, v.sent_end)
        if m:
            quote += " " + " ".join(m.group(0).split())
    return quote


@lru_cache(maxsize=1)
def _filler() -> frozenset[str]:
    """Words of a flow phrase that do not say which flow: generic metric words, time words, month names."""
    v = check_vocab()
    return frozenset(w.lower() for w in (*v.generic_metric_words, *v.metric_stopwords, *v.time_words, *v.month_names))


def flow_words(text: str, v: View) -> frozenset[str]:
    """The words of `flow_phrase` that say which flow, normalized (aliases, synonyms; no time or generic words)."""
    found = normalize_metric(flow_phrase(text, v))
    return frozenset(w for w in found.split() if w not in _filler()) if found else frozenset()


def _same_flow(text: str, a: View, b: View) -> bool:
    """The two rates are of one flow: one's flow words all among the other's (the longer may add a time phrase)."""
    fa, fb = flow_words(text, a), flow_words(text, b)
    if not fa or not fb or not (fa <= fb or fb <= fa):
        return False
    sa, sb = normalize_name(a.claim.subject), normalize_name(b.claim.subject)
    return sa is None or sb is None or sa == sb


@check("check.rate_sign.v1")
@guarded
def check_rate_sign(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag the same change rate of one flow and period stated once as a rise and once as a fall."""
    text = doc.text
    changes = [v for v in views(doc) if _is_change(v) and v.reading is not None and v.claim.period is not None]
    flags: list[FlagRecord] = []
    for i, a in enumerate(changes):
        for b in changes[i + 1 :]:
            if a.claim.direction == b.claim.direction or a.claim.measure != b.claim.measure or a.sent == b.sent:
                continue
            if a.reading.text.rstrip("%") != b.reading.text.rstrip("%") and not a.reading.interval.meets(b.reading.interval):
                continue
            if not same_period(a, b) or (a.claim.period.start, a.claim.period.end) != (b.claim.period.start, b.claim.period.end):
                continue
            ba, bb = baseline_of(text, a), baseline_of(text, b)
            if ba is not None and bb is not None and ba != bb:
                continue
            if _comparable(a, b) or not _same_flow(text, a, b):
                continue  # check.direction_words.v1 compares the first; the second are other flows
            what = flow_phrase(text, a) or flow_phrase(text, b)
            flags.append(
                make_flag(
                    doc.article_id,
                    "warning",
                    f"The same change of {what} over {a.claim.period.start}..{a.claim.period.end} is stated as a "
                    f"{'rise' if a.claim.direction == 'up' else 'fall'} (\"{_said(text, a)}\") and as a "
                    f"{'rise' if b.claim.direction == 'up' else 'fall'} (\"{_said(text, b)}\").",
                    evidence=b.claim.evidence,
                    claim_ids=[a.claim.claim_id, b.claim.claim_id],
                    suggestion="check which direction the source gives; one of the two direction words is mistranslated",
                    key=("check.rate_sign.v1", a.claim.claim_id, b.claim.claim_id),
                )
            )
    return flags


check_rate_sign.scope = "article"  # type: ignore[attr-defined]
