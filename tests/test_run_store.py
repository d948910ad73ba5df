"""The run's on-disk aggregates (RunStore) give the records and flags the in-memory forms give, in order."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.ingest import ArticleInput
from extractor.output import dumps, remove_stale_temporaries
from extractor.pipeline import ArticleOutput, EntityTable, RunStore, context_for, process_batch, run_checks
from extractor.settings import Settings

#: articles stating one fact with other values (the cross-article check fires) and sharing people
TEMPLATE = ("South Korea's exports to China rose 5.1% to ${v} billion in November, Trade Minister {who} said on Monday. "
            "South Korea's imports from China fell {p}% to $9.1 billion in November.\n")
ARTICLES = [("b-second", "11.4", "Ahn Duk-geun", "2.5"), ("a-first", "12.9", "Ahn Dukgeun", "2.5"),
            ("c-third", "11.4", "Cheong In-kyo", "7.5"), ("d-copy", "11.4", "Ahn Duk-geun", "2.5")]


@pytest.fixture(scope="module")
def outputs() -> tuple[object, list[ArticleOutput]]:
    ctx = context_for(Settings())
    inputs = [ArticleInput(article_id=aid, path=f"{aid}.txt", format="txt", encoding="utf-8",
                           text=TEMPLATE.format(v=v, who=who, p=p), published=date(2023, 12, 4), published_from="sidecar")
              for aid, v, who, p in ARTICLES]
    results = process_batch(inputs, ctx)
    results[3].article.duplicate_of = results[0].article.article_id  # the same text as the first: a duplicate
    return ctx, results


def test_store_gives_the_in_memory_entities_and_flags(outputs, tmp_path: Path) -> None:
    ctx, results = outputs
    store = RunStore(tmp_path, ctx.checks)
    table = EntityTable()
    for res in results:
        store.add(res)
        table.add(res)
    try:
        numeric = [ArticleOutput(article=r.article.model_copy(update={"text": "", "repairs": []}),
                                 claims=[c for c in r.claims if c.kind in {"figure", "percentage"}]) for r in results]
        expected_flags = [dumps(f) for f in run_checks(ctx, numeric)]
        assert expected_flags, "the articles were meant to contradict each other"
        assert [dumps(f) for f in store.run_checks()] == expected_flags
        expected_entities = [dumps(e) for e in table.records()]
        assert any(len(e.article_ids) > 1 for e in table.records()), "an entity was meant to span articles"
        assert [dumps(e) for e in store.entity_records()] == expected_entities
        assert [dumps(e) for e in store.entity_records()] == expected_entities  # read again: re-iterable
    finally:
        store.close()
    assert not store.path.exists()


def test_a_killed_runs_store_is_removed_by_the_next_run(tmp_path: Path) -> None:
    dead = tmp_path / ".extractor-run.999999999.sqlite"  # no such process
    dead.write_bytes(b"")
    assert dead in remove_stale_temporaries(tmp_path) and not dead.exists()
