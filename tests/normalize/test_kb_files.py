"""The KB files validate, bad entries fail naming file and entry, and the KB covers what it must."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from extractor.normalize import KBError, KnowledgeBase, default_kb_folder


def _copy_kb(tmp_path: Path) -> Path:
    target = tmp_path / "kb"
    shutil.copytree(default_kb_folder(), target)
    return target


def test_all_kb_files_validate(kb: KnowledgeBase) -> None:
    assert len(kb.people) >= 100
    assert len(kb.organizations) >= 60
    assert {"CN", "KR", "JP", "US", "EU", "TW"} <= set(kb.countries)
    assert all(p.source.strip() for p in kb.people.values())
    assert all(o.source.strip() for o in kb.organizations.values())


@pytest.mark.parametrize(
    ("bad_entry", "expected"),
    [
        ("  - id: kr-bad-entry\n    name: Bad Entry\n    family_name: Bad\n    sourse: typo\n", "sourse"),
        (("  - id: kr-bad-entry\n    name: Bad Entry\n    family_name: Bad\n    source: x\n"
         "    offices:\n      - {role: minister, organization: kr-motie, from: 2023-13}\n"), "2023-13"),
        ("  - id: Bad Entry\n    name: Bad Entry\n    family_name: Bad\n    source: x\n", "id"),
        ("  - id: kr-bad-entry\n    name: Bad Entry\n    family_name: Nope\n    source: x\n", "family_name"),
    ],
)
def test_broken_person_entry_names_file_line_and_entry(tmp_path: Path, bad_entry: str, expected: str) -> None:
    folder = _copy_kb(tmp_path)
    people = folder / "people" / "kr.yaml"
    text = people.read_text(encoding="utf-8")
    line = text.count("\n") + 1
    people.write_text(text.rstrip("\n") + "\n" + bad_entry, encoding="utf-8")
    with pytest.raises(KBError) as error:
        KnowledgeBase.load(folder)
    message = str(error.value)
    assert f"kr.yaml:{line}:" in message
    assert "kr-bad-entry" in message or "Bad Entry" in message
    assert expected in message


def test_unknown_organization_reference_fails(tmp_path: Path) -> None:
    folder = _copy_kb(tmp_path)
    people = folder / "people" / "jp.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("organization: jp-meti", "organization: jp-mety", 1),
                      encoding="utf-8")
    with pytest.raises(KBError, match=r"jp\.yaml.*unknown organization 'jp-mety'"):
        KnowledgeBase.load(folder)


def test_duplicate_id_fails(tmp_path: Path) -> None:
    folder = _copy_kb(tmp_path)
    extra = folder / "organizations" / "zz.yaml"
    extra.write_text("organizations:\n  - id: kr-motie\n    name: Dup\n    type: ministry\n    source: x\n", encoding="utf-8")
    with pytest.raises(KBError, match="duplicate organization id 'kr-motie'"):
        KnowledgeBase.load(folder)


def test_fingerprint_follows_content_and_env_is_honoured(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         kb: KnowledgeBase) -> None:
    folder = _copy_kb(tmp_path)
    monkeypatch.setenv("EXTRACTOR_KB", str(folder))
    same = KnowledgeBase.load()
    assert same.folder == folder
    assert same.fingerprint() == kb.fingerprint()
    countries = folder / "countries.yaml"
    countries.write_text(countries.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert KnowledgeBase.load().fingerprint() != kb.fingerprint()


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KBError, match="not found"):
        KnowledgeBase.load(tmp_path / "nowhere")


# Roles the issue asks to cover for every economy, checked on a date inside 2018-now.
REQUIRED = [
    (country, role, day)
    for day in (date(2019, 6, 1), date(2024, 3, 1))
    for country, role in [
        ("CN", "head_of_state"), ("CN", "Premier"), ("CN", "Foreign Minister"), ("CN", "Commerce Minister"),
        ("CN", "Finance Minister"), ("CN", "Governor of the People's Bank of China"),
        ("KR", "President"), ("KR", "Prime Minister"), ("KR", "Foreign Minister"),
        ("KR", "Minister of Trade, Industry and Energy"), ("KR", "Minister for Trade"),
        ("KR", "Minister of Economy and Finance"), ("KR", "BOK governor"),
        ("JP", "Prime Minister"), ("JP", "Foreign Minister"), ("JP", "METI minister"), ("JP", "Finance Minister"),
        ("JP", "BOJ governor"), ("US", "President"), ("US", "Secretary of State"), ("US", "Commerce Secretary"),
        ("US", "Treasury Secretary"), ("US", "Trade Representative"), ("US", "Fed chair"),
        ("EU", "President of the European Commission"), ("EU", "Trade Commissioner"), ("EU", "ECB President"),
        ("EU", "High Representative"), ("TW", "President"), ("TW", "Premier"), ("TW", "Foreign Minister"),
        ("TW", "Minister of Economic Affairs"), ("TW", "central bank governor"),
    ]
]


@pytest.mark.parametrize(("country", "role", "day"), REQUIRED)
def test_required_offices_have_holders(kb: KnowledgeBase, country: str, role: str, day: date) -> None:
    assert kb.officeholders(role, country, None, day), f"nobody holds {role} in {country} on {day}"


@pytest.mark.parametrize(
    ("country", "organization"),
    [("CN", "Ministry of Commerce"), ("CN", "General Administration of Customs"), ("CN", "Ministry of Foreign Affairs"),
     ("US", "State Department")],
)
def test_spokespersons_are_known(kb: KnowledgeBase, country: str, organization: str) -> None:
    assert kb.officeholders("spokesperson", country, organization, None)
