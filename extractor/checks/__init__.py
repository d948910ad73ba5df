"""Consistency checks: importing this package registers every check module with `extractor.registry.check`.

A check is `@check("name")` on a function; `scope = "article"` checks take an `ArticleDoc` and
return flags, `scope = "run"` checks take every article's output and return flags.
"""

from . import change, cross_article, difference, direction, plausibility, quantity, rate_sign, relations, remainder, share, share_nearby, sums  # noqa: F401  (registration)
