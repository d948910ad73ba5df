"""Claim rules: importing this package registers every rule module with `extractor.registry.rule`."""

from . import figures, percentages  # noqa: F401  (registration)
from . import mentions, officials, policies  # noqa: F401  (registration: officials, policies, entity mentions)
