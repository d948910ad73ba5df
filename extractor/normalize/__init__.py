"""Knowledge base and entity normalization: one entity per real person or organization, across articles.

Public API:
- `KnowledgeBase.load(folder=None)`: people, organizations, countries from corpus/kb/ (or EXTRACTOR_KB),
  validated by pydantic; `find_person`, `find_organization`, `find_country`, `officeholder`, `fingerprint`.
- `resolve_entities(mentions, kb, published)`: clusters of an article's mentions plus name-variant proposals.
"""

from .kb import (
    FAMILY_NAME_MATCH,
    GIVEN_NAME_MATCH,
    ORG_MATCH_MIN,
    PERSON_FUZZY_MIN,
    TITLED_NAME_MIN,
    KnowledgeBase,
    OrgMatch,
    PersonMatch,
    TitleParse,
    default_kb_folder,
)
from .kbfiles import KBError
from .models import Country, KBOrganization, KBPerson, NativeNames, Office, PartialDate
from .resolve import (
    EntityCluster,
    Mention,
    VariantProposal,
    country_entity_id,
    entity_id_for,
    resolve_entities,
)
from .romanize import GeneratedAlias, korean_aliases, order_swaps, pinyin_aliases
from .text import compact_key, fold, name_tokens, skeleton

__all__ = [
    "FAMILY_NAME_MATCH",
    "GIVEN_NAME_MATCH",
    "ORG_MATCH_MIN",
    "PERSON_FUZZY_MIN",
    "TITLED_NAME_MIN",
    "Country",
    "EntityCluster",
    "GeneratedAlias",
    "KBError",
    "KBOrganization",
    "KBPerson",
    "KnowledgeBase",
    "Mention",
    "NativeNames",
    "Office",
    "OrgMatch",
    "PartialDate",
    "PersonMatch",
    "TitleParse",
    "VariantProposal",
    "compact_key",
    "country_entity_id",
    "default_kb_folder",
    "entity_id_for",
    "fold",
    "korean_aliases",
    "name_tokens",
    "order_swaps",
    "pinyin_aliases",
    "resolve_entities",
    "skeleton",
]
