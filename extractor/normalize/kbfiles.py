"""Read the YAML files of the knowledge base into validated models, naming file, entry and line on error."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ..datafiles import read_yaml
from .models import (
    Country,
    KBOrganization,
    KBPerson,
    OrganizationWords,
    RolesVocab,
    RomanizationVocab,
)

M = TypeVar("M", bound=BaseModel)


class KBError(ValueError):
    """A knowledge-base file is missing or has a bad entry; the message names the file and entry."""


@dataclass(frozen=True)
class KBFiles:
    """Everything read from one knowledge-base folder."""

    people: list[KBPerson]
    organizations: list[KBOrganization]
    countries: list[Country]
    roles: RolesVocab
    organization_words: OrganizationWords
    romanization: RomanizationVocab
    fingerprint: str


def _short(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item["loc"])
        parts.append(f"{where}: {item['msg']}" if where else item["msg"])
    return "; ".join(parts)


def _load(path: Path) -> object:
    try:
        return read_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KBError(f"{path}: not valid YAML ({exc}); fix the syntax") from exc


def _compose(path: Path) -> yaml.Node | None:
    """The node tree of a file that loaded (read again only to name the line of a bad entry)."""
    return yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)


def _entry_lines(node: yaml.Node | None, key: str) -> list[int]:
    """1-based line of each item of the top-level list under `key`."""
    if not isinstance(node, yaml.MappingNode):
        return []
    for key_node, value_node in node.value:
        if key_node.value == key and isinstance(value_node, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value_node.value]
    return []


def read_entries(path: Path, key: str, model: type[M]) -> list[M]:
    """Validate every item of the list `key` in a YAML file; the first bad one raises KBError."""
    data = _load(path)
    if not isinstance(data, dict) or set(data) != {key} or not isinstance(data[key], list):
        raise KBError(f"{path}: expected a mapping with the single key '{key}:' holding a list")
    entries: list[M] = []
    for index, raw in enumerate(data[key]):
        label = raw.get("id") or raw.get("code") or raw.get("name") if isinstance(raw, dict) else None
        try:
            entries.append(model.model_validate(raw))
        except ValidationError as exc:
            lines = _entry_lines(_compose(path), key)
            line = lines[index] if index < len(lines) else "?"
            raise KBError(f"{path}:{line}: entry {index} ({label or 'no id'}): {_short(exc)}") from exc
    return entries


def read_document(path: Path, model: type[M]) -> M:
    """Validate a whole YAML file as one model; errors name the file and the line of the bad key."""
    data = _load(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise KBError(f"{path}: {_short(exc)}") from exc


def _fingerprint(paths: list[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _unique(items: list[tuple[str, Path]], what: str) -> None:
    seen: dict[str, Path] = {}
    for key, path in items:
        if key in seen:
            raise KBError(f"{path}: duplicate {what} {key!r} (also in {seen[key]}); ids must be unique")
        seen[key] = path


def read_kb_folder(folder: Path) -> KBFiles:
    """Load and cross-check a knowledge-base folder (people/, organizations/, countries.yaml, vocab/)."""
    if not folder.is_dir():
        raise KBError(f"{folder}: knowledge-base folder not found; set EXTRACTOR_KB or pass a folder")
    people_files = sorted((folder / "people").glob("*.yaml"))
    org_files = sorted((folder / "organizations").glob("*.yaml"))
    needed = [folder / "countries.yaml", folder / "vocab" / "roles.yaml", folder / "vocab" / "organization_words.yaml",
              folder / "vocab" / "romanization.yaml"]
    for path in needed:
        if not path.is_file():
            raise KBError(f"{path}: required knowledge-base file is missing")
    people: list[tuple[KBPerson, Path]] = [(p, f) for f in people_files for p in read_entries(f, "people", KBPerson)]
    orgs: list[tuple[KBOrganization, Path]] = [
        (o, f) for f in org_files for o in read_entries(f, "organizations", KBOrganization)
    ]
    countries = read_entries(needed[0], "countries", Country)
    roles = read_document(needed[1], RolesVocab)
    _unique([(p.id, f) for p, f in people], "person id")
    _unique([(o.id, f) for o, f in orgs], "organization id")
    _unique([(c.code, needed[0]) for c in countries], "country code")
    codes = {c.code for c in countries}
    org_ids = {o.id for o, _ in orgs}
    role_ids = {r for rule in roles.titles for r in rule.roles}
    for org, path in orgs:
        if org.country and org.country not in codes:
            raise KBError(f"{path}: organization {org.id}: unknown country {org.country!r}; add it to countries.yaml")
        if org.parent and org.parent not in org_ids:
            raise KBError(f"{path}: organization {org.id}: unknown parent {org.parent!r}")
    for rule in roles.titles:
        if rule.organization and rule.organization not in org_ids:
            raise KBError(f"{needed[1]}: title {rule.title!r}: unknown organization {rule.organization!r}")
    for person, path in people:
        for office in person.offices:
            if office.organization and office.organization not in org_ids:
                raise KBError(f"{path}: person {person.id}: unknown organization {office.organization!r}")
            if office.country and office.country not in codes:
                raise KBError(f"{path}: person {person.id}: unknown country {office.country!r}")
            if office.role not in role_ids:
                raise KBError(f"{path}: person {person.id}: role {office.role!r} is not in vocab/roles.yaml")
    all_files = people_files + org_files + needed
    return KBFiles(
        people=[p for p, _ in people],
        organizations=[o for o, _ in orgs],
        countries=countries,
        roles=roles,
        organization_words=read_document(needed[2], OrganizationWords),
        romanization=read_document(needed[3], RomanizationVocab),
        fingerprint=_fingerprint(sorted(all_files), folder),
    )
