"""titles.yaml and policies.yaml load through their pydantic models, and a bad entry names the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.claims.officials import Titles, vocab
from extractor.claims.policies import PolicyVocab, policy_vocab
from extractor.claims.vocab import load_yaml


def test_titles_load():
    v = vocab()
    assert v.role_of[("minister",)].organization == "Ministry of {}"
    assert v.byline_role_of[("correspondent",)] == "correspondent"
    assert all(isinstance(w, str) for w in v.data.not_name_words)  # YAML 1.1 reads a bare `on` as True


def test_policies_load():
    pv = policy_vocab()
    assert pv.phrase_of[("export", "controls")].action == "export_controls"
    assert pv.phrase_of[("anti", "-", "dumping", "duties")].action == "anti_dumping_duty"
    assert all(isinstance(w, str) for w in pv.data.effective_cues + pv.data.object_prepositions)


@pytest.mark.parametrize(("model", "bad"), [(Titles, "roles: []\nunknown_key: 1\n"), (PolicyVocab, "actions: [{action: x}]\n")])
def test_bad_file_names_the_file(tmp_path: Path, model, bad):
    path = tmp_path / "bad.yaml"
    path.write_text(bad, encoding="utf-8")
    with pytest.raises(ValueError, match="bad.yaml"):
        load_yaml(path, model)
