"""Fixtures for the review tests: two small articles of our own, one pipeline run, a fresh copy per test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor.pipeline import run
from extractor.settings import Settings

#: the extraction rules these tests need (numbers, officials, mentions for name variants); policy
#: extraction plays no part in review and is left out to keep the runs small
REVIEW_RULES = ["figure.v1", "percentage.v1", "official.v1", "mention.v1"]

ALPHA = (
    "SEOUL, Dec 4, 2023 (Yonhap) -- South Korea's exports rose 7 percent8% from a year earlier to $55.8 billion "
    "in November, the trade ministry said.\n"
    "Park said the chip shipments gained 12 percent9% on the year. Imports fell 11 percent6% to $52 billion, "
    "leaving a trade surplus of $3.8 billion.\n"
    "\"Exports will continue to improve,\" Park Min-jun, director general at the Ministry of Trade, Industry and "
    "Energy, told reporters.\n"
    "Shipments to the ** market rose 3 percent on the year.\n"
)
BETA = (
    "TOKYO, March 19, 2024 -- The Bank of Japan raised its policy rate to 0 percent to 0 percent1% from minus "
    "0.1 percent, the first rise in 17 years.\n"
    "Japan's exports grew 9 percent4% in February to 7.6 trillion yen, the finance ministry said. "
    "<script>alert(\"x\")</script> Imports rose 0 percent5%.\n"
)
#: an article title with markup: it must show as text everywhere
HOSTILE_TITLE = "Exports <b>rise</b> <script>alert(1)</script>"


def write_articles(folder: Path) -> Path:
    """The two test articles (with sidecars) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (folder / "alpha.meta.json").write_text(json.dumps({"published": "2023-12-04", "title": HOSTILE_TITLE}), encoding="utf-8")
    (folder / "beta.txt").write_text(BETA, encoding="utf-8")
    (folder / "beta.meta.json").write_text(json.dumps({"published": "2024-03-19"}), encoding="utf-8")
    return folder


def review_settings() -> Settings:
    return Settings(rules=REVIEW_RULES, workers=1)


def run_into(articles: Path, out: Path) -> None:
    """One pipeline run of `articles` into `out`."""
    run([articles], out, review_settings())


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_articles(tmp_path_factory.mktemp("review-articles"))


@pytest.fixture(scope="session")
def base_run(articles: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("review-base") / "out"
    run_into(articles, out)
    flags = read_jsonl(out / "flags.jsonl")
    types = {f["type"] for f in flags}
    assert {"garbled_number", "masked_token", "name_variant"} <= types, types
    return out


@pytest.fixture
def out(base_run: Path, tmp_path: Path) -> Path:
    """A private copy of the base run (its own review database)."""
    dest = tmp_path / "out"
    shutil.copytree(base_run, dest)
    return dest


def flag_of(out: Path, type_: str, article: str | None = None, with_claims: bool | None = None) -> dict:
    """The first flag of a type (in an article, with or without claims) in a run's flags.jsonl."""
    for f in read_jsonl(out / "flags.jsonl"):
        if f["type"] != type_ or (article and f["article_id"] != article):
            continue
        if with_claims is not None and bool(f["claim_ids"]) != with_claims:
            continue
        return f
    raise AssertionError(f"no {type_} flag in {out}")
